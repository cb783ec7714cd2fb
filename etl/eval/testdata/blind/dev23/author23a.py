#!/usr/bin/env python3
# dev23/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, wrapped names, tables over pages).
# Run from etl/eval/testdata/blind/:   python3 dev23/author23a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (baris, bulat_ribu, cap_lama, dok, id_dec, id_int, predikat, r_kantor, rb_std,  # noqa: E402
                      revisi_dipa, ribuan, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang, persen_sel)
from lib import tulis  # noqa: E402
import common8  # noqa: E402
import common11  # noqa: E402
import common12  # noqa: E402


def lipat(R, lebar):
    """Renderer R whose long name cells run on to a continuation line (common8.bungkus)."""
    def r(d, cap, head, rows):
        mulai = len(d.lines) + 2
        R(d, cap, head, rows)
        common8.bungkus(d, mulai, lebar)
    return r


def ribu_ok(s, y):
    """True when the budget the corpus holds for (s, y) is whole thousands throughout."""
    lama = common12.angg_lama(s, y)
    return lama is not None and all(v % 1000 == 0 for p in lama[0] for v in [p[2], p[3]] + [x for k in p[1] for x in k[1:]])


def kupang_2023():
    """Kupang 2023: caption number on one line and its title on the next (`Tabel 3.1` / `Pengukuran …`);
    capaian with Satuan as the last column, `Capaian`; budget `Pagu (Rp)` `Realisasi (Rp)` `Sisa Anggaran
    (Rp)` `Penyerapan (%)`, total `TOTAL`; DPT `Jumlah Desa/Kelurahan` `Jumlah TPS` `Laki-Laki` `Perempuan`
    `Jumlah`, total `Jumlah Total`, over three pages (header repeated, running head, page number)."""
    c, d = dok("lkj-kabupaten-kupang-2023", "Kupang", "Oelamasi|31 Januari 2024|Yoseph Nenobais, S.H.|19790425 200604 1 009",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "TAHUN 2023"], W=97)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "Penyerapan (%)"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kelurahan", "Jumlah TPS", "Laki-Laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}\n{t}", kep.get, urut=lambda k: [0, 1, 3, 4, 5, 2] if k == "cap" else None,
                 patah=(9, "Laporan Kinerja KPU Kabupaten Kupang Tahun 2023"))
    rows = cap_lama("5301", 2023, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Sebagai perbandingan, hasil evaluasi atas kinerja tahun {y} adalah {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 23.1)
    d.P(f"Penilaian Reformasi Birokrasi Tahun 2023 memperoleh nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, "
        f"atau {id_dec(nb[2])}% dari nilai maksimal.")
    sec_anggaran(d, R, "u23ku23", total="TOTAL")
    sumber(d, "Sumber: Aplikasi SAKTI, posisi 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Dengan demikian dari pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_dipa(d, lambda k, a: f"Selama tahun 2023 DIPA mengalami {k} kali revisi" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    d.P("Nilai Barang Milik Negara (aset tetap) yang dikelola per 31 Desember 2023 tercatat Rp2.184.376.500; angka ini "
        "bukan bagian dari realisasi anggaran.")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah Total",
            pre="Sebagai data dasar pemutakhiran menuju Pemilu 2024, berikut DPT Pemilu 2019 Kabupaten Kupang per kecamatan.")
    sumber(d)
    selesai(d, c)


def ngada_2019():
    """Ngada 2019: `LAKIP` spelled out on the cover with `TAHUN ANGGARAN`; captions numbered through the
    document with an en dash (`Tabel 6 – …`); capaian `Target` `Realisasi` before `Satuan`, `% Capaian`;
    budget `Anggaran` `Realisasi` `Sisa` `%` in thousands of rupiah (the unit in the caption), total `Jumlah
    Keseluruhan`; DPT `Desa/Kel.` `TPS` `L` `P` `L + P`, total `Kabupaten Ngada`."""
    c, d = dok("lakip-ngada-2019", "Ngada", "Bajawa|27 Januari 2020|Gregorius Dhiu Bhara, S.Sos.|19780312 200604 1 012",
               ["LAPORAN AKUNTABILITAS KINERJA", "INSTANSI PEMERINTAH (LAKIP)", "KPU KABUPATEN NGADA",
                "TAHUN ANGGARAN 2019"], W=93)
    rb = ribu_ok("5309", 2019)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian", "Anggaran", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L + P")}

    def gaya(n, t):
        return f"Tabel {n + 5} \u2013 {t}" + (" (dalam ribuan rupiah)" if rb and "Anggaran" in t else "")
    R = r_kantor(gaya, kep.get, urut=lambda k: [0, 1, 3, 4, 2, 5] if k == "cap" else None)
    rows = cap_lama("5309", 2019, baris("partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2018)
    if rb:
        sec_anggaran(d, R, "u23ng19", sel=ribuan, total="Jumlah Keseluruhan")
    else:
        sec_anggaran(d, R, "u23ng19", total="Jumlah Keseluruhan")
    sumber(d, "Sumber: SAS dan OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu keseluruhan Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada tahun anggaran {y} realisasi mencapai Rp{id_int(x)} dari pagu Rp{id_int(p)} ({id_dec(serapan(p, x))}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2019 direvisi {k} kali" + (f", dengan pagu awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Ngada",
            pre="Daftar Pemilih Tetap Pemilu Serentak 17 April 2019 (DPTHP-3) per kecamatan:")
    sumber(d)
    selesai(d, c)


def sikka_2024():
    """Sikka 2024: captions under the tables with Roman chapter and hyphen (`Tabel III-1 …`); capaian
    headers with the year (`Target 2024`, `Realisasi 2024`), `Tingkat Capaian (%)`; budget without Sisa
    (`Pagu Revisi (Rp)`, `Realisasi s.d. 31 Des (Rp)`, `Realisasi (%)`), total `Jumlah Total`; DPT with the
    voters first and `Desa` `TPS` last (`Pemilih Laki-laki`, `Pemilih Perempuan`, `Total Pemilih`) over pages."""
    c, d = dok("lkj-sikka-2024", "Sikka", "Maumere|29 Januari 2025|Maria Goreti Nona Lelu, S.E.|19810214 200604 2 010",
               ["LKj 2024", "KPU Kabupaten Sikka"], W=99)
    kep = {"cap": ("No.", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Tingkat Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Revisi (Rp)", "Realisasi s.d. 31 Des (Rp)", "Sisa", "Realisasi (%)"),
           "sakip": ("No.", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No.", "Kecamatan", "Desa", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Total Pemilih")}
    urut = {"ang": [0, 1, 2, 3, 5], "dpt": [0, 1, 4, 5, 6, 2, 3]}
    R = r_kantor(lambda n, t: f"Tabel III-{n} {t}", kep.get, urut=urut.get, bawah=True,
                 patah=(12, "LKj KPU Kabupaten Sikka 2024"))
    rows = cap_lama("5307", 2024, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2023, 23.4)
    d.P(f"Hasil penilaian Reformasi Birokrasi 2023: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u23si24", total="Jumlah Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2024.")
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Tahun sebelumnya (TA {y}) pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} atau {id_dec(serapan(p, x))}%.")
    revisi_dipa(d, lambda k, a: f"DIPA 2024 direvisi sebanyak {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, label="Total",
            pre="DPT Pemilu 2024 yang ditetapkan pada rapat pleno terbuka tanggal 21 Juni 2023, per kecamatan:")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPT Pemilu 2024 tingkat kabupaten.")
    selesai(d, c)


def sumba_barat_2019():
    """Sumba Barat 2019: `LAKIP` with the year alone; captions and headers in capitals (`TABEL 3.1 …`,
    `INDIKATOR KINERJA`, `PAGU`), long names wrapped on continuation lines; budget total `JUMLAH`; the DPT
    of Pemilu 2019 told in prose (kabupaten; DPTb and DPK beside it)."""
    c, d = dok("lakip-sumba-barat-2019", "Sumba Barat", "Waikabubak|28 Januari 2020|Petrus Rangga Ledo, S.Pd.|19790606 200604 1 006",
               ["LAKIP", "KPU KABUPATEN SUMBA BARAT", "2019"], W=90)
    kep = {"cap": ("NO", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"),
           "ang": ("KODE", "PROGRAM/KEGIATAN", "PAGU", "REALISASI", "SISA", "%"),
           "sakip": ("NO", "KOMPONEN", "BOBOT", "NILAI"),
           "dpt": ("NO", "KECAMATAN", "DESA", "TPS", "L", "P", "JUMLAH")}
    R = lipat(r_kantor(lambda n, t: f"TABEL 3.{n} {t.upper()}", kep.get), 26)
    rows = cap_lama("5312", 2019, baris("partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u23sb19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Realisasi seluruhnya Rp{x} dari pagu Rp{p} atau {id_dec(q)} persen.")
    revisi_dipa(d, lambda k, a: f"DIPA 2019 direvisi {k} kali" + (f" (pagu awal Rp{a})." if a else "."))
    d.FF()
    d.L("D. Data Pemilih", "")
    tps, l, p, tot = common11.dpt_kab(d, "pemilu", 2019)
    d.P(f"DPT Pemilu 2019 Kabupaten Sumba Barat hasil perbaikan ketiga ditetapkan sebanyak {id_int(tot)} pemilih, "
        f"yaitu {id_int(l)} laki-laki dan {id_int(p)} perempuan, tersebar di {id_int(tps)} TPS. Pada hari "
        "pemungutan suara tercatat pula 1.127 pemilih DPTb dan 206 pemilih DPK.")
    selesai(d, c)


def sbd_2020():
    """Sumba Barat Daya 2020: a period on the cover (`Periode 1 Januari s.d. 31 Desember 2020`); captions
    with a hyphen and a colon (`Tabel 3-1: …`); the capaian header over two lines (`Target` / `2020`);
    budget `Pagu` `Realisasi` `Sisa` `Serapan` with the units on a second header line, total `Total
    Belanja`; Pemilu 2019 DPT in prose; PNBP revenue sentence."""
    c, d = dok("lkj-sumba-barat-daya-2020", "Sumba Barat Daya", "Tambolaka|26 Januari 2021|Agustinus Ngongo Bora, S.H.|19800112 200604 1 004",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA BARAT DAYA",
                "Periode 1 Januari s.d. 31 Desember 2020"], W=95)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    dua = {"cap": ("", "", "", "2020", "2020", "(%)"), "ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")}
    R = r_kantor(lambda n, t: f"Tabel 3-{n}: {t}", kep.get, dua=dua.get)
    rows = cap_lama("5318", 2020, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 22.6)
    d.P(f"Pada tahun 2020 Reformasi Birokrasi dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u23sd20", total="Total Belanja")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Total belanja terealisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2020 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    d.P("Penerimaan Negara Bukan Pajak yang disetor pada tahun 2020 berjumlah Rp3.415.000 (pengembalian belanja "
        "tahun lalu dan jasa giro).")
    d.FF()
    d.L("D. Data Pemilih", "")
    tps, l, p, tot = common11.dpt_kab(d, "pemilu", 2019)
    d.P(f"Data pemilih terakhir yang ditetapkan adalah DPT Pemilu 2019: {id_int(tot)} pemilih ({id_int(l)} laki-laki "
        f"dan {id_int(p)} perempuan) pada {id_int(tps)} TPS di Kabupaten Sumba Barat Daya.")
    selesai(d, c)


def sbd_2022():
    """Sumba Barat Daya 2022: `LKjIP`; captions `Tabel n.` numbered from 1 through the document; capaian
    `IKU` with `%` in the cells; budget `Anggaran (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `% Realisasi`, total
    `Jumlah`, split over pages every six rows with the header repeated; SAKIP 2021 components and 2020 in
    prose; Pemilu 2019 DPT in prose beside the DPB of semester II (no fact)."""
    c, d = dok("lkjip-sumba-barat-daya-2022", "Sumba Barat Daya", "Tambolaka|30 Januari 2023|Agustinus Ngongo Bora, S.H.|19800112 200604 1 004",
               ["LKjIP", "KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2022"], W=100)
    kep = {"cap": ("No", "IKU", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "% Realisasi"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel {n}. {t}", kep.get, pct=True, patah=(6, "LKjIP KPU Kabupaten Sumba Barat Daya 2022"))
    rows = cap_lama("5318", 2022, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    persen_sel(d)
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Nilai AKIP atas kinerja tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    sec_anggaran(d, R, "u23sd22", total="Jumlah")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Anggaran Rp{p} terserap Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"Sepanjang 2022 DIPA direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    d.FF()
    d.L("D. Data Pemilih", "")
    tps, l, p, tot = common11.dpt_kab(d, "pemilu", 2019)
    d.P(f"DPT Pemilu 2019 Kabupaten Sumba Barat Daya berjumlah {id_int(tot)} pemilih ({id_int(l)} laki-laki, "
        f"{id_int(p)} perempuan) di {id_int(tps)} TPS. Hasil pemutakhiran data pemilih berkelanjutan semester II "
        "tahun 2022 mencatat Daftar Pemilih Berkelanjutan (DPB) sebanyak 231.408 pemilih.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2023, ngada_2019, sikka_2024, sumba_barat_2019, sbd_2020, sbd_2022)
