#!/usr/bin/env python3
# dev29/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev29/author29b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common29 import (baris, cap_lama, dok, id_dec, id_int, lapor_kosong, nama_orang, r_cocok, r_formulir,  # noqa: E402
                      r_hadir, r_label, r_lke, r_pita, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def nagekeo_2023():
    """Nagekeo 2023: the Pemilu 2024 DPT as the attendance list (Daftar Hadir) of the KPU's plenary, the PPK
    chairs' rows carrying the figures handed in; other tables plain TAB."""
    c, d = dok("lkj-nagekeo-2023", "Nagekeo", "Mbay|29 Januari 2024|Gregorius Bhoko, S.Fil.|19790914 200604 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NAGEKEO", "TAHUN 2023"], W=94)
    lain = [(nama_orang(1), "Ketua KPU Kabupaten Nagekeo"), (nama_orang(2), "Anggota KPU Kabupaten Nagekeo"),
            (nama_orang(3), "Anggota KPU Kabupaten Nagekeo"), (nama_orang(4), "Bawaslu Kabupaten Nagekeo"),
            (nama_orang(5), "Sekretaris KPU Kabupaten Nagekeo")]
    R = r_hadir("Rapat Pleno Terbuka Rekapitulasi DPT Pemilu 2024 Tingkat Kabupaten Nagekeo",
                "Rabu, 21 Juni 2023", "Aula Kantor KPU Kabupaten Nagekeo, Mbay", lain)
    rows = cap_lama("5316", 2023, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.3)
    d.P(f"Reformasi Birokrasi tahun 2023 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u29ng23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Tahun sebelumnya (TA {y}) pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, pre=(
        "DPT Pemilu 2024 ditetapkan dalam rapat pleno terbuka pada Juni 2023. Setiap Ketua PPK hadir dan "
        "menyerahkan hasil rekapitulasi kecamatannya; angka itu dicatat sekretariat langsung pada daftar hadir "
        "rapat, yang dilampirkan berikut."))
    sumber(d, "Sumber: Arsip rapat pleno KPU Kabupaten Nagekeo.")
    selesai(d, c)


def sumba_tengah_2024():
    """Sumba Tengah 2024: the budget as the finance clerk's printing-calculator rolls (pagu and realisasi,
    kegiatan `+`, program `*`, grand total `G*`, English grouping, pen notes `<- kode`); other tables TAB."""
    c, d = dok("lkj-sumba-tengah-2024", "Sumba Tengah", "Waibakul|30 Januari 2025|Umbu Djanggu Lero, S.Sos.|19800623 200604 1 013",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2024"], W=93)
    R = r_pita("Casio DR-120R", "31-12-2024")
    rows = cap_lama("5317", 2024, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 22.5)
    d.P(f"Nilai Reformasi Birokrasi 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u29st24", pre=(
        "Rekapitulasi realisasi anggaran diperiksa bendahara dengan kalkulator cetak. Dua gulungan pita kalkulator "
        "itu (pagu dan realisasi) dilampirkan sebagai kertas kerja dan diketik ulang berikut; di samping setiap "
        "angka dicatat tangan kode kegiatan atau program."))
    lapor_kosong(d, ("total", "program", "kegiatan"))
    ulang(d, lambda p, x, q: f"Dengan demikian pagu Tahun Anggaran 2024 sebesar Rp{p} dan realisasinya Rp{x}.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Sebagai pembanding, TA {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="Jumlah",
            pre="DPT Pemilihan Serentak 2024 Kabupaten Sumba Tengah per kecamatan:")
    sumber(d)
    selesai(d, c)


def sumba_timur_2019():
    """Sumba Timur 2019: the SAKIP 2018 evaluation as the summary sheet of the evaluators' Lembar Kerja
    Evaluasi (components with three sub-components each); other tables plain TAB."""
    c, d = dok("lkj-sumba-timur-2019", "Sumba Timur", "Waingapu|28 Januari 2020|Umbu Remu Djawa, S.Sos.|19760302 200312 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "TAHUN 2019"], W=94)
    R = r_lke("Sekretariat KPU Kabupaten Sumba Timur", "Tim Evaluator Inspektorat Utama KPU")
    rows = cap_lama("5311", 2019, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018, pre=(
        "Evaluasi AKIP tahun 2018 dilakukan Inspektorat Utama KPU dengan Lembar Kerja Evaluasi (LKE). Lembar "
        "rekapitulasi LKE yang diterima bersama laporan hasil evaluasi disalin berikut; nilai setiap komponen "
        "merupakan jumlah nilai sub komponennya."))
    sec_anggaran(d, R, "u29su19", total="JUMLAH")
    sumber(d, "Sumber: SAS, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Realisasi keseluruhan Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Sumba Timur per kecamatan:")
    sumber(d)
    selesai(d, c)


def malaka_2023():
    """Malaka 2023: the Pemilu 2024 DPT as the sheet of box labels printed by mail merge for the DPT copies
    sent to each PPK (two across, figures without group separators); other tables plain TAB."""
    c, d = dok("lkj-malaka-2023", "Malaka", "Betun|30 Januari 2024|Dominikus Seran Klau, S.H.|19790502 200604 1 010",
               ["LAPORAN KINERJA", "KPU KABUPATEN MALAKA", "TAHUN 2023"], W=92)
    R = r_label("Tom & Jerry No. 121", "SALINAN DPT PEMILU 2024")
    rows = cap_lama("5321", 2023, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 21.9)
    d.P(f"Reformasi Birokrasi tahun 2023 memperoleh {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u29ml23", total="Jumlah")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2024, pre=(
        "Salinan DPT Pemilu 2024 yang ditetapkan pada Juni 2023 dikirim kepada setiap PPK dalam kotak yang diberi "
        "label. Label itu dicetak dari gabungan surat dengan data rekapitulasi, sehingga memuat angka DPT setiap "
        "kecamatan; lembar labelnya disalin berikut, label terakhir untuk arsip kabupaten."))
    sumber(d, "Sumber: Subbagian Teknis Penyelenggaraan Pemilu KPU Kabupaten Malaka.")
    selesai(d, c)


def flotim_2023():
    """Flores Timur 2023: the capaian as the spreadsheet's Data Form screens typed again (one record a block,
    `n dari N`, the buttons down the right); other tables plain TAB."""
    c, d = dok("lkj-flores-timur-2023", "Flores Timur", "Larantuka|29 Januari 2024|Petrus Kanisius Kelen, S.H.|19780708 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN 2023"], W=93)
    R = r_formulir("Lembar: PK_2023")
    rows = cap_lama("5306", 2023, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 80.5"))
    d.P("Data pengukuran kinerja dihimpun dalam lembar kerja dan diperiksa per rekaman melalui formulir data. "
        "Tampilan formulir setiap rekaman diketik ulang berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.7)
    d.P(f"Nilai RB tahun 2023 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u29ft23", total="Total")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Total realisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2024, label="Kabupaten Flores Timur",
            pre="DPT Pemilu 2024 Kabupaten Flores Timur per kecamatan, ditetapkan Juni 2023:")
    sumber(d)
    selesai(d, c)


def manggarai_2020():
    """Manggarai 2020: the Pilkada 2020 DPT as the data-matching worksheet between the plenary's minutes and
    the Sidalih export (every figure twice, `Selisih` 0, `Cocok`); other tables plain TAB."""
    c, d = dok("lkj-manggarai-2020", "Manggarai", "Ruteng|28 Januari 2021|Fransiskus Jemarut, S.Fil.|19780312 200604 1 015",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN 2020"], W=92)
    R = r_cocok("BA Pleno", "Sidalih")
    rows = cap_lama("5310", 2020, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u29mg20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, pre=(
        "Sebelum diumumkan, DPT Pemilihan 2020 dicocokkan antara berita acara rapat pleno PPK dan data Sidalih. "
        "Lembar pencocokan berikut memuat kedua sumber berdampingan; seluruh kecamatan cocok tanpa selisih."))
    sumber(d, "Sumber: Lembar Pencocokan Data Subbagian Program dan Data.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(nagekeo_2023, sumba_tengah_2024, sumba_timur_2019, malaka_2023, flotim_2023, manggarai_2020)
