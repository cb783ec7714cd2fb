#!/usr/bin/env python3
# dev33/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev33/author33a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common33 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def kupang_2022():
    """Kupang 2022: cover `LAPORAN KINERJA` / office / `2022` alone; captions with the chapter in Roman
    (`Tabel III.n Judul`); capaian `No` `Sasaran / Indikator` `Sat.` `Target` `Real.` `Capaian (%)` with `%`
    on the percent targets; budget `Anggaran (Rp)` `Realisasi (Rp)` `Sisa Anggaran (Rp)` `% Real.`, total
    `Jumlah Keseluruhan`; Pemilu 2019 DPT of 24 kecamatan `Desa/Kel` `TPS` `Lk` `Pr` `Jml`, **broken after
    fourteen rows**; foot `- n -`."""
    c, d = dok("lkj-kupang-2022", "Kupang", "Oelamasi|27 Januari 2023|Yosef Nenobais, S.Sos.|19790411 200604 1 007",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "", "2022"], W=97)
    kep = {"cap": ("No", "Sasaran / Indikator", "Sat.", "Target", "Real.", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "% Real."),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Lk", "Pr", "Jml")}
    R = r_kantor(lambda n, t: f"Tabel III.{n} {t}", kep.get, pct=True,
                 patah=(14, "LKj KPU Kabupaten Kupang Tahun 2022"))
    rows = cap_lama("5301", 2022, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)  # the cells print `%` (added at conversion to dev33: the truth keeps it, as BRIEF's batches do)
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Adapun hasil evaluasi atas kinerja tahun {y} adalah {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u33kp22", total="Jumlah Keseluruhan")
    sumber(d, "Sumber: aplikasi SAKTI, data per 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Dari seluruh anggaran Rp{p}, yang direalisasikan Rp{x} atau {id_dec(q)} persen.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Tahun sebelumnya (TA {y}) pagu Rp{id_int(p)} direalisasikan Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Kupang",
            pre="DPT Pemilu 2019 Kabupaten Kupang per kecamatan, yang menjadi basis pemutakhiran data pemilih "
                "berkelanjutan pada tahun 2022:")
    sumber(d, "Sumber: Divisi Perencanaan, Data dan Informasi KPU Kabupaten Kupang.")
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -")
    d.write()


def tts_2021():
    """Timor Tengah Selatan 2021: the year on the cover's last line (`TAHUN ANGGARAN 2021`); captions `Tabel n.`
    with the title on the next line; capaian **Realisasi before Target, Satuan last but one**; budget
    `Kode Akun` `Nama Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `Persen`, total `JUMLAH`; Pemilu 2019 DPT of 32
    kecamatan `Jml Desa` `Jml TPS` `Laki-laki` `Perempuan` `Jumlah`, **broken after sixteen rows**, total `Jumlah
    Kab. TTS`; running head `Laporan Kinerja KPU TTS` and foot `Hal. n`."""
    c, d = dok("lkj-tts-2021", "Timor Tengah Selatan", "SoE|31 Januari 2022|Yoksan Tefa, S.H.|19800103 200604 1 012",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN", "", "", "TAHUN ANGGARAN 2021"], W=92)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode Akun", "Nama Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Persen"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "Laki-laki", "Perempuan", "Jumlah")}
    urut = {"cap": [0, 1, 4, 3, 2, 5]}
    R = r_kantor(lambda n, t: f"Tabel {n}.\n{t}", kep.get, urut=urut.get,
                 patah=(16, "Laporan Kinerja KPU TTS"))
    rows = cap_lama("5302", 2021, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    sec_anggaran(d, R, "u33ts21", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN (diolah).")
    ulang(d, lambda p, x, q: f"Jumlah pagu Rp{p} dengan realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada tahun anggaran {y} pagu sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah Kab. TTS",
            pre="Rekapitulasi DPT Pemilu 2019 di 32 kecamatan Kabupaten Timor Tengah Selatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal. {n}", "Laporan Kinerja KPU TTS")
    d.write()


def ttu_2022():
    """Timor Tengah Utara 2022: cover `LKj` / `LAPORAN KINERJA 2022`; captions with a hyphen (`Tabel 3-n Judul`);
    capaian names **wrapped at 34**; budget **in thousands** when the corpus's figures allow it (`Pagu (Rp ribu)`
    …), total `Total`; Pemilu 2019 DPT `Desa/Kelurahan` `TPS` `Pemilih Laki-laki` `Pemilih Perempuan` `Jumlah
    Pemilih`, total `Total Kabupaten`; foot `LKj TTU 2022 – Hal n`."""
    c, d = dok("lkj-ttu-2022", "Timor Tengah Utara", "Kefamenanu|26 Januari 2023|Paulus Nino, S.IP.|19800826 200604 1 014",
               ["LKj", "LAPORAN KINERJA 2022", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH UTARA"], W=99)
    ribu = ribu_ok("5303", 2022)
    satuan = "(Rp ribu)" if ribu else "(Rp)"
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", f"Pagu {satuan}", f"Realisasi {satuan}", f"Sisa {satuan}", "Serapan (%)"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3-{n} {t}", kep.get), 34)
    rows = cap_lama("5303", 2022, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Nilai tahun {y}: {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, 2022, 22.4)
    d.P(f"Penilaian mandiri Reformasi Birokrasi tahun 2022 menghasilkan nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])} atau {id_dec(nb[2])}%.")
    if ribu:
        sec_anggaran(d, R, "u33tu22", sel=ribuan, total="Total",
                     pre="Realisasi anggaran tahun 2022 per program dan kegiatan (dalam ribuan rupiah):")
    else:
        sec_anggaran(d, R, "u33tu22", total="Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Dalam rupiah penuh: pagu Rp{p}, realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Total Kabupaten",
            pre="DPT Pemilu 2019 Kabupaten Timor Tengah Utara (DPT terakhir sebelum tahapan Pemilu 2024):")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj TTU 2022 \u2013 Hal {n}")
    d.write()


def ngada_2022():
    """Ngada 2022: cover `LAPORAN KINERJA (LKj) KPU KABUPATEN NGADA` and `Bajawa, Januari 2023` only (the year
    in the foreword's first sentence); captions `Tabel 3.n` with the title on the next line; capaian `Uraian
    Indikator` `Satuan` `Target PK` `Realisasi` `Persentase`; budget `Pagu DIPA Revisi` `Realisasi Anggaran`
    `Sisa Dana` `Daya Serap (%)`, total `Total Anggaran`; Pemilu 2019 DPT `Kelurahan/Desa` `TPS` `L` `P` `L+P`;
    running head and foot `Hal. n`."""
    c, d = dok("lkj-ngada-2022", "Ngada", "Bajawa|30 Januari 2023|Emanuel Lodo, S.Sos.|19790921 200604 1 009",
               ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN NGADA", "", "Bajawa, Januari 2023"], W=94)
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target PK", "Realisasi", "Persentase"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu DIPA Revisi", "Realisasi Anggaran", "Sisa Dana", "Daya Serap (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Diperoleh"),
           "dpt": ("No", "Kecamatan", "Kelurahan/Desa", "TPS", "L", "P", "L+P")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}\n{t}", kep.get)
    rows = cap_lama("5309", 2022, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    sec_anggaran(d, R, "u33ng22", total="Total Anggaran")
    sumber(d, "Sumber: SAKTI per 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Daya serap keseluruhan {id_dec(q)}%, yakni Rp{x} dari pagu Rp{p}.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Daya serap TA {y} adalah {id_dec(serapan(p, x))}% (pagu Rp{id_int(p)}, realisasi Rp{id_int(x)}).")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Ngada",
            pre="Data DPT Pemilu 2019 Kabupaten Ngada per kecamatan yang dipakai sebagai data awal pemutakhiran:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal. {n}", "Laporan Kinerja KPU Kabupaten Ngada")
    d.write()


def nagekeo_2021():
    """Nagekeo 2021: cover with `T.A. 2021`; captions in capitals with a full stop (`TABEL 3.n. JUDUL`); capaian
    `No` `Indikator Kinerja` `Satuan` `Target 2021` `Realisasi 2021` `Capaian 2021` with `%` on the percent
    figures; budget `Kode` `Nama` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Capaian (%)`, total `JUMLAH
    TOTAL`; Pemilu 2019 DPT `Desa/Kel.` `TPS` `Laki` `Perempuan` `Total`; foot `Nagekeo | LKj 2021 | n`."""
    c, d = dok("lkj-nagekeo-2021", "Nagekeo", "Mbay|28 Januari 2022|Agustinus Dhae, S.E.|19810612 200604 1 004",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO", "T.A. 2021"], W=90)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target 2021", "Realisasi 2021", "Capaian 2021"),
           "ang": ("Kode", "Nama", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Capaian (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki", "Perempuan", "Total")}
    R = r_kantor(lambda n, t: f"TABEL 3.{n}. {t.upper()}", kep.get, pct=True)
    rows = cap_lama("5316", 2021, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)  # the cells print `%` (added at conversion to dev33: the truth keeps it, as BRIEF's batches do)
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Untuk tahun {y}, nilai SAKIP yang diperoleh {id_dec(v)} dengan predikat {predikat(v)}.")
    sec_anggaran(d, R, "u33nk21", total="JUMLAH TOTAL")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu anggaran Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Total",
            pre="DPT Pemilu 2019 per kecamatan di Kabupaten Nagekeo:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Nagekeo | LKj 2021 | {n}")
    d.write()


def flotim_2022():
    """Flores Timur 2022: cover `LAPORAN KINERJA` / `SEKRETARIAT KPU KABUPATEN FLORES TIMUR` / `Tahun 2022`;
    captions `Tabel 3.n : Judul`; capaian names **wrapped at 28**, `Target 2022` `Realisasi 2022` `Capaian (%)`;
    budget `Kode` `Program/Kegiatan/Output` `Alokasi` `Realisasi` `Sisa` `%`, total `JUMLAH`; Pemilu 2019 DPT
    `Desa` `TPS` `L` `P` `Jumlah`, **broken after ten rows**, total `Flores Timur`; foot `LKj 2022 - n`."""
    c, d = dok("lkj-flores-timur-2022", "Flores Timur", "Larantuka|27 Januari 2023|Bernardus Kopong Lewar, S.Pd.|19781130 200604 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "Tahun 2022"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target 2022", "Realisasi 2022", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan/Output", "Alokasi", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3.{n} : {t}", kep.get,
                       patah=(10, "LKj Sekretariat KPU Kabupaten Flores Timur")), 28)
    rows = cap_lama("5306", 2022, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    sec_anggaran(d, R, "u33ft22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Realisasi keseluruhan Rp{x} dari alokasi Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Sebagai perbandingan, TA {y}: alokasi Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Flores Timur",
            pre="DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan (dasar pemutakhiran berkelanjutan 2022):")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj 2022 - {n}")
    d.write()


if __name__ == "__main__":
    tulis(kupang_2022, tts_2021, ttu_2022, ngada_2022, nagekeo_2021, flotim_2022)
