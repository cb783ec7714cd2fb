#!/usr/bin/env python3
# dev77/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev77/author77a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common77 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def kota_kupang_2019():
    """Kota Kupang 2019: cover KOMISI PEMILIHAN UMUM KOTA KUPANG / LAPORAN KINERJA INSTANSI PEMERINTAH / TAHUN 2019;
    captions `Tabel 3.n: Judul`; capaian `Indikator Kinerja Sasaran` `Target` `Realisasi` `Persentase Capaian`;
    budget `Kode` `Program dan Kegiatan` `Pagu DIPA` `Realisasi` `Sisa Pagu` `% Realisasi`, total `TOTAL KPU KOTA
    KUPANG`; DPT `Kelurahan` `TPS` `Laki-Laki` `Perempuan` `Jumlah`, total `TOTAL KOTA KUPANG`; foot `LKjIP 2019 -
    KPU Kota Kupang - hal n`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu DIPA", "Realisasi", "Sisa Pagu", "% Realisasi"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-kota-kupang-2019", "Kota Kupang", "5371", "Kupang|28 Januari 2020|Yohanes Benyamin Pello, S.H.|19830911 200604 1 831",
          ["KOMISI PEMILIHAN UMUM KOTA KUPANG", "LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2019"], 94,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u69kk19",
          "TOTAL KPU KOTA KUPANG", ("pemilu", 2019), "TOTAL KOTA KUPANG",
          (lambda n: f"LKjIP 2019 - KPU Kota Kupang - hal {n}",),
          "Jumlah Daftar Pemilih Tetap Pemilu 2019 di Kota Kupang menurut kecamatan, sebagaimana ditetapkan dalam "
          "rapat pleno terbuka KPU Kota Kupang:", riw=0)


def alor_2020():
    """Alor 2020: cover LAPORAN KINERJA / TAHUN ANGGARAN 2020 / KOMISI PEMILIHAN UMUM KABUPATEN ALOR; captions
    `Tabel III.n Judul`; capaian `Uraian Indikator` `Target 2020` `Realisasi 2020` `Capaian (%)`; budget `Kode`
    `Uraian Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `Serapan (%)`, total `JUMLAH ALOR`; DPT `Jml Desa/Kel`
    `Jml TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KABUPATEN ALOR`, **broken over a page** with `Lanjutan
    Tabel III.4` and the header again; foot `LKj KPU Alor Tahun 2020 | n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target 2020", "Realisasi 2020", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-alor-2020", "Alor", "5305", "Kalabahi|27 Januari 2021|Markus Lakamau, S.Sos.|19840918 200604 1 832",
          ["LAPORAN KINERJA", "TAHUN ANGGARAN 2020", "KOMISI PEMILIHAN UMUM KABUPATEN ALOR"], 92,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u69al20", "JUMLAH ALOR",
          ("pemilu", 2019), "KABUPATEN ALOR",
          (lambda n: f"LKj KPU Alor Tahun 2020 | {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor menurut kecamatan, yang menjadi dasar "
          "pemutakhiran data pemilih berkelanjutan tahun 2020:", patah=(10, "LKj KPU Alor Tahun 2020"), riw=1)


def nagekeo_2021():
    """Nagekeo 2021: cover KPU KABUPATEN NAGEKEO / LAPORAN KINERJA / TAHUN 2021; captions over two lines (`Tabel
    3.n` / title); capaian `Indikator Kinerja` `Target` `Realisasi` `Capaian`; budget `Kode` `Program/Kegiatan`
    `Pagu Anggaran (Rp)` `Realisasi Anggaran (Rp)` `Sisa Anggaran (Rp)` `Penyerapan (%)`, total `JUMLAH KPU
    NAGEKEO`; DPT `Desa/Kelurahan` `TPS` `L` `P` `L+P`, total `NAGEKEO`; foot `LKj 2021 KPU Nagekeo - n` under the running head `Laporan Kinerja KPU Kabupaten
    Nagekeo`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)", "Sisa Anggaran (Rp)",
                   "Penyerapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "L", "P", "L+P")}
    biasa("lkj-nagekeo-2021", "Nagekeo", "5316", "Mbay|28 Januari 2022|Maria Yasinta Wea, S.E.|19870421 200904 2 833",
          ["KPU KABUPATEN NAGEKEO", "LAPORAN KINERJA", "TAHUN 2021"], 95,
          lambda n, t: f"Tabel 3.{n}\n{t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8", 21.8, "u69nk21", "JUMLAH KPU NAGEKEO",
          ("pemilu", 2019), "NAGEKEO",
          (lambda n: f"LKj 2021 KPU Nagekeo - {n}", "Laporan Kinerja KPU Kabupaten Nagekeo"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo menurut kecamatan, pangkal pemutakhiran data "
          "pemilih berkelanjutan tahun 2021:", riw=1)


def sabu_raijua_2022():
    """Sabu Raijua 2022: cover LAPORAN KINERJA / SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA / TAHUN
    ANGGARAN 2022; captions `Tabel 3.n Judul`; capaian **`Realisasi` before `Target`**; budget `Kode` `Uraian`
    `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan`, total `JUMLAH`; DPT `Desa/Kel.` `TPS` `Laki-laki`
    `Perempuan` `Total`, total `KAB. SABU RAIJUA`; foot `LKj Sabu Raijua | Halaman n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Total")}
    biasa("lkj-sabu-raijua-2022", "Sabu Raijua", "5320", "Seba|31 Januari 2023|Yermias Lado Kore, S.Pd.|19850126 200604 1 834",
          ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "TAHUN ANGGARAN 2022"], 93,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9", 22.1, "u69sr22", "JUMLAH",
          ("pemilu", 2019), "KAB. SABU RAIJUA",
          (lambda n: f"LKj Sabu Raijua | Halaman {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2022:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def manggarai_barat_2023():
    """Manggarai Barat 2023: cover LAPORAN KINERJA (LKj) / KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT / 2023;
    captions `TABEL 3.n JUDUL` in capitals; capaian with **`%` in the cells**; budget `Kode` `Program / Kegiatan`
    `Pagu` `Realisasi` `Sisa Dana` `% Serapan`, total `TOTAL MANGGARAI BARAT`; DPT `Desa/Kel` `TPS` `Laki-laki`
    `Perempuan` `Jumlah Pemilih`, total `MANGGARAI BARAT`; foot `LKj 2023 | KPU Mabar | n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa Dana", "% Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-manggarai-barat-2023", "Manggarai Barat", "5315",
          "Labuan Bajo|30 Januari 2024|Stefanus Jemarut, S.Fil.|19860309 200904 1 835",
          ["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT", "2023"], 96,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.7", 22.3, "u69mb23", "TOTAL MANGGARAI BARAT",
          ("pemilu", 2024), "MANGGARAI BARAT",
          (lambda n: f"LKj 2023 | KPU Mabar | {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan "
          "dalam rapat pleno terbuka pada bulan Juni 2023:", pct=True, riw=1)


def malaka_2024():
    """Malaka 2024: cover LAPORAN KINERJA / KPU KABUPATEN MALAKA / TAHUN 2024 / BETUN; captions `Tabel 3-n
    Judul`; capaian `Indikator Kinerja Utama` `Target` `Realisasi` `% Capaian`; budget `Kode`
    `Nama Program/Kegiatan` `Pagu Revisi` `Realisasi` `Sisa` `Persentase`, total `JUMLAH KPU MALAKA`; DPT
    `Desa/Kel.` `TPS` `Laki-Laki` `Perempuan` `L + P`, total `KAB. MALAKA`; foot `Hal. n - LKj Malaka 2024`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu Revisi", "Realisasi", "Sisa", "Persentase"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    biasa("lkj-malaka-2024", "Malaka", "5321", "Betun|29 Januari 2025|Agustinus Nahak Seran, S.H.|19850816 200604 1 836",
          ["LAPORAN KINERJA", "KPU KABUPATEN MALAKA", "TAHUN 2024", "BETUN"], 91,
          lambda n, t: f"Tabel 3-{n} {t}", kep,
          "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2", 22.6, "u69mk24", "JUMLAH KPU MALAKA",
          ("pemilu", 2024), "KAB. MALAKA",
          (lambda n: f"Hal. {n} - LKj Malaka 2024",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, yang digunakan pada hari "
          "pemungutan suara 14 Februari 2024:", riw=1)


if __name__ == "__main__":
    tulis(kota_kupang_2019, alor_2020, nagekeo_2021, sabu_raijua_2022, manggarai_barat_2023, malaka_2024)
