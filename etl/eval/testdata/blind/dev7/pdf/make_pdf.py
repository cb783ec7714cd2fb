#!/usr/bin/python3
"""PDF twins of four dev7 documents, typeset from their text twins with ReportLab.

The look is a typed government form, unlike dev4/pdf (ruled grids), dev5/pdf (borderless,
landscape, two columns) and dev6/pdf (Word report, zebra rows): every page carries a letterhead
(`KOMISI PEMILIHAN UMUM KABUPATEN …` over its address) closed by a double rule, and at its foot a
paraf block (`Paraf Sekretaris: ……`) beside `Lembar n dari N`. Prose is ragged-right Helvetica.
Tables have no vertical rules at all: a double rule above the header and under the last row, a
thin rule under the header, header cells in small capitals (a larger first letter, the rest
upper case and smaller), numbers right-aligned; a table that runs over a page does NOT repeat its
header. A line of text between two table rows (a `Sasaran Strategis n:` group heading) spans the
table; a running header or page number the text carries between rows is dropped (the form has
its own). Form feeds start a new page. The truth of a twin is its text twin's with path
pdf/<base>.pdf and format pdf.
Run from etl/eval/testdata/blind/: /usr/bin/python3 dev7/pdf/make_pdf.py   (Debian python,
which sees python3-reportlab; deterministic bytes: invariant mode; standard fonts only)
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
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
DOCS = {"lkj-sumba-timur-2024": ("KABUPATEN SUMBA TIMUR", "Jl. Prof. Dr. W. Z. Johannes, Waingapu"),
        "lkj-ende-2023": ("KABUPATEN ENDE", "Jalan Eltari No. 5, Ende"),
        "lkj-kabupaten-kupang-2023": ("KABUPATEN KUPANG", "Jalan Timor Raya, Oelamasi"),
        "lkjip-alor-2019": ("KABUPATEN ALOR", "Jalan Diponegoro, Kalabahi")}
PROSA = ParagraphStyle("prosa", fontName="Helvetica", fontSize=9.2, leading=12.4, spaceAfter=4)
JUDUL = ParagraphStyle("judul", fontName="Helvetica-Bold", fontSize=9.8, leading=13, spaceBefore=5, spaceAfter=2)
SAMPUL = ParagraphStyle("sampul", fontName="Helvetica-Bold", fontSize=15, leading=21, alignment=TA_CENTER)
SEL = ParagraphStyle("sel", fontName="Helvetica", fontSize=7.4, leading=8.8)
SELG = ParagraphStyle("selg", fontName="Helvetica-Oblique", fontSize=7.4, leading=8.8)
KEPALA = ParagraphStyle("kepala", fontName="Helvetica-Bold", fontSize=7.2, leading=8.8)
LEBAR = A4[0] - 3.6 * cm
ANGKA = re.compile(r"^[-(]?(Rp\s?)?[\d.,]+%?\)?$|^-$")


def kapital_kecil(s):
    """Small capitals as a typewriter form fakes them: each word's first letter full size, the
    rest upper case one size smaller."""
    out = []
    for w in s.split():
        out.append(escape(w[0].upper()) + (f'<font size="5.9">{escape(w[1:].upper())}</font>' if w[1:] else ""))
    return " ".join(out)


def blok(text):
    """The text as blocks: ('ff',), ('tabel', rows) and ('teks', lines); a non-TAB line directly
    between two TAB rows joins the table as a spanning row (None, text); running headers and
    page numbers between rows (`… \\t- 24 -`, `… | 19`) are dropped."""
    lines = text.split("\n")
    keep = []
    for i, ln in enumerate(lines):
        if re.search(r"\t- \d+ -$", ln) or re.search(r"\| \d+$", ln):
            continue
        keep.append(ln)
    out = []
    for i, ln in enumerate(keep):
        if ln == "\f":
            out.append(("ff", None))
        elif "\t" in ln:
            cells = ln.split("\t")
            if out and out[-1][0] == "tabel":
                out[-1][1].append(cells)
            else:
                out.append(("tabel", [cells]))
        elif not ln.strip():
            out.append(("kosong", None))
        else:
            prev_tab = out and out[-1][0] == "tabel"
            nxt = keep[i + 1] if i + 1 < len(keep) else ""
            if prev_tab and "\t" in nxt:
                out[-1][1].append([None, ln])
            elif out and out[-1][0] == "teks":
                out[-1][1].append(ln)
            else:
                out.append(("teks", [ln]))
    return [b for b in out if b[0] != "kosong"]


def tabel(rows):
    n = max(len(r) for r in rows if r[0] is not None or len(r) > 2)
    data, style, spans = [], [], []
    kepala_ada = False
    for i, r in enumerate(rows):
        if r[0] is None:
            data.append([Paragraph(escape(r[1]), SELG)] + [""] * (n - 1))
            spans.append(i)
            continue
        r = r + [""] * (n - len(r))
        if i == 0 and not any(re.search(r"\d\.\d{3}|\d,\d\d", c or "") for c in r):
            kepala_ada = True
            data.append([Paragraph(kapital_kecil(c), KEPALA) if c else "" for c in r])
        else:
            data.append([c if ANGKA.match(c.strip() or "x") or not c else Paragraph(escape(c), SEL) for c in r])
    # widths: numeric columns as wide as their longest cell, text columns share the rest
    num = [all(r[j] is None or ANGKA.match(r[j].strip() or "-") for r in rows[1:] if r[0] is not None and j < len(r))
           for j in range(n)]
    w = []
    for j in range(n):
        longest = max([len(r[j]) for r in rows[1:] if r[0] is not None and j < len(r)] + [3] +
                      [max(len(x) for x in (rows[0][j] or "-").split()) + 1 if j < len(rows[0]) and rows[0][0] else 0])
        w.append(min(longest * 4.6 + 10, 3.4 * cm) if num[j] or longest <= 20 else None)
    free = LEBAR - sum(x for x in w if x)
    texts = [j for j in range(n) if w[j] is None]
    for j in texts:
        w[j] = max(free / len(texts), 1.8 * cm)
    style = [("FONT", (0, 0), (-1, -1), "Helvetica", 7.4), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black, None, None, None, 2, 1.6),
             ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black, None, None, None, 2, 1.6),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if kepala_ada:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black))
    for j in range(n):
        if num[j]:
            style.append(("ALIGN", (j, 1 if kepala_ada else 0), (j, -1), "RIGHT"))
    for i in spans:
        style.append(("SPAN", (0, i), (-1, i)))
    return Table(data, colWidths=w, style=TableStyle(style), repeatRows=0, hAlign="LEFT")


def judul(ln):
    """A heading line: short, no closing period, or a chapter/caption line."""
    return len(ln) < 75 and not ln.rstrip().endswith((".", ",", ";", ":")) or \
        re.match(r"^(BAB|Tabel|Lampiran|LAMPIRAN)\b", ln)


def cerita(lines):
    """Prose lines regrouped: a heading alone, wrapped paragraph lines joined."""
    out, cur = [], []
    for ln in lines:
        if judul(ln) and not cur:
            out.append(Paragraph(escape(ln), JUDUL if not ln.startswith(("Sumber", "Keterangan")) else PROSA))
            continue
        cur.append(ln)
        if ln.rstrip().endswith((".", ":")) or len(ln) < 60:
            out.append(Paragraph(escape(" ".join(cur)), PROSA))
            cur = []
    if cur:
        out.append(Paragraph(escape(" ".join(cur)), PROSA))
    return out


def kanvas(kop, alamat):
    class Form(canvas.Canvas):
        """Letterhead with a double rule on top, paraf block and `Lembar n dari N` at the foot."""
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._pages)
            for i, st in enumerate(self._pages, 1):
                self.__dict__.update(st)
                if i > 1:
                    self.setFont("Helvetica-Bold", 8.5)
                    self.drawCentredString(A4[0] / 2, A4[1] - 1.25 * cm, f"KOMISI PEMILIHAN UMUM {kop}")
                    self.setFont("Helvetica", 7)
                    self.drawCentredString(A4[0] / 2, A4[1] - 1.6 * cm, alamat)
                    self.setLineWidth(1.1)
                    self.line(1.8 * cm, A4[1] - 1.8 * cm, A4[0] - 1.8 * cm, A4[1] - 1.8 * cm)
                    self.setLineWidth(0.4)
                    self.line(1.8 * cm, A4[1] - 1.9 * cm, A4[0] - 1.8 * cm, A4[1] - 1.9 * cm)
                    self.setFont("Helvetica", 7)
                    self.rect(A4[0] - 6.3 * cm, 0.9 * cm, 4.5 * cm, 0.9 * cm, stroke=1, fill=0)
                    self.drawString(A4[0] - 6.1 * cm, 1.45 * cm, "Paraf Sekretaris:")
                    self.drawString(1.8 * cm, 1.2 * cm, f"Lembar {i} dari {n}")
                super().showPage()
            super().save()
    return Form


def buat(base):
    kop, alamat = DOCS[base]
    text = open(os.path.join(BATCH, base + ".txt"), encoding="utf-8").read()
    story, first = [], True
    for kind, val in blok(text):
        if kind == "ff":
            if first:
                story = [Spacer(1, 6 * cm)] + story
                first = False
            story.append(PageBreak())
        elif kind == "tabel":
            story += [tabel(val), Spacer(1, 5)]
        elif first:
            story += [Paragraph(escape(ln), SAMPUL) for ln in val] + [Spacer(1, 10)]
        else:
            story += cerita(val)
    out = os.path.join(HERE, base + ".pdf")
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=2.3 * cm, bottomMargin=2.2 * cm, title=base, author="KPU",
                            creator="dev7/pdf/make_pdf.py")
    doc.build(story, canvasmaker=kanvas(kop, alamat))
    kembar(base)
    print(f"dev7/pdf/{base}.pdf: {os.path.getsize(out)} bytes")


def kembar(base):
    """The twin's truth: the text twin's facts with path pdf/<base>.pdf and format pdf."""
    with open(os.path.join(BATCH, "truth", base + ".json"), encoding="utf-8") as f:
        t = dict(json.load(f), path=f"pdf/{base}.pdf", format="pdf")
    tujuan = os.path.join(HERE, "truth", base + ".json")
    os.makedirs(os.path.dirname(tujuan), exist_ok=True)
    with open(tujuan, "w", encoding="utf-8") as f:
        f.write(json.dumps(t, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    for b in DOCS:
        buat(b)
