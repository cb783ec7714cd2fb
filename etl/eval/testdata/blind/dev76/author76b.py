#!/usr/bin/env python3
# dev76/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev76/author76b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common76 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_kode_uraian,  # noqa: E402
                      r_dua_jenis, r_tanpa_jumlah, r_bobot_nama, r_penanggung_jawab, r_persen_dulu, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Evaluasi atas kinerja tahun {y} sebelumnya menghasilkan nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Reformasi Birokrasi tahun {tahun} dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, posisi 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari pagu keseluruhan Rp{p} telah terealisasi Rp{x}, atau serapan {id_dec(q)}%.")
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


def ngada_2019():
    """Ngada 2019: the budget with no code column, each row's code opening its name cell."""
    baru("lkj-ngada-2019", "Ngada", "5309", "Bajawa|29 Januari 2020|Yosef Djawa Ngole, S.Fil.|19840617 200604 1 871",
         r_kode_uraian("kode dan nama program/kegiatan dalam satu kolom, sebagaimana cetakan monitoring OM-SPAN"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u71ng19", ("pemilu", 2019),
         "KABUPATEN NGADA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, hasil rapat pleno terbuka:",
         (lambda n: f"LKj KPU Ngada 2019 | hlm {n}", None), riw=0,
         pre="Pada tabel realisasi anggaran, kode program dan kode kegiatan ditulis di depan namanya, dipisahkan "
             "tanda hubung, sebagaimana tercetak pada laporan monitoring OM-SPAN.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "TAHUN 2019", "BAJAWA"])


def nagekeo_2020():
    """Nagekeo 2020: the capaian in two tables, quantitative indicators and graded ones without a capaian column."""
    baru("lkj-nagekeo-2020", "Nagekeo", "5316", "Mbay|28 Januari 2021|Paulus Sebho Dhae, S.E.|19850822 200604 1 872",
         r_dua_jenis("Indikator kinerja kuantitatif", "Indikator kinerja kualitatif (predikat dan opini)"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9", 21.3, "u71nk20", ("pemilu", 2019),
         "KAB. NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2020:",
         (lambda n: f"KPU Nagekeo - LKj 2020 - {n}", None),
         pre="Pengukuran kinerja disajikan dalam dua bagian: indikator kuantitatif yang diukur dengan angka, dan "
             "indikator kualitatif yang diukur dengan predikat atau opini; indikator kualitatif dinyatakan tercapai "
             "atau belum tercapai tanpa persentase capaian.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN NAGEKEO", "TAHUN 2020", "MBAY"])


def sumba_barat_2021():
    """Sumba Barat 2021: the DPT with no L+P column, the grand total in the sentence under it."""
    baru("lkj-sumba-barat-2021", "Sumba Barat", "5312",
         "Waikabubak|28 Januari 2022|Umbu Dedu Ngara, S.Pd.|19850503 200604 1 873",
         r_tanpa_jumlah("pemilih menurut jenis kelamin"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u71sb21", ("pilkada", 2020),
         "KAB. SUMBA BARAT",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan menurut jenis "
         "kelamin, pangkal pemutakhiran data pemilih berkelanjutan 2021:",
         (lambda n: f"Sumba Barat - LKj 2021 - {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT", "TAHUN 2021", "WAIKABUBAK"])


def manggarai_2022():
    """Manggarai 2022: the SAKIP components with each weight in its name cell, no Bobot column."""
    baru("lkj-manggarai-2022", "Manggarai", "5310", "Ruteng|30 Januari 2023|Hironimus Jemarut, S.Fil.|19860217 200904 1 874",
         r_bobot_nama("bobot setiap komponen tertulis di belakang namanya"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u71mg22", ("pemilu", 2019),
         "KAB. MANGGARAI",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, pangkal pemutakhiran data "
         "pemilih berkelanjutan 2022:",
         (lambda n: f"LKj Manggarai 2022 # {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "TAHUN 2022", "RUTENG"])


def manggarai_timur_2023():
    """Manggarai Timur 2023: the capaian with the unit in charge of each indicator in a last column."""
    baru("lkj-manggarai-timur-2023", "Manggarai Timur", "5319",
         "Borong|31 Januari 2024|Kanisius Jehabut, S.Sos.|19860919 200904 1 875",
         r_penanggung_jawab("penanggung jawab indikator menurut Perjanjian Kinerja"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6", 22.2, "u71mt23", ("pemilu", 2024),
         "KAB. MANGGARAI TIMUR",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, ditetapkan dalam rapat "
         "pleno Juni 2023:",
         (lambda n: f"LKj Matim 2023 ~ {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2023", "BORONG"])


def rote_ndao_2024():
    """Rote Ndao 2024: the budget with the absorption percent before the amounts."""
    baru("lkj-rote-ndao-2024", "Rote Ndao", "5314", "Ba'a|30 Januari 2025|Daniel Mesakh Lenggu, S.E.|19840909 200604 1 876",
         r_persen_dulu("persentase serapan ditempatkan sebelum nilai anggaran"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u71rn24", ("pemilu", 2024),
         "KAB. ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan, yang digunakan pada pemungutan "
         "suara 14 Februari 2024:",
         (lambda n: f"KPU Rote Ndao / LKj 2024 / {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN ROTE NDAO", "TAHUN 2024", "BA'A"])


if __name__ == "__main__":
    tulis(ngada_2019, nagekeo_2020, sumba_barat_2021, manggarai_2022, manggarai_timur_2023, rote_ndao_2024)
