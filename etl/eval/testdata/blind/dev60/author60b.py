#!/usr/bin/env python3
# dev60/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev60/author60b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common60 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_airtable, r_bowling, r_bullet,  # noqa: E402
                      r_cspro, r_project, r_rumus, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, pre=None, riw=1, sampul=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Evaluasi atas kinerja tahun {y} memperoleh nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Nilai Reformasi Birokrasi tahun {tahun}: {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau "
        f"{id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, posisi 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Seluruh pagu sebesar Rp{p} terealisasi Rp{x}, serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai pembanding, tahun anggaran {y} mencatat pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)


def sumba_tengah_2022():
    """Sumba Tengah 2022: the Pemilu 2019 DPT as a CSPro tabulation (Total row first)."""
    baru("lkj-sumba-tengah-2022", "Sumba Tengah", "5317",
         "Waibakul|30 Januari 2023|Umbu Djama Tanggu, S.Sos.|19830514 200604 1 361",
         r_cspro("Rekapitulasi DPT Pemilu 2019 per Kecamatan", 3,
                 "Pemilih dalam DPT Pemilu 2019, Kabupaten Sumba Tengah"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.8, "u58st22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan, pangkal pemutakhiran tahun 2022. "
         "Operator data mentabulasi rekap PPK dengan CSPro; tabel keluarannya disalin seperti adanya.", riw=1,
         sampul=["KPU KABUPATEN SUMBA TENGAH", "LAPORAN KINERJA", "TAHUN 2022", "WAIBAKUL"])


def sabu_2020():
    """Sabu Raijua 2020: the Pilkada 2020 DPT as an Airtable grid view with its summary bar."""
    baru("lkj-sabu-raijua-2020", "Sabu Raijua", "5320",
         "Seba|29 Januari 2021|Yohanis Lado Rebo, S.Pd.|19820309 200604 1 362",
         r_airtable("Rekapitulasi DPT Pemilihan 2020", "DPT Pemilihan 2020 - KPU Sabu Raijua", "Grid per Kecamatan"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3", 21.5, "u58sr20", ("pilkada", 2020), "JUMLAH",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sabu Raijua 2020 per kecamatan. Rekap pleno PPK "
         "dihimpun pada basis Airtable kantor; tampilan gridnya dicetak dan dimuat di bawah ini.", riw=1)


def malaka_2023():
    """Malaka 2023: the budget as the Cost table of a Microsoft Project plan."""
    baru("lkj-malaka-2023", "Malaka", "5321", "Betun|31 Januari 2024|Bernardus Seran Nahak, S.H.|19840122 200604 1 363",
         r_project("Realisasi Anggaran 2023", "DIPA_2023_KPU_Malaka.mpp", 2023),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 22.3, "u58ml23", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan Juni 2023:",
         pre="Subbagian keuangan memantau pelaksanaan DIPA dengan rencana Microsoft Project; tabel biayanya dimuat "
             "pada bagian Realisasi Anggaran.", riw=1)


def belu_2022():
    """Belu 2022: the budget as the bowling chart of RPD against realisation."""
    baru("lkj-belu-2022", "Belu", "5304", "Atambua|27 Januari 2023|Agustinus Bere Mali, S.Sos.|19810905 200604 1 364",
         r_bowling("Realisasi Anggaran 2022", 2022),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.2", 21.9, "u58bl22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu per kecamatan, dasar pemutakhiran tahun 2022:",
         pre="Realisasi anggaran dipantau setiap bulan dengan bagan bowling yang membandingkan rencana penarikan dana "
             "(RPD) dengan realisasi kumulatif; bagan akhir tahun dimuat pada bagian Realisasi Anggaran.", riw=1)


def lembata_2021():
    """Lembata 2021: the capaian as a bullet graph of the performance dashboard."""
    baru("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|28 Januari 2022|Gregorius Lamak Ruing, S.Fil.|19820812 200604 1 365",
         r_bullet("Tabel pengukuran kinerja", 2021),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u58lb21", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, dasar pemutakhiran data pemilih 2021:",
         pre="Capaian indikator dipantau pada dasbor kinerja dengan grafik peluru; grafik itu diketik ulang pada "
             "bagian Capaian Kinerja.", riw=1)


def kota_kupang_2024():
    """Kota Kupang 2024: the SAKIP 2023 components as the evaluator's formula."""
    baru("lkj-kota-kupang-2024", "Kota Kupang", "5371", "Kupang|30 Januari 2025|Yefta Ndun Tualaka, S.H.|19830227 200604 1 366",
         r_rumus("Hasil Evaluasi AKIP 2023", 2024),
         "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.8", 22.5, "u58kk24", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan:",
         pre="Nilai akhir evaluasi AKIP disampaikan evaluator sebagai rumus penjumlahan komponen; rumus itu disalin "
             "pada bagian Evaluasi Akuntabilitas Kinerja.", riw=1)


if __name__ == "__main__":
    tulis(sumba_tengah_2022, sabu_2020, malaka_2023, belu_2022, lembata_2021, kota_kupang_2024)
