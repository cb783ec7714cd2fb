#!/usr/bin/env python3
# dev108/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev108/author108b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common108 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_dua_lajur, r_program_kalimat,  # noqa: E402
                      r_jumlah_judul, r_skor_atas, r_blok_satuan, r_urut_serapan, r_tab, halaman, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None, pre_sakip=None, total="JUMLAH", sakip=None, jumlah=True):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    if sakip:
        sakip(d, R, tahun - 1)
    else:
        sec_sakip(d, R, tahun - 1, pre=pre_sakip)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Untuk kinerja tahun {y}, evaluasi memberikan nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} memberikan nilai {id_dec(nb[0])} "
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



def sumba_tengah_2019():
    """Sumba Tengah 2019: the capaian two indicators a row."""
    baru("lkj-sumba-tengah-2019", "Sumba Tengah", "5317", "Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861",
         r_dua_lajur("dua indikator per baris: indikator bernomor ganjil di sebelah kiri, bernomor genap di sebelah kanan"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u73st19", ("pemilu", 2019),
         "KABUPATEN SUMBA TENGAH",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan sesuai berita acara "
         "rapat pleno terbuka KPU Kabupaten Sumba Tengah:",
         (lambda n: f"LKj KPU Sumba Tengah 2019 * {n}", None), riw=0,
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TENGAH", "TAHUN 2019", "WAIBAKUL"])


def flores_timur_2020():
    """Flores Timur 2020: the budget with each program's figures in its heading sentence, kegiatan rows under it."""
    baru("lkj-flores-timur-2020", "Flores Timur", "5306", "Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862",
         r_program_kalimat("dalam rupiah; angka setiap program pada kalimat judulnya, angka kegiatan pada baris tabel di bawahnya"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.5, "u73ft20", ("pemilu", 2019),
         "KABUPATEN FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran data "
         "pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Flores Timur 2020 = {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR", "TAHUN 2020", "LARANTUKA"])


def lembata_2021():
    """Lembata 2021: the DPT with the kabupaten's total in the caption and no kabupaten row."""
    baru("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863",
         r_jumlah_judul("per kecamatan; jumlah kabupaten pada judul tabel"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u73lb21", ("pemilu", 2019),
         "KABUPATEN LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"LKj KPU Lembata 2021 <{n}>", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2021", "LEWOLEBA"])


def kota_kupang_2022():
    """Kota Kupang 2022: the SAKIP components as lettered sub-rows under the score's row."""
    baru("lkj-kota-kupang-2022", "Kota Kupang", "5371", "Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864",
         r_skor_atas("nilai akhir, lalu rinciannya per komponen a sampai d"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u73kk22", ("pemilu", 2019),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Kota Kupang 2022 ; hal. {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2022", "KUPANG"])


def sabu_raijua_2023():
    """Sabu Raijua 2023: the capaian in blocks by unit, each block with its own title row naming the unit."""
    baru("lkj-sabu-raijua-2023", "Sabu Raijua", "5320", "Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875",
         r_blok_satuan("dikelompokkan menurut satuan; satuan setiap kelompok pada judul kolom Target dan Realisasi; "
                       "nomor indikator sesuai Perjanjian Kinerja"),
         "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u73sr23", ("pemilu", 2024),
         "KABUPATEN SABU RAIJUA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam rapat "
         "pleno terbuka bulan Juni 2023 (rekapitulasi tidak memuat jumlah desa/kelurahan):",
         (lambda n: f"LKj KPU Sabu Raijua 2023 ^ {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "TAHUN 2023", "SEBA"])


def belu_2024():
    """Belu 2024: the budget with the kegiatan under each program ordered by serapan, the highest first."""
    baru("lkj-belu-2024", "Belu", "5304", "Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866",
         r_urut_serapan("dalam rupiah; kegiatan pada setiap program diurutkan menurut serapan tertinggi; kode tetap"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u73bl24", ("pemilu", 2024),
         "KABUPATEN BELU",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Belu 2024 ~ {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN 2024", "ATAMBUA"])


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
