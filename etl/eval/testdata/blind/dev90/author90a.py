#!/usr/bin/env python3
# dev90/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev90/author90a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common90 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def manggarai_2019():
    """Manggarai 2019: cover KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI / LAPORAN KINERJA / TAHUN 2019 / RUTENG;
    captions `Tabel 3.n. Judul`; capaian `Indikator Kinerja Sasaran` `Persentase (%)`; SAKIP `Komponen yang
    Dievaluasi`; budget `Uraian Program dan Kegiatan` `Pagu DIPA (Rp)` `Realisasi (Rp)` `Sisa Dana (Rp)` `Serapan
    (%)`, total `JUMLAH MANGGARAI`; DPT `Desa/Kel.` `Jumlah TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KABUPATEN
    MANGGARAI`; foot `LKj KPU Kabupaten Manggarai 2019 - Halaman n`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran", "Satuan", "Target", "Realisasi", "Persentase (%)"),
           "ang": ("Kode", "Uraian Program dan Kegiatan", "Pagu DIPA (Rp)", "Realisasi (Rp)", "Sisa Dana (Rp)",
                   "Serapan (%)"),
           "sakip": ("No", "Komponen yang Dievaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-manggarai-2019", "Manggarai", "5310", "Ruteng|30 Januari 2020|Kanisius Jehabut, S.Fil.|19820603 200604 1 871",
          ["KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "LAPORAN KINERJA", "TAHUN 2019", "RUTENG"], 94,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u71mg19", "JUMLAH MANGGARAI",
          ("pemilu", 2019), "KABUPATEN MANGGARAI",
          (lambda n: f"LKj KPU Kabupaten Manggarai 2019 - Halaman {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, sebagaimana ditetapkan "
          "dalam rapat pleno terbuka KPU Kabupaten Manggarai:", riw=0)


def rote_ndao_2020():
    """Rote Ndao 2020: cover LAPORAN KINERJA (LKj) / KPU KABUPATEN ROTE NDAO / TAHUN 2020 / BA'A; captions `Tabel
    III.n - Judul`; capaian **`Satuan` last**, `Sasaran/Indikator` `Capaian`; SAKIP `Komponen` `Bobot (%)`; budget
    `Program/Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `% Realisasi`, total `TOTAL`; DPT `Jml. Desa/Kel.`
    `Jml. TPS` `L` `P` `L+P`, total `TOTAL KAB. ROTE NDAO`; foot `Hal. n` under the running head `Laporan Kinerja KPU
    Kabupaten Rote Ndao Tahun 2020`."""
    kep = {"cap": ("No", "Sasaran/Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "% Realisasi"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "L", "P", "L+P")}
    biasa("lkj-rote-ndao-2020", "Rote Ndao", "5314", "Ba'a|28 Januari 2021|Daniel Ndolu, S.Pd.|19830927 200604 1 872",
          ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN ROTE NDAO", "TAHUN 2020", "BA'A"], 95,
          lambda n, t: f"Tabel III.{n} - {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u71rn20", "TOTAL",
          ("pemilu", 2019), "TOTAL KAB. ROTE NDAO",
          (lambda n: f"Hal. {n}", "Laporan Kinerja KPU Kabupaten Rote Ndao Tahun 2020"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2020:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def sumba_timur_2021():
    """Sumba Timur 2021: cover LAPORAN KINERJA TAHUN 2021 / KOMISI PEMILIHAN UMUM / KABUPATEN SUMBA TIMUR / WAINGAPU;
    captions `Tabel n: Judul`; capaian with **`%` in the cells**, `Tingkat Capaian`; SAKIP `Komponen Evaluasi`;
    budget `Program / Kegiatan` `Pagu Anggaran (Rp)` `Realisasi Anggaran (Rp)` `Sisa Anggaran (Rp)` `Penyerapan`,
    total `JUMLAH TOTAL`; DPT `Desa/Kelurahan` `TPS` `Pemilih Laki-laki` `Pemilih Perempuan` `Jumlah Pemilih`, total
    `JUMLAH SUMBA TIMUR`, **the DPT table broken over a page** (`Lanjutan Tabel 4` under the running head); foot
    `LKj 2021 KPU Sumba Timur | n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Tingkat Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)", "Sisa Anggaran (Rp)",
                   "Penyerapan"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan",
                   "Jumlah Pemilih")}
    biasa("lkj-sumba-timur-2021", "Sumba Timur", "5311",
          "Waingapu|27 Januari 2022|Umbu Kudu Lawu, S.H.|19840524 200604 1 873",
          ["LAPORAN KINERJA TAHUN 2021", "KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TIMUR", "WAINGAPU"], 93,
          lambda n, t: f"Tabel {n}: {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u71sm21", "JUMLAH TOTAL",
          ("pemilu", 2019), "JUMLAH SUMBA TIMUR",
          (lambda n: f"LKj 2021 KPU Sumba Timur | {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan tahun 2021:", pct=True, patah=(12, "Laporan Kinerja KPU Kabupaten Sumba Timur 2021"), riw=1)


def manggarai_barat_2022():
    """Manggarai Barat 2022: cover LAPORAN KINERJA / SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT / TAHUN 2022; captions
    `Tabel 3-n. Judul`; capaian **`Realisasi` before `Target`**, `Indikator` `Capaian (%)`; SAKIP `Komponen
    Penilaian AKIP`; budget `Program dan Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Daya Serap (%)`, total
    `JUMLAH KESELURUHAN`; DPT `Desa/Kel` `TPS` `Laki-Laki` `Perempuan` `L + P`, total `KAB. MANGGARAI BARAT`; foot `- n
    -` under the running head `LKj KPU Manggarai Barat 2022`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Daya Serap (%)"),
           "sakip": ("No", "Komponen Penilaian AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    biasa("lkj-manggarai-barat-2022", "Manggarai Barat", "5315",
          "Labuan Bajo|31 Januari 2023|Fransiskus Sales Ndahur, S.Sos.|19850906 200604 1 874",
          ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2022"], 96,
          lambda n, t: f"Tabel 3-{n}. {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u71mb22", "JUMLAH KESELURUHAN",
          ("pemilu", 2019), "KAB. MANGGARAI BARAT",
          (lambda n: f"- {n} -", "LKj KPU Manggarai Barat 2022"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Barat per kecamatan, pangkal pemutakhiran data "
          "pemilih berkelanjutan tahun 2022:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def ttu_2023():
    """Timor Tengah Utara 2023: cover LKj / KPU KABUPATEN TIMOR TENGAH UTARA / TAHUN 2023 / KEFAMENANU; **captions
    under the tables** `TABEL 3.n: JUDUL` in capitals; capaian `Uraian Indikator Kinerja` `Target 2023` `Realisasi
    2023` `% Capaian`; SAKIP `Komponen AKIP yang Dinilai`; budget `Uraian` `Alokasi (Rp)` `Realisasi (Rp)` `Sisa
    (Rp)` `Persentase (%)`, total `TOTAL TTU`; DPT `Jumlah Desa/Kel.` `Jumlah TPS` `L` `P` `Jumlah`, total `TOTAL KAB.
    TIMOR TENGAH UTARA`; foot `Laporan Kinerja KPU TTU 2023 | hlm n`."""
    kep = {"cap": ("No", "Uraian Indikator Kinerja", "Satuan", "Target 2023", "Realisasi 2023", "% Capaian"),
           "ang": ("Kode", "Uraian", "Alokasi (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Persentase (%)"),
           "sakip": ("No", "Komponen AKIP yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel.", "Jumlah TPS", "L", "P", "Jumlah")}
    biasa("lkj-timor-tengah-utara-2023", "Timor Tengah Utara", "5303",
          "Kefamenanu|31 Januari 2024|Yohanes Kolo Sasi, S.Fil.|19860411 200904 1 865",
          ["LKj", "KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2023", "KEFAMENANU"], 92,
          lambda n, t: f"TABEL 3.{n}: {t.upper()}", kep,
          "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.8", 22.3, "u71tu23", "TOTAL TTU",
          ("pemilu", 2024), "TOTAL KAB. TIMOR TENGAH UTARA",
          (lambda n: f"Laporan Kinerja KPU TTU 2023 | hlm {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Timor Tengah Utara per kecamatan, ditetapkan "
          "dalam rapat pleno terbuka pada bulan Juni 2023:", bawah=True, riw=1)


def manggarai_timur_2024():
    """Manggarai Timur 2024: cover LAPORAN KINERJA INSTANSI PEMERINTAH / KPU KABUPATEN MANGGARAI TIMUR / TAHUN 2024 /
    BORONG; captions `Tabel III.n Judul`; capaian **`Capaian` before `Realisasi`**, `Indikator Kinerja Utama`;
    SAKIP `Unsur yang Dinilai`; budget `Nama Program/Kegiatan` `Pagu Revisi (Rp)` `Realisasi s.d. Desember (Rp)`
    `Sisa Pagu (Rp)` `Serapan (%)`, total `JUMLAH`; DPT `Desa/Kel.` `TPS` `Laki-laki` `Perempuan` `Total`, total
    `JUMLAH KAB. MANGGARAI TIMUR`; foot `KPU Manggarai Timur - LKj 2024 - n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu Revisi (Rp)", "Realisasi s.d. Desember (Rp)",
                   "Sisa Pagu (Rp)", "Serapan (%)"),
           "sakip": ("No", "Unsur yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Total")}
    biasa("lkj-manggarai-timur-2024", "Manggarai Timur", "5319",
          "Borong|31 Januari 2025|Yosef Nggarang, S.Fil.|19870215 200904 1 876",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2024", "BORONG"], 95,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u71mt24", "JUMLAH",
          ("pemilu", 2024), "JUMLAH KAB. MANGGARAI TIMUR",
          (lambda n: f"KPU Manggarai Timur - LKj 2024 - {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, yang digunakan "
          "pada pemungutan suara 14 Februari 2024:", urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


if __name__ == "__main__":
    tulis(manggarai_2019, rote_ndao_2020, sumba_timur_2021, manggarai_barat_2022, ttu_2023, manggarai_timur_2024)
