# Third blind batch, documents 5-8 (dev3/). Run: python3 dev3/author3b.py  (deterministic)
from common3 import *  # noqa: F401,F403


# ====================================================================== 5. Flores Timur 2019
def flores_timur_2019():
    """LAKIP, year alone on its own line; PK targets in BAB II, realisasi rows wrapped (values last)."""
    s, y = "5306", 2019
    d, c, rnd, W = buka("dev3/lakip-flores-timur-2019.txt", s, y, 104)
    d.L("", "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "(LAKIP)", "",
        "KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR", "", "2019", "", "LARANTUKA")
    d.FF()
    front(d, c, W, "Larantuka, 20 Februari 2020", "PETRUS P. KOTEN, S.Sos", "NIP. 19730623 200003 1 005")
    d.FF()
    bab1(d, c, W, 6)
    bab2(d, c, W, 4)
    akip = skor(s, 2018)
    pa = predikat(akip)
    pk = [("partisipasi", "77,5%", 77.5), ("jadwal", "100%", 100), ("pelanggaran", "10%", 10),
          ("akip", "B", None), ("bpk", "WTP", None), ("kompetensi", "80%", 80)]
    d.L("Tabel 2.1 Perjanjian Kinerja Tahun 2019")
    d.R("No", "Sasaran Strategis", "Indikator Kinerja", "Target")
    for i, (k, tt, _) in enumerate(pk):
        sas = "Meningkatnya kualitas penyelenggaraan Pemilu" if i < 3 else "Terwujudnya tata kelola yang akuntabel"
        d.R(i + 1, sas if i in (0, 3) else "", SS[k], tt)
    d.B()
    d.FF()
    bab3(d, c, W, 3)
    real = {"partisipasi": ("84,36%", 84.36, "108,85%"), "jadwal": ("100%", 100, "100%"),
            "pelanggaran": ("1,5%", 1.5, "185%"), "akip": (pa, None, "100%" if RANK[pa] >= 4 else "75%"),
            "bpk": ("WTP", None, "100%"), "kompetensi": ("83,65%", 83.65, "104,56%")}
    d.L("Tabel 3.1 Realisasi Indikator Kinerja Sasaran Strategis Tahun 2019")
    d.R("No", "Indikator Kinerja", "Realisasi", "Capaian")
    for i, (k, tt, tn) in enumerate(pk):
        words = SS[k].split()
        cut = max(1, len(words) // 2)
        d.R(i + 1, " ".join(words[:cut]), "", "")
        d.R("", " ".join(words[cut:]), real[k][0], real[k][2])
        rt, rn, lap = real[k]
        lapn = float(lap.rstrip("%").replace(",", "."))
        if tn is None:
            d.cap(SS[k], tt, None, rt, None, "predikat" if k == "akip" else "opini", lapn, grade=True)
        else:
            d.cap(SS[k], tt, tn, rt, rn, "persen", lapn, arah="turun" if k == "pelanggaran" else "naik")
    d.L("Sumber: Subbagian Program dan Data", "")
    d.P("Partisipasi pemilih pada Pemilu 2019 merupakan yang tertinggi dalam empat tahun terakhir, sebagaimana "
        "terlihat pada perbandingan berikut.", W)
    d.L("Tabel 3.2 Perbandingan Partisipasi Pemilih Tahun 2016-2019")
    d.R("Indikator", "Realisasi 2016", "Realisasi 2017", "Realisasi 2018", "Realisasi 2019")
    ser = [(2016, "-", None), (2017, "71,24%", 71.24), (2018, "73,90%", 73.9), (2019, "84,36%", 84.36)]
    d.R(SS["partisipasi"], *[t for _, t, _ in ser])
    for yy, t, v in ser:
        d.seri(SS["partisipasi"], yy, "realisasi", t, v, "persen")
    d.L("Keterangan: tahun 2016 tidak terdapat pemilihan di Kabupaten Flores Timur.", "")
    _, tps, l, p = pemilu19(s)
    d.P(f"Daftar Pemilih Tetap Pemilu Tahun 2019 Kabupaten Flores Timur berjumlah {id_int(l + p)} pemilih, terdiri "
        f"atas {id_int(l)} laki-laki dan {id_int(p)} perempuan yang tersebar di {id_int(tps)} TPS. Pada hari "
        f"pemungutan suara tercatat pula 2.164 pemilih dalam Daftar Pemilih Tambahan (DPTb) dan 1.382 pemilih "
        f"dalam Daftar Pemilih Khusus (DPK).", W)
    d.dpt("pemilu", 2019, "kabupaten", REFNAME[s], None, tps, l, p, tidak=["jumlah_desa"])
    _, t18, l18, p18 = KD[(s, "pilkada", 2018)]
    d.P(f"Sebagai pembanding, DPT Pemilihan Gubernur dan Wakil Gubernur NTT Tahun 2018 di Kabupaten Flores Timur "
        f"berjumlah {id_int(l18 + p18)} pemilih ({id_int(l18)} laki-laki dan {id_int(p18)} perempuan) pada "
        f"{t18} TPS.", W)
    d.dpt("pilkada", 2018, "kabupaten", REFNAME[s], None, t18, l18, p18, tidak=["jumlah_desa"])
    d.FF()
    hist = [(2015, 45.6), (2016, 50.85), (2017, 55.2), (2018, akip)]
    d.L("Tabel 3.3 Riwayat Hasil Evaluasi SAKIP")
    d.R("Tahun yang Dinilai", "Nilai", "Predikat", "Tahun Evaluasi")
    for yy, v in hist:
        d.R(yy, id_dec(v), predikat(v), yy + 1)
        d.sakip(s, yy, v)
    d.B()
    k = komps(s, 2018, rnd, 0.60)
    d.L("Tabel 3.4 Rincian Nilai Evaluasi SAKIP Tahun 2018")
    d.R("Komponen", "Bobot", "Nilai")
    for kk in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"):
        d.R(KNM[kk], k[kk][0], id_dec(k[kk][1]))
    d.R("Total", 100, id_dec(akip))
    d.komp(2018, k)
    d.B()
    d.PP(analisis(c, "partisipasi pemilih"), W)
    ikk = [("gaji", "100%", 100, "100%", 100, "persen", "100%"), ("lapakun", "14 Laporan", 14, "14 Laporan", 14,
            "laporan", "100%"), ("arsip", "50%", 50, "46,20%", 46.2, "persen", "92,40%")]
    d.L("Tabel 3.4a Capaian Indikator Kinerja Kegiatan Tahun 2019")
    d.R("Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian")
    for kk_, tt, tn, rt, rn, sat, lap in ikk:
        d.R(SK[kk_], tt, rt, lap)
        d.cap(SK[kk_], tt, tn, rt, rn, sat, float(lap.rstrip("%").replace(",", ".")), tingkat="sasaran_kegiatan")
    d.B()
    d.L("B. Realisasi Anggaran", "")
    p18, r18 = 5127400000, 4986215000
    d.P(f"Pada Tahun Anggaran 2018 (Pemilihan Gubernur NTT) pagu KPU Kabupaten Flores Timur sebesar Rp "
        f"{id_int(p18)} dengan realisasi Rp {id_int(r18)} atau {pct(serapan(p18, r18))}. Untuk tahun 2019 "
        f"realisasi per program dan kegiatan adalah sebagai berikut.", W)
    d.ang("TOTAL", "total", "", p18, r18, serapan(p18, r18), tahun=2018)
    rows = gen_budget(rnd, y, [("076.01.WA", [("3355", 1843600000), ("3360", 964250000)]),
                               ("076.01.CQ", [("6867", 2264800000), ("6871", 612400000), ("6872", 1438900000)])],
                      unit=1000)
    d.L("Tabel 3.5 Realisasi Anggaran per Program dan Kegiatan TA 2019 (dalam ribuan rupiah)")
    d.R("Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan")
    for r in rows:
        nm = "JUMLAH" if r["tingkat"] == "total" else f"{r['nama']} ({r['kode']})"
        d.R(nm, id_int(r["pagu"] // 1000), id_int(r["real"] // 1000), id_int((r["pagu"] - r["real"]) // 1000),
            pct(serapan(r["pagu"], r["real"])))
    ang_rows(d, rows, y)
    d.B()
    tot = rows[-1]
    jb = [("Belanja Pegawai", 0.21), ("Belanja Barang", 0.74)]
    d.L("Tabel 3.6 Realisasi Anggaran per Jenis Belanja TA 2019 (dalam ribuan rupiah)")
    d.R("Jenis Belanja", "Pagu", "Realisasi")
    ap = ar = 0
    for nm, f in jb:
        pg, rl = int(tot["pagu"] * f) // 1000, int(tot["real"] * f) // 1000
        ap, ar = ap + pg, ar + rl
        d.R(nm, id_int(pg), id_int(rl))
    d.R("Belanja Modal", id_int(tot["pagu"] // 1000 - ap), id_int(tot["real"] // 1000 - ar))
    d.R("Jumlah", id_int(tot["pagu"] // 1000), id_int(tot["real"] // 1000))
    d.B()
    tutup(d, c, W)


# ====================================================================== 6. Ngada 2022
def ngada_2022():
    """Markdown export (pandoc): # headings, **bold** amounts, LaTeX formula; no Sisa, cut-off total."""
    s, y = "5309", 2022
    d, c, rnd, W = buka("dev3/lkj-ngada-2022.txt", s, y, 100)
    d.L("# LAPORAN KINERJA", "", "**SEKRETARIAT KPU KABUPATEN NGADA**", "", "**TAHUN 2022**", "")
    d.L("## KATA PENGANTAR", "")
    d.PP(kata_pengantar(c), W)
    d.L("Bajawa, 16 Februari 2023", "Sekretaris KPU Kabupaten Ngada,", "", "", "**MARIA G. WEA, S.E.**",
        "NIP. 19780219 200501 2 003", "")
    bab(d, ("## BAB I PENDAHULUAN", ""), pendahuluan(c)[:6], W)
    bab(d, ("## BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[:3], W)
    akip = skor(s, 2021)
    pa = predikat(akip)
    pk = [("akip", "B", None, "predikat"), ("bpk", "WTP", None, "opini"), ("mutakhir", "100%", 100, "persen"),
          ("kompetensi", "85%", 85, "persen"), ("sarpras", "90%", 90, "persen"), ("kip", "80", 80, "nilai")]
    d.L("**Tabel 2.1 Perjanjian Kinerja Tahun 2022**", "")
    d.R("No", "Indikator Kinerja Sasaran Strategis", "Target 2022")
    for i, (k, tt, _, _) in enumerate(pk):
        d.R(i + 1, SS[k], tt)
    d.B()
    d.FF()
    d.L("## BAB III AKUNTABILITAS KINERJA", "", "### A. Capaian Kinerja", "")
    d.P("Capaian setiap indikator dihitung dengan rumus berikut (indikator yang semakin tinggi semakin baik):", W)
    d.L("$$Capaian = \\frac{Realisasi}{Target} \\times 100\\%$$", "")
    real = {"akip": (pa, None, "100"), "bpk": ("WTP", None, "100"), "mutakhir": ("100%", 100, "100"),
            "kompetensi": ("87,90%", 87.9, "103,41"), "sarpras": ("85,45%", 85.45, "94,94"),
            "kip": ("76,80", 76.8, "96,00")}
    d.L("**Tabel 3.1 Realisasi dan Capaian Indikator Kinerja Tahun 2022**", "")
    d.R("No", "Indikator Kinerja", "Capaian (%)", "Realisasi")
    for i, (k, tt, tn, sat) in enumerate(pk):
        rt, rn, lap = real[k]
        d.R(i + 1, SS[k], lap, rt if k != "akip" else "\u0412" * len(pa))
        d.cap(SS[k], tt, tn, rt, rn, sat, float(lap.replace(",", ".")), grade=tn is None)
    d.B()
    d.P("Perkembangan realisasi dua indikator sumber daya dalam tiga tahun terakhir:", W)
    d.L("**Tabel 3.1a Realisasi Indikator Tahun 2020-2022**", "")
    d.R("Indikator", "2020", "2021", "2022")
    for k_, ser in (("kompetensi", (("78,10%", 78.1), ("82,35%", 82.35), ("87,90%", 87.9))),
                    ("sarpras", (("80,25%", 80.25), ("-", None), ("85,45%", 85.45)))):
        d.R(SS[k_], *[t_ for t_, _ in ser])
        for yy, (t_, v_) in zip((2020, 2021, 2022), ser):
            d.seri(SS[k_], yy, "realisasi", t_, v_, "persen")
    d.L("Keterangan: tahun 2021 sarana prasarana tidak diukur karena pembatasan kegiatan.", "")
    d.P(f"Realisasi indikator nilai evaluasi akuntabilitas kinerja menggunakan hasil evaluasi SAKIP Tahun 2021 yang "
        f"diterima pada tahun 2022, yaitu **{id_dec(akip)}** dengan predikat **{pa}**. Pada evaluasi tahun "
        f"sebelumnya (tahun 2020) KPU Kabupaten Ngada memperoleh nilai {id_dec(skor(s, 2020))} "
        f"({predikat(skor(s, 2020))}).", W)
    d.sakip(s, 2021, akip)
    d.sakip(s, 2020, skor(s, 2020))
    k = komps(s, 2021, rnd, 0.69)
    d.L("**Tabel 3.2 Nilai Komponen SAKIP Tahun 2021**", "")
    d.R("Tahun", "Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)",
        "Evaluasi Internal (25)", "Nilai")
    d.R("2021", *[id_dec(k[x][1]) for x in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")],
        id_dec(akip))
    d.komp(2021, k)
    d.B()
    rbn = 24.87
    d.P(f"Nilai evaluasi Reformasi Birokrasi KPU Kabupaten Ngada Tahun 2022 adalah **{id_dec(rbn)}** "
        f"({pct(rbv(d, 2022, rbn))}) dari bobot 36,30.", W)
    d.L("### B. Indikator Kinerja Kegiatan", "")
    ikk = [("lapakun", "4 Lap", 4, "4 Lap", 4, "laporan", "100"), ("gaji", "100%", 100, "100%", 100, "persen", "100"),
           ("bmn", "2 Laporan", 2, "2 Laporan", 2, "laporan", "100"), ("pleno", "100%", 100, "95%", 95, "persen", "95")]
    d.L("**Tabel 3.3 Capaian Indikator Kinerja Kegiatan Tahun 2022**", "")
    d.R("Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian (%)")
    for kk, tt, tn, rt, rn, sat, lap in ikk:
        d.R(SK[kk], tt, rt, lap)
        d.cap(SK[kk], tt, tn, rt, rn, sat, float(lap), tingkat="sasaran_kegiatan")
    d.B()
    d.FF()
    d.L("### C. Realisasi Anggaran", "")
    rows = gen_budget(rnd, y, [("076.01.WA", [("3355", 1725480000), ("3360", 893250000)]),
                               ("076.01.CQ", [("6640", 442700000), ("6709", 318900000)])])
    longname = {"076.01.WA": ["Program Dukungan", "Manajemen dan Pelaksanaan", "Tugas Teknis Lainnya"],
                "076.01.CQ": ["Program Penyelenggaraan", "Pemilu dalam Proses", "Konsolidasi Demokrasi"]}
    d.L("**Tabel 3.4 Pagu dan Realisasi Anggaran TA 2022**", "")
    d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%")
    for r in rows:
        sp = id_dec(serapan(r["pagu"], r["real"]))
        if r["tingkat"] == "program":
            a, b, cc = longname[r["kode"]]
            d.R(dkode(r["kode"]), a, "", "", "")
            d.R("", b, id_int(r["pagu"]), id_int(r["real"]), sp)
            d.R("", cc, "", "", "")
        elif r["tingkat"] == "kegiatan":
            d.R(r["kode"], r["nama"], id_int(r["pagu"]), id_int(r["real"]), sp)
        else:
            cut = id_int(r["real"])[:-2]
            d.R("", "", "**" + id_int(r["pagu"]) + "**", "**" + cut + "**", "**" + sp + "**")
    ang_rows(d, rows, y)
    d.B()
    p21, r21 = 3118640000, 3047302115
    d.P(f"Sebagai perbandingan, pada Tahun Anggaran 2021 pagu anggaran sebesar **Rp {id_int(p21)}** terealisasi "
        f"sebesar Rp {id_int(r21)} atau {pct(serapan(p21, r21))}.", W)
    d.ang("TOTAL", "total", "", p21, r21, serapan(p21, r21), tahun=2021)
    d.L("### D. Data Pemilih", "")
    d.P("Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2020 yang menjadi basis pemutakhiran "
        "data pemilih berkelanjutan berjumlah 110.320 pemilih, terdiri atas 53.418 laki-laki dan 56.902 "
        "perempuan, pada 393 TPS di 151 desa/kelurahan.", W)
    d.dpt("pilkada", 2020, "kabupaten", REFNAME[s], 151, 393, 53418, 56902)
    tutup(d, c, W, head=("## BAB IV PENUTUP",))


# ====================================================================== 7. Manggarai 2024
def manggarai_2024():
    """No year on the cover or in the foreword: year only in the PK and the signature; merged row."""
    s, y = "5310", 2024
    d, c, rnd, W = buka("dev3/lkj-manggarai-2024.txt", s, y, 90)
    c["thn_kp"] = c["kpu"]
    d.L("", "LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI", "",
        "Jl. Ahmad Yani No. 15, Ruteng", "")
    d.FF()
    front(d, c, W, "Ruteng, 27 Januari 2025", "FRANSISKUS B. JEHADU, S.IP", "NIP. 19770308 200604 1 012")
    d.FF()
    bab1(d, c, W, 5)
    bab2(d, c, W, 3)
    pk = [("jadwal", "100%"), ("partisipasi", "80%"), ("pelanggaran", "2%"), ("akip", "B"), ("kip", "80"),
          ("bpk", "WTP")]
    d.L("Tabel 2.1 Perjanjian Kinerja Tahun 2024")
    d.R("No", "Indikator Kinerja", "Target")
    for i, (k, tt) in enumerate(pk):
        d.R(i + 1, SS[k], tt)
    d.B()
    d.FF()
    bab3(d, c, W)
    akip = skor(s, 2023)
    pa = predikat(akip)
    d.L("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    d.R("1", SS["jadwal"], "100%", "100%", "100%")
    d.cap(SS["jadwal"], "100%", 100, "100%", 100, "persen", 100.0)
    d.R("2", SS["partisipasi"], "80%", "82,47%", "103,09%")
    d.cap(SS["partisipasi"], "80%", 80, "82,47%", 82.47, "persen", 103.09)
    d.R("3", SS["pelanggaran"], "2%", "0%", "200%")
    d.cap(SS["pelanggaran"], "2%", 2, "0%", 0, "persen", 200.0, arah="turun")
    d.R("4", SS["akip"], "", "", "")
    d.R("5", SS["kip"], "B 80", pa + "* 84,17", "200% 105,21%")
    d.cap(SS["akip"], "B", None, pa + "*", None, "predikat", 200.0, grade=True)
    d.cap(SS["kip"], "80", 80, "84,17", 84.17, "nilai", 105.21)
    d.R("6", SS["bpk"], "WTP", "WTP", "100%")
    d.cap(SS["bpk"], "WTP", None, "WTP", None, "opini", 100.0, grade=True)
    d.L("*) hasil evaluasi SAKIP Tahun 2023, diterima tahun 2024", "")
    d.P(f"Hasil Evaluasi AKIP Tahun 2023 menempatkan KPU Kabupaten Manggarai pada predikat {pa} ({id_dec(akip)}), "
        f"naik dari predikat {predikat(skor(s, 2022))} pada tahun sebelumnya.", W)
    d.sakip(s, 2023, akip)
    rb_komponen(d, ("Tabel 3.2 Nilai Reformasi Birokrasi",), ("Komponen", "Nilai", "Bobot", "Persentase"),
                ("Pengungkit", "16,87", "21,30", "79,20%"), ("Hasil", "8,95", "15,00", "59,67%"), "Total Nilai RB", 2024, 25.82)
    d.B()
    d.PP(analisis(c, "partisipasi pemilih"), W)
    d.FF()
    d.L("C. Data Pemilih", "")
    _, tp24, l24, p24 = pemilu24(s)
    d.P(f"Pada Pemilu 14 Februari 2024, DPT Kabupaten Manggarai berjumlah {id_int(l24 + p24)} pemilih terdiri atas "
        f"{id_int(l24)} pemilih laki-laki dan {id_int(p24)} pemilih perempuan di {tp24} TPS, ditambah 1.046 "
        f"pemilih DPTb dan 2.311 pemilih DPK.", W)
    d.dpt("pemilu", 2024, "kabupaten", REFNAME[s], None, tp24, l24, p24, tidak=["jumlah_desa"])
    d.P("Untuk Pemilihan Serentak Bupati dan Wakil Bupati serta Gubernur dan Wakil Gubernur, rekapitulasi DPT per "
        "kecamatan adalah sebagai berikut.", W)
    kec = [("SATAR MESE", 15), ("SATAR MESE BARAT", 9), ("SATAR MESE UTARA", 21), ("LANGKE REMBONG", 17),
           ("RUTENG", 21), ("WAE RI'I", 20), ("LELAK", 18), ("RAHONG UTARA", 19), ("CIBAL", 14),
           ("CIBAL BARAT", 14), ("REOK", 13), ("REOK BARAT", 17)]
    tps, l, p = PILKADA24_REAL[s]
    rows = kec_split(rnd, [k for k, _ in kec], (l, p), tps, 198)
    d.L("Tabel 3.3 DPT Pemilihan Serentak per Kecamatan")
    d.R("No", "Kecamatan", "Jml Desa/Kel", "Jumlah TPS", "Daftar Pemilih Tetap", "", "", "DPTb")
    d.R("", "", "", "", "L", "P", "L+P", "")
    for i, ((n, _, tp, ll, pp), (_, de)) in enumerate(zip(rows, kec)):
        d.R(i + 1, n, de, tp, id_int(ll), id_int(pp), id_int(ll + pp), rnd.randint(20, 140))
        d.dpt("pilkada", 2024, "kecamatan", n, de, tp, ll, pp)
    d.R("", "JUMLAH KABUPATEN", 198, tps, id_int(l), id_int(p), id_int(l + p), "1.038")
    d.dpt("pilkada", 2024, "kabupaten", REFNAME[s], 198, tps, l, p)
    d.B()
    d.L("D. Realisasi Anggaran", "")
    rows = gen_budget(rnd, y, [("076.01.WA", [("3355", 2146720000), ("3360", 1231400000)]),
                               ("076.01.CQ", [("6639", 2864100000), ("6871", 1536500000), ("6872", 3921750000)])])
    pa0 = 9215600000
    d.P(f"Alokasi anggaran awal sebesar Rp. {id_int(pa0)},- dan setelah 7 (tujuh) kali revisi DIPA menjadi "
        f"Rp. {id_int(rows[-1]['pagu'])},-, dengan rincian sebagai berikut:", W)
    d.L("Tabel 3.4 Pagu dan Realisasi per Program/Kegiatan")
    d.R("Kode", "Uraian", "Pagu", "Realisasi", "%")
    for r in rows:
        kode = "" if r["tingkat"] == "total" else (dkode(r["kode"]) if r["tingkat"] == "program"
                                                   else dkode(r["induk"]) + "." + r["kode"])
        d.R(kode, "JUMLAH" if r["tingkat"] == "total" else r["nama"], f"Rp. {id_int(r['pagu'])},-",
            f"Rp. {id_int(r['real'])},-", pct(serapan(r["pagu"], r["real"])))
    ang_rows(d, rows, y, pagu_awal=pa0, revisi=7)
    d.B()
    tot = rows[-1]
    d.L("Tabel 3.5 Realisasi per Jenis Belanja")
    d.R("Jenis Belanja", "Pagu", "Realisasi", "%")
    bp, br = int(tot["pagu"] * 0.18), int(tot["real"] * 0.18)
    for nm, pg, rl in (("Belanja Pegawai", bp, br), ("Belanja Barang", tot["pagu"] - bp, tot["real"] - br)):
        d.R(nm, f"Rp. {id_int(pg)},-", f"Rp. {id_int(rl)},-", pct(serapan(pg, rl)))
    d.R("Jumlah", f"Rp. {id_int(tot['pagu'])},-", f"Rp. {id_int(tot['real'])},-",
        pct(serapan(tot["pagu"], tot["real"])))
    d.B()
    d.P("Hibah Pemerintah Kabupaten Manggarai untuk Pemilihan Serentak dikelola melalui rekening terpisah dan "
        "dilaporkan dalam laporan pertanggungjawaban dana hibah tersendiri.", W)
    tutup(d, c, W)


# ====================================================================== 8. Lembata 2020
def lembata_2020():
    """Outputs with code typos, realisasi wrapped on the middle line, scanned (OCR) all-satker lampiran."""
    s, y = "5313", 2020
    d, c, rnd, W = buka("dev3/lkj-lembata-2020.txt", s, y, 96)
    d.L("LAPORAN KINERJA 2020", "KPU KABUPATEN LEMBATA", "", "")
    front(d, c, W, "Lewoleba, 29 Januari 2021", "GREGORIUS B. LAMAWURAN, S.E.", "NIP. 19720910 199803 1 004")
    d.FF()
    bab1(d, c, W, 6)
    bab2(d, c, W, 4)
    d.FF()
    bab3(d, c, W, head=("BAB III AKUNTABILITAS KINERJA",))
    akip = skor(s, 2019)
    pa = predikat(akip)
    rows = [("mutakhir", "100%", 100, "100%", 100, "100%", "persen", "naik"),
            ("kompetensi", "80%", 80, "72,40%", 72.4, "90,50%", "persen", "naik"),
            ("sarpras", "85%", 85, "88,10%", 88.1, "103,65%", "persen", "naik"),
            ("pelanggaran", "5%", 5, "1%", 1, "180%", "persen", "turun")]
    d.L("Tabel 3.1 Capaian Kinerja Sasaran Strategis Tahun 2020")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    n = 0
    for k, tt, tn, rt, rn, lap, sat, arah in rows:
        n += 1
        w = SS[k].split()
        a, b = len(w) // 3, 2 * len(w) // 3
        d.R(n, " ".join(w[:a]), "", "", "")
        d.R("", " ".join(w[a:b]), tt, rt, lap)
        d.R("", " ".join(w[b:]), "", "", "")
        d.cap(SS[k], tt, tn, rt, rn, sat, float(lap.rstrip("%").replace(",", ".")), arah=arah)
    d.R(n + 1, SS["akip"], "B", pa, "100%" if RANK[pa] >= 4 else "75%")
    d.cap(SS["akip"], "B", None, pa, None, "predikat", 100.0 if RANK[pa] >= 4 else 75.0, grade=True)
    d.R(n + 2, SS["kip"], "75", "Belum Penilaian", "-")
    d.cap(SS["kip"], "75", 75, "Belum Penilaian", None, "nilai", None)
    d.L("Sumber: Subbagian Program dan Data KPU Kabupaten Lembata", "")
    d.P("Nilai Keterbukaan Informasi Publik belum dapat diukur karena Komisi Informasi Provinsi tidak melaksanakan "
        "monitoring dan evaluasi badan publik pada tahun 2020.", W)
    d.P(f"Nilai evaluasi SAKIP KPU Kabupaten Lembata Tahun 2019 adalah {id_dec(akip)} dengan predikat {pa}. "
        f"Hasil evaluasi seluruh satuan kerja KPU di Nusa Tenggara Timur terlampir (Lampiran 3).", W)
    d.sakip(s, 2019, akip)
    _, tps, l, p = pemilu19(s)
    d.P(f"Data pemilih yang digunakan sebagai acuan pemutakhiran berkelanjutan adalah DPT Pemilu 2019 sebanyak "
        f"{id_int(l + p)} pemilih ({id_int(l)} laki-laki, {id_int(p)} perempuan) pada {tps} TPS.", W)
    d.dpt("pemilu", 2019, "kabupaten", REFNAME[s], None, tps, l, p, tidak=["jumlah_desa"])
    d.PP(analisis(c, "kesesuaian kompetensi pegawai"), W)
    d.FF()
    d.L("B. Realisasi Anggaran", "")
    # outputs under kegiatan; printed codes carry the secretary's typos
    spec = [("076.01.WA", "WA", "program", "", PROG["076.01.WA"]),
            ("3355", "WA.3355", "kegiatan", "076.01.WA", KEG["3355"]),
            ("3355.EBA.962", "3355.EBA.962", "output", "3355", "Layanan Umum"),
            ("3355.EBA.994", "3355.EBA.994", "output", "3355", "Layanan Perkantoran"),
            ("3360", "W.3360", "kegiatan", "076.01.WA", KEG["3360"]),
            ("3360.EBA.994", "3360.EBA.994", "output", "3360", "Layanan Perkantoran"),
            ("3361.EBA.994", "3361.EBA.994", "output", "3360", "Layanan Perkantoran (pemeliharaan)"),
            ("076.01.CQ", "CQ", "program", "", PROG["076.01.CQ"]),
            ("6709", "CQ.6709", "kegiatan", "076.01.CQ", KEG["6709"])]
    leaf = {"3355.EBA.962": 214350000, "3355.EBA.994": 1372800000, "3360.EBA.994": 618450000,
            "3361.EBA.994": 186200000, "6709": 263700000}
    val = {}
    for k, pg in leaf.items():
        val[k] = (pg, int(pg * rnd.uniform(0.94, 0.997)))
    for par, ch in (("3355", ["3355.EBA.962", "3355.EBA.994"]), ("3360", ["3360.EBA.994", "3361.EBA.994"]),
                    ("076.01.WA", ["3355", "3360"]), ("076.01.CQ", ["6709"]), ("TOTAL", ["076.01.WA", "076.01.CQ"])):
        val[par] = (sum(val[x][0] for x in ch), sum(val[x][1] for x in ch))
    d.L("Tabel 3.2 Realisasi Anggaran per Output Tahun 2020")
    d.R("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%")
    for kode, teks, tk, induk, nm in spec + [("TOTAL", "", "total", "", "Total")]:
        pg, rl = val[kode]
        d.R(teks, nm, id_int(pg), id_int(rl), id_int(pg - rl), id_dec(serapan(pg, rl)))
        d.ang(kode, tk, induk, pg, rl, serapan(pg, rl))
    d.L("Sumber: OM-SPAN per 31 Desember 2020", "")
    d.P("Penerimaan PNBP berupa pengembalian belanja tahun lalu sebesar Rp 7.380.000 disetor ke kas negara dan "
        "tidak mengurangi realisasi belanja tahun 2020.", W)
    tutup(d, c, W, head=("BAB IV PENUTUP",), lalu=lampiran_sakip_pindai)


def lampiran_sakip_pindai(d):
    """Lembata's appendix: the province's SAKIP table of 2019 as a scan, OCR damage included."""
    d.FF()
    d.L("Lampiran 3", "HASIL EVALUASI AKIP KPU KABUPATEN/KOTA SE-NTT TAHUN 2019", "(hasil pindai surat KPU Provinsi)", "")
    d.R("No", "Satker", "Nilai", "Predikat")
    ocr = {"5303": "two", "5304": "two", "5309": "noval", "5313": "garble", "5317": "letters", "5320": "stray"}
    i = 0
    for sid in ORDER[1:]:
        i += 1
        v = skor(sid, 2019)
        nm = "KPU Kab. " + NAMA[sid] if sid != "5371" else "KPU Kota Kupang"
        kind = ocr.get(sid)
        if kind == "two":
            if sid == "5303":
                d.R(i, nm + " KPU Kab. Belu", id_dec(v), predikat(v))
            continue
        if kind == "noval":
            d.R(i, nm, "", "")
        elif kind == "garble":
            d.R(i, "KPU Kab. Lem bata", id_dec(v).replace("5", "S").replace("9", "g"), predikat(v).lower())
        elif kind == "letters":
            d.R(i, nm, id_dec(v).replace("1", "l").replace("0", "O"), predikat(v))
        elif kind == "stray":
            d.R(i, nm, id_dec(v), predikat(v))
            d.R("", "", "12,33", "")
            d.sakip(sid, 2019, v, keyakinan="rendah")
        else:
            d.R(i, nm, id_dec(v), predikat(v))
            d.sakip(sid, 2019, v, keyakinan="rendah")
    d.L("(tanda tangan dan cap tidak terbaca)")


if __name__ == "__main__":
    for f in (flores_timur_2019, ngada_2022, manggarai_2024, lembata_2020):
        f()
