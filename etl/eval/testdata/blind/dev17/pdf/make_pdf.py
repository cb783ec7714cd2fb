#!/usr/bin/python3
"""PDF twins of four dev17/ texts, in a look no earlier batch used: the report printed as a
pocket book (buku saku) on A5 portrait pages - mirrored margins (the wider margin at the binding,
alternating left and right), a running head in small italics (the report's title on even pages, the
satker on odd pages) over a thin rule, the page number in the outer bottom corner, and a black
thumb-index tab on the outer edge whose height down the page moves with the chapter (`I`, `II`,
`III`, `IV`, white on black), as a printed book's section tabs do. Prose in DejaVu Serif 8 pt wrapped
to the type area; every TAB table of the text twin set as fixed columns in DejaVu Sans Mono 5.8 pt
(figures right-aligned, two spaces between columns, a thin rule under the header, a too-long text
cell folded onto continuation lines within its column). Written from the text twin line by line (a
form feed a new page), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev17/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", F + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", F + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SerifI", F + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Mono", F + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("SansB", F + "DejaVuSans-Bold.ttf"))
# base -> (running head of even pages, running head of odd pages)
BASES = {"lkj-manggarai-timur-2019": ("Laporan Kinerja 2019", "KPU Kabupaten Manggarai Timur"),
         "lkj-sumba-timur-2019": ("Laporan Kinerja 2019", "KPU Kabupaten Sumba Timur"),
         "lakip-ende-2019": ("LAKIP 2019", "KPU Kabupaten Ende"),
         "lkj-sumba-tengah-2024": ("Laporan Kinerja 2024", "KPU Kabupaten Sumba Tengah")}
W, H = A5
DALAM, LUAR = 40, 26  # inner (binding) and outer margins
ATAS, BAWAH = 52, 44
LEBAR = W - DALAM - LUAR
PT, LEAD = 8, 10.4  # prose
TPT, TLEAD = 5.8, 7.4  # tables
KOLOM = int(LEBAR / (TPT * 0.602))  # monospaced characters a table line holds
ANGKA = re.compile(r"^[\d.,%\s/()-]+$")
SELA = "  "
BAB = {"I": 0, "II": 1, "III": 2, "IV": 3}


def kolom_tabel(rows):
    """A TAB table as fixed columns: widths from the longest cells, the widest text column folded
    until the line fits KOLOM; returns the printed lines."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    w = [max(len(r[j]) for r in rows) for j in range(n)]
    teks = [j for j in range(n) if not all(ANGKA.match(r[j] or "0") for r in rows[1:])]
    while sum(w) + len(SELA) * (n - 1) > KOLOM and teks:
        j = max(teks, key=lambda j: w[j])
        if w[j] <= 12:
            break
        w[j] -= 1
    out = []
    for i, r in enumerate(rows):
        lipat = [textwrap.wrap(c, w[j], break_on_hyphens=False) or [""] if len(c) > w[j] else [c] for j, c in enumerate(r)]
        for k in range(max(len(x) for x in lipat)):
            sel = []
            for j, x in enumerate(lipat):
                c = x[k] if k < len(x) else ""
                sel.append(c.rjust(w[j]) if i > 0 and c and ANGKA.match(c) else c.ljust(w[j]))
            out.append(("T", SELA.join(sel).rstrip()))
        if i == 0:
            out.append(("R", min(sum(w) + len(SELA) * (n - 1), KOLOM)))
    return out


def bungkus(ln):
    """A prose line wrapped to the type area in the serif face."""
    if pdfmetrics.stringWidth(ln, "Serif", PT) <= LEBAR:
        return [ln]
    out, cur = [], ""
    for kata in ln.split(" "):
        coba = (cur + " " + kata).strip()
        if cur and pdfmetrics.stringWidth(coba, "Serif", PT) > LEBAR:
            out.append(cur)
            cur = kata
        else:
            cur = coba
    return out + [cur]


def baris(base):
    """The text twin as printed items: ("P", prose), ("T", table line), ("R", rule), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out += kolom_tabel([x.split("\t") for x in run])
        else:
            for ln in run:
                out += [("F", "")] if ln == "\f" else [("P", x) for x in bungkus(ln)]
    return out


def tab(c, n, bab):
    """The thumb-index tab of the chapter the page ends in, on the outer edge, then the page is done."""
    if bab is not None:
        kanan = n % 2 == 1
        y = H - 110 - bab * 78
        xt = W - 12 if kanan else 0
        c.setFillColor(colors.black)
        c.rect(xt, y, 12, 54, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("SansB", 6)
        c.drawCentredString(xt + 6, y + 24, list(BAB)[bab])
        c.setFillColor(colors.black)
    c.showPage()


def halaman(c, n, kepala):
    """The page furniture: running head and rule, page number in the outer corner."""
    kanan = n % 2 == 1  # odd pages are right-hand pages: binding on the left
    x0 = DALAM if kanan else LUAR
    c.setFillColor(colors.black)
    c.setFont("SerifI", 6.5)
    teks = kepala[1] if kanan else kepala[0]
    if n > 1:
        if kanan:
            c.drawRightString(x0 + LEBAR, H - 32, teks)
        else:
            c.drawString(x0, H - 32, teks)
        c.setLineWidth(0.3)
        c.line(x0, H - 36, x0 + LEBAR, H - 36)
        c.setFont("Serif", 7)
        if kanan:
            c.drawRightString(x0 + LEBAR, 24, str(n))
        else:
            c.drawString(x0, 24, str(n))
    return x0


def cetak(base, kepala):
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=A5, invariant=1)
    c.setTitle(f"{kepala[0]} - {kepala[1]} (buku saku)")
    n, bab = 1, None
    items = baris(base)
    # the cover: its lines centred, larger
    i = 0
    c.setFont("SerifB", 13)
    y = H - 170
    while i < len(items) and items[i][0] != "F":
        c.drawCentredString(W / 2, y, items[i][1])
        y -= 20
        i += 1
    c.showPage()
    n += 1
    x0 = halaman(c, n, kepala)
    y = H - ATAS
    kosong = True  # nothing printed on this page yet
    for jenis, isi in items[i + 1:]:
        if jenis == "F" and kosong:
            continue
        if jenis == "F" or y < BAWAH:
            tab(c, n, bab)
            n += 1
            x0 = halaman(c, n, kepala)
            y, kosong = H - ATAS, True
            if jenis == "F":
                continue
        if kosong and jenis == "P" and not isi:
            continue
        kosong = False
        if jenis == "P":
            m = re.match(r"^BAB (I|II|III|IV)\b", isi)
            if m:
                bab = BAB[m.group(1)]
            c.setFont("SerifB" if m or isi.isupper() else "Serif", PT)
            c.drawString(x0, y, isi)
            y -= LEAD if isi else LEAD * 0.6
        elif jenis == "T":
            c.setFont("Mono", TPT)
            c.drawString(x0, y, isi)
            y -= TLEAD
        else:
            c.setLineWidth(0.3)
            c.line(x0, y + TLEAD - 2.2, x0 + isi * TPT * 0.602, y + TLEAD - 2.2)
            y -= 2.5
    tab(c, n, bab)
    c.save()
    return pdf, n


def main():
    for base in BASES:
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base, BASES[base])
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
