#!/usr/bin/env python3
# dev46/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev46/author46a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common46 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def kupang_2019():
    """Kupang 2019: captions `Tabel 3.n` over the title on its own line; capaian `No` `Indikator Kinerja Utama`
    `Satuan` `Target` `Realisasi` `Capaian (%)`; budget `Kode` `Program/Kegiatan/Output` `Pagu Revisi` `Realisasi`
    `Sisa Anggaran` `% Realisasi`, total `TOTAL PAGU`; foot `Hal. n dari LKj KPU Kabupaten Kupang 2019`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan/Output", "Pagu Revisi", "Realisasi", "Sisa Anggaran", "% Realisasi"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kelurahan", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-kupang-2019", "Kupang", "5301", "Oelamasi|30 Januari 2020|Yosafat Nenobais, S.Sos.|19800311 200604 1 021",
          ["LAPORAN KINERJA INSTANSI", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "TAHUN 2019"], 92,
          lambda n, t: f"Tabel 3.{n}\n{t}", kep,
          "partisipasi 77.5 79.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u44kp19", "TOTAL PAGU", 2019,
          "JUMLAH KAB. KUPANG", (lambda n: f"Hal. {n} dari LKj KPU Kabupaten Kupang 2019",), riw=0)


def alor_2020():
    """Alor 2020: captions `Tabel n:`; capaian with `%` in its cells and the order Target, Satuan, Realisasi;
    budget `Kode Akun` `Uraian` `Alokasi` `Realisasi` `Sisa` `Serapan (%)`, total `Jumlah Anggaran`; running head
    `KPU Kabupaten Alor | Laporan Kinerja 2020`, foot `[n]`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Alokasi", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")}
    biasa("lkj-alor-2020", "Alor", "5305", "Kalabahi|27 Januari 2021|Markus Lamma Mau, S.H.|19820619 200604 1 014",
          ["KPU KABUPATEN ALOR", "LAPORAN KINERJA", "TAHUN ANGGARAN 2020"], 98, lambda n, t: f"Tabel {n}: {t}", kep,
          "partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.6", 21.9, "u44al20", "Jumlah Anggaran", 2019,
          "ALOR", (lambda n: f"[{n}]", "KPU Kabupaten Alor | Laporan Kinerja 2020"), urut={"cap": [0, 1, 3, 2, 4, 5]},
          pct=True)


def ende_2019():
    """Ende 2019: captions under the tables `Sumber/Tabel n. Judul`; budget order Pagu, Realisasi, %, Sisa;
    total `JUMLAH SELURUHNYA`; every table broken after five rows; foot `Laporan Kinerja 2019 / n`."""
    kep = {"cap": ("No.", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Nama Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No.", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No.", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih L", "Pemilih P", "Total")}
    biasa("lkj-ende-2019", "Ende", "5308", "Ende|29 Januari 2020|Fransiskus Xaverius Rera, S.Fil.|19810202 200604 1 019",
          ["LAPORAN KINERJA 2019", "KPU KABUPATEN ENDE", "PROVINSI NUSA TENGGARA TIMUR"], 90,
          lambda n, t: f"Tabel {n}. {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.1", 21.7, "u44en19", "JUMLAH SELURUHNYA", 2019,
          "KABUPATEN ENDE", (lambda n: f"Laporan Kinerja 2019 / {n}",), bawah=True, riw=0,
          urut={"ang": [0, 1, 2, 3, 5, 4]}, patah=(5, "KPU Kabupaten Ende - Laporan Kinerja 2019"))


def ngada_2020():
    """Ngada 2020: captions `Tabel III-n` + title in capitals; capaian `Indikator Kinerja` `Target` `Realisasi`
    `Satuan` `Capaian`; budget total `Total Pagu dan Realisasi`; Pilkada 2020 DPT; foot `LKj KPU Ngada 2020 :: n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "(%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    biasa("lkj-ngada-2020", "Ngada", "5309", "Bajawa|28 Januari 2021|Kristoforus Lowa, S.Pd.|19800923 200604 1 018",
          ["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "2020"], 94, lambda n, t: f"Tabel III-{n} {t.upper()}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 82.0", 21.8, "u44ng20", "Total Pagu dan Realisasi",
          ("pilkada", 2020), "NGADA", (lambda n: f"LKj KPU Ngada 2020 :: {n}",), urut={"cap": [0, 1, 3, 4, 2, 5]})


def manggarai_2022():
    """Manggarai 2022: captions `Tabel 4.n` with `(lanjutan)` on broken tables; budget `Kode` `Program, Kegiatan dan
    Output` `Pagu` `Realisasi` `Sisa Pagu` `Realisasi (%)`, total `Grand Total`; Pilkada 2020 DPT as the base of
    updating; running head `Sekretariat KPU Kabupaten Manggarai`, foot `- n -`."""
    kep = {"cap": ("No", "Sasaran / Indikator Kinerja", "Satuan", "Target 2022", "Realisasi 2022", "Capaian 2022"),
           "ang": ("Kode", "Program, Kegiatan dan Output", "Pagu", "Realisasi", "Sisa Pagu", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-manggarai-2022", "Manggarai", "5310", "Ruteng|26 Januari 2023|Blasius Jehadut, S.H.|19830517 200604 1 020",
          ["LAPORAN KINERJA (LKj)", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN 2022"], 96,
          lambda n, t: f"Tabel 4.{n} {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u44mg22", "Grand Total",
          ("pilkada", 2020), "Kab. Manggarai", (lambda n: f"- {n} -", "Sekretariat KPU Kabupaten Manggarai"), riw=2)


def mabar_2021():
    """Manggarai Barat 2021: captions `TABEL n` alone then the title; capaian Realisasi before Target; budget
    order Pagu, Sisa, Realisasi; total `JUMLAH`; Pilkada 2020 DPT; foot `KPU Mabar | LKj 2021 | n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen Penilaian AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Total Pemilih")}
    biasa("lkj-manggarai-barat-2021", "Manggarai Barat", "5315", "Labuan Bajo|31 Januari 2022|Theresia Nggai, S.E.|19840610 200604 2 015",
          ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2021"], 92, lambda n, t: f"TABEL {n}\n{t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u44mb21", "JUMLAH",
          ("pilkada", 2020), "MANGGARAI BARAT", (lambda n: f"KPU Mabar | LKj 2021 | {n}",),
          urut={"cap": [0, 1, 2, 4, 3, 5], "ang": [0, 1, 2, 4, 3, 5]})


if __name__ == "__main__":
    tulis(kupang_2019, alor_2020, ende_2019, ngada_2020, manggarai_2022, mabar_2021)
