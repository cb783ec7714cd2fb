#!/usr/bin/python3
"""PDF twins of four dev5 documents, typeset from their text twins with ReportLab.

The look differs from dev4/pdf on purpose: tables have no grid (only a rule under the header and
above a total row), header rows are shaded and repeat when a table runs over a page, a page whose
table has nine or more columns is set in landscape, and pages without a table are set in two
columns. Prose lines are reflowed into paragraphs; short lines (headings, signature, running
headers and footers) stay lines; form feeds start a new page. The truth of a twin is its text
twin's with path pdf/<base>.pdf and format pdf.
Run from etl/eval/testdata/blind/: /usr/bin/python3 dev5/pdf/make_pdf.py   (Debian python,
which sees python3-reportlab; deterministic bytes: invariant mode)
"""
import json, os, re
from xml.sax.saxutils import escape
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,  # noqa: E402
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
DOCS = ["lkj-sumba-tengah-2024", "lkj-malaka-2022", "lkj-manggarai-timur-2019", "lkj-sumba-barat-daya-2022"]
# typeset as one flow, the text's page breaks ignored (a Word file whose pages fall elsewhere):
# its long budget table then runs over a page and repeats its shaded header
MENGALIR = {"lkj-sumba-barat-daya-2022"}
FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FONTS + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", FONTS + "DejaVuSansCondensed-Bold.ttf"))
PROSE = ParagraphStyle("prose", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=5)
SHORT = ParagraphStyle("short", fontName="Sans", fontSize=9.5, leading=12)
TITLE = ParagraphStyle("title", fontName="Sans-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)
CELL = ParagraphStyle("cell", fontName="Sans", fontSize=7.5, leading=9)
HCELL = ParagraphStyle("hcell", fontName="Sans-Bold", fontSize=7.5, leading=9)
M = 1.8 * cm
SHADE = colors.Color(0.86, 0.89, 0.93)


def numeric(cell):
    s = cell.replace("Rp.", "").replace("Rp", "").replace("%", "").strip(" ()")
    return bool(s) and all(ch.isdigit() or ch in ".,-" for ch in s)


def pages(text):
    """The text's pages, each a list of blocks: ("table", rows) or ("lines", [line, ...])."""
    out = []
    for page in text.split("\n\f\n"):
        blocks = []
        for line in page.split("\n"):
            kind = "table" if "\t" in line else "lines"
            item = line.split("\t") if kind == "table" else line
            if blocks and blocks[-1][0] == kind:
                blocks[-1][1].append(item)
            else:
                blocks.append((kind, [item]))
        out.append(blocks)
    return out


def prose(lines):
    """Reflows prose: a block between blank lines whose lines (but its last) are long is one
    paragraph; any other block (headings, lists, contents, signature) keeps its lines."""
    flow, block = [], []
    for line in lines + [""]:
        s = line.strip()
        if s:
            block.append(s)
            continue
        if len(block) > 1 and all(len(x) >= 55 and "...." not in x for x in block[:-1]) and \
                not re.match(r"[a-z0-9]{1,2}\. |• ", block[1]):
            flow.append(Paragraph(escape(" ".join(block)), PROSE))
        else:
            for x in block:
                big = len(x) < 70 and (x.isupper() or x.startswith(("BAB", "Tabel", "Table", "CHAPTER")))
                flow.append(Paragraph(escape(x), TITLE if big else (PROSE if len(x) >= 55 else SHORT)))
        block = []
    return flow


def table(rows, width):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    head = 0
    while head < len(rows) and not any(numeric(c) and not re.fullmatch(r"(19|20)\d\d", c) for c in rows[head][1:]):
        head += 1
    head = min(head, 2)
    w = lambda t: pdfmetrics.stringWidth(t, "Sans-Bold", 7.5) + 14
    nat = [max([w(r[i]) for r in rows[head:] or rows] + [w(x) for r in rows[:head] for x in r[i].split()])
           for i in range(n)]
    wide = [i for i in range(n) if nat[i] > 90 and not all(numeric(r[i]) or not r[i] for r in rows[head:])]
    rest = width - sum(nat[i] for i in range(n) if i not in wide)
    widths = [max(rest / len(wide), 60) if i in wide else nat[i] for i in range(n)] if wide else nat
    body = [[Paragraph(escape(c), HCELL if j < head else CELL) if i in wide or j < head else c
             for i, c in enumerate(r)] for j, r in enumerate(rows)]
    style = [("FONT", (0, 0), (-1, -1), "Sans", 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for j in range(head if head > 1 else 0):  # a group heading spans the empty cells after it
        for i, c in enumerate(rows[j]):
            k = i + 1
            while c and k < n and not rows[j][k]:
                k += 1
            if c and k > i + 1:
                style.append(("SPAN", (i, j), (k - 1, j)))
                style.append(("ALIGN", (i, j), (k - 1, j), "CENTER"))
    if head:
        style += [("BACKGROUND", (0, 0), (-1, head - 1), SHADE), ("LINEBELOW", (0, head - 1), (-1, head - 1), 0.6, colors.black)]
    for j, r in enumerate(rows):
        if j >= head and any(c.strip().upper().startswith(("JUMLAH", "TOTAL")) for c in r[:2]):
            style += [("LINEABOVE", (0, j), (-1, j), 0.4, colors.black), ("FONT", (0, j), (-1, j), "Sans-Bold", 7.5)]
        for i, c in enumerate(r):
            if j >= head and numeric(c):
                style.append(("ALIGN", (i, j), (i, j), "RIGHT"))
    return Table(body, colWidths=widths, repeatRows=head, style=TableStyle(style), hAlign="LEFT")


def build(base):
    text = open(os.path.join(BATCH, base + ".txt"), encoding="utf-8").read()
    pw, ph = A4
    lw, lh = landscape(A4)
    half = (pw - 2 * M - 0.6 * cm) / 2
    templates = [PageTemplate("satu", [Frame(M, M, pw - 2 * M, ph - 2 * M)]),
                 PageTemplate("dua", [Frame(M, M, half, ph - 2 * M), Frame(M + half + 0.6 * cm, M, half, ph - 2 * M)]),
                 PageTemplate("datar", [Frame(M, M, lw - 2 * M, lh - 2 * M)], pagesize=(lw, lh))]
    out = os.path.join(HERE, base + ".pdf")
    doc = BaseDocTemplate(out, pagesize=A4, pageTemplates=templates, title="Laporan Kinerja", author="", subject="",
                          creator="", leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M)
    story = []
    for k, blocks in enumerate(pages(text.replace("\n\f\n", "\n\n") if base in MENGALIR else text)):
        tables = [rows for kind, rows in blocks if kind == "table"]
        name = "datar" if any(max(len(r) for r in t) >= 9 for t in tables) else ("satu" if tables or k == 0 or "...." in str(blocks) else "dua")
        width = (lw if name == "datar" else pw) - 2 * M
        if k == 0:
            templates.insert(0, templates.pop([t.id for t in templates].index(name)))
            doc.pageTemplates = templates
        else:
            story += [NextPageTemplate(name), PageBreak()]
        for kind, rows in blocks:
            story += [table(rows, width), Spacer(1, 6)] if kind == "table" else prose(rows)
    doc.build(story)
    t = json.load(open(os.path.join(BATCH, "truth", base + ".json"), encoding="utf-8"))
    t["path"], t["format"] = f"pdf/{base}.pdf", "pdf"
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    with open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"pdf/{base}.pdf {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    for b in DOCS:
        build(b)
