#!/usr/bin/python3
"""PDF twins of four dev41/ texts, in two looks no earlier batch used.

- Belu 2022 and Lembata 2019 (ordinary documents): **an A4 Word report printed on the office's security
  paper with a guilloche pattern (kertas berpengaman)** - the sheet pre-printed in a pale green-grey with a
  guilloche rosette in the middle of the page (fine interlaced sine curves) and a guilloche band along the top
  and bottom edges, printed over by the report in DejaVu Serif 10 pt at 1.4 line spacing, headings bold,
  prose re-flowed, every
  TAB table in a thin black grid with the header row bold (no fill), figures right-aligned, the header
  repeated on the next page; the page number at the bottom centre; the text's own page feet dropped.
- Ngada 2023 and Manggarai 2024 (new house styles): **the report as a two-colour risograph print (cetakan
  risograf dua warna)** - off-white paper, the body in a medium blue ink (DejaVu Sans Condensed 9 pt, fixed
  lines in DejaVu Sans Mono), headings, table rules and table headers in a fluorescent pink ink laid as a
  second drum, misregistered by about 0.7 mm right and 0.4 mm down; a grain of small dots of both inks from a
  fixed LCG; `hal. n` in pink at the bottom left.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the grain and
the ink shades come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev41/pdf/make_pdf.py
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


# the report on lined paper in DejaVu Serif; the risograph print in DejaVu Sans Condensed
SISI = Gaya("t", (210 * mm, 297 * mm), 27 * mm, 20 * mm, 25 * mm, 22 * mm, 10, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.4)
FILM = Gaya("k", (210 * mm, 297 * mm), 20 * mm, 18 * mm, 24 * mm, 22 * mm, 9, "DejaVuSansCondensed",
            "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique", 1.4)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.4
KOLOM_SISI = 0  # no side column in either look
ABU = colors.HexColor("#6E6E6E")
POLA = colors.HexColor("#C9DDD2")  # the security paper's pale green-grey guilloche
TINTA_INKJET = colors.HexColor("#111111")  # the office printer's black
KERTAS_RISO = colors.HexColor("#F8F5EE")  # off-white risograph paper
BIRU_RISO = colors.HexColor("#1D4FA0")  # the blue drum
PINK_RISO = colors.HexColor("#FF4FA8")  # the fluorescent pink drum
GESER = (0.7 * mm, -0.4 * mm)  # the pink drum's misregistration
HITAM = BIRU_RISO
BASES = ("lkj-belu-2022", "lkjip-lembata-2019", "lkj-ngada-2023", "lkj-manggarai-2024")
LOOK = {"lkj-belu-2022": SISI, "lkjip-lembata-2019": SISI, "lkj-ngada-2023": FILM, "lkj-manggarai-2024": FILM}
BENIH = {"lkj-belu-2022": 5304, "lkjip-lembata-2019": 5313, "lkj-ngada-2023": 5309, "lkj-manggarai-2024": 5310}
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
    text = re.sub(r"\n(\d+|Halaman \d+|- \d+ -)\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n(\d+|Halaman \d+|- \d+ -)\n*$", "\n", text)
    text = re.sub(r"\n\d+\n\n\f\n", "\n\f\n", text)  # the number a table's page break printed
    for kepala in ():
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


def guilloche(c):
    """The security paper's pre-print, drawn once as a form: a rosette of interlaced sine curves in the middle
    of the page and a band of interlaced waves along the top and bottom edges (no randomness)."""
    W, H = L.W, L.H
    c.beginForm("pola")
    c.setStrokeColor(POLA)
    c.setLineWidth(0.3)
    for k in range(9):
        p = c.beginPath()
        for i in range(241):
            t = 2 * math.pi * i / 240
            r = 55 * mm + 9 * mm * math.sin(11 * t + k * 0.7) + 4 * mm * math.cos(5 * t - k * 0.35)
            x, y = W / 2 + r * math.cos(t), H / 2 + r * math.sin(t)
            (p.moveTo if i == 0 else p.lineTo)(x, y)
        c.drawPath(p, stroke=1, fill=0)
    for y0 in (8 * mm, H - 12 * mm):
        for k in range(4):
            p = c.beginPath()
            for i in range(161):
                x = W * i / 160
                y = y0 + 2.2 * mm * math.sin(2 * math.pi * x / (9 * mm) + k * 1.6)
                (p.moveTo if i == 0 else p.lineTo)(x, y)
            c.drawPath(p, stroke=1, fill=0)
    c.endForm()


def perabot(c, base, n, bab=0):
    """The page's furniture: the security paper - its guilloche pre-print and the page number at the bottom
    centre; the risograph print - the off-white paper, a grain of blue and pink dots and `hal. n` in pink at
    the bottom left."""
    W, H = L.W, L.H
    if L is SISI:
        if n == 1:
            guilloche(c)
        c.doForm("pola")
        c.setFillColor(TINTA_INKJET)
        c.setFont("tR", 9)
        c.drawCentredString(W / 2, 16 * mm, str(n))
        return
    r = acak(BENIH[base] * 100 + n)
    c.setFillColor(KERTAS_RISO)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    for i in range(70):  # the drums' grain
        c.setFillColor(colors.Color(0.11, 0.31, 0.63, alpha=0.35) if i % 2 else colors.Color(1, 0.31, 0.66, alpha=0.35))
        c.circle(next(r) * W, next(r) * H, 0.12 + next(r) * 0.25, stroke=0, fill=1)
    c.setFillColor(PINK_RISO)
    c.setFont("kB", 8.5)
    c.drawString(L.kiri + GESER[0], 12 * mm + GESER[1], f"hal. {n}")


def coret(c, base, n):
    """Nothing drawn over the page in either look."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: black on the lined paper; the blue drum's ink, a little uneven, in the
    risograph print."""
    if L is SISI:
        return TINTA_INKJET
    r = acak(BENIH[base] * 1000 + n * 97 + i)
    g = next(r) * 0.08
    return colors.Color(0.11 + g, 0.31 + g, 0.63 + g)


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
            if judul and L is FILM:
                c.setFillColor(PINK_RISO)
                c.drawString(L.kiri + GESER[0], self.y + GESER[1], x)
            else:
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
            c.setStrokeColor(TINTA_INKJET if L is SISI else PINK_RISO)
            c.setLineWidth(0.5 if L is SISI else 0.6)
            dx, dy = (0, 0) if L is SISI else GESER
            xx = L.kiri
            for j in range(len(sel)):
                c.rect(xx + dx, atas - h + dy, w[j], h, stroke=1, fill=0)
                xx += w[j]
            self.nomor += 1
            c.setFillColor(PINK_RISO if (L is FILM and i == 0) else tinta(self.nama, self.n, self.nomor))
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
