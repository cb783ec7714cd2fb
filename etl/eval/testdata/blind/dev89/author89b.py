#!/usr/bin/env python3
# dev89/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev89/author89b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common89 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_judul_tahun, r_jumlah_gabung,  # noqa: E402
                      r_kolom_tahun, r_komponen_pendek, r_total_terpisah, r_kode_titik, halaman, rapi, rb_std,
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


def tts_2019():
    """Timor Tengah Selatan 2019: the capaian whose Target, Realisasi and Capaian stand under a group title naming
    the year."""
    baru("lkj-timor-tengah-selatan-2019", "Timor Tengah Selatan", "5302",
         "Soe|29 Januari 2020|Marthen Luther Tefu, S.H.|19820917 200604 1 821",
         r_judul_tahun("judul kelompok kolom menurut tahun kinerja"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.1, "u69ts19", ("pemilu", 2019),
         "KAB. TIMOR TENGAH SELATAN",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, hasil rapat "
         "pleno terbuka KPU Kabupaten Timor Tengah Selatan:",
         (lambda n: f"LKj KPU Kabupaten TTS 2019 -- {n}", None), riw=0,
         pre="Tabel pengukuran kinerja berikut menempatkan kolom target, realisasi dan capaian di bawah satu judul "
             "kelompok, Kinerja Tahun 2019, sesuai format yang digunakan dalam Perjanjian Kinerja.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2019", "SOE"])


def kupang_2020():
    """Kupang 2020: the budget whose total row's label stands in one cell merged over the code and name columns."""
    baru("lkj-kupang-2020", "Kupang", "5301", "Oelamasi|29 Januari 2021|Yosua Benu, S.Pd.|19830405 200604 1 822",
         r_jumlah_gabung("dalam rupiah"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.4", 21.3, "u69kp20", ("pemilu", 2019),
         "KABUPATEN KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, yang menjadi pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Kabupaten Kupang 2020 | hlm. {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN KUPANG", "TAHUN 2020", "OELAMASI"])


def ngada_2021():
    """Ngada 2021: the DPT with a Tahun column holding the election's year on every row."""
    baru("lkj-ngada-2021", "Ngada", "5309", "Bajawa|28 Januari 2022|Gregorius Bhoka Lado, S.Fil.|19840323 200604 1 823",
         r_kolom_tahun("disaring dari lembar data pemilih seluruh pemilu dan pemilihan"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.7, "u69ng21", ("pemilu", 2019),
         "KAB. NGADA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021, disalin dari lembar data pemilih Divisi Data yang memuat DPT setiap pemilu dan "
         "pemilihan:",
         (lambda n: f"Laporan Kinerja KPU Ngada 2021 ~ {n}", None),
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN 2021", "BAJAWA"])


def lembata_2022():
    """Lembata 2022: the SAKIP components named by their short names."""
    baru("lkj-lembata-2022", "Lembata", "5313", "Lewoleba|31 Januari 2023|Theodorus Laba Kolin, S.E.|19850611 200604 1 824",
         r_komponen_pendek("rekapitulasi Laporan Hasil Evaluasi"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9", 21.9, "u69lb22", ("pemilu", 2019),
         "KABUPATEN LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata menurut kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"KPU Kabupaten Lembata / LKj 2022 / {n}", None),
         pre_sakip="Inspektorat Utama KPU telah menyampaikan Laporan Hasil Evaluasi AKIP Tahun 2021. Rekapitulasi "
                   "nilai setiap komponen dan nilai akhirnya disajikan pada tabel berikut.",
         sampul=["LKj 2022", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "LEWOLEBA"])


def sumba_tengah_2023():
    """Sumba Tengah 2023: the DPT whose kabupaten row alone runs on to the next page."""
    baru("lkj-sumba-tengah-2023", "Sumba Tengah", "5317",
         "Waibakul|30 Januari 2024|Umbu Rauta Djawa, S.Sos.|19860214 200904 1 825",
         r_total_terpisah("jumlah pemilih per kecamatan", "KABUPATEN SUMBA TENGAH",
                          "Laporan Kinerja KPU Kabupaten Sumba Tengah Tahun 2023"),
         "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u69st23", ("pemilu", 2024),
         "KABUPATEN SUMBA TENGAH",
         "Daftar Pemilih Tetap Pemilu 2024 disusun melalui rangkaian pemutakhiran data pemilih yang dimulai dari "
         "penyerahan Data Penduduk Potensial Pemilih Pemilu (DP4) dan data pemilih berkelanjutan, dilanjutkan dengan "
         "pencocokan dan penelitian (coklit) oleh Pantarlih di setiap TPS, penyusunan Daftar Pemilih Sementara (DPS) "
         "oleh PPS, pengumuman DPS di kantor desa dan kelurahan untuk memperoleh tanggapan masyarakat, perbaikan "
         "DPS menjadi Daftar Pemilih Sementara Hasil Perbaikan (DPSHP), serta rekapitulasi berjenjang di tingkat "
         "PPS, PPK dan KPU Kabupaten. Seluruh tahapan tersebut diawasi oleh Bawaslu Kabupaten Sumba Tengah beserta "
         "jajarannya, dan setiap tanggapan masyarakat ditindaklanjuti dengan verifikasi faktual di lapangan. "
         "Kendala yang dihadapi antara lain jarak antarkampung yang jauh, musim hujan pada saat coklit, serta "
         "penduduk yang bekerja di luar daerah sehingga sulit ditemui; kendala tersebut diatasi dengan kunjungan "
         "ulang dan koordinasi dengan pemerintah desa. Hasil akhirnya, Rekapitulasi Daftar Pemilih Tetap Pemilu "
         "2024 Kabupaten Sumba Tengah per kecamatan yang ditetapkan dalam rapat pleno terbuka bulan Juni 2023 "
         "adalah sebagai berikut:",
         (lambda n: f"LKj Sumba Tengah 2023 - hal. {n}", None),
         sampul=["LAPORAN KINERJA TAHUN 2023", "KPU KABUPATEN SUMBA TENGAH", "WAIBAKUL"])


def sikka_2024():
    """Sikka 2024: the budget whose kegiatan codes continue their program's code, led by a dot."""
    baru("lkj-sikka-2024", "Sikka", "5307", "Maumere|31 Januari 2025|Yakobus Moa Nong, S.Fil.|19870212 200904 1 826",
         r_kode_titik("dalam rupiah; kode kegiatan lanjutan kode program di atasnya"),
         "partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.0", 22.5, "u69sk24", ("pemilu", 2024),
         "KABUPATEN SIKKA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Sikka 2024 :: {n}", None),
         pre_ang="Pagu DIPA setelah revisi beserta realisasinya menurut program dan kegiatan disajikan pada tabel "
                 "berikut. Sebagaimana pada cetakan RKA-K/L, kode setiap kegiatan ditulis sebagai lanjutan kode "
                 "programnya, diawali tanda titik.",
         sampul=["KPU KABUPATEN SIKKA", "LAPORAN KINERJA (LKj)", "TAHUN 2024", "MAUMERE"])


if __name__ == "__main__":
    tulis(tts_2019, kupang_2020, ngada_2021, lembata_2022, sumba_tengah_2023, sikka_2024)
