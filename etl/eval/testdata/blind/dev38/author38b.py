#!/usr/bin/env python3
# dev38/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev38/author38b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common38 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_baterai, r_cuaca, r_gizi, r_papan,  # noqa: E402
                      r_prangko, r_spbu, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def alor_2019():
    """Alor 2019: the budget as the fuel pump displays (tampilan pompa SPBU) of the budget infographic, one
    pump a budget line; other tables plain TAB."""
    c, d = dok("lkj-alor-2019", "Alor", "Kalabahi|30 Januari 2020|Yakobus Maure, S.Sos.|19780917 200604 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ALOR", "TAHUN 2019"], W=96)
    R = r_spbu("Pompa Anggaran 2019")
    rows = cap_lama("5305", 2019, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.4)
    d.P(f"Nilai Reformasi Birokrasi tahun 2019 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u38al19", total="TOTAL DIPA 2019", pre=(
        "Dalam rangka keterbukaan informasi, realisasi anggaran tahun 2019 dipasang di papan informasi kantor "
        "sebagai infografis pompa bensin: setiap baris anggaran satu pompa, angka rupiah yang terisi adalah "
        "realisasi dan kapasitas tangki adalah pagunya. Teks infografis itu diketik ulang berikut."))
    sumber(d, "Sumber: SPAN/OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Alor per kecamatan (hasil perbaikan terakhir):")
    sumber(d)
    selesai(d, c)


def belu_2023():
    """Belu 2023: the SAKIP 2022 evaluation as the nutrition facts label (label Informasi Nilai Gizi) of the
    evaluation infographic; other tables plain TAB."""
    c, d = dok("lkj-belu-2023", "Belu", "Atambua|29 Januari 2024|Agustinus Bria Seran, S.H.|19800615 200604 1 015",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN BELU", "TAHUN 2023"], W=95)
    R = r_gizi("Label Nilai AKIP 2022")
    rows = cap_lama("5304", 2023, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022, pre=(
        "Hasil evaluasi AKIP tahun 2022 disosialisasikan kepada pegawai dalam infografis berbentuk label informasi "
        "nilai gizi pada kemasan makanan: jumlah per sajian adalah nilai akhir, dan setiap komponen tercantum "
        "dengan bobot dan nilainya. Teks label itu diketik ulang berikut."))
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.3)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u38bl23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH", pre="DPT Pemilu 2024 Kabupaten Belu per kecamatan, ditetapkan Juni 2023:")
    sumber(d)
    selesai(d, c)


def mabar_2023():
    """Manggarai Barat 2023: the Pemilu 2024 DPT as the sheet of postage stamps (lembar prangko) of the
    voters' infographic, one stamp a kecamatan; other tables plain TAB."""
    c, d = dok("lkj-manggarai-barat-2023", "Manggarai Barat",
               "Labuan Bajo|30 Januari 2024|Stefanus Jemadu, S.Fil.|19790822 200604 1 017",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2023"], W=96)
    R = r_prangko("Prangko Pemilih Pemilu 2024 Kabupaten Manggarai Barat")
    rows = cap_lama("5315", 2023, baris("partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 80.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u38mb23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH", pre=(
        "DPT Pemilu 2024 yang ditetapkan pada Juni 2023 disosialisasikan dengan infografis lembar prangko: setiap "
        "kecamatan satu prangko bergambar, nilai nominalnya jumlah pemilih, dan seluruh kabupaten sebagai blok "
        "prangko. Teks infografis itu diketik ulang berikut."))
    selesai(d, c)


def sbd_2023():
    """Sumba Barat Daya 2023: the capaian as the weather forecast cards (kartu prakiraan cuaca) of the
    performance infographic, one card an indicator; other tables plain TAB."""
    c, d = dok("lkj-sumba-barat-daya-2023", "Sumba Barat Daya",
               "Tambolaka|31 Januari 2024|Markus Lede Bulu, S.Pd.|19810110 200604 1 018",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2023"], W=96)
    R = r_cuaca("Prakiraan Cuaca Kinerja 2023")
    rows = cap_lama("5318", 2023, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.3"))
    d.P("Capaian indikator kinerja tahun 2023 juga ditampilkan di layar lobi kantor sebagai kartu prakiraan cuaca: "
        "setiap indikator satu kartu, cuacanya menurut capaian, dengan satuan, target, realisasi dan capaian sebagai "
        "bacaan kartu. Teks kartu-kartu itu diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u38sd23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH", pre="DPT Pemilu 2024 Kabupaten Sumba Barat Daya per kecamatan:")
    sumber(d)
    selesai(d, c)


def malaka_2024():
    """Malaka 2024: the budget as the whiteboard of the budget meeting (papan tulis rapat), photographed and
    typed again; other tables plain TAB."""
    c, d = dok("lkj-malaka-2024", "Malaka", "Betun|30 Januari 2025|Yohanes Klau Seran, S.H.|19800126 200604 1 023",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MALAKA", "TAHUN 2024"], W=95)
    R = r_papan("papan tulis rapat evaluasi anggaran", "6 Januari 2025")
    rows = cap_lama("5321", 2024, baris("partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 23.0)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u38ml24", total="TOTAL DIPA", pre=(
        "Realisasi anggaran akhir tahun 2024 dibahas dalam rapat evaluasi awal Januari 2025; Kepala Subbagian "
        "Keuangan menuliskan angkanya di papan tulis ruang rapat, dan foto papan itu diketik ulang berikut apa adanya."))
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH", pre="DPT Pemilihan Bupati dan Wakil Bupati Malaka Tahun 2024 per kecamatan:")
    sumber(d)
    selesai(d, c)


def flotim_2024():
    """Flores Timur 2024: the capaian as the battery indicators (ikon baterai) of the lobby screen, one battery
    an indicator; other tables plain TAB."""
    c, d = dok("lkj-flores-timur-2024", "Flores Timur", "Larantuka|29 Januari 2025|Petrus Kopong Beda, S.Sos.|19781130 200604 1 007",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN 2024"], W=96)
    R = r_baterai("Baterai Kinerja 2024")
    rows = cap_lama("5306", 2024, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1"))
    d.P("Layar informasi di lobi kantor menampilkan capaian setiap indikator kinerja sebagai ikon baterai yang terisi "
        "sesuai capaiannya. Teks tampilan layar per 31 Desember 2024 diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 23.2)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u38ft24", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH", pre="DPT Pemilu 2024 Kabupaten Flores Timur per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(alor_2019, belu_2023, mabar_2023, sbd_2023, malaka_2024, flotim_2024)
