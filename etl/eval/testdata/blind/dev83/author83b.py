#!/usr/bin/env python3
# dev83/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev83/author83b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common83 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_nama_di_atas,  # noqa: E402
                      r_dua_bagian, r_tabel_kabupaten, r_kategori, r_jumlah_di_kepala, r_tanpa_titik, r_tab, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    s = sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Untuk kinerja tahun {y}, nilai evaluasi yang diterima adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Hasil penilaian mandiri Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH", pre=pre_ang)
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
    """Timor Tengah Selatan 2019: the capaian with each indicator's name on a merged row above its figures."""
    baru("lkj-timor-tengah-selatan-2019", "Timor Tengah Selatan", "5302",
         "Soe|29 Januari 2020|Marthen Luther Tefu, S.H.|19820917 200604 1 821",
         r_nama_di_atas("nama indikator pada baris tersendiri, angkanya pada baris di bawahnya"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.1, "u69ts19", ("pemilu", 2019),
         "KABUPATEN TIMOR TENGAH SELATAN",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, hasil rapat "
         "pleno terbuka KPU Kabupaten Timor Tengah Selatan:",
         (lambda n: f"LKj KPU Kab. TTS 2019 - hlm. {n}", None), riw=0,
         pre="Pada tabel pengukuran kinerja, nama setiap indikator ditulis pada baris tersendiri; satuan, target, "
             "realisasi dan capaiannya tercantum pada baris tepat di bawah nama indikator tersebut.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2019", "SOE"])


def kupang_2020():
    """Kupang 2020: the budget printed in two column parts joined by the code."""
    baru("lkj-kupang-2020", "Kupang", "5301", "Oelamasi|29 Januari 2021|Yosua Benu, S.Pd.|19830405 200604 1 822",
         r_dua_bagian("dalam rupiah; lembar kerja dicetak dalam dua bagian kolom"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.4", 21.3, "u69kp20", ("pemilu", 2019),
         "KAB. KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, yang menjadi pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Kabupaten Kupang 2020 :: {n}", None),
         pre_ang="Realisasi anggaran menurut program dan kegiatan disajikan pada tabel berikut (dalam rupiah). "
                 "Karena lembar kerjanya lebar, tabel dicetak dalam dua bagian: bagian pertama memuat pagu, bagian "
                 "kedua memuat realisasi, sisa dan serapan untuk kode yang sama.",
         sampul=["KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "LAPORAN KINERJA", "TAHUN 2020", "OELAMASI"])


def ngada_2021():
    """Ngada 2021: the DPT whose kabupaten total stands in a one-row table of its own."""
    baru("lkj-ngada-2021", "Ngada", "5309", "Bajawa|28 Januari 2022|Gregorius Bhoka Lado, S.Fil.|19840323 200604 1 823",
         r_tabel_kabupaten("jumlah kabupaten disajikan pada tabel tersendiri di bawahnya"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.7, "u69ng21", ("pemilu", 2019),
         "NGADA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021. Jumlah untuk Kabupaten Ngada disajikan pada tabel tersendiri di bawah tabel "
         "kecamatan:",
         (lambda n: f"KPU Ngada | LKj 2021 | {n}", None),
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN 2021", "BAJAWA"])


def lembata_2022():
    """Lembata 2022: the SAKIP components with a Kategori column, each component's own category."""
    baru("lkj-lembata-2022", "Lembata", "5313", "Lewoleba|31 Januari 2023|Theodorus Laba Kolin, S.E.|19850611 200604 1 824",
         r_kategori("kategori: tingkat pemenuhan nilai terhadap bobot komponen"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9", 21.9, "u69lb22", ("pemilu", 2019),
         "KABUPATEN LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata menurut kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"Laporan Kinerja 2022 KPU Lembata / {n}", None),
         sampul=["KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "LAPORAN KINERJA TAHUN 2022", "LEWOLEBA"])


def sumba_tengah_2023():
    """Sumba Tengah 2023: the DPT whose kabupaten totals stand in the column titles, with no total row."""
    baru("lkj-sumba-tengah-2023", "Sumba Tengah", "5317", "Waibakul|30 Januari 2024|Umbu Rauta Djawa, S.Sos.|19860214 200904 1 825",
         r_jumlah_di_kepala("jumlah Kabupaten Sumba Tengah tercantum pada judul kolom"),
         "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u69st23", ("pemilu", 2024),
         "KAB. SUMBA TENGAH",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka bulan Juni 2023. Jumlah untuk seluruh Kabupaten Sumba Tengah dicantumkan dalam judul "
         "setiap kolom (Kab.: …), sehingga tabel tidak memuat baris jumlah:",
         (lambda n: f"LKj KPU Sumba Tengah 2023 - {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2023", "WAIBAKUL"])


def sikka_2024():
    """Sikka 2024: the DPT with its figures without thousands separators."""
    baru("lkj-sikka-2024", "Sikka", "5307", "Maumere|31 Januari 2025|Yakobus Moa Nong, S.Fil.|19870212 200904 1 826",
         r_tanpa_titik("angka disalin dari lembar kerja, tanpa pemisah ribuan"),
         "partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.0", 22.5, "u69sk24", ("pemilu", 2024),
         "KABUPATEN SIKKA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024 (angka disalin dari lembar kerja rekapitulasi):",
         (lambda n: f"Hal. {n} - LKj KPU Sikka 2024", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "TAHUN 2024", "MAUMERE"])


if __name__ == "__main__":
    tulis(tts_2019, kupang_2020, ngada_2021, lembata_2022, sumba_tengah_2023, sikka_2024)
