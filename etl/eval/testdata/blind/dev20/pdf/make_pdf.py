#!/usr/bin/python3
"""PDF twins of four dev20/ texts, in two looks.

- Kupang 2021 and Manggarai Timur 2023 (ordinary documents): the plain A4 export of a Word report as
  an office makes it - Times-like serif (Liberation Serif) 12 pt, margins 4 cm left and 3 cm
  elsewhere, the page number alone centred at the foot, every TAB table Word's `Table Grid` (thin
  single rules around every cell, the header row bold, repeated on a page the table runs on to).
- Belu 2021 and TTU 2022 (new house styles): A4 landscape with a dark vertical band down the left
  margin that carries the report's title rotated a quarter turn and the chapter in hand, sans serif
  (Liberation Sans), tables without vertical rules - a bold rule under the header, every other row
  shaded - and the footer `Halaman n` on the right over a thin rule.
Written from the text twin line by line (a form feed starts a new page), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev20/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
F = "/usr/share/fonts/truetype/liberation/"
ANGKA = re.compile(r"^[\d.,%\s/()*+:=-]+$")
JUDUL = re.compile(r"^(BAB [IV]+|[A-E]\. |KATA PENGANTAR|DAFTAR)")


class Gaya:
    """A look: page size, margins, faces and size."""
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, serif):
        self.nama, (self.W, self.H) = nama, size
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * 1.45
        f = "LiberationSerif" if serif else "LiberationSans"
        pdfmetrics.registerFont(TTFont(nama + "R", F + f + "-Regular.ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + f + "-Bold.ttf"))


WORD = Gaya("w", A4, 40 * mm, 30 * mm, 30 * mm, 30 * mm, 12, True)
PITA = Gaya("p", landscape(A4), 38 * mm, 18 * mm, 18 * mm, 22 * mm, 10, False)
# base -> (look, the band's title)
BASES = {"lkj-kabupaten-kupang-2021": (WORD, ""), "lkj-manggarai-timur-2023": (WORD, ""),
         "lkjip-belu-2021": (PITA, "LKjIP KPU KABUPATEN BELU 2021"), "lkj-ttu-2022": (PITA, "LAPORAN KINERJA KPU KABUPATEN TTU 2022")}
L = WORD


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


def tabel(rows):
    """A TAB table laid out for the page: (type size, column widths, rows of folded cells)."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    for pt in (9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5):
        w = [max(pdfmetrics.stringWidth(r[j], L.nama + ("B" if i == 0 else "R"), pt) for i, r in enumerate(rows)) + 8
             for j in range(n)]
        while sum(w) > L.lebar:
            j = max(range(n), key=lambda j: w[j])
            if w[j] <= 70:
                break
            w[j] -= 4
        if sum(w) <= L.lebar or pt == 5:
            break
    lipat = []
    for i, r in enumerate(rows):
        sel = []
        for j, c in enumerate(r):
            font = L.nama + ("B" if i == 0 else "R")
            if pdfmetrics.stringWidth(c, font, pt) <= w[j] - 6:
                sel.append([c])
            else:
                k = max(4, int((w[j] - 6) / (pt * 0.56)))
                sel.append(textwrap.wrap(c, k, break_long_words=False, break_on_hyphens=False) or [""])
        lipat.append(sel)
    return pt, w, lipat


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out.append(("T", [x.split("\t") for x in run]))
        else:
            for ln in run:
                out.append(("F", "") if ln == "\f" else ("P", ln))
    return out


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out.append(("T", [x.split("\t") for x in run]))
        else:
            for ln in run:
                out.append(("F", "") if ln == "\f" else ("P", ln))
    return out



class Halaman:
    def __init__(self, c, pita):
        self.c, self.pita, self.n, self.y, self.isi, self.bab = c, pita, 0, 0, False, ""

    def baru(self):
        """Close the page in hand (if any) and open the next with its furniture."""
        if self.n:
            self.c.showPage()
        self.n += 1
        c = self.c
        self.y = L.H - L.atas
        if L is WORD:
            c.setFont(L.nama + "R", 11)
            c.drawCentredString(L.kiri + L.lebar / 2, 15 * mm, str(self.n))
        else:
            c.setFillColor(colors.HexColor("#1f3a5f"))
            c.rect(0, 0, 24 * mm, L.H, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.saveState()
            c.translate(14 * mm, L.H / 2)
            c.rotate(90)
            c.setFont(L.nama + "B", 13)
            c.drawCentredString(0, 0, self.pita + (f"  |  {self.bab}" if self.bab else ""))
            c.restoreState()
            c.setFillColor(colors.black)
            c.setLineWidth(0.4)
            c.line(L.kiri, 14 * mm, L.W - L.kanan, 14 * mm)
            c.setFont(L.nama + "R", 8.5)
            c.drawRightString(L.W - L.kanan, 9 * mm, f"Halaman {self.n}")
        self.isi = False

    def muat(self, tinggi):
        if self.y - tinggi < L.bawah:
            self.baru()

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= L.lead * 0.5
            return
        if ln.startswith("BAB "):
            self.bab = ln
        for x in bungkus(ln):
            self.muat(L.lead)
            c = self.c
            if self.n == 1 and not self.isi_sampul():
                c.setFont(L.nama + "B", L.pt + 4)
                c.drawCentredString(L.kiri + L.lebar / 2, self.y, x)
                self.y -= L.lead * 1.6
                continue
            c.setFont(L.nama + ("B" if JUDUL.match(x) else "R"), L.pt)
            c.drawString(L.kiri, self.y, x)
            self.y -= L.lead
            self.isi = True

    def isi_sampul(self):
        return self.isi

    def tabel(self, rows):
        pt, w, lipat = tabel(rows)
        lead = pt * 1.4
        c = self.c

        def baris(sel, i, zebra):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            c.setFont(L.nama + ("B" if i == 0 else "R"), pt)
            x = L.kiri
            if L is PITA and zebra:
                c.setFillColor(colors.HexColor("#e8edf3"))
                c.rect(L.kiri, self.y - h + lead - 1, sum(w), h, stroke=0, fill=1)
                c.setFillColor(colors.black)
            for j, isi in enumerate(sel):
                if L is WORD:
                    c.setLineWidth(0.5)
                    c.rect(x, self.y - h + lead - 1, w[j], h, stroke=1, fill=0)
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if i > 0 and t and ANGKA.match(t):
                        c.drawRightString(x + w[j] - 4, yy, t)
                    else:
                        c.drawString(x + 4, yy, t)
                x += w[j]
            if L is PITA and i == 0:
                c.setLineWidth(1.4)
                c.line(L.kiri, self.y - h + lead - 1, L.kiri + sum(w), self.y - h + lead - 1)
            self.y -= h

        self.muat(max(len(x) for x in lipat[0]) * lead + 30)
        baris(lipat[0], 0, False)
        for i, sel in enumerate(lipat[1:], 1):
            h = max(len(x) for x in sel) * lead + 4
            if self.y - h < L.bawah:
                self.baru()
                baris(lipat[0], 0, False)
            baris(sel, i, i % 2 == 0)
        if L is PITA:
            c.setLineWidth(0.8)
            c.line(L.kiri, self.y + lead - 1, L.kiri + sum(w), self.y + lead - 1)
        self.y -= L.lead * 0.8
        self.isi = True


def cetak(base, pita):
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=(L.W, L.H), invariant=1)
    c.setTitle(base)
    h = Halaman(c, pita)
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
    c.showPage()
    c.save()
    return pdf, h.n


def main():
    global L
    for base in BASES:
        L, pita = BASES[base]
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base, pita)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
