#!/usr/bin/python3
"""PDF twins of four dev65/ texts, in two looks no earlier batch used.

- Kupang 2024 and Ende 2019 (ordinary documents): **a desk daily-planner edition** - every PDF page a day page
  of the secretariat's desk planner (A4: cream paper, a head band `AGENDA HARIAN` / `Hari: ........  Tanggal:
  ........` with the satker's name and `Hal. n`, grey rules 5 mm apart, **an hour column at the left whose
  labels `07.00`, `07.30` .. run down beside the rules**, so `pdftotext -layout` sets an hour before many
  text lines, a `Catatan` box at the foot); the body in DejaVu Sans 6.8 pt, one text line a rule, headings
  bold, prose re-flowed; tables without rules, the header bold; the text's own feet dropped.
- Nagekeo 2019 and Timor Tengah Utara 2020 (new house styles): **an aerogramme edition** - every PDF page an
  air letter sheet (A4: pale blue paper, a border of red and blue chevron stripes round the edge, the label
  `PAR AVION - POS UDARA` in a box at the top left, a stamp box `PRANGKO` at the top right, the sheet's fold
  lines dashed across at a third and two thirds of its height with `lipat di sini` at their ends, the sheet
  number `Lembar n` at the foot); the report in DejaVu Serif 6.6 pt in blue-black ink, headings bold, fixed
  lines in DejaVu Sans Mono 5.6 pt shrunk when wider than the column, never re-flowed; tables with a thin
  rule under the header.
The page's ruling is drawn once per PDF as a form and placed on every page (so each twin stays small).
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev65/pdf/make_pdf.py
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


# the daily-planner edition in DejaVu Sans; the aerogramme edition in DejaVu Serif
JAM = 5 * mm  # the planner's rule pitch
SISI = Gaya("t", (210 * mm, 297 * mm), 30 * mm, 12 * mm, 34 * mm, 36 * mm, 6.8, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", JAM / 6.8)
FILM = Gaya("k", (210 * mm, 297 * mm), 20 * mm, 20 * mm, 40 * mm, 24 * mm, 6.6, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.42)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 5.6
RULE_LAYAR = colors.HexColor("#1F2F5C")  # the aerogramme tables' rule under the header
TINTA_INKJET = colors.HexColor("#222222")  # print on the planner
MARUN = colors.HexColor("#7A1F1F")  # headings on the planner
TEKS_LAYAR = colors.HexColor("#16224A")  # blue-black ink on the aerogramme
HITAM = TEKS_LAYAR
BASES = ("lkj-kupang-2024", "lkj-ende-2019", "lkj-nagekeo-2019", "lkj-timor-tengah-utara-2020")
LOOK = {"lkj-kupang-2024": SISI, "lkj-ende-2019": SISI, "lkj-nagekeo-2019": FILM, "lkj-timor-tengah-utara-2020": FILM}
L = SISI
TINTA = [colors.black]
NAMA_KAB = {"lkj-kupang-2024": "KPU KABUPATEN KUPANG", "lkj-ende-2019": "KPU KABUPATEN ENDE",
            "lkj-nagekeo-2019": "KPU KABUPATEN NAGEKEO", "lkj-timor-tengah-utara-2020": "KPU KABUPATEN TIMOR TENGAH UTARA"}
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
    kaki = r"(Hlm\. \d+ \| LKj 2024|Ende, LKj 2019 - \d+)"
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
    """The look's ruling as a form: the planner's day page, or the aerogramme's sheet."""
    W, H = L.W, L.H
    c.beginForm("grid")
    if L is SISI:
        c.setFillColor(colors.HexColor("#FBF7EC"))  # cream paper
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#7A1F1F"))
        c.rect(10 * mm, H - 24 * mm, W - 20 * mm, 12 * mm, stroke=0, fill=1)  # the head band
        c.setFillColor(colors.white)
        c.setFont("tB", 9)
        c.drawString(14 * mm, H - 19.5 * mm, "AGENDA HARIAN")
        c.setFont("tR", 6.5)
        c.drawString(60 * mm, H - 19.5 * mm, "Hari: ....................   Tanggal: ....................")
        c.setStrokeColor(colors.HexColor("#C9C2B0"))
        c.setLineWidth(0.3)
        p = c.beginPath()
        y, k = H - L.atas - 1.4 * mm, 0
        c.setFillColor(colors.HexColor("#9A8F78"))
        c.setFont("tR", 5.2)
        while y > L.bawah:
            p.moveTo(10 * mm, y)
            p.lineTo(W - 10 * mm, y)
            if k % 2 == 0 and k // 2 < 22:  # an hour label every second rule, 07.00 .. 17.30
                m = 7 * 60 + 30 * (k // 2)
                c.drawString(12 * mm, y + 1.2 * mm, f"{m // 60:02d}.{m % 60:02d}")
            y, k = y - JAM, k + 1
        c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(colors.HexColor("#B58C8C"))
        c.setLineWidth(0.6)
        c.line(27 * mm, L.bawah, 27 * mm, H - 26 * mm)  # the hour column's rule
        c.setStrokeColor(colors.HexColor("#7A1F1F"))
        c.rect(10 * mm, 10 * mm, W - 20 * mm, L.bawah - 16 * mm, stroke=1, fill=0)
        c.setFillColor(colors.HexColor("#7A1F1F"))
        c.setFont("tB", 6)
        c.drawString(12 * mm, L.bawah - 10 * mm, "Catatan")
    else:
        c.setFillColor(colors.HexColor("#DCE8F4"))  # the pale blue air letter
        c.rect(0, 0, W, H, stroke=0, fill=1)
        s_ = 6 * mm
        for j, (x0, y0, dx, dy, n) in enumerate(((0, 0, 1, 0, int(W / s_)), (0, H - 4 * mm, 1, 0, int(W / s_)),
                                                  (0, 0, 0, 1, int(H / s_)), (W - 4 * mm, 0, 0, 1, int(H / s_)))):
            for i in range(n + 1):
                c.setFillColor(colors.HexColor("#C8102E") if i % 2 == 0 else colors.HexColor("#1D3F8F"))
                p = c.beginPath()
                x, y = x0 + dx * i * s_, y0 + dy * i * s_
                if dx:
                    p.moveTo(x, y); p.lineTo(x + s_ / 2, y); p.lineTo(x + s_, y + 4 * mm); p.lineTo(x + s_ / 2, y + 4 * mm)
                else:
                    p.moveTo(x, y); p.lineTo(x, y + s_ / 2); p.lineTo(x + 4 * mm, y + s_); p.lineTo(x + 4 * mm, y + s_ / 2)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#1D3F8F"))
        c.setLineWidth(0.8)
        c.rect(10 * mm, H - 22 * mm, 48 * mm, 9 * mm, stroke=1, fill=0)
        c.setFillColor(colors.HexColor("#1D3F8F"))
        c.setFont("kB", 7)
        c.drawString(12.5 * mm, H - 18.8 * mm, "PAR AVION - POS UDARA")
        c.setDash(2, 1.5)
        c.rect(W - 34 * mm, H - 36 * mm, 22 * mm, 26 * mm, stroke=1, fill=0)
        c.setFont("kR", 5.5)
        c.drawCentredString(W - 23 * mm, H - 24 * mm, "PRANGKO")
        c.setStrokeColor(colors.HexColor("#8FA6C8"))
        c.setLineWidth(0.4)
        c.setDash(4, 3)
        for f in (1 / 3, 2 / 3):
            c.line(5 * mm, H * f, W - 5 * mm, H * f)
        c.setDash()
        c.setFont("kR", 4.6)
        c.setFillColor(colors.HexColor("#6E84A8"))
        for f in (1 / 3, 2 / 3):
            c.drawString(5.5 * mm, H * f + 0.8 * mm, "lipat di sini")
    c.endForm()


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the ruling form, then the planner's name and page, or the aerogramme's sheet
    number."""
    W, H = L.W, L.H
    if not getattr(c, "_ada_grid", False):
        grid(c)
        c._ada_grid = True
    c.doForm("grid")
    if L is SISI:
        c.setFillColor(colors.white)
        c.setFont("tR", 6.5)
        c.drawRightString(W - 14 * mm, H - 19.5 * mm, f"{NAMA_KAB[base]}  |  Hal. {n}")
        return
    c.setFillColor(colors.HexColor("#1D3F8F"))
    c.setFont("kR", 5.8)
    c.drawCentredString(W / 2, 9 * mm, f"{NAMA_KAB[base]}  -  Lembar {n}")


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: print on the planner, blue-black on the aerogramme."""
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
    cue = False

    def turun(self):
        """Below the last side head (before a table, a fixed line or another head)."""
        self.y = min(self.y, self.sisi_bawah)

    def prosa(self, ln):
        if not ln:
            if self.cue:  # the blank line after a cue-column heading: the notes start beside it
                return
            if self.isi:
                self.y -= L.lead * 0.5
            return
        if not prosa(ln) and (L is FILM or pdfmetrics.stringWidth(ln, L.nama + "R", L.pt) > L.lebar):
            self.tetap(ln)
            return
        c = self.c
        self.cue = False
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
        self.cue = False
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
        self.cue = False
        pt, w, lipat = tabel(rows)
        lead = pt * 1.4
        c = self.c

        def baris(sel, i, akhir):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            atas, lebar = self.y + lead - 1, sum(w)
            lebar_ = sum(w)
            xx = L.kiri
            if L is FILM and i == 0:  # the aerogramme: a thin rule under the header; the planner: none
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
