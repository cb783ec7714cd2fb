#!/usr/bin/env python3
# dev56/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev56/author56a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common56 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def kupang_2022():
    """Kupang 2022: cover LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KABUPATEN KUPANG / TAHUN ANGGARAN 2022 / OELAMASI;
    captions `Tabel III.n - Judul`; capaian `Kinerja yang Diukur` `Satuan Ukur` `Target` `Realisasi` `% Capaian`; budget
    **Realisasi before Pagu**: `Kode` `Nomenklatur` `Realisasi` `Pagu` `Sisa Pagu` `Penyerapan (%)`, total `JUMLAH
    KESELURUHAN`; Pemilu 2019 DPT `Desa/Kel.` `TPS` `Pemilih L` `Pemilih P` `Pemilih L+P`, total `KABUPATEN KUPANG`;
    foot `Halaman n dari LKj 2022`."""
    kep = {"cap": ("No", "Kinerja yang Diukur", "Satuan Ukur", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Nomenklatur", "Pagu", "Realisasi", "Sisa Pagu", "Penyerapan (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot (%)", "Nilai Capaian"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    biasa("lkj-kupang-2022", "Kupang", "5301", "Oelamasi|25 Januari 2023|Yohanis Tefa Nomleni, S.Sos.|19830519 200604 1 271",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "TAHUN ANGGARAN 2022", "OELAMASI"], 94,
          lambda n, t: f"Tabel III.{n} - {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.2", 21.8, "u54kp22", "JUMLAH KESELURUHAN",
          ("pemilu", 2019), "KABUPATEN KUPANG",
          (lambda n: f"Halaman {n} dari LKj 2022",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, dasar pemutakhiran berkelanjutan 2022:",
          urut={"ang": [0, 1, 3, 2, 4, 5]}, riw=1)


def alor_2021():
    """Alor 2021: cover KALABAHI / 2021 / LKj / KPU KAB. ALOR; captions `Tabel-n: Judul`;
    capaian `%` in the cells and **Satuan last**; budget `Akun` `Keterangan` `Pagu Anggaran` `Realisasi s.d. Desember`
    `Sisa` `%`, total `TOTAL ANGGARAN`; Pemilu 2019 DPT **TPS before Desa**, total `JUMLAH KAB. ALOR`; foot
    `LKj KPU Alor 2021 | n` and a running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Akun", "Keterangan", "Pagu Anggaran", "Realisasi s.d. Desember", "Sisa", "%"),
           "sakip": ("No", "Unsur yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "L + P")}
    biasa("lkj-alor-2021", "Alor", "5305", "Kalabahi|28 Januari 2022|Marthen Lauata Maure, S.H.|19820211 200604 1 272",
          ["KALABAHI", "2021", "LKj", "KPU KAB. ALOR"], 93,
          lambda n, t: f"Tabel-{n}: {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u54al21", "TOTAL ANGGARAN",
          ("pemilu", 2019), "JUMLAH KAB. ALOR",
          (lambda n: f"LKj KPU Alor 2021 | {n}", "Laporan Kinerja KPU Kabupaten Alor Tahun 2021"),
          "DPT Pemilu 2019 Kabupaten Alor per kecamatan (dasar pemutakhiran data pemilih 2021):",
          pct=True, urut={"cap": [0, 1, 3, 4, 5, 2], "dpt": [0, 1, 3, 2, 4, 5, 6]}, riw=1)


def sikka_2023():
    """Sikka 2023: cover MAUMERE 2024 / LAPORAN KINERJA KPU KABUPATEN SIKKA / TAHUN 2023; captions **under the
    tables** `(Tabel n: Judul)`; capaian `IKU` `Sat.` `Tgt` `Real.` `Capaian`; budget over a **unit row**
    (`(Rp)` `(Rp)` `(Rp)` `(%)`), `Kode` `Program/Kegiatan` `Pagu` `Realisasi` `Selisih` `Capaian`, total
    `JUMLAH PAGU`; Pemilu 2019 DPT, total `SIKKA`, **broken after six rows**; foot `Hal. n`."""
    kep = {"cap": ("No", "IKU", "Sat.", "Tgt", "Real.", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Selisih", "Capaian"),
           "sakip": ("No", "Komponen", "Bobot", "Skor Komponen"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-Laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-sikka-2023", "Sikka", "5307", "Maumere|29 Januari 2024|Agustinus Moa Da Cunha, S.Fil.|19810824 200604 1 273",
          ["MAUMERE 2024", "LAPORAN KINERJA KPU KABUPATEN SIKKA", "TAHUN 2023"], 96,
          lambda n, t: f"(Tabel {n}: {t})", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.9", 21.9, "u54sk23", "JUMLAH PAGU",
          ("pemilu", 2019), "SIKKA",
          (lambda n: f"Hal. {n}",),
          "Pemilih tetap Pemilu 2019 Kabupaten Sikka menurut kecamatan, dasar pemutakhiran tahun 2023:",
          bawah=True, dua={"ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")}, patah=(6, "KPU Kab. Sikka - LKj 2023"), riw=2)


def ende_2020():
    """Ende 2020: cover PEMERINTAH REPUBLIK INDONESIA / KPU KABUPATEN ENDE / LAPORAN KINERJA 2020; captions
    `Tabel 3.n Judul`; capaian **Realisasi before Target**; budget `No. Akun` `Uraian Belanja` `DIPA Akhir`
    `Realisasi` `Sisa DIPA` `Serapan %`, total `JUMLAH BELANJA`; Pemilu 2019 DPT **Jumlah first after Kecamatan**,
    total `KAB. ENDE`; foot `LKj Ende 2020 - hlm n`."""
    kep = {"cap": ("No", "Sasaran/Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("No. Akun", "Uraian Belanja", "DIPA Akhir", "Realisasi", "Sisa DIPA", "Serapan %"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-ende-2020", "Ende", "5308", "Ende|27 Januari 2021|Fransiskus Xaverius Rangga, S.E.|19800930 200604 1 274",
          ["PEMERINTAH REPUBLIK INDONESIA", "KPU KABUPATEN ENDE", "LAPORAN KINERJA 2020"], 95,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.4", 21.6, "u54en20", "JUMLAH BELANJA",
          ("pemilu", 2019), "KAB. ENDE",
          (lambda n: f"LKj Ende 2020 - hlm {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 per kecamatan di Kabupaten Ende:",
          urut={"cap": [0, 1, 2, 4, 3, 5], "dpt": [0, 1, 6, 2, 3, 4, 5]}, riw=1)


def sumba_timur_2024():
    """Sumba Timur 2024: cover LKj 2024 / SEKRETARIAT KPU KABUPATEN SUMBA TIMUR / WAINGAPU - SUMBA; captions
    `TABEL n. JUDUL` upper case; capaian `Uraian Indikator` `Satuan` `Target PK` `Realisasi` `Tingkat Capaian`;
    budget `Kode` `Kegiatan` `Alokasi Anggaran` `Realisasi Belanja` `Sisa Alokasi` `Daya Serap (%)`, total
    `GRAND TOTAL`; Pemilu 2024 DPT `Kel/Desa` `TPS` `Lk` `Pr` `Lk+Pr`, total `TOTAL SUMBA TIMUR`; foot `~ n ~`
    and a running head."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target PK", "Realisasi", "Tingkat Capaian"),
           "ang": ("Kode", "Kegiatan", "Alokasi Anggaran", "Realisasi Belanja", "Sisa Alokasi", "Daya Serap (%)"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kel/Desa", "TPS", "Lk", "Pr", "Lk+Pr")}
    biasa("lkj-sumba-timur-2024", "Sumba Timur", "5311", "Waingapu|30 Januari 2025|Umbu Hina Ndapamerang, S.Pd.|19840612 200604 1 275",
          ["LKj 2024", "SEKRETARIAT KPU KABUPATEN SUMBA TIMUR", "WAINGAPU - SUMBA"], 92,
          lambda n, t: f"TABEL {n}. {t.upper()}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.3", 22.0, "u54stm24", "GRAND TOTAL",
          ("pemilu", 2024), "TOTAL SUMBA TIMUR",
          (lambda n: f"~ {n} ~", "KPU Kabupaten Sumba Timur - Laporan Kinerja 2024"),
          "Rekapitulasi DPT Pemilu 2024 Kabupaten Sumba Timur per kecamatan:", riw=1)


def matim_2022():
    """Manggarai Timur 2022: cover KPU KABUPATEN MANGGARAI TIMUR / BORONG / LAPORAN KINERJA INSTANSI / 2022;
    captions `Tab. n  Judul`; capaian **Capaian between Target and Realisasi**; budget **Sisa first after
    Uraian**: `Kode` `Uraian` `Sisa` `Pagu` `Realisasi` `Persentase`, total `TOTAL PAGU DAN REALISASI`; Pemilu 2019
    DPT **P before L**, total `MANGGARAI TIMUR`; foot `[ LKj 2022 / n ]`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian %"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot Komponen", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Total")}
    biasa("lkj-manggarai-timur-2022", "Manggarai Timur", "5319", "Borong|26 Januari 2023|Yosef Nambut Jehamat, S.Fil.|19820117 200604 1 276",
          ["KPU KABUPATEN MANGGARAI TIMUR", "BORONG", "LAPORAN KINERJA INSTANSI", "2022"], 95,
          lambda n, t: f"Tab. {n}  {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u54mt22", "TOTAL PAGU DAN REALISASI",
          ("pemilu", 2019), "MANGGARAI TIMUR",
          (lambda n: f"[ LKj 2022 / {n} ]",),
          "DPT Pemilu 2019 Kabupaten Manggarai Timur per kecamatan, dasar pemutakhiran tahun 2022:",
          urut={"cap": [0, 1, 2, 3, 5, 4], "ang": [0, 1, 4, 2, 3, 5], "dpt": [0, 1, 2, 3, 5, 4, 6]}, riw=2)


if __name__ == "__main__":
    tulis(kupang_2022, alor_2021, sikka_2023, ende_2020, sumba_timur_2024, matim_2022)
