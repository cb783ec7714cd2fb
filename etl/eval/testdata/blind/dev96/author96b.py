#!/usr/bin/env python3
# dev96/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev96/author96b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common96 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_penyerapan, r_urut_abjad,  # noqa: E402
                      r_nomor_kanan, r_huruf_komponen, rb_titik_koma, r_kode_ik, r_tab, halaman, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None, pre_sakip=None, total="JUMLAH", rb_tab=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1, pre=pre_sakip)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Evaluasi atas kinerja tahun {y} sebelumnya menghasilkan nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    if rb_tab:
        rb_tab(d, tahun, nb)
    else:
        d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} mencatat nilai {id_dec(nb[0])} "
            f"dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total, pre=pre_ang)
    sumber(d, f"Sumber: Aplikasi SAKTI, Laporan Realisasi Anggaran per 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari pagu keseluruhan Rp{p}, yang terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y} mencatat pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()


def sumba_tengah_2019():
    """Sumba Tengah 2019: the budget whose realised amount is titled Penyerapan (Rp)."""
    baru("lkj-sumba-tengah-2019", "Sumba Tengah", "5317",
         "Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861",
         r_penyerapan("dalam rupiah; penyerapan = anggaran yang telah dibelanjakan"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u73st19", ("pemilu", 2019),
         "JUMLAH KAB. SUMBA TENGAH",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan, sesuai berita acara "
         "rapat pleno terbuka:",
         (lambda n: f"LKj KPU Kabupaten Sumba Tengah 2019 / {n}", None), riw=0,
         pre_ang="Anggaran DIPA setelah revisi beserta penyerapannya, dalam rupiah dan dalam persen, menurut program "
                 "dan kegiatan tahun 2019 adalah sebagai berikut.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TENGAH", "TAHUN 2019", "WAIBAKUL"])


def flores_timur_2020():
    """Flores Timur 2020: the DPT sorted by name, the official numbers kept."""
    baru("lkj-flores-timur-2020", "Flores Timur", "5306",
         "Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862",
         r_urut_abjad("per kecamatan, diurutkan menurut abjad; nomor menurut urutan resmi kecamatan"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.5, "u73ft20", ("pemilu", 2019),
         "KABUPATEN FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran "
         "data pemilih berkelanjutan tahun 2020. Untuk memudahkan pencarian, kecamatan diurutkan menurut abjad, "
         "sedangkan nomornya tetap mengikuti urutan resmi kecamatan:",
         (lambda n: f"Laporan Kinerja KPU Flores Timur 2020 | {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN FLORES TIMUR", "TAHUN 2020", "LARANTUKA"])


def lembata_2021():
    """Lembata 2021: the DPT whose No column stands at the right end."""
    baru("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863",
         r_nomor_kanan("per kecamatan; nomor urut pada kolom terakhir"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u73lb21", ("pemilu", 2019),
         "KABUPATEN LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"LKj Lembata 2021 - hal. {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2021", "LEWOLEBA"])


def kota_kupang_2022():
    """Kota Kupang 2022: the RB self-assessment with weight and percent in one parenthesis."""
    baru("lkj-kota-kupang-2022", "Kota Kupang", "5371", "Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864",
         r_tab,
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u73kk22", ("pemilu", 2019),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Kota Kupang 2022 - {n}", None),
         rb_tab=lambda d, tahun, nb: rb_titik_koma(d, tahun, nb),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2022", "KUPANG"])


def sabu_raijua_2023():
    """Sabu Raijua 2023: the SAKIP components named by their letters, a key under the table."""
    baru("lkj-sabu-raijua-2023", "Sabu Raijua", "5320", "Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875",
         r_huruf_komponen("komponen menurut huruf pada Lembar Hasil Evaluasi"),
         "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u73sr23", ("pemilu", 2024),
         "KABUPATEN SABU RAIJUA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam rapat "
         "pleno terbuka bulan Juni 2023 (rekapitulasi tidak memuat jumlah desa/kelurahan):",
         (lambda n: f"LKj Sabu Raijua 2023 [{n}]", None),
         pre_sakip="Inspektorat Utama KPU telah menyampaikan Lembar Hasil Evaluasi (LHE) AKIP Tahun 2022. Seperti pada "
                   "LHE, komponen penilaian ditulis dengan hurufnya (A sampai D); kepanjangannya diterangkan di bawah "
                   "tabel.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2023", "SEBA"])


def belu_2024():
    """Belu 2024: the capaian numbered by indicator codes IK-01 .. in a Kode column."""
    baru("lkj-belu-2024", "Belu", "5304", "Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866",
         r_kode_ik("kode indikator menurut Perjanjian Kinerja Tahun 2024"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u73bl24", ("pemilu", 2024),
         "KABUPATEN BELU",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Belu 2024 . {n}", None),
         pre="Setiap indikator kinerja diberi kode (IK-01, IK-02, dan seterusnya) sebagaimana tercantum dalam "
             "Perjanjian Kinerja Tahun 2024.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN 2024", "ATAMBUA"])


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
