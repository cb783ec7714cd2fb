#!/usr/bin/env python3
# dev79/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev79/author79b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common79 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_kode_iku,  # noqa: E402
                      r_per_program, r_subkomponen, r_dua_lajur, r_desa_tps, r_satuan_nama, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         rb_tabel=False, pre_ang=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    if rb_tabel:
        d.rb_tabel = rb_std(d, tahun, rb)  # stated in the SAKIP table's last row and the note under it
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Pada evaluasi atas kinerja tahun {y}, nilai yang diperoleh adalah {id_dec(v)} (predikat {predikat(v)}).")
    if not rb_tabel:
        nb = rb_std(d, tahun, rb)
        d.P(f"Nilai penilaian mandiri Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot "
            f"{id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH", pre=pre_ang)
    sumber(d, f"Sumber: Aplikasi SAKTI dan OM-SPAN, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi Rp{x}, dengan serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()


def belu_2019():
    """Belu 2019: the capaian with each indicator's IKU code in a column before the name."""
    baru("lkj-belu-2019", "Belu", "5304", "Atambua|28 Januari 2020|Maria Fatima Bere, S.Sos.|19840410 200604 2 861",
         r_kode_iku("kode indikator sesuai daftar Indikator Kinerja Utama dalam Renstra"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1", 21.2, "u71bl19", ("pemilu", 2019),
         "KABUPATEN BELU",
         "Jumlah Daftar Pemilih Tetap Pemilu 2019 di Kabupaten Belu untuk setiap kecamatan sebagaimana ditetapkan "
         "KPU Kabupaten Belu:",
         (lambda n: f"LKj KPU Belu 2019 - {n}", None), riw=0,
         pre="Setiap indikator pada tabel pengukuran kinerja disertai kodenya dalam daftar Indikator Kinerja Utama "
             "(IKU) yang ditetapkan dalam Rencana Strategis.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN 2019", "ATAMBUA"])


def tts_2020():
    """Timor Tengah Selatan 2020: the budget in one table per program, the total in a last one-row table."""
    baru("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan", "5302",
         "Soe|29 Januari 2021|Yermias Tallo, S.Th.|19830908 200604 1 862",
         r_per_program("satu tabel untuk setiap program; rekapitulasi di tabel terakhir"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u71ts20", ("pemilu", 2019),
         "KABUPATEN TTS",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan menurut kecamatan, dasar "
         "pemutakhiran data pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU TTS 2020 -- {n}", None),
         pre_ang="Realisasi anggaran disajikan per program: setiap program dalam tabelnya sendiri bersama kegiatan "
                 "di bawahnya, lalu rekapitulasi seluruh program pada tabel terakhir (dalam rupiah).",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2020", "SOE"])


def sikka_2021():
    """Sikka 2021: the SAKIP components each followed by its sub-components' names without figures."""
    baru("lkj-sikka-2021", "Sikka", "5307", "Maumere|27 Januari 2022|Yohanes Nong Sina, S.Fil.|19850216 200604 1 863",
         r_subkomponen("komponen dan sub komponen sesuai Lembar Kerja Evaluasi; nilai per komponen"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u71sk21", ("pemilu", 2019),
         "TOTAL SIKKA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka per kecamatan yang menjadi pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2021:",
         (lambda n: f"KPU Sikka | LKj 2021 | {n}", None),
         sampul=["KPU KABUPATEN SIKKA", "LAPORAN KINERJA", "TAHUN 2021", "MAUMERE"])


def flores_timur_2022():
    """Flores Timur 2022: the DPT in two halves side by side."""
    baru("lkj-flores-timur-2022", "Flores Timur", "5306",
         "Larantuka|30 Januari 2023|Bernadus Boli Hurint, S.E.|19860311 200904 1 864",
         r_dua_lajur("tabel disusun dalam dua lajur; baris kabupaten di bawah lajur kiri"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u71ft22", ("pemilu", 2019),
         "KAB. FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur menurut kecamatan, pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2022. Agar muat dalam satu halaman, tabel disusun dua lajur berdampingan:",
         (lambda n: f"LKj 2022 KPU Flores Timur / {n}", None),
         sampul=["LAPORAN KINERJA", "TAHUN 2022", "KPU KABUPATEN FLORES TIMUR", "LARANTUKA"])


def malaka_2023():
    """Malaka 2023: the DPT with the villages and the TPS in one cell."""
    baru("lkj-malaka-2023", "Malaka", "5321", "Betun|30 Januari 2024|Kristoforus Bria Seran, S.H.|19860925 200904 1 865",
         r_desa_tps("jumlah desa dan jumlah TPS dalam satu kolom, dipisahkan garis miring"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u71mk23", ("pemilu", 2024),
         "MALAKA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan dalam rapat "
         "pleno terbuka pada bulan Juni 2023. Kolom Desa / TPS memuat jumlah desa, lalu jumlah TPS:",
         (lambda n: f"Laporan Kinerja KPU Malaka 2023 # {n}", None),
         sampul=["LAPORAN KINERJA TAHUN 2023", "KOMISI PEMILIHAN UMUM KABUPATEN MALAKA", "BETUN"])


def kota_kupang_2024():
    """Kota Kupang 2024: the capaian with each indicator's unit in brackets after its name, no Satuan column."""
    baru("lkj-kota-kupang-2024", "Kota Kupang", "5371", "Kupang|30 Januari 2025|Imelda Christina Fanggi, S.H.|19870421 200904 2 866",
         r_satuan_nama("satuan indikator tertulis dalam kurung di belakang nama indikator"),
         "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u71kk24", ("pemilu", 2024),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan, yang digunakan pada hari pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Kota Kupang 2024 - hal. {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2024"])


if __name__ == "__main__":
    tulis(belu_2019, tts_2020, sikka_2021, flores_timur_2022, malaka_2023, kota_kupang_2024)
