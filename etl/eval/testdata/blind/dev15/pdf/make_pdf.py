#!/usr/bin/python3
"""PDF twins of four dev15/ texts, in a look no earlier batch used: a line-printer listing on
green-bar continuous-form paper - 14 7/8 x 11 inch fanfold, a tractor strip with sprocket holes and a
dashed perforation down both edges, pale green bands three lines deep across the printing area,
132 columns at 10 characters and 6 lines an inch in a monospaced face (DejaVu Sans Mono), a
listing header on every form (`SEKRETARIAT KPU …  LAPORAN KINERJA <year>  HAL. n`); every TAB table
of the text twin printed as fixed columns, text left- and figures right-aligned, three spaces between
columns, a dashed rule under the header, a too-long text cell folded onto continuation lines within
its column (the figures stay on the row's first line). Written from the text twin line by line (form
feeds a new form), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev15/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
pdfmetrics.registerFont(TTFont("Mono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))
BASES = {"lkjip-sikka-2020": "SIKKA", "lkj-nagekeo-2020": "NAGEKEO", "lkj-malaka-2023": "MALAKA",
         "lakip-lembata-2019": "LEMBATA"}  # base -> the kabupaten the listing header names
W, H = 14.875 * inch, 11 * inch
KOLOM = 132  # print positions a line
BARIS = 60  # lines a form below the listing header
LEAD = 12  # 6 lines an inch
X0 = (W - KOLOM * 0.1 * inch) / 2  # the first print position
Y0 = H - 0.75 * inch  # the listing header's baseline
HIJAU = colors.Color(0.86, 0.94, 0.86)
ABU = colors.Color(0.55, 0.55, 0.55)
ANGKA = re.compile(r"^[\d.,%\s-]+$")
SELA = "   "  # between two columns


def kolom_tabel(rows):
    """A TAB table as fixed columns: widths from the longest cells, the widest text column folded
    until the line fits KOLOM; returns the printed lines."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    w = [max(len(r[j]) for r in rows) for j in range(n)]
    teks = [j for j in range(n) if not all(ANGKA.match(r[j] or "0") for r in rows[1:])]
    while sum(w) + len(SELA) * (n - 1) > KOLOM and teks:
        j = max(teks, key=lambda j: w[j])
        w[j] -= 1
    out = []
    for i, r in enumerate(rows):
        lipat = [textwrap.wrap(c, w[j], break_on_hyphens=False) or [""] if len(c) > w[j] else [c] for j, c in enumerate(r)]
        for k in range(max(len(x) for x in lipat)):
            sel = []
            for j, x in enumerate(lipat):
                c = x[k] if k < len(x) else ""
                sel.append(c.rjust(w[j]) if i > 0 and c and ANGKA.match(c) else c.ljust(w[j]))
            out.append(SELA.join(sel).rstrip())
        if i == 0:
            out.append("-" * min(KOLOM, sum(w) + len(SELA) * (n - 1)))
    return out


def listing(base):
    """The text twin as listing lines, a form feed kept as "\f"."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out += kolom_tabel([x.split("\t") for x in run])
        else:
            for ln in run:
                out += [ln] if ln in ("", "\f") else textwrap.wrap(ln, KOLOM - 4, break_on_hyphens=False)
    return out


def kertas(c):
    """The continuous form: green bands, tractor strips with sprocket holes, perforations."""
    c.setFillColor(HIJAU)
    y = Y0 - LEAD * 2 + 3
    for i in range(0, BARIS, 6):
        c.rect(0.62 * inch, y - LEAD * (i + 3), W - 1.24 * inch, LEAD * 3, stroke=0, fill=1)
    c.setStrokeColor(ABU)
    c.setLineWidth(0.5)
    c.setDash(2, 2)
    for x in (0.5 * inch, W - 0.5 * inch):
        c.line(x, 0, x, H)
    c.setDash()
    for k in range(22):
        yy = H - (k + 0.5) * 0.5 * inch
        for x in (0.25 * inch, W - 0.25 * inch):
            c.circle(x, yy, 0.075 * inch, stroke=1, fill=0)


def cetak(base, judul):
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=(W, H), invariant=1)
    c.setTitle(judul)
    halaman = [list(g) for f, g in itertools.groupby(listing(base), key=lambda x: x == "\f") if not f]
    forms = []
    for h in halaman:
        while h and not h[0].strip():
            h = h[1:]
        forms += [h[i:i + BARIS] for i in range(0, max(len(h), 1), BARIS)]
    for n, isi in enumerate(forms, 1):
        kertas(c)
        c.setFillColor(colors.black)
        c.setFont("Mono", 12)
        kepala = f"{judul}   HAL. {n:>3}"
        c.drawString(X0, Y0, kepala[:KOLOM])
        for i, ln in enumerate(isi):
            c.drawString(X0, Y0 - LEAD * (i + 2), ln)
        c.showPage()
    c.save()
    return pdf, len(forms)


def main():
    for base in BASES:
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base, f"SEKRETARIAT KPU KABUPATEN {BASES[base]}  -  LAPORAN KINERJA {t['tahun']}")
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "forms")


if __name__ == "__main__":
    main()
