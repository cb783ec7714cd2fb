#!/usr/bin/env python3
# dev86/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev86/author86b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common86 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_status_kurung,  # noqa: E402
                      r_rumus_kolom, r_jumlah_kode, r_romawi_komponen, r_jumlah_rentang, r_rumus_dpt, r_tab, rapi, rb_std,
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


def kota_kupang_2019():
    """Kota Kupang 2019: the capaian whose Capaian cell carries its status word in parentheses."""
    baru("lkj-kota-kupang-2019", "Kota Kupang", "5371",
         "Kupang|28 Januari 2020|Yohanes Benyamin Pello, S.H.|19830911 200604 1 831",
         r_status_kurung("status capaian tertulis dalam kurung di belakang persentasenya"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u69kk19", ("pemilu", 2019),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, sebagaimana ditetapkan dalam rapat pleno "
         "terbuka KPU Kota Kupang:",
         (lambda n: f"LKj KPU Kota Kupang Tahun 2019 / {n}", None), riw=0,
         pre="Pada tabel pengukuran kinerja, setiap persentase capaian diikuti keterangan statusnya di dalam kurung "
             "(tercapai atau tidak tercapai), sebagaimana keluaran lembar kerja pengukuran kinerja.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2019", "KUPANG"])


def alor_2020():
    """Alor 2020: the budget whose column titles carry their numbers and the arithmetic of the computed columns."""
    baru("lkj-alor-2020", "Alor", "5305", "Kalabahi|27 Januari 2021|Markus Lakamau, S.Sos.|19840918 200604 1 832",
         r_rumus_kolom("dalam rupiah; nomor kolom dan cara menghitungnya tertulis pada judul kolom"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u69al20", ("pemilu", 2019),
         "KABUPATEN ALOR",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, dasar pemutakhiran data "
         "pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Alor 2020 - {n}", None),
         pre_ang="Pagu DIPA setelah revisi beserta realisasinya menurut program dan kegiatan disajikan pada tabel "
                 "berikut (dalam rupiah), mengikuti format tabel realisasi anggaran yang mencantumkan nomor kolom "
                 "dan cara perhitungan kolom sisa dan serapan pada judul kolomnya.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN ALOR", "TAHUN 2020", "KALABAHI"])


def nagekeo_2021():
    """Nagekeo 2021: the budget whose total row is labelled by the short codes of the programs it sums."""
    baru("lkj-nagekeo-2021", "Nagekeo", "5316", "Mbay|28 Januari 2022|Maria Yasinta Wea, S.E.|19870421 200904 2 833",
         r_jumlah_kode("dalam rupiah; baris jumlah menjumlahkan kedua program"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8", 21.8, "u69nk21", ("pemilu", 2019),
         "KABUPATEN NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"Laporan Kinerja KPU Nagekeo 2021 | {n}", None),
         sampul=["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO", "TAHUN 2021", "MBAY"])


def sabu_raijua_2022():
    """Sabu Raijua 2022: the SAKIP components numbered in Roman numerals, the score's row labelled by their sum."""
    baru("lkj-sabu-raijua-2022", "Sabu Raijua", "5320",
         "Seba|31 Januari 2023|Yermias Lado Kore, S.Pd.|19850126 200604 1 834",
         r_romawi_komponen("rekapitulasi lembar kerja evaluasi"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9", 22.1, "u69sr22", ("pemilu", 2019),
         "KAB. SABU RAIJUA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj Sabu Raijua 2022 :: hal. {n}", None),
         pre_sakip="Inspektorat Utama KPU telah menyampaikan Laporan Hasil Evaluasi AKIP Tahun 2021. Rekapitulasi "
                   "nilai per komponen, dengan nilai akhir sebagai jumlah keempat komponen, disajikan pada tabel "
                   "berikut.",
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "TAHUN 2022", "SEBA"])


def manggarai_barat_2023():
    """Manggarai Barat 2023: the DPT whose kabupaten row is labelled by the range of rows it sums."""
    baru("lkj-manggarai-barat-2023", "Manggarai Barat", "5315",
         "Labuan Bajo|30 Januari 2024|Stefanus Jemarut, S.Fil.|19860309 200904 1 835",
         r_jumlah_rentang("baris jumlah menjumlahkan seluruh kecamatan"),
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.7", 22.3, "u69mb23", ("pemilu", 2024),
         "KAB. MANGGARAI BARAT",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka pada bulan Juni 2023; baris jumlah memuat angka Kabupaten Manggarai Barat:",
         (lambda n: f"LKj KPU Manggarai Barat 2023 -- {n}", None),
         sampul=["LAPORAN KINERJA TAHUN 2023", "KPU KABUPATEN MANGGARAI BARAT", "LABUAN BAJO"])


def malaka_2024():
    """Malaka 2024: the DPT whose column titles carry their numbers, the total column's title its sum."""
    baru("lkj-malaka-2024", "Malaka", "5321", "Betun|29 Januari 2025|Agustinus Nahak Seran, S.H.|19850816 200604 1 836",
         r_rumus_dpt("nomor kolom dan cara menghitung jumlah pemilih tertulis pada judul kolom", "KABUPATEN MALAKA"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2", 22.6, "u69mk24", ("pemilu", 2024),
         "KABUPATEN MALAKA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, yang digunakan pada hari "
         "pemungutan suara 14 Februari 2024:",
         (lambda n: f"Halaman {n} - LKj Malaka 2024", None),
         sampul=["KOMISI PEMILIHAN UMUM KABUPATEN MALAKA", "LAPORAN KINERJA", "TAHUN 2024", "BETUN"])


if __name__ == "__main__":
    tulis(kota_kupang_2019, alor_2020, nagekeo_2021, sabu_raijua_2022, manggarai_barat_2023, malaka_2024)
