#!/usr/bin/env python3
# dev85/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev85/author85a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common85 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
    """Ngada 2019: cover LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KABUPATEN NGADA / TAHUN 2019 / BAJAWA; captions
    `Tabel 3.n  Judul`; capaian `Indikator Kinerja Utama` `Satuan` `Target` `Realisasi` `Capaian`; SAKIP `Komponen
    yang Dinilai`; budget `Kode` `Uraian Program/Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Penyerapan
    (%)`, total `JUMLAH NGADA`; DPT `Jml. Desa/Kel.` `Jml. TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KAB. NGADA`;
    foot `Laporan Kinerja KPU Kabupaten Ngada Tahun 2019 - Halaman n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Penyerapan (%)"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-ngada-2019", "Ngada", "5309", "Bajawa|29 Januari 2020|Yosef Djawa Ngole, S.Fil.|19840617 200604 1 871",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "TAHUN 2019", "BAJAWA"], 93,
          lambda n, t: f"Tabel 3.{n}  {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u71ng19", "JUMLAH NGADA",
          ("pemilu", 2019), "KAB. NGADA",
          (lambda n: f"Laporan Kinerja KPU Kabupaten Ngada Tahun 2019 - Halaman {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, sebagaimana ditetapkan dalam "
          "rapat pleno terbuka KPU Kabupaten Ngada:", riw=0)


def nagekeo_2020():
    """Nagekeo 2020: cover LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) / KPU KABUPATEN NAGEKEO / TAHUN 2020 / MBAY;
    **captions under the tables** `Tabel 3.n: Judul`; capaian **`Capaian (%)` before `Target`**; SAKIP `Komponen
    Penilaian`; budget `Kode` `Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `%`, total `TOTAL NAGEKEO`; DPT
    `Desa/Kel.` `TPS` `L` `P` `Total`, total `KABUPATEN NAGEKEO`; foot `[n]` under the running head `LKjIP KPU Nagekeo
    2020`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Total")}
    biasa("lkj-nagekeo-2020", "Nagekeo", "5316", "Mbay|28 Januari 2021|Paulus Sebho Dhae, S.E.|19850822 200604 1 872",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "KPU KABUPATEN NAGEKEO", "TAHUN 2020", "MBAY"], 95,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9", 21.3, "u71nk20", "TOTAL NAGEKEO",
          ("pemilu", 2019), "KABUPATEN NAGEKEO",
          (lambda n: f"[{n}]", "LKjIP KPU Nagekeo 2020"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan tahun 2020:", bawah=True, urut={"cap": [0, 1, 2, 5, 3, 4]}, riw=1)


def sumba_barat_2021():
    """Sumba Barat 2021: cover LKj TAHUN 2021 / SEKRETARIAT KPU KABUPATEN SUMBA BARAT / WAIKABUBAK; captions `Tabel
    III.n - Judul`; capaian `Uraian Indikator` `Target` `Realisasi` `Capaian (%)` **`Satuan` last**; SAKIP `Aspek
    yang Dievaluasi`; budget `Kode` `Program / Kegiatan` `Pagu Akhir (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan
    (%)`, total `JUMLAH TOTAL`; DPT `Desa/Kelurahan` `TPS` `Pemilih L` `Pemilih P` `Jumlah Pemilih`, total `TOTAL KAB.
    SUMBA BARAT`; foot `Hal. n - LKj KPU Sumba Barat 2021`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Akhir (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Aspek yang Dievaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih L", "Pemilih P", "Jumlah Pemilih")}
    biasa("lkj-sumba-barat-2021", "Sumba Barat", "5312",
          "Waikabubak|28 Januari 2022|Umbu Dedu Ngara, S.Pd.|19850503 200604 1 873",
          ["LKj TAHUN 2021", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT", "WAIKABUBAK"], 94,
          lambda n, t: f"Tabel III.{n} - {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u71sb21", "JUMLAH TOTAL",
          ("pilkada", 2020), "TOTAL KAB. SUMBA BARAT",
          (lambda n: f"Hal. {n} - LKj KPU Sumba Barat 2021",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 per kecamatan, yang menjadi "
          "pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def manggarai_2022():
    """Manggarai 2022: cover KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI / LAPORAN KINERJA / TAHUN ANGGARAN 2022 /
    RUTENG; captions `TABEL 3.n JUDUL` in capitals; capaian with **`%` in the cells**; SAKIP `Komponen Evaluasi AKIP`;
    budget `Kode` `Nama Program/Kegiatan` `Pagu DIPA` `Realisasi` `Sisa Anggaran` `Serapan (%)`, total `JUMLAH
    MANGGARAI`; DPT `Desa/Kel` `Jumlah TPS` `Laki-Laki` `Perempuan` `L+P`, total `KAB. MANGGARAI`; foot `LKj KPU
    Manggarai 2022 | n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu DIPA", "Realisasi", "Sisa Anggaran", "Serapan (%)"),
           "sakip": ("No", "Komponen Evaluasi AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "Jumlah TPS", "Laki-Laki", "Perempuan", "L+P")}
    biasa("lkj-manggarai-2022", "Manggarai", "5310",
          "Ruteng|30 Januari 2023|Hironimus Jemarut, S.Fil.|19860217 200904 1 874",
          ["KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "LAPORAN KINERJA", "TAHUN ANGGARAN 2022", "RUTENG"], 96,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u71mg22", "JUMLAH MANGGARAI",
          ("pemilu", 2019), "KAB. MANGGARAI",
          (lambda n: f"LKj KPU Manggarai 2022 | {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan tahun 2022:", pct=True, riw=1)


def manggarai_timur_2023():
    """Manggarai Timur 2023: cover LAPORAN KINERJA TAHUN 2023 / KPU KABUPATEN MANGGARAI TIMUR / BORONG; captions
    `Tabel 3.n) Judul`; capaian **`Realisasi` before `Target`**; SAKIP `Unsur Penilaian`; budget `Kode` `Uraian`
    `Pagu Revisi (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi (%)`, total `TOTAL KESELURUHAN`; DPT `Jml Desa/Kel`
    `Jml TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KABUPATEN MANGGARAI TIMUR`; foot `- n - | LKj Matim 2023`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu Revisi (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Unsur Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-manggarai-timur-2023", "Manggarai Timur", "5319",
          "Borong|31 Januari 2024|Kanisius Jehabut, S.Sos.|19860919 200904 1 875",
          ["LAPORAN KINERJA TAHUN 2023", "KPU KABUPATEN MANGGARAI TIMUR", "BORONG"], 92,
          lambda n, t: f"Tabel 3.{n}) {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6", 22.2, "u71mt23", "TOTAL KESELURUHAN",
          ("pemilu", 2024), "KABUPATEN MANGGARAI TIMUR",
          (lambda n: f"- {n} - | LKj Matim 2023",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, ditetapkan dalam "
          "rapat pleno terbuka bulan Juni 2023:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def rote_ndao_2024():
    """Rote Ndao 2024: cover LAPORAN KINERJA (LKj) / KPU KABUPATEN ROTE NDAO / TAHUN 2024 / BA'A; captions `Tabel
    3.n. Judul`; capaian `Indikator` `Satuan` `Target` `Realisasi` `% Capaian`; SAKIP `Komponen`; budget `Kode`
    `Program/Kegiatan` `Alokasi` `Realisasi` `Sisa` `Persentase`, total `JUMLAH ROTE NDAO`; DPT `Desa/Kel.` `TPS`
    `Laki-laki` `Perempuan` `Total Pemilih`, total `KAB. ROTE NDAO`; foot `KPU Rote Ndao - LKj 2024 - hlm. n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Alokasi", "Realisasi", "Sisa", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Total Pemilih")}
    biasa("lkj-rote-ndao-2024", "Rote Ndao", "5314",
          "Ba'a|30 Januari 2025|Daniel Mesakh Lenggu, S.E.|19840909 200604 1 876",
          ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN ROTE NDAO", "TAHUN 2024", "BA'A"], 95,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u71rn24", "JUMLAH ROTE NDAO",
          ("pemilu", 2024), "KAB. ROTE NDAO",
          (lambda n: f"KPU Rote Ndao - LKj 2024 - hlm. {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", riw=1)


if __name__ == "__main__":
    tulis(ngada_2019, nagekeo_2020, sumba_barat_2021, manggarai_2022, manggarai_timur_2023, rote_ndao_2024)
