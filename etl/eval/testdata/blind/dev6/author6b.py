# Sixth blind batch (dev6/), documents 5-8. Run: python3 dev6/author6b.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common6 import *  # noqa: E402,F401,F403


# ====================================================================== 5. Sumba Barat 2021 (flattened)
def sumba_barat_2021():
    """Flattened: tables typed in a word processor with dotted leader tabs, which the text
    export turned into runs of dots between the cells (no TAB). Provable by arithmetic:
    capaian ratios, component sum, L+P, pagu = realisasi + sisa. Pilkada 2020 DPT per
    kecamatan (= dev Sumba Barat 2020); the 2020 total in prose (= dev Sumba Barat 2020)."""
    W = 86
    d, c, rnd, sign = mulai6("dev6/lkj-sumba-barat-2021.txt", "5312", 2021, W, (
        "LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA BARAT", "TAHUN 2021", "", "Waikabubak"),
        "Waikabubak, 26 Januari 2022", "DANIEL R. LEDE, S.H.",
                              "NIP. 19770603 200604 1 015", flat=True, tugas=True)

    def baris(*cells, w=(34, 12, 12, 12, 12, 12)):
        out = ""
        for i, x in enumerate(cells):
            x = str(x)
            out += x if i == len(cells) - 1 else x + " " + "." * max(3, w[min(i, len(w) - 1)] - len(x)) + " "
        d.L(out)
    bab3(d, c, W, "3.1 Capaian Kinerja", intro=2)
    s20 = skor("5312", 2020)
    items = [Ind("akip", "B", predikat(s20), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("mutakhir", 100, 100), Ind("kompetensi", 75, 79.3), Ind("sarpras", 85, 82.64),
             Ind("sengketa", 100, 100), Ind("kip", 60, 68.9, "nilai")]
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2021", "")
    baris("No. Indikator Kinerja", "Target", "Realisasi", "Capaian", w=(60, 10, 12))
    for i, it in enumerate(items, 1):
        f = pc if it.sat == "persen" else angka
        tt, rt = ind_cells(it, f)
        baris(f"{i}. {it.ind}", tt, rt, id_dec(it.cp) + "%", w=(60, 10, 12))
        it.fakta(d, tt, rt)
    d.B()
    d.PP(ulasan(c, "ketersediaan sarana dan prasarana", False), W)
    d.L("3.2 Hasil Evaluasi SAKIP", "")
    d.P(f"Laporan Hasil Evaluasi AKIP Tahun 2020 yang diterima pada bulan Mei 2021 memberikan nilai {id_dec(s20)} "
        f"dengan predikat {predikat(s20)}. Nilai tersebut tersusun atas:", W)
    k = komponen("5312", 2020, rnd)
    d.L("Tabel 3.2 Komponen Nilai Evaluasi AKIP Tahun 2020", "")
    baris("Komponen", "Bobot", "Nilai", w=(44, 10))
    for kk in KOMPONEN:
        baris(KNM[kk], k[kk][0], id_dec(k[kk][1]), w=(44, 10))
    baris("Jumlah", 100, id_dec(s20), w=(44, 10))
    d.sakip_komp("5312", 2020, s20, k)
    s19 = skor("5312", 2019)
    d.P(f"Pada evaluasi atas tahun kinerja 2019 Sekretariat memperoleh nilai {id_dec(s19)} dengan predikat "
        f"{predikat(s19)}.", W)
    d.sakip("5312", 2019, s19)
    d.B()
    bagian(d, "3.3 Daftar Pemilih Pemilihan Tahun 2020", "Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 "
            "telah selesai pada awal tahun 2021 dengan "
        "pelantikan pasangan calon terpilih. Daftar Pemilih Tetap yang digunakan pada pemungutan suara tanggal "
        "9 Desember 2020 adalah sebagai berikut:", W)
    rows = dpt_lama_rows("dev", "lkj-sumba-barat-2020", "pilkada", 2020)
    d.L("Tabel 3.3 DPT Pemilihan Tahun 2020 per Kecamatan", "")
    baris("Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P", w=(20, 10, 8, 10, 10))
    for nm, ds, tp, l, p in rows:
        baris(nm, ds, tp, id_int(l), id_int(p), id_int(l + p), w=(20, 10, 8, 10, 10))
    T = dpt_kec(d, "pilkada", 2020, rows)
    baris("Jumlah", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]), w=(20, 10, 8, 10, 10))
    d.B()
    d.P("Dana hibah Pemilihan Tahun 2020 yang belum digunakan sebesar Rp 1.204.880.500 telah dikembalikan ke kas "
        "daerah pada bulan Maret 2021.", W)
    d.L("3.4 Realisasi Anggaran", "")
    a20, b20 = total_lama("5312", 2020)
    d.P(f"Pada Tahun Anggaran 2020 total pagu anggaran DIPA sebesar Rp {id_int(a20)} dengan realisasi sebesar "
        f"Rp {id_int(b20)} atau {id_dec(serapan(a20, b20))}%. Untuk Tahun Anggaran 2021 realisasinya adalah:", W)
    d.ang("TOTAL", "total", "", a20, b20, serapan(a20, b20), tahun=2020)
    rws = belanja(rnd, "5312", 2021, 2461930000, 0.968)
    tabel_anggaran(d, "Tabel 3.4 Realisasi Anggaran Tahun 2021", ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
                   rws, "Jumlah",
                   tulis=lambda *x: baris(*x, w=(9, 56, 15, 15, 13)))
    akhir(d, c, sign, W, ("BAB IV", "PENUTUP", ""))


# ====================================================================== 6. Kabupaten Kupang 2019
DAPIL_KUPANG = [
    ("Dapil Kupang 1", ["Kupang Barat", "Semau", "Semau Selatan", "Nekamese", "Taebenu"]),
    ("Dapil Kupang 2", ["Kupang Tengah", "Kupang Timur", "Amabi Oefeto", "Amabi Oefeto Timur", "Sulamu"]),
    ("Dapil Kupang 3", ["Amarasi", "Amarasi Barat", "Amarasi Selatan", "Amarasi Timur"]),
    ("Dapil Kupang 4", ["Fatuleu", "Fatuleu Tengah", "Fatuleu Barat", "Takari"]),
    ("Dapil Kupang 5", ["Amfoang Selatan", "Amfoang Barat Daya", "Amfoang Utara", "Amfoang Barat Laut",
                        "Amfoang Timur", "Amfoang Tengah"]),
]


def kupang_2019():
    """Footnote marks glued to numbers (`74,85*`, `96,58¹`, `232.124²`) explained under the
    tables; Pemilu 2019 DPT per kecamatan grouped by daerah pemilihan with subtotal rows
    (`Jumlah Dapil …`, not facts); the budget table alone in English notation
    (`25,112,430,000`, `96.12`) inside an Indonesian report; SAKIP 2018 in prose."""
    W = 100
    d, c, rnd, sign = mulai6("dev6/lkj-kabupaten-kupang-2019.txt", "5301", 2019, W, (
        "LAPORAN KINERJA KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "TAHUN 2019", "", "", "Oelamasi"), "Oelamasi, 31 "
        "Januari 2020", "OKTOVIANUS A. BANOET, S.E.",
                              "NIP. 19720918 199903 1 005", kata={"b1": "BAB 1 PENDAHULUAN", "b2": "BAB 2 "
                              "PERENCANAAN KINERJA"})
    bab3(d, c, W, "3.1 Pengukuran Kinerja", kepala=("BAB 3 AKUNTABILITAS KINERJA",))
    s18 = skor("5301", 2018)
    part = Ind("partisipasi", 77.5, 74.85)
    items = [part, Ind("jadwal", 100, 100), Ind("mutakhir", 100, 100), Ind("logistik", 100, 99.37),
             Ind("pelanggaran", 5, 2.4, arah="turun"), Ind("sengketa", 100, 100),
             Ind("akip", "B", predikat(s18), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True)]
    d.L("Tabel 3.1 Capaian Kinerja Sasaran Strategis Tahun 2019", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    for i, it in enumerate(items, 1):
        tt, rt = ind_cells(it, pc)
        cp = id_dec(it.cp) + "%"
        if it is part:
            rt, cp = "74,85%*", id_dec(it.cp) + "%¹"
        d.R(i, it.ind, tt, rt, cp)
        it.fakta(d, tt, rt)
    d.L("* angka partisipasi Pemilu Presiden dan Wakil Presiden; partisipasi Pemilu DPRD Kabupaten 73,96%.",
        "¹ capaian dihitung dari angka partisipasi Pemilu Presiden dan Wakil Presiden.", "")
    d.PP(["Partisipasi pemilih belum mencapai target nasional 77,5%. Rendahnya partisipasi terutama terjadi di "
          "kecamatan kepulauan dan wilayah Amfoang yang jauh dari pusat kabupaten, serta oleh banyaknya pemilih "
          "yang bekerja di luar daerah pada hari pemungutan suara."] + ulasan(c, "distribusi logistik", False), W)
    d.P(f"Nilai Evaluasi AKIP yang menjadi realisasi indikator ketujuh adalah hasil evaluasi atas tahun kinerja "
        f"2018 yang diterima pada bulan April 2019, yaitu {id_dec(s18)} dengan predikat {predikat(s18)}.", W)
    d.sakip("5301", 2018, s18)
    bagian(d, "3.2 Daftar Pemilih Tetap Pemilu Tahun 2019", "DPT Pemilu Tahun 2019 ditetapkan dalam rapat pleno "
            "terbuka KPU Kabupaten Kupang dan disajikan menurut "
        "daerah pemilihan anggota DPRD Kabupaten Kupang sebagai berikut:", W)
    names = [n for _, ns in DAPIL_KUPANG for n in ns]
    rows = kec(rnd, "5301", "pemilu", 2019, names, 177)
    by = {r[0]: r for r in rows}
    d.L("Tabel 3.2 DPT Pemilu 2019 per Kecamatan dan Daerah Pemilihan", "")
    d.R("No", "Dapil / Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
    n = 0
    for dp, ns in DAPIL_KUPANG:
        d.R("", dp.upper(), "", "", "", "", "")
        for nm in ns:
            n += 1
            _, ds, tp, l, p = by[nm]
            d.R(n, nm, ds, tp, id_int(l), id_int(p), id_int(l + p))
        S = [sum(by[x][i] for x in ns) for i in (1, 2, 3, 4)]
        d.R("", "Jumlah " + dp, S[0], S[1], id_int(S[2]), id_int(S[3]), id_int(S[2] + S[3]))
        if dp.endswith("3"):
            d.L("", "Laporan Kinerja KPU Kabupaten Kupang Tahun 2019 | 17")
            d.FF()
            d.R("No", "Dapil / Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
    T = dpt_kec(d, "pemilu", 2019, rows)
    d.R("", "JUMLAH KABUPATEN", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]) + "²")
    d.L("² tidak termasuk 1.912 pemilih DPTb dan 2.347 pemilih DPK yang menggunakan hak pilih pada 17 April 2019.", "")
    d.FF()
    d.L("3.3 Realisasi Anggaran", "")
    rws = belanja(rnd, "5301", 2019, 25112430000, 0.961)
    d.P("Tabel realisasi anggaran berikut disalin dari laporan aplikasi keuangan yang menggunakan format angka "
        "bahasa Inggris (koma sebagai pemisah ribuan, titik sebagai pemisah desimal).", W)
    tabel_anggaran(d, "Tabel 3.3 Realisasi Anggaran Tahun Anggaran 2019", ("Code", "Program / Activity", "Budget (Rp)",
                   "Realization (Rp)", "Balance (Rp)", "%"), rws, "TOTAL", uang=en_int, pct=en_dec)
    d.PP(["Sebagian besar anggaran tahun 2019 digunakan untuk honorarium badan ad hoc (PPK, PPS dan KPPS), "
          "pengadaan dan distribusi logistik serta sosialisasi Pemilu Serentak 2019.",
          "Nilai aset tetap yang dicatat dalam neraca per 31 Desember 2019 sebesar Rp 8.416.253.120, sedangkan "
          "persediaan logistik pemilu yang belum digunakan bernilai Rp 312.440.600."], W)
    akhir(d, c, sign, W, ("BAB 4 PENUTUP", ""))


# ====================================================================== 7. Lembata 2022
def lembata_2022():
    """Every table puts its total or summary row FIRST: the capaian table opens with a
    `Rata-rata Capaian` row (not a fact), the component table with `Nilai Akhir`, the budget
    table with `JUMLAH`, its realisasi cut off (`2.810.158.12`, proven by the programs); a
    series table with years as rows and indicators as columns
    (realisasi 2019-2021); RB 2021 and the 2021 budget total in prose; Pemilu 2019 DPT in prose."""
    W = 90
    d, c, rnd, sign = mulai6("dev6/lkj-lembata-2022.txt", "5313", 2022, W, (
        "KPU KABUPATEN LEMBATA", "", "LAPORAN KINERJA", "TAHUN 2022", "", "", "Lewoleba, Januari 2023"), "Lewoleba, "
        "27 Januari 2023", "PAULUS B. LAMAWURAN, S.Sos",
                              "NIP. 19760102 200701 1 020")
    bab3(d, c, W, "A. Capaian Kinerja Tahun 2022", intro=2)
    s21 = skor("5313", 2021)
    kom, sar, mut = Ind("kompetensi", 80, 78.27), Ind("sarpras", 85, 88.34), Ind("mutakhir", 100, 100)
    items = [Ind("akip", "B", predikat(s21), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             mut, kom, sar, Ind("sengketa", 100, 100), Ind("kip", 70, 74.35, "nilai")]
    rata = round(sum(it.cp for it in items) / len(items), 2)
    d.L("Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2022", "")
    d.R("No", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian")
    d.R("", "Rata-rata Capaian", "", "", id_dec(rata) + "%")
    for i, it in enumerate(items, 1):
        tt, rt = ind_cells(it, pc if it.sat == "persen" else angka)
        d.R(i, it.ind, tt, rt, id_dec(it.cp) + "%")
        it.fakta(d, tt, rt)
    d.B()
    d.PP(ulasan(c, "kesesuaian kompetensi pegawai", False), W)
    d.P("Perkembangan realisasi tiga indikator yang diukur setiap tahun sejak Rencana Strategis sebelumnya "
        "disajikan pada tabel berikut (satuan persen).", W)
    d.L("Tabel 3.2 Realisasi Indikator Tahun 2019-2021", "")
    d.R("Tahun", kom.ind, sar.ind, mut.ind)
    seri = {2019: (66.2, 78.5, 100), 2020: (70.45, 81.6, 100), 2021: (74.1, 84.25, 100)}
    for y, vals in seri.items():
        d.R(y, *[angka(v) for v in vals])
        for it, v in zip((kom, sar, mut), vals):
            d.seri(it.ind, y, "realisasi", angka(v), v, "persen")
    d.B()
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja dan Reformasi Birokrasi", "")
    k = komponen("5313", 2021, rnd)
    d.P("Hasil Evaluasi AKIP atas tahun kinerja 2021 (diterima tahun 2022):", W)
    d.L("Tabel 3.3 Nilai Evaluasi AKIP Tahun 2021", "")
    d.R("Komponen", "Bobot", "Nilai")
    d.R("Nilai Akhir", "100", id_dec(s21))
    for kk in KOMPONEN:
        d.R(KNM[kk], k[kk][0], id_dec(k[kk][1]))
    d.R("Predikat", "", predikat(s21))
    d.sakip_komp("5313", 2021, s21, k)
    d.B()
    rbv = rb_baru(20.88)
    d.P(f"Nilai evaluasi Reformasi Birokrasi KPU Kabupaten Lembata tahun 2021 adalah {id_dec(rbv[0])} "
        f"({id_dec(rbv[2])}%) dari bobot {id_dec(rbv[1])}. Nilai ini menjadi dasar penyusunan rencana aksi "
        "reformasi birokrasi tahun 2022.", W)
    d.rb(2021, *rbv)
    tps, l, p = pemilih("5313", "pemilu", 2019)
    d.L("C. Data Pemilih", "")
    d.P(f"Pemutakhiran data pemilih berkelanjutan tahun 2022 berpangkal pada DPT Pemilu Tahun 2019 Kabupaten "
        f"Lembata sebanyak {id_int(l + p)} pemilih ({id_int(l)} laki-laki dan {id_int(p)} perempuan) di {tps} TPS. "
        "Daftar Pemilih Berkelanjutan semester II tahun 2022 berjumlah 96.507 pemilih.", W)
    dpt_kab(d, "pemilu", 2019, tps, l, p)
    d.FF()
    d.L("D. Realisasi Anggaran", "")
    a21, b21 = 2714380000, 2639052117
    d.P(f"Realisasi anggaran Tahun Anggaran 2021 sebesar Rp {id_int(b21)} dari pagu Rp {id_int(a21)} atau "
        f"{id_dec(serapan(a21, b21))}%. Realisasi Tahun Anggaran 2022 per program dan kegiatan:", W)
    d.ang("TOTAL", "total", "", a21, b21, serapan(a21, b21), tahun=2021)
    rws = belanja(rnd, "5313", 2022, 2953140000, 0.957)
    tabel_anggaran(d, "Tabel 3.4 Realisasi Anggaran Tahun 2022", ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
                   [rws[-1]] + rws[:-1], "JUMLAH", kode=lambda r: r["kode"], potong=True)  # total first, cut off
    akhir(d, c, sign, W, ("BAB IV", "PENUTUP", ""))


# ====================================================================== 8. TTU 2023
def ttu_2023():
    """Government-form tables: under every header a row numbering the columns `(1) (2) (3) …`
    (small integers, not values); RB of 2021 and 2022 side by side with the years as columns
    (= dev3 TTU 2022); SAKIP 2022 in prose; DPT Pemilu 2024 fixed in 2023 per kecamatan
    (24 rows, names and villages as dev4 TTU 2024 prints them); budget in Rp juta with two
    decimals, `Jumlah`; DPSHP trap."""
    W = 96
    d, c, rnd, sign = mulai6("dev6/lkj-ttu-2023.txt", "5303", 2023, W, (
        "LAPORAN KINERJA INSTANSI PEMERINTAH", "KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH UTARA",
        "TAHUN 2023", "", "", "Kefamenanu"), "Kefamenanu, 19 Januari 2024", "YOSEF T. SASI, S.H.",
                              "NIP. 19740219 200212 1 003", tugas=True)

    def nomor(n):
        d.R(*[f"({i})" for i in range(1, n + 1)])
    bab3(d, c, W, "3.1 Pengukuran Kinerja Tahun 2023")
    s22 = skor("5303", 2022)
    items = [Ind("akip", "BB", predikat(s22), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("rb", 60, 62.48, "persen"), Ind("mutakhir", 100, 100), Ind("kompetensi", 80, 81.07),
             Ind("sarpras", 90, 87.16), Ind("kip", 75, 77.62, "nilai"),
             Ind("pleno", 100, 100, tingkat="sasaran_kegiatan")]
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2023", "")
    d.R("No", "Sasaran / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
    nomor(6)
    sat = {"persen": "%", "predikat": "Predikat", "opini": "Opini", "nilai": "Nilai"}
    for i, it in enumerate(items, 1):
        if i == 1:
            d.R("", "Sasaran Strategis: Terwujudnya tata kelola yang akuntabel dan berintegritas", "", "", "", "")
        if i == 8:
            d.R("", "Indikator Kinerja Kegiatan", "", "", "", "")
        tt, rt = ind_cells(it, angka)
        d.R(i, it.ind, sat[it.sat], tt, rt, id_dec(it.cp))
        it.fakta(d, tt, rt)
    d.B()
    d.PP([f"Realisasi indikator pertama adalah hasil evaluasi atas tahun kinerja 2022 yang diterima pada tahun "
          f"2023 dengan nilai {id_dec(s22)} dan predikat {predikat(s22)}. Indikator ketiga diukur dengan "
          "persentase nilai reformasi birokrasi terhadap bobotnya."] + ulasan(c, "sarana dan prasarana", False), W)
    d.sakip("5303", 2022, s22)
    d.L("Tabel 3.2 Hasil Evaluasi Reformasi Birokrasi Tahun 2021 dan 2022", "")
    r21, r22 = rb_lama("5303", 2021), rb_lama("5303", 2022)
    d.R("No", "Komponen", "Tahun 2021", "Tahun 2022")
    nomor(4)
    d.R(1, "Komponen Pengungkit", "15,32", "16,41")
    d.R(2, "Komponen Hasil", id_dec(round(r21[0] - 15.32, 2)), id_dec(round(r22[0] - 16.41, 2)))
    d.R("", "Nilai RB", id_dec(r21[0]), id_dec(r22[0]))
    d.R("", "Bobot", id_dec(r21[1]), id_dec(r22[1]))
    d.R("", "Persentase terhadap Bobot", id_dec(r21[2]) + "%", id_dec(r22[2]) + "%")
    d.rb(2021, *r21)
    d.rb(2022, *r22)
    d.B()
    bagian(d, "3.2 Daftar Pemilih Tetap Pemilu Tahun 2024", "KPU Kabupaten Timor Tengah Utara menetapkan DPT Pemilu "
            "Tahun 2024 dalam rapat pleno terbuka tanggal "
        "20 Juni 2023. Sebelumnya, Daftar Pemilih Sementara Hasil Perbaikan (DPSHP) berjumlah 195.604 pemilih.", W)
    rows = kec_dari(rnd, "5303", "pemilu", 2024, ("dev4", "lkj-ttu-2024", "pilkada", 2024))
    d.L("Tabel 3.3 DPT Pemilu 2024 per Kecamatan", "")
    d.R("No", "Kecamatan", "Jumlah Desa/Kel", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")
    nomor(7)
    for i, (nm, ds, tp, l, p) in enumerate(rows, 1):
        d.R(i, nm, ds, tp, id_int(l), id_int(p), id_int(l + p))
        if i == 14:
            d.L("", "LKj KPU Kabupaten TTU Tahun 2023 - Halaman 21")
            d.FF()
            d.R("No", "Kecamatan", "Jumlah Desa/Kel", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")
            nomor(7)
    T = dpt_kec(d, "pemilu", 2024, rows)
    d.R("", "Jumlah", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]))
    d.B()
    d.FF()
    d.L("3.3 Realisasi Anggaran", "")
    rws = belanja(rnd, "5303", 2023, 5218400000, 0.949, pu=10000, ru=10000)
    d.L("Tabel 3.4 Realisasi Anggaran Tahun Anggaran 2023 (Rp juta)", "")
    d.R("No", "Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "% (5:4)")
    tabel_anggaran(d, None, [f"({i})" for i in range(1, 8)], rws, "Jumlah", uang=juta,
                   kode=lambda r: (rws.index(r) + 1, kode_pendek(r)))
    d.P("Realisasi belum mencapai 95 persen karena sebagian honorarium badan ad hoc Pemilu 2024 baru dibayarkan "
        "pada tahun 2024 sesuai jadwal tahapan.", W)
    akhir(d, c, sign, W, ("BAB IV", "PENUTUP", ""))


if __name__ == "__main__":
    tulis(sumba_barat_2021, kupang_2019, lembata_2022, ttu_2023)
