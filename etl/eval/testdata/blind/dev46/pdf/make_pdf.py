#!/usr/bin/python3
"""PDF twins of four dev46/ texts, in two looks no earlier batch used.

- Kupang 2019 and Ende 2019 (ordinary documents): **the copy mailed to the province, folded in three for a long
  envelope (salinan kiriman pos, dilipat tiga)** - the Word report printed on white A4, then folded in three and
  flattened again for scanning: two crease lines across every page at a third and two thirds of its height, each
  a soft grey band with a thin light line beside it; on the first page a violet rubber stamp `DITERIMA` with the
  date and a paraf box of the receiving office (a rounded rectangle, tilted a little); the body in DejaVu Serif
  9.5 pt at 1.35 line spacing, headings bold, prose re-flowed; every TAB table with black rules above and below
  the header and under the last row only (no verticals), figures right-aligned, the header repeated on the next
  page; `Halaman n` at the bottom centre.
- Nagekeo 2023 and Malaka 2020 (new house styles): **the page pinned on the office's cork notice board (papan
  pengumuman gabus) and photographed** - each page a brown cork board (230 x 320 mm) speckled with darker and
  lighter granules (positions from a fixed LCG, one board a document), a white sheet on it with a soft shadow, a red push pin at each
  top corner of the sheet with its highlight; the body in DejaVu Sans Condensed 8.5 pt (fixed lines in DejaVu
  Sans Mono, shrunk when wider than the sheet), headings bold, tables in thin grey rules with a pale yellow
  header row; `n` at the bottom right of the sheet.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the cork's granules
and the stamp's tilt come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev46/pdf/make_pdf.py
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


# the folded mailed copy in DejaVu Serif; the sheet on the cork board in DejaVu Sans Condensed
SISI = Gaya("t", (210 * mm, 297 * mm), 25 * mm, 22 * mm, 24 * mm, 26 * mm, 9.5, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.35)
FILM = Gaya("k", (230 * mm, 320 * mm), 32 * mm, 32 * mm, 40 * mm, 36 * mm, 8.5, "DejaVuSansCondensed",
            "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique", 1.35)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.2
KOLOM_SISI = 0  # no side column in either look
ABU = colors.HexColor("#6E6E6E")
KERTAS = colors.HexColor("#FFFFFF")  # the white sheet
STEMPEL = colors.HexColor("#6A3FA0")  # the violet received stamp
GABUS = colors.HexColor("#B5895A")  # the cork board
BUTIR = (colors.HexColor("#8E6438"), colors.HexColor("#D2AA78"))  # the cork's darker and lighter granules
PIN = colors.HexColor("#C8242B")  # the push pins
TINTA_ARSIP = colors.HexColor("#888888")  # the cork sheet's table rules
TEKS_LAYAR = colors.HexColor("#151515")
RULE_LAYAR = colors.HexColor("#999999")
TINTA_INKJET = colors.black
HITAM = TEKS_LAYAR
GESER = (0, 0)
BASES = ("lkj-kupang-2019", "lkj-ende-2019", "lkj-nagekeo-2023", "lkj-malaka-2020")
LOOK = {"lkj-kupang-2019": SISI, "lkj-ende-2019": SISI, "lkj-nagekeo-2023": FILM, "lkj-malaka-2020": FILM}
BENIH = {"lkj-kupang-2019": 5301, "lkj-ende-2019": 5308, "lkj-nagekeo-2023": 5316, "lkj-malaka-2020": 5321}
GABUS_FORM = {}  # the cork form's name per document
HALAMAN = {}  # unused: neither look prints a page count
BAB = ["KATA PENGANTAR", "BAB I", "BAB II", "BAB III", "BAB IV"]
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
    text = re.sub(r"\n(\d+|Hal\. \d+ dari LKj KPU Kabupaten Kupang 2019|Laporan Kinerja 2019 / \d+)\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n(\d+|Hal\. \d+ dari LKj KPU Kabupaten Kupang 2019|Laporan Kinerja 2019 / \d+)\n*$", "\n", text)
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
    """The page's furniture: the folded copy - the white sheet, the two crease bands, the received stamp on page 1,
    `Halaman n` at the bottom centre; the cork board - the speckled cork, the sheet with its shadow, the two push
    pins, `n` at the bottom right of the sheet."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(KERTAS)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        for k in (1, 2):  # the creases of the three-fold
            y = H * k / 3
            for t in range(6):
                c.setFillColor(colors.Color(0, 0, 0, alpha=0.035 * (6 - t)))
                c.rect(0, y - t * 0.5 * mm, W, 0.5 * mm, stroke=0, fill=1)
            c.setStrokeColor(colors.HexColor("#F4F4F4"))
            c.setLineWidth(0.6)
            c.line(0, y + 0.4 * mm, W, y + 0.4 * mm)
        if n == 1:  # the received stamp
            c.saveState()
            c.translate(W - 72 * mm, H - 62 * mm)
            c.rotate(-4 - next(r) * 4)
            c.setStrokeColor(STEMPEL)
            c.setFillColor(STEMPEL)
            c.setLineWidth(1.4)
            c.roundRect(0, 0, 52 * mm, 24 * mm, 3 * mm, stroke=1, fill=0)
            c.setFont("tB", 11)
            c.drawCentredString(26 * mm, 17 * mm, "DITERIMA")
            c.setFont("tR", 6.5)
            c.drawString(3 * mm, 11 * mm, "Tgl. ....................")
            c.drawString(3 * mm, 6 * mm, "Paraf ....... No. Agenda ......")
            c.drawString(3 * mm, 2 * mm, "KPU Provinsi NTT")
            c.restoreState()
        c.setFillColor(TINTA_INKJET)
        c.setFont("tR", 8.5)
        c.drawCentredString(W / 2, 13 * mm, f"Halaman {n}")
        return
    if base not in GABUS_FORM:  # the cork drawn once a document (a form reused on every page)
        GABUS_FORM[base] = "gabus" + str(BENIH[base])
        g = acak(BENIH[base])
        c.beginForm(GABUS_FORM[base])
        c.setFillColor(GABUS)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        for k in range(500):  # the cork's granules
            x, y, s = next(g) * W, next(g) * H, 0.3 + next(g) * 0.9
            c.setFillColor(BUTIR[k % 2])
            c.circle(x, y, s, stroke=0, fill=1)
        c.endForm()
    c.doForm(GABUS_FORM[base])
    c.setFillColor(colors.Color(0, 0, 0, alpha=0.28))  # the sheet's shadow
    c.rect(22 * mm, 16 * mm, W - 40 * mm, H - 34 * mm, stroke=0, fill=1)
    c.setFillColor(KERTAS)
    c.rect(20 * mm, 18 * mm, W - 40 * mm, H - 34 * mm, stroke=0, fill=1)
    for x in (27 * mm, W - 27 * mm):  # the push pins at the sheet's top corners
        y = H - 22 * mm
        c.setFillColor(colors.Color(0, 0, 0, alpha=0.3))
        c.circle(x + 1.2 * mm, y - 1.2 * mm, 3.6 * mm, stroke=0, fill=1)
        c.setFillColor(PIN)
        c.circle(x, y, 3.6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#F08A8E"))
        c.circle(x - 1.1 * mm, y + 1.1 * mm, 1.0 * mm, stroke=0, fill=1)
    c.setFillColor(TEKS_LAYAR)
    c.setFont("kR", 8)
    c.drawRightString(W - 28 * mm, 23 * mm, str(n))


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: black on the folded copy, near-black on the sheet on the cork board."""
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
            if L is SISI:  # the folded copy: rules above and below the header and under the last row only
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.7 if i == 0 else 0.5)
                if i == 0:
                    c.line(xx, atas, xx + lebar, atas)
                if i == 0 or akhir:
                    c.line(xx, atas - h, xx + lebar, atas - h)
            else:  # the cork sheet: thin grey rules, a pale yellow header row
                c.setStrokeColor(RULE_LAYAR)
                c.setLineWidth(0.3)
                c.setFillColor(colors.HexColor("#FFF6C8"))
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
