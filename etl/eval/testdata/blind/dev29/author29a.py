#!/usr/bin/env python3
# dev29/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, missing columns, units, wrapped names, tables
# over pages, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev29/author29a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common29 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, tanpa_lapor, tanpa_lapor_anggaran,
                      ulang)
from lib import tulis  # noqa: E402


def kupang_2019():
    """Kupang 2019: captions with Roman chapter numbers (`Tabel III.n Judul`); capaian `Indikator Kinerja`
    `Sat.` `Target 2019` `Realisasi 2019` `Capaian`; budget `Pagu` `Realisasi` `Sisa` `Persen`, total
    `Jumlah Keseluruhan`; Pemilu 2019 DPT `Kecamatan` `Desa` `TPS` `Pria` `Wanita` `Total`; page foot
    `- n -`."""
    c, d = dok("lkj-kupang-2019", "Kupang", "Oelamasi|27 Januari 2020|Yohanes Paulus Tefa, S.H.|19770614 200501 1 011",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "SEKRETARIAT KPU KABUPATEN KUPANG", "", "TAHUN 2019"], W=97)
    kep = {"cap": ("No", "Indikator Kinerja", "Sat.", "Target 2019", "Realisasi 2019", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Persen"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Pria", "Wanita", "Total")}
    R = r_kantor(lambda n, t: f"Tabel III.{n} {t}", kep.get)
    rows = cap_lama("5301", 2019, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u29kp19", total="Jumlah Keseluruhan")
    sumber(d, "Sumber: SAS dan OM-SPAN per 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi Rp{x} atau {id_dec(q)} persen.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Total Kabupaten",
            pre="Rekapitulasi DPT Pemilu 2019 (DPTHP-3) Kabupaten Kupang per kecamatan adalah sebagai berikut.")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPTHP-3 KPU Kabupaten Kupang.")
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -")
    d.write()


def kota_kupang_2019():
    """Kota Kupang 2019: captions `Tabel 3-n: Judul`; long names wrapped at 34 characters; budget `Pagu`
    `Realisasi` `Sisa` `%`, total `JUMLAH`; DPT `Kelurahan` `TPS`
    `L` `P` `JML`, total `KOTA KUPANG`; running head and `Halaman n` foot."""
    c, d = dok("lkj-kota-kupang-2019", "Kota Kupang", "Kupang|29 Januari 2020|Daniel Nenobais, S.E.|19790226 200604 1 012",
               ["LKj", "LAPORAN KINERJA TAHUN 2019", "KOMISI PEMILIHAN UMUM KOTA KUPANG"], W=94)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "L", "P", "JML")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3-{n}: {t}", kep.get), 34)
    rows = cap_lama("5371", 2019, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u29kk19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="KOTA KUPANG",
            pre="DPT Pemilu 2019 Kota Kupang per kecamatan (DPTHP-3):")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}", "Laporan Kinerja KPU Kota Kupang 2019")
    d.write()


def ngada_2020():
    """Ngada 2020: captions under the tables (`Tabel n. Judul`, numbered through); capaian without a capaian
    column; budget `Pagu Anggaran` `Realisasi` `Sisa Anggaran` `Serapan (%)`, total `Total`; Pilkada 2020 DPT
    `Nama Kecamatan` `Jml Desa/Kel` `Jml TPS` `Laki-Laki` `Perempuan` `Jumlah Pemilih`; SAKIP 2018 in prose."""
    c, d = dok("lkj-ngada-2020", "Ngada", "Bajawa|28 Januari 2021|Bernadus Dhey, S.Sos.|19760305 200212 1 004",
               ["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "TAHUN ANGGARAN 2020"], W=90)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Anggaran", "Realisasi", "Sisa Anggaran", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-Laki", "Perempuan", "Jumlah Pemilih")}
    urut = {"cap": [0, 1, 2, 3, 4]}
    R = r_kantor(lambda n, t: f"Tabel {n}. {t}", kep.get, urut=urut.get, bawah=True)
    rows = cap_lama("5309", 2020, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    tanpa_lapor(d)
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Pada evaluasi atas tahun {y}, nilai yang diperoleh adalah {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u29ng20", total="Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Dari pagu Rp{p} telah direalisasikan Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, label="Kabupaten Ngada",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def rote_ndao_2019():
    """Rote Ndao 2019: `LAKIP`; captions `Tab. 3.n`; capaian with **Realisasi before Target**; budget
    **in thousands** (`dalam ribuan rupiah`) and **without a percent column** (`Pagu` `Realisasi` `Sisa`),
    total `JUMLAH TOTAL`; DPT `Kecamatan` `Desa/Kel`
    `TPS` `L` `P` `L+P`; `Hal n` at the page foot."""
    c, d = dok("lakip-rote-ndao-2019", "Rote Ndao", "Ba'a|30 Januari 2020|Yermias Ndun, S.Sos.|19781109 200604 1 003",
               ["LAKIP", "SEKRETARIAT KPU KABUPATEN ROTE NDAO", "TAHUN 2019"], W=92)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")}
    urut = {"cap": [0, 1, 2, 4, 3, 5], "ang": [0, 1, 2, 3, 4]}
    R = r_kantor(lambda n, t: f"Tab. 3.{n} {t}", kep.get, urut=urut.get)
    rows = cap_lama("5314", 2019, baris("partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 80.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    assert ribu_ok("5314", 2019)  # the corpus's budget is whole thousands: the table in ribuan is exact
    sec_anggaran(d, R, "u29rn19", sel=ribuan, total="JUMLAH TOTAL",
                 pre="Pagu DIPA Tahun Anggaran 2019 setelah revisi dan realisasinya per program dan kegiatan "
                     "(dalam ribuan rupiah):")
    tanpa_lapor_anggaran(d)
    sumber(d, "Sumber: SAS, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p}, realisasi Rp{x}; sisa anggaran dikembalikan ke kas negara.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"TA {y}: pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Rote Ndao per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal {n}")
    d.write()


def matim_2019():
    """Manggarai Timur 2019: captions in capitals (`TABEL 3.n JUDUL`); capaian `%` in the cells; budget
    `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi (%)`, total `JUMLAH`; DPT header over two lines
    (`Jumlah` over `Desa` `TPS`, `Pemilih` over `L` `P` `Total`); RB 2019 in prose."""
    c, d = dok("lkj-manggarai-timur-2019", "Manggarai Timur", "Borong|29 Januari 2020|Kristoforus Nanggur, S.Pd.|19800415 200604 1 011",
               ["LAPORAN KINERJA (LKj) TAHUN 2019", "KPU KABUPATEN MANGGARAI TIMUR"], W=95)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah", "", "Pemilih", "", "")}
    dua = {"dpt": ("", "", "Desa", "TPS", "L", "P", "Total")}
    R = r_kantor(lambda n, t: f"TABEL 3.{n} {t.upper()}", kep.get, dua=dua.get, pct=True)
    rows = cap_lama("5319", 2019, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.6)
    d.P(f"Hasil penilaian Reformasi Birokrasi tahun 2019: nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u29mt19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Realisasi anggaran mencapai Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Manggarai Timur hasil perbaikan ketiga per kecamatan:")
    sumber(d)
    selesai(d, c)


def sabu_2021():
    """Sabu Raijua 2021: captions `Tabel 3.n` then the title after a colon on the next line; capaian with
    **Capaian before Realisasi**; budget `Alokasi` `Realisasi` `Sisa` `%`, total on top (`Jumlah`); Pilkada
    2020 DPT `Kecamatan` `Desa/Kel.` `TPS` `Laki-laki` `Perempuan` `L+P`; TA 2020 total in prose."""
    c, d = dok("lkj-sabu-raijua-2021", "Sabu Raijua", "Menia|31 Januari 2022|Yulius Bire Rohi, S.E.|19790721 200604 1 008",
               ["LAPORAN KINERJA", "", "KOMISI PEMILIHAN UMUM", "KABUPATEN SABU RAIJUA", "", "2021"], W=93)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian %"),
           "ang": ("Kode", "Program / Kegiatan", "Alokasi", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "L+P")}
    urut = {"cap": [0, 1, 2, 3, 5, 4]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}\n: {t}", kep.get, urut=urut.get)
    rows = cap_lama("5320", 2021, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 21.4)
    d.P(f"Pelaksanaan Reformasi Birokrasi tahun 2021 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, "
        f"atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u29sr21", total="Jumlah", first=True)
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Alokasi Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Tahun anggaran {y} mencatat pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="Jumlah",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sabu Raijua Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2019, kota_kupang_2019, ngada_2020, rote_ndao_2019, matim_2019, sabu_2021)
