#!/usr/bin/env python3
# dev32/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev32/author32b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common32 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_donat, r_mutu, r_piktogram,  # noqa: E402
                      r_piramida, r_termometer, r_treemap, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def rote_ndao_2020():
    """Rote Ndao 2020: the capaian as the ISO 9001 quality-objective form (Formulir Pencapaian Sasaran Mutu)
    typed with box-drawing characters; other tables plain TAB."""
    c, d = dok("lkj-rote-ndao-2020", "Rote Ndao", "Ba'a|28 Januari 2021|Yermias Ndun, S.E.|19790226 200604 1 008",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ROTE NDAO", "TAHUN 2020"], W=94)
    R = r_mutu("FM-SMM-07/KPU-RN", "02", "2 Januari 2020", "Sekretariat KPU Kabupaten Rote Ndao")
    rows = cap_lama("5314", 2020, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2"))
    d.P("Sejak tahun 2019 Sekretariat menerapkan sistem manajemen mutu, sehingga indikator kinerja utama juga "
        "ditetapkan sebagai sasaran mutu dan capaiannya dicatat pada formulir sasaran mutu. Formulir posisi akhir "
        "tahun 2020 disalin berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u32rn20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Rote Ndao per kecamatan:")
    sumber(d)
    selesai(d, c)


def sumba_tengah_2022():
    """Sumba Tengah 2022: the SAKIP 2021 evaluation as the doughnut chart of the evaluation's infographic typed
    again (the score in the ring's hole, the four components' labels at the corners); other tables plain TAB."""
    c, d = dok("lkj-sumba-tengah-2022", "Sumba Tengah", "Waibakul|27 Januari 2023|Umbu Pati Ndima, S.Sos.|19790517 200604 1 012",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA TENGAH", "TAHUN 2022"], W=95)
    R = r_donat("Hasil Evaluasi AKIP Tahun 2021 KPU Kabupaten Sumba Tengah")
    rows = cap_lama("5317", 2022, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021, pre=(
        "Inspektorat Utama KPU menyampaikan hasil evaluasi AKIP tahun 2021 disertai infografis berbentuk diagram "
        "donat: nilai akhir di tengah lingkaran dan nilai setiap komponen di sekelilingnya. Teks infografis itu "
        "diketik ulang berikut."))
    for y, v in riwayat(d, [2020]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2022, 22.1)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u32st22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Sumba Tengah per kecamatan (data dasar pemutakhiran berkelanjutan):")
    sumber(d)
    selesai(d, c)


def manggarai_timur_2022():
    """Manggarai Timur 2022: the Pemilu 2019 DPT as the voters' pyramid (butterfly chart) typed again; other
    tables plain TAB."""
    c, d = dok("lkj-manggarai-timur-2022", "Manggarai Timur", "Borong|30 Januari 2023|Kristoforus Jenarut, S.Fil.|19780402 200604 1 015",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2022"], W=96)
    R = r_piramida("Piramida Pemilih Pemilu 2019 Kabupaten Manggarai Timur")
    rows = cap_lama("5319", 2022, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    sec_anggaran(d, R, "u32mt22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, pre=(
        "Komposisi pemilih menurut jenis kelamin di setiap kecamatan digambarkan dengan grafik piramida pemilih "
        "berdasarkan DPT Pemilu 2019, yang dipakai dalam sosialisasi pemutakhiran data pemilih berkelanjutan "
        "tahun 2022. Label grafik itu diketik ulang berikut."))
    selesai(d, c)


def sumba_barat_2020():
    """Sumba Barat 2020: the Pilkada 2020 DPT as the pictogram chart (isotype) of the voters' infographic typed
    again; other tables plain TAB."""
    c, d = dok("lkj-sumba-barat-2020", "Sumba Barat", "Waikabubak|29 Januari 2021|Daniel Bili Kaka, S.Sos.|19780830 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT", "TAHUN 2020"], W=93)
    R = r_piktogram("DPT Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020")
    rows = cap_lama("5312", 2020, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Nilai evaluasi atas tahun {y} adalah {id_dec(v)} (predikat {predikat(v)}).")
    sec_anggaran(d, R, "u32sb20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    nb = rb_std(d, 2020, 21.9)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 tercatat {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    for y, p, x in tahun_lalu(d, [2019, 2018]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, pre=(
        "DPT Pemilihan 2020 diumumkan kepada masyarakat dalam bentuk infografis piktogram yang diunggah ke media "
        "sosial dan dipasang di kantor desa. Teks dan ikon infografis itu diketik ulang berikut."))
    selesai(d, c)


def mabar_2024():
    """Manggarai Barat 2024: the budget as the treemap of the monitoring dashboard typed again (programs as
    large boxes, their kegiatan as boxes two abreast inside them); other tables plain TAB."""
    c, d = dok("lkj-manggarai-barat-2024", "Manggarai Barat", "Labuan Bajo|24 Januari 2025|Fransiskus Sales Jehadu, S.E.|19790308 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2024"], W=94)
    R = r_treemap("Peta Pohon Realisasi Anggaran TA 2024 menurut Program dan Kegiatan")
    rows = cap_lama("5315", 2024, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 22.7)
    d.P(f"Reformasi Birokrasi tahun 2024 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u32mb24", total="JUMLAH", pre=(
        "Realisasi anggaran dipantau melalui dasbor monitoring yang menampilkan peta pohon (treemap): setiap "
        "program sebuah kotak besar, setiap kegiatan kotak di dalamnya yang luasnya sebanding dengan pagu. "
        "Label peta pohon posisi 31 Desember 2024 diketik ulang berikut."))
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 Kabupaten Manggarai Barat per kecamatan:")
    sumber(d)
    selesai(d, c)


def sabu_raijua_2024():
    """Sabu Raijua 2024: the capaian as the row of thermometer charts on the performance dashboard typed again
    (four columns abreast); other tables plain TAB."""
    c, d = dok("lkj-sabu-raijua-2024", "Sabu Raijua", "Seba|27 Januari 2025|Yulius Lado Rebo, S.Sos.|19780924 200604 1 004",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "TAHUN 2024"], W=94)
    R = r_termometer("Grafik Termometer Capaian Indikator Kinerja Tahun 2024")
    rows = cap_lama("5320", 2024, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 80.6"))
    d.P("Capaian setiap indikator ditampilkan pada dasbor kinerja dalam bentuk grafik termometer. Teks grafik "
        "posisi akhir tahun diketik ulang berikut, empat indikator sebaris.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 22.3)
    d.P(f"Nilai RB tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    for y, v in riwayat(d, [2022]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    sec_anggaran(d, R, "u32sr24", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sabu Raijua Tahun 2024 per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(rote_ndao_2020, sumba_tengah_2022, manggarai_timur_2022, sumba_barat_2020, mabar_2024, sabu_raijua_2024)
