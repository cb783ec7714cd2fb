#!/usr/bin/env python3
# dev112/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev112/author112b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common112 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_blok_pagu, r_angka_dulu,  # noqa: E402
                       r_induk_anak, r_dua_baris_komp, r_jenis_sisi, r_dua_baris_dpt, halaman, rapi, rb_std,
                       revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                       sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None, pre_sakip=None, total="JUMLAH", jumlah=True):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1, pre=pre_sakip)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Evaluasi atas kinerja tahun {y} memberikan nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} menghasilkan nilai {id_dec(nb[0])} "
        f"dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total, pre=pre_ang)
    sumber(d, f"Sumber: Aplikasi SAKTI, Laporan Realisasi Anggaran per 31 Desember {tahun}.")
    if jumlah:
        ulang(d, lambda p, x, q: f"Dari pagu keseluruhan Rp{p}, terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()


def ngada_2019():
    """Ngada 2019: the budget as one table of two stacked blocks (pagu, then realisasi, sisa and serapan)."""
    baru("lkj-ngada-2019", "Ngada", "5309", "Bajawa|29 Januari 2020|Yosef Djawa Ngole, S.Fil.|19840617 200604 1 871",
         r_blok_pagu("dalam rupiah; bagian pertama memuat pagu, bagian kedua realisasi, sisa dan serapan setiap baris"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u74ng19", ("pemilu", 2019),
         "KABUPATEN NGADA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan menurut berita acara rapat "
         "pleno terbuka KPU Kabupaten Ngada:",
         (lambda n: f"LKj KPU Ngada 2019 ~ {n}", None), riw=0,
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "TAHUN 2019", "BAJAWA"])


def nagekeo_2020():
    """Nagekeo 2020: the capaian with the figures first and the indicator's name in the last column."""
    baru("lkj-nagekeo-2020", "Nagekeo", "5316", "Mbay|28 Januari 2021|Paulus Sebho Dhae, S.E.|19850822 200604 1 872",
         r_angka_dulu("nama indikator pada kolom terakhir"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9", 21.3, "u74nk20", ("pemilu", 2019),
         "KABUPATEN NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, yang menjadi pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Nagekeo 2020 * {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO", "TAHUN 2020", "MBAY"])


def sumba_barat_2021():
    """Sumba Barat 2021: the budget as a master-detail print, program and kegiatan on one line."""
    baru("lkj-sumba-barat-2021", "Sumba Barat", "5312",
         "Waikabubak|28 Januari 2022|Umbu Dedu Ngara, S.Pd.|19850503 200604 1 873",
         r_induk_anak("dalam rupiah; program di sebelah kiri, kegiatan program tersebut di sebelah kanan"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u74sb21", ("pilkada", 2020),
         "KABUPATEN SUMBA BARAT",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 per kecamatan, pangkal "
         "pemutakhiran data pemilih berkelanjutan tahun 2021:",
         (lambda n: f"LKj KPU Sumba Barat 2021 = {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA BARAT", "TAHUN 2021", "WAIKABUBAK"])


def manggarai_2022():
    """Manggarai 2022: the SAKIP components with two rows per component (its weight, then its value)."""
    baru("lkj-manggarai-2022", "Manggarai", "5310", "Ruteng|30 Januari 2023|Hironimus Jemarut, S.Fil.|19860217 200904 1 874",
         r_dua_baris_komp("setiap komponen dua baris: bobot, lalu nilai yang diperoleh"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u74mg22", ("pemilu", 2019),
         "KABUPATEN MANGGARAI",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Manggarai 2022 ~~ {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "TAHUN 2022", "RUTENG"])


def manggarai_timur_2023():
    """Manggarai Timur 2023: the capaian with its two kinds of indicator side by side on the same lines."""
    baru("lkj-manggarai-timur-2023", "Manggarai Timur", "5319",
         "Borong|31 Januari 2024|Kanisius Jehabut, S.Sos.|19860919 200904 1 875",
         r_jenis_sisi("kiri: indikator persentase; kanan: indikator predikat dan opini; nomor sesuai Perjanjian Kinerja"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6", 22.2, "u74mt23", ("pemilu", 2024),
         "KABUPATEN MANGGARAI TIMUR",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka bulan Juni 2023:",
         (lambda n: f"LKj KPU Manggarai Timur 2023 -/- {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI TIMUR", "TAHUN 2023", "BORONG"])


def rote_ndao_2024():
    """Rote Ndao 2024: the DPT with each kecamatan over two lines (villages and TPS, then the voters)."""
    baru("lkj-rote-ndao-2024", "Rote Ndao", "5314", "Ba'a|30 Januari 2025|Daniel Mesakh Lenggu, S.E.|19840909 200604 1 876",
         r_dua_baris_dpt("setiap kecamatan dua baris: jumlah desa/kelurahan dan TPS, di bawahnya pemilih laki-laki, "
                         "perempuan dan jumlah"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u74rn24", ("pemilu", 2024),
         "KABUPATEN ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Rote Ndao 2024 ## {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN ROTE NDAO", "TAHUN 2024", "BA'A"])


if __name__ == "__main__":
    tulis(ngada_2019, nagekeo_2020, sumba_barat_2021, manggarai_2022, manggarai_timur_2023, rote_ndao_2024)
