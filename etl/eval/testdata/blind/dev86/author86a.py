#!/usr/bin/env python3
# dev86/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev86/author86a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common86 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def tts_2019():
    """Timor Tengah Selatan 2019: cover LAPORAN KINERJA INSTANSI PEMERINTAH / KPU KABUPATEN TIMOR TENGAH SELATAN /
    TAHUN 2019 / SOE; captions `Tabel 3.n Judul`; capaian `Indikator Kinerja Sasaran` `Satuan` `Target` `Realisasi`
    `Persentase Capaian`; SAKIP `Komponen Manajemen Kinerja`; budget `Kode` `Program dan Kegiatan` `Pagu Anggaran (Rp)`
    `Realisasi (Rp)` `Sisa (Rp)` `Daya Serap (%)`, total `JUMLAH KESELURUHAN`; DPT `Jumlah Desa/Kel.` `Jumlah TPS`
    `Laki-laki` `Perempuan` `Jumlah Pemilih`, total `KAB. TIMOR TENGAH SELATAN`; foot `LKjIP KPU TTS Tahun 2019 | n`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Daya Serap (%)"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel.", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-timor-tengah-selatan-2019", "Timor Tengah Selatan", "5302",
          "Soe|29 Januari 2020|Marthen Luther Tefu, S.H.|19820917 200604 1 821",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2019", "SOE"], 94,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.1, "u69ts19", "JUMLAH KESELURUHAN",
          ("pemilu", 2019), "KAB. TIMOR TENGAH SELATAN",
          (lambda n: f"LKjIP KPU TTS Tahun 2019 | {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, hasil rapat "
          "pleno terbuka KPU Kabupaten Timor Tengah Selatan:", riw=0)


def kupang_2020():
    """Kupang 2020: cover KOMISI PEMILIHAN UMUM KABUPATEN KUPANG / LAPORAN KINERJA / TAHUN 2020 / OELAMASI; captions
    **under the tables** `Tabel III.n  Judul`; capaian **`Target` `Capaian (%)` `Realisasi`**; SAKIP `Aspek
    Penilaian`; budget `Kode` `Uraian Program/Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan (%)`,
    total `TOTAL KAB. KUPANG`; DPT `Desa/Kel.` `TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KABUPATEN KUPANG`; foot
    `Halaman n` under the running head `Laporan Kinerja KPU Kabupaten Kupang 2020`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Aspek Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-kupang-2020", "Kupang", "5301", "Oelamasi|29 Januari 2021|Yosua Benu, S.Pd.|19830405 200604 1 822",
          ["KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "LAPORAN KINERJA", "TAHUN 2020", "OELAMASI"], 95,
          lambda n, t: f"Tabel III.{n}  {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.4", 21.3, "u69kp20", "TOTAL KAB. KUPANG",
          ("pemilu", 2019), "KABUPATEN KUPANG",
          (lambda n: f"Halaman {n}", "Laporan Kinerja KPU Kabupaten Kupang 2020"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, yang menjadi pangkal pemutakhiran data "
          "pemilih berkelanjutan tahun 2020:", bawah=True, urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def ngada_2021():
    """Ngada 2021: cover LAPORAN KINERJA / SEKRETARIAT KPU KABUPATEN NGADA / TAHUN ANGGARAN 2021 / BAJAWA; captions
    `TABEL 3.n - JUDUL` in capitals; capaian with **`%` in the cells**, `Uraian Indikator` `Capaian`; SAKIP `Komponen
    Evaluasi`; budget `Kode` `Program/Kegiatan` `Pagu DIPA (Rp)` `Realisasi (Rp)` `Sisa Pagu (Rp)` `% Realisasi`,
    total `JUMLAH NGADA`; DPT `Desa/Kel` `TPS` `L` `P` `L+P`, total `KAB. NGADA`; foot `LKj KPU Ngada 2021 - hal. n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu DIPA (Rp)", "Realisasi (Rp)", "Sisa Pagu (Rp)", "% Realisasi"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")}
    biasa("lkj-ngada-2021", "Ngada", "5309", "Bajawa|28 Januari 2022|Gregorius Bhoka Lado, S.Fil.|19840323 200604 1 823",
          ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN ANGGARAN 2021", "BAJAWA"], 93,
          lambda n, t: f"TABEL 3.{n} - {t.upper()}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.7, "u69ng21", "JUMLAH NGADA",
          ("pemilu", 2019), "KAB. NGADA",
          (lambda n: f"LKj KPU Ngada 2021 - hal. {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan tahun 2021:", pct=True, riw=1)


def lembata_2022():
    """Lembata 2022: cover LKj 2022 / KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA / LEWOLEBA; captions `Tabel 3.n.
    Judul`; capaian **`Satuan` after `Capaian (%)`**; SAKIP `Komponen yang Dievaluasi`; budget `Kode` `Nama
    Program/Kegiatan` `Pagu Revisi` `Realisasi` `Sisa` `Serapan`, total `TOTAL LEMBATA`; DPT `Jml. Desa/Kel.` `Jml.
    TPS` `Pemilih Laki-laki` `Pemilih Perempuan` `Total`, total `KABUPATEN LEMBATA`; foot `KPU Lembata | LKj 2022 |
    Hlm. n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu Revisi", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen yang Dievaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Total")}
    biasa("lkj-lembata-2022", "Lembata", "5313",
          "Lewoleba|31 Januari 2023|Theodorus Laba Kolin, S.E.|19850611 200604 1 824",
          ["LKj 2022", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "LEWOLEBA"], 96,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9", 21.9, "u69lb22", "TOTAL LEMBATA",
          ("pemilu", 2019), "KABUPATEN LEMBATA",
          (lambda n: f"KPU Lembata | LKj 2022 | Hlm. {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata menurut kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2022:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def sumba_tengah_2023():
    """Sumba Tengah 2023: cover LAPORAN KINERJA TAHUN 2023 / SEKRETARIAT KPU KABUPATEN SUMBA TENGAH / WAIBAKUL;
    captions `Tabel 3.n : Judul`; capaian **`Realisasi` before `Target`**, `Indikator Kinerja Utama` `% Capaian`;
    SAKIP `Komponen AKIP`; budget `Kode` `Uraian` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi (%)`, total
    `JUMLAH SELURUHNYA`; DPT `Desa/Kelurahan` `Jumlah TPS` `Laki-Laki` `Perempuan` `Jumlah`, total `TOTAL KAB. SUMBA
    TENGAH`; foot `LKj Sumba Tengah 2023 ~ n ~`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "Jumlah TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-sumba-tengah-2023", "Sumba Tengah", "5317",
          "Waibakul|30 Januari 2024|Umbu Rauta Djawa, S.Sos.|19860214 200904 1 825",
          ["LAPORAN KINERJA TAHUN 2023", "SEKRETARIAT KPU KABUPATEN SUMBA TENGAH", "WAIBAKUL"], 92,
          lambda n, t: f"Tabel 3.{n} : {t}", kep,
          "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u69st23", "JUMLAH SELURUHNYA",
          ("pemilu", 2024), "TOTAL KAB. SUMBA TENGAH",
          (lambda n: f"LKj Sumba Tengah 2023 ~ {n} ~",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan, ditetapkan dalam "
          "rapat pleno terbuka bulan Juni 2023:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def sikka_2024():
    """Sikka 2024: cover KPU KABUPATEN SIKKA / LAPORAN KINERJA (LKj) / TAHUN 2024 / MAUMERE; captions `Tabel 3.n
    Judul`; capaian `Indikator` `Satuan` `Target 2024` `Realisasi 2024` `Capaian`; SAKIP `Komponen Penilaian AKIP`;
    budget `Kode` `Program / Kegiatan` `Pagu Akhir` `Realisasi` `Sisa Dana` `Persentase (%)`, total `JUMLAH TOTAL`;
    DPT `Desa/Kel.` `TPS` `Laki-laki` `Perempuan` `Jumlah Pemilih`, total `KABUPATEN SIKKA`; foot `Laporan Kinerja
    Tahun 2024 - KPU Kabupaten Sikka - n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target 2024", "Realisasi 2024", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Akhir", "Realisasi", "Sisa Dana", "Persentase (%)"),
           "sakip": ("No", "Komponen Penilaian AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-sikka-2024", "Sikka", "5307", "Maumere|31 Januari 2025|Yakobus Moa Nong, S.Fil.|19870212 200904 1 826",
          ["KPU KABUPATEN SIKKA", "LAPORAN KINERJA (LKj)", "TAHUN 2024", "MAUMERE"], 95,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.0", 22.5, "u69sk24", "JUMLAH TOTAL",
          ("pemilu", 2024), "KABUPATEN SIKKA",
          (lambda n: f"Laporan Kinerja Tahun 2024 - KPU Kabupaten Sikka - {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", riw=1)


if __name__ == "__main__":
    tulis(tts_2019, kupang_2020, ngada_2021, lembata_2022, sumba_tengah_2023, sikka_2024)
