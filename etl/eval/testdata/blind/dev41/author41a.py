#!/usr/bin/env python3
# dev41/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, missing columns, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev41/author41a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common41 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common12 import ANG_PENDEK, sel_pendek  # noqa: E402
from lib import tulis  # noqa: E402


def kota_kupang_2022():
    """Kota Kupang 2022: cover `LAPORAN KINERJA (LKj)` / `KOMISI PEMILIHAN UMUM KOTA KUPANG` /
    `TAHUN ANGGARAN 2022`; captions `Tabel 3-n. Judul`; capaian `Indikator Sasaran` `Satuan` `Target`
    `Realisasi` `Capaian (%)` with `%` printed in the persen cells; budget in thousands when the corpus's
    budget is whole thousands (`Pagu (Rp 000)` ...), total `JUMLAH DIPA`; the Pemilu 2019 DPT `Kecamatan`
    `Kelurahan` `TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KOTA KUPANG`; foot `LKj KPU Kota Kupang 2022 | n`."""
    c, d = dok("lkj-kota-kupang-2022", "Kota Kupang", "Kupang|30 Januari 2023|Yohanes Ratu Lena, S.E.|19800717 200604 1 009",
               ["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "", "TAHUN ANGGARAN 2022"], W=96)
    ribu = ribu_ok("5371", 2022)
    sat = " (Rp 000)" if ribu else " (Rp)"
    kep = {"cap": ("No", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", f"Pagu{sat}", f"Realisasi{sat}", f"Sisa{sat}", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3-{n}. {t}", kep.get, pct=True)
    rows = cap_lama("5371", 2022, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Hasil evaluasi atas tahun {y}: nilai {id_dec(v)}, predikat {predikat(v)}.")
    nb = rb_std(d, 2022, 22.2)
    d.P(f"Hasil penilaian Reformasi Birokrasi 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    if ribu:
        sec_anggaran(d, R, "u41kk22", sel=ribuan, total="JUMLAH DIPA",
                     pre="Pagu dan realisasi DIPA tahun 2022 menurut program dan kegiatan (dalam ribuan rupiah):")
    else:
        sec_anggaran(d, R, "u41kk22", total="JUMLAH DIPA")
    sumber(d, "Sumber: Aplikasi SAKTI per 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Realisasi tahun anggaran {y}: Rp{id_int(x)} dari pagu Rp{id_int(p)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="KOTA KUPANG",
            pre="DPT Pemilu 2019 Kota Kupang per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj KPU Kota Kupang 2022 | {n}")
    rapi(d)
    d.write()


def belu_2022():
    """Belu 2022: cover `LKj SEKRETARIAT KPU KABUPATEN BELU` / `TAHUN 2022`; **captions under the tables**
    (`Tabel n. Judul`); capaian in the order **Realisasi before Target** (`Indikator` `Satuan` `Realisasi`
    `Target` `Capaian`); budget **without a Sisa column** (`Kode` `Program / Kegiatan` `Pagu` `Realisasi` `%`),
    total `Jumlah`; the Pemilu 2019 DPT `Kecamatan` `Desa/Kel` `TPS` `L` `P` `L + P`, total `Kabupaten Belu`;
    foot `- n -`."""
    c, d = dok("lkj-belu-2022", "Belu", "Atambua|26 Januari 2023|Agustinus Bria Seran, S.H.|19800615 200604 1 015",
               ["LKj SEKRETARIAT KPU KABUPATEN BELU", "TAHUN 2022"], W=92)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L + P")}
    urut = {"cap": [0, 1, 2, 4, 3, 5]}
    R = r_kantor(lambda n, t: f"Tabel {n}. {t}", kep.get, urut=urut.get, bawah=True)
    rows = cap_lama("5304", 2022, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Untuk tahun {y} nilai evaluasi yang diterima {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.1)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 tercatat {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u41bl22", sel=sel_pendek, head=ANG_PENDEK, total="Jumlah")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Dari pagu Rp{p} telah direalisasikan Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Tahun {y} pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Belu",
            pre="Rekapitulasi DPT Pemilu 2019 Kabupaten Belu per kecamatan yang menjadi dasar pemutakhiran:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -")
    rapi(d)
    d.write()


def sumba_barat_2023():
    """Sumba Barat 2023: cover `LAPORAN KINERJA` / `KPU KABUPATEN SUMBA BARAT` / `WAIKABUBAK` / `2023`;
    captions in capitals `TABEL III.n  JUDUL`; capaian `Indikator Kinerja` `Sat.` `Target` `Real.` `Capaian (%)`;
    budget `Kode` `Uraian` `Pagu` `Realisasi` `Sisa` `Serapan (%)`, names wrapped at 34, total `TOTAL`;
    the Pilkada 2020 DPT `Kecamatan` `Desa/Kel.` `TPS` `Pemilih L` `Pemilih P` `Total`, total `SUMBA BARAT`;
    running head `LKj KPU Sumba Barat 2023`, foot `hal n`."""
    c, d = dok("lkj-sumba-barat-2023", "Sumba Barat", "Waikabubak|29 Januari 2024|Lukas Lende Bulu, S.Pd.|19820211 200604 1 011",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT", "WAIKABUBAK", "2023"], W=94)
    kep = {"cap": ("No", "Indikator Kinerja", "Sat.", "Target", "Real.", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Pemilih L", "Pemilih P", "Total")}
    R = lipat(r_kantor(lambda n, t: f"TABEL III.{n}  {t.upper()}", kep.get), 34)
    rows = cap_lama("5312", 2023, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} menghasilkan nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2023, 22.5)
    d.P(f"Penilaian Reformasi Birokrasi tahun 2023: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u41sb23", total="TOTAL")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p}, realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="SUMBA BARAT",
            pre="Sebagai pembanding, DPT Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"hal {n}", "LKj KPU Sumba Barat 2023")
    d.write()


def lembata_2019():
    """Lembata 2019: cover `LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)` / `SEKRETARIAT KPU KABUPATEN LEMBATA`
    and no year (the year in the foreword and the signature); captions `Tabel 3.n - Judul`; capaian `Sasaran /
    Indikator` `Satuan` `Target` `Realisasi` `%`; budget `Kode` `Nama Program/Kegiatan` `Anggaran` `Realisasi`
    `Sisa Anggaran` `% Real.`, total `JUMLAH SELURUHNYA`; the Pemilu 2019 DPT `Kecamatan` `Desa/Kel` `TPS` `Lk`
    `Pr` `Jumlah`, total `Kab. Lembata`; foot `Halaman n`."""
    c, d = dok("lkjip-lembata-2019", "Lembata", "Lewoleba|31 Januari 2020|Paulus Ola Wuwur, S.Fil.|19781022 200604 1 005",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "", "SEKRETARIAT KPU KABUPATEN LEMBATA"], W=90)
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "%"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Anggaran", "Realisasi", "Sisa Anggaran", "% Real."),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Lk", "Pr", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} - {t}", kep.get)
    rows = cap_lama("5313", 2019, baris("partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.3)
    d.P(f"Reformasi Birokrasi tahun 2019 memperoleh nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u41lb19", total="JUMLAH SELURUHNYA")
    sumber(d, "Sumber: SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Anggaran seluruhnya Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kab. Lembata",
            pre="Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}")
    rapi(d)
    d.write()


def rote_ndao_2020():
    """Rote Ndao 2020: cover `LAPORAN KINERJA TAHUN 2020` / `KPU KABUPATEN ROTE NDAO` / `BA'A`; captions
    `Tabel n:` numbered through the document; capaian in the order **Target, Capaian, Realisasi**
    (`Indikator Kinerja` `Satuan` `Target` `Capaian` `Realisasi`); budget in thousands when the corpus's budget
    is whole thousands (`Pagu (ribuan Rp)` ...), total `Jumlah Total`; the Pemilu 2019 DPT broken after six rows
    (running head `LKj Rote Ndao 2020`), total `ROTE NDAO`; foot `LKj 2020 - n`."""
    c, d = dok("lkj-rote-ndao-2020", "Rote Ndao", "Ba'a|27 Januari 2021|Yulius Adu Ndun, S.H.|19790330 200604 1 012",
               ["LAPORAN KINERJA TAHUN 2020", "KPU KABUPATEN ROTE NDAO", "BA'A"], W=95)
    ribu = ribu_ok("5314", 2020)
    sat = " (ribuan Rp)" if ribu else " (Rp)"
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", f"Pagu{sat}", f"Realisasi{sat}", f"Sisa{sat}", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    urut = {"cap": [0, 1, 2, 3, 5, 4]}
    R = r_kantor(lambda n, t: f"Tabel {n}: {t}", kep.get, urut=urut.get, patah=(6, "LKj Rote Ndao 2020"))
    rows = cap_lama("5314", 2020, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.2)
    d.P(f"Nilai Reformasi Birokrasi 2020: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    if ribu:
        sec_anggaran(d, R, "u41rn20", sel=ribuan, total="Jumlah Total",
                     pre="Pagu DIPA setelah revisi dan realisasinya tahun 2020, dalam ribuan rupiah:")
    else:
        sec_anggaran(d, R, "u41rn20", total="Jumlah Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Jumlah pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="ROTE NDAO",
            pre="DPT Pemilu 2019 Kabupaten Rote Ndao per kecamatan sebagai data awal pemutakhiran berkelanjutan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj 2020 - {n}")
    rapi(d)
    d.write()


def sumba_tengah_2023():
    """Sumba Tengah 2023: cover `LAPORAN KINERJA` / `SEKRETARIAT KOMISI PEMILIHAN UMUM` / `KABUPATEN SUMBA
    TENGAH` / `TAHUN 2023`; captions `Tabel 3.n` on a line of their own with the title under it; capaian
    `Indikator Kinerja Utama` `Satuan` `Target 2023` `Realisasi 2023` `Capaian`; budget with a **unit line under
    the header** (`Pagu` over `(Rp)`, `%` over `(%)`), total `JUMLAH`; the Pemilu 2024 DPT fixed in 2023
    `Kecamatan` `Desa/Kelurahan` `TPS` `Laki-laki` `Perempuan` `Total`, total `KAB. SUMBA TENGAH`; running head
    `Laporan Kinerja 2023`, foot the bare page number."""
    c, d = dok("lkj-sumba-tengah-2023", "Sumba Tengah", "Waibakul|26 Januari 2024|Markus Umbu Djama, S.Sos.|19810809 200604 1 018",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TENGAH", "TAHUN 2023"], W=94)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target 2023", "Realisasi 2023", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "Total")}
    dua = {"ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}\n{t}", kep.get, dua=dua.get)
    rows = cap_lama("5317", 2023, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Atas tahun {y} diperoleh nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.7)
    d.P(f"Reformasi Birokrasi tahun 2023 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u41stg23", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu seluruhnya Rp{p} dengan realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"TA {y} tercatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="KAB. SUMBA TENGAH",
            pre="DPT Pemilu 2024 Kabupaten Sumba Tengah yang ditetapkan pada rapat pleno terbuka tahun 2023, per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"{n}", "Laporan Kinerja 2023")
    rapi(d)
    d.write()


if __name__ == "__main__":
    tulis(kota_kupang_2022, belu_2022, sumba_barat_2023, lembata_2019, rote_ndao_2020, sumba_tengah_2023)
