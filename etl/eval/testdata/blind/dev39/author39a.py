#!/usr/bin/env python3
# dev39/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, missing columns, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev39/author39a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common39 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common12 import ANG_PENDEK, sel_pendek  # noqa: E402
from lib import tulis  # noqa: E402


def kupang_2020():
    """Kupang 2020: cover `LAPORAN KINERJA (LKj)` / `KPU KABUPATEN KUPANG` / `TAHUN 2020`; captions `Tabel
    3.n: Judul`; capaian `Uraian Indikator` `Sat` `Tgt` `Real` `Capaian`; budget in thousands when the corpus's
    budget is whole thousands (`Anggaran (Rp ribu)` `Realisasi (Rp ribu)` `Sisa (Rp ribu)` `Serapan`), total
    `JUMLAH TOTAL`; the Pemilu 2019 DPT broken after fifteen rows, total `Kabupaten Kupang`; foot `LKj KPU
    Kab. Kupang 2020 | n`."""
    c, d = dok("lkj-kupang-2020", "Kupang", "Oelamasi|27 Januari 2021|Yosef Lado Tuan, S.H.|19800911 200604 1 004",
               ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN KUPANG", "", "TAHUN 2020"], W=92)
    ribu = ribu_ok("5301", 2020)
    sat = " (Rp ribu)" if ribu else " (Rp)"
    kep = {"cap": ("No", "Uraian Indikator", "Sat", "Tgt", "Real", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", f"Anggaran{sat}", f"Realisasi{sat}", f"Sisa{sat}", "Serapan"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Total")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}: {t}", kep.get, patah=(15, "LKj KPU Kabupaten Kupang Tahun 2020"))
    rows = cap_lama("5301", 2020, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Hasil evaluasi atas tahun {y} adalah {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2020, 21.7)
    d.P(f"Penilaian Reformasi Birokrasi tahun 2020 menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    if ribu:
        sec_anggaran(d, R, "u39kp20", sel=ribuan, total="JUMLAH TOTAL",
                     pre="Pagu dan realisasi DIPA tahun 2020 per program dan kegiatan, dalam ribuan rupiah:")
    else:
        sec_anggaran(d, R, "u39kp20", total="JUMLAH TOTAL")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan, anggaran Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Sebagai pembanding, TA {y} mencatat anggaran Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Kupang",
            pre="DPT Pemilu 2019 Kabupaten Kupang per kecamatan, yang menjadi data awal pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj KPU Kab. Kupang 2020 | {n}")
    rapi(d)
    d.write()


def tts_2019():
    """Timor Tengah Selatan 2019: cover `LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH` / `(LAKIP)` /
    `TAHUN 2019` / the secretariat; captions **in capitals with a Roman chapter** (`TABEL III.n JUDUL`);
    capaian `Sasaran / Indikator` `Satuan` `Target` `Realisasi` `%`; budget `Kode` `Uraian` `Pagu Akhir`
    `Realisasi s.d. Desember` `Sisa Pagu` `%`, total `JUMLAH SEKRETARIAT`; the Pemilu 2019 DPT with a
    two-line header (`Pemilih` over `Laki` `Perempuan` `Jumlah`), broken after sixteen rows, total
    `TIMOR TENGAH SELATAN`; foot `LAKIP KPU TTS 2019 -- n`."""
    c, d = dok("lakip-timor-tengah-selatan-2019", "Timor Tengah Selatan",
               "Soe|30 Januari 2020|Yeremias Nope, S.Sos.|19790712 200604 1 010",
               ["LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "(LAKIP)", "TAHUN 2019", "",
                "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN"], W=100)
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "%"),
           "ang": ("Kode", "Uraian", "Pagu Akhir", "Realisasi s.d. Desember", "Sisa Pagu", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pemilih", "", "")}
    dua = {"dpt": ("", "", "", "", "Laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"TABEL III.{n} {t.upper()}", kep.get, dua=dua.get,
                 patah=(16, "LAKIP Sekretariat KPU Kabupaten Timor Tengah Selatan 2019"))
    rows = cap_lama("5302", 2019, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.5)
    d.P(f"Reformasi Birokrasi tahun 2019 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u39tt19", total="JUMLAH SEKRETARIAT")
    sumber(d, "Sumber: SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu akhir Rp{p} dan realisasi Rp{x}, daya serap {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="TIMOR TENGAH SELATAN",
            pre="DPT Pemilu 2019 Kabupaten Timor Tengah Selatan (hasil perbaikan terakhir) per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LAKIP KPU TTS 2019 -- {n}")
    rapi(d)
    d.write()


def ttu_2019():
    """Timor Tengah Utara 2019: cover `LAPORAN KINERJA` / `SEKRETARIAT KPU KABUPATEN TIMOR TENGAH UTARA` /
    `KEFAMENANU` (no year on the cover); captions **under the tables** (`Tabel n. Judul`); capaian with the
    **Satuan column last** (`Indikator` `Target` `Realisasi` `Capaian (%)` `Satuan`); names wrapped at 28;
    budget `Kode` `Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `Daya Serap (%)`, total `Jumlah`; the Pemilu
    2019 DPT `Kecamatan` `Kel/Desa` `Jumlah TPS` `L` `P` `L + P`, total `TTU`; running head `Laporan Kinerja
    KPU Kab. TTU`, foot `Halaman n`."""
    c, d = dok("lkj-timor-tengah-utara-2019", "Timor Tengah Utara",
               "Kefamenanu|29 Januari 2020|Damianus Sasi, S.E.|19790504 200604 1 008",
               ["LAPORAN KINERJA", "", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH UTARA", "KEFAMENANU"], W=90)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Daya Serap (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kel/Desa", "Jumlah TPS", "L", "P", "L + P")}
    urut = {"cap": [0, 1, 3, 4, 5, 2]}
    R = lipat(r_kantor(lambda n, t: f"Tabel {n}. {t}", kep.get, urut=urut.get, bawah=True), 28)
    rows = cap_lama("5303", 2019, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.6)
    d.P(f"Nilai Reformasi Birokrasi 2019: {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u39tu19", total="Jumlah")
    sumber(d, "Sumber: Aplikasi SAS dan SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Jumlah pagu Rp{p}, jumlah realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Tahun {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="TTU",
            pre="DPT Pemilu 2019 Kabupaten Timor Tengah Utara per kecamatan adalah sebagai berikut.")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}", "Laporan Kinerja KPU Kab. TTU")
    d.write()


def sikka_2020():
    """Sikka 2020: cover `LKjIP` / `LAPORAN KINERJA INSTANSI PEMERINTAH` / `KPU KABUPATEN SIKKA 2020`; captions
    `Tabel 3.n` + title in capitals; capaian with `%` printed in the cells, header `Indikator Kinerja Utama`
    `Satuan` `Target` `Realisasi` `Capaian`; budget `Kode` `Program/Kegiatan` `Pagu Anggaran` `Realisasi
    Anggaran` `Sisa Anggaran` `%`, total `TOTAL KESELURUHAN`; the Pemilu 2019 DPT broken after ten rows,
    total `JUMLAH`; foot the bare page number."""
    c, d = dok("lkjip-sikka-2020", "Sikka", "Maumere|28 Januari 2021|Maria Goreti Woda, S.E.|19810425 200604 2 012",
               ["LKjIP", "LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN SIKKA 2020"], W=94)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t.upper()}", kep.get, pct=True,
                 patah=(10, "LKjIP KPU Kabupaten Sikka 2020"))
    rows = cap_lama("5307", 2020, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Atas tahun {y}, nilai yang diperoleh {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, 2020, 21.9)
    d.P(f"Reformasi Birokrasi tahun 2020: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u39sk20", total="TOTAL KESELURUHAN")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p} dengan realisasi Rp{x}, atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Sikka per kecamatan (data pemutakhiran berkelanjutan tahun 2020):")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"{n}")
    rapi(d)
    d.write()


def ende_2022():
    """Ende 2022: cover `LAPORAN KINERJA` / `KOMISI PEMILIHAN UMUM KABUPATEN ENDE` / `TAHUN ANGGARAN 2022`;
    captions with a hyphen and a full stop (`Tabel 3-n. Judul`); capaian in the order **Realisasi before
    Target**; budget **in thousands** when the corpus's budget is whole thousands, without a Sisa column
    (`Kode` `Uraian` `Pagu` `Realisasi` `%`), total `Jumlah Total`; the Pemilu 2019 DPT `Nama Kecamatan`
    `Jml. Desa/Kel.` `Jml. TPS` `Laki-laki` `Perempuan` `Jumlah`, total `Jumlah Kab. Ende`; running head
    `Sekretariat KPU Kabupaten Ende`, foot `LKj 2022 - hal n`."""
    c, d = dok("lkj-ende-2022", "Ende", "Ende|27 Januari 2023|Fransiska Rae, S.H.|19820306 200604 2 013",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN ENDE", "TAHUN ANGGARAN 2022"], W=96)
    ribu = ribu_ok("5308", 2022)
    sat = " (Rp 000)" if ribu else " (Rp)"
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", f"Pagu{sat}", f"Realisasi{sat}", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "Laki-laki", "Perempuan", "Jumlah")}
    urut = {"cap": [0, 1, 2, 4, 3, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3-{n}. {t}", kep.get, urut=urut.get)
    rows = cap_lama("5308", 2022, baris("partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Hasil evaluasi atas tahun {y}: {id_dec(v)}, predikat {predikat(v)}.")
    nb = rb_std(d, 2022, 22.2)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    if ribu:
        sec_anggaran(d, R, "u39en22", sel=lambda *a: [v for j, v in enumerate(ribuan(*a)) if j != 4],
                     head=ANG_PENDEK, total="Jumlah Total",
                     pre="Pagu dan realisasi DIPA tahun 2022 menurut program dan kegiatan (dalam ribuan rupiah):")
    else:
        sec_anggaran(d, R, "u39en22", sel=sel_pendek, head=ANG_PENDEK, total="Jumlah Total")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Jumlah pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah Kab. Ende",
            pre="Sebagai data dasar pemutakhiran data pemilih berkelanjutan, DPT Pemilu 2019 Kabupaten Ende per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj 2022 - hal {n}", "Sekretariat KPU Kabupaten Ende")
    d.write()


def sumba_timur_2019():
    """Sumba Timur 2019: cover in one line `LAPORAN KINERJA TAHUN 2019` / `KPU KABUPATEN SUMBA TIMUR`; captions
    with an en dash (`Tabel 3.n – Judul`); capaian `Indikator Kinerja Utama` `Satuan` `Target 2019`
    `Realisasi 2019` `Capaian (%)`; budget `Kode` `Uraian Program/Kegiatan` `Pagu DIPA (Rp)` `Realisasi (Rp)`
    `Sisa (Rp)` `Capaian (%)`, total `JUMLAH PAGU DIPA`; names wrapped at 26; the Pemilu 2019 DPT with a
    two-line header (`Pemilih` over `L` `P` `L+P`), total `SUMBA TIMUR`; foot `Halaman n`."""
    c, d = dok("lkj-sumba-timur-2019", "Sumba Timur",
               "Waingapu|28 Januari 2020|Umbu Remu Ndapamerang, S.Sos.|19800808 200604 1 019",
               ["LAPORAN KINERJA TAHUN 2019", "KPU KABUPATEN SUMBA TIMUR"], W=93)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target 2019", "Realisasi 2019", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu DIPA (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Capaian (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Pemilih", "", "")}
    dua = {"dpt": ("", "", "", "", "L", "P", "L+P")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3.{n} \u2013 {t}", kep.get, dua=dua.get), 26)
    rows = cap_lama("5311", 2019, baris("partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2019 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u39st19", total="JUMLAH PAGU DIPA")
    sumber(d, "Sumber: SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu DIPA Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="SUMBA TIMUR",
            pre="DPT Pemilu 2019 Kabupaten Sumba Timur yang ditetapkan dalam rapat pleno, per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}")
    d.write()


if __name__ == "__main__":
    tulis(kupang_2020, tts_2019, ttu_2019, sikka_2020, ende_2022, sumba_timur_2019)
