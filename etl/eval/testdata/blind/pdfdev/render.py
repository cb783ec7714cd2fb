#!/usr/bin/python3
"""Render the blind text documents (dev/, dev2/) as PDFs that look like a
Word/LibreOffice export, for the PDF development corpus pdfdev/.

Usage (from this folder):  /usr/bin/python3 render.py
Needs Debian's python3-reportlab and fonts-dejavu-core.

Every document keeps its words and numbers; only the layout changes, so the
text twin's truth stays valid (copied to truth/<base>.json with path and
format changed). Layout dimensions vary per document, drawn from the sorted
document index so the output is deterministic:

  font        DejaVu Sans / DejaVu Serif / Times-Roman (Times falls back to
              DejaVu Serif when the text has letters outside cp1252)
  table rules full grid / horizontal rules only / borderless
  header      shaded background or bold only; repeated when a table breaks
              across a page, or not
  cells       wrapped inside their column, numbers right-aligned, vertical
              alignment top or middle; grid tables merge the empty cells of a
              two-row header (colspan/rowspan) as Word users do
  page        A4 portrait, running header (not on the cover) and a footer
              with the page number in one of three forms
  prose       hard-wrapped lines are re-joined into paragraphs, justified and
              wrapped again at the PDF's width; a line holding runs of spaces
              (text flattened by a layout extractor) is kept as it is in a
              monospaced font; form feeds are page breaks

Invariant mode fixes the creation date and document id.
"""
import glob
import json
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, Preformatted,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
DEJAVU = "/usr/share/fonts/truetype/dejavu"

for name, f in [("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                ("DejaVuSansMono", "DejaVuSansMono.ttf")]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(DEJAVU, f)))

FONTS = [("DejaVuSans", "DejaVuSans-Bold"), ("DejaVuSerif", "DejaVuSerif-Bold"),
         ("Times-Roman", "Times-Bold")]
RULES = ["grid", "hrules", "borderless"]
FOOTERS = ["Halaman {n}", "- {n} -", "{n}"]
MARGIN = 2.0 * cm
AVAIL = A4[0] - 2 * MARGIN

NUMBER = re.compile(r"^[-+(]?(Rp\.?\s?)?[0-9][0-9.,]*\s?%?\)?(,-)?$|^-$")


def style_of(i, text):
    """The layout dimensions of document i (sorted order)."""
    font, bold = FONTS[i % 3]
    if font == "Times-Roman":
        try:
            text.encode("cp1252")
        except UnicodeEncodeError:
            font, bold = FONTS[1]
    return {
        "font": font, "bold": bold,
        "rules": RULES[(i // 3) % 3],
        "shade": i % 2 == 0 or RULES[(i // 3) % 3] == "borderless" and i % 4 == 1,
        "repeat": (i // 2) % 2 == 0,
        "valign": "MIDDLE" if i % 4 in (0, 3) else "TOP",
        "footer": FOOTERS[i % 3],
        "size": [11, 10.5, 12][i % 3] if font != "Times-Roman" else 12,
    }


LIST = re.compile(r"^\s*(([a-zA-Z]|[0-9]{1,2}|[IVX]{1,4})[.)]|[-\u2022*])\s")


def wrap_width(text):
    """The length of the document's hard-wrapped prose lines."""
    plain = [l for l in text.split("\n") if "\t" not in l and l.strip()]
    lens = sorted(len(l) for l in plain) or [80]
    return lens[int(0.9 * (len(lens) - 1))]


def blocks(lines, wrap):
    """Split a page's lines into ('table', rows), ('pre', lines),
    ('para', text, is_heading) and ('gap',) blocks."""
    out, i = [], 0
    while i < len(lines):
        l = lines[i]
        if not l.strip():
            out.append(("gap",))
            i += 1
        elif "\t" in l:
            rows = []
            while i < len(lines):
                if "\t" in lines[i]:
                    rows.append(lines[i].split("\t"))
                    i += 1
                    continue
                # A heading line between two rows ("Sasaran Strategis 1:")
                # is a merged row of the same table, as a Word user writes it.
                j = i
                while j < len(lines) and lines[j].strip() and "\t" not in lines[j]:
                    j += 1
                if j == i or j >= len(lines) or "\t" not in lines[j] or j - i > 2:
                    break
                rows += [[lines[k].strip()] for k in range(i, j)]
                i = j
            out.append(("table", rows))
        elif "   " in l.strip() or l.startswith("   "):
            pre = []
            while i < len(lines) and lines[i].strip() and "\t" not in lines[i] and (
                    "   " in lines[i].strip() or lines[i].startswith("  ")):
                pre.append(lines[i].rstrip())
                i += 1
            out.append(("pre", pre))
        else:
            para = [l.strip()]
            # A line as long as the document's wrapped lines was wrapped:
            # the next line continues its paragraph.
            while (len(lines[i]) >= 0.75 * wrap and i + 1 < len(lines) and lines[i + 1].strip()
                   and "\t" not in lines[i + 1] and "   " not in lines[i + 1]
                   and not LIST.match(lines[i + 1]) and not NUMBER.match(lines[i + 1].strip())):
                i += 1
                para.append(lines[i].strip())
            i += 1
            text = para[0]
            for nxt in para[1:]:
                # "laki-" at a line end before "laki": one word cut after
                # its hyphen by the text's hard wrap.
                text += nxt if text.endswith("-") and nxt[:1].islower() else " " + nxt
            out.append(("para", text, len(para) == 1))
    return out


def widths(rows, font, bold, nh, size):
    """Column widths that fit AVAIL, or None when the font is too large."""
    n = max(len(r) for r in rows)
    nat, least = [0.0] * n, [0.0] * n
    for ri, r in enumerate(rows):
        f = bold if ri < nh else font
        for c, t in enumerate(r):
            t = t.strip()
            w = pdfmetrics.stringWidth(t, f, size) + 8
            nat[c] = max(nat[c], w)
            words = t.split() or [""]
            least[c] = max(least[c], max(pdfmetrics.stringWidth(x, f, size) for x in words) + 8)
    if sum(least) > AVAIL:
        return None
    if sum(nat) <= AVAIL:
        extra = (AVAIL - sum(nat)) / n
        return [w + extra for w in nat]
    # Wide columns (text) wrap; narrow ones (numbers) keep their width.
    fixed = [nat[c] <= 90 for c in range(n)]
    rest = AVAIL - sum(nat[c] for c in range(n) if fixed[c])
    flex = [c for c in range(n) if not fixed[c]]
    if rest <= 0 or not flex:
        fixed = [False] * n
        rest, flex = AVAIL, list(range(n))
    tot = sum(nat[c] for c in flex)
    out = [nat[c] if fixed[c] else max(least[c], rest * nat[c] / tot) for c in range(n)]
    if sum(out) > AVAIL + 0.5:
        # Minimums pushed it over: take the excess from the widest columns.
        over = sum(out) - AVAIL
        for c in sorted(flex, key=lambda c: -out[c]):
            take = min(over, out[c] - least[c])
            out[c] -= take
            over -= take
        if over > 0.5:
            return None
    return out


def fits(rows, orig, nh, st, ws, size):
    """Whether every word of the rows fits its column at these widths."""
    for ri, (r, o) in enumerate(zip(rows, orig)):
        if o == 1:
            continue
        f = st["bold"] if ri < nh else st["font"]
        for c, t in enumerate(r):
            for x in t.split():
                if pdfmetrics.stringWidth(x, f, size) + 8 > ws[c]:
                    return False
    return True


def header_rows(rows, orig):
    """Leading rows without a number cell are the header (a one-cell
    heading row ends it)."""
    h = 0
    for r, o in zip(rows, orig):
        if o == 1 or any(NUMBER.match(t.strip()) and t.strip() != "-" for t in r):
            break
        h += 1
    return min(h, 2) if h < len(rows) else 0


def table(rows, st, keep=None):
    """A Table flowable; keep is (n, widths, size) of the table this one
    continues after a page break, whose columns it keeps, as in Word."""
    n = max(len(r) for r in rows)
    orig = [len(r) for r in rows]
    rows = [r + [""] * (n - len(r)) for r in rows]
    nh = header_rows(rows, orig)
    if keep and keep[0] == n and fits(rows, orig, nh, st, keep[1], keep[2]):
        ws, size = keep[1], keep[2]
    else:
        size = 9.0
        while True:
            ws = widths([r for r, o in zip(rows, orig) if o > 1], st["font"], st["bold"], nh, size)
            if ws or size <= 5.5:
                break
            size -= 0.5
        if ws is None:
            ws = [AVAIL / n] * n
    st["last"] = (n, ws, size)
    base = ParagraphStyle("cell", fontName=st["font"], fontSize=size, leading=size * 1.2)
    head = ParagraphStyle("head", parent=base, fontName=st["bold"])
    right = ParagraphStyle("num", parent=base, alignment=TA_RIGHT)
    data = []
    for ri, r in enumerate(rows):
        row = []
        for t in r:
            s = head if ri < nh else (right if NUMBER.match(t.strip()) else base)
            indent = len(t) - len(t.lstrip(" "))
            if indent and s is base:
                s = ParagraphStyle("ind", parent=base, leftIndent=size * 0.8 * indent / 3)
            row.append(Paragraph(escape(t.strip()), s))
        data.append(row)
    cmds = [("VALIGN", (0, 0), (-1, -1), st["valign"]),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for ri, r in enumerate(rows):
        if ri >= nh and r[0].strip() and not any(t.strip() for t in r[1:]) and not NUMBER.match(r[0].strip()) \
                and orig[ri] == 1:
            cmds.append(("SPAN", (0, ri), (-1, ri)))
    if nh and st["shade"]:
        cmds.append(("BACKGROUND", (0, 0), (-1, nh - 1), colors.HexColor("#D9E2F3")))
    if st["rules"] == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        if nh == 2:
            # Merge a two-row header's empty cells, as Word users do.
            for c in range(n):
                if rows[0][c].strip() and not rows[1][c].strip():
                    cmds.append(("SPAN", (c, 0), (c, 1)))
            c = 0
            while c < n:
                e = c + 1
                while e < n and rows[0][c].strip() and not rows[0][e].strip() and rows[1][e].strip():
                    e += 1
                if e - c > 1:
                    cmds.append(("SPAN", (c, 0), (e - 1, 0)))
                c = e
    elif st["rules"] == "hrules":
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 0.75, colors.black),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.75, colors.black)]
    t = Table(data, colWidths=ws, repeatRows=nh if st["repeat"] else 0, hAlign="LEFT")
    t.setStyle(TableStyle(cmds))
    return t


def story(text, st):
    body = ParagraphStyle("body", fontName=st["font"], fontSize=st["size"],
                          leading=st["size"] * 1.35, alignment=TA_JUSTIFY, spaceAfter=0)
    heading = ParagraphStyle("h", parent=body, fontName=st["bold"], alignment=TA_LEFT)
    line = ParagraphStyle("l", parent=body, alignment=TA_LEFT)
    out = []
    wrap = wrap_width(text)
    carry = None
    pages = text.split("\f")
    for pi, page in enumerate(pages):
        lines = page.split("\n")
        if pi > 0 and lines and lines[0] == "":
            lines = lines[1:]
        bs = blocks(lines, wrap)
        for bi, b in enumerate(bs):
            if b[0] == "gap":
                out.append(Spacer(1, st["size"] * 0.9))
            elif b[0] == "table":
                # A table that opens a page continues the one that closed
                # the page before when nothing stands between them.
                cont = carry if all(x[0] == "gap" for x in bs[:bi]) else None
                out.append(table(b[1], st, cont))
            elif b[0] == "pre":
                longest = max(len(l) for l in b[1])
                size = min(9.0, AVAIL / (0.61 * max(longest, 1)))
                pre = ParagraphStyle("pre", fontName="DejaVuSansMono", fontSize=size, leading=size * 1.3)
                out.append(Preformatted("\n".join(b[1]), pre))
            else:
                t, single = b[1], b[2]
                s = body
                if single:
                    s = heading if t.isupper() and len(t) < 80 else line
                out.append(Paragraph(escape(t), s))
        last = [b for b in bs if b[0] != "gap"]
        carry = st.get("last") if last and last[-1][0] == "table" else None
        if pi + 1 < len(pages):
            out.append(PageBreak())
    return out


def render(src, dst, i):
    text = open(src, encoding="utf-8").read()
    st = style_of(i, text)
    first = next((l.strip() for l in text.split("\n") if l.strip()), "")
    running = first.title() if first.isupper() else first

    def decorate(canvas, doc):
        canvas.saveState()
        n = doc.page
        if n > 1:
            canvas.setFont(st["font"], 8)
            canvas.drawString(MARGIN, A4[1] - 1.2 * cm, running[:90])
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN, A4[1] - 1.35 * cm, A4[0] - MARGIN, A4[1] - 1.35 * cm)
        canvas.setFont(st["font"], 9)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, st["footer"].format(n=n))
        canvas.restoreState()

    doc = SimpleDocTemplate(dst, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, invariant=1,
                            title=os.path.basename(dst), author="lkj pdfdev", creator="lkj pdfdev render.py")
    doc.build(story(text, st), onFirstPage=decorate, onLaterPages=decorate)
    return st


def main():
    srcs = sorted(glob.glob(os.path.join(BLIND, "dev", "*.txt")) + glob.glob(os.path.join(BLIND, "dev2", "*.txt")),
                  key=os.path.basename)
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    for i, src in enumerate(srcs):
        base = os.path.splitext(os.path.basename(src))[0]
        st = render(src, os.path.join(HERE, base + ".pdf"), i)
        part = os.path.basename(os.path.dirname(src))
        truth = json.load(open(os.path.join(BLIND, part, "truth", base + ".json"), encoding="utf-8"))
        truth["path"] = "pdfdev/" + base + ".pdf"
        truth["format"] = "pdf"
        with open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{base}.pdf: {st['font']}, {st['rules']}, shade={st['shade']}, repeat={st['repeat']}, "
              f"valign={st['valign']}", file=sys.stderr)


if __name__ == "__main__":
    main()
