#!/usr/bin/env python3
# dev67/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev67/author67b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common67 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_duabaris, r_kelamin, r_peta,  # noqa: E402
                      r_mekanisme, r_penjelasan, rapi, rb_area, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common67 import r_tab  # noqa: E402
from lib import tulis  # noqa: E402

R_TAB = r_tab  # the plain TAB renderer of every table (Nagekeo: the new style is the RB table)


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, pre=None, riw=1, sampul=None, kaki=None,
         area=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Hasil evaluasi atas kinerja tahun {y} tercatat {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    if area:
        d.P(area)
        rb_area(d, tahun, nb, f"Tabel 3.2a Hasil Penilaian Mandiri Reformasi Birokrasi Tahun {tahun} per Area Perubahan")
    else:
        d.P(f"Nilai Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
            f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari seluruh pagu sebesar Rp{p} terealisasi Rp{x}, atau serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai pembanding, pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    if dpt:
        pem, dy = dpt
        sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    if kaki:
        halaman(d, *kaki)
        rapi(d)
        d.write()


def manggarai_barat_2020():
    """Manggarai Barat 2020: the Pilkada 2020 DPT with sex as a row dimension (three lines a kecamatan)."""
    baru("lkj-manggarai-barat-2020", "Manggarai Barat", "5315",
         "Labuan Bajo|28 Januari 2021|Stefanus Ndahur, S.Fil.|19840616 200604 1 751",
         r_kelamin("Rekapitulasi DPT Pemilihan 2020 per Kecamatan"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.7, "u65mb20", ("pilkada", 2020),
         "KAB. MANGGARAI BARAT",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Manggarai Barat 2020 per kecamatan, dari tabel "
         "rekapitulasi PPK:", riw=1,
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2020", "LABUAN BAJO"])


def nagekeo_2024():
    """Nagekeo 2024: the RB self-assessment by its eight areas of change, the RB figures in the row `Jumlah`."""
    baru("lkj-nagekeo-2024", "Nagekeo", "5316", "Mbay|30 Januari 2025|Yosef Dhae Bupu, S.Sos.|19850923 200904 1 752",
         R_TAB, "partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u65nk24", ("pilkada", 2024),
         "KAB. NAGEKEO",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Nagekeo 2024 per kecamatan:", riw=1,
         area="Penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun 2024 dilakukan atas delapan area "
              "perubahan; hasilnya per area disajikan pada tabel berikut, jumlahnya menjadi nilai Reformasi "
              "Birokrasi satuan kerja.")


def belu_2021():
    """Belu 2021: the budget with its realisasi split by payment mechanism (LS, UP/GUP, Jumlah)."""
    baru("lkj-belu-2021", "Belu", "5304", "Atambua|31 Januari 2022|Fransiskus Mau Bria, S.H.|19830404 200604 1 753",
         r_mekanisme("Realisasi Anggaran 2021"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u65bl21", ("pemilu", 2019),
         "KAB. BELU",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2021:",
         pre="Tabel realisasi anggaran diambil dari laporan SAKTI menurut mekanisme pembayaran.",
         riw=1)


def lembata_2024():
    """Lembata 2024: the budget with two figures stacked in each cell (pagu over realisasi, sisa over %)."""
    baru("lkj-lembata-2024", "Lembata", "5313", "Lewoleba|30 Januari 2025|Paulus Wuwur Making, S.Sos.|19860111 200904 1 754",
         r_duabaris("Realisasi Anggaran 2024"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2", 22.7, "u65lb24", ("pemilu", 2024),
         "KAB. LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Lembata per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         pre="Tabel realisasi anggaran memuat dua angka dalam satu sel sesuai format lembar kerja bendahara.", riw=1)


def alor_2021():
    """Alor 2021: the capaian with an explanation row (merged cells) under every indicator."""
    baru("lkj-alor-2021", "Alor", "5305", "Kalabahi|31 Januari 2022|Rahel Lamma Koly, S.E.|19870302 200904 2 755",
         r_penjelasan("Pengukuran Kinerja 2021"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.6", 21.9, "u65al21", ("pemilu", 2019),
         "KAB. ALOR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, pangkal pemutakhiran berkelanjutan 2021:",
         pre="Tabel pengukuran kinerja memuat penjelasan singkat di bawah setiap indikator.",
         riw=1)


def ttu_2022():
    """Timor Tengah Utara 2022: the Pemilu 2019 DPT keyed to the numbers of the kecamatan map, names in its legend."""
    baru("lkj-timor-tengah-utara-2022", "Timor Tengah Utara", "5303",
         "Kefamenanu|31 Januari 2023|Yosep Kolo Taek, S.Sos.|19840808 200604 1 756",
         r_peta("Rekapitulasi DPT Pemilu 2019 per Kecamatan", "KAB. TTU"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.7", 22.0, "u65tu22", ("pemilu", 2019),
         "KAB. TTU",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Utara per kecamatan, pangkal pemutakhiran "
         "berkelanjutan 2022; nomor kecamatan mengikuti Peta Wilayah Kerja KPU Kabupaten TTU:",
         pre="Peta Wilayah Kerja memberi setiap kecamatan satu nomor; tabel data pemilih memakai nomor itu.", riw=1,
         kaki=(lambda n: f"LKj TTU 2022 ~ {n}", None))


if __name__ == "__main__":
    tulis(manggarai_barat_2020, nagekeo_2024, belu_2021, lembata_2024, alor_2021, ttu_2022)
