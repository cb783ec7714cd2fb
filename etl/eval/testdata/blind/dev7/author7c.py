#!/usr/bin/env python3
# dev7/ documents 9-12: Kabupaten Kupang 2023 (values first, the indicator's name in the last
# column), Alor 2019 (LKjIP, DPT with L / P / L+P as sub-rows of each kecamatan), Flores Timur 2022
# (no Capaian column but a ✓/✗ status, the budget told only in prose), TTU 2021 (two values in
# one cell: `Target / Realisasi`, `Pagu / Realisasi`). Run from etl/eval/testdata/blind/.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (analisis, anggaran, bahas, buka, capai, cp, dpt_of, dpt_prosa, fakta_anggaran,
                     huruf, id_dec, id_int, IND, KEG, komponen, kpu, nilai_akip, predikat, PROG,
                     selesai, serapan, skor, tabel_anggaran, total_of)


def kabupaten_kupang_2023():
    c = kpu("Kupang", "periode 1 Januari sampai dengan 31 Desember 2023")
    d = buka("dev7/lkj-kabupaten-kupang-2023.txt", "5301", 2023, 94, c, ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "",
                  "Periode 1 Januari - 31 Desember 2023", "", "Oelamasi"],
             ("Oelamasi", "22 Januari 2024", "Yeremias Tanaem, S.Sos., M.M.", "19720517 199903 1 005"), bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja Organisasi", ""))
    d.P("Tabel pengukuran kinerja disusun dengan format baku aplikasi e-Kinerja: kolom angka "
        "ditempatkan di sebelah kiri dan uraian indikator di kolom terakhir.")
    groups = [("Sasaran Strategis 1: Meningkatnya kualitas data pemilih dan partisipasi masyarakat",
               [("pemutakhiran", 100.0, 100.0, "naik"), ("informasi", 75.0, 80.15, "naik")]),
              ("Sasaran Strategis 2: Meningkatnya integritas dan kapasitas penyelenggara",
               [("pelanggaran", 5.0, 3.18, "turun"), ("kompetensi", 85.0, 86.7, "naik"),
                ("sengketa", 100.0, 100.0, "naik")]),
              ("Sasaran Strategis 3: Terwujudnya tata kelola organisasi yang akuntabel",
               [("sarana", 90.0, 91.35, "naik")])]
    d.L("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2023", "")
    d.R("Target", "Realisasi", "Capaian (%)", "Indikator Kinerja")
    for head, rows in groups:
        d.L(head)
        for k, t, r, a in rows:
            d.R(f"{id_dec(t)}%", f"{id_dec(r)}%", cp(t, r, a), IND[k])
            d.capaian(IND[k], f"{id_dec(t)}%", t, f"{id_dec(r)}%", r, "persen", cp(t, r, a), arah=a)
    huruf(d, ("B", "B", "-", IND["akip"]), "akip", "B", "B", "-")
    d.L("Sumber: e-Kinerja KPU Kabupaten Kupang, diolah", "")
    d.L("Tabel 3.2 Pengukuran Indikator Kinerja Kegiatan Tahun 2023", "")
    d.R("Target", "Realisasi", "Capaian (%)", "Indikator Kinerja Kegiatan")
    for k, t, r, un in (("lap_keu", 14, 14, "laporan"), ("lap_bmn", 2, 2, "laporan"),
                        ("gaji", 100.0, 100.0, "persen")):
        tt, rt = (f"{t} Laporan", f"{r} Laporan") if un == "laporan" else (f"{id_dec(t)}%", f"{id_dec(r)}%")
        d.R(tt, rt, cp(t, r), IND[k])
        d.capaian(IND[k], tt, t, rt, r, un, cp(t, r), tingkat="sasaran_kegiatan")
    d.B()
    bahas(d, c, ["pelanggaran"], "B. Evaluasi AKIP dan Reformasi Birokrasi")
    v22, v21 = nilai_akip(d, "5301", 2022, 2021)
    d.P(f"Atas kinerja tahun 2022, KPU Kabupaten Kupang memperoleh nilai evaluasi AKIP {id_dec(v22)} "
        f"dengan predikat {predikat(v22)}, meningkat dari {id_dec(v21)} pada tahun kinerja 2021 dengan "
        "predikat yang sama. Nilai tahun kinerja 2022 per komponen:")
    d.R("", "Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)",
        "Evaluasi Internal (25)", "Total")
    ks = komponen("5301", 2022)
    d.R("Nilai", *[id_dec(ks[k][1]) for k in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")],
        id_dec(v22))
    d.komp(2022, ks)
    d.B()
    d.L("Tabel 3.3 Hasil Evaluasi Reformasi Birokrasi", "")
    d.R("Tahun", "Komponen Pengungkit", "Komponen Hasil", "Nilai RB", "Bobot", "Persentase")
    d.R(2022, "14,82", "6,82", "21,64", "36,30", "59,61%")
    d.R(2023, "15,63", "7,34", "22,97", "36,30", "63,28%")
    d.rb(2022, 21.64, 36.3, 59.61)
    d.rb(2023, 22.97, 36.3, 63.28)
    d.B()
    d.L("C. Data Pemilih", "")
    pem = dpt_of("5301", "pemilu", 2024)
    d.P("Tahapan pemutakhiran data pemilih Pemilu Tahun 2024 berlangsung sepanjang tahun 2023. Daftar "
        "Pemilih Sementara (DPS) ditetapkan sebanyak 263.918 pemilih dan setelah perbaikan (DPSHP) "
        f"menjadi 265.402 pemilih. Pada tanggal 21 Juni 2023 ditetapkan DPT Pemilu 2024 sebanyak "
        f"{id_int(pem[3])} pemilih, terdiri atas {id_int(pem[1])} pemilih laki-laki dan {id_int(pem[2])} "
        f"pemilih perempuan, yang akan memilih di {pem[0]} TPS.")
    d.dpt("pemilu", 2024, "kabupaten", "Kabupaten Kupang", None, *pem[:3], tidak=["jumlah_desa"])
    d.L("D. Realisasi Anggaran", "")
    progs, tt = anggaran("kp23", {"3355": 1.4, "3358": 0.6, "3360": 2.1},
                         {"6639": 3.0, "6640": 2.4, "6709": 2.2, "6867": 14.0}, *total_of("5301", 2023))
    y22 = total_of("5301", 2022)
    d.P(f"Sebagai pembanding, pada Tahun Anggaran 2022 pagu KPU Kabupaten Kupang sebesar Rp {id_int(y22[0])} "
        f"dengan realisasi Rp {id_int(y22[1])} atau {id_dec(serapan(*y22))}%. Kenaikan pagu Tahun 2023 "
        "disebabkan dimulainya tahapan Pemilu 2024.")
    d.ang("TOTAL", "total", "", y22[0], y22[1], serapan(*y22), tahun=2022)
    d.L("Tabel 3.4 Realisasi Anggaran Tahun Anggaran 2023", "")
    d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
    n = 0
    for prog, ks, p, x in progs:
        nm = PROG[prog].split()
        d.R(prog, " ".join(nm[:2]), id_int(p), id_int(x), id_int(p - x), id_dec(serapan(p, x)))
        d.R("", " ".join(nm[2:]), "", "", "", "")
        for k, kp, kx in ks:
            n += 1
            if n == 5:
                d.L("", "Laporan Kinerja KPU Kabupaten Kupang 2023 | 19")
                d.FF()
            d.R(k, KEG[k], id_int(kp), id_int(kx), id_int(kp - kx), id_dec(serapan(kp, kx)))
    d.R("", "JUMLAH", id_int(tt[0]), id_int(tt[1]), id_int(tt[0] - tt[1]), id_dec(serapan(*tt)))
    fakta_anggaran(d, progs, tt)
    d.B()
    d.P("Selain belanja, saldo kas di bendahara pengeluaran per 31 Desember 2023 tercatat nihil dan "
        "nilai persediaan sebesar Rp 287.410.550.")
    selesai(d, c)


KEC_ALOR = [("Teluk Mutiara", 17, 54, 5633, 6072), ("Kabola", 6, 42, 3382, 3632),
            ("Alor Barat Laut", 9, 29, 4808, 5087), ("Alor Barat Daya", 12, 21, 2691, 2827),
            ("Mataru", 7, 43, 3434, 3400), ("Alor Selatan", 13, 28, 2761, 2880),
            ("Alor Timur", 12, 27, 4933, 4929), ("Alor Timur Laut", 8, 40, 3974, 4149),
            ("Pureman", 10, 39, 5805, 6000), ("Alor Tengah Utara", 8, 27, 4175, 4491),
            ("Lembur", 10, 26, 3572, 3635), ("Pantar", 8, 45, 3560, 3805),
            ("Pantar Barat", 12, 33, 5375, 5785), ("Pantar Barat Laut", 12, 29, 3181, 3363),
            ("Pantar Tengah", 11, 46, 3212, 3343), ("Pantar Timur", 10, 43, 2752, 2816),
            ("Pulau Pura", 10, 26, 3920, 4074)]  # as dev3's Alor 2021 prints Pemilu 2019


def alor_2019():
    c = kpu("Alor", "Instansi Pemerintah (LKjIP) Tahun 2019")
    d = buka("dev7/lkjip-alor-2019.txt", "5305", 2019, 100, c, ["LKjIP", "LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN ALOR", "2019", "",
                  "Kalabahi"],
             ("Kalabahi", "30 Januari 2020", "Abdul Rahman Kadir, S.E.", "19731109 200501 1 009"))
    rows = [("partisipasi", 77.5, 83.62, "naik"), ("perempuan", 77.5, 86.14, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("logistik", 100.0, 97.5, "naik"),
            ("pelanggaran", 5.0, 6.2, "turun")]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2019", "")
    d.R("No", "Indikator Kinerja", "Realisasi", "Target", "Capaian", "Kategori")
    kat = lambda v: "Sangat Baik" if v > 100 else ("Baik" if v >= 85 else ("Cukup" if v >= 70 else "Kurang"))
    for i, (k, t, r, a) in enumerate(rows, 1):
        d.R(i, IND[k], f"{id_dec(r)}%", f"{id_dec(t)}%", f"{cp(t, r, a)}%", kat(capai(t, r, a)))
        d.capaian(IND[k], f"{id_dec(t)}%", t, f"{id_dec(r)}%", r, "persen", cp(t, r, a), arah=a)
    huruf(d, (6, IND["akip"], "CC", "B", "-", "Kurang"), "akip", "B", "CC", "-")
    huruf(d, (7, IND["opini"], "WTP", "WTP", "100%", "Baik"), "opini", "WTP", "WTP", "100%")
    d.L("Sumber: Subbagian Program dan Data KPU Kabupaten Alor", "")
    d.PP(analisis(c, IND["pelanggaran"].lower()))
    v18, = nilai_akip(d, "5305", 2018)
    d.P(f"Indikator nilai evaluasi akuntabilitas kinerja belum mencapai target. Evaluasi AKIP Tahun 2018 "
        f"yang diterima pada tahun 2019 menempatkan KPU Kabupaten Alor pada {predikat(v18)} ({id_dec(v18)}), "
        "terutama karena lemahnya komponen evaluasi internal.")
    d.FF()
    d.L("B. Daftar Pemilih Tetap Pemilu Tahun 2019", "")
    d.P("DPT Pemilu Tahun 2019 hasil perbaikan ketiga (DPTHP-3) beserta Daftar Pemilih Tambahan dan "
        "Daftar Pemilih Khusus per kecamatan disajikan menurut jenis kelamin pada tabel berikut.")

    def head(d):
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Jenis Kelamin", "DPT", "DPTb", "DPK")
    d.L("Tabel 3.2 DPT, DPTb dan DPK Pemilu 2019 menurut Kecamatan dan Jenis Kelamin", "")
    head(d)
    tl = tp = 0
    for i, (nm, ds, tps, l, p) in enumerate(KEC_ALOR, 1):
        if i == 10:
            d.L("", "LKjIP KPU Kabupaten Alor Tahun 2019\t- 24 -")
            d.FF()
            d.L("LKjIP KPU Kabupaten Alor Tahun 2019", "")
            head(d)
        bl, bp, kl, kp = (l * 7) // 1000, (p * 6) // 1000, (l * 3) // 1000, (p * 2) // 1000
        d.R(i, nm, ds, tps, "L", id_int(l), bl, kl)
        d.R("", "", "", "", "P", id_int(p), bp, kp)
        d.R("", "", "", "", "L+P", id_int(l + p), bl + bp, kl + kp)
        d.dpt("pemilu", 2019, "kecamatan", nm.upper(), ds, tps, l, p)
        tl += l
        tp += p
    kab = dpt_of("5305", "pemilu", 2019)
    assert (tl, tp) == kab[1:3]
    ds = sum(k[1] for k in KEC_ALOR)
    d.R("", "Kabupaten Alor", ds, kab[0], "L", id_int(tl), "", "")
    d.R("", "", "", "", "P", id_int(tp), "", "")
    d.R("", "", "", "", "L+P", id_int(tl + tp), "", "")
    d.dpt("pemilu", 2019, "kabupaten", "Kabupaten Alor", ds, kab[0], tl, tp)
    d.L("Sumber: Berita Acara Rekapitulasi DPTHP-3 KPU Kabupaten Alor", "")
    d.P("Pemutakhiran Daftar Pemilih Berkelanjutan (DPB) pasca Pemilu mencatat 138.915 pemilih pada "
        "semester II tahun 2019, termasuk pemilih pemula yang genap berusia 17 tahun.")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    progs, tt = anggaran("al19", {"3355": 0.8, "3358": 0.4, "3360": 1.2}, {"6639": 6.0, "6640": 1.6, "6709": 2.4},
                         *total_of("5305", 2019))
    d.P("Realisasi anggaran Tahun 2019 per program dan kegiatan (tanpa kolom sisa):")
    d.L("Tabel 3.3 Pagu dan Realisasi Anggaran Tahun 2019", "")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Serapan")
    tabel_anggaran(d, progs, tt, lambda k, ind, u, p, x: (f"{ind[-2:]}.{k}" if ind else k, u, f"Rp {id_int(p)}",
                                                          f"Rp {id_int(x)}", f"{id_dec(serapan(p, x))}%"), "Jumlah Total")
    d.B()
    selesai(d, c)


def flores_timur_2022():
    c = kpu("Flores Timur", "Tahun Anggaran 2022")
    d = buka("dev7/lkj-flores-timur-2022.txt", "5306", 2022, 96, c, ["LAPORAN KINERJA", "TAHUN ANGGARAN 2022", "", "KPU KABUPATEN FLORES TIMUR", "Larantuka"],
             ("Larantuka", "25 Januari 2023", "Maria Goreti Kewa, S.H.", "19770314 200312 2 006"), intro=2)
    d.P("Status setiap indikator ditandai dengan ✓ (tercapai) atau ✗ (belum tercapai); persentase "
        "capaian tidak dicantumkan dalam tabel.")
    rows = [("pemutakhiran", 100.0, 100.0), ("informasi", 75.0, 81.4), ("kompetensi", 85.0, 82.35),
            ("sarana", 90.0, 95.6), ("arsip", 80.0, 83.2), ("simonika", 100.0, 100.0)]
    d.L("Tabel 3.1 Target dan Realisasi Indikator Kinerja Tahun 2022", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Status")
    for i, (k, t, r) in enumerate(rows, 1):
        d.R(i, IND[k], f"{id_dec(t)}%", f"{id_dec(r)}%", "✓" if capai(t, r) >= 100 else "✗")
        d.capaian(IND[k], f"{id_dec(t)}%", t, f"{id_dec(r)}%", r, "persen", "-")
    huruf(d, (7, IND["akip"], "B", "B", "✓"), "akip", "B", "B", "-")
    huruf(d, (8, IND["opini"], "WTP", "WTP", "✓"), "opini", "WTP", "WTP", "-")
    d.L("Keterangan: ✓ tercapai; ✗ belum tercapai", "")
    d.P("Perkembangan realisasi dua indikator sumber daya selama empat tahun terakhir:")
    d.L("Tabel 3.2 Realisasi Indikator Sumber Daya Tahun 2019-2022 (%)", "")
    d.R("Indikator Kinerja", "2019", "2020", "2021", "2022")
    for k, vals in (("kompetensi", (83.65, 80.1, 77.0, 82.35)), ("sarana", (88.4, 91.25, 94.0, 95.6))):
        d.R(IND[k], *[id_dec(v) for v in vals])
        for y, v in zip((2019, 2020, 2021, 2022), vals):
            d.seri(IND[k], y, "realisasi", id_dec(v), v, "persen")
    d.B()
    bahas(d, c, ["kompetensi"], "B. Evaluasi AKIP")
    ks = komponen("5306", 2021)
    v = skor("5306", 2021)
    d.P("Hasil Evaluasi AKIP atas kinerja tahun 2021, yang diterima KPU Kabupaten Flores Timur pada "
        "tahun 2022, disajikan per komponen sebagai berikut.")
    d.L("Tabel 3.3 Nilai Evaluasi AKIP Tahun 2021", "")
    d.R("Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)",
        "Evaluasi Internal (25)", "Nilai", "Predikat")
    d.R(*[id_dec(ks[k][1]) for k in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")],
        id_dec(v), predikat(v))
    d.sakip("5306", 2021, v)
    d.komp(2021, ks)
    d.B()
    d.L("C. Reformasi Birokrasi", "")
    d.P("Nilai evaluasi Reformasi Birokrasi Tahun 2021 adalah 23,41 (64,49%) dari bobot 36,30. Pada "
        "Tahun 2022 nilai evaluasi Reformasi Birokrasi naik menjadi 24,52 (67,55%) dari bobot 36,30.")
    d.rb(2021, 23.41, 36.3, 64.49)
    d.rb(2022, 24.52, 36.3, 67.55)
    d.L("D. Realisasi Anggaran", "")
    progs, tt = anggaran("ft22", {"3355": 0.9, "3358": 0.45, "3360": 1.25}, {"6639": 0.5, "6640": 0.75, "6709": 0.45})
    d.P(f"Pada Tahun Anggaran 2022 KPU Kabupaten Flores Timur mengelola pagu sebesar Rp {id_int(tt[0])} "
        f"dengan realisasi sebesar Rp {id_int(tt[1])} atau {id_dec(serapan(*tt))}% dari pagu.")
    for prog, ks2, p, x in progs:
        d.P(f"{PROG[prog]} ({prog}) memperoleh alokasi Rp {id_int(p)} dan terealisasi Rp {id_int(x)} "
            f"({id_dec(serapan(p, x))}%). Rinciannya: " +
            "; ".join(f"kegiatan {KEG[k]} ({k}) dengan pagu Rp {id_int(kp)} terealisasi Rp {id_int(kx)} "
                      f"({id_dec(serapan(kp, kx))}%)" for k, kp, kx in ks2) + ".")
    fakta_anggaran(d, progs, tt)
    y21 = total_of("5306", 2021)
    d.P(f"Realisasi tersebut lebih baik dibandingkan Tahun Anggaran 2021, ketika dari pagu Rp {id_int(y21[0])} "
        f"terealisasi Rp {id_int(y21[1])} atau {id_dec(serapan(*y21))}%.")
    d.ang("TOTAL", "total", "", y21[0], y21[1], serapan(*y21), tahun=2021)
    d.L("E. Daftar Pemilih Berkelanjutan", "")
    dpt_prosa(d, "pemilu", 2019, lambda tps, l, p, n: (
        f"Sebagai rujukan, DPT Pemilu Tahun 2019 di Kabupaten Flores Timur berjumlah {id_int(n)} pemilih, "
        f"terdiri atas {id_int(l)} laki-laki dan {id_int(p)} perempuan di {tps} TPS. Hasil pemutakhiran "
        "Daftar Pemilih Berkelanjutan semester II Tahun 2022 mencatat 196.204 pemilih."))
    selesai(d, c)


def ttu_2021():
    c = kpu("Timor Tengah Utara", "Tahun 2021")
    d = buka("dev7/lkj-ttu-2021.txt", "5303", 2021, 98, c, ["LKj", "KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2021", "", "Kefamenanu"],
             ("Kefamenanu", "21 Januari 2022", "Petrus Nahak, S.IP.", "19750408 200604 1 012"))
    rows = [("pemutakhiran", 100.0, 100.0, "naik"), ("informasi", 75.0, 76.9, "naik"),
            ("sengketa", 100.0, 100.0, "naik"), ("kompetensi", 85.0, 80.45, "naik"),
            ("sarana", 90.0, 92.7, "naik"), ("arsip", 80.0, 85.2, "naik")]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2021", "")
    # last year's realisation beside this year's pair: 2020 kompetensi and sarana as dev2's TTU 2020 states them
    r20 = {"pemutakhiran": 100.0, "kompetensi": 86.0, "sarana": 92.5}
    d.R("No", "Indikator Kinerja", "Realisasi 2020", "Target / Realisasi 2021", "Capaian")
    for i, (k, t, r, a) in enumerate(rows, 1):
        v = r20.get(k)
        teks = f"{id_dec(v)}%" if v is not None else "-"
        d.R(i, IND[k], teks, f"{id_dec(t)}% / {id_dec(r)}%", f"{cp(t, r, a)}%")
        d.capaian(IND[k], f"{id_dec(t)}%", t, f"{id_dec(r)}%", r, "persen", cp(t, r, a), arah=a)
        d.seri(IND[k], 2020, "realisasi", teks, v, "persen")
    huruf(d, (7, IND["akip"], "B", "B / B", "100%"), "akip", "B", "B", "100%")
    huruf(d, (8, IND["opini"], "WTP", "WTP / WTP", "100%"), "opini", "WTP", "WTP", "100%")
    d.seri(IND["akip"], 2020, "realisasi", "B", None, "predikat")
    d.seri(IND["opini"], 2020, "realisasi", "WTP", None, "opini")
    d.L("Sumber: Subbagian Program dan Data", "")
    bahas(d, c, ["kompetensi"], "B. Akuntabilitas Kinerja dan Reformasi Birokrasi")
    v20, v19 = nilai_akip(d, "5303", 2020, 2019)
    d.P(f"Evaluasi AKIP atas tahun kinerja 2020 memberikan nilai {id_dec(v20)} (predikat {predikat(v20)}) "
        f"kepada KPU Kabupaten Timor Tengah Utara; tahun kinerja 2019 dinilai {id_dec(v19)} "
        f"({predikat(v19)}).")
    ks = komponen("5303", 2020)
    d.P("Rincian nilai atas tahun kinerja 2020: perencanaan kinerja " +
        f"{id_dec(ks['perencanaan'][1])} / 30, pengukuran kinerja {id_dec(ks['pengukuran'][1])} / 30, "
        f"pelaporan kinerja {id_dec(ks['pelaporan'][1])} / 15 dan evaluasi internal "
        f"{id_dec(ks['evaluasi_internal'][1])} / 25.")
    d.komp(2020, ks)
    d.L("Tabel 3.2 Nilai Evaluasi Reformasi Birokrasi Tahun 2021", "")
    d.R("Komponen", "Nilai / Bobot", "Persentase")
    d.R("Komponen Pengungkit", "14,21 / 23,10", "61,52%")
    d.R("Komponen Hasil", "6,84 / 13,20", "51,82%")
    d.R("Nilai RB", "21,05 / 36,30", "57,99%")
    d.rb(2021, 21.05, 36.3, 57.99)
    d.B()
    d.L("C. Pemilihan Serentak Tahun 2020", "")
    dpt_prosa(d, "pilkada", 2020, lambda tps, l, p, n: (
        f"Evaluasi Pemilihan Bupati dan Wakil Bupati Tahun 2020 mencatat DPT sebanyak {id_int(n)} pemilih "
        f"({id_int(l)} laki-laki dan {id_int(p)} perempuan) pada {tps} TPS. Dana hibah Pemilihan yang "
        "tersisa telah dikembalikan ke kas daerah pada bulan Maret 2021."))
    d.L("D. Realisasi Anggaran", "")
    progs, tt = anggaran("ttu21", {"3355": 0.8, "3358": 0.35, "3360": 1.2}, {"6639": 0.35, "6640": 0.45, "6709": 0.3},
                         *total_of("5303", 2021), runit=1000)
    d.L("Tabel 3.3 Realisasi Anggaran Tahun 2021 (dalam ribuan rupiah)", "")
    d.R("Kode", "Uraian", "Pagu / Realisasi", "Sisa", "%")
    tabel_anggaran(d, progs, tt, lambda k, ind, u, p, x: (k, u, f"{id_int(p // 1000)} / {id_int(x // 1000)}",
                                                          id_int((p - x) // 1000), id_dec(serapan(p, x))))
    d.B()
    d.L("Tabel 3.4 Pagu / Realisasi Tahun Anggaran 2018-2021 (dalam ribuan rupiah)", "")
    d.R("Tahun", "Pagu / Realisasi", "%")
    for y in (2018, 2019, 2020):
        p, x = total_of("5303", y)
        d.R(y, f"{id_int(p // 1000)} / {id_int(x // 1000)}", id_dec(serapan(p, x)))
        d.ang("TOTAL", "total", "", p, x, serapan(p, x), tahun=y)
    d.R(2021, f"{id_int(tt[0] // 1000)} / {id_int(tt[1] // 1000)}", id_dec(serapan(*tt)))
    d.B()
    d.P("Nilai aset tetap KPU Kabupaten Timor Tengah Utara per 31 Desember 2021 tercatat sebesar "
        "Rp 5.812.447.310, sebagian besar berupa gedung kantor dan gudang logistik.")
    selesai(d, c)


if __name__ == "__main__":
    kabupaten_kupang_2023()
    alor_2019()
    flores_timur_2022()
    ttu_2021()
