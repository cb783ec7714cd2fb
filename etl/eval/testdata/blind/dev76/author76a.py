#!/usr/bin/env python3
# dev76/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev76/author76a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common76 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def belu_2019():
    """Belu 2019: cover LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KABUPATEN BELU / TAHUN ANGGARAN 2019; captions
    `Tabel III-n: Judul`; capaian `Indikator Kinerja Utama` `Target` `Realisasi` `% Capaian`; budget `Kode` `Program dan
    Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `% Serapan`, total `TOTAL KPU BELU`; DPT `Desa/Kel` `TPS`
    `Pemilih Laki-laki` `Pemilih Perempuan` `Jumlah Pemilih`, total `KABUPATEN BELU`; foot `Hal. n - LKj Belu 2019`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "% Serapan"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")}
    biasa("lkj-belu-2019", "Belu", "5304", "Atambua|28 Januari 2020|Maria Fatima Bere, S.Sos.|19840410 200604 2 861",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN ANGGARAN 2019"], 91,
          lambda n, t: f"Tabel III-{n}: {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1", 21.2, "u71bl19", "TOTAL KPU BELU",
          ("pemilu", 2019), "KABUPATEN BELU",
          (lambda n: f"Hal. {n} - LKj Belu 2019",),
          "Jumlah Daftar Pemilih Tetap Pemilu 2019 di Kabupaten Belu untuk setiap kecamatan sebagaimana ditetapkan "
          "KPU Kabupaten Belu:", riw=0)


def tts_2020():
    """Timor Tengah Selatan 2020: cover LKj / LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN / TAHUN
    2020; captions `Tabel 3.n - Judul`; capaian **`Realisasi` before `Target`**; budget `Kode` `Nama Program/Kegiatan`
    `Pagu Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `Persentase (%)`, total `JUMLAH`; DPT `Jumlah Desa/Kel`
    `Jumlah TPS` `L` `P` `Jumlah`, total `KABUPATEN TTS`; foot `Laporan Kinerja 2020 | KPU TTS | n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Persentase (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel", "Jumlah TPS", "L", "P", "Jumlah")}
    biasa("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan", "5302",
          "Soe|29 Januari 2021|Yermias Tallo, S.Th.|19830908 200604 1 862",
          ["LKj", "LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2020"], 93,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u71ts20", "JUMLAH",
          ("pemilu", 2019), "KABUPATEN TTS",
          (lambda n: f"Laporan Kinerja 2020 | KPU TTS | {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan menurut kecamatan, "
          "dasar pemutakhiran data pemilih berkelanjutan tahun 2020:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def sikka_2021():
    """Sikka 2021: cover KPU KABUPATEN SIKKA / LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) / TAHUN 2021; captions
    `Tabel 3.n. Judul`; capaian `Indikator` `Target 2021` `Realisasi 2021` `Capaian 2021`; budget `Kode` `Uraian`
    `Pagu` `Realisasi` `Sisa` `Realisasi (%)`, total `JUMLAH SIKKA`; DPT `Desa/Kelurahan` `TPS` `Laki-Laki`
    `Perempuan` `L + P`, total `TOTAL SIKKA`; foot `LKjIP KPU Sikka 2021 / n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target 2021", "Realisasi 2021", "Capaian 2021"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    biasa("lkj-sikka-2021", "Sikka", "5307", "Maumere|27 Januari 2022|Yohanes Nong Sina, S.Fil.|19850216 200604 1 863",
          ["KPU KABUPATEN SIKKA", "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "TAHUN 2021"], 95,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u71sk21", "JUMLAH SIKKA",
          ("pemilu", 2019), "TOTAL SIKKA",
          (lambda n: f"LKjIP KPU Sikka 2021 / {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka per kecamatan yang menjadi pangkal pemutakhiran data "
          "pemilih berkelanjutan tahun 2021:", riw=1)


def flores_timur_2022():
    """Flores Timur 2022: cover LAPORAN KINERJA (LKj) / KPU KABUPATEN FLORES TIMUR / 2022; captions `TABEL 3.n
    JUDUL` in capitals; capaian `Indikator Kinerja` `Target` `Realisasi` `Capaian`; budget `Kode` `Uraian Kegiatan`
    `Anggaran` `Realisasi` `Sisa` `%`, total `TOTAL`; DPT `Desa/Kel.` `TPS` `Laki-laki` `Perempuan` `Total`, total
    `KAB. FLORES TIMUR`; foot `LKj 2022 (n)` under the running head `KPU Kabupaten Flores Timur`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Kegiatan", "Anggaran", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Total")}
    biasa("lkj-flores-timur-2022", "Flores Timur", "5306",
          "Larantuka|30 Januari 2023|Bernadus Boli Hurint, S.E.|19860311 200904 1 864",
          ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN FLORES TIMUR", "2022"], 94,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u71ft22", "TOTAL",
          ("pemilu", 2019), "KAB. FLORES TIMUR",
          (lambda n: f"LKj 2022 ({n})", "KPU Kabupaten Flores Timur"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur menurut kecamatan, pangkal pemutakhiran data "
          "pemilih berkelanjutan tahun 2022:", riw=1)


def malaka_2023():
    """Malaka 2023: cover LAPORAN KINERJA TAHUN 2023 / KOMISI PEMILIHAN UMUM KABUPATEN MALAKA; captions `Tabel n.
    Judul` numbered through the report; capaian `Indikator Kinerja` `Target` `Realisasi` `Capaian (%)` with **`%` in
    the cells**; budget `Kode` `Program/Kegiatan` `Pagu Revisi` `Realisasi` `Sisa` `Serapan`, total `JUMLAH MALAKA`;
    DPT `Desa` `TPS` `Laki-laki` `Perempuan` `Jumlah`, total `MALAKA`; foot `LKj Malaka 2023 :: n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Revisi", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-malaka-2023", "Malaka", "5321", "Betun|30 Januari 2024|Kristoforus Bria Seran, S.H.|19860925 200904 1 865",
          ["LAPORAN KINERJA TAHUN 2023", "KOMISI PEMILIHAN UMUM KABUPATEN MALAKA"], 96,
          lambda n, t: f"Tabel {n}. {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u71mk23", "JUMLAH MALAKA",
          ("pemilu", 2024), "MALAKA",
          (lambda n: f"LKj Malaka 2023 :: {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan dalam rapat "
          "pleno terbuka pada bulan Juni 2023:", pct=True, riw=1)


def kota_kupang_2024():
    """Kota Kupang 2024: cover KOMISI PEMILIHAN UMUM KOTA KUPANG / LAPORAN KINERJA / TAHUN 2024 / KUPANG; captions
    `Tabel 3.n Judul`; capaian `Sasaran/Indikator Kinerja` `Target` `Realisasi` `Capaian`; budget `Kode` `Program /
    Kegiatan` `Pagu` `Realisasi` `Sisa Dana` `Capaian (%)`, total `JUMLAH SELURUHNYA`; DPT `Kelurahan` `TPS`
    `Laki-laki` `Perempuan` `Jumlah`, total `KOTA KUPANG`; foot `Halaman n` under the head `LKj KPU Kota Kupang
    Tahun 2024`."""
    kep = {"cap": ("No", "Sasaran/Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa Dana", "Capaian (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-kota-kupang-2024", "Kota Kupang", "5371", "Kupang|30 Januari 2025|Imelda Christina Fanggi, S.H.|19870421 200904 2 866",
          ["KOMISI PEMILIHAN UMUM KOTA KUPANG", "LAPORAN KINERJA", "TAHUN 2024", "KUPANG"], 92,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u71kk24", "JUMLAH SELURUHNYA",
          ("pemilu", 2024), "KOTA KUPANG",
          (lambda n: f"Halaman {n}", "LKj KPU Kota Kupang Tahun 2024"),
          "Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan, yang digunakan pada hari pemungutan suara "
          "14 Februari 2024:", riw=1)


if __name__ == "__main__":
    tulis(belu_2019, tts_2020, sikka_2021, flores_timur_2022, malaka_2023, kota_kupang_2024)
