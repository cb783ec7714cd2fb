#!/usr/bin/env python3
# dev30/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, missing columns, units, wrapped names, tables
# over pages, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev30/author30a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common30 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, predikat,  # noqa: E402
                      r_kantor, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, tanpa_lapor_anggaran, ulang)
from lib import tulis  # noqa: E402


def belu_2019():
    """Belu 2019: captions with an em dash (`Tabel 3.n — Judul`); a row of column numbers under every header
    (`(1)` `(2)` …); capaian `Indikator Kinerja Utama` `% Capaian`; budget `Pagu DIPA (Rp)` `Realisasi (Rp)`
    `Sisa (Rp)` `Penyerapan (%)`, total `TOTAL`; DPT `Jml. Desa/Kel.` `Jml. TPS` `Pemilih Laki-laki`
    `Pemilih Perempuan` `Total Pemilih`, total `Kabupaten Belu`; foot `LKjIP … | Halaman n`."""
    c, d = dok("lkjip-belu-2019", "Belu", "Atambua|28 Januari 2020|Agustinus Mau Bria, S.Sos.|19770810 200604 1 009",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "TAHUN 2019", "",
                "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN BELU"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu DIPA (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Penyerapan (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "Pemilih Laki-laki", "Pemilih Perempuan",
                   "Total Pemilih")}
    nomor = lambda n: tuple(f"({i})" for i in range(1, n + 1))
    dua = {"cap": nomor(6), "ang": nomor(6), "sakip": nomor(4), "dpt": nomor(7)}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} \u2014 {t}", kep.get, dua=dua.get)
    rows = cap_lama("5304", 2019, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u30bl19", total="TOTAL")
    sumber(d, "Sumber: Aplikasi SAS dan OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p} terserap Rp{x}, atau {id_dec(q)} persen.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Belu",
            pre="Rekapitulasi Daftar Pemilih Tetap Hasil Perbaikan Ketiga (DPTHP-3) Pemilu 2019 Kabupaten Belu "
                "menurut kecamatan:")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPTHP-3 Pemilu 2019 KPU Kabupaten Belu.")
    selesai(d, c)
    halaman(d, lambda n: f"LKjIP KPU Kabupaten Belu 2019 | Halaman {n}")
    d.write()


def ngada_2022():
    """Ngada 2022: only the reporting period on the cover; captions `Tabel 3.n.` over the title on its own
    line; capaian with **Satuan last**; budget with **the percent before Sisa** (`Pagu` `Realisasi` `%`
    `Sisa`), total `Total Anggaran`; Pilkada 2020 DPT; running head and the bare page number."""
    c, d = dok("lkj-ngada-2022", "Ngada", "Bajawa|27 Januari 2023|Yohanes Don Bosco Wea, S.E.|19781203 200604 1 005",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "",
                "Periode Pelaporan: 1 Januari s.d. 31 Desember 2022"], W=91)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    urut = {"cap": [0, 1, 3, 4, 5, 2], "ang": [0, 1, 2, 3, 5, 4]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}.\n{t}", kep.get, urut=urut.get)
    rows = cap_lama("5309", 2022, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Nilai evaluasi tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2022, 22.1)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2022 menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u30ng22", total="Total Anggaran")
    sumber(d, "Sumber: SAKTI dan OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan realisasi mencapai Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="Jumlah",
            pre="Sebagai data dasar pemutakhiran berkelanjutan digunakan DPT Pemilihan Bupati dan Wakil Bupati "
                "Ngada Tahun 2020, dengan rincian per kecamatan sebagai berikut.")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: str(n), "LKj Sekretariat KPU Kabupaten Ngada Tahun 2022")
    d.write()


def manggarai_2021():
    """Manggarai 2021: captions in capitals over two lines (`TABEL 3.n` / `JUDUL`); capaian `Sasaran /
    Indikator Kinerja` `Sat` `Target 2021` `Realisasi 2021`; budget `Anggaran` `Realisasi` `Sisa`
    `Realisasi (%)`, total `JUMLAH SELURUHNYA`; Pilkada 2020 DPT with **a two-line header** (`Desa/` over
    `Kelurahan`, `DPT` over `Laki-laki` `Perempuan` `Jumlah`); foot `Laporan Kinerja 2021 - n`."""
    c, d = dok("lkj-manggarai-2021", "Manggarai", "Ruteng|31 Januari 2022|Kanisius Jehaut, S.Fil.|19790423 200604 1 012",
               ["LKj 2021", "", "Laporan Kinerja Sekretariat", "Komisi Pemilihan Umum Kabupaten Manggarai"], W=93)
    kep = {"cap": ("No", "Sasaran / Indikator Kinerja", "Sat", "Target 2021", "Realisasi 2021", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Anggaran", "Realisasi", "Sisa", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/", "TPS", "DPT", "", "")}
    dua = {"dpt": ("", "", "Kelurahan", "", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"TABEL 3.{n}\n{t.upper()}", kep.get, dua=dua.get)
    rows = cap_lama("5310", 2021, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    sec_anggaran(d, R, "u30mg21", total="JUMLAH SELURUHNYA")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Dari anggaran Rp{p}, realisasi belanja sebesar Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Manggarai Tahun 2020 yang menjadi dasar pemutakhiran "
                "data pemilih berkelanjutan tahun 2021:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Laporan Kinerja 2021 - {n}")
    d.write()


def lembata_2022():
    """Lembata 2022: captions `Tabel 3.n: Judul`; **long names wrapped** at 30 characters; **every long table
    broken after five rows** by a page break with `Lanjutan Tabel 3.n` and the header again; budget `Pagu (Rp)`
    `Realisasi (Rp)` `Sisa Pagu (Rp)` `Serapan`, total `Jumlah`; Pemilu 2019 DPT `L` `P` `Total`."""
    c, d = dok("lkj-lembata-2022", "Lembata", "Lewoleba|30 Januari 2023|Maria Goreti Ile, S.H.|19800519 200604 2 006",
               ["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2022"], W=94)
    kep = {"cap": ("No.", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa Pagu (Rp)", "Serapan"),
           "sakip": ("No.", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No.", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Total")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3.{n}: {t}", kep.get,
                       patah=(5, "Laporan Kinerja KPU Kabupaten Lembata Tahun 2022")), 30)
    rows = cap_lama("5313", 2022, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 21.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u30lb22", total="Jumlah")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Total",
            pre="DPT Pemilu 2019 Kabupaten Lembata per kecamatan, yang menjadi basis data pemilih berkelanjutan:")
    sumber(d)
    selesai(d, c)
    d.write()


def matim_2020():
    """Manggarai Timur 2020: captions `Tabel 3.n Judul`; every total row labelled with spaced capitals
    (`J U M L A H`); capaian `Capaian Kinerja (%)`; budget `Pagu Setelah Revisi` `Realisasi s.d. 31 Des`
    `Sisa` `%`; Pemilu 2019 DPT `Nama Kecamatan` `Desa` `TPS`; running head after every page break and
    the bare page number at the foot; RB in prose."""
    c, d = dok("lkj-manggarai-timur-2020", "Manggarai Timur", "Borong|29 Januari 2021|Hendrikus Jematu, S.Sos.|19781117 200604 1 007",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN MANGGARAI TIMUR", "", "2020"], W=96)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian Kinerja (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Setelah Revisi", "Realisasi s.d. 31 Des", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get)
    rows = cap_lama("5319", 2020, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.2)
    d.P(f"Penilaian Reformasi Birokrasi tahun 2020 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u30mt20", total="J U M L A H")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Realisasi anggaran tahun 2020 sebesar Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"TA {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="J U M L A H",
            pre="DPT Pemilu 2019 Kabupaten Manggarai Timur per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: str(n), "Laporan Kinerja KPU Kabupaten Manggarai Timur Tahun 2020")
    d.write()


def kota_kupang_2021():
    """Kota Kupang 2021: captions **under** the tables (`Tabel 3.n - Judul`); budget **without a Sisa column**
    (`Pagu` `Realisasi` `Serapan (%)`), total `Jumlah Total`; Pemilu 2019 DPT `Kelurahan` `TPS`
    `Laki-Laki` `Perempuan` `L + P`, total `Kota Kupang`; RB in prose; foot `Hal. n`."""
    c, d = dok("lkj-kota-kupang-2021", "Kota Kupang", "Kupang|28 Januari 2022|Yosef Lewar, S.E., M.Si.|19780611 200604 1 016",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN ANGGARAN 2021"], W=92)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    urut = {"ang": [0, 1, 2, 3, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} - {t}", kep.get, urut=urut.get, bawah=True)
    rows = cap_lama("5371", 2021, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi tahun sebelumnya (tahun {y}) memberikan nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2021, 22.4)
    d.P(f"Hasil evaluasi Reformasi Birokrasi 2021: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u30kk21", total="Jumlah Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} dan realisasi Rp{x} ({id_dec(q)}%); sisa anggaran disetor ke kas negara.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Tahun anggaran {y} mencatat pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kota Kupang",
            pre="DPT Pemilu 2019 Kota Kupang per kecamatan (basis pemutakhiran data pemilih berkelanjutan 2021):")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal. {n}")
    d.write()


if __name__ == "__main__":
    tulis(belu_2019, ngada_2022, manggarai_2021, lembata_2022, matim_2020, kota_kupang_2021)
