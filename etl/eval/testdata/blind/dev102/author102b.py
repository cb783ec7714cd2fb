#!/usr/bin/env python3
# dev102/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev102/author102b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common102 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_pencairan, r_hasil_ukur,  # noqa: E402
                      r_lk_pr, r_ppk, r_nilai_tahun, r_direncanakan, r_tab, halaman, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None, pre_sakip=None, total="JUMLAH", sakip=None):
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
    """Sumba Tengah 2019: the budget whose realised amount is titled as the disbursement of funds."""
    baru("lkj-sumba-tengah-2019", "Sumba Tengah", "5317",
         "Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861",
         r_pencairan("dalam rupiah; pencairan dana = dana yang telah dicairkan melalui SP2D, sisa dana = pagu dikurangi pencairan"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u73st19", ("pemilu", 2019),
         "KABUPATEN SUMBA TENGAH",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan berdasarkan berita "
         "acara rapat pleno terbuka:",
         (lambda n: f"LKj KPU Sumba Tengah 2019 . {n}", None), riw=0,
         pre_ang="Pagu DIPA setelah revisi tahun 2019 menurut program dan kegiatan, beserta dana yang telah dicairkan "
                 "sampai 31 Desember 2019 dan sisa dana yang tidak dicairkan.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TENGAH", "TAHUN 2019", "WAIBAKUL"])


def flores_timur_2020():
    """Flores Timur 2020: the capaian headed in the words of a measurement sheet."""
    baru("lkj-flores-timur-2020", "Flores Timur", "5306",
         "Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862",
         r_hasil_ukur("hasil pengukuran = realisasi indikator; persentase keberhasilan = hasil pengukuran dibagi target"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.5, "u73ft20", ("pemilu", 2019),
         "KABUPATEN FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran "
         "data pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Flores Timur 2020 ({n})", None),
         pre="Lembar pengukuran kinerja berikut memuat target setiap indikator, hasil pengukurannya pada akhir tahun, "
             "dan persentase keberhasilan, yaitu hasil pengukuran dibandingkan dengan target.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN FLORES TIMUR", "TAHUN 2020", "LARANTUKA"])


def lembata_2021():
    """Lembata 2021: the DPT with the voters titled in a clerk's abbreviations Lk. / Pr."""
    baru("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863",
         r_lk_pr("per kecamatan; Lk. laki-laki, Pr. perempuan"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u73lb21", ("pemilu", 2019),
         "KABUPATEN LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"LKj KPU Lembata 2021 :: hal. {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2021", "LEWOLEBA"])


def kota_kupang_2022():
    """Kota Kupang 2022: the DPT whose kecamatan column is titled by the committee that keeps its roll (PPK)."""
    baru("lkj-kota-kupang-2022", "Kota Kupang", "5371", "Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864",
         r_ppk("per Panitia Pemilihan Kecamatan (PPK)", "JUMLAH KOTA KUPANG"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u73kk22", ("pemilu", 2019),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang menurut Panitia Pemilihan Kecamatan (PPK) yang "
         "merekapitulasinya, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:",
         (lambda n: f"Laporan Kinerja KPU Kota Kupang 2022 ~ {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2022", "KUPANG"])


def sabu_raijua_2023():
    """Sabu Raijua 2023: the SAKIP components with the value column titled by the year evaluated."""
    baru("lkj-sabu-raijua-2023", "Sabu Raijua", "5320", "Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875",
         r_nilai_tahun("bobot dan nilai per komponen; baris terakhir nilai akhir"),
         "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u73sr23", ("pemilu", 2024),
         "KABUPATEN SABU RAIJUA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam rapat "
         "pleno terbuka bulan Juni 2023 (rekapitulasi tidak memuat jumlah desa/kelurahan):",
         (lambda n: f"LKj Sabu Raijua 2023 | hlm {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "TAHUN 2023", "SEBA"])


def belu_2024():
    """Belu 2024: the capaian headed as planned and achieved performance."""
    baru("lkj-belu-2024", "Belu", "5304", "Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866",
         r_direncanakan("kinerja yang direncanakan = target; kinerja yang dicapai = realisasi"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u73bl24", ("pemilu", 2024),
         "KABUPATEN BELU",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Belu 2024 / {n}", None),
         pre="Tabel pengukuran kinerja berikut membandingkan kinerja yang direncanakan dalam Perjanjian Kinerja "
             "dengan kinerja yang dicapai sampai akhir tahun 2024.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN 2024", "ATAMBUA"])


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
