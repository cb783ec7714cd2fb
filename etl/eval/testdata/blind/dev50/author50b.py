#!/usr/bin/env python3
# dev50/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev50/author50b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common50 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_clojure, r_dart, r_groovy, r_julia, r_pascal,  # noqa: E402
                      r_pharo, rb_std, revisi_semua, riwayat, sec_anggaran,
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


def sabu_2022():
    """Sabu Raijua 2022: the Pilkada 2020 DPT as a Julia REPL session (a Vector of NamedTuples)."""
    baru("lkj-sabu-raijua-2022", "Sabu Raijua", "5320", "Seba|26 Januari 2023|Yulius Lado Bire, S.Sos.|19810915 200604 1 081",
         r_julia("Rekap Data Pemilih", "dpt_pilkada2020", "rekap_dpt.jl"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.8, "u48sr22", ("pilkada", 2020), "JUMLAH",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sabu Raijua 2020 per kecamatan, data dasar "
         "pemutakhiran berkelanjutan tahun 2022. Operator data memeriksa rekap ini dalam REPL Julia; layarnya "
         "diketik ulang di bawah ini.")


def mabar_2020():
    """Manggarai Barat 2020: the Pilkada 2020 DPT as the typed constant of a Turbo Pascal recap unit."""
    baru("lkj-manggarai-barat-2020", "Manggarai Barat", "5315", "Labuan Bajo|28 Januari 2021|Fransiskus Xaverius Jemadu, S.H.|19800303 200604 1 082",
         r_pascal("Unit Rekap DPT", "REKAPDPT.PAS"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.7", 21.6, "u48mb20", ("pilkada", 2020), "JUMLAH",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Manggarai Barat 2020, ditetapkan dalam rapat pleno "
         "terbuka, per kecamatan. Rekapnya disimpan sebagai konstanta pada unit Pascal program rekap lama operator; "
         "bagian itu diketik ulang di bawah ini.")


def sumba_tengah_2021():
    """Sumba Tengah 2021: the budget as a Clojure REPL session (a vector of maps, the total first)."""
    baru("lkj-sumba-tengah-2021", "Sumba Tengah", "5317", "Waibakul|27 Januari 2022|Umbu Pati Lende, S.E.|19820618 200604 1 083",
         r_clojure("Data Realisasi Anggaran", "anggaran-2021", "anggaran_2021.edn"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.5", 21.7, "u48sg21", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 menurut kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2021:",
         pre="Realisasi anggaran dibaca dari berkas data aplikasi internal melalui REPL Clojure; layar sesi itu "
             "diketik ulang pada bagian Realisasi Anggaran.")


def lembata_2022():
    """Lembata 2022: the budget as the Dart data file of the office's Flutter dashboard."""
    baru("lkj-lembata-2022", "Lembata", "5313", "Lewoleba|25 Januari 2023|Maria Yasinta Lamablawa, S.Pd.|19840122 200604 2 084",
         r_dart("Berkas Data Dasbor Kinerja", "anggaran_2022.dart"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.9, "u48lb22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 menurut kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2022:")


def nagekeo_2020():
    """Nagekeo 2020: the capaian as a Groovy shell (groovysh) session of the monitoring script."""
    baru("lkj-nagekeo-2020", "Nagekeo", "5316", "Mbay|29 Januari 2021|Gregorius Dhosa Toda, S.Sos.|19810827 200604 1 085",
         r_groovy("Skrip Pemantauan Kinerja", "capaian2020"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u48nk20", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan:",
         pre="Capaian indikator dihitung dengan skrip pemantauan kinerja dalam Groovy; sesi groovysh-nya diketik "
             "ulang pada tabel capaian di bawah.")


def belu_2021():
    """Belu 2021: the SAKIP 2020 evaluation as a Pharo (Smalltalk) Playground."""
    baru("lkj-belu-2021", "Belu", "5304", "Atambua|26 Januari 2022|Agustinus Bau Mali, S.H.|19800919 200604 1 086",
         r_pharo("Data Evaluasi AKIP", "EvaluasiAkip"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.6, "u48be21", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 menurut kecamatan, data dasar pemutakhiran berkelanjutan tahun 2021:")


if __name__ == "__main__":
    tulis(sabu_2022, mabar_2020, sumba_tengah_2021, lembata_2022, nagekeo_2020, belu_2021)
