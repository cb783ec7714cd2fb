#!/usr/bin/env python3
# dev75/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev75/author75a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common75 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def sumba_tengah_2019():
    """Sumba Tengah 2019: cover LAPORAN KINERJA INSTANSI PEMERINTAH / KPU KABUPATEN SUMBA TENGAH / TAHUN 2019 /
    WAIBAKUL; captions `Tabel 3-n. Judul`; capaian `Sasaran / Indikator` `Target` `Realisasi` `Capaian (%)`; budget
    `Kode` `Uraian Program dan Kegiatan` `Pagu DIPA` `Realisasi` `Sisa Pagu` `Serapan (%)`, total `JUMLAH KESELURUHAN`;
    DPT `Desa/Kelurahan` `TPS` `Pemilih L` `Pemilih P` `Jumlah Pemilih`, total `KAB. SUMBA TENGAH`; foot
    `Laporan Kinerja KPU Sumba Tengah 2019 - hal. n`."""
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program dan Kegiatan", "Pagu DIPA", "Realisasi", "Sisa Pagu", "Serapan (%)"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih L", "Pemilih P", "Jumlah Pemilih")}
    biasa("lkj-sumba-tengah-2019", "Sumba Tengah", "5317", "Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2019", "WAIBAKUL"], 95,
          lambda n, t: f"Tabel 3-{n}. {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u70st19", "JUMLAH KESELURUHAN",
          ("pemilu", 2019), "KAB. SUMBA TENGAH",
          (lambda n: f"Laporan Kinerja KPU Sumba Tengah 2019 - hal. {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah menurut kecamatan, sebagaimana "
          "ditetapkan dalam rapat pleno terbuka:", riw=0)


def flores_timur_2020():
    """Flores Timur 2020: cover KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR / LAPORAN KINERJA / TAHUN 2020 /
    LARANTUKA; captions `Tabel III.n Judul`; capaian **`Capaian` before `Realisasi`**; budget `Kode Akun` `Uraian`
    `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `% Real.`, total `JUMLAH FLOTIM`; DPT `Desa/Kel.` `TPS` `L` `P`
    `Total`, total `KABUPATEN FLORES TIMUR`; foot `[n] LKj KPU Flores Timur 2020`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode Akun", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "% Real."),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Total")}
    biasa("lkj-flores-timur-2020", "Flores Timur", "5306", "Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862",
          ["KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR", "LAPORAN KINERJA", "TAHUN 2020", "LARANTUKA"], 94,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.5, "u70ft20", "JUMLAH FLOTIM",
          ("pemilu", 2019), "KABUPATEN FLORES TIMUR",
          (lambda n: f"[{n}] LKj KPU Flores Timur 2020",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran "
          "data pemilih berkelanjutan 2020:", urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def lembata_2021():
    """Lembata 2021: cover LKj 2021 / KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA / LEWOLEBA; captions `Tabel 3.n :
    Judul`; capaian `Indikator Kinerja Utama` `Target 2021` `Realisasi 2021` `Persentase Capaian`; budget `Kode`
    `Program / Kegiatan` `Alokasi` `Realisasi` `Sisa` `Serapan`, total `TOTAL LEMBATA`; DPT `Desa/Kel` `TPS` `Laki`
    `Perempuan` `Jumlah`, total `KAB. LEMBATA`; foot `LKj Lembata 2021 | n` under the head `KPU Kabupaten
    Lembata`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target 2021", "Realisasi 2021", "Persentase Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Alokasi", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki", "Perempuan", "Jumlah")}
    biasa("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863",
          ["LKj 2021", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "LEWOLEBA"], 96,
          lambda n, t: f"Tabel 3.{n} : {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u70lb21", "TOTAL LEMBATA",
          ("pemilu", 2019), "KAB. LEMBATA",
          (lambda n: f"LKj Lembata 2021 | {n}", "KPU Kabupaten Lembata"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan 2021:", riw=1)


def kota_kupang_2022():
    """Kota Kupang 2022: cover LAPORAN KINERJA / SEKRETARIAT KPU KOTA KUPANG / TAHUN ANGGARAN 2022; captions
    `TABEL n. Judul`; capaian with **`%` in the cells**; budget `Kode` `Uraian` `Pagu` `Realisasi` `Sisa`
    `Persentase`, total `JUMLAH KOTA KUPANG`; DPT `Kelurahan` `TPS` `Laki-laki` `Perempuan` `Jumlah`, total
    `KOTA KUPANG`; foot `Halaman n dari LKj KPU Kota Kupang 2022`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-kota-kupang-2022", "Kota Kupang", "5371", "Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864",
          ["LAPORAN KINERJA", "SEKRETARIAT KPU KOTA KUPANG", "TAHUN ANGGARAN 2022"], 93,
          lambda n, t: f"TABEL {n}. {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u70kk22", "JUMLAH KOTA KUPANG",
          ("pemilu", 2019), "KOTA KUPANG",
          (lambda n: f"Halaman {n} dari LKj KPU Kota Kupang 2022",),
          "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan 2022:", pct=True, riw=1)


def ttu_2023():
    """Timor Tengah Utara 2023: cover LAPORAN KINERJA TAHUN 2023 / KPU KABUPATEN TIMOR TENGAH UTARA / KEFAMENANU;
    captions `Tabel 3.n Judul`; capaian `Uraian Indikator` `Target` `Realisasi` `Capaian (%)`; budget **`Sisa`
    last** `Kode` `Uraian` `Pagu` `Realisasi` `(%)` `Sisa`, total `JUMLAH TTU`; DPT `Desa/Kel.` `TPS` `L` `P`
    `Jumlah`, total `KAB. TIMOR TENGAH UTARA`; foot `TTU * LKj 2023 * n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "(%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-timor-tengah-utara-2023", "Timor Tengah Utara", "5303",
          "Kefamenanu|31 Januari 2024|Yohanes Kolo Sasi, S.Fil.|19860411 200904 1 865",
          ["LAPORAN KINERJA TAHUN 2023", "KPU KABUPATEN TIMOR TENGAH UTARA", "KEFAMENANU"], 97,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.8", 22.3, "u70tu23", "JUMLAH TTU",
          ("pemilu", 2024), "KAB. TIMOR TENGAH UTARA",
          (lambda n: f"TTU * LKj 2023 * {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Timor Tengah Utara per kecamatan, ditetapkan dalam rapat "
          "pleno terbuka bulan Juni 2023:", urut={"ang": [0, 1, 2, 3, 5, 4]}, riw=1)


def belu_2024():
    """Belu 2024: cover LAPORAN KINERJA / TAHUN 2024 / KPU KABUPATEN BELU / ATAMBUA; captions `Tabel 3.n Judul`
    **under the tables**; capaian `Indikator` `Target` `Realisasi` `Capaian`; budget `Kode` `Program/Kegiatan`
    `Pagu Akhir` `Realisasi` `Sisa` `Serapan (%)`, total `JUMLAH BELU`; DPT `Desa/Kel` `TPS` `Laki-laki` `Perempuan`
    `L+P`, total `KABUPATEN BELU`; foot `LKj KPU Belu 2024 -- hlm. n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Akhir", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-belu-2024", "Belu", "5304", "Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866",
          ["LAPORAN KINERJA", "TAHUN 2024", "KPU KABUPATEN BELU", "ATAMBUA"], 92,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u70bl24", "JUMLAH BELU",
          ("pemilu", 2024), "KABUPATEN BELU",
          (lambda n: f"LKj KPU Belu 2024 -- hlm. {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", bawah=True, riw=1)


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, ttu_2023, belu_2024)
