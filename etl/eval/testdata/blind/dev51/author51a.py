#!/usr/bin/env python3
# dev51/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev51/author51a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common51 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def tts_utara_2022():
    """Timor Tengah Utara 2022: cover LAPORAN KINERJA (LKj) / TAHUN ANGGARAN 2022 / KPU KABUPATEN TIMOR TENGAH
    UTARA / KEFAMENANU; captions `Tabel III.n  Judul`; capaian Satuan before the indicator; budget `Alokasi`
    `Realisasi` `Sisa Alokasi` `% Serapan`, total `JUMLAH ALOKASI`; Pilkada 2020 DPT, total `TOTAL TTU`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Alokasi", "Realisasi", "Sisa Alokasi", "% Serapan"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai Capaian"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kelurahan", "Jumlah TPS", "Pemilih Pria", "Pemilih Wanita",
                   "Jumlah Pemilih")}
    biasa("lkj-timor-tengah-utara-2022", "Timor Tengah Utara", "5303",
          "Kefamenanu|30 Januari 2023|Emanuel Kolo Taek, S.IP.|19810511 200604 1 091",
          ["LAPORAN KINERJA (LKj)", "TAHUN ANGGARAN 2022", "KPU KABUPATEN TIMOR TENGAH UTARA", "KEFAMENANU"], 93,
          lambda n, t: f"Tabel III.{n}  {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.3", 21.7, "u49tu22", "JUMLAH ALOKASI",
          ("pilkada", 2020), "TOTAL TTU",
          (lambda n: f"Halaman {n}", "LKj KPU Kab. Timor Tengah Utara 2022"),
          "Rekapitulasi Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara 2020 per "
          "kecamatan, data dasar pemutakhiran data pemilih berkelanjutan tahun 2022:",
          urut={"cap": [0, 2, 1, 3, 4, 5]}, riw=1)


def flotim_2020():
    """Flores Timur 2020: cover KOMISI PEMILIHAN UMUM / KABUPATEN FLORES TIMUR / LKj 2020; captions
    `Tabel {n}: Judul`; budget `Anggaran` `Realisasi` `Saldo` `Persentase`, total `T O T A L`; Pemilu 2019 DPT
    with the voters before the TPS and villages, total `KAB. FLORES TIMUR`; foot `LKj Flotim 2020 | n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Anggaran", "Realisasi", "Saldo", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L + P")}
    biasa("lkj-flores-timur-2020", "Flores Timur", "5306",
          "Larantuka|26 Januari 2021|Yohanes Don Bosco Kelen, S.Fil.|19800624 200604 1 092",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN FLORES TIMUR", "LKj 2020"], 95,
          lambda n, t: f"Tabel {n}: {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.6, "u49ft20", "T O T A L",
          ("pemilu", 2019), "KAB. FLORES TIMUR",
          (lambda n: f"LKj Flotim 2020 | {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 per kecamatan (jumlah pemilih didahulukan, lalu jumlah TPS dan desa):",
          urut={"dpt": [0, 1, 4, 5, 6, 3, 2]}, riw=2)


def sikka_2023():
    """Sikka 2023: cover LAPORAN KINERJA / INSTANSI PEMERINTAH / KPU KABUPATEN SIKKA / 2023; captions
    `Tabel ({n}) Judul`; budget header over two lines (unit row `(Rp)` / `(%)`), total `JUMLAH KESELURUHAN`;
    Pemilu 2024 DPT fixed in 2023, total `SIKKA`; foot `— n —`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Hasil Evaluasi"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-sikka-2023", "Sikka", "5307", "Maumere|29 Januari 2024|Stefanus Da Gomez, S.H.|19820215 200604 1 093",
          ["LAPORAN KINERJA", "INSTANSI PEMERINTAH", "KPU KABUPATEN SIKKA", "2023"], 97,
          lambda n, t: f"Tabel ({n}) {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u49sk23", "JUMLAH KESELURUHAN",
          ("pemilu", 2024), "SIKKA",
          (lambda n: f"\u2014 {n} \u2014", "Laporan Kinerja KPU Kabupaten Sikka 2023"),
          "Daftar Pemilih Tetap Pemilu 2024 yang ditetapkan pada bulan Juni 2023, per kecamatan:",
          dua={"ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")}, riw=2)


def ngada_2024():
    """Ngada 2024: cover LKj / KOMISI PEMILIHAN UMUM KABUPATEN NGADA / BAJAWA / 2024; captions `TABEL n -
    JUDUL`; capaian Realisasi, Target, Capaian order; budget `Pagu DIPA` `Realisasi SP2D` `Sisa Pagu`
    `Realisasi (%)`, total `TOTAL REALISASI`; Pilkada 2024 DPT, total `JUMLAH KAB. NGADA`, broken after ten rows."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu DIPA", "Realisasi SP2D", "Sisa Pagu", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Komponen"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    biasa("lkj-ngada-2024", "Ngada", "5309", "Bajawa|24 Januari 2025|Wilhelmus Bhara Wea, S.Sos.|19830407 200604 1 094",
          ["LKj", "KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "BAJAWA", "2024"], 91,
          lambda n, t: f"TABEL {n} - {t.upper()}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u49ng24", "TOTAL REALISASI",
          ("pilkada", 2024), "JUMLAH KAB. NGADA",
          (lambda n: f"Hal {n}", "KPU Kabupaten Ngada \u00b7 LKj 2024"),
          "Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Ngada 2024 menurut kecamatan:",
          urut={"cap": [0, 1, 2, 4, 3, 5]}, patah=(8, "KPU Kabupaten Ngada \u00b7 LKj 2024"), riw=1)


def manggarai_2021():
    """Manggarai 2021: cover LAPORAN KINERJA TAHUN 2021 / SEKRETARIAT KPU KABUPATEN MANGGARAI / RUTENG;
    captions under the tables `Tabel-n Judul`; capaian `%` in the cells; budget `Jumlah Pagu` `Jumlah
    Realisasi` `Sisa Dana` `Serapan (%)`, total `JUMLAH BELANJA`; Pilkada 2020 DPT, total `KAB. MANGGARAI`."""
    kep = {"cap": ("No", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Tingkat Capaian"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Jumlah Pagu", "Jumlah Realisasi", "Sisa Dana", "Serapan (%)"),
           "sakip": ("No", "Komponen AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-Laki", "Perempuan", "L+P")}
    biasa("lkj-manggarai-2021", "Manggarai", "5310", "Ruteng|27 Januari 2022|Kornelis Jehaut, S.Fil.|19800918 200604 1 095",
          ["LAPORAN KINERJA TAHUN 2021", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "RUTENG"], 94,
          lambda n, t: f"Tabel-{n} {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u49mg21", "JUMLAH BELANJA",
          ("pilkada", 2020), "KAB. MANGGARAI",
          (lambda n: f"LKj Manggarai 2021 - hlm {n}",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Manggarai 2020 per kecamatan, data dasar "
          "pemutakhiran berkelanjutan tahun 2021:", pct=True, bawah=True, riw=1)


def sumba_timur_2021():
    """Sumba Timur 2021: cover KPU KABUPATEN SUMBA TIMUR / LAPORAN KINERJA / PERIODE JANUARI - DESEMBER 2021;
    captions `Tabel 3-n. Judul`; capaian Capaian before Target; budget `Nilai DIPA` `Realisasi` `Sisa DIPA`
    `Capaian (%)`, total `JUMLAH DIPA`; Pilkada 2020 DPT, total `KABUPATEN SUMBA TIMUR`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian Kinerja"),
           "ang": ("Kode", "Program/Kegiatan", "Nilai DIPA", "Realisasi", "Sisa DIPA", "Capaian (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai Perolehan"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-sumba-timur-2021", "Sumba Timur", "5311", "Waingapu|28 Januari 2022|Umbu Remu Djawa, S.Pd.|19810730 200604 1 096",
          ["KPU KABUPATEN SUMBA TIMUR", "LAPORAN KINERJA", "PERIODE JANUARI - DESEMBER 2021"], 96,
          lambda n, t: f"Tabel 3-{n}. {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.9, "u49st21", "JUMLAH DIPA",
          ("pilkada", 2020), "KABUPATEN SUMBA TIMUR",
          (lambda n: f"[{n}]", "KPU Sumba Timur \u2013 Laporan Kinerja 2021"),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Timur 2020 per kecamatan:",
          urut={"cap": [0, 1, 2, 5, 3, 4]}, riw=1)


if __name__ == "__main__":
    tulis(tts_utara_2022, flotim_2020, sikka_2023, ngada_2024, manggarai_2021, sumba_timur_2021)
