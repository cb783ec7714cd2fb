#!/usr/bin/env python3
# dev42/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, missing columns, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev42/author42a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common42 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def kupang_2019():
    """Kupang 2019: cover `LAPORAN KINERJA` / `KPU KABUPATEN KUPANG` / `OELAMASI` / `TAHUN 2019`; captions
    `Tab. 3.n  Judul`; capaian `Indikator Kinerja Sasaran` `Satuan` `Target (T)` `Realisasi (R)`
    `Capaian (R/T)`; budget in thousands when the corpus's budget is whole thousands (`Pagu (Rp ribu)` ...),
    total `TOTAL DIPA`; the Pemilu 2019 DPT `Kecamatan` `Jml Desa` `Jml TPS` `Pria` `Wanita` `Total`, total
    `KAB. KUPANG`; foot `LKj 2019 | hal. n`."""
    c, d = dok("lkj-kupang-2019", "Kupang", "Oelamasi|24 Januari 2020|Yakobus Taneo, S.Sos.|19790214 200604 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN KUPANG", "OELAMASI", "TAHUN 2019"], W=93)
    ribu = ribu_ok("5301", 2019)
    sat = " (Rp ribu)" if ribu else " (Rp)"
    kep = {"cap": ("No", "Indikator Kinerja Sasaran", "Satuan", "Target (T)", "Realisasi (R)", "Capaian (R/T)"),
           "ang": ("Kode", "Program/Kegiatan", f"Pagu{sat}", f"Realisasi{sat}", f"Sisa{sat}", "Serapan"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "Pria", "Wanita", "Total")}
    R = r_kantor(lambda n, t: f"Tab. 3.{n}  {t}", kep.get)
    rows = cap_lama("5301", 2019, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.6)
    d.P(f"Hasil penilaian Reformasi Birokrasi tahun 2019 ialah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    if ribu:
        sec_anggaran(d, R, "u42kp19", sel=ribuan, total="TOTAL DIPA",
                     pre="Pagu DIPA tahun 2019 dan realisasinya menurut program dan kegiatan (dalam ribuan rupiah):")
    else:
        sec_anggaran(d, R, "u42kp19", total="TOTAL DIPA")
    sumber(d, "Sumber: SPAN per 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Dengan demikian dari pagu Rp{p} terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Sebagai pembanding, tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="KAB. KUPANG",
            pre="Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang menurut kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj 2019 | hal. {n}")
    rapi(d)
    d.write()


def ttu_2020():
    """Timor Tengah Utara 2020: cover `LAPORAN KINERJA (LKj) TAHUN 2020` / `KOMISI PEMILIHAN UMUM` /
    `KABUPATEN TIMOR TENGAH UTARA`; **captions under the tables** (`Tabel III-n: Judul`); capaian in the order
    Target, Realisasi, Capaian with the **Satuan column last**; budget `Kode` `Uraian Program/Kegiatan` `Pagu`
    `Realisasi` `Sisa` `(%)`, total `JUMLAH`; the Pilkada 2020 DPT broken after eight rows (`Lanjutan Tabel
    III-n`, running head `LKj KPU TTU 2020`), total `TIMOR TENGAH UTARA`; foot `Hal. n`."""
    c, d = dok("lkj-timor-tengah-utara-2020", "Timor Tengah Utara",
               "Kefamenanu|28 Januari 2021|Marselinus Taek, S.H.|19810503 200604 1 016",
               ["LAPORAN KINERJA (LKj) TAHUN 2020", "KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH UTARA"], W=97)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "(%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "L+P")}
    urut = {"cap": [0, 1, 3, 4, 5, 2]}
    R = r_kantor(lambda n, t: f"Tabel III-{n}: {t}", kep.get, urut=urut.get, bawah=True,
                 patah=(8, "LKj KPU TTU 2020"))
    rows = cap_lama("5303", 2020, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.8)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42tu20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Jumlah pagu Rp{p}, realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada tahun {y} pagu sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="TIMOR TENGAH UTARA",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara Tahun 2020 menurut kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal. {n}")
    rapi(d)
    d.write()


def sikka_2021():
    """Sikka 2021: cover `LKjIP` / `KOMISI PEMILIHAN UMUM KABUPATEN SIKKA` / `MAUMERE` / `2021`; captions
    `Tabel n \u2014 Judul` numbered through the document; capaian `Uraian Indikator` `Sat` `Target` `Realisasi`
    `% Capaian`; budget with a **unit line under the header** (`(Rp)` ... `(%)`), names wrapped at 38 on
    continuation lines, total `Jumlah Keseluruhan`; the Pemilu 2019 DPT `Pemilih Laki-laki` `Pemilih
    Perempuan` `Jumlah Pemilih`, total `Kabupaten Sikka`; running head `LKjIP Sikka 2021`, foot `- n -`."""
    c, d = dok("lkjip-sikka-2021", "Sikka", "Maumere|27 Januari 2022|Emanuel Moa Bako, S.Fil.|19800909 200604 1 021",
               ["LKjIP", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "MAUMERE", "2021"], W=90)
    kep = {"cap": ("No", "Uraian Indikator", "Sat", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")}
    dua = {"ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")}
    R = lipat(r_kantor(lambda n, t: f"Tabel {n} \u2014 {t}", kep.get, dua=dua.get), 38)
    rows = cap_lama("5307", 2021, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} sebelumnya memberikan nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2021, 22.1)
    d.P(f"Reformasi Birokrasi tahun 2021 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42sk21", total="Jumlah Keseluruhan")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu keseluruhan Rp{p} terserap Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"TA {y}: pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Sikka",
            pre="DPT Pemilu 2019 Kabupaten Sikka per kecamatan, dasar pemutakhiran data pemilih berkelanjutan 2021:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -", "LKjIP Sikka 2021")
    d.write()


def mabar_2022():
    """Manggarai Barat 2022: cover `LAPORAN KINERJA` / `KPU KABUPATEN MANGGARAI BARAT` / `LABUAN BAJO, JANUARI
    2023` (the report year in the foreword); captions in capitals `TABEL 3.n. JUDUL`; capaian `Indikator Kinerja`
    `Satuan` `Target` `Realisasi` `Capaian` with `%` printed in the persen cells; budget `Kode` `Uraian` `Pagu
    (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi (%)`, total `TOTAL KESELURUHAN`; the Pilkada 2020 DPT
    `Kecamatan` `Desa` `TPS` `L` `P` `Jumlah`, total `MANGGARAI BARAT`; running head `Laporan Kinerja KPU
    Kabupaten Manggarai Barat Tahun 2022`, foot the bare page number."""
    c, d = dok("lkj-manggarai-barat-2022", "Manggarai Barat",
               "Labuan Bajo|30 Januari 2023|Fransiskus Sales Mbule, S.Pd.|19820310 200604 1 012",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "", "LABUAN BAJO, JANUARI 2023"], W=95)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    R = r_kantor(lambda n, t: f"TABEL 3.{n}. {t.upper()}", kep.get, pct=True)
    rows = cap_lama("5315", 2022, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Nilai evaluasi tahun {y} adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, 2022, 22.4)
    d.P(f"Penilaian Reformasi Birokrasi 2022 menghasilkan {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42mb22", total="TOTAL KESELURUHAN")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p} dan realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Realisasi TA {y} adalah Rp{id_int(x)} dari pagu Rp{id_int(p)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="MANGGARAI BARAT",
            pre="Sebagai data pembanding, DPT Pemilihan Bupati dan Wakil Bupati Manggarai Barat 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"{n}", "Laporan Kinerja KPU Kabupaten Manggarai Barat Tahun 2022")
    rapi(d)
    d.write()


def lembata_2024():
    """Lembata 2024: cover `LKj 2024` / `SEKRETARIAT KPU KABUPATEN LEMBATA`; captions `Tabel 3.n` + ` | ` +
    title; capaian in the order **Capaian before Target and Realisasi** (`Indikator` `Satuan` `Capaian (%)`
    `Target` `Realisasi`); budget `Kode` `Program/Kegiatan` `Alokasi` `Realisasi` `Sisa` `%`, total `Jumlah
    Total`; **every table broken after five rows** (`Lanjutan Tabel 3.n`, running head `KPU Lembata - LKj
    2024`); the Pemilu 2024 DPT (fixed in 2023) `Desa/Kel.` `TPS` `Laki` `Perempuan` `Jumlah`, total
    `LEMBATA`; foot `Laporan Kinerja 2024 - halaman n`."""
    c, d = dok("lkj-lembata-2024", "Lembata", "Lewoleba|29 Januari 2025|Bernadus Tukan Ola, S.E.|19830417 200604 1 006",
               ["LKj 2024", "", "SEKRETARIAT KPU KABUPATEN LEMBATA"], W=92)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Alokasi", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki", "Perempuan", "Jumlah")}
    urut = {"cap": [0, 1, 2, 5, 3, 4]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} | {t}", kep.get, urut=urut.get, patah=(5, "KPU Lembata - LKj 2024"))
    rows = cap_lama("5313", 2024, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Hasil evaluasi atas tahun {y}: {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 22.9)
    d.P(f"Reformasi Birokrasi tahun 2024 memperoleh {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42lb24", total="Jumlah Total")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Alokasi seluruhnya Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Tahun anggaran {y} mencatat alokasi Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="LEMBATA",
            pre="DPT Pemilu 2024 Kabupaten Lembata yang ditetapkan dalam rapat pleno terbuka tahun 2023, per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Laporan Kinerja 2024 - halaman {n}")
    rapi(d)
    d.write()


def manggarai_2019():
    """Manggarai 2019: cover `LAPORAN KINERJA INSTANSI PEMERINTAH` / `KPU KAB. MANGGARAI` / `TAHUN 2019`;
    captions `[Tabel n] Judul`; capaian `Indikator Kinerja Utama` `Satuan` `Target` `Realisasi` `Persentase`;
    budget `Kode` `Program dan Kegiatan` `Anggaran (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Persentase`, total `Total
    Anggaran`; the Pemilu 2019 DPT `Kecamatan` `Desa` `TPS` `Laki-laki` `Perempuan` `Jumlah`, total
    `Manggarai`; foot `LKjIP KPU Kab. Manggarai 2019 / n`."""
    c, d = dok("lkjip-manggarai-2019", "Manggarai", "Ruteng|22 Januari 2020|Adrianus Jehadut, S.Sos.|19780821 200604 1 004",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KAB. MANGGARAI", "TAHUN 2019"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Persentase"),
           "ang": ("Kode", "Program dan Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"[Tabel {n}] {t}", kep.get)
    rows = cap_lama("5310", 2019, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.5)
    d.P(f"Untuk Reformasi Birokrasi tahun 2019 diperoleh nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42mg19", total="Total Anggaran")
    sumber(d, "Sumber: SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Total anggaran Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Tahun anggaran {y}: anggaran Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Manggarai",
            pre="Daftar Pemilih Tetap Pemilu 2019 di Kabupaten Manggarai menurut kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKjIP KPU Kab. Manggarai 2019 / {n}")
    rapi(d)
    d.write()


if __name__ == "__main__":
    tulis(kupang_2019, ttu_2020, sikka_2021, mabar_2022, lembata_2024, manggarai_2019)
