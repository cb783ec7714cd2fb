#!/usr/bin/env python3
# dev10/ documents 7-12: Alor 2023 (targets and realisasi in separate tables, one column per
# triwulan), Rote Ndao 2023 (footnotes that state a table's unit; wrapped rows; a cut-off
# total), Sikka 2024 (the capaian and budget tables printed twice, rounded in the Ikhtisar and
# exact in BAB III), Manggarai Barat 2019 (tables sorted by a value: the all-satker SAKIP table
# by score, kegiatan by realisasi, kecamatan by voters), Sumba Tengah 2023 (a Tanya Jawab
# chapter), Malaka 2024 (Pemilu and Pilkada DPT side by side in one table).
# Run from etl/eval/testdata/blind/:   python3 dev10/author10b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common10 import (bagian, bahas, budget_rows, cap_baris, capai, cetak, dok, dpt_of, dpt_rows,  # noqa: E402
                      fakta_anggaran, grade_cell, grade_fact, id_dec, id_int, IND, kec_bagi, kec_baris, kec_corpus,
                      kec_ikut, KEG, KOMP_ID, komponen, NAMA, ORDER, predikat, PROG, rb_of, rb_prosa, sakip_prosa,
                      sakip_rb, selesai, serapan, skor, tabel_capaian, total_or, wil)
from author10a import total_of_known  # noqa: E402
from lib import tulis  # noqa: E402
import common8  # noqa: E402  (bungkus: a name cell run on to a row of its own)


def komp_rows(d, y):
    """The satker's components of tahun_dinilai y as TAB rows (Komponen, Bobot, Nilai) and the
    total, declared."""
    ks = komponen(d.satker, y)
    d.R("No", "Komponen", "Bobot", "Nilai")
    for i, (k, (b, v)) in enumerate(ks.items(), 1):
        d.R(i, KOMP_ID[k], id_dec(b), id_dec(v))
    d.R("", "Nilai Akhir", "100,00", id_dec(skor(d.satker, y)))
    d.komp(y, ks)
    d.B()


def alor_2023():
    """Alor 2023: targets per triwulan in one table, realisasi per triwulan in another."""
    c, d = dok("lkjip-alor-2023", 96, "Alor", "Kalabahi|29 Januari 2024|Imanuel Mautuka, S.H.|19720519 199803 1 007",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "SEKRETARIAT KPU KABUPATEN ALOR", "TAHUN 2023", "",
                "Kalabahi, Januari 2024"])
    # (key, [target TW I..IV], [realisasi TW I..IV], arah): TW IV is the year's (cumulative) value
    rows = [("kompetensi", [20.0, 45.0, 65.0, 85.0], [22.5, 47.1, 66.4, 87.18], "naik"),
            ("sarana", [90.0, 90.0, 90.0, 90.0], [86.3, 88.9, 90.4, 91.27], "naik"),
            ("pemutakhiran", [100.0] * 4, [100.0] * 4, "naik"),
            ("simonika", [100.0] * 4, [91.67, 95.83, 94.44, 95.83], "naik"),
            ("tidak_terdaftar", [2.0] * 4, [2.41, 2.17, 1.96, 1.83], "turun")]
    d.P("Target kinerja tahun 2023 ditetapkan secara kumulatif per triwulan dalam Rencana Aksi; target triwulan IV "
        "merupakan target tahunan sebagaimana Perjanjian Kinerja.")
    d.L("Tabel 3.1 Target Kinerja per Triwulan Tahun 2023", "")
    d.R("No", "Indikator Kinerja", "TW I", "TW II", "TW III", "TW IV")
    for i, (k, ts, _, _) in enumerate(rows, 1):
        d.R(i, IND[k], *[id_dec(t) for t in ts])
    d.R(6, IND["akip"], "-", "-", "-", "BB")
    d.B()
    d.P("Realisasi per triwulan diukur secara kumulatif; capaian tahunan membandingkan realisasi triwulan IV dengan "
        "target triwulan IV.")
    d.L("Tabel 3.2 Realisasi Kinerja per Triwulan Tahun 2023", "")
    d.R("No", "Indikator Kinerja", "TW I", "TW II", "TW III", "TW IV", "Capaian Tahunan (%)")
    for i, (k, ts, rs, a) in enumerate(rows, 1):
        cc = id_dec(capai(ts[3], rs[3], a))
        d.R(i, IND[k], *[id_dec(r) for r in rs], cc)
        d.capaian(IND[k], id_dec(ts[3]), ts[3], id_dec(rs[3]), rs[3], "persen", cc, arah=a)
    s22 = skor("5305", 2022)
    akip = predikat(s22)
    d.R(6, IND["akip"], "-", "-", "-", akip, grade_cell("BB", akip))
    grade_fact(d, "akip", "BB", akip, grade_cell("BB", akip))
    d.B()
    bahas(d, c, ["tidak_terdaftar"])
    d.L("B. Hasil Evaluasi SAKIP", "")
    d.P(f"Hasil Evaluasi AKIP Tahun 2022 yang diterima pada bulan Oktober 2023 adalah {akip} ({id_dec(s22)}). "
        "Nilai per komponen:")
    d.sakip("5305", 2022, s22)
    komp_rows(d, 2022)
    bagian(d, "C. Realisasi Anggaran")
    progs, tot = total_or("5305", 2023, "u8al23", {"3355": 1.0, "3358": 0.5, "3360": 1.6},
                          {"6639": 2.2, "6640": 1.1, "6709": 0.9, "6867": 3.5})
    d.P("Realisasi anggaran Tahun 2023 per program dan kegiatan (rupiah):")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Serapan (%)")
    for r in budget_rows(progs, tot, lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), id_dec(serapan(p, x))], "Jumlah"):
        d.R(*r)
    fakta_anggaran(d, progs, tot)
    d.B()
    d.P("Perbandingan pagu dan realisasi Tahun Anggaran 2021 sampai dengan 2023:")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "Serapan (%)")
    for y in (2021, 2022, 2023):
        p, x = total_of_known("5305", y) if y < 2023 else tot
        d.R(y, id_int(p), id_int(x), id_dec(serapan(p, x)))
        if y < 2023:
            d.ang("TOTAL", "total", "", p, x, serapan(p, x), tahun=y)
    d.B()
    bagian(d, "D. Data Pemilih")
    d.P("Daftar Pemilih Sementara Pemilu 2024 yang diumumkan pada April 2023 berjumlah 156.102 pemilih. Sebagai "
        "pembanding, DPT Pemilu 2019 per kecamatan yang menjadi dasar pemutakhiran adalah sebagai berikut.")
    kec = kec_corpus("dev3", "lkjip-alor-2021", "5305", "pemilu", 2019)
    d.R("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "L", "P", "L+P")
    cetak(d, kec_baris(d, "pemilu", 2019, kec, "Kabupaten Alor"))
    d.B()
    selesai(d, c)


def rote_ndao_2023():
    """Rote Ndao 2023: the unit of each table only in a footnote under it; wrapped rows; the total's
    realisasi cut off."""
    c, d = dok("lkj-rote-ndao-2023", 92, "Rote Ndao", "Ba'a|23 Januari 2024|Yusak Ndun, S.Sos.|19740806 200112 1 002",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN ROTE NDAO", "", "Periode 1 Januari s.d. 31 Desember 2023",
               "", "Ba'a"])
    rows = [("kompetensi", 82.0, 86.47, "naik"), ("sarana", 90.0, 93.58, "naik"), ("pemutakhiran", 100.0, 100.0, "naik"),
            ("simonika", 100.0, 97.22, "naik"), ("logistik", 100.0, 100.0, "naik"), ("arsip", 80.0, 77.36, "naik")]
    start = len(d.lines)
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2023", "")
    d.R("No", "Indikator Kinerja", "Target¹⁾", "Capaian²⁾", "Realisasi¹⁾")
    cetak(d, cap_baris(d, rows, [("akip", "BB", predikat(skor("5314", 2022)))],
                       lambda i, ind, t, r, cc: [i, ind, t, cc, r]))
    common8.bungkus(d, start, 48)
    d.L("¹⁾ dalam persen (%), kecuali indikator nilai evaluasi akuntabilitas kinerja (predikat)",
        "²⁾ capaian dalam persen; indikator nilai evaluasi dibandingkan menurut peringkat predikat", "")
    bahas(d, c, ["arsip"])
    sakip_rb(d, 2022, 2022, lambda s22, nb: (
        f"Hasil evaluasi SAKIP atas tahun kinerja 2022 yang diterima pada tahun 2023 memberikan nilai {id_dec(s22)} "
        f"dengan predikat {predikat(s22)}. Adapun hasil evaluasi Reformasi Birokrasi tahun 2022 mencatat nilai "
        f"{id_dec(nb[0])} dari bobot {id_dec(nb[1])} atau {id_dec(nb[2])} persen."))
    bagian(d, "B. Realisasi Anggaran")
    progs, tot = total_or("5314", 2023, "u8rn23", {"3355": 1.0, "3358": 0.5, "3360": 1.5},
                          {"6639": 2.1, "6640": 1.2, "6709": 0.8, "6867": 3.1}, unit=1000, runit=1000)
    k = lambda v: id_int(v // 1000)
    d.P("Tabel 3.2 menyajikan pagu dan realisasi anggaran tahun 2023 per program dan kegiatan.")
    start = len(d.lines)
    d.L("Tabel 3.2 Realisasi Anggaran Tahun 2023", "")
    d.R("Kode", "Program / Kegiatan", "Pagu³⁾", "Realisasi³⁾", "Sisa³⁾", "Serapan (%)")
    rows_b = budget_rows(progs, tot, lambda kd, nm, p, x, lv: [kd, nm, k(p), k(x), k(p - x), id_dec(serapan(p, x))], "JUMLAH")
    rows_b[-1][3] = k(tot[1])[:-1]  # the printed total realisasi lost its last digit to a narrow column
    for r in rows_b:
        d.R(*r)
    common8.bungkus(d, start, 40)
    d.L("³⁾ dalam ribuan rupiah (Rp 000)", "Sumber: Aplikasi SAKTI, diolah", "")
    fakta_anggaran(d, progs, tot)
    d.P("Kolom realisasi baris JUMLAH terpotong pada cetakan aplikasi; nilainya sama dengan jumlah realisasi kedua "
        "program.")
    bagian(d, "C. Daftar Pemilih Tetap Pemilu 2024")
    ref = kec_corpus("dev4", "lakip-rote-ndao-2019", "5314", "pemilu", 2019)
    tps, lk, pr, _ = dpt_of("5314", "pemilu", 2024)
    kec = kec_bagi("u8rn24", [r[0] for r in ref], [r[1] for r in ref], tps, lk, pr)
    d.P("DPT Pemilu 2024 ditetapkan dalam rapat pleno terbuka pada 21 Juni 2023 dengan rincian per kecamatan:")
    head = ("No", "Kecamatan", "Desa/Kel⁴⁾", "TPS", "L", "P", "L+P")
    d.R(*head)
    desa = sum(r[1] for r in kec)
    for i, (n, de, t, a, b) in enumerate(kec, 1):
        d.R(i, n.upper(), de, t, id_int(a), id_int(b), id_int(a + b))
        if i == 6:
            d.L("", "LKj KPU Kabupaten Rote Ndao 2023 | 27", "\f", "Tabel 3.3 DPT Pemilu 2024 (lanjutan)")
            d.R(*head)
    d.R("", "JUMLAH", desa, tps, id_int(lk), id_int(pr), id_int(lk + pr))
    d.L("⁴⁾ jumlah desa dan kelurahan yang memiliki TPS", "")
    dpt_rows(d, "pemilu", 2024, kec, desa)
    selesai(d, c)


def sikka_2024():
    """Sikka 2024: capaian and budget printed twice, rounded in the Ikhtisar, exact in BAB III."""
    rows = [("partisipasi", 80.0, 83.47, "naik"), ("perempuan", 80.0, 86.21, "naik"), ("jadwal", 100.0, 100.0, "naik"),
            ("logistik", 100.0, 99.38, "naik"), ("pelanggaran", 3.0, 2.14, "turun"), ("sengketa", 100.0, 100.0, "naik")]
    progs, tot = total_or("5307", 2024, "u8sk24", {"3355": 0.8, "3358": 0.4, "3360": 1.3},
                          {"6639": 3.2, "6640": 1.5, "6709": 1.2, "6867": 5.8, "6871": 2.4, "6872": 9.5})

    def ikhtisar(d):
        d.L("IKHTISAR EKSEKUTIF", "")
        d.P("Ringkasan capaian kinerja dan realisasi anggaran tahun 2024 (angka dibulatkan; rincian lengkap pada Bab III):")
        d.R("Indikator", "Target", "Realisasi", "Capaian")
        for k, t, r, a in rows:
            d.R(IND[k], f"{t:.1f}".replace(".", ","), f"{r:.1f}".replace(".", ","), f"{capai(t, r, a):.1f}".replace(".", ",") + "%")
        d.B()
        d.R("Program", "Pagu (Rp miliar)", "Realisasi (Rp miliar)", "Serapan")
        for prog, _, p, x in progs:
            d.R(PROG[prog], id_dec(p / 1e9), id_dec(x / 1e9), f"{serapan(p, x):.1f}".replace(".", ",") + "%")
        d.R("Jumlah", id_dec(tot[0] / 1e9), id_dec(tot[1] / 1e9), f"{serapan(*tot):.1f}".replace(".", ",") + "%")
        d.B()
        d.FF()
    c, d = dok("lkj-sikka-2024", 90, "Sikka", "Maumere|7 Februari 2025|Germanus Goa Lado, S.E.|19730422 200003 1 006",
               ["LAPORAN KINERJA", "KPU KABUPATEN SIKKA", "TAHUN 2024", "", "Maumere, Februari 2025"])
    # the Ikhtisar sits between the foreword and BAB I: insert it after the first page break following the foreword
    ff = [i for i, ln in enumerate(d.lines) if ln == "\f"][1]
    tail = d.lines[ff + 1:]
    d.lines = d.lines[:ff + 1]
    ikhtisar(d)
    d.lines += tail
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2024", "")
    d.R("No", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)")
    s23 = skor("5307", 2023)
    cetak(d, cap_baris(d, rows, [("akip", "BB", predikat(s23))], lambda i, ind, t, r, cc: [i, ind, t, r, cc]))
    d.B()
    d.P("Angka pada Ikhtisar Eksekutif dibulatkan satu desimal; yang berlaku adalah angka pada tabel ini.")
    bahas(d, c, ["partisipasi", "pelanggaran"])
    sakip_prosa(d, 2023, lambda s: f"Hasil evaluasi AKIP Tahun 2023 Sekretariat KPU Kabupaten Sikka adalah {id_dec(s)} ({predikat(s)}).")
    rb_prosa(d, 2024, 24.12, lambda n, b, pc: f"Evaluasi Reformasi Birokrasi tahun 2024 menghasilkan nilai {id_dec(n)} "
             f"dari bobot {id_dec(b)} ({id_dec(pc)}%).")
    bagian(d, "B. Realisasi Anggaran")
    d.P("Tabel 3.2 Realisasi Anggaran Tahun 2024 (dalam rupiah, angka lengkap):")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    for r in budget_rows(progs, tot, lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), id_int(p - x), id_dec(serapan(p, x))]):
        d.R(*r)
    fakta_anggaran(d, progs, tot)
    d.B()
    d.P("Dana hibah Pemerintah Kabupaten Sikka untuk Pemilihan Bupati dan Wakil Bupati 2024 berdasarkan NPHD sebesar "
        "Rp 31.500.000.000 dikelola dalam rekening tersendiri dan dilaporkan terpisah dari DIPA.")
    bagian(d, "C. Data Pemilih")
    kec = kec_corpus("dev4", "lkj-sikka-2023", "5307", "pemilu", 2024)
    d.P("DPT Pemilu 2024 (ditetapkan 2023) per kecamatan:")
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")
    cetak(d, kec_baris(d, "pemilu", 2024, kec, "Kabupaten Sikka"))
    d.B()
    d.P("Pada Pemilihan Serentak 27 November 2024, DPT Kabupaten Sikka ditetapkan sebanyak 244.838 pemilih "
        "(laki-laki 115.547, perempuan 129.291) pada 557 TPS.")
    d.dpt("pilkada", 2024, "kabupaten", wil("5307"), None, 557, 115547, 129291, tidak=["jumlah_desa"])
    selesai(d, c)


SINGKAT = {"53": "KPU Provinsi NTT", "5371": "KPU Kota Kupang"}


def manggarai_barat_2019():
    """Manggarai Barat 2019: every table sorted by a value, not by name or code."""
    c, d = dok("lkj-manggarai-barat-2019", 98, "Manggarai Barat", "Labuan Bajo|31 Januari 2020|Fransiskus Sales Ngambut, S.Pd.|19710926 199512 1 003",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2019", "", "Labuan Bajo"])
    rows = [("partisipasi", 77.5, 83.06, "naik"), ("jadwal", 100.0, 100.0, "naik"), ("pemutakhiran", 100.0, 100.0, "naik"),
            ("logistik", 100.0, 97.52, "naik"), ("kompetensi", 75.0, 78.29, "naik")]
    tabel_capaian(d, "Tabel 3.1 Capaian Indikator Kinerja Tahun 2019", ("Indikator Kinerja", "Capaian (%)", "Target (%)",
                  "Realisasi (%)"), rows, [("opini", "WTP", "WTP")], lambda i, ind, t, r, cc: [ind, cc, t, r])
    d.B()
    bahas(d, c, ["logistik"])
    d.L("B. Evaluasi SAKIP Tahun Kinerja 2018", "")
    d.P("Hasil evaluasi SAKIP atas tahun kinerja 2018 untuk KPU Provinsi Nusa Tenggara Timur dan 22 KPU "
        "Kabupaten/Kota, diurutkan dari nilai tertinggi:")
    d.R("No", "Satuan Kerja", "Nilai", "Predikat")
    sk = sorted(ORDER, key=lambda s: -skor(s, 2018))
    for i, s in enumerate(sk, 1):
        v = skor(s, 2018)
        nm = SINGKAT.get(s, f"KPU Kab. {NAMA[s]}")
        d.R(i, nm, id_dec(v), predikat(v))
        d.sakip(s, 2018, v)
    d.B()
    pos = sk.index("5315") + 1
    d.P(f"Sekretariat KPU Kabupaten Manggarai Barat berada pada urutan ke-{pos} dari 23 satuan kerja.")
    bagian(d, "C. Realisasi Anggaran")
    progs, tot = total_or("5315", 2019, "u8mb19", {"3355": 0.8, "3358": 0.4, "3360": 1.3},
                          {"6639": 1.5, "6640": 0.8, "6709": 0.7, "6871": 1.2, "6872": 2.8})
    d.P("Realisasi anggaran Tahun 2019 per kegiatan, diurutkan menurut besarnya realisasi (rupiah):")
    d.R("Program", "Kode", "Kegiatan", "Pagu", "Realisasi", "%")
    keg = [(prog, k, kp, kx) for prog, ks, _, _ in progs for k, kp, kx in ks]
    for prog, k, kp, kx in sorted(keg, key=lambda r: -r[3]):
        d.R(prog.split(".")[-1], k, KEG[k], id_int(kp), id_int(kx), id_dec(serapan(kp, kx)))
    d.B()
    d.P("Rekapitulasi per program:")
    d.R("Kode", "Program", "Pagu", "Realisasi", "%")
    for prog, _, p, x in sorted(progs, key=lambda r: -r[3]):
        d.R(prog, PROG[prog], id_int(p), id_int(x), id_dec(serapan(p, x)))
    d.R("", "Total", id_int(tot[0]), id_int(tot[1]), id_dec(serapan(*tot)))
    fakta_anggaran(d, progs, tot)
    d.B()
    bagian(d, "D. Daftar Pemilih Tetap Pemilu 2019")
    ref = kec_corpus("dev5", "lkj-manggarai-barat-2021", "5315", "pilkada", 2020)
    tps, lk, pr, _ = dpt_of("5315", "pemilu", 2019)
    kec = kec_bagi("u8mb19", [r[0] for r in ref], [r[1] for r in ref], tps, lk, pr)
    d.P("DPT Pemilu 2019 hasil perbaikan tahap II per kecamatan, diurutkan dari jumlah pemilih terbanyak:")
    d.R("Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
    for n, de, t, a, b in sorted(kec, key=lambda r: -(r[3] + r[4])):
        d.R(n.upper(), de, t, id_int(a), id_int(b), id_int(a + b))
    desa = sum(r[1] for r in kec)
    d.R("Total Kab. Manggarai Barat", desa, tps, id_int(lk), id_int(pr), id_int(lk + pr))
    dpt_rows(d, "pemilu", 2019, kec, desa)
    d.B()
    selesai(d, c)


def sumba_tengah_2023():
    """Sumba Tengah 2023: a Tanya Jawab chapter answers the budget, SAKIP, RB and DPT questions."""
    c, d = dok("lkj-sumba-tengah-2023", 88, "Sumba Tengah", "Waibakul|26 Januari 2024|Daniel Umbu Kaledi, S.H.|19780917 200604 1 004",
               ["LAPORAN KINERJA (LKj)", "SEKRETARIAT KPU KABUPATEN SUMBA TENGAH", "", "Periode Januari - Desember 2023",
                "", "Waibakul"])
    rows = [("kompetensi", 82.0, 84.95, "naik"), ("sarana", 90.0, 92.63, "naik"), ("pemutakhiran", 100.0, 100.0, "naik"),
            ("simonika", 100.0, 98.61, "naik"), ("arsip", 80.0, 83.17, "naik")]
    tabel_capaian(d, "Tabel 3.1 Capaian Kinerja Tahun 2023", ("No", "Indikator Kinerja", "Target", "Capaian (%)", "Realisasi"),
                  rows, [("akip", "BB", predikat(skor("5317", 2022))), ("opini", "WTP", "WTP")],
                  lambda i, ind, t, r, cc: [i, ind, t, cc, r])
    d.B()
    seri = [(2020, 85.0, 86.12), (2021, 87.5, 88.04), (2022, 88.0, 91.37), (2023, 90.0, 92.63)]
    d.P("Tren indikator ketersediaan sarana dan prasarana kerja 2020-2023:")
    d.R("Tahun", "Target", "Realisasi")
    for y, t, r in seri:
        d.R(y, id_dec(t), id_dec(r))
        d.seri(IND["sarana"], y, "target", id_dec(t), t, "persen")
        d.seri(IND["sarana"], y, "realisasi", id_dec(r), r, "persen")
    d.B()
    bahas(d, c, ["sarana"])
    bagian(d, "B. Tanya Jawab Seputar Kinerja dan Anggaran 2023")
    d.P("Bagian ini disusun dalam bentuk tanya jawab untuk memudahkan masyarakat memahami kinerja Sekretariat KPU "
        "Kabupaten Sumba Tengah.")
    # the kegiatan table is in Rp juta with two decimals: amounts in whole tens of thousands
    progs, tot = total_or("5317", 2023, "u8stg23", {"3355": 0.1, "3358": 0.05, "3360": 0.15},
                          {"6639": 0.2, "6640": 0.1, "6709": 0.08, "6867": 0.26}, unit=10000, runit=10000)
    (wa, kw, pw, xw), (cq, kc, pc, xc) = progs
    d.L("Tanya: Berapa pagu dan realisasi anggaran Sekretariat KPU Kabupaten Sumba Tengah tahun 2023?")
    d.P(f"Jawab: Pagu DIPA tahun 2023 setelah revisi sebesar Rp {id_int(tot[0])} dengan realisasi Rp {id_int(tot[1])} "
        f"atau {id_dec(serapan(*tot))}%.")
    d.L("Tanya: Bagaimana rinciannya per program?")
    d.P(f"Jawab: {PROG[wa]} memperoleh pagu Rp {id_int(pw)} dan terealisasi Rp {id_int(xw)} ({id_dec(serapan(pw, xw))}%), "
        f"sedangkan {PROG[cq]} memperoleh pagu Rp {id_int(pc)} dan terealisasi Rp {id_int(xc)} ({id_dec(serapan(pc, xc))}%). "
        "Rincian per kegiatan ada pada tabel di bawah.")
    d.R("Kode", "Kegiatan", "Pagu (Rp juta)", "Realisasi (Rp juta)", "%")
    for prog, ks, _, _ in progs:
        for k, kp, kx in ks:
            d.R(f"{prog.split('.')[-1]}.{k}", KEG[k], id_dec(kp / 1e6), id_dec(kx / 1e6), id_dec(serapan(kp, kx)))
    d.B()
    fakta_anggaran(d, progs, tot)
    d.L("Tanya: Mengapa pagu tahun 2023 jauh lebih besar dari tahun sebelumnya?")
    d.P("Jawab: Karena tahun 2023 merupakan tahun persiapan Pemilu 2024, antara lain untuk pembentukan badan adhoc, "
        "pemutakhiran data pemilih dan sosialisasi. Revisi DIPA menambah pagu sebesar Rp 1.250.000.000 pada bulan Juli.")
    s = skor("5317", 2022)
    d.L("Tanya: Berapa nilai SAKIP terakhir?")
    d.P(f"Jawab: Hasil Evaluasi AKIP atas tahun kinerja 2022 adalah {predikat(s)} ({id_dec(s)}), dengan rincian "
        "komponen sebagai berikut.")
    d.sakip("5317", 2022, s)
    komp_rows(d, 2022)
    nb = rb_of("5317", 2023, 0)
    d.L("Tanya: Bagaimana hasil evaluasi Reformasi Birokrasi?")
    d.P(f"Jawab: Evaluasi Reformasi Birokrasi tahun 2023 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, "
        f"setara {id_dec(nb[2])}%.")
    d.rb(2023, *nb)
    tps, lk, pr, _ = dpt_of("5317", "pemilu", 2024)
    d.L("Tanya: Berapa jumlah pemilih Pemilu 2024 di Kabupaten Sumba Tengah?")
    d.P(f"Jawab: DPT Pemilu 2024 yang ditetapkan pada 22 Juni 2023 berjumlah {id_int(lk + pr)} pemilih, terdiri dari "
        f"{id_int(lk)} laki-laki dan {id_int(pr)} perempuan di {tps} TPS. Rinciannya per kecamatan:")
    kec = kec_corpus("dev5", "lkj-sumba-tengah-2024", "5317", "pemilu", 2024)
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
    cetak(d, kec_baris(d, "pemilu", 2024, kec, "JUMLAH"))
    d.B()
    d.L("Tanya: Apakah Daftar Pemilih Berkelanjutan sama dengan DPT?")
    d.P("Jawab: Tidak. DPB semester I 2023 berjumlah 57.104 pemilih dan hanya menjadi bahan penyusunan daftar pemilih; "
        "yang dipakai pada hari pemungutan suara adalah DPT.")
    selesai(d, c)


def malaka_2024():
    """Malaka 2024: one kecamatan table holding the Pemilu 2024 and the Pilkada 2024 DPT side by side."""
    c, d = dok("lkj-malaka-2024", 94, "Malaka", "Betun|30 Januari 2025|Agustinus Nahak Seran, S.IP.|19760828 200212 1 005",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN MALAKA", "TAHUN ANGGARAN 2024", "", "Betun"])
    rows = [("partisipasi", 82.0, 85.39, "naik"), ("perempuan", 82.0, 87.64, "naik"), ("jadwal", 100.0, 100.0, "naik"),
            ("logistik", 100.0, 100.0, "naik"), ("tidak_terdaftar", 1.5, 1.27, "turun")]
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2024", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
    s23 = skor("5321", 2023)
    cetak(d, cap_baris(d, rows, [("akip", "BB", predikat(s23))], lambda i, ind, t, r, cc: [i, ind, t, r, cc], pct="%"))
    d.B()
    bahas(d, c, ["partisipasi", "tidak_terdaftar"])
    nb = rb_of("5321", 2023, 0)
    d.P(f"Hasil evaluasi AKIP Tahun 2023 adalah {id_dec(s23)} dengan predikat {predikat(s23)}. Evaluasi Reformasi "
        f"Birokrasi tahun 2023 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    d.sakip("5321", 2023, s23)
    d.rb(2023, *nb)
    bagian(d, "B. Realisasi Anggaran")
    progs, tot = total_or("5321", 2024, "u8ml24", {"3355": 0.8, "3358": 0.4, "3360": 1.3},
                          {"6639": 3.0, "6640": 1.4, "6709": 1.1, "6871": 2.2, "6872": 8.6})
    awal = (int(tot[0] * 0.87) // 1000000) * 1000000
    d.P(f"DIPA induk Tahun Anggaran 2024 sebesar Rp {id_int(awal)} mengalami 4 kali revisi; revisi DIPA menambah pagu "
        f"sebesar Rp {id_int(tot[0] - awal)} sehingga pagu akhir menjadi Rp {id_int(tot[0])}. Realisasi per program dan "
        "kegiatan sebagai berikut.")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa")
    for r in budget_rows(progs, tot, lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), id_int(p - x)], "JUMLAH"):
        d.R(*r)
    fakta_anggaran(d, progs, tot, lapor=False)
    next(a for a in d.t["anggaran"] if a["kode"] == "TOTAL").update(pagu_awal=awal, revisi_dipa=4)
    d.B()
    d.P("Selain DIPA, Pemerintah Kabupaten Malaka memberikan hibah untuk Pemilihan Bupati dan Wakil Bupati 2024 "
        "sebesar Rp 27.850.000.000 dengan realisasi Rp 26.914.382.500; dana tersebut dipertanggungjawabkan tersendiri.")
    bagian(d, "C. Daftar Pemilih Tetap Pemilu dan Pemilihan 2024")
    pem = kec_corpus("dev3", "lkj-malaka-2023", "5321", "pemilu", 2024)
    pil = kec_ikut("u8ml24p", pem, 337, 72976, 76595)  # the real province report's Malaka row
    d.P("Tabel berikut menyandingkan DPT Pemilu 14 Februari 2024 dengan DPT Pemilihan 27 November 2024 per kecamatan.")
    d.R("", "", "", "DPT PEMILU 2024", "", "", "", "DPT PEMILIHAN 2024", "", "", "")
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "\u0420", "L+\u0420", "TPS", "L", "\u0420", "L+\u0420")
    desa = sum(r[1] for r in pem)
    for i, (a, b) in enumerate(zip(pem, pil), 1):
        d.R(i, a[0].upper(), a[1], a[2], id_int(a[3]), id_int(a[4]), id_int(a[3] + a[4]), b[2], id_int(b[3]), id_int(b[4]), id_int(b[3] + b[4]))
        if i == 8:
            d.L("", "Halaman 24", "\f")
            d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "\u0420", "L+\u0420", "TPS", "L", "\u0420", "L+\u0420")
    sm = lambda rs, f: sum(r[f] for r in rs)
    d.R("", "JUMLAH", desa, sm(pem, 2), id_int(sm(pem, 3)), id_int(sm(pem, 4)), id_int(sm(pem, 3) + sm(pem, 4)),
        sm(pil, 2), id_int(sm(pil, 3)), id_int(sm(pil, 4)), id_int(sm(pil, 3) + sm(pil, 4)))
    dpt_rows(d, "pemilu", 2024, pem, desa)
    dpt_rows(d, "pilkada", 2024, pil, desa)
    d.B()
    selesai(d, c)


if __name__ == "__main__":
    tulis(alor_2023, rote_ndao_2023, sikka_2024, manggarai_barat_2019, sumba_tengah_2023, malaka_2024)
