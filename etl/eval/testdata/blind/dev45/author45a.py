#!/usr/bin/env python3
# dev45/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev45/author45a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common45 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
            pre=f"Daftar Pemilih Tetap {nm} di Kabupaten {nama} menurut kecamatan (data dasar pemutakhiran):")
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def sumba_barat_2024():
    """Sumba Barat 2024: captions `Tabel B.n | Judul`; capaian `No` `Uraian Indikator` `Sat.` `Target 2024`
    `Realisasi 2024` `Capaian %`; budget `Akun/Kode` `Nomenklatur` `Pagu Akhir` `Realisasi` `Sisa` `Persen`, total
    `TOTAL SATKER`; foot `KPU Sumba Barat - LKj 2024 - hlm. n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Sat.", "Target 2024", "Realisasi 2024", "Capaian %"),
           "ang": ("Akun/Kode", "Nomenklatur", "Pagu Akhir", "Realisasi", "Sisa", "Persen"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-sumba-barat-2024", "Sumba Barat", "5312", "Waikabubak|27 Januari 2025|Rambu Kahi Lolo, S.E.|19840703 200604 2 007",
          ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT", "TAHUN 2024"], 94, lambda n, t: f"Tabel B.{n} | {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 82.1", 22.3, "u43sb24", "TOTAL SATKER", ("pilkada", 2020),
          "KAB. SUMBA BARAT", (lambda n: f"KPU Sumba Barat - LKj 2024 - hlm. {n}",))


def rote_2024():
    """Rote Ndao 2024: captions `Tabel n` then title; capaian with `%` in its cells; budget order Pagu, Sisa,
    Realisasi; total `Jumlah Seluruhnya`; running head `LKj Rote Ndao 2024`, foot `Halaman n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Total")}
    biasa("lkj-rote-ndao-2024", "Rote Ndao", "5314", "Ba'a|30 Januari 2025|Yusak Ndun, S.Sos.|19810914 200604 1 009",
          ["KPU KABUPATEN ROTE NDAO", "LAPORAN KINERJA TAHUN 2024"], 96, lambda n, t: f"Tabel {n} {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.5", 22.1, "u43rn24", "Jumlah Seluruhnya", 2024,
          "Rote Ndao", (lambda n: f"Halaman {n}", "LKj Rote Ndao 2024"), urut={"ang": [0, 1, 2, 4, 3, 5]}, pct=True)


def sumba_tengah_2019():
    """Sumba Tengah 2019: captions under the tables `Tabel n - Judul`; budget `Kode` `Uraian` `Anggaran`
    `Realisasi` `Sisa` `%`, total `JUMLAH`; foot `- n -`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "%"),
           "ang": ("Kode", "Uraian", "Anggaran", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pria", "Wanita", "Jumlah")}
    biasa("lkj-sumba-tengah-2019", "Sumba Tengah", "5317", "Waibakul|28 Januari 2020|Umbu Dedu Ngara, S.Pd.|19790512 200604 1 011",
          ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TENGAH", "2019"], 90, lambda n, t: f"Tabel {n} - {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.6, "u43st19", "JUMLAH", 2019,
          "SUMBA TENGAH", (lambda n: f"- {n} -",), bawah=True, riw=0)


def belu_2019():
    """Belu 2019: captions `TABEL III.n JUDUL`; capaian order Indikator, Target, Realisasi, Satuan; total
    `Total Belanja`; every table broken after four rows; head `Laporan Kinerja KPU Kabupaten Belu`, foot `n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa Dana", "Daya Serap (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "L", "P", "L + P")}
    biasa("lkj-belu-2019", "Belu", "5304", "Atambua|29 Januari 2020|Agustinus Bau Mali, S.H.|19800817 200604 1 006",
          ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN BELU", "TAHUN 2019"], 96,
          lambda n, t: f"TABEL III.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.8", 21.7, "u43bl19", "Total Belanja", 2019,
          "BELU", (lambda n: f"{n}", "Laporan Kinerja KPU Kabupaten Belu"), riw=0, urut={"cap": [0, 1, 3, 4, 2, 5]},
          patah=(4, "Laporan Kinerja KPU Kabupaten Belu"))


def flotim_2024():
    """Flores Timur 2024: captions `Tabel 3-n: Judul`; budget `Kode` `Uraian Program/Kegiatan` `Pagu DIPA`
    `Realisasi` `Sisa` `Realisasi %`, total `Jumlah Total`; head `KPU Flores Timur`, foot `LKj 2024 | n`."""
    kep = {"cap": ("No.", "Sasaran/Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu DIPA", "Realisasi", "Sisa", "Realisasi %"),
           "sakip": ("No.", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No.", "Kecamatan", "Desa/Kel.", "TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-flores-timur-2024", "Flores Timur", "5306", "Larantuka|29 Januari 2025|Maria Yosefina Kewa, S.E.|19830221 200604 2 004",
          ["LAPORAN KINERJA (LKj) TAHUN 2024", "KPU KABUPATEN FLORES TIMUR"], 92, lambda n, t: f"Tabel 3-{n}: {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u43ft24", "Jumlah Total", 2024,
          "Kabupaten Flores Timur", (lambda n: f"LKj 2024 | {n}", "KPU Flores Timur"), riw=2)


def lembata_2020():
    """Lembata 2020: captions `Tabel n.` + title; capaian order Realisasi before Target; budget total `TOTAL`;
    foot `Laporan Kinerja KPU Lembata Tahun 2020 — n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-lembata-2020", "Lembata", "5313", "Lewoleba|28 Januari 2021|Petrus Boli Tukan, S.Sos.|19810405 200604 1 008",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN ANGGARAN 2020"], 94,
          lambda n, t: f"Tabel {n}. {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.8, "u43lb20", "TOTAL", 2019,
          "LEMBATA", (lambda n: f"Laporan Kinerja KPU Lembata Tahun 2020 \u2014 {n}",), urut={"cap": [0, 1, 2, 4, 3, 5]})


if __name__ == "__main__":
    tulis(sumba_barat_2024, rote_2024, sumba_tengah_2019, belu_2019, flotim_2024, lembata_2020)
