# Sixth blind batch (dev6/), documents 1-4. Run: python3 dev6/author6a.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common6 import *  # noqa: E402,F401,F403


# ====================================================================== 1. Sumba Timur 2020
def sumba_timur_2020():
    """Transposed capaian table (indicators as columns IKU-1..IKU-7 with a legend, measures as
    rows); DPT stages DPS/DPSHP/DPT/DPTb/DPK as rows; kecamatan table with % L and % P
    columns; budget with Anggaran Awal beside Anggaran Setelah Revisi; hibah trap."""
    W = 92
    d, c, rnd, sign = mulai6("dev6/lkj-sumba-timur-2020.txt", "5311", 2020, W, (
        "KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TIMUR", "", "", "LAPORAN KINERJA", "INSTANSI PEMERINTAH",
        "TAHUN 2020", "", "", "Jl. Adam Malik No. 3, Waingapu"), "Waingapu, 22 Januari 2021", "YOHANES U. RAMBU, S.E.",
                              "NIP. 19750914 200312 1 004")
    bab3(d, c, W, "A. Pengukuran Capaian Kinerja Tahun 2020")
    s19 = skor("5311", 2019)
    items = [Ind("partisipasi", 77.5, 79.64), Ind("jadwal", 100, 100), Ind("mutakhir", 100, 100),
             Ind("logistik", 100, 98.62), Ind("pelanggaran", 3, 1.1, arah="turun"),
             Ind("akip", "B", predikat(s19), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True)]
    d.P("Indikator kinerja utama tahun 2020 diberi kode IKU-1 sampai dengan IKU-7 sebagai berikut:", 92)
    for i, it in enumerate(items, 1):
        d.L(f"IKU-{i} : {it.ind}")
    d.B()
    d.L("Tabel 3.1 Pengukuran Kinerja Sekretariat KPU Kabupaten Sumba Timur Tahun 2020", "")
    sat = {"persen": "%", "predikat": "Predikat", "opini": "Opini"}
    f = lambda v: angka(v)  # noqa: E731  the Satuan row carries the %
    d.R("Uraian", *[f"IKU-{i}" for i in range(1, 8)])
    d.R("Satuan", *[sat[it.sat] for it in items])
    d.R("Target 2020", *[ind_cells(it, f)[0] for it in items])
    d.R("Realisasi 2020", *[ind_cells(it, f)[1] for it in items])
    d.R("Capaian (%)", *[id_dec(it.cp) for it in items])
    for it in items:
        it.fakta(d, *ind_cells(it, f))
    d.L("Sumber: Subbagian Perencanaan, Data dan Informasi", "")
    d.PP([f"Nilai Evaluasi atas Akuntabilitas Kinerja (IKU-6) diukur dari Laporan Hasil Evaluasi AKIP Tahun 2019 "
          f"yang diterima pada bulan Mei 2020: Sekretariat KPU Kabupaten Sumba Timur memperoleh predikat "
          f"{predikat(s19)} ({id_dec(s19)}).",
          "Partisipasi pemilih (IKU-1) pada Pemilihan Bupati dan Wakil Bupati Sumba Timur tanggal 9 Desember 2020 "
          "melampaui target walaupun pemungutan suara dilaksanakan di masa pandemi dengan protokol kesehatan.",
          "Jumlah penyelenggara yang terbukti melanggar (IKU-5) lebih rendah dari batas yang ditetapkan, sehingga "
          "capaiannya dihitung dengan rumus indikator yang semakin rendah semakin baik."] +
         ulasan(c, "IKU-4", False), W)
    d.sakip("5311", 2019, s19)
    d.L("Keterangan: IKU-4 belum mencapai 100% karena distribusi logistik ke dua desa di Kecamatan Tabundung",
        "terlambat satu hari akibat banjir.", "")
    d.FF()
    d.L("B. Daftar Pemilih Pemilihan Bupati dan Wakil Bupati Sumba Timur Tahun 2020", "")
    rows = kec(rnd, "5311", "pilkada", 2020, KEC["5311"], 156)
    T = tuple(sum(r[i] for r in rows) for i in (1, 2, 3, 4))
    dps_l, dps_p = T[2] + 1874, T[3] + 1655
    hp_l, hp_p = T[2] + 402, T[3] + 377
    d.P("Pemutakhiran data pemilih dilaksanakan berjenjang sejak penyerahan DP4 sampai penetapan DPT dalam rapat "
        "pleno terbuka. Perkembangan jumlah pemilih pada setiap tahapan adalah sebagai berikut:", 92)
    d.L("Tabel 3.2 Rekapitulasi Pemilih per Tahapan Pemilihan Tahun 2020", "")
    d.R("Tahapan", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")
    d.R("DPS", "-", id_int(dps_l), id_int(dps_p), id_int(dps_l + dps_p))
    d.R("DPSHP", "-", id_int(hp_l), id_int(hp_p), id_int(hp_l + hp_p))
    d.R("DPT", T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]))
    d.R("DPTb", "-", "212", "187", "399")
    d.R("DPK", "-", "1.046", "998", "2.044")
    d.L("Sumber: Berita Acara Rekapitulasi Daftar Pemilih KPU Kabupaten Sumba Timur", "")
    d.P("Sebaran DPT per kecamatan dengan persentase pemilih laki-laki dan perempuan disajikan pada tabel "
        "berikut.", 92)
    d.L("Tabel 3.3 DPT Pemilihan Tahun 2020 per Kecamatan", "")
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "% L", "P", "% P", "L+P")
    for i, (nm, ds, tp, l, p) in enumerate(rows, 1):
        d.R(i, nm, ds, tp, id_int(l), pct2(l, l + p), id_int(p), pct2(p, l + p), id_int(l + p))
        if i == 12:
            d.L("", "LKj KPU Kabupaten Sumba Timur 2020 - 14")
            d.FF()
            d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "% L", "P", "% P", "L+P")
    d.R("", "Jumlah", T[0], T[1], id_int(T[2]), pct2(T[2], T[2] + T[3]), id_int(T[3]), pct2(T[3], T[2] + T[3]),
        id_int(T[2] + T[3]))
    dpt_kec(d, "pilkada", 2020, rows)
    d.B()
    d.PP(["Pemilih dalam DPTb dan DPK menggunakan hak pilihnya di TPS sesuai alamat KTP elektronik dan tidak "
          "termasuk dalam jumlah DPT yang ditetapkan.",
          "Pendanaan Pemilihan Bupati dan Wakil Bupati Sumba Timur bersumber dari dana hibah Pemerintah Kabupaten "
          "Sumba Timur melalui Naskah Perjanjian Hibah Daerah sebesar Rp 24.730.500.000 dengan realisasi sebesar "
          "Rp 23.118.406.250. Dana hibah tersebut dipertanggungjawabkan dalam laporan tersendiri dan tidak termasuk "
          "dalam DIPA."], 92)
    d.FF()
    d.L("C. Realisasi Anggaran DIPA Tahun Anggaran 2020", "")
    rws = belanja(rnd, "5311", 2020, 3342418000, 0.958)
    d.P("Selama tahun 2020 DIPA Sekretariat KPU Kabupaten Sumba Timur mengalami tiga kali revisi. Perbandingan "
        "anggaran awal, anggaran setelah revisi dan realisasinya adalah sebagai berikut:", 92)
    d.L("Tabel 3.4 Realisasi Anggaran Tahun 2020 (Rupiah)", "")
    d.R("Kode", "Program/Kegiatan", "Anggaran Awal", "Anggaran Setelah Revisi", "Realisasi", "Sisa", "%")
    geser = {"3355": -25000000, "3358": 12000000, "3360": 13000000, "6639": 40000000, "6640": -15000000,
             "6709": -25000000}
    for r in rws:
        if r["tingkat"] == "kegiatan":
            r["awal"] = r["pagu"] - geser[r["kode"]]
    for r in rws:
        if r["tingkat"] != "kegiatan":
            r["awal"] = sum(x["awal"] for x in rws if x["tingkat"] == "kegiatan" and
                            (r["kode"] == "TOTAL" or x["induk"] == r["kode"]))
    for r in rws:
        tot = r["kode"] == "TOTAL"
        d.R("" if tot else kode_pendek(r), "Jumlah" if tot else r["nama"], id_int(r["awal"]), id_int(r["pagu"]),
            id_int(r["real"]), id_int(r["pagu"] - r["real"]), id_dec(serapan(r["pagu"], r["real"])))
        d.ang(r["kode"], r["tingkat"], r["induk"], r["pagu"], r["real"], serapan(r["pagu"], r["real"]),
              pagu_awal=r["awal"], revisi=3 if r["kode"] == "TOTAL" else None)  # "tiga kali revisi"
    d.B()
    d.PP(["Pergeseran anggaran antar kegiatan dilakukan untuk mendukung kebutuhan pengamanan dan alat pelindung "
          "diri bagi badan ad hoc pada masa pandemi, tanpa mengubah jumlah pagu DIPA.",
          "Sisa anggaran terutama berasal dari efisiensi perjalanan dinas yang dibatasi selama pandemi dan dari "
          "sisa belanja pegawai."], 92)
    akhir(d, c, sign, W, ("", "BAB IV", "PENUTUP", ""))


# ====================================================================== 2. Alor 2022
def alor_2022():
    """Capaian as one block per indicator with dotted leaders (Target ..... 100 %), percent signs
    after a space; sasaran-kegiatan blocks in Laporan; SAKIP 2021 components with the long
    names and Bobot; RB 2021 in prose; budget down to kode akun (521211 ...) with `Realisasi
    s.d. Triwulan IV`; three-year totals; Pemilu 2019 DPT in prose beside a DPB trap."""
    W = 98
    d, c, rnd, sign = mulai6("dev6/lkj-alor-2022.txt", "5305", 2022, W, (
        "LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN ALOR", "TAHUN ANGGARAN 2022", "", "",
        "Kalabahi, Januari 2023"), "Kalabahi, 30 Januari 2023", "MARTHEN L. MAUKO, S.H.",
                              "NIP. 19780321 200604 1 009", kata={"b1": "I. PENDAHULUAN", "b2": "II. PERENCANAAN "
                              "KINERJA"})
    bab3(d, c, W, "3.1 Capaian Indikator Kinerja Sasaran Strategis", intro=2, kepala=("III. AKUNTABILITAS KINERJA",))
    s21 = skor("5305", 2021)
    rbn = rb_baru(21.46)
    items = [Ind("akip", "B", predikat(s21), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("rb", 55, rbn[2], "persen"), Ind("mutakhir", 100, 100), Ind("kompetensi", 80, 76.92),
             Ind("sarpras", 85, 88.4), Ind("kip", 70, 72.64, "nilai")]
    keg = [Ind("lapakun", 14, 14, "laporan", tingkat="sasaran_kegiatan"),
           Ind("arsip", 60, 64.5, tingkat="sasaran_kegiatan")]

    lalu = {"kompetensi": 73.5, "sarpras": 85.2, "kip": 68.45}  # realisasi 2021 the blocks repeat (series)

    def blok(n, it, tag):
        f = {"persen": lambda v: angka(v) + " %", "nilai": angka, "laporan": lambda v: f"{v} Laporan"}.get(it.sat)
        tt, rt = ind_cells(it, f or str)
        d.L(f"{tag} {n}", it.ind)
        v21 = next((v for k, v in lalu.items() if SS[k] == it.ind), None)
        baris = [("Realisasi 2021", f(v21))] if v21 else []
        for lab, v in baris + [("Target 2022", tt), ("Realisasi 2022", rt), ("Capaian", id_dec(it.cp) + " %")]:
            d.L(f"    {lab} {'.' * (40 - len(lab))} {v}")
        d.B()
        it.fakta(d, tt, rt)
        if v21:
            d.seri(it.ind, 2021, "realisasi", f(v21), v21, it.sat)
    kata = {1: "nilai evaluasi akuntabilitas kinerja", 3: "reformasi birokrasi", 5: "kompetensi pegawai"}
    for n, it in enumerate(items, 1):
        blok(n, it, "Indikator Kinerja")
        if n in kata:  # what helped an achieved indicator, what held back the one below target
            d.PP(ulasan(c, kata[n], it.cp >= 100), W)
    d.P(f"Indikator pertama diukur dari hasil Evaluasi AKIP Tahun 2021 yang diterima pada tahun 2022, dengan "
        f"nilai {id_dec(s21)} dan predikat {predikat(s21)}. Indikator ketiga diukur dari persentase nilai "
        "evaluasi Reformasi Birokrasi terhadap bobotnya.", W)
    d.L("3.2 Indikator Kinerja Kegiatan", "")
    for n, it in enumerate(keg, 1):
        blok(n, it, "Indikator Kinerja Kegiatan")
    bagian(d, "3.3 Hasil Evaluasi Akuntabilitas Kinerja", "Tim Evaluator Inspektorat Utama KPU telah melaksanakan "
            "evaluasi atas implementasi SAKIP Sekretariat "
        "KPU Kabupaten Alor Tahun 2021. Rincian nilai per komponen adalah sebagai berikut:", W)
    k = komponen("5305", 2021, rnd)
    d.L("Tabel 3.1 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "")
    d.R("No", "Komponen yang Dievaluasi", "Bobot", "Nilai")
    for i, kk in enumerate(KOMPONEN, 1):
        d.R(i, KNM[kk], id_dec(k[kk][0]), id_dec(k[kk][1]))
    d.R("", "Nilai Akhir", "100,00", id_dec(s21))
    d.R("", "Predikat", "", predikat(s21))
    d.sakip_komp("5305", 2021, s21, k)
    d.B()
    s20 = skor("5305", 2020)
    d.P(f"Dibandingkan dengan hasil evaluasi atas tahun kinerja 2020 yang memperoleh nilai {id_dec(s20)} "
        f"({predikat(s20)}), nilai tahun 2021 {'naik' if s21 > s20 else 'turun'} "
        f"{id_dec(round(abs(s21 - s20), 2))} poin.", W)
    d.sakip("5305", 2020, s20)
    d.P(f"Adapun nilai evaluasi Reformasi Birokrasi KPU Kabupaten Alor tahun 2021 adalah {id_dec(rbn[0])} "
        f"({id_dec(rbn[2])}%) dari bobot {id_dec(rbn[1])}, yang terdiri atas komponen pengungkit dan komponen "
        "hasil.", W)
    d.rb(2021, *rbn)
    d.L("3.4 Data Pemilih", "")
    tps, l, p = pemilih("5305", "pemilu", 2019)
    d.P(f"Daftar Pemilih Tetap pada Pemilu Tahun 2019 di Kabupaten Alor berjumlah {id_int(l + p)} pemilih, terdiri "
        f"atas {id_int(l)} laki-laki dan {id_int(p)} perempuan yang tersebar di {tps} TPS. Data tersebut menjadi "
        "dasar pemutakhiran data pemilih berkelanjutan. Rekapitulasi Daftar Pemilih Berkelanjutan semester II "
        "tahun 2022 yang ditetapkan pada bulan Desember 2022 mencatat 141.208 pemilih (69.052 laki-laki dan "
        "72.156 perempuan).", W)
    dpt_kab(d, "pemilu", 2019, tps, l, p)
    d.FF()
    d.L("3.5 Realisasi Anggaran", "")
    rws = belanja(rnd, "5305", 2022, 3621785000, 0.962)
    d.P("Realisasi anggaran Tahun Anggaran 2022 sampai dengan triwulan IV, dirinci sampai dengan akun belanja, "
        "adalah sebagai berikut:", W)
    d.L("Tabel 3.2 Realisasi Anggaran per Akun Tahun 2022", "")
    d.R("Kode", "Uraian", "Pagu", "Realisasi s.d. Triwulan IV", "Sisa", "%")
    akun = {"3355": ("521211 Belanja Bahan", "522151 Belanja Jasa Profesi", "524111 Belanja Perjalanan Dinas Biasa"),
            "3358": ("521211 Belanja Bahan", "524111 Belanja Perjalanan Dinas Biasa"),
            "3360": ("521111 Belanja Operasional Perkantoran", "523111 Belanja Pemeliharaan Gedung dan Bangunan",
                     "522111 Belanja Langganan Listrik"),
            "6639": ("521211 Belanja Bahan", "524113 Belanja Perjalanan Dinas Dalam Kota"),
            "6640": ("521211 Belanja Bahan", "521219 Belanja Barang Non Operasional Lainnya"),
            "6709": ("521211 Belanja Bahan", "522151 Belanja Jasa Profesi", "521219 Belanja Barang Non Operasional "
            "Lainnya")}
    for r in rws:
        tot = r["kode"] == "TOTAL"
        d.R("" if tot else (r["kode"] if r["tingkat"] == "program" else r["kode"]), "JUMLAH" if tot else r["nama"],
            id_int(r["pagu"]), id_int(r["real"]), id_int(r["pagu"] - r["real"]), id_dec(serapan(r["pagu"], r["real"])))
        if r["tingkat"] == "kegiatan":
            nm = akun[r["kode"]]
            pg = bagi(r["pagu"] // 1000, [0.5, 0.3, 0.2][:len(nm)] if len(nm) == 3 else [0.6, 0.4])
            rl = [min(int(x * 1000 * r["real"] / r["pagu"] * rnd.uniform(0.985, 1.012)), x * 1000) for x in pg]
            rl[0] += r["real"] - sum(rl)
            assert rl[0] <= pg[0] * 1000
            for a, x, y in zip(nm, pg, rl):
                kd, ur = a.split(" ", 1)
                d.R(kd, ur, id_int(x * 1000), id_int(y), id_int(x * 1000 - y), id_dec(serapan(x * 1000, y)))
    nyatakan(d, rws)
    d.L("Sumber: Aplikasi SAKTI, posisi 31 Desember 2022", "")
    d.P("Perkembangan pagu dan realisasi dalam tiga tahun anggaran terakhir:", W)
    d.L("Tabel 3.3 Pagu dan Realisasi Tahun Anggaran 2020-2022", "")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "Serapan")
    multi_tahun(d, (2020, 2021, 2022), rws, lambda y, a, b: (y, id_int(a), id_int(b), id_dec(serapan(a, b)) + " %"))
    d.B()
    d.P("Penerimaan Negara Bukan Pajak yang disetor ke kas negara selama tahun 2022 sebesar Rp 4.815.200 berasal "
        "dari sewa rumah dinas dan denda keterlambatan pekerjaan.", W)
    akhir(d, c, sign, W, ("IV. PENUTUP", ""))


# ====================================================================== 3. Ende 2021 (flattened)
def csv(d, *cells):
    """A row of the portal's CSV export: every cell double-quoted, separated by commas."""
    d.L(",".join('"' + str(x).replace('"', '""') + '"' for x in cells))


def ende_2021():
    """Flattened: every table downloaded from the reporting portal as a quoted CSV export and
    pasted into the text (no TAB); money as bare integers, percentages with a decimal comma.
    The cover names only the reporting period (`1 Januari s.d. 31 Desember 2021`).
    SAKIP 2020 with its components; Pemilu 2019 DPT per kecamatan (= dev2 Ende 2019)."""
    W = 0
    d, c, rnd, sign = mulai6("dev6/lkj-ende-2021.txt", "5308", 2021, W, (
        "LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN ENDE", "",
        "Periode Pelaporan: 1 Januari s.d. 31 Desember 2021", "", "Jalan Gatot Subroto, Ende - Flores"), "Ende, 24 "
        "Januari 2022", "FRANSISKUS X. SEDA, S.Sos.",
                              "NIP. 19730505 199803 1 011", flat=True, kata={"b1": "BAB I - PENDAHULUAN",
                              "b2": "BAB II - PERENCANAAN KINERJA"}, tugas=True, koma="")
    d.FF()
    d.L("BAB III - AKUNTABILITAS KINERJA", "")
    d.PP(akuntabilitas_intro(c)[:2] + [
        "Tabel-tabel pada bab ini diunduh dari aplikasi pelaporan kinerja dalam format CSV (nilai dipisahkan "
        "koma) dan disalin apa adanya. Baris pertama setiap tabel adalah nama kolom."])
    s20 = skor("5308", 2020)
    items = [Ind("akip", "B", predikat(s20), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("mutakhir", 100, 100), Ind("kompetensi", 80, 83.12), Ind("sarpras", 90, 86.35),
             Ind("kip", 75, 81.4, "nilai"), Ind("sengketa", 100, 100)]
    d.L("Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2021", "")
    csv(d, "No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
    for i, it in enumerate(items, 1):
        f = pc if it.sat == "persen" else angka
        tt, rt = ind_cells(it, f)
        csv(d, i, it.ind, tt, rt, id_dec(it.cp))
        it.fakta(d, tt, rt)
    d.B()
    d.PP(ulasan(c, "kesesuaian kompetensi pegawai", True) + [
        "Indikator ketersediaan sarana dan prasarana belum mencapai target karena pengadaan kendaraan operasional "
        "roda dua ditunda ke tahun anggaran berikutnya.",
        "Sepanjang tahun 2021 tidak terdapat sengketa hukum baru; dua perkara sengketa hasil pemilihan dari tahun "
        "sebelumnya telah diputus dan dimenangkan oleh KPU Kabupaten Ende."])
    d.L("Hasil Evaluasi SAKIP", "")
    d.P(f"Berdasarkan Laporan Hasil Evaluasi AKIP Tahun 2020 yang diterima pada bulan April 2021, Sekretariat KPU "
        f"Kabupaten Ende memperoleh nilai {id_dec(s20)} dengan predikat {predikat(s20)}, dengan rincian:")
    k = komponen("5308", 2020, rnd)
    csv(d, "Komponen", "Bobot", "Nilai")
    for kk in KOMPONEN:
        csv(d, KNM[kk], k[kk][0], id_dec(k[kk][1]))
    csv(d, "Jumlah", 100, id_dec(s20))
    d.sakip_komp("5308", 2020, s20, k)
    d.B()
    d.FF()
    d.L("Data Pemilih", "")
    rows = dpt_lama_rows("dev2", "lakip-ende-2019", "pemilu", 2019)
    d.P("Pemutakhiran data pemilih berkelanjutan tahun 2021 berpedoman pada Daftar Pemilih Tetap Pemilu Tahun 2019 "
        "yang ditetapkan per kecamatan sebagai berikut:")
    d.L("Tabel 3.2 DPT Pemilu Tahun 2019 per Kecamatan", "")
    csv(d, "No", "Kecamatan", "TPS", "L", "P", "L+P")
    for i, (nm, _, tp, l, p) in enumerate(rows, 1):
        csv(d, i, nm, tp, l, p, l + p)
    T = dpt_kec(d, "pemilu", 2019, [(r[0], 0, r[2], r[3], r[4]) for r in rows], desa=False)
    csv(d, "", "JUMLAH", T[1], T[2], T[3], T[2] + T[3])
    d.B()
    d.P("Daftar Pemilih Berkelanjutan semester II tahun 2021 yang direkapitulasi pada bulan Desember 2021 "
        "berjumlah 181.377 pemilih. Angka tersebut belum merupakan daftar pemilih tetap.")
    d.FF()
    d.L("Realisasi Anggaran", "")
    rws = belanja(rnd, "5308", 2021, 3961275000, 0.951)
    d.P("Realisasi anggaran DIPA Tahun Anggaran 2021 (dalam rupiah penuh, sesuai ekspor aplikasi):")
    tabel_anggaran(d, "Tabel 3.3 Realisasi Anggaran Tahun 2021", ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa",
                   "Persentase"), rws, "TOTAL", uang=str, tulis=lambda *x: csv(d, *x))
    d.PP(["Sisa anggaran terbesar berada pada program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi "
          "karena pembatasan kegiatan tatap muka selama pandemi.",
          "Selain belanja, Sekretariat juga mencatat penerimaan negara bukan pajak sebesar Rp 6.120.000 dari "
          "pengembalian belanja tahun lalu."])
    akhir(d, c, sign, W, ("BAB IV - PENUTUP", ""))


# ====================================================================== 4. Belu 2023
def belu_2023():
    """Tables exported from a spreadsheet: merged cells left as empty TAB cells (Sasaran on a
    group's first row only, `Tahun 2023` and `Jumlah Pemilih` spanning two-row headers, program
    and kegiatan codes in separate columns); a range target (`80-90`) and a text target
    (`Tepat Waktu`) decided by a Keterangan column; kecamatan names wrapped to a second line
    (`Lamaknen` / `Selatan`); RB table with merged group cells; SAKIP 2022 `BB (74,31)`."""
    W = 94
    d, c, rnd, sign = mulai6("dev6/lkj-belu-2023.txt", "5304", 2023, W, (
        "LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN BELU", "TAHUN 2023", "", "", "ATAMBUA"), "Atambua, 29 Januari "
        "2024", "AGUSTINUS B. MALI, S.IP",
                              "NIP. 19790811 200501 1 013", koma="")
    bab3(d, c, W, "A. Capaian Kinerja Organisasi")
    s22 = skor("5304", 2022)
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2023", "")
    d.R("No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Tahun 2023", "", "", "Keterangan")
    d.R("", "", "", "", "Target", "Realisasi", "Capaian (%)", "")
    g1 = "Terwujudnya tata kelola organisasi yang akuntabel"
    g2 = "Meningkatnya kualitas pelayanan informasi dan data pemilih"
    a = [Ind("akip", "BB", predikat(s22), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
         Ind("kompetensi", 80, 76.63), Ind("sarpras", 85, 87.9)]
    b = [Ind("mutakhir", 100, 100), Ind("kip", 80, 84.27, "nilai")]
    sat = {"persen": "%", "predikat": "Predikat", "opini": "Opini", "nilai": "Nilai"}
    n = 0
    for g, its in ((g1, a), (g2, b)):
        for j, it in enumerate(its):
            n += 1
            tt, rt = ind_cells(it, angka)
            ket = "Tercapai" if it.cp >= 100 else "Tidak Tercapai"
            d.R(n, g if j == 0 else "", it.ind, sat[it.sat], tt, rt, id_dec(it.cp), ket)
            it.fakta(d, tt, rt)
    info = "Persentase permohonan informasi publik yang dilayani sesuai standar layanan"
    lkj = "Penyampaian Laporan Kinerja kepada KPU Provinsi Nusa Tenggara Timur"
    d.R(n + 1, "", info, "%", "80-90", "86,40", "-", "Tercapai")
    d.cap(info, "80-90", None, "86,40", 86.4, "persen", None, tercapai=True)
    d.R(n + 2, "", lkj, "-", "Tepat Waktu", "Tepat Waktu", "-", "Tercapai")
    d.cap(lkj, "Tepat Waktu", None, "Tepat Waktu", None, None, None, tercapai=True)
    d.L("Sumber: Lembar Pengukuran Kinerja (ekspor lembar kerja)", "")
    d.PP([f"Nilai evaluasi akuntabilitas kinerja yang menjadi realisasi indikator pertama adalah hasil evaluasi atas "
          f"tahun kinerja 2022 yang diterima pada bulan Juni 2023, yaitu {skor_prosa('5304', 2022)}.",
          "Target indikator layanan informasi publik ditetapkan sebagai rentang 80 sampai 90 persen; realisasi di "
          "dalam rentang tersebut dinyatakan tercapai. Indikator penyampaian laporan kinerja tidak diukur dengan "
          "angka, melainkan dengan ketepatan waktu penyampaian."] +
         ulasan(c, "kesesuaian kompetensi pegawai", False), W)
    d.sakip("5304", 2022, s22)
    rbv = rb_lama("5304", 2022)
    d.L("Tabel 3.2 Hasil Evaluasi Reformasi Birokrasi Tahun 2022", "")
    d.R("Komponen", "Sub Komponen", "Nilai", "Bobot", "Persen")
    d.R("Pengungkit", "Pemenuhan", "9,14", "12,10", "75,54")
    d.R("", "Reform", "6,28", "12,10", "51,90")
    d.R("Hasil", "Kinerja Organisasi", "5,68", "12,10", "46,94")
    d.R("Nilai RB", "", id_dec(rbv[0]), id_dec(rbv[1]), id_dec(rbv[2]))
    d.rb(2022, *rbv)
    d.B()
    rows = kec_dari(rnd, "5304", "pemilu", 2024, ("dev4", "lkj-belu-2019", "pemilu", 2019))
    bagian(d, "B. Daftar Pemilih Tetap Pemilu Tahun 2024", "Rapat pleno terbuka rekapitulasi dan penetapan DPT Pemilu "
           "Tahun 2024 tingkat Kabupaten Belu dilaksanakan pada tanggal 21 Juni 2023 dengan hasil per kecamatan "
           "sebagai berikut:", W)
    d.L("Tabel 3.3 DPT Pemilu Tahun 2024 per Kecamatan", "")
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Jumlah Pemilih", "", "")
    d.R("", "", "", "", "L", "P", "L+P")
    for i, (nm, ds, tp, l, p) in enumerate(rows, 1):
        w = nm.split(" ", 1) if nm in ("Lamaknen Selatan", "Nanaet Duabesi") else [nm]
        d.R(i, w[0], ds, tp, id_int(l), id_int(p), id_int(l + p))
        if len(w) > 1:
            d.R("", w[1], "", "", "", "", "")
    T = dpt_kec(d, "pemilu", 2024, rows)
    d.R("Jumlah", "", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]))
    d.L("Sumber: Berita Acara Rekapitulasi DPT Pemilu 2024 KPU Kabupaten Belu", "")
    d.P("Selain DPT, rekapitulasi Daftar Pemilih Sementara Hasil Perbaikan pada bulan Mei 2023 mencatat "
        "162.911 pemilih; selisihnya dengan DPT berasal dari pemilih yang meninggal dunia, ganda, dan pindah "
        "domisili.", W)
    rws = belanja(rnd, "5304", 2023, 4381620000, 0.958)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    tabel_anggaran(d, "Tabel 3.4 Realisasi Anggaran Tahun 2023", ("Program", "Kegiatan", "Uraian", "Pagu", "Realisasi",
                   "Sisa", "%"), rws, "JUMLAH",
                   kode=lambda r: (r["kode"].split(".")[-1], "") if r["tingkat"] == "program" else ("", r["kode"]))
    d.P("Perbandingan pagu dan realisasi lima tahun terakhir menunjukkan anggaran tahun 2019 yang memuat kebutuhan "
        "Pemilu Serentak 2019 dan kenaikan tahun 2023 karena dimulainya tahapan Pemilu 2024:", W)
    d.L("Tabel 3.5 Pagu dan Realisasi Tahun Anggaran 2019-2023", "")
    d.R("Tahun", "Pagu", "Realisasi", "", "")
    d.R("", "", "Jumlah", "%", "")
    multi_tahun(d, range(2019, 2024), rws, lambda y, a, b: (y, id_int(a), id_int(b), id_dec(serapan(a, b)), ""))
    akhir(d, c, sign, W, ("", "BAB IV", "PENUTUP", ""))


if __name__ == "__main__":
    tulis(sumba_timur_2020, alor_2022, ende_2021, belu_2023)
