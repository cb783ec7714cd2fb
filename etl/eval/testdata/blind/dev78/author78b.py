#!/usr/bin/env python3
# dev78/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev78/author78b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common78 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_peringkat,  # noqa: E402
                      r_tanggal_pleno, r_angka_polos, r_rb_dalam_sakip, r_per_pulau, r_formulasi, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         rb_tabel=False, pre_ang=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    if rb_tabel:
        d.rb_tabel = rb_std(d, tahun, rb)  # stated in the SAKIP table's last row and the note under it
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Pada evaluasi atas kinerja tahun {y}, nilai yang diperoleh adalah {id_dec(v)} (predikat {predikat(v)}).")
    if not rb_tabel:
        nb = rb_std(d, tahun, rb)
        d.P(f"Nilai penilaian mandiri Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot "
            f"{id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH", pre=pre_ang)
    sumber(d, f"Sumber: Aplikasi SAKTI dan OM-SPAN, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi Rp{x}, dengan serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()


def sumba_tengah_2019():
    """Sumba Tengah 2019: the capaian ranked by its achievement, a Peringkat column first."""
    baru("lkj-sumba-tengah-2019", "Sumba Tengah", "5317", "Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861",
         r_peringkat("indikator diurutkan menurut capaian, tertinggi di atas; predikat dan opini tanpa peringkat"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u70st19", ("pemilu", 2019),
         "KAB. SUMBA TENGAH",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan, hasil rapat pleno "
         "terbuka KPU Kabupaten Sumba Tengah:",
         (lambda n: f"LKj Sumba Tengah 2019 :: {n}", None), riw=0,
         pre="Tabel pengukuran kinerja di bawah ini menyusun indikator menurut besarnya capaian, dari yang "
             "tertinggi; kolom Peringkat menunjukkan urutannya.",
         sampul=["LAPORAN KINERJA", "TAHUN 2019", "KPU KABUPATEN SUMBA TENGAH", "WAIBAKUL"])


def flores_timur_2020():
    """Flores Timur 2020: the DPT with the date of each kecamatan's PPK plenary."""
    tanggal = ["08-08-2018", "09-08-2018", "08-08-2018", "10-08-2018", "09-08-2018", "11-08-2018", "10-08-2018"]
    baru("lkj-flores-timur-2020", "Flores Timur", "5306", "Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862",
         r_tanggal_pleno("tanggal rapat pleno rekapitulasi DPT di tingkat PPK", tanggal, "14-08-2018"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.5, "u70ft20", ("pemilu", 2019),
         "KAB. FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2020. Setiap baris mencatat tanggal rapat pleno PPK yang menetapkan "
         "angkanya; baris kabupaten mencatat tanggal pleno KPU Kabupaten Flores Timur:",
         (lambda n: f"LKj KPU Flores Timur 2020 - hal {n}", None),
         sampul=["KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR", "LAPORAN KINERJA", "TAHUN 2020", "LARANTUKA"])


def lembata_2021():
    """Lembata 2021: the budget with its amounts as plain digits."""
    baru("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863",
         r_angka_polos("dalam rupiah; angka sebagaimana hasil unduhan SAKTI"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u70lb21", ("pemilu", 2019),
         "KAB. LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"KPU Lembata * LKj 2021 * {n}", None),
         pre_ang="Tabel berikut menyajikan pagu DIPA setelah revisi dan realisasinya menurut program dan kegiatan. "
                 "Angka rupiah disalin langsung dari hasil unduhan aplikasi SAKTI, tanpa pemisah ribuan.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2021", "LEWOLEBA"])


def kota_kupang_2022():
    """Kota Kupang 2022: the RB self-assessment as a row of the SAKIP components table."""
    baru("lkj-kota-kupang-2022", "Kota Kupang", "5371", "Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864",
         r_rb_dalam_sakip("komponen evaluasi AKIP dan hasil penilaian mandiri Reformasi Birokrasi"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u70kk22", ("pemilu", 2019),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Kota Kupang 2022 | hlm {n}", None), rb_tabel=True,
         sampul=["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KOTA KUPANG", "TAHUN 2022"])


def sabu_raijua_2023():
    """Sabu Raijua 2023: the DPT in one table per island."""
    pulau = [("Sabu", ["SABU BARAT", "SABU TENGAH", "SABU TIMUR", "SABU LIAE", "HAWU MEHARA"]), ("Raijua", ["RAIJUA"])]
    baru("lkj-sabu-raijua-2023", "Sabu Raijua", "5320", "Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875",
         r_per_pulau("per pulau; jumlah kabupaten di bawah tabel terakhir", pulau),
         "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u70sr23", ("pemilu", 2024),
         "KAB. SABU RAIJUA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua, ditetapkan dalam rapat pleno terbuka bulan "
         "Juni 2023, disajikan per pulau: lima kecamatan di Pulau Sabu dan satu kecamatan di Pulau Raijua.",
         (lambda n: f"LKj KPU Sabu Raijua 2023 ~ {n}", None),
         sampul=["LAPORAN KINERJA", "TAHUN 2023", "KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "SEBA"])


def belu_2024():
    """Belu 2024: the capaian with each indicator's formula in its own column."""
    baru("lkj-belu-2024", "Belu", "5304", "Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866",
         r_formulasi("formulasi indikator sesuai manual IKU"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u70bl24", ("pemilu", 2024),
         "KAB. BELU",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"Laporan Kinerja KPU Belu 2024 / {n}", None),
         pre="Tabel pengukuran kinerja memuat formulasi setiap indikator sebagaimana tercantum dalam manual "
             "indikator kinerja utama.",
         sampul=["KPU KABUPATEN BELU", "LAPORAN KINERJA", "TAHUN 2024", "ATAMBUA"])


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
