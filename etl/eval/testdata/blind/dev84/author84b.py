#!/usr/bin/env python3
# dev84/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev84/author84b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common84 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_kata_capaian,  # noqa: E402
                      r_rekap_program, r_persentase, r_bobot_persen, r_satu_desimal, r_rata_rata, r_tab, rapi, rb_std,
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


def sumba_tengah_2019():
    """Sumba Tengah 2019: the capaian whose graded indicators state their attainment as a word."""
    baru("lkj-sumba-tengah-2019", "Sumba Tengah", "5317",
         "Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861",
         r_kata_capaian("indikator berupa predikat dan opini dinyatakan tercapai atau belum tercapai"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u70st19", ("pemilu", 2019),
         "KAB. SUMBA TENGAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah menurut kecamatan, sebagaimana ditetapkan dalam "
         "rapat pleno terbuka KPU Kabupaten Sumba Tengah:",
         (lambda n: f"LKj Sumba Tengah 2019 / hal {n}", None), riw=0,
         pre="Untuk indikator yang diukur dengan predikat atau opini, kolom capaian tidak memuat persentase, "
             "melainkan keterangan tercapai atau belum tercapai dibandingkan dengan targetnya.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TENGAH", "TAHUN 2019", "WAIBAKUL"])


def flores_timur_2020():
    """Flores Timur 2020: the budget as a recapitulation per program and a detail per kegiatan."""
    baru("lkj-flores-timur-2020", "Flores Timur", "5306",
         "Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862",
         r_rekap_program("dalam rupiah; rincian kegiatan menyebut kode programnya pada kolom Program"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.5, "u70ft20", ("pemilu", 2019),
         "KABUPATEN FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran "
         "data pemilih berkelanjutan tahun 2020:",
         (lambda n: f"KPU Flores Timur - Laporan Kinerja 2020 - {n}", None),
         pre_ang="Realisasi anggaran disajikan dalam dua bagian (dalam rupiah): bagian a merekapitulasi pagu dan "
                 "realisasi per program beserta jumlah seluruhnya; bagian b merinci setiap kegiatan, dengan kode "
                 "program induknya pada kolom Program.",
         sampul=["LAPORAN KINERJA TAHUN 2020", "KPU KABUPATEN FLORES TIMUR", "LARANTUKA"])


def lembata_2021():
    """Lembata 2021: the DPT closed by a PERSENTASE row under the kabupaten row."""
    baru("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863",
         r_persentase("baris terakhir: persentase pemilih laki-laki dan perempuan terhadap jumlah pemilih"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u70lb21", ("pemilu", 2019),
         "KABUPATEN LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021. Baris terakhir tabel memuat persentase pemilih menurut jenis kelamin:",
         (lambda n: f"LKj 2021 . KPU Kabupaten Lembata . {n}", None),
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN LEMBATA", "TAHUN 2021", "LEWOLEBA"])


def kota_kupang_2022():
    """Kota Kupang 2022: the SAKIP components with their weights written as percentages."""
    baru("lkj-kota-kupang-2022", "Kota Kupang", "5371", "Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864",
         r_bobot_persen("bobot komponen dinyatakan dalam persen dari nilai akhir"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u70kk22", ("pemilu", 2019),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"Laporan Kinerja KPU Kota Kupang 2022 / {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2022", "KUPANG"])


def sabu_raijua_2023():
    """Sabu Raijua 2023: the budget with its serapan printed to one decimal."""
    baru("lkj-sabu-raijua-2023", "Sabu Raijua", "5320", "Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875",
         r_satu_desimal("dalam rupiah; persentase serapan dibulatkan satu desimal"),
         "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u70sr23", ("pemilu", 2024),
         "KABUPATEN SABU RAIJUA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka bulan Juni 2023 (rekapitulasi tidak memuat jumlah desa/kelurahan):",
         (lambda n: f"LKj KPU Sabu Raijua 2023 - hal. {n}", None),
         pre_ang="Pagu DIPA setelah revisi beserta realisasinya menurut program dan kegiatan disajikan pada tabel "
                 "berikut (dalam rupiah); persentase serapan disajikan dengan satu angka desimal.",
         sampul=["KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "LAPORAN KINERJA", "TAHUN 2023", "SEBA"])


def belu_2024():
    """Belu 2024: the DPT closed by a RATA-RATA PER KECAMATAN row under the kabupaten row."""
    baru("lkj-belu-2024", "Belu", "5304", "Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866",
         r_rata_rata("baris terakhir: rata-rata per kecamatan"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u70bl24", ("pemilu", 2024),
         "KABUPATEN BELU",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024. Di bawah baris jumlah kabupaten dicantumkan rata-rata per kecamatan:",
         (lambda n: f"LKj KPU Belu 2024 | {n}", None),
         sampul=["KPU KABUPATEN BELU", "LAPORAN KINERJA", "TAHUN 2024", "ATAMBUA"])


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
