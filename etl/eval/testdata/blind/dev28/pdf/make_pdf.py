#!/usr/bin/python3
"""PDF twins of four dev28/ texts, in two looks no earlier batch used.

- Kota Kupang 2022 and Flores Timur 2021 (ordinary documents): **the review copy of an A4 Word report with
  Line Numbering switched on** - DejaVu Sans Condensed 10.5 pt, 2.5 cm margins, every line of running text
  numbered in the left margin (small, grey, restarting on each page, as Word's "Restart Each Page"; tables are
  not numbered, as in Word), the bare page number centred at the foot from page 2 on; every TAB table with
  all borders, the header row bold on a pale green shading, repeated on the next page; a name the text
  wrapped on a continuation line joined again and wrapped inside its cell, a figure never broken.
- Lembata 2019 and Manggarai 2022 (new house styles): **printed on the back of used paper (kertas bekas)** -
  A4, the paper a slightly yellowed cream, the other side's print showing through as faint mirrored blocks of
  grey lines (a table's grid among them on some pages), a staple's two marks at the top left; prose in DejaVu
  Serif 10 pt re-flowed, every fixed line (the PowerShell session, the disposition sheet's fields, lines opening with
  a space or holding runs of spaces) in DejaVu Sans Mono 7.2 pt kept as a line; TAB tables in thin dark rules;
  the page number at the foot on the right. The show-through is drawn as shapes, never as text, and comes from
  a fixed linear congruential sequence, so a rebuild gives the same bytes.
Written from the text twin line by line, so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev28/pdf/make_pdf.py
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
    """A look: page size, margins, faces and size, page and text colours."""
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face, tebal, teks=colors.black):
        self.nama, (self.W, self.H) = nama, size
        self.teks = teks
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * 1.45
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + tebal + ".ttf"))


WORD = Gaya("w", A4, 25 * mm, 25 * mm, 25 * mm, 25 * mm, 10.5, "DejaVuSansCondensed", "DejaVuSansCondensed-Bold")
BEKAS = Gaya("r", A4, 24 * mm, 20 * mm, 24 * mm, 22 * mm, 10, "DejaVuSerif", "DejaVuSerif-Bold",
             teks=colors.HexColor("#1C1C1C"))
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
HIJAU = colors.HexColor("#E2EFDA")
KERTAS = colors.HexColor("#F7F3E6")
TEMBUS = colors.HexColor("#E4DFD0")
MONO_PT = 7.2
# base -> (look, footer title)
BASES = {"lkj-kota-kupang-2022": (WORD, ""),
         "lkj-flores-timur-2021": (WORD, ""),
         "lkj-lembata-2019": (BEKAS, ""),
         "lkj-manggarai-2022": (BEKAS, "")}
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
    for pt in ((9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5) if L is WORD else (8.5, 8, 7.5, 7, 6.5, 6)):
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


def prosa(ln):
    """True for a line of running prose (not a spool, dictum, label or list line), which may be re-flowed."""
    return not re.match(r"^\s|^[|+#\[*-]|^PS |^\w+ = |^\w+ +: ", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page foot and running head: the page prints its own furniture
    text = re.sub(r"\n(\d+|- \d+ -)\n\f\n", "\n\f\n", text)
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



class Halaman:
    def __init__(self, c, kepala):
        self.c, self.kepala, self.n, self.y, self.isi, self.bab = c, kepala, 0, 0, False, ""
        self.catat = 0

    def baru(self):
        """Close the page in hand (if any) and open the next with its furniture."""
        if self.n:
            self.c.showPage()
        self.n += 1
        c = self.c
        self.y = L.H - L.atas
        self.nomor = 0
        if L is WORD:
            if self.n > 1:
                c.setFillColor(colors.black)
                c.setFont(L.nama + "R", 10)
                c.drawCentredString(L.W / 2, 14 * mm, str(self.n))
        else:
            bekas(c, self.n)
            c.setFillColor(colors.HexColor("#3A3A3A"))
            c.setFont(L.nama + "R", 8.5)
            c.drawRightString(L.W - L.kanan, 12 * mm, str(self.n))
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
        if L is BEKAS and not prosa(ln):
            self.tetap(ln)
            return
        for k, x in enumerate(bungkus(ln)):
            self.muat(L.lead)
            c = self.c
            if L is WORD and self.n == 1 and not self.isi:
                c.setFont(L.nama + "B", L.pt + 4)
                c.drawCentredString(L.kiri + L.lebar / 2, self.y, x)
                self.y -= L.lead * 1.6
                continue
            font = L.nama + ("B" if JUDUL.match(x) else "R")
            if L is WORD:  # Word's line numbering: every line of running text, restarting on each page
                self.nomor += 1
                c.setFillColor(colors.HexColor("#7F7F7F"))
                c.setFont(L.nama + "R", 7.5)
                c.drawRightString(L.kiri - 5 * mm, self.y, str(self.nomor))
                c.setFillColor(L.teks)
            c.setFont(font, L.pt)
            c.drawString(L.kiri, self.y, x)
            self.y -= L.lead
            self.isi = True

    def tetap(self, ln):
        """A fixed line in monospace, wrapped at the text width only when longer (never joined)."""
        n = int(L.lebar / pdfmetrics.stringWidth("0", "mono", MONO_PT))
        for k in range(0, max(len(ln), 1), n):
            self.muat(MONO_PT * 1.35)
            self.c.setFont("mono", MONO_PT)
            self.c.drawString(L.kiri, self.y, ln[k:k + n])
            self.y -= MONO_PT * 1.35
        self.isi = True

    def tabel(self, rows):
        pt, w, lipat = tabel(rows)
        lead = pt * 1.4
        c = self.c
        akhir = len(lipat) - 1

        def baris(sel, i, _):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            atas, lebar = self.y + lead - 1, sum(w)
            if i == 0 and L is WORD:
                c.setFillColor(HIJAU)
                c.rect(L.kiri, atas - h, lebar, h, stroke=0, fill=1)
            c.setStrokeColor(colors.black if L is WORD else colors.HexColor("#555555"))
            c.setLineWidth(0.5 if L is WORD else 0.35)
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
        mulai, halaman = self.y + lead, self.n
        baris(lipat[0], 0, False)
        for i, sel in enumerate(lipat[1:], 1):
            h = max(len(x) for x in sel) * lead + 4
            if self.y - h < L.bawah:
                self.baru()
                mulai, halaman = self.y + lead, self.n
                baris(lipat[0], 0, False)
            baris(sel, i, False)
        self.y -= L.lead * 0.8
        self.isi = True


def bekas(c, n):
    """The used sheet's page: cream paper, the other side's print showing through mirrored (faint grey blocks
    of text lines, ragged at the left as a right-to-left mirror of left-aligned text, a table grid on every
    third page), a staple's two marks at the top left; all shapes from a fixed linear congruential sequence
    seeded by the page number."""
    c.setFillColor(KERTAS)
    c.rect(0, 0, L.W, L.H, stroke=0, fill=1)
    s = 4242 + n * 104729

    def acak(m):
        nonlocal s
        s = (s * 1103515245 + 12345) % 2147483648
        return s % m
    c.setFillColor(TEMBUS)
    kanan = L.W - 22 * mm
    y = L.H - 30 * mm
    grid = n % 3 == 2
    while y > 30 * mm:
        if grid and L.H * 0.35 < y < L.H * 0.6:
            y -= 6 * mm
            continue
        if acak(9) == 0:
            y -= 5 * mm  # a paragraph break on the other side
            continue
        lebar = (60 + acak(100)) * mm if acak(5) else (20 + acak(40)) * mm
        c.rect(kanan - lebar, y, lebar, 1.6 * mm, stroke=0, fill=1)
        y -= 5.2 * mm
    if grid:
        c.setStrokeColor(TEMBUS)
        c.setLineWidth(0.8)
        atas, bawah = L.H * 0.6, L.H * 0.35
        for k in range(8):
            c.line(24 * mm, atas - k * (atas - bawah) / 7, kanan, atas - k * (atas - bawah) / 7)
        for x in (24 * mm, 40 * mm, 110 * mm, 140 * mm, kanan):
            c.line(x, bawah, x, atas)
    c.setStrokeColor(colors.HexColor("#6B6B6B"))
    c.setLineWidth(0.9)
    c.line(9 * mm, L.H - 12 * mm, 14 * mm, L.H - 9 * mm)
    c.line(11 * mm, L.H - 16 * mm, 16 * mm, L.H - 13 * mm)
    c.setFillColor(L.teks)


def cetak(base, kepala):
    """The twin laid out page by page."""
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
