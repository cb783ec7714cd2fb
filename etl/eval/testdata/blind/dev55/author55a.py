#!/usr/bin/env python3
# dev55/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev55/author55a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common55 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def rote_2024():
    """Rote Ndao 2024: cover BA'A, JANUARI 2025 / LAPORAN KINERJA (LKj) / KPU KABUPATEN ROTE NDAO / TAHUN 2024;
    captions `Tabel No. n : Judul`; capaian `Ukuran Kinerja` `Sat` `Target (T)` `Realisasi (R)` `R/T (%)`; budget
    `Kode Output` `Rincian Program/Kegiatan` `Alokasi` `Penyerapan` `Sisa Dana` `Daya Serap`, total `JUMLAH TOTAL`;
    Pemilu 2024 DPT `Kel./Desa` `Jml TPS` `Pria` `Wanita` `Pria+Wanita`, total `TOTAL ROTE NDAO`; foot
    `Hal - n -` and a running head."""
    kep = {"cap": ("No", "Ukuran Kinerja", "Sat", "Target (T)", "Realisasi (R)", "R/T (%)"),
           "ang": ("Kode Output", "Rincian Program/Kegiatan", "Alokasi", "Penyerapan", "Sisa Dana", "Daya Serap"),
           "sakip": ("No", "Unsur Penilaian", "Bobot", "Skor"),
           "dpt": ("No", "Kecamatan", "Kel./Desa", "Jml TPS", "Pria", "Wanita", "Pria+Wanita")}
    biasa("lkj-rote-ndao-2024", "Rote Ndao", "5314", "Ba'a|29 Januari 2025|Yulius Ndolu Pandie, S.Sos.|19830902 200604 1 251",
          ["BA'A, JANUARI 2025", "LAPORAN KINERJA (LKj)", "KPU KABUPATEN ROTE NDAO", "TAHUN 2024"], 94,
          lambda n, t: f"Tabel No. {n} : {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.3", 22.0, "u53rn24", "JUMLAH TOTAL",
          ("pemilu", 2024), "TOTAL ROTE NDAO",
          (lambda n: f"Hal - {n} -", "LKj 2024 KPU Kabupaten Rote Ndao"),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao menurut kecamatan:", riw=1)


def mabar_2022():
    """Manggarai Barat 2022: cover KOMISI PEMILIHAN UMUM / KABUPATEN MANGGARAI BARAT / LAPORAN KINERJA INSTANSI
    PEMERINTAH / 2022 / LABUAN BAJO; captions `TABEL 3-n. JUDUL` (upper case); capaian **`Capaian` before `Realisasi`**; budget `MAK` `Program & Kegiatan`
    `Pagu DIPA` `Realisasi SP2D` `Saldo` `(%)`, total `TOTAL DIPA`; Pemilu 2019 DPT, total `KAB. MANGGARAI BARAT`;
    foot `Laporan Kinerja KPU Manggarai Barat - n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("MAK", "Program & Kegiatan", "Pagu DIPA", "Realisasi SP2D", "Saldo", "(%)"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml. Desa/Kel.", "Jml. TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-manggarai-barat-2022", "Manggarai Barat", "5315", "Labuan Bajo|27 Januari 2023|Maria Goreti Jelita, S.H.|19850411 200604 2 252",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI BARAT", "LAPORAN KINERJA INSTANSI PEMERINTAH", "2022",
           "LABUAN BAJO"], 95,
          lambda n, t: f"TABEL 3-{n}. {t.upper()}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.9", 21.7, "u53mb22", "TOTAL DIPA",
          ("pemilu", 2019), "KAB. MANGGARAI BARAT",
          (lambda n: f"Laporan Kinerja KPU Manggarai Barat - {n}",),
          "DPT Pemilu 2019 per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:",
          urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def sumba_tengah_2022():
    """Sumba Tengah 2022: cover LAPORAN KINERJA TAHUN 2022 / SEKRETARIAT KPU KAB. SUMBA TENGAH / WAIBAKUL; captions
    **under the tables** `Tabel n. Judul`; capaian `%` in the cells; budget `Kode` `Uraian Kegiatan` `Anggaran`
    `Terealisasi` `Belum Terealisasi` `Realisasi (%)`, total `JUMLAH SELURUHNYA`; Pemilu 2019 DPT `Jumlah` before
    `L` and `P`, total `SUMBA TENGAH`; foot `LKj/2022/n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Kegiatan", "Anggaran", "Terealisasi", "Belum Terealisasi", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-sumba-tengah-2022", "Sumba Tengah", "5317", "Waibakul|30 Januari 2023|Umbu Lapu Dewa, S.E.|19820905 200604 1 253",
          ["LAPORAN KINERJA TAHUN 2022", "SEKRETARIAT KPU KAB. SUMBA TENGAH", "WAIBAKUL"], 93,
          lambda n, t: f"Tabel {n}. {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.1", 21.8, "u53st22", "JUMLAH SELURUHNYA",
          ("pemilu", 2019), "SUMBA TENGAH",
          (lambda n: f"LKj/2022/{n}",),
          "Pemilih Pemilu 2019 di Kabupaten Sumba Tengah per kecamatan (dasar pemutakhiran tahun 2022):",
          pct=True, bawah=True, urut={"dpt": [0, 1, 2, 3, 6, 4, 5]}, riw=1)


def tts_2023():
    """Timor Tengah Selatan 2023: cover SOE, JANUARI 2024 / LKj KPU KABUPATEN TIMOR TENGAH SELATAN / TA 2023; captions
    `Tabel (n) Judul`; capaian `Target 2023` `Realisasi 2023` `Persentase Capaian`;
    budget **Sisa before Realisasi**: `Kode Akun` `Uraian` `Pagu` `Sisa` `Realisasi` `%`, total `JUMLAH TTS`; Pemilu 2019
    DPT, total `KAB. TTS`, **broken after five rows**; foot `- n -`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target 2023", "Realisasi 2023", "Persentase Capaian"),
           "ang": ("Kode Akun", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Komponen"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Total")}
    biasa("lkj-timor-tengah-selatan-2023", "Timor Tengah Selatan", "5302", "Soe|31 Januari 2024|Yakobus Nenabu, S.Pd.|19810707 200604 1 254",
          ["SOE, JANUARI 2024", "LKj KPU KABUPATEN TIMOR TENGAH SELATAN", "TA 2023"], 96,
          lambda n, t: f"Tabel ({n}) {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u53ts23", "JUMLAH TTS",
          ("pemilu", 2019), "KAB. TTS",
          (lambda n: f"- {n} -",),
          "DPT Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, basis pemutakhiran tahun 2023:",
          urut={"ang": [0, 1, 2, 4, 3, 5]}, patah=(5, "LKj KPU Kab. TTS 2023"), riw=2)


def belu_2024():
    """Belu 2024: cover ATAMBUA / LAPORAN KINERJA / KPU KABUPATEN BELU / 2024; captions `Tbl n: Judul`; capaian
    **`Capaian` second, right after No**; budget `Kode` `Program/Kegiatan/Output` `Pagu Setelah Revisi` `Realisasi Anggaran`
    `Sisa Anggaran` `% Serapan`, total `TOTAL BELANJA`; Pemilu 2024 DPT **Perempuan before Laki-laki**, total `BELU`;
    foot `KPU Belu - LKj 2024 - Halaman n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan/Output", "Pagu Setelah Revisi", "Realisasi Anggaran", "Sisa Anggaran",
                   "% Serapan"),
           "sakip": ("No", "Aspek Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-belu-2024", "Belu", "5304", "Atambua|28 Januari 2025|Fransiska Bere Luan, S.IP.|19840909 200604 2 255",
          ["ATAMBUA", "LAPORAN KINERJA", "KPU KABUPATEN BELU", "2024"], 92,
          lambda n, t: f"Tbl {n}: {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4", 22.1, "u53bl24", "TOTAL BELANJA",
          ("pemilu", 2024), "BELU",
          (lambda n: f"KPU Belu - LKj 2024 - Halaman {n}",),
          "Rekapitulasi DPT Pemilu 2024 Kabupaten Belu menurut kecamatan (kolom perempuan didahulukan):",
          urut={"cap": [0, 5, 1, 2, 3, 4], "dpt": [0, 1, 2, 3, 5, 4, 6]}, riw=1)


def flotim_2022():
    """Flores Timur 2022: cover LAPORAN KINERJA 2022 / KPU FLORES TIMUR / LARANTUKA; captions `TABEL n | Judul`;
    budget **unit row** under the header (`Rp` `Rp` `Rp` `%`), `Kode` `Uraian Program dan Kegiatan` `Pagu` `Realisasi`
    `Sisa` `Serapan`, total `JUMLAH ANGGARAN`; Pemilu 2019 DPT, total `FLORES TIMUR`; foot `[n]`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Hasil Penilaian"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "L+P")}
    biasa("lkj-flores-timur-2022", "Flores Timur", "5306", "Larantuka|26 Januari 2023|Paulus Kedang Hurint, S.Fil.|19800303 200604 1 256",
          ["LAPORAN KINERJA 2022", "KPU FLORES TIMUR", "LARANTUKA"], 95,
          lambda n, t: f"TABEL {n} | {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.7", 21.6, "u53ft22", "JUMLAH ANGGARAN",
          ("pemilu", 2019), "FLORES TIMUR",
          (lambda n: f"[{n}]",),
          "Daftar Pemilih Tetap Pemilu 2019 per kecamatan di Kabupaten Flores Timur, dasar pemutakhiran 2022:",
          dua={"ang": ("", "", "Rp", "Rp", "Rp", "%")}, riw=2)


if __name__ == "__main__":
    tulis(rote_2024, mabar_2022, sumba_tengah_2022, tts_2023, belu_2024, flotim_2022)
