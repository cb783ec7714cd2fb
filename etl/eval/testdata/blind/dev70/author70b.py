#!/usr/bin/env python3
# dev70/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev70/author70b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common70 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_diakui, r_efisiensi,  # noqa: E402
                      r_pemula, r_per_tps, r_segmen, r_tertimbang, rapi, rb_std, revisi_semua, riwayat,
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
    """Ngada 2019: the budget with the DIPA code split into its segments, one column each."""
    baru("lkj-ngada-2019", "Ngada", "5309", "Bajawa|28 Januari 2020|Fransiskus Watu Dhey, S.Fil.|19840219 200604 1 811",
         r_segmen("Realisasi Anggaran 2019"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u68ng19", ("pemilu", 2019),
         "KAB. NGADA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, hasil rapat pleno terbuka:",
         (lambda n: f"LKj Ngada 2019 -- {n}", None), riw=0,
         pre="Tabel realisasi anggaran disalin dari cetakan DIPA, dengan kode dipecah menurut segmennya.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "TAHUN 2019", "BAJAWA"])


def nagekeo_2020():
    """Nagekeo 2020: the DPT with a Pemilih Pemula column between P and L+P."""
    baru("lkj-nagekeo-2020", "Nagekeo", "5316", "Mbay|29 Januari 2021|Yohanes Dhosa Lado, S.E.|19850730 200604 1 812",
         r_pemula("DPT Pemilu 2019 per Kecamatan, termasuk pemilih pemula"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9", 21.3, "u68nk20", ("pemilu", 2019),
         "KAB. NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan 2020, dengan jumlah pemilih pemula di setiap kecamatan:",
         (lambda n: f"Halaman {n} - LKj KPU Nagekeo 2020", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN NAGEKEO", "TAHUN 2020", "MBAY"])


def sumba_barat_2021():
    """Sumba Barat 2021: the SAKIP components with each component's score on a scale of 100 and weighted."""
    baru("lkj-sumba-barat-2021", "Sumba Barat", "5312",
         "Waikabubak|31 Januari 2022|Umbu Pati Lede, S.Sos.|19860905 200904 1 813",
         r_tertimbang("Lembar kerja evaluasi: nilai tertimbang = bobot x nilai komponen / 100"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u68sb21", ("pilkada", 2020),
         "KAB. SUMBA BARAT",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan, dasar "
         "pemutakhiran data pemilih berkelanjutan 2021:",
         (lambda n: f"LKj Sumba Barat 2021 :: {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT", "TAHUN 2021", "WAIKABUBAK"])


def manggarai_2022():
    """Manggarai 2022: the capaian with a second percent column, the capaian capped at 100."""
    baru("lkj-manggarai-2022", "Manggarai", "5310", "Ruteng|30 Januari 2023|Kristianus Jehaman, S.Fil.|19860803 200904 1 766",
         r_diakui("Pengukuran Kinerja 2022"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u68mg22", ("pemilu", 2019),
         "KAB. MANGGARAI",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2022:",
         (lambda n: f"[{n}] LKj KPU Manggarai 2022", None),
         pre="Capaian yang melampaui 100% diakui paling tinggi 100% untuk menghitung rata-rata capaian.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "TAHUN 2022", "RUTENG"])


def manggarai_timur_2023():
    """Manggarai Timur 2023: the budget with its sisa split into Efisiensi and Sisa Tidak Terserap."""
    baru("lkj-manggarai-timur-2023", "Manggarai Timur", "5319",
         "Borong|31 Januari 2024|Fransiskus Sales Jehadut, S.Fil.|19850417 200604 1 783",
         r_efisiensi("Realisasi Anggaran 2023"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6", 22.2, "u68mt23", ("pemilu", 2024),
         "KAB. MANGGARAI TIMUR",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, ditetapkan dalam rapat pleno "
         "Juni 2023:",
         (lambda n: f"LKj Matim 2023 | hlm. {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2023", "BORONG"])


def rote_ndao_2024():
    """Rote Ndao 2024: the DPT with an average of voters per TPS after the total."""
    baru("lkj-rote-ndao-2024", "Rote Ndao", "5314", "Ba'a|30 Januari 2025|Ferdinand Mesakh Ndun, S.E.|19840306 200604 1 782",
         r_per_tps("DPT Pemilu 2024 per Kecamatan dan beban pemilih per TPS"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u68rn24", ("pemilu", 2024),
         "KAB. ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan, yang digunakan pada pemungutan "
         "suara 14 Februari 2024, beserta rata-rata pemilih per TPS:",
         (lambda n: f"Rote Ndao . LKj 2024 . {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN ROTE NDAO", "TAHUN 2024", "BA'A"])


if __name__ == "__main__":
    tulis(ngada_2019, nagekeo_2020, sumba_barat_2021, manggarai_2022, manggarai_timur_2023, rote_ndao_2024)
