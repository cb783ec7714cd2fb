#!/usr/bin/env python3
# dev54/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev54/author54a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common54 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def kupang_2024():
    """Kupang 2024: cover SEKRETARIAT KPU KABUPATEN KUPANG / LKj / TAHUN 2024; captions `Tbl. n - Judul`; capaian
    `Sasaran / Indikator` `Sat.` `Tgt 2024` `Real 2024` `Capaian %`; budget `Kode Anggaran` `Uraian Program/Kegiatan`
    `Pagu Revisi` `Realisasi Belanja` `Sisa Pagu` `% Realisasi`, total `GRAND TOTAL`; Pilkada 2024 DPT, total
    `JUMLAH KAB. KUPANG`; foot `LKj KPU Kab. Kupang 2024 / hlm. n`."""
    kep = {"cap": ("No.", "Sasaran / Indikator", "Sat.", "Tgt 2024", "Real 2024", "Capaian %"),
           "ang": ("Kode Anggaran", "Uraian Program/Kegiatan", "Pagu Revisi", "Realisasi Belanja", "Sisa Pagu",
                   "% Realisasi"),
           "sakip": ("No.", "Komponen AKIP", "Bobot", "Hasil"),
           "dpt": ("No.", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Total Pemilih")}
    biasa("lkj-kupang-2024", "Kupang", "5301", "Oelamasi|30 Januari 2025|Agustinus Lasi Bria, S.IP.|19840312 200604 1 231",
          ["SEKRETARIAT KPU KABUPATEN KUPANG", "LKj", "TAHUN 2024"], 93,
          lambda n, t: f"Tbl. {n} - {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 22.1, "u52kp24", "GRAND TOTAL",
          ("pilkada", 2024), "JUMLAH KAB. KUPANG",
          (lambda n: f"LKj KPU Kab. Kupang 2024 / hlm. {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Kupang 2024 menurut kecamatan:", riw=1)


def alor_2023():
    """Alor 2023: cover KALABAHI / 2023 / LAPORAN KINERJA / KPU KABUPATEN ALOR; captions `Tabel 3.n — Judul`;
    capaian **Capaian first after the indicator, then Target and Realisasi, Satuan last**; budget `Akun` `Nomenklatur`
    `Pagu (Rp)` `Realisasi (Rp)` `Selisih (Rp)` `Serapan (%)`, total `JUMLAH PAGU DAN REALISASI`; Pemilu 2019 DPT,
    total `ALOR`; foot `KPU Alor | LKj 2023 | n` and a running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Akun", "Nomenklatur", "Pagu (Rp)", "Realisasi (Rp)", "Selisih (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-alor-2023", "Alor", "5305", "Kalabahi|26 Januari 2024|Yeremias Maro Lakamau, S.Th.|19820515 200604 1 232",
          ["KALABAHI", "2023", "LAPORAN KINERJA", "KPU KABUPATEN ALOR"], 95,
          lambda n, t: f"Tabel 3.{n} \u2014 {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.9, "u52al23", "JUMLAH PAGU DAN REALISASI",
          ("pemilu", 2019), "ALOR",
          (lambda n: f"KPU Alor | LKj 2023 | {n}", "Laporan Kinerja Tahun 2023 - KPU Kabupaten Alor"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, data dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2023:",
          urut={"cap": [0, 1, 5, 3, 4, 2]}, riw=2)


def sikka_2024():
    """Sikka 2024: cover LAPORAN KINERJA INSTANSI / KPU KABUPATEN SIKKA / MAUMERE, JANUARI 2025; captions
    `Tabel-n: Judul` **under the tables**; budget `No. Kode` `Program dan Kegiatan` `Pagu Anggaran` `Realisasi s.d. 31
    Des` `Sisa` `Capaian`, total `TOTAL PAGU KPU SIKKA`; Pemilu 2024 DPT with `Pemilih (L)` `Pemilih (P)` `Pemilih
    (L+P)`, total `SIKKA`; foot `~ n ~`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("No. Kode", "Program dan Kegiatan", "Pagu Anggaran", "Realisasi s.d. 31 Des", "Sisa", "Capaian"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai Evaluasi"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Pemilih (L)", "Pemilih (P)", "Pemilih (L+P)")}
    biasa("lkj-sikka-2024", "Sikka", "5307", "Maumere|29 Januari 2025|Ignasius Moa Parera, S.Fil.|19830721 200604 1 233",
          ["LAPORAN KINERJA INSTANSI", "KPU KABUPATEN SIKKA", "MAUMERE, JANUARI 2025"], 94,
          lambda n, t: f"Tabel-{n}: {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.2", 22.0, "u52sk24", "TOTAL PAGU KPU SIKKA",
          ("pemilu", 2024), "SIKKA",
          (lambda n: f"~ {n} ~",),
          "DPT Pemilu 2024 Kabupaten Sikka menurut kecamatan, sebagaimana ditetapkan dalam rapat pleno terbuka:",
          bawah=True, riw=1)


def ende_2022():
    """Ende 2022: cover LKj 2022 / KOMISI PEMILIHAN UMUM KABUPATEN ENDE / Jl. ... ENDE; captions `TABEL III-n
    Judul` over a rule; capaian `%` in the cells; budget `Kode` `Program/Kegiatan` `Pagu Akhir` `Realisasi` `Sisa` `%`
    **over a unit row** `(Rupiah)` `(Rupiah)` `(Rupiah)` `Serapan`, total `JUMLAH KESELURUHAN`; Pemilu 2019 DPT
    **broken after three rows**, total `KAB. ENDE`; foot `Hal. n dari LKj`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Akhir", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "L", "P", "L+P")}
    biasa("lkj-ende-2022", "Ende", "5308", "Ende|27 Januari 2023|Hironimus Wangge Bata, S.Pd.|19810903 200604 1 234",
          ["LKj 2022", "KOMISI PEMILIHAN UMUM KABUPATEN ENDE", "ENDE"], 96,
          lambda n, t: f"TABEL III-{n}  {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.8", 21.6, "u52en22", "JUMLAH KESELURUHAN",
          ("pemilu", 2019), "KAB. ENDE",
          (lambda n: f"Hal. {n} dari LKj", "LKj KPU Kabupaten Ende 2022"),
          "Data pemilih Pemilu 2019 per kecamatan sebagai dasar pemutakhiran data pemilih berkelanjutan tahun 2022:",
          pct=True, dua={"ang": ("", "", "(Rupiah)", "(Rupiah)", "(Rupiah)", "Serapan")},
          patah=(3, "LKj KPU Kabupaten Ende 2022"), riw=1)


def sumba_timur_2024():
    """Sumba Timur 2024: cover WAINGAPU / KPU KABUPATEN SUMBA TIMUR / LAPORAN KINERJA 2024; captions `Tab.n. Judul`;
    capaian Realisasi before Target; budget **Realisasi before Pagu**, `Kode MAK` `Uraian` `Realisasi` `Pagu` `Sisa`
    `Persen`, total `TOTAL`; Pemilu 2024 DPT **Perempuan before Laki-laki**, total `KAB. SUMBA TIMUR`; foot
    `Laporan Kinerja 2024 :: n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode MAK", "Uraian", "Pagu", "Realisasi", "Sisa", "Persen"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-sumba-timur-2024", "Sumba Timur", "5311", "Waingapu|31 Januari 2025|Umbu Ndaka Hamakonda, S.E.|19830116 200604 1 235",
          ["WAINGAPU", "KPU KABUPATEN SUMBA TIMUR", "LAPORAN KINERJA 2024"], 94,
          lambda n, t: f"Tab.{n}. {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.6", 22.2, "u52sm24", "TOTAL",
          ("pemilu", 2024), "KAB. SUMBA TIMUR",
          (lambda n: f"Laporan Kinerja 2024 :: {n}",),
          "Rekapitulasi DPT Pemilu 2024 Kabupaten Sumba Timur per kecamatan (perempuan sebelum laki-laki):",
          urut={"cap": [0, 1, 2, 4, 3, 5], "ang": [0, 1, 3, 2, 4, 5], "dpt": [0, 1, 2, 3, 5, 4, 6]}, riw=2)


def sumba_barat_2024():
    """Sumba Barat 2024: cover LAPORAN KINERJA / TAHUN ANGGARAN 2024 / KPU KAB. SUMBA BARAT - WAIKABUBAK; captions
    `[Tabel n] Judul`; capaian Satuan after Capaian; budget `Kd.` `Program / Kegiatan` `Pagu` `Real.` `Sisa` `%
    Real.`, total `JML`; Pilkada 2020 DPT **Jumlah before L and P**, total `SUMBA BARAT`; foot `(n)`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kd.", "Program / Kegiatan", "Pagu", "Real.", "Sisa", "% Real."),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-sumba-barat-2024", "Sumba Barat", "5312", "Waikabubak|28 Januari 2025|Yohanis Bili Ngongo, S.Pd.|19840424 200604 1 236",
          ["LAPORAN KINERJA", "TAHUN ANGGARAN 2024", "KPU KAB. SUMBA BARAT - WAIKABUBAK"], 92,
          lambda n, t: f"[Tabel {n}] {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.4", 21.8, "u52sb24", "JML",
          ("pilkada", 2020), "SUMBA BARAT",
          (lambda n: f"({n})",),
          "Sebagai pembanding, Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan "
          "(jumlah sebelum rincian laki-laki dan perempuan):",
          urut={"cap": [0, 1, 3, 4, 5, 2], "dpt": [0, 1, 2, 3, 6, 4, 5]}, riw=1)


if __name__ == "__main__":
    tulis(kupang_2024, alor_2023, sikka_2024, ende_2022, sumba_timur_2024, sumba_barat_2024)
