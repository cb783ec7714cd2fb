#!/usr/bin/env python3
# dev40/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev40/author40b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common40 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_atm, r_golf, r_kartu_stok,  # noqa: E402
                      r_katalog, r_kebugaran, r_perjalanan, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def belu_2021():
    """Belu 2021: the capaian as the yearly summary of a fitness tracker app (ringkasan aplikasi kebugaran),
    one activity an indicator; other tables plain TAB."""
    c, d = dok("lkj-belu-2021", "Belu", "Atambua|28 Januari 2022|Agustinus Bria Seran, S.H.|19800615 200604 1 015",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN BELU", "TAHUN 2021"], W=95)
    R = r_kebugaran("Ringkasan KinerjaFit 2021")
    rows = cap_lama("5304", 2021, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5"))
    d.P("Untuk memudahkan pemantauan, capaian indikator kinerja tahun 2021 dicatat tim kinerja dalam aplikasi "
        "kebugaran yang dimodifikasi: setiap indikator satu aktivitas, tujuannya target Perjanjian Kinerja dan "
        "catatannya realisasi. Ringkasan tahunan aplikasi itu diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 21.9)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u40bl21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Belu per kecamatan:")
    sumber(d)
    selesai(d, c)


def alor_2020():
    """Alor 2020: the budget as ATM receipts (struk ATM, informasi saldo) of the budget infographic, one receipt
    a budget line; other tables plain TAB."""
    c, d = dok("lkj-alor-2020", "Alor", "Kalabahi|29 Januari 2021|Yakobus Maure, S.Sos.|19780917 200604 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ALOR", "TAHUN 2020"], W=96)
    R = r_atm("Struk Saldo Anggaran 2020")
    rows = cap_lama("5305", 2020, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u40al20", total="JUMLAH", pre=(
        "Realisasi anggaran tahun 2020 disampaikan kepada pegawai dalam infografis berupa struk ATM: setiap baris "
        "anggaran satu struk informasi saldo, saldo awalnya pagu, penarikannya realisasi, saldo akhirnya sisa pagu; "
        "struk kegiatan adalah sub rekening dari rekening programnya. Teks struk-struk itu diketik ulang berikut."))
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Alor per kecamatan:")
    sumber(d)
    selesai(d, c)


def flotim_2020():
    """Flores Timur 2020: the SAKIP 2019 evaluation as a golf scorecard (kartu skor golf), one hole a
    component; other tables plain TAB."""
    c, d = dok("lkj-flores-timur-2020", "Flores Timur", "Larantuka|28 Januari 2021|Petrus Kopong Beda, S.Sos.|19781130 200604 1 007",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN 2020"], W=96)
    R = r_golf("Kartu Skor Evaluasi AKIP 2019")
    rows = cap_lama("5306", 2020, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019, pre=(
        "Hasil evaluasi AKIP atas tahun 2019 disosialisasikan kepada pegawai sebagai kartu skor golf: setiap "
        "komponen satu hole, bobotnya sebagai par, nilainya sebagai skor, dan jumlahnya nilai akhir. Teks kartu "
        "itu diketik ulang berikut."))
    nb = rb_std(d, 2020, 21.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u40ft20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan:")
    sumber(d)
    selesai(d, c)


def sbd_2024():
    """Sumba Barat Daya 2024: the Pemilu 2024 DPT as library catalogue cards (kartu katalog perpustakaan) of
    the office's election library, one card a kecamatan; other tables plain TAB."""
    c, d = dok("lkj-sumba-barat-daya-2024", "Sumba Barat Daya",
               "Tambolaka|29 Januari 2025|Yohanis Bili Kaka, S.Pd.|19820114 200604 1 016",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2024"], W=96)
    R = r_katalog("Katalog Pojok Pemilu - DPT Pemilu 2024")
    rows = cap_lama("5318", 2024, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 22.4)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u40sd24", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH", pre=(
        "Rumah Pintar Pemilu kantor ini menyimpan arsip DPT Pemilu 2024 dengan kartu katalog seperti perpustakaan: "
        "satu kartu untuk setiap kecamatan, memuat jumlah desa/kelurahan, TPS, dan pemilih laki-laki, perempuan "
        "serta jumlahnya. Isi kartu-kartu itu diketik ulang berikut."))
    selesai(d, c)


def mabar_2019():
    """Manggarai Barat 2019: the Pemilu 2019 DPT as the stock card (kartu stok) of the logistics warehouse, one
    line a kecamatan; other tables plain TAB."""
    c, d = dok("lkj-manggarai-barat-2019", "Manggarai Barat",
               "Labuan Bajo|29 Januari 2020|Stefanus Jemarut, S.Fil.|19790923 200604 1 014",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2019"], W=96)
    R = r_kartu_stok("Kartu Stok Gudang Logistik Pemilu 2019")
    rows = cap_lama("5315", 2019, baris("partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.5)
    d.P(f"Nilai Reformasi Birokrasi tahun 2019 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u40mb19", total="JUMLAH")
    sumber(d, "Sumber: SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre=(
        "Jumlah pemilih dalam DPT Pemilu 2019 per kecamatan menjadi dasar kebutuhan logistik dan dicatat pada kartu "
        "stok gudang logistik: setiap baris satu kecamatan, pemilih laki-laki dan perempuan sebagai kolom masuk. "
        "Kartu stok itu diketik ulang berikut."))
    selesai(d, c)


def malaka_2020():
    """Malaka 2020: the capaian as the trip summary of a car's GPS navigation (ringkasan perjalanan navigasi),
    one route an indicator; other tables plain TAB."""
    c, d = dok("lkj-malaka-2020", "Malaka", "Betun|28 Januari 2021|Yoseph Nahak Seran, S.H.|19810319 200604 1 017",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MALAKA", "TAHUN 2020"], W=96)
    R = r_perjalanan("Ringkasan Perjalanan Navigasi Kinerja 2020", "DH 2020 MLK")
    rows = cap_lama("5321", 2020, baris("partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.4"))
    d.P("Capaian kinerja tahun 2020 dipaparkan dalam rapat evaluasi dengan tampilan ringkasan perjalanan navigasi: "
        "setiap indikator satu rute, tujuannya target dan jarak yang ditempuh realisasinya. Cetakan ringkasan itu "
        "diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.4)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u40ml20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Malaka Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(belu_2021, alor_2020, flotim_2020, sbd_2024, mabar_2019, malaka_2020)
