#!/usr/bin/env python3
# dev81/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev81/author81b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common81 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_kepala_sasaran,  # noqa: E402
                      r_bertingkat, r_dapil, r_catatan_komponen, r_nomor_sel, r_baris_dipa, r_tab, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    s = sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Untuk kinerja tahun {y}, nilai evaluasi yang diterima adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Hasil penilaian mandiri Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH", pre=pre_ang)
    sumber(d, f"Sumber: Aplikasi SAKTI dan OM-SPAN, data 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Pagu keseluruhan Rp{p} terealisasi sebesar Rp{x}, atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Adapun tahun anggaran {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()


def manggarai_2019():
    """Manggarai 2019: the capaian in one table whose header row is typed again for every sasaran."""
    baru("lkj-manggarai-2019", "Manggarai", "5310", "Ruteng|30 Januari 2020|Kanisius Jehabut, S.Fil.|19820603 200604 1 871",
         r_kepala_sasaran("baris judul kolom diulang untuk setiap sasaran strategis; nama sasaran ditulis pada "
                          "kolom indikator"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u70mg19", ("pemilu", 2019),
         "KABUPATEN MANGGARAI",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, hasil rapat pleno "
         "terbuka KPU Kabupaten Manggarai:",
         (lambda n: f"LKj KPU Manggarai 2019 \u00b7 {n}", None), riw=0,
         pre="Tabel pengukuran kinerja disusun per sasaran strategis: setiap kelompok indikator dibuka dengan baris "
             "judul kolom yang memuat nama sasarannya.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "TAHUN 2019", "RUTENG"])


def rote_ndao_2020():
    """Rote Ndao 2020: the budget with the names in stepped columns, one a level."""
    baru("lkj-rote-ndao-2020", "Rote Ndao", "5314", "Ba'a|28 Januari 2021|Daniel Ndolu, S.Pd.|19830927 200604 1 872",
         r_bertingkat("dalam rupiah; nama program dan nama kegiatan pada kolomnya masing-masing"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u70rn20", ("pemilu", 2019),
         "KAB. ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Rote Ndao 2020 | halaman {n}", None),
         pre_ang="Realisasi anggaran disajikan menurut tingkatannya sebagaimana lembar kerja keuangan: nama program "
                 "ditulis pada kolom Program dan nama kegiatan pada kolom Kegiatan (dalam rupiah).",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN ROTE NDAO", "TAHUN 2020", "BA'A"])


def sumba_timur_2021():
    """Sumba Timur 2021: the DPT with a Dapil column merged over each district's kecamatan."""
    baru("lkj-sumba-timur-2021", "Sumba Timur", "5311", "Waingapu|27 Januari 2022|Umbu Kudu Lawu, S.H.|19840524 200604 1 873",
         r_dapil("kolom Dapil menunjukkan daerah pemilihan; sel digabung untuk kecamatan dalam dapil yang sama",
                 "SUMBA TIMUR", 6),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u70st21", ("pemilu", 2019),
         "KAB. SUMBA TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021. Kecamatan dikelompokkan menurut daerah pemilihan (dapil) anggota DPRD "
         "Kabupaten Sumba Timur:",
         (lambda n: f"KPU Kabupaten Sumba Timur - LKj 2021 - {n}", None),
         sampul=["LAPORAN KINERJA TAHUN 2021", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TIMUR", "WAINGAPU"])


def manggarai_barat_2022():
    """Manggarai Barat 2022: the SAKIP components each followed by the evaluators' note in a merged row."""
    baru("lkj-manggarai-barat-2022", "Manggarai Barat", "5315",
         "Labuan Bajo|31 Januari 2023|Fransiskus Sales Ndahur, S.Sos.|19850906 200604 1 874",
         r_catatan_komponen("di bawah setiap komponen dicantumkan catatan evaluator dari Laporan Hasil Evaluasi"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u70mb22", ("pemilu", 2019),
         "KAB. MANGGARAI BARAT",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Barat per kecamatan, pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2022:",
         (lambda n: f"LKj 2022 | KPU Manggarai Barat | {n}", None),
         sampul=["KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT", "LAPORAN KINERJA", "TAHUN 2022", "LABUAN BAJO"])


def ttu_2023():
    """Timor Tengah Utara 2023: the DPT without a No column, the list numbering in the kecamatan cell."""
    baru("lkj-timor-tengah-utara-2023", "Timor Tengah Utara", "5303",
         "Kefamenanu|31 Januari 2024|Yohanes Kolo Sasi, S.Fil.|19860411 200904 1 865",
         r_nomor_sel("penomoran kecamatan mengikuti penomoran otomatis pada kolom Kecamatan"),
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.8", 22.3, "u70tu23", ("pemilu", 2024),
         "KAB. TIMOR TENGAH UTARA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Timor Tengah Utara per kecamatan, ditetapkan "
         "dalam rapat pleno terbuka pada bulan Juni 2023:",
         (lambda n: f"Laporan Kinerja KPU TTU 2023 - {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2023", "KEFAMENANU"])


def manggarai_timur_2024():
    """Manggarai Timur 2024: the budget with the DIPA's identity as the table's first row."""
    baru("lkj-manggarai-timur-2024", "Manggarai Timur", "5319", "Borong|31 Januari 2025|Yosef Nggarang, S.Fil.|19870215 200904 1 876",
         r_baris_dipa("dalam rupiah; baris pertama tabel memuat identitas DIPA", "SP DIPA-076.01.2.675912/2024",
                      "24 November 2023"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u70mt24", ("pemilu", 2024),
         "KAB. MANGGARAI TIMUR",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, yang digunakan "
         "pada pemungutan suara 14 Februari 2024:",
         (lambda n: f"Hal. {n} - LKj KPU Manggarai Timur 2024", None),
         pre_ang="Pagu DIPA setelah revisi dan realisasinya menurut program dan kegiatan disajikan pada tabel berikut, "
                 "sebagaimana lembar kerja keuangan yang mencantumkan identitas DIPA pada baris pertamanya "
                 "(dalam rupiah).",
         sampul=["LAPORAN KINERJA (LKj)", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2024", "BORONG"])


if __name__ == "__main__":
    tulis(manggarai_2019, rote_ndao_2020, sumba_timur_2021, manggarai_barat_2022, ttu_2023, manggarai_timur_2024)
