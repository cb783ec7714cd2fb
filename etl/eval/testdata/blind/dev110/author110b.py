#!/usr/bin/env python3
# dev110/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev110/author110b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common110 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_ket_wilayah, r_target_gabung,  # noqa: E402
                      r_serapan_kata, r_bobot_gabung, r_satuan_gabung, r_tps_rentang, halaman, rapi, rb_std,
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


def kota_kupang_2019():
    """Kota Kupang 2019: the DPT with the village and TPS counts as a phrase in a closing Keterangan cell."""
    baru("lkj-kota-kupang-2019", "Kota Kupang", "5371", "Kupang|29 Januari 2020|Marthinus Adoe, S.H.|19830612 200604 1 891",
         r_ket_wilayah("kelurahan"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u72kk19", ("pemilu", 2019),
         "KOTA KUPANG",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan sesuai berita acara rapat pleno "
         "terbuka KPU Kota Kupang:",
         (lambda n: f"LKj KPU Kota Kupang 2019 = {n}", None), riw=0,
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2019", "KUPANG"])


def alor_2020():
    """Alor 2020: the capaian with the Target column merged down over runs of equal targets."""
    baru("lkj-alor-2020", "Alor", "5305", "Kalabahi|28 Januari 2021|Yusuf Mautuka, S.Sos.|19840723 200604 1 892",
         r_target_gabung("sel Target digabung untuk indikator berurutan dengan target yang sama"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u72al20", ("pemilu", 2019),
         "KABUPATEN ALOR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, yang menjadi dasar pemutakhiran data "
         "pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Alor 2020 ; hlm {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN ALOR", "TAHUN 2020", "KALABAHI"])


def nagekeo_2021():
    """Nagekeo 2021: the budget with every serapan cell carrying its category word."""
    baru("lkj-nagekeo-2021", "Nagekeo", "5316", "Mbay|27 Januari 2022|Kornelis Dhae Sina, S.E.|19870108 200904 1 893",
         r_serapan_kata("dalam rupiah; kategori serapan: sangat tinggi 95% ke atas, tinggi 90% sampai di bawah 95%, "
                        "sedang 80% sampai di bawah 90%, rendah di bawah 80%"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8", 21.8, "u72nk21", ("pemilu", 2019),
         "KABUPATEN NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"LKj KPU Nagekeo 2021 ~ {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO", "TAHUN 2021", "MBAY"])


def sabu_raijua_2022():
    """Sabu Raijua 2022: the SAKIP components with the Bobot column merged down over equal weights."""
    baru("lkj-sabu-raijua-2022", "Sabu Raijua", "5320", "Seba|30 Januari 2023|Lazarus Bire Lado, S.Pd.|19850930 200604 1 894",
         r_bobot_gabung("sel Bobot digabung untuk komponen berurutan dengan bobot yang sama"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9", 22.1, "u72sr22", ("pemilu", 2019),
         "KABUPATEN SABU RAIJUA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Sabu Raijua 2022 / {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "TAHUN 2022", "SEBA"])


def manggarai_barat_2023():
    """Manggarai Barat 2023: the capaian grouped by unit, a Satuan column merged down at the left."""
    baru("lkj-manggarai-barat-2023", "Manggarai Barat", "5315",
         "Labuan Bajo|31 Januari 2024|Fransiskus Sales Jehaut, S.Fil.|19860402 200904 1 895",
         r_satuan_gabung("dikelompokkan menurut satuan; kolom Satuan digabung; nomor indikator sesuai Perjanjian Kinerja"),
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.7", 22.3, "u72mb23", ("pemilu", 2024),
         "KABUPATEN MANGGARAI BARAT",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka bulan Juni 2023:",
         (lambda n: f"LKj KPU Manggarai Barat 2023 - hlm. {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT", "TAHUN 2023", "LABUAN BAJO"])


def malaka_2024():
    """Malaka 2024: the DPT with each kecamatan's polling stations stated as the range of their numbers."""
    baru("lkj-malaka-2024", "Malaka", "5321", "Betun|30 Januari 2025|Yohanes Klau Bria, S.H.|19860611 200904 1 896",
         r_tps_rentang("TPS setiap kecamatan bernomor urut mulai dari 1; baris kabupaten menyebut jumlah TPS"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2", 22.6, "u72mk24", ("pemilu", 2024),
         "KABUPATEN MALAKA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Malaka 2024 : {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MALAKA", "TAHUN 2024", "BETUN"])


if __name__ == "__main__":
    tulis(kota_kupang_2019, alor_2020, nagekeo_2021, sabu_raijua_2022, manggarai_barat_2023, malaka_2024)
