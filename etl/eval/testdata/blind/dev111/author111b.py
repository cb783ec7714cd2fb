#!/usr/bin/env python3
# dev111/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev111/author111b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common111 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_kelamin_sel, r_basis_kurung,  # noqa: E402
                      r_kode_program, r_subkomp_jumlah, r_lp_tambah, r_arah_satuan, halaman, rapi, rb_std,
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


def manggarai_2019():
    """Manggarai 2019: the DPT with every voter figure carrying its sex label inside the cell."""
    baru("lkj-manggarai-2019", "Manggarai", "5310", "Ruteng|30 Januari 2020|Kanisius Jehabut, S.Fil.|19820603 200604 1 871",
         r_kelamin_sel("Lk = laki-laki, Pr = perempuan, Jml = laki-laki dan perempuan"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u74mg19", ("pemilu", 2019),
         "KABUPATEN MANGGARAI",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan menurut berita acara rapat "
         "pleno terbuka KPU Kabupaten Manggarai:",
         (lambda n: f"LKj KPU Manggarai 2019 # {n}", None), riw=0,
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "TAHUN 2019", "RUTENG"])


def rote_ndao_2020():
    """Rote Ndao 2020: the capaian with each percent realisasi followed by the count it was measured from."""
    baru("lkj-rote-ndao-2020", "Rote Ndao", "5314", "Ba'a|28 Januari 2021|Daniel Ndolu, S.Pd.|19830927 200604 1 872",
         r_basis_kurung("realisasi persentase disertai jumlah yang diukur dalam kurung"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u74rn20", ("pemilu", 2019),
         "KABUPATEN ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan, yang menjadi pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Rote Ndao 2020 + {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN ROTE NDAO", "TAHUN 2020", "BA'A"])


def sumba_timur_2021():
    """Sumba Timur 2021: the budget as a flat export, the program's code repeated on every row."""
    baru("lkj-sumba-timur-2021", "Sumba Timur", "5311", "Waingapu|27 Januari 2022|Umbu Kudu Lawu, S.H.|19840524 200604 1 873",
         r_kode_program("dalam rupiah; salinan ekspor aplikasi; kode program diulang pada setiap baris kegiatan"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u74sm21", ("pemilu", 2019),
         "KABUPATEN SUMBA TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"LKj KPU Sumba Timur 2021 >> {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TIMUR", "TAHUN 2021", "WAINGAPU"])


def manggarai_barat_2022():
    """Manggarai Barat 2022: the SAKIP components, each value written out as the sum of its sub-component scores."""
    baru("lkj-manggarai-barat-2022", "Manggarai Barat", "5315",
         "Labuan Bajo|31 Januari 2023|Fransiskus Sales Ndahur, S.Sos.|19850906 200604 1 874",
         r_subkomp_jumlah("nilai setiap komponen = keberadaan + kualitas + pemanfaatan, sesuai Lembar Kerja Evaluasi"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u74mb22", ("pemilu", 2019),
         "KABUPATEN MANGGARAI BARAT",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Barat per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Manggarai Barat 2022 | {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT", "TAHUN 2022", "LABUAN BAJO"])


def ttu_2023():
    """Timor Tengah Utara 2023: the DPT with each row's men and women written as an addition in one cell."""
    baru("lkj-timor-tengah-utara-2023", "Timor Tengah Utara", "5303",
         "Kefamenanu|31 Januari 2024|Yohanes Kolo Sasi, S.Fil.|19860411 200904 1 865",
         r_lp_tambah("kolom L + P memuat pemilih laki-laki ditambah pemilih perempuan; hasilnya pada kolom Jumlah"),
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.8", 22.3, "u74tu23", ("pemilu", 2024),
         "KABUPATEN TIMOR TENGAH UTARA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Timor Tengah Utara per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka bulan Juni 2023:",
         (lambda n: f"LKj KPU Timor Tengah Utara 2023 . {n}", None), riw=0,
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2023", "KEFAMENANU"])


def manggarai_timur_2024():
    """Manggarai Timur 2024: the capaian with each indicator's direction marked by an arrow in its Satuan cell."""
    baru("lkj-manggarai-timur-2024", "Manggarai Timur", "5319", "Borong|31 Januari 2025|Yosef Nggarang, S.Fil.|19870215 200904 1 876",
         r_arah_satuan("\u2191 = semakin tinggi semakin baik; \u2193 = semakin rendah semakin baik"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u74mt24", ("pemilu", 2024),
         "KABUPATEN MANGGARAI TIMUR",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, yang digunakan pada pemungutan "
         "suara 14 Februari 2024:",
         (lambda n: f"LKj KPU Manggarai Timur 2024 :: {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI TIMUR", "TAHUN 2024", "BORONG"])


if __name__ == "__main__":
    tulis(manggarai_2019, rote_ndao_2020, sumba_timur_2021, manggarai_barat_2022, ttu_2023, manggarai_timur_2024)
