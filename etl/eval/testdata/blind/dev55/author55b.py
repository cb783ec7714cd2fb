#!/usr/bin/env python3
# dev55/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev55/author55b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common55 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_asa, r_diff, r_lsl, r_prompter,  # noqa: E402
                      r_telnet, r_wpcodes, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, pre=None, riw=1):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Hasil evaluasi atas tahun {y}: nilai {id_dec(v)}, predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Evaluasi Reformasi Birokrasi tahun {tahun} memberi nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, posisi 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari seluruh pagu Rp{p}, realisasinya Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)



def ttu_2021():
    """Timor Tengah Utara 2021: the Pilkada 2020 DPT as a WordPerfect document's Reveal Codes."""
    baru("lkj-timor-tengah-utara-2021", "Timor Tengah Utara", "5303", "Kefamenanu|28 Januari 2022|Gregorius Taek Sanak, S.Fil.|19820318 200604 1 261",
         r_wpcodes("Rekapitulasi DPT Pemilihan 2020", "DPT2020.WPD"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u53tu21", ("pilkada", 2020), "JUMLAH",
         "Sebagai pembanding, DPT Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara 2020 per kecamatan. Tabel ini "
         "diambil dari berkas WordPerfect lama di komputer sekretariat; kode tampilannya (Reveal Codes) diketik ulang "
         "apa adanya di bawah ini.", riw=1)


def manggarai_2021():
    """Manggarai 2021: the Pilkada 2020 DPT as the unified diff (new file) committed to the office's git repository."""
    baru("lkj-manggarai-2021", "Manggarai", "5310", "Ruteng|27 Januari 2022|Kristianus Jehalu Ndaru, S.Kom.|19830429 200604 1 262",
         r_diff("Rekap DPT Pemilihan 2020 per Kecamatan", "dpt_pilkada2020_kecamatan.txt"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3", 21.6, "u53mg21", ("pilkada", 2020), "JUMLAH",
         "DPT Pemilihan Bupati dan Wakil Bupati Manggarai 2020 per kecamatan, sebagai pembanding. Rekapnya disimpan "
         "di repositori data kantor; tambalan (patch) yang menambahkan berkas itu diketik ulang di bawah ini.", riw=1)


def ngada_2023():
    """Ngada 2023: the budget as the finance host's line-printer listing with ASA carriage control."""
    baru("lkj-ngada-2023", "Ngada", "5309", "Bajawa|30 Januari 2024|Hendrikus Dhosa Wea, S.E.|19810612 200604 1 263",
         r_asa("Daftar Realisasi Anggaran", "REAL2023.LST"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u53ng23", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2023:",
         pre="Realisasi anggaran dicetak dari server keuangan dengan printer baris; cetakannya, dengan tanda kendali "
             "kereta ASA di kolom pertama, diketik ulang pada bagian Realisasi Anggaran.", riw=2)


def sabu_2022():
    """Sabu Raijua 2022: the budget as the telnet session log of the finance host's query program."""
    baru("lkj-sabu-raijua-2022", "Sabu Raijua", "5320", "Seba|26 Januari 2023|Yeskiel Rohi Bire, S.Sos.|19800827 200604 1 264",
         r_telnet("Kueri Realisasi Anggaran", "sesi_realisasi_2022.log"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u53sr22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2022:",
         pre="Karena jaringan ke aplikasi keuangan lambat, realisasi tiap baris anggaran dibaca lewat sesi telnet ke "
             "server keuangan; log sesinya diketik ulang pada bagian Realisasi Anggaran.", riw=1)


def lembata_2024():
    """Lembata 2024: the capaian as the teleprompter script of the office's year-end video."""
    baru("lkj-lembata-2024", "Lembata", "5313", "Lewoleba|29 Januari 2025|Bernadus Ola Demon, S.Pd.|19840115 200604 1 265",
         r_prompter("Video Capaian Kinerja 2024", "PROMPTER_CAPAIAN_2024.txt"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.2", 22.0, "u53lb24", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Lembata per kecamatan:",
         pre="Capaian kinerja tahun ini juga disampaikan kepada publik lewat video akhir tahun; naskah teleprompter "
             "yang dibacakan Ketua diketik ulang pada bagian Capaian Kinerja.", riw=1)


def kota_2023():
    """Kota Kupang 2023: the SAKIP 2022 components as the `ls -l` listing of the scanned evaluation sheets."""
    baru("lkj-kota-kupang-2023", "Kota Kupang", "5371", "Kupang|31 Januari 2024|Marselinus Tukan Lelang, S.H.|19820720 200604 1 266",
         r_lsl("Berkas Pindaian Lembar Evaluasi AKIP", "/arsip/akip/2022/"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.8", 22.2, "u53kk23", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, data dasar pemutakhiran tahun 2023:",
         pre="Lembar evaluasi AKIP dipindai satu berkas per komponen dan diberi nama menurut komponen, bobot dan "
             "nilainya; daftar berkas folder arsip (ls -l) diketik ulang pada bagian Evaluasi AKIP.", riw=2)


if __name__ == "__main__":
    tulis(ttu_2021, manggarai_2021, ngada_2023, sabu_2022, lembata_2024, kota_2023)
