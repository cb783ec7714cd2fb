#!/usr/bin/env python3
# dev44/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, missing columns, page feet and heads, where the year stands, thousands).
# Run from etl/eval/testdata/blind/:   python3 dev44/author44a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common44 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, tanpa_lapor_anggaran, ulang)
from lib import tulis  # noqa: E402


def sumba_barat_2020():
    """Sumba Barat 2020: cover `LAPORAN KINERJA (LKj)` / `KPU KABUPATEN SUMBA BARAT` / `TAHUN ANGGARAN 2020`;
    captions `Tabel n: Judul`; capaian `No.` `Indikator Kinerja Utama` `Satuan` `Target` `Realisasi` `% Capaian`;
    budget `Kode` `Program / Kegiatan` `Alokasi` `Realisasi` `Sisa` `%` (in thousands when whole thousands), total
    `Jumlah Total`; the Pilkada 2020 DPT, total `Kab. Sumba Barat`; foot `LKj KPU Sumba Barat 2020 | Hal. n`."""
    c, d = dok("lkj-sumba-barat-2020", "Sumba Barat",
               "Waikabubak|29 Januari 2021|Agustinus Bili Dapa, S.H.|19811012 200604 1 010",
               ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN SUMBA BARAT", "TAHUN ANGGARAN 2020"], W=92)
    ribu = ribu_ok("5312", 2020)
    sat = " (Rp ribu)" if ribu else ""
    kep = {"cap": ("No.", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", f"Alokasi{sat}", f"Realisasi{sat}", f"Sisa{sat}", "%"),
           "sakip": ("No.", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No.", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel {n}: {t}", kep.get)
    rows = cap_lama("5312", 2020, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2020, 21.7)
    d.P(f"Penilaian Reformasi Birokrasi tahun 2020 menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    if ribu:
        sec_anggaran(d, R, "u42sb20", sel=ribuan, total="Jumlah Total",
                     pre="Alokasi dan realisasi anggaran tahun 2020 menurut program dan kegiatan (dalam ribuan rupiah):")
    else:
        sec_anggaran(d, R, "u42sb20", total="Jumlah Total")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Alokasi tahun 2020 sebesar Rp{p} terserap Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019, 2018]):
        d.P(f"Tahun {y} alokasi Rp{id_int(p)} terserap Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="Kab. Sumba Barat",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 yang ditetapkan dalam pleno terbuka, per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj KPU Sumba Barat 2020 | Hal. {n}")
    rapi(d)
    d.write()


def rote_2022():
    """Rote Ndao 2022: cover `LAPORAN KINERJA` / `KOMISI PEMILIHAN UMUM KABUPATEN ROTE NDAO` / `BA'A` / `2022`;
    captions `Tabel 2.n — Judul`; capaian with Realisasi before Target (`Indikator` `Satuan` `Realisasi` `Target`
    `Capaian (%)`); budget `Kode` `Uraian` `Pagu Revisi` `Realisasi` `Sisa Pagu` `Serapan`, names wrapped at 38,
    total `JUMLAH SATKER`; the Pemilu 2019 DPT broken after five rows; running head `KPU Kabupaten Rote Ndao`, foot
    `LKj 2022 / n`."""
    c, d = dok("lkj-rote-ndao-2022", "Rote Ndao", "Ba'a|25 Januari 2023|Daniel Manafe, S.Sos.|19800321 200604 1 013",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN ROTE NDAO", "", "BA'A", "2022"], W=94)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu Revisi", "Realisasi", "Sisa Pagu", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "L", "P", "L+P")}
    urut = {"cap": [0, 1, 2, 4, 3, 5]}
    R = lipat(r_kantor(lambda n, t: f"Tabel 2.{n} \u2014 {t}", kep.get, urut=urut.get,
                       patah=(5, "KPU Kabupaten Rote Ndao")), 38)
    rows = cap_lama("5314", 2022, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Pada evaluasi atas tahun {y} KPU Kabupaten Rote Ndao memperoleh {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.2)
    d.P(f"Nilai Reformasi Birokrasi 2022: {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u42rn22", total="JUMLAH SATKER")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Jumlah pagu revisi Rp{p} dengan realisasi Rp{x}, serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pembanding tahun {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="ROTE NDAO",
            pre="Sebagai data dasar pemutakhiran data pemilih berkelanjutan tahun 2022, berikut DPT Pemilu 2019 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj 2022 / {n}", "KPU Kabupaten Rote Ndao")
    rapi(d)
    d.write()


def mabar_2024():
    """Manggarai Barat 2024: cover `LKj 2024` / `KPU KABUPATEN MANGGARAI BARAT` / `LABUAN BAJO`; captions
    `TABEL n. JUDUL` in capitals; capaian with `%` in the persen cells; budget without the percent column (`Kode`
    `Program/Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)`), total `TOTAL`; the Pemilu 2024 DPT `Kecamatan`
    `Desa/Kelurahan` `TPS` `Pemilih Laki-Laki` `Pemilih Perempuan` `Jumlah Pemilih`, total `Kabupaten Manggarai
    Barat`; foot `Hal. n`."""
    c, d = dok("lkj-manggarai-barat-2024", "Manggarai Barat",
               "Labuan Bajo|28 Januari 2025|Fransiskus Sales Mbule, S.Pd.|19820310 200604 1 012",
               ["LKj 2024", "KPU KABUPATEN MANGGARAI BARAT", "LABUAN BAJO"], W=90)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih Laki-Laki", "Pemilih Perempuan",
                   "Jumlah Pemilih")}
    urut = {"ang": [0, 1, 2, 3, 4]}
    R = r_kantor(lambda n, t: f"TABEL {n}. {t.upper()}", kep.get, urut=urut.get, pct=True)
    rows = cap_lama("5315", 2024, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Evaluasi sebelumnya (atas tahun {y}) memberi nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2024, 22.4)
    d.P(f"Reformasi Birokrasi tahun 2024 memperoleh nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42mb24", total="TOTAL")
    tanpa_lapor_anggaran(d)
    sumber(d, "Sumber: SAKTI, keadaan 31 Desember 2024 (persentase tidak ditampilkan).")
    ulang(d, lambda p, x, q: f"Dari total pagu Rp{p}, realisasi sampai akhir tahun mencapai Rp{x}.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Tahun {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="Kabupaten Manggarai Barat",
            pre="DPT Pemilu 2024 Kabupaten Manggarai Barat per kecamatan (penetapan rapat pleno tahun 2023):")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal. {n}")
    rapi(d)
    d.write()


def nagekeo_2019():
    """Nagekeo 2019: cover without a year (`LAPORAN KINERJA` / `KPU KABUPATEN NAGEKEO` / `MBAY, JANUARI 2020`);
    captions `Tabel III-n` + title; unit lines under the headers; budget `No. Rek.` `Program dan Kegiatan` `Pagu`
    `Realisasi` `Sisa` `Realisasi (%)`, total `JUMLAH TOTAL`; the Pemilu 2019 DPT, total `Kab. Nagekeo`; running
    head `LKj Nagekeo Tahun 2019`, foot `n`."""
    c, d = dok("lkj-nagekeo-2019", "Nagekeo", "Mbay|24 Januari 2020|Yohanes Bosco Dhae, S.Pd.|19840206 200604 1 003",
               ["LAPORAN KINERJA", "KPU KABUPATEN NAGEKEO", "", "MBAY, JANUARI 2020"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("No. Rek.", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    dua = {"cap": ("", "", "", "2019", "2019", "(%)"), "ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "")}
    R = r_kantor(lambda n, t: f"Tabel III-{n} {t}", kep.get, dua=dua.get)
    rows = cap_lama("5316", 2019, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    for y, v in riwayat(d, [2017]):
        d.P(f"Sebagai pembanding, nilai evaluasi atas tahun {y} adalah {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2019, 21.5)
    d.P(f"Untuk Reformasi Birokrasi, nilai tahun 2019 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42ng19", total="JUMLAH TOTAL")
    sumber(d, "Sumber: SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Keseluruhan pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018, 2017]):
        d.P(f"Pada tahun {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kab. Nagekeo",
            pre="Rekapitulasi DPT Pemilu Serentak 2019 di Kabupaten Nagekeo per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"{n}", "LKj Nagekeo Tahun 2019")
    rapi(d)
    d.write()


def sumba_tengah_2024():
    """Sumba Tengah 2024: cover `LAPORAN KINERJA SEKRETARIAT` / `KPU KABUPATEN SUMBA TENGAH` / `TAHUN 2024`;
    captions under the tables `Tabel n. Judul`; capaian in the order Indikator, Target, Satuan, Realisasi,
    Capaian; budget `Kode` `Uraian` `Pagu` `Realisasi` `%` `Sisa` (percent before the rest), total `Jumlah`; the
    Pilkada 2024 DPT, total `SUMBA TENGAH`; foot `Laporan Kinerja 2024 - Halaman n`."""
    c, d = dok("lkj-sumba-tengah-2024", "Sumba Tengah",
               "Waibakul|30 Januari 2025|Umbu Remu Lakawa, S.Sos.|19800812 200604 1 015",
               ["LAPORAN KINERJA SEKRETARIAT", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2024"], W=98)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pemilih L", "Pemilih P", "Total")}
    urut = {"cap": [0, 1, 3, 2, 4, 5], "ang": [0, 1, 2, 3, 5, 4]}
    R = r_kantor(lambda n, t: f"Tabel {n}. {t}", kep.get, urut=urut.get, bawah=True)
    rows = cap_lama("5317", 2024, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022, 2021]):
        d.P(f"Hasil evaluasi atas tahun {y}: {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 22.0)
    d.P(f"Reformasi Birokrasi tahun 2024 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u42st24", total="Jumlah")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Jumlah pagu Rp{p}; realisasi Rp{x}; persentase {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="SUMBA TENGAH",
            pre="DPT Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati 2024 di Sumba Tengah:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Laporan Kinerja 2024 - Halaman {n}")
    rapi(d)
    d.write()


def sabu_2024():
    """Sabu Raijua 2024: cover `KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA` / `LAPORAN KINERJA` / `2024`;
    captions `Tabel 3.n` + title; capaian `Kinerja` `Sat` `Target` `Real` `%`; budget in thousands when whole
    thousands (`Kode` `Uraian` `Pagu` `Realisasi` `Sisa` `% Serapan`), total `JUMLAH KESELURUHAN`; the Pemilu
    2024 DPT broken after three rows; running head `LKj KPU Sabu Raijua 2024`, foot `- n -`."""
    c, d = dok("lkj-sabu-raijua-2024", "Sabu Raijua", "Seba|29 Januari 2025|Yermias Lado Bire, S.E.|19820428 200604 1 018",
               ["KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "LAPORAN KINERJA", "2024"], W=92)
    ribu = ribu_ok("5320", 2024)
    sat = " (Rp 000)" if ribu else ""
    kep = {"cap": ("No", "Kinerja", "Sat", "Target", "Real", "%"),
           "ang": ("Kode", "Uraian", f"Pagu{sat}", f"Realisasi{sat}", f"Sisa{sat}", "% Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-Laki", "Perempuan", "L+P")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, patah=(3, "LKj KPU Sabu Raijua 2024"))
    rows = cap_lama("5320", 2024, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022, 2021]):
        d.P(f"Evaluasi atas tahun {y}: nilai {id_dec(v)}, predikat {predikat(v)}.")
    nb = rb_std(d, 2024, 21.9)
    d.P(f"Nilai Reformasi Birokrasi 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    if ribu:
        sec_anggaran(d, R, "u42sr24", sel=ribuan, total="JUMLAH KESELURUHAN",
                     pre="Realisasi anggaran tahun 2024 per program dan kegiatan disajikan dalam ribuan rupiah:")
    else:
        sec_anggaran(d, R, "u42sr24", total="JUMLAH KESELURUHAN")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023, 2022]):
        d.P(f"Tahun {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="SABU RAIJUA",
            pre="DPT Pemilu 2024 Kabupaten Sabu Raijua per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -", "LKj KPU Sabu Raijua 2024")
    rapi(d)
    d.write()


if __name__ == "__main__":
    tulis(sumba_barat_2020, rote_2022, mabar_2024, nagekeo_2019, sumba_tengah_2024, sabu_2024)
