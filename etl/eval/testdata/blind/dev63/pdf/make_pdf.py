#!/usr/bin/python3
"""PDF twins of four dev63/ texts, in two looks no earlier batch used.

- Alor 2019 and Ende 2021 (ordinary documents): **a dot-grid journal edition** - every PDF page a sheet of
  the planning officer's dot-grid notebook (148 x 210 mm, A5: cream paper, a grey dot every 5 mm both ways,
  the notebook's printed head `No. ____  Tanggal ____` with a thin rule, a page number in a small circle at
  the outer foot corner, the binding's shadow along the inner edge, the pages alternating left and right);
  the body in DejaVu Serif 6.4 pt in dark blue-black, one text line a dot row, headings bold, prose
  re-flowed; tables without rules of their own, the header bold; the text's own feet (`LKj KPU Alor 2019 - n`,
  `LKj Ende 2021 / n`) dropped.
- Lembata 2020 and Malaka 2021 (new house styles): **an isometric-paper pad edition** - every PDF page a
  sheet of the technical section's isometric pad (210 x 297 mm: pale blue lines at 30 and 150 degrees and
  upright every 5 mm inside a blue border, the pad's own strip printed above it `KERTAS ISOMETRIK 5 mm` and
  `KPU KABUPATEN ... · Lembar n`; no title block, no drawing frame); the report printed over the grid in DejaVu Sans 6.6 pt in
  near-black, headings bold, fixed lines in DejaVu Sans Mono 5.6 pt shrunk when wider than the frame, never
  re-flowed; tables with a thin rule under the header.
The page's grid is drawn once per PDF as a form and placed on every page (so each twin stays small).
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev63/pdf/make_pdf.py
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


# the dot-grid journal edition in DejaVu Serif; the isometric-pad edition in DejaVu Sans
SISI = Gaya("t", (148 * mm, 210 * mm), 14 * mm, 10 * mm, 22 * mm, 16 * mm, 6.4, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 5 * mm / 6.4)
FILM = Gaya("k", (210 * mm, 297 * mm), 16 * mm, 14 * mm, 20 * mm, 16 * mm, 6.6, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.45)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 5.6
PITCH = 5 * mm  # the dot grid's and the isometric grid's pitch
RULE_LAYAR = colors.HexColor("#333333")  # the isometric tables' rule under the header
TINTA_INKJET = colors.HexColor("#1F2A44")  # blue-black in the journal
MARUN = colors.HexColor("#111827")  # headings in the journal
TEKS_LAYAR = colors.HexColor("#161616")  # near-black on the isometric pad
HITAM = TEKS_LAYAR
BASES = ("lkj-alor-2019", "lkj-ende-2021", "lkj-lembata-2020", "lkj-malaka-2021")
LOOK = {"lkj-alor-2019": SISI, "lkj-ende-2021": SISI, "lkj-lembata-2020": FILM, "lkj-malaka-2021": FILM}
L = SISI
TINTA = [colors.black]
NAMA_KAB = {"lkj-lembata-2020": "KPU KABUPATEN LEMBATA", "lkj-malaka-2021": "KPU KABUPATEN MALAKA"}
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
    kaki = r"(LKj KPU Alor 2019 \u2013 \d+|LKj Ende 2021 / \d+)"
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


def grid(c):
    """The look's grid as a form: the journal's dots, or the isometric pad's three families of lines."""
    W, H = L.W, L.H
    c.beginForm("grid")
    if L is SISI:
        c.setFillColor(colors.HexColor("#FBF7EC"))  # the cream paper
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#B9B4A8"))
        p = c.beginPath()
        y = H - 8 * mm
        while y > 6 * mm:
            x = 6 * mm
            while x < W - 5 * mm:
                p.circle(x, y, 0.22 * mm)
                x += PITCH
            y -= PITCH
        c.drawPath(p, stroke=0, fill=1)
    else:
        c.setFillColor(colors.white)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#BFD8EE"))
        c.setLineWidth(0.25)
        p = c.beginPath()
        x0, x1, y0, y1 = 10 * mm, W - 10 * mm, 10 * mm, H - 10 * mm
        dx = PITCH * math.sqrt(3) / 2  # upright lines so that the slanted ones meet them on the grid
        x = x0
        while x <= x1:
            p.moveTo(x, y0)
            p.lineTo(x, y1)
            x += dx
        t = math.tan(math.radians(30))
        k = -((x1 - x0) * t) // PITCH - 1
        while k * PITCH < (y1 - y0) + 1:
            for s in (1, -1):  # 30 and 150 degrees, clipped to the frame
                pts = []
                for xx in (x0, x1):
                    yy = y0 + k * PITCH + s * (xx - x0) * t if s == 1 else y0 + k * PITCH + (x1 - xx) * t
                    pts.append((xx, yy))
                (xa, ya), (xb, yb) = pts
                if ya == yb:
                    continue
                def klip(xa, ya, xb, yb):
                    for bat in (y0, y1):
                        if (ya - bat) * (yb - bat) < 0:
                            xm = xa + (bat - ya) * (xb - xa) / (yb - ya)
                            if ya < y0 or ya > y1:
                                xa, ya = xm, bat
                            else:
                                xb, yb = xm, bat
                    return xa, ya, xb, yb
                xa, ya, xb, yb = klip(xa, ya, xb, yb)
                if y0 - 0.1 <= ya <= y1 + 0.1 and y0 - 0.1 <= yb <= y1 + 0.1:
                    p.moveTo(xa, ya)
                    p.lineTo(xb, yb)
            k += 1
        c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(colors.HexColor("#3B6E9C"))
        c.setLineWidth(0.8)
        c.rect(10 * mm, 10 * mm, W - 20 * mm, H - 20 * mm, stroke=1, fill=0)
    c.endForm()


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the grid form, then the journal's head, binding shadow and page circle, or the
    isometric pad's printed strip."""
    W, H = L.W, L.H
    if not getattr(c, "_ada_grid", False):
        grid(c)
        c._ada_grid = True
    c.doForm("grid")
    if L is SISI:
        kiri = n % 2 == 1  # a right-hand page: the binding on its left
        c.setFillColor(colors.HexColor("#E6E0D0"))
        c.rect(0 if kiri else W - 4 * mm, 0, 4 * mm, H, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#9C968A"))
        c.setFont("tR", 5.5)
        c.drawString(W - 62 * mm, H - 11 * mm, "No. ________   Tanggal ____ / ____ / ______")
        c.setStrokeColor(colors.HexColor("#CFC9BB"))
        c.setLineWidth(0.4)
        c.line(8 * mm, H - 13 * mm, W - 8 * mm, H - 13 * mm)
        cx = W - 9 * mm if kiri else 9 * mm
        c.circle(cx, 8 * mm, 2.6 * mm, stroke=1, fill=0)
        c.drawCentredString(cx, 7.2 * mm, str(n))
        return
    c.setFillColor(colors.HexColor("#3B6E9C"))  # the pad's printed strip above the frame, no title block
    c.setFont("kR", 5.5)
    c.drawString(10 * mm, H - 7.5 * mm, "KERTAS ISOMETRIK 5 mm  \u00b7  30\u00b0 / 150\u00b0  \u00b7  A4")
    c.drawRightString(W - 10 * mm, H - 7.5 * mm, f"{NAMA_KAB[base]}   \u00b7   Lembar {n}")


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: blue-black in the journal, near-black on the isometric pad."""
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
            if L is FILM and i == 0:  # the isometric pad: a thin rule under the header; the journal: none
                c.setStrokeColor(RULE_LAYAR)
                c.setLineWidth(0.4)
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
