#!/usr/bin/python3
"""PDF twins of four dev8 documents, typeset from their text twins with ReportLab.

The look is a spreadsheet printed with gridlines, unlike dev4/pdf (ruled grids), dev5/pdf
(borderless landscape, two columns), dev6/pdf (Word report, zebra rows) and dev7/pdf (typed form,
double rules, small capitals): every table is a block of sheet cells with a grey column-letter bar
(`A B C …`) above it and a grey row-number column (`1 2 3 …`, counted per table) at its left, thin
grey gridlines around every cell, Arial-like Helvetica 7 pt, text cells wrapped, numbers
right-aligned. When a table runs over a page the letter bar repeats (print titles), not the
report's own header row. A line between two table rows (a dapil heading) becomes a merged row.
Each page carries the workbook and sheet name at its head and `Page n of N` centred at its foot;
running headers and page numbers of the text are dropped. Prose between the tables is plain
Helvetica paragraphs. Form feeds start a new page.
Run from etl/eval/testdata/blind/: /usr/bin/python3 dev8/pdf/make_pdf.py   (Debian python,
which sees python3-reportlab; deterministic bytes: invariant mode, standard fonts only)
"""
import json, os, re
from xml.sax.saxutils import escape
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
DOCS = ["lkj-belu-2024", "lkj-ende-2022", "lkj-sumba-timur-2019", "lkj-manggarai-barat-2022"]
TEKS = ParagraphStyle("teks", fontName="Helvetica", fontSize=8.8, leading=11.6, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=9.4, leading=12.4, spaceBefore=4, spaceAfter=3)
COVER = ParagraphStyle("cover", fontName="Helvetica-Bold", fontSize=14, leading=20, alignment=TA_CENTER)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=7, leading=8.4)
MERGED = ParagraphStyle("merged", fontName="Helvetica-Bold", fontSize=7, leading=8.4)
GRID = colors.Color(0.72, 0.72, 0.72)
BAR = colors.Color(0.9, 0.9, 0.9)
WIDTH = A4[0] - 3.2 * cm
NUM = re.compile(r"^\(?-?(Rp\.?\s?|IDR\s?)?[\d.,]+%?\*?\)?(,-)?$|^-$")
NOISE = re.compile(r"\t- \d+ -$")


def letters(n):
    out = []
    for i in range(n):
        s, k = "", i
        while True:
            s = chr(65 + k % 26) + s
            k = k // 26 - 1
            if k < 0:
                break
        out.append(s)
    return out


def pieces(text):
    """The text cut into ('page',), ('sheet', rows), ('prose', lines) (a blank line ends a prose
    block): TAB lines make sheet rows;
    a plain line with sheet rows on both sides joins the sheet as a merged row (None, line);
    running headers (`… \\t- 27 -`) are dropped."""
    lines = [ln for ln in text.split("\n") if not NOISE.search(ln)]
    out = []
    for i, ln in enumerate(lines):
        if ln == "\f":
            out.append(("page", None))
        elif "\t" in ln:
            if out and out[-1][0] == "sheet":
                out[-1][1].append(ln.split("\t"))
            else:
                out.append(("sheet", [ln.split("\t")]))
        elif not ln.strip():
            out.append(("gap", None))
        elif out and out[-1][0] == "sheet" and i + 1 < len(lines) and "\t" in lines[i + 1]:
            out[-1][1].append([None, ln])
        elif out and out[-1][0] == "prose" and lines[i - 1].strip():
            out[-1][1].append(ln)
        else:
            out.append(("prose", [ln]))
    return [p for p in out if p[0] != "gap"]


def sheet(rows):
    """A table printed as spreadsheet cells: letter bar, row numbers, gridlines."""
    n = max(len(r) for r in rows if r[0] is not None)
    body = [r for r in rows if r[0] is not None]
    numeric = [all(j >= len(r) or not r[j] or NUM.match(r[j].strip()) for r in body[1:]) for j in range(n)]
    longest = [max([len(r[j]) for r in body if j < len(r)] + [2]) for j in range(n)]
    w = [None if (not numeric[j] and longest[j] > 18) else min(longest[j] * 4.3 + 9, 3.3 * cm) for j in range(n)]
    free = WIDTH - 0.8 * cm - sum(x for x in w if x)
    wide = [j for j in range(n) if w[j] is None]
    for j in wide:
        w[j] = max(free / len(wide), 2.2 * cm)
    data = [[""] + letters(n)]
    style = [("FONT", (0, 0), (-1, -1), "Helvetica", 7), ("GRID", (0, 0), (-1, -1), 0.3, GRID),
             ("BACKGROUND", (0, 0), (-1, 0), BAR), ("BACKGROUND", (0, 0), (0, -1), BAR),
             ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
             ("RIGHTPADDING", (0, 0), (-1, -1), 2.5), ("TEXTCOLOR", (0, 0), (-1, 0), colors.Color(0.3, 0.3, 0.3)),
             ("TEXTCOLOR", (0, 0), (0, -1), colors.Color(0.3, 0.3, 0.3))]
    for i, r in enumerate(rows, 1):
        if r[0] is None:
            data.append([str(i), Paragraph(escape(r[1]), MERGED)] + [""] * (n - 1))
            style.append(("SPAN", (1, i), (-1, i)))
            continue
        r = r + [""] * (n - len(r))
        data.append([str(i)] + [c if (not c or NUM.match(c.strip())) else Paragraph(escape(c), CELL) for c in r])
        for j, c in enumerate(r):
            if c and NUM.match(c.strip()) and i > 1:
                style.append(("ALIGN", (j + 1, i), (j + 1, i), "RIGHT"))
    return Table(data, colWidths=[0.8 * cm] + w, style=TableStyle(style), repeatRows=1, hAlign="LEFT")


def prose(lines):
    """One block of text lines (blank lines cut blocks): a block of short lines none of which
    ends a sentence is a stack of headings, any other block one paragraph."""
    if all(len(ln) < 80 and not ln.rstrip().endswith((".", ";", ":")) for ln in lines):
        return [Paragraph(escape(ln), SUB) for ln in lines]
    return [Paragraph(escape(" ".join(ln.strip() for ln in lines)), TEKS)]


def furniture(base, pages):
    """Draws the workbook and sheet name at the head of a page and `Page n of N` at its foot
    (pages = N, known from a first build)."""
    def draw(cv, doc):
        cv.saveState()
        cv.setFont("Helvetica", 7)
        cv.setFillColor(colors.Color(0.35, 0.35, 0.35))
        cv.drawString(1.6 * cm, A4[1] - 1.1 * cm, f"{base}.xlsx")
        cv.drawRightString(A4[0] - 1.6 * cm, A4[1] - 1.1 * cm, "Sheet: LKj")
        cv.drawCentredString(A4[0] / 2, 0.9 * cm, f"Page {cv.getPageNumber()} of {pages or '?'}")
        cv.restoreState()
    return draw


def story_of(base):
    """The flowables of a twin: the cover (everything before the first form feed) centred low on
    page one, then sheets and prose, each form feed a page break."""
    parts = pieces(open(os.path.join(BATCH, base + ".txt"), encoding="utf-8").read())
    cut = next(i for i, p in enumerate(parts) if p[0] == "page")
    story = [Spacer(1, 5.5 * cm)] + [Paragraph(escape(ln), COVER) for _, lines in parts[:cut] for ln in lines]
    render = {"page": lambda _: [PageBreak()], "sheet": lambda rows: [sheet(rows), Spacer(1, 6)], "prose": prose}
    for kind, val in parts[cut:]:
        story += render[kind](val)
    return story


def make(base):
    """Builds the twin twice: the first build counts the pages the footer's `of N` needs."""
    out = os.path.join(HERE, base + ".pdf")
    pages = None
    for _ in range(2):
        doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.7 * cm,
                                bottomMargin=1.6 * cm, title=base, author="KPU", creator="dev8/pdf/make_pdf.py")
        draw = furniture(base, pages)
        doc.build(story_of(base), onFirstPage=draw, onLaterPages=draw)
        pages = doc.page
    with open(os.path.join(BATCH, "truth", base + ".json"), encoding="utf-8") as f:
        t = dict(json.load(f), path=f"pdf/{base}.pdf", format="pdf")
    with open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(t, ensure_ascii=False, indent=1) + "\n")
    print(f"dev8/pdf/{base}.pdf: {os.path.getsize(out)} bytes, {pages} pages")


if __name__ == "__main__":
    for b in DOCS:
        make(b)
