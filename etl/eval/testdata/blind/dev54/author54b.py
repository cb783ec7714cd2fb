#!/usr/bin/env python3
# dev54/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev54/author54b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common54 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_ahk, r_gift, r_imacros, r_nvda,  # noqa: E402
                      r_robot, r_zoom, rb_std, revisi_semua, riwayat, sec_anggaran,
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


def nagekeo_2022():
    """Nagekeo 2022: the Pemilu 2019 DPT as the AutoHotkey macro that typed the recap into the web form."""
    baru("lkj-nagekeo-2022", "Nagekeo", "5316", "Mbay|27 Januari 2023|Siprianus Dhae Lawa, S.Fil.|19810214 200604 1 241",
         r_ahk("Makro Pengisian Formulir Rekap DPT", "ISI_REKAP_DPT.AHK"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.6, "u52nk22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran berkelanjutan tahun 2022. Angka "
         "ini diketikkan ke formulir rekap daring dengan makro AutoHotkey, yang diketik ulang di bawah ini.", riw=1)


def malaka_2024():
    """Malaka 2024: the Pilkada 2024 DPT as the chat of the online plenary (Zoom), each PPK posting its figures."""
    baru("lkj-malaka-2024", "Malaka", "5321", "Betun|30 Januari 2025|Yohanes Nahak Seran, S.H.|19830618 200604 1 242",
         r_zoom("Rapat Pleno Daring Rekapitulasi DPT", "meeting_saved_chat.txt"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u52mk24", ("pilkada", 2024), "JUMLAH",
         "Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Malaka 2024 per kecamatan. Rapat pleno rekapitulasi "
         "digelar daring; setiap PPK menuliskan angkanya di kolom obrolan, yang disimpan dan diketik ulang di bawah "
         "ini.", riw=2)


def rote_2022():
    """Rote Ndao 2022: the budget as the iMacros browser macro that typed the realisation into the finance form."""
    baru("lkj-rote-ndao-2022", "Rote Ndao", "5314", "Ba'a|26 Januari 2023|Markus Henuk Ndun, S.Sos.|19800725 200604 1 243",
         r_imacros("Makro Isian Realisasi Anggaran", "isi_realisasi_2022.iim"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.2", 21.7, "u52rn22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2022:",
         pre="Realisasi anggaran diisikan ke aplikasi keuangan berbasis web dengan makro peramban iMacros; makronya "
             "diketik ulang pada bagian Realisasi Anggaran.", riw=1)


def mabar_2023():
    """Manggarai Barat 2023: the budget as the Robot Framework suite that checked the realisation page."""
    baru("lkj-manggarai-barat-2023", "Manggarai Barat", "5315", "Labuan Bajo|29 Januari 2024|Fransiskus Xaverius Jemarut, S.Kom.|19820130 200604 1 244",
         r_robot("Uji Halaman Realisasi Anggaran", "realisasi_2023.robot"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.6", 21.9, "u52mb23", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2023:",
         pre="Angka realisasi anggaran pada aplikasi keuangan diuji otomatis dengan Robot Framework; berkas ujinya, "
             "yang memuat angka yang diharapkan tiap baris, diketik ulang pada bagian Realisasi Anggaran.", riw=2)


def sumba_tengah_2024():
    """Sumba Tengah 2024: the capaian as the NVDA screen reader's Speech Viewer log of the table."""
    baru("lkj-sumba-tengah-2024", "Sumba Tengah", "5317", "Waibakul|28 Januari 2025|Umbu Tamu Ridi, S.Pd.|19840607 200604 1 245",
         r_nvda("Tabel Capaian Kinerja dibacakan", "nvda-capaian-2024.txt"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u52st24", ("pilkada", 2024), "JUMLAH",
         "Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Sumba Tengah 2024 per kecamatan:",
         pre="Seorang staf kami adalah penyandang disabilitas netra yang bekerja dengan pembaca layar NVDA; tabel "
             "capaian kinerja diperiksa bersama dan log Penampil Ucapan (Speech Viewer) NVDA-nya diketik ulang pada "
             "bagian Capaian Kinerja.", riw=1)


def matim_2024():
    """Manggarai Timur 2024: the SAKIP 2023 components as the Moodle GIFT quiz of the office's e-learning room."""
    baru("lkj-manggarai-timur-2024", "Manggarai Timur", "5319", "Borong|31 Januari 2025|Kornelis Jehaut Ndora, S.Fil.|19831011 200604 1 246",
         r_gift("Kuis Internal Hasil Evaluasi AKIP", "KUIS-AKIP.gift"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.8", 22.2, "u52mt24", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan:",
         pre="Hasil evaluasi AKIP dibagikan kepada seluruh pegawai melalui kuis di ruang e-learning kantor (Moodle); "
             "soal-soalnya dalam format GIFT diketik ulang pada bagian Evaluasi AKIP.", riw=2)


if __name__ == "__main__":
    tulis(nagekeo_2022, malaka_2024, rote_2022, mabar_2023, sumba_tengah_2024, matim_2024)
