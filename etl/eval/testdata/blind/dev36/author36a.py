#!/usr/bin/env python3
# dev36/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, missing columns, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev36/author36a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common36 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_dpt_prosa,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common11 import dpt_kab  # noqa: E402
from common12 import ANG_PENDEK, sel_pendek  # noqa: E402
from lib import tulis  # noqa: E402


def tanpa_desa(i, n, de, t, a, b):
    """A DPT row without the village count (the corpus holds none for the roll)."""
    return [i, n, t, id_int(a), id_int(b), id_int(a + b)]


def tts_2024():
    """Timor Tengah Selatan 2024: cover `LAPORAN KINERJA` / the commission over two lines / `TAHUN 2024`;
    **captions under the tables** (`Tabel 3.n Judul`); capaian `Indikator Kinerja` `Target` `Realisasi`
    `Capaian`; budget `Program/Kegiatan` `Pagu Revisi (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Capaian (%)`, total
    `TOTAL`; the Pilkada 2024 DPT of 32 kecamatan **without a village column** (`Jumlah TPS` `Pria` `Wanita`
    `Jumlah`), broken after eighteen rows, total `KAB. TIMOR TENGAH SELATAN`; the Pemilu 2024 DPT of the
    kabupaten in prose; foot `Laporan Kinerja 2024 | n`."""
    c, d = dok("lkj-tts-2024", "Timor Tengah Selatan", "SoE|30 Januari 2025|Yoksan Tefa, S.H.|19800103 200604 1 012",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH SELATAN", "", "TAHUN 2024"], W=98)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Revisi (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Capaian (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah TPS", "Pria", "Wanita", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, bawah=True,
                 patah=(18, "Laporan Kinerja KPU Kabupaten Timor Tengah Selatan Tahun 2024"))
    rows = cap_lama("5302", 2024, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Tahun sebelumnya, kinerja tahun {y} dievaluasi dengan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 23.1)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2024 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, "
        f"setara {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u36ts24", total="TOTAL")
    sumber(d, "Sumber: SAKTI, keadaan 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Dengan demikian dari pagu Rp{p} telah terserap Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada tahun anggaran {y} pagu tercatat Rp{id_int(p)} dengan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="KAB. TIMOR TENGAH SELATAN", sel=tanpa_desa,
            head=("No", "Kecamatan", "TPS", "L", "P", "L+P"),
            pre="DPT Pemilihan Serentak 27 November 2024 di Kabupaten Timor Tengah Selatan per kecamatan:")
    sumber(d)
    tps, l, p, tot = (id_int(v) for v in dpt_kab(d, "pemilu", 2024))
    d.P(f"Sebelumnya, pada Pemilu 14 Februari 2024 DPT Kabupaten Timor Tengah Selatan berjumlah {tot} pemilih, "
        f"yaitu {l} laki-laki dan {p} perempuan, di {tps} TPS.")
    selesai(d, c)
    halaman(d, lambda n: f"Laporan Kinerja 2024 | {n}")
    rapi(d)
    d.write()


def sbd_2019():
    """Sumba Barat Daya 2019: cover `LAKIP` / the secretariat over two lines / `TAHUN ANGGARAN 2019` /
    `TAMBOLAKA`; captions `Tabel III-n: Judul`; capaian **Satuan as the last column** (`Target 2019`
    `Realisasi 2019` `Capaian (%)` `Satuan`); budget `Uraian` `Alokasi` `Realisasi` `Sisa Dana` `Persentase`,
    total `Jumlah Seluruhnya`; SAKIP 2018 components; RB 2019 in prose; the Pemilu 2019 DPT of
    the kabupaten in prose; running head and foot `Halaman n`."""
    c, d = dok("lakip-sumba-barat-daya-2019", "Sumba Barat Daya",
               "Tambolaka|27 Januari 2020|Markus Malo Kaka, S.Sos.|19790410 200604 1 013",
               ["LAKIP", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA BARAT DAYA", "TAHUN ANGGARAN 2019", "",
                "TAMBOLAKA"], W=93)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target 2019", "Realisasi 2019", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Alokasi", "Realisasi", "Sisa Dana", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai")}
    urut = {"cap": [0, 1, 3, 4, 5, 2]}
    R = r_kantor(lambda n, t: f"Tabel III-{n}: {t}", kep.get, urut=urut.get)
    rows = cap_lama("5318", 2019, baris("partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 80.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 21.4)
    d.P(f"Nilai Reformasi Birokrasi tahun 2019 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u36sd19", total="Jumlah Seluruhnya")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Alokasi tahun 2019 Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada tahun anggaran {y} alokasi Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt_prosa(d, "pemilu", 2019, lambda tps, l, p, tot: (
        f"DPT Pemilu 17 April 2019 di Kabupaten Sumba Barat Daya ditetapkan sebanyak {tot} pemilih, terdiri atas "
        f"{l} laki-laki dan {p} perempuan, yang tersebar di {tps} TPS."), judul="D. Data Pemilih Pemilu 2019")
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}", "LAKIP KPU Kabupaten Sumba Barat Daya Tahun 2019")
    d.write()


def alor_2023():
    """Alor 2023: cover `LAPORAN KINERJA` / `(LKj)` / `TAHUN 2023` / the secretariat / `KALABAHI`; captions
    **in capitals with a colon** (`TABEL 3.n: JUDUL`); names **wrapped at 38**; capaian `Uraian Indikator`
    `Target` `Realisasi` `% Capaian`; budget `Pagu Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `% Serapan`,
    total `TOTAL KESELURUHAN`; the Pemilu 2019 DPT of 17 kecamatan (the continuous roll's base) broken after
    ten rows, total `Kab. Alor`; the Pemilu 2024 DPT of the kabupaten in prose; running head, bare page
    number."""
    c, d = dok("lkj-alor-2023", "Alor", "Kalabahi|26 Januari 2024|Yakobus Maure, S.E.|19800720 200604 1 006",
               ["LAPORAN KINERJA", "(LKj)", "TAHUN 2023", "", "SEKRETARIAT KPU KABUPATEN ALOR", "KALABAHI"], W=95)
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "% Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = lipat(r_kantor(lambda n, t: f"TABEL 3.{n}: {t.upper()}", kep.get,
                       patah=(10, "KPU Kabupaten Alor - Laporan Kinerja 2023")), 38)
    rows = cap_lama("5305", 2023, baris("partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Sebagai pembanding, evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.7)
    d.P(f"Pada tahun 2023 nilai Reformasi Birokrasi mencapai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u36al23", total="TOTAL KESELURUHAN")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Realisasi tahun 2023 sebesar Rp{x} dari pagu Rp{p}, atau {id_dec(q)}%.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Kab. Alor",
            pre="Basis data pemutakhiran data pemilih berkelanjutan tahun 2023 adalah DPT Pemilu 2019 per kecamatan:")
    sumber(d)
    tps, l, p, tot = (id_int(v) for v in dpt_kab(d, "pemilu", 2024))
    d.P(f"Rapat pleno rekapitulasi tanggal 21 Juni 2023 menetapkan DPT Pemilu 2024 Kabupaten Alor sebanyak {tot} "
        f"pemilih ({l} laki-laki, {p} perempuan) pada {tps} TPS.")
    selesai(d, c)
    halaman(d, lambda n: f"{n}", "KPU Kabupaten Alor - Laporan Kinerja 2023")
    rapi(d)
    d.write()


def sikka_2024():
    """Sikka 2024: cover `LKj 2024` / office / `MAUMERE`; **captions lettered** (`Tabel 3a. Judul`); capaian
    with `%` in the percent cells (`Target (%)` … read as printed); budget `Kode Akun` `Nama Program/Kegiatan`
    `Pagu` `Realisasi` `Sisa` `%`, total `Grand Total`; the Pemilu 2024 DPT of 21 kecamatan `Desa/Kelurahan`
    `TPS` `Laki-Laki` `Perempuan` `L + P`, broken after twelve rows, total `TOTAL SIKKA`; foot `LKj Sikka 2024
    - hlm. n`."""
    c, d = dok("lkj-sikka-2024", "Sikka", "Maumere|29 Januari 2025|Gregorius Nong, S.Sos.|19790927 200604 1 010",
               ["LKj 2024", "", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "MAUMERE"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode Akun", "Nama Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    R = r_kantor(lambda n, t: f"Tabel 3{chr(96 + n)}. {t}", kep.get, pct=True,
                 patah=(12, "LKj KPU Kabupaten Sikka 2024"))
    rows = cap_lama("5307", 2024, baris("partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 23.6)
    d.P(f"Reformasi Birokrasi 2024: nilai {id_dec(nb[0])}, bobot {id_dec(nb[1])}, persentase {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u36sk24", total="Grand Total")
    sumber(d, "Sumber: Laporan Realisasi Anggaran SAKTI per 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu 2024 sebesar Rp{p}; realisasi Rp{x}; persentase {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="TOTAL SIKKA", pre="DPT Pemilu 2024 Kabupaten Sikka per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj Sikka 2024 - hlm. {n}")
    rapi(d)
    d.write()


def lembata_2022():
    """Lembata 2022: cover `LAPORAN KINERJA INSTANSI PEMERINTAH` / office / `LEWOLEBA` / `2022`; captions
    `Tabel 3.n | Judul`; capaian in abbreviations (`Kinerja Utama` `Sat.` `Trgt` `Real.` `Capaian`);
    budget **name before code** (`Uraian` `Kode` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan`), total
    `Jumlah Total`; the Pemilu 2019 DPT of 9 kecamatan `Nama Kecamatan` `Desa` `TPS`
    `Laki` `Perempuan` `Total`, total `Kabupaten Lembata`; foot `LKj 2022 KPU Lembata - Hal. n`."""
    c, d = dok("lkj-lembata-2022", "Lembata", "Lewoleba|30 Januari 2023|Maria Goreti Ina, S.E.|19810214 200604 2 015",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN LEMBATA", "LEWOLEBA", "", "2022"], W=91)
    kep = {"cap": ("No", "Kinerja Utama", "Sat.", "Trgt", "Real.", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Desa", "TPS", "Laki", "Perempuan", "Total")}
    urut = {"ang": [1, 0, 2, 3, 4, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} | {t}", kep.get, urut=urut.get)
    rows = cap_lama("5313", 2022, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Penilaian atas tahun {y}: {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.2)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u36lb22", total="Jumlah Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Serapan anggaran 2022 adalah {id_dec(q)}% (Rp{x} dari Rp{p}).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Tahun {y}: pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Lembata",
            pre="DPT Pemilu 2019, yang menjadi dasar pemutakhiran berkelanjutan tahun 2022, per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj 2022 KPU Lembata - Hal. {n}")
    d.write()


def mabar_2020():
    """Manggarai Barat 2020: cover `LAPORAN KINERJA` / `TAHUN 2020` / office / `LABUAN BAJO`; captions
    `Tabel 3.n. Judul`; names **wrapped at 40**; capaian `Indikator Kinerja Utama` `Target` `Realisasi`
    `Capaian (%)`; budget **without a Sisa column** (`Kode` `Program/Kegiatan` `Pagu` `Realisasi` `Serapan
    (%)`), total `Jumlah`; the Pilkada 2020 DPT of 12 kecamatan `Desa/Kel.` `TPS` `Pemilih Laki-laki`
    `Pemilih Perempuan` `Jumlah Pemilih`, total `Jumlah`; running head and foot `Halaman n`."""
    c, d = dok("lkj-manggarai-barat-2020", "Manggarai Barat",
               "Labuan Bajo|28 Januari 2021|Robertus Jehabut, S.Sos.|19780612 200604 1 017",
               ["LAPORAN KINERJA", "TAHUN 2020", "", "KPU KABUPATEN MANGGARAI BARAT", "LABUAN BAJO"], W=94)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3.{n}. {t}", kep.get), 40)
    rows = cap_lama("5315", 2020, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Atas kinerja tahun {y}, nilai evaluasi AKIP adalah {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2020, 21.3)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u36mb20", sel=sel_pendek, head=ANG_PENDEK, total="Jumlah")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Dari pagu Rp{p}, realisasi mencapai Rp{x} ({id_dec(q)}%); sisa anggaran dikembalikan ke kas negara.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="Jumlah",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Manggarai Barat Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}", "Laporan Kinerja KPU Kabupaten Manggarai Barat 2020")
    d.write()


if __name__ == "__main__":
    tulis(tts_2024, sbd_2019, alor_2023, sikka_2024, lembata_2022, mabar_2020)
