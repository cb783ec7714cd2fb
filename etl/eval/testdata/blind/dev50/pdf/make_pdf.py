#!/usr/bin/python3
"""PDF twins of four dev50/ texts, in two looks no earlier batch used.

- Kupang 2022 and Rote Ndao 2023 (ordinary documents): **the report printed on coloured HVS paper, one pastel
  colour a chapter, with a divider sheet (lembar pembatas) of the chapter's colour before each BAB**, as offices
  bind their copies - every PDF page A4, the whole sheet tinted (front matter cream, BAB I pale green, BAB II pale
  blue, BAB III pale peach, BAB IV pale lilac), each divider page holding only the chapter's heading in large
  DejaVu Sans Bold inside a thin frame; the body in DejaVu Sans 9 pt at 1.35 line spacing, headings bold, prose
  re-flowed; tables in a thin dark grid with a white header row (white on the tinted sheet), figures right-aligned,
  the header repeated on the next page; the page number centred at the bottom.
- Sabu Raijua 2022 and Belu 2021 (new house styles): **a letterpress edition printed on daluang (beaten bark paper)
  sheets with deckle edges, scanned on a white scanner bed** - every PDF page 230 x 300 mm: the warm brown sheet
  with its irregular deckle outline (its points from a fixed LCG), long thin bark streaks in a darker brown across
  it, the body in DejaVu Serif 8 pt in a brown-black ink, headings in a second ink (deep red), fixed lines in
  DejaVu Sans Mono (shrunk when wider than the column), tables with red rules above and below the header and a
  brown rule under the last row (no vertical rules), the folio at the bottom in red between two small rules.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the deckle and the
streaks come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev50/pdf/make_pdf.py
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


# the coloured-paper report in DejaVu Sans; the daluang edition in DejaVu Serif
SISI = Gaya("t", (210 * mm, 297 * mm), 24 * mm, 22 * mm, 24 * mm, 24 * mm, 9.0, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.35)
FILM = Gaya("k", (230 * mm, 300 * mm), 34 * mm, 32 * mm, 34 * mm, 36 * mm, 8.0, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.35)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 6.4
KOLOM_SISI = 0  # no side column in either look
PASTEL = [colors.HexColor(h) for h in ("#FBF6E4", "#E3F2DC", "#DCEAF6", "#FBE5D4", "#ECE1F3")]
DALUANG = colors.HexColor("#D9C3A0")  # the bark paper
SERAT = colors.HexColor("#A98B63")  # its streaks
MERAH = colors.HexColor("#8E1B16")  # the second ink
TEKS_LAYAR = colors.HexColor("#2A1E14")  # the brown-black ink
RULE_LAYAR = MERAH
TINTA_INKJET = colors.black
HITAM = TEKS_LAYAR
BASES = ("lkj-kupang-2022", "lkj-rote-ndao-2023", "lkj-sabu-raijua-2022", "lkj-belu-2021")
LOOK = {"lkj-kupang-2022": SISI, "lkj-rote-ndao-2023": SISI, "lkj-sabu-raijua-2022": FILM, "lkj-belu-2021": FILM}
BENIH = {"lkj-kupang-2022": 5301, "lkj-rote-ndao-2023": 5314, "lkj-sabu-raijua-2022": 5320, "lkj-belu-2021": 5304}
L = SISI
TINTA = [colors.black]
ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4}


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
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    kaki = r"(\d+|- \d+ -|LKj Rote Ndao 2023 / \d+)"
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


def acak(seed):
    """A linear congruential generator with a fixed seed: the same numbers on every run."""
    x = seed
    while True:
        x = (1103515245 * x + 12345) % (2 ** 31)
        yield x / 2 ** 31


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the coloured-paper report - the sheet tinted in its chapter's colour, the page number
    centred at the bottom, and on a divider sheet the chapter's heading alone in a thin frame; the daluang edition -
    the deckle-edged bark sheet on the white scanner bed, its streaks, the folio in red between two rules."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(PASTEL[bab])
        c.rect(0, 0, W, H, stroke=0, fill=1)
        if pembatas:
            c.setStrokeColor(colors.HexColor("#555555"))
            c.setLineWidth(0.8)
            c.rect(30 * mm, H / 2 - 30 * mm, W - 60 * mm, 60 * mm, stroke=1, fill=0)
            c.setFillColor(colors.HexColor("#222222"))
            kata = pembatas.split(" ", 2)
            c.setFont("tB", 30)
            c.drawCentredString(W / 2, H / 2 + 4 * mm, " ".join(kata[:2]))
            if len(kata) > 2:
                c.setFont("tB", 12)
                c.drawCentredString(W / 2, H / 2 - 14 * mm, kata[2][:60])
            return
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont("tR", 8.5)
        c.drawCentredString(W / 2, 12 * mm, str(n))
        return
    c.setFillColor(colors.white)  # the scanner bed
    c.rect(0, 0, W, H, stroke=0, fill=1)
    tepi = []  # the deckle: an irregular outline a few millimetres inside the scan
    for k in range(40):
        tepi.append((9 * mm + k * (W - 18 * mm) / 40, 9 * mm - next(r) * 3 * mm))
    for k in range(50):
        tepi.append((W - 9 * mm + next(r) * 3 * mm, 9 * mm + k * (H - 18 * mm) / 50))
    for k in range(40):
        tepi.append((W - 9 * mm - k * (W - 18 * mm) / 40, H - 9 * mm + next(r) * 3 * mm))
    for k in range(50):
        tepi.append((9 * mm - next(r) * 3 * mm, H - 9 * mm - k * (H - 18 * mm) / 50))
    p = c.beginPath()
    p.moveTo(*tepi[0])
    for x, y in tepi[1:]:
        p.lineTo(x, y)
    p.close()
    c.setFillColor(DALUANG)
    c.setStrokeColor(colors.HexColor("#B89E78"))
    c.setLineWidth(0.4)
    c.drawPath(p, stroke=1, fill=1)
    c.setStrokeColor(SERAT)
    for k in range(90):  # the bark streaks, mostly along the sheet's length
        x = 12 * mm + next(r) * (W - 24 * mm)
        y = 12 * mm + next(r) * (H - 24 * mm)
        ln = (20 + next(r) * 70) * mm
        c.setLineWidth(0.2 + next(r) * 0.5)
        c.line(x, y, x + (next(r) - 0.5) * 4 * mm, min(H - 12 * mm, y + ln))
    c.setStrokeColor(MERAH)
    c.setLineWidth(0.5)
    c.line(W / 2 - 18 * mm, 20 * mm, W / 2 - 6 * mm, 20 * mm)
    c.line(W / 2 + 6 * mm, 20 * mm, W / 2 + 18 * mm, 20 * mm)
    c.setFillColor(MERAH)
    c.setFont("kR", 8)
    c.drawCentredString(W / 2, 19 * mm, str(n))


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: black on the coloured paper, brown-black on the daluang."""
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
            c.setFillColor(MERAH if (judul and L is FILM) else tinta(self.nama, self.n, self.nomor))
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
            if L is SISI:  # the coloured paper: a thin dark grid, a white header row
                c.setStrokeColor(colors.HexColor("#333333"))
                c.setLineWidth(0.4)
                c.setFillColor(colors.white)
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            else:  # the daluang: red rules above and below the header, a brown rule under the last row
                if i == 0:
                    c.setStrokeColor(RULE_LAYAR)
                    c.setLineWidth(0.7)
                    c.line(xx, atas, xx + lebar, atas)
                    c.setLineWidth(0.4)
                    c.line(xx, atas - h, xx + lebar, atas - h)
                if akhir:
                    c.setStrokeColor(SERAT)
                    c.setLineWidth(0.6)
                    c.line(xx, atas - h, xx + lebar, atas - h)
            self.nomor += 1
            c.setFillColor(MERAH if (L is FILM and i == 0) else tinta(self.nama, self.n, self.nomor))
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
        m = re.match(r"^BAB ([IV]+)\b", isi) if jenis == "P" else None
        if m and L is SISI and m.group(1) in ROMAWI:
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
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
