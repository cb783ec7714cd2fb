#!/usr/bin/env python3
# dev65/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev65/author65a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common65 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Untuk perbandingan, hasil evaluasi atas kinerja tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} memperoleh nilai {id_dec(nb[0])} dari "
        f"bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: aplikasi SAKTI dan OM-SPAN, data per 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dengan demikian dari pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y} sebelumnya mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def kupang_2024():
    """Kupang 2024: cover LAPORAN KINERJA TAHUN 2024 / SEKRETARIAT KPU KABUPATEN KUPANG / OELAMASI; captions
    `TABEL n — Judul` in capitals; capaian `Uraian Indikator` … **`Target` after `Realisasi`, `Satuan` second**;
    SAKIP `Aspek yang Dinilai` `Bobot (%)` `Skor`; budget **`Sisa` first of the amounts** (`Sisa`, `Pagu`,
    `Realisasi`, `%`), total `GRAND TOTAL KUPANG`; DPT `Jml Desa` `Jml TPS` `Pria` `Wanita` `Total`, total
    `KABUPATEN KUPANG`; foot `Hlm. n | LKj 2024`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Aspek yang Dinilai", "Bobot (%)", "Skor"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "Pria", "Wanita", "Total")}
    biasa("lkj-kupang-2024", "Kupang", "5301", "Oelamasi|30 Januari 2025|Yohana Seran Tefa, S.E.|19860214 200904 2 701",
          ["LAPORAN KINERJA TAHUN 2024", "SEKRETARIAT KPU KABUPATEN KUPANG", "OELAMASI"], 93,
          lambda n, t: f"TABEL {n} \u2014 {t.upper()}", kep,
          "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1", 22.7, "u63kp24", "GRAND TOTAL KUPANG",
          ("pilkada", 2024), "KABUPATEN KUPANG",
          (lambda n: f"Hlm. {n} | LKj 2024",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Kupang 2024 menurut kecamatan:",
          urut={"cap": [0, 2, 1, 4, 3, 5], "ang": [0, 1, 4, 2, 3, 5]}, riw=1)


def tts_2019():
    """Timor Tengah Selatan 2019: cover KPU / KABUPATEN TIMOR TENGAH SELATAN / LAPORAN KINERJA INSTANSI / 2019 /
    SOE; captions `Tabel (n) Judul`; capaian **`Capaian` before `Target`**; budget `Kode Akun` `Nama Program/Kegiatan`
    `DIPA (Rp)` `Real. (Rp)` `Sisa DIPA (Rp)` `Real. %`, total `TOTAL TTS`; DPT **`L` `P` before `Desa` `TPS`**,
    total `KAB. TTS`, tables broken after ten rows; foot `LKj TTS 2019 / n`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode Akun", "Nama Program/Kegiatan", "DIPA (Rp)", "Real. (Rp)", "Sisa DIPA (Rp)", "Real. %"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "L+P")}
    biasa("lkj-timor-tengah-selatan-2019", "Timor Tengah Selatan", "5302",
          "Soe|31 Januari 2020|Marthen Nenobais, S.Sos.|19810926 200604 1 702",
          ["KPU", "KABUPATEN TIMOR TENGAH SELATAN", "LAPORAN KINERJA INSTANSI", "2019", "SOE"], 98,
          lambda n, t: f"Tabel ({n}) {t}", kep,
          "partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.1", 21.0, "u63ts19", "TOTAL TTS",
          ("pemilu", 2019), "KAB. TTS",
          (lambda n: f"LKj TTS 2019 / {n}", "Laporan Kinerja KPU Kabupaten Timor Tengah Selatan 2019"),
          "Rekapitulasi DPT Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan:",
          urut={"cap": [0, 1, 2, 5, 3, 4], "dpt": [0, 1, 4, 5, 6, 2, 3]}, patah=(10, "KPU Kabupaten TTS - LKj 2019"),
          riw=0)


def flores_timur_2019():
    """Flores Timur 2019: cover LKj 2019 / KOMISI PEMILIHAN UMUM / KABUPATEN FLORES TIMUR / LARANTUKA; captions
    `Tbl. n: Judul`; capaian with `%` in the cells and `Persentase`; budget `Kode` `Keterangan` `Pagu Revisi`
    `Realisasi s.d. Desember` `Sisa Anggaran` `Persentase`, total `JUMLAH FLOTIM`; DPT `Kelurahan/Desa` `Jumlah TPS`
    `Laki-laki` `Perempuan` `Jumlah`, total `FLORES TIMUR`; foot `[n]`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Persentase"),
           "ang": ("Kode", "Keterangan", "Pagu Revisi", "Realisasi s.d. Desember", "Sisa Anggaran", "Persentase"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan/Desa", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-flores-timur-2019", "Flores Timur", "5306",
          "Larantuka|29 Januari 2020|Yosep Kopong Liwun, S.Fil.|19820411 200604 1 703",
          ["LKj 2019", "KOMISI PEMILIHAN UMUM", "KABUPATEN FLORES TIMUR", "LARANTUKA"], 91,
          lambda n, t: f"Tbl. {n}: {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.3", 21.2, "u63ft19", "JUMLAH FLOTIM",
          ("pemilu", 2019), "FLORES TIMUR",
          (lambda n: f"[{n}]",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan:",
          pct=True, riw=0)


def ende_2019():
    """Ende 2019: cover LAPORAN KINERJA / KPU KAB. ENDE / TAHUN 2019; **captions below the tables**
    `Daftar n. Judul`; SAKIP `Komponen` `Bobot Maks.` `Nilai Diperoleh`; budget **`Serapan`
    before `Sisa`**; DPT `Ds/Kel` `TPS` `Lk` `Pr` `Jml`, total `JUMLAH KAB. ENDE`; foot `Ende, LKj 2019 - n`."""
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot Maks.", "Nilai Diperoleh"),
           "dpt": ("No", "Kecamatan", "Ds/Kel", "TPS", "Lk", "Pr", "Jml")}
    biasa("lkj-ende-2019", "Ende", "5308", "Ende|30 Januari 2020|Maria Goreti Wonga, S.Pd.|19850302 200904 2 704",
          ["LAPORAN KINERJA", "KPU KAB. ENDE", "TAHUN 2019"], 95,
          lambda n, t: f"Daftar {n}. {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.2", 21.3, "u63en19", "JUMLAH",
          ("pemilu", 2019), "JUMLAH KAB. ENDE",
          (lambda n: f"Ende, LKj 2019 - {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ende per kecamatan, hasil rekapitulasi KPU Kabupaten Ende:",
          urut={"ang": [0, 1, 2, 3, 5, 4]}, bawah=True, riw=0)


def sumba_timur_2023():
    """Sumba Timur 2023: cover KPU KABUPATEN SUMBA TIMUR / LAPORAN KINERJA / TAHUN ANGGARAN 2023 / WAINGAPU;
    captions `Tabel 3.n Judul`; capaian with **a second header row of letters** `a` .. `f`; budget `Kode` `Uraian`
    `Pagu Akhir` `Realisasi` `Sisa` `%`, total `JUMLAH DIPA`; DPT `Desa/Kel.` `TPS` `Laki-Laki` `Perempuan`
    `Total`, total `TOTAL SUMBA TIMUR`, broken after eleven rows; foot `Halaman n dari LKj Sumba Timur 2023`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target 2023", "Realisasi 2023", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu Akhir", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-Laki", "Perempuan", "Total")}
    dua = {"cap": ("a", "b", "c", "d", "e", "f")}
    biasa("lkj-sumba-timur-2023", "Sumba Timur", "5311",
          "Waingapu|31 Januari 2024|Rambu Anamila Hamu, S.Sos.|19860718 200904 2 705",
          ["KPU KABUPATEN SUMBA TIMUR", "LAPORAN KINERJA", "TAHUN ANGGARAN 2023", "WAINGAPU"], 94,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.9", 22.4, "u63st23", "JUMLAH DIPA",
          ("pemilu", 2024), "TOTAL SUMBA TIMUR",
          (lambda n: f"Halaman {n} dari LKj Sumba Timur 2023",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Timur per kecamatan, ditetapkan Juni 2023:",
          dua=dua, patah=(11, "LKj KPU Kabupaten Sumba Timur 2023"), riw=1)


def kota_kupang_2021():
    """Kota Kupang 2021: cover LAPORAN KINERJA 2021 / KOMISI PEMILIHAN UMUM KOTA KUPANG; captions `Tabel-n
    Judul`; capaian **`Satuan` last**; budget `Kode` `Program/Kegiatan` `Alokasi Anggaran` `Realisasi Anggaran`
    `Sisa` `Capaian (%)`, total `TOTAL KOTA KUPANG`; DPT `Kelurahan` `TPS` `Laki-laki` `Perempuan` `Jumlah`, total
    `KOTA KUPANG`; foot `- LKj Kota Kupang 2021 - n -`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian %"),
           "ang": ("Kode", "Program/Kegiatan", "Alokasi Anggaran", "Realisasi Anggaran", "Sisa", "Capaian (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-kota-kupang-2021", "Kota Kupang", "5371",
          "Kupang|28 Januari 2022|Imelda Dethan, S.H.|19840909 200904 2 706",
          ["LAPORAN KINERJA 2021", "KOMISI PEMILIHAN UMUM KOTA KUPANG"], 92,
          lambda n, t: f"Tabel-{n} {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.9, "u63kk21", "TOTAL KOTA KUPANG",
          ("pemilu", 2019), "KOTA KUPANG",
          (lambda n: f"- LKj Kota Kupang 2021 - {n} -",),
          "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, pangkal pemutakhiran berkelanjutan 2021:",
          urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


if __name__ == "__main__":
    tulis(kupang_2024, tts_2019, flores_timur_2019, ende_2019, sumba_timur_2023, kota_kupang_2021)
