#!/usr/bin/env python3
# dev8/ documents 5-8: Ngada 2021 (capaian rows sorted by capaian with no number column,
# footnoted amounts `*)`, a cut-off total), Manggarai 2020 (a narrative-only capaian chapter in
# `persen` words, budget in ribuan), Sumba Timur 2019 (DPT by dapil with the kecamatan inside and
# a per-desa table of one kecamatan beside it), Sumba Barat 2023 (this kabupaten's figures side by
# side with the NTT average). Run from etl/eval/testdata/blind/:   python3 dev8/author8b.py
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common8 import (bahas, buka, capai, cp, dpt_of, dpt_rows, grade_fact, id_dec, id_int, IND, kec_bagi,
                     kec_corpus, kolom, komponen, kpu, num_fact, predikat, rb_of, rb_prosa, selesai, serapan,
                     skor, tabel_anggaran, total_or, wil)  # noqa: E402
from lib import tulis  # noqa: E402


def ngada_2021():
    """Ngada 2021: capaian rows sorted by capaian, no number column; footnoted pagu cells; a cut-off total."""
    c = kpu("Ngada", "Tahun 2021")
    d = buka("dev8/lkj-ngada-2021.txt", "5309", 2021, 92, c,
             ["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "TAHUN 2021", "", "Bajawa"],
             ("Bajawa", "19 Januari 2022", "Kristoforus Dhey Wea, S.Sos.", "19740312 200312 1 004"),
             bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja Organisasi", ""))
    rows = [("kompetensi", 85.0, 83.72, "naik"), ("sarana", 90.0, 96.43, "naik"), ("arsip", 80.0, 86.67, "naik"),
            ("simonika", 100.0, 100.0, "naik"), ("gaji", 100.0, 100.0, "naik"), ("pemutakhiran", 100.0, 91.67, "naik"),
            ("informasi", 75.0, 71.38, "naik")]
    rows.sort(key=lambda x: -capai(x[1], x[2], x[3]))
    d.P("Tabel 3.1 menyajikan hasil pengukuran kinerja Tahun 2021. Indikator diurutkan dari capaian "
        "tertinggi ke terendah; indikator dengan predikat atau opini ditempatkan di bagian bawah tabel.")
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2021 (diurutkan menurut capaian)", "")
    d.R("Indikator Kinerja", "Target", "Realisasi", "Capaian")
    for k, t, r, a in rows:
        un = "nilai" if k == "informasi" else "persen"
        tt, rt = (id_dec(t), id_dec(r)) if un == "nilai" else (f"{id_dec(t)}%", f"{id_dec(r)}%")
        num_fact(d, k, t, r, a, satuan=un, tt=tt, rt=rt, cell=f"{cp(t, r, a)}%")
        d.R(IND[k], tt, rt, f"{cp(t, r, a)}%")
    d.R(IND["akip"], "B", "B", "-")
    grade_fact(d, "akip", "B", "B", "-")
    d.R(IND["opini"], "WTP", "WTP", "-")
    grade_fact(d, "opini", "WTP", "WTP", "-")
    d.L("Sumber: Subbagian Perencanaan, Data dan Informasi, diolah", "")
    bahas(d, c, ["pemutakhiran", "informasi"])
    d.L("B. Evaluasi Akuntabilitas Kinerja dan Reformasi Birokrasi", "")
    s20, s19 = skor("5309", 2020), skor("5309", 2019)
    d.P(f"Hasil Evaluasi AKIP Tahun 2020 yang disampaikan KPU RI pada tahun 2021 adalah {predikat(s20)} "
        f"({id_dec(s20)}), sedangkan hasil evaluasi tahun 2019 adalah {predikat(s19)} ({id_dec(s19)}). "
        "Rekomendasi evaluator terutama menyangkut kualitas indikator kinerja dan pemanfaatan hasil "
        "pengukuran kinerja dalam penyusunan anggaran.")
    d.sakip("5309", 2020, s20)
    d.sakip("5309", 2019, s19)
    rb_prosa(d, 2021, 21.77, lambda n, b, pc: (
                    f"Penilaian Reformasi Birokrasi Tahun 2021 menghasilkan nilai {id_dec(n)} (bobot {id_dec(b)}; "
                    f"{id_dec(pc)}%)."))
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    progs, tot = total_or("5309", 2021, "ng21", {"3355": 1.2, "3358": 0.5, "3360": 1.6}, {"6639": 0.8, "6640": 0.7})
    d.L("Tabel 3.2 Realisasi Anggaran Tahun 2021", "")
    d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
    bintang = {"076.01.CQ": "*)", "3360": "**)"}

    def sel(k, induk, u, p, x):  # footnote marks on two pagu cells; the total realisasi cut off
        return (k, u, id_int(p) + bintang.get(k, ""), id_int(x) if k else id_int(x)[:-1], id_int(p - x),
                id_dec(serapan(p, x)))
    tabel_anggaran(d, progs, tot, sel)
    d.L("*) setelah revisi DIPA ketiga (pergeseran anggaran antarprogram)",
        "**) termasuk belanja langganan daya dan jasa yang dibayarkan pada bulan Desember", "")
    d.P("Pada tahun 2021 tidak terdapat Penerimaan Negara Bukan Pajak selain setoran sisa uang persediaan "
        "sebesar Rp 4.180.250 pada akhir tahun anggaran.")
    d.L("D. Daftar Pemilih Pemilihan Tahun 2020", "")
    d.P("Sebagai pembanding kinerja pemutakhiran data pemilih, berikut rekapitulasi DPT Pemilihan Bupati dan "
        "Wakil Bupati Ngada Tahun 2020 beserta Daftar Pemilih Tambahan (DPTb) pada hari pemungutan suara.")
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "DPT L", "DPT P", "DPT L+P", "DPTb")
    kec = kec_corpus("dev5", "lkj-ngada-2020", "5309", "pilkada", 2020)
    rnd = random.Random("ng-dptb")
    dptb = [rnd.randint(20, 140) for _ in kec]
    for i, (n, de, t, lk, pr) in enumerate(kec, 1):
        d.R(i, n, de, t, id_int(lk), id_int(pr), id_int(lk + pr), dptb[i - 1])
    sl, sp = sum(k[3] for k in kec), sum(k[4] for k in kec)
    d.R("", "Jumlah", sum(k[1] for k in kec), sum(k[2] for k in kec), id_int(sl), id_int(sp), id_int(sl + sp),
        id_int(sum(dptb)))
    dpt_rows(d, "pilkada", 2020, kec, sum(k[1] for k in kec))
    d.B()
    selesai(d, c)


def manggarai_2020():
    """Manggarai 2020: every capaian told in prose (`… persen`); budget in ribuan; Pilkada 2020
    DPT per kecamatan (= dev4) with WAE RI'I."""
    c = kpu("Manggarai", "Tahun 2020")
    d = buka("dev8/lkj-manggarai-2020.txt", "5310", 2020, 90, c,
             ["LAPORAN", "KINERJA", "KPU KABUPATEN MANGGARAI", "2020"],
             ("Ruteng", "28 Januari 2021", "Stefanus Jebarus, S.Fil.", "19780101 200604 1 019"),
             bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Uraian Capaian Kinerja", ""))
    txt = [("partisipasi", 77.5, 81.24, "naik", "kehadiran pemilih pada Pemilihan Bupati dan Wakil Bupati Manggarai 9 Desember 2020"),
           ("perempuan", 77.5, 83.05, "naik", "pemilih perempuan pada Pemilihan 2020"),
           ("disabilitas", 60.0, 47.89, "naik", "pemilih penyandang disabilitas"),
           ("tidak_terdaftar", 2.0, 0.64, "turun", "warga yang berhak memilih tetapi tidak terdaftar"),
           ("jadwal", 100.0, 100.0, "naik", "ketepatan jadwal tahapan"),
           ("pelanggaran", 5.0, 2.13, "turun", "penyelenggara ad hoc yang terbukti melanggar")]
    d.P("Bagian ini menguraikan capaian setiap indikator secara naratif; laporan ini tidak memuat tabel "
        "pengukuran kinerja tersendiri.")
    for i, (k, t, r, a, ket) in enumerate(txt, 1):
        tt, rt = f"{id_dec(t)} persen", f"{id_dec(r)} persen"
        v = num_fact(d, k, t, r, a, tt=tt, rt=rt)
        arah = ("Semakin rendah realisasi indikator ini semakin baik, sehingga capaian dihitung dengan rumus "
                "indikator menurun. ") if a == "turun" else ""
        d.L(f"Indikator {i}: {IND[k]}", "")
        d.P(f"Indikator ini mengukur {ket}. Pada Perjanjian Kinerja Tahun 2020 indikator ini ditargetkan sebesar "
            f"{tt}. {arah}Realisasi sampai dengan akhir tahun adalah {rt}, sehingga capaian kinerjanya "
            f"{cp(t, r, a)} persen dan target {'tercapai' if v >= 100 else 'tidak tercapai'}.")
    d.L(f"Indikator 7: {IND['akip']}", "")
    d.P("Target predikat hasil evaluasi AKIP adalah B dan realisasinya juga B, sehingga target tercapai.")
    grade_fact(d, "akip", "B", "B", "-")
    d.L(f"Indikator 8: {IND['opini']}", "")
    d.P("Opini BPK atas Laporan Keuangan KPU ditargetkan WTP dan opini yang diterima adalah WTP.")
    grade_fact(d, "opini", "WTP", "WTP", "-")
    bahas(d, c, ["disabilitas"])
    s19 = skor("5310", 2019)
    d.L("B. Akuntabilitas Kinerja", "")
    d.P(f"Nilai hasil evaluasi SAKIP atas kinerja tahun 2019, yang diterima pada bulan November 2020, "
        f"adalah {id_dec(s19)} dengan predikat {predikat(s19)}.")
    d.sakip("5310", 2019, s19)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    progs, tot = total_or("5310", 2020, "mg20", {"3355": 1.1, "3358": 0.5, "3360": 1.5},
                          {"6640": 1.2, "6709": 0.9, "6867": 2.4}, unit=1000, runit=1000)
    d.L("Tabel 3.1 Realisasi Anggaran Tahun 2020 (dalam ribuan rupiah)", "")
    d.R("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan")
    tabel_anggaran(d, progs, tot, kolom(lambda n: id_int(n // 1000), sisa=True, pct=lambda v: f"{id_dec(v)}%"),
                   total="Total")
    d.B()
    d.P("Dana hibah Pemilihan Bupati dan Wakil Bupati Manggarai Tahun 2020 dari Pemerintah Kabupaten "
        "Manggarai sebesar Rp 27.500.000.000 dikelola di luar DIPA dan dilaporkan tersendiri.")
    d.L("D. Daftar Pemilih Tetap Pemilihan Tahun 2020", "")
    d.R("Kecamatan", "Desa/Kel.", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")
    kec = kec_corpus("dev4", "lkj-manggarai-2021", "5310", "pilkada", 2020)
    for n, de, t, lk, pr in kec:
        d.R(n, de, t, id_int(lk), id_int(pr), id_int(lk + pr))
    sl, sp = sum(k[3] for k in kec), sum(k[4] for k in kec)
    d.R("Jumlah", sum(k[1] for k in kec), sum(k[2] for k in kec), id_int(sl), id_int(sp), id_int(sl + sp))
    dpt_rows(d, "pilkada", 2020, kec, sum(k[1] for k in kec))
    d.L("Sumber: Berita Acara Rekapitulasi DPT Pemilihan Tahun 2020", "")
    selesai(d, c)


DAPIL = [("Dapil Sumba Timur 1", ["Kota Waingapu", "Kambera"]),
         ("Dapil Sumba Timur 2", ["Pandawai", "Haharu", "Kanatang", "Kambata Mapambuhang"]),
         ("Dapil Sumba Timur 3", ["Lewa", "Nggaha Ori Angu", "Lewa Tidahu", "Katala Hamu Lingu", "Tabundung", "Pinu Pahar"]),
         ("Dapil Sumba Timur 4", ["Paberiwai", "Karera", "Matawai La Pawu", "Kahaungu Eti", "Mahu"]),
         ("Dapil Sumba Timur 5", ["Ngadu Ngala", "Pahunga Lodu", "Wula Waijelu", "Rindi", "Umalulu"])]


def sumba_timur_2019():
    """Sumba Timur 2019: the Pemilu 2019 DPT grouped by dapil with subtotals, split by a page
    break with a running footer; a per-kelurahan table of one kecamatan that is not a fact;
    DPTb and DPK counts in prose (not facts)."""
    c = kpu("Sumba Timur", "Tahun 2019")
    d = buka("dev8/lkj-sumba-timur-2019.txt", "5311", 2019, 96, c,
             ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TIMUR", "TAHUN 2019"],
             ("Waingapu", "29 Januari 2020", "Umbu Kudu Landu, S.E.", "19750615 200701 1 021"),
             bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja", ""))
    rows = [("partisipasi", 77.5, 83.61, "naik"), ("perempuan", 77.5, 85.02, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("logistik", 100.0, 100.0, "naik"),
            ("pelanggaran", 5.0, 1.86, "turun"), ("sengketa", 100.0, 100.0, "naik")]
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    for i, (k, t, r, a) in enumerate(rows, 1):
        num_fact(d, k, t, r, a, tt=f"{id_dec(t)}%", rt=f"{id_dec(r)}%", cell=f"{cp(t, r, a)}%")
        d.R(i, IND[k], f"{id_dec(t)}%", f"{id_dec(r)}%", f"{cp(t, r, a)}%")
    d.R(7, IND["opini"], "WTP", "WTP", "100%")
    grade_fact(d, "opini", "WTP", "WTP", "100%")
    d.B()
    bahas(d, c, ["partisipasi", "pelanggaran"])
    s18 = skor("5311", 2018)
    d.P(f"Hasil evaluasi AKIP atas kinerja tahun 2018 yang diterima pada tahun 2019 adalah {id_dec(s18)} "
        f"dengan predikat {predikat(s18)}.")
    d.sakip("5311", 2018, s18)
    d.L("B. Realisasi Anggaran", "")
    progs, tot = total_or("5311", 2019, "st19", {"3355": 1.0, "3358": 0.5, "3360": 1.4},
                          {"6639": 3.6, "6709": 1.1, "6867": 5.5, "6872": 6.3})
    d.R("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "%")
    tabel_anggaran(d, progs, tot, kolom(id_int), total="Jumlah")
    d.B()
    d.FF()
    d.L("C. Daftar Pemilih Tetap Pemilu Tahun 2019", "")
    d.P("DPT Pemilu 2019 ditetapkan dalam rapat pleno terbuka tanggal 12 Desember 2018 setelah DPT Hasil "
        "Perbaikan kedua. Rekapitulasi disajikan menurut daerah pemilihan (dapil) anggota DPRD Kabupaten "
        "Sumba Timur; jumlah per dapil adalah subtotal kecamatan di dalamnya.")
    desa = {n.upper(): de for n, de, *_ in kec_corpus("dev6", "lkj-sumba-timur-2020", "5311", "pilkada", 2020)}
    tps, lk, pr, _ = dpt_of("5311", "pemilu", 2019)
    names = [n for _, ns in DAPIL for n in ns]
    kec = kec_bagi("st19-dpt", names, [desa[n.upper()] for n in names], tps, lk, pr)
    by = {k[0]: k for k in kec}
    head = ("No", "Dapil / Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
    d.L("Tabel 3.3 DPT Pemilu 2019 per Dapil dan Kecamatan", "")
    d.R(*head)
    no = 0
    for j, (dp, ns) in enumerate(DAPIL):
        if j == 3:
            d.L("LKj KPU Kabupaten Sumba Timur 2019\t- 27 -")
            d.FF()
            d.L("Tabel 3.3 (lanjutan)")
            d.R(*head)
        d.L(dp.upper())
        for n in ns:
            no += 1
            _, de, t, a, b = by[n]
            d.R(no, n, de, t, id_int(a), id_int(b), id_int(a + b))
        sub = [by[n] for n in ns]
        sa, sb = sum(x[3] for x in sub), sum(x[4] for x in sub)
        d.R("", f"Jumlah {dp}", sum(x[1] for x in sub), sum(x[2] for x in sub), id_int(sa), id_int(sb), id_int(sa + sb))
    d.R("", "KABUPATEN SUMBA TIMUR", sum(k[1] for k in kec), tps, id_int(lk), id_int(pr), id_int(lk + pr))
    dpt_rows(d, "pemilu", 2019, kec, sum(k[1] for k in kec))
    d.B()
    d.P("Sebagai contoh rincian di tingkat desa, berikut DPT Kecamatan Kota Waingapu per kelurahan. Tabel ini "
        "hanya ilustrasi; rekapitulasi resmi adalah tabel per kecamatan di atas.")
    kw = by["Kota Waingapu"]
    kel = kec_bagi("st19-kel", ["Kamalaputi", "Hambala", "Matawai", "Kambajawa", "Wangga"][:kw[1]], None, kw[2], kw[3], kw[4])
    d.R("Kelurahan", "TPS", "L", "P", "L+P")
    for n, _, t, a, b in kel:
        d.R(n, t, id_int(a), id_int(b), id_int(a + b))
    d.R("Kecamatan Kota Waingapu", kw[2], id_int(kw[3]), id_int(kw[4]), id_int(kw[3] + kw[4]))
    d.B()
    d.P("Selain DPT, pada hari pemungutan suara 17 April 2019 tercatat 2.114 pemilih dalam Daftar Pemilih "
        "Tambahan dan 1.062 pemilih dalam Daftar Pemilih Khusus yang menggunakan hak pilihnya.")
    selesai(d, c)


def sumba_barat_2023():
    """Sumba Barat 2023: each table sets this kabupaten beside the NTT average (the average is no fact)."""
    c = kpu("Sumba Barat", "Tahun 2023")
    d = buka("dev8/lkj-sumba-barat-2023.txt", "5312", 2023, 97, c,
             ["LAPORAN KINERJA TAHUN 2023", "", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT", "Waikabubak"],
             ("Waikabubak", "31 Januari 2024", "Daniel Bili Kaka, S.Sos.", "19770303 200801 1 010"),
             bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja dan Perbandingannya", ""))
    rows = [("pemutakhiran", 100.0, 100.0, "naik", 98.64), ("kompetensi", 85.0, 87.5, "naik", 84.12),
            ("sarana", 90.0, 88.24, "naik", 91.37), ("informasi", 80.0, 84.37, "naik", 81.06),
            ("simonika", 100.0, 100.0, "naik", 97.75), ("logistik", 100.0, 100.0, "naik", 99.12)]
    d.P("Untuk memberi gambaran posisi relatif, kolom terakhir tabel berikut memuat rata-rata realisasi "
        "seluruh KPU Kabupaten/Kota se-Nusa Tenggara Timur untuk indikator yang sama (sumber: KPU Provinsi "
        "NTT). Kolom rata-rata bukan capaian KPU Kabupaten Sumba Barat.")
    d.L("Tabel 3.1 Capaian Kinerja KPU Kabupaten Sumba Barat dan Rata-rata NTT Tahun 2023", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi Kab. Sumba Barat", "Capaian", "Rata-rata Realisasi Kab/Kota se-NTT")
    for i, (k, t, r, a, avg) in enumerate(rows, 1):
        un = "nilai" if k == "informasi" else "persen"
        num_fact(d, k, t, r, a, satuan=un)
        d.R(i, IND[k], id_dec(t), id_dec(r), id_dec(capai(t, r, a)), id_dec(avg))
    d.R(7, IND["akip"], "B", "BB", "-", "B")
    grade_fact(d, "akip", "B", "BB", "-")
    d.R(8, IND["opini"], "WTP", "WTP", "-", "WTP")
    grade_fact(d, "opini", "WTP", "WTP", "-")
    d.B()
    bahas(d, c, ["sarana"])
    d.P("Perkembangan realisasi partisipasi pemilih pada dua penyelenggaraan terakhir:")
    d.R("Tahun", "Penyelenggaraan", "Partisipasi (%)", "Partisipasi Perempuan (%)", "Rata-rata NTT (%)")
    for y, j, a, b, avg in ((2019, "Pemilu Serentak", 84.17, 86.33, 82.95), (2020, "Pemilihan Bupati", 82.71, 84.9, 80.31)):
        d.R(y, j, id_dec(a), id_dec(b), id_dec(avg))
        d.seri(IND["partisipasi"], y, "realisasi", id_dec(a), a, "persen")
        d.seri(IND["perempuan"], y, "realisasi", id_dec(b), b, "persen")
    d.B()
    d.FF()
    d.L("B. Hasil Evaluasi SAKIP", "")
    s22, s21 = skor("5312", 2022), skor("5312", 2021)
    ks = komponen("5312", 2022)
    avg = {"perencanaan": 20.35, "pengukuran": 20.1, "pelaporan": 10.85, "evaluasi_internal": 16.93}
    d.P(f"Evaluasi atas kinerja tahun 2022 memberikan nilai {id_dec(s22)} ({predikat(s22)}), {'naik' if s22 > s21 else 'turun'} dari "
        f"{id_dec(s21)} ({predikat(s21)}) pada evaluasi kinerja tahun 2021. Rata-rata nilai KPU Kabupaten/Kota "
        f"se-NTT pada evaluasi yang sama adalah {id_dec(sum(avg.values()))}.")
    d.sakip("5312", 2022, s22)
    d.sakip("5312", 2021, s21)
    d.R("Komponen", "Bobot", "Nilai Kab. Sumba Barat", "Rata-rata Kab/Kota se-NTT")
    for k, (b, v) in ks.items():
        d.R(k.replace("_", " ").title(), id_dec(b), id_dec(v), id_dec(avg[k]))
    d.R("Jumlah", "100,00", id_dec(s22), id_dec(sum(avg.values())))
    d.komp(2022, ks)
    d.B()
    rb22, rb23 = rb_of("5312", 2022, 0), rb_of("5312", 2023, 24.18)
    d.P(f"Nilai Reformasi Birokrasi Tahun 2023 adalah {id_dec(rb23[0])} dari bobot {id_dec(rb23[1])} "
        f"({id_dec(rb23[2])}%), sedangkan Tahun 2022 {id_dec(rb22[0])} dari bobot {id_dec(rb22[1])} ({id_dec(rb22[2])}%). Rata-rata NTT "
        "Tahun 2023 adalah 23,02.")
    d.rb(2023, *rb23)
    d.rb(2022, *rb22)
    d.L("C. Realisasi Anggaran", "")
    progs, tot = total_or("5312", 2023, "sb23", {"3355": 1.1, "3358": 0.5, "3360": 1.3},
                          {"6640": 1.4, "6709": 1.2, "6867": 4.1, "6871": 2.2})
    d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan Kab. (%)", "Serapan Rata-rata NTT (%)")
    rnd = random.Random("sb-avg")
    own = kolom(id_int)
    tabel_anggaran(d, progs, tot, lambda k, induk, u, p, x: own(k, induk, u, p, x) + [
        id_dec(round(rnd.uniform(91, 99), 2)) if k else "96,12"], total="Jumlah")
    d.B()
    d.L("D. Daftar Pemilih Tetap Pemilu 2024", "")
    tps, lk, pr, _ = dpt_of("5312", "pemilu", 2024)
    d.P(f"DPT Pemilu 2024 Kabupaten Sumba Barat ditetapkan pada 21 Juni 2023 sebanyak {id_int(lk + pr)} pemilih, "
        f"terdiri dari {id_int(lk)} laki-laki dan {id_int(pr)} perempuan, tersebar di {tps} TPS. Jumlah ini "
        "turun dari Daftar Pemilih Sementara (DPS) sebanyak 97.214 pemilih setelah pencoretan pemilih ganda dan "
        "tidak memenuhi syarat.")
    d.dpt("pemilu", 2024, "kabupaten", wil("5312"), None, tps, lk, pr, tidak=["jumlah_desa"])
    selesai(d, c)


if __name__ == "__main__":
    tulis(ngada_2021, manggarai_2020, sumba_timur_2019, sumba_barat_2023)
