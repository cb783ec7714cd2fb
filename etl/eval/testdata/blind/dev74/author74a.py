#!/usr/bin/env python3
# dev74/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev74/author74a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common74 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Sebagai pembanding, evaluasi atas kinerja tahun {y} memberikan nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Hasil penilaian mandiri Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])}, setara {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: SAKTI dan OM-SPAN per 31 Desember {tahun}, diolah.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan, dari pagu Rp{p} terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y}, pagu tercatat Rp{id_int(p)} dengan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def kota_kupang_2019():
    """Kota Kupang 2019: cover LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KOTA KUPANG / TAHUN ANGGARAN 2019; captions
    `Tabel III-n: Judul`; capaian `Uraian Indikator` `Target 2019` `Realisasi 2019` `Capaian (%)`; budget `Kode`
    `Program/Kegiatan` `Pagu Revisi` `Realisasi` `Sisa Dana` `Serapan`, total `JUMLAH PAGU KPU KOTA KUPANG`; DPT
    `Kelurahan` `TPS` `Laki-laki` `Perempuan` `Total`, total `KOTA KUPANG`; foot `LKj KPU Kota Kupang Tahun 2019 |
    Halaman n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target 2019", "Realisasi 2019", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Revisi", "Realisasi", "Sisa Dana", "Serapan"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Laki-laki", "Perempuan", "Total")}
    biasa("lkj-kota-kupang-2019", "Kota Kupang", "5371", "Kupang|28 Januari 2020|Yohanes Benyamin Pello, S.H.|19830911 200604 1 831",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN ANGGARAN 2019"], 95,
          lambda n, t: f"Tabel III-{n}: {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u69kk19",
          "JUMLAH PAGU KPU KOTA KUPANG", ("pemilu", 2019), "KOTA KUPANG",
          (lambda n: f"LKj KPU Kota Kupang Tahun 2019 | Halaman {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, sesuai berita acara rapat "
          "pleno terbuka KPU Kota Kupang:", riw=0)


def alor_2020():
    """Alor 2020: cover KPU KABUPATEN ALOR / LAPORAN KINERJA INSTANSI PEMERINTAH / TAHUN 2020 / KALABAHI; captions
    `TABEL 3.n Judul`; capaian **`Realisasi` before `Target`**; budget `Kode` `Uraian` `Pagu (Rp)` `Realisasi (Rp)`
    `Sisa (Rp)` `(%)`, total `JUMLAH KPU ALOR`; DPT `Jumlah Desa/Kel` `Jumlah TPS` `L` `P` `L+P`, total `KAB. ALOR`;
    foot `Hal. n - LKj KPU Alor 2020`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "(%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel", "Jumlah TPS", "L", "P", "L+P")}
    biasa("lkj-alor-2020", "Alor", "5305", "Kalabahi|27 Januari 2021|Markus Lakamau, S.Sos.|19840918 200604 1 832",
          ["KPU KABUPATEN ALOR", "LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2020", "KALABAHI"], 94,
          lambda n, t: f"TABEL 3.{n} {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u69al20", "JUMLAH KPU ALOR",
          ("pemilu", 2019), "KAB. ALOR",
          (lambda n: f"Hal. {n} - LKj KPU Alor 2020",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan tahun 2020:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def nagekeo_2021():
    """Nagekeo 2021: cover LAPORAN KINERJA (LKj) / TAHUN 2021 / KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO / MBAY;
    captions `Tbl 3.n Judul`; capaian `Indikator Sasaran` `Target` `Realisasi` `% Capaian`; budget `Kode` `Uraian
    Kegiatan` `Anggaran` `Realisasi` `Sisa Anggaran` `% Serapan`, total `JUMLAH ANGGARAN`; DPT `Desa/Kel.` `TPS`
    `Laki-Laki` `Perempuan` `L + P`, total `KABUPATEN NAGEKEO`; foot `- n -` under the running head `LKj KPU
    Kabupaten Nagekeo 2021`."""
    kep = {"cap": ("No", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian Kegiatan", "Anggaran", "Realisasi", "Sisa Anggaran", "% Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    biasa("lkj-nagekeo-2021", "Nagekeo", "5316", "Mbay|28 Januari 2022|Maria Yasinta Wea, S.E.|19870421 200904 2 833",
          ["LAPORAN KINERJA (LKj)", "TAHUN 2021", "KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO", "MBAY"], 93,
          lambda n, t: f"Tbl 3.{n} {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8", 21.8, "u69nk21", "JUMLAH ANGGARAN",
          ("pemilu", 2019), "KABUPATEN NAGEKEO",
          (lambda n: f"- {n} -", "LKj KPU Kabupaten Nagekeo 2021"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, yang menjadi pangkal pemutakhiran "
          "data pemilih berkelanjutan 2021:", riw=1)


def sabu_raijua_2022():
    """Sabu Raijua 2022: cover LKj / KPU KABUPATEN SABU RAIJUA / 2022 / SEBA; captions `Tabel 3.n – Judul` (an en
    dash); capaian with **`%` in the cells**; budget **`%` before `Sisa`**: `Kode` `Program / Kegiatan` `Pagu`
    `Realisasi` `%` `Sisa`, total `TOTAL SABU RAIJUA`; DPT `Desa` `TPS` `Pria` `Wanita` `Jumlah`, total `SABU
    RAIJUA`; foot `LKj Sabu Raijua 2022 :: n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Pria", "Wanita", "Jumlah")}
    biasa("lkj-sabu-raijua-2022", "Sabu Raijua", "5320", "Seba|31 Januari 2023|Yermias Lado Kore, S.Pd.|19850126 200604 1 834",
          ["LKj", "KPU KABUPATEN SABU RAIJUA", "2022", "SEBA"], 96,
          lambda n, t: f"Tabel 3.{n} – {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9", 22.1, "u69sr22", "TOTAL SABU RAIJUA",
          ("pemilu", 2019), "SABU RAIJUA",
          (lambda n: f"LKj Sabu Raijua 2022 :: {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, pangkal pemutakhiran data "
          "pemilih berkelanjutan 2022:", pct=True, urut={"ang": [0, 1, 2, 3, 5, 4]}, riw=1)


def manggarai_barat_2023():
    """Manggarai Barat 2023: cover LAPORAN KINERJA TAHUN 2023 / SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT / LABUAN
    BAJO; captions `Tabel (n) Judul`; capaian **`Satuan` last**; budget `Kode` `Uraian` `Pagu Akhir (Rp)`
    `Realisasi (Rp)` `Sisa (Rp)` `Realisasi (%)`, total `JUMLAH MABAR`; DPT `Desa/Kel` `TPS` `Lk` `Pr` `Jumlah`,
    total `KAB. MANGGARAI BARAT`; foot `KPU Manggarai Barat . LKj 2023 . n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu Akhir (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Lk", "Pr", "Jumlah")}
    biasa("lkj-manggarai-barat-2023", "Manggarai Barat", "5315",
          "Labuan Bajo|30 Januari 2024|Stefanus Jemarut, S.Fil.|19860309 200904 1 835",
          ["LAPORAN KINERJA TAHUN 2023", "SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT", "LABUAN BAJO"], 92,
          lambda n, t: f"Tabel ({n}) {t}", kep,
          "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.7", 22.3, "u69mb23", "JUMLAH MABAR",
          ("pemilu", 2024), "KAB. MANGGARAI BARAT",
          (lambda n: f"KPU Manggarai Barat . LKj 2023 . {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan dalam rapat "
          "pleno terbuka bulan Juni 2023:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def malaka_2024():
    """Malaka 2024: cover LAPORAN KINERJA INSTANSI PEMERINTAH / KPU KABUPATEN MALAKA / TAHUN 2024; **captions under
    the tables** `Tabel 3.n. Judul`; capaian `Indikator` `Target` `Realisasi` `Capaian %`; budget `Kode` `Program,
    Kegiatan` `Pagu` `Realisasi` `Sisa` `Capaian (%)`, total `JUMLAH SELURUH PROGRAM`; DPT `Desa` `TPS` `Laki-laki`
    `Perempuan` `Jumlah DPT`, total `KABUPATEN MALAKA`; foot `LKjIP Malaka 2024 / n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian %"),
           "ang": ("Kode", "Program, Kegiatan", "Pagu", "Realisasi", "Sisa", "Capaian (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah DPT")}
    biasa("lkj-malaka-2024", "Malaka", "5321", "Betun|29 Januari 2025|Agustinus Nahak Seran, S.H.|19850816 200604 1 836",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN MALAKA", "TAHUN 2024"], 97,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2", 22.6, "u69mk24", "JUMLAH SELURUH PROGRAM",
          ("pemilu", 2024), "KABUPATEN MALAKA",
          (lambda n: f"LKjIP Malaka 2024 / {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", bawah=True, riw=1)


if __name__ == "__main__":
    tulis(kota_kupang_2019, alor_2020, nagekeo_2021, sabu_raijua_2022, manggarai_barat_2023, malaka_2024)
