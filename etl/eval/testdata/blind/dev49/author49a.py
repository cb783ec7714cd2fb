#!/usr/bin/env python3
# dev49/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev49/author49a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common49 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def biasa(base, nama, satker, tanda, sampul, W, cap, kep, cap_rows, rb, seed, total, dpt, label, foot, pre,
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
        d.P(f"Sebagai pembanding, nilai evaluasi atas tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Evaluasi Reformasi Birokrasi tahun {tahun} menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: Aplikasi SAKTI dan OM-SPAN, per 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y} pagu sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def ttu_2021():
    """Timor Tengah Utara 2021: cover LAPORAN KINERJA / TAHUN 2021 / KOMISI PEMILIHAN UMUM / KABUPATEN TIMOR TENGAH
    UTARA; captions `Tabel 3-n. Judul`; capaian Target, Realisasi, Capaian, Satuan last; budget `Pagu DIPA`
    `Realisasi s.d. Desember` `Sisa Pagu` `Persentase`, total `JUMLAH TOTAL TA 2021`; Pilkada 2020 DPT without
    village counts; foot `LKj TTU 2021 | n`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran", "Satuan", "Target TA", "Realisasi TA", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan / Output", "Pagu DIPA", "Realisasi s.d. Desember", "Sisa Pagu", "Persentase"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "Jumlah TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")}
    biasa("lkj-timor-tengah-utara-2021", "Timor Tengah Utara", "5303",
          "Kefamenanu|26 Januari 2022|Agustinus Neno Kolo, S.Sos.|19810522 200604 1 053",
          ["LAPORAN KINERJA", "TAHUN 2021", "KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH UTARA"], 94,
          lambda n, t: f"Tabel 3-{n}. {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.9", 21.7, "u47tu21", "JUMLAH TOTAL TA 2021",
          ("pilkada", 2020), "TOTAL TTU",
          (lambda n: f"LKj TTU 2021 | {n}", "Sekretariat KPU Kabupaten Timor Tengah Utara"),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara 2020 menurut kecamatan, yang "
          "menjadi data awal pemutakhiran data pemilih berkelanjutan tahun 2021:",
          urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def belu_2024():
    """Belu 2024: cover KPU KABUPATEN BELU / LAPORAN KINERJA INSTANSI PEMERINTAH / TAHUN 2024; captions `Tabel n:
    Judul`; budget `Anggaran` `Realisasi` `Saldo` `% Serapan`, total `TOTAL BELANJA`; tables broken after ten rows;
    Pemilu 2024 DPT; foot `Hal n`, running head."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Anggaran", "Realisasi", "Saldo", "% Serapan"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai Komponen"),
           "dpt": ("No", "Nama Kecamatan", "Jml Desa/Kel", "Jml TPS", "L", "P", "Total")}
    biasa("lkj-belu-2024", "Belu", "5304", "Atambua|24 Januari 2025|Hermina Bete Luan, S.E.|19830816 200604 2 054",
          ["KPU KABUPATEN BELU", "LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2024"], 92,
          lambda n, t: f"Tabel {n}: {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.9, "u47be24", "TOTAL BELANJA",
          ("pemilu", 2024), "TOTAL KABUPATEN",
          (lambda n: f"Hal {n}", "LKj KPU Kabupaten Belu Tahun 2024"),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan hasil rapat pleno terbuka:",
          patah=(10, "LKj KPU Kabupaten Belu Tahun 2024"), riw=1)


def flotim_2023():
    """Flores Timur 2023: cover LAPORAN KINERJA (LKj) TAHUN 2023 / SEKRETARIAT KPU KABUPATEN FLORES TIMUR; captions
    `Tab. n Judul`; capaian `% Capaian` before Target; budget `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)`
    `Capaian (%)`, total `JUMLAH BELANJA`; Pemilu 2024 DPT fixed in 2023; foot `Laporan Kinerja KPU Flores Timur
    2023 - n`."""
    kep = {"cap": ("No", "Sasaran/Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Capaian (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Hasil Evaluasi"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    biasa("lkj-flores-timur-2023", "Flores Timur", "5306",
          "Larantuka|29 Januari 2024|Yohanes Kopong Hurint, S.H.|19800914 200604 1 055",
          ["LAPORAN KINERJA (LKj) TAHUN 2023", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR"], 96,
          lambda n, t: f"Tab. {n} {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u47ft23", "JUMLAH BELANJA",
          ("pemilu", 2024), "FLORES TIMUR",
          (lambda n: f"Laporan Kinerja KPU Flores Timur 2023 - {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 yang ditetapkan pada Juli 2023, menurut kecamatan:",
          urut={"cap": [0, 1, 2, 5, 3, 4]}, riw=2)


def sikka_2021():
    """Sikka 2021: cover LAPORAN KINERJA KPU KABUPATEN SIKKA / TAHUN ANGGARAN 2021 / MAUMERE; captions `Tabel III.n
    – Judul`; capaian `Target PK` `Tingkat Capaian (%)`; budget `Pagu Akhir` `Sisa Dana` `Serapan (%)`, total
    `JUMLAH KESELURUHAN`; tables broken after twelve rows; Pemilu 2019 DPT as the base of updating; foot `n | LKj
    Sikka 2021`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target PK", "Realisasi", "Tingkat Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Akhir", "Realisasi", "Sisa Dana", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-sikka-2021", "Sikka", "5307", "Maumere|27 Januari 2022|Paulus Moa Nong, S.Sos.|19820303 200604 1 056",
          ["LAPORAN KINERJA KPU KABUPATEN SIKKA", "TAHUN ANGGARAN 2021", "MAUMERE"], 98,
          lambda n, t: f"Tabel III.{n} \u2013 {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u47sk21", "JUMLAH KESELURUHAN",
          ("pemilu", 2019), "KAB. SIKKA",
          (lambda n: f"{n} | LKj Sikka 2021", "KPU Kabupaten Sikka - Laporan Kinerja 2021"),
          "Daftar Pemilih Tetap Pemilu 2019 menurut kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
          "tahun 2021:",
          patah=(12, "KPU Kabupaten Sikka - Laporan Kinerja 2021"), riw=1)


def ngada_2022():
    """Ngada 2022: cover LAPORAN KINERJA / Tahun 2022 / Komisi Pemilihan Umum Kabupaten Ngada; captions `Tabel 3.n
    Judul` with two spaces; capaian `Target Kinerja` `Realisasi Kinerja` `Persentase` with `%` in the cells; budget
    `Alokasi Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `Serapan`, total `TOTAL KESELURUHAN`; Pilkada 2020
    DPT; foot `Halaman n`, running head in capitals."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target Kinerja", "Realisasi Kinerja", "Persentase"),
           "ang": ("Kode", "Program/Kegiatan", "Alokasi Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Serapan"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai Capaian"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel", "Jumlah TPS", "Pemilih L", "Pemilih P", "Total Pemilih")}
    biasa("lkj-ngada-2022", "Ngada", "5309", "Bajawa|25 Januari 2023|Maria Goreti Bupu, S.E.|19840211 200604 2 057",
          ["LAPORAN KINERJA", "Tahun 2022", "Komisi Pemilihan Umum Kabupaten Ngada"], 90,
          lambda n, t: f"Tabel 3.{n}  {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.5, "u47ng22", "TOTAL KESELURUHAN",
          ("pilkada", 2020), "KABUPATEN NGADA",
          (lambda n: f"Halaman {n}", "LAPORAN KINERJA KPU KABUPATEN NGADA 2022"),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Ngada 2020 per kecamatan, yang dipakai sebagai "
          "data dasar pemutakhiran berkelanjutan:", pct=True, riw=1)


def lembata_2024():
    """Lembata 2024: cover LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA / TAHUN 2024; captions under
    the tables `Tabel n — Judul`; capaian Realisasi before Target; DPT with `Jumlah Pemilih` before L and P; budget
    total `Jumlah`; foot `LKj Lembata 2024 - hal. n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program, Kegiatan dan Output", "Pagu", "Realisasi", "Sisa", "Realisasi (%)"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-lembata-2024", "Lembata", "5313", "Lewoleba|30 Januari 2025|Bernadus Tukan Wuwur, S.Pd.|19810707 200604 1 058",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2024"], 92,
          lambda n, t: f"Tabel {n} \u2014 {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.5", 22.0, "u47lb24", "Jumlah",
          ("pemilu", 2024), "LEMBATA",
          (lambda n: f"LKj Lembata 2024 - hal. {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 di Kabupaten Lembata per kecamatan (jumlah pemilih didahulukan, lalu "
          "rinciannya menurut jenis kelamin):", bawah=True,
          urut={"cap": [0, 1, 2, 4, 3, 5], "dpt": [0, 1, 2, 3, 6, 4, 5]}, riw=1)


if __name__ == "__main__":
    tulis(ttu_2021, belu_2024, flotim_2023, sikka_2021, ngada_2022, lembata_2024)
