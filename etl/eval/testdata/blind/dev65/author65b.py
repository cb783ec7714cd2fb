#!/usr/bin/env python3
# dev65/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev65/author65b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common65 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_data_bagan, r_urut_kepala,  # noqa: E402
                      r_isian, r_kolom_bawaan, r_level, r_pemotong, rapi, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, pre=None, riw=1, sampul=None, kaki=None):
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


def rote_ndao_2019():
    """Rote Ndao 2019: the Pemilu 2019 DPT as the data sheet of a Word chart."""
    baru("lkj-rote-ndao-2019", "Rote Ndao", "5314", "Ba'a|30 Januari 2020|Yunus Henuk Ndun, S.Sos.|19830505 200604 1 711",
         r_data_bagan("Rekapitulasi DPT Pemilu 2019 per Kecamatan"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.3", 21.2, "u63rn19", ("pemilu", 2019),
         "KAB. ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan. Bagan batang pemilih laki-laki dan "
         "perempuan dibuat langsung di Word; lembar datanya disalin di bawah ini.", riw=0,
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN ROTE NDAO", "TAHUN 2019", "BA'A"])


def nagekeo_2019():
    """Nagekeo 2019: the Pemilu 2019 DPT as an Excel table with default headers Column1..Column7 and a Total Row."""
    baru("lkj-nagekeo-2019", "Nagekeo", "5316", "Mbay|29 Januari 2020|Agustinus Bupu Lena, S.Fil.|19840817 200604 1 712",
         r_kolom_bawaan("Rekapitulasi DPT Pemilu 2019 per Kecamatan"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.4", 21.3, "u63nk19", ("pemilu", 2019),
         "KAB. NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, disalin dari tabel Excel subbagian "
         "teknis:", riw=0)


def sumba_barat_2024():
    """Sumba Barat 2024: the budget as an Excel table printed with its slicers (no kecamatan DPT: the corpus
    holds none of 2024 for Sumba Barat)."""
    baru("lkj-sumba-barat-2024", "Sumba Barat", "5312",
         "Waikabubak|30 Januari 2025|Umbu Dedi Kaleka, S.Sos.|19850923 200904 1 713",
         r_pemotong("Realisasi Anggaran 2024"),
         "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 82.0", 22.5, "u63sb24", None, None, None,
         pre="Tabel realisasi anggaran dicetak dari tabel Excel bendahara bersama slicer penyaringnya.", riw=1)


def ttu_2020():
    """Timor Tengah Utara 2020: the budget as a monitoring application's export with a Level column."""
    baru("lkj-timor-tengah-utara-2020", "Timor Tengah Utara", "5303",
         "Kefamenanu|29 Januari 2021|Gregorius Kolo Taek, S.H.|19830128 200604 1 714",
         r_level("Realisasi Anggaran 2020", "aplikasi monitoring anggaran"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.6, "u63tu20", ("pilkada", 2020),
         "KAB. TTU",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara 2020 per kecamatan:",
         pre="Tabel realisasi anggaran adalah hasil ekspor aplikasi monitoring anggaran; kolom Level menandai "
             "jenjang baris.", riw=1)


def sikka_2019():
    """Sikka 2019: the capaian as a filled Word template of content controls."""
    baru("lkj-sikka-2019", "Sikka", "5307", "Maumere|30 Januari 2020|Paulus Moa Nong, S.Sos.|19820316 200604 1 715",
         r_isian("Pengukuran Kinerja 2019", "KPU Kabupaten Sikka"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u63sk19", ("pemilu", 2019),
         "KAB. SIKKA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka per kecamatan:",
         pre="Pengukuran kinerja diisi pada templat Word dari KPU Provinsi yang memakai kontrol konten.", riw=0)


def manggarai_barat_2019():
    """Manggarai Barat 2019: the SAKIP 2018 components sorted A-Z with the header row sorted in among them."""
    baru("lkj-manggarai-barat-2019", "Manggarai Barat", "5315",
         "Labuan Bajo|31 Januari 2020|Fransiskus Jemalu, S.Pd.|19840620 200604 1 716",
         r_urut_kepala("Hasil Evaluasi AKIP 2018"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u63mb19", ("pemilu", 2019),
         "KAB. MANGGARAI BARAT",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Barat per kecamatan:",
         pre="Tabel komponen evaluasi disalin dari lembar kerja yang sudah diurutkan menurut nama komponen.", riw=0,
         kaki=(lambda n: f"LKj Manggarai Barat 2019 \u2013 {n}", None))


if __name__ == "__main__":
    tulis(rote_ndao_2019, nagekeo_2019, sumba_barat_2024, ttu_2020, sikka_2019, manggarai_barat_2019)
