#!/usr/bin/env python3
# dev48/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev48/author48b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common48 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_arff, r_graphql, r_influx, r_irb, r_pprint, r_wbs,  # noqa: E402
                      rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, pre=None, riw=1):
    tahun = int(base[-4:])
    c, d = dok(base, nama, tanda, ["LAPORAN KINERJA", f"SEKRETARIAT KPU KABUPATEN {nama.upper()}"
                                   if satker != "5371" else "SEKRETARIAT KPU KOTA KUPANG", f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Nilai Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI, 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    nm = f"Pemilu {dy}" if pem == "pemilu" else f"Pemilihan {dy}"
    sec_dpt(d, R, pem, dy, label=label, pre=f"DPT {nm} per kecamatan, data dasar pemutakhiran data pemilih:")
    sumber(d)
    selesai(d, c)


def manggarai_2019():
    """Manggarai 2019: the Pemilu 2019 DPT as the Weka ARFF file the data operator exported."""
    baru("lkj-manggarai-2019", "Manggarai", "5310", "Ruteng|28 Januari 2020|Fransiskus Dangku Jehaut, S.Sos.|19810314 200604 1 047",
         r_arff("Berkas Ekspor Data Pemilih untuk Weka", "dpt_pemilu2019_manggarai.arff", "dpt_pemilu_2019"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.5", 21.6, "u46mg19", ("pemilu", 2019), "JUMLAH",
         pre="Operator data mengekspor rekap DPT ke format ARFF untuk analisis partisipasi per kecamatan; isi berkas "
             "itu diketik ulang pada bagian Data Pemilih.")


def mabar_2019():
    """Manggarai Barat 2019: the budget as Python's pretty print in the finance staff's Jupyter notebook."""
    baru("lkj-manggarai-barat-2019", "Manggarai Barat", "5315", "Labuan Bajo|29 Januari 2020|Stefanus Jemadu Ndala, S.E.|19820811 200604 1 048",
         r_pprint("Notebook Rekonsiliasi Anggaran", "anggaran_2019", 14),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.7, "u46mb19", ("pemilu", 2019), "JUMLAH", riw=0)


def ttu_2019():
    """Timor Tengah Utara 2019: the capaian as an irb session of the e-Kinerja application's Rails console."""
    baru("lkj-timor-tengah-utara-2019", "Timor Tengah Utara", "5303", "Kefamenanu|27 Januari 2020|Marselinus Taek Ulu, S.H.|19830405 200604 1 049",
         r_irb("Konsol Aplikasi e-Kinerja", "CapaianIndikator"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.8", 21.5, "u46tu19", ("pemilu", 2019), "JUMLAH", riw=0,
         pre="Capaian indikator diambil langsung dari basis data aplikasi e-Kinerja melalui konsol aplikasi; "
             "keluarannya diketik ulang pada tabel capaian di bawah.")


def tts_2020():
    """Timor Tengah Selatan 2020: the SAKIP 2019 evaluation as a GraphQL query and its JSON answer."""
    baru("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan", "5302", "Soe|26 Januari 2021|Yeremias Nenobais, S.Sos.|19800127 200604 1 050",
         r_graphql("Layanan Data Evaluasi AKIP", "https://evaluasi.kpu.internal/graphql"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.2", 21.8, "u46ts20", ("pemilu", 2019), "JUMLAH")


def sumba_timur_2020():
    """Sumba Timur 2020: the Pilkada 2020 DPT as InfluxDB line protocol of the monitoring's write batch."""
    baru("lkj-sumba-timur-2020", "Sumba Timur", "5311", "Waingapu|29 Januari 2021|Umbu Hina Kapita, S.Pd.|19810929 200604 1 051",
         r_influx("Berkas Tulis Basis Data Pemantauan", "pemutakhiran_dpt", 1607040000),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.7", 21.9, "u46st20", ("pilkada", 2020), "JUMLAH")


def sabu_2020():
    """Sabu Raijua 2020: the budget as a PlantUML work-breakdown diagram's source."""
    baru("lkj-sabu-raijua-2020", "Sabu Raijua", "5320", "Seba|28 Januari 2021|Ferdinand Lado Bire, S.Sos.|19820617 200604 1 052",
         r_wbs("Diagram Struktur Anggaran", "struktur_anggaran_2020.puml"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.4", 21.6, "u46sr20", ("pilkada", 2020), "JUMLAH")


if __name__ == "__main__":
    tulis(manggarai_2019, mabar_2019, ttu_2019, tts_2020, sumba_timur_2020, sabu_2020)
