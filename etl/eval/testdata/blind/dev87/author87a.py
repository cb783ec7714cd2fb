#!/usr/bin/env python3
# dev87/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev87/author87a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common87 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
    """Sumba Tengah 2019: cover LAPORAN KINERJA / INSTANSI PEMERINTAH / KPU KABUPATEN SUMBA TENGAH / TAHUN 2019;
    captions `Tabel 3.n  Judul`; capaian `Sasaran / Indikator Kinerja` `Satuan` `Target 2019` `Realisasi 2019`
    `Capaian (%)`; SAKIP `Komponen yang Dinilai`; budget `Kode` `Program / Kegiatan` `Pagu (Rp)` `Realisasi (Rp)`
    `Sisa Anggaran (Rp)` `% Serapan`, total `JUMLAH KPU SUMBA TENGAH`; DPT `Desa/Kel.` `TPS` `Laki-laki`
    `Perempuan` `L + P`, total `KAB. SUMBA TENGAH`; foot `LKj 2019 KPU Kabupaten Sumba Tengah - halaman n`."""
    kep = {"cap": ("No", "Sasaran / Indikator Kinerja", "Satuan", "Target 2019", "Realisasi 2019", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "% Serapan"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "L + P")}
    biasa("lkj-sumba-tengah-2019", "Sumba Tengah", "5317",
          "Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861",
          ["LAPORAN KINERJA", "INSTANSI PEMERINTAH", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2019"], 93,
          lambda n, t: f"Tabel 3.{n}  {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u71st19",
          "JUMLAH KPU SUMBA TENGAH", ("pemilu", 2019), "KAB. SUMBA TENGAH",
          (lambda n: f"LKj 2019 KPU Kabupaten Sumba Tengah - halaman {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan, sesuai berita acara "
          "rapat pleno terbuka KPU Kabupaten Sumba Tengah:", riw=0)


def flores_timur_2020():
    """Flores Timur 2020: cover KOMISI PEMILIHAN UMUM / KABUPATEN FLORES TIMUR / LAPORAN KINERJA TAHUN 2020 /
    LARANTUKA; captions **under the tables** `Tabel 3-n Judul`; capaian **`Target` `Realisasi` `Satuan` `Capaian`**
    (Satuan after the figures); SAKIP `Komponen`; budget `Kode` `Uraian Kegiatan` `Anggaran (Rp)` `Realisasi (Rp)`
    `Sisa (Rp)` `Realisasi (%)`, total `TOTAL FLORES TIMUR`; DPT `Jml Desa/Kel` `Jml TPS` `Laki-Laki` `Perempuan`
    `Jumlah`, total `KABUPATEN FLORES TIMUR`; foot `- n -` under the running head `LKj KPU Flores Timur 2020`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-flores-timur-2020", "Flores Timur", "5306",
          "Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN FLORES TIMUR", "LAPORAN KINERJA TAHUN 2020", "LARANTUKA"], 95,
          lambda n, t: f"Tabel 3-{n} {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.5, "u71ft20", "TOTAL FLORES TIMUR",
          ("pemilu", 2019), "KABUPATEN FLORES TIMUR",
          (lambda n: f"- {n} -", "LKj KPU Flores Timur 2020"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran "
          "data pemilih berkelanjutan tahun 2020:", bawah=True, urut={"cap": [0, 1, 3, 4, 2, 5]}, riw=1)


def lembata_2021():
    """Lembata 2021: cover LAPORAN KINERJA (LKj) / SEKRETARIAT KPU KABUPATEN LEMBATA / TAHUN 2021; captions `TABEL
    3.n JUDUL` in capitals; capaian with **`%` in the cells**, `Indikator Kinerja Utama` `Persentase Capaian`; SAKIP
    `Aspek yang Dievaluasi`; budget `Kode` `Program dan Kegiatan` `Pagu Akhir (Rp)` `Realisasi (Rp)` `Sisa (Rp)`
    `Serapan`, total `JUMLAH`; DPT `Desa/Kelurahan` `TPS` `Pemilih L` `Pemilih P` `Jumlah Pemilih`, total `TOTAL
    LEMBATA`; foot `Hal. n - LKj Lembata 2021`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu Akhir (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan"),
           "sakip": ("No", "Aspek yang Dievaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih L", "Pemilih P", "Jumlah Pemilih")}
    biasa("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863",
          ["LAPORAN KINERJA (LKj)", "SEKRETARIAT KPU KABUPATEN LEMBATA", "TAHUN 2021"], 94,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u71lb21", "JUMLAH",
          ("pemilu", 2019), "TOTAL LEMBATA",
          (lambda n: f"Hal. {n} - LKj Lembata 2021",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan tahun 2021:", pct=True, riw=1)


def kota_kupang_2022():
    """Kota Kupang 2022: cover LKj / KOMISI PEMILIHAN UMUM KOTA KUPANG / TAHUN 2022 / KUPANG; captions `Tabel 3.n:
    Judul`; capaian **`Realisasi` before `Target`**, `Uraian Indikator` `Capaian (%)`; SAKIP `Komponen Evaluasi
    AKIP`; budget `Kode` `Nama Program/Kegiatan` `Pagu DIPA` `Realisasi` `Sisa` `Penyerapan (%)`, total `TOTAL
    KOTA KUPANG`; DPT `Kel.` `TPS` `L` `P` `Total`, total `KOTA KUPANG`; foot `Laporan Kinerja 2022 | KPU Kota
    Kupang | n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu DIPA", "Realisasi", "Sisa", "Penyerapan (%)"),
           "sakip": ("No", "Komponen Evaluasi AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kel.", "TPS", "L", "P", "Total")}
    biasa("lkj-kota-kupang-2022", "Kota Kupang", "5371",
          "Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864",
          ["LKj", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2022", "KUPANG"], 96,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u71kk22", "TOTAL KOTA KUPANG",
          ("pemilu", 2019), "KOTA KUPANG",
          (lambda n: f"Laporan Kinerja 2022 | KPU Kota Kupang | {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2022:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def sabu_raijua_2023():
    """Sabu Raijua 2023: cover SEKRETARIAT KPU KABUPATEN SABU RAIJUA / LAPORAN KINERJA / TAHUN ANGGARAN 2023 /
    SEBA; captions `Tabel III.n Judul`; capaian `Indikator` `Capaian (%)`; SAKIP `Unsur Penilaian`; budget `Kode`
    `Uraian Program/Kegiatan` `Pagu Revisi (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Daya Serap (%)`, total `JUMLAH
    SELURUHNYA`; DPT `Desa/Kel.` `TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KABUPATEN SABU RAIJUA`; foot `KPU
    Sabu Raijua - LKj 2023 - n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu Revisi (Rp)", "Realisasi (Rp)", "Sisa (Rp)",
                   "Daya Serap (%)"),
           "sakip": ("No", "Unsur Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-sabu-raijua-2023", "Sabu Raijua", "5320",
          "Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875",
          ["SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "LAPORAN KINERJA", "TAHUN ANGGARAN 2023", "SEBA"], 92,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u71sr23", "JUMLAH SELURUHNYA",
          ("pemilu", 2024), "KABUPATEN SABU RAIJUA",
          (lambda n: f"KPU Sabu Raijua - LKj 2023 - {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam "
          "rapat pleno terbuka bulan Juni 2023 (rekapitulasi tidak memuat jumlah desa/kelurahan):", riw=1)


def belu_2024():
    """Belu 2024: cover LAPORAN KINERJA TAHUN 2024 / KOMISI PEMILIHAN UMUM KABUPATEN BELU / ATAMBUA; captions
    `Tabel 3.n - Judul`; capaian **`Satuan` last**, `Indikator Sasaran` `% Capaian`; SAKIP `Komponen Manajemen
    Kinerja`; budget `Kode` `Program/Kegiatan` `Alokasi Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `%`, total
    `JUMLAH KESELURUHAN`; DPT `Jumlah Desa/Kel.` `Jumlah TPS` `Laki-laki` `Perempuan` `L+P`, total `TOTAL KAB.
    BELU`; foot `LKj KPU Belu Tahun 2024 / n`."""
    kep = {"cap": ("No", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Alokasi Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "%"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel.", "Jumlah TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-belu-2024", "Belu", "5304", "Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866",
          ["LAPORAN KINERJA TAHUN 2024", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "ATAMBUA"], 95,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u71bl24", "JUMLAH KESELURUHAN",
          ("pemilu", 2024), "TOTAL KAB. BELU",
          (lambda n: f"LKj KPU Belu Tahun 2024 / {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
