#!/usr/bin/env python3
# dev91/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev91/author91b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common91 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_tiga_judul, r_judul_gabung,  # noqa: E402
                      r_predikat_baris, r_judul_rumus, r_jumlah_no, rb_bobot_judul, r_tab, halaman, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None, pre_sakip=None, total="JUMLAH", rb_tab=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1, pre=pre_sakip)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Pada evaluasi atas kinerja tahun {y}, nilai yang diperoleh adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    if rb_tab:
        rb_tab(d, tahun, nb)
    else:
        d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} menghasilkan nilai {id_dec(nb[0])} "
            f"dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total, pre=pre_ang)
    sumber(d, f"Sumber: Aplikasi SAKTI, Laporan Realisasi Anggaran per 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari pagu keseluruhan Rp{p}, realisasi mencapai Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y}, pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()


def belu_2019():
    """Belu 2019: the DPT under three title rows (Wilayah, Daftar Pemilih Tetap and Jenis Kelamin merged over
    their columns)."""
    baru("lkj-belu-2019", "Belu", "5304", "Atambua|28 Januari 2020|Maria Fatima Bere, S.Sos.|19840410 200604 2 861",
         r_tiga_judul("judul kolom bertingkat tiga sebagaimana formulir rekapitulasi", "KABUPATEN BELU"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1", 21.2, "u71bl19", ("pemilu", 2019),
         "KABUPATEN BELU",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu per kecamatan, hasil rapat pleno terbuka "
         "KPU Kabupaten Belu. Judul kolom tabel disusun bertingkat: kolom wilayah memuat jumlah desa/kelurahan dan "
         "TPS, kolom Daftar Pemilih Tetap memuat pemilih menurut jenis kelamin dan jumlahnya:",
         (lambda n: f"LKj KPU Belu 2019 ~ {n}", None), riw=0,
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN BELU", "TAHUN 2019", "ATAMBUA"])


def tts_2020():
    """Timor Tengah Selatan 2020: the capaian whose first column title is merged over the number and the name."""
    baru("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan", "5302",
         "Soe|29 Januari 2021|Yermias Tallo, S.Th.|19830908 200604 1 862",
         r_judul_gabung("judul kolom pertama digabung untuk nomor dan nama indikator"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u71ts20", ("pemilu", 2019),
         "KAB. TIMOR TENGAH SELATAN",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, dasar pemutakhiran data "
         "pemilih berkelanjutan tahun 2020:",
         (lambda n: f"Laporan Kinerja KPU TTS 2020 :: {n}", None),
         pre="Pada tabel pengukuran kinerja berikut, judul kolom Sasaran / Indikator Kinerja mencakup kolom nomor "
             "urut dan kolom nama indikator sekaligus.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2020", "SOE"])


def sikka_2021():
    """Sikka 2021: the SAKIP components whose score row is labelled by the predikat it earns."""
    baru("lkj-sikka-2021", "Sikka", "5307", "Maumere|27 Januari 2022|Yohanes Nong Sina, S.Fil.|19850216 200604 1 863",
         r_predikat_baris("rekapitulasi Laporan Hasil Evaluasi"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u71sk21", ("pemilu", 2019),
         "KABUPATEN SIKKA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka per kecamatan, yang menjadi pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2021:",
         (lambda n: f"LKj Sikka 2021 / {n}", None),
         pre_sakip="Inspektorat Utama KPU telah menyampaikan Laporan Hasil Evaluasi AKIP Tahun 2020. Baris terakhir "
                   "tabel berikut memuat nilai akhir, yaitu jumlah nilai keempat komponen, dengan predikat yang "
                   "diperolehnya tertulis pada judul baris.",
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SIKKA", "TAHUN 2021", "MAUMERE"])


def flores_timur_2022():
    """Flores Timur 2022: the budget whose Sisa and serapan titles state their computation in words."""
    baru("lkj-flores-timur-2022", "Flores Timur", "5306",
         "Larantuka|30 Januari 2023|Bernadus Boli Hurint, S.E.|19860311 200904 1 864",
         r_judul_rumus("dalam rupiah"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u71ft22", ("pemilu", 2019),
         "KABUPATEN FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Flores Timur 2022 - hal {n}", None),
         pre_ang="Pagu DIPA setelah revisi dan realisasinya menurut program dan kegiatan disajikan pada tabel "
                 "berikut; judul kolom sisa dan serapan menyebutkan cara menghitungnya.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN FLORES TIMUR", "TAHUN 2022", "LARANTUKA"])


def malaka_2023():
    """Malaka 2023: the DPT whose total row carries JUMLAH in the No column, the Kecamatan cell empty."""
    baru("lkj-malaka-2023", "Malaka", "5321", "Betun|30 Januari 2024|Kristoforus Bria Seran, S.H.|19860925 200904 1 865",
         r_jumlah_no("baris jumlah untuk seluruh Kabupaten Malaka"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u71mk23", ("pemilu", 2024),
         "KABUPATEN MALAKA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan dalam rapat "
         "pleno terbuka bulan Juni 2023; baris terakhir adalah jumlah untuk seluruh kabupaten:",
         (lambda n: f"KPU Malaka - LKj 2023 - {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MALAKA", "TAHUN 2023", "BETUN"])


def kota_kupang_2024():
    """Kota Kupang 2024: the RB self-assessment stated only in a one-row table whose value column's title carries
    the weight."""
    baru("lkj-kota-kupang-2024", "Kota Kupang", "5371",
         "Kupang|30 Januari 2025|Imelda Christina Fanggi, S.H.|19870421 200904 2 866",
         r_tab,
         "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u71kk24", ("pemilu", 2024),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Kota Kupang 2024 | {n}", None),
         rb_tab=lambda d, tahun, nb: (
             d.P("Hasil penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) oleh Tim RB Sekretariat KPU Kota "
                 "Kupang, yang telah direviu Inspektorat Utama KPU, disajikan pada tabel berikut."),
             rb_bobot_judul(d, tahun, nb, "bobot penilaian tertulis pada judul kolom nilai")),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2024", "KUPANG"])


if __name__ == "__main__":
    tulis(belu_2019, tts_2020, sikka_2021, flores_timur_2022, malaka_2023, kota_kupang_2024)
