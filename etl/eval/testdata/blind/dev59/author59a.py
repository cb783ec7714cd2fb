#!/usr/bin/env python3
# dev59/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev59/author59a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common59 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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



def tts_2021():
    """TTS 2021: cover SOE / LAPORAN KINERJA / SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN / 2021; captions
    `Tabel 3.n. Judul` (dot after the number); capaian **`Capaian` before `Target`**; budget `Kode Akun` `Program,
    Kegiatan` `Pagu Definitif` `Realisasi s.d. 31 Des` `Sisa Dana` `Persen`, total `JUMLAH PAGU DEFINITIF`; Pemilu
    2019 DPT `L` `P` `JML`, total `JUMLAH KAB. TTS`; foot `- n -`, running head `LKj TTS 2021`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode Akun", "Program, Kegiatan", "Pagu Definitif", "Realisasi s.d. 31 Des", "Sisa Dana", "Persen"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "JML")}
    biasa("lkj-tts-2021", "Timor Tengah Selatan", "5302", "Soe|31 Januari 2022|Yonatan Benu Selan, S.Sos.|19820417 200604 1 341",
          ["SOE", "LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN", "2021"], 94,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.7, "u57ts21", "JUMLAH PAGU DEFINITIF",
          ("pemilu", 2019), "JUMLAH KAB. TTS",
          (lambda n: f"- {n} -", "LKj TTS 2021"),
          "DPT Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, pangkal pemutakhiran tahun 2021:",
          urut={"cap": [0, 1, 2, 5, 3, 4]}, riw=1)


def ttu_2022():
    """TTU 2022: cover LAPORAN KINERJA INSTANSI / KPU KABUPATEN TIMOR TENGAH UTARA / KEFAMENANU / 2022; captions
    `Tabel III.n Judul` under the tables; budget **`Sisa` before `Realisasi`** (`Pagu` `Sisa` `Realisasi` `%`),
    total `JUMLAH TTU`; SAKIP `Aspek`; Pemilu 2019 DPT over a unit row `(desa/kel)` `(TPS)` `(orang)`, `Jumlah`,
    total `TOTAL TTU`; foot `Halaman n dari LKj TTU 2022`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target 2022", "Realisasi 2022", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Aspek", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-ttu-2022", "Timor Tengah Utara", "5303", "Kefamenanu|27 Januari 2023|Agustinus Taek Bano, S.H.|19830126 200604 1 342",
          ["LAPORAN KINERJA INSTANSI", "KPU KABUPATEN TIMOR TENGAH UTARA", "KEFAMENANU", "2022"], 96,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.9, "u57tu22", "JUMLAH TTU",
          ("pemilu", 2019), "TOTAL TTU",
          (lambda n: f"Halaman {n} dari LKj TTU 2022",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Utara per kecamatan (dasar pemutakhiran 2022):",
          bawah=True, urut={"ang": [0, 1, 2, 4, 3, 5]},
          dua={"dpt": ("", "", "(desa/kel)", "(TPS)", "(orang)", "(orang)", "(orang)")}, riw=2)


def belu_2020():
    """Belu 2020: cover ATAMBUA / KPU KABUPATEN BELU / LAPORAN KINERJA TAHUN 2020; captions `Tabel 3 - n | Judul`;
    capaian `%` in the cells, `Realisasi` before `Target`; budget `Pagu Anggaran` `Realisasi Anggaran` `Daya Serap`
    `Sisa Anggaran`, total `TOTAL BELANJA`; Pemilu 2019 DPT **`L+P` before `L` and `P`**, total `BELU`; foot
    `Atambua - LKj 2020 - n`."""
    kep = {"cap": ("No", "Sasaran/Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Daya Serap"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "L+P")}
    biasa("lkj-belu-2020", "Belu", "5304", "Atambua|28 Januari 2021|Yosef Mau Bria, S.Pd.|19810803 200604 1 343",
          ["ATAMBUA", "KPU KABUPATEN BELU", "LAPORAN KINERJA TAHUN 2020"], 95,
          lambda n, t: f"Tabel 3 - {n} | {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.8", 21.4, "u57bl20", "TOTAL BELANJA",
          ("pemilu", 2019), "BELU",
          (lambda n: f"Atambua - LKj 2020 - {n}",),
          "DPT Pemilu 2019 Kabupaten Belu menurut kecamatan, dasar pemutakhiran data pemilih 2020:",
          pct=True, urut={"cap": [0, 1, 2, 4, 3, 5], "ang": [0, 1, 2, 3, 5, 4], "dpt": [0, 1, 2, 3, 6, 4, 5]}, riw=1)


def flotim_2023():
    """Flores Timur 2023: cover LARANTUKA / LKj 2023 / KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR; captions
    `Tabel 3.n: Judul`; capaian `Satuan` after `Capaian`; budget `Akun` `Uraian` `Pagu Revisi` `Realisasi` `Sisa`
    `Realisasi (%)`, total `JUMLAH KESELURUHAN PAGU`; Pemilu 2024 DPT (June 2023)
    `Jml Desa` `Jml TPS` `Pria` `Wanita` `Total`, total `KAB. FLORES TIMUR`; foot `LKj Flotim 2023 / n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Akun", "Uraian", "Pagu Revisi", "Realisasi", "Sisa", "Realisasi (%)"),
           "sakip": ("No", "Komponen Manajemen Kinerja", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "Pria", "Wanita", "Total")}
    biasa("lkj-flores-timur-2023", "Flores Timur", "5306",
          "Larantuka|30 Januari 2024|Emanuel Kopong Ola, S.Fil.|19840219 200604 1 344",
          ["LARANTUKA", "LKj 2023", "KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR"], 93,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.2, "u57ft23", "JUMLAH KESELURUHAN PAGU",
          ("pemilu", 2024), "KAB. FLORES TIMUR",
          (lambda n: f"LKj Flotim 2023 / {n}", "KPU Flores Timur"),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Flores Timur per kecamatan, ditetapkan Juni 2023:",
          urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def manggarai_2024():
    """Manggarai 2024: cover KPU KABUPATEN MANGGARAI / RUTENG / LAPORAN KINERJA / TAHUN ANGGARAN 2024; captions
    `Tab. n  Judul`; budget **`%` before `Realisasi`** (`Kode` `Uraian` `Pagu` `%` `Realisasi` `Sisa`), total
    `TOTAL DIPA`; Pemilu 2024 DPT `Desa/Kel.` `TPS` `Laki` `Perempuan` `Laki + Perempuan`, total `MANGGARAI`,
    broken after seven rows; foot `Ruteng | n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama (IKU)", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Komponen"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki", "Perempuan", "Laki + Perempuan")}
    biasa("lkj-manggarai-2024", "Manggarai", "5310", "Ruteng|29 Januari 2025|Kanisius Jehabut, S.Fil.|19830901 200604 1 345",
          ["KPU KABUPATEN MANGGARAI", "RUTENG", "LAPORAN KINERJA", "TAHUN ANGGARAN 2024"], 97,
          lambda n, t: f"Tab. {n}  {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.4, "u57mg24", "TOTAL DIPA",
          ("pemilu", 2024), "MANGGARAI",
          (lambda n: f"Ruteng | {n}", "LKj KPU Kab. Manggarai 2024"),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai per kecamatan:",
          urut={"ang": [0, 1, 2, 5, 3, 4]}, patah=(7, "LKj KPU Kab. Manggarai 2024"), riw=1)


def lembata_2019():
    """Lembata 2019: cover LAPORAN KINERJA / (LKj) / KPU KABUPATEN LEMBATA / LEWOLEBA 2019; captions `TABEL 3.n
    JUDUL` in capitals without a dash; capaian **`Target` `Satuan` after the name, `Capaian` before `Realisasi`**;
    budget `Kode` `Program / Kegiatan` `Anggaran` `Terserap` `Sisa` `% Terserap`, total `JUMLAH ANGGARAN`; Pemilu 2019
    DPT `Desa` `TPS` `Pemilih Laki-laki` `Pemilih Perempuan` `Total Pemilih`, total `KABUPATEN LEMBATA`; foot
    `LKj Lembata 2019 (n)`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Anggaran", "Terserap", "Sisa", "% Terserap"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Hasil Evaluasi"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Total Pemilih")}
    biasa("lkj-lembata-2019", "Lembata", "5313", "Lewoleba|29 Januari 2020|Fransiskus Bala Tokan, S.Pd.|19800718 200604 1 346",
          ["LAPORAN KINERJA", "(LKj)", "KPU KABUPATEN LEMBATA", "LEWOLEBA 2019"], 92,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.2, "u57lb19", "JUMLAH ANGGARAN",
          ("pemilu", 2019), "KABUPATEN LEMBATA",
          (lambda n: f"LKj Lembata 2019 ({n})",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan hasil rapat pleno terbuka:",
          urut={"cap": [0, 1, 3, 2, 5, 4]}, riw=0)


if __name__ == "__main__":
    tulis(tts_2021, ttu_2022, belu_2020, flotim_2023, manggarai_2024, lembata_2019)
