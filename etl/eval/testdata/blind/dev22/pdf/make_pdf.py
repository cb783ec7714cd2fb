#!/usr/bin/python3
"""PDF twins of four dev22/ texts, in two looks.

- Belu 2022 and Alor 2022 (ordinary documents): an A4 Word report exported with Word's newer defaults -
  a Cambria-like serif (DejaVu Serif Condensed) 11 pt, Word's 2.54 cm margins all round, the satker's
  name small and grey at the top left (not on the cover), the bare page number at the foot on the right;
  every TAB table in Word's `Grid Table 4 - Accent 1` (a blue header row with white bold text, thin blue
  rules, every other row light blue), its header repeated on a page the table runs on to.
- Sumba Barat 2020 and Manggarai Barat 2024 (new house styles), a look no earlier batch used: a US Letter
  page (the office's printer default never switched to A4), the text as an application prints it - sans
  condensed (DejaVu Sans Condensed) 9 pt, a boxed banner on every page with the application's name and
  the print time, tables with grey rules and a dark grey header with white text, `Hal. n` at the foot
  in the centre over a grey rule.
Written from the text twin line by line (a form feed starts a new page), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev22/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
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
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face):
        self.nama, (self.W, self.H) = nama, size
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * 1.45
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + face + "-Bold.ttf"))


WORD = Gaya("w", A4, 25.4 * mm, 25.4 * mm, 25.4 * mm, 25.4 * mm, 11, "DejaVuSerifCondensed")
BINGKAI = Gaya("p", letter, 20 * mm, 18 * mm, 34 * mm, 22 * mm, 9, "DejaVuSansCondensed")
BIRU, MUDA, ABU = colors.HexColor("#4472c4"), colors.HexColor("#d9e2f3"), colors.HexColor("#595959")
# base -> (look, running head or the application banner)
BASES = {"lkj-belu-2022": (WORD, "KPU Kabupaten Belu"),
         "lkj-alor-2022": (WORD, "KPU Kabupaten Alor"),
         "lkj-sumba-barat-2020": (BINGKAI, "e-Kinerja KPU | Cetak Laporan Kinerja Satker 5312 | dicetak 28-01-2021 09:42"),
         "lkj-manggarai-barat-2024": (BINGKAI, "e-Kinerja KPU | Cetak Laporan Kinerja Satker 5315 | dicetak 27-01-2025 14:05")}
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
                if ln == "\f":
                    out.append(("F", ""))
                elif ln and out and out[-1][0] == "P" and len(out[-1][1]) >= 60 and not out[-1][1].endswith((".", ":")):
                    out[-1] = ("P", out[-1][1] + " " + ln)  # a paragraph the text wrapped: one line for the page to wrap
                else:
                    out.append(("P", ln))
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
            c.setFont(L.nama + "R", 10)
            c.drawRightString(L.W - L.kanan, 14 * mm, str(self.n))
            if self.n > 1:
                c.setFillColor(colors.grey)
                c.setFont(L.nama + "R", 8)
                c.drawString(L.kiri, L.H - 14 * mm, self.kepala)
                c.setFillColor(colors.black)
        else:
            c.setLineWidth(0.8)
            c.rect(L.kiri, L.H - 26 * mm, L.lebar, 12 * mm, stroke=1, fill=0)
            c.setFont(L.nama + "B", 9)
            c.drawString(L.kiri + 3 * mm, L.H - 19 * mm, self.kepala.split(" | ")[0])
            c.setFont(L.nama + "R", 7.5)
            c.drawRightString(L.W - L.kanan - 3 * mm, L.H - 19 * mm, " | ".join(self.kepala.split(" | ")[1:]))
            c.setStrokeColor(colors.grey)
            c.line(L.kiri, 16 * mm, L.W - L.kanan, 16 * mm)
            c.setStrokeColor(colors.black)
            c.setFont(L.nama + "R", 8)
            c.drawCentredString(L.W / 2, 11 * mm, f"Hal. {self.n}")
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
            kepala = BIRU if L is WORD else ABU
            if i == 0 or (L is WORD and i % 2 == 0):
                c.setFillColor(kepala if i == 0 else MUDA)
                c.rect(L.kiri, self.y - h + lead - 1, sum(w), h, stroke=0, fill=1)
            c.setFillColor(colors.white if i == 0 else colors.black)
            for j, isi in enumerate(sel):
                c.setStrokeColor(colors.HexColor("#8eaadb") if L is WORD else colors.grey)
                c.setLineWidth(0.4)
                c.rect(x, self.y - h + lead - 1, w[j], h, stroke=1, fill=0)
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if i > 0 and t and ANGKA.match(t):
                        c.drawRightString(x + w[j] - 4, yy, t)
                    else:
                        c.drawString(x + 4, yy, t)
                x += w[j]
            c.setFillColor(colors.black)
            c.setStrokeColor(colors.black)
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
