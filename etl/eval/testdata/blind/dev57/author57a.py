#!/usr/bin/env python3
# dev57/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev57/author57a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common57 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Untuk perbandingan, hasil evaluasi atas kinerja tahun {y} adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri Reformasi Birokrasi tahun {tahun} memperoleh nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: OM-SPAN dan SAKTI, data 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Seluruh pagu sebesar Rp{p} terserap Rp{x}, yaitu {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai pembanding, tahun anggaran {y} mencatat pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def tts_2022():
    """Timor Tengah Selatan 2022: cover KOMISI PEMILIHAN UMUM / KABUPATEN TIMOR TENGAH SELATAN / LAPORAN KINERJA
    TAHUN 2022 / SoE, Januari 2023; captions `Tabel 3-n. Judul`; capaian `Indikator Kinerja Sasaran` `Satuan`
    `Target 2022` `Realisasi 2022` `Persentase Capaian`; budget **Sisa before Realisasi**: `Kode MAK` `Program /
    Kegiatan` `Pagu DIPA` `Sisa Dana` `Realisasi` `Realisasi (%)`, total `JUMLAH TOTAL`; Pemilu 2019 DPT `Jml Desa`
    `Jml TPS` `Laki-laki` `Perempuan` `Total Pemilih`, total `TOTAL KAB. TTS`; foot `LKj TTS 2022 :: n` and a
    running head."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran", "Satuan", "Target 2022", "Realisasi 2022", "Persentase Capaian"),
           "ang": ("Kode MAK", "Program / Kegiatan", "Pagu DIPA", "Realisasi", "Sisa Dana", "Realisasi (%)"),
           "sakip": ("No", "Komponen yang Dievaluasi", "Bobot Maksimal", "Nilai Hasil Evaluasi"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "Laki-laki", "Perempuan", "Total Pemilih")}
    biasa("lkj-timor-tengah-selatan-2022", "Timor Tengah Selatan", "5302",
          "SoE|24 Januari 2023|Yusuf Nenobais Tallo, S.Sos.|19820304 200604 1 301",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH SELATAN", "LAPORAN KINERJA TAHUN 2022", "SoE, Januari 2023"], 95,
          lambda n, t: f"Tabel 3-{n}. {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.7, "u55tts22", "JUMLAH TOTAL",
          ("pemilu", 2019), "TOTAL KAB. TTS",
          (lambda n: f"LKj TTS 2022 :: {n}", "KPU Kabupaten Timor Tengah Selatan | Laporan Kinerja 2022"),
          "Data pemilih tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, dasar pemutakhiran "
          "berkelanjutan tahun 2022:",
          urut={"ang": [0, 1, 2, 4, 3, 5]}, riw=1)


def ttu_2020():
    """Timor Tengah Utara 2020: cover KEFAMENANU / LAPORAN AKUNTABILITAS KINERJA / KPU KAB. TIMOR TENGAH UTARA / TA
    2020; captions `Tbl. n - Judul`; capaian `%` in the cells and **Capaian right after Satuan**; budget over a **unit
    row** (`(Rupiah)` `(Rupiah)` `(Rupiah)` `(%)`), `MAK` `Uraian Program/Kegiatan` `Anggaran` `Terealisasi` `Belum
    Terserap` `Prosentase`, total `TOTAL`; Pemilu 2019 DPT **L, P and L+P before Desa and TPS**, total `KAB. TTU`;
    foot `- n -`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("MAK", "Uraian Program/Kegiatan", "Anggaran", "Terealisasi", "Belum Terserap", "Prosentase"),
           "sakip": ("No", "Aspek Penilaian", "Bobot", "Hasil"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pria", "Wanita", "Pria+Wanita")}
    biasa("lkj-timor-tengah-utara-2020", "Timor Tengah Utara", "5303",
          "Kefamenanu|29 Januari 2021|Benediktus Taolin Usboko, S.H.|19800711 200604 1 302",
          ["KEFAMENANU", "LAPORAN AKUNTABILITAS KINERJA", "KPU KAB. TIMOR TENGAH UTARA", "TA 2020"], 94,
          lambda n, t: f"Tbl. {n} - {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.6, "u55ttu20", "TOTAL",
          ("pemilu", 2019), "KAB. TTU",
          (lambda n: f"- {n} -",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Utara menurut kecamatan:",
          pct=True, dua={"ang": ("", "", "(Rupiah)", "(Rupiah)", "(Rupiah)", "(%)")},
          urut={"cap": [0, 1, 2, 5, 3, 4], "dpt": [0, 1, 4, 5, 6, 2, 3]}, riw=1)


def belu_2023():
    """Belu 2023: cover ATAMBUA / KPU BELU / LKj 2023; captions `[Tabel n] Judul`; capaian `Ukuran Kinerja` `Sat`
    `T` `R` `C (%)`; budget **the percent right after the name**: `Kode` `Nama Program/Kegiatan` `Serapan (%)`
    `Pagu` `Realisasi` `Sisa`, total `JUMLAH SELURUHNYA`; Pemilu 2019 DPT `Wilayah Kecamatan`, total `BELU`,
    **broken after four rows** with the running head and the header repeated; foot `LKj-2023/Belu/n`."""
    kep = {"cap": ("No", "Ukuran Kinerja", "Sat", "T", "R", "C (%)"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Skor"),
           "dpt": ("No", "Wilayah Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")}
    biasa("lkj-belu-2023", "Belu", "5304", "Atambua|30 Januari 2024|Agustinus Bau Mali, S.IP.|19830925 200604 1 303",
          ["ATAMBUA", "KPU BELU", "LKj 2023"], 96,
          lambda n, t: f"[Tabel {n}] {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u55bl23", "JUMLAH SELURUHNYA",
          ("pemilu", 2019), "BELU",
          (lambda n: f"LKj-2023/Belu/{n}",),
          "Rekapitulasi pemilih tetap Pemilu 2019 Kabupaten Belu per kecamatan (dasar pemutakhiran 2023):",
          urut={"ang": [0, 1, 5, 2, 3, 4]}, patah=(4, "LKj KPU Kabupaten Belu Tahun 2023"), riw=2)


def flotim_2024():
    """Flores Timur 2024: cover LARANTUKA / LAPORAN KINERJA / 2024 / Sekretariat KPU Kabupaten Flores Timur;
    captions `Tabel ke-n  Judul`; capaian **Satuan before the indicator**; budget **Realisasi, Pagu, then the percent
    before Sisa**: `Kode` `Uraian` `Realisasi` `Pagu` `%` `Sisa`, total `JUMLAH REALISASI DAN PAGU`; Pemilu 2024 DPT
    **TPS, Desa, Jumlah, L, P**, total `FLORES TIMUR`; foot `Hlm. n/LKj FT 2024`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-flores-timur-2024", "Flores Timur", "5306",
          "Larantuka|29 Januari 2025|Maria Goreti Kewa Tukan, S.Pd.|19840417 200604 2 304",
          ["LARANTUKA", "LAPORAN KINERJA", "2024", "Sekretariat KPU Kabupaten Flores Timur"], 94,
          lambda n, t: f"Tabel ke-{n}  {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 22.1, "u55ft24", "JUMLAH REALISASI DAN PAGU",
          ("pemilu", 2024), "FLORES TIMUR",
          (lambda n: f"Hlm. {n}/LKj FT 2024",),
          "DPT Pemilu 2024 Kabupaten Flores Timur per kecamatan:",
          urut={"cap": [0, 2, 1, 3, 4, 5], "ang": [0, 1, 3, 2, 5, 4], "dpt": [0, 1, 3, 2, 6, 4, 5]}, riw=1)


def ngada_2021():
    """Ngada 2021: cover BAJAWA / LKj KPU NGADA / 2021; captions `Tabel n | Judul`; capaian `%` in the cells,
    `Indikator Sasaran` `Sat.` `Target` `Capaian Realisasi` `Tingkat (%)`; budget over a **unit row** (`Rp` `Rp` `Rp`
    `%`), `Akun/Kode` `Program dan Kegiatan` `Pagu Revisi` `Realisasi` `Saldo` `Serap`, total `JUMLAH PROGRAM DAN
    KEGIATAN`; Pemilu 2019 DPT `Jml. Desa/Kel.` `Jml. TPS` `Pemilih Laki-laki` `Pemilih Perempuan` `Jumlah`, total
    `KAB. NGADA`; foot `Laporan Kinerja 2021 - n` and a running head."""
    kep = {"cap": ("No", "Indikator Sasaran", "Sat.", "Target", "Capaian Realisasi", "Tingkat (%)"),
           "ang": ("Akun/Kode", "Program dan Kegiatan", "Pagu Revisi", "Realisasi", "Saldo", "Serap"),
           "sakip": ("No", "Komponen AKIP", "Bobot", "Nilai Komponen"),
           "dpt": ("No", "Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah")}
    biasa("lkj-ngada-2021", "Ngada", "5309", "Bajawa|27 Januari 2022|Fransiskus Dhey Lawa, S.Fil.|19810613 200604 1 305",
          ["BAJAWA", "LKj KPU NGADA", "2021"], 93,
          lambda n, t: f"Tabel {n} | {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u55ng21", "JUMLAH PROGRAM DAN KEGIATAN",
          ("pemilu", 2019), "KAB. NGADA",
          (lambda n: f"Laporan Kinerja 2021 - {n}", "KPU Kabupaten Ngada * LKj 2021"),
          "DPT Pemilu 2019 Kabupaten Ngada per kecamatan, pangkal pemutakhiran data pemilih 2021:",
          pct=True, dua={"ang": ("", "", "Rp", "Rp", "Rp", "%")}, riw=1)


def manggarai_2022():
    """Manggarai 2022: cover RUTENG, JANUARI 2023 / KPU KABUPATEN MANGGARAI / LAPORAN KINERJA (LKj) TAHUN 2022;
    captions `Tab.III-n Judul`; SAKIP **Nilai before Bobot**; budget **the percent before Sisa**: `Kode Akun` `Uraian
    Kegiatan` `Pagu` `Realisasi` `% Realisasi` `Sisa Anggaran`, total `JUMLAH ANGGARAN`; Pemilu 2019 DPT **Jumlah
    before L and P** (after TPS), total `JUMLAH MANGGARAI`; foot `LKj 2022 | Hal n`."""
    kep = {"cap": ("No", "Sasaran / Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode Akun", "Uraian Kegiatan", "Pagu", "Realisasi", "Sisa Anggaran", "% Realisasi"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-manggarai-2022", "Manggarai", "5310", "Ruteng|25 Januari 2023|Kristianus Jehadut Ndoi, S.Sos.|19820830 200604 1 306",
          ["RUTENG, JANUARI 2023", "KPU KABUPATEN MANGGARAI", "LAPORAN KINERJA (LKj) TAHUN 2022"], 95,
          lambda n, t: f"Tab.III-{n} {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.4", 21.8, "u55mg22", "JUMLAH ANGGARAN",
          ("pemilu", 2019), "JUMLAH MANGGARAI",
          (lambda n: f"LKj 2022 | Hal {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, dasar pemutakhiran 2022:",
          urut={"sakip": [0, 1, 3, 2], "ang": [0, 1, 2, 3, 5, 4], "dpt": [0, 1, 2, 3, 6, 4, 5]}, riw=2)


if __name__ == "__main__":
    tulis(tts_2022, ttu_2020, belu_2023, flotim_2024, ngada_2021, manggarai_2022)
