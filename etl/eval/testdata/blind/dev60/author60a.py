#!/usr/bin/env python3
# dev60/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev60/author60a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common60 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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



def kupang_2020():
    """Kupang 2020: cover KOMISI PEMILIHAN UMUM / KABUPATEN KUPANG / LAPORAN KINERJA (LKj) / TAHUN 2020 / OELAMASI;
    captions `Tabel ({n}) {t}`; capaian **`Satuan` after `Realisasi`**; budget `Kode` `Nama Program/Kegiatan` `DIPA
    Akhir` `Realisasi SP2D` `Sisa DIPA` `Serapan (%)`, total `JUMLAH DIPA AKHIR`; Pemilu 2019 DPT `Desa` `TPS`
    `Laki2` `Prp` `Jml`, total `KAB. KUPANG`; foot `LKj Kab. Kupang 2020 | hlm. n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Nama Program/Kegiatan", "DIPA Akhir", "Realisasi SP2D", "Sisa DIPA", "Serapan (%)"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki2", "Prp", "Jml")}
    biasa("lkj-kupang-2020", "Kupang", "5301", "Oelamasi|29 Januari 2021|Matheus Tefa Nenobais, S.Sos.|19820707 200604 1 371",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN KUPANG", "LAPORAN KINERJA (LKj)", "TAHUN 2020", "OELAMASI"], 94,
          lambda n, t: f"Tabel ({n}) {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u58kp20", "JUMLAH DIPA AKHIR",
          ("pemilu", 2019), "KAB. KUPANG",
          (lambda n: f"LKj Kab. Kupang 2020 | hlm. {n}",),
          "DPT Pemilu 2019 Kabupaten Kupang per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan 2020:",
          urut={"cap": [0, 1, 3, 4, 2, 5]}, riw=1)


def sikka_2021():
    """Sikka 2021: cover MAUMERE / LAPORAN KINERJA INSTANSI PEMERINTAH / KPU KABUPATEN SIKKA / TAHUN 2021; captions
    `Tabel 3-{n}. {t}`; budget **`Realisasi` before `Pagu`** (`Kode` `Uraian` `Realisasi` `Pagu` `Sisa` `% Real.`),
    total `TOTAL SIKKA`; SAKIP `Unsur`; Pemilu 2019 DPT `Kel/Desa` `TPS` `Lk` `Pr` `Lk+Pr`, total `TOTAL KAB. SIKKA`;
    foot `Maumere, LKj 2021 - hal n`, running head."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "% Real."),
           "sakip": ("No", "Unsur", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kel/Desa", "TPS", "Lk", "Pr", "Lk+Pr")}
    biasa("lkj-sikka-2021", "Sikka", "5307", "Maumere|28 Januari 2022|Yohanes Don Bosco Moa, S.Fil.|19830213 200604 1 372",
          ["MAUMERE", "LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN SIKKA", "TAHUN 2021"], 96,
          lambda n, t: f"Tabel 3-{n}. {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.9", 21.6, "u58sk21", "TOTAL SIKKA",
          ("pemilu", 2019), "TOTAL KAB. SIKKA",
          (lambda n: f"Maumere, LKj 2021 - hal {n}", "Laporan Kinerja KPU Kabupaten Sikka Tahun 2021"),
          "Rekapitulasi DPT Pemilu 2019 Kabupaten Sikka per kecamatan (data awal pemutakhiran berkelanjutan 2021):",
          urut={"ang": [0, 1, 3, 2, 4, 5]}, riw=1)


def ngada_2022():
    """Ngada 2022: cover LAPORAN KINERJA 2022 / KPU KABUPATEN NGADA / BAJAWA, JANUARI 2023; captions **under the
    tables** `Tabel 3.{n} – {t}` (en dash); capaian **`Capaian` before `Realisasi`**; budget `No. Akun` `Program /
    Kegiatan` `Alokasi` `Realisasi` `Sisa Alokasi` `Capaian Serapan`, total `JUMLAH ALOKASI`; Pilkada 2020 DPT
    `Desa/Kel` `TPS` `Laki-Laki` `Perempuan` `L + P`, total `NGADA (KABUPATEN)`, broken after six rows; foot
    `— n —`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran Strategis", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("No. Akun", "Program / Kegiatan", "Alokasi", "Realisasi", "Sisa Alokasi", "Capaian Serapan"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    biasa("lkj-ngada-2022", "Ngada", "5309", "Bajawa|30 Januari 2023|Wilhelmus Dhey Bhara, S.Pd.|19810430 200604 1 373",
          ["LAPORAN KINERJA 2022", "KPU KABUPATEN NGADA", "BAJAWA, JANUARI 2023"], 93,
          lambda n, t: f"Tabel 3.{n} \u2013 {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u58ng22", "JUMLAH ALOKASI",
          ("pilkada", 2020), "NGADA (KABUPATEN)",
          (lambda n: f"\u2014 {n} \u2014",),
          "DPT Pemilihan Bupati dan Wakil Bupati Ngada 2020 per kecamatan, acuan pemutakhiran berkelanjutan 2022:",
          bawah=True, urut={"cap": [0, 1, 2, 3, 5, 4]}, patah=(6, "LKj KPU Ngada 2022"), riw=1)


def sumba_timur_2023():
    """Sumba Timur 2023: cover KPU KABUPATEN SUMBA TIMUR / WAINGAPU / LAPORAN KINERJA / TAHUN ANGGARAN 2023; captions
    `TABEL {n}: {t}`; capaian `Tgt` `Real.` `Capaian`; SAKIP `Komponen` `Nilai` before `Bobot`; budget `Kode`
    `Program/Kegiatan/KRO` `Pagu DIPA` `Realisasi s.d. Desember` `%` `Sisa`, total `JUMLAH SELURUHNYA`; Pemilu 2024 DPT
    `Desa/Kel` `TPS` `Pemilih L` `Pemilih P` `Pemilih L+P`, total `SUMBA TIMUR`; foot `Hal. n | LKj 2023`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Tgt", "Real.", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan/KRO", "Pagu DIPA", "Realisasi s.d. Desember", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    biasa("lkj-sumba-timur-2023", "Sumba Timur", "5311",
          "Waingapu|29 Januari 2024|Umbu Rihi Landu Praing, S.E.|19830920 200604 1 374",
          ["KPU KABUPATEN SUMBA TIMUR", "WAINGAPU", "LAPORAN KINERJA", "TAHUN ANGGARAN 2023"], 97,
          lambda n, t: f"TABEL {n}: {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.2", 22.2, "u58sm23", "JUMLAH SELURUHNYA",
          ("pemilu", 2024), "SUMBA TIMUR",
          (lambda n: f"Hal. {n} | LKj 2023",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Timur menurut kecamatan, ditetapkan 21 Juni 2023:",
          urut={"sakip": [0, 1, 3, 2], "ang": [0, 1, 2, 3, 5, 4]}, riw=1)


def sumba_barat_2021():
    """Sumba Barat 2021: cover LKj / LAPORAN KINERJA TAHUN 2021 / SEKRETARIAT KPU KABUPATEN SUMBA BARAT / WAIKABUBAK;
    captions `Tabel III-{n}: {t}`; capaian **`Capaian` first after the name**; budget `Kd.` `Uraian Program dan
    Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan`, total `JUMLAH BELANJA`; Pilkada 2020 DPT as the base
    of updating `Desa` `TPS` `L` `P` `Jumlah`, **`L+P` first**, total `KABUPATEN SUMBA BARAT`; foot `[n]`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kd.", "Uraian Program dan Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-sumba-barat-2021", "Sumba Barat", "5312",
          "Waikabubak|27 Januari 2022|Daniel Bulu Kaka, S.Sos.|19820125 200604 1 375",
          ["LKj", "LAPORAN KINERJA TAHUN 2021", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT", "WAIKABUBAK"], 95,
          lambda n, t: f"Tabel III-{n}: {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4", 21.4, "u58sb21", "JUMLAH BELANJA",
          ("pilkada", 2020), "KABUPATEN SUMBA BARAT",
          (lambda n: f"[{n}]", "KPU Sumba Barat - LKj 2021"),
          "DPT Pemilihan 2020 Kabupaten Sumba Barat per kecamatan, dasar pemutakhiran data pemilih berkelanjutan 2021:",
          urut={"cap": [0, 1, 5, 2, 3, 4], "dpt": [0, 1, 6, 2, 3, 4, 5]}, riw=1)


def nagekeo_2019():
    """Nagekeo 2019: cover LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO / MBAY / 2019; captions
    `Tbl. 3.{n} {t}`; capaian `%` in the cells, `Satuan` first after the number; budget `Kode` `Keterangan` `Pagu`
    `Realisasi` `Sisa Pagu` `% Realisasi`, total `JUMLAH NAGEKEO`; Pemilu 2019 DPT `Jumlah Desa` `Jumlah TPS` `Laki-laki`
    `Perempuan` `Laki-laki + Perempuan`, total `KAB. NAGEKEO`; foot `LKj Nagekeo 2019 :: n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Keterangan", "Pagu", "Realisasi", "Sisa Pagu", "% Realisasi"),
           "sakip": ("No", "Komponen SAKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "Laki-laki", "Perempuan", "Laki-laki + Perempuan")}
    biasa("lkj-nagekeo-2019", "Nagekeo", "5316", "Mbay|30 Januari 2020|Siprianus Nuwa Bhoko, S.H.|19800915 200604 1 376",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO", "MBAY", "2019"], 92,
          lambda n, t: f"Tbl. 3.{n} {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.3", 21.2, "u58nk19", "JUMLAH NAGEKEO",
          ("pemilu", 2019), "KAB. NAGEKEO",
          (lambda n: f"LKj Nagekeo 2019 :: {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan hasil rapat pleno terbuka:",
          pct=True, urut={"cap": [0, 2, 1, 3, 4, 5]}, riw=1)


if __name__ == "__main__":
    tulis(kupang_2020, sikka_2021, ngada_2022, sumba_timur_2023, sumba_barat_2021, nagekeo_2019)
