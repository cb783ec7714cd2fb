#!/usr/bin/env python3
# dev72/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev72/author72a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common72 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def manggarai_2019():
    """Manggarai 2019: cover LAPORAN KINERJA / KPU KABUPATEN MANGGARAI / TAHUN 2019 / RUTENG; captions `Tabel
    III.n: Judul`; capaian `Indikator Kinerja Utama` `Target 2019` `Realisasi 2019` `% Capaian`; budget `Kode`
    `Program/Kegiatan` `Pagu Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `% Serapan`, total `JUMLAH TOTAL`;
    DPT `Jumlah Desa/Kel` `Jumlah TPS` `L` `P` `Jumlah`, total `KABUPATEN MANGGARAI`; foot `LKj KPU Manggarai
    2019 | Halaman n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target 2019", "Realisasi 2019", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "% Serapan"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel", "Jumlah TPS", "L", "P", "Jumlah")}
    biasa("lkj-manggarai-2019", "Manggarai", "5310", "Ruteng|29 Januari 2020|Fransiskus Jehadu, S.Fil.|19820714 200604 1 841",
          ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "TAHUN 2019", "RUTENG"], 94,
          lambda n, t: f"Tabel III.{n}: {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u70mg19", "JUMLAH TOTAL",
          ("pemilu", 2019), "KABUPATEN MANGGARAI",
          (lambda n: f"LKj KPU Manggarai 2019 | Halaman {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, sebagaimana "
          "ditetapkan dalam rapat pleno terbuka:", riw=0)


def rote_ndao_2020():
    """Rote Ndao 2020: cover KOMISI PEMILIHAN UMUM / KABUPATEN ROTE NDAO / LAPORAN KINERJA TAHUN 2020 / BA'A;
    captions `Tabel 3.n` alone, the title in parentheses after it; capaian **`Realisasi` before `Target`**,
    `Indikator` `Capaian (%)`; budget `Kode` `Uraian Kegiatan` `DIPA (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan`,
    total `JUMLAH ROTE NDAO`; DPT `Desa/Kel.` `TPS` `Laki-laki` `Perempuan` `Total`, total `KAB. ROTE NDAO`; foot
    `-- n --` under the running head `LKj KPU Kab. Rote Ndao Tahun 2020`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Kegiatan", "DIPA (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Skor"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Total")}
    biasa("lkj-rote-ndao-2020", "Rote Ndao", "5314", "Ba'a|27 Januari 2021|Yusak Ndun, S.Pd.|19830519 200604 1 842",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN ROTE NDAO", "LAPORAN KINERJA TAHUN 2020", "BA'A"], 95,
          lambda n, t: f"Tabel 3.{n} ({t})", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u70rn20", "JUMLAH ROTE NDAO",
          ("pemilu", 2019), "KAB. ROTE NDAO",
          (lambda n: f"-- {n} --", "LKj KPU Kab. Rote Ndao Tahun 2020"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan, yang menjadi dasar pemutakhiran "
          "data pemilih berkelanjutan tahun 2020:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def sumba_timur_2021():
    """Sumba Timur 2021: cover LAPORAN KINERJA INSTANSI / KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TIMUR / TAHUN 2021
    / WAINGAPU; captions `TABEL 3.n JUDUL` upper-case; capaian `Indikator Sasaran` `Target` `Realisasi` `Capaian`
    with `%` in the cells; budget `Kode` `Program / Kegiatan` `Anggaran` `Realisasi` `Sisa` `Realisasi (%)`, total
    `TOTAL SUMBA TIMUR`; DPT `Kel/Desa` `TPS` `L` `P` `L+P`, total `SUMBA TIMUR`; foot `Hal. n - LKj Sumba Timur
    2021`."""
    kep = {"cap": ("No", "Indikator Sasaran", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Anggaran", "Realisasi", "Sisa", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kel/Desa", "TPS", "L", "P", "L+P")}
    biasa("lkj-sumba-timur-2021", "Sumba Timur", "5311", "Waingapu|28 Januari 2022|Umbu Ndakularak, S.H.|19840802 200604 1 843",
          ["LAPORAN KINERJA INSTANSI", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TIMUR", "TAHUN 2021", "WAINGAPU"], 96,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u70st21", "TOTAL SUMBA TIMUR",
          ("pemilu", 2019), "SUMBA TIMUR",
          (lambda n: f"Hal. {n} - LKj Sumba Timur 2021",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur per kecamatan, pangkal pemutakhiran data "
          "pemilih berkelanjutan 2021:", pct=True, riw=1)


def manggarai_barat_2022():
    """Manggarai Barat 2022: cover LKj / KPU KABUPATEN MANGGARAI BARAT / 2022 / LABUAN BAJO; captions `Tabel
    3.n. Judul` **under the tables**; capaian `Indikator Kinerja` `Target` `Realisasi` `Capaian`; budget **`Sisa`
    last, after the percent**: `Kode` `Program dan Kegiatan` `Pagu` `Realisasi` `%` `Sisa`, total `JUMLAH
    MABAR`; DPT `Desa` `TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KAB. MANGGARAI BARAT`; foot `LKj KPU
    Manggarai Barat Tahun 2022 - n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-manggarai-barat-2022", "Manggarai Barat", "5315",
          "Labuan Bajo|30 Januari 2023|Kornelis Jehaut, S.Sos.|19850417 200604 1 844",
          ["LKj", "KPU KABUPATEN MANGGARAI BARAT", "2022", "LABUAN BAJO"], 93,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u70mb22", "JUMLAH MABAR",
          ("pemilu", 2019), "KAB. MANGGARAI BARAT",
          (lambda n: f"LKj KPU Manggarai Barat Tahun 2022 - {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Barat per kecamatan, pangkal pemutakhiran data "
          "pemilih berkelanjutan 2022:", bawah=True, urut={"ang": [0, 1, 2, 3, 5, 4]}, riw=1)


def sabu_raijua_2023():
    """Sabu Raijua 2023: cover LAPORAN KINERJA (LKj) TAHUN 2023 / SEKRETARIAT KPU KABUPATEN SABU RAIJUA / SEBA;
    captions `Tabel 3.n - Judul`; capaian with a second header row (`(1)` .. `(6)` column numbers); budget `Kode`
    `Uraian` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan (%)`, total `JUMLAH`; DPT without village counts
    (`-`), `TPS` `L` `P` `Jumlah Pemilih`, total `KAB. SABU RAIJUA`; foot `LKj 2023 KPU Sabu Raijua / n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Jumlah Pemilih")}
    dua = {"cap": ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")}
    biasa("lkj-sabu-raijua-2023", "Sabu Raijua", "5320", "Seba|31 Januari 2024|Agustinus Bire Lado, S.Pd.|19860620 200904 1 845",
          ["LAPORAN KINERJA (LKj) TAHUN 2023", "SEKRETARIAT KPU KABUPATEN SABU RAIJUA", "SEBA"], 92,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u70sr23", "JUMLAH",
          ("pemilu", 2024), "KAB. SABU RAIJUA",
          (lambda n: f"LKj 2023 KPU Sabu Raijua / {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam rapat pleno "
          "terbuka bulan Juni 2023:", dua=dua, riw=1)


def manggarai_timur_2024():
    """Manggarai Timur 2024: cover LAPORAN KINERJA / TAHUN ANGGARAN 2024 / KOMISI PEMILIHAN UMUM / KABUPATEN
    MANGGARAI TIMUR / BORONG; captions `Tabel 3.n Judul`; capaian `Indikator Kinerja Sasaran Strategis` `Tgt`
    `Real` `Capaian %`; budget `Kode` `Program/Kegiatan` `Pagu Revisi` `Realisasi` `Sisa Dana` `Serapan %`, total
    `TOTAL MANGGARAI TIMUR`; DPT `Desa/Kel` `TPS` `Pria` `Wanita` `Jumlah`; every table longer than eight rows
    broken after eight (`Lanjutan Tabel 3.n`); total `KAB. MANGGARAI TIMUR`;
    foot `Laporan Kinerja KPU Manggarai Timur 2024 (n)`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran Strategis", "Satuan", "Tgt", "Real", "Capaian %"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Revisi", "Realisasi", "Sisa Dana", "Serapan %"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pria", "Wanita", "Jumlah")}
    biasa("lkj-manggarai-timur-2024", "Manggarai Timur", "5319",
          "Borong|30 Januari 2025|Yohanes Don Bosco Ngambut, S.Fil.|19870925 200904 1 846",
          ["LAPORAN KINERJA", "TAHUN ANGGARAN 2024", "KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI TIMUR", "BORONG"], 97,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u70mt24", "TOTAL MANGGARAI TIMUR",
          ("pemilu", 2024), "KAB. MANGGARAI TIMUR",
          (lambda n: f"Laporan Kinerja KPU Manggarai Timur 2024 ({n})", "KPU Kabupaten Manggarai Timur"),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, yang digunakan pada "
          "pemungutan suara 14 Februari 2024:", patah=(8, "Laporan Kinerja KPU Kabupaten Manggarai Timur 2024"), riw=1)


if __name__ == "__main__":
    tulis(manggarai_2019, rote_ndao_2020, sumba_timur_2021, manggarai_barat_2022, sabu_raijua_2023,
          manggarai_timur_2024)
