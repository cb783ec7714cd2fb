#!/usr/bin/env python3
# dev47/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev47/author47b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common47 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_firestore, r_mongo, r_props, r_prom,  # noqa: E402
                      r_textproto, r_vba, rb_std, revisi_semua, riwayat, sec_anggaran,
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


def belu_2023():
    """Belu 2023: the Pemilu 2024 DPT as the Prometheus text exposition of the data operator's exporter."""
    baru("lkj-belu-2023", "Belu", "5304", "Atambua|30 Januari 2024|Agustinus Bau Mali, S.Sos.|19810720 200604 1 034",
         r_prom("Keluaran Exporter Pemantauan Data Pemilih", "10.53.4.12:9108"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.3", 22.3, "u45bl23", ("pemilu", 2024), "JUMLAH",
         pre="Rekap DPT dipantau melalui exporter metrik pada server operator data; nilai metrik terakhir sebelum "
             "penetapan diketik ulang pada bagian Data Pemilih.")


def sumba_barat_2020():
    """Sumba Barat 2020: the budget as the `.properties` file the finance application exports."""
    baru("lkj-sumba-barat-2020", "Sumba Barat", "5312", "Waikabubak|28 Januari 2021|Yohanis Malo Bulu, S.Pd.|19820105 200604 1 035",
         r_props("Berkas Ekspor Aplikasi Keuangan", "anggaran_2020.properties"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.9, "u45sb20", ("pilkada", 2020), "JUMLAH")


def matim_2020():
    """Manggarai Timur 2020: the capaian as a protocol-buffer text-format file of the performance application."""
    baru("lkj-manggarai-timur-2020", "Manggarai Timur", "5319", "Borong|27 Januari 2021|Fransiskus Sales Jemarut, S.H.|19830322 200604 1 036",
         r_textproto("Berkas Data Aplikasi e-Kinerja", "capaian_2020.textproto"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.8", 21.7, "u45mt20", ("pemilu", 2019), "JUMLAH",
         pre="Capaian setiap indikator disimpan aplikasi e-Kinerja dalam berkas teks protocol buffer; isinya diketik "
             "ulang pada tabel capaian di bawah.")


def kota_kupang_2023():
    """Kota Kupang 2023: the SAKIP 2022 evaluation as the Immediate window of the Excel VBA editor."""
    baru("lkj-kota-kupang-2023", "Kota Kupang", "5371", "Kupang|31 Januari 2024|Rudolf Benyamin Ndun, S.E.|19800414 200604 1 037",
         r_vba("Jendela Immediate Makro Rekap Evaluasi", "RekapKomponenAKIP"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 22.2, "u45kk23", ("pemilu", 2024), "JUMLAH")


def nagekeo_2019():
    """Nagekeo 2019: the Pemilu 2019 DPT as a mongosh session on the data operator's database."""
    baru("lkj-nagekeo-2019", "Nagekeo", "5316", "Mbay|29 Januari 2020|Petrus Dhae Meo, S.Fil.|19820917 200604 1 038",
         r_mongo("Sesi mongosh Basis Data Pemilih", "kpu_nagekeo", "dpt_pemilu2019"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.9", 21.5, "u45nk19", ("pemilu", 2019), "JUMLAH", riw=1)


def sabu_2019():
    """Sabu Raijua 2019: the budget as the Firebase console's Cloud Firestore document view."""
    baru("lkj-sabu-raijua-2019", "Sabu Raijua", "5320", "Seba|30 Januari 2020|Yakob Ratu Lado, S.Sos.|19810811 200604 1 039",
         r_firestore("Tampilan Dokumen Anggaran", "monev-kpu-sabu", "anggaran_2019"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u45sr19", ("pemilu", 2019), "JUMLAH", riw=1)


if __name__ == "__main__":
    tulis(belu_2023, sumba_barat_2020, matim_2020, kota_kupang_2023, nagekeo_2019, sabu_2019)
