#!/usr/bin/env python3
# dev79/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev79/author79a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common79 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Hasil evaluasi atas kinerja tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} menghasilkan nilai {id_dec(nb[0])} "
        f"dari bobot {id_dec(nb[1])} atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: Aplikasi SAKTI, data per 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dengan demikian pagu sebesar Rp{p} terserap Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai perbandingan, pada tahun anggaran {y} pagu sebesar Rp{id_int(p)} terealisasi "
            f"Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d, "Sumber: Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat.")
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def ngada_2019():
    """Ngada 2019: cover LAPORAN AKUNTABILITAS KINERJA / KPU KABUPATEN NGADA / TAHUN 2019 / BAJAWA; captions
    `Tabel 3.n : Judul`; capaian `Indikator Kinerja` `Target` `Realisasi` `Persentase Capaian`; SAKIP `Aspek
    Penilaian`; budget `Kode` `Program/Kegiatan` `Pagu DIPA (Rp)` `Realisasi (Rp)` `Sisa Pagu (Rp)` `Penyerapan
    (%)`, total `TOTAL NGADA`; DPT `Jml Desa/Kel` `Jml TPS` `Laki-laki` `Perempuan` `L + P`, total `KAB. NGADA`;
    foot `LKj KPU Ngada Tahun 2019 - hlm. n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu DIPA (Rp)", "Realisasi (Rp)", "Sisa Pagu (Rp)", "Penyerapan (%)"),
           "sakip": ("No", "Aspek Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-laki", "Perempuan", "L + P")}
    biasa("lkj-ngada-2019", "Ngada", "5309", "Bajawa|29 Januari 2020|Yosef Djawa Ngole, S.Fil.|19840617 200604 1 871",
          ["LAPORAN AKUNTABILITAS KINERJA", "KPU KABUPATEN NGADA", "TAHUN 2019", "BAJAWA"], 93,
          lambda n, t: f"Tabel 3.{n} : {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u71ng19", "TOTAL NGADA",
          ("pemilu", 2019), "KAB. NGADA",
          (lambda n: f"LKj KPU Ngada Tahun 2019 - hlm. {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan sebagaimana ditetapkan "
          "dalam rapat pleno terbuka KPU Kabupaten Ngada:", riw=0)


def nagekeo_2020():
    """Nagekeo 2020: cover KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO / LAPORAN KINERJA (LKj) / TAHUN 2020; captions
    `Tabel III.n Judul`; capaian `Uraian Indikator` `Target 2020` `Realisasi 2020` `Capaian (%)`; budget `Kode` `Uraian Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `%`, total `JUMLAH
    NAGEKEO`; DPT `Desa` `TPS` `L` `P` `Jumlah`, total `KABUPATEN NAGEKEO`; foot `n | Laporan Kinerja KPU Nagekeo
    2020`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target 2020", "Realisasi 2020", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-nagekeo-2020", "Nagekeo", "5316", "Mbay|28 Januari 2021|Paulus Sebho Dhae, S.E.|19850822 200604 1 872",
          ["KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO", "LAPORAN KINERJA (LKj)", "TAHUN 2020"], 94,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9", 21.3, "u71nk20", "JUMLAH NAGEKEO",
          ("pemilu", 2019), "KABUPATEN NAGEKEO",
          (lambda n: f"{n} | Laporan Kinerja KPU Nagekeo 2020",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, yang menjadi pangkal pemutakhiran "
          "data pemilih berkelanjutan tahun 2020:", riw=1)


def sumba_barat_2021():
    """Sumba Barat 2021: cover LKj / KPU KABUPATEN SUMBA BARAT / TAHUN ANGGARAN 2021 / WAIKABUBAK; captions
    `Tabel 3-n. Judul`; capaian **`Satuan` last**; SAKIP `Komponen yang Dievaluasi`; budget `Kode` `Uraian`
    `Alokasi (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan`, total `JUMLAH SELURUHNYA`; DPT `Desa/Kel.` `TPS`
    `Laki-laki` `Perempuan` `Total`, total `KAB. SUMBA BARAT`; foot `Sumba Barat | LKj 2021 | n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Alokasi (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan"),
           "sakip": ("No", "Komponen yang Dievaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Total")}
    biasa("lkj-sumba-barat-2021", "Sumba Barat", "5312",
          "Waikabubak|28 Januari 2022|Umbu Dedu Ngara, S.Pd.|19850503 200604 1 873",
          ["LKj", "KPU KABUPATEN SUMBA BARAT", "TAHUN ANGGARAN 2021", "WAIKABUBAK"], 95,
          lambda n, t: f"Tabel 3-{n}. {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u71sb21", "JUMLAH SELURUHNYA",
          ("pilkada", 2020), "KAB. SUMBA BARAT",
          (lambda n: f"Sumba Barat | LKj 2021 | {n}",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan, pangkal "
          "pemutakhiran data pemilih berkelanjutan tahun 2021:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def manggarai_2022():
    """Manggarai 2022: cover LAPORAN KINERJA INSTANSI PEMERINTAH / KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI /
    TAHUN 2022; captions `Tabel 3.n. Judul`; capaian with **`%` in the cells**; budget `Kode` `Program dan
    Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan (%)`, total `TOTAL KPU MANGGARAI`; DPT
    `Desa/Kelurahan` `TPS` `Laki-Laki` `Perempuan` `Jumlah Pemilih`, total `KABUPATEN MANGGARAI`; foot
    `Halaman n dari LKjIP 2022` under the running head `KPU Kabupaten Manggarai`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-manggarai-2022", "Manggarai", "5310", "Ruteng|30 Januari 2023|Hironimus Jemarut, S.Fil.|19860217 200904 1 874",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "TAHUN 2022"], 96,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u71mg22", "TOTAL KPU MANGGARAI",
          ("pemilu", 2019), "KABUPATEN MANGGARAI",
          (lambda n: f"Halaman {n} dari LKjIP 2022", "KPU Kabupaten Manggarai"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai menurut kecamatan, pangkal pemutakhiran data "
          "pemilih berkelanjutan tahun 2022:", pct=True, riw=1)


def manggarai_timur_2023():
    """Manggarai Timur 2023: cover LAPORAN KINERJA 2023 / KPU KABUPATEN MANGGARAI TIMUR / BORONG; captions
    `Tabel 3.n - Judul`; capaian **`Realisasi` before `Target`**; budget `Kode` `Uraian Program/Kegiatan` `Pagu`
    `Realisasi` `Sisa` `Persentase`, total `JUMLAH`; DPT `Jumlah Desa` `Jumlah TPS` `Laki-laki` `Perempuan` `L+P`,
    total `MANGGARAI TIMUR`; foot `LKj Manggarai Timur 2023 (n)`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-manggarai-timur-2023", "Manggarai Timur", "5319",
          "Borong|31 Januari 2024|Kanisius Jehabut, S.Sos.|19860919 200904 1 875",
          ["LAPORAN KINERJA 2023", "KPU KABUPATEN MANGGARAI TIMUR", "BORONG"], 92,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6", 22.2, "u71mt23", "JUMLAH",
          ("pemilu", 2024), "MANGGARAI TIMUR",
          (lambda n: f"LKj Manggarai Timur 2023 ({n})",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, ditetapkan "
          "dalam rapat pleno terbuka bulan Juni 2023:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def rote_ndao_2024():
    """Rote Ndao 2024: cover SEKRETARIAT KPU KABUPATEN ROTE NDAO / LAPORAN KINERJA / TAHUN 2024; captions
    `Tabel 3.n Judul`; capaian `Indikator Kinerja Utama` `Target 2024` `Realisasi 2024` `Tingkat Capaian`; budget
    `Kode` `Program/Kegiatan` `Pagu Revisi (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi (%)`, total `TOTAL ROTE
    NDAO`; DPT `Desa/Kel` `TPS` `Pemilih L` `Pemilih P` `Jumlah Pemilih`, total `KAB. ROTE NDAO`; foot `KPU Rote
    Ndao :: LKj 2024 :: n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target 2024", "Realisasi 2024", "Tingkat Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Revisi (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pemilih L", "Pemilih P", "Jumlah Pemilih")}
    biasa("lkj-rote-ndao-2024", "Rote Ndao", "5314", "Ba'a|30 Januari 2025|Daniel Mesakh Lenggu, S.E.|19840909 200604 1 876",
          ["SEKRETARIAT KPU KABUPATEN ROTE NDAO", "LAPORAN KINERJA", "TAHUN 2024"], 94,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u71rn24", "TOTAL ROTE NDAO",
          ("pemilu", 2024), "KAB. ROTE NDAO",
          (lambda n: f"KPU Rote Ndao :: LKj 2024 :: {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan, yang digunakan pada pemungutan "
          "suara tanggal 14 Februari 2024:", riw=1)


if __name__ == "__main__":
    tulis(ngada_2019, nagekeo_2020, sumba_barat_2021, manggarai_2022, manggarai_timur_2023, rote_ndao_2024)
