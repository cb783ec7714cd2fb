#!/usr/bin/env python3
# dev64/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev64/author64a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common64 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def kupang_2019():
    """Kupang 2019: cover KOMISI PEMILIHAN UMUM / KABUPATEN KUPANG / LAPORAN KINERJA / TAHUN 2019 / OELAMASI;
    captions `Tabel {n}. {t}`; capaian **`Satuan` between `Realisasi` and the percent**, `Tingkat Capaian (%)`;
    budget `Alokasi` `Realisasi` `Sisa Dana` `Realisasi (%)`, total `TOTAL KPU KUPANG`; DPT `Desa` `TPS` `Laki`
    `Perempuan` `Jumlah Pemilih`, total `KAB. KUPANG`; foot `- n -`."""
    kep = {"cap": ("No", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Tingkat Capaian (%)"),
           "ang": ("Kode", "Program dan Kegiatan", "Alokasi", "Realisasi", "Sisa Dana", "Realisasi (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-kupang-2019", "Kupang", "5301", "Oelamasi|29 Januari 2020|Yohanis Tefa Bire, S.Sos.|19820107 200604 1 601",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN KUPANG", "LAPORAN KINERJA", "TAHUN 2019", "OELAMASI"], 94,
          lambda n, t: f"Tabel {n}. {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.3, "u62kp19", "TOTAL KPU KUPANG",
          ("pemilu", 2019), "KAB. KUPANG",
          (lambda n: f"- {n} -",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, hasil rapat pleno rekapitulasi:",
          urut={"cap": [0, 1, 3, 4, 2, 5]}, riw=0)


def belu_2019():
    """Belu 2019: cover LKj / KPU KABUPATEN BELU / 2019 / ATAMBUA; captions `Tabel 3-{n}. {t}`; budget **`Realisasi`
    before `Pagu`**; DPT **`Jumlah` first of the figures, then `L`, `P`, `Desa/Kel`, `TPS`**, total `BELU`,
    broken after eight rows; foot `KPU Belu · LKj 2019 · n`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-belu-2019", "Belu", "5304", "Atambua|31 Januari 2020|Agustinus Bau Mali, S.H.|19830311 200604 1 602",
          ["LKj", "KPU KABUPATEN BELU", "2019", "ATAMBUA"], 96,
          lambda n, t: f"Tabel 3-{n}. {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u62bl19", "JUMLAH",
          ("pemilu", 2019), "BELU",
          (lambda n: f"KPU Belu \u00b7 LKj 2019 \u00b7 {n}", "Laporan Kinerja KPU Kabupaten Belu Tahun 2019"),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu menurut kecamatan:",
          urut={"ang": [0, 1, 3, 2, 4, 5], "dpt": [0, 1, 6, 4, 5, 2, 3]}, patah=(8, "KPU Kabupaten Belu - LKj 2019"),
          riw=0)


def sikka_2020():
    """Sikka 2020: cover LAPORAN KINERJA INSTANSI PEMERINTAH / (LKjIP) / KPU KABUPATEN SIKKA / TAHUN 2020 / MAUMERE;
    captions `Tabel {n}: {t}`; capaian with **a second header row of column numbers** `(1)` .. `(6)`; SAKIP
    `Unsur Penilaian`; budget `Pagu DIPA` `Realisasi` `Sisa Pagu` `% Real.`, total `JUMLAH SIKKA`; DPT `Kel/Desa`
    `Jml TPS` `Pemilih Laki-laki` `Pemilih Perempuan` `Total Pemilih`, total `SIKKA`; foot `LKj Sikka 2020 - Hal. n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu DIPA", "Realisasi", "Sisa Pagu", "% Real."),
           "sakip": ("No", "Unsur Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kel/Desa", "Jml TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Total Pemilih")}
    dua = {"cap": ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")}
    biasa("lkj-sikka-2020", "Sikka", "5307", "Maumere|29 Januari 2021|Fransiskus Nong Dapa, S.Fil.|19840403 200604 1 603",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN SIKKA", "TAHUN 2020", "MAUMERE"], 92,
          lambda n, t: f"Tabel {n}: {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.5", 21.5, "u62sk20", "JUMLAH SIKKA",
          ("pemilu", 2019), "SIKKA",
          (lambda n: f"LKj Sikka 2020 - Hal. {n}",),
          "DPT Pemilu 2019 Kabupaten Sikka per kecamatan, data dasar pemutakhiran berkelanjutan 2020:",
          dua=dua, riw=1)


def manggarai_2020():
    """Manggarai 2020: cover LAPORAN KINERJA / KPU KABUPATEN MANGGARAI / TAHUN ANGGARAN 2020 / RUTENG; captions
    **below the tables** `Tabel III-{n} {t}`; capaian with `%` in the cells; budget **`Serapan` right after the
    name**; DPT `Desa/Kelurahan` `TPS` `Laki-Laki` `Perempuan` `L+P`, total `JUMLAH MANGGARAI`; foot `Hal. n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "L+P")}
    biasa("lkj-manggarai-2020", "Manggarai", "5310", "Ruteng|28 Januari 2021|Adrianus Jehamat, S.Fil.|19830825 200604 1 604",
          ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "TAHUN ANGGARAN 2020", "RUTENG"], 95,
          lambda n, t: f"Tabel III-{n} {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u62mg20", "JUMLAH",
          ("pilkada", 2020), "JUMLAH MANGGARAI",
          (lambda n: f"Hal. {n}",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Manggarai 2020 per kecamatan:",
          urut={"ang": [0, 1, 5, 2, 3, 4]}, pct=True, bawah=True, riw=1)


def manggarai_barat_2023():
    """Manggarai Barat 2023: cover KPU KABUPATEN MANGGARAI BARAT / LKj 2023 / LABUAN BAJO; captions `Tabel {n} |
    {t}`; DPT with **a second header row of letters** `(a)` .. `(g)`, total `KAB. MANGGARAI BARAT`, tables broken
    after six rows; budget `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan (%)`; foot `LKj Mabar 2023 :: n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    dua = {"dpt": ("(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)")}
    biasa("lkj-manggarai-barat-2023", "Manggarai Barat", "5315",
          "Labuan Bajo|30 Januari 2024|Stefanus Gandi Jehaman, S.Pd.|19850114 200604 1 605",
          ["KPU KABUPATEN MANGGARAI BARAT", "LKj 2023", "LABUAN BAJO"], 97,
          lambda n, t: f"Tabel {n} | {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8", 22.3, "u62mb23", "JUMLAH",
          ("pemilu", 2024), "KAB. MANGGARAI BARAT",
          (lambda n: f"LKj Mabar 2023 :: {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan Juni 2023:",
          dua=dua, patah=(6, "LKj KPU Kabupaten Manggarai Barat 2023"), riw=1)


def ngada_2024():
    """Ngada 2024: cover LAPORAN KINERJA (LKj) / TAHUN 2024 / KOMISI PEMILIHAN UMUM KABUPATEN NGADA / BAJAWA;
    captions `Tab {n} – {t}`; capaian **`Realisasi` before `Target`, `Satuan` last**; budget `Anggaran (Rp)`
    `Realisasi (Rp)` `Selisih (Rp)` `Persen`, total `TOTAL NGADA`; DPT `Jumlah Desa` `Jumlah TPS` `Pemilih L`
    `Pemilih P` `Pemilih L+P`, total `NGADA`; foot `Laporan Kinerja KPU Ngada 2024 (n)`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Selisih (Rp)", "Persen"),
           "sakip": ("No", "Komponen yang Dievaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    biasa("lkj-ngada-2024", "Ngada", "5309", "Bajawa|29 Januari 2025|Wilhelmus Dhae Tuga, S.Sos.|19820530 200604 1 606",
          ["LAPORAN KINERJA (LKj)", "TAHUN 2024", "KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "BAJAWA"], 93,
          lambda n, t: f"Tab {n} \u2013 {t}", kep,
          "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 82.0", 22.6, "u62ng24", "TOTAL NGADA",
          ("pilkada", 2024), "NGADA",
          (lambda n: f"Laporan Kinerja KPU Ngada 2024 ({n})",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Ngada 2024 per kecamatan:",
          urut={"cap": [0, 1, 4, 3, 5, 2]}, riw=1)


if __name__ == "__main__":
    tulis(kupang_2019, belu_2019, sikka_2020, manggarai_2020, manggarai_barat_2023, ngada_2024)
