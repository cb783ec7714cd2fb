#!/usr/bin/python3
"""PDF twins of four dev57/ texts, in two looks no earlier batch used.

- Belu 2023 and Ngada 2021 (ordinary documents): **a topographic-map edition** - every PDF page a sheet of a
  topographic map (210 x 297 mm: a pale buff ground, brown contour lines round two or three hills, every fifth
  one thicker, a blue river, a thin map grid with its coordinates in the margin), a white panel behind the body
  so the ink reads, the page number in the scale-bar box at the foot; the body in DejaVu Serif 8.4 pt in a
  near-black ink, headings bold in a dark sepia, prose re-flowed; tables in thin rules with the header row on a
  pale buff band, figures right-aligned (the text's own feet `LKj-2023/Belu/n` and `Laporan Kinerja 2021 - n`
  dropped, Ngada's running head kept as a line).
- Manggarai Barat 2024 and Manggarai Timur 2020 (new house styles): **a circuit-board edition** - every PDF page
  a printed circuit board (297 x 210 mm: the green solder mask, copper traces running at right angles round the
  edge, round pads and vias, four mounting holes at the corners), the body in DejaVu Sans 7 pt in the
  board's white silkscreen, headings bold, fixed lines (the teletext pages, the CG rundown) in DejaVu Sans
  Mono 6 pt, shrunk when wider than the frame, never re-flowed; tables without rules; the page number on a
  black chip (`U1`) at the upper right.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the contours and
the traces come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev57/pdf/make_pdf.py
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


# the topographic-map edition in DejaVu Serif; the circuit-board edition in DejaVu Sans
SISI = Gaya("t", (210 * mm, 297 * mm), 26 * mm, 26 * mm, 24 * mm, 30 * mm, 8.4, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.4)
FILM = Gaya("k", (297 * mm, 210 * mm), 26 * mm, 26 * mm, 22 * mm, 22 * mm, 7.0, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.45)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 6.0
KOLOM_SISI = 0  # no side column in either look
BATU = colors.HexColor("#D9D9D4")
BUTIR = colors.HexColor("#F4F2EC")
LATAR = colors.HexColor("#9C9C96")
TERANG = colors.HexColor("#B08D3C")
GELAP = colors.HexColor("#7D6124")
EMAS = colors.HexColor("#1E1A16")
EMAS_TERANG = colors.HexColor("#4A2E12")
PITA = colors.HexColor("#F1E6CC")
GARIS_BATU = colors.HexColor("#5A4A36")
BAMBU_1 = colors.HexColor("#241C36")
BAMBU_2 = colors.HexColor("#201932")
RUAS = colors.HexColor("#1F3A68")
CELAH = colors.HexColor("#22406F")
TALI = colors.HexColor("#E8892B")
MERAH = colors.HexColor("#EEF1F6")
RULE_LAYAR = colors.HexColor("#EEF1F6")
TINTA_INKJET = EMAS
MARUN = colors.HexColor("#4A3418")  # headings and table heads of the map (dark sepia)
TEKS_LAYAR = colors.HexColor("#F4F7F2")
HITAM = TEKS_LAYAR
BASES = ("lkj-belu-2023", "lkj-ngada-2021", "lkj-manggarai-barat-2024", "lkj-manggarai-timur-2020")
LOOK = {"lkj-belu-2023": SISI, "lkj-ngada-2021": SISI, "lkj-manggarai-barat-2024": FILM, "lkj-manggarai-timur-2020": FILM}
BENIH = {"lkj-belu-2023": 5304, "lkj-ngada-2021": 5309, "lkj-manggarai-barat-2024": 5315, "lkj-manggarai-timur-2020": 5319}
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
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln) \
        and not re.match(r"^(P\d{3}  |CG \d\d \| |RUNDOWN CG)", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    kaki = r"(LKj-2023/Belu/\d+|Laporan Kinerja 2021 - \d+)"
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


ROMAWI_ANGKA = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def romawi(n):
    """n in Roman numerals, (kept from the earlier script, unused here)."""
    out = ""
    for v, h in ROMAWI_ANGKA:
        while n >= v:
            out, n = out + h, n - v
    return out


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the map - the buff ground, the grid and its coordinates, the contour lines round the
    hills, the river, the white panel and the scale-bar box with the page number; the circuit board - the green
    solder mask, the copper traces, pads and vias, the mounting holes and the chip with the page number."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(colors.HexColor("#F3EBD7"))  # the buff ground
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#B9C7D6"))  # the map grid and its coordinates
        c.setLineWidth(0.3)
        c.setFillColor(colors.HexColor("#7C8A99"))
        c.setFont("tR", 5)
        for i in range(0, int(W / (30 * mm)) + 1):
            c.line(i * 30 * mm, 0, i * 30 * mm, H)
            c.drawString(i * 30 * mm + 1, H - 5 * mm, f"{123 + i // 3}\u00b0{(i * 20) % 60:02d}' BT")
        for j in range(0, int(H / (30 * mm)) + 1):
            c.line(0, j * 30 * mm, W, j * 30 * mm)
            c.drawString(2, j * 30 * mm + 1, f"9\u00b0{(j * 10) % 60:02d}' LS")
        for b in range(2 + int(next(r) * 2)):  # the hills: contour lines, every fifth thicker
            x0, y0 = W * (0.15 + 0.7 * next(r)), H * (0.1 + 0.8 * next(r))
            for k in range(1, 13):
                c.setStrokeColor(colors.HexColor("#B07A45"))
                c.setLineWidth(0.8 if k % 5 == 0 else 0.35)
                rx, ry = k * (5 + 2 * next(r)) * mm, k * (4 + 2 * next(r)) * mm
                c.ellipse(x0 - rx, y0 - ry, x0 + rx, y0 + ry, stroke=1, fill=0)
        c.setStrokeColor(colors.HexColor("#5B8FC7"))  # the river
        c.setLineWidth(1.2)
        p = c.beginPath()
        p.moveTo(0, H * next(r))
        for i in range(1, 9):
            p.lineTo(W * i / 8, H * (0.2 + 0.6 * next(r)))
        c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(colors.white)  # the panel behind the body
        c.rect(L.kiri - 6 * mm, L.bawah - 8 * mm, L.lebar + 12 * mm, H - L.atas - L.bawah + 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)  # the scale-bar box
        c.setStrokeColor(colors.HexColor("#4A3418"))
        c.setLineWidth(0.5)
        c.rect(W / 2 - 22 * mm, 8 * mm, 44 * mm, 9 * mm, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#4A3418"))
        for i in range(4):
            c.rect(W / 2 - 18 * mm + i * 9 * mm, 14 * mm, 4.5 * mm, 1.2 * mm, stroke=1, fill=1)
        c.setFont("tB", 7)
        c.drawCentredString(W / 2, 9.6 * mm, f"lembar {n}")
        return
    c.setFillColor(colors.HexColor("#1F5E35"))  # the solder mask
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor("#B8873B"))  # the copper traces round the edge
    c.setLineWidth(0.9)
    for i in range(14):
        x, y = W * next(r), 4 * mm + 10 * mm * next(r)
        for yy in (y, H - y):
            p = c.beginPath()
            p.moveTo(x, yy)
            p.lineTo(x + 25 * mm * (next(r) - 0.5), yy)
            c.drawPath(p, stroke=1, fill=0)
        yy = H * next(r)
        c.line(4 * mm + 8 * mm * next(r), yy, 14 * mm, yy)
        c.line(W - 14 * mm, yy, W - 4 * mm - 8 * mm * next(r), yy)
    c.setFillColor(colors.HexColor("#C9A55A"))  # pads and vias
    for i in range(24):
        x, y = (W * next(r), 8 * mm) if i % 2 else (W * next(r), H - 8 * mm)
        c.circle(x, y, 0.9 * mm, stroke=0, fill=1)
    for x, y in ((6 * mm, 6 * mm), (W - 6 * mm, 6 * mm), (6 * mm, H - 6 * mm), (W - 6 * mm, H - 6 * mm)):
        c.setFillColor(colors.HexColor("#D8D8D0"))  # the mounting holes
        c.circle(x, y, 2.6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#0C1A10"))
        c.circle(x, y, 1.6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#151515"))  # the chip
    c.rect(W - 38 * mm, H - 21 * mm, 18 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#B8873B"))
    for i in range(6):
        c.rect(W - 36.5 * mm + i * 3 * mm, H - 12 * mm, 1 * mm, 1.5 * mm, stroke=0, fill=1)
        c.rect(W - 36.5 * mm + i * 3 * mm, H - 22.5 * mm, 1 * mm, 1.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("kB", 6.5)
    c.drawCentredString(W - 29 * mm, H - 18 * mm, str(n))
    c.setFont("kR", 5)
    c.drawString(W - 38 * mm, H - 25 * mm, "U1")


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: near-black on the map, the white silkscreen on the board."""
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
            if L is SISI:  # the map: thin rules, the header on a pale buff band
                c.setStrokeColor(GARIS_BATU)
                c.setLineWidth(0.35)
                c.setFillColor(PITA)
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            elif L is None:  # (no rules on the board)
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
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
