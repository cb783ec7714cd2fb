#!/usr/bin/python3
"""PDF twins of four dev51/ texts, in two looks no earlier batch used.

- Timor Tengah Utara 2022 and Sikka 2023 (ordinary documents): **a ceremonial edition framed by a songket
  ornament**, as an office prints the copies it hands over at a ceremony - every PDF page A4 on an ivory sheet, a
  band round the page in deep maroon with a row of gold lozenges (belah ketupat) woven along it and a small lozenge
  at each corner; the body in DejaVu Serif 9 pt at 1.35 line spacing, headings bold in maroon, prose re-flowed;
  tables in a thin maroon grid with a pale gold header row, figures right-aligned, the header repeated on the next
  page; the page number inside a gold lozenge at the bottom.
- Sumba Barat 2023 and Timor Tengah Selatan 2023 (new house styles): **a lontar (palm-leaf) edition**, as the
  islands' old manuscripts are kept - every PDF page one long narrow leaf, 480 x 78 mm, scanned on a dark cloth:
  the tan leaf with rounded ends, long fibre lines along its length (from a fixed LCG), a string hole left and
  right of the writing, the body in DejaVu Sans 6.6 pt in a brown-black ink, headings bold, fixed lines in DejaVu
  Sans Mono (shrunk when wider than the leaf), tables with brown rules above and below the header and under the
  last row (no vertical rules), the leaf number written small under the left string hole.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the fibre lines
come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev51/pdf/make_pdf.py
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


# the songket edition in DejaVu Serif; the lontar leaves in DejaVu Sans
SISI = Gaya("t", (210 * mm, 297 * mm), 32 * mm, 32 * mm, 32 * mm, 32 * mm, 9.0, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.35)
FILM = Gaya("k", (480 * mm, 78 * mm), 44 * mm, 44 * mm, 14 * mm, 12 * mm, 6.6, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.3)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 5.8
KOLOM_SISI = 0  # no side column in either look
GADING = colors.HexColor("#FBF7EA")  # the ivory sheet
MARUN = colors.HexColor("#6E1423")  # the songket band
EMAS = colors.HexColor("#C9A640")  # its gold lozenges
EMAS_MUDA = colors.HexColor("#F1E3B3")  # the table header
DAUN = colors.HexColor("#D7BE86")  # the lontar leaf
SERAT = colors.HexColor("#B39A62")  # its fibre lines
KAIN = colors.HexColor("#2B2622")  # the dark cloth under the leaf
MERAH = colors.HexColor("#2A1C10")  # the lontar headings: the same brown-black ink, bold
TEKS_LAYAR = colors.HexColor("#2A1C10")  # the brown-black ink
RULE_LAYAR = colors.HexColor("#5A3E20")
TINTA_INKJET = colors.black
HITAM = TEKS_LAYAR
BASES = ("lkj-timor-tengah-utara-2022", "lkj-sikka-2023", "lkj-sumba-barat-2023", "lkj-timor-tengah-selatan-2023")
LOOK = {"lkj-timor-tengah-utara-2022": SISI, "lkj-sikka-2023": SISI, "lkj-sumba-barat-2023": FILM,
        "lkj-timor-tengah-selatan-2023": FILM}
BENIH = {"lkj-timor-tengah-utara-2022": 5303, "lkj-sikka-2023": 5307, "lkj-sumba-barat-2023": 5312,
         "lkj-timor-tengah-selatan-2023": 5302}
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
    kaki = r"(Halaman \d+|\u2014 \d+ \u2014)"
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


def ketupat(c, x, y, r, isi):
    """A lozenge (belah ketupat) of half-diagonal r centred on (x, y)."""
    p = c.beginPath()
    p.moveTo(x, y + r)
    p.lineTo(x + r, y)
    p.lineTo(x, y - r)
    p.lineTo(x - r, y)
    p.close()
    c.setFillColor(isi)
    c.drawPath(p, stroke=0, fill=1)


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the songket edition - the ivory sheet, the maroon band with its gold lozenges round the
    page, the page number in a gold lozenge; the lontar - the leaf on the dark cloth, its fibre lines, the two string
    holes and the leaf number under the left one."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(GADING)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        b, t = 12 * mm, 7 * mm  # the band's distance from the edge and its width
        c.setFillColor(MARUN)
        c.rect(b, b, W - 2 * b, t, stroke=0, fill=1)
        c.rect(b, H - b - t, W - 2 * b, t, stroke=0, fill=1)
        c.rect(b, b, t, H - 2 * b, stroke=0, fill=1)
        c.rect(W - b - t, b, t, H - 2 * b, stroke=0, fill=1)
        k = 2.6 * mm
        x = b + t + k
        while x < W - b - t - k:
            ketupat(c, x, b + t / 2, k * 0.8, EMAS)
            ketupat(c, x, H - b - t / 2, k * 0.8, EMAS)
            x += 2 * k
        y = b + t + k
        while y < H - b - t - k:
            ketupat(c, b + t / 2, y, k * 0.8, EMAS)
            ketupat(c, W - b - t / 2, y, k * 0.8, EMAS)
            y += 2 * k
        for xx, yy in ((b + t / 2, b + t / 2), (W - b - t / 2, b + t / 2), (b + t / 2, H - b - t / 2),
                       (W - b - t / 2, H - b - t / 2)):
            ketupat(c, xx, yy, t * 0.7, EMAS)
        ketupat(c, W / 2, 25 * mm, 5 * mm, EMAS_MUDA)
        c.setFillColor(MARUN)
        c.setFont("tB", 8)
        c.drawCentredString(W / 2, 25 * mm - 2.8, str(n))
        return
    c.setFillColor(KAIN)  # the cloth under the leaf
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(DAUN)
    c.setStrokeColor(SERAT)
    c.setLineWidth(0.5)
    c.roundRect(6 * mm, 5 * mm, W - 12 * mm, H - 10 * mm, 14 * mm, stroke=1, fill=1)
    c.setStrokeColor(SERAT)
    for k in range(34):  # the fibre lines along the leaf
        y = 8 * mm + next(r) * (H - 16 * mm)
        x = 14 * mm + next(r) * 60 * mm
        ln = (120 + next(r) * 280) * mm
        c.setLineWidth(0.15 + next(r) * 0.35)
        c.line(x, y, min(W - 14 * mm, x + ln), y + (next(r) - 0.5) * 0.8 * mm)
    c.setFillColor(KAIN)
    for x in (24 * mm, W - 24 * mm):  # the string holes
        c.circle(x, H / 2, 2.4 * mm, stroke=0, fill=1)
    c.setFillColor(TEKS_LAYAR)
    c.setFont("kR", 6)
    c.drawCentredString(24 * mm, H / 2 - 8 * mm, str(n))


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: black in the songket edition, brown-black on the lontar."""
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
            if L is SISI:  # the songket edition: a thin maroon grid, a pale gold header row
                c.setStrokeColor(MARUN)
                c.setLineWidth(0.4)
                c.setFillColor(EMAS_MUDA)
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            else:  # the lontar: brown rules above and below the header and under the last row
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
    c = canvas.Canvas(pdf, pagesize=(L.W, L.H), invariant=1)
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
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
