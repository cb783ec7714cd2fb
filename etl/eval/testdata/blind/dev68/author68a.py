#!/usr/bin/env python3
# dev68/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev68/author68a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common68 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def sikka_2019():
    """Sikka 2019: cover LAPORAN KINERJA / KPU KABUPATEN SIKKA / 2019 / MAUMERE; captions `Tbl. 3-n  Judul`;
    capaian `Indikator` `Sat.` `Target` `Realisasi` `%`; budget `Kode` `Uraian Program/Kegiatan` `Anggaran`
    `Realisasi` `Sisa Anggaran` `% Real.`, total `TOTAL SIKKA`; DPT `Desa/Kel.` `TPS` `Laki` `Perempuan` `Total`,
    total `JUMLAH KAB. SIKKA`; foot `- n - | LKj Sikka 2019`."""
    kep = {"cap": ("No", "Indikator", "Sat.", "Target", "Realisasi", "%"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Anggaran", "Realisasi", "Sisa Anggaran", "% Real."),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki", "Perempuan", "Total")}
    biasa("lkj-sikka-2019", "Sikka", "5307", "Maumere|27 Januari 2020|Yohanes Don Bosco Mitan, S.Fil.|19830415 200604 1 761",
          ["LAPORAN KINERJA", "KPU KABUPATEN SIKKA", "2019", "MAUMERE"], 94,
          lambda n, t: f"Tbl. 3-{n}  {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.1", 21.2, "u66sk19", "TOTAL SIKKA",
          ("pemilu", 2019), "JUMLAH KAB. SIKKA",
          (lambda n: f"- {n} - | LKj Sikka 2019",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka menurut kecamatan:", riw=0)


def kota_kupang_2020():
    """Kota Kupang 2020: cover KOMISI PEMILIHAN UMUM KOTA KUPANG / LAPORAN KINERJA TAHUN 2020 / KUPANG; captions
    `Daftar 3.n  Judul`; capaian **`Capaian` before `Realisasi`**; budget `Kode` `Uraian` `Pagu Anggaran`
    `Realisasi Anggaran` `Sisa Anggaran` `Persentase`, total `JUMLAH KOTA KUPANG`; DPT `Kelurahan` `TPS`
    `L` `P` `Jumlah`, total `KOTA KUPANG`; foot `LKj 2020 KPU Kota Kupang  hal. n` and a running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-kota-kupang-2020", "Kota Kupang", "5371", "Kupang|29 Januari 2021|Marthen Luther Bessie, S.H.|19820620 200604 1 762",
          ["KOMISI PEMILIHAN UMUM KOTA KUPANG", "LAPORAN KINERJA TAHUN 2020", "KUPANG"], 92,
          lambda n, t: f"Daftar 3.{n}  {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u66kk20", "JUMLAH KOTA KUPANG",
          ("pemilu", 2019), "KOTA KUPANG",
          (lambda n: f"LKj 2020 KPU Kota Kupang  hal. {n}", "Laporan Kinerja KPU Kota Kupang Tahun 2020"),
          "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2020:", urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def ende_2024():
    """Ende 2024: cover LKj / KPU KABUPATEN ENDE / TAHUN 2024; captions title first, number after
    `Judul (Tabel 3.n)`; capaian `Uraian Indikator` `Satuan` `Target` `Realisasi` `Capaian (%)`; budget
    **`Sisa` last, `Serapan` before it**, total `JUMLAH ENDE`; DPT `Jml. Desa/Kel.` `Jml. TPS` `Laki-laki`
    `Perempuan` `Jml. Pemilih`, total `KABUPATEN ENDE`; foot `Ende, LKj 2024 | n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Hasil Evaluasi"),
           "dpt": ("No", "Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "Laki-laki", "Perempuan", "Jml. Pemilih")}
    biasa("lkj-ende-2024", "Ende", "5308", "Ende|30 Januari 2025|Fransiska Wangge, S.E.|19860211 200904 2 763",
          ["LKj", "KPU KABUPATEN ENDE", "TAHUN 2024"], 95,
          lambda n, t: f"{t} (Tabel 3.{n})", kep,
          "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 81.9", 22.4, "u66en24", "JUMLAH ENDE",
          ("pilkada", 2024), "KABUPATEN ENDE",
          (lambda n: f"Ende, LKj 2024 | {n}",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Ende 2024 per kecamatan, ditetapkan dalam rapat pleno September 2024:",
          urut={"ang": [0, 1, 2, 3, 5, 4]}, riw=1)


def ngada_2022():
    """Ngada 2022: cover LAPORAN KINERJA TAHUN 2022 / SEKRETARIAT KPU KABUPATEN NGADA / BAJAWA; captions in
    capitals `TABEL n - JUDUL`; capaian with a column-number row `(1)` .. `(6)`; budget `Kode` `Nomenklatur`
    `Pagu` `Realisasi` `Sisa` `(%)`, total `JUMLAH NGADA`; DPT **`TPS` before `Desa/Kel`**, total `KAB. NGADA`;
    foot `Halaman n - LKj Ngada 2022`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Nomenklatur", "Pagu", "Realisasi", "Sisa", "(%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    dua = {"cap": ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")}
    biasa("lkj-ngada-2022", "Ngada", "5309", "Bajawa|31 Januari 2023|Gaspar Bhoki Wea, S.Pd.|19840929 200604 1 764",
          ["LAPORAN KINERJA TAHUN 2022", "SEKRETARIAT KPU KABUPATEN NGADA", "BAJAWA"], 93,
          lambda n, t: f"TABEL {n} - {t.upper()}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 21.9, "u66ng22", "JUMLAH NGADA",
          ("pemilu", 2019), "KAB. NGADA",
          (lambda n: f"Halaman {n} - LKj Ngada 2022",),
          "Rekapitulasi DPT Pemilu 2019 Kabupaten Ngada per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan 2022:", urut={"dpt": [0, 1, 3, 2, 4, 5, 6]}, dua=dua, riw=1)


def malaka_2020():
    """Malaka 2020: cover KPU KABUPATEN MALAKA / LAPORAN KINERJA / TAHUN ANGGARAN 2020 / BETUN; captions
    `Tabel B.n  Judul`; capaian with `%` in the cells; budget `Kode Akun` `Uraian` `Pagu` `Realisasi` `Sisa`
    `Serapan %`, total `TOTAL MALAKA`; DPT `Desa` `TPS` `L` `P` `Total`, total `KAB. MALAKA`, **broken after ten
    rows**; foot `LKj Malaka 2020 (n)` with a running head."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan %"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Total")}
    biasa("lkj-malaka-2020", "Malaka", "5321", "Betun|28 Januari 2021|Yakobus Nahak Seran, S.Sos.|19850707 200604 1 765",
          ["KPU KABUPATEN MALAKA", "LAPORAN KINERJA", "TAHUN ANGGARAN 2020", "BETUN"], 96,
          lambda n, t: f"Tabel B.{n}  {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.6, "u66ml20", "TOTAL MALAKA",
          ("pilkada", 2020), "KAB. MALAKA",
          (lambda n: f"LKj Malaka 2020 ({n})", "KPU Kabupaten Malaka - Laporan Kinerja 2020"),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Malaka 2020 per kecamatan:",
          pct=True, patah=(10, "KPU Kabupaten Malaka - Laporan Kinerja 2020"), riw=1)


def manggarai_2024():
    """Manggarai 2024: cover LAPORAN KINERJA 2024 / KOMISI PEMILIHAN UMUM / KABUPATEN MANGGARAI / RUTENG; captions
    below the tables `Tab 3.n – Judul`; capaian **`Target` last before `Capaian`, `Realisasi` first of the
    figures**; budget `Kode` `Program/Kegiatan` `Pagu Akhir` `Realisasi` `Sisa` `Realisasi (%)`, total
    `JUMLAH MANGGARAI`; DPT `Desa/Kel.` `TPS` `Pemilih L` `Pemilih P` `Pemilih L+P`, total `MANGGARAI`;
    foot `n  LKj Manggarai 2024`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Akhir", "Realisasi", "Sisa", "Realisasi (%)"),
           "sakip": ("No", "Unsur", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    biasa("lkj-manggarai-2024", "Manggarai", "5310", "Ruteng|30 Januari 2025|Kristianus Jehaman, S.Fil.|19860803 200904 1 766",
          ["LAPORAN KINERJA 2024", "KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI", "RUTENG"], 91,
          lambda n, t: f"Tab 3.{n} \u2013 {t}", kep,
          "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u66mg24", "JUMLAH MANGGARAI",
          ("pemilu", 2024), "MANGGARAI",
          (lambda n: f"{n}  LKj Manggarai 2024",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai per kecamatan, yang digunakan pada pemungutan "
          "suara 14 Februari 2024:", urut={"cap": [0, 1, 2, 4, 3, 5]}, bawah=True, riw=1)


if __name__ == "__main__":
    tulis(sikka_2019, kota_kupang_2020, ende_2024, ngada_2022, malaka_2020, manggarai_2024)
