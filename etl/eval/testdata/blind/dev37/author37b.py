#!/usr/bin/env python3
# dev37/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev37/author37b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common37 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_domino, r_kereta, r_periodik,  # noqa: E402
                      r_rakbuku, r_sempoa, r_tabungan, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common11 import dpt_kab  # noqa: E402
from lib import tulis  # noqa: E402


def sumba_barat_2022():
    """Sumba Barat 2022: the budget as the treasurer's passbook-format budget book printed on the passbook
    printer (buku pagu, cetakan printer buku tabungan); other tables plain TAB."""
    c, d = dok("lkj-sumba-barat-2022", "Sumba Barat", "Waikabubak|27 Januari 2023|Yulius Bulu Bora, S.E.|19800214 200604 1 021",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT", "TAHUN 2022"], W=96)
    R = r_tabungan("Buku Pagu DIPA 2022 (cetakan printer buku tabungan)", "BP/SB/2022/001")
    rows = cap_lama("5312", 2022, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.5)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37sb22", total="TOTAL", pre=(
        "Bendahara Pengeluaran mencatat pagu DIPA dalam buku pagu berformat buku tabungan yang dicetak pada printer passbook: "
        "pagu setiap program dan kegiatan dibukukan sebagai kredit, realisasinya sebagai debet, sehingga saldo "
        "akhir menunjukkan sisa pagu. Cetakan per 31 Desember 2022 diketik ulang berikut."))
    sumber(d, "Sumber: Bendahara Pengeluaran; SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH", pre="DPT Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 per kecamatan:")
    sumber(d)
    tps, l, p, tot = (id_int(v) for v in dpt_kab(d, "pemilu", 2019))
    d.P(f"Pada Pemilu 17 April 2019 DPT Kabupaten Sumba Barat berjumlah {tot} pemilih ({l} laki-laki dan {p} "
        f"perempuan) di {tps} TPS.")
    selesai(d, c)


def nagekeo_2022():
    """Nagekeo 2022: the Pemilu 2019 DPT as the voters' periodic table (tabel periodik pemilih) of the
    infographic, one cell a kecamatan; other tables plain TAB."""
    c, d = dok("lkj-nagekeo-2022", "Nagekeo", "Mbay|30 Januari 2023|Emanuel Ture Dhae, S.Fil.|19790913 200604 1 020",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NAGEKEO", "TAHUN 2022"], W=95)
    R = r_periodik("Tabel Periodik Pemilih Pemilu 2019 Kabupaten Nagekeo")
    rows = cap_lama("5316", 2022, baris("partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.2)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37ng22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre=(
        "Untuk kegiatan sosialisasi pemutakhiran data pemilih berkelanjutan tahun 2022, Subbagian Teknis membuat "
        "infografis DPT Pemilu 2019 berbentuk tabel periodik: setiap kecamatan satu kotak berlambang dua huruf, "
        "berisi jumlah TPS dan pemilih. Teks infografis itu diketik ulang berikut."))
    selesai(d, c)


def sumba_tengah_2020():
    """Sumba Tengah 2020: the capaian as the train (rangkaian kereta) of the performance infographic, one
    carriage an indicator; other tables plain TAB."""
    c, d = dok("lkj-sumba-tengah-2020", "Sumba Tengah", "Waibakul|29 Januari 2021|Umbu Dedi Landu, S.Pd.|19810502 200604 1 022",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA TENGAH", "TAHUN 2020"], W=96)
    R = r_kereta("Rangkaian Kereta Kinerja 2020")
    rows = cap_lama("5317", 2020, baris("partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 80.9"))
    d.P("Capaian indikator kinerja tahun 2020 juga dipublikasikan dalam infografis berbentuk rangkaian kereta: "
        "lokomotif membawa judul, setiap gerbong memuat satu indikator beserta satuan, target, realisasi dan "
        "capaiannya. Teks infografis itu diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2020, 21.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37stg20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Sumba Tengah per kecamatan:")
    sumber(d)
    selesai(d, c)


def malaka_2023():
    """Malaka 2023: the SAKIP 2022 evaluation as the abacus (sempoa) of the evaluation infographic, one
    rod a component; other tables plain TAB."""
    c, d = dok("lkj-malaka-2023", "Malaka", "Betun|29 Januari 2024|Yohanes Klau Seran, S.H.|19800126 200604 1 023",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MALAKA", "TAHUN 2023"], W=95)
    R = r_sempoa("Sempoa Hasil Evaluasi AKIP Tahun 2022")
    rows = cap_lama("5321", 2023, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022, pre=(
        "Hasil evaluasi AKIP tahun 2022 dari Inspektorat Utama KPU digambarkan dalam infografis berbentuk sempoa: "
        "setiap komponen satu batang, manik hitam menunjukkan nilai yang diperoleh dan manik putih sisa bobotnya. "
        "Teks infografis itu diketik ulang berikut."))
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.7)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37ml23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH", pre="DPT Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan Juni 2023:")
    sumber(d)
    selesai(d, c)


def matim_2023():
    """Manggarai Timur 2023: the Pemilu 2024 DPT as the domino tiles (kartu domino) of the voters'
    infographic, one tile a kecamatan; other tables plain TAB."""
    c, d = dok("lkj-manggarai-timur-2023", "Manggarai Timur", "Borong|30 Januari 2024|Fransiskus Sales Dalung, S.Fil.|19790305 200604 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2023"], W=96)
    R = r_domino("Kartu Domino Pemilih Pemilu 2024 Kabupaten Manggarai Timur")
    rows = cap_lama("5319", 2023, baris("partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 80.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37mt23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH", pre=(
        "DPT Pemilu 2024 yang ditetapkan pada 21 Juni 2023 disosialisasikan dengan infografis kartu domino: setiap "
        "kecamatan satu kartu, belahan kiri pemilih laki-laki dan belahan kanan pemilih perempuan. Teks "
        "infografis itu diketik ulang berikut."))
    selesai(d, c)


def sabu_2021():
    """Sabu Raijua 2021: the budget as the bookshelf (rak buku) of the budget infographic, one book a budget
    line, one shelf a program; other tables plain TAB."""
    c, d = dok("lkj-sabu-raijua-2021", "Sabu Raijua", "Seba|28 Januari 2022|Yohanis Djara Lado, S.Pd.|19800401 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "TAHUN 2021"], W=96)
    R = r_rakbuku("Rak Buku Realisasi Anggaran Tahun 2021")
    rows = cap_lama("5320", 2021, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.0)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37sr21", total="DIPA 2021", pre=(
        "Realisasi anggaran tahun 2021 ditampilkan pada papan informasi kantor sebagai infografis rak buku: setiap "
        "baris anggaran satu buku, buku kegiatan ditumpuk di atas buku programnya. Teks infografis itu diketik "
        "ulang berikut."))
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH", pre="DPT Pemilihan Bupati dan Wakil Bupati Sabu Raijua Tahun 2020 per kecamatan:")
    sumber(d)
    tps, l, p, tot = (id_int(v) for v in dpt_kab(d, "pemilu", 2019))
    d.P(f"Sebagai pembanding, DPT Pemilu 2019 Kabupaten Sabu Raijua berjumlah {tot} pemilih, terdiri atas {l} "
        f"laki-laki dan {p} perempuan, di {tps} TPS.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(sumba_barat_2022, nagekeo_2022, sumba_tengah_2020, malaka_2023, matim_2023, sabu_2021)
