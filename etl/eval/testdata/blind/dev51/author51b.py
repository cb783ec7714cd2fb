#!/usr/bin/env python3
# dev51/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev51/author51b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common51 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_hocon, r_kdl, r_ogr, r_pq, r_rexx,  # noqa: E402
                      r_wpmerge, rb_std, revisi_semua, riwayat, sec_anggaran,
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


def sumba_barat_2023():
    """Sumba Barat 2023: the Pilkada 2020 DPT as the GIS operator's ogrinfo listing of two layers."""
    baru("lkj-sumba-barat-2023", "Sumba Barat", "5312", "Waikabubak|30 Januari 2024|Lukas Ngongo Bili, S.Sos.|19810404 200604 1 101",
         r_ogr("Peta Data Pemilih", "batas_kec_dpt2020.shp", "batas_kec_dpt2020", "batas_kab_dpt2020.shp",
               "batas_kab_dpt2020"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.5", 21.8, "u49sb23", ("pilkada", 2020), "JUMLAH",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan, data dasar "
         "pemutakhiran berkelanjutan. Data ini melekat pada lapisan batas kecamatan peta pemilih; operator GIS "
         "menampilkannya dengan ogrinfo dan layarnya diketik ulang di bawah ini.")


def manggarai_timur_2022():
    """Manggarai Timur 2022: the Pemilu 2019 DPT as the KDL configuration file of the recap application."""
    baru("lkj-manggarai-timur-2022", "Manggarai Timur", "5319", "Borong|27 Januari 2023|Aloysius Ngabut, S.Fil.|19820901 200604 1 102",
         r_kdl("Berkas Konfigurasi Aplikasi Rekap DPT", "rekap_dpt.kdl"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.6, "u49mt22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2022. Aplikasi rekap kantor membacanya dari berkas KDL yang diketik ulang di bawah ini.")


def malaka_2023():
    """Malaka 2023: the budget as the HOCON configuration of the budget dashboard (the total first)."""
    baru("lkj-malaka-2023", "Malaka", "5321", "Betun|26 Januari 2024|Yoakim Seran Klau, S.E.|19830212 200604 1 103",
         r_hocon("Konfigurasi Dasbor Anggaran", "anggaran.conf"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.6", 21.7, "u49ml23", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 yang ditetapkan Juni 2023, per kecamatan:",
         pre="Angka realisasi anggaran pada dasbor kantor disimpan dalam berkas konfigurasi HOCON; isinya diketik "
             "ulang pada bagian Realisasi Anggaran.")


def kota_kupang_2021():
    """Kota Kupang 2021: the budget as the REXX script of the office's old recap (stem variables)."""
    baru("lkj-kota-kupang-2021", "Kota Kupang", "5371", "Kupang|25 Januari 2022|Ishak Lodoe Radja, S.H.|19800117 200604 1 104",
         r_rexx("Skrip Rekap Anggaran", "REKAPANG.REX"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.3", 21.9, "u49kk21", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, data dasar pemutakhiran berkelanjutan tahun "
         "2021:")


def nagekeo_2024():
    """Nagekeo 2024: the capaian as the WordPerfect secondary merge file of the assessment letters."""
    baru("lkj-nagekeo-2024", "Nagekeo", "5316", "Mbay|29 Januari 2025|Benediktus Dhae Woga, S.Pd.|19810622 200604 1 105",
         r_wpmerge("Data Gabung Surat Penilaian Kinerja", "CAPAIAN.SEC"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 22.0, "u49nk24", ("pilkada", 2024), "JUMLAH",
         "Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Nagekeo 2024 per kecamatan:",
         pre="Capaian indikator dikirim kepada para kepala subbagian dengan surat gabung WordPerfect; berkas data "
             "gabungnya diketik ulang pada tabel capaian di bawah.")


def tts_2023():
    """Timor Tengah Selatan 2023: the SAKIP 2022 components as an Excel Power Query (M) query."""
    baru("lkj-timor-tengah-selatan-2023", "Timor Tengah Selatan", "5302",
         "Soe|31 Januari 2024|Yakobus Selan Nenobais, S.IP.|19800828 200604 1 106",
         r_pq("Buku Kerja Evaluasi AKIP"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.8", 21.5, "u49ts23", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2023:", riw=2)


if __name__ == "__main__":
    tulis(sumba_barat_2023, manggarai_timur_2022, malaka_2023, kota_kupang_2021, nagekeo_2024, tts_2023)
