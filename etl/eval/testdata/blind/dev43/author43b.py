#!/usr/bin/env python3
# dev43/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev43/author43b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common43 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_angsuran, r_coklit, r_galang,  # noqa: E402
                      r_kalibrasi, r_mt940, r_skor_kredit, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, tanpa_lapor_anggaran,
                      ulang)
from lib import tulis  # noqa: E402


def sumba_tengah_2022():
    """Sumba Tengah 2022: the capaian as a calibration certificate (sertifikat kalibrasi), one `Titik` an
    indicator; other tables plain TAB."""
    c, d = dok("lkj-sumba-tengah-2022", "Sumba Tengah", "Waibakul|27 Januari 2023|Umbu Remu Lakawa, S.Sos.|19800812 200604 1 015",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA TENGAH", "TAHUN 2022"], W=96)
    R = r_kalibrasi("Sertifikat Kalibrasi Capaian Kinerja 2022", "KAL-07/5317/XII/2022")
    rows = cap_lama("5317", 2022, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.7"))
    d.P("Pengukuran capaian kinerja tahun 2022 disajikan dalam bentuk sertifikat kalibrasi: setiap indikator satu "
        "titik ukur, target Perjanjian Kinerja sebagai nilai nominal dan realisasi sebagai nilai terbaca. Teks "
        "sertifikat itu diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020, 2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.3)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u43st22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Sumba Tengah per kecamatan, data dasar pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)


def matim_2020():
    """Manggarai Timur 2020: the budget as the loan cards of the staff cooperative (kartu angsuran pinjaman), one
    card a budget line; other tables plain TAB."""
    c, d = dok("lkj-manggarai-timur-2020", "Manggarai Timur",
               "Borong|26 Januari 2021|Stefanus Ngambut, S.Fil.|19801205 200604 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2020"], W=96)
    R = r_angsuran("Kartu Angsuran Realisasi Anggaran 2020", "KOPERASI PEGAWAI KPU MANGGARAI TIMUR")
    rows = cap_lama("5319", 2020, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u43mt20", total="JUMLAH", pre=(
        "Bendahara menyajikan realisasi anggaran tahun 2020 dengan kartu yang biasa dipakai koperasi pegawai untuk "
        "angsuran pinjaman: setiap baris anggaran satu kartu, pagu sebagai plafon pinjaman, realisasi per triwulan "
        "sebagai angsuran dan sisa pagu sebagai sisa pinjaman. Kartu-kartu itu diketik ulang berikut."))
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Manggarai Timur per kecamatan, dasar pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)


def sabu_2020():
    """Sabu Raijua 2020: the SAKIP 2019 evaluation as a credit score report (laporan skor kredit), one `FAKTOR` a
    component; other tables plain TAB."""
    c, d = dok("lkj-sabu-raijua-2020", "Sabu Raijua", "Seba|27 Januari 2021|Yermias Lado Bire, S.E.|19820428 200604 1 018",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "TAHUN 2020"], W=96)
    R = r_skor_kredit("Laporan Skor Kredit Kinerja (Evaluasi AKIP 2019)", "SK-5320/2019/0114")
    rows = cap_lama("5320", 2020, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019, pre=(
        "Hasil evaluasi AKIP atas tahun 2019 dibagikan kepada pegawai dengan tata letak laporan skor kredit: setiap "
        "komponen satu faktor penilaian dengan bobot maksimum dan skornya, skor akhir adalah nilai evaluasi dan "
        "peringkat adalah predikatnya. Teks laporan itu diketik ulang berikut."))
    nb = rb_std(d, 2020, 21.9)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u43sr20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sabu Raijua Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def kota_kupang_2023():
    """Kota Kupang 2023: the Pemilu 2024 DPT as the progress dashboard of the e-Coklit application, one block a
    kecamatan; other tables plain TAB."""
    c, d = dok("lkj-kota-kupang-2023", "Kota Kupang", "Kupang|29 Januari 2024|Maria Goreti Lake, S.E.|19830521 200604 2 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KOTA KUPANG", "TAHUN 2023"], W=96)
    R = r_coklit("Dasbor e-Coklit Pemilu 2024", "PEMILU 2024", "21-06-2023 (penetapan DPT)")
    rows = cap_lama("5371", 2023, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021, 2020]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.5)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u43kk23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH", pre=(
        "Tahun 2023 adalah tahun pencocokan dan penelitian (coklit) data pemilih Pemilu 2024. Pantarlih bekerja "
        "dengan aplikasi e-Coklit; dasbor progresnya, yang memuat DPT hasil penetapan rapat pleno terbuka tahun "
        "2023 per kecamatan, dicetak dan teksnya diketik ulang berikut."))
    selesai(d, c)


def belu_2020():
    """Belu 2020: the budget as the bank's MT940 statement export, one message a budget line; other tables plain
    TAB."""
    c, d = dok("lkj-belu-2020", "Belu", "Atambua|28 Januari 2021|Agustinus Bau Mali, S.Sos.|19790930 200604 1 020",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN BELU", "TAHUN 2020"], W=96)
    R = r_mt940("Rekening Koran Elektronik MT940 Anggaran 2020")
    rows = cap_lama("5304", 2020, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u43bl20", total="JUMLAH", pre=(
        "Realisasi anggaran tahun 2020 diambil langsung dari ekspor rekening koran elektronik bank penyalur dalam "
        "format MT940: setiap baris anggaran satu pesan, pagu sebagai saldo awal, realisasi sebagai debet dan sisa "
        "pagu sebagai saldo akhir. Pesan-pesan itu diketik ulang berikut."))
    tanpa_lapor_anggaran(d)
    sumber(d, "Sumber: ekspor MT940 bank penyalur, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Dengan demikian pagu Rp{p} terealisasi Rp{x} pada akhir tahun.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Belu per kecamatan, dasar pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)


def flotim_2021():
    """Flores Timur 2021: the capaian as the campaign page of a fund-raising site (halaman penggalangan dana), one
    campaign an indicator; other tables plain TAB."""
    c, d = dok("lkj-flores-timur-2021", "Flores Timur",
               "Larantuka|27 Januari 2022|Paulus Kopong Lamen, S.Fil.|19810716 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN 2021"], W=96)
    R = r_galang("Halaman Kampanye Capaian Kinerja 2021", "galangkinerja.kpu-flotim.local")
    rows = cap_lama("5306", 2021, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2"))
    d.P("Untuk menarik perhatian pegawai, capaian kinerja akhir tahun 2021 ditampilkan di intranet kantor dengan "
        "tampilan halaman penggalangan dana: setiap indikator satu kampanye, target sebagai target kampanye dan "
        "realisasi sebagai dana terkumpul. Teks halaman itu diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.0)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u43ft21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan, data dasar pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(sumba_tengah_2022, matim_2020, sabu_2020, kota_kupang_2023, belu_2020, flotim_2021)
