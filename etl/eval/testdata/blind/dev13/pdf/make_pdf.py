#!/usr/bin/python3
"""PDF twins of four dev13/ texts, in a look no earlier batch used: an attested copy (salinan)
on portrait A4 - a pale diagonal `SALINAN` watermark across every page, a stamp box `Salinan sesuai
dengan aslinya` in the top right corner, serif (Times) prose justified, and every table set in the
booktabs manner of a typeset report: no shading and no vertical rules, only a heavy rule above the
header, a thin one under it and a heavy one under the last row; figures right-aligned; footer
`Hal. n` centred. Written from the text twin line by line (TAB rows become table rows, form feeds
new pages), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev13/pdf/make_pdf.py
"""
import itertools, json, os, re
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
BASES = ["lkj-manggarai-2021", "lkj-sumba-timur-2022", "lkj-alor-2021", "lkj-kabupaten-kupang-2022"]
HAL = A4
PROSA = ParagraphStyle("prosa", fontName="Times-Roman", fontSize=10, leading=12.5, spaceAfter=3, alignment=TA_JUSTIFY)
JUDUL = ParagraphStyle("judul", fontName="Times-Bold", fontSize=11.5, leading=14, spaceBefore=5, spaceAfter=3)
KAPSI = ParagraphStyle("kapsi", fontName="Times-Italic", fontSize=9.5, leading=11.5, spaceBefore=3, spaceAfter=2)
SEL = ParagraphStyle("sel", fontName="Times-Roman", fontSize=7.2, leading=8.4)
KANAN = ParagraphStyle("kanan", parent=SEL, alignment=2)
KEPALA = ParagraphStyle("kepala", parent=SEL, fontName="Times-Bold")
ANGKA = re.compile(r"^[\d.,%-]+$")


def halaman(c, doc):
    w, h = HAL
    c.saveState()
    c.setFillColor(colors.Color(0.85, 0.85, 0.85))
    c.setFont("Times-Bold", 90)
    c.translate(w / 2, h / 2)
    c.rotate(40)
    c.drawCentredString(0, -30, "SALINAN")
    c.restoreState()
    c.saveState()
    c.setStrokeColor(colors.Color(0.55, 0.1, 0.1))
    c.setFillColor(colors.Color(0.55, 0.1, 0.1))
    c.rect(w - 62 * mm, h - 17 * mm, 48 * mm, 8 * mm, stroke=1, fill=0)
    c.setFont("Times-Italic", 8)
    c.drawCentredString(w - 38 * mm, h - 14.2 * mm, "Salinan sesuai dengan aslinya")
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 8.5)
    c.drawCentredString(w / 2, 9 * mm, f"Hal. {doc.page}")
    c.restoreState()


def tabel(rows):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    data = [[Paragraph(escape(c), KEPALA if i == 0 else (KANAN if ANGKA.match(c.strip() or "x") else SEL))
             for c in r] for i, r in enumerate(rows)]
    lebar = 180 * mm
    panjang = [max(len(r[j]) for r in rows) for j in range(n)]
    teks = [j for j in range(n) if panjang[j] > 24]
    sempit = {j: max(9 * mm, panjang[j] * 1.55 * mm + 3 * mm) for j in range(n) if j not in teks}
    sisa = lebar - sum(sempit.values())
    w = [sisa / len(teks) if j in teks else sempit[j] for j in range(n)] if teks and sisa > 30 * mm else [lebar / n] * n
    if sum(w) > lebar:
        w = [x * lebar / sum(w) for x in w]
    t = Table(data, colWidths=w, repeatRows=1)
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]))
    return t


def baris(ln):
    """One line of prose as a flowable (None for an empty line)."""
    if ln == "\f":
        return PageBreak()
    if not ln.strip():
        return None
    if ln.startswith(("Tabel ", "Sumber:")):
        return Paragraph(escape(ln), KAPSI)
    gaya = JUDUL if ln.isupper() or ln.startswith(("BAB ", "A. ", "B. ", "C. ", "D. ")) else PROSA
    return Paragraph(escape(ln), gaya)


def cerita(base):
    """The flowables of a text twin: each run of TAB lines one table, every other line a caption,
    heading or paragraph, a form feed a new page."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out += [tabel([x.split("\t") for x in run]), Spacer(1, 5)]
        else:
            out += [f for f in map(baris, run) if f is not None]
    return out


def main():
    for base in BASES:
        pdf = os.path.join(HERE, base + ".pdf")
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        judul = f"Laporan Kinerja {t['tahun']} - {base}"
        doc = SimpleDocTemplate(pdf, pagesize=HAL, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=22 * mm,
                                bottomMargin=16 * mm, title=judul, author="", subject="", creator="")
        doc.build(cerita(base), onFirstPage=halaman, onLaterPages=halaman)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes")


if __name__ == "__main__":
    main()
