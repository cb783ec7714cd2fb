# Shared helpers of the unseen16/ authoring scripts (author18a.py, author18b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev17/common17.py (on ../dev16 .. ../dev7 and ../author/lib.py); this module adds the facts of
# dev17/ to that memory (common9.ingat("dev17")), so every SAKIP score or component, budget total,
# RB value and kabupaten DPT row the corpus already states is reused, never contradicted (and,
# through cap_lama / angg_lama / kec_lama, the capaian rows, program budgets and kecamatan rows of
# a reused satker/year), plus the renderers of the unseen16 house styles. Every renderer is
# R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set: row order is
# the order of the lists the section helpers build, whatever PYTHONHASHSEED says.
import os, re, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev17"))

import common17  # noqa: E402,F401  (puts ../dev16 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
import common12  # noqa: E402
from common17 import (angka_ke, baris, cap_lama, dpt_kab, id_dec, id_int, IND, juta, NAMA, predikat,  # noqa: E402,F401
                      r_tab, rb_std, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu)
from common14 import ribu  # noqa: E402,F401
from common7 import buka, kpu  # noqa: E402

common9.ingat("dev17")
KNOWN = common9.KNOWN
ANGKA = re.compile(r"^\d{1,3}(\.\d{3})*(,\d+)?$")


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of unseen16/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"unseen16/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


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


def posisi(head, awal):
    """The 1-based column number of the first header cell starting with awal."""
    return next(j for j, h in enumerate(head, 1) if str(h).startswith(awal))


# ---- renderers: R(d, caption, header, rows) ----
def r_kolnum(d, cap, head, rows):
    """A TAB table with the column-number line under the header, as in a Bappenas or BPS table:
    `(1)`, `(2)`, … and the computed columns' formulas (`(6)=(5)/(4)x100`, `(5)=(3)-(4)`)."""
    nomor = []
    for j, h in enumerate(head, 1):
        h = str(h)
        if h.startswith("Capaian"):
            nomor.append(f"({j})=({posisi(head, 'Realisasi')})/({posisi(head, 'Target')})x100")
        elif h.startswith("Sisa"):
            nomor.append(f"({j})=({posisi(head, 'Pagu')})-({posisi(head, 'Realisasi')})")
        elif h.startswith("Serapan"):
            nomor.append(f"({j})=({posisi(head, 'Realisasi')})/({posisi(head, 'Pagu')})x100")
        elif h == "L+P":
            nomor.append(f"({j})=({j - 2})+({j - 1})")
        else:
            nomor.append(f"({j})")
    d.L(cap, "")
    d.R(*head)
    d.R(*nomor)
    for x in rows:
        d.R(*x)
    d.B()


def r_wiki(d, cap, head, rows):
    """The table as the office wiki (MediaWiki) source holds it: `{| class="wikitable"`, the
    caption `|+`, header cells `!` joined by `!!`, a `|-` before every row, cells joined by `||`,
    a figure cell carrying its alignment (`style="text-align:right" | 77,50`), a total row whose
    label spans the first two columns (`colspan="2"`) in bold, `|}` at the end."""
    d.L('{| class="wikitable sortable" style="width:100%"', f"|+ {cap}", "|-", "! " + " !! ".join(str(h) for h in head))
    for x in rows:
        d.L("|-")
        sel = []
        cells = [str(c) for c in x]
        if cells[0] == "" and len(cells) > 2:
            sel.append(f"colspan=\"2\" | '''{cells[1]}'''")
            cells = cells[2:]
        for c in cells:
            sel.append(f'style="text-align:right" | {c}' if angka_ke(c) is not None and len(sel) > 0 else c)
        d.L("| " + " || ".join(sel))
    d.L("|}", "")


def r_titik(d, cap, head, rows):
    """Flattened: a Word table typed with right-aligned tab stops that have dot leaders, as the
    text comes out of the printed page: the row's number and name, then each figure at its own
    stop with dots filling the gap before it (an empty figure `-`); the header line names the
    stops; a long name runs on to lines of its own before its figures."""
    nama_w = min(58, max(len(f"{x[0]}. {x[1]}") for x in rows))
    ujung, u = [], nama_w + 2
    for j in range(2, len(head)):
        u += max([len(str(head[j]))] + [len(str(x[j])) for x in rows]) + 6
        ujung.append(u)
    d.L(cap, "")
    kepala = f"{head[0]}  {head[1]}".ljust(nama_w + 2)
    for j, h in enumerate(head[2:]):
        kepala = kepala + " " * max(1, ujung[j] - len(kepala) - len(str(h))) + str(h)
    d.L(kepala, "")
    for x in rows:
        awal = f"{x[0]}. {x[1]}" if str(x[0]) != "" else str(x[1])
        potong = textwrap.wrap(awal, nama_w) or [""]
        d.L(*potong[:-1])
        ln = potong[-1]
        for j, c in enumerate(x[2:]):
            c = str(c) if str(c) != "" else "-"
            ln = ln + " " + "." * max(3, ujung[j] - len(ln) - len(c) - 2) + " " + c
        d.L(ln)
    d.B()


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


SINGKAT = {"Program / Kegiatan": "Uraian", "Pagu": "Pg", "Realisasi": "Rl", "Sisa": "Ss", "Serapan (%)": "Sr",
           "Kecamatan": "Kec", "Desa/Kel": "Ds", "TPS": "TPS", "L": "L", "P": "P", "L+P": "Jml", "Komponen": "Komponen",
           "Bobot": "Bbt", "Nilai": "Nil", "Satuan": "Sat", "Target": "T", "Realisasi ": "R", "Capaian (%)": "C"}
ARTI = {"Pg": "pagu", "Rl": "realisasi", "Ss": "sisa anggaran", "Sr": "serapan (%)", "Kec": "kecamatan",
        "Ds": "jumlah desa/kelurahan", "TPS": "jumlah TPS", "L": "pemilih laki-laki", "P": "pemilih perempuan",
        "Jml": "jumlah pemilih (L+P)", "Bbt": "bobot", "Nil": "nilai", "Sat": "satuan", "T": "target", "R": "realisasi",
        "C": "capaian (%)", "IKU": "kode indikator kinerja utama"}


def r_singkat(satuan=""):
    """A TAB table with one- to three-letter column heads (`T`, `R`, `C`; `Pg`, `Rl`, `Ss`, `Sr`;
    `Ds`, `L`, `P`, `Jml`) explained in a `Keterangan` legend under it; in a capaian table the
    indicator is only its code (`IKU-03`), the legend giving each code's indicator."""
    def r(d, cap, head, rows):
        k = jenis(head)
        hh = [SINGKAT.get(str(h), str(h)) for h in head]
        if k == "cap":
            hh = ["No", "IKU", "Sat", "T", "R", "C"]
        d.L(cap + satuan if k == "ang" else cap, "")
        d.R(*hh)
        kode = []
        for x in rows:
            x = list(x)
            if k == "cap":
                kode.append((f"IKU-{int(x[0]):02d}", x[1]))
                x[1] = kode[-1][0]
            d.R(*x)
        d.L("", "Keterangan:")
        for kd, nm in kode:
            d.L(f"{kd} = {nm}")
        d.L("; ".join(f"{h} = {ARTI[h]}" for h in hh if h in ARTI and h != "IKU"), "")
    return r


def tanda_pm(v, fmt=id_dec):
    """A signed figure as the analysis columns print it: `+3,86`, `−1,75` (a true minus), `0,00`."""
    if v > 0:
        return "+" + fmt(v)
    if v < 0:
        return "\u2212" + fmt(-v)
    return fmt(0)


def r_analisis(d, cap, head, rows):
    """A TAB table with the analysts' extra columns: capaian with `Deviasi (R−T)`, the budget with
    `Deviasi (Rl−Pg)` (the unspent money as a negative figure), SAKIP components with `Selisih thd
    Bobot`, the DPT with a running total `Kumulatif L+P` down the kecamatan rows."""
    k = jenis(head)
    d.L(cap, "")
    if k == "cap":
        d.R(*head, "Deviasi (R\u2212T)")
        for x in rows:
            t, r = angka_ke(x[3]), angka_ke(x[4])
            d.R(*x, tanda_pm(round(r - t, 2)) if None not in (t, r) else "")
    elif k == "ang":
        d.R(*head, "Deviasi (Rl\u2212Pg)")
        for x in rows:
            d.R(*x, tanda_pm(int(angka_ke(x[3]) - angka_ke(x[2])), id_int))
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


def r_perbaris(d, cap, head, rows):
    """One small table a row, as a Word report laid out per indicator (per program, per
    kecamatan): the row's number and name as a heading line, then the other columns' header and
    the row's figures under it (TAB), a blank line between them."""
    d.L(cap, "")
    for x in rows:
        d.L(f"{x[0]}. {x[1]}" if str(x[0]) != "" else f"{x[1]}")
        d.R(*head[2:])
        d.R(*x[2:])
        d.B()


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
