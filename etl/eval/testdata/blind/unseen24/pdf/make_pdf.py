#!/usr/bin/python3
"""PDF twins of four unseen24/ texts, in two looks.

- Belu 2020 and Kota Kupang 2023 (ordinary documents): an A4 Word report as a fifth office exports it -
  an Arial-metric sans (Liberation Sans) 10.5 pt, margins 2.5 cm left and right, 3 cm top, 2.5 cm bottom;
  from page 2 on a running head in small type (the report's title on the left, a thin rule under it) and
  the bare page number centred at the foot; every TAB table in Word's `Grid Table 4 - Accent 1` style: the
  header row on a dark blue band with white bold text, banded pale blue rows, horizontal rules only,
  repeated on the next page; long cells wrapped inside their column, a figure never broken.
- Alor 2022 and Flores Timur 2020 (new house styles), a look no earlier batch used: **printed from the
  office's code editor in its dark theme** - A4 landscape, the page dark charcoal, light grey monospace
  text (DejaVu Sans Mono 9 pt), every line of the text twin kept as a line (long ones wrapped with an
  indent, never joined), a lighter title bar at the top with the file name as the editor's tab shows it and
  `n / N` on the right; TAB tables in thin grey rules with a steel-blue header band.
Written from the text twin line by line, so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 unseen24/pdf/make_pdf.py
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
F = "/usr/share/fonts/truetype/dejavu/"
ANGKA = re.compile(r"^[\d.,%\s/()*+:=-]+$")
JUDUL = re.compile(r"^(BAB [IV]+|[A-E]\. |KATA PENGANTAR|DAFTAR)")


class Gaya:
    """A look: page size, margins, faces and size, page and text colours."""
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face, latar=None, teks=colors.black):
        self.nama, (self.W, self.H) = nama, size
        self.latar, self.teks = latar, teks
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * 1.45
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + ".ttf"))
        tebal = face.replace("-Regular", "") + "-Bold.ttf"
        pdfmetrics.registerFont(TTFont(nama + "B", F + tebal))


WORD = Gaya("w", A4, 25 * mm, 25 * mm, 30 * mm, 25 * mm, 10.5, "../liberation/LiberationSans-Regular")
GELAP = Gaya("g", landscape(A4), 16 * mm, 14 * mm, 22 * mm, 14 * mm, 9, "DejaVuSansMono",
             latar=colors.HexColor("#1E1E1E"), teks=colors.HexColor("#D4D4D4"))
GELAP.lead = 9 * 1.5
BIRU = colors.HexColor("#1F4E79")
BIRU_MUDA = colors.HexColor("#DEEAF6")
BAJA = colors.HexColor("#264F78")
# base -> (look, running head or the file name the editor's tab shows)
BASES = {"lkjip-belu-2020": (WORD, "LKjIP KPU Kabupaten Belu Tahun 2020"),
         "lkj-kota-kupang-2023": (WORD, "Laporan Kinerja KPU Kota Kupang Tahun 2023"),
         "lkj-alor-2022": (GELAP, "lkj-alor-2022.txt  \u2014  laporan-kinerja"),
         "lakip-flores-timur-2020": (GELAP, "lakip-flores-timur-2020.txt  \u2014  arsip-lkj")}
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


def huruf(i, t):
    """The face a table cell is set in: bold header, monospace figures in the framed look."""
    if i == 0:
        return L.nama + "B"
    return L.nama + "R"


def tabel(rows):
    """A TAB table laid out for the page: (type size, column widths, rows of folded cells)."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    for pt in ((9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5) if L is WORD else (9, 8.5, 8, 7.5, 7, 6.5, 6)):
        w = [max(pdfmetrics.stringWidth(r[j], huruf(i, r[j]), pt) for i, r in enumerate(rows)) + 8 for j in range(n)]
        # a column is never narrower than its longest word, a figure never broken
        bawah = [max(pdfmetrics.stringWidth(k, huruf(i, r[j]), pt) for i, r in enumerate(rows)
                     for k in ([r[j]] if ANGKA.match(r[j] or "x") else r[j].split() or [""])) + 7 for j in range(n)]
        while sum(w) > L.lebar:
            j = max(range(n), key=lambda j: w[j] - bawah[j])
            if w[j] - 4 < bawah[j]:
                break
            w[j] -= 4
        if sum(w) <= L.lebar or pt == (5 if L is WORD else 6):
            break
    lipat = []
    for i, r in enumerate(rows):
        sel = []
        for j, c in enumerate(r):
            font = L.nama + ("B" if i == 0 else "R")
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


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    text = re.sub(r"\n\d+\n\f\n", "\n\f\n", text)  # the text's own page number: the page prints its own
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out.append(("T", [x.split("\t") for x in run]))
        else:
            for ln in run:
                if ln == "\f":
                    out.append(("F", ""))
                elif L is WORD and ln and out and out[-1][0] == "P" and len(out[-1][1]) >= 60 and not out[-1][1].endswith((".", ":")):
                    out[-1] = ("P", out[-1][1] + " " + ln)  # a paragraph the text wrapped: one line for the page to wrap
                else:
                    out.append(("P", ln))
    return out



class Halaman:
    def __init__(self, c, kepala):
        self.c, self.kepala, self.n, self.y, self.isi, self.bab = c, kepala, 0, 0, False, ""
        self.total = "?"

    def baru(self):
        """Close the page in hand (if any) and open the next with its furniture."""
        if self.n:
            self.c.showPage()
        self.n += 1
        c = self.c
        self.y = L.H - L.atas
        if L is WORD:
            if self.n > 1:
                c.setFillColor(colors.HexColor("#595959"))
                c.setFont(L.nama + "R", 8)
                c.drawString(L.kiri, L.H - 18 * mm, self.kepala)
                c.setStrokeColor(colors.HexColor("#595959"))
                c.setLineWidth(0.3)
                c.line(L.kiri, L.H - 19.5 * mm, L.W - L.kanan, L.H - 19.5 * mm)
                c.setFillColor(colors.black)
                c.setFont(L.nama + "R", 10)
                c.drawCentredString(L.W / 2, 13 * mm, str(self.n))
        else:
            c.setFillColor(L.latar)
            c.rect(0, 0, L.W, L.H, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#333333"))
            c.rect(0, L.H - 12 * mm, L.W, 12 * mm, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#FFFFFF"))
            c.setFont(L.nama + "R", 9)
            c.drawString(L.kiri, L.H - 7.5 * mm, self.kepala)
            c.setFillColor(colors.HexColor("#9CDCFE"))
            c.drawRightString(L.W - L.kanan, L.H - 7.5 * mm, f"{self.n} / {self.total}")
        c.setFillColor(L.teks)
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
        for k, x in enumerate(bungkus(ln) if L is WORD else bungkus(ln, lebar=L.lebar - 12 * mm)):
            if k and L is not WORD:
                x = "    " + x  # the editor's soft wrap, indented
            self.muat(L.lead)
            c = self.c
            if L is WORD and self.n == 1 and not self.isi_sampul():
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

        def baris(sel, i, _):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            atas, lebar = self.y + lead - 1, sum(w)
            if i == 0 or (L is WORD and i % 2 == 0):
                c.setFillColor((BIRU if i == 0 else BIRU_MUDA) if L is WORD else BAJA)
                c.rect(L.kiri, atas - h, lebar, h, stroke=0, fill=1)
            if L is WORD:
                c.setStrokeColor(colors.HexColor("#9DC3E6"))
                c.setLineWidth(0.5)
                c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
            else:
                c.setStrokeColor(colors.HexColor("#5A5A5A"))
                c.setLineWidth(0.4)
                xx = L.kiri
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=0)
                    xx += w[j]
            c.setFillColor(colors.white if i == 0 else (colors.black if L is WORD else L.teks))
            c.setFont(L.nama + ("B" if i == 0 else "R"), pt)
            x = L.kiri
            for j, isi in enumerate(sel):
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if i == 0:
                        c.drawCentredString(x + w[j] / 2, yy, t)
                    elif t and ANGKA.match(t):
                        c.drawRightString(x + w[j] - 3, yy, t)
                    else:
                        c.drawString(x + 3, yy, t)
                x += w[j]
            c.setFillColor(L.teks)
            self.y -= h

        self.muat(max(len(x) for x in lipat[0]) * lead + 30)
        baris(lipat[0], 0, False)
        for i, sel in enumerate(lipat[1:], 1):
            h = max(len(x) for x in sel) * lead + 4
            if self.y - h < L.bawah:
                self.baru()
                baris(lipat[0], 0, False)
            baris(sel, i, False)
        self.y -= L.lead * 0.8
        self.isi = True


def cetak(base, kepala, total="?"):
    """The twin laid out page by page; total is the page count printed as `n / N` (the dark look)."""
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=(L.W, L.H), invariant=1)
    c.setTitle(base)
    h = Halaman(c, kepala)
    h.total = total
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
        L, kepala = BASES[base]
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base, kepala)
        pdf, n = cetak(base, kepala, n)  # again, now that the page count is known
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
