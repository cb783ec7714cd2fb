#!/usr/bin/env python3
# dev48/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev48/author48a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common48 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def biasa(base, nama, satker, tanda, sampul, W, cap, kep, cap_rows, rb, seed, total, dpt, label, foot, head=None,
          urut=None, pct=False, bawah=False, patah=None, riw=1):
    tahun = int(base[-4:])
    c, d = dok(base, nama, tanda, sampul, W=W)
    kw = {}
    if urut:
        kw["urut"] = urut.get
    if patah:
        kw["patah"] = patah
    R = r_kantor(cap, kep.get, pct=pct, bawah=bawah, **kw)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    if pct:
        persen_sel(d)
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Hasil evaluasi atas tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Nilai Reformasi Birokrasi tahun {tahun} sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: SAKTI, posisi 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Pagu keseluruhan Rp{p} terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt if isinstance(dpt, tuple) else ("pemilu", dpt)
    nm = f"Pemilu {dy}" if pem == "pemilu" else f"Pemilihan Bupati dan Wakil Bupati {dy}"
    sec_dpt(d, R, pem, dy, label=label,
            pre=f"Daftar Pemilih Tetap {nm} di {nama if satker == '5371' else 'Kabupaten ' + nama} menurut kecamatan (data dasar pemutakhiran):")
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def kupang_2020():
    """Kupang 2020: captions `Tabel III-n` + ` | ` + title; capaian `No` `Uraian Indikator` `Satuan` `Target`
    `Realisasi` `Persentase Capaian`; budget `Kode` `Program/Kegiatan/Rincian Output` `Alokasi` `Realisasi` `Sisa
    Alokasi` `Daya Serap`, total `TOTAL REALISASI TA 2020`; Pemilu 2019 DPT as the base of updating; foot
    `LKj KPU Kab. Kupang - n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Program/Kegiatan/Rincian Output", "Alokasi", "Realisasi", "Sisa Alokasi", "Daya Serap"),
           "sakip": ("No", "Aspek yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    biasa("lkj-kupang-2020", "Kupang", "5301", "Oelamasi|25 Januari 2021|Yosef Kiik Berek, S.Sos.|19800312 200604 1 041",
          ["LAPORAN KINERJA", "KPU KABUPATEN KUPANG", "TAHUN 2020"], 94,
          lambda n, t: f"Tabel III-{n} | {t}", kep,
          "partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.3", 21.6, "u46kp20", "TOTAL REALISASI TA 2020", 2019,
          "KABUPATEN KUPANG", (lambda n: f"LKj KPU Kab. Kupang - {n}",), riw=1)


def alor_2019():
    """Alor 2019: captions `TABEL n` + ` ` + title in capitals; capaian Target, Realisasi, Satuan, Capaian; budget
    `Kode Akun` `Nama Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `%`, total `GRAND TOTAL`; running head
    `Laporan Kinerja 2019 - KPU Kabupaten Alor`, foot `- n -`."""
    kep = {"cap": ("No", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Unsur Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jlh Desa", "Jlh TPS", "Laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-alor-2019", "Alor", "5305", "Kalabahi|29 Januari 2020|Daniel Mauko Lakamau, S.H.|19790623 200604 1 042",
          ["LAPORAN KINERJA TAHUN 2019", "KOMISI PEMILIHAN UMUM KABUPATEN ALOR"], 92,
          lambda n, t: f"TABEL {n} {t.upper()}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.2", 21.7, "u46al19", "GRAND TOTAL", 2019,
          "ALOR", (lambda n: f"- {n} -", "Laporan Kinerja 2019 - KPU Kabupaten Alor"), riw=0,
          urut={"cap": [0, 1, 3, 4, 2, 5]})


def ende_2020():
    """Ende 2020: captions `Tabel 3.n` + ` : ` + title under the table; capaian `No.` `Indikator Kinerja Utama (IKU)`
    with `%` in the cells; budget order Pagu, Realisasi, %, Sisa last; total `Jumlah Seluruhnya`; foot `Hal. n`."""
    kep = {"cap": ("No.", "Indikator Kinerja Utama (IKU)", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "% Realisasi"),
           "sakip": ("No.", "Komponen", "Bobot", "Skor"),
           "dpt": ("No.", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L + P")}
    biasa("lkj-ende-2020", "Ende", "5308", "Ende|27 Januari 2021|Maria Theresia Wea, S.E.|19840518 200604 2 043",
          ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN ENDE", "TAHUN ANGGARAN 2020"], 96,
          lambda n, t: f"Tabel 3.{n} : {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 21.8, "u46en20", "Jumlah Seluruhnya", 2019,
          "KAB. ENDE", (lambda n: f"Hal. {n}",), pct=True, bawah=True, riw=1,
          urut={"ang": [0, 1, 2, 3, 5, 4]})


def ngada_2019():
    """Ngada 2019: captions `Tabel 2.n` on a line of its own with the title after a dash; capaian Satuan after the
    name, Capaian before Realisasi; budget `Kode` `Program / Kegiatan` `Pagu Revisi Terakhir` `Realisasi` `Sisa`
    `Serapan %`, total `TOTAL`; every table broken after seven rows; running head `KPU Kabupaten Ngada | LKj 2019`,
    foot `halaman n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Tingkat Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Revisi Terakhir", "Realisasi", "Sisa", "Serapan %"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Evaluasi"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Total")}
    biasa("lkj-ngada-2019", "Ngada", "5309", "Bajawa|30 Januari 2020|Kristoforus Dhey Lado, S.Pd.|19810202 200604 1 044",
          ["KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "LAPORAN KINERJA", "TAHUN 2019"], 90,
          lambda n, t: f"Tabel 2.{n} - {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.1", 21.4, "u46ng19", "TOTAL", 2019,
          "NGADA", (lambda n: f"halaman {n}", "KPU Kabupaten Ngada | LKj 2019"), riw=0,
          urut={"cap": [0, 1, 2, 3, 5, 4]}, patah=(7, "KPU Kabupaten Ngada | LKj 2019"))


def rote_2020():
    """Rote Ndao 2020: captions `Tabel n` + `. ` + title; capaian `Kinerja`; budget `Kode` `Program/Kegiatan/Output`
    `Anggaran (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi (%)`, total `JUMLAH`; Pemilu 2019 DPT; running head
    `LAPORAN KINERJA KPU KABUPATEN ROTE NDAO TAHUN 2020`, foot `n`."""
    kep = {"cap": ("No", "Sasaran / Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan/Output", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-rote-ndao-2020", "Rote Ndao", "5314", "Ba'a|28 Januari 2021|Yulius Ndolu Pah, S.Sos.|19820930 200604 1 045",
          ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN ROTE NDAO", "TAHUN 2020"], 98,
          lambda n, t: f"Tabel {n}. {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.6", 21.9, "u46rn20", "JUMLAH", 2019,
          "ROTE NDAO", (lambda n: f"{n}", "LAPORAN KINERJA KPU KABUPATEN ROTE NDAO TAHUN 2020"), riw=1)


def kota_kupang_2019():
    """Kota Kupang 2019: captions `Tabel B.n` + title; capaian Realisasi, Target, Capaian, Satuan last; budget
    `Kode` `Uraian` `Pagu` `Realisasi` `Sisa` `Penyerapan`, total `Total Kota`; foot `LKj 2019 Kota Kupang (n)`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Penyerapan"),
           "sakip": ("No", "Komponen", "Bobot", "Hasil"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-kota-kupang-2019", "Kota Kupang", "5371", "Kupang|31 Januari 2020|Yohanes Benyamin Manafe, S.E.|19800709 200604 1 046",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2019"], 96,
          lambda n, t: f"Tabel B.{n} {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.5", 22.0, "u46kk19", "Total Kota", 2019,
          "KOTA KUPANG", (lambda n: f"LKj 2019 Kota Kupang ({n})",), riw=0,
          urut={"cap": [0, 1, 4, 3, 5, 2]})


if __name__ == "__main__":
    tulis(kupang_2020, alor_2019, ende_2020, ngada_2019, rote_2020, kota_kupang_2019)
