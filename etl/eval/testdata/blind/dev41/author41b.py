#!/usr/bin/env python3
# dev41/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev41/author41b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common41 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_agenda, r_bps, r_bursa, r_cat,  # noqa: E402
                      r_emonev, r_kelulusan, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def ngada_2023():
    """Ngada 2023: the capaian as the announcement of a selection's results (pengumuman hasil seleksi), one
    `peserta` an indicator; other tables plain TAB."""
    c, d = dok("lkj-ngada-2023", "Ngada", "Bajawa|29 Januari 2024|Hironimus Bate Lowa, S.Fil.|19800427 200604 1 013",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN 2023"], W=96)
    R = r_kelulusan("Pengumuman Hasil Penilaian Kinerja 2023", "07/PL.01-Pu/5309/2024")
    rows = cap_lama("5309", 2023, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3"))
    d.P("Sebagaimana tradisi kantor ini, hasil pengukuran capaian kinerja tahun 2023 diumumkan kepada seluruh pegawai "
        "dengan format pengumuman hasil seleksi: setiap indikator diperlakukan sebagai peserta, target Perjanjian "
        "Kinerja sebagai nilai ambang batas dan realisasi sebagai nilai yang diperoleh. Salinan pengumuman itu "
        "diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.3)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u41ng23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Ngada per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan:")
    sumber(d)
    selesai(d, c)


def manggarai_2024():
    """Manggarai 2024: the SAKIP 2023 evaluation as the result slip of a computer assisted test (lembar hasil
    ujian CAT), one `SUBTES` a component; other tables plain TAB."""
    c, d = dok("lkj-manggarai-2024", "Manggarai", "Ruteng|28 Januari 2025|Fransiskus Jehabut, S.Fil.|19790806 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN 2024"], W=96)
    R = r_cat("Hasil Evaluasi AKIP 2023 Format CAT")
    rows = cap_lama("5310", 2024, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023, pre=(
        "Hasil evaluasi AKIP atas tahun 2023 dibagikan kepada pegawai dalam bentuk lembar hasil ujian berbasis "
        "komputer (CAT) yang dikenal dari seleksi CPNS: setiap komponen satu subtes, nilai yang diperoleh di depan "
        "dan bobot komponen sebagai nilai maksimal di belakang. Teks lembar itu diketik ulang berikut."))
    for y, v in riwayat(d, [2022]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 22.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u41mg24", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Serentak Tahun 2024 (Gubernur dan Bupati) di Kabupaten Manggarai per kecamatan:")
    sumber(d)
    selesai(d, c)


def sabu_raijua_2023():
    """Sabu Raijua 2023: the budget as the print of the e-Monev application's realisation form (formulir
    e-Monev), one record a budget line; other tables plain TAB."""
    c, d = dok("lkj-sabu-raijua-2023", "Sabu Raijua", "Seba|30 Januari 2024|Dominggus Lado Bire, S.E.|19811203 200604 1 020",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "TAHUN 2023"], W=96)
    R = r_emonev("e-Monev Formulir Realisasi Triwulan IV 2023")
    rows = cap_lama("5320", 2023, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.0)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u41sr23", total="JUMLAH", pre=(
        "Realisasi anggaran tahun 2023 dilaporkan setiap triwulan melalui aplikasi e-Monev. Cetakan formulir "
        "realisasi triwulan IV dari aplikasi itu diketik ulang berikut: setiap rekaman satu baris anggaran, dengan "
        "pagu dana, realisasi keuangan beserta persentasenya, sisa dana dan progres fisik pekerjaan."))
    sumber(d, "Sumber: e-Monev, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 Kabupaten Sabu Raijua yang ditetapkan tahun 2023, per kecamatan:")
    sumber(d)
    selesai(d, c)


def tts_2022():
    """Timor Tengah Selatan 2022: the Pemilu 2019 DPT as a statistics office's bilingual table (Kabupaten Dalam
    Angka), one row a kecamatan; other tables plain TAB."""
    c, d = dok("lkj-timor-tengah-selatan-2022", "Timor Tengah Selatan",
               "Soe|27 Januari 2023|Yeremias Nope, S.Sos.|19790712 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2022"], W=96)
    R = r_bps("Kabupaten Timor Tengah Selatan Dalam Angka 2020, Bab 3")
    rows = cap_lama("5302", 2022, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.4)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u41tt22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre=(
        "DPT Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan, dikutip dari tabel "
        "publikasi statistik daerah yang bersumber dari kantor ini (dwibahasa, seperti aslinya):"))
    selesai(d, c)


def nagekeo_2023():
    """Nagekeo 2023: the capaian as the closing board of a stock exchange (papan bursa kinerja), one ticker an
    indicator; other tables plain TAB."""
    c, d = dok("lkj-nagekeo-2023", "Nagekeo", "Mbay|29 Januari 2024|Yohanes Dhae Wea, S.H.|19820919 200604 1 014",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NAGEKEO", "TAHUN 2023"], W=96)
    R = r_bursa("Papan Bursa Kinerja 2023")
    rows = cap_lama("5316", 2023, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.1"))
    d.P("Capaian kinerja tahun 2023 ditampilkan pada layar informasi kantor dengan gaya papan bursa saham: setiap "
        "indikator satu kode, harga acuannya target dan harga penutupannya realisasi akhir tahun. Tampilan layar "
        "itu diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u41nk23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 Kabupaten Nagekeo yang ditetapkan dalam rapat pleno terbuka tahun 2023, per kecamatan:")
    sumber(d)
    selesai(d, c)


def matim_2019():
    """Manggarai Timur 2019: the Pemilu 2019 DPT as the incoming-letter register (buku agenda surat masuk), one
    entry a PPK's recapitulation letter; other tables plain TAB."""
    c, d = dok("lkj-manggarai-timur-2019", "Manggarai Timur", "Borong|30 Januari 2020|Kornelis Jelahu, S.Fil.|19781114 200604 1 003",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2019"], W=96)
    R = r_agenda("Buku Agenda Surat Masuk 2018 (petikan)", "17-09-2018", 400)
    rows = cap_lama("5319", 2019, baris("partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.4)
    d.P(f"Nilai Reformasi Birokrasi tahun 2019 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u41mt19", total="JUMLAH")
    sumber(d, "Sumber: SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre=(
        "Rekapitulasi DPT Pemilu 2019 dari setiap PPK diterima sekretariat dengan surat dan dicatat dalam buku agenda "
        "surat masuk, lengkap dengan isi ringkasnya (jumlah desa/kelurahan, TPS, pemilih laki-laki dan perempuan). "
        "Petikan buku agenda itu diketik ulang berikut; baris terakhir adalah rekapitulasi kabupaten oleh Subbagian."))
    selesai(d, c)


if __name__ == "__main__":
    tulis(ngada_2023, manggarai_2024, sabu_raijua_2023, tts_2022, nagekeo_2023, matim_2019)
