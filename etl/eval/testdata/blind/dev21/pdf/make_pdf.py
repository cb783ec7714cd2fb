#!/usr/bin/python3
"""PDF twins of four dev21/ texts, in two looks.

- TTS 2023 and Alor 2020 (ordinary documents): an A4 Word report as another office exports it - sans
  serif (Liberation Sans, Arial metrics) 11 pt, margins 3 cm left and 2.5 cm elsewhere, the report's
  title as a running head in the top right over a thin rule (not on the cover), `Halaman n` at the
  foot on the right; every TAB table Word's `Table Grid` with the header row shaded light grey and
  repeated on a page the table runs on to.
- Malaka 2022 and Nagekeo 2022 (new house styles), a look no earlier batch used: A4 portrait with a
  Word page border (a double rule framing every page), narrow sans (Liberation Sans Narrow) 10.5 pt,
  tables with horizontal hairlines only and every figure in a monospace face (Liberation Mono), the
  footer `- n -` centred inside the frame with the document's file code on the left.
Written from the text twin line by line (a form feed starts a new page), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev21/pdf/make_pdf.py
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
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face):
        self.nama, (self.W, self.H) = nama, size
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * 1.45
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + "-Regular.ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + face + "-Bold.ttf"))


pdfmetrics.registerFont(TTFont("monoR", F + "LiberationMono-Regular.ttf"))
WORD = Gaya("w", A4, 30 * mm, 25 * mm, 28 * mm, 25 * mm, 11, "LiberationSans")
BINGKAI = Gaya("p", A4, 28 * mm, 24 * mm, 26 * mm, 28 * mm, 10.5, "LiberationSansNarrow")
# base -> (look, running head or file code)
BASES = {"lkj-tts-2023": (WORD, "Laporan Kinerja KPU Kabupaten Timor Tengah Selatan Tahun 2023"),
         "lkj-alor-2020": (WORD, "LKj KPU Kabupaten Alor"),
         "lkj-malaka-2022": (BINGKAI, "LKJ/5321/2022/Rev.01"), "lkjip-nagekeo-2022": (BINGKAI, "LKJIP/5316/2022/Final")}
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
    return "monoR" if L is BINGKAI and t and ANGKA.match(t) else L.nama + "R"


def tabel(rows):
    """A TAB table laid out for the page: (type size, column widths, rows of folded cells)."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    for pt in (9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5):
        w = [max(pdfmetrics.stringWidth(r[j], huruf(i, r[j]), pt) for i, r in enumerate(rows)) + 8 for j in range(n)]
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



class Halaman:
    def __init__(self, c, kepala):
        self.c, self.kepala, self.n, self.y, self.isi, self.bab = c, kepala, 0, 0, False, ""

    def baru(self):
        """Close the page in hand (if any) and open the next with its furniture."""
        if self.n:
            self.c.showPage()
        self.n += 1
        c = self.c
        self.y = L.H - L.atas
        if L is WORD:
            c.setFont(L.nama + "R", 9)
            c.drawRightString(L.W - L.kanan, 16 * mm, f"Halaman {self.n}")
            if self.n > 1:
                c.drawRightString(L.W - L.kanan, L.H - 16 * mm, self.kepala)
                c.setLineWidth(0.5)
                c.line(L.kiri, L.H - 18 * mm, L.W - L.kanan, L.H - 18 * mm)
        else:
            c.setLineWidth(1.2)
            c.rect(14 * mm, 14 * mm, L.W - 28 * mm, L.H - 28 * mm, stroke=1, fill=0)
            c.setLineWidth(0.5)
            c.rect(15.5 * mm, 15.5 * mm, L.W - 31 * mm, L.H - 31 * mm, stroke=1, fill=0)
            c.setFont(L.nama + "R", 8)
            c.drawString(L.kiri, 19 * mm, self.kepala)
            c.drawCentredString(L.W / 2, 19 * mm, f"- {self.n} -")
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

        def baris(sel, i, _):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            c.setFont(L.nama + ("B" if i == 0 else "R"), pt)
            x = L.kiri
            if L is WORD and i == 0:
                c.setFillColor(colors.HexColor("#d9d9d9"))
                c.rect(L.kiri, self.y - h + lead - 1, sum(w), h, stroke=0, fill=1)
                c.setFillColor(colors.black)
            for j, isi in enumerate(sel):
                if L is WORD:
                    c.setLineWidth(0.5)
                    c.rect(x, self.y - h + lead - 1, w[j], h, stroke=1, fill=0)
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if i > 0 and t and ANGKA.match(t):
                        if L is BINGKAI:
                            c.setFont("monoR", pt - 0.5)
                        c.drawRightString(x + w[j] - 4, yy, t)
                        c.setFont(L.nama + ("B" if i == 0 else "R"), pt)
                    else:
                        c.drawString(x + 4, yy, t)
                x += w[j]
            if L is BINGKAI:
                c.setLineWidth(0.9 if i == 0 else 0.25)
                c.line(L.kiri, self.y - h + lead - 1, L.kiri + sum(w), self.y - h + lead - 1)
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


def cetak(base, kepala):
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=(L.W, L.H), invariant=1)
    c.setTitle(base)
    h = Halaman(c, kepala)
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
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
