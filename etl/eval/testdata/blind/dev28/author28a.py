#!/usr/bin/env python3
# dev28/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, missing columns, units, wrapped names, tables
# over pages, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev28/author28a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common28 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      selesai, serapan, sumber, tahun_lalu, tanpa_lapor, ulang)
from lib import tulis  # noqa: E402


def kupang_2020():
    """Kupang 2020: captions `Tabel 3.n – judul` with an en dash; capaian `Indikator Kinerja Utama` ..
    `Persentase Capaian`; budget **without a Sisa column** (`Pagu DIPA` `Realisasi s.d. 31 Des` `%`), total
    `TOTAL`; the Pemilu 2019 DPT of 24 kecamatan over three pages every nine rows (`Halaman n` foot before
    every page break, `(lanjutan)` and the header again)."""
    c, d = dok("lkj-kupang-2020", "Kupang", "Oelamasi|28 Januari 2021|Yohanes Paulus Tefa, S.H.|19770614 200501 1 011",
               ["LAPORAN KINERJA", "(LKj)", "KPU KABUPATEN KUPANG", "", "TAHUN 2020"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu DIPA", "Realisasi s.d. 31 Des", "Sisa", "%"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    urut = {"ang": [0, 1, 2, 3, 5]}
    gaya = lambda n, t: f"Tabel 3.{n} \u2013 {t}"
    R = r_kantor(gaya, kep.get, urut=urut.get)
    R_dpt = r_kantor(gaya, kep.get, patah=(9, "LKj KPU Kabupaten Kupang Tahun 2020"))
    rows = cap_lama("5301", 2020, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u28kp20", total="TOTAL")
    sumber(d, "Sumber: Aplikasi SAKTI dan OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Sisa anggaran tidak dimuat pada tabel; dari pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R_dpt, "pemilu", 2019, label="Jumlah",
            pre="Data pemilih yang dipelihara sepanjang 2020 berpangkal pada DPT Pemilu 2019 hasil perbaikan ketiga:")
    sumber(d, "Sumber: Model A.3-KPU DPTHP-3 Kabupaten Kupang.")
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}")
    x = d.lines  # the table's own bare page number gives way to the page foot `Halaman n`
    d.lines = [ln for i, ln in enumerate(x) if not (ln.isdigit() and i + 2 < len(x) and x[i + 2] == f"Halaman {ln}")
               and not (ln == "" and i > 0 and x[i - 1].isdigit() and i + 1 < len(x) and x[i + 1] == f"Halaman {x[i - 1]}")]
    d.write()


def kota_kupang_2022():
    """Kota Kupang 2022: captions in capitals over two lines (`TABEL 3.n` / `JUDUL`); capaian with `%` in
    the cells; budget `Pagu Revisi` `Realisasi` `Sisa` `Realisasi (%)`, total `JUMLAH`; the Pemilu 2019 DPT of
    6 kecamatan, total `Kota Kupang`; RB in prose."""
    c, d = dok("lkj-kota-kupang-2022", "Kota Kupang",
               "Kupang|30 Januari 2023|Daniel Nenobais, S.E.|19790226 200604 1 012",
               ["LAPORAN KINERJA (LKj)", "SEKRETARIAT KPU KOTA KUPANG", "TAHUN 2022"], W=93)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Revisi", "Realisasi", "Sisa", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    gaya = lambda n, t: f"TABEL 3.{n}\n{t.upper()}"
    R = r_kantor(gaya, kep.get, pct=True)
    rows = cap_lama("5371", 2022, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Nilai evaluasi atas kinerja tahun {y} sebelumnya adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, 2022, 21.7)
    d.P(f"Penilaian Reformasi Birokrasi tahun 2022 menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u28kk22", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Realisasi keseluruhan Rp{x} dari pagu revisi Rp{p}, atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Setahun sebelumnya (TA {y}) pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kota Kupang",
            pre="DPT Pemilu 2019 Kota Kupang (DPTHP-3), yang menjadi pangkal pemutakhiran berkelanjutan 2022, per kecamatan:")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPTHP-3.")
    selesai(d, c)


def ttu_2019():
    """Timor Tengah Utara 2019: `LAKIP`; captions numbered through the document from 6 (`Tabel 6.`);
    capaian `Sasaran Strategis / Indikator`; budget with the total **on top** (`Total Belanja`), `Anggaran`
    `Realisasi` `Sisa` `Serapan`; the Pemilu 2019 DPT of 24 kecamatan **without a village column** (no
    village count anywhere), `L` `P` `L + P`, total `Kabupaten TTU`; SAKIP 2017 in prose."""
    c, d = dok("lakip-timor-tengah-utara-2019", "Timor Tengah Utara",
               "Kefamenanu|30 Januari 2020|Vinsensius Bano, S.Sos.|19750911 200312 1 006",
               ["LAKIP", "KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH UTARA", "TAHUN ANGGARAN 2019"], W=94)
    kep = {"cap": ("No", "Sasaran Strategis / Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Anggaran", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "L + P")}
    urut = {"dpt": [0, 1, 3, 4, 5, 6]}
    R = r_kantor(lambda n, t: f"Tabel {n + 5}. {t}", kep.get, urut=urut.get)
    rows = cap_lama("5303", 2019, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 80.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u28tu19", total="Total Belanja", first=True,
                 pre="Tabel berikut menyajikan total belanja pada baris pertama, kemudian rincian per program dan "
                     "kegiatan (dalam rupiah).")
    sumber(d, "Sumber: SAS dan OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Dengan anggaran Rp{p}, realisasi mencapai Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Sebagai pembanding, pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten TTU",
            pre="DPT Pemilu 2019 per kecamatan menurut penetapan DPTHP-3 (jumlah desa tidak dimuat dalam berita acara):")
    sumber(d)
    selesai(d, c)


def belu_2021():
    """Belu 2021: long names wrapped on continuation lines; capaian `Capaian (%)` with `%` in the cells;
    budget `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `% Real.`, total `Jumlah Total`; DPT `Jumlah Desa/Kel.`
    `Jumlah TPS` `Pemilih L` `Pemilih P` `Total Pemilih`; page foot `Hal. n` and a running head."""
    c, d = dok("lkj-belu-2021", "Belu", "Atambua|26 Januari 2022|Maria Magdalena Bete, S.IP.|19820519 200701 2 004",
               ["LAPORAN KINERJA", "KPU KABUPATEN BELU", "TAHUN 2021"], W=90)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "% Real."),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel.", "Jumlah TPS", "Pemilih L", "Pemilih P", "Total Pemilih")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, pct=True), 30)
    rows = cap_lama("5304", 2021, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 22.1)
    d.P(f"Nilai Reformasi Birokrasi 2021: {id_dec(nb[0])} (bobot {id_dec(nb[1])}; {id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u28bl21", total="Jumlah Total")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terserap Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Belu",
            pre="Daftar Pemilih Tetap Pemilu 2019 (DPTHP-3) Kabupaten Belu per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal. {n}", "LKj KPU Kabupaten Belu Tahun 2021")
    d.write()


def alor_2021():
    """Alor 2021: captions `Tabel 3.n:`-less (`Tabel 3.n` then a hyphen and the title); capaian with
    **Capaian before Realisasi**; budget `Alokasi` `Realisasi` `Selisih` `%`, total `Jumlah Seluruhnya`; DPT
    header over two lines (`Jumlah Pemilih` over `Laki-laki` `Perempuan` `Jumlah`); TA 2020 total in prose."""
    c, d = dok("lkj-alor-2021", "Alor", "Kalabahi|27 Januari 2022|Yusak Maulaka, S.Sos.|19770419 200312 1 009",
               ["LKj 2021", "", "LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN ALOR"], W=92)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Alokasi", "Realisasi", "Selisih", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Jumlah Pemilih", "", "")}
    dua = {"dpt": ("", "", "", "", "Laki-laki", "Perempuan", "Jumlah")}
    urut = {"cap": [0, 1, 2, 3, 5, 4]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} - {t}", kep.get, urut=urut.get, dua=dua.get)
    rows = cap_lama("5305", 2021, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 21.8)
    d.P(f"Reformasi Birokrasi Sekretariat KPU Kabupaten Alor tahun 2021 bernilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u28al21", total="Jumlah Seluruhnya")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Alokasi Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="DPT Pemilu 2019 Kabupaten Alor per kecamatan (DPTHP-3):")
    sumber(d)
    selesai(d, c)


def flotim_2021():
    """Flores Timur 2021: captions **under** the tables (`Tabel 3.n Judul`); capaian **without a capaian
    column** (Target and Realisasi only); budget without a Sisa column, `Pagu` `Realisasi`
    `Persentase`, total `Total`; DPT `Nama Kecamatan` `Jml. Desa` `Jml. TPS` `Laki` `Perempuan` `Total`."""
    c, d = dok("lkj-flores-timur-2021", "Flores Timur", "Larantuka|28 Januari 2022|Petrus Kanisius Kelen, S.H.|19780708 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN 2021"], W=91)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Jml. Desa", "Jml. TPS", "Laki", "Perempuan", "Total")}
    urut = {"cap": [0, 1, 2, 3, 4], "ang": [0, 1, 2, 3, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, urut=urut.get, bawah=True)
    rows = cap_lama("5306", 2021, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 80.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    tanpa_lapor(d)
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 22.4)
    d.P(f"Nilai RB tahun 2021 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u28ft21", total="Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Total realisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Flores Timur",
            pre="DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2020, kota_kupang_2022, ttu_2019, belu_2021, alor_2021, flotim_2021)
