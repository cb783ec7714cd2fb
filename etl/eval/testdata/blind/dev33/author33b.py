#!/usr/bin/env python3
# dev33/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev33/author33b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common33 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_akun, r_halter, r_kartu,  # noqa: E402
                      r_lereng, r_lolipop, r_papan, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def manggarai_2022():
    """Manggarai 2022: the budget as the PPK's budget control cards (Kartu Kendali Anggaran), one framed card
    a budget line; other tables plain TAB."""
    c, d = dok("lkj-manggarai-2022", "Manggarai", "Ruteng|30 Januari 2023|Fransiskus Nggarang, S.Sos.|19790614 200604 1 005",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN 2022"], W=95)
    R = r_kartu()
    rows = cap_lama("5310", 2022, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    sec_anggaran(d, R, "u33mg22", total="JUMLAH", pre=(
        "Pengendalian anggaran dilakukan Pejabat Pembuat Komitmen dengan kartu kendali untuk setiap program dan "
        "kegiatan. Kartu kendali posisi 31 Desember 2022 dicetak dan dilampirkan berikut, disusul kartu "
        "rekapitulasi seluruh anggaran."))
    ulang(d, lambda p, x, q: f"Dengan demikian pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Manggarai per kecamatan (dasar pemutakhiran berkelanjutan 2022):")
    sumber(d)
    selesai(d, c)


def sumba_timur_2020():
    """Sumba Timur 2020: the Pilkada 2020 DPT as the dumbbell chart of the voters' infographic typed again;
    other tables plain TAB."""
    c, d = dok("lkj-sumba-timur-2020", "Sumba Timur", "Waingapu|28 Januari 2021|Umbu Kudu Hamba, S.Sos.|19780509 200604 1 016",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA TIMUR", "TAHUN 2020"], W=94)
    R = r_halter("DPT Pemilihan Bupati dan Wakil Bupati Sumba Timur 2020 menurut Jenis Kelamin")
    rows = cap_lama("5311", 2020, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} (predikat {predikat(v)}).")
    sec_anggaran(d, R, "u33st20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, pre=(
        "Perbandingan pemilih laki-laki dan perempuan di setiap kecamatan pada DPT Pemilihan 2020 disajikan dalam "
        "infografis grafik halter (dumbbell) yang dipublikasikan di laman dan media sosial KPU Kabupaten Sumba "
        "Timur. Label grafik itu diketik ulang berikut."))
    selesai(d, c)


def sumba_tengah_2019():
    """Sumba Tengah 2019: the capaian as the slope chart of the performance dashboard typed again (target at
    the left, realisation at the right); other tables plain TAB."""
    c, d = dok("lkj-sumba-tengah-2019", "Sumba Tengah", "Waibakul|29 Januari 2020|Umbu Remu Samapati, S.H.|19800315 200604 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA TENGAH", "TAHUN 2019"], W=93)
    R = r_lereng("Grafik Lereng Target dan Realisasi Indikator Kinerja Tahun 2019")
    rows = cap_lama("5317", 2019, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.9"))
    d.P("Perbandingan target dan realisasi setiap indikator dipantau pada dasbor kinerja dalam bentuk grafik "
        "lereng (slope chart): titik kiri target, titik kanan realisasi. Teks grafik posisi akhir tahun 2019 "
        "diketik ulang berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u33sm19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Sumba Tengah per kecamatan:")
    sumber(d)
    selesai(d, c)


def sbd_2022():
    """Sumba Barat Daya 2022: the SAKIP 2021 evaluation as the lollipop chart of the evaluation's infographic
    typed again; other tables plain TAB; no kecamatan DPT (the corpus holds none of a fitting election)."""
    c, d = dok("lkj-sumba-barat-daya-2022", "Sumba Barat Daya", "Tambolaka|27 Januari 2023|Yohanes Bora Kaka, S.E.|19790701 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2022"], W=96)
    R = r_lolipop("Hasil Evaluasi AKIP Tahun 2021 KPU Kabupaten Sumba Barat Daya per Komponen")
    rows = cap_lama("5318", 2022, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    s = sec_sakip(d, R, 2021, pre=(
        "Inspektorat Utama KPU menyampaikan hasil evaluasi AKIP tahun 2021 beserta infografis grafik lolipop: "
        "setiap komponen sebuah batang yang panjangnya sebanding dengan bagian bobot yang diperoleh. Teks "
        "grafik itu diketik ulang berikut."))
    for y, v in riwayat(d, [2020]):
        d.P(f"Sebagai pembanding, evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.2)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u33sd22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    selesai(d, c)
    return s


def mabar_2020():
    """Manggarai Barat 2020: the budget as T accounts (akun T) of the treasurer's ledger summary; other tables
    plain TAB."""
    c, d = dok("lkj-manggarai-barat-2020", "Manggarai Barat", "Labuan Bajo|29 Januari 2021|Kornelis Jemarut, S.E.|19790913 200604 1 008",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2020"], W=94)
    R = r_akun("Ringkasan Buku Besar Anggaran TA 2020")
    rows = cap_lama("5315", 2020, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u33mb20", total="JUMLAH", pre=(
        "Bendahara Pengeluaran menyajikan ringkasan realisasi anggaran dalam bentuk akun T dari buku besar "
        "pembantu: pagu di sisi debit, realisasi dan sisa di sisi kredit. Ringkasan per 31 Desember 2020 "
        "disalin berikut."))
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Manggarai Barat Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def sumba_barat_2023():
    """Sumba Barat 2023: the capaian as the scoreboard (papan skor) of the office's lobby screen printed, two
    boards abreast; other tables plain TAB."""
    c, d = dok("lkj-sumba-barat-2023", "Sumba Barat", "Waikabubak|26 Januari 2024|Daniel Bili Kaka, S.Sos.|19780830 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT", "TAHUN 2023"], W=95)
    R = r_papan("Papan Skor Kinerja KPU Kabupaten Sumba Barat Tahun 2023")
    rows = cap_lama("5312", 2023, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.3"))
    d.P("Capaian indikator kinerja ditayangkan pada layar informasi di ruang tunggu kantor dalam bentuk papan "
        "skor: target dan realisasi berhadapan seperti skor dua tim. Cetak layar posisi akhir tahun 2023 "
        "disalin berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    sec_anggaran(d, R, "u33sb23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT terakhir yang ditetapkan KPU Kabupaten Sumba Barat sebelum tahapan Pemilu 2024 adalah DPT "
                "Pemilihan 2020, sebagai berikut:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(manggarai_2022, sumba_timur_2020, sumba_tengah_2019, sbd_2022, mabar_2020, sumba_barat_2023)
