#!/usr/bin/env python3
# dev27/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, wrapped names, tables over pages).
# Run from etl/eval/testdata/blind/:   python3 dev27/author27a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common27 import (baris, cap_lama, dok, halaman, id_dec, id_int, lapor_kosong, lipat, predikat,  # noqa: E402
                      r_kantor, rb_std, revisi_semua, ribuan, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      selesai, serapan, sumber, tahun_lalu, tanpa_lapor_anggaran, tata_letak, ulang)
from lib import tulis  # noqa: E402


def kupang_2021():
    """Kupang 2021: the PDF through `pdftotext -layout` (columns padded with spaces, no TAB); captions
    `Tabel 3.n.` with a period; capaian with Satuan **last**; budget `Uraian Program/Kegiatan` `Pagu (Rp)`
    `Realisasi (Rp)` `Sisa (Rp)` `Persentase`, total `Total Anggaran`; the Pemilu 2019 DPT of 24
    kecamatan over three pages every ten rows (bare page number, running head, `Lanjutan Tabel 3.4`,
    header repeated), then the voting day's DPTb and DPK in a sentence (no facts)."""
    c, d = dok("lkj-kupang-2021", "Kupang", "Oelamasi|27 Januari 2022|Yohanes Paulus Tefa, S.H.|19770614 200501 1 011",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "TAHUN ANGGARAN 2021"], W=95, flat=True)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Total")}
    urut = {"cap": [0, 1, 3, 4, 5, 2]}
    gaya = lambda n, t: f"Tabel 3.{n}. {t}"
    R = r_kantor(gaya, kep.get, urut=urut.get)
    R_dpt = r_kantor(gaya, kep.get, patah=(10, "Laporan Kinerja KPU Kabupaten Kupang Tahun 2021"))
    rows = cap_lama("5301", 2021, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 22.3)
    d.P(f"Nilai Reformasi Birokrasi Sekretariat KPU Kabupaten Kupang tahun 2021 adalah {id_dec(nb[0])} dari "
        f"bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}% dari nilai maksimal.")
    sec_anggaran(d, R, "u27kp21", total="Total Anggaran")
    sumber(d, "Sumber: Aplikasi SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p} terealisasi Rp{x}, yaitu {id_dec(q)}%.")
    revisi_semua(d)
    sec_dpt(d, R_dpt, "pemilu", 2019, label="Jumlah",
            pre="Data pemilih yang menjadi dasar pemutakhiran berkelanjutan tahun 2021 adalah DPT Pemilu 2019 "
                "(DPTHP-3), per kecamatan sebagai berikut.")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPTHP-3 KPU Kabupaten Kupang.")
    d.P("Catatan: pada hari pemungutan suara 17 April 2019 tercatat pula 1.873 pemilih tambahan (DPTb) dan 2.416 "
        "pemilih khusus (DPK) yang menggunakan hak pilihnya; keduanya tidak termasuk dalam jumlah DPT di atas.")
    selesai(d, c)
    tata_letak(d)
    d.write()


def sikka_2020():
    """Sikka 2020: `LKjIP`; captions `Tabel 3-n` **under** the tables; long names wrapped; capaian
    `Sasaran / Indikator Kinerja`, `Capaian (%)`; budget `Pagu` `Realisasi` `Sisa` `Serapan (%)`, total
    `JUMLAH SELURUHNYA`; the Pemilu 2019 DPT `Jml Desa/Kel` `Jml TPS` `L` `P` `Jml`; the TA 2019 total in prose."""
    c, d = dok("lkjip-sikka-2020", "Sikka", "Maumere|28 Januari 2021|Maria Goreti Da Silva, S.E.|19800709 200604 2 014",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "SEKRETARIAT KPU KABUPATEN SIKKA", "TAHUN 2020"], W=90)
    kep = {"cap": ("No", "Sasaran / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "L", "P", "Jml")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3-{n} {t}", kep.get, bawah=True), 34)
    rows = cap_lama("5307", 2020, baris("partisipasi 77.5 79.7, pemutakhiran 100 100, kompetensi 80 80.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u27sk20", total="JUMLAH SELURUHNYA")
    sumber(d, "Sumber: OM-SPAN, per 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Dari pagu sebesar Rp{p}, anggaran yang terserap sampai akhir tahun Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Tahun sebelumnya (TA {y}) pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} atau {id_dec(serapan(p, x))}%.")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Sikka",
            pre="Rekapitulasi DPT Pemilu 2019 Kabupaten Sikka per kecamatan (hasil perbaikan ketiga):")
    sumber(d)
    selesai(d, c)


def sumba_timur_2020():
    """Sumba Timur 2020: captions upper-case `TABEL 3.n JUDUL`; capaian `Target 2020` `Realisasi 2020`
    `Tingkat Capaian`; budget `Anggaran` `Realisasi` `Sisa Anggaran` `Penyerapan`, total `JUMLAH
    KESELURUHAN`; a BMN asset sentence (no fact); the DPT header over two lines with group words (`Jumlah` over `Desa/Kel`, `Jumlah
    Pemilih` over `Laki-laki` `Perempuan` `L+P`); running foot with the page number; DIPA revisions."""
    c, d = dok("lkj-sumba-timur-2020", "Sumba Timur", "Waingapu|26 Januari 2021|Umbu Remu Djawa, S.Sos.|19760302 200312 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "TAHUN 2020"], W=94)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target 2020", "Realisasi 2020", "Tingkat Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Anggaran", "Realisasi", "Sisa Anggaran", "Penyerapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah", "Jumlah", "Jumlah Pemilih", "", "")}
    dua = {"dpt": ("", "", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "L+P")}
    R = r_kantor(lambda n, t: f"TABEL 3.{n} {t.upper()}", kep.get, dua=dua.get)
    rows = cap_lama("5311", 2020, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u27st20", total="JUMLAH KESELURUHAN")
    sumber(d, "Sumber: Laporan Realisasi Anggaran SAKTI, Desember 2020.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan realisasi mencapai Rp{x} dari anggaran Rp{p} ({id_dec(q)}%).")
    d.P("Di luar realisasi belanja, nilai Barang Milik Negara (aset tetap) yang dikelola per 31 Desember 2020 "
        "tercatat Rp4.112.350.120 menurut Laporan BMN; angka ini bukan realisasi anggaran.")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sumba Timur Tahun 2020 yang ditetapkan KPU Kabupaten, "
                "per kecamatan:")
    sumber(d, "Sumber: Model A.3-KWK KPU Kabupaten Sumba Timur.")
    selesai(d, c)
    halaman(d, lambda n: f"LKj KPU Kabupaten Sumba Timur Tahun 2020  |  {n}")
    d.write()


def rote_ndao_2021():
    """Rote Ndao 2021: captions numbered through the document with a colon (`Tabel 9:`); capaian without
    Satuan, the unit in the headers (`Target (%)` `Realisasi (%)` `Capaian (%)`); budget **without a
    percent column** (`Pagu` `Realisasi` `Sisa`), total `Jumlah`; DPT `Nama Kecamatan` `Desa`
    `Pemilih Laki-laki` …; page foot `- n -` and a running head on every page."""
    c, d = dok("lkj-rote-ndao-2021", "Rote Ndao", "Ba'a|25 Januari 2022|Yermias Ndun, S.Pd.|19781117 200604 1 007",
               ["LAPORAN KINERJA", "TAHUN 2021", "", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN ROTE NDAO"], W=92)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target (%)", "Realisasi (%)", "Capaian (%)"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Desa", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")}
    urut = {"cap": [0, 1, 3, 4, 5], "ang": [0, 1, 2, 3, 4]}
    R = r_kantor(lambda n, t: f"Tabel {n + 8}: {t}", kep.get, urut=urut.get)
    rows = cap_lama("5314", 2021, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Sebagai perbandingan, nilai evaluasi atas kinerja tahun {y} adalah {id_dec(v)} (predikat {predikat(v)}).")
    sec_anggaran(d, R, "u27rn21", total="Jumlah")
    tanpa_lapor_anggaran(d)
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Persentase penyerapan tidak dicantumkan pada tabel; secara total realisasi Rp{x} "
                             f"dari pagu Rp{p} sama dengan {id_dec(q)}%.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="Data pemilih Pemilu 2019 per kecamatan yang dipelihara dalam pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -", "Laporan Kinerja KPU Kabupaten Rote Ndao Tahun 2021")
    d.write()


def nagekeo_2019():
    """Nagekeo 2019: `LAKIP`; captions upper-case `TABEL III.n`; capaian **without a No column**; budget in
    **thousands of rupiah** (`(Rp ribu)` in the lead sentence), **Realisasi before Pagu**, total `JUMLAH`;
    DPT without a No column, total `Jumlah Kabupaten`; SAKIP history in prose."""
    c, d = dok("lakip-nagekeo-2019", "Nagekeo", "Mbay|30 Januari 2020|Fransiskus Xaverius Ghewa, S.H.|19790403 200604 1 009",
               ["LAKIP", "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN NAGEKEO", "TAHUN 2019"], W=93)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Jumlah")}
    urut = {"cap": [1, 2, 3, 4, 5], "ang": [0, 1, 3, 2, 4, 5], "dpt": [1, 2, 3, 4, 5, 6]}
    R = r_kantor(lambda n, t: f"TABEL III.{n} {t.upper()}", kep.get, urut=urut.get)
    rows = cap_lama("5316", 2019, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 80.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    for y, v in riwayat(d, [2017]):
        d.P(f"Setahun sebelumnya, atas kinerja tahun {y}, KPU Kabupaten Nagekeo memperoleh nilai {id_dec(v)} "
            f"dengan predikat {predikat(v)}.")
    sec_anggaran(d, R, "u27ng19", sel=ribuan, total="JUMLAH",
                 pre="Realisasi anggaran Tahun 2019 menurut program dan kegiatan disajikan dalam ribuan rupiah "
                     "(Rp ribu); kolom realisasi ditempatkan sebelum pagu sesuai format laporan bulanan.")
    sumber(d, "Sumber: SAS dan OM-SPAN, 31 Desember 2019 (dalam ribuan rupiah).")
    ulang(d, lambda p, x, q: f"Dalam rupiah penuh, realisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah Kabupaten",
            pre="DPT Pemilu Tahun 2019 Kabupaten Nagekeo hasil perbaikan ketiga per kecamatan:")
    sumber(d, "Sumber: Keputusan KPU Kabupaten Nagekeo tentang Penetapan DPTHP-3.")
    selesai(d, c)


def malaka_2021():
    """Malaka 2021: **tables without a number**, the caption the title alone in capitals; long names
    wrapped; capaian `% Capaian`; budget `Pagu Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `% Serapan`,
    total `Total Keseluruhan`; RB in a one-row table; the Pilkada 2020 DPT over two pages every seven rows with the header
    repeated and `(lanjutan)`."""
    c, d = dok("lkj-malaka-2021", "Malaka", "Betun|27 Januari 2022|Gregorius Seran Bria, S.IP.|19810212 200604 1 016",
               ["LAPORAN", "KINERJA", "KPU KABUPATEN MALAKA", "2021"], W=91)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "% Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "L", "P", "L+P")}
    gaya = lambda n, t: t.upper()
    R = lipat(r_kantor(gaya, kep.get), 28)
    R_dpt = r_kantor(gaya, kep.get, patah=(7, "LKj Sekretariat KPU Kabupaten Malaka 2021"))
    rows = cap_lama("5321", 2021, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 21.9)
    d.P("Hasil penilaian mandiri Reformasi Birokrasi tahun 2021 disajikan pada tabel berikut.")
    d.L("NILAI REFORMASI BIROKRASI TAHUN 2021", "")
    d.R("Uraian", "Nilai", "Bobot", "Persentase")
    d.R("Nilai Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2]))
    d.B()
    sec_anggaran(d, R, "u27mk21", total="Total Keseluruhan")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Realisasi keseluruhan Rp{x} atau {id_dec(q)}% dari pagu Rp{p}.")
    revisi_semua(d)
    sec_dpt(d, R_dpt, "pilkada", 2020, label="Kabupaten Malaka",
            pre="Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Malaka Tahun 2020 per kecamatan:")
    sumber(d, "Sumber: Model A.3-KWK.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2021, sikka_2020, sumba_timur_2020, rote_ndao_2021, nagekeo_2019, malaka_2021)
