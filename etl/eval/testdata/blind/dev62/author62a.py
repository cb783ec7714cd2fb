#!/usr/bin/env python3
# dev62/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev62/author62a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common62 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Untuk perbandingan, hasil evaluasi atas kinerja tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} memperoleh nilai {id_dec(nb[0])} dari "
        f"bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: aplikasi SAKTI dan OM-SPAN, data per 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dengan demikian dari pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y} sebelumnya mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def sabu_raijua_2019():
    """Sabu Raijua 2019: cover LAPORAN KINERJA INSTANSI PEMERINTAH / TAHUN 2019 / SEKRETARIAT KPU KABUPATEN SABU
    RAIJUA / SEBA; captions `Tabel {n} : {t}`; headers `Sat.` `Tgt` `Real.`; budget `Kode Akun` `Program/Kegiatan`
    `Alokasi` `Realisasi` `Sisa Dana` `% Realisasi`, total `TOTAL SEKRETARIAT`; DPT with **a second header row of
    units** (`(desa)` `(unit)` `(jiwa)`), total `KAB. SABU RAIJUA`; foot `LKj Sabu Raijua 2019 | Halaman n`."""
    kep = {"cap": ("No.", "Indikator", "Sat.", "Tgt", "Real.", "Capaian (%)"),
           "ang": ("Kode Akun", "Program/Kegiatan", "Alokasi", "Realisasi", "Sisa Dana", "% Realisasi"),
           "sakip": ("No.", "Unsur Penilaian", "Bobot", "Nilai"),
           "dpt": ("No.", "Kecamatan", "Desa", "TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    dua = {"dpt": ("", "", "(desa)", "(unit)", "(jiwa)", "(jiwa)", "(jiwa)")}
    biasa("lkj-sabu-raijua-2019", "Sabu Raijua", "5320", "Seba|31 Januari 2020|Yohanis Dju Bire, S.Pd.|19820112 200604 1 401",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2019", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "SEBA"], 94,
          lambda n, t: f"Tabel {n} : {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u60sr19", "TOTAL SEKRETARIAT",
          ("pemilu", 2019), "KAB. SABU RAIJUA",
          (lambda n: f"LKj Sabu Raijua 2019 | Halaman {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua menurut kecamatan, hasil rekapitulasi KPU kabupaten:",
          dua=dua, riw=1)


def kota_kupang_2020():
    """Kota Kupang 2020: cover KOMISI PEMILIHAN UMUM KOTA KUPANG / LAPORAN KINERJA / TAHUN ANGGARAN 2020 / KUPANG,
    JANUARI 2021; captions `Tabel III-{n}. {t}`; capaian **`Capaian` right after the indicator, `Satuan` last**;
    budget `MAK` `Uraian Program/Kegiatan` `Pagu Revisi` `Realisasi s.d. Desember` `Sisa Pagu` `Capaian Serapan`,
    total `JUMLAH KOTA KUPANG`; DPT `Kelurahan` `TPS` `L` `P` `Total`, total `KOTA KUPANG`; bare page number
    foot, running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("MAK", "Uraian Program/Kegiatan", "Pagu Revisi", "Realisasi s.d. Desember", "Sisa Pagu",
                   "Capaian Serapan"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "L", "P", "Total")}
    biasa("lkj-kota-kupang-2020", "Kota Kupang", "5371",
          "Kupang|28 Januari 2021|Marselinus Tefa Bani, S.H.|19810427 200604 1 402",
          ["KOMISI PEMILIHAN UMUM KOTA KUPANG", "LAPORAN KINERJA", "TAHUN ANGGARAN 2020", "KUPANG, JANUARI 2021"], 98,
          lambda n, t: f"Tabel III-{n}. {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u60kk20", "JUMLAH KOTA KUPANG",
          ("pemilu", 2019), "KOTA KUPANG",
          (lambda n: f"{n}", "KPU Kota Kupang \u2014 LKj 2020"),
          "DPT Pemilu 2019 Kota Kupang per kecamatan, acuan pemutakhiran data pemilih berkelanjutan 2020:",
          urut={"cap": [0, 1, 5, 3, 4, 2]}, riw=1)


def manggarai_timur_2021():
    """Manggarai Timur 2021: cover LKj / LAPORAN KINERJA / KPU KAB. MANGGARAI TIMUR / BORONG - 2021; captions
    `(Tabel {n}) {t}`; budget **`Realisasi` before `Pagu`**; DPT **`TPS` before `Desa`**, total `JUMLAH KAB.
    MATIM`, broken after six rows; foot `Hal. n`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-manggarai-timur-2021", "Manggarai Timur", "5319",
          "Borong|31 Januari 2022|Fransiskus Sales Nggoro, S.Fil.|19830618 200604 1 403",
          ["LKj", "LAPORAN KINERJA", "KPU KAB. MANGGARAI TIMUR", "BORONG - 2021"], 96,
          lambda n, t: f"(Tabel {n}) {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.8", 21.7, "u60mt21", "JUMLAH",
          ("pemilu", 2019), "JUMLAH KAB. MATIM",
          (lambda n: f"Hal. {n}", "LKj KPU Manggarai Timur Tahun 2021"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Timur per kecamatan (data awal pemutakhiran 2021):",
          urut={"ang": [0, 1, 3, 2, 4, 5], "dpt": [0, 1, 3, 2, 4, 5, 6]}, patah=(6, "LKj KPU Manggarai Timur Tahun 2021"),
          riw=1)


def rote_ndao_2022():
    """Rote Ndao 2022: cover KPU KABUPATEN ROTE NDAO / LAPORAN KINERJA (LKj) / TAHUN 2022; captions `TABEL 3.{n}
    ({t})`; capaian `%` in the cells; budget with **a second header row of units** (`(Rp)` `(%)`), total `TOTAL
    ROTE NDAO`; DPT long titles (`Jumlah Desa/Kelurahan`, `Total Pemilih`), total `ROTE NDAO`; foot `Laporan
    Kinerja KPU Kabupaten Rote Ndao 2022  -  n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "Penyerapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Jumlah Desa/Kelurahan", "Jumlah TPS", "Pemilih Laki-laki",
                   "Pemilih Perempuan", "Total Pemilih")}
    dua = {"ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")}
    biasa("lkj-rote-ndao-2022", "Rote Ndao", "5314", "Ba'a|30 Januari 2023|Daniel Mesakh Ndolu, S.Sos.|19840305 200604 1 404",
          ["KPU KABUPATEN ROTE NDAO", "LAPORAN KINERJA (LKj)", "TAHUN 2022"], 95,
          lambda n, t: f"TABEL 3.{n} ({t})", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.3", 21.9, "u60rn22", "TOTAL ROTE NDAO",
          ("pemilu", 2019), "ROTE NDAO",
          (lambda n: f"Laporan Kinerja KPU Kabupaten Rote Ndao 2022  -  {n}",),
          "Rekapitulasi DPT Pemilu 2019 Kabupaten Rote Ndao per kecamatan sebagai pangkal pemutakhiran 2022:",
          pct=True, dua=dua, riw=1)


def manggarai_2023():
    """Manggarai 2023: cover LAPORAN KINERJA / KPU KABUPATEN MANGGARAI / TAHUN 2023 / Ruteng; captions `Tabel {n}.
    {t}`; capaian **`Capaian` before `Realisasi`**; budget **`Serapan` right after `Pagu`** (`Kode` `Program /
    Kegiatan` `Pagu` `Serapan` `Realisasi` `Saldo`); DPT `Lk` `Pr` `Lk+Pr`, total `MANGGARAI`, broken after five
    rows; foot `— n —`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Saldo", "Serapan"),
           "sakip": ("No", "Komponen SAKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Lk", "Pr", "Lk+Pr")}
    biasa("lkj-manggarai-2023", "Manggarai", "5310", "Ruteng|29 Januari 2024|Aloysius Jebarus Nabit, S.Fil.|19820909 200604 1 405",
          ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "TAHUN 2023", "Ruteng"], 93,
          lambda n, t: f"Tabel {n}.  {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.7", 22.2, "u60mg23", "JUMLAH",
          ("pemilu", 2024), "MANGGARAI",
          (lambda n: f"\u2014 {n} \u2014",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai per kecamatan, ditetapkan pada Juni 2023:",
          urut={"cap": [0, 1, 2, 3, 5, 4], "ang": [0, 1, 2, 5, 3, 4]}, patah=(5, "LKj KPU Kabupaten Manggarai 2023"),
          riw=1)


def sikka_2024():
    """Sikka 2024: cover KOMISI PEMILIHAN UMUM / KABUPATEN SIKKA / LAPORAN KINERJA TAHUN 2024 / MAUMERE; captions
    `Tabel 3.{n} | {t}`; budget `Pagu DIPA` `%`, total `JUMLAH SIKKA`; DPT **the voters before `TPS`** (`Desa/
    Kelurahan` `Laki-laki` `Perempuan` `Jumlah` `TPS`), total `KAB. SIKKA`, broken after eight rows; foot
    `Maumere, LKj 2024 — hal. n`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu DIPA", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-sikka-2024", "Sikka", "5307", "Maumere|30 Januari 2025|Yosef Benyamin Moa, S.Sos.|19810712 200604 1 406",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN SIKKA", "LAPORAN KINERJA TAHUN 2024", "MAUMERE"], 97,
          lambda n, t: f"Tabel 3.{n} | {t}", kep,
          "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.5", 22.5, "u60sk24", "JUMLAH SIKKA",
          ("pemilu", 2024), "KAB. SIKKA",
          (lambda n: f"Maumere, LKj 2024 \u2014 hal. {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan (penetapan Juni 2023):",
          urut={"dpt": [0, 1, 2, 4, 5, 6, 3]}, patah=(8, "KPU Kabupaten Sikka - Laporan Kinerja 2024"), riw=1)


if __name__ == "__main__":
    tulis(sabu_raijua_2019, kota_kupang_2020, manggarai_timur_2021, rote_ndao_2022, manggarai_2023, sikka_2024)
