#!/usr/bin/env python3
# dev91/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev91/author91a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common91 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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



def ngada_2019():
    """Ngada 2019: cover KPU KABUPATEN NGADA / LAPORAN KINERJA (LKj) / TAHUN 2019 / BAJAWA; captions `Tabel 3.n –
    Judul`; capaian `Indikator Kinerja` `Target PK` `Realisasi` `Capaian (%)`; SAKIP `Komponen Manajemen Kinerja`;
    budget `Kode` `Uraian` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi (%)`, total `JUMLAH NGADA`; DPT
    `Desa/Kelurahan` `TPS` `Laki-laki` `Perempuan` `L+P`, total `KABUPATEN NGADA`; foot `Hal. n - LKj Ngada 2019`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target PK", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-ngada-2019", "Ngada", "5309", "Bajawa|29 Januari 2020|Yosef Djawa Ngole, S.Fil.|19840617 200604 1 871",
          ["KPU KABUPATEN NGADA", "LAPORAN KINERJA (LKj)", "TAHUN 2019", "BAJAWA"], 94,
          lambda n, t: f"Tabel 3.{n} – {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u71ng19", "JUMLAH NGADA",
          ("pemilu", 2019), "KABUPATEN NGADA",
          (lambda n: f"Hal. {n} - LKj Ngada 2019",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, sesuai berita acara rapat "
          "pleno terbuka KPU Kabupaten Ngada:", riw=0)


def nagekeo_2020():
    """Nagekeo 2020: cover LAPORAN KINERJA / KPU KABUPATEN NAGEKEO / TAHUN ANGGARAN 2020 / MBAY; captions `Tabel
    III.n. Judul`; capaian **`Realisasi` before `Target`**, `Indikator Sasaran` `Capaian`; SAKIP `Komponen AKIP`;
    budget `Program/Kegiatan` `Pagu Akhir (Rp)` `Realisasi (Rp)` `Sisa Pagu (Rp)` `% Serapan`, total `TOTAL
    NAGEKEO`; DPT `Jml Desa/Kel` `Jml TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KAB. NAGEKEO`; foot `LKj KPU
    Kabupaten Nagekeo Tahun 2020 | Halaman n`."""
    kep = {"cap": ("No", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Akhir (Rp)", "Realisasi (Rp)", "Sisa Pagu (Rp)", "% Serapan"),
           "sakip": ("No", "Komponen AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-nagekeo-2020", "Nagekeo", "5316", "Mbay|28 Januari 2021|Paulus Sebho Dhae, S.E.|19850822 200604 1 872",
          ["LAPORAN KINERJA", "KPU KABUPATEN NAGEKEO", "TAHUN ANGGARAN 2020", "MBAY"], 95,
          lambda n, t: f"Tabel III.{n}. {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9", 21.3, "u71nk20", "TOTAL NAGEKEO",
          ("pemilu", 2019), "KAB. NAGEKEO",
          (lambda n: f"LKj KPU Kabupaten Nagekeo Tahun 2020 | Halaman {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, yang menjadi dasar pemutakhiran data "
          "pemilih berkelanjutan tahun 2020:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def sumba_barat_2021():
    """Sumba Barat 2021: cover LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) / KOMISI PEMILIHAN UMUM KABUPATEN SUMBA
    BARAT / TAHUN 2021 / WAIKABUBAK; **captions under the tables** `Tabel n. Judul`; capaian with **`%` in the
    cells**, `Uraian Indikator` `Tingkat Capaian (%)`; SAKIP `Unsur Penilaian`; budget `Uraian Program/Kegiatan`
    `Pagu (Rp)` `Realisasi (Rp)` `Sisa Dana (Rp)` `Serapan (%)`, total `JUMLAH SELURUHNYA`; DPT (Pilkada 2020)
    `Desa/Kel.` `TPS` `L` `P` `Jumlah`, total `TOTAL SUMBA BARAT`; foot `- n -` under the running head `LKjIP KPU
    Kabupaten Sumba Barat 2021`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Tingkat Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa Dana (Rp)", "Serapan (%)"),
           "sakip": ("No", "Unsur Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-sumba-barat-2021", "Sumba Barat", "5312",
          "Waikabubak|28 Januari 2022|Umbu Dedu Ngara, S.Pd.|19850503 200604 1 873",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA BARAT", "TAHUN 2021",
           "WAIKABUBAK"], 93,
          lambda n, t: f"Tabel {n}. {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u71sb21", "JUMLAH SELURUHNYA",
          ("pilkada", 2020), "TOTAL SUMBA BARAT",
          (lambda n: f"- {n} -", "LKjIP KPU Kabupaten Sumba Barat 2021"),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 per kecamatan, yang menjadi "
          "dasar pemutakhiran data pemilih berkelanjutan tahun 2021:", pct=True, bawah=True, riw=1)


def manggarai_2022():
    """Manggarai 2022: cover LAPORAN KINERJA / KPU KABUPATEN MANGGARAI / 2022; captions `TABEL 3.n JUDUL` in
    capitals; capaian **`Satuan` last**, `Indikator Kinerja Sasaran Strategis` `% Capaian`; SAKIP `Komponen yang
    Dinilai`; budget `Uraian` `Pagu DIPA (Rp)` `Realisasi SP2D (Rp)` `Sisa (Rp)` `%`, total `TOTAL`; DPT `Desa/Kel.`
    `Jumlah TPS` `Laki-laki` `Perempuan` `Jumlah Pemilih`, total `JUMLAH KABUPATEN MANGGARAI`, **the DPT table
    broken over a page** (`Lanjutan TABEL 3.4`); foot `LKj 2022 · KPU Kabupaten Manggarai · n`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran Strategis", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian", "Pagu DIPA (Rp)", "Realisasi SP2D (Rp)", "Sisa (Rp)", "%"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-manggarai-2022", "Manggarai", "5310", "Ruteng|30 Januari 2023|Hironimus Jemarut, S.Fil.|19860217 200904 1 874",
          ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "2022"], 96,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u71mg22", "TOTAL",
          ("pemilu", 2019), "JUMLAH KABUPATEN MANGGARAI",
          (lambda n: f"LKj 2022 · KPU Kabupaten Manggarai · {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2022:", urut={"cap": [0, 1, 3, 4, 5, 2]},
          patah=(8, "Laporan Kinerja KPU Kabupaten Manggarai 2022"), riw=1)


def manggarai_timur_2023():
    """Manggarai Timur 2023: cover LAPORAN KINERJA (LKj) TAHUN 2023 / KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI
    TIMUR / BORONG; captions `Tabel 3.n: Judul`; capaian `Kinerja Utama` `Target 2023` `Realisasi 2023` `Capaian
    2023 (%)`; SAKIP `Komponen Evaluasi AKIP`; budget `Uraian Program / Kegiatan` `Pagu` `Realisasi` `Sisa` `Daya
    Serap (%)`, total `JUMLAH TOTAL`; DPT `Desa/Kel.` `TPS` `L` `P` `Total`, total `KAB. MANGGARAI TIMUR`; foot `LKj
    Matim 2023 - n`."""
    kep = {"cap": ("No", "Kinerja Utama", "Satuan", "Target 2023", "Realisasi 2023", "Capaian 2023 (%)"),
           "ang": ("Kode", "Uraian Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Daya Serap (%)"),
           "sakip": ("No", "Komponen Evaluasi AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Total")}
    biasa("lkj-manggarai-timur-2023", "Manggarai Timur", "5319",
          "Borong|31 Januari 2024|Kanisius Jehabut, S.Sos.|19860919 200904 1 875",
          ["LAPORAN KINERJA (LKj) TAHUN 2023", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI TIMUR", "BORONG"], 92,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6", 22.2, "u71mt23", "JUMLAH TOTAL",
          ("pemilu", 2024), "KAB. MANGGARAI TIMUR",
          (lambda n: f"LKj Matim 2023 - {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, ditetapkan dalam "
          "rapat pleno terbuka bulan Juni 2023:", riw=1)


def rote_ndao_2024():
    """Rote Ndao 2024: cover KOMISI PEMILIHAN UMUM / KABUPATEN ROTE NDAO / LAPORAN KINERJA / TAHUN 2024; captions
    `Tabel 3-n Judul`; capaian **`Realisasi` before `Target`** with **`%` in the cells**, `Indikator` `Persentase
    Capaian`; SAKIP `Komponen`; budget `Program dan Kegiatan` `Anggaran (Rp)` `Realisasi (Rp)` `Sisa (Rp)`
    `Persentase (%)`, total `JUMLAH ROTE NDAO`; DPT `Desa/Kelurahan` `TPS` `Laki-Laki` `Perempuan` `Laki-Laki +
    Perempuan`, total `TOTAL ROTE NDAO`; foot `LKj Rote Ndao 2024 | n` under the running head `KPU Kabupaten Rote
    Ndao`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Persentase (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "Laki-Laki + Perempuan")}
    biasa("lkj-rote-ndao-2024", "Rote Ndao", "5314", "Ba'a|30 Januari 2025|Daniel Mesakh Lenggu, S.E.|19840909 200604 1 876",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN ROTE NDAO", "LAPORAN KINERJA", "TAHUN 2024"], 95,
          lambda n, t: f"Tabel 3-{n} {t}", kep,
          "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u71rn24", "JUMLAH ROTE NDAO",
          ("pemilu", 2024), "TOTAL ROTE NDAO",
          (lambda n: f"LKj Rote Ndao 2024 | {n}", "KPU Kabupaten Rote Ndao"),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", urut={"cap": [0, 1, 2, 4, 3, 5]}, pct=True, riw=1)


if __name__ == "__main__":
    tulis(ngada_2019, nagekeo_2020, sumba_barat_2021, manggarai_2022, manggarai_timur_2023, rote_ndao_2024)
