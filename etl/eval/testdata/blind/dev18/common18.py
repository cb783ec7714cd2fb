# Shared helpers of the dev18/ authoring scripts (author18a.py, author18b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev17/common17.py (on ../dev16 .. ../dev7 and ../author/lib.py); this module adds the facts of
# dev17/ to that memory (common9.ingat("dev17")), so every SAKIP score or component, budget total,
# RB value and kabupaten DPT row the corpus already states is reused, never contradicted (and,
# through cap_lama / angg_lama / kec_lama, the capaian rows, program budgets and kecamatan rows of
# a reused satker/year), plus the renderers of the dev18 house styles. Every renderer is
# R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set: row order is
# the order of the lists the section helpers build, whatever PYTHONHASHSEED says.
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev17"))

import common17  # noqa: E402,F401  (puts ../dev16 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
import common12  # noqa: E402
from common17 import (angka_ke, baris, cap_lama, dpt_kab, DPT_HEAD, id_dec, id_int, IND, juta, NAMA, predikat,  # noqa: E402,F401
                      r_tab, rb_std, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu)
from common14 import ribu  # noqa: E402,F401
from common7 import buka, kpu  # noqa: E402

common9.ingat("dev17")
KNOWN = common9.KNOWN
ANGKA = re.compile(r"^\d{1,3}(\.\d{3})*(,\d+)?$")


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev18/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev18/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def revisi_dipa(d, kalimat):
    """The DIPA revision count and first DIPA the corpus states for the pair (if any): declared on
    the TOTAL row and told in the paragraph kalimat(kali, awal as printed)."""
    kali, awal = common12.REVISI.get((d.satker, d.tahun), (None, None))
    if not kali:
        return
    common12.revisi(d, kali, awal)
    d.P(kalimat(kali, id_int(awal) if awal else None))


def ribuan(k, nm, p, x, lv):
    """Budget cells in thousands of rupiah."""
    return [k, nm, ribu(p), ribu(x), ribu(p - x), id_dec(serapan(p, x))]


def jenis(head):
    """The kind of a table from its header: cap, ang, sakip or dpt."""
    h = [str(x) for x in head]
    if "Target" in h:
        return "cap"
    if h[0] == "Kode":
        return "ang"
    if "Komponen" in h:
        return "sakip"
    return "dpt"


# ---- renderers: R(d, caption, header, rows) ----
def cek(c):
    """A figure as a cheque-protected printout field: asterisks fill the field before it; an
    amount of a million or more gets `Rp` in front and a wider field."""
    c = str(c)
    v = angka_ke(c)
    if v is None or "," in c or v < 1000:
        return c
    if v >= 1000000:
        return "Rp" + c.rjust(17, "*")
    return c.rjust(9, "*")


def r_cek(d, cap, head, rows):
    """A TAB table printed from the finance application with protected figure fields: every whole
    figure of a thousand or more padded with asterisks (`Rp****2.981.442.000`, `***12.345`)."""
    d.L(cap, "")
    d.R(*head)
    for x in rows:
        d.R(*[cek(c) for c in x])
    d.B()


def r_tanda(d, cap, head, rows):
    """Flattened: a Word table copied while the formatting marks are shown: every cell closed by the
    end-of-cell mark `¤`, the row closed by the end-of-row mark `¤` (tanda() then shows the spaces
    as `·` and every paragraph's end as `¶`)."""
    d.L(cap, "")
    for x in [head] + list(rows):
        d.L("".join(f"{c}¤" for c in x) + "¤")
    d.B()


def tanda(lines):
    """The whole text with Word's formatting marks: spaces as `·`, a paragraph's end `¶` (a blank
    paragraph a lone `¶`), table rows (ending in `¤`) left without `¶`, page breaks kept."""
    out = []
    for ln in lines:
        if ln == "\f":
            out.append(ln)
            continue
        ln = ln.replace(" ", "·")
        out.append(ln if ln.endswith("¤") else ln + "¶")
    return out


def tanda_pm(v, fmt=id_dec):
    """A signed figure as the analysis columns print it: `+3,86`, `−1,75` (a true minus), `0,00`."""
    if v > 0:
        return "+" + fmt(v)
    if v < 0:
        return "\u2212" + fmt(-v)
    return fmt(0)


def r_analisis(d, cap, head, rows):
    """A TAB table with the analysts' extra columns: capaian with `Deviasi (R−T)`, the budget with
    `Rerata Realisasi/Bulan` (realisasi / 12), SAKIP components with `Selisih thd Bobot`, the DPT with
    a running total `Kumulatif L+P` down the kecamatan rows."""
    k = jenis(head)
    d.L(cap, "")
    if k == "cap":
        d.R(*head, "Deviasi (R\u2212T)")
        for x in rows:
            t, r = angka_ke(x[3]), angka_ke(x[4])
            d.R(*x, tanda_pm(round(r - t, 2)) if None not in (t, r) else "")
    elif k == "ang":
        d.R(*head, "Rerata Realisasi/Bulan")
        for x in rows:
            d.R(*x, id_int(round(angka_ke(x[3]) / 12)))
    elif k == "sakip":
        d.R(*head, "Selisih thd Bobot")
        for x in rows:
            d.R(*x, tanda_pm(round(angka_ke(x[3]) - angka_ke(x[2]), 2)))
    else:
        d.R(*head, "Kumulatif L+P")
        jalan = 0
        for x in rows:
            if str(x[0]) != "":
                jalan += int(angka_ke(x[-1]))
                d.R(*x, id_int(jalan))
            else:
                d.R(*x, "")
    d.B()


def r_surat(penerima):
    """Flattened: the table as a Word mail merge printed it, one merged letter (record) after the
    other, each under a `Rekaman n dari N` line: the addressee penerima(kind, row), then one
    sentence holding the record's fields; the total row is the last record."""
    def r(d, cap, head, rows):
        k = jenis(head)
        d.L(cap.upper() + " (HASIL GABUNG SURAT)", "")
        for i, x in enumerate(rows, 1):
            x = [str(c) for c in x]
            d.L(f"Rekaman {i} dari {len(rows)}", f"Kepada Yth. {penerima(k, x)}")
            if k == "cap":
                s = (f"Indikator nomor {x[0]}, {x[1]}, dengan satuan {x[2]}: target {x[3]}, realisasi {x[4]}, "
                     f"capaian {x[5] or '-'}.")
            elif k == "ang":
                s = (f"Kode {x[0] or '-'}, {x[1]}: pagu Rp{x[2]}, realisasi Rp{x[3]}, sisa Rp{x[4]}, "
                     f"serapan {x[5]} persen.")
            elif k == "sakip":
                s = f"Komponen {x[1]}: bobot {x[2]}, nilai {x[3]}."
            else:
                s = (f"Wilayah {x[1]}: {x[2]} desa/kelurahan, {x[3]} TPS, pemilih laki-laki {x[4]}, "
                     f"perempuan {x[5]}, jumlah {x[6]}.")
            d.P(s)
    return r


def r_reviu(catat):
    """A TAB table as it came back from the Inspektorat's review: under some rows a note line
    `   ↳ Reviu APIP: …` (catat(kind, row) gives it, or None) that may cite the draft's old figure."""
    def r(d, cap, head, rows):
        k = jenis(head)
        d.L(cap, "")
        d.R(*head)
        for i, x in enumerate(rows):
            d.R(*x)
            n = catat(k, i, x)
            if n:
                d.L(f"   \u21b3 Reviu APIP: {n}")
        d.B()
    return r


def kotak(c, n):
    """A figure written in the boxes of a paper form: one digit a box, blank boxes `[ ]` first up
    to n, the decimal comma between boxes, no thousands separator (`[ ][4][9][1][9]`)."""
    c = str(c)
    if angka_ke(c) is None:
        return c
    bulat, _, des = c.replace(".", "").partition(",")
    s = "".join(f"[{ch}]" for ch in bulat.rjust(n))
    return s + ("," + "".join(f"[{ch}]" for ch in des) if des else "")


def r_kotak(d, cap, head, rows):
    """A TAB table copied from the office's paper form: every figure in digit boxes (kotak), the
    number of boxes fixed per column by its widest figure; the `No` column plain."""
    lebar = {}
    for x in rows:
        for j, c in enumerate(x):
            if j and angka_ke(c) is not None:
                lebar[j] = max(lebar.get(j, 0), len(str(c).replace(".", "").partition(",")[0]) + 1)
    d.L(cap, "")
    d.R(*head)
    for x in rows:
        d.R(*[kotak(c, lebar[j]) if j in lebar else c for j, c in enumerate(x)])
    d.B()


def tanda_air(lines, kata="ARSIP"):
    """The text as pdftotext gives a page with a diagonal watermark: the watermark's letters, one a
    line, indented further each time, fall between the page's lines (inside tables too)."""
    out, hal = [], []

    def tuang():
        n = len(hal)
        if n < 12:
            out.extend(hal)
            return
        tempat = [n * (k + 1) // (len(kata) + 1) for k in range(len(kata))]
        for i, ln in enumerate(hal):
            for k, t in enumerate(tempat):
                if t == i:
                    out.append(" " * (12 + 9 * k) + kata[k])
            out.append(ln)
    for ln in lines:
        if ln == "\f":
            tuang()
            out.append(ln)
            hal = []
        else:
            hal.append(ln)
    tuang()
    return out


def r_potong(lebar=40):
    """A TAB table printed from an application grid whose text columns have a fixed width: a text
    cell longer than lebar is cut and ends in `…` (the figures are never cut). A cut indicator name
    still names exactly one indicator (asserted)."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head)
        for x in rows:
            out = []
            for c in x:
                c = str(c)
                if angka_ke(c) is None and len(c) > lebar:
                    c = c[:lebar - 1].rstrip() + "\u2026"
                    if jenis(head) == "cap":
                        assert sum(1 for v in IND.values() if v.startswith(c[:-1])) == 1, c
                out.append(c)
            d.R(*out)
        d.B()
    return r


def kunci_php(h):
    """A header as the PHP array key of the application (`Capaian (%)` -> `capaian_persen`)."""
    h = str(h).lower().replace("%", "persen").replace("+", "_")
    return re.sub(r"[^a-z0-9]+", "_", h).strip("_")


def r_printr(d, cap, head, rows):
    """Flattened: the table as the PHP application's debug output (`print_r`) that the operator
    copied: `Array`, `(`, one `[n] => Array` block a row with `[key] => value` lines (an empty cell
    leaves nothing after `=>`), `)`."""
    d.L(cap, "", "Array", "(")
    for i, x in enumerate(rows):
        d.L(f"    [{i}] => Array", "        (")
        for h, c in zip(head, x):
            d.L(f"            [{kunci_php(h)}] => {c}".rstrip())
        d.L("        )", "")
    d.L(")", "")


def bulat(n):
    """A row number as a circled digit (1 -> ①, up to 20)."""
    return chr(0x245F + int(n)) if str(n).isdigit() and 1 <= int(n) <= 20 else str(n)


def r_sen(d, cap, head, rows):
    """A TAB table in an old finance form's manner: every amount split over a `Rp` column and a
    `Sen` column (`2.981.442.000` | `00`), the row numbers circled (`①`), the total row labelled `∑`."""
    uang = [j for j in range(len(head)) if any((angka_ke(x[j]) or 0) >= 1000000 and "," not in str(x[j]) for x in rows)]
    hh = []
    for j, h in enumerate(head):
        hh += [f"{h} (Rp)", "Sen"] if j in uang else [h]
    d.L(cap, "")
    d.R(*hh)
    for x in rows:
        out = []
        for j, c in enumerate(x):
            if j in uang:
                out += [c, "00"]
            elif j == 0 and str(head[0]) == "No":
                out.append(bulat(c))
            elif str(c) == "JUMLAH":
                out.append("\u2211")
            else:
                out.append(c)
        d.R(*out)
    d.B()


KOLOM = "ABCDEFGHIJ"


def r_komentar(catat):
    """A TAB table printed from Excel with `Comments: At end of sheet`: the table itself plain (its
    caption in row 1, the header in row 3, the data from row 4), then under it the `Komentar` list,
    one `Sel E5  Nama: teks` a commented cell (catat(kind, index, row, header) gives the
    (column index, author, text) of a row's comment or None), texts that cite other figures."""
    def r(d, cap, head, rows):
        k = jenis(head)
        d.L(cap, "")
        d.R(*head)
        kom = []
        for i, x in enumerate(rows):
            d.R(*x)
            c = catat(k, i, x)
            if c:
                kom.append(f"Sel {KOLOM[c[0]]}{i + 4}\t{c[1]}: {c[2]}")
        if kom:
            d.L("", "Komentar (dicetak di akhir lembar):")
            for c in kom:
                d.L(c.replace("\t", "  "))
        d.B()
    return r
