#!/usr/bin/env python3
# dev52/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev52/author52a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common52 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Untuk perbandingan, hasil evaluasi atas kinerja tahun {y} adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri Reformasi Birokrasi tahun {tahun} memperoleh nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: OM-SPAN dan SAKTI, data 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Seluruh pagu sebesar Rp{p} terserap Rp{x}, yaitu {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai pembanding, tahun anggaran {y} mencatat pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def sikka_2019():
    """Sikka 2019: cover LAPORAN KINERJA INSTANSI / KPU KABUPATEN SIKKA / MAUMERE / 2019; captions `Tabel III-n:
    Judul`; capaian `Sasaran / Indikator` `Capaian (%)`; budget `Pagu Anggaran (Rp)` `Realisasi (Rp)` `Sisa
    (Rp)` `Penyerapan`, total `JUMLAH PAGU`; Pemilu 2019 DPT, total `KABUPATEN SIKKA`; foot `Hlm. n`."""
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Penyerapan"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Skor"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan",
                   "Total Pemilih")}
    biasa("lkj-sikka-2019", "Sikka", "5307", "Maumere|28 Januari 2020|Marselinus Moa Nong, S.Fil.|19790311 200604 1 111",
          ["LAPORAN KINERJA INSTANSI", "KPU KABUPATEN SIKKA", "MAUMERE", "2019"], 92,
          lambda n, t: f"Tabel III-{n}: {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9", 21.4, "u50sk19", "JUMLAH PAGU",
          ("pemilu", 2019), "KABUPATEN SIKKA",
          (lambda n: f"Hlm. {n}",),
          "Daftar Pemilih Tetap Pemilu Serentak 17 April 2019 Kabupaten Sikka menurut kecamatan:", riw=0)


def lembata_2021():
    """Lembata 2021: cover LKj KPU KABUPATEN LEMBATA / TAHUN ANGGARAN 2021 / LEWOLEBA; captions `Tabel 2.n
    Judul`; budget `Pagu Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `%`, total `TOTAL PAGU`; Pemilu 2019 DPT
    with TPS before the villages, total `LEMBATA`; foot `Laporan Kinerja 2021 — n`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Hasil"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "Jumlah TPS", "Laki", "Perempuan", "Total")}
    biasa("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|27 Januari 2022|Fransiskus Xaverius Laba, S.Sos.|19800505 200604 1 112",
          ["LKj KPU KABUPATEN LEMBATA", "TAHUN ANGGARAN 2021", "LEWOLEBA"], 94,
          lambda n, t: f"Tabel 2.{n} {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.1", 21.6, "u50lb21", "TOTAL PAGU",
          ("pemilu", 2019), "LEMBATA",
          (lambda n: f"Laporan Kinerja 2021 \u2014 {n}", "KPU Kabupaten Lembata"),
          "Daftar Pemilih Tetap Pemilu 2019 per kecamatan (jumlah TPS sebelum jumlah desa/kelurahan), data dasar "
          "pemutakhiran berkelanjutan tahun 2021:",
          urut={"dpt": [0, 1, 3, 2, 4, 5, 6]}, riw=2)


def sumba_barat_2022():
    """Sumba Barat 2022: cover KOMISI PEMILIHAN UMUM KABUPATEN SUMBA BARAT / LAPORAN KINERJA / TAHUN 2022 /
    WAIKABUBAK; captions `TABEL n: JUDUL`; capaian `%` in the cells; budget `Pagu` `Realisasi` `Selisih`
    `Persen`, total `JUMLAH SELURUHNYA`; Pilkada 2020 DPT, total `KAB. SUMBA BARAT`; foot `(n)`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Persen Capaian"),
           "ang": ("Kode", "Uraian Kegiatan", "Pagu", "Realisasi", "Selisih", "Persen"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Jumlah L+P")}
    biasa("lkj-sumba-barat-2022", "Sumba Barat", "5312", "Waikabubak|31 Januari 2023|Yosef Lende Bulu, S.Pd.|19810909 200604 1 113",
          ["KOMISI PEMILIHAN UMUM KABUPATEN SUMBA BARAT", "LAPORAN KINERJA", "TAHUN 2022", "WAIKABUBAK"], 90,
          lambda n, t: f"TABEL {n}: {t.upper()}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u50sb22", "JUMLAH SELURUHNYA",
          ("pilkada", 2020), "KAB. SUMBA BARAT",
          (lambda n: f"({n})",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan, yang menjadi "
          "data awal pemutakhiran berkelanjutan tahun 2022:", pct=True, riw=1)


def sabu_2023():
    """Sabu Raijua 2023: cover LAPORAN KINERJA TAHUN 2023 / KPU KABUPATEN SABU RAIJUA / MENIA; captions `Tabel
    n.  Judul`; budget header over two lines (`(rupiah)`), total `JUMLAH`; Pemilu 2024 DPT fixed in 2023, total
    `KABUPATEN SABU RAIJUA`, broken after three rows; foot `Halaman n dari LKj 2023`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Evaluasi"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-sabu-raijua-2023", "Sabu Raijua", "5320", "Menia|30 Januari 2024|Yohanis Ratu Djami, S.Pd.|19820606 200604 1 114",
          ["LAPORAN KINERJA TAHUN 2023", "KPU KABUPATEN SABU RAIJUA", "MENIA"], 95,
          lambda n, t: f"Tabel {n}.  {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.3", 21.9, "u50sr23", "JUMLAH",
          ("pemilu", 2024), "KABUPATEN SABU RAIJUA",
          (lambda n: f"Halaman {n} dari LKj 2023", "LKj KPU Sabu Raijua Tahun 2023"),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua, ditetapkan dalam rapat pleno bulan Juni 2023:",
          dua={"ang": ("", "", "(rupiah)", "(rupiah)", "(rupiah)", "(persen)")},
          patah=(3, "LKj KPU Sabu Raijua Tahun 2023"), riw=2)


def sbd_2024():
    """Sumba Barat Daya 2024: cover KPU SUMBA BARAT DAYA / LAPORAN KINERJA / 2024 / TAMBOLAKA; captions `Tabel
    n - Judul`; capaian Satuan last; budget `DIPA` `Realisasi` `Sisa` `Serapan %`, total `JUMLAH DIPA 2024`;
    Pilkada 2024 DPT, total `TOTAL SBD`; foot `n | LKj SBD 2024`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian %"),
           "ang": ("Kode", "Program dan Kegiatan", "DIPA", "Realisasi", "Sisa", "Serapan %"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-sumba-barat-daya-2024", "Sumba Barat Daya", "5318",
          "Tambolaka|29 Januari 2025|Agustinus Malo Bulu, S.H.|19830303 200604 1 115",
          ["KPU SUMBA BARAT DAYA", "LAPORAN KINERJA", "2024", "TAMBOLAKA"], 93,
          lambda n, t: f"Tabel {n} - {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.8", 22.1, "u50sd24", "JUMLAH DIPA 2024",
          ("pilkada", 2024), "TOTAL SBD",
          (lambda n: f"{n} | LKj SBD 2024",),
          "Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Sumba Barat Daya 2024 per kecamatan:",
          urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def sumba_tengah_2020():
    """Sumba Tengah 2020: cover SEKRETARIAT KPU KABUPATEN SUMBA TENGAH / LAPORAN KINERJA (LKj) / TAHUN 2020 /
    WAIBAKUL; captions under the tables `Tabel n  Judul`; capaian Capaian before Realisasi; budget `Anggaran
    (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi %`, total `JUMLAH ANGGARAN`; Pemilu 2019 DPT, total `SUMBA
    TENGAH`; foot `LKj Sumba Tengah 2020 · n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi %"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-sumba-tengah-2020", "Sumba Tengah", "5317", "Waibakul|26 Januari 2021|Daniel Umbu Dedu, S.Th.|19800219 200604 1 116",
          ["SEKRETARIAT KPU KABUPATEN SUMBA TENGAH", "LAPORAN KINERJA (LKj)", "TAHUN 2020", "WAIBAKUL"], 96,
          lambda n, t: f"Tabel {n}  {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.4", 21.3, "u50tg20", "JUMLAH ANGGARAN",
          ("pemilu", 2019), "SUMBA TENGAH",
          (lambda n: f"LKj Sumba Tengah 2020 \u00b7 {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan:",
          urut={"cap": [0, 1, 2, 3, 5, 4]}, bawah=True, riw=1)


if __name__ == "__main__":
    tulis(sikka_2019, lembata_2021, sumba_barat_2022, sabu_2023, sbd_2024, sumba_tengah_2020)
