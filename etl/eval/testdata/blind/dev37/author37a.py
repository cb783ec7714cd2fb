#!/usr/bin/env python3
# dev37/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, missing columns, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev37/author37a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common37 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common11 import dpt_kab  # noqa: E402
from common12 import ANG_PENDEK, sel_pendek  # noqa: E402
from lib import tulis  # noqa: E402


def kupang_2024():
    """Kupang 2024: cover `LAPORAN KINERJA (LKj)` / `KOMISI PEMILIHAN UMUM KABUPATEN KUPANG` / `OELAMASI` /
    `2024`; captions in Roman chapters with a dash (`Tabel III.n - Judul`); capaian `IKU` `Satuan` `Target
    2024` `Realisasi 2024` `Capaian`; budget `Kode` `Program / Kegiatan / Output` `Pagu DIPA` `Realisasi`
    `Sisa Pagu` `Penyerapan`, total `JUMLAH KESELURUHAN`; the Pilkada 2024 DPT of the kecamatan broken after
    fifteen rows, total `TOTAL KAB. KUPANG`; foot `LKj-2024 KPU Kab. Kupang -- n --`."""
    c, d = dok("lkj-kupang-2024", "Kupang", "Oelamasi|31 Januari 2025|Yosef Lado Tuan, S.H.|19800911 200604 1 004",
               ["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "OELAMASI", "", "2024"], W=97)
    kep = {"cap": ("No", "IKU", "Satuan", "Target 2024", "Realisasi 2024", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan / Output", "Pagu DIPA", "Realisasi", "Sisa Pagu", "Penyerapan"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel III.{n} - {t}", kep.get, patah=(15, "LKj KPU Kabupaten Kupang Tahun 2024"))
    rows = cap_lama("5301", 2024, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Hasil evaluasi atas kinerja tahun {y} ialah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2024, 23.2)
    d.P(f"Untuk Reformasi Birokrasi, nilai tahun 2024 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37kp24", total="JUMLAH KESELURUHAN")
    sumber(d, "Sumber: Aplikasi SAKTI, posisi 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Sebagai perbandingan, TA {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="TOTAL KAB. KUPANG",
            pre="Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Kupang Tahun 2024 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj-2024 KPU Kab. Kupang -- {n} --")
    rapi(d)
    d.write()


def ttu_2023():
    """Timor Tengah Utara 2023: cover `LKj` / `TAHUN 2023` / the secretariat over two lines / `KEFAMENANU`;
    captions numbered through the report without a chapter (`Tabel 7. Judul`); capaian **Realisasi before
    Target**; budget **Sisa before Realisasi** (`Kode` `Uraian Program/Kegiatan` `Pagu` `Sisa` `Realisasi`
    `%`) **in thousands** (`Rp 000`), total `Jumlah Total`; the Pemilu 2024 DPT (fixed June 2023) of the kecamatan, total `Kab. TTU`;
    running head `Laporan Kinerja Sekretariat KPU Kab. TTU 2023`, foot `- n -`."""
    c, d = dok("lkj-timor-tengah-utara-2023", "Timor Tengah Utara",
               "Kefamenanu|29 Januari 2024|Damianus Sasi, S.E.|19790504 200604 1 008",
               ["LKj", "TAHUN 2023", "", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH UTARA",
                "KEFAMENANU"], W=92)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu (Rp 000)", "Realisasi (Rp 000)", "Sisa (Rp 000)", "%"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")}
    urut = {"cap": [0, 1, 2, 4, 3, 5], "ang": [0, 1, 2, 4, 3, 5]}
    R = r_kantor(lambda n, t: f"Tabel {n + 4}. {t}", kep.get, urut=urut.get)
    rows = cap_lama("5303", 2023, baris("partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 80.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Nilai AKIP atas tahun {y}: {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.9)
    d.P(f"Reformasi Birokrasi tahun 2023 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    assert ribu_ok("5303", 2023)  # the corpus's budget is whole thousands: the table in ribuan is exact
    sec_anggaran(d, R, "u37tu23", sel=ribuan, total="Jumlah Total",
                 pre="Pagu dan realisasi anggaran tahun 2023 menurut program dan kegiatan (dalam ribuan rupiah):")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Realisasi keseluruhan Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Tahun {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="Kab. TTU",
            pre="DPT Pemilu 2024 yang ditetapkan dalam rapat pleno 21 Juni 2023, per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -", "Laporan Kinerja Sekretariat KPU Kab. TTU 2023")
    d.write()


def flotim_2023():
    """Flores Timur 2023: cover `LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)` / office / `TAHUN ANGGARAN 2023`
    / `LARANTUKA`; captions `Tbl. 3.n: Judul`; names **wrapped at 34**; budget `Kode` `Nama` `Anggaran`
    `Realisasi` `Selisih` `Serapan (%)`, total `TOTAL DIPA`; the Pemilu 2024 DPT with a **two-line header**
    (`Jumlah` over `Desa/Kel` and `TPS`, `Pemilih` over `L` `P` `L+P`), total `FLORES TIMUR`; foot
    `Hal. n dari LKjIP 2023`."""
    c, d = dok("lkjip-flores-timur-2023", "Flores Timur",
               "Larantuka|26 Januari 2024|Petrus Kopong Beda, S.Sos.|19781130 200604 1 007",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "KPU KABUPATEN FLORES TIMUR", "TAHUN ANGGARAN 2023",
                "", "LARANTUKA"], W=90)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Nama", "Anggaran", "Realisasi", "Selisih", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah", "", "Pemilih", "", "")}
    dua = {"dpt": ("", "", "Desa/Kel", "TPS", "L", "P", "L+P")}
    R = lipat(r_kantor(lambda n, t: f"Tbl. 3.{n}: {t}", kep.get, dua=dua.get), 34)
    rows = cap_lama("5306", 2023, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.4)
    d.P(f"Nilai RB 2023 = {id_dec(nb[0])} (bobot {id_dec(nb[1])}; {id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37ft23", total="TOTAL DIPA")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Total anggaran Rp{p}, realisasi Rp{x}, serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Anggaran TA {y} sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="FLORES TIMUR", pre="DPT Pemilu 2024 Kabupaten Flores Timur per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal. {n} dari LKjIP 2023")
    rapi(d)
    d.write()


def ngada_2021():
    """Ngada 2021: cover `LAPORAN KINERJA` / `KPU KABUPATEN NGADA` / `BAJAWA, JANUARI 2022` (the year of the
    report only in the foreword and the captions); captions `Tabel 3.n (Judul)`; budget **with the total row
    first** (`Jumlah` above the programs); capaian `Sasaran / Indikator`; the Pilkada
    2020 DPT of the kecamatan, total `Kabupaten`; foot `LKj 2021 | halaman n`."""
    c, d = dok("lkj-ngada-2021", "Ngada", "Bajawa|27 Januari 2022|Wilhelmus Dopo, S.Fil.|19790616 200604 1 014",
               ["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "", "BAJAWA, JANUARI 2022"], W=94)
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Pria", "Wanita", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} ({t})", kep.get)
    rows = cap_lama("5309", 2021, baris("partisipasi 77.5 81.9, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Penilaian atas tahun {y} menghasilkan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.1)
    d.P(f"Reformasi Birokrasi 2021 mendapat nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37ng21", total="Jumlah", first=True,
                 pre="Realisasi anggaran tahun 2021, jumlah seluruhnya pada baris pertama, lalu per program dan kegiatan (rupiah):")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu tahun 2021 sebesar Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada tahun anggaran {y}, pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="Kabupaten",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj 2021 | halaman {n}")
    d.write()


def manggarai_2023():
    """Manggarai 2023: cover `LAPORAN KINERJA 2023` / `SEKRETARIAT KPU KABUPATEN MANGGARAI` / `RUTENG`;
    captions `Tabel 3.n: Judul`; capaian `Uraian` `Sat` `T` `R` `C (%)` (single letters explained in a
    note); budget `Kode` `Program/Kegiatan` `Pagu Akhir` `Realisasi s.d. Desember` `Sisa` `Realisasi (%)`,
    total `TOTAL`; the Pemilu 2024 DPT broken after eight rows with a running head, total `Total Kab.
    Manggarai`; foot `Hlm. n`."""
    c, d = dok("lkj-manggarai-2023", "Manggarai", "Ruteng|30 Januari 2024|Kanisius Jehaut, S.Fil.|19800229 200604 1 016",
               ["LAPORAN KINERJA 2023", "", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "RUTENG"], W=99)
    kep = {"cap": ("No", "Uraian", "Sat", "T", "R", "C (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Akhir", "Realisasi s.d. Desember", "Sisa", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}: {t}", kep.get, patah=(8, "LKj Sekretariat KPU Kabupaten Manggarai 2023"))
    rows = cap_lama("5310", 2023, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.1"))
    d.P("Keterangan kolom tabel capaian: Sat = satuan, T = target, R = realisasi, C = capaian.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberi nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023: {id_dec(nb[0])} dari {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37mg23", total="TOTAL")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu akhir Rp{p}; realisasi Rp{x}; capaian serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="Total Kab. Manggarai",
            pre="DPT Pemilu 2024 Kabupaten Manggarai (pleno 20 Juni 2023) per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hlm. {n}")
    rapi(d)
    d.write()


def sumba_timur_2021():
    """Sumba Timur 2021: cover `LAPORAN KINERJA` / office / `TAHUN 2021` / `WAINGAPU`; captions in capitals
    without punctuation (`TABEL 3.n JUDUL`); budget **without a Sisa column** (`Kode` `Uraian` `Pagu (Rp)`
    `Realisasi (Rp)` `(%)`), total `JUMLAH`; capaian `Indikator Kinerja Utama` `Satuan` `Target` `Realisasi`
    `Capaian (%)`; the Pilkada 2020 DPT of the kecamatan broken after twelve rows, total `SUMBA TIMUR`;
    running head and foot `n`."""
    c, d = dok("lkj-sumba-timur-2021", "Sumba Timur",
               "Waingapu|28 Januari 2022|Umbu Remu Ndapamerang, S.Sos.|19800808 200604 1 019",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TIMUR", "TAHUN 2021", "", "WAINGAPU"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "(%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-Laki", "Perempuan", "Total")}
    R = r_kantor(lambda n, t: f"TABEL 3.{n} {t.upper()}", kep.get, patah=(12, "LKj KPU Kabupaten Sumba Timur 2021"))
    rows = cap_lama("5311", 2021, baris("partisipasi 77.5 81.8, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Atas kinerja tahun {y} nilai evaluasinya {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 21.9)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 mencapai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u37st21", sel=sel_pendek, head=ANG_PENDEK, total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terserap Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="SUMBA TIMUR",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sumba Timur Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"{n}", "Laporan Kinerja KPU Kabupaten Sumba Timur Tahun 2021")
    d.write()


if __name__ == "__main__":
    tulis(kupang_2024, ttu_2023, flotim_2023, ngada_2021, manggarai_2023, sumba_timur_2021)
