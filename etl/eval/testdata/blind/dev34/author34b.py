#!/usr/bin/env python3
# dev34/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev34/author34b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common34 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_kuadran, r_kurva, r_panas,  # noqa: E402
                      r_pareto, r_spark, r_stiker, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def sumba_barat_2019():
    """Sumba Barat 2019: the budget as the Pareto chart of the budget monitoring sheet typed again (lines
    sorted by pagu, bars, cumulative share of the kegiatan); other tables plain TAB; no kecamatan DPT (the
    corpus holds none of a fitting election)."""
    c, d = dok("lkj-sumba-barat-2019", "Sumba Barat", "Waikabubak|29 Januari 2020|Daniel Bili Kaka, S.Sos.|19780830 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT", "TAHUN 2019"], W=94)
    R = r_pareto("Diagram Pareto Pagu dan Realisasi TA 2019")
    rows = cap_lama("5312", 2019, baris("partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u34sb19", total="JUMLAH", pre=(
        "Subbagian Keuangan memantau anggaran dengan diagram Pareto: setiap baris anggaran diurutkan menurut "
        "pagunya, yang terbesar di atas, agar perhatian tertuju pada kegiatan yang menyerap dana terbanyak. "
        "Teks diagram posisi 31 Desember 2019 diketik ulang berikut."))
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    selesai(d, c)


def sbd_2020():
    """Sumba Barat Daya 2020: the SAKIP 2019 evaluation as the evaluation application's summary with a
    sparkline beside each component; other tables plain TAB; no kecamatan DPT (the corpus holds none)."""
    c, d = dok("lkj-sumba-barat-daya-2020", "Sumba Barat Daya", "Tambolaka|28 Januari 2021|Yohanes Bora Kaka, S.E.|19790701 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2020"], W=95)
    R = r_spark("Hasil Evaluasi AKIP Tahun 2019 KPU Kabupaten Sumba Barat Daya", 3)
    rows = cap_lama("5318", 2020, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019, pre=(
        "Hasil evaluasi AKIP tahun 2019 diunduh dari aplikasi evaluasi dalam bentuk ringkasan per komponen, "
        "lengkap dengan garis kecil (sparkline) tren nilai komponen. Ringkasan itu disalin berikut."))
    for y, v in riwayat(d, [2018]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u34sd20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    selesai(d, c)


def malaka_2021():
    """Malaka 2021: the Pilkada 2020 DPT as the sheet of logistics labels for the ballot boxes, three labels
    across; other tables plain TAB."""
    c, d = dok("lkj-malaka-2021", "Malaka", "Betun|27 Januari 2022|Gregorius Klau, S.Sos.|19800412 200604 1 002",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MALAKA", "TAHUN 2021"], W=96)
    R = r_stiker("Label Kotak Suara Pemilihan Bupati dan Wakil Bupati Malaka 2020")
    rows = cap_lama("5321", 2021, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    sec_anggaran(d, R, "u34ml21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH", pre=(
        "Arsip logistik Pemilihan 2020 menyimpan lembar label kotak suara setiap kecamatan, berisi jumlah desa, "
        "TPS dan pemilih DPT. Lembar label itu disalin berikut sebagai rekapitulasi DPT Pemilihan 2020."))
    selesai(d, c)


def rote_ndao_2021():
    """Rote Ndao 2021: the capaian as the heat map (peta panas) of the performance dashboard typed again;
    other tables plain TAB."""
    c, d = dok("lkj-rote-ndao-2021", "Rote Ndao", "Ba'a|28 Januari 2022|Yermias Ndun, S.H.|19790517 200604 1 015",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ROTE NDAO", "TAHUN 2021"], W=95)
    R = r_panas("Peta Panas Capaian Indikator Kinerja Tahun 2021")
    rows = cap_lama("5314", 2021, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.4"))
    d.P("Dasbor kinerja kantor menampilkan capaian setiap indikator sebagai peta panas: makin pekat arsiran "
        "sel, makin tinggi capaiannya. Teks peta panas posisi akhir tahun 2021 diketik ulang berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    sec_anggaran(d, R, "u34rn21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Rote Ndao per kecamatan:")
    sumber(d)
    selesai(d, c)


def matim_2022():
    """Manggarai Timur 2022: the capaian as the quadrant chart (kuadran) of the performance dashboard typed
    again; other tables plain TAB."""
    c, d = dok("lkj-manggarai-timur-2022", "Manggarai Timur", "Borong|30 Januari 2023|Kanisius Jehabut, S.Fil.|19800721 200604 1 008",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2022"], W=96)
    R = r_kuadran("Kuadran Capaian Indikator Kinerja Tahun 2022")
    rows = cap_lama("5319", 2022, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5"))
    d.P("Indikator kinerja dikelompokkan pada dasbor ke dalam empat kuadran menurut capaiannya. Teks diagram "
        "kuadran posisi akhir tahun 2022 diketik ulang berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u34mt22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Manggarai Timur per kecamatan:")
    sumber(d)
    selesai(d, c)


def sabu_2019():
    """Sabu Raijua 2019: the budget as the S-curve (kurva S) sheet of the budget monitoring, its legend
    holding the budget lines; other tables plain TAB."""
    c, d = dok("lkj-sabu-raijua-2019", "Sabu Raijua", "Menia|30 Januari 2020|Yakob Ludji Kana, S.Pd.|19790828 200604 1 004",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "TAHUN 2019"], W=94)
    R = r_kurva("Kurva S Realisasi Anggaran TA 2019")
    rows = cap_lama("5320", 2019, baris("partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u34sr19", total="JUMLAH", pre=(
        "Penyerapan anggaran dipantau setiap bulan dengan kurva S realisasi kumulatif. Lembar kurva S posisi "
        "31 Desember 2019 beserta legendanya, yang memuat pagu dan realisasi setiap program dan kegiatan, "
        "diketik ulang berikut."))
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Sabu Raijua per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(sumba_barat_2019, sbd_2020, malaka_2021, rote_ndao_2021, matim_2022, sabu_2019)
