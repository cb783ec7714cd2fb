#!/usr/bin/env python3
# dev39/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev39/author39b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common39 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_bandara, r_kartu_kredit, r_khs,  # noqa: E402
                      r_kuota, r_lab, r_surat_jalan, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def belu_2019():
    """Belu 2019: the capaian as the result sheet of a laboratory examination (lembar hasil pemeriksaan
    laboratorium) of the office's performance check-up, one examination an indicator; other tables plain TAB."""
    c, d = dok("lkj-belu-2019", "Belu", "Atambua|29 Januari 2020|Agustinus Bria Seran, S.H.|19800615 200604 1 015",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN BELU", "TAHUN 2019"], W=95)
    R = r_lab("Hasil Pemeriksaan Kesehatan Kinerja 2019", "LK/5304/2019/12")
    rows = cap_lama("5304", 2019, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6"))
    d.P("Seperti pemeriksaan kesehatan berkala, capaian kinerja tahun 2019 dinilai dalam \"pemeriksaan kesehatan "
        "kinerja\" oleh tim internal: setiap indikator satu pemeriksaan, hasilnya realisasi, nilai rujukannya target "
        "Perjanjian Kinerja. Lembar hasil pemeriksaan itu diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.4)
    d.P(f"Nilai Reformasi Birokrasi tahun 2019 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u39bl19", total="JUMLAH")
    sumber(d, "Sumber: SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Belu per kecamatan:")
    sumber(d)
    selesai(d, c)


def alor_2022():
    """Alor 2022: the Pemilu 2019 DPT as the split-flap departure board (papan keberangkatan bandara) of the
    voters' infographic "Menuju TPS", one flight a kecamatan; other tables plain TAB."""
    c, d = dok("lkj-alor-2022", "Alor", "Kalabahi|30 Januari 2023|Yakobus Maure, S.Sos.|19780917 200604 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ALOR", "TAHUN 2022"], W=96)
    R = r_bandara("Papan Keberangkatan Menuju TPS - Pemilu 2019 Kabupaten Alor")
    rows = cap_lama("5305", 2022, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.1)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u39al22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre=(
        "Menyongsong tahapan Pemilu 2024, sosialisasi pemutakhiran data pemilih memakai infografis \"Menuju TPS\" "
        "berbentuk papan keberangkatan bandara: setiap kecamatan satu penerbangan, penumpangnya pemilih dalam DPT "
        "Pemilu 2019 sebagai data dasar. Teks papan itu diketik ulang berikut."))
    sumber(d)
    selesai(d, c)


def flotim_2021():
    """Flores Timur 2021: the SAKIP 2020 evaluation as a student's result card (Kartu Hasil Studi) of the
    evaluation infographic, one course a component; other tables plain TAB."""
    c, d = dok("lkj-flores-timur-2021", "Flores Timur", "Larantuka|28 Januari 2022|Petrus Kopong Beda, S.Sos.|19781130 200604 1 007",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN 2021"], W=96)
    R = r_khs("KHS Evaluasi AKIP 2020")
    rows = cap_lama("5306", 2021, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020, pre=(
        "Hasil evaluasi AKIP atas tahun 2020 disosialisasikan kepada pegawai sebagai Kartu Hasil Studi: setiap "
        "komponen satu mata kuliah, bobotnya sebagai SKS, nilai akhirnya sebagai indeks prestasi. Teks kartu itu "
        "diketik ulang berikut."))
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.0)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u39ft21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan:")
    sumber(d)
    selesai(d, c)


def ngada_2020():
    """Ngada 2020: the budget as the credit card statements (lembar tagihan kartu kredit) of the budget
    infographic, one card a budget line; other tables plain TAB."""
    c, d = dok("lkj-ngada-2020", "Ngada", "Bajawa|29 Januari 2021|Wilhelmus Dhiu, S.E.|19790321 200604 1 012",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN 2020"], W=96)
    R = r_kartu_kredit("Tagihan Kartu Anggaran 2020")
    rows = cap_lama("5309", 2020, baris("partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u39ng20", total="TOTAL DIPA 2020", pre=(
        "Realisasi anggaran tahun 2020 dijelaskan kepada pegawai dengan infografis lembar tagihan kartu kredit: "
        "setiap baris anggaran satu kartu, limit kreditnya pagu, pemakaiannya realisasi, dan sisa limitnya sisa "
        "pagu; kartu kegiatan adalah kartu tambahan dari kartu programnya. Teks infografis itu diketik ulang berikut."))
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def manggarai_2020():
    """Manggarai 2020: the Pilkada 2020 DPT as the delivery notes (surat jalan) of the logistics distribution,
    one note a kecamatan; other tables plain TAB."""
    c, d = dok("lkj-manggarai-2020", "Manggarai", "Ruteng|28 Januari 2021|Fransiskus Jehadu, S.Fil.|19800214 200604 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN 2020"], W=96)
    R = r_surat_jalan("Surat Jalan Distribusi Logistik Pemilihan 2020", "LOG/PILKADA/XII/2020")
    rows = cap_lama("5310", 2020, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u39mg20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH", pre=(
        "Logistik Pemilihan Bupati dan Wakil Bupati Manggarai Tahun 2020 dikirim ke setiap PPK dengan surat jalan "
        "yang mencantumkan jumlah desa/kelurahan, TPS, dan pemilih dalam DPT kecamatan tujuan sebagai dasar muatan. "
        "Isi surat-surat jalan itu diketik ulang berikut sebagai rekapitulasi DPT per kecamatan."))
    selesai(d, c)


def lembata_2021():
    """Lembata 2021: the budget as the data-quota screen of a phone operator's app (layar Sisa Kuota), one
    package a budget line; other tables plain TAB."""
    c, d = dok("lkj-lembata-2021", "Lembata", "Lewoleba|27 Januari 2022|Yohanes Boli Making, S.Sos.|19810707 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN LEMBATA", "TAHUN 2021"], W=96)
    R = r_kuota("Sisa Kuota Anggaran 2021")
    rows = cap_lama("5313", 2021, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.2)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u39lb21", total="JUMLAH", pre=(
        "Untuk pemantauan harian, realisasi anggaran ditampilkan di ponsel pejabat pengelola keuangan dengan tampilan "
        "seperti layar sisa kuota paket data: kuota adalah pagu, terpakai adalah realisasi, dan sisa adalah sisa pagu. "
        "Teks layar per 31 Desember 2021 diketik ulang berikut."))
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Lembata per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(belu_2019, alor_2022, flotim_2021, ngada_2020, manggarai_2020, lembata_2021)
