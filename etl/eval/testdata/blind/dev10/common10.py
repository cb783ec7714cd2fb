# Shared helpers of the dev10/ authoring scripts (author10a.py, author10b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev9/common9.py (on ../dev8, ../dev7 and ../author/lib.py); this module adds the facts of
# dev9/ to that memory, so every SAKIP score or component, budget total, RB value and kabupaten
# DPT row the corpus already states is reused, never contradicted, plus the few builders the
# dev10 house styles need (wiki, LaTeX, CSV, fixed-width, quoted e-mail).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev9"))

import common9  # noqa: E402
from common9 import (bagian, bahas, buka, capai, check_truth, dpt_of, dpt_rows, en_dec, fakta_anggaran,  # noqa: E402,F401
                     grade_fact, id_dec, id_int, IND, kec_bagi, kec_corpus, KEG, KOMP_ID, komponen, kpu, NAMA,
                     num_fact, ORDER, predikat, PROG, rb_of, rb_prosa, sakip_prosa, sakip_rb, selesai, serapan,
                     skor, total_of, total_or, wil)

common9.ingat("dev9")
KNOWN = common9.KNOWN


def _angka(c):
    """A cell that is a figure (to be right-aligned or marked right in an export)."""
    s = str(c).replace("%", "").replace("\\", "").strip()
    return bool(s) and s[0].isdigit() and all(ch.isdigit() or ch in ".," for ch in s)


def wiki(head, rows, caption=None):
    """A MediaWiki table, as a wiki page's source gives it: `!` header cells joined by `!!`,
    `|-` between rows, `||` between cells, figures carrying a right-align style."""
    out = ['{| class="wikitable"']
    if caption:
        out.append("|+ " + caption)
    out.append("! " + " !! ".join(str(h) for h in head))
    for r in rows:
        out.append("|-")
        out.append("| " + " || ".join(('style="text-align:right" | ' + str(c)) if _angka(c) else str(c) for c in r))
    out.append("|}")
    return out


def latex(head, rows, spec=None, bold_last=False):
    """A LaTeX tabular as its source was typed: a TAB before each `&` (so cells line up in the
    editor), `\\\\` at every row end, `\\hline` rules, `%` escaped."""
    esc = lambda c: str(c).replace("%", "\\%")
    line = lambda cells: "\t& ".join(esc(c) for c in cells) + " \\\\"
    out = ["\\begin{tabular}{" + (spec or "|" + "l|" * len(head)) + "}", "\\hline",
           line(["\\textbf{" + str(h) + "}" for h in head]), "\\hline"]
    for i, r in enumerate(rows):
        if bold_last and i == len(rows) - 1:
            out.append("\\hline")
            r = ["\\textbf{" + str(c) + "}" if c != "" else "" for c in r]
        out.append(line(r))
    out += ["\\hline", "\\end{tabular}"]
    return out


def csv_titik_koma(head, rows):
    """Semicolon-separated values as an Excel of an Indonesian locale saves them (cells holding
    a semicolon quoted)."""
    q = lambda c: '"' + str(c) + '"' if ";" in str(c) else str(c)
    return [";".join(q(c) for c in r) for r in [list(head)] + [list(r) for r in rows]]


def lebar_tetap(head, rows, maks=None):
    """A fixed-width print of a mainframe report: columns padded with spaces (figures right,
    text left), a `----` underline under every header cell; a text cell longer than maks is cut
    onto continuation lines inside its column."""
    maks = maks or {}
    rows = [[str(c) for c in r] for r in rows]
    head = [str(h) for h in head]
    w = [max([len(head[i])] + [min(len(r[i]), maks.get(i, 999)) for r in rows]) for i in range(len(head))]
    num = [all(_angka(r[i]) or r[i] in ("", "-") for r in rows) for i in range(len(head))]

    def fmt(cells):
        return "  ".join(c.rjust(w[i]) if num[i] else c.ljust(w[i]) for i, c in enumerate(cells)).rstrip()
    out = [fmt(head), "  ".join("-" * x for x in w)]
    for r in rows:
        parts = [[r[i]] if num[i] or len(r[i]) <= w[i] else _potong(r[i], w[i]) for i in range(len(r))]
        for k in range(max(len(p) for p in parts)):
            out.append(fmt([p[k] if k < len(p) else "" for p in parts]))
    return out


def _potong(text, w):
    out, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > w:
            out.append(cur)
            cur = word
        else:
            cur = (cur + " " + word).strip()
    return out + [cur]


def tab(head, rows):
    return ["\t".join(str(c) for c in r) for r in [list(head)] + [list(r) for r in rows]]


def T(d, head, rows, gaya, **kw):
    """Print a table in the document's style gaya (tab, wiki, latex, csv, tetap)."""
    f = {"tab": tab, "wiki": wiki, "latex": latex, "csv": csv_titik_koma, "tetap": lebar_tetap}[gaya]
    d.L(*f(head, rows, **kw))
    d.B()


def cap_tabel(d, rows, style="id", pct=""):
    """Capaian rows (key, target, realisasi, arah[, satuan]) declared; returns per row (key,
    target text, realisasi text, capaian cell) as printed (Indonesian 2 decimals; style "en" for
    English notation)."""
    f = id_dec if style == "id" else en_dec
    out = []
    for row in rows:
        k, t, r, a = row[:4]
        sat = row[4] if len(row) > 4 else "persen"
        tt, rt, c = f(t) + pct, f(r) + pct, f(capai(t, r, a))
        num_fact(d, k, t, r, a, satuan=sat, tt=tt, rt=rt, cell=c)
        out.append((k, tt, rt, c))
    return out


def budget_rows(progs, tot, sel, total="JUMLAH"):
    """Rows of a program/kegiatan budget table: sel(kode, nama, pagu, realisasi, level) per line,
    level 1 program, 2 kegiatan, 0 the total line."""
    rows = []
    for prog, ks, p, x in progs:
        rows.append(sel(prog, PROG[prog], p, x, 1))
        for k, kp, kx in ks:
            rows.append(sel(k, KEG[k], kp, kx, 2))
    rows.append(sel("", total, tot[0], tot[1], 0))
    return rows


def mulai(base, satker, tahun, W, nama, sampul, tanda, thn=None, kota=False, **kw):
    """A document of dev10/ up to its first table (common7.buka) and its prose context."""
    c = kpu(nama, thn or f"Tahun {tahun}", kota)
    return c, buka(f"dev10/{base}.txt", satker, tahun, W, c, sampul, tanda, **kw)


def kec_ikut(seed, base, tps, l, p):
    """Kecamatan rows of a second election (name, desa, tps, L, P) that follow the first's
    (base rows) share by share, a little jitter each, summing to the kabupaten's tps, L and P."""
    import random
    r = random.Random(seed)

    def share(total, f):
        w = [b[f] * r.uniform(0.97, 1.03) for b in base]
        parts = [int(total * x / sum(w)) for x in w]
        parts[w.index(max(w))] += total - sum(parts)
        return parts
    ts, ls, ps = share(tps, 2), share(l, 3), share(p, 4)
    return [(b[0], b[1], ts[i], ls[i], ps[i]) for i, b in enumerate(base)]


def dok(base, W, nama, tanda, sampul, **kw):
    """A document of dev10/ opened (mulai): the satker is the one named nama, the year the
    base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama or (s == "5371" and nama == "Kota Kupang"))
    return mulai(base, satker, int(base[-4:]), W, nama, sampul, tuple(tanda.split("|")),
                 kota=satker == "5371", **kw)


def grade_cell(t, r):
    """The capaian cell these reports print for a grade row: 100,00 when the grade is met, a dash
    when it is not (the reports leave the percent out then)."""
    return "100,00" if check_truth.RANK[r] >= check_truth.RANK[t] else "-"


def cap_baris(d, rows, huruf, sel, **kw):
    """A capaian table's rows, declared: the numeric rows (cap_tabel's), then the grade rows huruf
    ((key, target, realisasi as printed), numbered on); sel(no, indikator, target, realisasi,
    capaian cell) gives a row's cells. Returns the rows of cells (printed by the caller)."""
    out = [sel(i, IND[k], tt, rt, cc) for i, (k, tt, rt, cc) in enumerate(cap_tabel(d, rows, **kw), 1)]
    for k, t, rp in huruf:
        r = rp.translate(check_truth.HOMO)
        cell = grade_cell(t, r)
        out.append(sel(len(out) + 1, IND[k], t, rp, cell))
        grade_fact(d, k, t, r, cell, teks_r=rp)
    return out


def kec_baris(d, pemilihan, tahun, kec, label, sel=None):
    """A kecamatan DPT table's rows (kecamatan rows, then the kabupaten line labelled label),
    declared; sel(no, name, desa, tps, L, P) gives a row's cells (no "" for the total line).
    A kecamatan list without village counts prints `-` and is declared without them."""
    sel = sel or (lambda i, n, de, t, a, b: [i, n, de, t, id_int(a), id_int(b), id_int(a + b)])
    desa = None if kec[0][1] is None else sum(k[1] for k in kec)
    rows = [sel(i, n.upper(), "-" if de is None else de, t, a, b) for i, (n, de, t, a, b) in enumerate(kec, 1)]
    rows.append(sel("", label, "-" if desa is None else desa, *[sum(k[f] for k in kec) for f in (2, 3, 4)]))
    dpt_rows(d, pemilihan, tahun, kec, desa, tidak=None if desa is not None else ["jumlah_desa"])
    return rows


def cetak(d, rows, sela=None):
    """TAB rows printed; sela(d) after the row whose first cell is the given break marker."""
    for r in rows:
        d.R(*r)
        if sela and r[0] == sela[0]:
            sela[1](d)


def satuan_kol(ind):
    """The Satuan cell of a capaian row: Predikat, Opini or %."""
    return {IND["akip"]: "Predikat", IND["opini"]: "Opini"}.get(ind, "%")


def tabel_capaian(d, judul, head, rows, huruf, sel, **kw):
    """A captioned capaian TAB table: caption judul, header head, then cap_baris's rows."""
    d.L(judul, "")
    d.R(*head)
    cetak(d, cap_baris(d, rows, huruf, sel, **kw))
