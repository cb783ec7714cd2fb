#!/usr/bin/env python3
# dev73/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev73/author73a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common73 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
    """Belu 2019: cover LAPORAN KINERJA INSTANSI PEMERINTAH / KPU KABUPATEN BELU / TAHUN 2019 / ATAMBUA; captions
    `Tabel 3.n Judul`; capaian `Indikator Kinerja` `Target` `Realisasi` `Persentase Capaian`; budget `Kode` `Uraian
    Program/Kegiatan` `Pagu DIPA` `Realisasi` `Sisa Pagu` `Persentase`, total `JUMLAH KESELURUHAN`; DPT `Jml Desa/Kel`
    `Jml TPS` `Laki-Laki` `Perempuan` `Jumlah`, total `TOTAL KAB. BELU`; foot `Laporan Kinerja KPU Kabupaten Belu Tahun
    2019 | n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu DIPA", "Realisasi", "Sisa Pagu", "Persentase"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    biasa("lkj-belu-2019", "Belu", "5304", "Atambua|28 Januari 2020|Maria Fatima Bere, S.Sos.|19840410 200604 2 861",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN BELU", "TAHUN 2019", "ATAMBUA"], 94,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1", 21.2, "u71bl19", "JUMLAH KESELURUHAN",
          ("pemilu", 2019), "TOTAL KAB. BELU",
          (lambda n: f"Laporan Kinerja KPU Kabupaten Belu Tahun 2019 | {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu menurut kecamatan, hasil rapat pleno "
          "terbuka KPU Kabupaten Belu:", riw=0)


def tts_2020():
    """Timor Tengah Selatan 2020: cover KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN / LAPORAN KINERJA / TAHUN
    2020 / SOE; captions `Tabel 3-n. Judul`; capaian **`Satuan` last**; budget `Kode Akun` `Uraian` `Pagu` `Realisasi s.d.
    Desember` `Sisa` `%`, total `TOTAL TTS`; DPT `Desa/Kelurahan` `TPS` `L` `P` `L + P`, total `JUMLAH TTS`; foot `LKj
    KPU TTS 2020 - Hal n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi s.d. Desember", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Hasil Evaluasi"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "L", "P", "L + P")}
    biasa("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan", "5302",
          "Soe|29 Januari 2021|Yermias Tallo, S.Th.|19830908 200604 1 862",
          ["KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN", "LAPORAN KINERJA", "TAHUN 2020", "SOE"], 95,
          lambda n, t: f"Tabel 3-{n}. {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u71ts20", "TOTAL TTS",
          ("pemilu", 2019), "JUMLAH TTS",
          (lambda n: f"LKj KPU TTS 2020 - Hal {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, dasar pemutakhiran "
          "data pemilih berkelanjutan tahun 2020:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def sikka_2021():
    """Sikka 2021: cover LAPORAN KINERJA / (LKj) / KOMISI PEMILIHAN UMUM KABUPATEN SIKKA / 2021 / MAUMERE; captions
    `Tabel III.n Judul`; capaian `Sasaran/Indikator` `Target` `Realisasi` `%`; budget `Kode` `Program/Kegiatan/Output`
    `Alokasi` `Realisasi` `Sisa` `% Real.`, total `TOTAL`; DPT `Desa/Kel` `TPS` `Laki-laki` `Perempuan` `Jumlah`,
    total `KABUPATEN SIKKA`; foot `n` under the running head `Laporan Kinerja KPU Kabupaten Sikka 2021`."""
    kep = {"cap": ("No", "Sasaran/Indikator", "Satuan", "Target", "Realisasi", "%"),
           "ang": ("Kode", "Program/Kegiatan/Output", "Alokasi", "Realisasi", "Sisa", "% Real."),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-sikka-2021", "Sikka", "5307", "Maumere|27 Januari 2022|Yohanes Nong Sina, S.Fil.|19850216 200604 1 863",
          ["LAPORAN KINERJA", "(LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "2021", "MAUMERE"], 96,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u71sk21", "TOTAL",
          ("pemilu", 2019), "KABUPATEN SIKKA",
          (lambda n: f"{n}", "Laporan Kinerja KPU Kabupaten Sikka 2021"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan 2021:", riw=1)


def flores_timur_2022():
    """Flores Timur 2022: cover LAPORAN KINERJA TAHUN 2022 / KPU KABUPATEN FLORES TIMUR / LARANTUKA; captions `Tabel
    3.n: Judul`; capaian with **`%` in the cells**; budget `Kode` `Uraian` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)`
    `Realisasi %`, total `JUMLAH FLOTIM`; DPT `Desa` `TPS` `L` `P` `Total`, total `FLORES TIMUR`; foot `Halaman n
    dari LKj KPU Flores Timur 2022`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi %"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Total")}
    biasa("lkj-flores-timur-2022", "Flores Timur", "5306",
          "Larantuka|30 Januari 2023|Bernadus Boli Hurint, S.E.|19860311 200904 1 864",
          ["LAPORAN KINERJA TAHUN 2022", "KPU KABUPATEN FLORES TIMUR", "LARANTUKA"], 93,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u71ft22", "JUMLAH FLOTIM",
          ("pemilu", 2019), "FLORES TIMUR",
          (lambda n: f"Halaman {n} dari LKj KPU Flores Timur 2022",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, pangkal pemutakhiran data "
          "pemilih berkelanjutan 2022:", pct=True, riw=1)


def malaka_2023():
    """Malaka 2023: cover LAPORAN KINERJA / SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN MALAKA / TAHUN 2023 / BETUN;
    captions `Tabel 3.n. Judul` **under the tables**; capaian `Indikator` `Target` `Realisasi` `Capaian (%)`; budget
    `Kode` `Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `Serapan (%)`, total `JUMLAH KPU MALAKA`; DPT `Desa` `TPS`
    `Pemilih L` `Pemilih P` `Jumlah`, total `KAB. MALAKA`; foot `[n] LKj KPU Kabupaten Malaka 2023`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Pemilih L", "Pemilih P", "Jumlah")}
    biasa("lkj-malaka-2023", "Malaka", "5321", "Betun|30 Januari 2024|Kristoforus Bria Seran, S.H.|19860925 200904 1 865",
          ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN MALAKA", "TAHUN 2023", "BETUN"], 92,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u71mk23", "JUMLAH KPU MALAKA",
          ("pemilu", 2024), "KAB. MALAKA",
          (lambda n: f"[{n}] LKj KPU Kabupaten Malaka 2023",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan dalam rapat pleno terbuka "
          "bulan Juni 2023:", bawah=True, riw=1)


def kota_kupang_2024():
    """Kota Kupang 2024: cover LAPORAN KINERJA KPU KOTA KUPANG / TAHUN ANGGARAN 2024 / KUPANG; captions `Tabel 3.n
    (Judul)`; capaian `Indikator Kinerja Utama (IKU)` `Target PK` `Realisasi` `Capaian (%)`; budget **`%` before
    `Sisa`**: `Kode` `Uraian` `Pagu Akhir` `Realisasi` `%` `Sisa`, total `JUMLAH KOTA KUPANG`; DPT `Kelurahan` `TPS`
    `L` `P` `Jumlah`, total `KOTA KUPANG`; foot `KPU Kota Kupang - LKj 2024 - hal. n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama (IKU)", "Satuan", "Target PK", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu Akhir", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-kota-kupang-2024", "Kota Kupang", "5371", "Kupang|30 Januari 2025|Imelda Christina Fanggi, S.H.|19870421 200904 2 866",
          ["LAPORAN KINERJA KPU KOTA KUPANG", "TAHUN ANGGARAN 2024", "KUPANG"], 97,
          lambda n, t: f"Tabel 3.{n} ({t})", kep,
          "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u71kk24", "JUMLAH KOTA KUPANG",
          ("pemilu", 2024), "KOTA KUPANG",
          (lambda n: f"KPU Kota Kupang - LKj 2024 - hal. {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", urut={"ang": [0, 1, 2, 3, 5, 4]}, riw=1)


if __name__ == "__main__":
    tulis(belu_2019, tts_2020, sikka_2021, flores_timur_2022, malaka_2023, kota_kupang_2024)
