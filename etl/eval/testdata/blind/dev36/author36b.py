#!/usr/bin/env python3
# dev36/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev36/author36b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common36 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_heksagon, r_jampasir, r_koin,  # noqa: E402
                      r_leaflet, r_parlemen, r_timbangan, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_dpt_prosa, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def ende_2019():
    """Ende 2019: the Pemilu 2019 DPT as the hexagon tile map (peta heksagon) of the voters' infographic,
    one hexagon a kecamatan; other tables plain TAB."""
    c, d = dok("lakip-ende-2019", "Ende", "Ende|28 Januari 2020|Yohanes Don Bosco Ratu, S.H.|19790823 200604 1 003",
               ["LAPORAN AKUNTABILITAS KINERJA", "SEKRETARIAT KPU KABUPATEN ENDE", "TAHUN 2019"], W=95)
    R = r_heksagon("Peta Heksagon Pemilih Pemilu 2019 Kabupaten Ende")
    rows = cap_lama("5308", 2019, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u36en19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre=(
        "Infografis pemilih Pemilu 2019 yang dipasang di ruang media center menyajikan setiap kecamatan sebagai "
        "satu heksagon (peta heksagon), disusun seperti sarang lebah menurut nomor urut kecamatan; di dalam "
        "heksagon tertulis jumlah TPS dan pemilih. Teks infografis itu diketik ulang berikut."))
    selesai(d, c)


def sabu_2022():
    """Sabu Raijua 2022: the capaian as the inside of the office's trifold leaflet (leaflet lipat tiga);
    other tables plain TAB."""
    c, d = dok("lkj-sabu-raijua-2022", "Sabu Raijua", "Seba|27 Januari 2023|Yohanis Djara Lado, S.Pd.|19800401 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "TAHUN 2022"], W=94)
    R = r_leaflet("Leaflet Kinerja KPU Kabupaten Sabu Raijua 2022", (
        "Leaflet ini memuat ringkasan kinerja Sekretariat KPU Kabupaten Sabu Raijua selama tahun 2022 bagi "
        "masyarakat, partai politik dan pemangku kepentingan.",
        "Kantor KPU Kabupaten Sabu Raijua, Seba. Layanan informasi publik melalui PPID setiap hari kerja pukul "
        "08.00-16.00 WITA.",
        "KINERJA KAMI 2022 - Melayani dengan integritas, mandiri dan profesional menuju pemilu yang berkualitas."))
    rows = cap_lama("5320", 2022, baris("partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 80.6"))
    d.P("Ringkasan capaian kinerja tahun 2022 juga diterbitkan dalam leaflet lipat tiga yang dibagikan pada "
        "kegiatan sosialisasi. Panel dalam leaflet itu memuat setiap indikator beserta target, realisasi dan "
        "capaiannya; teksnya diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u36sr22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH", pre="DPT Pemilihan Bupati dan Wakil Bupati Sabu Raijua Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def rote_2023():
    """Rote Ndao 2023: the budget as the hourglass charts (diagram jam pasir) of the budget infographic;
    other tables plain TAB."""
    c, d = dok("lkj-rote-ndao-2023", "Rote Ndao", "Ba'a|29 Januari 2024|Yusuf Mesakh Ndun, S.E.|19800317 200604 1 002",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ROTE NDAO", "TAHUN 2023"], W=96)
    R = r_jampasir("Diagram Jam Pasir Realisasi Anggaran Tahun 2023")
    rows = cap_lama("5314", 2023, baris("partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 80.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u36rn23", total="DIPA 2023", pre=(
        "Realisasi anggaran tahun 2023 dipublikasikan dalam infografis anggaran berupa diagram jam pasir: setiap "
        "baris anggaran satu jam pasir, pasir di bulatan atas sisa anggaran dan di bulatan bawah realisasinya. "
        "Teks infografis itu diketik ulang berikut."))
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH", pre="DPT Pemilu 2024 Kabupaten Rote Ndao per kecamatan, ditetapkan Juni 2023:")
    sumber(d)
    selesai(d, c)


def matim_2021():
    """Manggarai Timur 2021: the SAKIP 2020 evaluation as the hemicycle chart (diagram setengah lingkaran);
    other tables plain TAB."""
    c, d = dok("lkj-manggarai-timur-2021", "Manggarai Timur", "Borong|28 Januari 2022|Fransiskus Sales Dalung, S.Fil.|19790305 200604 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2021"], W=96)
    R = r_parlemen("Diagram Setengah Lingkaran Hasil Evaluasi AKIP Tahun 2020")
    rows = cap_lama("5319", 2021, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020, pre=(
        "Hasil evaluasi AKIP tahun 2020 dari Inspektorat Utama KPU digambarkan oleh Subbagian Perencanaan seperti "
        "diagram kursi parlemen: seratus kursi pada lima busur setengah lingkaran, satu kursi satu poin bobot, "
        "dikelompokkan per komponen. Teks diagram itu diketik ulang berikut."))
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.3)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u36mt21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Manggarai Timur per kecamatan:")
    sumber(d)
    selesai(d, c)


def kota_kupang_2019():
    """Kota Kupang 2019: the Pemilu 2019 DPT as the balance scales (timbangan) of the gender-balance
    infographic, one scale a kecamatan; other tables plain TAB."""
    c, d = dok("lakip-kota-kupang-2019", "Kota Kupang", "Kupang|30 Januari 2020|Agustinus Ngongo, S.H.|19781008 200604 1 005",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KOTA KUPANG", "TAHUN 2019"], W=95)
    R = r_timbangan("Timbangan Pemilih Laki-laki dan Perempuan Pemilu 2019 Kota Kupang")
    rows = cap_lama("5371", 2019, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u36kk19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre=(
        "Poster keseimbangan pemilih yang dibuat Subbagian Teknis menggambarkan DPT Pemilu 2019 setiap kecamatan "
        "sebagai timbangan: piring kiri pemilih laki-laki, piring kanan pemilih perempuan, piring yang lebih berat "
        "tergantung lebih rendah. Teks poster itu diketik ulang berikut."))
    selesai(d, c)


def belu_2024():
    """Belu 2024: the budget as the stacked-coin chart (grafik tumpukan koin) of the budget infographic;
    other tables plain TAB."""
    c, d = dok("lkj-belu-2024", "Belu", "Atambua|30 Januari 2025|Agustinus Bau Mali, S.Sos.|19790611 200604 1 018",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN BELU", "TAHUN 2024"], W=96)
    R = r_koin("Grafik Tumpukan Koin Realisasi Anggaran Tahun 2024")
    rows = cap_lama("5304", 2024, baris("partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 23.3)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u36bl24", total="DIPA 2024", pre=(
        "Infografis anggaran tahun 2024 menggambarkan setiap baris anggaran sebagai tumpukan sepuluh koin: koin "
        "berisi bagian pagu yang telah direalisasikan, koin kosong sisanya. Teks infografis itu diketik ulang berikut."))
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH", pre="DPT Pemilu 2024 Kabupaten Belu per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(ende_2019, sabu_2022, rote_2023, matim_2021, kota_kupang_2019, belu_2024)
