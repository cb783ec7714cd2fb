#!/usr/bin/env python3
# dev63/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev63/author63a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common63 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def alor_2019():
    """Alor 2019: cover LAPORAN KINERJA / (LKj) / KPU KABUPATEN ALOR / TAHUN 2019 / KALABAHI; captions `Tabel 3/{n}
    – {t}`; capaian **`Satuan` last**, `% Capaian`; budget `Anggaran` `Selisih` `% Serapan`, total `JUMLAH KPU
    ALOR`; DPT `Jumlah Desa` `Jumlah TPS` `Pria` `Wanita` `Total`, total `TOTAL ALOR`; foot `LKj KPU Alor 2019 – n`."""
    kep = {"cap": ("No.", "Indikator Kinerja Utama (IKU)", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian Program / Kegiatan", "Anggaran", "Realisasi", "Selisih", "% Serapan"),
           "sakip": ("No.", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No.", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "Pria", "Wanita", "Total")}
    biasa("lkj-alor-2019", "Alor", "5305", "Kalabahi|30 Januari 2020|Markus Lapuimakuni, S.Sos.|19820419 200604 1 501",
          ["LAPORAN KINERJA", "(LKj)", "KPU KABUPATEN ALOR", "TAHUN 2019", "KALABAHI"], 95,
          lambda n, t: f"Tabel 3/{n} \u2013 {t}", kep,
          "partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.4", 21.1, "u61al19", "JUMLAH KPU ALOR",
          ("pemilu", 2019), "TOTAL ALOR",
          (lambda n: f"LKj KPU Alor 2019 \u2013 {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan hasil rapat pleno terbuka:",
          urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=0)


def kota_kupang_2019():
    """Kota Kupang 2019: cover LAPORAN KINERJA TAHUN 2019 / KOMISI PEMILIHAN UMUM / KOTA KUPANG; captions `Tabel
    {n} — {t}`; budget **`Sisa` before `Realisasi`**; DPT `Pemilih L` `Pemilih P` `Pemilih L+P`, total `JUMLAH
    KOTA`, broken after seven rows; foot `[n]`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa Anggaran", "Serapan"),
           "sakip": ("No", "Aspek Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    biasa("lkj-kota-kupang-2019", "Kota Kupang", "5371",
          "Kupang|29 Januari 2020|Yosafat Koli Lelan, S.H.|19810302 200604 1 502",
          ["LAPORAN KINERJA TAHUN 2019", "KOMISI PEMILIHAN UMUM", "KOTA KUPANG"], 97,
          lambda n, t: f"Tabel {n} \u2014 {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6", 21.4, "u61kk19", "JUMLAH",
          ("pemilu", 2019), "JUMLAH KOTA",
          (lambda n: f"[{n}]", "LKj 2019 KPU Kota Kupang"),
          "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang menurut kecamatan, hasil rekapitulasi KPU Kota Kupang:",
          urut={"ang": [0, 1, 2, 4, 3, 5]}, patah=(7, "LKj 2019 KPU Kota Kupang"), riw=1)


def flores_timur_2020():
    """Flores Timur 2020: cover KPU KABUPATEN FLORES TIMUR / LAPORAN KINERJA INSTANSI PEMERINTAH / TAHUN ANGGARAN
    2020 / LARANTUKA; captions `Tabel III.{n} {t}`; capaian with **a second header row of letters** (`(a)`
    `(b)` `(b/a)`); budget `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan (%)`, total `TOTAL FLORES TIMUR`; DPT
    `L + P`; foot `Laporan Kinerja 2020 | n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "L + P")}
    dua = {"cap": ("", "", "", "(a)", "(b)", "(b/a)")}
    biasa("lkj-flores-timur-2020", "Flores Timur", "5306",
          "Larantuka|28 Januari 2021|Theodorus Wungubelen, S.Fil.|19830224 200604 1 503",
          ["KPU KABUPATEN FLORES TIMUR", "LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN ANGGARAN 2020", "LARANTUKA"],
          94, lambda n, t: f"Tabel III.{n} {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.7, "u61ft20", "TOTAL FLORES TIMUR",
          ("pemilu", 2019), "FLORES TIMUR",
          (lambda n: f"Laporan Kinerja 2020 | {n}",),
          "DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan, pangkal pemutakhiran data pemilih 2020:",
          dua=dua, riw=1)


def ende_2021():
    """Ende 2021: cover LKj 2021 / KOMISI PEMILIHAN UMUM KABUPATEN ENDE / ENDE, JANUARI 2022; captions `Tab.
    3.{n} {t}`; capaian **`Capaian` before `Target`**; DPT **`Jumlah` before `L` and `P`**, total `KAB. ENDE`,
    broken after nine rows; foot `LKj Ende 2021 / n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen Evaluasi AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-ende-2021", "Ende", "5308", "Ende|31 Januari 2022|Florentinus Sare Wangge, S.Pd.|19820811 200604 1 504",
          ["LKj 2021", "KOMISI PEMILIHAN UMUM KABUPATEN ENDE", "ENDE, JANUARI 2022"], 96,
          lambda n, t: f"Tab. 3.{n} {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u61en21", "JUMLAH",
          ("pemilu", 2019), "KAB. ENDE",
          (lambda n: f"LKj Ende 2021 / {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ende per kecamatan sebagai data awal pemutakhiran 2021:",
          urut={"cap": [0, 1, 2, 5, 3, 4], "dpt": [0, 1, 2, 3, 6, 4, 5]}, patah=(9, "KPU Kabupaten Ende | LKj 2021"),
          riw=1)


def manggarai_barat_2022():
    """Manggarai Barat 2022: cover LAPORAN KINERJA / SEKRETARIAT KOMISI PEMILIHAN UMUM / KABUPATEN MANGGARAI BARAT
    / TAHUN 2022; captions `Tabel {n} - {t}`; budget **`Serapan` before `Sisa`**; DPT with **a second header row
    of column numbers** (`(1)` .. `(7)`), total `MANGGARAI BARAT`; foot `Hal n | LKj KPU Mabar 2022`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    dua = {"dpt": ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)")}
    biasa("lkj-manggarai-barat-2022", "Manggarai Barat", "5315",
          "Labuan Bajo|30 Januari 2023|Fransiskus Xaverius Ndejeng, S.Fil.|19840617 200604 1 505",
          ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI BARAT", "TAHUN 2022"], 93,
          lambda n, t: f"Tabel {n} - {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 22.1, "u61mb22", "JUMLAH",
          ("pemilu", 2019), "MANGGARAI BARAT",
          (lambda n: f"Hal {n} | LKj KPU Mabar 2022",),
          "Rekapitulasi DPT Pemilu 2019 Kabupaten Manggarai Barat per kecamatan, dasar pemutakhiran berkelanjutan 2022:",
          urut={"ang": [0, 1, 2, 3, 5, 4]}, dua=dua, riw=1)


def tts_2024():
    """Timor Tengah Selatan 2024: cover KOMISI PEMILIHAN UMUM / KABUPATEN TIMOR TENGAH SELATAN / LAPORAN KINERJA /
    TAHUN 2024 / SOE; captions `Tabel 3.{n}: {t}`; capaian **`Realisasi` before `Target`**; budget `Pagu Anggaran`
    `Realisasi Anggaran` `Sisa Anggaran` `Persentase`, total `JUMLAH TTS`; DPT `Jumlah TPS` `Jumlah Pemilih`,
    total `KAB. TTS`, broken after ten rows; foot `LKj KPU TTS 2024 — n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Persentase"),
           "sakip": ("No", "Komponen Penilaian AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "Jumlah TPS", "Laki-Laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-timor-tengah-selatan-2024", "Timor Tengah Selatan", "5302",
          "Soe|30 Januari 2025|Yakob Tefa Nomleni, S.Sos.|19820928 200604 1 506",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH SELATAN", "LAPORAN KINERJA", "TAHUN 2024", "SOE"], 98,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.9", 22.4, "u61tts24", "JUMLAH TTS",
          ("pilkada", 2024), "KAB. TTS",
          (lambda n: f"LKj KPU TTS 2024 \u2014 {n}",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Timor Tengah Selatan 2024 per kecamatan:",
          urut={"cap": [0, 1, 2, 4, 3, 5]}, patah=(10, "KPU Kabupaten TTS - Laporan Kinerja 2024"), riw=1)


if __name__ == "__main__":
    tulis(alor_2019, kota_kupang_2019, flores_timur_2020, ende_2021, manggarai_barat_2022, tts_2024)
