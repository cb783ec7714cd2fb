#!/usr/bin/env python3
# dev46/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev46/author46b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common46 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_dot, r_gherkin, r_http, r_ini,  # noqa: E402
                      r_redis, r_sasprint, rb_std, revisi_semua, riwayat, sec_anggaran,
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


def nagekeo_2023():
    """Nagekeo 2023: the capaian as the acceptance-test feature file (Gherkin, `# language: id`) of the office's
    monitoring application, one `Skenario` an indicator."""
    baru("lkj-nagekeo-2023", "Nagekeo", "5316", "Mbay|29 Januari 2024|Yohanes Don Bosco Ngole, S.Pd.|19820714 200604 1 022",
         r_gherkin("Berkas Fitur Uji Penerimaan Aplikasi Monev Kinerja", "capaian_kinerja_2023.feature"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4", 22.2, "u44nk23", ("pemilu", 2024), "JUMLAH",
         pre="Setiap indikator diuji dengan berkas fitur aplikasi monitoring kinerja: satu skenario satu indikator, "
             "status tercapai bila realisasi memenuhi target. Isi berkas itu diketik ulang sebagai tabel capaian.")


def sbd_2023():
    """Sumba Barat Daya 2023: the SAKIP 2022 evaluation as the INI settings file the evaluation application exports."""
    baru("lkj-sumba-barat-daya-2023", "Sumba Barat Daya", "5318",
         "Tambolaka|30 Januari 2024|Yulius Bili Kaka, S.H.|19810426 200604 1 023",
         r_ini("Berkas Ekspor Aplikasi Evaluasi AKIP", "evaluasi_akip_2022.ini"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.2", 22.1, "u44sd23", ("pemilu", 2024), "JUMLAH")


def sabu_2021():
    """Sabu Raijua 2021: the budget as the Graphviz (DOT) source of the finance application's budget tree."""
    baru("lkj-sabu-raijua-2021", "Sabu Raijua", "5320", "Seba|28 Januari 2022|Hendrik Lado Hina, S.E.|19830808 200604 1 024",
         r_dot("Sumber Grafik Pohon Anggaran 2021", "pohon_anggaran_2021.dot"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u44sr21", ("pilkada", 2020), "JUMLAH", riw=2)


def malaka_2020():
    """Malaka 2020: the Pilkada 2020 DPT as a redis-cli session on the data operator's cache server."""
    baru("lkj-malaka-2020", "Malaka", "5321", "Betun|27 Januari 2021|Benediktus Seran Klau, S.Sos.|19800130 200604 1 025",
         r_redis("Sesi redis-cli Server Data Pemilih", "10.53.21.5", "dpt:pilkada2020"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.9", 21.8, "u44ml20", ("pilkada", 2020), "JUMLAH")


def rote_2019():
    """Rote Ndao 2019: the budget as the raw HTTP exchange of the e-monitoring service (form-urlencoded body)."""
    baru("lkj-rote-ndao-2019", "Rote Ndao", "5314", "Ba'a|29 Januari 2020|Daniel Pello, S.Sos.|19820303 200604 1 026",
         r_http("Respons Layanan e-Monitoring Anggaran", "monev.kpu-rotendao.local", "/api/v1/realisasi"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u44rn19", ("pemilu", 2019), "JUMLAH", riw=0)


def sumba_tengah_2023():
    """Sumba Tengah 2023: the Pemilu 2024 DPT as a SAS PROC PRINT listing with its sums."""
    baru("lkj-sumba-tengah-2023", "Sumba Tengah", "5317", "Waibakul|31 Januari 2024|Umbu Tamu Ridi, S.Pd.|19840918 200604 1 027",
         r_sasprint("Listing PROC PRINT Rekap DPT", "09:41 Tuesday, July 4, 2023"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.8", 22.3, "u44st23", ("pemilu", 2024), "JUMLAH")


if __name__ == "__main__":
    tulis(nagekeo_2023, sbd_2023, sabu_2021, malaka_2020, rote_2019, sumba_tengah_2023)
