#!/usr/bin/env python3
# dev83/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev83/author83a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common83 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Sebelumnya, evaluasi atas kinerja tahun {y} menghasilkan nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Dari sisi Reformasi Birokrasi, penilaian mandiri (PMPRB) tahun {tahun} memperoleh nilai {id_dec(nb[0])} "
        f"dari bobot {id_dec(nb[1])}, setara {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: Aplikasi SAKTI per 31 Desember {tahun} (diolah).")
    ulang(d, lambda p, x, q: f"Secara total, dari pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai pembanding, tahun anggaran {y} mencatat pagu Rp{id_int(p)} dengan realisasi "
            f"Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d, "Sumber: Divisi Perencanaan, Data dan Informasi KPU Kabupaten/Kota, diolah.")
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def kota_kupang_2019():
    """Kota Kupang 2019: cover LAPORAN KINERJA / KPU KOTA KUPANG / TAHUN 2019; captions `Tabel 3.n - Judul`;
    capaian `Indikator Kinerja Utama` `Satuan` `Target` `Realisasi` `Capaian (%)`; SAKIP `Komponen Evaluasi`; budget
    `Kode` `Program / Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa Dana (Rp)` `Serapan (%)`, total `TOTAL KOTA
    KUPANG`; DPT `Kelurahan` `TPS` `Pemilih L` `Pemilih P` `Pemilih L+P`, total `KOTA KUPANG`; foot `LKj 2019 |
    KPU Kota Kupang | n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa Dana (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    biasa("lkj-kota-kupang-2019", "Kota Kupang", "5371", "Kupang|28 Januari 2020|Yohanes Benyamin Pello, S.H.|19830911 200604 1 831",
          ["LAPORAN KINERJA", "KPU KOTA KUPANG", "TAHUN 2019"], 94,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u69kk19", "TOTAL KOTA KUPANG",
          ("pemilu", 2019), "KOTA KUPANG",
          (lambda n: f"LKj 2019 | KPU Kota Kupang | {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, sebagaimana ditetapkan dalam rapat pleno "
          "terbuka KPU Kota Kupang:", riw=0)


def alor_2020():
    """Alor 2020: cover KOMISI PEMILIHAN UMUM KABUPATEN ALOR / LAPORAN KINERJA TAHUN 2020 / KALABAHI; captions
    **under the tables** `Tabel 3.n: Judul`; capaian `Indikator` `Satuan` `Target 2020` `Realisasi 2020` `%`;
    SAKIP `Komponen yang Dinilai`; budget `Kode` `Uraian` `Pagu DIPA` `Realisasi` `Sisa` `Persentase`, total
    `JUMLAH KPU ALOR`; DPT `Desa/Kel` `TPS` `Laki-Laki` `Perempuan` `Jumlah`, total `KABUPATEN ALOR`; foot
    `hal. n` under the running head `Laporan Kinerja KPU Kabupaten Alor 2020`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target 2020", "Realisasi 2020", "%"),
           "ang": ("Kode", "Uraian", "Pagu DIPA", "Realisasi", "Sisa", "Persentase"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-alor-2020", "Alor", "5305", "Kalabahi|27 Januari 2021|Markus Lakamau, S.Sos.|19840918 200604 1 832",
          ["KOMISI PEMILIHAN UMUM KABUPATEN ALOR", "LAPORAN KINERJA TAHUN 2020", "KALABAHI"], 95,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u69al20", "JUMLAH KPU ALOR",
          ("pemilu", 2019), "KABUPATEN ALOR",
          (lambda n: f"hal. {n}", "Laporan Kinerja KPU Kabupaten Alor 2020"),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, dasar pemutakhiran data "
          "pemilih berkelanjutan tahun 2020:", bawah=True, riw=1)


def nagekeo_2021():
    """Nagekeo 2021: cover LKj / KPU KABUPATEN NAGEKEO / TAHUN 2021 / MBAY; captions `Tabel III.n Judul`; capaian
    **`Capaian` between `Target` and `Realisasi`**; SAKIP `Komponen`; budget `Kode`
    `Program, Kegiatan` `Alokasi (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Penyerapan (%)`, total `TOTAL NAGEKEO`; DPT
    `Desa/Kelurahan` `TPS` `L` `P` `Jumlah`, total `KAB. NAGEKEO`; foot `Hlm. n - LKj Nagekeo 2021`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program, Kegiatan", "Alokasi (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Penyerapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-nagekeo-2021", "Nagekeo", "5316", "Mbay|28 Januari 2022|Maria Yasinta Wea, S.E.|19870421 200904 2 833",
          ["LKj", "KPU KABUPATEN NAGEKEO", "TAHUN 2021", "MBAY"], 93,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8", 21.8, "u69nk21", "TOTAL NAGEKEO",
          ("pemilu", 2019), "KAB. NAGEKEO",
          (lambda n: f"Hlm. {n} - LKj Nagekeo 2021",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan tahun 2021:", urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def sabu_raijua_2022():
    """Sabu Raijua 2022: cover LAPORAN KINERJA (LKj) / SEKRETARIAT KPU KABUPATEN SABU RAIJUA / TAHUN 2022 / SEBA;
    captions `TABEL 3.n JUDUL` in capitals; capaian with **`%` in the cells**; SAKIP `Unsur Penilaian`; budget
    `Kode` `Nama Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `Capaian (%)`, total `JUMLAH KESELURUHAN`; DPT
    `Desa/Kel.` `TPS` `Laki-laki` `Perempuan` `L+P`, total `KABUPATEN SABU RAIJUA`; foot `- n -`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Capaian (%)"),
           "sakip": ("No", "Unsur Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-sabu-raijua-2022", "Sabu Raijua", "5320", "Seba|31 Januari 2023|Yermias Lado Kore, S.Pd.|19850126 200604 1 834",
          ["LAPORAN KINERJA (LKj)", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "TAHUN 2022", "SEBA"], 96,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9", 22.1, "u69sr22", "JUMLAH KESELURUHAN",
          ("pemilu", 2019), "KABUPATEN SABU RAIJUA",
          (lambda n: f"- {n} -",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2022:", pct=True, riw=1)


def manggarai_barat_2023():
    """Manggarai Barat 2023: cover LAPORAN KINERJA TAHUN 2023 / KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT /
    LABUAN BAJO; captions `Tabel 3.n | Judul`; capaian **`Satuan` last**; SAKIP `Komponen AKIP`; budget `Kode`
    `Program dan Kegiatan` `Pagu Revisi (Rp)` `Realisasi (Rp)` `Sisa Anggaran (Rp)` `Realisasi (%)`, total
    `JUMLAH MANGGARAI BARAT`; DPT `Desa/Kel.` `Jumlah TPS` `Laki-laki` `Perempuan` `Total Pemilih`, total
    `KAB. MANGGARAI BARAT`; foot `Laporan Kinerja KPU Manggarai Barat 2023 -- n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu Revisi (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)",
                   "Realisasi (%)"),
           "sakip": ("No", "Komponen AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "Jumlah TPS", "Laki-laki", "Perempuan", "Total Pemilih")}
    biasa("lkj-manggarai-barat-2023", "Manggarai Barat", "5315",
          "Labuan Bajo|30 Januari 2024|Stefanus Jemarut, S.Fil.|19860309 200904 1 835",
          ["LAPORAN KINERJA TAHUN 2023", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT", "LABUAN BAJO"], 92,
          lambda n, t: f"Tabel 3.{n} | {t}", kep,
          "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.7", 22.3, "u69mb23", "JUMLAH MANGGARAI BARAT",
          ("pemilu", 2024), "KAB. MANGGARAI BARAT",
          (lambda n: f"Laporan Kinerja KPU Manggarai Barat 2023 -- {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan dalam "
          "rapat pleno terbuka pada bulan Juni 2023:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def malaka_2024():
    """Malaka 2024: cover KPU KABUPATEN MALAKA / LAPORAN KINERJA / TAHUN ANGGARAN 2024 / BETUN; captions `Tabel
    3.n. Judul`; capaian `Uraian Indikator` `Satuan` `Target` `Realisasi` `Tingkat Capaian (%)`; SAKIP `Komponen
    Penilaian`; budget `Kode` `Uraian Program/Kegiatan` `Pagu Akhir (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `%`, total
    `TOTAL`; DPT `Jml. Desa/Kel.` `Jml. TPS` `Laki-laki` `Perempuan` `Jumlah Pemilih`, total `KABUPATEN MALAKA`;
    foot `Halaman n dari LKj KPU Malaka 2024`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Tingkat Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu Akhir (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-malaka-2024", "Malaka", "5321", "Betun|29 Januari 2025|Agustinus Nahak Seran, S.H.|19850816 200604 1 836",
          ["KPU KABUPATEN MALAKA", "LAPORAN KINERJA", "TAHUN ANGGARAN 2024", "BETUN"], 95,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2", 22.6, "u69mk24", "TOTAL",
          ("pemilu", 2024), "KABUPATEN MALAKA",
          (lambda n: f"Halaman {n} dari LKj KPU Malaka 2024",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, yang digunakan pada hari "
          "pemungutan suara 14 Februari 2024:", riw=1)


if __name__ == "__main__":
    tulis(kota_kupang_2019, alor_2020, nagekeo_2021, sabu_raijua_2022, manggarai_barat_2023, malaka_2024)
