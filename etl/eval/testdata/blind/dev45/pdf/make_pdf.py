#!/usr/bin/python3
"""PDF twins of four dev45/ texts, in two looks no earlier batch used.

- Sumba Barat 2024 and Belu 2019 (ordinary documents): **the reviewer's checked copy (salinan telah diperiksa)** -
  the Word report printed on white A4 and read through by the Sekretaris with a blue ballpoint: a hand-drawn
  check mark in the right margin (two or three a page, heights from a fixed LCG), a scribbled blue initial loop
  in the bottom-left corner; the body in DejaVu Sans 9.5 pt at 1.4 line spacing in black, headings bold, prose
  re-flowed; every TAB table in a thin grey grid with the header row bold on a light grey band, figures
  right-aligned, the header repeated on the next page; `Hal. n` at the bottom right.
- Kota Kupang 2020 and Timor Tengah Selatan 2022 (new house styles): **the page photographed lying on a green
  self-healing cutting mat (alas potong)** - each page a white sheet on a dark green mat (220 x 310 mm) printed
  with a 10 mm grid in lighter green, centimetre numbers along the mat's top and left edges, a steel ruler lying
  beside the sheet's right edge with its millimetre ticks, a soft shadow under the sheet; the body in DejaVu
  Serif Condensed 9 pt (fixed lines in DejaVu Sans Mono, shrunk when wider than the sheet), headings bold, tables
  in hairline black rules; `n` at the bottom centre of the sheet.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the check marks'
heights come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev45/pdf/make_pdf.py
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


# the checked copy in DejaVu Sans; the sheet on the cutting mat in DejaVu Serif Condensed
SISI = Gaya("t", (210 * mm, 297 * mm), 24 * mm, 20 * mm, 22 * mm, 26 * mm, 9.5, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.4)
FILM = Gaya("k", (220 * mm, 310 * mm), 26 * mm, 26 * mm, 46 * mm, 30 * mm, 9, "DejaVuSerifCondensed",
            "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Italic", 1.35)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.4
KOLOM_SISI = 0  # no side column in either look
ABU = colors.HexColor("#6E6E6E")
KERTAS = colors.HexColor("#FCFCFA")  # the white sheet
BOLPOIN = colors.HexColor("#1F3FA8")  # the reviewer's blue ballpoint
MAT = colors.HexColor("#1E5B3A")  # the cutting mat
GRID = colors.HexColor("#4F8F66")  # the mat's grid
BAJA = colors.HexColor("#B9BDC3")  # the steel ruler
TINTA_ARSIP = colors.HexColor("#555555")  # the checked copy's grid
TEKS_LAYAR = colors.HexColor("#111111")
RULE_LAYAR = colors.HexColor("#222222")
TINTA_INKJET = colors.black
HITAM = TEKS_LAYAR
GESER = (0, 0)
BASES = ("lkj-sumba-barat-2024", "lkj-belu-2019", "lkj-kota-kupang-2020", "lkj-timor-tengah-selatan-2022")
LOOK = {"lkj-sumba-barat-2024": SISI, "lkj-belu-2019": SISI, "lkj-kota-kupang-2020": FILM,
        "lkj-timor-tengah-selatan-2022": FILM}
BENIH = {"lkj-sumba-barat-2024": 5312, "lkj-belu-2019": 5304, "lkj-kota-kupang-2020": 5371,
         "lkj-timor-tengah-selatan-2022": 5302}
HALAMAN = {}  # unused: neither look prints a page count
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
    return not re.match(r"^\s|^[~|+#\[*=>\u2022\u25cf\u25cb\u00b7\u2500-\u257f-]|^\w+ +: |^[A-Z /]+ {3}|^[A-Z0-9 ,./:-]{20,}$", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    text = re.sub(r"\n(\d+|LKj 2022 / \d+|Laporan Kinerja 2024 - Halaman \d+)\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n(\d+|LKj 2022 / \d+|Laporan Kinerja 2024 - Halaman \d+)\n*$", "\n", text)
    text = re.sub(r"\n\d+\n\n\f\n", "\n\f\n", text)  # the number a table's page break printed
    for kepala in ("KPU Kabupaten Rote Ndao",):
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
    """The page's furniture: the checked copy - the white sheet, the blue check marks in the right margin and the
    initial loop, `Hal. n` at the bottom right; the cutting mat - the green mat with its grid and numbers, the
    sheet with its shadow, the steel ruler, `n` at the bottom."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(KERTAS)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(BOLPOIN)
        c.setLineWidth(1.1)
        for i in range(2 + int(next(r) * 2)):  # the check marks
            x, y = W - 14 * mm + next(r) * 3 * mm, round(40 * mm + next(r) * (H - 80 * mm), 1)
            p = c.beginPath()
            p.moveTo(x, y)
            p.lineTo(x + 2.2 * mm, y - 2.6 * mm)
            p.lineTo(x + 6.5 * mm, y + 4.5 * mm)
            c.drawPath(p, stroke=1, fill=0)
        p = c.beginPath()  # the initial loop
        x0, y0 = 14 * mm, 12 * mm
        p.moveTo(x0, y0)
        for k in range(1, 25):
            t = k / 24 * 2 * math.pi * 2
            p.lineTo(x0 + k * 0.7 * mm + 2.5 * mm * math.sin(t), y0 + 3 * mm * math.sin(t / 2) + 1.5 * mm * math.cos(t))
        c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(TINTA_INKJET)
        c.setFont("tR", 8.5)
        c.drawRightString(W - 20 * mm, 13 * mm, f"Hal. {n}")
        return
    c.setFillColor(MAT)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(GRID)
    c.setLineWidth(0.3)
    for k in range(0, int(W / (10 * mm)) + 1):
        c.line(k * 10 * mm, 0, k * 10 * mm, H)
    for k in range(0, int(H / (10 * mm)) + 1):
        c.line(0, k * 10 * mm, W, k * 10 * mm)
    c.setFillColor(GRID)
    c.setFont("kR", 5)
    for k in range(1, int(W / (10 * mm))):
        c.drawCentredString(k * 10 * mm, H - 4 * mm, str(k))
    for k in range(1, int(H / (10 * mm))):
        c.drawString(1.5 * mm, k * 10 * mm + 1, str(k))
    c.setFillColor(colors.Color(0, 0, 0, alpha=0.3))  # the sheet's shadow
    c.rect(16 * mm, 10 * mm, W - 30 * mm, H - 30 * mm, stroke=0, fill=1)
    c.setFillColor(KERTAS)
    c.rect(14 * mm, 12 * mm, W - 28 * mm, H - 30 * mm, stroke=0, fill=1)
    c.setFillColor(BAJA)  # the steel ruler beside the sheet's right edge
    c.rect(W - 13 * mm, 14 * mm, 10 * mm, H - 36 * mm, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor("#55595F"))
    c.setLineWidth(0.25)
    for k in range(0, int((H - 36 * mm) / mm)):
        ln = 4 if k % 10 == 0 else (2.5 if k % 5 == 0 else 1.5)
        c.line(W - 13 * mm, 14 * mm + k * mm, W - 13 * mm + ln * mm, 14 * mm + k * mm)
    c.setFillColor(TEKS_LAYAR)
    c.setFont("kR", 8)
    c.drawCentredString(W / 2, 18 * mm, str(n))


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: black on the checked copy, near-black on the sheet on the mat."""
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
        for x in bungkus(ln, lebar=L.lebar):
            self.muat(L.lead)
            judul = bool(JUDUL.match(x))
            c.setFont(L.nama + ("B" if judul else "R"), L.pt + (1.5 if judul and x.startswith("BAB ") else 0))
            self.nomor += 1
            c.setFillColor(tinta(self.nama, self.n, self.nomor))
            c.drawString(L.kiri, self.y, x)
            self.bab = x.startswith("BAB ")
            self.y -= L.lead
            self.isi = True

    nomor = 0

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
            c.setStrokeColor(TINTA_ARSIP if L is SISI else RULE_LAYAR)
            c.setLineWidth(0.4 if L is SISI else 0.3)
            dx, dy = (0, 0) if L is SISI else GESER
            xx = L.kiri
            c.setFillColor(colors.HexColor("#E4E4E4"))  # the header's grey band on the meeting copy
            for j in range(len(sel)):
                c.rect(xx + dx, atas - h + dy, w[j], h, stroke=1, fill=int(i == 0 and L is SISI))
                xx += w[j]
            self.nomor += 1
            c.setFillColor(TEKS_LAYAR if (L is FILM and i == 0) else tinta(self.nama, self.n, self.nomor))
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
        TINTA[0] = HITAM if L is FILM else TINTA_INKJET
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
