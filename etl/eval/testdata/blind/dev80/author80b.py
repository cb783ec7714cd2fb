#!/usr/bin/env python3
# dev80/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev80/author80b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common80 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_per_satuan,  # noqa: E402
                      r_jejak, r_per_ukuran, r_bobot_nilai, rb_ringkas, r_satuan_ganda, r_tab, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         ringkas=False, pre_ang=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    s = sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Evaluasi atas kinerja tahun {y} menghasilkan nilai {id_dec(v)} (predikat {predikat(v)}).")
    if ringkas:
        nb = rb_std(d, tahun, rb)
        d.P(f"Hasil evaluasi akuntabilitas kinerja dan penilaian mandiri Reformasi Birokrasi tahun {tahun} "
            "diringkas pada tabel berikut.")
        rb_ringkas(d, tahun, s, nb)
        sumber(d, "Sumber: LHE AKIP dari Inspektorat Utama KPU dan hasil PMPRB, diolah.")
    else:
        nb = rb_std(d, tahun, rb)
        d.P(f"Penilaian mandiri Reformasi Birokrasi tahun {tahun} memperoleh nilai {id_dec(nb[0])} dari bobot "
            f"{id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH", pre=pre_ang)
    sumber(d, f"Sumber: Aplikasi SAKTI, posisi 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p} terealisasi Rp{x}, atau serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Untuk tahun anggaran {y} tercatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()


def kota_kupang_2019():
    """Kota Kupang 2019: the capaian in one table per unit, the unit in each table's heading."""
    baru("lkj-kota-kupang-2019", "Kota Kupang", "5371", "Kupang|28 Januari 2020|Yohanes Benyamin Pello, S.H.|19830911 200604 1 831",
         r_per_satuan("indikator dikelompokkan menurut satuannya; satuan tertulis pada judul setiap kelompok"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u69kk19", ("pemilu", 2019),
         "KOTA KUPANG",
         "Jumlah Daftar Pemilih Tetap Pemilu 2019 di Kota Kupang menurut kecamatan, sebagaimana ditetapkan dalam "
         "rapat pleno terbuka KPU Kota Kupang:",
         (lambda n: f"LKj KPU Kota Kupang 2019 | {n}", None), riw=0,
         pre="Indikator kinerja pada tabel pengukuran kinerja dikelompokkan menurut satuan ukurnya: indikator "
             "bersatuan persen, indikator berupa predikat, dan opini BPK.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2019"])


def alor_2020():
    """Alor 2020: the budget with each kegiatan's name written as its path from the program."""
    baru("lkj-alor-2020", "Alor", "5305", "Kalabahi|27 Januari 2021|Markus Lakamau, S.Sos.|19840918 200604 1 832",
         r_jejak("uraian kegiatan ditulis lengkap dengan programnya, dipisahkan tanda ›"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u69al20", ("pemilu", 2019),
         "KABUPATEN ALOR",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor menurut kecamatan, dasar pemutakhiran data "
         "pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Alor 2020 - hlm {n}", None),
         pre_ang="Realisasi anggaran per program dan kegiatan disajikan sebagaimana tampilan pohon anggaran pada "
                 "aplikasi: uraian setiap kegiatan memuat nama programnya, dipisahkan tanda › (dalam rupiah).",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN ALOR", "TAHUN 2020", "KALABAHI"])


def nagekeo_2021():
    """Nagekeo 2021: the DPT in three tables, one a measure."""
    baru("lkj-nagekeo-2021", "Nagekeo", "5316", "Mbay|28 Januari 2022|Maria Yasinta Wea, S.E.|19870421 200904 2 833",
         r_per_ukuran("disajikan dalam tiga tabel: pemilih laki-laki, pemilih perempuan, lalu jumlah pemilih "
                      "beserta desa/kelurahan dan TPS"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8", 21.8, "u69nk21", ("pemilu", 2019),
         "KABUPATEN NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021. Rekapitulasi disalin dari tiga lembar kerja, satu lembar untuk setiap ukuran:",
         (lambda n: f"Laporan Kinerja KPU Nagekeo 2021 :: {n}", None),
         sampul=["KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO", "LAPORAN KINERJA", "TAHUN 2021", "MBAY"])


def sabu_raijua_2022():
    """Sabu Raijua 2022: the SAKIP components' weights and values in two tables."""
    baru("lkj-sabu-raijua-2022", "Sabu Raijua", "5320", "Seba|31 Januari 2023|Yermias Lado Kore, S.Pd.|19850126 200604 1 834",
         r_bobot_nilai("bobot dan nilai komponen disajikan terpisah", "petunjuk teknis evaluasi AKIP"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9", 22.1, "u69sr22", ("pemilu", 2019),
         "KAB. SABU RAIJUA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"KPU Sabu Raijua | LKj 2022 | {n}", None),
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "TAHUN 2022", "SEBA"])


def manggarai_barat_2023():
    """Manggarai Barat 2023: the RB self-assessment as the second row of a summary table of evaluations."""
    baru("lkj-manggarai-barat-2023", "Manggarai Barat", "5315",
         "Labuan Bajo|30 Januari 2024|Stefanus Jemarut, S.Fil.|19860309 200904 1 835",
         r_tab,
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.7", 22.3, "u69mb23", ("pemilu", 2024),
         "KAB. MANGGARAI BARAT",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka pada bulan Juni 2023:",
         (lambda n: f"LKj 2023 KPU Manggarai Barat - {n}", None), ringkas=True,
         sampul=["LAPORAN KINERJA TAHUN 2023", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT", "LABUAN BAJO"])


def malaka_2024():
    """Malaka 2024: the capaian with the unit in its own column after each figure."""
    baru("lkj-malaka-2024", "Malaka", "5321", "Betun|29 Januari 2025|Agustinus Nahak Seran, S.H.|19850816 200604 1 836",
         r_satuan_ganda("satuan dituliskan di kolom tersendiri di belakang setiap angka"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2", 22.6, "u69mk24", ("pemilu", 2024),
         "KABUPATEN MALAKA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, yang digunakan pada hari "
         "pemungutan suara 14 Februari 2024:",
         (lambda n: f"Hal. {n} | Laporan Kinerja KPU Malaka 2024", None),
         sampul=["KPU KABUPATEN MALAKA", "LAPORAN KINERJA", "TAHUN 2024", "BETUN"])


if __name__ == "__main__":
    tulis(kota_kupang_2019, alor_2020, nagekeo_2021, sabu_raijua_2022, manggarai_barat_2023, malaka_2024)
