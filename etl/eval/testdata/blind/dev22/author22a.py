#!/usr/bin/env python3
# dev22/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, wrapped names, tables over pages).
# Run from etl/eval/testdata/blind/:   python3 dev22/author22a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common22 import (baris, bulat_ribu, cap_lama, dok, id_dec, id_int, persen_sel, predikat, r_kantor, rb_std,  # noqa: E402
                      revisi_dipa, ribuan, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402
import common8  # noqa: E402
import common11  # noqa: E402


def lipat(R, lebar):
    """Renderer R whose long name cells run on to a continuation line (common8.bungkus)."""
    def r(d, cap, head, rows):
        mulai = len(d.lines) + 2
        R(d, cap, head, rows)
        common8.bungkus(d, mulai, lebar)
    return r


ROMAWI = {1: "III.1", 2: "III.2", 3: "III.3", 4: "III.4"}


def belu_2022():
    """Belu 2022: Roman captions (`Tabel III.n`), capaian without Satuan with `%` in the cells and
    `% Capaian`, budget `Pagu (Rp)` `Realisasi (Rp)` `%` `Sisa (Rp)` (percent before Sisa), total
    `JUMLAH SELURUHNYA`, DPT header over two lines (`Jumlah Pemilih` over `L P Jml`) over pages every
    eight rows."""
    c, d = dok("lkj-belu-2022", "Belu", "Atambua|30 Januari 2023|Agustinus Bere Mali, S.Sos.|19790817 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN BELU", "TAHUN 2022"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Jumlah Pemilih", "", "")}
    dua = {"dpt": ("", "", "", "", "L", "P", "Jml")}
    urut = {"cap": [0, 1, 3, 4, 5], "ang": [0, 1, 2, 3, 5, 4]}
    R = r_kantor(lambda n, t: f"Tabel {ROMAWI.get(n, n)} {t}", kep.get, urut=urut.get, dua=dua.get, pct=True,
                 patah=(8, "LKj KPU Kabupaten Belu Tahun 2022"))
    rows = cap_lama("5304", 2022, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    persen_sel(d)
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 23.2)
    d.P(f"Hasil evaluasi Reformasi Birokrasi tahun 2022: nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u22be22", total="JUMLAH SELURUHNYA")
    sumber(d, "Sumber: Aplikasi SAKTI, LRA per 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan anggaran sebesar Rp{p} terserap Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2022 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="Data pemilih terakhir yang ditetapkan adalah DPT Pemilu 2019 (DPTHP-3) Kabupaten Belu:")
    sumber(d, "Sumber: Divisi Perencanaan, Data dan Informasi.")
    selesai(d, c)


def alor_2022():
    """Alor 2022: captions without numbers, set in capitals over the table; capaian Realisasi before
    Target with a Satuan column and `Capaian`; budget in thousands of rupiah when every amount is whole
    thousands (`(ribuan Rp)` in the header), total `Total Pagu`; DPT `Jml Desa` `Jml TPS` `L` `P` `Jml`."""
    c, d = dok("lkj-alor-2022", "Alor", "Kalabahi|25 Januari 2023|Yusak Lamma, S.E.|19790512 200502 1 003",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN ALOR", "TAHUN ANGGARAN 2022"], W=92)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "L", "P", "Jml")}
    ribu_ok = None

    def gaya(n, t):
        return t.upper()
    dua = {"ang": ("", "", "(ribuan Rp)", "(ribuan Rp)", "(ribuan Rp)", "(%)")}
    R0 = r_kantor(gaya, kep.get, urut=lambda k: [0, 1, 2, 4, 3, 5] if k == "cap" else None,
                  dua=lambda k: dua.get(k) if (k == "ang" and ribu_ok) else None)
    rows = cap_lama("5305", 2022, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R0, rows, ["partisipasi"])
    sec_sakip(d, R0, 2021)
    (y0, v0), = riwayat(d, [2020])
    d.P(f"Pada tahun sebelumnya (evaluasi atas kinerja {y0}) nilai AKIP adalah {id_dec(v0)} dengan predikat {predikat(v0)}.")
    nb = rb_std(d, 2022, 22.8)
    d.P(f"Nilai Reformasi Birokrasi Tahun 2022 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} atau "
        f"{id_dec(nb[2])} persen.")
    import common12
    lama = common12.angg_lama("5305", 2022)
    ribu_ok = lama is not None and all(v % 1000 == 0 for p in lama[0] for v in [p[2], p[3]] + [x for k in p[1] for x in k[1:]])
    if ribu_ok:
        sec_anggaran(d, R0, "u22al22", sel=ribuan, total="Total Pagu",
                     pre="Realisasi anggaran Tahun 2022 menurut program dan kegiatan (dalam ribuan rupiah):")
    else:
        sec_anggaran(d, R0, "u22al22", total="Total Pagu")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p} terealisasi Rp{x}, atau {id_dec(q)} persen.")
    revisi_dipa(d, lambda k, a: f"Dalam tahun berjalan DIPA direvisi {k} kali" + (f" (DIPA awal Rp{a})." if a else "."))
    sec_dpt(d, R0, "pemilu", 2019, label="Jumlah Kabupaten",
            pre="DPT Pemilu 2019 Kabupaten Alor per kecamatan (hasil perbaikan ketiga):")
    sumber(d)
    selesai(d, c)


def sikka_2021():
    """Sikka 2021: captions numbered by whole numbers through the document with a full stop (`Tabel 3.`),
    `Tingkat Capaian (%)`, money `Anggaran` `Realisasi` `Sisa` `%` with `(Rp)` under them, total
    `JUMLAH`; cover spelled out (`LAPORAN KINERJA INSTANSI PEMERINTAH`)."""
    c, d = dok("lkjip-sikka-2021", "Sikka", "Maumere|28 Januari 2022|Fransiskus Xaverius Da Cunha, S.H.|19800304 200604 1 014",
               ["LAPORAN KINERJA", "INSTANSI PEMERINTAH (LKjIP)", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "2021"], W=98)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Tingkat Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Anggaran", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Jumlah")}
    dua = {"ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "")}
    R = r_kantor(lambda n, t: f"Tabel {n + 2}. {t}", kep.get, dua=dua.get)
    rows = cap_lama("5307", 2021, baris("partisipasi 77.5 79.8, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Nilai evaluasi AKIP tahun {y} sebelumnya {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u22si21")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    revisi_dipa(d, lambda k, a: f"DIPA 2021 direvisi sebanyak {k} kali" + (f"; pagu awal Rp{a}." if a else "."))
    d.P("Penerimaan Negara Bukan Pajak tahun 2021 sebesar Rp2.475.000 berasal dari sewa rumah dinas dan "
        "disetor ke kas negara.")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka per kecamatan:")
    sumber(d)
    selesai(d, c)


def ende_2023():
    """Ende 2023: captions with letters (`Tabel 3a`, `3b` ..), long names wrapped on continuation lines,
    budget columns Pagu, Realisasi, Sisa and `Capaian Realisasi (%)`, total `Total Anggaran`; DPT
    `Pemilih (L)`, `Pemilih (P)`, `Jumlah (L+P)` over pages every ten rows."""
    c, d = dok("lkj-ende-2023", "Ende", "Ende|29 Januari 2024|Maria Yasinta Wangge, S.E.|19800509 200604 2 012",
               ["LKj", "KPU KABUPATEN ENDE", "2023"], W=88)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Capaian Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pemilih (L)", "Pemilih (P)", "Jumlah (L+P)")}
    huruf = "abcdefg"
    R = lipat(r_kantor(lambda n, t: f"Tabel 3{huruf[n - 1]} {t}", kep.get,
                       patah=(10, "LKj KPU Kabupaten Ende Tahun 2023")), 28)
    rows = cap_lama("5308", 2023, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2022)
    sec_anggaran(d, R, "u22en23", total="Total Anggaran")
    sumber(d, "Sumber: SAKTI, posisi 31 Desember 2023.")
    revisi_dipa(d, lambda k, a: f"DIPA 2023 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Sebagai pembanding, pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="Sebagai acuan pemutakhiran, DPT Pemilu 2019 Kabupaten Ende per kecamatan adalah sebagai berikut.")
    sumber(d)
    selesai(d, c)


def manggarai_timur_2022():
    """Manggarai Timur 2022: captions under the tables with a colon (`Tabel 3.n: …`), headers with units
    (`Capaian (%)`, `Nilai Capaian`), budget `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan (%)`,
    total `Jumlah`, DPT with TPS before the villages (`TPS`, `Desa`, `Laki-laki`, `Perempuan`, `Total`)."""
    c, d = dok("lkj-manggarai-timur-2022", "Manggarai Timur", "Borong|27 Januari 2023|Yohanes Don Bosco Jematu, S.Fil.|19810118 200604 1 007",
               ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2022"], W=100)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Capaian"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Total")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}: {t}", kep.get, bawah=True,
                 urut=lambda k: [0, 1, 3, 2, 4, 5, 6] if k == "dpt" else None)
    rows = cap_lama("5319", 2022, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2021)
    sec_anggaran(d, R, "u22mt22", total="Jumlah")
    sumber(d, "Sumber: OM-SPAN.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun 2022 direvisi {k} kali" + (f" dari pagu awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="Total",
            pre="DPT Pemilu 2019 Kabupaten Manggarai Timur per kecamatan (jumlah TPS dan pemilih):")
    sumber(d)
    selesai(d, c)


def malaka_2019():
    """Malaka 2019: `LAKIP` cover, captions `Tabel 3.n` with the unit in a note line under the caption
    (`(dalam rupiah)`), budget without Sisa (`Anggaran (Rp)` `Realisasi (Rp)` `%`), total `Jumlah`, RB
    in prose, the SAKIP components told in a small table with `Skor`."""
    c, d = dok("lakip-malaka-2019", "Malaka", "Betun|24 Januari 2020|Benediktus Seran Bria, S.H.|19780610 200604 1 008",
               ["LAKIP", "KPU KABUPATEN MALAKA", "Tahun Anggaran 2019"], W=94)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Skor"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "L+P")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}" + ("\n(dalam rupiah)" if "Anggaran" in t else ""), kep.get,
                 urut=lambda k: [0, 1, 2, 3, 5] if k == "ang" else None)
    rows = cap_lama("5321", 2019, baris("partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 80.4"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2018)
    for y, v in riwayat(d, [2017]):
        d.P(f"Hasil Evaluasi AKIP Tahun {y} sebelumnya adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    sec_anggaran(d, R, "u22ml19", total="Jumlah")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Pada TA {y} pagu Satker Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    ulang(d, lambda p, x, q: f"Realisasi seluruh anggaran mencapai Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2019 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    d.FF()
    d.L("D. Data Pemilih", "")
    tps, l, p, tot = common11.dpt_kab(d, "pemilu", 2019)
    d.P(f"Pada Pemilu 2019 KPU Kabupaten Malaka menetapkan DPT sebanyak {id_int(tot)} pemilih, terdiri atas "
        f"{id_int(l)} pemilih laki-laki dan {id_int(p)} pemilih perempuan, yang terdaftar pada {id_int(tps)} TPS. "
        "Selain itu tercatat 412 pemilih DPTb dan 137 pemilih DPK yang menggunakan hak pilih pada hari pemungutan suara.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(belu_2022, alor_2022, sikka_2021, ende_2023, manggarai_timur_2022, malaka_2019)
