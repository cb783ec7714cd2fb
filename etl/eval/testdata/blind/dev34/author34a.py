#!/usr/bin/env python3
# dev34/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev34/author34a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common34 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def tts_2022():
    """Timor Tengah Selatan 2022: cover `LAPKIN` / `TAHUN 2022` / office; captions `Tabel III-n. Judul`;
    capaian `No.` `Indikator` `Target` `Capaian (%)` `Realisasi` `Sat.` (**Capaian before Realisasi, unit
    last**); budget `Kode` `Uraian Program/Kegiatan` `Pagu Akhir` `Realisasi` `Selisih` `Serapan %`, total
    `JUMLAH SELURUHNYA`; Pemilu 2019 DPT of 32 kecamatan `Ds/Kel` `TPS` `Pria` `Wanita` `Total`, **broken after
    twelve rows**, total `TOTAL TTS`; foot `Lapkin KPU TTS 2022 / n`."""
    c, d = dok("lkj-tts-2022", "Timor Tengah Selatan", "SoE|30 Januari 2023|Yoksan Tefa, S.H.|19800103 200604 1 012",
               ["LAPKIN", "TAHUN 2022", "", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN"], W=93)
    kep = {"cap": ("No.", "Indikator", "Sat.", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu Akhir", "Realisasi", "Selisih", "Serapan %"),
           "sakip": ("No.", "Komponen Evaluasi", "Bobot", "Skor"),
           "dpt": ("No.", "Kecamatan", "Ds/Kel", "TPS", "Pria", "Wanita", "Total")}
    urut = {"cap": [0, 1, 3, 5, 4, 2]}
    R = r_kantor(lambda n, t: f"Tabel III-{n}. {t}", kep.get, urut=urut.get, patah=(12, "Lapkin KPU TTS 2022"))
    rows = cap_lama("5302", 2022, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Hasil evaluasi atas kinerja tahun {y}: {id_dec(v)}, predikat {predikat(v)}.")
    sec_anggaran(d, R, "u34ts22", total="JUMLAH SELURUHNYA")
    sumber(d, "Sumber: Laporan Realisasi Anggaran SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Total realisasi Rp{x} atau {id_dec(q)}% dari pagu akhir Rp{p}.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="TOTAL TTS",
            pre="DPT Pemilu 2019 di 32 kecamatan (data dasar pemutakhiran data pemilih berkelanjutan tahun 2022):")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Lapkin KPU TTS 2022 / {n}")
    d.write()


def belu_2020():
    """Belu 2020: cover `LAPORAN KINERJA INSTANSI PEMERINTAH` / office / `Atambua 2021` (the year only in the
    foreword and the captions); captions `TABEL n - Judul`; capaian `No` `Indikator Kinerja Utama (IKU)`
    `Satuan` `Target Tahun 2020` `Realisasi Tahun 2020` `% Capaian` with `%` in the cells; budget in **Rp
    ribu** when the corpus's figures allow it, `Pagu` `Realisasi` `Sisa` `%`, total `JUMLAH`; Pemilu 2019 DPT
    `Jumlah Desa` `Jumlah TPS` `L` `P` `L + P`, total `Kab. Belu`; running head and foot `Halaman n`."""
    c, d = dok("lkj-belu-2020", "Belu", "Atambua|29 Januari 2021|Melkianus Bere, S.Sos.|19790515 200604 1 003",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "", "Atambua 2021"], W=96)
    ribu = ribu_ok("5304", 2020)
    sat = " (Rp ribu)" if ribu else ""
    kep = {"cap": ("No", "Indikator Kinerja Utama (IKU)", "Satuan", "Target Tahun 2020", "Realisasi Tahun 2020", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", f"Pagu{sat}", f"Realisasi{sat}", f"Sisa{sat}", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "L", "P", "L + P")}
    R = r_kantor(lambda n, t: f"TABEL {n} - {t}", kep.get, pct=True)
    rows = cap_lama("5304", 2020, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2019)
    if ribu:
        sec_anggaran(d, R, "u34bl20", sel=ribuan, total="JUMLAH",
                     pre="Realisasi anggaran TA 2020 menurut program dan kegiatan, dalam ribuan rupiah:")
    else:
        sec_anggaran(d, R, "u34bl20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Dalam rupiah penuh, pagu Rp{p} terserap Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terserap Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kab. Belu",
            pre="Rekapitulasi DPT Pemilu 2019 Kabupaten Belu per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}", "LKjIP KPU Kabupaten Belu Tahun 2020")
    d.write()


def alor_2021():
    """Alor 2021: cover `LAPORAN KINERJA (LKj)` / `TAHUN ANGGARAN 2021` / office; captions `Tab. 3.n` over the
    title in capitals; capaian names **wrapped at 30**, `No` `Sasaran/Indikator` `Satuan` `Target` `Realisasi`
    `Capaian`; budget `Kode` `Program/Kegiatan` `DIPA (Rp)` `Realisasi (Rp)` `Sisa DIPA (Rp)` `Real. %`, total
    `TOTAL`; Pemilu 2019 DPT `Desa/Kel` `TPS` `Laki-Laki` `Perempuan` `Jumlah`, total `KAB. ALOR`; foot
    `[n]`."""
    c, d = dok("lkj-alor-2021", "Alor", "Kalabahi|28 Januari 2022|Yohanes Mau, S.E.|19800610 200604 1 011",
               ["LAPORAN KINERJA (LKj)", "TAHUN ANGGARAN 2021", "", "SEKRETARIAT KPU KABUPATEN ALOR"], W=90)
    kep = {"cap": ("No", "Sasaran/Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "DIPA (Rp)", "Realisasi (Rp)", "Sisa DIPA (Rp)", "Real. %"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    R = lipat(r_kantor(lambda n, t: f"Tab. 3.{n}\n{t.upper()}", kep.get), 30)
    rows = cap_lama("5305", 2021, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 21.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u34al21", total="TOTAL")
    sumber(d, "Sumber: SAKTI/OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"DIPA Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="KAB. ALOR", pre="DPT Pemilu 2019 Kabupaten Alor per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"[{n}]")
    d.write()


def sikka_2019():
    """Sikka 2019: cover `LAPORAN KINERJA` / `KPU KABUPATEN SIKKA` / `2019`; captions `Tabel 3.n` under the
    table (**caption below**); capaian `No` `Indikator` `Target` `Realisasi` `Satuan` `Capaian (%)` (unit after
    the figures); budget `Kode` `Nama Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `Persentase`, total `Jumlah`;
    Pemilu 2019 DPT `Desa/Kelurahan` `TPS` `Pemilih L` `Pemilih P` `Jumlah Pemilih`, total `Kabupaten Sikka`;
    running head `KPU Kabupaten Sikka - LKj 2019` and foot `n`."""
    c, d = dok("lkj-sikka-2019", "Sikka", "Maumere|30 Januari 2020|Maria Goreti Ina, S.Sos.|19810304 200604 2 007",
               ["LAPORAN KINERJA", "KPU KABUPATEN SIKKA", "", "2019"], W=95)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih L", "Pemilih P", "Jumlah Pemilih")}
    urut = {"cap": [0, 1, 3, 4, 2, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, urut=urut.get, bawah=True)
    rows = cap_lama("5307", 2019, baris("partisipasi 77.5 82.3, pemutakhiran 100 100, kompetensi 80 80.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u34sk19", total="Jumlah")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p}, realisasi Rp{x}, persentase {id_dec(q)}%.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Sikka",
            pre="Daftar Pemilih Tetap Pemilu 2019 yang ditetapkan KPU Kabupaten Sikka per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"{n}", "KPU Kabupaten Sikka - LKj 2019")
    d.write()


def ende_2021():
    """Ende 2021: cover `LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN ENDE` on one line, `TAHUN 2021` under it;
    captions `Tabel 3.n.` with the title after two spaces; capaian `No` `IKU` `Satuan` `Target` `Realisasi`
    `Capaian` with `%` on the percent figures; budget `Kode` `Program/Kegiatan` `Pagu Revisi (Rp)` `Realisasi
    (Rp)` `Sisa (Rp)` `Capaian (%)` with the **total on top** (`Total Pagu`); Pemilu 2019 DPT of 21 kecamatan
    `Desa/Kel` `TPS` `L` `P` `Jumlah`, **broken after eleven rows**, total `Kabupaten Ende`; foot `LKj Ende
    2021 - hal. n`."""
    c, d = dok("lkj-ende-2021", "Ende", "Ende|31 Januari 2022|Fransiskus Xaverius Wangge, S.H.|19790909 200604 1 013",
               ["LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN ENDE", "TAHUN 2021"], W=98)
    kep = {"cap": ("No", "IKU", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Revisi (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Capaian (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}.  {t}", kep.get, pct=True, patah=(11, "LKj KPU Kabupaten Ende Tahun 2021"))
    rows = cap_lama("5308", 2021, baris("partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 80.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Sebagai pembanding, nilai evaluasi atas tahun {y} adalah {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u34en21", total="Total Pagu", first=True)
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Dari pagu revisi Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Ende", pre="DPT Pemilu 2019 Kabupaten Ende per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj Ende 2021 - hal. {n}")
    d.write()


def lembata_2020():
    """Lembata 2020: cover `LAKIP` / `LAPORAN KINERJA` / office / `PERIODE 1 JANUARI - 31 DESEMBER 2020`;
    captions `Tabel n:` and title; capaian `Indikator Kinerja` `Target` `Realisasi` `%` `Ket.Satuan` with the No
    column last; budget `Akun` `Uraian` `Pagu` `Realisasi` `Sisa` `%Serap`, total `Jumlah Total`; Pemilu 2019
    DPT `Desa` `TPS` `L` `P` `JML`, total `JUMLAH`; foot `LKj KPU Lembata | n`."""
    c, d = dok("lkj-lembata-2020", "Lembata", "Lewoleba|27 Januari 2021|Yosef Ola Beda, S.Sos.|19800220 200604 1 006",
               ["LAKIP", "LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN LEMBATA", "PERIODE 1 JANUARI - 31 DESEMBER 2020"], W=91)
    kep = {"cap": ("No", "Indikator Kinerja", "Ket.Satuan", "Target", "Realisasi", "%"),
           "ang": ("Akun", "Uraian", "Pagu", "Realisasi", "Sisa", "%Serap"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "JML")}
    urut = {"cap": [1, 3, 4, 5, 2, 0]}
    R = r_kantor(lambda n, t: f"Tabel {n}: {t}", kep.get, urut=urut.get)
    rows = cap_lama("5313", 2020, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 82.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u34lb20", total="Jumlah Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Serapan anggaran {id_dec(q)}%: Rp{x} dari pagu Rp{p}.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Lembata per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj KPU Lembata | {n}")
    d.write()


if __name__ == "__main__":
    tulis(tts_2022, belu_2020, alor_2021, sikka_2019, ende_2021, lembata_2020)
