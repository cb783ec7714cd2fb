#!/usr/bin/env python3
# dev49/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev49/author49b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common49 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_basic, r_erlang, r_prolog, r_tcl, r_utop,  # noqa: E402
                      r_wolfram, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, pre=None, riw=1):
    tahun = int(base[-4:])
    c, d = dok(base, nama, tanda, ["LAPORAN KINERJA", f"KOMISI PEMILIHAN UMUM KABUPATEN {nama.upper()}",
                                   f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Nilai evaluasi atas tahun {y} tercatat {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Hasil evaluasi Reformasi Birokrasi tahun {tahun}: nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)


def manggarai_2023():
    """Manggarai 2023: the Pemilu 2024 DPT as the Prolog fact base the data operator loaded in SWI-Prolog."""
    baru("lkj-manggarai-2023", "Manggarai", "5310", "Ruteng|26 Januari 2024|Yohanes Don Bosco Jehamat, S.Sos.|19820419 200604 1 059",
         r_prolog("Basis Fakta Data Pemilih", "dpt_pemilu2024.pl"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.4", 21.7, "u47mg23", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 ditetapkan dalam rapat pleno terbuka pada Juli 2023. Operator data menyimpan "
         "rekapnya sebagai basis fakta Prolog untuk pemeriksaan silang; isi berkas itu diketik ulang di bawah ini.")


def sumba_timur_2022():
    """Sumba Timur 2022: the Pilkada 2020 DPT as a GW-BASIC program listing with DATA lines."""
    baru("lkj-sumba-timur-2022", "Sumba Timur", "5311", "Waingapu|27 Januari 2023|Rambu Ana Hamapati, S.E.|19830124 200604 2 060",
         r_basic("Program Rekap DPT", "REKAPDPT.BAS"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3", 21.8, "u47st22", ("pilkada", 2020), "JUMLAH",
         "DPT Pemilihan Bupati dan Wakil Bupati Sumba Timur 2020 per kecamatan, data dasar pemutakhiran berkelanjutan "
         "tahun 2022. Rekap ini masih tersimpan sebagai program BASIC pada komputer lama operator; listingnya diketik "
         "ulang di bawah ini.")


def sumba_barat_2021():
    """Sumba Barat 2021: the budget as an Erlang term file of the reporting application's configuration."""
    baru("lkj-sumba-barat-2021", "Sumba Barat", "5312", "Waikabubak|25 Januari 2022|Daniel Bili Ngongo, S.Sos.|19810610 200604 1 061",
         r_erlang("Berkas Konfigurasi Aplikasi Pelaporan", "anggaran_2021.config"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.8", 21.5, "u47sb21", ("pilkada", 2020), "JUMLAH",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 menurut kecamatan, data dasar "
         "pemutakhiran berkelanjutan:",
         pre="Realisasi anggaran dimuat dari berkas konfigurasi aplikasi pelaporan internal; isi berkas itu diketik "
             "ulang pada bagian Realisasi Anggaran.")


def nagekeo_2022():
    """Nagekeo 2022: the budget as a Wolfram Mathematica notebook's list of Associations."""
    baru("lkj-nagekeo-2022", "Nagekeo", "5316", "Mbay|26 Januari 2023|Kornelis Dhae Wea, S.H.|19800228 200604 1 062",
         r_wolfram("Notebook Analisis Anggaran", "anggaran2022", "realisasi_sakti_2022.xlsx"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.6", 21.9, "u47nk22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 menurut kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2022:")


def matim_2023():
    """Manggarai Timur 2023: the capaian as an OCaml toplevel (utop) session of the monitoring tool."""
    baru("lkj-manggarai-timur-2023", "Manggarai Timur", "5319", "Borong|29 Januari 2024|Fransiska Romas Nimat, S.E.|19840905 200604 2 063",
         r_utop("Alat Pemantauan Kinerja", "capaian_2023"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.1", 21.6, "u47mt23", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024, ditetapkan pada Juli 2023, per kecamatan:",
         pre="Capaian indikator dihitung dengan alat pemantauan kinerja yang ditulis dalam OCaml; keluaran sesi "
             "utop diketik ulang pada tabel capaian di bawah.")


def malaka_2021():
    """Malaka 2021: the SAKIP 2020 evaluation as a tclsh session over the evaluation's Tcl data file."""
    baru("lkj-malaka-2021", "Malaka", "5321", "Betun|28 Januari 2022|Yakobus Seran Klau, S.Pd.|19821201 200604 1 064",
         r_tcl("Data Evaluasi AKIP", "sakip_2020.tcl"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u47ml21", ("pilkada", 2020), "JUMLAH",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Malaka 2020 menurut kecamatan, data dasar "
         "pemutakhiran berkelanjutan:")


if __name__ == "__main__":
    tulis(manggarai_2023, sumba_timur_2022, sumba_barat_2021, nagekeo_2022, matim_2023, malaka_2021)
