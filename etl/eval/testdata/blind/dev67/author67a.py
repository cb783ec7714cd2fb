#!/usr/bin/env python3
# dev67/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev67/author67a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common67 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def kupang_2022():
    """Kupang 2022: cover LAPORAN KINERJA / SEKRETARIAT KPU KABUPATEN KUPANG / TAHUN ANGGARAN 2022 / OELAMASI;
    captions `Tabel 3.n — Judul`; capaian `Indikator Sasaran` `Tar.` `Real.` `Capaian`; budget `Akun/Kode`-less
    `Kode Output` `Uraian` `Pagu Revisi` `Realisasi SP2D` `Sisa Pagu` `% Serapan`, total `JUMLAH KAB. KUPANG`;
    DPT `Kel./Desa` `Jml. TPS` `L` `P` `L+P`, total `KABUPATEN KUPANG`; foot `Hal n dari LKj KPU Kab. Kupang 2022`."""
    kep = {"cap": ("No", "Indikator Sasaran", "Satuan", "Tar.", "Real.", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu Revisi", "Realisasi SP2D", "Sisa Pagu", "% Serapan"),
           "sakip": ("No", "Aspek", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kel./Desa", "Jml. TPS", "L", "P", "L+P")}
    biasa("lkj-kupang-2022", "Kupang", "5301", "Oelamasi|30 Januari 2023|Agustinus Tefa, S.Sos.|19850312 200904 1 741",
          ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN KUPANG", "TAHUN ANGGARAN 2022", "OELAMASI"], 93,
          lambda n, t: f"Tabel 3.{n} \u2014 {t}", kep,
          "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.7", 22.2, "u65kp22", "JUMLAH KAB. KUPANG",
          ("pemilu", 2019), "KABUPATEN KUPANG",
          (lambda n: f"Hal {n} dari LKj KPU Kab. Kupang 2022",),
          "Rekapitulasi DPT Pemilu 2019 Kabupaten Kupang menurut kecamatan, pangkal pemutakhiran data pemilih berkelanjutan 2022:", riw=1)


def flores_timur_2023():
    """Flores Timur 2023: cover KPU KABUPATEN FLORES TIMUR / LAPORAN KINERJA / 2023 / LARANTUKA; captions
    `Tab. n  Judul`; capaian **`Satuan` last**; budget **`Realisasi` first of the figures, then `Pagu`**, total
    `TOTAL FLOTIM`; DPT `Jumlah Desa/Kel.` `TPS` `Laki-Laki` `Perempuan` `Jumlah`, total `FLORES TIMUR`; foot
    `[n] LKj Flotim 2023`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target 2023", "Realisasi 2023", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Capaian (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Skor"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel.", "TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-flores-timur-2023", "Flores Timur", "5306",
          "Larantuka|29 Januari 2024|Bernadus Kopong Liat, S.Fil.|19840722 200604 1 742",
          ["KPU KABUPATEN FLORES TIMUR", "LAPORAN KINERJA", "2023", "LARANTUKA"], 91,
          lambda n, t: f"Tab. {n}  {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.4", 21.9, "u65ft23", "TOTAL FLOTIM",
          ("pemilu", 2024), "FLORES TIMUR",
          (lambda n: f"[{n}] LKj Flotim 2023",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Flores Timur per kecamatan, ditetapkan 21 Juni 2023:",
          urut={"cap": [0, 1, 3, 4, 5, 2], "ang": [0, 1, 3, 2, 4, 5]}, riw=1)


def sikka_2023():
    """Sikka 2023: cover LAPORAN KINERJA (LKj) TAHUN 2023 / KOMISI PEMILIHAN UMUM KABUPATEN SIKKA / MAUMERE;
    captions below the table `Tabel n. Judul`; budget `Uraian Kegiatan` `Alokasi` `Realisasi` `Sisa` `Persen`,
    total `JUMLAH SIKKA`; DPT `Desa/Kel` `TPS` `Pria` `Wanita` `Total`, total `KAB. SIKKA`; foot `KPU Sikka | n`
    with running head `Laporan Kinerja 2023`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Persentase"),
           "ang": ("Kode", "Uraian Kegiatan", "Alokasi", "Realisasi", "Sisa", "Persen"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pria", "Wanita", "Total")}
    biasa("lkj-sikka-2023", "Sikka", "5307", "Maumere|31 Januari 2024|Maria Goreti Wodon, S.E.|19870530 200904 2 743",
          ["LAPORAN KINERJA (LKj) TAHUN 2023", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "MAUMERE"], 95,
          lambda n, t: f"Tabel {n}. {t}", kep,
          "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.0", 22.5, "u65sk23", "JUMLAH SIKKA",
          ("pemilu", 2024), "KAB. SIKKA",
          (lambda n: f"KPU Sikka | {n}", "Laporan Kinerja 2023"),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, ditetapkan dalam pleno Juni 2023:", bawah=True, riw=1)


def sumba_timur_2020():
    """Sumba Timur 2020: cover LAPORAN KINERJA INSTANSI / KPU KABUPATEN SUMBA TIMUR / TAHUN 2020 / WAINGAPU;
    captions `TABEL 3.n` `JUDUL` (capitals); capaian with a column-number row `1` .. `6`; budget `Program/Kegiatan`
    `Pagu` `Realisasi` `Sisa` `Serapan`, total `JUMLAH SUMBA TIMUR`; DPT `Jml. Desa` `Jml. TPS` `Pemilih Laki-laki`
    `Pemilih Perempuan` `Total Pemilih`, total `KAB. SUMBA TIMUR`; foot `LKj KPU Sumba Timur 2020 / n`."""
    kep = {"cap": ("No", "Sasaran / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml. Desa", "Jml. TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Total Pemilih")}
    dua = {"cap": ("1", "2", "3", "4", "5", "6 = 5/4")}
    biasa("lkj-sumba-timur-2020", "Sumba Timur", "5311",
          "Waingapu|28 Januari 2021|Umbu Ndakularak, S.Sos.|19830908 200604 1 744",
          ["LAPORAN KINERJA INSTANSI", "KPU KABUPATEN SUMBA TIMUR", "TAHUN 2020", "WAINGAPU"], 94,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.6, "u65st20", "JUMLAH SUMBA TIMUR",
          ("pilkada", 2020), "KAB. SUMBA TIMUR",
          (lambda n: f"LKj KPU Sumba Timur 2020 / {n}",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Timur 2020 per kecamatan:", dua=dua, riw=1)


def rote_ndao_2023():
    """Rote Ndao 2023: cover LKj 2023 / KPU KABUPATEN ROTE NDAO / BA'A; captions `Tabel n: Judul`; capaian
    `Realisasi` before `Target` and `%` in the cells; budget `Pagu` `Sisa` before `Realisasi`, total
    `JUMLAH ROTE NDAO`; DPT `TPS` before `Desa`, total `ROTE NDAO`; foot `LKj Rote Ndao 2023 -- n --`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Komponen"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-rote-ndao-2023", "Rote Ndao", "5314", "Ba'a|30 Januari 2024|Daniel Nalle, S.H.|19860417 200904 1 745",
          ["LKj 2023", "KPU KABUPATEN ROTE NDAO", "BA'A"], 92,
          lambda n, t: f"Tabel {n}: {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.5", 22.0, "u65rn23", "JUMLAH ROTE NDAO",
          ("pemilu", 2024), "ROTE NDAO",
          (lambda n: f"LKj Rote Ndao 2023 -- {n} --",),
          "DPT Pemilu 2024 Kabupaten Rote Ndao per kecamatan (ditetapkan Juni 2023):",
          urut={"cap": [0, 1, 2, 4, 3, 5], "ang": [0, 1, 2, 4, 3, 5], "dpt": [0, 1, 3, 2, 4, 5, 6]}, pct=True, riw=1)


def manggarai_timur_2019():
    """Manggarai Timur 2019: cover KOMISI PEMILIHAN UMUM / KABUPATEN MANGGARAI TIMUR / LAPORAN KINERJA / TAHUN
    2019 / BORONG; captions `Tabel III-n  Judul`; budget `Nama Program/Kegiatan` `Pagu (Rp)` `Realisasi (Rp)`
    `Sisa (Rp)` `%`, total `JUMLAH KESELURUHAN`; DPT `Desa/Kelurahan` `TPS` `L` `P` `JML`, total `KAB. MANGGARAI
    TIMUR`; foot `Halaman n` with running head `LKj KPU Manggarai Timur 2019`, the DPT broken after eight rows."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian %"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "L", "P", "JML")}
    biasa("lkj-manggarai-timur-2019", "Manggarai Timur", "5319",
          "Borong|29 Januari 2020|Yohanes Don Bosco Jehadu, S.Pd.|19840101 200604 1 746",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI TIMUR", "LAPORAN KINERJA", "TAHUN 2019", "BORONG"], 96,
          lambda n, t: f"Tabel III-{n}  {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.2", 21.3, "u65mt19", "JUMLAH KESELURUHAN",
          ("pemilu", 2019), "KAB. MANGGARAI TIMUR",
          (lambda n: f"Halaman {n}", "LKj KPU Manggarai Timur 2019"),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Timur per kecamatan:",
          patah=(8, "LKj KPU Manggarai Timur 2019"), riw=0)


if __name__ == "__main__":
    tulis(kupang_2022, flores_timur_2023, sikka_2023, sumba_timur_2020, rote_ndao_2023, manggarai_timur_2019)
