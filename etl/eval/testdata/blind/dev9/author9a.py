#!/usr/bin/env python3
# dev9/ documents 1-6: Kupang 2021 (an OCR'd scan: letters damaged in the prose, tables
# typed clean, a CamScanner footer on every page), TTS 2020 (landscape tables cut into a left
# half and a right half on successive pages), TTU 2019 (flattened LAKIP whose BAB III is a
# slide deck, one fact a bullet), Belu 2021 (two-level headers with merged year cells),
# Flores Timur 2020 (tables with totals per sasaran and a grand total), Ngada 2023 (amounts
# written out in words beside the figures, PK targets apart).
# Run from etl/eval/testdata/blind/:   python3 dev9/author9a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common9 import (analisis, bagian, bahas, bungkus, capai, capaian_rows, dpt_of, dpt_rows, fakta_anggaran, grade_fact,  # noqa: E402
                     id_dec, id_int, IND, kec_bagi, kec_corpus, kec_sel, kec_tabel, kec_total, KEG, KOMP_ID,
                     komp_tabel, komponen, mulai, num_fact, ocr, patah, predikat, PROG, rb_prosa, rincian,
                     sakip_prosa, sel_rp, selesai, serapan, skor, terbilang, terbilang_koma, total_or, wil)
from lib import tulis  # noqa: E402



def kupang_2021():
    """Kupang 2021: a scanned report run through OCR; prose letters damaged, tables clean."""
    c, d = mulai("lkj-kabupaten-kupang-2021", "5301", 2021, 92, "Kupang",
             ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "TAHUN 2021", "", "Oelamasi"],
             ("Oelamasi", "24 Januari 2022", "Yohanis Lalang Nitbani, S.H.", "19750612 200312 1 004"))
    rows = [("kompetensi", 80.0, 83.45, "naik"), ("sarana", 90.0, 92.37, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("simonika", 100.0, 95.83, "naik"),
            ("arsip", 75.0, 71.42, "naik")]
    d.L("Tabel 3.1", "Pengukuran Kinerja Tahun 2021", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
    for i, (k, tt, rt, cc) in enumerate(capaian_rows(d, rows, pct="%"), 1):
        d.R(i, IND[k], tt, rt, cc)
    d.R(6, IND["akip"], "B", "В", "100,00")
    grade_fact(d, "akip", "B", "B", "100,00", teks_r="В")
    d.R(7, IND["opini"], "WTP", "WTP", "100,00")
    grade_fact(d, "opini", "WTP", "WTP", "100,00")
    d.L("Sumber: Subbagian Perencanaan, Data dan Informasi", "")
    bahas(d, c, ["simonika", "arsip"])
    s20 = skor("5301", 2020)
    d.P(f"Hasil evaluasi SAKIP yang diterima pada bulan Oktober 2021 atas kinerja tahun 2020 memberikan "
        f"nilai {id_dec(s20)} dengan predikat {predikat(s20)}. Nilai tersebut menjadi dasar penetapan "
        "target indikator nilai evaluasi akuntabilitas kinerja pada Perjanjian Kinerja tahun 2021.")
    d.sakip("5301", 2020, s20)
    bagian(d, "B. Realisasi Anggaran")
    progs, tot = total_or("5301", 2021, "ku21", {"3355": 1.0, "3358": 0.5, "3360": 1.4}, {"6639": 0.6, "6709": 0.5})
    d.P("Realisasi anggaran Tahun 2021 per program dan kegiatan disajikan dalam tabel berikut.")
    d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
    for r in rincian(progs, tot, sel_rp(sisa=True)):
        d.R(*r)
    fakta_anggaran(d, progs, tot)
    d.B()
    d.P("Selain itu, Penerimaan Negara Bukan Pajak berupa sewa aula kantor sebesar Rp 2.750.000 telah "
        "disetor ke kas negara dan tidak termasuk dalam realisasi belanja di atas.")
    bagian(d, "C. Data Pemilih Pemilu 2019 sebagai Dasar Pemutakhiran Berkelanjutan")
    d.P("Pemutakhiran data pemilih berkelanjutan tahun 2021 berpijak pada Daftar Pemilih Tetap Pemilu "
        "2019 yang ditetapkan per kecamatan sebagai berikut.")
    kec = kec_corpus("dev6", "lkj-kabupaten-kupang-2019", "5301", "pemilu", 2019)
    head = ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
    d.R(*head)
    kec_tabel(d, "pemilu", 2019, kec, kec_sel(True), kec_total("JUMLAH"), patah(d, 12, lambda d: (
        d.L("", "Scanned with CamScanner"), d.FF(), d.L("Tabel 3.3 (lanjutan)", ""), d.R(*head))))
    d.B()

    def scan(d):
        out = []
        for ln in d.lines:
            if ln == "\f" and (not out or out[-1] != "Scanned with CamScanner"):
                out += ["", "Scanned with CamScanner"]
            out.append(ocr(ln))
        d.lines = out
    selesai(d, c, lampiran=scan)


def halves(d, caption, left_head, right_head, rows):
    """A landscape table cut in two: the left half (row number and the left cells) on this page,
    the right half (row number and the rest) on the next, as a portrait print of it gives it."""
    d.L(caption + " (bagian kiri)", "")
    d.R(*left_head)
    for no, left, _ in rows:
        d.R(no, *left)
    d.L("", "bersambung ke halaman berikut ...")
    d.FF()
    d.L(caption + " (bagian kanan, sambungan)", "")
    d.R(*right_head)
    for no, _, right in rows:
        d.R(no, *right)
    d.B()


def tts_2020():
    """TTS 2020: capaian and budget tables cut into a left and a right half on two pages."""
    c, d = mulai("lkj-tts-2020", "5302", 2020, 96, "Timor Tengah Selatan",
             ["LAPORAN KINERJA INSTANSI PEMERINTAH", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN",
              "TAHUN 2020", "", "SoE, Januari 2021"],
             ("SoE", "29 Januari 2021", "Melkianus Tanaem, S.Sos.", "19710303 199703 1 006"))
    rows = [("kompetensi", 75.0, 78.64, "naik"), ("sarana", 85.0, 88.21, "naik"),
            ("lap_keu", 4.0, 4.0, "naik"), ("simonika", 100.0, 91.67, "naik"),
            ("arsip", 70.0, 73.18, "naik"), ("gaji", 100.0, 100.0, "naik")]
    tab = []
    for i, (k, t, r, a) in enumerate(rows, 1):
        sat = "Laporan" if k == "lap_keu" else "%"
        tt, rt, cc = (str(int(t)), str(int(r)), id_dec(capai(t, r, a))) if k == "lap_keu" else \
            (id_dec(t), id_dec(r), id_dec(capai(t, r, a)))
        num_fact(d, k, t, r, a, satuan="laporan" if k == "lap_keu" else "persen", tt=tt, rt=rt, cell=cc)
        sas = "Meningkatnya kualitas pelayanan administrasi" if i <= 3 else "Meningkatnya tata kelola kesekretariatan"
        tab.append((i, (sas, IND[k], sat), (tt, rt, cc, "Tercapai" if capai(t, r, a) >= 100 else "Tidak tercapai")))
    tab.append((7, ("Meningkatnya tata kelola kesekretariatan", IND["opini"], "Opini"), ("WTP", "WTP", "100,00", "Tercapai")))
    grade_fact(d, "opini", "WTP", "WTP", "100,00")
    halves(d, "Tabel 3.1 Capaian Kinerja Tahun 2020", ("No", "Sasaran Strategis", "Indikator Kinerja", "Satuan"),
           ("No", "Target", "Realisasi", "Capaian (%)", "Keterangan"), tab)
    bahas(d, c, ["simonika"])
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    sakip_prosa(d, 2019, lambda s19: (
        f"Evaluasi atas implementasi SAKIP Tahun 2019 yang dilaksanakan oleh Inspektorat KPU pada tahun 2020 "
        f"memberikan nilai {id_dec(s19)} (predikat {predikat(s19)}), dengan rincian per komponen sebagai berikut."))
    komp_tabel(d, 2019, ("No", "Komponen", "Bobot", "Nilai"), lambda i, nm, b, v: [i, nm, id_dec(b), id_dec(v)],
               lambda s: ["", "Nilai Akuntabilitas Kinerja", "100,00", id_dec(s)])
    bagian(d, "C. Realisasi Anggaran")
    progs, tot = total_or("5302", 2020, "tt20", {"3355": 1.0, "3358": 0.4, "3360": 1.6}, {"6640": 0.5, "6709": 0.4})
    b = []
    n = 0
    for prog, ks2, p, x in progs:
        for k, kp, kx, nm in [(prog, p, x, PROG[prog])] + [(k, kp, kx, KEG[k]) for k, kp, kx in ks2]:
            n += 1
            b.append((n, (k, nm, id_int(kp)), (id_int(kx), id_int(kp - kx), id_dec(serapan(kp, kx)))))
    b.append(("", ("", "JUMLAH", id_int(tot[0])), (id_int(tot[1]), id_int(tot[0] - tot[1]), id_dec(serapan(*tot)))))
    fakta_anggaran(d, progs, tot)
    halves(d, "Tabel 3.3 Realisasi Anggaran Tahun 2020", ("No", "Kode", "Program/Kegiatan", "Pagu (Rp)"),
           ("No", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"), b)
    p19, r19 = total_of_known("5302", 2019)
    d.P(f"Sebagai pembanding, pada Tahun Anggaran 2019 yang merupakan tahun penyelenggaraan Pemilu, pagu "
        f"sebesar Rp {id_int(p19)} terealisasi Rp {id_int(r19)} atau {id_dec(serapan(p19, r19))}%.")
    d.ang("TOTAL", "total", "", p19, r19, serapan(p19, r19), tahun=2019)
    bagian(d, "D. Daftar Pemilih Tetap Pemilu 2019")
    d.P("Daftar Pemilih Tetap Pemilu 2019 per kecamatan menjadi dasar pemutakhiran data pemilih berkelanjutan "
        "yang dimulai pada tahun 2020.")
    kec = kec_corpus("dev", "lakip-tts-2019", "5302", "pemilu", 2019)
    kec_tabel(d, "pemilu", 2019, kec, lambda i, n, de, t, lk, pr: (i, (n.upper(), de, t), (id_int(lk), id_int(pr), id_int(lk + pr))),
              lambda de, t, lk, pr: ("", ("JUMLAH", de, t), (id_int(lk), id_int(pr), id_int(lk + pr))),
              lambda rows: halves(d, "Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ("No", "Kecamatan", "Desa/Kel", "TPS"),
                                  ("No", "Laki-laki", "Perempuan", "Jumlah"), rows))
    selesai(d, c)


def total_of_known(s, y):
    from common9 import total_of
    return total_of(s, y)


def ttu_2019():
    """TTU 2019 (flattened LAKIP): BAB III is a slide deck exported to text, one fact a bullet."""
    c, d = mulai("lakip-ttu-2019", "5303", 2019, 100, "Timor Tengah Utara",
             ["LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)", "KPU KABUPATEN TIMOR TENGAH UTARA",
              "TAHUN 2019", "Kefamenanu"],
             ("Kefamenanu", "30 Januari 2020", "Yoakim Bana, S.Pd.", "19730905 199803 1 009"), flat=True,
             bab3=("BAB III AKUNTABILITAS KINERJA", "", "Bahan paparan Sekretaris pada rapat evaluasi kinerja, 20 Januari 2020", ""), intro=1)
    rows = [("partisipasi", 77.5, 84.26, "naik"), ("perempuan", 77.5, 86.13, "naik"),
            ("disabilitas", 60.0, 57.35, "naik"), ("tidak_terdaftar", 3.0, 1.74, "turun"),
            ("jadwal", 100.0, 100.0, "naik"), ("sengketa", 100.0, 100.0, "naik")]
    slide = [0]

    def judul(t):
        slide[0] += 1
        d.L("", f"Slide {slide[0]}", t, "")
    judul("CAPAIAN KINERJA 2019")
    for k, t, r, a in rows:
        v = num_fact(d, k, t, r, a, tt=f"{id_dec(t)}%", rt=f"{id_dec(r)}%", cell=f"{id_dec(capai(t, r, a))}%")
        d.L(f"• {IND[k]}: target {id_dec(t)}%, realisasi {id_dec(r)}%, capaian {id_dec(v)}%")
    d.L(f"• {IND['opini']}: target WTP, realisasi WTP, capaian 100%")
    grade_fact(d, "opini", "WTP", "WTP", "100%")
    d.L("Catatan pembicara: partisipasi naik dibanding Pemilu 2014; disabilitas masih di bawah target.", "")
    d.PP(analisis(c, IND["disabilitas"].lower()), 100)
    judul("ANGGARAN 2019")
    progs, tot = total_or("5303", 2019, "tu19", {"3355": 1.0, "3360": 1.2}, {"6639": 3.0, "6867": 4.0, "6872": 6.0})
    pil = {1: lambda k, nm: f"• {nm} ({k})", 2: lambda k, nm: f"   – Kegiatan {k} {nm}",
           0: lambda k, nm: "• Anggaran 2019 (DIPA)"}
    baris = rincian(progs, tot, lambda k, nm, p, x, pos: [
        f"{pil[len(pos)](k, nm)}: pagu Rp {id_int(p)}; realisasi Rp {id_int(x)} ({id_dec(serapan(p, x))}%)"])
    d.L(baris[-1], *baris[:-1])
    fakta_anggaran(d, progs, tot)
    d.L("Catatan pembicara: sisa anggaran terbesar pada honorarium badan adhoc yang tidak terpakai.", "")
    judul("EVALUASI SAKIP 2018 (diterima 2019)")
    s18 = skor("5303", 2018)
    ks = komponen("5303", 2018)
    d.L(f"• Nilai akhir: {id_dec(s18)} — predikat {predikat(s18)}")
    for k, (b, v) in ks.items():
        d.L(f"• {KOMP_ID[k]} (bobot {b}): {id_dec(v)}")
    d.sakip("5303", 2018, s18)
    d.komp(2018, ks)
    judul("DAFTAR PEMILIH TETAP PEMILU 2019")
    v = dpt_of("5303", "pemilu", 2019)
    d.L(f"• Pemilih laki-laki: {id_int(v[1])}", f"• Pemilih perempuan: {id_int(v[2])}",
        f"• Jumlah pemilih (L+P): {id_int(v[3])}", f"• Jumlah TPS: {id_int(v[0])}", "")
    judul("DPT PEMILU 2019 PER KECAMATAN (24 kecamatan)")
    src = kec_corpus("dev2", "lkjip-ttu-2020", "5303", "pilkada", 2020)
    kec = kec_bagi("tu19", [k[0] for k in src], None, *v[:3])
    for n, _, t, lk, pr in kec:
        d.L(f"• {n}: {t} TPS; L {id_int(lk)}; P {id_int(pr)}; L+P {id_int(lk + pr)}")
    dpt_rows(d, "pemilu", 2019, kec, None, tidak=["jumlah_desa"])
    d.P("Catatan pembicara: jumlah DPS hasil rekapitulasi PPS sempat tercatat 171.902 pemilih sebelum "
        "perbaikan, sedangkan DPTb dan DPK dicatat terpisah pada formulir Model A.", 100)
    selesai(d, c)


def belu_2021():
    """Belu 2021: capaian and budget tables with two-level headers, the years merged over pairs."""
    c, d = mulai("lkj-belu-2021", "5304", 2021, 94, "Belu",
             ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN BELU", "TAHUN ANGGARAN", "2021"],
             ("Atambua", "26 Januari 2022", "Agustinus Bau Mali, S.E.", "19780118 200502 1 003"),
             thn="Tahun Anggaran 2021")
    rows = [("kompetensi", (75.0, 76.42), (80.0, 82.17), "naik"), ("sarana", (85.0, 86.9), (90.0, 91.38), "naik"),
            ("pemutakhiran", (100.0, 100.0), (100.0, 100.0), "naik"), ("simonika", (90.0, 87.5), (95.0, 93.75), "naik"),
            ("arsip", (70.0, 72.6), (75.0, 78.34), "naik"), ("gaji", (100.0, 100.0), (100.0, 100.0), "naik")]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2020 dan 2021", "")
    d.R("No", "Indikator Kinerja", "Satuan", "Tahun 2020", "", "Tahun 2021", "", "")
    d.R("", "", "", "Target", "Realisasi", "Target", "Realisasi", "Capaian (%)")
    for i, (k, (t0, r0), (t, r), a) in enumerate(rows, 1):
        num_fact(d, k, t, r, a)
        d.R(i, IND[k], "%", id_dec(t0), id_dec(r0), id_dec(t), id_dec(r), id_dec(capai(t, r, a)))
        d.seri(IND[k], 2020, "target", id_dec(t0), t0, "persen")
        d.seri(IND[k], 2020, "realisasi", id_dec(r0), r0, "persen")
    d.R(7, IND["opini"], "Opini", "WTP", "WTP", "WTP", "WTP", "100,00")
    grade_fact(d, "opini", "WTP", "WTP", "100,00")
    d.seri(IND["opini"], 2020, "target", "WTP", None, "opini")
    d.seri(IND["opini"], 2020, "realisasi", "WTP", None, "opini")
    d.L("Sumber: Perjanjian Kinerja dan Laporan Kinerja Tahun 2020", "")
    bahas(d, c, ["simonika", "sarana"])
    d.L("B. Akuntabilitas Kinerja (SAKIP)", "")
    d.P("Nilai evaluasi SAKIP dua tahun terakhir beserta komponennya disajikan dalam tabel berikut; "
        "kolom tahun menunjukkan tahun kinerja yang dievaluasi.")
    d.R("Tahun yang Dinilai", "Perencanaan (30)", "Pengukuran (30)", "Pelaporan (15)", "Evaluasi Internal (25)", "Nilai", "Predikat")
    for y in (2019, 2020):
        s, ks = skor("5304", y), komponen("5304", y)
        d.R(y, *[id_dec(v) for _, v in ks.values()], id_dec(s), predikat(s))
        d.sakip("5304", y, s)
        d.komp(y, ks)
    d.B()
    bagian(d, "C. Realisasi Anggaran")
    wa, cq = {"3355": 1.0, "3358": 0.45, "3360": 1.5}, {"6640": 0.5, "6709": 0.35}
    p20, t20 = total_or("5304", 2020, "be20", wa, cq)
    p21, t21 = total_or("5304", 2021, "be21", wa, cq)
    d.L("Tabel 3.3 Perbandingan Realisasi Anggaran TA 2020 dan TA 2021 (Rp)", "")
    d.R("Kode", "Program/Kegiatan", "TA 2020", "", "TA 2021", "", "")
    d.R("", "", "Pagu", "Realisasi", "Pagu", "Realisasi", "Serapan (%)")
    for (prog, ks0, a0, b0), (_, ks1, a1, b1) in zip(p20, p21):
        d.R(prog, PROG[prog], id_int(a0), id_int(b0), id_int(a1), id_int(b1), id_dec(serapan(a1, b1)))
        for (k, x0, y0), (_, x1, y1) in zip(ks0, ks1):
            d.R(k, KEG[k], id_int(x0), id_int(y0), id_int(x1), id_int(y1), id_dec(serapan(x1, y1)))
    d.R("", "Jumlah", id_int(t20[0]), id_int(t20[1]), id_int(t21[0]), id_int(t21[1]), id_dec(serapan(*t21)))
    fakta_anggaran(d, p21, t21)
    fakta_anggaran(d, p20, t20, lapor=False, tahun=2020)
    d.B()
    d.P("Belanja menurut jenisnya terdiri atas belanja pegawai, belanja barang dan belanja modal; rinciannya "
        "tercantum dalam Laporan Keuangan dan tidak diulang di sini.")
    selesai(d, c)


def flores_timur_2020():
    """Flores Timur 2020: capaian and budget grouped per sasaran with subtotals and a grand total."""
    c, d = mulai("lkj-flores-timur-2020", "5306", 2020, 97, "Flores Timur",
             ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN FLORES TIMUR", "TAHUN 2020", "", "Larantuka"],
             ("Larantuka", "25 Januari 2021", "Paulus Kia Hurint, S.H.", "19770707 200604 1 011"))
    groups = [("Sasaran 1: Meningkatnya kualitas sumber daya dan sarana kesekretariatan",
               [("kompetensi", 75.0, 79.36, "naik"), ("sarana", 85.0, 83.12, "naik")]),
              ("Sasaran 2: Meningkatnya akuntabilitas pengelolaan keuangan",
               [("simonika", 100.0, 95.83, "naik"), ("gaji", 100.0, 100.0, "naik"), ("arsip", 70.0, 74.21, "naik")])]
    awal = len(d.lines)
    d.L("Tabel 3.1 Capaian Kinerja per Sasaran Tahun 2020", "")
    d.R("No", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)")
    n = 0
    for head, rows in groups:
        d.L(head)
        cs = []
        for k, tt, rt, cc in capaian_rows(d, rows):
            n += 1
            d.R(n, IND[k], tt, rt, cc)
            cs.append(capai(*[x for x in rows if x[0] == k][0][1:]))
        avg = sum(cs) / len(cs)
        d.R("", "Rata-rata capaian sasaran", "", "", id_dec(round(avg, 2)))
    d.L("Sumber: diolah dari laporan subbagian", "")
    bahas(d, c, ["sarana", "simonika"])
    s18, s19 = skor("5306", 2018), skor("5306", 2019)
    d.P(f"Hasil evaluasi SAKIP menunjukkan kemajuan: kinerja tahun 2018 dinilai {id_dec(s18)} ({predikat(s18)}), "
        f"sedangkan kinerja tahun 2019 yang dievaluasi pada tahun 2020 memperoleh nilai {id_dec(s19)} "
        f"dengan predikat {predikat(s19)}.")
    d.sakip("5306", 2018, s18)
    d.sakip("5306", 2019, s19)
    bagian(d, "B. Realisasi Anggaran per Sasaran")
    progs, tot = total_or("5306", 2020, "ft20", {"3355": 1.0, "3358": 0.4, "3360": 1.5}, {"6640": 0.45, "6709": 0.4, "6639": 0.3})
    keg = {k: (prog, kp, kx) for prog, ks, _, _ in progs for k, kp, kx in ks}
    d.P("Anggaran dikelompokkan menurut sasaran yang didukungnya; jumlah per sasaran bukan jumlah program.")
    d.R("Kode", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%")
    for i, ks in enumerate((("3355", "3360", "6640"), ("3358", "6709", "6639")), 1):
        d.L(groups[i - 1][0])
        for k in ks:
            prog, kp, kx = keg[k]
            d.R(f"{prog}.{k}", KEG[k], id_int(kp), id_int(kx), id_dec(serapan(kp, kx)))
        sp, sx = sum(keg[k][1] for k in ks), sum(keg[k][2] for k in ks)
        d.R("", f"Jumlah Sasaran {i}", id_int(sp), id_int(sx), id_dec(serapan(sp, sx)))
    d.R("", "JUMLAH TOTAL", id_int(tot[0]), id_int(tot[1]), id_dec(serapan(*tot)))
    d.ang("TOTAL", "total", "", tot[0], tot[1], serapan(*tot))
    for k, (prog, kp, kx) in keg.items():
        d.ang(k, "kegiatan", prog, kp, kx, serapan(kp, kx))
    d.B()
    bungkus(d, awal, 46)  # a narrow name column: long names run on to a row of their own
    bagian(d, "C. Daftar Pemilih Tetap Pemilu 2019")
    d.P("Data pemilih Pemilu 2019 per kecamatan menjadi acuan pemutakhiran data pemilih berkelanjutan.")
    kec = kec_corpus("dev2", "lkj-flores-timur-2021", "5306", "pemilu", 2019)
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")
    kec_tabel(d, "pemilu", 2019, kec, kec_sel(), kec_total("Jumlah Kabupaten"))
    d.B()
    selesai(d, c)


def ngada_2023():
    """Ngada 2023: amounts written out in words beside the figures; targets only in the PK table."""
    rows = [("kompetensi", 80.0, 84.16, "naik"), ("sarana", 90.0, 93.27, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("logistik", 100.0, 97.64, "naik"),
            ("tidak_terdaftar", 2.5, 1.37, "turun"), ("simonika", 100.0, 100.0, "naik")]

    def pk(d):
        d.L("Tabel 2.1 Perjanjian Kinerja Tahun 2023", "")
        d.R("No", "Indikator Kinerja", "Target")
        for i, (k, t, _, _) in enumerate(rows, 1):
            d.R(i, IND[k], f"{id_dec(t)}%")
        d.R(7, IND["akip"], "BB")
        d.B()
    c, d = mulai("lkj-ngada-2023", "5309", 2023, 93, "Ngada",
             ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "TAHUN 2023", "", "Bajawa"],
             ("Bajawa", "31 Januari 2024", "Kristoforus Wea, S.Fil.", "19800214 200801 1 005"), lalu=pk)
    d.L("Tabel 3.1 Realisasi dan Capaian Kinerja Tahun 2023", "")
    d.R("No", "Indikator Kinerja", "Realisasi", "Capaian (%)")
    for i, (k, t, r, a) in enumerate(rows, 1):
        num_fact(d, k, t, r, a, tt=f"{id_dec(t)}%", rt=f"{id_dec(r)}%")
        d.R(i, IND[k], f"{id_dec(r)}%", id_dec(capai(t, r, a)))
    s22 = skor("5309", 2022)
    d.R(7, IND["akip"], "B", "-")
    grade_fact(d, "akip", "BB", "B", "-")
    d.B()
    bahas(d, c, ["logistik"])
    d.P(f"Nilai evaluasi SAKIP atas kinerja tahun 2022 yang diterima pada tahun 2023 adalah {id_dec(s22)} "
        f"({terbilang_koma(s22)}) dengan predikat {predikat(s22)}, belum mencapai predikat BB yang "
        "ditargetkan. Rincian komponennya sebagai berikut.")
    d.sakip("5309", 2022, s22)
    s20, s21 = skor("5309", 2020), skor("5309", 2021)
    d.P(f"Dua tahun sebelumnya kinerja tahun 2020 dinilai {id_dec(s20)} ({terbilang_koma(s20)}) dan kinerja "
        f"tahun 2021 dinilai {id_dec(s21)} ({terbilang_koma(s21)}).")
    d.sakip("5309", 2020, s20)
    d.sakip("5309", 2021, s21)
    komp_tabel(d, 2022)
    rb_prosa(d, 2022, 0, lambda n, b, pc: f"Evaluasi Reformasi Birokrasi tahun 2022 memberikan nilai {id_dec(n)} dari "
             f"bobot {id_dec(b)} atau {id_dec(pc)} persen ({terbilang_koma(pc)} persen).")
    bagian(d, "B. Realisasi Anggaran")
    progs, tot = total_or("5309", 2023, "ng23", {"3355": 1.0, "3358": 0.5, "3360": 1.6}, {"6639": 2.0, "6867": 3.1, "6709": 1.2})
    d.P(f"Pagu anggaran Tahun 2023 sebesar Rp{id_int(tot[0])},00 ({terbilang(tot[0])} rupiah) "
        f"terealisasi sebesar Rp{id_int(tot[1])},00 ({terbilang(tot[1])} rupiah) atau "
        f"{id_dec(serapan(*tot))}%.")
    d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)")
    rp = sel_rp()
    for r in rincian(progs, tot, lambda k, nm, p, x, pos: rp(k, nm, p, x, pos) + (
            [["", f"(terbilang: {terbilang(p)} rupiah / {terbilang(x)} rupiah)", "", "", ""]] if len(pos) == 1 else [])):
        d.R(*r)
    fakta_anggaran(d, progs, tot)
    d.B()
    p22, r22 = total_of_known("5309", 2022)
    d.P(f"Pada tahun 2022 pagu sebesar Rp{id_int(p22)},00 ({terbilang(p22)} rupiah) terealisasi "
        f"Rp{id_int(r22)},00 ({terbilang(r22)} rupiah) atau {id_dec(serapan(p22, r22))}%.")
    d.ang("TOTAL", "total", "", p22, r22, serapan(p22, r22), tahun=2022)
    d.P("Nilai Barang Milik Negara per 31 Desember 2023 tercatat sebesar Rp1.874.306.500,00 (satu miliar "
        "delapan ratus tujuh puluh empat juta tiga ratus enam ribu lima ratus rupiah), yang bukan merupakan "
        "realisasi anggaran.")
    v = dpt_of("5309", "pemilu", 2024)
    d.L("C. Daftar Pemilih Tetap Pemilu 2024", "")
    d.P(f"Rapat pleno terbuka tanggal 21 Juni 2023 menetapkan Daftar Pemilih Tetap Pemilu 2024 Kabupaten "
        f"Ngada sebanyak {id_int(v[3])} ({terbilang(v[3])}) pemilih, terdiri atas {id_int(v[1])} "
        f"({terbilang(v[1])}) pemilih laki-laki dan {id_int(v[2])} ({terbilang(v[2])}) pemilih perempuan, "
        f"pada {id_int(v[0])} ({terbilang(v[0])}) TPS.")
    d.dpt("pemilu", 2024, "kabupaten", wil("5309"), None, *v[:3], tidak=["jumlah_desa"])
    w = dpt_of("5309", "pemilu", 2019)
    d.P(f"Sebagai pembanding, DPT Pemilu 2019 berjumlah {id_int(w[3])} ({terbilang(w[3])}) pemilih: "
        f"{id_int(w[1])} laki-laki dan {id_int(w[2])} perempuan pada {id_int(w[0])} TPS.")
    d.dpt("pemilu", 2019, "kabupaten", wil("5309"), None, *w[:3], tidak=["jumlah_desa"])
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2021, tts_2020, ttu_2019, belu_2021, flores_timur_2020, ngada_2023)
