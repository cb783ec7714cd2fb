#!/usr/bin/python3
"""PDF twins of four dev29/ texts, in two looks no earlier batch used.

- Kupang 2019 and Ngada 2020 (ordinary documents): **the PDF an office downloads from Google Docs
  (File > Download > PDF)** - US Letter (8.5 x 11 in, Docs' default page, not A4), 1-inch margins all round,
  an Arial-like sans (DejaVu Sans) 10.5 pt, the first cover line in Docs' `Title` size, `BAB` lines in
  `Heading 1` size, no page numbers at all (Docs adds none unless asked); every TAB table as Docs draws one
  by default - 1 pt black borders round every cell, no shading, the header row in regular weight like the
  rest, cells padded 5 pt; a name the text wrapped joined again and wrapped inside its cell, a figure never
  broken; the prose re-flowed.
- Sumba Tengah 2024 and Sumba Timur 2019 (new house styles): **a laser print in toner-save mode from a
  printer with a worn drum** - A4, all type in mid grey (toner save), the drum's flaws repeating down the page
  every 94 mm (a drum's circumference: a small cluster of toner dots and a short faint smear at the same
  places on each turn), a pale vertical streak where the drum is scratched; prose in DejaVu Sans 10 pt
  re-flowed, every fixed line (the calculator rolls, the LKE summary, lines opening with a space or holding
  runs of spaces) in DejaVu Sans Mono 7.4 pt kept as a line; TAB tables in thin grey rules, the header row
  bold; `Halaman n` centred at the foot. The flaws are drawn as shapes, never as text, from a fixed linear
  congruential sequence seeded by the file name, so a rebuild gives the same bytes.
Written from the text twin line by line, so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev29/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
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


WORD = Gaya("g", LETTER, 72, 72, 72, 72, 10.5, "DejaVuSans", "DejaVuSans-Bold")
BEKAS = Gaya("t", A4, 22 * mm, 20 * mm, 22 * mm, 22 * mm, 10, "DejaVuSans", "DejaVuSans-Bold",
             teks=colors.HexColor("#6E6E6E"))
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
NODA = colors.HexColor("#B8B8B8")
GORES = colors.HexColor("#EDEDED")
MONO_PT = 7.4
# base -> (look, footer title)
BASES = {"lkj-kupang-2019": (WORD, ""),
         "lkj-ngada-2020": (WORD, ""),
         "lkj-sumba-tengah-2024": (BEKAS, ""),
         "lkj-sumba-timur-2019": (BEKAS, "")}
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
    if i == 0 and L is BEKAS:
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
        if L is BEKAS:
            drum(c, self.kepala, self.n)
            c.setFillColor(L.teks)
            c.setFont(L.nama + "R", 8.5)
            c.drawCentredString(L.W / 2, 12 * mm, f"Halaman {self.n}")
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
            if L is WORD and self.n == 1 and not self.isi:  # Docs' Title style: 26 pt, regular
                c.setFont(L.nama + "R", 22)
                c.drawString(L.kiri, self.y, x)
                self.y -= 34
                continue
            if L is WORD and x.startswith("BAB "):  # Docs' Heading 1: 20 pt, regular
                self.muat(30)
                c.setFont(L.nama + "R", 16)
                c.drawString(L.kiri, self.y - 4, x)
                self.y -= 26
                self.isi = True
                continue
            font = L.nama + ("B" if JUDUL.match(x) else "R")
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
            self.c.setFillColor(L.teks)
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
            c.setStrokeColor(colors.black if L is WORD else colors.HexColor("#9A9A9A"))
            c.setLineWidth(1 if L is WORD else 0.35)
            xx = L.kiri
            for j in range(len(sel)):
                c.rect(xx, atas - h, w[j], h, stroke=1, fill=0)
                xx += w[j]
            c.setFillColor(colors.black if L is WORD else L.teks)
            c.setFont(L.nama + ("B" if i == 0 and L is BEKAS else "R"), pt)
            x = L.kiri
            for j, isi in enumerate(sel):
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if i == 0 and L is BEKAS:
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


def drum(c, nama, n):
    """The worn drum's marks on page n of the file nama: a pale vertical streak at one place for the whole
    file, and at every turn of the drum (94 mm) a small cluster of toner dots and a short faint smear at the
    same places; all from a fixed linear congruential sequence seeded by the file's name (and, for the phase
    of the drum against the page, by the page number)."""
    s = sum(ord(ch) * (k + 1) for k, ch in enumerate(nama)) % 2147483648

    def acak(m):
        nonlocal s
        s = (s * 1103515245 + 12345) % 2147483648
        return s % m
    gx = (40 + acak(120)) * mm
    titik = [((30 + acak(150)) * mm, acak(20) * mm, 0.25 + acak(5) / 10) for _ in range(7)]
    oles = ((50 + acak(100)) * mm, (5 + acak(60)) * mm)
    c.setFillColor(GORES)
    c.rect(gx, 0, 2.2 * mm, L.H, stroke=0, fill=1)
    putar = 94 * mm
    y0 = ((n * 37) % 94) * mm
    c.setFillColor(NODA)
    y = y0
    while y < L.H:
        for x, dy, r in titik:
            c.circle(x, y + dy, r, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#E2E2E2"))
        c.rect(oles[0], y + oles[1], 14 * mm, 0.7 * mm, stroke=0, fill=1)
        c.setFillColor(NODA)
        y += putar
    c.setFillColor(L.teks)


def cetak(base, kepala):
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
