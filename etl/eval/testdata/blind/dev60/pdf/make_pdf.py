#!/usr/bin/python3
"""PDF twins of four dev60/ texts, in two looks no earlier batch used.

- Kupang 2020 and Sikka 2021 (ordinary documents): **a laboratory-notebook edition** - every PDF page a page of a
  bound lab notebook (210 x 297 mm: a cream page with faint blue rules every 6 mm and a red margin line, the
  header strip `PROJECT` / `BOOK No.` / `PAGE n` in boxes, `Continued from page n-1` under it and `Continued to
  page n+1` above the foot, the foot's `Recorded by` and `Witnessed & Understood by` lines with dates, the
  binding's stitched gutter at the left), the body in DejaVu Serif Condensed 8.2 pt in a blue-black ink,
  headings bold, prose re-flowed; tables in thin grey rules with the header bold; the text's own feet
  (`LKj Kab. Kupang 2020 | hlm. n`, `Maumere, LKj 2021 - hal n`) dropped.
- Malaka 2023 and Sabu Raijua 2020 (new house styles): **a desk-blotter edition** - every PDF page the sheet
  photographed on the office desk's green blotter (297 x 210 mm: the dark green blotting pad, its four brown
  leather corner pockets, the white A4 sheet laid across it slightly smaller than the pad, two blue-black ink
  blots on the pad, the photo's page counter `IMG n/N` in the corner); the body in DejaVu Sans 6.8 pt,
  headings bold, fixed lines in DejaVu Sans Mono 6 pt shrunk when wider than the frame, never re-flowed;
  tables without rules.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev60/pdf/make_pdf.py
"""
import itertools, json, math, os, re, textwrap

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


# the lab-notebook edition in DejaVu Serif Condensed; the desk-blotter edition in DejaVu Sans
SISI = Gaya("t", (210 * mm, 297 * mm), 34 * mm, 20 * mm, 40 * mm, 40 * mm, 8.2, "DejaVuSerifCondensed",
            "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Italic", 1.4)
FILM = Gaya("k", (297 * mm, 210 * mm), 64 * mm, 64 * mm, 26 * mm, 26 * mm, 6.8, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.45)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 6.0
GARIS_BATU = colors.HexColor("#8A8A8A")  # the notebook's table rules
PITA = colors.white
RULE_LAYAR = colors.HexColor("#1F6B3A")
TINTA_INKJET = colors.HexColor("#1A2433")  # blue-black ink on the filed sheet
MARUN = colors.HexColor("#0E1522")
TEKS_LAYAR = colors.HexColor("#1C1C1C")  # the sheet on the blotter
HITAM = TEKS_LAYAR
BASES = ("lkj-kupang-2020", "lkj-sikka-2021", "lkj-malaka-2023", "lkj-sabu-raijua-2020")
LOOK = {"lkj-kupang-2020": SISI, "lkj-sikka-2021": SISI, "lkj-malaka-2023": FILM, "lkj-sabu-raijua-2020": FILM}
L = SISI
TINTA = [colors.black]
ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4}
HALAMAN = {}


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
    for pt in [p for p in (9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5) if p <= max(5, L.pt + 1)]:  # near the body's size
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
    return not re.match(r"^\s|^[~|+#\[*=>\u2022\u25cf\u25cb\u00b7\u2500-\u257f-]|^\w+ +: |^[A-Z /]+ {3}|^[A-Z0-9 ,./:-]{20,}$", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln) \
        and not re.match(r"^(Expenses$|Total Expenses|Net Income|v \d\d/)", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    kaki = r"(LKj Kab\. Kupang 2020 \| hlm\. \d+|Maumere, LKj 2021 - hal \d+)"
    text = re.sub(r"\n" + kaki + r"\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n" + kaki + r"\n*$", "\n", text)
    text = re.sub(r"\n\d+\n\n\f\n", "\n\f\n", text)  # the number a table's page break printed
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


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the lab notebook - the cream page, its rules and margin, the header boxes, the
    continuation lines, the signature lines and the stitched gutter; the blotter - the green pad, its leather
    corners, the ink blots, the white sheet and the photo counter."""
    W, H = L.W, L.H
    if L is SISI:
        c.setFillColor(colors.HexColor("#FBF7EA"))  # the cream page
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#C9D8EE"))  # the blue rules
        c.setLineWidth(0.3)
        y = H - 38 * mm
        while y > 34 * mm:
            c.line(14 * mm, y, W - 10 * mm, y)
            y -= 6 * mm
        c.setStrokeColor(colors.HexColor("#E3A3A3"))  # the margin line
        c.line(30 * mm, 30 * mm, 30 * mm, H - 30 * mm)
        c.setStrokeColor(colors.HexColor("#8C8C8C"))  # the stitched gutter
        c.setDash(2, 2)
        c.line(6 * mm, 8 * mm, 6 * mm, H - 8 * mm)
        c.setDash()
        c.setStrokeColor(colors.HexColor("#5C6F8C"))  # the header boxes
        c.setLineWidth(0.6)
        c.setFillColor(colors.HexColor("#5C6F8C"))
        c.setFont("tB", 6.5)
        for x0, w, t in ((14 * mm, 110 * mm, "PROJECT  Laporan Kinerja"), (126 * mm, 34 * mm, "BOOK No.  07"),
                         (162 * mm, 38 * mm, f"PAGE  {n}")):
            c.rect(x0, H - 22 * mm, w, 10 * mm, stroke=1, fill=0)
            c.drawString(x0 + 2 * mm, H - 18 * mm, t)
        c.setFont("tR", 6)
        if n > 1:
            c.drawString(14 * mm, H - 28 * mm, f"Continued from page {n - 1}")
        c.drawRightString(W - 10 * mm, 32 * mm, f"Continued to page {n + 1}")
        c.line(14 * mm, 24 * mm, W - 10 * mm, 24 * mm)
        c.drawString(14 * mm, 19 * mm, "Recorded by ____________________   Date ________")
        c.drawString(110 * mm, 19 * mm, "Witnessed & Understood by ____________________   Date ________")
        return
    c.setFillColor(colors.HexColor("#24452F"))  # the blotting pad
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#1B2A3F"))  # two ink blots on the pad
    c.circle(30 * mm, 40 * mm, 5 * mm, stroke=0, fill=1)
    c.circle(W - 36 * mm, H - 52 * mm, 3.4 * mm, stroke=0, fill=1)
    x0, y0, sw, sh = 56 * mm, 14 * mm, W - 112 * mm, H - 26 * mm
    c.setFillColor(colors.HexColor("#1A1A1A"))  # the sheet's shadow, then the sheet
    c.rect(x0 + 1.2 * mm, y0 - 1.2 * mm, sw, sh, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#FCFCF8"))
    c.rect(x0, y0, sw, sh, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#5B3A22"))  # the leather corner pockets
    k = 34 * mm
    for (ax, ay, bx, by, cx, cy) in ((0, 0, k, 0, 0, k), (W, 0, W - k, 0, W, k), (0, H, k, H, 0, H - k),
                                     (W, H, W - k, H, W, H - k)):
        p = c.beginPath()
        p.moveTo(ax, ay)
        p.lineTo(bx, by)
        p.lineTo(cx, cy)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#C9CDD2"))  # the photo counter
    c.setFont("kB", 7)
    c.drawRightString(W - 8 * mm, 5 * mm, f"IMG {n}/{HALAMAN.get(base, n)}")


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: blue-black in the notebook, near-black on the sheet on the blotter."""
    return TEKS_LAYAR if L is FILM else TINTA_INKJET


class Halaman:
    def __init__(self, c, nama):
        self.c, self.nama, self.n, self.y, self.isi = c, nama, 0, 0, False

    def tutup(self):
        coret(self.c, self.nama, self.n)
        self.c.showPage()

    def baru(self):
        """The next page: close the page in hand (if any) and open the next with its furniture."""
        if self.n:
            self.tutup()
        self.n += 1
        self.y = L.H - L.atas
        self.sisi_bawah = 1e9
        perabot(self.c, self.nama, self.n, self.babke, self.pembatas)
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
        for x in bungkus(ln, lebar=L.lebar):
            self.muat(L.lead)
            judul = bool(JUDUL.match(x))
            c.setFont(L.nama + ("B" if judul else "R"), L.pt + (1.5 if judul and x.startswith("BAB ") else 0))
            self.nomor += 1
            c.setFillColor(MARUN if (judul and L is SISI) else tinta(self.nama, self.n, self.nomor))
            c.drawString(L.kiri, self.y, x)
            self.bab = x.startswith("BAB ")
            self.y -= L.lead
            self.isi = True

    nomor = 0

    bab = False
    babke = 0
    pembatas = None

    def tetap(self, ln):
        """A fixed line in monospace, shrunk to the column width when longer (never joined or broken)."""
        self.turun()
        pt = MONO_PT
        while pt > 4.4 and pdfmetrics.stringWidth(ln, "mono", pt) > L.lebar:
            pt -= 0.2
        self.muat(MONO_PT * 1.3)
        self.c.setFont("mono", pt)
        self.nomor += 1
        self.c.setFillColor(tinta(self.nama, self.n, self.nomor))
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
            lebar_ = sum(w)
            xx = L.kiri
            if L is SISI:  # the manuscript: thin rules, the header on a pale band
                c.setStrokeColor(GARIS_BATU)
                c.setLineWidth(0.35)
                c.setFillColor(PITA)
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            elif L is None:  # (no rules on the film)
                if i == 0:
                    c.setStrokeColor(RULE_LAYAR)
                    c.setLineWidth(0.7)
                    c.line(xx, atas, xx + lebar, atas)
                    c.setLineWidth(0.4)
                    c.line(xx, atas - h, xx + lebar, atas - h)
                if akhir:
                    c.setStrokeColor(RULE_LAYAR)
                    c.setLineWidth(0.6)
                    c.line(xx, atas - h, xx + lebar, atas - h)
            self.nomor += 1
            c.setFillColor(MARUN if (L is SISI and i == 0) else tinta(self.nama, self.n, self.nomor))
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
    c = canvas.Canvas(pdf, pagesize=(L.W, L.H), invariant=1, pageCompression=1)
    c.setTitle(base)
    h = Halaman(c, base)
    h.baru()
    tunda = False  # a form feed seen: the next page opens when its first content comes
    for jenis, isi in potong(base):
        m = re.match(r"^BAB ([IV]+)\b", isi) if jenis == "P" else None
        if m and L is None and m.group(1) in ROMAWI:  # no divider sheet in either look
            h.babke = ROMAWI[m.group(1)]
            if h.isi or tunda:
                h.pembatas = isi
                h.baru()  # the divider sheet
                h.pembatas = None
                h.baru()
                tunda = False
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
        TINTA[0] = HITAM if L is FILM else TINTA_INKJET
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base)
        HALAMAN[base] = n
        pdf, n = cetak(base)  # again, so every frame counter shows the number of frames
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
