#!/usr/bin/python3
"""PDF twins of four dev38/ texts, in two looks no earlier batch used.

- Sikka 2023 and Sumba Timur 2023 (ordinary documents): **an A4 report set up as a naskah dinas marked with its
  security classification (klasifikasi keamanan)** - the word `BIASA` in bold dark red inside a thin red frame
  centred at the head and again at the foot of every page (as the rules of official correspondence ask of every
  page of a classified letter), the bare page number at the foot's right in grey; prose in DejaVu Sans 10 pt at
  1.35 line spacing re-flowed, margins 28 mm left, 20 mm right, 24 mm top and bottom; `BAB` lines bold; every TAB
  table with its header row in white bold on a dark gold fill, a gold rule round the table, pale grey hairlines
  between the rows and no vertical rules inside, figures right-aligned, the header repeated on the next page; a
  name the text wrapped joined again and wrapped in its cell, a figure never broken; the text's own page feet,
  page numbers and running heads dropped.
- Belu 2023 and Manggarai Barat 2023 (new house styles): **the report kept as a carbon copy (tembusan
  rangkap karbon) on thin yellow copy paper** - A4 sheets tinted a pale onion-skin yellow, every letter and rule
  in carbon violet-blue, at the top right of every page a rubber-stamp frame `TEMBUSAN` in the same ink over
  `Lembar ke-2`, the page number `hal. n` at the top left; prose in DejaVu Serif 9 pt re-flowed, every fixed
  line (the label's and the stamps' lines, lines opening with a space or holding runs of spaces) in DejaVu Sans
  Mono kept as a line (shrunk when wider than the page), TAB tables in a thin violet full grid with the header
  bold and no fill.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev38/pdf/make_pdf.py
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


# the classified report in DejaVu Sans; the carbon copy in DejaVu Serif
KLAS = Gaya("t", (210 * mm, 297 * mm), 28 * mm, 20 * mm, 24 * mm, 24 * mm, 10, "DejaVuSans",
           "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.35)
KARBON = Gaya("k", (210 * mm, 297 * mm), 20 * mm, 16 * mm, 26 * mm, 20 * mm, 9, "DejaVuSerif",
              "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.4)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.4
EMAS = colors.HexColor("#9C7A1E")  # the template's table gold
GARIS_ABU = colors.HexColor("#C8C8C8")
MERAH_TUA = colors.HexColor("#A01818")  # the classification mark's red
KUNING = colors.HexColor("#FAF3CF")  # the copy paper's tint
UNGU = colors.HexColor("#3A3A8C")  # the carbon's violet-blue
ABU = colors.HexColor("#6E6E6E")
BASES = ("lkj-sikka-2023", "lkj-sumba-timur-2023", "lkj-belu-2023", "lkj-manggarai-barat-2023")
LOOK = {"lkj-sikka-2023": KLAS, "lkj-sumba-timur-2023": KLAS, "lkj-belu-2023": KARBON, "lkj-manggarai-barat-2023": KARBON}
BAB = ["KATA PENGANTAR", "BAB I", "BAB II", "BAB III", "BAB IV"]
L = KLAS
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
    return not re.match(r"^\s|^[|+#\[*=>\u2022\u25cf\u25cb\u00b7\u2500-\u257f-]|^\w+ +: |^[A-Z /]+ {3}|^[A-Z0-9 ,./:-]{20,}$", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    text = re.sub(r"\n(LKj Sikka 2023 / hal\. \d+|- \d+ -)\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n\d+\n\n\f\n", "\n\f\n", text)  # the number a table's page break printed
    for kepala in ("LKj Sekretariat KPU Kab. Sumba Timur 2023",):
        text = text.replace(f"\f\n{kepala}\n", "\f\n")  # the running heads
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
    """The page's furniture: the classified naskah dinas - the classification `BIASA` in a red frame centred at
    the head and at the foot, the page number at the foot's right; the carbon copy - the yellow tint, the
    TEMBUSAN stamp and the page number at the top."""
    W, H = L.W, L.H
    if L is KLAS:
        for y in (H - 14 * mm, 12 * mm):  # the classification, centred at the head and at the foot
            c.setStrokeColor(MERAH_TUA)
            c.setLineWidth(0.8)
            c.rect(W / 2 - 11 * mm, y - 1.8 * mm, 22 * mm, 6.2 * mm, stroke=1, fill=0)
            c.setFillColor(MERAH_TUA)
            c.setFont("tB", 9)
            c.drawCentredString(W / 2, y, "BIASA")
        c.setFillColor(ABU)
        c.setFont("tR", 8.5)
        c.drawRightString(W - L.kanan, 12 * mm, str(n))
        c.setFillColor(colors.black)
        return
    c.setFillColor(KUNING)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(UNGU)
    c.setLineWidth(1.2)
    c.roundRect(W - L.kanan - 34 * mm, H - 19 * mm, 34 * mm, 11 * mm, 2 * mm, stroke=1, fill=0)
    c.setFillColor(UNGU)
    c.setFont("kB", 11)
    c.drawCentredString(W - L.kanan - 17 * mm, H - 13 * mm, "TEMBUSAN")
    c.setFont("kR", 6.5)
    c.drawCentredString(W - L.kanan - 17 * mm, H - 17.3 * mm, "Lembar ke-2")
    c.setFont("kR", 8.5)
    c.drawString(L.kiri, H - 13 * mm, f"hal. {n}")


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
        self.c.setFillColor(TINTA[0])
        self.isi = False

    def muat(self, tinggi):
        if self.y - tinggi < L.bawah:
            self.baru()

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= L.lead * 0.5
            return
        if not prosa(ln) and (L is KARBON or pdfmetrics.stringWidth(ln, L.nama + "R", L.pt) > L.lebar):
            self.tetap(ln)
            return
        for x in bungkus(ln):
            self.muat(L.lead)
            c = self.c
            judul = bool(JUDUL.match(x))
            c.setFont(L.nama + ("B" if judul else "R"), L.pt + (1.5 if x.startswith("BAB ") else 0))
            c.setFillColor(TINTA[0])
            c.drawString(L.kiri, self.y, x)
            self.bab = x.startswith("BAB ")
            if self.bab:
                self.babke = max(self.babke, next((k for k, b in enumerate(BAB) if x.split()[:2] == b.split()), 0))
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
        self.c.setFillColor(TINTA[0])
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
            if L is KLAS:
                if i == 0:
                    c.setFillColor(EMAS)
                    c.rect(L.kiri, atas - h, lebar, h, stroke=0, fill=1)
                else:
                    c.setStrokeColor(GARIS_ABU)
                    c.setLineWidth(0.3)
                    c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
                c.setStrokeColor(EMAS)
                c.setLineWidth(0.8)
                c.line(L.kiri, atas, L.kiri, atas - h)
                c.line(L.kiri + lebar, atas, L.kiri + lebar, atas - h)
                if i == 0:
                    c.line(L.kiri, atas, L.kiri + lebar, atas)
                if akhir:
                    c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
            else:
                c.setStrokeColor(UNGU)
                c.setLineWidth(0.4)
                xx = L.kiri
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=0)
                    xx += w[j]
            c.setFillColor(colors.white if (L is KLAS and i == 0) else TINTA[0])
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
        TINTA[0] = UNGU if L is KARBON else colors.black
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
