#!/usr/bin/env python3
# dev32/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev32/author32a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common32 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, predikat,  # noqa: E402
                      r_kantor, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def belu_2022():
    """Belu 2022: `(LKj)` and `TAHUN ANGGARAN 2022` on the cover; captions `Tab. 3.n Judul`; capaian `No.`
    `Indikator Kinerja Sasaran` `Satuan` `Target` `Realisasi` `Capaian`; **long names wrapped** at 40
    characters; budget `Pagu Revisi (Rp)` `Realisasi s.d. 31 Desember (Rp)` `Sisa Pagu (Rp)` `Penyerapan (%)`,
    total `Jumlah Total`; Pemilu 2019 DPT `Nama Kecamatan` `Desa/Kel.` `Jml TPS` `Laki-Laki` `Perempuan`
    `L + P`, total `Total Kab. Belu`; foot `Laporan Kinerja 2022 | hal. n`."""
    c, d = dok("lkj-belu-2022", "Belu", "Atambua|25 Januari 2023|Agustinus Mau Bria, S.Sos.|19770810 200604 1 009",
               ["LAPORAN KINERJA", "(LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN ANGGARAN 2022"], W=98)
    kep = {"cap": ("No.", "Indikator Kinerja Sasaran", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Nama Program / Kegiatan", "Pagu Revisi (Rp)", "Realisasi s.d. 31 Desember (Rp)",
                   "Sisa Pagu (Rp)", "Penyerapan (%)"),
           "sakip": ("No.", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No.", "Nama Kecamatan", "Desa/Kel.", "Jml TPS", "Laki-Laki", "Perempuan", "L + P")}
    R = lipat(r_kantor(lambda n, t: f"Tab. 3.{n} {t}", kep.get), 40)
    rows = cap_lama("5304", 2022, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Pada evaluasi sebelumnya (tahun {y}) KPU Kabupaten Belu memperoleh nilai {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u32be22", total="Jumlah Total")
    sumber(d, "Sumber: SAKTI dan OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi sebesar Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Sebagai pembanding, TA {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Total Kab. Belu",
            pre="Data pemilih terakhir yang ditetapkan KPU Kabupaten Belu adalah DPT Hasil Perbaikan Pemilu 2019, "
                "yang menjadi dasar pemutakhiran data pemilih berkelanjutan tahun 2022:")
    sumber(d, "Sumber: Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat.")
    selesai(d, c)
    halaman(d, lambda n: f"Laporan Kinerja 2022 | hal. {n}")
    d.write()


def alor_2020():
    """Alor 2020: only the reporting period on the cover (`Periode Pelaporan: Tahun Anggaran 2020`);
    captions `TABEL n` over the title in capitals; capaian with **Satuan after the figures** (`Target`
    `Realisasi` `Satuan` `Capaian (%)`); budget `Kode` `Uraian` `Pagu` `Realisasi` `Sisa` `Serapan`, total
    `TOTAL`; Pemilu 2019 DPT `Desa/Kelurahan` `TPS` `Laki-laki` `Perempuan` `Total DPT`, **broken after nine
    rows** (page number, form feed, running head, `Lanjutan TABEL n`, header again), total `Kabupaten Alor`."""
    c, d = dok("lkjip-alor-2020", "Alor", "Kalabahi|29 Januari 2021|Markus Lamma, S.E.|19780712 200604 1 011",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "SEKRETARIAT KPU KABUPATEN ALOR", "",
                "Periode Pelaporan: Tahun Anggaran 2020"], W=93)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "Total DPT")}
    urut = {"cap": [0, 1, 3, 4, 2, 5]}
    R = r_kantor(lambda n, t: f"TABEL {n}\n{t.upper()}", kep.get, urut=urut.get,
                 patah=(9, "LKjIP Sekretariat KPU Kabupaten Alor - Tahun 2020"))
    rows = cap_lama("5305", 2020, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u32al20", total="TOTAL")
    sumber(d, "Sumber: OM-SPAN, posisi 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Realisasi anggaran tahun 2020 sebesar Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Tahun {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Alor",
            pre="Rekapitulasi DPT Hasil Perbaikan Ketiga Pemilu 2019 Kabupaten Alor menurut kecamatan:")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPTHP-3 KPU Kabupaten Alor.")
    selesai(d, c)
    d.write()


def sikka_2021():
    """Sikka 2021: captions **under** their tables (`Tabel 3.n: Judul`); capaian `Target 2021` `Realisasi 2021`
    `% Capaian`; budget `Uraian` `Pagu` `Realisasi` `Sisa` `%`, total `Jumlah`; Pemilu 2019 DPT `Desa` `TPS`
    `Pemilih L` `Pemilih P` `Total Pemilih`, total `Jumlah Kabupaten`; foot `LKj KPU Kab. Sikka 2021 - n`."""
    c, d = dok("lkj-sikka-2021", "Sikka", "Maumere|28 Januari 2022|Yohanes Bapa Nong, S.H.|19790205 200604 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SIKKA", "TAHUN 2021"], W=91)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target 2021", "Realisasi 2021", "% Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Pemilih L", "Pemilih P", "Total Pemilih")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}: {t}", kep.get, bawah=True)
    rows = cap_lama("5307", 2021, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    sec_anggaran(d, R, "u32sk21", total="Jumlah")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p} terserap Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah Kabupaten",
            pre="DPT Pemilu 2019 per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2021:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj KPU Kab. Sikka 2021 - {n}")
    d.write()


def ende_2023():
    """Ende 2023: `LKj 2023` over the title on the cover; captions with an en dash (`Tabel 3.n – Judul`);
    capaian `Target (T)` `Realisasi (R)` `Capaian (R/T x 100%)`; budget `Pagu Akhir` `Realisasi` `Sisa`
    `Realisasi (%)`, total `JUMLAH`; Pemilu 2019 DPT (the last fixed before the 2024 roll) `Jumlah Desa/Kel`
    `Jumlah TPS` `DPT Laki-laki` `DPT Perempuan` `DPT Total`, **broken after eleven rows**, total
    `Kabupaten Ende`."""
    c, d = dok("lkj-ende-2023", "Ende", "Ende|30 Januari 2024|Fransiskus Xaverius Lado, S.E.|19781117 200604 1 010",
               ["LKj 2023", "LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ENDE"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target (T)", "Realisasi (R)", "Capaian (R/T x 100%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Akhir", "Realisasi", "Sisa", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel", "Jumlah TPS", "DPT Laki-laki", "DPT Perempuan", "DPT Total")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} \u2013 {t}", kep.get,
                 patah=(11, "Laporan Kinerja Sekretariat KPU Kabupaten Ende 2023"))
    rows = cap_lama("5308", 2023, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Nilai evaluasi atas tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    sec_anggaran(d, R, "u32en23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Dari pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Ende",
            pre="DPT Pemilu 2019 Kabupaten Ende per kecamatan (data pembanding penyusunan DPT Pemilu 2024):")
    sumber(d)
    selesai(d, c)
    d.write()


def ttu_2020():
    """Timor Tengah Utara 2020: cover `TAHUN 2020` between the title and the office; captions `Tabel 3.n`
    with the title in quotes; headers in capitals; budget **in thousands** (`PAGU (Rp 000)` …), total
    `JUMLAH TOTAL`; Pilkada 2020 DPT of 24 kecamatan `DESA/KEL` `TPS` `L` `P` `JUMLAH`, total `KABUPATEN
    TIMOR TENGAH UTARA`; foot `Halaman n` under the running head `LKj KPU TTU 2020`."""
    c, d = dok("lkj-ttu-2020", "Timor Tengah Utara", "Kefamenanu|27 Januari 2021|Yohanes Kolo, S.Sos.|19781009 200604 1 013",
               ["LAPORAN KINERJA", "TAHUN 2020", "", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH UTARA"], W=95)
    kep = {"cap": ("NO", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"),
           "ang": ("KODE", "PROGRAM/KEGIATAN", "PAGU (Rp 000)", "REALISASI (Rp 000)", "SISA (Rp 000)", "%"),
           "sakip": ("NO", "KOMPONEN", "BOBOT", "NILAI"),
           "dpt": ("NO", "KECAMATAN", "DESA/KEL", "TPS", "L", "P", "JUMLAH")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} \u201c{t}\u201d", kep.get)
    rows = cap_lama("5303", 2020, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    assert ribu_ok("5303", 2020)  # the corpus's budget is whole thousands: the table in ribuan is exact
    sec_anggaran(d, R, "u32tu20", sel=ribuan, total="JUMLAH TOTAL",
                 pre="Pagu dan realisasi anggaran tahun 2020 menurut program dan kegiatan (dalam ribuan rupiah):")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020 (diolah, dalam ribuan rupiah).")
    ulang(d, lambda p, x, q: f"Dengan demikian pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, label="KABUPATEN TIMOR TENGAH UTARA",
            pre="Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}", "LKj KPU TTU 2020")
    d.write()


def lembata_2020():
    """Lembata 2020: the title and year on one cover line (`LAPORAN KINERJA TAHUN 2020`); captions `Tabel n -
    Judul`; capaian names **wrapped at 30**; budget `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan (%)`,
    total `Total`; Pemilu 2019 DPT `Desa/Kel` `TPS` `Pria` `Wanita` `Total`, total `Total`; SAKIP 2018 and TA 2019 in prose; foot `LKj-2020/n`."""
    c, d = dok("lkj-lembata-2020", "Lembata", "Lewoleba|26 Januari 2021|Maria Goreti Ile, S.H.|19800519 200604 2 006",
               ["LAPORAN KINERJA TAHUN 2020", "SEKRETARIAT KPU KABUPATEN LEMBATA"], W=90)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pria", "Wanita", "Total")}
    R = lipat(r_kantor(lambda n, t: f"Tabel {n} - {t}", kep.get), 30)
    rows = cap_lama("5313", 2020, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Sebelumnya, hasil evaluasi atas tahun {y} adalah {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u32lb20", total="Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p}, realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"TA {y} mencatat pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Total", pre="DPT Pemilu 2019 Kabupaten Lembata menurut kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj-2020/{n}")
    d.write()


if __name__ == "__main__":
    tulis(belu_2022, alor_2020, sikka_2021, ende_2023, ttu_2020, lembata_2020)
