#!/usr/bin/env python3
# dev89/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev89/author89a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common89 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
    """Kota Kupang 2019: cover LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KOTA KUPANG / TAHUN 2019 / KUPANG; captions
    `Tabel 3.n - Judul`; capaian `Indikator Kinerja Utama` `Satuan` `Target` `Realisasi` `Capaian (%)`; SAKIP
    `Komponen Evaluasi AKIP`; budget `Kode` `Uraian Program/Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa Anggaran (Rp)`
    `Penyerapan (%)`, total `JUMLAH KOTA KUPANG`; DPT `Kelurahan` `TPS` `Pemilih L` `Pemilih P` `Jumlah (L+P)`, total
    `KOTA KUPANG`; foot `LKj KPU Kota Kupang 2019 | Halaman n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)",
                   "Penyerapan (%)"),
           "sakip": ("No", "Komponen Evaluasi AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Pemilih L", "Pemilih P", "Jumlah (L+P)")}
    biasa("lkj-kota-kupang-2019", "Kota Kupang", "5371",
          "Kupang|28 Januari 2020|Yohanes Benyamin Pello, S.H.|19830911 200604 1 831",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2019", "KUPANG"], 94,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u69kk19", "JUMLAH KOTA KUPANG",
          ("pemilu", 2019), "KOTA KUPANG",
          (lambda n: f"LKj KPU Kota Kupang 2019 | Halaman {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, sebagaimana ditetapkan dalam "
          "rapat pleno terbuka KPU Kota Kupang:", riw=0)


def alor_2020():
    """Alor 2020: cover KPU KABUPATEN ALOR / LAPORAN KINERJA INSTANSI PEMERINTAH / TAHUN 2020 / KALABAHI; **captions
    under the tables** `Tabel n - Judul`; capaian **`Capaian (%)` before `Realisasi`**, `Uraian Indikator`; SAKIP
    `Komponen yang Dinilai`; budget `Kode` `Program / Kegiatan` `Pagu` `Realisasi` `Sisa` `% Serapan`, total `TOTAL
    ALOR`; DPT `Jml. Desa/Kel.` `Jml. TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KABUPATEN ALOR`; foot `Hal. n`
    under the running head `LKjIP KPU Kabupaten Alor Tahun 2020`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "% Serapan"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-alor-2020", "Alor", "5305", "Kalabahi|27 Januari 2021|Markus Lakamau, S.Sos.|19840918 200604 1 832",
          ["KPU KABUPATEN ALOR", "LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2020", "KALABAHI"], 95,
          lambda n, t: f"Tabel {n} - {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u69al20", "TOTAL ALOR",
          ("pemilu", 2019), "KABUPATEN ALOR",
          (lambda n: f"Hal. {n}", "LKjIP KPU Kabupaten Alor Tahun 2020"),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, dasar pemutakhiran data "
          "pemilih berkelanjutan tahun 2020:", bawah=True, urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def nagekeo_2021():
    """Nagekeo 2021: cover LAPORAN KINERJA (LKj) / KPU KABUPATEN NAGEKEO / TAHUN 2021; captions `TABEL III.n
    JUDUL` in capitals; capaian with **`%` in the cells**, `Indikator Sasaran` `Target` `Realisasi`
    `Persentase Capaian`; SAKIP `Unsur Penilaian`; budget `Kode` `Uraian` `Pagu Anggaran` `Realisasi
    Anggaran` `Sisa` `Persentase`, total `JUMLAH`; DPT `Desa/Kel.` `TPS` `L` `P` `Total`, total `JUMLAH KAB.
    NAGEKEO`; foot `Laporan Kinerja KPU Nagekeo 2021 - n`."""
    kep = {"cap": ("No", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Uraian", "Pagu Anggaran", "Realisasi Anggaran", "Sisa", "Persentase"),
           "sakip": ("No", "Unsur Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Total")}
    biasa("lkj-nagekeo-2021", "Nagekeo", "5316", "Mbay|28 Januari 2022|Maria Yasinta Wea, S.E.|19870421 200904 2 833",
          ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN NAGEKEO", "TAHUN 2021"], 93,
          lambda n, t: f"TABEL III.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8", 21.8, "u69nk21", "JUMLAH",
          ("pemilu", 2019), "JUMLAH KAB. NAGEKEO",
          (lambda n: f"Laporan Kinerja KPU Nagekeo 2021 - {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan tahun 2021:", pct=True, riw=1)


def sabu_raijua_2022():
    """Sabu Raijua 2022: cover LAPORAN KINERJA TAHUN 2022 / KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA / SEBA;
    captions `Tabel 3.n: Judul`; capaian **`Satuan` after `Target` and `Realisasi`**, `Indikator Kinerja`
    `Capaian`; SAKIP `Komponen` `Bobot` `Nilai`; budget `Kode` `Program dan Kegiatan` `Pagu (Rp)` `Realisasi (Rp)`
    `Sisa (Rp)` `Serapan (%)`, total `TOTAL SABU RAIJUA`; DPT `Desa` `TPS` `Laki-Laki` `Perempuan` `Jumlah
    Pemilih`, total `KAB. SABU RAIJUA`; foot `KPU Kab. Sabu Raijua - LKj 2022 - hal n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-Laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-sabu-raijua-2022", "Sabu Raijua", "5320",
          "Seba|31 Januari 2023|Yermias Lado Kore, S.Pd.|19850126 200604 1 834",
          ["LAPORAN KINERJA TAHUN 2022", "KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "SEBA"], 96,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9", 22.1, "u69sr22", "TOTAL SABU RAIJUA",
          ("pemilu", 2019), "KAB. SABU RAIJUA",
          (lambda n: f"KPU Kab. Sabu Raijua - LKj 2022 - hal {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2022:", urut={"cap": [0, 1, 3, 4, 2, 5]}, riw=1)


def manggarai_barat_2023():
    """Manggarai Barat 2023: cover LAPORAN KINERJA INSTANSI PEMERINTAH / SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT /
    TAHUN ANGGARAN 2023 / LABUAN BAJO; captions `Tabel III-n. Judul`; capaian **`Realisasi` before `Target`**,
    `Indikator` `% Capaian`; SAKIP `Komponen Penilaian`; budget `Kode` `Nama Program/Kegiatan` `Pagu Revisi (Rp)`
    `Realisasi (Rp)` `Sisa Pagu (Rp)` `Daya Serap (%)`, total `JUMLAH SELURUHNYA`; DPT `Jumlah Desa/Kel.` `Jumlah TPS`
    `Laki-laki` `Perempuan` `L+P`, total `TOTAL KABUPATEN MANGGARAI BARAT`, **the DPT table broken over a page**
    (`Lanjutan Tabel III-4`); foot `LKj Manggarai Barat 2023 * n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu Revisi (Rp)", "Realisasi (Rp)", "Sisa Pagu (Rp)",
                   "Daya Serap (%)"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel.", "Jumlah TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-manggarai-barat-2023", "Manggarai Barat", "5315",
          "Labuan Bajo|30 Januari 2024|Stefanus Jemarut, S.Fil.|19860309 200904 1 835",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT", "TAHUN ANGGARAN 2023",
           "LABUAN BAJO"], 92,
          lambda n, t: f"Tabel III-{n}. {t}", kep,
          "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.7", 22.3, "u69mb23", "JUMLAH SELURUHNYA",
          ("pemilu", 2024), "TOTAL KABUPATEN MANGGARAI BARAT",
          (lambda n: f"LKj Manggarai Barat 2023 * {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan dalam "
          "rapat pleno terbuka bulan Juni 2023:", patah=(8, "Laporan Kinerja KPU Kabupaten Manggarai Barat 2023"),
          urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def malaka_2024():
    """Malaka 2024: cover LAPORAN KINERJA / KPU KABUPATEN MALAKA / TAHUN 2024 / BETUN; captions `Tabel 3.n Judul`;
    capaian `Indikator Kinerja Sasaran Strategis` `Target 2024` `Realisasi 2024` `Capaian (%)`; SAKIP `Komponen
    AKIP`; budget `Kode` `Program/Kegiatan` `Pagu Akhir (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi (%)`, total
    `TOTAL KESELURUHAN`; DPT `Desa/Kelurahan` `TPS` `Pemilih Laki-laki` `Pemilih Perempuan` `Total Pemilih`, total
    `KABUPATEN MALAKA`; foot `- n -` under the running head `Laporan Kinerja KPU Kabupaten Malaka 2024`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran Strategis", "Satuan", "Target 2024", "Realisasi 2024",
                   "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Akhir (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan",
                   "Total Pemilih")}
    biasa("lkj-malaka-2024", "Malaka", "5321", "Betun|29 Januari 2025|Agustinus Nahak Seran, S.H.|19850816 200604 1 836",
          ["LAPORAN KINERJA", "KPU KABUPATEN MALAKA", "TAHUN 2024", "BETUN"], 95,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2", 22.6, "u69mk24", "TOTAL KESELURUHAN",
          ("pemilu", 2024), "KABUPATEN MALAKA",
          (lambda n: f"- {n} -", "Laporan Kinerja KPU Kabupaten Malaka 2024"),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, yang digunakan pada "
          "pemungutan suara 14 Februari 2024:", riw=1)


if __name__ == "__main__":
    tulis(kota_kupang_2019, alor_2020, nagekeo_2021, sabu_raijua_2022, manggarai_barat_2023, malaka_2024)
