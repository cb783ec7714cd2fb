#!/usr/bin/env python3
# dev90/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev90/author90b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common90 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_tanda_judul, r_kelompok_anggaran,  # noqa: E402
                      r_komponen_huruf, r_tahun_judul, r_rumus_judul, r_jumlah_hitung, halaman, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None, pre_sakip=None, total="JUMLAH"):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    s = sec_sakip(d, R, tahun - 1, pre=pre_sakip)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Untuk kinerja tahun {y}, nilai evaluasi yang diterima adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Hasil penilaian mandiri Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total, pre=pre_ang)
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
    """Sumba Tengah 2019: the capaian whose column titles carry note marks, the notes under the table."""
    baru("lkj-sumba-tengah-2019", "Sumba Tengah", "5317",
         "Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861",
         r_tanda_judul("catatan kolom di bawah tabel",
                       ["Target menurut Perjanjian Kinerja Tahun 2019 yang ditandatangani pada bulan Februari 2019.",
                        "Realisasi sampai dengan 31 Desember 2019, hasil pengukuran Subbagian Program dan Data.",
                        "Capaian = Realisasi : Target x 100; untuk indikator yang makin kecil makin baik, "
                        "Capaian = (Target - (Realisasi - Target)) : Target x 100."]),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u71st19", ("pemilu", 2019),
         "KAB. SUMBA TENGAH",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan, sesuai berita acara "
         "rapat pleno terbuka KPU Kabupaten Sumba Tengah:",
         (lambda n: f"LKj Sumba Tengah 2019 | {n}", None), riw=0,
         pre="Judul kolom Target, Realisasi dan Capaian pada tabel pengukuran kinerja berikut diberi tanda catatan; "
             "penjelasan setiap tanda dimuat tepat di bawah tabel.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2019", "WAIBAKUL"])


def flores_timur_2020():
    """Flores Timur 2020: the budget whose amounts stand under the group titles Anggaran and Realisasi."""
    baru("lkj-flores-timur-2020", "Flores Timur", "5306",
         "Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862",
         r_kelompok_anggaran("dalam rupiah; Anggaran memuat pagu dan sisa, Realisasi memuat jumlah dan persentasenya"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.5, "u71ft20", ("pemilu", 2019),
         "KABUPATEN FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran "
         "data pemilih berkelanjutan tahun 2020:",
         (lambda n: f"Laporan Kinerja KPU Flores Timur 2020 / hal. {n}", None),
         pre_ang="Pagu DIPA setelah revisi, sisanya, dan realisasi menurut program dan kegiatan disajikan pada tabel "
                 "berikut. Kolom Anggaran memuat pagu dan sisa anggaran; kolom Realisasi memuat jumlah realisasi "
                 "dan persentasenya terhadap pagu.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR", "TAHUN 2020", "LARANTUKA"])


def lembata_2021():
    """Lembata 2021: the SAKIP components lettered A-D, the score's row labelled by the sum of the letters."""
    baru("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863",
         r_komponen_huruf("rekapitulasi Laporan Hasil Evaluasi"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u71lb21", ("pemilu", 2019),
         "KABUPATEN LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"LKj KPU Lembata 2021 - {n}", None),
         pre_sakip="Inspektorat Utama KPU telah menyampaikan Laporan Hasil Evaluasi AKIP Tahun 2020. Sebagaimana "
                   "lembar rekapitulasi LHE, keempat komponen diberi huruf A sampai D, dan nilai hasil evaluasi "
                   "adalah jumlah nilai keempatnya.",
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN LEMBATA", "TAHUN 2021", "LEWOLEBA"])


def kota_kupang_2022():
    """Kota Kupang 2022: the DPT whose figure columns carry the roll's election year in their titles."""
    baru("lkj-kota-kupang-2022", "Kota Kupang", "5371",
         "Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864",
         r_tahun_judul("disalin dari lembar data pemilih yang memuat DPT setiap pemilu berdampingan", 2019,
                       "KOTA KUPANG"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u71kk22", ("pemilu", 2019),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022. Kolom tabel disalin dari lembar data pemilih Divisi Data yang menempatkan DPT "
         "setiap pemilu berdampingan, sehingga judul kolomnya memuat tahun pemilu:",
         (lambda n: f"LKj KPU Kota Kupang Tahun 2022 - {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2022", "KUPANG"])


def sabu_raijua_2023():
    """Sabu Raijua 2023: the DPT whose sum column is titled by its formula over lettered columns."""
    baru("lkj-sabu-raijua-2023", "Sabu Raijua", "5320",
         "Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875",
         r_rumus_judul("kolom sesuai formulir rekapitulasi", "KABUPATEN SABU RAIJUA"),
         "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u71sr23", ("pemilu", 2024),
         "KABUPATEN SABU RAIJUA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka bulan Juni 2023 (rekapitulasi tidak memuat jumlah desa/kelurahan). Kolom jumlah "
         "pemilih diberi huruf seperti pada formulir rekapitulasi:",
         (lambda n: f"KPU Kabupaten Sabu Raijua | LKj 2023 | {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2023", "SEBA"])


def belu_2024():
    """Belu 2024: the budget whose total row's label counts the programs and kegiatan it sums."""
    baru("lkj-belu-2024", "Belu", "5304", "Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866",
         r_jumlah_hitung("dalam rupiah"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u71bl24", ("pemilu", 2024),
         "KABUPATEN BELU",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj Belu 2024 . {n}", None),
         sampul=["KOMISI PEMILIHAN UMUM", "KABUPATEN BELU", "LAPORAN KINERJA TAHUN 2024", "ATAMBUA"])


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
