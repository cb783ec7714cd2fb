#!/usr/bin/python3
"""PDF twins of four dev4 documents (the product also reads PDFs).

Each PDF is typeset from its text twin with ReportLab (Debian: python3-reportlab, DejaVu fonts
from fonts-dejavu-core so Cyrillic homoglyphs survive): prose blocks become reflowed
paragraphs, runs of TAB rows become real ruled tables (a wrapped row stays several table rows,
as in the Word original), form feeds become page breaks. The truth is the text twin's, with
path pdf/<base>.pdf and format pdf: the facts are identical.
Run from etl/eval/testdata/blind/: /usr/bin/python3 dev4/pdf/make_pdf.py (Debian python, which
sees python3-reportlab; deterministic: invariant
mode, fixed creation date)
"""
import json, os, sys
from reportlab import rl_config
rl_config.invariant = 1  # no timestamps or random ids: the same bytes on every run
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
UNSEEN2 = os.path.dirname(HERE)
DOCS = ["lkj-provinsi-ntt-2020", "lkj-ttu-2024", "lkj-belu-2019", "lkj-sumba-barat-2022"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DejaVu", FONT))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", BOLD))
BODY = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13.5, spaceAfter=6, alignment=4)
LINE = ParagraphStyle("line", fontName="DejaVu", fontSize=10, leading=13)
HEAD = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=11, leading=15, spaceBefore=4, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="DejaVu", fontSize=7.5, leading=9)
WIDTH = A4[0] - 3.6 * cm


def is_head(l):
    s = l.strip()
    return len(s) < 70 and (s.isupper() or s.startswith(("BAB ", "Tabel ", "Table "))) and not s.startswith("Sumber")


def table(rows):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    # a column keeps its natural width when it is narrow (numbers never wrap); the wide text
    # columns share what is left, in proportion to their natural widths
    nat = [max(pdfmetrics.stringWidth(r[i], "DejaVu", 7.5) for r in rows) + 12 for i in range(n)]
    if sum(nat) <= WIDTH:
        widths = [w * WIDTH / sum(nat) for w in nat]
    else:
        fixed = [w if w <= 95 else 0 for w in nat]
        rest = WIDTH - sum(fixed)
        wide = sum(w for w, f in zip(nat, fixed) if not f)
        widths = [f if f else w * rest / wide for w, f in zip(nat, fixed)]
    data = [[Paragraph(escape(c), CELL) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=0)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
    return [t, Spacer(1, 6)]


def story(text):
    out, block, rows = [], [], []

    def flush_block():
        if not block:
            return
        if len(block) > 1 and all(len(l) > 55 for l in block[:-1]):
            out.append(Paragraph(escape(" ".join(l.strip() for l in block)), BODY))
        else:
            for l in block:
                out.append(Paragraph(escape(l.strip()) or "&nbsp;", HEAD if is_head(l) else LINE))
            out.append(Spacer(1, 4))
        block.clear()

    def flush_rows():
        if rows:
            out.extend(table(list(rows)))
            rows.clear()

    for l in text.split("\n"):
        if l == "\f":
            flush_block(); flush_rows(); out.append(PageBreak())
        elif "\t" in l:
            flush_block(); rows.append(l.split("\t"))
        elif not l.strip():
            flush_block(); flush_rows()
        else:
            flush_rows(); block.append(l)
    flush_block(); flush_rows()
    return out


def main():
    for base in DOCS:
        text = open(os.path.join(UNSEEN2, base + ".txt"), encoding="utf-8").read()
        pdf = os.path.join(HERE, base + ".pdf")
        doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                                topMargin=2 * cm, bottomMargin=2 * cm, title=base, author="", subject="", creator="")
        doc.build(story(text))
        t = json.load(open(os.path.join(UNSEEN2, "truth", base + ".json"), encoding="utf-8"))
        t["path"], t["format"] = f"pdf/{base}.pdf", "pdf"
        with open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(pdf, os.path.getsize(pdf), "bytes")


if __name__ == "__main__":
    main()
