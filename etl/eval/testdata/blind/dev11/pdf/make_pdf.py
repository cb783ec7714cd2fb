#!/usr/bin/python3
"""PDF twins of four dev11/ texts, in a look no earlier batch used: every page opens with a big
coloured header band (the office and the report's title, white on teal, the page number in it),
prose in a serif face, and each table set in a small sans font with dotted row rules and no
vertical lines, the header row in small bold caps on a pale band. Written from the text twin
line by line (TAB rows become table rows, form feeds new pages), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev11/pdf/make_pdf.py
"""
import json, os
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
BASES = ["lkj-nagekeo-2020", "lkj-rote-ndao-2024", "lkj-manggarai-timur-2021", "lkj-sabu-raijua-2023"]
TEAL = colors.HexColor("#0f5c63")
PROSA = ParagraphStyle("prosa", fontName="Times-Roman", fontSize=9.5, leading=12, spaceAfter=3)
JUDUL = ParagraphStyle("judul", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=3,
                       textColor=TEAL)
SEL = ParagraphStyle("sel", fontName="Helvetica", fontSize=6.5, leading=7.8)
KEPALA = ParagraphStyle("kepala", parent=SEL, fontName="Helvetica-Bold")


def band(judul):
    def gambar(c, doc):
        w, h = A4
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, h - 28 * mm, w, 28 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(16 * mm, h - 14 * mm, "KPU " + judul.upper())
        c.setFont("Helvetica", 9)
        c.drawString(16 * mm, h - 21 * mm, "Laporan Kinerja Instansi Pemerintah")
        c.drawRightString(w - 16 * mm, h - 21 * mm, f"hal. {doc.page}")
        c.restoreState()
    return gambar


def tabel(rows):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    data = [[Paragraph(escape(c), KEPALA if i == 0 else SEL) for c in r] for i, r in enumerate(rows)]
    lebar = 178 * mm
    panjang = [max(len(r[j]) for r in rows) for j in range(n)]
    teks = [j for j in range(n) if panjang[j] > 24]
    sempit = {j: max(9 * mm, panjang[j] * 1.45 * mm + 5 * mm) for j in range(n) if j not in teks}
    sisa = lebar - sum(sempit.values())
    w = [sisa / len(teks) if j in teks else sempit[j] for j in range(n)] if teks and sisa > 30 * mm else [lebar / n] * n
    t = Table(data, colWidths=w, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcecee")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey, 1, (1, 2)),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]))
    return t


def make(base):
    lines = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read().split("\n")
    judul = "Kabupaten " + base.split("-", 1)[1].rsplit("-", 1)[0].replace("-", " ").title()
    story, buf = [], []

    def tutup():
        if buf:
            story.append(tabel(buf))
            story.append(Spacer(1, 4))
            buf.clear()
    for ln in lines:
        if "\t" in ln:
            buf.append(ln.split("\t"))
            continue
        tutup()
        if ln == "\f":
            story.append(PageBreak())
        elif not ln.strip():
            story.append(Spacer(1, 3))
        elif ln.isupper() or ln[:4] in ("BAB ", "A. C", "B. E", "C. R", "D. D") or ln.startswith("Tabel "):
            story.append(Paragraph(escape(ln), JUDUL))
        else:
            story.append(Paragraph(escape(ln), PROSA))
    tutup()
    pdf = os.path.join(HERE, base + ".pdf")
    doc = SimpleDocTemplate(pdf, pagesize=A4, topMargin=34 * mm, bottomMargin=16 * mm, leftMargin=16 * mm,
                            rightMargin=16 * mm, title=base, author="Sekretariat KPU")
    doc.build(story, onFirstPage=band(judul), onLaterPages=band(judul))
    with open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8") as f:
        t = dict(json.load(f), path=f"pdf/{base}.pdf", format="pdf")
    with open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(t, ensure_ascii=False, indent=1) + "\n")
    print(pdf, os.path.getsize(pdf), "bytes")


if __name__ == "__main__":
    for b in BASES:
        make(b)
