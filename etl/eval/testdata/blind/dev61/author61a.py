#!/usr/bin/env python3
# dev61/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev61/author61a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common61 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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



def manggarai_2019():
    """Manggarai 2019: cover KPU KABUPATEN MANGGARAI / LAPORAN KINERJA / TAHUN 2019 / RUTENG, FEBRUARI 2020; captions
    `Tabel 3/{n}: {t}`; capaian **`Satuan` last**; budget `Kode MAK` `Uraian` `Pagu Definitif` `Realisasi Belanja`
    `Saldo` `Persentase`, total `JUMLAH MANGGARAI`; Pemilu 2019 DPT `Ds/Kel` `TPS` `Pria` `Wanita` `Total`, total
    `KAB. MANGGARAI`; foot `Ruteng - LKj 2019 - n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode MAK", "Uraian", "Pagu Definitif", "Realisasi Belanja", "Saldo", "Persentase"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Ds/Kel", "TPS", "Pria", "Wanita", "Total")}
    biasa("lkj-manggarai-2019", "Manggarai", "5310", "Ruteng|31 Januari 2020|Fransiskus Jehaut Dangur, S.Fil.|19810611 200604 1 381",
          ["KPU KABUPATEN MANGGARAI", "LAPORAN KINERJA", "TAHUN 2019", "RUTENG, FEBRUARI 2020"], 95,
          lambda n, t: f"Tabel 3/{n}: {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u59mg19", "JUMLAH MANGGARAI",
          ("pemilu", 2019), "KAB. MANGGARAI",
          (lambda n: f"Ruteng - LKj 2019 - {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, hasil rapat pleno terbuka:",
          urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def tts_2020():
    """Timor Tengah Selatan 2020: cover LAPORAN KINERJA INSTANSI / KPU KABUPATEN TIMOR TENGAH SELATAN / SOE / 2020;
    captions **under the tables** `Tabel {n} · {t}`; budget **`Realisasi` and `Sisa` before `Pagu`** (`Akun`
    `Program dan Kegiatan` `Terserap` `Belum Terserap` `Anggaran` `Daya Serap`), total `TOTAL ANGGARAN TTS`; DPT
    **the voters before `Desa` and `TPS`**, total `TIMOR TENGAH SELATAN`, broken after five rows; foot `SoE | n`."""
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Akun", "Program dan Kegiatan", "Anggaran", "Terserap", "Belum Terserap", "Daya Serap"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan", "5302",
          "SoE|29 Januari 2021|Yusuf Nope Tanaem, S.Sos.|19820304 200604 1 382",
          ["LAPORAN KINERJA INSTANSI", "KPU KABUPATEN TIMOR TENGAH SELATAN", "SOE", "2020"], 97,
          lambda n, t: f"Tabel {n} \u00b7 {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.8", 21.6, "u59ts20", "TOTAL ANGGARAN TTS",
          ("pemilu", 2019), "TIMOR TENGAH SELATAN",
          (lambda n: f"SoE | {n}",),
          "DPT Pemilu 2019 Kabupaten Timor Tengah Selatan menurut kecamatan, pangkal pemutakhiran berkelanjutan 2020:",
          bawah=True, urut={"ang": [0, 1, 3, 4, 2, 5], "dpt": [0, 1, 4, 5, 6, 2, 3]}, patah=(5, "KPU Kab. TTS - LKj 2020"),
          riw=1)


def flores_timur_2021():
    """Flores Timur 2021: cover LARANTUKA / KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR / LKj TAHUN 2021; captions
    `TABEL III.{n} {t}`; capaian **`Realisasi` before `Target`**; budget `Kode` `Nama Program / Kegiatan` `DIPA`
    `Realisasi` `%` `Sisa`, total `JUMLAH FLOTIM`; Pemilu 2019 DPT `Kelurahan/Desa` `TPS` `L` `P` `L+P`, total
    `FLORES TIMUR`; foot `Hal n dari LKj Flores Timur 2021`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Nama Program / Kegiatan", "DIPA", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan/Desa", "TPS", "L", "P", "L+P")}
    biasa("lkj-flores-timur-2021", "Flores Timur", "5306",
          "Larantuka|28 Januari 2022|Paulus Kelen Hurint, S.H.|19830707 200604 1 383",
          ["LARANTUKA", "KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR", "LKj TAHUN 2021"], 93,
          lambda n, t: f"TABEL III.{n} {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.9", 21.8, "u59ft21", "JUMLAH FLOTIM",
          ("pemilu", 2019), "FLORES TIMUR",
          (lambda n: f"Hal {n} dari LKj Flores Timur 2021", "LAPORAN KINERJA KPU FLORES TIMUR 2021"),
          "Rekapitulasi DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan, data awal pemutakhiran berkelanjutan 2021:",
          urut={"cap": [0, 1, 2, 4, 3, 5], "ang": [0, 1, 2, 3, 5, 4]}, riw=1)


def alor_2022():
    """Alor 2022: cover LAPORAN KINERJA / TAHUN ANGGARAN 2022 / KPU KABUPATEN ALOR / KALABAHI; captions `Tabel {n} -
    {t}`; capaian `%` in the cells; SAKIP `Aspek`; budget `Kode` `Program, Kegiatan` `Pagu (Rp)` `Realisasi (Rp)`
    `Sisa (Rp)` `Serapan (%)`, total `JUMLAH ALOR`; Pemilu 2019 DPT `Desa/Kelurahan` `TPS` `Laki-laki` `Perempuan`
    `L + P`, total `ALOR (KAB.)`; foot `Kalabahi · n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program, Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Aspek", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "L + P")}
    biasa("lkj-alor-2022", "Alor", "5305", "Kalabahi|30 Januari 2023|Markus Mau Lakapu, S.Pd.|19800820 200604 1 384",
          ["LAPORAN KINERJA", "TAHUN ANGGARAN 2022", "KPU KABUPATEN ALOR", "KALABAHI"], 96,
          lambda n, t: f"Tabel {n} - {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3", 21.7, "u59al22", "JUMLAH ALOR",
          ("pemilu", 2019), "ALOR (KAB.)",
          (lambda n: f"Kalabahi \u00b7 {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, acuan pemutakhiran berkelanjutan 2022:",
          pct=True, riw=1)


def ttu_2023():
    """Timor Tengah Utara 2023: cover KPU KABUPATEN TIMOR TENGAH UTARA / LAPORAN KINERJA 2023 / KEFAMENANU;
    captions `Tabel 3.{n}: {t}`; SAKIP **`Nilai` first**; budget `No. Rek.` `Uraian Kegiatan` `Pagu Anggaran`
    `Realisasi Anggaran` `Sisa Anggaran` `Realisasi (%)`; Pemilu 2024 DPT **`L+P` before `L` and `P`**, total
    `TOTAL TTU`, broken after seven rows; foot `LKj KPU TTU 2023 / n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("No. Rek.", "Uraian Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "L+P")}
    biasa("lkj-timor-tengah-utara-2023", "Timor Tengah Utara", "5303",
          "Kefamenanu|29 Januari 2024|Yosef Tael Kolo, S.Sos.|19840515 200604 1 385",
          ["KPU KABUPATEN TIMOR TENGAH UTARA", "LAPORAN KINERJA 2023", "KEFAMENANU"], 94,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.1, "u59tu23", "TOTAL ANGGARAN",
          ("pemilu", 2024), "TOTAL TTU",
          (lambda n: f"LKj KPU TTU 2023 / {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Timor Tengah Utara per kecamatan, ditetapkan Juni 2023:",
          urut={"sakip": [0, 1, 3, 2], "dpt": [0, 1, 2, 3, 6, 4, 5]}, patah=(7, "LKj KPU TTU 2023"), riw=1)


def ende_2024():
    """Ende 2024: cover LKj 2024 / KOMISI PEMILIHAN UMUM / KABUPATEN ENDE; captions `Tbl {n}. {t}`; capaian
    **`Capaian` before `Target`**; budget **`Sisa` before `Realisasi`** (`Kode` `Rincian` `Pagu` `Sisa` `Realisasi`
    `Serapan`), total `JUMLAH ENDE`; Pilkada 2024 DPT `Jml Desa` `Jml TPS` `Pemilih Laki-laki` `Pemilih Perempuan`
    `Jumlah`, total `KABUPATEN ENDE`; foot `- n -  Ende`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Rincian", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen Penilaian AKIP", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah")}
    biasa("lkj-ende-2024", "Ende", "5308", "Ende|30 Januari 2025|Mikael Wangge Rasi, S.Fil.|19810923 200604 1 386",
          ["LKj 2024", "KOMISI PEMILIHAN UMUM", "KABUPATEN ENDE"], 92,
          lambda n, t: f"Tbl {n}. {t}", kep,
          "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.6", 22.4, "u59en24", "JUMLAH ENDE",
          ("pilkada", 2024), "KABUPATEN ENDE",
          (lambda n: f"- {n} -  Ende", "KPU Kabupaten Ende | Laporan Kinerja 2024"),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Ende 2024 per kecamatan:",
          urut={"cap": [0, 1, 2, 5, 3, 4], "ang": [0, 1, 2, 4, 3, 5]}, riw=1)


if __name__ == "__main__":
    tulis(manggarai_2019, tts_2020, flores_timur_2021, alor_2022, ttu_2023, ende_2024)
