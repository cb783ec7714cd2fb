#!/usr/bin/env python3
# dev52/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev52/author52b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common52 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_dif, r_fdf, r_ps, r_sylk,  # noqa: E402
                      r_texinfo, r_zpl, rb_std, revisi_semua, riwayat, sec_anggaran,
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


def belu_2022():
    """Belu 2022: the Pemilu 2019 DPT as the ZPL code of the logistics box labels (Zebra label printer)."""
    baru("lkj-belu-2022", "Belu", "5304", "Atambua|28 Januari 2023|Petrus Bere Mali, S.IP.|19810101 200604 1 121",
         r_zpl("Label Kotak Logistik", "LBL_DPT2019.ZPL"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.2", 21.7, "u50bl22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2022. Angka ini tercetak pada label kotak logistik tiap PPK; kode label printer Zebra yang "
         "mencetaknya diketik ulang di bawah ini.")


def nagekeo_2021():
    """Nagekeo 2021: the Pemilu 2019 DPT as the PostScript program the old recap sent to the printer."""
    baru("lkj-nagekeo-2021", "Nagekeo", "5316", "Mbay|27 Januari 2022|Gregorius Dhosa Meo, S.Fil.|19800412 200604 1 122",
         r_ps("Program Cetak Rekap DPT", "DPT2019.PS"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u50nk21", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran berkelanjutan tahun 2021. "
         "Aplikasi rekap lama mencetak tabel ini dengan mengirim program PostScript ke printer; programnya "
         "diketik ulang di bawah ini.")


def ende_2023():
    """Ende 2023: the budget as the SYLK file saved for the old finance application."""
    baru("lkj-ende-2023", "Ende", "5308", "Ende|29 Januari 2024|Hendrikus Wara Nggoro, S.E.|19820720 200604 1 123",
         r_sylk("Berkas Realisasi Anggaran", "REALANG.SLK"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u50en23", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2023:",
         pre="Realisasi anggaran dikirim ke aplikasi keuangan lama dalam berkas SYLK yang disimpan dari lembar "
             "kerja; isinya diketik ulang pada bagian Realisasi Anggaran.")


def mabar_2024():
    """Manggarai Barat 2024: the budget as the DIF file saved for the province's recap."""
    baru("lkj-manggarai-barat-2024", "Manggarai Barat", "5315",
         "Labuan Bajo|30 Januari 2025|Stefanus Ganggus Jemarus, S.Sos.|19830808 200604 1 124",
         r_dif("Berkas Rekap Anggaran untuk KPU Provinsi", "REALISASI.DIF"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u50mb24", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 per kecamatan, ditetapkan bulan Juni 2023:",
         pre="Realisasi anggaran dikirim ke KPU Provinsi dalam berkas DIF yang disimpan dari lembar kerja; "
             "isinya diketik ulang pada bagian Realisasi Anggaran.")


def kota_kupang_2022():
    """Kota Kupang 2022: the capaian as the Texinfo source of the office's handbook chapter."""
    baru("lkj-kota-kupang-2022", "Kota Kupang", "5371", "Kupang|26 Januari 2023|Yeremias Ndoen Fanggi, S.H.|19810215 200604 1 125",
         r_texinfo("Buku Pegangan Kinerja", "capaian.texi"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.4", 21.6, "u50kk22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, data dasar pemutakhiran berkelanjutan tahun "
         "2022:",
         pre="Tabel capaian kinerja juga dimuat dalam buku pegangan kinerja kantor yang ditulis dengan Texinfo; "
             "sumbernya diketik ulang pada bagian Capaian Kinerja.", riw=2)


def ttu_2024():
    """Timor Tengah Utara 2024: the SAKIP 2023 components as the FDF data of the filled evaluation PDF form."""
    baru("lkj-timor-tengah-utara-2024", "Timor Tengah Utara", "5303",
         "Kefamenanu|29 Januari 2025|Agustinus Sasi Kefi, S.Pd.|19820330 200604 1 126",
         r_fdf("Formulir Evaluasi AKIP", "LHE_AKIP_2023.fdf", "LHE_AKIP_2023.pdf"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.3", 21.8, "u50tu24", ("pilkada", 2024), "JUMLAH",
         "Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara 2024 per kecamatan:", riw=2)


if __name__ == "__main__":
    tulis(belu_2022, nagekeo_2021, ende_2023, mabar_2024, kota_kupang_2022, ttu_2024)
