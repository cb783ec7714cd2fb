#!/usr/bin/env python3
# dev42/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev42/author42b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common42 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_hitung_cepat, r_juri,  # noqa: E402
                      r_kartu_pemilih, r_lelang, r_slip, r_timbang, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def tts_2020():
    """Timor Tengah Selatan 2020: the SAKIP 2019 evaluation as the score sheet of a competition's jury (lembar
    penilaian dewan juri lomba), one `KRITERIA` a component; other tables plain TAB."""
    c, d = dok("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan",
               "Soe|28 Januari 2021|Yohanis Tefa, S.Sos.|19800119 200604 1 007",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2020"], W=96)
    R = r_juri("Lembar Penilaian Juri Evaluasi AKIP 2019", "LOMBA AKUNTABILITAS KINERJA SATKER")
    rows = cap_lama("5302", 2020, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019, pre=(
        "Hasil evaluasi AKIP atas tahun 2019 diumumkan di lingkungan kantor dalam bentuk lembar penilaian dewan juri, "
        "seperti lomba antarsatker: setiap komponen evaluasi satu kriteria penilaian, bobot komponen sebagai nilai "
        "tertinggi yang dapat diraih dan nilai komponen sebagai nilai juri. Teks lembar itu diketik ulang berikut."))
    nb = rb_std(d, 2020, 21.9)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42ts20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, dasar pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)


def ende_2023():
    """Ende 2023: the capaian as the minutes of an auction (risalah lelang), one `LOT` an indicator; other tables
    plain TAB."""
    c, d = dok("lkj-ende-2023", "Ende", "Ende|29 Januari 2024|Yosef Dhosa Wangge, S.Fil.|19810624 200604 1 019",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ENDE", "TAHUN 2023"], W=96)
    R = r_lelang("Risalah Lelang Capaian Kinerja 2023", "03/RL/Kinerja/5308/XII/2023")
    rows = cap_lama("5308", 2023, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.3"))
    d.P("Pada akhir tahun 2023 capaian setiap indikator dipaparkan dalam acara internal bergaya lelang: setiap "
        "indikator satu lot, target Perjanjian Kinerja sebagai harga limit dan realisasi sebagai harga yang "
        "terbentuk. Risalahnya diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.5)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42en23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Ende per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan:")
    sumber(d)
    selesai(d, c)


def ngada_2024():
    """Ngada 2024: the budget as the tickets of a weighbridge (tiket jembatan timbang), one ticket a budget line;
    other tables plain TAB."""
    c, d = dok("lkj-ngada-2024", "Ngada", "Bajawa|30 Januari 2025|Gregorius Bhara Dopo, S.H.|19820714 200604 1 005",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN 2024"], W=96)
    R = r_timbang("Tiket Jembatan Timbang Anggaran 2024")
    rows = cap_lama("5309", 2024, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 22.7)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42ng24", total="JUMLAH", pre=(
        "Bendahara menyajikan realisasi anggaran tahun 2024 dengan cara yang dikenal dari jembatan timbang: setiap "
        "baris anggaran satu tiket, pagu sebagai berat bruto, sisa pagu sebagai tara dan realisasi sebagai berat "
        "netto. Tiket-tiket itu diketik ulang berikut."))
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Serentak Tahun 2024 (Gubernur dan Bupati) di Kabupaten Ngada per kecamatan:")
    sumber(d)
    selesai(d, c)


def malaka_2022():
    """Malaka 2022: the Pilkada 2020 DPT as voter cards (kartu pemilih), one card a kecamatan; other tables plain
    TAB."""
    c, d = dok("lkj-malaka-2022", "Malaka", "Betun|27 Januari 2023|Wilhelmus Klau Nahak, S.Pd.|19790927 200604 1 014",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MALAKA", "TAHUN 2022"], W=96)
    R = r_kartu_pemilih("Kartu Rekap Pemilih Pemilihan 2020", "PEMILIHAN 2020")
    rows = cap_lama("5321", 2022, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.2)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42ml22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH", pre=(
        "DPT Pemilihan Bupati dan Wakil Bupati Malaka Tahun 2020 per kecamatan, sebagai pembanding pemutakhiran "
        "berkelanjutan. Untuk sosialisasi, rekapitulasi itu dicetak dengan tata letak kartu pemilih: satu kartu "
        "satu kecamatan, kartu terakhir untuk kabupaten. Teks kartu-kartu itu diketik ulang berikut."))
    selesai(d, c)


def kota_kupang_2024():
    """Kota Kupang 2024: the capaian as the screen of a quick count (hitung cepat), one panel an indicator; other
    tables plain TAB."""
    c, d = dok("lkj-kota-kupang-2024", "Kota Kupang", "Kupang|29 Januari 2025|Maria Goreti Lake, S.E.|19830521 200604 2 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KOTA KUPANG", "TAHUN 2024"], W=96)
    R = r_hitung_cepat("Layar Hitung Cepat Kinerja 2024")
    rows = cap_lama("5371", 2024, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.8"))
    d.P("Tahun 2024 adalah tahun Pemilu dan Pemilihan. Di ruang media center, capaian kinerja akhir tahun "
        "ditayangkan dengan tampilan layar hitung cepat: setiap indikator satu panel, target sebagai sasaran dan "
        "realisasi sebagai perolehan. Teks layar itu diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022, 2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 22.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42kk24", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 Kota Kupang yang ditetapkan dalam rapat pleno terbuka tahun 2023, per kecamatan:")
    sumber(d)
    selesai(d, c)


def matim_2024():
    """Manggarai Timur 2024: the SAKIP 2023 evaluation as a pay slip (slip gaji), one `PENGHASILAN` line a
    component; other tables plain TAB."""
    c, d = dok("lkj-manggarai-timur-2024", "Manggarai Timur", "Borong|28 Januari 2025|Stefanus Ngambut, S.Fil.|19801205 200604 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2024"], W=96)
    R = r_slip("Slip Penghasilan Kinerja (Evaluasi AKIP 2023)")
    rows = cap_lama("5319", 2024, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023, pre=(
        "Hasil evaluasi AKIP atas tahun 2023 disampaikan kepada pegawai dengan tata letak slip gaji yang mereka "
        "kenal: setiap komponen satu baris penghasilan, bobot komponen sebagai pagu dan nilai komponen sebagai "
        "yang diterima; penghasilan bersih adalah nilai evaluasi dan golongan predikatnya. Teks slip diketik ulang."))
    for y, v in riwayat(d, [2022]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 22.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42mt24", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 Kabupaten Manggarai Timur yang ditetapkan tahun 2023, per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(tts_2020, ende_2023, ngada_2024, malaka_2022, kota_kupang_2024, matim_2024)
