# Shared helpers of this batch's authoring scripts (author109a.py, author109b.py). Everything of the
# earlier batches comes through ../dev108/common108.py (on ../dev107 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev108/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev108"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common108  # noqa: E402,F401  (puts ../dev107 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common108 import (_ang_isi, _dpt_isi, _sen100, baris, buka, cap_lama, halaman, id_dec, id_int,  # noqa: E402,F401
                       jenis, kpu, NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                       sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

common9.ingat(PREV)
KNOWN = common9.KNOWN
BATCH = os.path.basename(HERE)


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of this batch opened up to BAB III's first table: the satker named nama, the year
    the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"{BATCH}/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


# ---- new house styles (each changes a table's shape or the way a fact is stated) ----
def r_desa_catatan(catatan):
    """The DPT **with no Desa/Kel column, each kecamatan's village count stated in a note under the table** (`Jumlah
    desa/kelurahan: ATAMBUA BARAT 4; ...; seluruhnya 81.`), in the table's order. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*[h for i, h in enumerate(head) if i != 2])
        for x in rows:
            d.R(*[c for i, c in enumerate(x) if i != 2])
        d.B()
        isi = [x for x in rows if x[0] != ""]
        tot = next(x for x in rows if x[0] == "")
        d.P("Keterangan: jumlah desa/kelurahan per kecamatan: " + "; ".join(f"{x[1]} {x[2]}" for x in isi)
            + f"; seluruhnya {tot[2]} desa/kelurahan.")
        d.L("")
    return r


def r_induk(catatan):
    """The budget **as an adjacency list: every row numbered in a `No` column and pointing at its parent's No in an
    `Induk` column** (`-` for a program), as the finance application's export gives it; the codes kept, the total
    row unnumbered. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("No", "Induk", *head)
        no, nomor = 0, {}
        for kode, induk, x in isi:
            no += 1
            nomor[kode] = no
            d.R(str(no), str(nomor[induk]) if induk else "-", *x)
        d.R("", "", *tot)
        d.B()
    return r


PITA = (("Sangat Baik (capaian lebih dari 100%)", 10001, 10 ** 9),
        ("Baik (capaian 85% sampai 100%)", 8500, 10000),
        ("Cukup (capaian 70% sampai kurang dari 85%)", 7000, 8499),
        ("Kurang (capaian di bawah 70%)", 0, 6999))


def r_pita(catatan):
    """The capaian **grouped under band rows by achievement**: a row `Sangat Baik (capaian lebih dari 100%)` over
    the indicators above 100 %, then `Baik (…)`, `Cukup (…)`, `Kurang (…)` (an empty band left out), each indicator
    keeping its number. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for nama, lo, hi in PITA:
            isi = [x for x in rows if lo <= _sen100(x[5]) <= hi]
            if not isi:
                continue
            d.L(nama)
            for x in isi:
                d.R(*x)
        d.B()
    return r


def r_skor_samping(catatan):
    """The SAKIP components **with the score in a column merged down beside them**: `No  Komponen  Bobot  Nilai
    Nilai Akhir`, the merged cell's figure printed on the second of the four rows, where Word centres it; no total
    row. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head, "Nilai Akhir")
        skor = rows[-1][3]
        for i, x in enumerate(rows[:-1]):
            d.R(*x, skor if i == 1 else "")
        d.B()
    return r


SASARAN = ("Meningkatnya kualitas penyelenggaraan pemilu dan pemilihan",
           "Meningkatnya kualitas tata kelola dan akuntabilitas kelembagaan")
TEKNIS = ("Pemilih", "Sengketa", "partisipasi", "Partisipasi", "Pemutakhiran", "pemutakhiran")


def r_sasaran_tengah(catatan):
    """The capaian **with a `Sasaran Strategis` column merged down over its indicators, the sasaran's words printed
    on the middle row of its run** (Word centres a merged cell's text vertically; the first of two middle rows),
    the technical indicators under the first sasaran and the others under the second, each keeping its number.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(head[0], "Sasaran Strategis", *head[1:])
        grup = [[x for x in rows if any(w in x[1] for w in TEKNIS)],
                [x for x in rows if not any(w in x[1] for w in TEKNIS)]]
        for s, isi in zip(SASARAN, grup):
            tengah = (len(isi) - 1) // 2
            for i, x in enumerate(isi):
                d.R(x[0], s if i == tengah else "", *x[1:])
        d.B()
    return r


def r_total_kepala(catatan):
    """The budget **with no total row, the totals stated in the column titles** (`Pagu (Rp), jumlah 3.284.700.000`,
    …, `Serapan (%), keseluruhan 95,84`). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R(head[0], head[1], f"{head[2]} (Rp), jumlah {tot[2]}", f"{head[3]} (Rp), jumlah {tot[3]}",
            f"{head[4]} (Rp), jumlah {tot[4]}", f"{head[5]}, keseluruhan {tot[5]}")
        for _, _, x in isi:
            d.R(*x)
        d.B()
    return r
