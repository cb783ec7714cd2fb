#!/usr/bin/python3
"""PDF twins of four dev33/ texts, in two looks no earlier batch used.

- Ngada 2022 and Nagekeo 2021 (ordinary documents): **the report printed on US Legal paper** (8.5 x 14 in,
  215.9 x 355.6 mm, the long sheet a printer's second tray often holds) - DejaVu Sans 10 pt, margins 25 mm at
  the sides, 30 mm at the top; from the second page on a **running head over a thin rule** (the office at
  the left, the page number at the right), nothing at the foot; `BAB` lines bold; every TAB table an **open
  table**: no vertical rules, a heavy rule over the header and at the table's end, the header in bold dark
  green over a mid rule, hairline grey rules between the rows, the header repeated on the next page; a name
  the text wrapped joined again and wrapped inside its cell, a figure never broken; the prose re-flowed; the
  text's own page feet dropped.
- Manggarai 2022 and Sumba Timur 2020 (new house styles): **the report bound as a top-spiral flip book on
  landscape Legal sheets** (355.6 x 215.9 mm), as an office binds an attachment to stand on the desk - a row
  of wire loops drawn over punched holes along the top edge, a 32 mm top margin under them, one wide column
  22 mm from the sides; prose in DejaVu Serif 9 pt re-flowed, every fixed line (the cards, the chart's lines,
  lines opening with a space or holding runs of spaces) in DejaVu Sans Mono kept as a line, TAB tables in a
  thin full grid with a bold header; `Lembar n` centred at the foot.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev33/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
F = "/usr/share/fonts/truetype/dejavu/"
ANGKA = re.compile(r"^[\d.,%\s/()*+:=-]+$")
JUDUL = re.compile(r"^(BAB [IV]+|[A-E]\. |KATA PENGANTAR|DAFTAR)")


class Gaya:
    """A look: page size, margins, faces and size."""
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face, tebal):
        self.nama, (self.W, self.H) = nama, size
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * 1.45
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + tebal + ".ttf"))


LEGAL = Gaya("l", (215.9 * mm, 355.6 * mm), 25 * mm, 25 * mm, 30 * mm, 25 * mm, 10, "DejaVuSans", "DejaVuSans-Bold")
SPIRAL = Gaya("s", (355.6 * mm, 215.9 * mm), 22 * mm, 22 * mm, 32 * mm, 20 * mm, 9, "DejaVuSerif", "DejaVuSerif-Bold")
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.4
HIJAU = colors.HexColor("#1E5631")
ABU = colors.HexColor("#9A9A9A")
BASES = ("lkj-ngada-2022", "lkj-nagekeo-2021", "lkj-manggarai-2022", "lkj-sumba-timur-2020")
LOOK = {"lkj-ngada-2022": LEGAL, "lkj-nagekeo-2021": LEGAL, "lkj-manggarai-2022": SPIRAL, "lkj-sumba-timur-2020": SPIRAL}
KANTOR = {"lkj-ngada-2022": "Laporan Kinerja KPU Kabupaten Ngada 2022",
          "lkj-nagekeo-2021": "Laporan Kinerja KPU Kabupaten Nagekeo 2021"}
L = LEGAL


def bungkus(ln, font=None, pt=None, lebar=None):
    """A prose line wrapped to the text width."""
    pt, lebar, font = pt or L.pt, lebar or L.lebar, font or L.nama + "R"
    if pdfmetrics.stringWidth(ln, font, pt) <= lebar:
        return [ln]
    out, cur = [], ""
    for kata in ln.split(" "):
        coba = (cur + " " + kata).strip()
        if cur and pdfmetrics.stringWidth(coba, font, pt) > lebar:
            out.append(cur)
            cur = kata
        else:
            cur = coba
    return out + [cur]


def huruf(i, t):
    """The face a table cell is set in: the header row bold."""
    return L.nama + ("B" if i == 0 else "R")


def tabel(rows):
    """A TAB table laid out for the column: (type size, column widths, rows of folded cells)."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    for pt in (9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5):
        w = [max(pdfmetrics.stringWidth(r[j], huruf(i, r[j]), pt) for i, r in enumerate(rows)) + 8 for j in range(n)]
        # a column is never narrower than its longest word, a figure never broken
        bawah = [max(pdfmetrics.stringWidth(k, huruf(i, r[j]), pt) for i, r in enumerate(rows)
                     for k in ([r[j]] if ANGKA.match(r[j] or "x") else r[j].split() or [""])) + 7 for j in range(n)]
        while sum(w) > L.lebar:
            j = max(range(n), key=lambda j: w[j] - bawah[j])
            if w[j] - 4 < bawah[j]:
                break
            w[j] -= 4
        if sum(w) <= L.lebar or pt == 5:
            break
    lipat = []
    for i, r in enumerate(rows):
        sel = []
        for j, c in enumerate(r):
            font = huruf(i, c)
            if pdfmetrics.stringWidth(c, font, pt) <= w[j] - 6:
                sel.append([c])
            else:
                k = max(4, int((w[j] - 6) / (pt * 0.5)))
                while k > 4 and any(pdfmetrics.stringWidth(x, font, pt) > w[j] - 6
                                    for x in textwrap.wrap(c, k, break_long_words=False, break_on_hyphens=False)):
                    k -= 1  # narrower until every piece fits its cell
                sel.append(textwrap.wrap(c, k, break_long_words=False, break_on_hyphens=False) or [""])
        lipat.append(sel)
    return pt, w, lipat


def prosa(ln):
    """True for a line of running prose (not a fixed print, chart, form or field line), which may be
    re-flowed."""
    return not re.match(r"^\s|^[|+#\[*=>\u2022\u25cf\u25cb\u00b7\u2500-\u257f-]|^\w+ +: |^[A-Z /]+ {3}|^[A-Z0-9 ,./:-]{20,}$", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    text = re.sub(r"\n(Hal\. \d+|Nagekeo \| LKj 2021 \| \d+)\n\f\n", "\n\f\n", text)
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            rows = []
            for x in run:
                sel = x.split("\t")
                isi = [j for j, c in enumerate(sel) if c.strip()]
                if len(rows) > 1 and len(isi) == 1 and not ANGKA.match(sel[isi[0]]):
                    # a long name the text wrapped on a continuation line: one cell again, for the page to wrap
                    j = isi[0]
                    rows[-1][j] = (rows[-1][j] + " " + sel[j].strip()).strip()
                else:
                    rows.append(sel)
            out.append(("T", rows))
        else:
            for ln in run:
                if ln == "\f":
                    out.append(("F", ""))
                elif ln and out and out[-1][0] == "P" and prosa(out[-1][1]) and prosa(ln) and len(out[-1][1]) >= 60 and not out[-1][1].endswith((".", ":")):
                    out[-1] = ("P", out[-1][1] + " " + ln)  # a paragraph the text wrapped: one line for the page to wrap
                else:
                    out.append(("P", ln))
    return out


def perabot(c, base, n):
    """The page's furniture: Legal - the running head over a thin rule from the second page on; the spiral
    look - the punched holes and wire loops along the top edge and `Lembar n` at the foot."""
    W, H = L.W, L.H
    if L is LEGAL:
        if n > 1:
            c.setFont("lR", 8)
            c.setFillColor(colors.black)
            c.drawString(L.kiri, H - 20 * mm, KANTOR[base])
            c.drawRightString(W - L.kanan, H - 20 * mm, str(n))
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.5)
            c.line(L.kiri, H - 21.5 * mm, W - L.kanan, H - 21.5 * mm)
        return
    c.setStrokeColor(colors.black)
    x = 18 * mm
    while x < W - 16 * mm:
        c.setFillColor(colors.white)
        c.setLineWidth(0.5)
        c.circle(x, H - 12 * mm, 1.5 * mm, stroke=1, fill=1)
        c.setStrokeColor(colors.HexColor("#555555"))
        c.setLineWidth(1.1)
        c.line(x - 0.9 * mm, H - 12 * mm, x - 0.9 * mm, H)
        c.line(x + 0.9 * mm, H - 12 * mm, x + 0.9 * mm, H)
        c.setStrokeColor(colors.black)
        x += 8 * mm
    c.setFillColor(colors.black)
    c.setFont("sR", 8)
    c.drawCentredString(W / 2, 10 * mm, f"Lembar {n}")


class Halaman:
    def __init__(self, c, nama):
        self.c, self.nama, self.n, self.y, self.isi = c, nama, 0, 0, False

    def tutup(self):
        self.c.showPage()

    def baru(self):
        """The next page: close the page in hand (if any) and open the next with its furniture."""
        if self.n:
            self.tutup()
        self.n += 1
        self.y = L.H - L.atas
        perabot(self.c, self.nama, self.n)
        self.c.setFillColor(colors.black)
        self.isi = False

    def muat(self, tinggi):
        if self.y - tinggi < L.bawah:
            self.baru()

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= L.lead * 0.5
            return
        if not prosa(ln) and (L is SPIRAL or pdfmetrics.stringWidth(ln, L.nama + "R", L.pt) > L.lebar):
            self.tetap(ln)
            return
        for x in bungkus(ln):
            self.muat(L.lead)
            c = self.c
            judul = bool(JUDUL.match(x))
            c.setFont(L.nama + ("B" if judul else "R"), L.pt + (1.5 if x.startswith("BAB ") else 0))
            c.setFillColor(colors.black)
            c.drawString(L.kiri, self.y, x)
            self.bab = x.startswith("BAB ")
            self.y -= L.lead
            self.isi = True

    bab = False

    def tetap(self, ln):
        """A fixed line in monospace, shrunk to the column width when longer (never joined or broken)."""
        pt = MONO_PT
        while pt > 4.4 and pdfmetrics.stringWidth(ln, "mono", pt) > L.lebar:
            pt -= 0.2
        self.muat(MONO_PT * 1.3)
        self.c.setFont("mono", pt)
        self.c.setFillColor(colors.black)
        self.c.drawString(L.kiri, self.y, ln)
        self.y -= MONO_PT * 1.3
        self.isi = True

    def tabel(self, rows):
        pt, w, lipat = tabel(rows)
        lead = pt * 1.4
        c = self.c

        def baris(sel, i, akhir):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            atas, lebar = self.y + lead - 1, sum(w)
            if L is LEGAL:
                if i == 0:
                    c.setStrokeColor(colors.black)
                    c.setLineWidth(1.2)
                    c.line(L.kiri, atas, L.kiri + lebar, atas)
                    c.setLineWidth(0.7)
                    c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
                elif akhir:
                    c.setStrokeColor(colors.black)
                    c.setLineWidth(1.2)
                    c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
                else:
                    c.setStrokeColor(ABU)
                    c.setLineWidth(0.25)
                    c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
                c.setFillColor(HIJAU if i == 0 else colors.black)
            else:
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.4)
                xx = L.kiri
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=0)
                    xx += w[j]
                c.setFillColor(colors.black)
            c.setFont(L.nama + ("B" if i == 0 else "R"), pt)
            x = L.kiri
            for j, isi in enumerate(sel):
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if t and ANGKA.match(t) and i:
                        c.drawRightString(x + w[j] - 3, yy, t)
                    else:
                        c.drawString(x + 3, yy, t)
                x += w[j]
            c.setFillColor(colors.black)
            self.y -= h

        self.muat(max(len(x) for x in lipat[0]) * lead + 30)
        baris(lipat[0], 0, len(lipat) == 1)
        for i, sel in enumerate(lipat[1:], 1):
            h = max(len(x) for x in sel) * lead + 4
            if self.y - h < L.bawah:
                self.baru()
                baris(lipat[0], 0, False)
            baris(sel, i, i == len(lipat) - 1)
        self.y -= L.lead * 0.8
        self.isi = True


def cetak(base):
    """The twin laid out page by page."""
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=(L.W, L.H), invariant=1)
    c.setTitle(base)
    h = Halaman(c, base)
    h.baru()
    tunda = False  # a form feed seen: the next page opens when its first content comes
    for jenis, isi in potong(base):
        if jenis == "F":
            tunda = tunda or h.isi
            continue
        if jenis == "P" and not isi and tunda:
            continue
        if tunda:
            h.baru()
            tunda = False
        if jenis == "P":
            h.prosa(isi)
        else:
            h.tabel(isi)
    h.tutup()
    c.save()
    return pdf, h.n


def main():
    global L
    for base in BASES:
        L = LOOK[base]
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
