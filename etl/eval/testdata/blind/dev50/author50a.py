#!/usr/bin/env python3
# dev50/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev50/author50a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common50 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def biasa(base, nama, satker, tanda, sampul, W, cap, kep, cap_rows, rb, seed, total, dpt, label, foot, pre,
          urut=None, pct=False, bawah=False, patah=None, riw=1):
    tahun = int(base[-4:])
    c, d = dok(base, nama, tanda, sampul, W=W)
    kw = {}
    if urut:
        kw["urut"] = urut.get
    if patah:
        kw["patah"] = patah
    R = r_kantor(cap, kep.get, pct=pct, bawah=bawah, **kw)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    if pct:
        persen_sel(d)
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Sebagai pembanding, nilai evaluasi atas tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Evaluasi Reformasi Birokrasi tahun {tahun} menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: Aplikasi SAKTI dan OM-SPAN, per 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y} pagu sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def kupang_2022():
    """Kupang 2022: cover SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN KUPANG / LAPORAN KINERJA / TAHUN 2022;
    captions `TABEL n. Judul`; capaian `Uraian Indikator` with Satuan after the values;
    budget `Pagu Revisi Terakhir` `Realisasi Belanja` `Sisa Pagu Anggaran` `% Real.`, total `JUMLAH SELURUHNYA`;
    Pemilu 2019 DPT as the base of updating, total `JML. KAB. KUPANG`; foot `- n -`, running head."""
    kep = {"cap": ("No.", "Uraian Indikator", "Sat.", "Target 2022", "Realisasi 2022", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Revisi Terakhir", "Realisasi Belanja", "Sisa Pagu Anggaran", "% Real."),
           "sakip": ("No.", "Komponen Evaluasi AKIP", "Bobot", "Skor"),
           "dpt": ("No.", "Kecamatan", "Desa/Kel.", "TPS", "Pemilih (L)", "Pemilih (P)", "Pemilih (L+P)")}
    biasa("lkj-kupang-2022", "Kupang", "5301", "Oelamasi|31 Januari 2023|Yermias Tanesib, S.Sos.|19810317 200604 1 071",
          ["SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "LAPORAN KINERJA", "TAHUN 2022"], 94,
          lambda n, t: f"TABEL {n}. {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.5", 21.8, "u48kp22", "JUMLAH SELURUHNYA",
          ("pemilu", 2019), "JML. KAB. KUPANG",
          (lambda n: f"- {n} -", "Laporan Kinerja Sekretariat KPU Kabupaten Kupang Tahun 2022"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang menurut kecamatan, yang menjadi data dasar "
          "pemutakhiran data pemilih berkelanjutan tahun 2022:",
          urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=2)


def tts_2021():
    """Timor Tengah Selatan 2021: cover LKj / KPU KABUPATEN TIMOR TENGAH SELATAN / TAHUN ANGGARAN 2021 / SOE;
    captions `Tabel 3.n` + ` : ` + title; budget `Pagu` `Realisasi` `Selisih` `Penyerapan`, total `GRAND TOTAL`;
    Pemilu 2019 DPT as the base of updating, total `JUMLAH TTS`, broken after eleven rows; foot `LKj KPU TTS
    2021 — Hlm. n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Selisih", "Penyerapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Evaluasi"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "Laki-laki", "Perempuan", "Jumlah DPT")}
    biasa("lkj-timor-tengah-selatan-2021", "Timor Tengah Selatan", "5302",
          "Soe|28 Januari 2022|Melkianus Nope Tanaem, S.H.|19800412 200604 1 072",
          ["LKj", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN ANGGARAN 2021", "SOE"], 98,
          lambda n, t: f"Tabel 3.{n} : {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.4", 21.6, "u48ts21", "GRAND TOTAL",
          ("pemilu", 2019), "JUMLAH TTS",
          (lambda n: f"LKj KPU TTS 2021 \u2014 Hlm. {n}", "Komisi Pemilihan Umum Kabupaten Timor Tengah Selatan"),
          "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, yang menjadi data dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2021:",
          patah=(11, "Komisi Pemilihan Umum Kabupaten Timor Tengah Selatan"), riw=1)


def alor_2022():
    """Alor 2022: cover LAPORAN KINERJA INSTANSI / KPU KABUPATEN ALOR / TAHUN 2022; captions
    `Tabel n. JUDUL` in capitals; capaian with Target and
    Realisasi swapped (Realisasi first); budget `Nilai Pagu` `Nilai Realisasi` `Sisa` `%`, total `TOTAL PAGU`;
    Pemilu 2019 DPT, total `KABUPATEN ALOR`; foot `Halaman n dari LKj 2022`."""
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Program dan Kegiatan", "Nilai Pagu", "Nilai Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Perolehan"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "Jumlah TPS", "L", "P", "L+P")}
    biasa("lkj-alor-2022", "Alor", "5305", "Kalabahi|27 Januari 2023|Yunus Lamma Maro, S.E.|19830929 200604 1 073",
          ["LAPORAN KINERJA INSTANSI", "KPU KABUPATEN ALOR", "TAHUN 2022"], 92,
          lambda n, t: f"Tabel {n}. {t.upper()}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.2", 21.9, "u48al22", "TOTAL PAGU",
          ("pemilu", 2019), "KABUPATEN ALOR",
          (lambda n: f"Halaman {n} dari LKj 2022",),
          "Data Pemilih Tetap Pemilu 2019 per kecamatan (data dasar pemutakhiran berkelanjutan):",
          urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def ende_2024():
    """Ende 2024: cover KOMISI PEMILIHAN UMUM / KABUPATEN ENDE / LAPORAN KINERJA TAHUN 2024; captions
    `Tbl. n – Judul`; budget `DIPA` `Realisasi` `Sisa DIPA` `Daya Serap (%)`,
    total `TOTAL DIPA`; Pilkada 2024 DPT with TPS before Desa; foot `n`, running head `KPU Ende | LKj 2024`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran Strategis", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan/Output", "DIPA", "Realisasi", "Sisa DIPA", "Daya Serap (%)"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai Diperoleh"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-ende-2024", "Ende", "5308", "Ende|29 Januari 2025|Yosef Mbira Wangge, S.Fil.|19820810 200604 1 074",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN ENDE", "LAPORAN KINERJA TAHUN 2024"], 96,
          lambda n, t: f"Tbl. {n} \u2013 {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 22.0, "u48en24", "TOTAL DIPA",
          ("pilkada", 2024), "KAB. ENDE",
          (lambda n: f"{n}", "KPU Ende | LKj 2024"),
          "Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Ende 2024 per kecamatan (jumlah TPS didahulukan sebelum jumlah desa):",
          urut={"dpt": [0, 1, 3, 2, 4, 5, 6]}, riw=1)


def rote_2023():
    """Rote Ndao 2023: cover LAPORAN KINERJA 2023 / KPU KABUPATEN ROTE NDAO on two lines; captions under the
    tables `Tabel n | Judul`; capaian `Capaian` before Realisasi; budget `Pagu Anggaran (Rp)` `Realisasi
    (Rp)` `Sisa Anggaran (Rp)` `Realisasi %`, total `JUMLAH TOTAL BELANJA`; Pemilu 2024 DPT fixed in 2023, total
    `ROTE NDAO`; foot `LKj Rote Ndao 2023 / n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "Realisasi %"),
           "sakip": ("No", "Komponen yang Dievaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Total")}
    biasa("lkj-rote-ndao-2023", "Rote Ndao", "5314", "Ba'a|30 Januari 2024|Daniel Mesakh Ndolu, S.Pd.|19800506 200604 1 075",
          ["LAPORAN KINERJA 2023", "KPU KABUPATEN ROTE NDAO"], 90,
          lambda n, t: f"Tabel {n} | {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.8", 21.7, "u48rn23", "JUMLAH TOTAL BELANJA",
          ("pemilu", 2024), "ROTE NDAO",
          (lambda n: f"LKj Rote Ndao 2023 / {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 yang ditetapkan Juni 2023, rinci per kecamatan:", bawah=True,
          urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=2)


def kota_kupang_2020():
    """Kota Kupang 2020: cover LAPORAN KINERJA / (LKj) / KPU KOTA KUPANG / 2020; captions `Tabel III-n Judul`;
    capaian with `%` in the cells; budget `Pagu Dana` `Realisasi Dana` `Sisa Dana` `Prosentase`, total
    `TOTAL ANGGARAN`; Pemilu 2019 DPT, total `KOTA KUPANG`; foot `Hal. n / LKj Kota Kupang`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Prosentase Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Dana", "Realisasi Dana", "Sisa Dana", "Prosentase"),
           "sakip": ("No", "Komponen", "Bobot", "Hasil Penilaian"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-kota-kupang-2020", "Kota Kupang", "5371", "Kupang|22 Januari 2021|Marthen Luther Fanggidae, S.H.|19790721 200604 1 076",
          ["LAPORAN KINERJA", "(LKj)", "KPU KOTA KUPANG", "2020"], 94,
          lambda n, t: f"Tabel III-{n} {t}", kep,
          "partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.3", 21.5, "u48kk20", "TOTAL ANGGARAN",
          ("pemilu", 2019), "KOTA KUPANG",
          (lambda n: f"Hal. {n} / LKj Kota Kupang", "KPU Kota Kupang - Laporan Kinerja Tahun 2020"),
          "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, data dasar pemutakhiran berkelanjutan:",
          pct=True, riw=1)


if __name__ == "__main__":
    tulis(kupang_2022, tts_2021, alor_2022, ende_2024, rote_2023, kota_kupang_2020)
