#!/usr/bin/env python3
# dev68/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev68/author68b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common68 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_catatan, r_desakel,  # noqa: E402
                      r_duatabel, r_level, r_pagu, r_rasio, rapi, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None):
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
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()


def tts_2021():
    """Timor Tengah Selatan 2021: the Pemilu 2019 DPT with desa and kelurahan counted apart under a spanner."""
    baru("lkj-timor-tengah-selatan-2021", "Timor Tengah Selatan", "5302",
         "Soe|28 Januari 2022|Yohanis Benu, S.Sos.|19840317 200604 1 771",
         r_desakel("Rekapitulasi DPT Pemilu 2019 per Kecamatan"),
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.8", 22.2, "u66ts21", ("pemilu", 2019),
         "KAB. TIMOR TENGAH SELATAN",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, pangkal pemutakhiran "
         "data pemilih berkelanjutan 2021; "
         "jumlah desa dan kelurahan dicatat terpisah sesuai data wilayah administrasi:",
         (lambda n: f"LKj KPU TTS 2021 :: {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2021", "SOE"])


def sumba_barat_2020():
    """Sumba Barat 2020: the Pilkada 2020 DPT in two tables keyed by kecamatan (villages and TPS; voters)."""
    baru("lkj-sumba-barat-2020", "Sumba Barat", "5312",
         "Waikabubak|29 Januari 2021|Yulius Bora Lede, S.Pd.|19850912 200604 1 772",
         r_duatabel("Rekapitulasi DPT Pemilihan 2020 per Kecamatan"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.6, "u66sb20", ("pilkada", 2020),
         "KAB. SUMBA BARAT",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan, disajikan dalam "
         "dua bagian:",
         (lambda n: f"{n} | Laporan Kinerja KPU Sumba Barat 2020", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT", "TAHUN 2020", "WAIKABUBAK"])


def belu_2022():
    """Belu 2022: the budget split by level, a program table and a kegiatan table with a program-code column."""
    baru("lkj-belu-2022", "Belu", "5304", "Atambua|31 Januari 2023|Agustinus Bau Mali, S.H.|19830801 200604 1 773",
         r_level("Realisasi Anggaran 2022"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6", 22.0, "u66bl22", ("pemilu", 2019),
         "KAB. BELU",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2022:",
         (lambda n: f"LKj Belu 2022 / hlm. {n}", None),
         pre="Tabel realisasi anggaran disajikan per program dan, terpisah, per kegiatan.")


def flores_timur_2021():
    """Flores Timur 2021: the budget with its pagu and its realisasi in two tables."""
    baru("lkj-flores-timur-2021", "Flores Timur", "5306",
         "Larantuka|28 Januari 2022|Maria Yosefina Kewa, S.E.|19860305 200904 2 774",
         r_pagu("Anggaran 2021"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.4", 21.8, "u66ft21", ("pemilu", 2019),
         "KAB. FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, pangkal pemutakhiran "
         "berkelanjutan 2021:",
         (lambda n: f"KPU Flores Timur - LKj 2021 - {n}", None),
         pre="Alokasi dan realisasi anggaran disajikan dalam dua tabel yang berurutan.")


def ttu_2024():
    """Timor Tengah Utara 2024: the capaian with the realisasi's numerator and denominator before it."""
    baru("lkj-timor-tengah-utara-2024", "Timor Tengah Utara", "5303",
         "Kefamenanu|30 Januari 2025|Dominikus Sila Abi, S.Sos.|19850121 200604 1 775",
         r_rasio("Pengukuran Kinerja 2024"),
         "partisipasi 77.5 81.8, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u66tu24", ("pemilu", 2024),
         "KAB. TTU",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Timor Tengah Utara per kecamatan, yang digunakan pada "
         "pemungutan suara 14 Februari 2024:",
         (lambda n: f"LKj TTU 2024 <{n}>", None),
         pre="Realisasi setiap indikator persentase dihitung dari pembilang dan penyebut menurut definisi "
             "operasionalnya.")


def nagekeo_2023():
    """Nagekeo 2023: the SAKIP components with the evaluators' note beside each."""
    baru("lkj-nagekeo-2023", "Nagekeo", "5316", "Mbay|31 Januari 2024|Maria Goreti Bupu, S.Pd.|19870614 200904 2 776",
         r_catatan("Hasil Evaluasi AKIP 2022"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u66nk23", ("pemilu", 2024),
         "KAB. NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Nagekeo per kecamatan, ditetapkan dalam rapat pleno "
         "Juni 2023:",
         (lambda n: f"Hal. {n} -- LKj Nagekeo 2023", None),
         pre="Hasil evaluasi AKIP disajikan bersama catatan tim evaluator untuk setiap komponen.")


if __name__ == "__main__":
    tulis(tts_2021, sumba_barat_2020, belu_2022, flores_timur_2021, ttu_2024, nagekeo_2023)
