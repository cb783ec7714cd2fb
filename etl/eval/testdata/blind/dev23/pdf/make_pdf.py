#!/usr/bin/python3
"""PDF twins of four dev23/ texts, in two looks.

- Kupang 2023 and Sikka 2024 (ordinary documents): an A4 Word report as a regional government office
  sets it up - a Bookman-like serif (DejaVu Serif) 11.5 pt, margins 3 cm left, 2 cm right, 2.5 cm top and
  2 cm bottom, the bare page number at the top centre from the second page on (the naskah dinas habit),
  no running head; every TAB table in Word's `Table Grid` with black rules, the header row bold and
  centred with a double rule under it, no shading, the header repeated on the next page.
- Sumba Timur 2024 and Rote Ndao 2023 (new house styles), a look no earlier batch used: the report's
  plain-text file printed from Windows Notepad through `Microsoft Print to PDF` - a monospace face
  (DejaVu Sans Mono) 9 pt, Notepad's page setup (the file name centred at the top, `Halaman n` centred at
  the foot, 2 cm side margins), TABs expanded to Notepad's 8-column stops, long lines word-wrapped, form
  feeds ignored (Notepad does not start a new page for them), no rules and no bold anywhere.
Written from the text twin line by line, so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev23/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
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


WORD = Gaya("w", A4, 30 * mm, 20 * mm, 25 * mm, 20 * mm, 11.5, "DejaVuSerif")
NOTEPAD = Gaya("n", A4, 20 * mm, 20 * mm, 25 * mm, 25 * mm, 9, "DejaVuSansMono")
# base -> (look, running head or the application banner)
BASES = {"lkj-kabupaten-kupang-2023": (WORD, ""),
         "lkj-sikka-2024": (WORD, ""),
         "lkj-sumba-timur-2024": (NOTEPAD, "LKj_KPU_Sumba_Timur_2024_final.txt"),
         "lkj-rote-ndao-2023": (NOTEPAD, "LKj 2023 KPU Rote Ndao (teks).txt")}
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
            if self.n > 1:
                c.setFont(L.nama + "R", 10)
                c.drawCentredString(L.W / 2, L.H - 14 * mm, str(self.n))
        else:
            c.setFont(L.nama + "R", L.pt)
            c.drawCentredString(L.W / 2, L.H - 14 * mm, self.kepala)
            c.drawCentredString(L.W / 2, 13 * mm, f"Halaman {self.n}")
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
            c.setFillColor(colors.black)
            for j, isi in enumerate(sel):
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.5)
                c.rect(x, self.y - h + lead - 1, w[j], h, stroke=1, fill=0)
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if i == 0:
                        c.drawCentredString(x + w[j] / 2, yy, t)
                    elif t and ANGKA.match(t):
                        c.drawRightString(x + w[j] - 4, yy, t)
                    else:
                        c.drawString(x + 4, yy, t)
                x += w[j]
            if i == 0:
                c.setLineWidth(0.5)
                c.line(L.kiri, self.y - h + lead - 2.5, L.kiri + sum(w), self.y - h + lead - 2.5)
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


def cetak_notepad(base, kepala):
    """The text file as Notepad prints it: TABs to 8-column stops, word wrap at the line width, form
    feeds ignored, a fixed number of lines a page."""
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=(L.W, L.H), invariant=1)
    c.setTitle(kepala)
    h = Halaman(c, kepala)
    kol = int(L.lebar / pdfmetrics.stringWidth("0", L.nama + "R", L.pt))
    lead = L.pt * 1.25
    h.baru()
    for ln in open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read().split("\n"):
        if ln == "\f":
            continue
        ln = ln.expandtabs(8).rstrip()
        potong = textwrap.wrap(ln, kol, break_long_words=True, break_on_hyphens=False, replace_whitespace=False,
                               drop_whitespace=True) if len(ln) > kol else [ln]
        for x in potong or [""]:
            if h.y - lead < L.bawah:
                h.baru()
            c.setFont(L.nama + "R", L.pt)
            c.drawString(L.kiri, h.y, x)
            h.y -= lead
    c.showPage()
    c.save()
    return pdf, h.n


def main():
    global L
    for base in BASES:
        L, kepala = BASES[base]
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = (cetak if L is WORD else cetak_notepad)(base, kepala)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
