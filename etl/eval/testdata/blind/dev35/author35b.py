#!/usr/bin/env python3
# dev35/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev35/author35b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common35 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_bagan, r_balon, r_icicle, r_rute,  # noqa: E402
                      r_tulang, r_wafel, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_dpt_prosa, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def flotim_2019():
    """Flores Timur 2019: the Pemilu 2019 DPT as the waffle charts (diagram wafel) of the voters'
    infographic, one waffle a kecamatan; other tables plain TAB."""
    c, d = dok("lakip-flores-timur-2019", "Flores Timur", "Larantuka|29 Januari 2020|Yosef Kelen Muda, S.E.|19790214 200604 1 008",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN 2019"], W=95)
    R = r_wafel("Diagram Wafel Pemilih Laki-laki dan Perempuan Pemilu 2019")
    rows = cap_lama("5306", 2019, baris("partisipasi 77.5 81.9, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u35ft19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre=(
        "Infografis pemilih yang dipasang di kantor dan dibagikan kepada PPK menyajikan DPT Pemilu 2019 setiap "
        "kecamatan sebagai diagram wafel: seratus kotak, setiap kotak satu persen pemilih, kotak hitam untuk "
        "laki-laki dan kotak putih untuk perempuan. Teks infografis itu diketik ulang berikut."))
    selesai(d, c)


def manggarai_2021():
    """Manggarai 2021: the SAKIP 2020 evaluation as the icicle chart (diagram icicle) of the evaluation
    summary; other tables plain TAB."""
    c, d = dok("lkj-manggarai-2021", "Manggarai", "Ruteng|28 Januari 2022|Fransiskus Jehalu, S.Sos.|19791021 200604 1 007",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN 2021"], W=96)
    R = r_icicle("Diagram Icicle Hasil Evaluasi AKIP Tahun 2020")
    rows = cap_lama("5310", 2021, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020, pre=(
        "Hasil evaluasi AKIP tahun 2020 dari Inspektorat Utama KPU dirangkum oleh Subbagian Perencanaan dalam "
        "diagram icicle: blok teratas memuat nilai akhir, blok di bawahnya satu komponen, lebarnya sebanding "
        "dengan bobot. Teks diagram itu diketik ulang berikut."))
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.1)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u35mg21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH", pre="DPT Pemilihan Bupati dan Wakil Bupati Manggarai Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def kupang_2022():
    """Kupang 2022: the capaian as the fishbone diagrams (diagram tulang ikan) of the performance analysis,
    one an indicator; other tables plain TAB."""
    c, d = dok("lkj-kupang-2022", "Kupang", "Oelamasi|30 Januari 2023|Yeremias Nenobais, S.H.|19800915 200604 1 004",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN KUPANG", "TAHUN 2022"], W=95)
    R = r_tulang("Diagram Tulang Ikan Capaian Indikator Kinerja Tahun 2022")
    rows = cap_lama("5301", 2022, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.1"))
    d.P("Analisis capaian kinerja tahun 2022 disusun dengan diagram tulang ikan (Ishikawa): setiap indikator "
        "digambar sebagai kepala ikan yang memuat target, realisasi dan capaian, dengan faktor penyebab pada "
        "tulang-tulangnya. Teks diagram itu diketik ulang berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020, 2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.4)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u35kp22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021, 2020]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Kupang per kecamatan:")
    sumber(d)
    selesai(d, c)


def ttu_2021():
    """TTU 2021: the Pilkada 2020 DPT as the route map of the logistics distribution (peta rute distribusi
    logistik), the kecamatan as stops on three routes; other tables plain TAB."""
    c, d = dok("lkj-ttu-2021", "Timor Tengah Utara", "Kefamenanu|27 Januari 2022|Marselinus Taek, S.E.|19800430 200604 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2021"], W=96)
    R = r_rute("Peta Rute Distribusi Logistik Pemilihan 2020", "GUDANG LOGISTIK KPU KABUPATEN TTU - KEFAMENANU")
    rows = cap_lama("5303", 2021, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 21.7)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u35tu21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020, 2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH", pre=(
        "Pemilih Pemilihan 2020 dilayani melalui tiga jalur distribusi logistik dari gudang KPU di Kefamenanu. "
        "Peta rute yang dipakai Subbagian Logistik mencantumkan pada setiap kecamatan jumlah TPS dan pemilih DPT "
        "yang menjadi dasar kebutuhan logistik; teks peta itu diketik ulang berikut sebagai rekapitulasi DPT."))
    selesai(d, c)


def sbd_2021():
    """Sumba Barat Daya 2021: the budget as the hierarchy chart (bagan berjenjang) of the budget monitoring;
    other tables plain TAB; the Pemilu 2019 DPT of the kabupaten in prose."""
    c, d = dok("lkj-sumba-barat-daya-2021", "Sumba Barat Daya", "Tambolaka|28 Januari 2022|Yohanes Bora Kaka, S.E.|19790701 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2021"], W=95)
    R = r_bagan("Bagan Berjenjang Pagu dan Realisasi TA 2021")
    rows = cap_lama("5318", 2021, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019, 2018]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 21.5)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u35sd21", total="DIPA 2021", pre=(
        "Subbagian Keuangan menyajikan pagu dan realisasi dalam bagan berjenjang: kotak teratas total DIPA, di "
        "bawahnya kotak program, lalu kotak kegiatan setiap program. Bagan posisi 31 Desember 2021 diketik "
        "ulang berikut (dalam rupiah)."))
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020, 2019]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt_prosa(d, "pemilu", 2019, lambda tps, l, p, tot: (
        f"DPT Pemilu 2019 Kabupaten Sumba Barat Daya, yang menjadi data dasar pemutakhiran berkelanjutan tahun "
        f"2021, berjumlah {tot} pemilih ({l} laki-laki, {p} perempuan) di {tps} TPS."))
    selesai(d, c)


def malaka_2019():
    """Malaka 2019: the capaian as the column chart with callout balloons (grafik batang dengan balon
    keterangan) of the performance poster; other tables plain TAB; the Pemilu 2019 DPT of the kabupaten
    in prose."""
    c, d = dok("lakip-malaka-2019", "Malaka", "Betun|29 Januari 2020|Gregorius Klau, S.Sos.|19800412 200604 1 002",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MALAKA", "TAHUN 2019"], W=94)
    R = r_balon("Grafik Capaian Indikator Kinerja Tahun 2019")
    rows = cap_lama("5321", 2019, baris("partisipasi 77.5 81.8, pemutakhiran 100 100, kompetensi 80 80.5"))
    d.P("Poster kinerja tahun 2019 yang dipasang di ruang pelayanan menampilkan capaian setiap indikator sebagai "
        "grafik batang; angka-angkanya tertulis dalam balon keterangan di bawah grafik. Teks poster itu diketik "
        "ulang berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    for y, v in riwayat(d, [2017]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2019, 20.8)
    d.P(f"Penilaian mandiri Reformasi Birokrasi tahun 2019 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u35ml19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt_prosa(d, "pemilu", 2019, lambda tps, l, p, tot: (
        f"Rapat pleno terbuka menetapkan DPT Pemilu 2019 Kabupaten Malaka sebanyak {tot} pemilih, yaitu {l} "
        f"laki-laki dan {p} perempuan, tersebar di {tps} TPS."))
    selesai(d, c)


if __name__ == "__main__":
    tulis(flotim_2019, manggarai_2021, kupang_2022, ttu_2021, sbd_2021, malaka_2019)
