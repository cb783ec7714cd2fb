#!/usr/bin/python3
"""PDF twins of four dev35/ texts, in two looks no earlier batch used.

- Ngada 2019 and Nagekeo 2020 (ordinary documents): **an A4 Word report whose footer carries the office's
  postal address** (Word's footer block, as a satker's template holds it) - DejaVu Sans 10 pt at 1.5 line
  spacing, margins 30 mm left, 20 mm right, 20 mm top and 34 mm bottom; at the foot of every page a double
  rule, under it the secretariat's name and street address centred in small grey type over a second line
  with the office's town and `Halaman n` at the right, nothing at the head; `BAB` lines bold; every TAB
  table in Word's **Plain Table 5** manner: no vertical rules and no fill, the header row in italics over a
  single rule, the first column in italics, the figures right-aligned, the header repeated on the next page;
  a name the text wrapped joined again and wrapped inside its cell, a figure never broken; the prose
  re-flowed; the text's own page feet dropped.
- Flores Timur 2019 and Manggarai 2021 (new house styles): **the report printed as a square booklet**
  (210 x 210 mm pages, as an office prints an annual report for an exhibition stand) - a teal band 13 mm deep
  across the top of every page with `LAPORAN KINERJA`, the satker and year at the left and the chapter in
  hand at the right in white, the page number white in a filled teal circle at the foot's centre; prose in
  DejaVu Sans 8.5 pt re-flowed, every fixed line (the waffles' and the icicle's lines, lines opening with a
  space or holding runs of spaces) in DejaVu Sans Mono kept as a line (shrunk when wider than the page),
  TAB tables in a thin teal grid with the header bold on a pale teal ground.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev35/pdf/make_pdf.py
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
    """A look: page size, margins, faces, size and line spacing."""
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face, tebal, miring, spasi):
        self.nama, (self.W, self.H) = nama, size
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * spasi
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + tebal + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "I", F + miring + ".ttf"))


# Word's "1.5 lines" spacing on a 10 pt face; the square booklet at a tighter single spacing
ALAMAT = Gaya("a", (210 * mm, 297 * mm), 30 * mm, 20 * mm, 20 * mm, 34 * mm, 10, "DejaVuSans", "DejaVuSans-Bold",
              "DejaVuSans-Oblique", 1.75)
PERSEGI = Gaya("q", (210 * mm, 210 * mm), 16 * mm, 16 * mm, 24 * mm, 20 * mm, 8.5, "DejaVuSans", "DejaVuSans-Bold",
               "DejaVuSans-Oblique", 1.45)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.4
TEAL = colors.HexColor("#1F7A7A")
PUCAT = colors.HexColor("#D5ECEC")  # the pale teal of the booklet's table headers
ABU = colors.HexColor("#707070")
BASES = ("lakip-ngada-2019", "lkj-nagekeo-2020", "lakip-flores-timur-2019", "lkj-manggarai-2021")
LOOK = {"lakip-ngada-2019": ALAMAT, "lkj-nagekeo-2020": ALAMAT, "lakip-flores-timur-2019": PERSEGI,
        "lkj-manggarai-2021": PERSEGI}
# the footer block of the address look: (secretariat and street, town)
KAKI = {"lakip-ngada-2019": ("Sekretariat Komisi Pemilihan Umum Kabupaten Ngada - Jalan Soekarno-Hatta, Kelurahan Ngedukelu",
                             "Bajawa, Kabupaten Ngada, Nusa Tenggara Timur"),
        "lkj-nagekeo-2020": ("Sekretariat Komisi Pemilihan Umum Kabupaten Nagekeo - Jalan Gajah Mada, Kelurahan Dhawe",
                             "Mbay, Kabupaten Nagekeo, Nusa Tenggara Timur")}
SAMPUL = {"lakip-flores-timur-2019": "FLORES TIMUR 2019", "lkj-manggarai-2021": "MANGGARAI 2021"}
BAB = ["KATA PENGANTAR", "BAB I", "BAB II", "BAB III", "BAB IV"]
L = ALAMAT


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
    """The face a table cell is set in: Plain Table 5 - the header row and the first column in italics;
    the booklet - the header row bold."""
    if L is ALAMAT:
        return L.nama + ("I" if i == 0 or j == 0 else "R")
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
    return not re.match(r"^\s|^[|+#\[*=>\u2022\u25cf\u25cb\u00b7\u2500-\u257f-]|^\w+ +: |^[A-Z /]+ {3}|^[A-Z0-9 ,./:-]{20,}$", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    text = re.sub(r"\n(LAKIP KPU Ngada 2019 \| Halaman \d+|LKj Nagekeo 2020 - \d+)\n\f\n", "\n\f\n", text)
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


def perabot(c, base, n, bab=0):
    """The page's furniture: the address look - the footer block (double rule, the secretariat's address,
    the town and `Halaman n`); the booklet - the teal band at the top and the page number in a circle."""
    W, H = L.W, L.H
    if L is ALAMAT:
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        c.line(L.kiri, 24 * mm, W - L.kanan, 24 * mm)
        c.setLineWidth(0.3)
        c.line(L.kiri, 23.2 * mm, W - L.kanan, 23.2 * mm)
        c.setFillColor(ABU)
        c.setFont("aR", 7)
        c.drawCentredString((L.kiri + W - L.kanan) / 2, 19 * mm, KAKI[base][0])
        c.drawCentredString((L.kiri + W - L.kanan) / 2, 15.5 * mm, KAKI[base][1])
        c.setFillColor(colors.black)
        c.setFont("aR", 8)
        c.drawRightString(W - L.kanan, 10 * mm, f"Halaman {n}")
        return
    c.setFillColor(TEAL)
    c.rect(0, H - 13 * mm, W, 13 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("qB", 8.5)
    c.drawString(L.kiri, H - 8.2 * mm, "LAPORAN KINERJA")
    c.setFont("qR", 8)
    c.drawString(L.kiri + 32 * mm, H - 8.2 * mm, SAMPUL[base])
    c.drawRightString(W - L.kanan, H - 8.2 * mm, BAB[bab])
    c.setFillColor(TEAL)
    c.circle(W / 2, 10 * mm, 4.2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("qB", 8)
    c.drawCentredString(W / 2, 10 * mm - 2.8, str(n))
    c.setFillColor(colors.black)


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
        perabot(self.c, self.nama, self.n, self.babke)
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
        if not prosa(ln) and (L is PERSEGI or pdfmetrics.stringWidth(ln, L.nama + "R", L.pt) > L.lebar):
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
            if self.bab:
                self.babke = max(self.babke, next((k for k, b in enumerate(BAB) if x.split()[:2] == b.split()), 0))
                if L is PERSEGI:
                    perabot(c, self.nama, self.n, self.babke)  # the band names the chapter that opens here
            self.y -= L.lead
            self.isi = True

    bab = False
    babke = 0

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
            if L is ALAMAT:
                if i == 0:
                    c.setStrokeColor(colors.black)
                    c.setLineWidth(0.6)
                    c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
                c.setFillColor(colors.black)
            else:
                c.setStrokeColor(TEAL)
                c.setLineWidth(0.4)
                xx = L.kiri
                for j in range(len(sel)):
                    c.setFillColor(PUCAT if i == 0 else colors.white)
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=1)
                    xx += w[j]
                c.setFillColor(colors.black)
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
