#!/usr/bin/env python3
# dev69/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev69/author69a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common69 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
    """Kupang 2019: cover LAPORAN KINERJA (LKj) / KPU KABUPATEN KUPANG / TAHUN 2019 / OELAMASI; captions
    `Tabel III.n: Judul`; capaian with the year in the headers `Target 2019` `Realisasi 2019`; budget `Program /
    Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan (%)`, total `JUMLAH KAB. KUPANG`; DPT `Desa/Kel`
    `TPS` `Laki-Laki` `Perempuan` `L + P`, total `TOTAL KAB. KUPANG`; foot `LKj KPU Kab. Kupang 2019 - Hal n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target 2019", "Realisasi 2019", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    biasa("lkj-kupang-2019", "Kupang", "5301", "Oelamasi|29 Januari 2020|Yosef Nenobais, S.Sos.|19830912 200604 1 781",
          ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN KUPANG", "TAHUN 2019", "OELAMASI"], 93,
          lambda n, t: f"Tabel III.{n}: {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.3", 21.3, "u67kp19", "JUMLAH KAB. KUPANG",
          ("pemilu", 2019), "TOTAL KAB. KUPANG",
          (lambda n: f"LKj KPU Kab. Kupang 2019 - Hal {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang menurut kecamatan, hasil rapat pleno "
          "terbuka:", riw=0)


def rote_ndao_2019():
    """Rote Ndao 2019: cover KOMISI PEMILIHAN UMUM / KABUPATEN ROTE NDAO / LAPORAN KINERJA 2019 / BA'A; captions
    `Tabel n. Judul`; capaian `Sasaran / Indikator`; budget `Uraian` `Pagu` `Realisasi` `Sisa` `%`, total `JUMLAH
    ROTE NDAO`; DPT **`Jumlah` before `L` and `P`**, total `KAB. ROTE NDAO`; foot `Hal. n | LKj Rote Ndao 2019`
    with the running head `LAPORAN KINERJA KPU KABUPATEN ROTE NDAO 2019`."""
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-rote-ndao-2019", "Rote Ndao", "5314", "Ba'a|30 Januari 2020|Ferdinand Mesakh Ndun, S.E.|19840306 200604 1 782",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN ROTE NDAO", "LAPORAN KINERJA 2019", "BA'A"], 94,
          lambda n, t: f"Tabel {n}. {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.1, "u67rn19", "JUMLAH ROTE NDAO",
          ("pemilu", 2019), "KAB. ROTE NDAO",
          (lambda n: f"Hal. {n} | LKj Rote Ndao 2019", "LAPORAN KINERJA KPU KABUPATEN ROTE NDAO 2019"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao menurut kecamatan:",
          urut={"dpt": [0, 1, 2, 3, 6, 4, 5]}, riw=0)


def manggarai_timur_2020():
    """Manggarai Timur 2020: cover LKj 2020 / KPU MANGGARAI TIMUR / BORONG; **captions under the tables** `Tabel n
    — Judul` (em dash); capaian with a units row `(%)` under the figure headers; budget `Uraian` `Alokasi`
    `Realisasi` `Sisa` `Persen`, total `TOTAL MANGGARAI TIMUR`; DPT `Nama Kecamatan` `Pria` `Wanita`, total
    `KABUPATEN MANGGARAI TIMUR`; foot `n / LKj Matim 2020`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Alokasi", "Realisasi", "Sisa", "Persen"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Desa/Kel.", "TPS", "Pria", "Wanita", "Jumlah")}
    dua = {"cap": ("", "", "", "(%)", "(%)", "(%)")}
    biasa("lkj-manggarai-timur-2020", "Manggarai Timur", "5319", "Borong|28 Januari 2021|Fransiskus Sales Jehadut, S.Fil.|19850417 200604 1 783",
          ["LKj 2020", "KPU MANGGARAI TIMUR", "BORONG"], 92,
          lambda n, t: f"Tabel {n} \u2014 {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.4", 21.4, "u67mt20", "TOTAL MANGGARAI TIMUR",
          ("pemilu", 2019), "KABUPATEN MANGGARAI TIMUR",
          (lambda n: f"{n} / LKj Matim 2020",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Timur per kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2020:", bawah=True, dua=dua, riw=1)


def manggarai_2020():
    """Manggarai 2020: cover LAPORAN KINERJA / SEKRETARIAT KPU KABUPATEN MANGGARAI / TAHUN ANGGARAN 2020 / RUTENG;
    captions `Tabel 3.n | Judul`; capaian `Uraian Indikator` `Sat.`; budget `Uraian Kegiatan` `Pagu` `Realisasi`
    `Sisa Dana` `Capaian (%)`, total `JUMLAH TOTAL`; DPT broken after eight rows with the running head, total
    `JUMLAH KAB. MANGGARAI`; foot `LKj KPU Manggarai 2020 - n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Sat.", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Kegiatan", "Pagu", "Realisasi", "Sisa Dana", "Capaian (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")}
    biasa("lkj-manggarai-2020", "Manggarai", "5310", "Ruteng|29 Januari 2021|Kristianus Jehaman, S.Fil.|19860803 200904 1 766",
          ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN ANGGARAN 2020", "RUTENG"], 95,
          lambda n, t: f"Tabel 3.{n} | {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u67mg20", "JUMLAH TOTAL",
          ("pilkada", 2020), "JUMLAH KAB. MANGGARAI",
          (lambda n: f"LKj KPU Manggarai 2020 - {n}", "Sekretariat KPU Kabupaten Manggarai - LKj 2020"),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Manggarai 2020 per kecamatan:",
          patah=(8, "Sekretariat KPU Kabupaten Manggarai - LKj 2020"), riw=1)


def ende_2021():
    """Ende 2021: cover LAPORAN KINERJA / TAHUN 2021 / KPU KABUPATEN ENDE; captions `Tabel III-n. Judul`;
    capaian `Sasaran/Indikator` `% Capaian` with `%` in the cells; budget `Rincian` `Pagu DIPA` `Realisasi` `Sisa`
    `%`, total `JUMLAH SELURUHNYA`; DPT `Jml Desa/Kel` `Jml TPS` `Pemilih Laki-laki` `Pemilih Perempuan` `Total
    Pemilih`, total `TOTAL ENDE`; foot `LKj Ende 2021 · n` with the running head `KPU Kabupaten Ende | Laporan
    Kinerja 2021`."""
    kep = {"cap": ("No", "Sasaran/Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Rincian", "Pagu DIPA", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Pemilih Laki-laki", "Pemilih Perempuan",
                   "Total Pemilih")}
    biasa("lkj-ende-2021", "Ende", "5308", "Ende|31 Januari 2022|Fransiska Wangge, S.E.|19860211 200904 2 763",
          ["LAPORAN KINERJA", "TAHUN 2021", "KPU KABUPATEN ENDE"], 96,
          lambda n, t: f"Tabel III-{n}. {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9", 21.7, "u67en21", "JUMLAH SELURUHNYA",
          ("pemilu", 2019), "TOTAL ENDE",
          (lambda n: f"LKj Ende 2021 \u00b7 {n}", "KPU Kabupaten Ende | Laporan Kinerja 2021"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ende menurut kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan 2021:", pct=True, riw=1)


def sabu_raijua_2021():
    """Sabu Raijua 2021: cover LAPORAN KINERJA INSTANSI / KPU KABUPATEN SABU RAIJUA / 2021 / MENIA; captions
    `Tabel n : Judul`; capaian **`Satuan` last**; budget `Program/Kegiatan/Output` `Pagu` `Realisasi` `Sisa`
    `Persen`, total `TOTAL SABU RAIJUA`; DPT `Desa` `TPS` `Lk` `Pr` `Jml`, total `KAB. SABU RAIJUA`; foot
    `LKj Sabu Raijua 2021 | Halaman n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan/Output", "Pagu", "Realisasi", "Sisa", "Persen"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Lk", "Pr", "Jml")}
    biasa("lkj-sabu-raijua-2021", "Sabu Raijua", "5320", "Menia|28 Januari 2022|Yohanis Lado Kana, S.Pd.|19850809 200604 1 786",
          ["LAPORAN KINERJA INSTANSI", "KPU KABUPATEN SABU RAIJUA", "2021", "MENIA"], 91,
          lambda n, t: f"Tabel {n} : {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 21.8, "u67sr21", "TOTAL SABU RAIJUA",
          ("pemilu", 2019), "KAB. SABU RAIJUA",
          (lambda n: f"LKj Sabu Raijua 2021 | Halaman {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, pangkal pemutakhiran "
          "berkelanjutan 2021:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


if __name__ == "__main__":
    tulis(kupang_2019, rote_ndao_2019, manggarai_timur_2020, manggarai_2020, ende_2021, sabu_raijua_2021)
