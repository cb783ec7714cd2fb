#!/usr/bin/python3
"""PDF twins of four dev49/ texts, in two looks no earlier batch used.

- Flores Timur 2023 and Ngada 2022 (ordinary documents): **the printing house's prepress proof (cetak coba dari
  percetakan), sent back to the office to be checked before the run** - every PDF page a sheet larger than A4
  (250 x 337 mm) with the A4 trim inside it: crop marks at the four corners of the trim, a registration target
  (circle and cross hairs) at the middle of each side, a CMYK colour bar of stepped patches along the bottom
  slug, and the slug line at the top outside the trim (`CETAK COBA (PROOF) 1 - <file>.pdf - lembar n - periksa
  dan paraf`); inside the trim the Word report, DejaVu Serif 9.5 pt at 1.3 line spacing, headings bold, prose
  re-flowed; tables in a thin grid with a pale grey header row, figures right-aligned, the header repeated on
  the next page; the page number at the bottom right of the trim.
- Manggarai 2023 and Malaka 2021 (new house styles): **every page photographed with an instant camera (the
  evaluator's Polaroid), one print a page, the prints scanned** - every PDF page one instant print (176 x 214 mm,
  the scan of an 88 x 107 mm print at twice its size): the white frame with its wide bottom strip, the square
  photo inside it, the dark desk around the sheet, the A4 page in the middle of the photo, a soft vignette along the
  photo's edges (translucent dark strips, their width from a fixed LCG), and on the bottom strip the caption
  written on the print (`LKj <kabupaten> - hal. n`, DejaVu Sans Oblique); the body in DejaVu Sans 5 pt (fixed
  lines in DejaVu Sans Mono, shrunk when wider than the page), headings bold, tables in grey rules with a pale
  header row.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the vignette comes
from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev49/pdf/make_pdf.py
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


# the proof sheet in DejaVu Serif; the instant print in DejaVu Sans
SISI = Gaya("t", (250 * mm, 337 * mm), 42 * mm, 42 * mm, 46 * mm, 42 * mm, 9.5, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.3)
FILM = Gaya("k", (176 * mm, 214 * mm), 40 * mm, 40 * mm, 21 * mm, 58 * mm, 5.0, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.35)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 4.6
KOLOM_SISI = 0  # no side column in either look
KERTAS = colors.white  # the proof sheet
RUANG = colors.HexColor("#2B2623")  # the dark desk in the photo
LAYAR = colors.HexColor("#EFEBE0")  # the A4 page in the photo, a little warm
TEKS_LAYAR = colors.HexColor("#23211F")  # the photographed text
RULE_LAYAR = colors.HexColor("#8C8880")
KEPALA_LAYAR = colors.HexColor("#DDD8CC")  # the pale header row
TINTA_INKJET = colors.black
HITAM = TEKS_LAYAR
BASES = ("lkj-flores-timur-2023", "lkj-ngada-2022", "lkj-manggarai-2023", "lkj-malaka-2021")
LOOK = {"lkj-flores-timur-2023": SISI, "lkj-ngada-2022": SISI, "lkj-manggarai-2023": FILM, "lkj-malaka-2021": FILM}
BENIH = {"lkj-flores-timur-2023": 5306, "lkj-ngada-2022": 5309, "lkj-manggarai-2023": 5310, "lkj-malaka-2021": 5321}
KAB = {"lkj-manggarai-2023": "Manggarai 2023", "lkj-malaka-2021": "Malaka 2021"}
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
    kaki = r"(\d+|Halaman \d+|Laporan Kinerja KPU Flores Timur 2023 - \d+)"
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


def perabot(c, base, n, bab=0):
    """The page's furniture: the proof sheet - crop marks, registration targets, the colour bar and the slug line
    outside the A4 trim, the page number inside it; the instant print - the white frame, the dark desk in the square
    photo, the A4 page lying in it, the vignette along the photo's edges, the caption written on the bottom strip."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        x0, y0, x1, y1 = 20 * mm, 20 * mm, W - 20 * mm, H - 20 * mm  # the A4 trim
        c.setFillColor(KERTAS)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.3)
        for x, y, dx, dy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
            c.line(x, y + dy * 3 * mm, x, y + dy * 15 * mm)  # crop marks, clear of the trim
            c.line(x + dx * 3 * mm, y, x + dx * 15 * mm, y)
        for x, y in ((W / 2, y1 + 10 * mm), (W / 2, y0 - 10 * mm), (x0 - 10 * mm, H / 2), (x1 + 10 * mm, H / 2)):
            c.circle(x, y, 3.2 * mm, stroke=1, fill=0)  # registration targets
            c.circle(x, y, 1.6 * mm, stroke=1, fill=0)
            c.line(x - 5 * mm, y, x + 5 * mm, y)
            c.line(x, y - 5 * mm, x, y + 5 * mm)
        xx = 40 * mm
        for cmyk in ((1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1), (1, 1, 0, 0), (0, 1, 1, 0), (1, 0, 1, 0)):
            for t in (1.0, 0.75, 0.5, 0.25):  # the colour bar: stepped patches
                c.setFillColor(colors.CMYKColor(*[v * t for v in cmyk]))
                c.rect(xx, 5 * mm, 5.5 * mm, 5.5 * mm, stroke=0, fill=1)
                xx += 6 * mm
        c.setFillColor(colors.black)
        c.setFont("tR", 6.5)
        c.drawString(x0 + 18 * mm, H - 9 * mm, f"CETAK COBA (PROOF) 1 - {base}.pdf - lembar {n} - periksa dan paraf")
        c.setFillColor(TINTA_INKJET)
        c.setFont("tR", 8.5)
        c.drawRightString(x1 - 16 * mm, y0 + 12 * mm, str(n))
        return
    c.setFillColor(colors.HexColor("#FBFAF6"))  # the print's white frame
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(RUANG)
    c.rect(9 * mm, 47 * mm, 158 * mm, 158 * mm, stroke=0, fill=1)  # the square photo, the desk in it
    c.setFillColor(colors.Color(0, 0, 0, alpha=0.4))
    c.rect(33.5 * mm, 48 * mm, 112 * mm, 154 * mm, stroke=0, fill=1)  # the page's shadow on the desk
    c.setFillColor(LAYAR)
    c.rect(32 * mm, 49.5 * mm, 112 * mm, 154 * mm, stroke=0, fill=1)  # the A4 page lying in the photo
    for k in range(4):  # the vignette: soft dark strips along the photo's edges, deeper towards them
        w_ = (2 + next(r) * 2) * mm * (k + 1)
        c.setFillColor(colors.Color(0, 0, 0, alpha=0.07))
        for x, y, ww, hh in ((9 * mm, 47 * mm, w_, 158 * mm), (167 * mm - w_, 47 * mm, w_, 158 * mm),
                             (9 * mm, 47 * mm, 158 * mm, w_), (9 * mm, 205 * mm - w_, 158 * mm, w_)):
            c.rect(x, y, ww, hh, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#2A3A6A"))
    c.setFont("kI", 11)
    c.drawString(20 * mm, 26 * mm, f"LKj {KAB[base]} - hal. {n}")


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: black on the proof, near-black on the photographed page."""
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
            xx = L.kiri
            if L is SISI:  # the proof: a thin grid, a pale grey header row
                c.setStrokeColor(colors.HexColor("#222222"))
                c.setLineWidth(0.35)
                c.setFillColor(colors.HexColor("#E6E6E6"))
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            else:  # the photographed page: grey rules, a pale header row
                c.setStrokeColor(RULE_LAYAR)
                c.setLineWidth(0.3)
                c.setFillColor(KEPALA_LAYAR)
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
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
