#!/usr/bin/env python3
# dev45/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev45/author45b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common45 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_awk, r_coverage, r_dfh, r_logbook,  # noqa: E402
                      r_pytest, r_rkonsol, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, pre=None, riw=1):
    tahun = int(base[-4:])
    c, d = dok(base, nama, tanda, ["LAPORAN KINERJA", f"SEKRETARIAT KPU KABUPATEN {nama.upper()}"
                                   if satker != "5371" else "SEKRETARIAT KPU KOTA KUPANG", f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Nilai Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI, 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    nm = f"Pemilu {dy}" if pem == "pemilu" else f"Pemilihan {dy}"
    sec_dpt(d, R, pem, dy, label=label, pre=f"DPT {nm} per kecamatan, data dasar pemutakhiran data pemilih:")
    sumber(d)
    selesai(d, c)


def kota_kupang_2020():
    """Kota Kupang 2020: the capaian as a test runner's session report (pytest), one test an indicator."""
    baru("lkj-kota-kupang-2020", "Kota Kupang", "5371", "Kupang|28 Januari 2021|Yohana Fanggidae, S.E.|19830915 200604 2 012",
         r_pytest("Keluaran Uji Otomatis Capaian Kinerja 2020", "tests/test_ikk.py"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.9, "u43kk20", ("pemilu", 2019), "JUMLAH",
         pre="Operator data menguji capaian setiap indikator dengan skrip uji otomatis: setiap indikator satu test, "
             "lulus (PASSED) bila realisasi mencapai target. Keluaran skrip itu diketik ulang sebagai tabel capaian.")


def tts_2022():
    """Timor Tengah Selatan 2022: the budget as a `df`-style usage print of the treasurer's script."""
    baru("lkj-timor-tengah-selatan-2022", "Timor Tengah Selatan", "5302",
         "SoE|27 Januari 2023|Yohanis Tefa, S.Sos.|19800421 200604 1 016",
         r_dfh("Keluaran Skrip Pemakaian Pagu 2022", "kpu-5302"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u43ts22", ("pemilu", 2019), "JUMLAH")


def ttu_2023():
    """Timor Tengah Utara 2023: the SAKIP 2022 evaluation as an R console session."""
    baru("lkj-timor-tengah-utara-2023", "Timor Tengah Utara", "5303",
         "Kefamenanu|29 Januari 2024|Fransiska Taek, S.E.|19820807 200604 2 010",
         r_rkonsol("Sesi Konsol R Nilai Evaluasi AKIP"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 22.2, "u43tu23", ("pemilu", 2024), "JUMLAH")


def sikka_2022():
    """Sikka 2022: the Pemilu 2019 DPT as the data operator's handwritten daily logbook (buku log harian)."""
    baru("lkj-sikka-2022", "Sikka", "5307", "Maumere|26 Januari 2023|Yoakim Moa Lering, S.Pd.|19810129 200604 1 013",
         r_logbook("Buku Log Harian Operator Data Pemilih", "SUBBAG PDI KPU SIKKA"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.1", 22.1, "u43sk22", ("pemilu", 2019), "JUMLAH")


def sumba_timur_2023():
    """Sumba Timur 2023: the Pemilu 2024 DPT as the output of an awk one-liner."""
    baru("lkj-sumba-timur-2023", "Sumba Timur", "5311", "Waingapu|30 Januari 2024|Umbu Hina Ndapa, S.H.|19800326 200604 1 017",
         r_awk("Keluaran Perintah awk Rekap DPT", "dpt_pemilu2024_kec.csv"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 22.3, "u43sm23", ("pemilu", 2024), "JUMLAH")


def matim_2019():
    """Manggarai Timur 2019: the budget as a coverage-style report."""
    baru("lkj-manggarai-timur-2019", "Manggarai Timur", "5319", "Borong|28 Januari 2020|Kristianus Jehamat, S.Fil.|19830610 200604 1 005",
         r_coverage("Laporan Cakupan Serapan Anggaran 2019"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9", 21.5, "u43mt19", ("pemilu", 2019), "JUMLAH", riw=0)


if __name__ == "__main__":
    tulis(kota_kupang_2020, tts_2022, ttu_2023, sikka_2022, sumba_timur_2023, matim_2019)
