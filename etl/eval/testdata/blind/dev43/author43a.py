#!/usr/bin/env python3
# dev43/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, missing columns, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev43/author43a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common43 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def tts_2024():
    """Timor Tengah Selatan 2024: cover `LAPORAN KINERJA` / `TAHUN ANGGARAN 2024` / `KPU KABUPATEN TIMOR TENGAH
    SELATAN` / `SOE`; captions `Tabel 3-n. Judul`; capaian `Sasaran / Indikator` `Sat.` `Tgt` `Real.` `Capaian
    %`; budget `Kode` `Uraian` `Pagu DIPA` `Realisasi s.d. Desember` `Sisa Dana` `% Real.`, total `JUMLAH DIPA`;
    the Pilkada 2024 DPT broken after twelve rows (`Lanjutan Tabel 3-4`), total `KAB. TTS`;
    foot `LKj TTS 2024 — n`."""
    c, d = dok("lkj-timor-tengah-selatan-2024", "Timor Tengah Selatan",
               "Soe|27 Januari 2025|Yohanis Tefa, S.Sos.|19800119 200604 1 007",
               ["LAPORAN KINERJA", "TAHUN ANGGARAN 2024", "KPU KABUPATEN TIMOR TENGAH SELATAN", "SOE"], W=94)
    kep = {"cap": ("No", "Sasaran / Indikator", "Sat.", "Tgt", "Real.", "Capaian %"),
           "ang": ("Kode", "Uraian", "Pagu DIPA", "Realisasi s.d. Desember", "Sisa Dana", "% Real."),
           "sakip": ("No", "Komponen Evaluasi AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L + P")}
    R = r_kantor(lambda n, t: f"Tabel 3-{n}. {t}", kep.get, patah=(12, "LKj KPU Kabupaten TTS 2024"))
    rows = cap_lama("5302", 2024, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Sebagai pembanding, hasil evaluasi atas tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2024, 22.3)
    d.P(f"Capaian Reformasi Birokrasi 2024: nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u43ts24", total="JUMLAH DIPA")
    sumber(d, "Sumber: aplikasi SAKTI, keadaan 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu DIPA Rp{p} terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="KAB. TTS",
            pre="Daftar Pemilih Tetap Pemilihan Serentak 2024 (Gubernur dan Bupati) Kabupaten Timor Tengah Selatan per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj TTS 2024 \u2014 {n}")
    rapi(d)
    d.write()


def sumba_barat_2021():
    """Sumba Barat 2021: cover `LAPORAN KINERJA` / `SEKRETARIAT KOMISI PEMILIHAN UMUM` / `KABUPATEN SUMBA BARAT`
    / `WAIKABUBAK 2022` (the report year in the foreword and captions); captions `TABEL n : JUDUL` numbered through
    the document; capaian in the order Target, Capaian, Realisasi; budget in thousands when whole thousands,
    total `TOTAL`; the Pilkada 2020 DPT `Nama Kecamatan` `Jumlah Desa` `Jumlah TPS` `Laki-laki` `Perempuan`
    `Jumlah`, total `SUMBA BARAT`; running head `LKj Sumba Barat 2021`, foot `Halaman n`."""
    c, d = dok("lkj-sumba-barat-2021", "Sumba Barat",
               "Waikabubak|28 Januari 2022|Agustinus Bili Dapa, S.H.|19811012 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA BARAT", "", "WAIKABUBAK 2022"],
               W=90)
    ribu = ribu_ok("5312", 2021)
    sat = " (Rp 000)" if ribu else " (Rp)"
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Kegiatan", f"Pagu{sat}", f"Realisasi{sat}", f"Sisa{sat}", "%"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Jumlah Desa", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")}
    urut = {"cap": [0, 1, 2, 3, 5, 4]}
    R = r_kantor(lambda n, t: f"TABEL {n} : {t.upper()}", kep.get, urut=urut.get)
    rows = cap_lama("5312", 2021, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 21.7)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 tercatat {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    if ribu:
        sec_anggaran(d, R, "u43sb21", sel=ribuan, total="TOTAL",
                     pre="Realisasi anggaran tahun 2021 per program dan kegiatan (dalam ribuan rupiah):")
    else:
        sec_anggaran(d, R, "u43sb21", total="TOTAL")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu tahun 2021 sebesar Rp{p} dengan realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Sementara tahun {y}, dari pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="SUMBA BARAT",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020, dasar pemutakhiran berkelanjutan 2021:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}", "LKj Sumba Barat 2021")
    d.write()


def lembata_2023():
    """Lembata 2023: cover `LKj` / `KPU KABUPATEN LEMBATA` / `2023`; captions `Tabel III.n` on one line and the
    title on the next; capaian `Indikator Kinerja Utama` `Satuan` `Target 2023` `Realisasi 2023` `%`; budget with
    the Sisa column left out (`Kode` `Program/Kegiatan/Output` `Pagu` `Realisasi` `%`), total `Jumlah`; the
    Pemilu 2024 DPT (fixed in 2023) `Kec.` `Desa` `TPS` `Pemilih L` `Pemilih P` `Pemilih L+P`, total `Kab.
    Lembata`; foot `[n]`."""
    c, d = dok("lkj-lembata-2023", "Lembata", "Lewoleba|26 Januari 2024|Bernadus Tukan Ola, S.E.|19830417 200604 1 006",
               ["LKj", "KPU KABUPATEN LEMBATA", "2023"], W=88)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target 2023", "Realisasi 2023", "%"),
           "ang": ("Kode", "Program/Kegiatan/Output", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kec.", "Desa", "TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    urut = {"ang": [0, 1, 2, 3, 5]}
    R = r_kantor(lambda n, t: f"Tabel III.{n}\n{t}", kep.get, urut=urut.get)
    rows = cap_lama("5313", 2023, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.6)
    d.P(f"Reformasi Birokrasi 2023 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u43lb23", total="Jumlah")
    sumber(d, "Sumber: SAKTI per 31 Desember 2023 (kolom sisa tidak ditampilkan).")
    ulang(d, lambda p, x, q: f"Dari pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"TA {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="Kab. Lembata",
            pre="DPT Pemilu 2024 Kabupaten Lembata hasil rapat pleno terbuka tahun 2023, per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"[{n}]")
    rapi(d)
    d.write()


def rote_2019():
    """Rote Ndao 2019: cover `LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)` / `KPU KABUPATEN ROTE NDAO` / `BA'A,
    JANUARI 2020` / `TAHUN KINERJA 2019`; captions `Tabel 3.n - Judul` under the tables; capaian with a unit line
    under the header; budget `Kode Anggaran` `Nama Program/Kegiatan` `Anggaran` `Realisasi` `Sisa` `Persen`,
    names wrapped at 40, total `Total Realisasi`; the Pemilu 2019 DPT, total `ROTE NDAO`; foot `Hal n dari LKjIP
    2019`."""
    c, d = dok("lkjip-rote-ndao-2019", "Rote Ndao", "Ba'a|23 Januari 2020|Daniel Manafe, S.Sos.|19800321 200604 1 013",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "KPU KABUPATEN ROTE NDAO", "TAHUN KINERJA 2019",
                "BA'A, JANUARI 2020"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode Anggaran", "Nama Program/Kegiatan", "Anggaran", "Realisasi", "Sisa", "Persen"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Total")}
    dua = {"cap": ("", "", "", "(T)", "(R)", "(R/T x 100%)"), "ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3.{n} - {t}", kep.get, bawah=True, dua=dua.get), 40)
    rows = cap_lama("5314", 2019, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.4)
    d.P(f"Reformasi Birokrasi tahun 2019 memperoleh nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u43rn19", total="Total Realisasi")
    sumber(d, "Sumber: SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Anggaran Rp{p} terealisasi Rp{x}, atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Tahun anggaran {y} mencatat anggaran Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="ROTE NDAO",
            pre="Rekapitulasi DPT Pemilu Tahun 2019 Kabupaten Rote Ndao per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal {n} dari LKjIP 2019")
    rapi(d)
    d.write()


def mabar_2021():
    """Manggarai Barat 2021: cover `LAPORAN KINERJA 2021` / `KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT`;
    captions `Tabel n.` + title after a tab-free space, numbered through the document; capaian with `%` printed
    in the persen cells and the column order Indikator, Target, Realisasi, Satuan, Capaian; budget `Kode`
    `Uraian Program dan Kegiatan` `Pagu Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `Daya Serap`, total
    `JUMLAH SELURUHNYA`; the Pilkada 2020 DPT broken after seven rows, total `Kab. Manggarai Barat`; running
    head `KPU Kab. Manggarai Barat | Laporan Kinerja 2021`, foot `- n -`."""
    c, d = dok("lkj-manggarai-barat-2021", "Manggarai Barat",
               "Labuan Bajo|25 Januari 2022|Fransiskus Sales Mbule, S.Pd.|19820310 200604 1 012",
               ["LAPORAN KINERJA 2021", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT"], W=92)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program dan Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran",
                   "Daya Serap"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Komponen"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Total Pemilih")}
    urut = {"cap": [0, 1, 3, 4, 2, 5]}
    R = r_kantor(lambda n, t: f"Tabel {n}. {t}", kep.get, urut=urut.get, pct=True,
                 patah=(7, "KPU Kab. Manggarai Barat | Laporan Kinerja 2021"))
    rows = cap_lama("5315", 2021, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Hasil evaluasi atas tahun {y}: nilai {id_dec(v)}, predikat {predikat(v)}.")
    nb = rb_std(d, 2021, 22.0)
    d.P(f"Nilai Reformasi Birokrasi 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u43mb21", total="JUMLAH SELURUHNYA")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Daya serap anggaran tahun 2021 adalah {id_dec(q)}%: Rp{x} dari pagu Rp{p}.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Tahun {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="Kab. Manggarai Barat",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Manggarai Barat 2020 per kecamatan (data pembanding):")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -", "KPU Kab. Manggarai Barat | Laporan Kinerja 2021")
    rapi(d)
    d.write()


def nagekeo_2024():
    """Nagekeo 2024: cover `KOMISI PEMILIHAN UMUM` / `KABUPATEN NAGEKEO` / `LAPORAN KINERJA` /
    `TAHUN 2024`; captions `Tbl. n  Judul`; capaian `Indikator` `Target` `Realisasi` `Capaian (%)` `Satuan`
    (Satuan last); budget `Kode` `Kegiatan` `Pagu` `Realisasi` `Sisa` `Serapan (%)`, total `TOTAL ANGGARAN`; the
    Pilkada 2024 DPT, total `NAGEKEO`; foot `Nagekeo | LKj 2024 | n`."""
    c, d = dok("lkj-nagekeo-2024", "Nagekeo",
               "Mbay|30 Januari 2025|Yohanes Bosco Dhae, S.Pd.|19840206 200604 1 003",
               ["KOMISI PEMILIHAN UMUM", "KABUPATEN NAGEKEO", "", "LAPORAN KINERJA", "TAHUN 2024"], W=98)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    urut = {"cap": [0, 1, 3, 4, 5, 2]}
    R = r_kantor(lambda n, t: f"Tbl. {n}  {t}", kep.get, urut=urut.get)
    rows = cap_lama("5316", 2024, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Nilai evaluasi atas tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2024, 22.1)
    d.P(f"Reformasi Birokrasi tahun 2024 bernilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u43ng24", total="TOTAL ANGGARAN")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Total anggaran Rp{p}, terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="NAGEKEO",
            pre="DPT Pemilihan Serentak 2024 (Gubernur dan Bupati) di Kabupaten Nagekeo per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Nagekeo | LKj 2024 | {n}")
    rapi(d)
    d.write()


if __name__ == "__main__":
    tulis(tts_2024, sumba_barat_2021, lembata_2023, rote_2019, mabar_2021, nagekeo_2024)
