#!/usr/bin/env python3
# dev99/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev99/author99b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common99 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_terpakai, r_satuan_kurung,  # noqa: E402
                      r_kata_kecamatan, r_dari_bobot, sakip_naik, r_capaian_realisasi, r_tab, halaman, rapi, rb_std,
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


def manggarai_2019():
    """Manggarai 2019: the budget whose realised and remaining amounts are titled Terpakai / Tidak Terpakai."""
    baru("lkj-manggarai-2019", "Manggarai", "5310", "Ruteng|30 Januari 2020|Kanisius Jehabut, S.Fil.|19820603 200604 1 871",
         r_terpakai("dalam rupiah; terpakai = telah dibelanjakan, tidak terpakai = sisa pagu"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u73mg19", ("pemilu", 2019),
         "KABUPATEN MANGGARAI",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan menurut berita acara "
         "rapat pleno terbuka:",
         (lambda n: f"LKj KPU Manggarai 2019 / hal. {n}", None), riw=0,
         pre_ang="Pagu DIPA setelah revisi tahun 2019 menurut program dan kegiatan, dengan bagian yang telah terpakai "
                 "dan yang tidak terpakai sampai akhir tahun, sebagaimana lembar kerja keuangan kantor.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "TAHUN 2019", "RUTENG"])


def rote_ndao_2020():
    """Rote Ndao 2020: the capaian with each unit in square brackets after the indicator's name."""
    baru("lkj-rote-ndao-2020", "Rote Ndao", "5314", "Ba'a|28 Januari 2021|Daniel Ndolu, S.Pd.|19830927 200604 1 872",
         r_satuan_kurung("satuan setiap indikator tertera dalam kurung siku"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u73rn20", ("pemilu", 2019),
         "KABUPATEN ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2020:",
         (lambda n: f"LKj Rote Ndao 2020 * {n}", None),
         pre="Satuan setiap indikator kinerja dituliskan dalam kurung siku di belakang nama indikatornya.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN ROTE NDAO", "TAHUN 2020", "BA'A"])


def sumba_timur_2021():
    """Sumba Timur 2021: the DPT whose kecamatan cells are led by the word KECAMATAN."""
    baru("lkj-sumba-timur-2021", "Sumba Timur", "5311", "Waingapu|27 Januari 2022|Umbu Kudu Lawu, S.H.|19840524 200604 1 873",
         r_kata_kecamatan("per wilayah kecamatan; baris terakhir jumlah kabupaten"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u73sm21", ("pemilu", 2019),
         "KABUPATEN SUMBA TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur per wilayah kecamatan, pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2021:",
         (lambda n: f"Laporan Kinerja KPU Sumba Timur 2021 ~ {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TIMUR", "TAHUN 2021", "WAINGAPU"])


def manggarai_barat_2022():
    """Manggarai Barat 2022: the SAKIP components with each value stated against its weight in one cell."""
    baru("lkj-manggarai-barat-2022", "Manggarai Barat", "5315",
         "Labuan Bajo|31 Januari 2023|Fransiskus Sales Ndahur, S.Sos.|19850906 200604 1 874",
         r_dari_bobot("nilai setiap komponen dituliskan terhadap bobotnya"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u73mb22", ("pemilu", 2019),
         "KABUPATEN MANGGARAI BARAT",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Barat per kecamatan, pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Manggarai Barat 2022 ({n})", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT", "TAHUN 2022", "LABUAN BAJO"])


def ttu_2023():
    """Timor Tengah Utara 2023: the SAKIP score stated as its change from the year before."""
    baru("lkj-timor-tengah-utara-2023", "Timor Tengah Utara", "5303",
         "Kefamenanu|31 Januari 2024|Yohanes Kolo Sasi, S.Fil.|19860411 200904 1 865",
         r_tab,
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.8", 22.3, "u73tu23", ("pemilu", 2024),
         "KABUPATEN TIMOR TENGAH UTARA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Timor Tengah Utara per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka bulan Juni 2023:",
         (lambda n: f"LKj TTU 2023 - halaman {n}", None), riw=0,
         sakip=sakip_naik,
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2023", "KEFAMENANU"])


def manggarai_timur_2024():
    """Manggarai Timur 2024: the capaian whose realisasi column is titled Capaian."""
    baru("lkj-manggarai-timur-2024", "Manggarai Timur", "5319", "Borong|31 Januari 2025|Yosef Nggarang, S.Fil.|19870215 200904 1 876",
         r_capaian_realisasi("kolom Capaian memuat nilai yang dicapai; persentasenya pada kolom terakhir"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u73mt24", ("pemilu", 2024),
         "KABUPATEN MANGGARAI TIMUR",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, yang digunakan pada pemungutan "
         "suara 14 Februari 2024:",
         (lambda n: f"LKj Manggarai Timur 2024 # {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2024", "BORONG"])


if __name__ == "__main__":
    tulis(manggarai_2019, rote_ndao_2020, sumba_timur_2021, manggarai_barat_2022, ttu_2023, manggarai_timur_2024)
