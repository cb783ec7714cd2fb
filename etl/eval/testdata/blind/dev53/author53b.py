#!/usr/bin/env python3
# dev53/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev53/author52b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common53 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_atsms, r_hpgl, r_listtable, r_qr,  # noqa: E402
                      r_sqlupd, r_xbase, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, pre=None, riw=1):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Hasil evaluasi atas tahun {y}: nilai {id_dec(v)}, predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Evaluasi Reformasi Birokrasi tahun {tahun} memberi nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, posisi 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari seluruh pagu Rp{p}, realisasinya Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)


def matim_2021():
    """Manggarai Timur 2021: the Pemilu 2019 DPT as the HP-GL file the pen plotter drew the recap poster from."""
    baru("lkj-manggarai-timur-2021", "Manggarai Timur", "5319", "Borong|28 Januari 2022|Fransiskus Ndarung Jehadu, S.Fil.|19800117 200604 1 221",
         r_hpgl("Poster Rekap DPT", "DPT2019.PLT"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u51mt21", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran berkelanjutan tahun 2021. "
         "Rekap ini dipasang sebagai poster besar yang digambar dengan plotter pena; berkas HP-GL yang dikirim ke "
         "plotter diketik ulang di bawah ini.", riw=2)


def malaka_2022():
    """Malaka 2022: the Pilkada 2020 DPT as the SQL UPDATE script run on the office's recap database."""
    baru("lkj-malaka-2022", "Malaka", "5321", "Betun|27 Januari 2023|Yoseph Seran Klau, S.H.|19810312 200604 1 222",
         r_sqlupd("Skrip Pemutakhiran Basis Data Rekap", "upd_rekap_dpt_2020.sql"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.8", 21.6, "u51mk22", ("pilkada", 2020), "JUMLAH",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Malaka 2020 per kecamatan, data awal pemutakhiran "
         "berkelanjutan tahun 2022. Angka ini dimasukkan operator ke basis data rekap kantor dengan skrip SQL yang "
         "diketik ulang di bawah ini.", riw=1)


def ngada_2023():
    """Ngada 2023: the budget as the dBase/Clipper program that filled the old finance application's table."""
    baru("lkj-ngada-2023", "Ngada", "5309", "Bajawa|30 Januari 2024|Kristoforus Wea Dhiu, S.Pd.|19820419 200604 1 223",
         r_xbase("Program Pengisian Tabel Realisasi", "ISIREAL.PRG"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.6", 21.8, "u51ng23", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2023:",
         pre="Realisasi anggaran dimasukkan ke aplikasi keuangan lama (dBase/Clipper) dengan program .PRG; "
             "programnya diketik ulang pada bagian Realisasi Anggaran.", riw=1)


def manggarai_2024():
    """Manggarai 2024: the budget as the scanned texts of the QR codes of the realisation control card."""
    baru("lkj-manggarai-2024", "Manggarai", "5310", "Ruteng|29 Januari 2025|Silvester Ngadut Jelahu, S.Sos.|19830511 200604 1 224",
         r_qr("Kartu Kendali Realisasi Anggaran", "KKR-2024"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 22.0, "u51mg24", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai per kecamatan:",
         pre="Setiap baris kartu kendali realisasi anggaran memuat kode QR; teks hasil pindainya dengan aplikasi "
             "pemindai ponsel diketik ulang pada bagian Realisasi Anggaran.", riw=2)


def kota_kupang_2024():
    """Kota Kupang 2024: the capaian as the reStructuredText list-table of the office's website page."""
    baru("lkj-kota-kupang-2024", "Kota Kupang", "5371", "Kupang|28 Januari 2025|Maria Goreti Lay Dethan, S.H.|19820926 200604 2 225",
         r_listtable("Halaman Situs Capaian Kinerja", "capaian-kinerja-2024.rst"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u51kk24", ("pilkada", 2024), "JUMLAH",
         "Rekapitulasi DPT Pemilihan Walikota dan Wakil Walikota Kupang 2024 per kecamatan:",
         pre="Tabel capaian kinerja juga diterbitkan di situs kantor, yang halamannya ditulis dengan "
             "reStructuredText; sumbernya diketik ulang pada bagian Capaian Kinerja.", riw=1)


def sabu_2024():
    """Sabu Raijua 2024: the SAKIP 2023 components as the AT-command log of the GSM modem that sent them by SMS."""
    baru("lkj-sabu-raijua-2024", "Sabu Raijua", "5320", "Menia|30 Januari 2025|Daniel Lado Hire, S.Pd.|19830214 200604 1 226",
         r_atsms("Pengiriman Hasil Evaluasi AKIP", "MODEM-COM3.LOG"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.2", 22.2, "u51sr24", ("pilkada", 2024), "JUMLAH",
         "Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Sabu Raijua 2024 per kecamatan:", riw=2)


if __name__ == "__main__":
    tulis(matim_2021, malaka_2022, ngada_2023, manggarai_2024, kota_kupang_2024, sabu_2024)
