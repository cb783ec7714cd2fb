#!/usr/bin/python3
"""PDF twins of four dev6 documents, typeset from their text twins with ReportLab.

The look is unlike dev4/pdf (ruled grids) and dev5/pdf (borderless, landscape, two columns):
a Word-report look with a running header (satker and year) and a `Halaman n dari m` footer on
every page, a cover with a coloured band, justified serif prose, and tables in a condensed sans
face with a dark header row in white bold, zebra-striped body rows, a box but no inner
vertical rules; tables may run over a page and then repeat their header rows. Header cells
that the text leaves empty under a spanning heading (`Tahun 2023` over Target / Realisasi /
Capaian, `Jumlah Pemilih` over L / P / L+P) are merged into that heading, and in the Belu
report the Sasaran and Komponen cells are merged down over their group, as the spreadsheet
they came from had them. Form feeds start a new page. The truth of a twin is its text twin's
with path pdf/<base>.pdf and format pdf.
Run from etl/eval/testdata/blind/: /usr/bin/python3 dev6/pdf/make_pdf.py   (Debian python,
which sees python3-reportlab; deterministic bytes: invariant mode)
"""
import json, os, re
from xml.sax.saxutils import escape
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
DOCS = ["lkj-sumba-timur-2020", "lkj-belu-2023", "lkj-ttu-2023", "lkj-kota-kupang-2022"]
GABUNG_BAWAH = {"lkj-belu-2023": ("Sasaran Strategis", "Komponen")}  # columns merged down over a group
FONTS = "/usr/share/fonts/truetype/dejavu/"
for name, f in (("Serif", "DejaVuSerif.ttf"), ("SerifB", "DejaVuSerif-Bold.ttf"),
                ("Cond", "DejaVuSansCondensed.ttf"), ("CondB", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, FONTS + f))
PROSA = ParagraphStyle("prosa", fontName="Serif", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=5)
BARIS = ParagraphStyle("baris", fontName="Serif", fontSize=9.5, leading=12.5)
JUDUL = ParagraphStyle("judul", fontName="SerifB", fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=2)
SAMPUL = ParagraphStyle("sampul", fontName="SerifB", fontSize=16, leading=22, alignment=TA_CENTER)
SEL = ParagraphStyle("sel", fontName="Cond", fontSize=7.6, leading=9.2)
SELK = ParagraphStyle("selk", fontName="CondB", fontSize=7.6, leading=9.2, textColor=colors.white)
GELAP, ZEBRA = colors.HexColor("#1F3A5F"), colors.HexColor("#EAF0F7")
LEBAR = A4[0] - 4 * cm


def blok(text):
    """The text as blocks: ('ff',), ('tabel', rows), ('teks', lines), the cover first."""
    out, cur, kind = [], [], None
    for line in text.split("\n"):
        k = "ff" if line == "\f" else ("tabel" if "\t" in line else ("kosong" if not line.strip() else "teks"))
        if k != kind and cur:
            out.append((kind, cur))
            cur = []
        kind = k
        if k == "ff":
            out.append(("ff", []))
            kind = None
        elif k != "kosong":
            cur.append(line.split("\t") if k == "tabel" else line)
    if cur:
        out.append((kind, cur))
    return out


def header_rows(rows):
    """Row 0 and the rows after it that start empty and hold no digit (a two-row header)."""
    n = 1
    while n < len(rows) and rows[n][0] == "" and not re.search(r"\d", "".join(rows[n])):
        n += 1
    return n


def lebar_kolom(rows, nh):
    """Column widths: a short column (no cell over 18 characters) as wide as its widest cell
    set in its font, so that no number or grade wraps; the long (text) columns share what is
    left."""
    nk = max(len(r) for r in rows)
    sw = lambda x, i: pdfmetrics.stringWidth(x, "CondB" if i < nh else "Cond", 7.6) + 13  # noqa: E731
    mx = [max((len(r[j]) if j < len(r) else 0) for r in rows) for j in range(nk)]
    w = [max([sw(r[j], i) for i, r in enumerate(rows) if j < len(r) and len(r[j]) <= 18] + [20]) for j in range(nk)]
    panjang = [j for j in range(nk) if mx[j] > 18]
    sisa = LEBAR - sum(w[j] for j in range(nk) if j not in panjang)
    if panjang:
        tot = sum(min(mx[j], 70) for j in panjang)
        for j in panjang:
            w[j] = max(60, sisa * min(mx[j], 70) / tot)
    k = min(1, LEBAR / sum(w))
    return [x * k for x in w]


def tabel(rows, base):
    nk = max(len(r) for r in rows)
    rows = [r + [""] * (nk - len(r)) for r in rows]
    nh = header_rows(rows)
    data = [[Paragraph(escape(c), SELK if i < nh else SEL) for c in r] for i, r in enumerate(rows)]
    st = [("BACKGROUND", (0, 0), (-1, nh - 1), GELAP), ("BOX", (0, 0), (-1, -1), 0.6, GELAP),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for i in range(nh, len(rows)):
        if (i - nh) % 2:
            st.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    for i in range(nh):  # a heading over empty header cells spans them
        j = 0
        while j < nk:
            e = j
            while e + 1 < nk and rows[i][e + 1] == "" and rows[i][j] and i + 1 < nh and rows[i + 1][e + 1]:
                e += 1
            if e > j:
                st.append(("SPAN", (j, i), (e, i)))
            elif rows[i][j] and i + 1 < nh and rows[i + 1][j] == "":
                st.append(("SPAN", (j, i), (j, nh - 1)))
            j = e + 1
    for j, h in enumerate(rows[0]):
        if h in GABUNG_BAWAH.get(base, ()):
            i = nh
            while i < len(rows):
                e = i
                while e + 1 < len(rows) and rows[e + 1][j] == "" and any(rows[e + 1][x] for x in range(j + 1, nk)):
                    e += 1
                if e > i and rows[i][j]:
                    st.append(("SPAN", (j, i), (j, e)))
                i = e + 1
    t = Table(data, colWidths=lebar_kolom(rows, nh), repeatRows=nh)
    t.setStyle(TableStyle(st))
    return t


def teks(lines):
    if max(len(x) for x in lines) > 70 and len(lines) > 1 or max(len(x) for x in lines) > 100:
        return [Paragraph(escape(" ".join(x.strip() for x in lines)), PROSA)]
    out = []
    for x in lines:
        gaya = JUDUL if (x.isupper() or re.match(r"^(BAB|[A-D]\.|\d\.\d|Tabel)\b", x)) and len(x) < 90 else BARIS
        out.append(Paragraph(escape(x), gaya))
    return out


def buat(base):
    text = open(os.path.join(BATCH, base + ".txt"), encoding="utf-8").read()
    t = json.load(open(os.path.join(BATCH, "truth", base + ".json"), encoding="utf-8"))
    bl = blok(text)
    sampul, i = [], 0
    while bl[i][0] != "ff":
        sampul += bl[i][1] if bl[i][0] == "teks" else []
        i += 1
    judul = f"{' '.join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in sampul[0].split())}"
    story = [Spacer(1, 6 * cm)] + [Paragraph(escape(x), SAMPUL) for x in sampul] + [PageBreak()]
    for kind, isi in bl[i + 1:]:
        if kind == "ff":
            story.append(PageBreak())
        elif kind == "tabel":
            story += [tabel(isi, base), Spacer(1, 6)]
        else:
            story += teks(isi)
    kepala = f"Laporan Kinerja Tahun {t['tahun']}  |  Sekretariat KPU {'Kota Kupang' if t['satker_id'] == '5371' else 'Kabupaten ' + base.split('-', 1)[1].rsplit('-', 1)[0].replace('-', ' ').title().replace('Ttu', 'Timor Tengah Utara')}"

    def halaman(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(GELAP)
            c.rect(0, A4[1] - 5 * cm, A4[0], 1.2 * cm, stroke=0, fill=1)
        else:
            c.setFont("Cond", 8)
            c.setFillColor(GELAP)
            c.drawString(2 * cm, A4[1] - 1.3 * cm, kepala)
            c.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
            c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Halaman {doc.page}")
        c.restoreState()
    doc = SimpleDocTemplate(os.path.join(HERE, base + ".pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=judul, author="", subject="", creator="")
    doc.build(story, onFirstPage=halaman, onLaterPages=halaman)
    t["path"], t["format"] = f"pdf/{base}.pdf", "pdf"
    with open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"pdf/{base}.pdf", os.path.getsize(os.path.join(HERE, base + ".pdf")), "bytes")


if __name__ == "__main__":
    for b in DOCS:
        buat(b)
