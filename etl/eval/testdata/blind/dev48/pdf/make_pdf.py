#!/usr/bin/python3
"""PDF twins of four dev48/ texts, in two looks no earlier batch used.

- Ende 2020 and Rote Ndao 2020 (ordinary documents): **the sheets photographed lying on the desk by the office
  window, the afternoon sun falling through the venetian blind (cahaya matahari lewat tirai kerai)** - the Word
  report on A4 paper with a faint warm tint: across every page a dozen diagonal bands of translucent pale-yellow
  sunlight, each with a grey slat shadow beside it (their slope, width and place from a fixed LCG, a little
  different on each page); the body in DejaVu Serif 9.5 pt at 1.3 line spacing, headings bold, prose re-flowed;
  tables in a thin dark-grey grid with a pale header row, figures right-aligned, the header repeated on the next
  page; the page number alone at the bottom right.
- Manggarai 2019 and Sabu Raijua 2020 (new house styles): **the report laid under the document camera
  (visualizer) in the evaluation meeting and captured from its output, one capture a page** - every PDF page a
  16:10 landscape frame (256 x 160 mm): the batik-patterned tablecloth (rows of small brown diamonds on a dark
  red ground), the A4 page lying portrait in the middle, the camera head's shadow falling over its top right
  corner as a translucent dark wedge, the camera's own overlay in the corners (`ZOOM x1.0` and `AF` at the top
  left, `FREEZE` at the bottom left); the body in DejaVu Sans 7 pt (fixed lines in DejaVu Sans Mono, shrunk when
  wider than the page), headings bold, tables in grey rules with a pale green header row; `n` at the bottom
  centre of the page.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the bands and the
shadow come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev48/pdf/make_pdf.py
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


# the sunlit sheet in DejaVu Serif; the page under the document camera in DejaVu Sans
SISI = Gaya("t", (210 * mm, 297 * mm), 24 * mm, 24 * mm, 26 * mm, 24 * mm, 9.5, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.3)
FILM = Gaya("k", (256 * mm, 160 * mm), 80 * mm, 80 * mm, 16 * mm, 18 * mm, 6.2, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.35)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 5.4
KOLOM_SISI = 0  # no side column in either look
KERTAS = colors.HexColor("#FCF9F2")  # the A4 sheet, a faint warm tint
RUANG = colors.HexColor("#5A1E1A")  # the tablecloth's dark red ground
LAYAR = colors.HexColor("#F4F2EC")  # the page under the camera
TEKS_LAYAR = colors.HexColor("#1E1E1C")  # the captured text
RULE_LAYAR = colors.HexColor("#8A9099")
KEPALA_LAYAR = colors.HexColor("#DCEBD8")  # the pale green header row
TINTA_INKJET = colors.black
HITAM = TEKS_LAYAR
BASES = ("lkj-ende-2020", "lkj-rote-ndao-2020", "lkj-manggarai-2019", "lkj-sabu-raijua-2020")
LOOK = {"lkj-ende-2020": SISI, "lkj-rote-ndao-2020": SISI, "lkj-manggarai-2019": FILM, "lkj-sabu-raijua-2020": FILM}
BENIH = {"lkj-ende-2020": 5308, "lkj-rote-ndao-2020": 5314, "lkj-manggarai-2019": 5310, "lkj-sabu-raijua-2020": 5320}
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
    text = re.sub(r"\n(\d+|Hal\. \d+)\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n(\d+|Hal\. \d+)\n*$", "\n", text)
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
    """The page's furniture: the sunlit sheet - the warm paper, the diagonal sunlight bands with their slat shadows,
    the page number at the bottom right; the document camera - the batik tablecloth, the page lying on it, the
    camera head's shadow over the top right corner, the overlay in the frame's corners, `n` at the page's bottom
    centre."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(KERTAS)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        miring = 0.55 + next(r) * 0.15  # the slope of the bands, a little different on each page
        x0 = -H * miring - next(r) * 20 * mm
        for k in range(12):  # a sunlight band, then the slat's shadow beside it
            lebar = 11 * mm + next(r) * 5 * mm
            for w_, col in ((lebar, colors.Color(1, 0.93, 0.55, alpha=0.16)), (4 * mm, colors.Color(0.35, 0.33, 0.3, alpha=0.07))):
                c.setFillColor(col)
                p = c.beginPath()
                p.moveTo(x0, 0)
                p.lineTo(x0 + w_, 0)
                p.lineTo(x0 + w_ + H * miring, H)
                p.lineTo(x0 + H * miring, H)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
                x0 += w_
            x0 += 3 * mm
        c.setFillColor(TINTA_INKJET)
        c.setFont("tR", 8.5)
        c.drawRightString(W - 20 * mm, 12 * mm, str(n))
        return
    c.setFillColor(RUANG)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#8C5A2B"))  # the batik's rows of small diamonds
    for yy in range(4, 160, 12):
        for xx in range(4 + (yy // 12 % 2) * 6, 256, 12):
            if 70 <= xx <= 186:
                continue  # under the page
            p = c.beginPath()
            p.moveTo(xx * mm, (yy - 2) * mm)
            p.lineTo((xx + 2) * mm, yy * mm)
            p.lineTo(xx * mm, (yy + 2) * mm)
            p.lineTo((xx - 2) * mm, yy * mm)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.Color(0, 0, 0, alpha=0.35))
    c.rect(73.5 * mm, 3 * mm, 113 * mm, H - 5 * mm, stroke=0, fill=1)  # the page's shadow on the cloth
    c.setFillColor(LAYAR)
    c.rect(71.5 * mm, 5 * mm, 113 * mm, H - 7 * mm, stroke=0, fill=1)  # the A4 page lying on the cloth
    c.setFillColor(colors.Color(0, 0, 0, alpha=0.10))  # the camera head's shadow
    s_ = 40 * mm + next(r) * 10 * mm
    p = c.beginPath()
    p.moveTo(W - 71.5 * mm - s_, H)
    p.lineTo(W, H)
    p.lineTo(W, H - s_ * 0.8)
    p.lineTo(W - 71.5 * mm - s_ * 0.3, H - s_ * 0.5)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#F0F0F0"))
    c.setFont("kB", 7)
    c.drawString(6 * mm, H - 9 * mm, "ZOOM x1.0")
    c.drawString(6 * mm, H - 15 * mm, "AF")
    c.drawString(6 * mm, 7 * mm, "FREEZE")
    c.setFillColor(TEKS_LAYAR)
    c.setFont("kR", 6)
    c.drawCentredString(W / 2, 8 * mm, str(n))


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: black on the sunlit sheet, near-black on the captured page."""
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
            if L is SISI:  # the sunlit sheet: a thin dark-grey grid, a pale header row
                c.setStrokeColor(colors.HexColor("#333333"))
                c.setLineWidth(0.4)
                c.setFillColor(colors.HexColor("#ECE8DE"))
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            else:  # the page under the camera: grey rules, a pale green header row
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
