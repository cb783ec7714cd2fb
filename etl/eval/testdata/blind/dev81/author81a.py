#!/usr/bin/env python3
# dev81/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev81/author81a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common81 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def biasa(base, nama, satker, tanda, sampul, W, cap, kep, cap_rows, rb, seed, total, dpt, label, foot, pre,
          urut=None, pct=False, bawah=False, patah=None, dua=None, riw=1):
    tahun = int(base[-4:])
    c, d = dok(base, nama, tanda, sampul, W=W)
    kw = {}
    if urut:
        kw["urut"] = urut.get
    if patah:
        kw["patah"] = patah
    if dua:
        kw["dua"] = dua.get
    R = r_kantor(cap, kep.get, pct=pct, bawah=bawah, **kw)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    if pct:
        persen_sel(d)
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Sebelumnya, evaluasi atas kinerja tahun {y} menghasilkan nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Dari sisi Reformasi Birokrasi, penilaian mandiri (PMPRB) tahun {tahun} memperoleh nilai {id_dec(nb[0])} "
        f"dari bobot {id_dec(nb[1])}, setara {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: Aplikasi SAKTI per 31 Desember {tahun} (diolah).")
    ulang(d, lambda p, x, q: f"Secara total, dari pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai pembanding, tahun anggaran {y} mencatat pagu Rp{id_int(p)} dengan realisasi "
            f"Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d, "Sumber: Divisi Perencanaan, Data dan Informasi KPU Kabupaten/Kota, diolah.")
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def sumba_tengah_2019():
    """Sumba Tengah 2019: cover LAPORAN AKUNTABILITAS KINERJA / KPU KABUPATEN SUMBA TENGAH / TAHUN 2019 /
    WAIBAKUL; captions `Tabel 3.n: Judul`; capaian `Indikator Kinerja Sasaran Strategis`; budget `Kode`
    `Program/Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Penyerapan (%)`, total `JUMLAH SUMBA TENGAH`; DPT
    `Desa/Kel.` `TPS` `L` `P` `Jumlah`, total `KAB. SUMBA TENGAH`; foot `LKj 2019 KPU Kab. Sumba Tengah | n`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran Strategis", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Penyerapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-sumba-tengah-2019", "Sumba Tengah", "5317",
          "Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861",
          ["LAPORAN AKUNTABILITAS KINERJA", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2019", "WAIBAKUL"], 94,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u70st19", "JUMLAH SUMBA TENGAH",
          ("pemilu", 2019), "KAB. SUMBA TENGAH",
          (lambda n: f"LKj 2019 KPU Kab. Sumba Tengah | {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah menurut kecamatan, sebagaimana ditetapkan dalam "
          "rapat pleno terbuka KPU Kabupaten Sumba Tengah:", riw=0)


def flores_timur_2020():
    """Flores Timur 2020: cover KPU KABUPATEN FLORES TIMUR / LAPORAN KINERJA / TAHUN 2020 / LARANTUKA;
    captions **under the tables** `Tabel III.n Judul`; capaian `Indikator Kinerja` `Target 2020` `Realisasi 2020`
    `Capaian`; budget `Kode` `Program dan Kegiatan` `Pagu` `Realisasi` `Sisa` `Serapan (%)`, total `JUMLAH FLORES
    TIMUR`; DPT `Jml. Desa/Kel.` `Jml. TPS` `Laki-laki` `Perempuan` `L+P`, total `KABUPATEN FLORES TIMUR`; foot
    `Hal. n - LKj KPU Flores Timur 2020`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target 2020", "Realisasi 2020", "Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-flores-timur-2020", "Flores Timur", "5306",
          "Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862",
          ["KPU KABUPATEN FLORES TIMUR", "LAPORAN KINERJA", "TAHUN 2020", "LARANTUKA"], 95,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.5, "u70ft20", "JUMLAH FLORES TIMUR",
          ("pemilu", 2019), "KABUPATEN FLORES TIMUR",
          (lambda n: f"Hal. {n} - LKj KPU Flores Timur 2020",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran "
          "data pemilih berkelanjutan tahun 2020:", bawah=True, riw=1)


def lembata_2021():
    """Lembata 2021: cover LAPORAN KINERJA TAHUN 2021 / KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA / LEWOLEBA;
    captions `Tabel 3.n. Judul`; capaian **`Satuan` last**; SAKIP `Komponen yang Dinilai`; budget `Kode`
    `Uraian Program/Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa Dana (Rp)` `% Realisasi`, total `TOTAL
    LEMBATA`; DPT `Desa/Kelurahan` `TPS` `Laki-Laki` `Perempuan` `Jumlah`, total `JUMLAH KAB. LEMBATA`; foot
    `LKj Lembata 2021 -- n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa Dana (Rp)", "% Realisasi"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863",
          ["LAPORAN KINERJA TAHUN 2021", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "LEWOLEBA"], 93,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u70lb21", "TOTAL LEMBATA",
          ("pemilu", 2019), "JUMLAH KAB. LEMBATA",
          (lambda n: f"LKj Lembata 2021 -- {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan tahun 2021:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def kota_kupang_2022():
    """Kota Kupang 2022: cover LAPORAN KINERJA (LKj) / KOMISI PEMILIHAN UMUM KOTA KUPANG / TAHUN 2022; captions
    `TABEL 3.n JUDUL` in capitals; capaian with **`%` in the cells**; budget `Kode` `Program/Kegiatan` `Pagu
    Anggaran` `Realisasi` `Sisa` `Serapan`, total `JUMLAH KOTA KUPANG`; DPT `Kelurahan` `TPS` `L` `P` `L+P`, total
    `KOTA KUPANG`; foot `- n -` under the running head `LKj KPU Kota Kupang Tahun 2022`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Anggaran", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "L", "P", "L+P")}
    biasa("lkj-kota-kupang-2022", "Kota Kupang", "5371", "Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864",
          ["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2022"], 96,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u70kk22", "JUMLAH KOTA KUPANG",
          ("pemilu", 2019), "KOTA KUPANG",
          (lambda n: f"- {n} -", "LKj KPU Kota Kupang Tahun 2022"),
          "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2022:", pct=True, riw=1)


def sabu_raijua_2023():
    """Sabu Raijua 2023: cover SEKRETARIAT KPU KABUPATEN SABU RAIJUA / LAPORAN KINERJA / TAHUN 2023 / SEBA;
    captions `Tabel 3-n Judul`; capaian **`Realisasi` before `Target`**; SAKIP `Unsur Penilaian`; budget `Kode`
    `Program / Kegiatan` `Pagu` `Realisasi` `Sisa` `%`, total `TOTAL SABU RAIJUA`; DPT without a village column
    (the roll states none) `Jumlah TPS` `Laki-laki` `Perempuan` `Jumlah Pemilih`, total `KABUPATEN SABU RAIJUA`;
    foot `KPU Sabu Raijua / LKj 2023 / n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Unsur Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-sabu-raijua-2023", "Sabu Raijua", "5320", "Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875",
          ["SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "LAPORAN KINERJA", "TAHUN 2023", "SEBA"], 92,
          lambda n, t: f"Tabel 3-{n} {t}", kep,
          "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u70sr23", "TOTAL SABU RAIJUA",
          ("pemilu", 2024), "KABUPATEN SABU RAIJUA",
          (lambda n: f"KPU Sabu Raijua / LKj 2023 / {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam "
          "rapat pleno terbuka bulan Juni 2023 (rekapitulasi tidak memuat jumlah desa/kelurahan):",
          urut={"cap": [0, 1, 2, 4, 3, 5], "dpt": [0, 1, 3, 4, 5, 6]}, riw=1)


def belu_2024():
    """Belu 2024: cover LAPORAN KINERJA / KPU KABUPATEN BELU / TAHUN ANGGARAN 2024 / ATAMBUA; captions `Tabel
    3.n – Judul` (en dash); capaian `Indikator Kinerja Utama` `Target` `Realisasi` `% Capaian`; SAKIP `Komponen
    Evaluasi AKIP`; budget `Kode` `Program/Kegiatan` `Pagu DIPA Revisi` `Realisasi` `Sisa` `Serapan %`, total
    `JUMLAH BELU`; DPT `Desa/Kel.` `TPS` `Pemilih L` `Pemilih P` `Total`, total `TOTAL KAB. BELU`; foot `Laporan
    Kinerja 2024 | KPU Kabupaten Belu | n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu DIPA Revisi", "Realisasi", "Sisa", "Serapan %"),
           "sakip": ("No", "Komponen Evaluasi AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Pemilih L", "Pemilih P", "Total")}
    biasa("lkj-belu-2024", "Belu", "5304", "Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866",
          ["LAPORAN KINERJA", "KPU KABUPATEN BELU", "TAHUN ANGGARAN 2024", "ATAMBUA"], 94,
          lambda n, t: f"Tabel 3.{n} \u2013 {t}", kep,
          "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u70bl24", "JUMLAH BELU",
          ("pemilu", 2024), "TOTAL KAB. BELU",
          (lambda n: f"Laporan Kinerja 2024 | KPU Kabupaten Belu | {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", riw=1)


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
