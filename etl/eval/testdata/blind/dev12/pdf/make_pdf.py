#!/usr/bin/python3
"""PDF twins of four dev12/ texts, in a look no earlier batch used: landscape A4 pages with a
narrow coloured rule down the left margin and a running footer, prose in a sans face, and every
table set inside a light grey box with no rules at all, its first column on a coloured (plum)
ground in white type, the header row in bold plum. Written from the text twin line by line (TAB
rows become table rows, form feeds new pages), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev12/pdf/make_pdf.py
"""
import json, os
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
BASES = ["lkj-belu-2023", "lkj-ende-2021", "lkj-nagekeo-2021", "lkjip-tts-2022"]
PLUM = colors.HexColor("#6b2d5c")
ABU = colors.HexColor("#efefef")
HAL = landscape(A4)
PROSA = ParagraphStyle("prosa", fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=3)
JUDUL = ParagraphStyle("judul", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=4, spaceAfter=3,
                       textColor=PLUM)
KAPSI = ParagraphStyle("kapsi", fontName="Helvetica-Oblique", fontSize=8.5, leading=11, spaceBefore=3, spaceAfter=2)
SEL = ParagraphStyle("sel", fontName="Helvetica", fontSize=6.3, leading=7.6)
PERTAMA = ParagraphStyle("pertama", parent=SEL, textColor=colors.white)
KEPALA = ParagraphStyle("kepala", parent=SEL, fontName="Helvetica-Bold", textColor=PLUM)


def bingkai(judul):
    def gambar(c, doc):
        w, h = HAL
        c.saveState()
        c.setFillColor(PLUM)
        c.rect(8 * mm, 12 * mm, 2.2 * mm, h - 24 * mm, stroke=0, fill=1)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(16 * mm, 7 * mm, judul)
        c.drawRightString(w - 14 * mm, 7 * mm, f"Halaman {doc.page}")
        c.restoreState()
    return gambar


def tabel(rows):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    kecil = n > 10  # the monthly budget table: a smaller type, numbers never wrapped
    gaya = [KEPALA, PERTAMA, SEL] if not kecil else [ParagraphStyle(g.name + "k", parent=g, fontSize=5, leading=6.2)
                                                     for g in (KEPALA, PERTAMA, SEL)]
    data = [[Paragraph(escape(c), gaya[0] if i == 0 else (gaya[1] if j == 0 else gaya[2])) for j, c in enumerate(r)]
            for i, r in enumerate(rows)]
    lebar = 255 * mm
    panjang = [max(len(r[j]) for r in ((rows[1:] or rows) if kecil else rows)) for j in range(n)]
    teks = [j for j in range(n) if panjang[j] > 22]
    huruf = 1.0 * mm if kecil else 1.35 * mm
    sempit = {j: max(8 * mm, panjang[j] * huruf + 4 * mm) for j in range(n) if j not in teks}
    sisa = lebar - sum(sempit.values())
    w = [sisa / len(teks) if j in teks else sempit[j] for j in range(n)] if teks and sisa > 30 * mm else [lebar / n] * n
    if sum(w) > lebar:
        w = [x * lebar / sum(w) for x in w]
    t = Table(data, colWidths=w, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ABU),
                           ("BACKGROUND", (0, 1), (0, -1), PLUM),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def cerita(base):
    """The flowables of a text twin: each run of TAB lines one boxed table, every other line a
    caption, heading or paragraph, a form feed a new page."""
    import itertools
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out += [tabel([x.split("\t") for x in run]), Spacer(1, 4)]
        else:
            out += [f for f in map(baris, run) if f is not None]
    return out


def baris(ln):
    """One line of prose as a flowable (None for an empty line)."""
    if ln == "\f":
        return PageBreak()
    if not ln.strip():
        return None
    if ln.startswith(("Tabel ", "Sumber:", "Keterangan:")):
        return Paragraph(escape(ln), KAPSI)
    gaya = JUDUL if ln.isupper() or ln.startswith(("BAB ", "A. ", "B. ", "C. ", "D. ")) else PROSA
    return Paragraph(escape(ln), gaya)


def main():
    for base in BASES:
        pdf = os.path.join(HERE, base + ".pdf")
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        judul = f"Laporan Kinerja {t['tahun']} - {base}"
        doc = SimpleDocTemplate(pdf, pagesize=HAL, leftMargin=16 * mm, rightMargin=14 * mm, topMargin=12 * mm,
                                bottomMargin=14 * mm, title=judul, author="", subject="", creator="")
        doc.build(cerita(base), onFirstPage=bingkai(judul), onLaterPages=bingkai(judul))
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes")


if __name__ == "__main__":
    main()
