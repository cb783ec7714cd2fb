#!/usr/bin/env python3
# dev28/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev28/author28b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common28 import (baris, cap_lama, dok, id_dec, id_int, lapor_kosong, predikat, r_lacak, r_peta,  # noqa: E402
                      r_powershell, r_disposisi, r_foto, r_xmind, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def sikka_2023():
    """Sikka 2023: the Pemilu 2024 DPT as the captions of the photo documentation of the PPK plenaries (one
    photo a kecamatan, the KPU's own plenary last); other tables plain TAB."""
    c, d = dok("lkj-sikka-2023", "Sikka", "Maumere|29 Januari 2024|Maria Goreti Da Silva, S.E.|19800709 200604 2 014",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "TAHUN 2023"], W=94)
    tgl = lambda i: "21/6/2023" if i > 21 else f"{10 + i // 3}/6/2023"
    R = r_foto("Rapat Pleno Rekapitulasi DPT Pemilu 2024", tgl, "Subbagian Teknis dan Hupmas")
    rows = cap_lama("5307", 2023, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.6)
    d.P(f"Reformasi Birokrasi tahun 2023 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u28sk23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2024, pre=(
        "DPT Pemilu 2024 direkapitulasi berjenjang pada Juni 2023: setiap PPK menyerahkan hasil rekapitulasinya "
        "kepada KPU Kabupaten, lalu KPU Kabupaten menetapkannya dalam rapat pleno terbuka. Dokumentasi kegiatan "
        "itu disajikan berikut; keterangan setiap foto memuat angka yang diserahkan."))
    sumber(d, "Sumber: Arsip dokumentasi Subbagian Teknis dan Hupmas KPU Kabupaten Sikka.")
    selesai(d, c)


def lembata_2019():
    """Lembata 2019: the budget as the finance operator's PowerShell session (`Import-Csv`, `Format-Table
    -AutoSize`, then `Measure-Object -Sum` over the program rows giving the totals); other tables plain TAB."""
    c, d = dok("lkj-lembata-2019", "Lembata", "Lewoleba|27 Januari 2020|Yosef Lejap Tokan, S.Sos.|19760813 200312 1 007",
               ["LAPORAN KINERJA", "KPU KABUPATEN LEMBATA", "TAHUN 2019"], W=95)
    R = r_powershell("C:\\Users\\keuangan\\Documents\\LRA2019", "realisasi_2019.csv")
    rows = cap_lama("5313", 2019, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 80.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u28lb19", pre=(
        "Realisasi per program dan kegiatan diolah operator keuangan dari berkas ekspor aplikasi SAS (CSV) dengan "
        "Windows PowerShell. Tampilan layar sesi itu disalin utuh; jumlah keseluruhan dihitung dengan perintah "
        "Measure-Object atas baris program."))
    lapor_kosong(d, ("total",))
    ulang(d, lambda p, x, q: f"Jadi pagu Tahun Anggaran 2019 sebesar Rp{p} dan realisasinya Rp{x}.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="DPT Pemilu 2019 Kabupaten Lembata (DPTHP-3) per kecamatan:")
    sumber(d)
    selesai(d, c)


def ende_2022():
    """Ende 2022: the capaian as the text export of the planning unit's XMind mind map (indicator topics, leaves
    `Satuan:` `Target:` `Realisasi:` `Capaian:`); other tables plain TAB; the Pemilu 2019 DPT without villages."""
    c, d = dok("lkj-ende-2022", "Ende", "Ende|30 Januari 2023|Aloysius Wangge, S.Sos.|19750821 200212 1 005",
               ["LAPORAN KINERJA", "KPU KABUPATEN ENDE", "TAHUN 2022"], W=93)
    R = r_xmind("PK_2022_KPU_Ende.xmind", "Capaian Kinerja KPU Kabupaten Ende Tahun 2022")
    rows = cap_lama("5308", 2022, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.0"))
    d.P("Subbagian Perencanaan menyusun pengukuran kinerja dalam bentuk peta pikiran. Teks ekspor peta pikiran itu "
        "disalin berikut; setiap indikator bercabang menjadi satuan, target, realisasi dan capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 22.2)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u28en22", total="Jumlah")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Realisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="Pemutakhiran berkelanjutan 2022 berpangkal pada DPT Pemilu 2019 berikut (tanpa jumlah desa):")
    sumber(d)
    selesai(d, c)


def manggarai_2022():
    """Manggarai 2022: the SAKIP 2021 evaluation as the disposition sheet of the inspectorate's letter (the
    letter's fields, check boxes, the Sekretaris's note with the score and the components); other tables plain
    TAB; Pilkada 2020 DPT."""
    c, d = dok("lkj-manggarai-2022", "Manggarai", "Ruteng|27 Januari 2023|Fransiskus Jemarut, S.Fil.|19780312 200604 1 015",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN 2022"], W=92)
    R = r_disposisi(("Inspektorat Utama KPU", "178/PW.02-SD/04/2022", "11 Maret 2022",
                     "Laporan Hasil Evaluasi AKIP Tahun 2021"), "0412", (
        ("Kasubbag Perencanaan, Data dan Informasi", True), ("Kasubbag Keuangan, Umum dan Logistik", False),
        ("Kasubbag Hukum dan SDM", False), ("Kasubbag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hupmas", False)),
        "16 Maret 2022")
    rows = cap_lama("5310", 2022, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021, pre=(
        "Laporan Hasil Evaluasi AKIP tahun 2021 diterima pada Maret 2022. Surat itu didisposisikan Sekretaris "
        "kepada Subbagian Perencanaan dengan catatan yang merangkum nilainya; lembar disposisi tersebut diketik "
        "ulang berikut."))
    nb = rb_std(d, 2022, 21.9)
    d.P(f"Reformasi Birokrasi tahun 2022 memperoleh {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u28mg22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, label="Jumlah",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Manggarai Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def sumba_timur_2021():
    """Sumba Timur 2021: the Pilkada 2020 DPT copied from a draft with Track Changes on, printed with all
    markup (balloons at the row's end: `Dihapus: …` for the draft's figures, comments, formatting); other
    tables plain TAB."""
    c, d = dok("lkj-sumba-timur-2021", "Sumba Timur", "Waingapu|26 Januari 2022|Umbu Remu Djawa, S.Sos.|19760302 200312 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "TAHUN 2021"], W=94)
    R = r_lacak("URD", lambda i: (17 + 9 * i) if i % 6 == 2 else 0)
    rows = cap_lama("5311", 2021, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    sec_anggaran(d, R, "u28st21", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Realisasi keseluruhan Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH", pre=(
        "Tabel DPT Pemilihan 2020 berikut diambil dari naskah kerja yang masih memuat lacak perubahan; angka pada "
        "sel adalah angka akhir, sedangkan catatan di margin kanan menunjukkan angka konsep yang dihapus."))
    sumber(d, "Sumber: Model A.3-KWK KPU Kabupaten Sumba Timur.")
    selesai(d, c)


def mabar_2022():
    """Manggarai Barat 2022: the Pilkada 2020 DPT as the office's Google My Maps layer list printed (one
    placemark a kecamatan with its coordinates and description, the kabupaten's total in a second layer);
    other tables plain TAB."""
    c, d = dok("lkj-manggarai-barat-2022", "Manggarai Barat", "Labuan Bajo|30 Januari 2023|Theresia Nggoro, S.Sos.|19810604 200604 2 009",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2022"], W=93)
    titik = lambda i: f"-8.{4312 + 173 * i % 900:04d}, 119.{8120 + 311 * i % 1700:04d}"
    R = r_peta("Peta Sebaran DPT Pemilihan 2020 - KPU Kabupaten Manggarai Barat", "1.206", "19 Okt 2020", titik)
    rows = cap_lama("5315", 2022, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 22.8)
    d.P(f"Nilai Reformasi Birokrasi 2022: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u28mb22", total="Jumlah")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, pre=(
        "DPT Pemilihan 2020 per kecamatan dipublikasikan pula sebagai peta sebaran pemilih di Google My Maps. Daftar "
        "titik peta itu dicetak dan disalin berikut; koordinat menunjuk kantor PPK."))
    sumber(d, "Sumber: Google My Maps KPU Kabupaten Manggarai Barat.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(sikka_2023, lembata_2019, ende_2022, manggarai_2022, sumba_timur_2021, mabar_2022)
