#!/usr/bin/env python3
# dev9/ documents 7-12: Sumba Timur 2023 (Roman-numeral row numbers, reporting period only),
# Nagekeo 2022 (tables inside a box of `#`, the all-satker SAKIP table, budget in Rp juta),
# Sumba Barat Daya 2023 (TAB tables whose header is repeated every 5 rows, a cut-off total),
# Manggarai Timur 2024 (bilingual Indonesian/English), Sabu Raijua 2022 (flattened: tables
# pasted as images, only their alt text left), Malaka 2021 (LKjIP, Excel accounting format:
# `Rp` in its own cell, `98,12 %`, zero as `-`).
# Run from etl/eval/testdata/blind/:   python3 dev9/author9b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import (anggaran, bagian, bahas, capai, capaian_rows, dpt_of, fakta_anggaran, grade_fact, id_dec,  # noqa: E402
                     id_int, IND, kec_bagi, kec_corpus, kec_sel, kec_tabel, kec_total, KOMP_ID, komp_tabel,
                     komponen, kotak, mulai, NAMA, num_fact, ORDER, patah, predikat, rb_of, rb_prosa, rincian,
                     romawi, sakip_rb, sel_rp, selesai, serapan, skor, total_of, total_or)
from lib import tulis  # noqa: E402


def sumba_timur_2023():
    """Sumba Timur 2023: every table numbered with Roman numerals; the cover gives the period only."""
    c, d = mulai("lkj-sumba-timur-2023", "5311", 2023, 95, "Sumba Timur",
             ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "Periode 1 Januari s.d. 31 Desember 2023", "", "Waingapu"],
             ("Waingapu", "26 Januari 2024", "Umbu Ndakularak, S.E.", "19760510 200501 1 008"),
             thn="Periode 1 Januari sampai dengan 31 Desember 2023")
    rows = [("kompetensi", 80.0, 82.47, "naik"), ("sarana", 90.0, 92.58, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("logistik", 100.0, 98.27, "naik"),
            ("tidak_terdaftar", 3.0, 1.42, "turun"), ("arsip", 75.0, 79.13, "naik")]
    d.L("Tabel 3.1 Capaian Indikator Kinerja", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
    out = capaian_rows(d, rows, pct="%")
    for i, (k, tt, rt, cc) in enumerate(out, 1):
        d.R(romawi(i), IND[k], tt, rt, cc)
    d.R(romawi(7), IND["akip"], "B", "B", "100,00")
    grade_fact(d, "akip", "B", "B", "100,00")
    d.R(romawi(8), IND["opini"], "WTP", "WTP", "100,00")
    grade_fact(d, "opini", "WTP", "WTP", "100,00")
    d.B()
    bahas(d, c, ["logistik", "tidak_terdaftar"])
    sakip_rb(d, 2022, 2022, lambda s22, nb: (
        f"Evaluasi SAKIP atas kinerja tahun 2022, diterima pada bulan November 2023, memberikan nilai "
        f"{id_dec(s22)} dengan predikat {predikat(s22)}. Evaluasi Reformasi Birokrasi tahun 2022 memberikan "
        f"nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%)."))
    bagian(d, "B. Realisasi Anggaran")
    progs, tot = total_or("5311", 2023, "st23", {"3355": 1.0, "3360": 1.5}, {"6639": 2.5, "6867": 3.6, "6640": 1.1})
    d.R("No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)")
    no = lambda pos: ".".join([romawi(pos[0])] + ["abcdef"[j - 1] for j in pos[1:]]) if pos else ""  # noqa: E731
    for r in rincian(progs, tot, lambda k, nm, p, x, pos: [
            [no(pos), f"{nm} ({k})" if k else nm, id_int(p), id_int(x), id_dec(serapan(p, x))]]):
        d.R(*r)
    fakta_anggaran(d, progs, tot)
    d.B()
    bagian(d, "C. Daftar Pemilih Tetap Pemilu 2024")
    d.P("Rapat pleno terbuka tanggal 20 Juni 2023 menetapkan Daftar Pemilih Tetap Pemilu 2024 per kecamatan "
        "sebagai berikut.")
    src = kec_corpus("dev6", "lkj-sumba-timur-2020", "5311", "pilkada", 2020)
    v = dpt_of("5311", "pemilu", 2024)
    kec = kec_bagi("st24", [k[0] for k in src], [k[1] for k in src], *v[:3])
    head = ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
    d.R(*head)
    kec_tabel(d, "pemilu", 2024, kec, lambda i, *r: kec_sel()(romawi(i), *r), kec_total("JUMLAH"), patah(d, 11, lambda d: (
        d.L("", "Laporan Kinerja KPU Kabupaten Sumba Timur — Halaman 21"), d.FF(), d.R(*head))))
    d.B()
    selesai(d, c)


def nagekeo_2022():
    """Nagekeo 2022: every table inside a box of `#`; the province's all-satker SAKIP 2021 table."""
    c, d = mulai("lkj-nagekeo-2022", "5316", 2022, 96, "Nagekeo",
             ["#" * 60, "#" + "LAPORAN KINERJA".center(58) + "#", "#" + "KPU KABUPATEN NAGEKEO TAHUN 2022".center(58) + "#",
              "#" * 60, "", "Mbay"],
             ("Mbay", "27 Januari 2023", "Yohanes Don Bosco Dhae, S.Pd.", "19811120 201001 1 007"), intro=2)
    rows = [("kompetensi", 80.0, 81.93, "naik"), ("sarana", 90.0, 87.26, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("simonika", 100.0, 95.83, "naik"),
            ("arsip", 75.0, 77.41, "naik")]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2022", "")
    tab = [("No", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)")]
    for i, (k, tt, rt, cc) in enumerate(capaian_rows(d, rows), 1):
        tab.append((i, IND[k], tt, rt, cc))
    tab.append((6, IND["opini"], "WTP", "WTP", "100,00"))
    grade_fact(d, "opini", "WTP", "WTP", "100,00")
    kotak(d, tab)
    d.B()
    bahas(d, c, ["sarana", "simonika"])
    bagian(d, "B. Hasil Evaluasi SAKIP Tahun 2021 se-Provinsi NTT")
    d.P("KPU Provinsi Nusa Tenggara Timur menyampaikan hasil evaluasi implementasi SAKIP atas kinerja tahun "
        "2021 bagi satuan kerja di lingkungannya. Kedudukan KPU Kabupaten Nagekeo dapat dibaca pada tabel berikut.")
    tab = [("No", "Satuan Kerja", "Nilai", "Predikat")]
    for i, s in enumerate(ORDER, 1):
        v = skor(s, 2021)
        nm = "KPU Provinsi NTT" if s == "53" else ("KPU Kota Kupang" if s == "5371" else f"KPU Kabupaten {NAMA[s]}")
        tab.append((i, nm, id_dec(v), predikat(v)))
        d.sakip(s, 2021, v)
    kotak(d, tab, 64)
    d.L("Sumber: Surat KPU Provinsi NTT tentang Hasil Evaluasi AKIP Tahun 2021", "")
    nb = rb_of("5316", 2022, 0)
    d.L("Tabel 3.3 Hasil Evaluasi Reformasi Birokrasi Tahun 2022", "")
    kotak(d, [("Tahun", "Nilai", "Bobot", "Persentase (%)"),
              (2022, id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2]))], 64)
    d.rb(2022, *nb)
    d.B()
    bagian(d, "C. Realisasi Anggaran")
    progs, tot = anggaran("ng22", {"3355": 1.0, "3358": 0.5, "3360": 1.7}, {"6640": 0.6, "6709": 0.4, "6639": 0.3},
                          unit=10000, runit=10000)
    jt = lambda v: id_dec(v / 1e6)  # noqa: E731
    d.L("Tabel 3.4 Realisasi Anggaran Tahun 2022 (dalam Rp juta)", "")
    kotak(d, [("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")] +
          rincian(progs, tot, sel_rp(jt, sisa=True), "Jumlah"), 110)
    fakta_anggaran(d, progs, tot)
    d.B()
    selesai(d, c)


def sumba_barat_daya_2023():
    """Sumba Barat Daya 2023: TAB tables whose header row is printed again after every 5 rows."""
    c, d = mulai("lkj-sumba-barat-daya-2023", "5318", 2023, 94, "Sumba Barat Daya",
             ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2023", "", "Tambolaka"],
             ("Tambolaka", "29 Januari 2024", "Petrus Malo Bulu, S.H.", "19790909 200604 1 015"))

    def ulang(head, rows):
        for i, r in enumerate(rows):
            if i % 5 == 0:
                d.R(*head)
            d.R(*r)
    rows = [("partisipasi", 80.0, 83.59, "naik"), ("kompetensi", 80.0, 78.47, "naik"),
            ("sarana", 90.0, 92.31, "naik"), ("pemutakhiran", 100.0, 100.0, "naik"),
            ("logistik", 100.0, 99.12, "naik"), ("tidak_terdaftar", 2.5, 1.18, "turun"), ("arsip", 75.0, 76.94, "naik")]
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2023", "")
    tab = [(i, IND[k], tt, rt, cc) for i, (k, tt, rt, cc) in enumerate(capaian_rows(d, rows), 1)]
    tab.append((8, IND["opini"], "WTP", "WTP", "100,00"))
    grade_fact(d, "opini", "WTP", "WTP", "100,00")
    ulang(("No", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)"), tab)
    d.B()
    bahas(d, c, ["kompetensi"])
    s22 = skor("5318", 2022)
    d.P(f"Hasil evaluasi AKIP Tahun 2022 yang diterima pada tahun 2023: {predikat(s22)} ({id_dec(s22)}). "
        "Rincian per komponen:")
    d.sakip("5318", 2022, s22)
    komp_tabel(d, 2022)
    rb_prosa(d, 2022, 0, lambda n, b, pc: f"Indeks Reformasi Birokrasi tahun 2022 tercatat {id_dec(n)} dari bobot "
             f"{id_dec(b)} atau {id_dec(pc)} persen.")
    bagian(d, "B. Realisasi Anggaran")
    progs, tot = anggaran("sb23", {"3355": 1.0, "3358": 0.4, "3360": 1.5}, {"6639": 3.0, "6867": 4.2, "6709": 1.1})
    tab = rincian(progs, tot, sel_rp(), "TOTAL")
    tab[-1][3] = tab[-1][3][:-1]  # the cut-off cell
    ulang(("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"), tab[:-1])
    d.R(*tab[-1])
    fakta_anggaran(d, progs, tot)
    d.L("Catatan: kolom realisasi baris TOTAL terpotong pada cetakan aplikasi.", "")
    bagian(d, "C. Daftar Pemilih Tetap Pemilu 2024")
    kec = kec_corpus("dev2", "lkj-sumba-barat-daya-2024", "5318", "pemilu", 2024)
    d.P("Daftar Pemilih Tetap Pemilu 2024 ditetapkan pada tanggal 21 Juni 2023. Sebelumnya Daftar Pemilih "
        "Berkelanjutan (DPB) semester I 2023 mencatat 244.318 pemilih; angka DPB tidak digunakan sebagai DPT.")
    kec_tabel(d, "pemilu", 2024, kec, kec_sel(True), kec_total("TOTAL"), lambda rows: (
        ulang(("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Total"), rows[:-1]), d.R(*rows[-1])))
    d.B()
    selesai(d, c)


def manggarai_timur_2024():
    """Manggarai Timur 2024: a bilingual report, every heading and header in Indonesian and English."""
    c, d = mulai("lkj-manggarai-timur-2024", "5319", 2024, 98, "Manggarai Timur",
             ["LAPORAN KINERJA / PERFORMANCE REPORT", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2024 / YEAR 2024", "", "Borong"],
             ("Borong", "30 Januari 2025", "Fransiskus Sales Jehadun, S.Fil.", "19770303 200701 1 019"),
             bab3=("BAB III AKUNTABILITAS KINERJA / CHAPTER III PERFORMANCE ACCOUNTABILITY", "",
                   "A. Capaian Kinerja / Performance Achievement", ""))
    rows = [("partisipasi", 80.0, 83.71, "naik"), ("perempuan", 80.0, 85.96, "naik"),
            ("disabilitas", 60.0, 54.28, "naik"), ("tidak_terdaftar", 2.0, 0.93, "turun"),
            ("jadwal", 100.0, 100.0, "naik"), ("pelanggaran", 5.0, 0.58, "turun")]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2024", "Table 3.1 Performance Achievement 2024", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
    d.R("", "Performance Indicator", "Target", "Actual", "Achievement (%)")
    for i, (k, tt, rt, cc) in enumerate(capaian_rows(d, rows, pct="%"), 1):
        d.R(i, IND[k], tt, rt, cc)
    d.R(7, IND["opini"], "WTP", "WTP", "100,00")
    grade_fact(d, "opini", "WTP", "WTP", "100,00")
    d.L("Sumber / Source: Subbagian Teknis dan Hupmas", "")
    d.P("Partisipasi pemilih pada Pemilu 14 Februari 2024 melampaui target. The turnout at the 14 February 2024 "
        "General Election exceeded its target; turnout among voters with disabilities did not.", 98)
    d.L("Tabel 3.2 Perkembangan Partisipasi / Table 3.2 Turnout Trend", "")
    d.R("Indikator / Indicator", "Pilkada 2018", "Pemilu 2019", "Pemilu 2024")
    for k, vals in (("partisipasi", (74.86, 81.02, 83.71)), ("perempuan", (77.43, 83.37, 85.96))):
        d.R(IND[k], *[id_dec(v) for v in vals])
        for y, v in zip((2018, 2019, 2024), vals):
            d.seri(IND[k], y, "realisasi", id_dec(v), v, "persen")
    d.B()
    bahas(d, c, ["disabilitas"])
    s23 = skor("5319", 2023)
    d.L("B. Evaluasi SAKIP / SAKIP Evaluation", "")
    d.P(f"Hasil evaluasi AKIP atas kinerja tahun 2023 adalah {id_dec(s23)} dengan predikat {predikat(s23)}. "
        f"The 2023 performance was rated {id_dec(s23)} ({predikat(s23)}).", 98)
    d.sakip("5319", 2023, s23)
    bagian(d, "C. Realisasi Anggaran / Budget Realisation")
    progs, tot = anggaran("mt24", {"3355": 1.0, "3360": 1.6}, {"6639": 3.2, "6867": 5.0, "6871": 3.4, "6872": 6.1})
    d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)")
    d.R("Code", "Programme/Activity", "Ceiling (IDR)", "Realised (IDR)", "Absorption (%)")
    for r in rincian(progs, tot, sel_rp(), "Jumlah / Total"):
        d.R(*r)
    fakta_anggaran(d, progs, tot)
    d.B()
    bagian(d, "D. Daftar Pemilih Tetap Pemilu 2024 / Final Voters List, 2024 General Election")
    v = dpt_of("5319", "pemilu", 2024)
    src = kec_corpus("dev2", "lkj-manggarai-timur-2020", "5319", "pemilu", 2019)
    kec = kec_bagi("mt24", [k[0] for k in src], [k[1] for k in src], *v[:3])
    d.P("Daftar Pemilih Sementara (DPS) berjumlah 214.776 pemilih sebelum perbaikan; DPT ditetapkan "
        "21 Juni 2023. The provisional list (DPS) is not the final list.", 98)
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
    d.R("", "Sub-district", "Villages", "Polling Stations", "Male", "Female", "Total")
    kec_tabel(d, "pemilu", 2024, kec, kec_sel(), kec_total("Jumlah / Total"))
    d.B()
    selesai(d, c, bab=("BAB IV PENUTUP / CHAPTER IV CLOSING", ""))


def sabu_raijua_2022():
    """Sabu Raijua 2022 (flattened): the tables were pasted as images; only their alt text is left."""
    c, d = mulai("lkj-sabu-raijua-2022", "5320", 2022, 100, "Sabu Raijua",
             ["LAPORAN KINERJA KPU KABUPATEN SABU RAIJUA TAHUN 2022", "Seba"],
             ("Seba", "25 Januari 2023", "Marthen Lado Bire, S.Pd.", "19780202 200312 1 010"), flat=True)
    rows = [("kompetensi", 75.0, 79.84, "naik"), ("sarana", 85.0, 88.63, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("simonika", 100.0, 91.67, "naik"),
            ("arsip", 70.0, 72.95, "naik")]
    d.L("[Gambar 3.1: Tabel Capaian Kinerja Tahun 2022]",
        "Teks alternatif: tabel lima kolom (No, Indikator Kinerja, Target, Realisasi, Capaian).")
    for i, (k, tt, rt, cc) in enumerate(capaian_rows(d, rows, pct="%"), 1):
        d.L(f"Baris {i}. Indikator: {IND[k]}; Target: {tt}; Realisasi: {rt}; Capaian: {cc}%.")
    d.L(f"Baris 6. Indikator: {IND['opini']}; Target: WTP; Realisasi: WTP; Capaian: 100,00%.", "")
    grade_fact(d, "opini", "WTP", "WTP", "100,00%")
    bahas(d, c, ["simonika"])
    sakip_rb(d, 2021, 2021, lambda s21, nb: (
        f"Evaluasi SAKIP atas kinerja tahun 2021 memberikan nilai {id_dec(s21)} ({predikat(s21)}), dan evaluasi "
        f"Reformasi Birokrasi tahun 2021 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} atau "
        f"{id_dec(nb[2])} persen."))
    ks = komponen("5320", 2021)
    d.L("[Gambar 3.2: Grafik Nilai Komponen Evaluasi SAKIP Tahun 2021]",
        "Teks alternatif: diagram batang empat komponen, nilai tertulis di atas batang.")
    for k, (b, v) in ks.items():
        d.L(f"Batang {KOMP_ID[k]}: bobot {id_dec(b)}; nilai {id_dec(v)}.")
    d.L("")
    d.komp(2021, ks)
    s20 = skor("5320", 2020)
    p21, r21 = total_of("5320", 2021)
    d.P(f"Pada evaluasi sebelumnya kinerja tahun 2020 memperoleh nilai {id_dec(s20)} ({predikat(s20)}). Realisasi "
        f"anggaran Tahun 2021 tercatat Rp {id_int(r21)} dari pagu Rp {id_int(p21)} ({id_dec(serapan(p21, r21))}%).")
    d.sakip("5320", 2020, s20)
    d.ang("TOTAL", "total", "", p21, r21, serapan(p21, r21), tahun=2021)
    bagian(d, "B. Realisasi Anggaran")
    progs, tot = anggaran("sr22", {"3355": 1.0, "3358": 0.4, "3360": 1.3}, {"6640": 0.4, "6709": 0.3})
    d.L("[Gambar 3.3: Tabel Realisasi Anggaran Tahun 2022]",
        "Teks alternatif: tabel realisasi per program dan kegiatan, kolom Kode, Uraian, Pagu (Rp), Realisasi (Rp), Serapan (%).")
    jenis = {0: "", 1: "Program ", 2: "Kegiatan "}
    d.L(*rincian(progs, tot, lambda k, nm, p, x, pos: [
        f"{jenis[len(pos)]}{k} {nm}".strip() + f": Pagu Rp {id_int(p)}; Realisasi Rp {id_int(x)}; Serapan {id_dec(serapan(p, x))}%."],
        "Jumlah"), "")
    fakta_anggaran(d, progs, tot)
    bagian(d, "C. Data Pemilih Pemilihan 2020")
    kec = kec_corpus("dev7", "lkj-sabu-raijua-2020", "5320", "pilkada", 2020)
    d.L("[Gambar 3.4: Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Tahun 2020]",
        "Teks alternatif: DPT per kecamatan, kolom Kecamatan, Desa/Kel, TPS, L, P, L+P.")
    alt = lambda nm, de, t, lk, pr: f"{nm}: Desa/Kel {de}; TPS {t}; L {id_int(lk)}; P {id_int(pr)}; L+P {id_int(lk + pr)}."  # noqa: E731
    kec_tabel(d, "pilkada", 2020, kec, lambda i, n, *r: alt(f"Kecamatan {n}", *r),
              lambda *r: alt("Jumlah Kabupaten Sabu Raijua", *r), lambda rows: d.L(*rows, ""))
    selesai(d, c)


def malaka_2021():
    """Malaka 2021 (LKjIP): tables in Excel accounting format; DPTb and DPK beside the DPT."""
    c, d = mulai("lkjip-malaka-2021", "5321", 2021, 96, "Malaka",
             ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "SEKRETARIAT KPU KABUPATEN MALAKA", "TAHUN 2021", "", "Betun"],
             ("Betun", "28 Januari 2022", "Yoseph Seran Klau, S.IP.", "19800808 200904 1 002"))
    rows = [("kompetensi", 75.0, 77.38, "naik"), ("sarana", 85.0, 86.41, "naik"),
            ("simonika", 100.0, 95.83, "naik"), ("gaji", 100.0, 100.0, "naik"), ("arsip", 70.0, 68.27, "naik")]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2021", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    for i, (k, t, r, a) in enumerate(rows, 1):
        tt, rt, cc = f"{id_dec(t)} %", f"{id_dec(r)} %", f"{id_dec(capai(t, r, a))} %"
        num_fact(d, k, t, r, a, tt=tt, rt=rt, cell=cc.replace(" ", ""))
        d.R(i, IND[k], tt, rt, cc)
    d.R(6, IND["akip"], "B", "B", "100,00 %")
    grade_fact(d, "akip", "B", "B", "100,00%")
    d.B()
    bahas(d, c, ["arsip"])
    s20 = skor("5321", 2020)
    d.P(f"Hasil evaluasi AKIP atas kinerja tahun 2020 yang diterima tahun 2021 adalah {id_dec(s20)} dengan "
        f"predikat {predikat(s20)}, dengan komponen sebagai berikut.")
    d.sakip("5321", 2020, s20)
    komp_tabel(d, 2020, ("Komponen", "Bobot", "", "Nilai"), lambda i, nm, b, v: [nm, id_dec(b), "", id_dec(v)],
               lambda s: ["Jumlah", "100,00", "", id_dec(s)])
    bagian(d, "B. Realisasi Anggaran")
    progs, tot = total_or("5321", 2021, "ma21", {"3355": 1.0, "3358": 0.4, "3360": 1.5}, {"6640": 0.5, "6709": 0.4})
    d.L("Tabel 3.3 Realisasi Anggaran Tahun 2021", "")
    d.R("Kode", "Program/Kegiatan", "", "Pagu", "", "Realisasi", "", "Sisa", "Serapan")
    for r in rincian(progs, tot, lambda k, nm, p, x, pos: [
            [k, nm] + [c for v in (p, x, p - x) for c in ("Rp", id_int(v))] + [f"{id_dec(serapan(p, x))} %"]]):
        d.R(*r)
    fakta_anggaran(d, progs, tot)
    d.B()
    d.L("Tabel 3.4 Perkembangan Realisasi Anggaran 2019-2021", "")
    d.R("Tahun Anggaran", "", "Pagu", "", "Realisasi", "Serapan")
    for y in (2019, 2020):
        p, x = total_of("5321", y)
        d.R(y, "Rp", id_int(p), "Rp", id_int(x), f"{id_dec(serapan(p, x))} %")
        d.ang("TOTAL", "total", "", p, x, serapan(p, x), tahun=y)
    d.R(2021, "Rp", id_int(tot[0]), "Rp", id_int(tot[1]), f"{id_dec(serapan(*tot))} %")
    d.B()
    bagian(d, "C. Daftar Pemilih Pemilihan 2020")
    kec = kec_corpus("dev", "lkj-malaka-2020", "5321", "pilkada", 2020)
    d.P("DPT Pemilihan Bupati dan Wakil Bupati Malaka 2020 per kecamatan, bersama pemilih tambahan (DPTb) dan "
        "pemilih khusus (DPK) yang menggunakan hak pilih pada hari pemungutan suara.")
    d.R("No", "Kecamatan", "Desa", "TPS", "DPT L", "DPT P", "DPT L+P", "DPTb", "DPK")
    tb = [(i * 7) % 23 for i in range(1, len(kec) + 1)]  # DPTb and DPK: not facts (`-` for none)
    dk = [0 if i % 3 else i % 5 for i in range(1, len(kec) + 1)]
    kec_tabel(d, "pilkada", 2020, kec, lambda i, *r: kec_sel(True)(i, *r) + [tb[i - 1] or "-", dk[i - 1] or "-"],
              lambda *r: kec_total("JUMLAH")(*r) + [sum(tb), sum(dk)])
    d.B()
    selesai(d, c)


if __name__ == "__main__":
    tulis(sumba_timur_2023, nagekeo_2022, sumba_barat_daya_2023, manggarai_timur_2024, sabu_raijua_2022, malaka_2021)
