#!/usr/bin/env python3
# dev62/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev62/author62b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common62 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_apex, r_dbeaver, r_notion,  # noqa: E402
                      r_pgadmin, r_phpmyadmin, r_skenario, rb_std, revisi_semua, riwayat, sec_anggaran,
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


def ngada_2019():
    """Ngada 2019: the Pemilu 2019 DPT as phpMyAdmin's Browse tab, the kabupaten's row first by its region code."""
    baru("lkj-ngada-2019", "Ngada", "5309", "Bajawa|30 Januari 2020|Yohanes Don Bosco Ponong, S.Fil.|19820222 200604 1 411",
         r_phpmyadmin("Rekapitulasi DPT Pemilu 2019 per Kecamatan", "data_pemilih", "rekap_dpt", "PEMILU 2019"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.3, "u60ng19", ("pemilu", 2019),
         "NGADA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan. Rekapitulasi pleno disimpan operator pada "
         "basis data MySQL kantor; tampilan tabelnya di phpMyAdmin dicetak dan dimuat di bawah ini.", riw=0,
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "TAHUN 2019", "BAJAWA"])


def sumba_barat_2020():
    """Sumba Barat 2020: the Pilkada 2020 DPT as an Oracle APEX interactive report with a control break on Tingkat."""
    baru("lkj-sumba-barat-2020", "Sumba Barat", "5312",
         "Waikabubak|29 Januari 2021|Umbu Ngailu Bora, S.Sos.|19830916 200604 1 412",
         r_apex("Rekapitulasi DPT Pemilihan 2020", "SIDAPIL - Sistem Data Pemilih KPU Sumba Barat", "Rekap DPT",
                "Pemilihan 2020"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.1", 21.6, "u60sb20", ("pilkada", 2020),
         "KABUPATEN SUMBA BARAT",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan. Laporan interaktif "
         "aplikasi data pemilih kantor dicetak dan dimuat di bawah ini.", riw=1)


def belu_2021():
    """Belu 2021: the budget as pgAdmin 4's Data Output (typed column titles, row numbers, induk column)."""
    baru("lkj-belu-2021", "Belu", "5304", "Atambua|28 Januari 2022|Agustinus Bria Seran, S.H.|19810510 200604 1 413",
         r_pgadmin("Realisasi Anggaran 2021", "keuangan_kpu_belu", 2021),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6", 21.8, "u60bl21", ("pemilu", 2019), "JUMLAH",
         "DPT Pemilu 2019 Kabupaten Belu per kecamatan, dasar pemutakhiran data pemilih berkelanjutan 2021:",
         pre="Realisasi anggaran disusun dari basis data PostgreSQL subbagian keuangan; keluaran kuerinya dimuat pada "
             "bagian Realisasi Anggaran.", riw=1)


def lembata_2022():
    """Lembata 2022: the budget as DBeaver's Results grid (full-path codes, the DIPA total first)."""
    baru("lkj-lembata-2022", "Lembata", "5313", "Lewoleba|27 Januari 2023|Paulus Lela Making, S.Pd.|19820103 200604 1 414",
         r_dbeaver("Realisasi Anggaran 2022", "keu_lembata", 2022),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 22.0, "u60lb22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran tahun 2022:",
         pre="Realisasi anggaran ditarik dengan DBeaver dari basis data keuangan kantor; cetakan panel hasilnya dimuat "
             "pada bagian Realisasi Anggaran.", riw=1)


def nagekeo_2023():
    """Nagekeo 2023: the capaian as a Notion database's table view (property-type glyphs in the column titles)."""
    baru("lkj-nagekeo-2023", "Nagekeo", "5316", "Mbay|30 Januari 2024|Kristoforus Dhosa Lado, S.Fil.|19840427 200604 1 415",
         r_notion("Tabel pengukuran kinerja", "KPU Nagekeo", 2023),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 22.3, "u60nk23", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Nagekeo per kecamatan, ditetapkan Juni 2023:",
         pre="Indikator kinerja dicatat pada basis data Notion kantor; tampilan tabelnya dimuat pada bagian Capaian "
             "Kinerja.", riw=1)


def kupang_2024():
    """Kupang 2024: the SAKIP 2023 components as Excel's Scenario Summary (self-assessment beside the evaluation)."""
    baru("lkj-kupang-2024", "Kupang", "5301", "Oelamasi|30 Januari 2025|Yakobus Nenobais, S.Sos.|19830121 200604 1 416",
         r_skenario("Hasil Evaluasi AKIP 2023", 2024, (1.35, 0.9, 0.6, 1.15)),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8", 22.6, "u60kp24", ("pilkada", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Kupang 2024 per kecamatan:",
         pre="Evaluator menghitung nilai evaluasi AKIP pada lembar kerja Excel dengan Scenario Manager, menyandingkan "
             "penilaian mandiri kantor dengan hasil evaluasi; laporan ringkasannya disalin pada bagian Evaluasi "
             "Akuntabilitas Kinerja.", riw=1)


if __name__ == "__main__":
    tulis(ngada_2019, sumba_barat_2020, belu_2021, lembata_2022, nagekeo_2023, kupang_2024)
