#!/usr/bin/env python3
# dev58/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev58/author58b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common58 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_alv, r_endnote, r_gnucash, r_halaman,  # noqa: E402
                      r_notif, r_tsv, rb_std, revisi_semua, riwayat, sec_anggaran,
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
        d.P(f"Evaluasi atas kinerja tahun {y}: nilai {id_dec(v)}, predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian Reformasi Birokrasi tahun {tahun} menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari pagu seluruhnya Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)


def sumbar_2022():
    """Sumba Barat 2022: the Pilkada 2020 DPT as the Excel sheet printed `Over, then down` (two page halves)."""
    baru("lkj-sumba-barat-2022", "Sumba Barat", "5312", "Waikabubak|27 Januari 2023|Yakobus Bili Ngongo, S.Sos.|19820309 200604 1 331",
         r_halaman("Rekapitulasi DPT Pemilihan 2020", "DPT_PILKADA_2020", 2022),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.4", 21.8, "u56sb22", ("pilkada", 2020), "JUMLAH",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan, pembanding bagi "
         "pemutakhiran data pemilih berkelanjutan tahun 2022. Lembar kerjanya lebih lebar dari kertas, sehingga "
         "hasil cetaknya terbagi atas dua halaman dan diketik ulang seperti tercetak.", riw=1)


def sbd_2023():
    """Sumba Barat Daya 2023: the Pemilu 2024 DPT as the Android notification history of the operator's phone."""
    baru("lkj-sumba-barat-daya-2023", "Sumba Barat Daya", "5318", "Tambolaka|30 Januari 2024|Gregorius Dairo Kaka, S.H.|19830311 200604 1 332",
         r_notif("Rekap DPT Pemilu 2024 per Kecamatan", "Rekap PPK", "21 Jun", 2023),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u56sd23", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Barat Daya per kecamatan, ditetapkan pada Juni 2023. "
         "Setiap PPK mengirim rekap lewat aplikasi pelaporan; riwayat notifikasi ponsel operator pada hari "
         "penetapan dipotret dan diketik ulang di bawah ini.", riw=1)


def malaka_2024():
    """Malaka 2024: the budget as the treasurer's GnuCash Budget Report exported as text."""
    baru("lkj-malaka-2024", "Malaka", "5321", "Betun|30 Januari 2025|Agustinus Seran Klau, S.Pd.|19840127 200604 1 333",
         r_gnucash("Realisasi Anggaran 2024", "KPU Kabupaten Malaka.gnucash", 2024),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 22.3, "u56ml24", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan:",
         pre="Bendahara mencatat pagu dan realisasi juga dalam buku GnuCash; laporan anggarannya diekspor sebagai "
             "teks dan dimuat pada bagian Realisasi Anggaran.", riw=1)


def sumteng_2024():
    """Sumba Tengah 2024: the capaian as a Word table whose figures sit in endnotes."""
    baru("lkj-sumba-tengah-2024", "Sumba Tengah", "5317", "Waibakul|29 Januari 2025|Petrus Umbu Sorung, S.Sos.|19830614 200604 1 334",
         r_endnote("Catatan tabel", 2024),
         "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.2", 22.1, "u56sg24", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan:",
         pre="Tabel pengukuran kinerja disusun dengan angka pada catatan akhir (endnote) agar tabelnya ringkas.", riw=1)


def kupang_2021():
    """Kupang 2021: the SAKIP 2020 components as Tesseract's TSV of the scanned evaluation page."""
    baru("lkj-kupang-2021", "Kupang", "5301", "Oelamasi|28 Januari 2022|Yohanis Tefa Nomleni, S.Sos.|19830519 200604 1 271",
         r_tsv("Lembar Hasil Evaluasi AKIP 2020", "LHE_AKIP_2020_hal3.png", 2021),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.6, "u56kp21", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, dasar pemutakhiran tahun 2021:",
         pre="Lembar hasil evaluasi AKIP hanya tersimpan sebagai pindaian; rincian komponennya dibaca dengan Tesseract "
             "OCR dan keluaran TSV-nya ditempel pada bagian Evaluasi Akuntabilitas Kinerja.", riw=1)


def ngada_2020():
    """Ngada 2020: the budget as the printed ALV list of the bank's SAP GUI treasury screen."""
    baru("lkj-ngada-2020", "Ngada", "5309", "Bajawa|27 Januari 2021|Fransiskus Dhey Lawa, S.Fil.|19810613 200604 1 305",
         r_alv("Realisasi Anggaran per Kegiatan 2020", "ZKPU_REAL", 2020),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u56ng20", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, dasar pemutakhiran tahun 2020:",
         pre="Rekening satker dikelola bank mitra; daftar realisasi per kegiatan dari layar SAP GUI modul kas "
             "bank itu dicetak dan dimuat pada bagian Realisasi Anggaran.", riw=1)


if __name__ == "__main__":
    tulis(sumbar_2022, sbd_2023, malaka_2024, sumteng_2024, kupang_2021, ngada_2020)
