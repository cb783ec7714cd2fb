#!/usr/bin/env python3
# dev58/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev58/author58a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common58 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Sebagai catatan, evaluasi atas kinerja tahun {y} menghasilkan nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Hasil penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: aplikasi SAKTI dan OM-SPAN, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} direalisasikan sebesar Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y}, pagu sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def alor_2020():
    """Alor 2020: cover KPU KABUPATEN ALOR / LAPORAN KINERJA INSTANSI PEMERINTAH / TAHUN 2020 / KALABAHI; captions
    `Tabel III.n — Judul`; capaian **Satuan last** (`Target Kinerja` `Realisasi Kinerja` `Capaian Kinerja (%)`
    `Satuan`); budget `Alokasi` `Serapan` `% Serapan` `Sisa Alokasi`, total `JUMLAH KESELURUHAN`; Pemilu 2019 DPT
    `Pemilih L` `Pemilih P` `Pemilih L+P`, total `KABUPATEN ALOR`; foot `LKj KPU Alor 2020 — halaman n`."""
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target Kinerja", "Realisasi Kinerja", "Capaian Kinerja (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Alokasi", "Serapan", "Sisa Alokasi", "% Serapan"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai Evaluasi"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    biasa("lkj-alor-2020", "Alor", "5305", "Kalabahi|28 Januari 2021|Markus Lakamau Maure, S.Sos.|19810316 200604 1 321",
          ["KPU KABUPATEN ALOR", "LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2020", "KALABAHI"], 96,
          lambda n, t: f"Tabel III.{n} \u2014 {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u56al20", "JUMLAH KESELURUHAN",
          ("pemilu", 2019), "KABUPATEN ALOR",
          (lambda n: f"LKj KPU Alor 2020 \u2014 halaman {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, dasar pemutakhiran data pemilih tahun 2020:",
          urut={"cap": [0, 1, 3, 4, 5, 2], "ang": [0, 1, 2, 3, 5, 4]}, riw=1)


def sikka_2022():
    """Sikka 2022: cover MAUMERE / LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KABUPATEN SIKKA / TAHUN 2022; **captions
    under the tables** `Tabel 3.n (Judul)`; capaian `%` in the cells; budget `No. Akun` `Pagu (Rp)` `Realisasi (Rp)`
    `Sisa (Rp)` `Serapan`, total `TOTAL PAGU SIKKA`; Pemilu 2019 DPT **Total first, then L and P, then Desa and TPS**,
    total `TOTAL SIKKA`; foot `Sikka | LKj 2022 | n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("No. Akun", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "L", "P", "Total")}
    biasa("lkj-sikka-2022", "Sikka", "5307", "Maumere|26 Januari 2023|Yohanes Don Bosco Ratu, S.Fil.|19820521 200604 1 322",
          ["MAUMERE", "LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "TAHUN 2022"], 92,
          lambda n, t: f"Tabel 3.{n} ({t})", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4", 21.9, "u56sk22", "TOTAL PAGU SIKKA",
          ("pemilu", 2019), "TOTAL SIKKA",
          (lambda n: f"Sikka | LKj 2022 | {n}",),
          "Rekapitulasi DPT Pemilu 2019 Kabupaten Sikka per kecamatan (pangkal pemutakhiran berkelanjutan 2022):",
          pct=True, bawah=True, urut={"dpt": [0, 1, 6, 4, 5, 2, 3]}, riw=2)


def ende_2023():
    """Ende 2023: cover LAPORAN KINERJA 2023 / KPU KABUPATEN ENDE / Jl. Gatot Subroto, Ende; captions `Tabel 3-n:
    Judul`; SAKIP `Komponen Evaluasi` `Nilai Capaian`; budget over a **unit row** `(Rp)` `(Rp)` `(%)` `(Rp)`, the
    percent before Sisa, total `JUMLAH`; Pemilu 2019 DPT `Kel/Desa` `Laki-Laki` `Perempuan` `Jumlah Pemilih`, total
    `KAB. ENDE`, **broken after five rows** (`Lanjutan Tabel`, running head); foot `Laporan Kinerja KPU Ende 2023 | n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Persentase"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai Capaian"),
           "dpt": ("No", "Kecamatan", "Kel/Desa", "TPS", "Laki-Laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-ende-2023", "Ende", "5308", "Ende|29 Januari 2024|Philipus Kami Wangge, S.H.|19830708 200604 1 323",
          ["LAPORAN KINERJA 2023", "KPU KABUPATEN ENDE", "Jl. Gatot Subroto, Ende"], 95,
          lambda n, t: f"Tabel 3-{n}: {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.7", 22.0, "u56en23", "JUMLAH",
          ("pemilu", 2019), "KAB. ENDE",
          (lambda n: f"Laporan Kinerja KPU Ende 2023 | {n}", "KPU Kabupaten Ende - LKj 2023"),
          "Data Pemilih Tetap Pemilu 2019 Kabupaten Ende per kecamatan, dasar pemutakhiran tahun 2023:",
          urut={"ang": [0, 1, 2, 3, 5, 4]}, dua={"ang": ("", "", "(Rp)", "(Rp)", "(%)", "(Rp)")},
          patah=(5, "KPU Kabupaten Ende - LKj 2023"), riw=1)


def sumtim_2021():
    """Sumba Timur 2021: cover WAINGAPU / LAPORAN KINERJA (LKj) / KPU KABUPATEN SUMBA TIMUR / TAHUN ANGGARAN 2021;
    captions `Tabel III-n : Judul`; capaian **Realisasi before Target**; budget **the percent right after Pagu**:
    `Kode` `Uraian Program/Kegiatan` `Pagu` `Realisasi %` `Realisasi` `Sisa`, total `JUMLAH TOTAL ANGGARAN`;
    Pemilu 2019 DPT `Nama Kecamatan` `Lk` `Pr` `Lk+Pr`, total `TOTAL SUMBA TIMUR`; foot `[n]`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Realisasi %"),
           "sakip": ("No", "Komponen SAKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Desa", "TPS", "Lk", "Pr", "Lk+Pr")}
    biasa("lkj-sumba-timur-2021", "Sumba Timur", "5311",
          "Waingapu|27 Januari 2022|Umbu Remu Lakulu, S.Pd.|19810924 200604 1 324",
          ["WAINGAPU", "LAPORAN KINERJA (LKj)", "KPU KABUPATEN SUMBA TIMUR", "TAHUN ANGGARAN 2021"], 97,
          lambda n, t: f"Tabel III-{n} : {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.9", 21.7, "u56st21", "JUMLAH TOTAL ANGGARAN",
          ("pemilu", 2019), "TOTAL SUMBA TIMUR",
          (lambda n: f"[{n}]", "LKj Sumba Timur 2021"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur menurut kecamatan, dasar pemutakhiran 2021:",
          urut={"cap": [0, 1, 2, 4, 3, 5], "ang": [0, 1, 2, 5, 3, 4]}, riw=1)


def nagekeo_2020():
    """Nagekeo 2020: cover MBAY / LKj / KPU NAGEKEO / 2020; captions `TABEL n - JUDUL` in capitals; budget
    `Rincian` `Anggaran (Rp)` `Realisasi (Rp)` `Selisih (Rp)` `(%)`, total `TOTAL PAGU`; Pemilu 2019 DPT over a
    **unit row** `(desa)` `(TPS)` `(jiwa)` `(jiwa)` `(jiwa)`, total `NAGEKEO`; SAKIP `Unsur`; foot `LKj 2020 - Hal n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Rincian", "Anggaran (Rp)", "Realisasi (Rp)", "Selisih (Rp)", "(%)"),
           "sakip": ("No", "Unsur", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "L + P")}
    biasa("lkj-nagekeo-2020", "Nagekeo", "5316", "Mbay|29 Januari 2021|Dominikus Ngebu Tay, S.Sos.|19800602 200604 1 325",
          ["MBAY", "LKj", "KPU NAGEKEO", "2020"], 94,
          lambda n, t: f"TABEL {n} - {t.upper()}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.3", 21.5, "u56nk20", "TOTAL PAGU",
          ("pemilu", 2019), "NAGEKEO",
          (lambda n: f"LKj 2020 - Hal {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, dasar pemutakhiran tahun 2020:",
          dua={"dpt": ("", "", "(desa)", "(TPS)", "(jiwa)", "(jiwa)", "(jiwa)")}, riw=1)


def sabu_2021():
    """Sabu Raijua 2021: cover KPU KABUPATEN SABU RAIJUA / LAPORAN KINERJA / 2021 / Seba, Februari 2022; captions
    `Tabel 3.n — Judul`; capaian `%` in the cells, **Target before Satuan**; budget **Realisasi before Pagu**
    (`Realisasi s.d. Desember` `Pagu Akhir` `Sisa Pagu` `Capaian (%)`), total `JUMLAH SELURUH PROGRAM`; Pemilu 2019
    DPT **TPS before Desa/Kel**, total `KAB. SABU RAIJUA`; foot `Hal. n`, running head."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu Akhir", "Realisasi s.d. Desember", "Sisa Pagu", "Capaian (%)"),
           "sakip": ("No", "Komponen", "Bobot Komponen", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")}
    biasa("lkj-sabu-raijua-2021", "Sabu Raijua", "5320", "Seba|8 Februari 2022|Yohanis Hede Lado, S.E.|19820113 200604 1 326",
          ["KPU KABUPATEN SABU RAIJUA", "LAPORAN KINERJA", "2021", "Seba, Februari 2022"], 93,
          lambda n, t: f"Tabel 3.{n} \u2014 {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.5", 21.8, "u56sr21", "JUMLAH SELURUH PROGRAM",
          ("pemilu", 2019), "KAB. SABU RAIJUA",
          (lambda n: f"Hal. {n}", "LKj Sekretariat KPU Kabupaten Sabu Raijua Tahun 2021"),
          "DPT Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, dasar pemutakhiran berkelanjutan 2021:",
          pct=True, urut={"cap": [0, 1, 3, 2, 4, 5], "ang": [0, 1, 3, 2, 4, 5], "dpt": [0, 1, 3, 2, 4, 5, 6]}, riw=1)


if __name__ == "__main__":
    tulis(alor_2020, sikka_2022, ende_2023, sumtim_2021, nagekeo_2020, sabu_2021)
