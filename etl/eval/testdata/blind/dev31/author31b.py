#!/usr/bin/env python3
# dev31/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev31/author31b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common31 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_akordeon, r_chevron, r_lampu,  # noqa: E402
                      r_sebaran, r_skala, r_surel, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def ngada_2024():
    """Ngada 2024: the capaian as the monitoring sheet's traffic-light report (lamp, code, indicator, figures;
    the legend above, the lamp count below); other tables plain TAB."""
    c, d = dok("lkj-ngada-2024", "Ngada", "Bajawa|24 Januari 2025|Yohanes Don Bosco Wea, S.E.|19781203 200604 1 005",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN 2024"], W=93)
    R = r_lampu("RAPOR LAMPU KINERJA - MONITORING CAPAIAN INDIKATOR KINERJA SEKRETARIAT KPU KABUPATEN NGADA",
                "31 Desember 2024 (triwulan IV, final)")
    rows = cap_lama("5309", 2024, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3"))
    d.P("Capaian indikator kinerja dipantau setiap triwulan dengan lembar monitoring yang memberi tanda lampu "
        "menurut tingkat capaian. Cetakan lembar monitoring posisi akhir tahun disalin berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 22.5)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u31ng24", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2024 per kecamatan:")
    sumber(d)
    selesai(d, c)


def mabar_2021():
    """Manggarai Barat 2021: the Pilkada 2020 DPT as the thematic map of the voters' distribution with its
    legend and labels typed again (labels grouped by class, the map's information box); other tables plain
    TAB."""
    c, d = dok("lkj-manggarai-barat-2021", "Manggarai Barat", "Labuan Bajo|28 Januari 2022|Fransiskus Sales Jehadu, S.E.|19790308 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2021"], W=94)
    R = r_sebaran("Peta Sebaran Pemilih Pemilihan 2020 Kabupaten Manggarai Barat", "1 : 400.000", (20000, 12000))
    rows = cap_lama("5315", 2021, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u31mb21", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, pre=(
        "Sebaran pemilih Pemilihan Bupati dan Wakil Bupati Manggarai Barat Tahun 2020 digambarkan dalam peta "
        "tematik yang menjadi bahan pemetaan pemutakhiran data pemilih berkelanjutan tahun 2021. Legenda dan "
        "label peta tersebut diketik ulang berikut."))
    selesai(d, c)


def sumba_timur_2022():
    """Sumba Timur 2022: the budget as the e-mail thread printed from the webmail, the treasurer's table quoted
    with `> ` in her earlier message; other tables plain TAB."""
    c, d = dok("lkj-sumba-timur-2022", "Sumba Timur", "Waingapu|27 Januari 2023|Yakobus Ndakularak, S.Sos.|19780514 200604 1 008",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA TIMUR", "TAHUN 2022"], W=96)
    R = r_surel(("Bendahara Pengeluaran KPU Sumba Timur", "bendahara.kpusumbatimur@gmail.com"),
                ("Subbag Perencanaan KPU Sumba Timur <perencanaan.kpusumbatimur@gmail.com>",
                 "Sekretariat KPU Kab. Sumba Timur <sekretariat.kpusumbatimur@gmail.com>"),
                "Jum, 30 Des 2022 pukul 16.02", "Sen, 2 Jan 2023 pukul 10.14",
                "Rekap realisasi anggaran TA 2022 per program dan kegiatan",
                ["Selamat sore Bapak/Ibu,",
                 "Bersama ini kami sampaikan rekap sementara realisasi anggaran TA 2022 per program dan kegiatan "
                 "untuk bahan penyusunan Laporan Kinerja. Angka final menunggu rekonsiliasi, namun SP2D terakhir "
                 "sudah terbit sehingga angka di bawah ini tidak akan berubah."],
                ["Selamat pagi Bapak,",
                 "Rekonsiliasi sudah selesai dan angka pada rekap yang kami kirim hari Jumat tidak berubah. "
                 "Silakan dipakai untuk LKj. Terima kasih."])
    rows = cap_lama("5311", 2022, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 22.2)
    d.P(f"Nilai RB tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u31st22", total="TOTAL", pre=(
        "Rekap realisasi anggaran per program dan kegiatan disampaikan Bendahara Pengeluaran melalui surat "
        "elektronik dan diteruskan kepada penyusun laporan. Cetakan surat elektronik itu disalin berikut."))
    ulang(d, lambda p, x, q: f"Dengan demikian pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sumba Timur Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def flotim_2019():
    """Flores Timur 2019: the SAKIP 2018 evaluation as the score card of the evaluation report's cover typed
    again (the predikat ruler with the pointer, the components as nilai / bobot); other tables plain TAB."""
    c, d = dok("lakip-flores-timur-2019", "Flores Timur", "Larantuka|30 Januari 2020|Yosef Lamablawa, S.Sos.|19780921 200604 1 009",
               ["LAPORAN AKUNTABILITAS KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN 2019"], W=95)
    R = r_skala("KARTU NILAI HASIL EVALUASI AKUNTABILITAS KINERJA TAHUN 2018")
    rows = cap_lama("5306", 2019, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018, pre=(
        "Laporan hasil evaluasi AKIP tahun 2018 dari Inspektorat Utama KPU memuat kartu nilai pada halaman "
        "depannya. Kartu nilai itu diketik ulang berikut."))
    for y, v in riwayat(d, [2017]):
        d.P(f"Nilai evaluasi atas tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    sec_anggaran(d, R, "u31ft19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan:")
    sumber(d)
    selesai(d, c)


def nagekeo_2024():
    """Nagekeo 2024: the capaian as a SmartArt chevron process typed again (one row of chevrons a indicator);
    other tables plain TAB."""
    c, d = dok("lkj-nagekeo-2024", "Nagekeo", "Mbay|27 Januari 2025|Paulus Nuwa Dhey, S.Sos.|19790617 200604 1 007",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NAGEKEO", "TAHUN 2024"], W=92)
    R = r_chevron()
    rows = cap_lama("5316", 2024, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.8"))
    d.P("Alur dari target ke capaian setiap indikator digambarkan dengan grafik proses. Teks setiap bentuk "
        "dalam grafik tersebut disalin berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 22.4)
    d.P(f"Reformasi Birokrasi tahun 2024 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u31nk24", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Nagekeo Tahun 2024 per kecamatan:")
    sumber(d)
    selesai(d, c)


def sabu_raijua_2019():
    """Sabu Raijua 2019: the Pemilu 2019 DPT as the website's recap page printed with every accordion section
    open; other tables plain TAB."""
    c, d = dok("lkjip-sabu-raijua-2019", "Sabu Raijua", "Seba|29 Januari 2020|Yulius Lado Rebo, S.Sos.|19780924 200604 1 004",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2019"], W=94)
    R = r_akordeon("Rekap DPT Pemilu 2019 - KPU Kabupaten Sabu Raijua",
                   "https://kab-saburaijua.kpu.go.id/rekap-dpt-pemilu-2019", "14/01/2020 09.12")
    rows = cap_lama("5320", 2019, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u31sr19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, pre=(
        "Rekapitulasi DPT Pemilu 2019 diumumkan juga pada laman resmi KPU Kabupaten Sabu Raijua. Halaman "
        "rekap itu, dicetak setelah semua bagiannya dibuka, disalin berikut."))
    selesai(d, c)


if __name__ == "__main__":
    tulis(ngada_2024, mabar_2021, sumba_timur_2022, flotim_2019, nagekeo_2024, sabu_raijua_2019)
