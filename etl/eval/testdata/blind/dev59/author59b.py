#!/usr/bin/env python3
# dev59/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev59/author59b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common59 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_harvey, r_ikon, r_kobo, r_notes,  # noqa: E402
                      r_odoo, r_qb, rb_std, revisi_semua, riwayat, sec_anggaran,
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



def rote_2021():
    """Rote Ndao 2021: the Pemilu 2019 DPT as the KoboToolbox data export of the PPKs' recap form."""
    baru("lkj-rote-ndao-2021", "Rote Ndao", "5314", "Ba'a|28 Januari 2022|Yusuf Mesakh Henuk, S.Sos.|19820605 200604 1 351",
         r_kobo("Rekapitulasi DPT Pemilu 2019 per Kecamatan", "Rekap DPT PPK 2019", "2019-04-13", 2021),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.2", 21.6, "u57rn21", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan, dasar pemutakhiran tahun 2021. Setiap "
         "PPK mengirim rekap hasil pleno lewat formulir KoboToolbox; data ekspornya ditempel seperti adanya.", riw=1)


def mabar_2020():
    """Manggarai Barat 2020: the Pemilu 2019 DPT as the printed view of a Lotus Notes database."""
    baru("lkj-manggarai-barat-2020", "Manggarai Barat", "5315",
         "Labuan Bajo|29 Januari 2021|Stefanus Jemarut, S.Fil.|19810222 200604 1 352",
         r_notes("Rekapitulasi DPT Pemilu 2019", "Rekap DPT PPK.nsf", ["12/04/2019", "13/04/2019", "14/04/2019"], 2020),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.3, "u57mb20", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Barat per kecamatan, dasar pemutakhiran tahun 2020. "
         "Rekap PPK tersimpan dalam basis data Lotus Notes kantor; tampilannya dicetak dan diketik ulang.", riw=1)


def matim_2023():
    """Manggarai Timur 2023: the budget as Odoo's budget lines grouped by program."""
    baru("lkj-manggarai-timur-2023", "Manggarai Timur", "5319",
         "Borong|30 Januari 2024|Paulus Ngaja Ndoa, S.E.|19830417 200604 1 353",
         r_odoo("Realisasi Anggaran 2023", 2023),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.6", 22.1, "u57mt23", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, ditetapkan Juni 2023:",
         pre="Pagu dan realisasi juga dicatat pada modul Anggaran aplikasi Odoo yang dipakai subbagian keuangan; "
             "daftar baris anggarannya disalin pada bagian Realisasi Anggaran.", riw=1)


def kupang_kota_2022():
    """Kota Kupang 2022: the budget as QuickBooks' Budget vs. Actuals report."""
    baru("lkj-kota-kupang-2022", "Kota Kupang", "5371", "Kupang|27 Januari 2023|Daniel Mone Bili, S.H.|19820911 200604 1 354",
         r_qb("Realisasi Anggaran 2022", "KPU Kota Kupang", 2022),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.8", 21.9, "u57kk22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran tahun 2022:",
         pre="Bendahara menyusun pula laporan Budget vs. Actuals dari QuickBooks untuk rapat pimpinan; laporan itu "
             "dimuat pada bagian Realisasi Anggaran.", riw=1)


def alor_2023():
    """Alor 2023: the capaian as an Excel sheet printed with the icon set 3 Arrows on the Capaian column."""
    baru("lkj-alor-2023", "Alor", "5305", "Kalabahi|29 Januari 2024|Markus Lakamau Maure, S.Sos.|19810316 200604 1 321",
         r_ikon("Tabel pengukuran kinerja", 2023),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u57al23", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, dasar pemutakhiran data pemilih tahun 2023:", riw=1)


def ende_2022():
    """Ende 2022: the SAKIP 2021 components as the Harvey-ball chart of the evaluation slide."""
    baru("lkj-ende-2022", "Ende", "5308", "Ende|30 Januari 2023|Philipus Kami Wangge, S.H.|19830708 200604 1 323",
         r_harvey("Hasil Evaluasi AKIP 2021", 2022),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.9", 21.8, "u57en22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ende per kecamatan, dasar pemutakhiran tahun 2022:",
         pre="Hasil evaluasi AKIP dipaparkan dengan bagan bola Harvey; bagan itu diketik ulang pada bagian Evaluasi "
             "Akuntabilitas Kinerja.", riw=1)


if __name__ == "__main__":
    tulis(rote_2021, mabar_2020, matim_2023, kupang_kota_2022, alor_2023, ende_2022)
