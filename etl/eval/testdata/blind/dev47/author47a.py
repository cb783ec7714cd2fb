#!/usr/bin/env python3
# dev47/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev47/author47a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common47 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def tts_2019():
    """TTS 2019: captions `Tabel 3.n` + ` - ` + title; capaian `No` `Indikator Kinerja` `Satuan` `Target` `Realisasi`
    `% Capaian`; budget `Kode` `Program / Kegiatan / Output` `Pagu DIPA` `Realisasi` `Sisa Dana` `Serapan`, total
    `JUMLAH KESELURUHAN`; running head `LKj KPU Kab. TTS Tahun 2019`, foot `Halaman n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan / Output", "Pagu DIPA", "Realisasi", "Sisa Dana", "Serapan"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-timor-tengah-selatan-2019", "Timor Tengah Selatan", "5302",
          "Soe|28 Januari 2020|Marthen Luther Tanaem, S.Sos.|19790815 200604 1 028",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2019"], 94,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          "partisipasi 77.5 79.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u45ts19", "JUMLAH KESELURUHAN", 2019,
          "TIMOR TENGAH SELATAN", (lambda n: f"Halaman {n}", "LKj KPU Kab. TTS Tahun 2019"), riw=0)


def ttu_2020():
    """TTU 2020: captions `Tabel n` + `.` + title in capitals; capaian in the order Target, Realisasi, Capaian, Satuan
    last; budget `Kode` `Uraian Program/Kegiatan` `Anggaran` `Realisasi` `Sisa` `%`, total `TOTAL ANGGARAN`;
    Pilkada 2020 DPT; foot `LKj 2020 - KPU Kabupaten Timor Tengah Utara - n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Anggaran", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Komponen"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "L", "P", "Jumlah (L+P)")}
    biasa("lkj-timor-tengah-utara-2020", "Timor Tengah Utara", "5303",
          "Kefamenanu|29 Januari 2021|Yohanes Salu Taek, S.H.|19820212 200604 1 029",
          ["LAPORAN KINERJA TAHUN 2020", "KPU KABUPATEN TIMOR TENGAH UTARA"], 96,
          lambda n, t: f"Tabel {n}. {t.upper()}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.5", 21.8, "u45tu20", "TOTAL ANGGARAN",
          ("pilkada", 2020), "TIMOR TENGAH UTARA", (lambda n: f"LKj 2020 - KPU Kabupaten Timor Tengah Utara - {n}",),
          urut={"cap": [0, 1, 3, 4, 5, 2]})


def flotim_2019():
    """Flores Timur 2019: captions `Tabel II.n` then a colon and the title; capaian with `%` in its cells; budget
    order Pagu, Realisasi, Sisa, % with header `Jumlah Pagu` and total `Jumlah`; every table broken after six rows;
    foot `Flores Timur, LKj 2019 (n)`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan/KRO", "Jumlah Pagu", "Realisasi", "Sisa", "% Serapan"),
           "sakip": ("No", "Komponen yang Dievaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "Jumlah TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")}
    biasa("lkj-flores-timur-2019", "Flores Timur", "5306", "Larantuka|27 Januari 2020|Paulus Kia Tukan, S.Fil.|19810409 200604 1 030",
          ["LAPORAN KINERJA (LKj) TAHUN 2019", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN FLORES TIMUR"], 90,
          lambda n, t: f"Tabel II.{n}: {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4", 21.6, "u45ft19", "Jumlah", 2019,
          "FLORES TIMUR", (lambda n: f"Flores Timur, LKj 2019 ({n})",), pct=True, riw=0,
          patah=(6, "Laporan Kinerja KPU Kabupaten Flores Timur 2019"))


def sikka_2020():
    """Sikka 2020: captions under the tables `Tabel 3-n Judul`; capaian `Target PK` `Realisasi` `Capaian %`;
    budget order Pagu, Sisa, Realisasi; total `TOTAL DIPA`; Pemilu 2019 DPT as the base of updating; running
    head `Laporan Kinerja KPU Kabupaten Sikka`, foot `n`."""
    kep = {"cap": ("No.", "Indikator Kinerja", "Satuan", "Target PK", "Realisasi", "Capaian %"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Persentase"),
           "sakip": ("No.", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No.", "Nama Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-sikka-2020", "Sikka", "5307", "Maumere|26 Januari 2021|Maria Goreti Nona Ina, S.E.|19850127 200604 2 031",
          ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SIKKA", "TAHUN ANGGARAN 2020"], 98,
          lambda n, t: f"Tabel 3-{n} {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.9", 21.7, "u45sk20", "TOTAL DIPA", 2019,
          "KAB. SIKKA", (lambda n: f"{n}", "Laporan Kinerja KPU Kabupaten Sikka"), bawah=True,
          urut={"ang": [0, 1, 2, 4, 3, 5]}, riw=1)


def sumba_timur_2019():
    """Sumba Timur 2019: captions `TABEL III.n` + title on the next line; capaian Realisasi before Target, Satuan
    last; budget `Kode` `Uraian` `Pagu Setelah Revisi` `Realisasi s.d. Desember` `Sisa Anggaran` `Realisasi (%)`, total
    `Total`; foot `LKj Sumba Timur 2019 | hal. n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu Setelah Revisi", "Realisasi s.d. Desember", "Sisa Anggaran", "Realisasi (%)"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan/Desa", "TPS", "Laki-laki", "Perempuan", "Total")}
    biasa("lkj-sumba-timur-2019", "Sumba Timur", "5311", "Waingapu|30 Januari 2020|Umbu Ndakularak, S.Sos.|19800606 200604 1 032",
          ["KPU KABUPATEN SUMBA TIMUR", "LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2019"], 92,
          lambda n, t: f"TABEL III.{n}\n{t}", kep,
          "partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.7", 21.9, "u45st19", "Total", 2019,
          "SUMBA TIMUR", (lambda n: f"LKj Sumba Timur 2019 | hal. {n}",), riw=0,
          urut={"cap": [0, 1, 4, 3, 5, 2]})


def lembata_2023():
    """Lembata 2023: captions `Tabel 4.n` + title; capaian `Sasaran/Indikator` `Target 2023` `Realisasi 2023`
    `Capaian (%)`; budget `Kode` `Program, Kegiatan, KRO/RO` `Pagu Akhir` `Realisasi` `Sisa` `Serapan (%)`, total
    `JUMLAH TOTAL`; Pemilu 2024 DPT; running head `KPU Kabupaten Lembata`, foot `Laporan Kinerja Tahun 2023 | n`."""
    kep = {"cap": ("No", "Sasaran/Indikator", "Satuan", "Target 2023", "Realisasi 2023", "Capaian (%)"),
           "ang": ("Kode", "Program, Kegiatan, KRO/RO", "Pagu Akhir", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel.", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-lembata-2023", "Lembata", "5313", "Lewoleba|29 Januari 2024|Gabriel Wuwur Lamanepa, S.Pd.|19830915 200604 1 033",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2023"], 96,
          lambda n, t: f"Tabel 4.{n} {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.6", 22.4, "u45lb23", "JUMLAH TOTAL",
          ("pemilu", 2024), "KABUPATEN LEMBATA", (lambda n: f"Laporan Kinerja Tahun 2023 | {n}", "KPU Kabupaten Lembata"),
          riw=1)


if __name__ == "__main__":
    tulis(tts_2019, ttu_2020, flotim_2019, sikka_2020, sumba_timur_2019, lembata_2023)
