#!/usr/bin/env python3
# dev38/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, missing columns, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev38/author38a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common38 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common12 import ANG_PENDEK, sel_pendek  # noqa: E402
from lib import tulis  # noqa: E402


def kupang_2021():
    """Kupang 2021: cover `LAPORAN KINERJA` / `TAHUN ANGGARAN 2021` / the commission / `OELAMASI`; captions
    with a hyphen (`Tabel 3-n Judul`); capaian with `%` printed in the cells (`Indikator Kinerja Utama`
    `Satuan` `Target` `Realisasi` `% Capaian`); budget `Kode Akun` `Uraian` `Alokasi` `Realisasi` `Sisa Dana`
    `Persentase`, total `T O T A L`; the Pemilu 2019 DPT of the kecamatan broken after twelve rows, total
    `JUMLAH KAB. KUPANG`; foot `Laporan Kinerja 2021 - Hal n`."""
    c, d = dok("lkj-kupang-2021", "Kupang", "Oelamasi|28 Januari 2022|Yosef Lado Tuan, S.H.|19800911 200604 1 004",
               ["LAPORAN KINERJA", "TAHUN ANGGARAN 2021", "", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "OELAMASI"], W=93)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode Akun", "Uraian", "Alokasi", "Realisasi", "Sisa Dana", "Persentase"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Jml Desa", "Jml TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Total Pemilih")}
    R = r_kantor(lambda n, t: f"Tabel 3-{n} {t}", kep.get, patah=(12, "Laporan Kinerja KPU Kabupaten Kupang Tahun 2021"), pct=True)
    rows = cap_lama("5301", 2021, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Sebelumnya, hasil evaluasi atas tahun {y} ialah {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.3)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2021 memberi nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u38kp21", total="T O T A L")
    sumber(d, "Sumber: Aplikasi SAKTI dan OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Dari alokasi Rp{p} telah direalisasikan Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Tahun anggaran {y} mencatat alokasi Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH KAB. KUPANG",
            pre="Sebagai data dasar pemutakhiran berkelanjutan, DPT Pemilu 2019 Kabupaten Kupang per kecamatan adalah:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Laporan Kinerja 2021 - Hal {n}")
    rapi(d)
    d.write()


def tts_2023():
    """Timor Tengah Selatan 2023: cover `LAPORAN KINERJA INSTANSI PEMERINTAH` / `SEKRETARIAT KPU KABUPATEN TIMOR
    TENGAH SELATAN` / `SOE` / `2023`; **captions under the tables** (`Tabel 3.n. Judul`); capaian `Indikator`
    `Satuan` `Target 2023` `Realisasi 2023` `Capaian (%)`; budget `Kode` `Uraian` `Pagu Revisi` `Realisasi`
    `Sisa Anggaran` `Serapan`, total `JUMLAH SELURUHNYA`; the Pemilu 2019 DPT of 32 kecamatan broken after
    twenty rows, total `KAB. TTS`; foot `LKjIP TTS 2023 - n`."""
    c, d = dok("lkjip-timor-tengah-selatan-2023", "Timor Tengah Selatan",
               "Soe|31 Januari 2024|Yeremias Nope, S.Sos.|19790712 200604 1 010",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN", "SOE", "", "2023"], W=98)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target 2023", "Realisasi 2023", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu Revisi", "Realisasi", "Sisa Anggaran", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}. {t}", kep.get, bawah=True, patah=(20, "LKjIP Sekretariat KPU Kab. TTS 2023"))
    rows = cap_lama("5302", 2023, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Atas tahun {y} nilai AKIP Sekretariat adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, 2023, 22.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u38tt23", total="JUMLAH SELURUHNYA")
    sumber(d, "Sumber: SAKTI, posisi 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu revisi terakhir Rp{p}, realisasi Rp{x}, serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)}, serapan {id_dec(serapan(p, x))}%.")
    sec_dpt(d, R, "pemilu", 2019, label="KAB. TTS",
            pre="Sebagai pembanding bagi pemutakhiran menuju Pemilu 2024, DPT Pemilu 2019 Kabupaten Timor Tengah Selatan "
                "per kecamatan adalah sebagai berikut:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKjIP TTS 2023 - {n}")
    d.write()


def ttu_2024():
    """Timor Tengah Utara 2024: cover `LAPORAN KINERJA` / `KPU KABUPATEN TIMOR TENGAH UTARA` / `2024`; captions
    with an em dash (`Tabel 3.n — Judul`); capaian in the order **Target, Capaian, Realisasi**; budget **in
    thousands** when the corpus's budget is whole thousands, else in rupiah (`Pagu` `Realisasi` `Sisa` `%`),
    total `TOTAL`; the Pilkada 2024 DPT `Kec.` `Desa` `TPS` `Pria` `Wanita` `Pria+Wanita`, total `TOTAL TTU`;
    running head `LKj KPU TTU 2024`, foot `n`."""
    c, d = dok("lkj-timor-tengah-utara-2024", "Timor Tengah Utara",
               "Kefamenanu|30 Januari 2025|Damianus Sasi, S.E.|19790504 200604 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH UTARA", "", "2024"], W=95)
    ribu = ribu_ok("5303", 2024)
    sat = " (Rp 000)" if ribu else ""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", f"Pagu{sat}", f"Realisasi{sat}", f"Sisa{sat}", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kec.", "Desa", "TPS", "Pria", "Wanita", "Pria+Wanita")}
    urut = {"cap": [0, 1, 2, 3, 5, 4]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} \u2014 {t}", kep.get, urut=urut.get)
    rows = cap_lama("5303", 2024, baris("partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Nilai evaluasi tahun {y}: {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 23.0)
    d.P(f"RB tahun 2024 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    if ribu:
        sec_anggaran(d, R, "u38tu24", sel=ribuan, total="TOTAL",
                     pre="Pagu dan realisasi DIPA tahun 2024 per program dan kegiatan, dalam ribuan rupiah:")
    else:
        sec_anggaran(d, R, "u38tu24", total="TOTAL")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Realisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Tahun {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="TOTAL TTU",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara Tahun 2024 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"{n}", "LKj KPU TTU 2024")
    d.write()


def sikka_2023():
    """Sikka 2023: cover `LAPORAN KINERJA` / `SEKRETARIAT KOMISI PEMILIHAN UMUM` / `KABUPATEN SIKKA` / `MAUMERE`
    (the year not on the cover; in the foreword, captions and signature); captions `Tabel III-n: Judul`;
    names **wrapped at 30**; budget `Kode` `Program/Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)`
    `Realisasi (%)`, total `Jumlah Seluruhnya`; the Pemilu 2024 DPT of 21 kecamatan, total `Kabupaten Sikka`;
    foot `LKj Sikka 2023 / hal. n`."""
    c, d = dok("lkj-sikka-2023", "Sikka", "Maumere|29 Januari 2024|Maria Goreti Woda, S.E.|19810425 200604 2 012",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SIKKA", "", "MAUMERE"], W=91)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "L+P")}
    R = lipat(r_kantor(lambda n, t: f"Tabel III-{n}: {t}", kep.get), 30)
    rows = cap_lama("5307", 2023, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.4)
    d.P(f"Pada Reformasi Birokrasi 2023 Sekretariat memperoleh {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, "
        f"atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u38sk23", total="Jumlah Seluruhnya")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Jumlah pagu Rp{p}; jumlah realisasi Rp{x}; persentase {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="Kabupaten Sikka",
            pre="DPT Pemilu 2024 Kabupaten Sikka yang ditetapkan Juni 2023, per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj Sikka 2023 / hal. {n}")
    rapi(d)
    d.write()


def ende_2024():
    """Ende 2024: cover `LKj 2024` / `KPU KABUPATEN ENDE` / `ENDE - FLORES`; captions `TABEL n:` numbered
    through the report (`TABEL 9:` .. ); budget **without a Sisa column** (`Kode` `Uraian` `Pagu (Rp)`
    `Realisasi (Rp)` `(%)`), total `Grand Total`; the Pilkada 2024 DPT with a **two-line header** (`Jumlah
    Pemilih` over `L` `P` `Total`), total `ENDE`; foot `Halaman n | LKj KPU Ende 2024`."""
    c, d = dok("lkj-ende-2024", "Ende", "Ende|29 Januari 2025|Fransiska Rae, S.H.|19820306 200604 2 013",
               ["LKj 2024", "", "KPU KABUPATEN ENDE", "ENDE - FLORES"], W=94)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "(%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Jumlah Pemilih", "", "")}
    dua = {"dpt": ("", "", "", "", "L", "P", "Total")}
    R = r_kantor(lambda n, t: f"TABEL {n + 8}: {t}", kep.get, dua=dua.get)
    rows = cap_lama("5308", 2024, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Hasil evaluasi atas tahun {y} tercatat {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2024, 23.1)
    d.P(f"Reformasi Birokrasi 2024: nilai {id_dec(nb[0])}, bobot {id_dec(nb[1])}, persentase {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u38en24", sel=sel_pendek, head=ANG_PENDEK, total="Grand Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Grand total pagu Rp{p} dengan realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="ENDE",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Ende Tahun 2024 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n} | LKj KPU Ende 2024")
    rapi(d)
    d.write()


def sumba_timur_2023():
    """Sumba Timur 2023: cover `L A P O R A N   K I N E R J A` / `TAHUN 2023` / office / `WAINGAPU`; captions
    `Tabel 3.n Judul` under the tables; capaian `Indikator Kinerja` `Sat.` `Target Tahun 2023` `Realisasi
    Tahun 2023` `Capaian %`; budget `Kode` `Program / Kegiatan` `Pagu` `Realisasi` `Sisa` `% Real.`, total
    `TOTAL PAGU`; the Pemilu 2024 DPT broken after eleven rows, total `KAB. SUMBA TIMUR`; foot `- n -`."""
    c, d = dok("lkj-sumba-timur-2023", "Sumba Timur",
               "Waingapu|26 Januari 2024|Umbu Remu Ndapamerang, S.Sos.|19800808 200604 1 019",
               ["L A P O R A N   K I N E R J A", "TAHUN 2023", "", "SEKRETARIAT KPU KABUPATEN SUMBA TIMUR", "WAINGAPU"], W=97)
    kep = {"cap": ("No", "Indikator Kinerja", "Sat.", "Target Tahun 2023", "Realisasi Tahun 2023", "Capaian %"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "% Real."),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, bawah=True, patah=(11, "LKj Sekretariat KPU Kab. Sumba Timur 2023"))
    rows = cap_lama("5311", 2023, baris("partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 80.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y}: nilai {id_dec(v)}, predikat {predikat(v)}.")
    nb = rb_std(d, 2023, 22.5)
    d.P(f"Nilai RB 2023 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u38st23", total="TOTAL PAGU")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p} terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="KAB. SUMBA TIMUR",
            pre="DPT Pemilu 2024 Kabupaten Sumba Timur (pleno Juni 2023) per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -")
    d.write()


if __name__ == "__main__":
    tulis(kupang_2021, tts_2023, ttu_2024, sikka_2023, ende_2024, sumba_timur_2023)
