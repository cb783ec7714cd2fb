#!/usr/bin/env python3
# dev44/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev44/author44b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common44 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_alert, r_dapodik, r_konsol,  # noqa: E402
                      r_presensi, r_worklog, r_zreport, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def kota_kupang_2021():
    """Kota Kupang 2021: the capaian as the recap of the fingerprint attendance machine (rekap mesin presensi sidik
    jari), one `PIN` an indicator; other tables plain TAB."""
    c, d = dok("lkj-kota-kupang-2021", "Kota Kupang", "Kupang|27 Januari 2022|Maria Goreti Lake, S.E.|19830521 200604 2 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KOTA KUPANG", "TAHUN 2021"], W=96)
    R = r_presensi("Rekap Mesin Presensi Capaian Kinerja 2021", "MESIN PRESENSI SIDIK JARI  SN: FP-5371-0217")
    rows = cap_lama("5371", 2021, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4"))
    d.P("Capaian kinerja tahun 2021 direkam dengan aplikasi mesin presensi kantor yang menyediakan mode rekap "
        "indikator: setiap indikator diberi nomor PIN, target Perjanjian Kinerja sebagai jadwal dan realisasi "
        "sebagai kehadiran. Cetakan rekap itu diketik ulang berikut sebagai tabel capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.1)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42kk21", total="JUMLAH", pre=(
        "Pagu DIPA Sekretariat KPU Kota Kupang Tahun Anggaran 2021 setelah revisi beserta realisasinya menurut "
        "program dan kegiatan disajikan pada tabel berikut (dalam rupiah)."))
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020, 2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kota Kupang per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan 2021:")
    sumber(d)
    selesai(d, c)


def alor_2021():
    """Alor 2021: the budget as the cash register's Z-report (laporan tutup kasir), one `DEPT` a budget line;
    other tables plain TAB."""
    c, d = dok("lkj-alor-2021", "Alor", "Kalabahi|26 Januari 2022|Yakobus Maure, S.Sos.|19800611 200604 1 014",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ALOR", "TAHUN 2021"], W=96)
    R = r_zreport("Z-Report Realisasi Anggaran 2021", "KASIR ANGGARAN KPU KAB. ALOR")
    rows = cap_lama("5305", 2021, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 21.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42al21", total="JUMLAH", pre=(
        "Bendahara Pengeluaran menutup buku anggaran 2021 dengan aplikasi kasir kantor, yang mencetak laporan tutup "
        "kasir (Z-report): setiap baris anggaran satu departemen, pagu sebagai pagu, realisasi sebagai terjual dan "
        "sisa pagu sebagai sisa stok. Struk itu diketik ulang berikut."))
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Alor per kecamatan, data dasar pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)


def ende_2021():
    """Ende 2021: the SAKIP 2020 evaluation as the worklog report of the office's issue tracker, one sub-task a
    component; other tables plain TAB."""
    c, d = dok("lkj-ende-2021", "Ende", "Ende|28 Januari 2022|Kornelis Wara, S.H.|19810923 200604 1 008",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ENDE", "TAHUN 2021"], W=96)
    R = r_worklog("Laporan Worklog Evaluasi AKIP 2020", "PELACAK ISU KPU ENDE")
    rows = cap_lama("5308", 2021, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020, pre=(
        "Tindak lanjut evaluasi AKIP atas tahun 2020 dikelola tim SAKIP di aplikasi pelacak isu kantor: evaluasi "
        "satu epik, setiap komponen satu sub-tugas dengan estimasi awal sebesar bobotnya dan waktu tercatat sebesar "
        "nilainya; resolusi epik adalah predikat. Laporan worklog itu diketik ulang berikut."))
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.2)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42en21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Ende per kecamatan, data dasar pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)


def ngada_2021():
    """Ngada 2021: the Pilkada 2020 DPT as a rekap page of the regional data portal on the Dapodik template,
    printed; other tables plain TAB."""
    c, d = dok("lkj-ngada-2021", "Ngada", "Bajawa|27 Januari 2022|Kristoforus Loko, S.Fil.|19820714 200604 1 016",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN 2021"], W=96)
    R = r_dapodik("Rekap Pemilih per Wilayah - Portal Data", "PORTAL DATA PEMILIH KABUPATEN NGADA  |  data.kpu-ngada.local")
    rows = cap_lama("5309", 2021, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 21.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42nd21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH", pre=(
        "DPT Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2020, dasar pemutakhiran data pemilih berkelanjutan "
        "2021, dipublikasikan di portal data kabupaten yang dibangun dari templat Dapodik. Halaman rekapnya dicetak "
        "dan teksnya diketik ulang berikut (kolom Total mendahului L dan P, seperti pada Dapodik)."))
    selesai(d, c)


def manggarai_2020():
    """Manggarai 2020: the budget as the console output of the treasurer's realisation script, one step a budget
    line with a download-style progress line; other tables plain TAB."""
    c, d = dok("lkj-manggarai-2020", "Manggarai", "Ruteng|28 Januari 2021|Paulus Jehaut, S.Pd.|19800404 200604 1 019",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN 2020"], W=96)
    R = r_konsol("Keluaran Konsol Skrip Serapan Anggaran 2020", "python3 serapan.py --satker 5310")
    rows = cap_lama("5310", 2020, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.9)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42mg20", total="JUMLAH", pre=(
        "Serapan anggaran tahun 2020 dihitung Bendahara dengan skrip kecil yang membaca data DIPA dan realisasi, "
        "lalu menampilkan setiap baris anggaran dengan batang kemajuan seperti pengunduh berkas. Keluaran konsolnya "
        "diketik ulang berikut."))
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Manggarai Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def kupang_2021():
    """Kupang 2021: the capaian as the alert log of the office's monitoring tool, one rule an indicator; other
    tables plain TAB."""
    c, d = dok("lkj-kupang-2021", "Kupang", "Oelamasi|29 Januari 2022|Yosef Nope, S.Sos.|19811111 200604 1 021",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN KUPANG", "TAHUN 2021"], W=96)
    R = r_alert("Log Peringatan Pemantauan Kinerja 2021", "pantau-kinerja v2.3 (server kpu-kupang)")
    rows = cap_lama("5301", 2021, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.8"))
    d.P("Capaian kinerja tahun 2021 dipantau dengan alat pemantauan server kantor: setiap indikator satu aturan "
        "peringatan dengan target Perjanjian Kinerja sebagai ambang (threshold) dan realisasi sebagai nilai "
        "terukur; aturan berstatus OK bila target tercapai. Log evaluasi akhir tahun diketik ulang berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.0)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42kp21", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Kupang per kecamatan, data dasar pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(kota_kupang_2021, alor_2021, ende_2021, ngada_2021, manggarai_2020, kupang_2021)
