#!/usr/bin/env python3
# dev70/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev70/author70a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common70 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def belu_2019():
    """Belu 2019: cover LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KABUPATEN BELU / TAHUN 2019 / ATAMBUA; captions
    `Tabel III.n - Judul`; capaian `Indikator Kinerja` `Persentase Capaian`; budget `Uraian Program dan Kegiatan`
    `Anggaran` `Realisasi` `Sisa Anggaran` `Realisasi (%)`, total `JUMLAH KPU KABUPATEN BELU`; DPT `Jumlah
    Desa/Kelurahan` `Jumlah TPS` `Laki-laki` `Perempuan` `Jumlah Pemilih`, total `KABUPATEN BELU`; foot `Laporan
    Kinerja KPU Belu 2019 | n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Uraian Program dan Kegiatan", "Anggaran", "Realisasi", "Sisa Anggaran", "Realisasi (%)"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kelurahan", "Jumlah TPS", "Laki-laki", "Perempuan",
                   "Jumlah Pemilih")}
    biasa("lkj-belu-2019", "Belu", "5304", "Atambua|27 Januari 2020|Agustinus Bau Mali, S.H.|19830614 200604 1 801",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN 2019", "ATAMBUA"], 94,
          lambda n, t: f"Tabel III.{n} - {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1", 21.2, "u68bl19",
          "JUMLAH KPU KABUPATEN BELU", ("pemilu", 2019), "KABUPATEN BELU",
          (lambda n: f"Laporan Kinerja KPU Belu 2019 | {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu per kecamatan sebagaimana ditetapkan "
          "dalam rapat pleno terbuka:", riw=0)


def tts_2020():
    """Timor Tengah Selatan 2020: cover LKj / KPU KABUPATEN TIMOR TENGAH SELATAN / TAHUN 2020 / SOE; captions in
    capitals `TABEL n: JUDUL`; capaian **`Realisasi` before `Target`**; budget `Nama Program/Kegiatan` `Pagu
    Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `Serapan`, total `TOTAL TTS`; DPT `Kec.` `Desa` `TPS` `Laki`
    `Perempuan` `Total`, total `KAB. TIMOR TENGAH SELATAN`; foot `- n -` with the running head `LKj KPU TTS
    Tahun 2020`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Nama Program/Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kec.", "Desa", "TPS", "Laki", "Perempuan", "Total")}
    biasa("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan", "5302",
          "Soe|29 Januari 2021|Yeremias Nubatonis, S.Sos.|19840708 200604 1 802",
          ["LKj", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2020", "SOE"], 93,
          lambda n, t: f"TABEL {n}: {t.upper()}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u68ts20", "TOTAL TTS",
          ("pemilu", 2019), "KAB. TIMOR TENGAH SELATAN",
          (lambda n: f"- {n} -", "LKj KPU TTS Tahun 2020"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, yang menjadi dasar "
          "pemutakhiran data pemilih berkelanjutan tahun 2020:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def sikka_2021():
    """Sikka 2021: cover LAPORAN KINERJA / KPU KABUPATEN SIKKA / 2021 / MAUMERE; captions `Tabel 3.n Judul`;
    capaian `IKU` `Sat` `Tgt` `Real` `Capaian %`; budget `Uraian` `Pagu` `Realisasi` `Sisa` `%` with **a units
    row** `(Rp)` `(Rp)` `(Rp)` `(%)` under it, total `JUMLAH SIKKA`; DPT `Pemilih L` `Pemilih P` `Pemilih L+P`,
    total `SIKKA`; foot `LKj 2021 KPU Sikka - halaman n`."""
    kep = {"cap": ("No", "IKU", "Sat", "Tgt", "Real", "Capaian %"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    dua = {"ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")}
    biasa("lkj-sikka-2021", "Sikka", "5307", "Maumere|28 Januari 2022|Maria Goreti Ratu, S.E.|19860513 200904 2 803",
          ["LAPORAN KINERJA", "KPU KABUPATEN SIKKA", "2021", "MAUMERE"], 95,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u68sk21", "JUMLAH SIKKA",
          ("pemilu", 2019), "SIKKA",
          (lambda n: f"LKj 2021 KPU Sikka - halaman {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka menurut kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan 2021:", dua=dua, riw=1)


def flores_timur_2022():
    """Flores Timur 2022: cover KOMISI PEMILIHAN UMUM / KABUPATEN FLORES TIMUR / LAPORAN KINERJA / TAHUN 2022 /
    LARANTUKA; **captions over two lines** (`Tabel 3.n` / title); capaian `Indikator Kinerja Utama` `Capaian (%)`
    with `%` in the cells; budget `Program / Kegiatan` `Pagu` `Realisasi` `Sisa` `Serapan (%)`, total `JUMLAH
    FLORES TIMUR`; DPT **figures before villages and TPS** (`Laki-laki` `Perempuan` `Jumlah` `Desa/Kel.` `TPS`),
    broken after ten rows with `Lanjutan Tabel 3.4`, total `KAB. FLORES TIMUR`; foot `KPU Flotim | LKj 2022 | n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-flores-timur-2022", "Flores Timur", "5306",
          "Larantuka|30 Januari 2023|Yosef Dasi Kelen, S.Fil.|19850921 200604 1 804",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN FLORES TIMUR", "LAPORAN KINERJA", "TAHUN 2022", "LARANTUKA"], 92,
          lambda n, t: f"Tabel 3.{n}\n{t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u68ft22", "JUMLAH FLORES TIMUR",
          ("pemilu", 2019), "KAB. FLORES TIMUR",
          (lambda n: f"KPU Flotim | LKj 2022 | {n}", "Laporan Kinerja KPU Kabupaten Flores Timur 2022"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, pangkal pemutakhiran data "
          "pemilih berkelanjutan 2022:", pct=True, urut={"dpt": [0, 1, 4, 5, 6, 2, 3]},
          patah=(10, "Laporan Kinerja KPU Kabupaten Flores Timur 2022"), riw=1)


def malaka_2023():
    """Malaka 2023: cover LAPORAN KINERJA TAHUN 2023 / KPU KABUPATEN MALAKA / BETUN; captions `Tabel III-n:
    Judul`; capaian `Uraian Indikator` `Satuan` last; budget `Program/Kegiatan` `Pagu Setelah Revisi` `Realisasi
    s.d. 31 Desember` `Sisa` `%`, total `TOTAL KPU MALAKA`; DPT `Desa/Kel.` `TPS` `L` `P` `Total`, total `KAB.
    MALAKA`; foot `LKj Malaka 2023 / n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Setelah Revisi", "Realisasi s.d. 31 Desember", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Total")}
    biasa("lkj-malaka-2023", "Malaka", "5321", "Betun|31 Januari 2024|Yohanes Seran Klau, S.Pd.|19860127 200904 1 805",
          ["LAPORAN KINERJA TAHUN 2023", "KPU KABUPATEN MALAKA", "BETUN"], 96,
          lambda n, t: f"Tabel III-{n}: {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u68mk23", "TOTAL KPU MALAKA",
          ("pemilu", 2024), "KAB. MALAKA",
          (lambda n: f"LKj Malaka 2023 / {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan dalam rapat pleno terbuka "
          "Juni 2023:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def kota_kupang_2024():
    """Kota Kupang 2024: cover LAPORAN KINERJA / KPU KOTA KUPANG / TAHUN 2024; captions `Tabel 3.n: Judul` **under
    the tables**; capaian `Sasaran Strategis / Indikator Kinerja` `Target 2024` `Realisasi 2024`; budget `Uraian`
    `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan (%)`, total `JUMLAH KOTA KUPANG`; DPT `Jml Kelurahan` `Jml
    TPS` `Laki-Laki` `Perempuan` `Jumlah`, total `KOTA KUPANG`; foot `KPU Kota Kupang - LKj 2024 - n`."""
    kep = {"cap": ("No", "Sasaran Strategis / Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024",
                   "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Kelurahan", "Jml TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-kota-kupang-2024", "Kota Kupang", "5371",
          "Kupang|31 Januari 2025|Melkianus Adoe, S.Sos., M.Si.|19850302 200604 1 806",
          ["LAPORAN KINERJA", "KPU KOTA KUPANG", "TAHUN 2024"], 95,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u68kk24", "JUMLAH KOTA KUPANG",
          ("pemilu", 2024), "KOTA KUPANG",
          (lambda n: f"KPU Kota Kupang - LKj 2024 - {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", bawah=True, riw=1)


if __name__ == "__main__":
    tulis(belu_2019, tts_2020, sikka_2021, flores_timur_2022, malaka_2023, kota_kupang_2024)
