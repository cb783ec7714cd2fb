#!/usr/bin/env python3
# dev31/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, missing columns, units, wrapped names, tables
# over pages, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev31/author31a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common31 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, predikat,  # noqa: E402
                      r_kantor, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, tanpa_lapor_anggaran, ulang)
from lib import tulis  # noqa: E402


def belu_2023():
    """Belu 2023: captions `Tabel 3.n :` with the title after the colon; capaian `Indikator` `Sat.` `Target
    Kinerja` `Realisasi Kinerja` `% Capaian`; budget `Pagu Anggaran (Rp)` `Realisasi Anggaran (Rp)` `Sisa
    Anggaran (Rp)` `% Realisasi`, total `JUMLAH`; Pemilu 2024 DPT `Jumlah Desa/Kelurahan` `Jumlah TPS` `Pemilih
    L` `Pemilih P` `Pemilih L+P`, total `TOTAL KABUPATEN BELU`; foot `- n -`."""
    c, d = dok("lkj-belu-2023", "Belu", "Atambua|26 Januari 2024|Agustinus Mau Bria, S.Sos.|19770810 200604 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN BELU", "", "TAHUN 2023"], W=97)
    kep = {"cap": ("No", "Indikator", "Sat.", "Target Kinerja", "Realisasi Kinerja", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)",
                   "Sisa Anggaran (Rp)", "% Realisasi"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kelurahan", "Jumlah TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} : {t}", kep.get)
    rows = cap_lama("5304", 2023, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Sebagai perbandingan, nilai evaluasi atas tahun {y} adalah {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u31be23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Realisasi anggaran tahun 2023 mencapai Rp{x} dari pagu Rp{p} atau {id_dec(q)} persen.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="TOTAL KABUPATEN BELU",
            pre="Daftar Pemilih Tetap Pemilu Tahun 2024 Kabupaten Belu yang ditetapkan dalam rapat pleno terbuka "
                "pada tahun 2023, menurut kecamatan:")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPT Pemilu 2024 KPU Kabupaten Belu.")
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -")
    d.write()


def alor_2019():
    """Alor 2019: tables numbered through the document (`Tabel 7.` .. `Tabel 10.`) with the title after the
    number; budget **without a percent column** (`Pagu (Rp)` `Realisasi (Rp)` `Sisa
    (Rp)`), total `Jumlah`; Pemilu 2019 DPT `Kec.` `Desa` `TPS` `Laki` `Perempuan` `Total`; running
    head `LKjIP 2019 — KPU Kabupaten Alor` after every page break."""
    c, d = dok("lkjip-alor-2019", "Alor", "Kalabahi|30 Januari 2020|Markus Lamma, S.E.|19780712 200604 1 011",
               ["LKjIP", "LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN ALOR", "TAHUN 2019"], W=95)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", ""),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kec.", "Desa", "TPS", "Laki", "Perempuan", "Total")}
    urut = {"ang": [0, 1, 2, 3, 4]}
    R = r_kantor(lambda n, t: f"Tabel {n + 6}. {t}", kep.get, urut=urut.get)
    rows = cap_lama("5305", 2019, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u31al19", total="Jumlah",
                 pre="Pagu dan realisasi anggaran tahun 2019 per program dan kegiatan (dalam rupiah), tanpa kolom persentase:")
    tanpa_lapor_anggaran(d)
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Dari pagu Rp{p} telah direalisasikan Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah", pre="DPT Pemilu 2019 Kabupaten Alor menurut kecamatan:")
    sumber(d, "Sumber: Rekapitulasi DPTHP-3 KPU Kabupaten Alor.")
    selesai(d, c)
    halaman(d, lambda n: "", "LKjIP 2019 \u2014 KPU Kabupaten Alor")
    d.write()


def sikka_2019():
    """Sikka 2019: captions in capitals on one line (`TABEL III.n JUDUL`); capaian with **Realisasi before
    Target**; budget **in thousands** with **Uraian before Kode**; DPT header over two lines (`Jumlah` over `Desa` `TPS`,
    `Pemilih` over `Laki-laki` `Perempuan` `Total`), total `Total`; foot `LKjIP Sikka 2019 / n`."""
    c, d = dok("lkjip-sikka-2019", "Sikka", "Maumere|29 Januari 2020|Yohanes Bapa Nong, S.H.|19790205 200604 1 006",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "SEKRETARIAT KPU KABUPATEN SIKKA", "2019"], W=92)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah", "", "Pemilih", "", "")}
    dua = {"dpt": ("", "", "Desa", "TPS", "Laki-laki", "Perempuan", "Total")}
    urut = {"cap": [0, 1, 2, 4, 3, 5], "ang": [1, 0, 2, 3, 4, 5]}
    R = r_kantor(lambda n, t: f"TABEL III.{n} {t.upper()}", kep.get, urut=urut.get, dua=dua.get)
    rows = cap_lama("5307", 2019, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    assert ribu_ok("5307", 2019)  # the corpus's budget is whole thousands: the table in ribuan is exact
    sec_anggaran(d, R, "u31sk19", sel=ribuan, total="Total",
                 pre="Realisasi anggaran per program dan kegiatan tahun 2019 (dalam ribuan rupiah):")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Secara total, pagu Rp{p} terserap Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Total",
            pre="Daftar Pemilih Tetap Hasil Perbaikan Pemilu 2019 di Kabupaten Sikka menurut kecamatan adalah:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKjIP Sikka 2019 / {n}")
    d.write()


def manggarai_2019():
    """Manggarai 2019: captions `Tabel 3.n.` and the title on one line; **long names wrapped** at 36
    characters; **tables broken after eight rows** (`Lanjutan Tabel 3.n` and the header again); capaian
    `Uraian Indikator`; budget `Pagu DIPA` `Realisasi` `Sisa Dana` `Persentase`, total `Jumlah Keseluruhan`;
    Pemilu 2019 DPT `L` `P` `L + P`, total `Kabupaten Manggarai`; no year on the cover."""
    c, d = dok("lkj-manggarai-2019", "Manggarai", "Ruteng|31 Januari 2020|Kanisius Jehaut, S.Fil.|19790423 200604 1 012",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI"], W=94)
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu DIPA", "Realisasi", "Sisa Dana", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L + P")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3.{n}. {t}", kep.get,
                       patah=(8, "LKj KPU Kabupaten Manggarai")), 36)
    rows = cap_lama("5310", 2019, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u31mg19", total="Jumlah Keseluruhan")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Anggaran Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Manggarai",
            pre="Rekapitulasi DPT Pemilu 2019 Kabupaten Manggarai per kecamatan:")
    sumber(d)
    selesai(d, c)
    d.write()


def lembata_2023():
    """Lembata 2023: captions `Tabel 3-n: Judul`; budget `Anggaran (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Daya
    Serap (%)`, total `Jumlah Total`; Pemilu 2024 DPT header over two lines (`Desa/` over `Kel.`, `Pemilih`
    over `Laki-laki` `Perempuan` `Total`); RB in prose; running head and the page number `Halaman n`."""
    c, d = dok("lkj-lembata-2023", "Lembata", "Lewoleba|29 Januari 2024|Maria Goreti Ile, S.H.|19800519 200604 2 006",
               ["LAPORAN KINERJA", "TAHUN ANGGARAN 2023", "", "Sekretariat KPU Kabupaten Lembata"], W=90)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Daya Serap (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/", "TPS", "Pemilih", "", "")}
    dua = {"dpt": ("", "", "Kel.", "", "Laki-laki", "Perempuan", "Total")}
    R = r_kantor(lambda n, t: f"Tabel 3-{n}: {t}", kep.get, dua=dua.get)
    rows = cap_lama("5313", 2023, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.3)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u31lb23", total="Jumlah Total")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} dengan realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2024, label="Jumlah",
            pre="DPT Pemilu 2024 Kabupaten Lembata hasil rapat pleno terbuka tahun 2023 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}", "Laporan Kinerja KPU Kabupaten Lembata 2023")
    d.write()


def kota_kupang_2020():
    """Kota Kupang 2020: captions `Tabel 3.n` over the title on its own line; the budget **total row on top**
    (`Total Belanja`), columns `Pagu` `Realisasi` `Sisa` `Serapan`; Pemilu 2019 DPT `Kelurahan` `TPS` `Pria`
    `Wanita` `Jumlah`, total `Kota Kupang`; `Periode Januari - Desember 2020` on the cover; foot `Hal n`."""
    c, d = dok("lkj-kota-kupang-2020", "Kota Kupang", "Kupang|27 Januari 2021|Yosef Lewar, S.E., M.Si.|19780611 200604 1 016",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KOTA KUPANG", "", "Periode Januari - Desember 2020"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Pria", "Wanita", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}\n{t}", kep.get)
    rows = cap_lama("5371", 2020, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Nilai evaluasi atas tahun {y} tercatat {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u31kk20", total="Total Belanja", first=True)
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p}, realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kota Kupang", pre="DPT Pemilu 2019 Kota Kupang per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal {n}")
    d.write()


if __name__ == "__main__":
    tulis(belu_2023, alor_2019, sikka_2019, manggarai_2019, lembata_2023, kota_kupang_2020)
