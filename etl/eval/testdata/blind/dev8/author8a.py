#!/usr/bin/env python3
# dev8/ documents 1-4: Belu 2024 (a report under English headings, IDR amounts in English
# notation), Flores Timur 2024 (flattened: an HTML export with its <tr>/<td> tags left in the
# text, no TAB), Sikka 2022 (`Rp. 1.234.000,-` amounts, negatives in parentheses, SAKIP history
# written `B (64,56)`), Ende 2022 (the budget printed twice, a summary by program and a detail
# in the Lampiran, and a budget table with the fiscal years as columns).
# Run from etl/eval/testdata/blind/:   python3 dev8/author8a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common8 import (analisis, anggaran, bahas, buka, bungkus, capai, cp, dpt_of, dpt_rows, en_dec, en_int,
                     fakta_anggaran, grade_fact, id_dec, id_int, IND, kec_corpus, KEG, kolom, komponen, kpu,
                     num_fact, predikat, PROG, rb_prosa, rp_strip, selesai, serapan, skor, tabel_anggaran,
                     total_or, wil)  # noqa: E402
from lib import tulis  # noqa: E402

KOMP_EN = {"perencanaan": "Performance Planning", "pengukuran": "Performance Measurement",
           "pelaporan": "Performance Reporting", "evaluasi_internal": "Internal Evaluation"}


def belu_2024():
    """Belu 2024: English headings (Performance Indicator / Target / Actual), IDR in English notation."""
    c = kpu("Belu", "Tahun 2024")
    d = buka("dev8/lkj-belu-2024.txt", "5304", 2024, 98, c,
             ["PERFORMANCE REPORT", "(LAPORAN KINERJA)", "", "GENERAL ELECTIONS COMMISSION", "BELU REGENCY",
              "(KPU KABUPATEN BELU)", "", "FISCAL YEAR 2024", "", "Atambua, Nusa Tenggara Timur"],
             ("Atambua", "27 January 2025", "Fransiskus Xaverius Bere, S.H.", "19790420 200604 1 002"),
             kp_judul="FOREWORD (KATA PENGANTAR)", h1=("CHAPTER I", "INTRODUCTION"),
             h2=("CHAPTER II", "PERFORMANCE PLANNING"),
             bab3=("CHAPTER III", "PERFORMANCE ACCOUNTABILITY", "", "A. Performance Achievement 2024", ""), intro=2)
    rows = [("partisipasi", 80.0, 84.63, "naik"), ("perempuan", 80.0, 86.07, "naik"),
            ("disabilitas", 60.0, 52.18, "naik"), ("tidak_terdaftar", 2.0, 0.87, "turun"),
            ("jadwal", 100.0, 100.0, "naik"), ("pelanggaran", 5.0, 0.35, "turun")]
    d.L("Table 3.1 Performance Indicators and Achievement, Fiscal Year 2024", "")
    d.R("No", "Performance Indicator", "Unit", "Target", "Actual", "Achievement (%)", "Remarks")
    for i, (k, t, r, a) in enumerate(rows, 1):
        v = num_fact(d, k, t, r, a, tt=en_dec(t), rt=en_dec(r), cell=en_dec(capai(t, r, a)))
        d.R(i, IND[k], "%", en_dec(t), en_dec(r), en_dec(v), "Achieved" if v >= 100 else "Not achieved")
    d.R(7, IND["akip"], "Grade", "BB", "B", "-", "Not achieved")
    grade_fact(d, "akip", "BB", "B", "-")
    d.R(8, IND["opini"], "Opinion", "WTP", "WTP", "-", "Achieved")
    grade_fact(d, "opini", "WTP", "WTP", "-")
    d.L("Source: Planning, Data and Information Subdivision, KPU Kabupaten Belu", "")
    bahas(d, c, ["partisipasi", "disabilitas"])
    d.P("Turnout at the General Election of 14 February 2024 rose in every sub-district compared with "
        "2019; the lowest turnout was recorded among voters with disabilities, whose registration and "
        "assistance at polling stations remain a task for the coming years.")
    d.FF()
    d.L("B. Government Agency Performance Accountability (SAKIP)", "")
    s23, s22 = skor("5304", 2023), skor("5304", 2022)
    d.P(f"The SAKIP evaluation report received in October 2024 rated the performance of fiscal year 2023 "
        f"at {en_dec(s23)} ({predikat(s23)}), against {en_dec(s22)} ({predikat(s22)}) for fiscal year 2022. "
        "The component scores of the 2023 evaluation are given in Table 3.2.")
    d.sakip("5304", 2023, s23)
    d.sakip("5304", 2022, s22)
    d.L("Table 3.2 SAKIP Evaluation Components, Year Evaluated 2023", "")
    d.R("Component", "Weight", "Score")
    ks = komponen("5304", 2023)
    for k, (b, v) in ks.items():
        d.R(KOMP_EN[k], en_dec(b), en_dec(v))
    d.komp(2023, ks)
    d.R("Total", "100.00", en_dec(s23))
    d.B()
    rb_prosa(d, 2022, 0, lambda n, b, pc: (
                    f"The most recent Bureaucratic Reform (Reformasi Birokrasi) evaluation, for 2022, gave "
                    f"{en_dec(n)} of a maximum weight of {en_dec(b)}, or {en_dec(pc)} percent; the 2024 "
                    "evaluation had not been published when this report was written."))
    d.L("C. Budget Realisation", "")
    progs, tot = anggaran("be24", {"3355": 1.0, "3358": 0.4, "3360": 1.3},
                          {"6709": 1.4, "6867": 8.2, "6871": 5.1, "6872": 7.3})
    d.P(f"The 2024 budget ceiling (DIPA) of KPU Kabupaten Belu was IDR {en_int(tot[0])}, of which IDR "
        f"{en_int(tot[1])} was realised. The realisation per programme and activity is shown in Table 3.3.")
    d.L("Table 3.3 Budget Realisation per Programme and Activity (IDR)", "")
    d.R("Code", "Programme / Activity", "Ceiling (IDR)", "Realised (IDR)", "Absorption (%)")
    tabel_anggaran(d, progs, tot, kolom(en_int, pct=en_dec), total="TOTAL")
    d.B()
    d.P("Besides the DIPA, non-tax state revenue (PNBP) of IDR 3,412,500 from the lease of the office "
        "hall was deposited to the state treasury, and the value of state-owned assets (BMN) recorded "
        "at 31 December 2024 was IDR 2,145,870,330. Neither is part of the budget realisation above.")
    d.FF()
    d.L("D. Final Voters List (DPT), General Election 2024", "")
    d.P("The final voters list for the 2024 General Election was fixed at the plenary meeting of "
        "21 June 2023 and is summarised per sub-district below.")
    d.R("No", "Sub-district", "Villages", "Polling Stations", "Male", "Female", "Total")
    kec = kec_corpus("dev6", "lkj-belu-2023", "5304", "pemilu", 2024)
    for i, (n, de, t, lk, pr) in enumerate(kec, 1):
        d.R(i, n, de, t, en_int(lk), en_int(pr), en_int(lk + pr))
    sl, sp = sum(k[3] for k in kec), sum(k[4] for k in kec)
    d.R("", "Belu Regency", sum(k[1] for k in kec), sum(k[2] for k in kec), en_int(sl), en_int(sp), en_int(sl + sp))
    dpt_rows(d, "pemilu", 2024, kec, sum(k[1] for k in kec))
    d.L("Source: Decision of KPU Kabupaten Belu on the Final Voters List, 21 June 2023", "")
    d.PP(analisis(c, "the final voters list"))
    selesai(d, c, bab=("CHAPTER IV", "CLOSING", ""))


def flores_timur_2024():
    """Flores Timur 2024, flattened: a web export whose tables keep their <tr>/<td> tags, one row
    a line, and whose paragraphs are not wrapped."""
    c = kpu("Flores Timur", "Tahun 2024")
    d = buka("dev8/lkj-flores-timur-2024.txt", "5306", 2024, None, c,
             ["LAPORAN KINERJA KPU KABUPATEN FLORES TIMUR TAHUN 2024", "Diunduh dari laman jdih.kpu.go.id/ntt/flotim",
              "Larantuka, Januari 2025"],
             ("Larantuka", "22 Januari 2025", "Yosef Kopong Lamanepa, S.Sos.", "19780808 200701 1 012"),
             flat=True, bab3=("BAB III AKUNTABILITAS KINERJA", "", "3.1 Capaian Kinerja Organisasi", ""))
    rows = [("partisipasi", 77.5, 80.94, "naik"), ("perempuan", 77.5, 84.36, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("tidak_terdaftar", 3.0, 1.46, "turun"),
            ("logistik", 100.0, 98.73, "naik"), ("sengketa", 100.0, 100.0, "naik")]
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2024", "<table class=\"tabel-kinerja\">",
        "<tr><th>No</th><th>Indikator Kinerja</th><th>Target</th><th>Realisasi</th><th>Capaian</th></tr>")
    for i, (k, t, r, a) in enumerate(rows, 1):
        num_fact(d, k, t, r, a, tt=f"{id_dec(t)}%", rt=f"{id_dec(r)}%", cell=f"{cp(t, r, a)}%")
        d.L(f"<tr><td>{i}</td><td>{IND[k]}</td><td>{id_dec(t)}%</td><td>{id_dec(r)}%</td><td>{cp(t, r, a)}%</td></tr>")
    d.L(f"<tr><td>7</td><td>{IND['opini']}</td><td>WTP</td><td>WTP</td><td>100%</td></tr>", "</table>", "")
    grade_fact(d, "opini", "WTP", "WTP", "100%")
    bahas(d, c, ["partisipasi", "logistik"])
    d.P("Satu indikator tidak mencapai target, yaitu ketepatan distribusi logistik, karena dua kotak suara "
        "untuk TPS di Kecamatan Solor Selatan terlambat tiba akibat gelombang tinggi dan harus dikirim "
        "ulang dengan kapal motor milik nelayan setempat.")
    s23 = skor("5306", 2023)
    d.L("3.2 Evaluasi SAKIP dan Reformasi Birokrasi", "")
    d.P(f"Hasil evaluasi atas implementasi SAKIP Tahun 2023 yang diterima pada tahun 2024 memberikan nilai "
        f"{id_dec(s23)} dengan predikat {predikat(s23)}. Nilai ini menjadi dasar penyusunan rencana aksi "
        "perbaikan yang dipantau setiap triwulan.")
    d.sakip("5306", 2023, s23)
    rb_prosa(d, 2024, 25.37, lambda n, b, pc: (
                    f"Evaluasi Reformasi Birokrasi Tahun 2024 menghasilkan nilai {id_dec(n)} dari bobot "
                    f"{id_dec(b)}, atau {id_dec(pc)} persen dari nilai maksimal."))
    d.L("3.3 Realisasi Anggaran", "")
    progs, tot = anggaran("ft24", {"3355": 1.1, "3358": 0.5, "3360": 1.2}, {"6709": 1.3, "6867": 9.4, "6872": 8.1})
    d.L("Tabel 3.2 Realisasi Anggaran Tahun 2024", "<table class=\"tabel-anggaran\">",
        "<tr><th>Kode</th><th>Program/Kegiatan</th><th>Pagu (Rp)</th><th>Realisasi (Rp)</th><th>%</th></tr>")
    for prog, ks, p, x in progs:
        d.L(f"<tr><td>{prog}</td><td>{PROG[prog]}</td><td>{id_int(p)}</td><td>{id_int(x)}</td><td>{id_dec(serapan(p, x))}</td></tr>")
        for k, kp, kx in ks:
            d.L(f"<tr><td>{k}</td><td>{KEG[k]}</td><td>{id_int(kp)}</td><td>{id_int(kx)}</td><td>{id_dec(serapan(kp, kx))}</td></tr>")
    d.L(f"<tr><td colspan=\"2\">Jumlah</td><td>{id_int(tot[0])}</td><td>{id_int(tot[1])}</td><td>{id_dec(serapan(*tot))}</td></tr>",
        "</table>", "")
    fakta_anggaran(d, progs, tot)
    d.P("Selain DIPA, Pemerintah Kabupaten Flores Timur menyalurkan hibah Pemilihan Bupati dan Wakil "
        "Bupati Tahun 2024 sebesar Rp 21.470.000.000 yang dipertanggungjawabkan dalam laporan tersendiri.")
    d.L("3.4 Daftar Pemilih Tetap Pemilu Tahun 2024", "")
    d.P("Rekapitulasi Daftar Pemilih Tetap Pemilu Tahun 2024 per kecamatan sebagaimana ditetapkan dalam "
        "rapat pleno terbuka tanggal 20 Juni 2023:")
    kec = kec_corpus("dev5", "lkj-flores-timur-2023", "5306", "pemilu", 2024)
    d.L("<table class=\"tabel-dpt\">", "<tr><th>No</th><th>Kecamatan</th><th>Desa/Kel</th><th>TPS</th>"
        "<th>L</th><th>P</th><th>L+P</th></tr>")
    for i, (n, de, t, lk, pr) in enumerate(kec, 1):
        d.L(f"<tr><td>{i}</td><td>{n}</td><td>{de}</td><td>{t}</td><td>{id_int(lk)}</td><td>{id_int(pr)}</td><td>{id_int(lk + pr)}</td></tr>")
    sl, sp = sum(k[3] for k in kec), sum(k[4] for k in kec)
    d.L(f"<tr><td colspan=\"2\">Kabupaten Flores Timur</td><td>{sum(k[1] for k in kec)}</td><td>{sum(k[2] for k in kec)}</td>"
        f"<td>{id_int(sl)}</td><td>{id_int(sp)}</td><td>{id_int(sl + sp)}</td></tr>", "</table>", "")
    dpt_rows(d, "pemilu", 2024, kec, sum(k[1] for k in kec))
    d.P("Pada Pemilihan Serentak 27 November 2024 jumlah pemilih dalam DPT mengalami perubahan karena "
        "pemutakhiran berkelanjutan; rekapitulasinya disampaikan dalam laporan penyelenggaraan Pemilihan.")
    selesai(d, c, bab=("BAB IV PENUTUP", ""))


def sikka_2022():
    """Sikka 2022: `Rp. …,-` amounts, negatives in parentheses (Selisih, Kenaikan/(Penurunan)),
    SAKIP history written `B (64,56)` with a Cyrillic В in the capaian table, a multi-year table
    without serapan, PNBP and the Pemilu 2019 DPT told in prose."""
    c = kpu("Sikka", "Tahun Anggaran 2022")
    d = buka("dev8/lkj-sikka-2022.txt", "5307", 2022, 94, c,
             ["KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "", "LAPORAN KINERJA", "INSTANSI PEMERINTAH",
              "TAHUN ANGGARAN", "2022", "", "Jalan Ahmad Yani No. 12, Maumere"],
             ("Maumere", "30 Januari 2023", "Maria Goreti Nona Mbu, S.E.", "19810214 200903 2 005"),
             bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja", ""))
    rows = [("pemutakhiran", 100.0, 100.0, "naik", "%", "persen"), ("kompetensi", 85.0, 80.61, "naik", "%", "persen"),
            ("sarana", 90.0, 92.37, "naik", "%", "persen"), ("informasi", 80.0, 83.17, "naik", "Nilai", "nilai"),
            ("simonika", 100.0, 96.52, "naik", "%", "persen"), ("gaji", 100.0, 100.0, "naik", "%", "persen")]
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2022", "")
    d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Selisih", "Capaian (%)")
    for i, (k, t, r, a, sc, un) in enumerate(rows, 1):
        v = num_fact(d, k, t, r, a, satuan=un)
        sel = round(r - t, 2)
        d.R(i, IND[k], sc, id_dec(t), id_dec(r), f"({id_dec(-sel)})" if sel < 0 else id_dec(sel), id_dec(v))
    d.R(7, IND["akip"], "Predikat", "B", "\u0412", "-", "100,00")
    grade_fact(d, "akip", "B", "B", "100,00", teks_r="\u0412")
    d.R(8, IND["opini"], "Opini", "WTP", "WTP", "-", "100,00")
    grade_fact(d, "opini", "WTP", "WTP", "100,00")
    d.L("Keterangan: angka dalam tanda kurung adalah selisih negatif (realisasi di bawah target).", "")
    bahas(d, c, ["kompetensi", "simonika"])
    d.FF()
    d.L("B. Hasil Evaluasi Akuntabilitas Kinerja", "")
    d.P("Perkembangan hasil evaluasi AKIP KPU Kabupaten Sikka tiga tahun terakhir disajikan dalam tabel "
        "berikut; predikat ditulis di depan nilai sebagaimana tercantum dalam Laporan Hasil Evaluasi.")
    d.R("Tahun yang Dinilai", "Predikat (Nilai)", "Diterima Tahun")
    for y in (2019, 2020, 2021):
        v = skor("5307", y)
        d.R(y, f"{predikat(v)} ({id_dec(v)})", y + 1)
        d.sakip("5307", y, v)
    d.B()
    ks = komponen("5307", 2021)
    d.P("Rincian nilai per komponen atas evaluasi tahun yang dinilai 2021:")
    d.R("Komponen", "Bobot", "Nilai", "Kenaikan/(Penurunan) terhadap 2020")
    lalu = komponen("5307", 2020)  # the change column is computed from the 2020 components the corpus states
    for k, (b, v) in ks.items():
        dlt = round(v - lalu[k][1], 2)
        d.R(k.replace("_", " ").title(), id_dec(b), id_dec(v), f"({id_dec(-dlt)})" if dlt < 0 else id_dec(dlt))
    d.komp(2021, ks)
    d.B()
    rb_prosa(d, 2022, 22.95, lambda n, b, pc: (
                    f"Nilai Reformasi Birokrasi Tahun 2022: {id_dec(n)} dari bobot {id_dec(b)} ({id_dec(pc)}%)."))
    d.L("C. Realisasi Anggaran", "")
    progs, tot = total_or("5307", 2022, "sk22", {"3355": 1.2, "3358": 0.6, "3360": 1.5}, {"6639": 0.9, "6640": 0.8, "6709": 0.7})
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    tabel_anggaran(d, progs, tot, kolom(rp_strip, sisa=True), total="Jumlah")
    d.B()
    d.P("Perbandingan pagu dan realisasi tiga tahun anggaran terakhir; kolom terakhir memuat kenaikan "
        "pagu terhadap tahun sebelumnya, penurunan ditulis dalam tanda kurung.")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "Kenaikan/(Penurunan) Pagu")
    years = [(2020, 3872150000, 3701245870), (2021,) + total_or("5307", 2021, "x", {"3355": 1}, {})[1], (2022,) + tot]
    prev = None
    for y, p, x in years:
        dl = "-" if prev is None else (f"({id_int(prev - p)})" if p < prev else id_int(p - prev))
        d.R(y, rp_strip(p), rp_strip(x), dl)
        if y != 2022:
            d.ang("TOTAL", "total", "", p, x, None, tahun=y)
        prev = p
    d.B()
    tps, lk, pr, _ = dpt_of("5307", "pemilu", 2019)
    d.P(f"Sebagai dasar pemutakhiran berkelanjutan digunakan DPT Pemilu 2019 sebanyak {id_int(lk + pr)} pemilih "
        f"({id_int(lk)} laki-laki, {id_int(pr)} perempuan) pada {tps} TPS, dimutakhirkan setiap bulan bersama "
        "Dinas Kependudukan dan Pencatatan Sipil.")
    d.dpt("pemilu", 2019, "kabupaten", wil("5307"), None, tps, lk, pr, tidak=["jumlah_desa"])
    d.P("Penerimaan Negara Bukan Pajak berupa sewa rumah dinas sebesar Rp. 6.600.000,- telah disetor ke Kas "
        "Negara dan tidak termasuk dalam realisasi belanja.")
    selesai(d, c)


def ende_2022():
    """Ende 2022: the budget told twice (programs in BAB III, program and kegiatan in Lampiran I),
    a three-year table with the years as columns, SAKIP components as columns."""
    c = kpu("Ende", "Tahun Anggaran 2022")
    d = buka("dev8/lkj-ende-2022.txt", "5308", 2022, 100, c,
             ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN ENDE", "TAHUN ANGGARAN 2022"],
             ("Ende", "25 Januari 2023", "Hironimus Mbipi Goa, S.H.", "19760923 200312 1 006"),
             bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "3.1 Capaian Kinerja", ""))
    rows = [("kompetensi", "%", "persen", 85.0, 88.46, "naik"), ("sarana", "%", "persen", 90.0, 87.29, "naik"),
            ("informasi", "Nilai", "nilai", 75.0, 78.62, "naik"), ("arsip", "%", "persen", 80.0, 83.33, "naik"),
            ("lap_keu", "Laporan", "laporan", 14.0, 14.0, "naik"), ("lap_bmn", "Laporan", "laporan", 4.0, 4.0, "naik")]
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2022", "")
    d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian")
    for i, (k, sc, un, t, r, a) in enumerate(rows, 1):
        tt, rt = (str(int(t)), str(int(r))) if un == "laporan" else (id_dec(t), id_dec(r))
        v = num_fact(d, k, t, r, a, satuan=un, tt=tt, rt=rt)
        d.R(i, IND[k], sc, tt, rt, f"{id_dec(v)}%")
    d.R(7, IND["opini"], "Opini", "WTP", "WTP", "100%")
    grade_fact(d, "opini", "WTP", "WTP", "100%")
    d.B()
    bahas(d, c, ["sarana", "informasi"])
    d.L("3.2 Evaluasi SAKIP", "")
    s21 = skor("5308", 2021)
    ks = komponen("5308", 2021)
    d.P("Laporan Hasil Evaluasi atas Implementasi SAKIP yang diterima pada tahun 2022 menilai kinerja "
        "tahun 2021 sebagai berikut:")
    d.R("Tahun Dinilai", "Perencanaan (30)", "Pengukuran (30)", "Pelaporan (15)", "Evaluasi Internal (25)", "Nilai", "Predikat")
    d.R(2021, *[id_dec(v) for _, v in ks.values()], id_dec(s21), predikat(s21))
    d.sakip_komp("5308", 2021, s21, ks)
    d.B()
    s20 = skor("5308", 2020)
    d.P(f"Nilai tersebut {'naik' if s21 > s20 else 'turun'} dibandingkan hasil evaluasi atas kinerja tahun 2020, "
        f"yaitu {id_dec(s20)} dengan predikat {predikat(s20)}.")
    d.sakip("5308", 2020, s20)
    d.L("Indikator Kinerja Kegiatan", "")
    d.R("No", "Kegiatan", "Indikator Kinerja Kegiatan", "Satuan", "Target", "Realisasi", "Capaian")
    for i, (kg, k, t, r) in enumerate((("3355", "lap_keu", 14, 14), ("3355", "lap_bmn", 4, 4),
                                        ("3358", "gaji", 100.0, 100.0)), 1):
        un, sc = ("persen", "%") if k == "gaji" else ("laporan", "Laporan")
        tt, rt = (id_dec(t), id_dec(r)) if un == "persen" else (str(t), str(r))
        d.R(i, KEG[kg], IND[k], sc, tt, rt, f"{cp(t, r)}%")
        num_fact(d, k, float(t), float(r), satuan=un, tt=tt, rt=rt, cell=f"{cp(t, r)}%", tingkat="sasaran_kegiatan")
    d.B()
    rb_prosa(d, 2022, 23.76, lambda n, b, pc: (
                    f"Nilai evaluasi Reformasi Birokrasi Tahun 2022 adalah {id_dec(n)} dari bobot {id_dec(b)} "
                    f"atau {id_dec(pc)}%."))
    d.FF()
    d.L("3.3 Realisasi Anggaran", "")
    progs, tot = total_or("5308", 2022, "en22", {"3355": 1.1, "3358": 0.6, "3360": 1.6}, {"6639": 1.0, "6640": 0.9, "6709": 0.8})
    d.P("Ringkasan realisasi anggaran per program Tahun Anggaran 2022 (rincian per kegiatan pada Lampiran I):")
    d.R("Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)")
    for prog, ks2, p, x in progs:
        d.R(f"{PROG[prog]} ({prog})", id_int(p), id_int(x), id_dec(serapan(p, x)))
    d.R("Jumlah", id_int(tot[0]), id_int(tot[1]), id_dec(serapan(*tot)))
    d.B()
    y20 = (3610480000, 3479526735)
    y21 = total_or("5308", 2021, "x", {"3355": 1}, {})[1]
    d.P("Perkembangan pagu dan realisasi anggaran tiga tahun terakhir:")
    d.R("Uraian", "TA 2020", "TA 2021", "TA 2022")
    d.R("Pagu (Rp)", id_int(y20[0]), id_int(y21[0]), id_int(tot[0]))
    d.R("Realisasi (Rp)", id_int(y20[1]), id_int(y21[1]), id_int(tot[1]))
    d.R("Serapan (%)", id_dec(serapan(*y20)), id_dec(serapan(*y21)), id_dec(serapan(*tot)))
    d.R("Sisa (Rp)", id_int(y20[0] - y20[1]), id_int(y21[0] - y21[1]), id_int(tot[0] - tot[1]))
    for y, (p, x) in ((2020, y20), (2021, y21)):
        d.ang("TOTAL", "total", "", p, x, serapan(p, x), tahun=y)
    d.B()
    d.P("Belanja menurut jenis: Belanja Pegawai Rp 1.187.340.000, Belanja Barang Rp 2.843.115.000 dan Belanja "
        "Modal Rp 412.600.000 (pagu); rincian menurut jenis belanja tidak diulang pada lampiran.")

    def lampiran(d):
        d.FF()
        d.L("LAMPIRAN I", "Rincian Realisasi Anggaran per Program dan Kegiatan Tahun Anggaran 2022", "")
        d.R("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
        mulai = len(d.lines)
        tabel_anggaran(d, progs, tot, kolom(id_int, sisa=True, kode=lambda k, induk: f"{induk}.{k}" if induk else k))
        bungkus(d, mulai, 34)
        d.L("Sumber: OM-SPAN per 31 Desember 2022", "")
    selesai(d, c, lampiran=lampiran)


if __name__ == "__main__":
    tulis(belu_2024, flores_timur_2024, sikka_2022, ende_2022)
