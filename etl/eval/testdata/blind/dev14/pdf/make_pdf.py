#!/usr/bin/python3
"""PDF twins of four dev14/ texts, in a look no earlier batch used: a web page printed from the
browser (Ctrl+P) - in the top margin of every page the print date and time at the left and the page
title in the middle, in the bottom margin the page's address at the left and `n/N` at the right, all
in small grey type; the report itself in DejaVu Sans on portrait A4, headings in a blue web colour,
and every table as a framework's default HTML table: full width, no vertical rules and no shading, a
thin grey line above every row, the header in bold with a heavier grey line under it, figures
right-aligned. Written from the text twin line by line (TAB rows become table rows, form feeds new
pages), so the facts are the text's; `n/N` needs the page count, so each PDF is built twice.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev14/pdf/make_pdf.py
"""
import itertools, json, os, re
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
FONT = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Web", FONT + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Web-Bold", FONT + "DejaVuSans-Bold.ttf"))
BASES = ["lakip-rote-ndao-2023", "lkjip-sumba-tengah-2023", "lkj-ngada-2019", "lkj-ttu-2023"]
CETAK = {"lakip-rote-ndao-2023": "29/01/24 10.42", "lkjip-sumba-tengah-2023": "26/01/24 14.05",
         "lkj-ngada-2019": "28/01/20 09.17", "lkj-ttu-2023": "29/01/24 15.33"}  # the print stamps
BIRU = colors.Color(0.05, 0.33, 0.62)
ABU = colors.Color(0.45, 0.45, 0.45)
GARIS = colors.Color(0.82, 0.82, 0.82)
PROSA = ParagraphStyle("prosa", fontName="Web", fontSize=8.6, leading=12, spaceAfter=4)
JUDUL = ParagraphStyle("judul", fontName="Web-Bold", fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=3, textColor=BIRU)
KAPSI = ParagraphStyle("kapsi", fontName="Web", fontSize=7.8, leading=10, spaceBefore=3, spaceAfter=2, textColor=ABU)
SEL = ParagraphStyle("sel", fontName="Web", fontSize=6.6, leading=8.2)
ANGKA = re.compile(r"^[\d.,%\s≥≤\"-]+$|^Rp [\d.]+$|^[\d.,]+ (%|poin|desa|TPS|jiwa)$")


def pinggir(base, judul, total):
    """The browser's header and footer, drawn on every page."""
    def gambar(c, doc):
        w, h = A4
        c.saveState()
        c.setFont("Web", 6.5)
        c.setFillColor(ABU)
        c.drawString(10 * mm, h - 8 * mm, CETAK[base])
        c.drawCentredString(w / 2, h - 8 * mm, judul)
        c.drawString(10 * mm, 7 * mm, f"https://ekinerja.kpu-ntt.go.id/laporan/{base}/cetak")
        c.drawRightString(w - 10 * mm, 7 * mm, f"{doc.page}/{total}")
        c.restoreState()
    return gambar


def ukur(rows, lebar):
    """Column widths: figure columns as wide as their longest cell, text columns sharing the rest."""
    n = len(rows[0])
    panjang = [max(len(r[j]) for r in rows) for j in range(n)]
    teks = [j for j in range(n) if panjang[j] > 26]
    sempit = {j: max(8 * mm, panjang[j] * 1.65 * mm + 5 * mm) for j in range(n) if j not in teks}
    sisa = lebar - sum(sempit.values())
    return [max(sisa / len(teks), 24 * mm) if j in teks else sempit[j] for j in range(n)]


def tabel(rows):
    """A table as the browser prints it; one wider than the page is shrunk to fit (type and widths
    alike), as the browser's shrink-to-fit does."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    lebar = 186 * mm
    w = ukur(rows, lebar)
    f = min(1.0, lebar / sum(w))
    w = [x * f for x in w]
    sel = ParagraphStyle("s", parent=SEL, fontSize=SEL.fontSize * f, leading=SEL.leading * f)
    kanan = ParagraphStyle("k", parent=sel, alignment=2)
    kepala = ParagraphStyle("h", parent=sel, fontName="Web-Bold")
    data = [[Paragraph(escape(c), kepala if i == 0 else (kanan if ANGKA.match(c.strip() or "x") else sel))
             for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=w, repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.4, GARIS),
                           ("LINEABOVE", (0, 1), (-1, -1), 0.4, GARIS),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6 * f), ("RIGHTPADDING", (0, 0), (-1, -1), 6 * f),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]))
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
            out += [tabel([x.split("\t") for x in run]), Spacer(1, 6)]
        else:
            out += [f for f in map(baris, run) if f is not None]
    return out


def bangun(base, pdf, judul, total):
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=16 * mm,
                            bottomMargin=15 * mm, title=judul, author="", subject="", creator="")
    g = pinggir(base, judul, total)
    doc.build(cerita(base), onFirstPage=g, onLaterPages=g)
    return doc.page


def main():
    for base in BASES:
        pdf = os.path.join(HERE, base + ".pdf")
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        judul = f"e-Kinerja | Laporan Kinerja {t['tahun']}"
        n = bangun(base, pdf, judul, 0)
        bangun(base, pdf, judul, n)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
