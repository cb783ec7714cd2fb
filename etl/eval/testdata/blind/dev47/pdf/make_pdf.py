#!/usr/bin/python3
"""PDF twins of four dev47/ texts, in two looks no earlier batch used.

- Timor Tengah Utara 2020 and Sikka 2020 (ordinary documents): **the copy carried in a bag to the evaluation,
  crumpled and smoothed out again before scanning (lembar kusut), its top right corner folded down (a dog-ear)** -
  the Word report on white A4: across every page a dozen wrinkle creases, each a thin grey polyline with a lighter
  line beside it (their courses from a fixed LCG, different on each page), and on every page the top right corner
  folded over as a grey triangle with its shadow; the body in DejaVu Serif 9.5 pt at 1.3 line spacing, headings
  bold, prose re-flowed; tables in a thin black grid with a grey header row, figures right-aligned, the header
  repeated on the next page; the page number alone at the bottom centre.
- Belu 2023 and Manggarai Timur 2020 (new house styles): **the report projected in the evaluation meeting and
  photographed from the back of the room (foto layar proyektor), one photo a page** - every PDF page a 4:3
  landscape photo (240 x 180 mm): the dark meeting room, the ceiling rail, the projection screen with its black
  border and the projector's hot spot (a brighter ellipse in the middle), the page shown portrait in the screen's
  middle, the heads of three people in the front rows as dark silhouettes along the bottom edge; the body in DejaVu
  Sans 7 pt (fixed lines in DejaVu Sans Mono, shrunk when wider than the projected page), headings bold, tables in
  grey rules with a pale blue header row; `n` at the bottom right of the projected page.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the wrinkles come
from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev47/pdf/make_pdf.py
"""
import itertools, json, math, os, re, textwrap

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
    """A look: page size, margins, faces, size and line spacing."""
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face, tebal, miring, spasi):
        self.nama, (self.W, self.H) = nama, size
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * spasi
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + tebal + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "I", F + miring + ".ttf"))


# the crumpled copy in DejaVu Serif; the projected page in DejaVu Sans
SISI = Gaya("t", (210 * mm, 297 * mm), 24 * mm, 24 * mm, 26 * mm, 24 * mm, 9.5, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.3)
FILM = Gaya("k", (240 * mm, 180 * mm), 72 * mm, 72 * mm, 31 * mm, 36 * mm, 7, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.35)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 6
KOLOM_SISI = 0  # no side column in either look
KERTAS = colors.HexColor("#FFFFFF")  # the A4 sheet
RUANG = colors.HexColor("#1A1714")  # the dark meeting room
LAYAR = colors.HexColor("#E9ECEF")  # the projection screen
TEKS_LAYAR = colors.HexColor("#202226")  # the projected text
RULE_LAYAR = colors.HexColor("#8A9099")
KEPALA_LAYAR = colors.HexColor("#D6E4F5")  # the pale blue header row
TINTA_INKJET = colors.black
HITAM = TEKS_LAYAR
BASES = ("lkj-timor-tengah-utara-2020", "lkj-sikka-2020", "lkj-belu-2023", "lkj-manggarai-timur-2020")
LOOK = {"lkj-timor-tengah-utara-2020": SISI, "lkj-sikka-2020": SISI, "lkj-belu-2023": FILM,
        "lkj-manggarai-timur-2020": FILM}
BENIH = {"lkj-timor-tengah-utara-2020": 5303, "lkj-sikka-2020": 5307, "lkj-belu-2023": 5304,
         "lkj-manggarai-timur-2020": 5319}
L = SISI
TINTA = [colors.black]


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


def huruf(i, t, j=None):
    """The face a table cell is set in: the header row bold in both looks."""
    return L.nama + ("B" if i == 0 else "R")


def tabel(rows):
    """A TAB table laid out for the column: (type size, column widths, rows of folded cells)."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    for pt in (9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5):
        w = [max(pdfmetrics.stringWidth(r[j], huruf(i, r[j], j), pt) for i, r in enumerate(rows)) + 8 for j in range(n)]
        # a column is never narrower than its longest word, a figure never broken
        bawah = [max(pdfmetrics.stringWidth(k, huruf(i, r[j], j), pt) for i, r in enumerate(rows)
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
            font = huruf(i, c, j)
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
    return not re.match(r"^\s|^[~|+#\[*=>\u2022\u25cf\u25cb\u00b7\u2500-\u257f-]|^\w+ +: |^[A-Z /]+ {3}|^[A-Z0-9 ,./:-]{20,}$", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    text = re.sub(r"\n(\d+|LKj 2020 - KPU Kabupaten Timor Tengah Utara - \d+)\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n(\d+|LKj 2020 - KPU Kabupaten Timor Tengah Utara - \d+)\n*$", "\n", text)
    text = re.sub(r"\n\d+\n\n\f\n", "\n\f\n", text)  # the number a table's page break printed
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


def acak(seed):
    """A linear congruential generator with a fixed seed: the same numbers on every run."""
    x = seed
    while True:
        x = (1103515245 * x + 12345) % (2 ** 31)
        yield x / 2 ** 31


def perabot(c, base, n, bab=0):
    """The page's furniture: the crumpled copy - the white sheet, the wrinkle creases, the dog-eared corner, the
    page number at the bottom centre; the projector photo - the dark room, the ceiling rail, the screen with its
    border and hot spot, the projected page, the heads along the bottom, `n` at the page's bottom right."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(KERTAS)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        for k in range(12):  # the wrinkles: a dark line with a light one beside it
            x, y = next(r) * W, next(r) * H
            a = next(r) * math.pi
            pts = [(x, y)]
            for t in range(5):
                a += (next(r) - 0.5) * 0.9
                x, y = x + math.cos(a) * 14 * mm, y + math.sin(a) * 14 * mm
                pts.append((x, y))
            for dx, col, lw in ((0, colors.Color(0, 0, 0, alpha=0.16), 0.5), (0.5, colors.Color(1, 1, 1, alpha=0.9), 0.7)):
                c.setStrokeColor(col)
                c.setLineWidth(lw)
                p = c.beginPath()
                p.moveTo(pts[0][0] + dx, pts[0][1] - dx)
                for px, py in pts[1:]:
                    p.lineTo(px + dx, py - dx)
                c.drawPath(p, stroke=1, fill=0)
        s = 14 * mm + next(r) * 4 * mm  # the dog-ear at the top right
        c.setFillColor(colors.HexColor("#F2F2F2"))
        c.rect(W - s, H - s, s, s, stroke=0, fill=1)
        c.setFillColor(colors.Color(0, 0, 0, alpha=0.18))
        p = c.beginPath()
        p.moveTo(W - s - 1 * mm, H)
        p.lineTo(W, H - s - 1 * mm)
        p.lineTo(W - s, H - s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#DCDCDC"))
        p = c.beginPath()
        p.moveTo(W - s, H)
        p.lineTo(W, H - s)
        p.lineTo(W - s, H - s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.white)
        p = c.beginPath()
        p.moveTo(W - s, H)
        p.lineTo(W, H)
        p.lineTo(W, H - s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(TINTA_INKJET)
        c.setFont("tR", 8.5)
        c.drawCentredString(W / 2, 12 * mm, str(n))
        return
    c.setFillColor(RUANG)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#2B2622"))
    c.rect(0, H - 9 * mm, W, 3 * mm, stroke=0, fill=1)  # the ceiling rail
    c.setFillColor(colors.HexColor("#0D0D0D"))
    c.rect(28 * mm, 14 * mm, W - 56 * mm, H - 26 * mm, stroke=0, fill=1)  # the screen's black border
    c.setFillColor(colors.HexColor("#C9CDD2"))
    c.rect(31 * mm, 17 * mm, W - 62 * mm, H - 32 * mm, stroke=0, fill=1)
    for k in range(8):  # the projector's hot spot
        c.setFillColor(colors.Color(1, 1, 1, alpha=0.07))
        c.ellipse(W / 2 - (70 - 7 * k) * mm, H / 2 - (50 - 5 * k) * mm, W / 2 + (70 - 7 * k) * mm, H / 2 + (50 - 5 * k) * mm,
                  stroke=0, fill=1)
    c.setFillColor(LAYAR)
    c.rect(66 * mm, 22 * mm, W - 132 * mm, H - 45 * mm, stroke=0, fill=1)  # the projected page
    c.setFillColor(TEKS_LAYAR)
    c.setFont("kR", 6.5)
    c.drawRightString(W - 70 * mm, 25 * mm, str(n))
    c.setFillColor(colors.HexColor("#060505"))
    for x, w_ in ((46, 30), (118, 34), (190, 28)):  # the heads in the front rows
        x = x * mm + (next(r) - 0.5) * 4 * mm
        c.ellipse(x - w_ / 2 * mm, -6 * mm, x + w_ / 2 * mm, 9 * mm, stroke=0, fill=1)
        c.rect(x - w_ * mm, -1 * mm, 2 * w_ * mm, 3 * mm, stroke=0, fill=1)


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: black on the crumpled copy, near-black on the projected page."""
    return TEKS_LAYAR if L is FILM else TINTA_INKJET


class Halaman:
    def __init__(self, c, nama):
        self.c, self.nama, self.n, self.y, self.isi = c, nama, 0, 0, False

    def tutup(self):
        coret(self.c, self.nama, self.n)
        self.c.showPage()

    def baru(self):
        """The next page: close the page in hand (if any) and open the next with its furniture."""
        if self.n:
            self.tutup()
        self.n += 1
        self.y = L.H - L.atas
        self.sisi_bawah = 1e9
        perabot(self.c, self.nama, self.n, self.babke)
        self.c.setFillColor(TINTA[0])
        self.isi = False

    def muat(self, tinggi):
        if self.y - tinggi < L.bawah:
            self.baru()

    sisi_bawah = 1e9

    def turun(self):
        """Below the last side head (before a table, a fixed line or another head)."""
        self.y = min(self.y, self.sisi_bawah)

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= L.lead * 0.5
            return
        if not prosa(ln) and (L is FILM or pdfmetrics.stringWidth(ln, L.nama + "R", L.pt) > L.lebar):
            self.tetap(ln)
            return
        c = self.c
        for x in bungkus(ln, lebar=L.lebar):
            self.muat(L.lead)
            judul = bool(JUDUL.match(x))
            c.setFont(L.nama + ("B" if judul else "R"), L.pt + (1.5 if judul and x.startswith("BAB ") else 0))
            self.nomor += 1
            c.setFillColor(tinta(self.nama, self.n, self.nomor))
            c.drawString(L.kiri, self.y, x)
            self.bab = x.startswith("BAB ")
            self.y -= L.lead
            self.isi = True

    nomor = 0

    bab = False
    babke = 0

    def tetap(self, ln):
        """A fixed line in monospace, shrunk to the column width when longer (never joined or broken)."""
        self.turun()
        pt = MONO_PT
        while pt > 4.4 and pdfmetrics.stringWidth(ln, "mono", pt) > L.lebar:
            pt -= 0.2
        self.muat(MONO_PT * 1.3)
        self.c.setFont("mono", pt)
        self.nomor += 1
        self.c.setFillColor(tinta(self.nama, self.n, self.nomor))
        self.c.drawString(L.kiri, self.y, ln)
        self.y -= MONO_PT * 1.3
        self.isi = True

    def tabel(self, rows):
        self.turun()
        pt, w, lipat = tabel(rows)
        lead = pt * 1.4
        c = self.c

        def baris(sel, i, akhir):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            atas, lebar = self.y + lead - 1, sum(w)
            lebar_ = sum(w)
            xx = L.kiri
            if L is SISI:  # the crumpled copy: a thin black grid, a grey header row
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.4)
                c.setFillColor(colors.HexColor("#D9D9D9"))
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            else:  # the projected page: grey rules, a pale blue header row
                c.setStrokeColor(RULE_LAYAR)
                c.setLineWidth(0.3)
                c.setFillColor(KEPALA_LAYAR)
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            self.nomor += 1
            c.setFillColor(TEKS_LAYAR if (L is FILM and i == 0) else tinta(self.nama, self.n, self.nomor))
            x = L.kiri
            for j, isi in enumerate(sel):
                c.setFont(huruf(i, "", j), pt)
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if t and ANGKA.match(t) and i:
                        c.drawRightString(x + w[j] - 3, yy, t)
                    else:
                        c.drawString(x + 3, yy, t)
                x += w[j]
            c.setFillColor(TINTA[0])
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
        TINTA[0] = HITAM if L is FILM else TINTA_INKJET
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
