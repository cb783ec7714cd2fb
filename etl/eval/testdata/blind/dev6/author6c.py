# Sixth blind batch (dev6/), documents 9-12. Run: python3 dev6/author6c.py (deterministic)
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common6 import *  # noqa: E402,F401,F403


# ====================================================================== 9. Sikka 2019
def sikka_2019():
    """LKjIP; outline-numbered capaian table (sasaran rows `1`, `2` without values, indicators
    `1.1`, `1.2`, …) with Realisasi before Target; DPT Pemilu 2019 per kecamatan with a
    `Kode Wilayah` column (53.07.01 …) and Cyrillic `Р` in `P`/`L+P`, continued after a page
    break under a `(lanjutan)` caption and a repeated header; budget in ribuan rupiah, codes
    `WA`/`WA.3355`, `Jumlah Total`; SAKIP 2018 named by its year scored."""
    W = 104
    d, c, rnd, sign = mulai6("dev6/lkjip-sikka-2019.txt", "5307", 2019, W, (
        "LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "", "SEKRETARIAT KPU KABUPATEN SIKKA", "", "2019", "",
        "Jl. El Tari No. 12, Maumere"), "Maumere, 14 Februari 2020", "MARIANUS M. PARERA, S.E.",
                              "NIP. 19710407 199803 1 008", kata={"b1": "BAB I PENDAHULUAN", "b2": "BAB II "
                              "PERENCANAAN KINERJA"})
    bab3(d, c, W, "A. Capaian Kinerja Organisasi", kepala=("BAB III AKUNTABILITAS KINERJA",))
    s18 = skor("5307", 2018)
    groups = [("Terselenggaranya Pemilu yang berkualitas",
               [Ind("partisipasi", 77.5, 80.61), Ind("jadwal", 100, 100), Ind("logistik", 100, 100),
                Ind("pelanggaran", 4, 1.3, arah="turun")]),
              ("Terwujudnya tata kelola organisasi yang akuntabel",
               [Ind("akip", "B", predikat(s18), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
                Ind("mutakhir", 100, 100), Ind("kompetensi", 70, 66.85)])]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2019", "")
    d.R("No", "Sasaran Strategis / Indikator Kinerja", "Realisasi", "Target", "Capaian")
    for g, (nama, its) in enumerate(groups, 1):
        d.R(g, nama, "", "", "")
        for j, it in enumerate(its, 1):
            tt, rt = ind_cells(it, pc)
            d.R(f"{g}.{j}", it.ind, rt, tt, id_dec(it.cp) + "%")
            it.fakta(d, tt, rt)
    d.B()
    d.PP([f"Realisasi indikator 2.1 diambil dari hasil evaluasi atas tahun kinerja 2018 (tahun yang dinilai 2018), "
          f"yaitu nilai {id_dec(s18)} dengan predikat {predikat(s18)}.",
          "Partisipasi pemilih pada Pemilu Serentak 17 April 2019 melampaui target nasional. Jumlah penyelenggara "
          "ad hoc yang terbukti melanggar lebih rendah dari batas yang ditetapkan."] +
         ulasan(c, "kesesuaian kompetensi pegawai", False), W)
    d.sakip("5307", 2018, s18)
    bagian(d, "B. Daftar Pemilih Tetap Pemilu Tahun 2019", "DPT Pemilu Tahun 2019 hasil perbaikan tahap III "
            "ditetapkan per kecamatan sebagai berikut. Kode wilayah "
        "mengikuti Peraturan Menteri Dalam Negeri tentang kode dan data wilayah administrasi pemerintahan.", W)
    rows = kec_dari(rnd, "5307", "pemilu", 2019, ("dev4", "lkj-sikka-2023", "pemilu", 2024))
    head = ("No", "Kode Wilayah", "Kecamatan", "Desa/Kel", "TPS", "L", "\u0420", "L+\u0420")  # Cyrillic Р
    d.L("Tabel 3.2 DPT Pemilu Tahun 2019 per Kecamatan", "")
    d.R(*head)
    for i, (nm, ds, tp, l, p) in enumerate(rows, 1):
        d.R(i, f"53.07.{i:02d}", nm, ds, tp, id_int(l), id_int(p), id_int(l + p))
        if i == 11:
            d.L("", "LKjIP KPU Kabupaten Sikka 2019", "III-9")
            d.FF()
            d.L("Tabel 3.2 (lanjutan)", "")
            d.R(*head)
    T = dpt_kec(d, "pemilu", 2019, rows)
    d.R("", "53.07", "Kabupaten Sikka", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]))
    d.B()
    d.P("Pada hari pemungutan suara tercatat pula 3.118 pemilih DPTb dan 1.406 pemilih DPK yang tidak termasuk "
        "dalam angka DPT di atas.", W)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rws = belanja(rnd, "5307", 2019, 21647520000, 0.958, ru=1000)
    tabel_anggaran(d, "Tabel 3.3 Realisasi Anggaran Tahun Anggaran 2019 (dalam ribuan rupiah)", ("Kode",
                   "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"), rws, "Jumlah Total", uang=ribu,
                   pct=lambda x: id_dec(x) + "%")
    d.PP(["Realisasi kegiatan teknis penyelenggaraan mencakup honorarium badan ad hoc, pengadaan logistik dan "
          "biaya distribusi ke 21 kecamatan, termasuk Pulau Palue yang hanya dapat dijangkau dengan kapal motor.",
          "Salah satu revisi DIPA pada bulan Maret 2019 menambah pagu sebesar Rp 1.218.400.000 untuk honorarium "
          "KPPS; pagu pada tabel di atas adalah pagu setelah seluruh revisi.",
          "Penerimaan negara bukan pajak tahun 2019 sebesar Rp 2.750.000 berasal dari penjualan dokumen lelang."], W)
    akhir(d, c, sign, W, ("BAB IV PENUTUP", ""))


# ====================================================================== 10. Sumba Tengah 2021
def sumba_tengah_2021():
    """Capaian as vertical sub-rows: the indicator on its numbered row, then `Target`,
    `Realisasi` and `Capaian` each on a row of their own in an `Uraian | Nilai` pair; a
    target/realisasi series for 2019-2020 in the same shape; RB 2020 table; SAKIP 2020 as
    `B (63,81)` in prose and with its components as columns (`Perencanaan Kinerja (30)` …);
    Pemilu 2019 DPT per kecamatan (= dev2 Sumba Tengah 2019) beside a DPB trap; three-year
    budget table (2019 = dev2 Sumba Tengah 2019)."""
    W = 88
    d, c, rnd, sign = mulai6("dev6/lkj-sumba-tengah-2021.txt", "5317", 2021, W, (
        "LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TENGAH", "TAHUN ANGGARAN 2021",
        "", "", "Waibakul"), "Waibakul, 21 Januari 2022", "MARKUS D. UMBU SOGA, S.Sos",
                              "NIP. 19780115 200801 1 006", tugas=True)
    bab3(d, c, W, "A. Capaian Kinerja")
    s20 = skor("5317", 2020)
    kom = Ind("kompetensi", 75, 72.45)
    items = [Ind("akip", "B", predikat(s20), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("mutakhir", 100, 100), kom, Ind("sarpras", 80, 84.71), Ind("sengketa", 100, 100),
             Ind("kip", 65, 70.15, "nilai"), Ind("arsip", 50, 56.4, tingkat="sasaran_kegiatan")]
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2021", "")
    d.R("No", "Indikator Kinerja", "Uraian", "Nilai")
    for i, it in enumerate(items, 1):
        if i == 8:
            d.R("", "Indikator Kinerja Kegiatan", "", "")
        tt, rt = ind_cells(it, pc if it.sat == "persen" else angka)
        d.R(i, it.ind, "Target", tt)
        d.R("", "", "Realisasi", rt)
        d.R("", "", "Capaian", id_dec(it.cp) + "%")
        it.fakta(d, tt, rt)
    d.B()
    d.P(f"Realisasi indikator pertama adalah hasil evaluasi atas tahun kinerja 2020, yaitu predikat "
        f"{skor_prosa('5317', 2020)}.", W)
    k = komponen("5317", 2020, rnd)
    d.L("Tabel 3.2 Nilai Evaluasi AKIP Tahun 2020 per Komponen", "")
    d.R("Tahun yang Dinilai", *[f"{KNM[kk]} ({k[kk][0]})" for kk in KOMPONEN], "Nilai Akhir", "Predikat")
    d.R(2020, *[id_dec(k[kk][1]) for kk in KOMPONEN], id_dec(s20), predikat(s20))
    d.sakip_komp("5317", 2020, s20, k)
    d.B()
    d.PP(ulasan(c, "kesesuaian kompetensi pegawai", False), W)
    d.P("Indikator kesesuaian kompetensi pegawai telah diukur sejak tahun 2019 dengan hasil:", W)
    d.L("Tabel 3.3 Target dan Realisasi Kesesuaian Kompetensi Pegawai 2019-2020", "")
    d.R("Tahun", "Uraian", "Nilai")
    for y, t, r in ((2019, 65, 61.2), (2020, 70, 68.35)):
        d.R(y, "Target", pc(t))
        d.R("", "Realisasi", pc(r))
        d.seri(kom.ind, y, "target", pc(t), t, "persen")
        d.seri(kom.ind, y, "realisasi", pc(r), r, "persen")
    d.B()
    rbv = rb_baru(19.74)
    d.L("Tabel 3.4 Hasil Evaluasi Reformasi Birokrasi Tahun 2020", "")
    d.R("Komponen", "Nilai", "Bobot", "Persen")
    d.R("Pengungkit", "14,02", "24,20", "57,93")
    d.R("Hasil", id_dec(round(rbv[0] - 14.02, 2)), "12,10", pct2(round(rbv[0] - 14.02, 2), 12.1))
    d.R("Total Nilai RB", id_dec(rbv[0]), id_dec(rbv[1]), id_dec(rbv[2]))
    d.rb(2020, *rbv)
    d.B()
    d.FF()
    d.L("B. Data Pemilih", "")
    rows = dpt_lama_rows("dev2", "lkj-sumba-tengah-2019", "pemilu", 2019)
    d.P("DPT Pemilu Tahun 2019 yang menjadi dasar pemutakhiran data pemilih berkelanjutan adalah:", W)
    d.L("Tabel 3.5 DPT Pemilu 2019 per Kecamatan", "")
    d.R("Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")
    for nm, ds, tp, l, p in rows:
        d.R(nm, ds, tp, id_int(l), id_int(p), id_int(l + p))
    T = dpt_kec(d, "pemilu", 2019, rows)
    d.R("Total Kab. Sumba Tengah", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]))
    d.B()
    d.P("Daftar Pemilih Berkelanjutan semester II tahun 2021 mencatat 52.914 pemilih, terdiri atas 25.977 "
        "laki-laki dan 26.937 perempuan.", W)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rws = belanja(rnd, "5317", 2021, 2318600000, 0.962)
    tabel_anggaran(d, "Tabel 3.6 Realisasi Anggaran Tahun 2021", ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
                   rws, "Total")
    d.L("Tabel 3.7 Pagu dan Realisasi 2019-2021", "")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "%")
    total_tahun(d, [(2019,) + total_lama("5317", 2019), (2020, 2097330000, 2031588412),
                    (2021, rws[-1]["pagu"], rws[-1]["real"])],
                lambda y, a, b: (y, id_int(a), id_int(b), id_dec(serapan(a, b))), 2021)
    d.B()
    akhir(d, c, sign, W, ("BAB IV", "PENUTUP", ""))


# ====================================================================== 11. Kota Kupang 2022
SINGKAT = {"53": "KPU Provinsi NTT", "5301": "KPU Kab. Kupang", "5302": "KPU Kab. TTS", "5303": "KPU Kab. TTU",
           "5371": "KPU Kota Kupang"}


def kota_kupang_2022():
    """The all-satker SAKIP 2021 table printed in two halves side by side (rows 1-12 left,
    13-23 right, the header repeated in one line), values as the corpus states them; own score
    in prose; targets only in the Perjanjian Kinerja table of BAB II, the BAB III table giving
    Realisasi / Capaian / `Kriteria` without them; budget without a Sisa column, `Total`; DPB trap."""
    W = 100
    d, c, rnd, sign = mulai6("dev6/lkj-kota-kupang-2022.txt", "5371", 2022, W, (
        "LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2022", "", "", "Jl. Frans Seda, Kupang"),
        "Kupang, 25 Januari 2023", "ELISABETH M. TALAN, S.H., M.H.",
                              "NIP. 19750822 200212 2 004")
    s21 = skor("5371", 2021)
    items = [Ind("akip", "B", predikat(s21), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("mutakhir", 100, 100), Ind("kompetensi", 80, 83.41), Ind("sarpras", 90, 91.3),
             Ind("kip", 75, 71.45, "nilai"), Ind("sengketa", 100, 100)]
    for it in items:
        it.ind = it.ind.replace("KPU Kabupaten", "KPU Kota")
    d.P("Target kinerja tahun 2022 ditetapkan dalam Perjanjian Kinerja yang ditandatangani pada bulan Januari "
        "2022 sebagai berikut:", W)
    d.L("Tabel 2.1 Perjanjian Kinerja Tahun 2022", "")
    d.R("No", "Sasaran Strategis", "Indikator Kinerja", "Target")
    for i, it in enumerate(items, 1):
        d.R(i, "Terwujudnya tata kelola organisasi yang akuntabel" if i == 1 else "", it.ind,
            ind_cells(it, pc if it.sat == "persen" else angka)[0])
    d.B()
    bab3(d, c, W, "3.1 Capaian Kinerja")
    d.P("Realisasi dan capaian setiap indikator terhadap target Perjanjian Kinerja pada Tabel 2.1 adalah:", W)
    d.L("Tabel 3.1 Realisasi dan Capaian Kinerja Tahun 2022", "")
    d.R("No", "Indikator Kinerja", "Realisasi", "Capaian", "Kriteria")
    for i, it in enumerate(items, 1):
        tt, rt = ind_cells(it, pc if it.sat == "persen" else angka)
        kr = "Sangat Baik" if it.cp > 100 else ("Baik" if it.cp >= 85 else "Cukup")
        d.R(i, it.ind, rt, id_dec(it.cp) + "%", kr)
        it.fakta(d, tt, rt)
    d.B()
    d.PP(ulasan(c, "keterbukaan informasi publik", False), W)
    bagian(d, "3.2 Hasil Evaluasi AKIP", f"Laporan Hasil Evaluasi AKIP Tahun 2021 menempatkan Sekretariat KPU Kota "
            f"Kupang pada nilai {id_dec(s21)} "
        f"dengan predikat {predikat(s21)}. Hasil evaluasi seluruh satuan kerja KPU di Provinsi Nusa Tenggara Timur "
        "yang disampaikan oleh KPU Provinsi adalah sebagai berikut:", W)
    d.L("Tabel 3.2 Hasil Evaluasi AKIP Tahun 2021 Satuan Kerja KPU se-Provinsi NTT", "")
    nm = lambda s: SINGKAT.get(s) or "KPU Kab. " + NAMA[s]  # noqa: E731
    d.R("No", "Satuan Kerja", "Nilai", "Predikat", "No", "Satuan Kerja", "Nilai", "Predikat")
    sat = ORDER
    for i in range(12):
        left = sat[i]
        v = KNOWN[("sakip", left, 2021)]
        cells = [i + 1, nm(left), id_dec(v[0]), v[1]]
        if i + 12 < len(sat):
            right = sat[i + 12]
            w = KNOWN[("sakip", right, 2021)]
            cells += [i + 13, nm(right), id_dec(w[0]), w[1]]
        d.R(*cells)
    for s in sat:
        d.sakip(s, 2021, KNOWN[("sakip", s, 2021)][0])
    d.L("Sumber: KPU Provinsi Nusa Tenggara Timur", "")
    d.P("Nilai KPU Kota Kupang berada di atas rata-rata kabupaten/kota. Rekomendasi evaluator terutama menyangkut "
        "keselarasan indikator kinerja individu dengan indikator kinerja organisasi.", W)
    bagian(d, "3.3 Data Pemilih", "Rekapitulasi Daftar Pemilih Berkelanjutan semester II tahun 2022 Kota Kupang "
           "mencatat 268.334 pemilih, terdiri atas 130.905 laki-laki dan 137.429 perempuan di 6 kecamatan dan 51 "
           "kelurahan. Angka ini bukan daftar pemilih tetap dan menjadi bahan penyusunan daftar pemilih Pemilu 2024.",
           W, baru=False)
    rws = belanja(rnd, "5371", 2022, 3284700000, 0.963)
    d.FF()
    d.L("3.4 Realisasi Anggaran", "")
    tabel_anggaran(d, "Tabel 3.3 Realisasi Anggaran Tahun Anggaran 2022", ("Kode", "Uraian", "Pagu", "Realisasi", "%"),
                   rws, "Total", kode=lambda r: r["kode"], sisa=False)
    d.P("Sisa anggaran terbesar berasal dari belanja pegawai karena dua pegawai pensiun pada pertengahan tahun.", W)
    akhir(d, c, sign, W, ("BAB IV", "PENUTUP", ""))


# ====================================================================== 12. TTS 2022 (LAKIP)
def tts_2022():
    """LAKIP; capaian table with the Sasaran cell repeated on every row of its group (the AKIP
    target typed as Cyrillic `В`); budget rows wrapped with the amounts on the FIRST line and
    the name running on below; the
    four-year table in English notation (2019-2021 = dev/dev3/dev4 TTS); SAKIP 2021 components
    as a lettered list in prose; RB 2021 in prose; Pemilu 2019 DPT in prose."""
    W = 108
    d, c, rnd, sign = mulai6("dev6/lakip-tts-2022.txt", "5302", 2022, W, (
        "LAKIP", "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN TIMOR TENGAH SELATAN",
        "TAHUN 2022", "", "", "SoE"), "SoE, 30 Januari 2023", "YUSUF E. NUBATONIS, S.E., M.Si",
                              "NIP. 19730912 200003 1 002", tugas=True)
    bab3(d, c, W, "3.1 Capaian Kinerja Organisasi")
    s21 = skor("5302", 2021)
    rbv = rb_baru(20.31)
    g1 = "Meningkatnya akuntabilitas tata kelola organisasi"
    g2 = "Meningkatnya kualitas data pemilih dan layanan informasi"
    g3 = "Terselenggaranya dukungan manajemen yang tertib"
    groups = [(g1, [Ind("akip", "B", predikat(s21), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini",
            grade=True),
                    Ind("rb", 55, rbv[2]), Ind("kompetensi", 80, 74.63)]),
              (g2, [Ind("mutakhir", 100, 100), Ind("kip", 70, 76.85, "nilai"), Ind("sengketa", 100, 100)]),
              (g3, [Ind("lapakun", 14, 14, "laporan", tingkat="sasaran_kegiatan"),
                    Ind("bmn", 2, 2, "laporan", tingkat="sasaran_kegiatan")])]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2022", "")
    d.R("Sasaran", "Indikator Kinerja", "Target", "Realisasi", "% Capaian")
    for g, its in groups:
        if g == g3:
            d.B()
            d.L("Tabel 3.2 Capaian Indikator Kinerja Kegiatan Tahun 2022", "")
            d.R("Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "% Capaian")
        for it in its:
            f = {"persen": pc, "nilai": angka, "laporan": lambda v: f"{v} Laporan"}.get(it.sat, str)
            tt, rt = ind_cells(it, f)
            d.R(g, it.ind, "\u0412" if it.sat == "predikat" else tt, rt, id_dec(it.cp))  # Cyrillic В typed for B
            it.fakta(d, tt, rt)
    d.B()
    d.PP(ulasan(c, "kesesuaian kompetensi pegawai", False), W)
    d.L("3.2 Evaluasi Akuntabilitas Kinerja dan Reformasi Birokrasi", "")
    k = komponen("5302", 2021, rnd)
    d.P(f"Berdasarkan Laporan Hasil Evaluasi AKIP atas tahun kinerja 2021, Sekretariat KPU Kabupaten Timor Tengah "
        f"Selatan memperoleh nilai {id_dec(s21)} dengan predikat {predikat(s21)}, yang tersusun atas:", W)
    for h, kk in zip("abcd", KOMPONEN):
        d.L(f"{h}. {KNM[kk]}, bobot {k[kk][0]}, nilai {id_dec(k[kk][1])};")
    d.B()
    d.sakip_komp("5302", 2021, s21, k)
    s20, s19 = skor("5302", 2020), skor("5302", 2019)
    d.P(f"Nilai tersebut naik dari hasil evaluasi atas tahun kinerja 2020 sebesar {id_dec(s20)} ({predikat(s20)}) dan "
        f"atas tahun kinerja 2019 sebesar {id_dec(s19)} ({predikat(s19)}).", W)
    d.sakip("5302", 2020, s20)
    d.sakip("5302", 2019, s19)
    d.P(f"Nilai evaluasi Reformasi Birokrasi tahun 2021 adalah {id_dec(rbv[0])} ({id_dec(rbv[2])}%) dari bobot "
        f"{id_dec(rbv[1])}; persentase inilah yang menjadi realisasi indikator reformasi birokrasi pada Tabel 3.1.", W)
    d.rb(2021, *rbv)
    tps, l, p = pemilih("5302", "pemilu", 2019)
    d.P(f"Pemutakhiran data pemilih berkelanjutan berpedoman pada DPT Pemilu 2019 Kabupaten Timor Tengah Selatan "
        f"sebanyak {id_int(l + p)} pemilih, terdiri atas {id_int(l)} laki-laki dan {id_int(p)} perempuan, yang "
        f"tersebar di {id_int(tps)} TPS.", W)
    dpt_kab(d, "pemilu", 2019, tps, l, p)
    d.FF()
    d.L("3.3 Realisasi Anggaran", "")
    rws = belanja(rnd, "5302", 2022)
    def bungkus(*cells):  # the name wraps at 28 characters; the amounts stay on its first line
        w = textwrap.wrap(cells[1], 28)
        d.R(cells[0], w[0], *cells[2:])
        for x in w[1:]:
            d.R("", x, "", "", "", "")
    tabel_anggaran(d, "Tabel 3.3 Realisasi Anggaran Tahun 2022", ("Kode", "Program / Kegiatan", "Pagu", "Realisasi",
                   "Sisa", "%"), rws, "JUMLAH", tulis=bungkus)
    d.P("Perkembangan anggaran empat tahun terakhir, sebagaimana tercatat dalam aplikasi OM-SPAN (format angka "
        "bahasa Inggris):", W)
    d.L("Tabel 3.4 Budget and Realization 2019-2022", "")
    d.R("Fiscal Year", "Budget", "Realization", "Absorption (%)")
    multi_tahun(d, range(2019, 2023), rws, lambda y, a, b: (y, en_int(a), en_int(b), en_dec(serapan(a, b))))
    d.B()
    d.P("Pagu tahun 2019 memuat kebutuhan Pemilu Serentak 2019. Selain DIPA, KPU Kabupaten Timor Tengah Selatan "
        "tidak mengelola dana hibah pada tahun 2022.", W)
    akhir(d, c, sign, W, ("BAB IV", "PENUTUP", ""))


if __name__ == "__main__":
    tulis(sikka_2019, sumba_tengah_2021, kota_kupang_2022, tts_2022)
