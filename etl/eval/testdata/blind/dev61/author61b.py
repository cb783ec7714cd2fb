#!/usr/bin/env python3
# dev61/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev61/author61b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common61 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_asana, r_clickup, r_metabase,  # noqa: E402
                      r_sharepoint, r_ssrs, r_ti84, rb_std, revisi_semua, riwayat, sec_anggaran,
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


def sumba_tengah_2019():
    """Sumba Tengah 2019: the Pemilu 2019 DPT as a SharePoint list view with its totals line at the top."""
    baru("lkj-sumba-tengah-2019", "Sumba Tengah", "5317",
         "Waibakul|30 Januari 2020|Umbu Pati Lawu, S.Sos.|19820417 200604 1 391",
         r_sharepoint("Rekapitulasi DPT Pemilu 2019 per Kecamatan", "KPU Sumba Tengah - Data Pemilih",
                      "DPT Pemilu 2019 per Kecamatan"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u59st19", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan. Rekap pleno PPK disimpan pada daftar "
         "SharePoint kantor; tampilan daftarnya dicetak dan dimuat di bawah ini.", riw=0,
         sampul=["LAPORAN KINERJA", "TAHUN 2019", "KPU KABUPATEN SUMBA TENGAH", "WAIBAKUL"])


def malaka_2020():
    """Malaka 2020: the Pilkada 2020 DPT as a Metabase saved question with the ROLLUP row (Kecamatan empty) last."""
    baru("lkj-malaka-2020", "Malaka", "5321", "Betun|29 Januari 2021|Yohanes Klau Seran, S.H.|19830130 200604 1 392",
         r_metabase("Rekapitulasi DPT Pemilihan 2020", "Data Pemilih / Pemilihan 2020", "DPT per Kecamatan (rollup)"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.2", 21.6, "u59ml20", ("pilkada", 2020), "JUMLAH",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Malaka 2020 per kecamatan. Data pemilih kantor "
         "dianalisis pada Metabase; hasil pertanyaan tersimpannya dicetak di bawah ini.", riw=1)


def manggarai_barat_2021():
    """Manggarai Barat 2021: the budget as an SSRS report in the Report Viewer, program rows with drilldown toggles."""
    baru("lkj-manggarai-barat-2021", "Manggarai Barat", "5315",
         "Labuan Bajo|28 Januari 2022|Kornelis Jehamat Ndadang, S.Fil.|19810306 200604 1 393",
         r_ssrs("Realisasi Anggaran 2021", "sipkeu-kpumabar", "Keuangan/RealisasiProgramKegiatan", 2021),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.7", 21.9, "u59mb21", ("pilkada", 2020), "JUMLAH",
         "DPT Pemilihan 2020 Kabupaten Manggarai Barat per kecamatan, dasar pemutakhiran data pemilih berkelanjutan 2021:",
         pre="Realisasi anggaran dilaporkan melalui server laporan (SQL Server Reporting Services) subbagian keuangan; "
             "cetakan laporannya dimuat pada bagian Realisasi Anggaran.", riw=1)


def sumba_timur_2022():
    """Sumba Timur 2022: the budget as the list view of an Asana project (sections, subtasks, custom fields)."""
    baru("lkj-sumba-timur-2022", "Sumba Timur", "5311",
         "Waingapu|27 Januari 2023|Umbu Ndakularak Hamba, S.E.|19820729 200604 1 394",
         r_asana("Realisasi Anggaran 2022", "Pelaksanaan DIPA 2022", 2022),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u59sm22", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur per kecamatan, pangkal pemutakhiran tahun 2022:",
         pre="Pelaksanaan DIPA dipantau sebagai proyek Asana dengan kolom isian pagu dan realisasi; tampilan daftarnya "
             "dimuat pada bagian Realisasi Anggaran.", riw=1)


def rote_ndao_2023():
    """Rote Ndao 2023: the capaian as a ClickUp list grouped by status."""
    baru("lkj-rote-ndao-2023", "Rote Ndao", "5314", "Ba'a|30 Januari 2024|Yermias Ndun Lenggu, S.Pd.|19840211 200604 1 395",
         r_clickup("Tabel pengukuran kinerja", "KPU Rote Ndao", 2023),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3", 22.2, "u59rn23", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan, ditetapkan Juni 2023:",
         pre="Indikator kinerja dipantau sebagai tugas pada ruang ClickUp kantor; tampilan daftarnya, dikelompokkan "
             "menurut status ketercapaian, dimuat pada bagian Capaian Kinerja.", riw=1)


def manggarai_timur_2024():
    """Manggarai Timur 2024: the SAKIP 2023 components as the evaluator's TI-84 Plus screens."""
    baru("lkj-manggarai-timur-2024", "Manggarai Timur", "5319",
         "Borong|30 Januari 2025|Stefanus Dalung Jemarut, S.Fil.|19830808 200604 1 396",
         r_ti84("Hasil Evaluasi AKIP 2023", 2024),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.6, "u59mt24", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan:",
         pre="Evaluator menghitung nilai akhir evaluasi AKIP pada kalkulator grafik di hadapan tim; layar-layarnya "
             "diketik ulang pada bagian Evaluasi Akuntabilitas Kinerja.", riw=1)


if __name__ == "__main__":
    tulis(sumba_tengah_2019, malaka_2020, manggarai_barat_2021, sumba_timur_2022, rote_ndao_2023, manggarai_timur_2024)
