#!/usr/bin/python3
"""PDF twins of four dev43/ texts, in two looks no earlier batch used.

- Rote Ndao 2019 and Sumba Barat 2021 (ordinary documents): **a foxed archive copy (arsip lembap berbintik)** -
  the Word report printed on A4 years ago and kept in a damp store room: the paper yellowed (a cream page, a
  darker tan band along every edge), brown foxing spots of several sizes scattered from a fixed LCG, a rust mark
  where the staple sat at the top left, the body in DejaVu Sans Condensed 9.5 pt at 1.35 line spacing in a faded
  brown-black, headings bold, prose re-flowed; every TAB table in a thin grid with the header row bold, figures
  right-aligned, the header repeated on the next page; the page number `- n -` at the bottom centre; the text's
  own page feet and running heads dropped.
- Sumba Tengah 2022 and Belu 2020 (new house styles): **the report as e-reader screens (layar pembaca e-ink)** -
  each page a 7.8-inch e-ink screen (120 x 160 mm, a pale warm grey), a status bar at the top (the clock, the
  document's name, a battery drawn as an outline), the body in DejaVu Serif 7 pt (fixed lines in DejaVu Sans
  Mono, shrunk when wider than the screen), headings bold, tables in hairline grey rules, at the bottom a reading
  progress bar and `n / N` (the page count taken from a first pass).
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the foxing spots
come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev43/pdf/make_pdf.py
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


# the archive copy in DejaVu Sans Condensed; the e-reader screen in DejaVu Serif (7.8-inch screen)
SISI = Gaya("t", (210 * mm, 297 * mm), 26 * mm, 20 * mm, 24 * mm, 28 * mm, 9.5, "DejaVuSansCondensed",
            "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique", 1.35)
FILM = Gaya("k", (120 * mm, 160 * mm), 6 * mm, 6 * mm, 14 * mm, 14 * mm, 7, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.35)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 6.4
KOLOM_SISI = 0  # no side column in either look
ABU = colors.HexColor("#6E6E6E")
KERTAS = colors.HexColor("#F2E8CF")  # the yellowed paper
TEPI = colors.HexColor("#C9A86A")  # the tan band along the edges
BINTIK = colors.HexColor("#9A6B3A")  # the foxing spots
KARAT = colors.HexColor("#8B4513")  # the staple's rust
TINTA_ARSIP = colors.HexColor("#3A2E24")  # the faded brown-black print
LAYAR = colors.HexColor("#EEEDE8")  # the e-ink screen
TEKS_LAYAR = colors.HexColor("#1E1E1E")
RULE_LAYAR = colors.HexColor("#7A7A7A")
TINTA_INKJET = TINTA_ARSIP
HITAM = TEKS_LAYAR
GESER = (0, 0)
BASES = ("lkjip-rote-ndao-2019", "lkj-sumba-barat-2021", "lkj-sumba-tengah-2022", "lkj-belu-2020")
LOOK = {"lkjip-rote-ndao-2019": SISI, "lkj-sumba-barat-2021": SISI, "lkj-sumba-tengah-2022": FILM,
        "lkj-belu-2020": FILM}
BENIH = {"lkjip-rote-ndao-2019": 5314, "lkj-sumba-barat-2021": 5312, "lkj-sumba-tengah-2022": 5317,
         "lkj-belu-2020": 5304}
HALAMAN = {}  # the e-reader's page count from the first pass
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
    for pt in ((9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5) if L is SISI else (6.5, 6, 5.5, 5, 4.5)):
        w = [max(pdfmetrics.stringWidth(r[j], huruf(i, r[j], j), pt) for i, r in enumerate(rows)) + 8 for j in range(n)]
        # a column is never narrower than its longest word, a figure never broken
        bawah = [max(pdfmetrics.stringWidth(k, huruf(i, r[j], j), pt) for i, r in enumerate(rows)
                     for k in ([r[j]] if ANGKA.match(r[j] or "x") else r[j].split() or [""])) + 7 for j in range(n)]
        while sum(w) > L.lebar:
            j = max(range(n), key=lambda j: w[j] - bawah[j])
            if w[j] - 4 < bawah[j]:
                break
            w[j] -= 4
        if sum(w) <= L.lebar or pt in (5, 4.5) and pt == (5 if L is SISI else 4.5):
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
    text = re.sub(r"\n(\d+|Hal \d+ dari LKjIP 2019|Halaman \d+)\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n(\d+|Hal \d+ dari LKjIP 2019|Halaman \d+)\n*$", "\n", text)
    text = re.sub(r"\n\d+\n\n\f\n", "\n\f\n", text)  # the number a table's page break printed
    for kepala in ("LKj Sumba Barat 2021",):
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
    """The page's furniture: the archive copy - the yellowed paper, the tan edge band, foxing spots, the
    staple's rust and `- n -` at the bottom centre; the e-reader - the grey screen, the status bar, the reading
    progress bar and `n / N`."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(TEPI)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(KERTAS)
        c.roundRect(5 * mm, 5 * mm, W - 10 * mm, H - 10 * mm, 4 * mm, stroke=0, fill=1)
        for i in range(26):  # the foxing spots
            rr = 0.4 * mm + next(r) * 2.2 * mm
            c.setFillColor(colors.Color(0.60, 0.42, 0.23, alpha=0.18 + next(r) * 0.25))
            c.circle(round(next(r) * W, 1), round(next(r) * H, 1), rr, stroke=0, fill=1)
        c.setFillColor(colors.Color(0.55, 0.27, 0.07, alpha=0.25))  # the rust's halo and the staple's mark
        c.circle(16 * mm, H - 14 * mm, 3.2 * mm, stroke=0, fill=1)
        c.saveState()
        c.translate(16 * mm, H - 14 * mm)
        c.rotate(35)
        c.setFillColor(KARAT)
        c.rect(-4 * mm, -0.4 * mm, 8 * mm, 0.8 * mm, stroke=0, fill=1)
        c.restoreState()
        c.setFillColor(TINTA_ARSIP)
        c.setFont("tR", 9)
        c.drawCentredString(W / 2, 14 * mm, f"- {n} -")
        return
    c.setFillColor(LAYAR)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEKS_LAYAR)
    c.setFont("kR", 6)
    c.drawString(6 * mm, H - 7 * mm, f"{9 + n // 12:02d}:{(n * 7) % 60:02d}")
    c.drawCentredString(W / 2, H - 7 * mm, base + ".pdf")
    c.setStrokeColor(TEKS_LAYAR)
    c.setLineWidth(0.5)
    c.rect(W - 14 * mm, H - 7.6 * mm, 7 * mm, 3 * mm, stroke=1, fill=0)  # the battery
    c.rect(W - 7 * mm, H - 6.8 * mm, 0.8 * mm, 1.4 * mm, stroke=0, fill=1)
    c.rect(W - 13.4 * mm, H - 7 * mm, 4.2 * mm, 1.8 * mm, stroke=0, fill=1)
    c.setStrokeColor(RULE_LAYAR)
    c.line(6 * mm, H - 9 * mm, W - 6 * mm, H - 9 * mm)
    N = HALAMAN.get(base, 0)
    c.setLineWidth(0.6)
    c.line(6 * mm, 8 * mm, W - 26 * mm, 8 * mm)
    if N:
        c.setLineWidth(1.8)
        c.line(6 * mm, 8 * mm, 6 * mm + (W - 32 * mm) * n / N, 8 * mm)
    c.setFont("kR", 6)
    c.drawRightString(W - 6 * mm, 7 * mm, f"{n} / {N or '?'}")


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: the archive's faded print, a little uneven from line to line; near-black on
    the e-reader."""
    if L is FILM:
        return TEKS_LAYAR
    r = acak(BENIH[base] * 1000 + n * 97 + i)
    g = next(r) * 0.08
    return colors.Color(0.23 + g, 0.18 + g, 0.14 + g)


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
            c.setLineWidth(0.5 if L is SISI else 0.3)
            dx, dy = (0, 0) if L is SISI else GESER
            xx = L.kiri
            for j in range(len(sel)):
                c.rect(xx + dx, atas - h + dy, w[j], h, stroke=1, fill=0)
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
        if L is FILM:
            HALAMAN[base] = cetak(base)[1]  # the first pass counts the screens
        pdf, n = cetak(base)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
