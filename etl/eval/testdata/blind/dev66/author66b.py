#!/usr/bin/env python3
# dev66/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev66/author65b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common66 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_bantu, r_centang, r_cek,  # noqa: E402
                      r_mutasi, r_na, r_ref, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, pre=None, riw=1, sampul=None, kaki=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Hasil evaluasi atas kinerja tahun {y} tercatat {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Nilai Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari seluruh pagu sebesar Rp{p} terealisasi Rp{x}, atau serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai pembanding, pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    if dpt:
        pem, dy = dpt
        sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    if kaki:
        halaman(d, *kaki)
        rapi(d)
        d.write()


def sabu_raijua_2020():
    """Sabu Raijua 2020: the Pilkada 2020 DPT with a VLOOKUP column `Kode Kec.` showing `#N/A` once."""
    baru("lkj-sabu-raijua-2020", "Sabu Raijua", "5320", "Seba|28 Januari 2021|Yakobus Riwu Kore, S.Sos.|19840519 200604 1 731",
         r_na("Rekapitulasi DPT Pemilihan 2020 per Kecamatan", "53.20", 3),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 21.8, "u64sr20", ("pilkada", 2020),
         "KAB. SABU RAIJUA",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sabu Raijua 2020 per kecamatan, dari lembar kerja "
         "operator Sidalih:", riw=1,
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2020", "SEBA"])


def manggarai_2023():
    """Manggarai 2023: the Pemilu 2024 DPT as the recap of the change from DPS (DPS, TMS, Pemilih Baru, DPT)."""
    baru("lkj-manggarai-2023", "Manggarai", "5310", "Ruteng|30 Januari 2024|Fransiska Jehaut, S.Pd.|19860927 200904 2 732",
         r_mutasi("Rekapitulasi Perubahan DPS menjadi DPT Pemilu 2024 per Kecamatan"),
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.9", 22.4, "u64mg23", ("pemilu", 2024),
         "KAB. MANGGARAI",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai per kecamatan, ditetapkan Juni 2023, beserta "
         "perubahannya dari Daftar Pemilih Sementara:", riw=1)


def sumba_barat_daya_2024():
    """Sumba Barat Daya 2024: the budget with a check column `Cek` printing `BENAR`."""
    baru("lkj-sumba-barat-daya-2024", "Sumba Barat Daya", "5318",
         "Tambolaka|30 Januari 2025|Yohanis Bulu Kaka, S.Sos.|19850730 200904 1 733",
         r_cek("Realisasi Anggaran 2024"),
         "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u64sd24", ("pilkada", 2024),
         "KAB. SUMBA BARAT DAYA",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat Daya 2024 per kecamatan:",
         pre="Tabel realisasi anggaran disalin dari lembar kerja bendahara yang memuat kolom pemeriksaan.", riw=1)


def malaka_2022():
    """Malaka 2022: the budget with a `Rencana Penarikan` column printing `#REF!`."""
    baru("lkj-malaka-2022", "Malaka", "5321", "Betun|30 Januari 2023|Yosefina Seuk Klau, S.H.|19860212 200904 2 734",
         r_ref("Realisasi Anggaran 2022"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.7", 22.0, "u64ml22", ("pilkada", 2020),
         "KAB. MALAKA",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Malaka 2020 per kecamatan, pangkal pemutakhiran "
         "data pemilih berkelanjutan 2022:",
         pre="Tabel realisasi anggaran dicetak dari lembar kerja Excel keuangan apa adanya.", riw=1)


def tts_2021():
    """Timor Tengah Selatan 2021: the capaian as a Google Sheets range with checkbox columns (TRUE/FALSE)."""
    baru("lkj-timor-tengah-selatan-2021", "Timor Tengah Selatan", "5302",
         "Soe|31 Januari 2022|Yeremias Tanaem, S.Sos.|19830611 200604 1 735",
         r_centang("Pengukuran Kinerja 2021"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.6", 21.9, "u64ts21", ("pemilu", 2019),
         "KAB. TTS",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, pangkal pemutakhiran "
         "berkelanjutan 2021:",
         pre="Pengukuran kinerja diisi bersama pada Google Sheets subbagian program dan data.", riw=1)


def ende_2022():
    """Ende 2022: the SAKIP 2021 components with the VLOOKUP helper table of predikat bands beside them."""
    baru("lkj-ende-2022", "Ende", "5308", "Ende|31 Januari 2023|Theresia Nuwa Wea, S.E.|19870123 200904 2 736",
         r_bantu("Hasil Evaluasi AKIP 2021"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.7", 22.0, "u64en22", ("pemilu", 2019),
         "KAB. ENDE",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ende per kecamatan, pangkal pemutakhiran berkelanjutan 2022:",
         pre="Tabel komponen evaluasi disalin dari lembar kerja yang menghitung predikat dengan rumus VLOOKUP.", riw=1,
         kaki=(lambda n: f"LKj Ende 2022 \u2022 {n}", None))


if __name__ == "__main__":
    tulis(sabu_raijua_2020, manggarai_2023, sumba_barat_daya_2024, malaka_2022, tts_2021, ende_2022)
