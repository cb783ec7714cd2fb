#!/usr/bin/python3
"""PDF twins of four dev39/ texts, in two looks no earlier batch used.

- Sikka 2020 and Sumba Timur 2019 (ordinary documents): **an A4 Word report laid out with side heads (judul
  samping)** - a 38 mm side column at the left holds every heading (`KATA PENGANTAR`, `BAB n`, `A.` .. `E.`)
  in bold dark teal, wrapped in the column and set level with the first line of text after it; the prose in
  DejaVu Serif 10 pt at 1.4 line spacing re-flowed in the 122 mm main column right of a thin teal rule; tables
  and fixed lines run the full width from the left margin (the side column included); a running head in small
  grey caps (the report's short title) at the top right over a hairline, `Halaman n` centred at the foot; every
  TAB table with a teal rule above and under the header row and under the last row, the header bold teal, no
  vertical rules, figures right-aligned, the header repeated on the next page; a name the text wrapped joined
  again and wrapped in its cell, a figure never broken; the text's own page feet and running heads dropped.
- Belu 2019 and Flores Timur 2021 (new house styles): **the report as printed from the archive's microfilm on
  a reader-printer (cetakan pembaca mikrofilm)** - A4 sheets in the reader-printer's flat grey, the film frame
  a darker grey band round the page area with rounded corners, in the frame's top band `ARSIP KPU` / `ROL`
  / `FRAME nnnn` in white, a black blip mark (the film's page-count mark) in the frame's left band, a few thin
  pale scratches down the film drawn from a fixed LCG; prose in DejaVu Sans Condensed 9 pt re-flowed in
  near-black, every fixed line (the lab sheet's and the KHS card's lines, lines opening with a space or
  holding runs of spaces) in DejaVu Sans Mono kept as a line (shrunk when wider than the page), TAB tables in
  a thin full grid of dark grey with the header bold and no fill.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the scratches
come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev39/pdf/make_pdf.py
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


# the side-head report in DejaVu Serif; the microfilm print in DejaVu Sans Condensed
SISI = Gaya("t", (210 * mm, 297 * mm), 22 * mm, 20 * mm, 24 * mm, 22 * mm, 10, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.4)
FILM = Gaya("k", (210 * mm, 297 * mm), 24 * mm, 20 * mm, 30 * mm, 26 * mm, 9, "DejaVuSansCondensed",
            "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique", 1.4)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.4
KOLOM_SISI = 40 * mm  # the side column (38 mm of heading and 2 mm to the rule)
TEAL = colors.HexColor("#1F5F5B")
ABU = colors.HexColor("#6E6E6E")
GARIS_ABU = colors.HexColor("#BDBDBD")
ABU_FILM = colors.HexColor("#D4D4D0")  # the reader-printer's grey
BINGKAI_FILM = colors.HexColor("#8E8E8A")  # the film frame
HITAM = colors.HexColor("#1C1C1C")
JUDUL_PENDEK = {"lkjip-sikka-2020": "LKJIP KPU KABUPATEN SIKKA 2020", "lkj-sumba-timur-2019": "LKJ KPU KABUPATEN SUMBA TIMUR 2019"}
ROL = {"lkj-belu-2019": ("ROL 0419", 1200), "lkj-flores-timur-2021": ("ROL 0621", 3400)}
BASES = ("lkjip-sikka-2020", "lkj-sumba-timur-2019", "lkj-belu-2019", "lkj-flores-timur-2021")
LOOK = {"lkjip-sikka-2020": SISI, "lkj-sumba-timur-2019": SISI, "lkj-belu-2019": FILM, "lkj-flores-timur-2021": FILM}
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
    return not re.match(r"^\s|^[|+#\[*=>\u2022\u25cf\u25cb\u00b7\u2500-\u257f-]|^\w+ +: |^[A-Z /]+ {3}|^[A-Z0-9 ,./:-]{20,}$", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    text = re.sub(r"\n(\d+|Halaman \d+)\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n\d+\n\n\f\n", "\n\f\n", text)  # the number a table's page break printed
    for kepala in ("LKjIP KPU Kabupaten Sikka 2020",):
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


def acak(seed):
    """A linear congruential generator with a fixed seed: the same numbers on every run."""
    x = seed
    while True:
        x = (1103515245 * x + 12345) % (2 ** 31)
        yield x / 2 ** 31


def perabot(c, base, n, bab=0):
    """The page's furniture: the side-head report - the running head at the top right over a hairline, the
    side column's rule, `Halaman n` centred at the foot; the microfilm print - the grey sheet, the film frame
    with `ARSIP KPU`, the roll and the frame number, the blip mark and a few scratches."""
    W, H = L.W, L.H
    if L is SISI:
        c.setFillColor(ABU)
        c.setFont("tR", 7.5)
        c.drawRightString(W - L.kanan, H - 14 * mm, JUDUL_PENDEK[base])
        c.setStrokeColor(GARIS_ABU)
        c.setLineWidth(0.4)
        c.line(L.kiri, H - 15.5 * mm, W - L.kanan, H - 15.5 * mm)
        c.setFont("tR", 8.5)
        c.drawCentredString(W / 2, 12 * mm, f"Halaman {n}")
        c.setFillColor(colors.black)
        return
    rol, awal = ROL[base]
    c.setFillColor(ABU_FILM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(BINGKAI_FILM)
    c.roundRect(6 * mm, 8 * mm, W - 12 * mm, H - 16 * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#F1F1EE"))
    c.rect(L.kiri - 6 * mm, L.bawah - 8 * mm, L.lebar + 12 * mm, H - L.atas - L.bawah + 18 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("kB", 8)
    c.drawString(12 * mm, H - 15 * mm, "ARSIP KPU")
    c.drawCentredString(W / 2, H - 15 * mm, rol)
    c.drawRightString(W - 12 * mm, H - 15 * mm, f"FRAME {awal + n:04d}")
    c.setFillColor(colors.black)
    c.rect(8.5 * mm, H / 2 - 5 * mm, 5 * mm, 10 * mm, stroke=0, fill=1)  # the blip mark
    r = acak(awal + n)
    c.setStrokeColor(colors.HexColor("#FAFAF8"))
    for _ in range(3):
        x = L.kiri + next(r) * L.lebar
        c.setLineWidth(0.2 + next(r) * 0.4)
        c.line(x, L.bawah - 6 * mm + next(r) * 40 * mm, x + (next(r) - 0.5) * 2 * mm, H - L.atas + 8 * mm - next(r) * 60 * mm)
    c.setFillColor(HITAM)


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
        if L is SISI and JUDUL.match(ln):
            self.turun()
            baris_ = bungkus(ln, L.nama + "B", L.pt, KOLOM_SISI - 3 * mm)
            self.muat(L.lead * len(baris_))
            c.setFont(L.nama + "B", L.pt)
            c.setFillColor(TEAL)
            y = self.y
            for x in baris_:
                c.drawString(L.kiri, y, x)
                y -= L.lead
            c.setFillColor(TINTA[0])
            self.sisi_bawah = y
            self.isi = True
            return
        geser = KOLOM_SISI if L is SISI else 0
        for x in bungkus(ln, lebar=L.lebar - geser):
            self.muat(L.lead)
            judul = L is FILM and bool(JUDUL.match(x))
            c.setFont(L.nama + ("B" if judul else "R"), L.pt + (1.5 if judul and x.startswith("BAB ") else 0))
            c.setFillColor(TINTA[0])
            c.drawString(L.kiri + geser, self.y, x)
            if L is SISI:
                c.setStrokeColor(TEAL)
                c.setLineWidth(0.3)
                c.line(L.kiri + geser - 2.5 * mm, self.y - L.lead * 0.3, L.kiri + geser - 2.5 * mm, self.y + L.lead * 0.75)
            self.bab = x.startswith("BAB ")
            self.y -= L.lead
            self.isi = True

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
        self.c.setFillColor(TINTA[0])
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
            if L is SISI:
                c.setStrokeColor(TEAL)
                c.setLineWidth(0.9)
                if i == 0:
                    c.line(L.kiri, atas, L.kiri + lebar, atas)
                    c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
                if akhir:
                    c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
            else:
                c.setStrokeColor(colors.HexColor("#4A4A48"))
                c.setLineWidth(0.4)
                xx = L.kiri
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=0)
                    xx += w[j]
            c.setFillColor(TEAL if (L is SISI and i == 0) else TINTA[0])
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
        TINTA[0] = HITAM if L is FILM else colors.black
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
