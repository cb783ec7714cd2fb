#!/usr/bin/python3
"""PDF twins of four dev64/ texts, in two looks no earlier batch used.

- Kupang 2019 and Manggarai 2020 (ordinary documents): **an engineering computation pad edition** - every PDF
  page a sheet of the technical section's engineering pad (A4: pale green paper, a faint grid of 5 squares an
  inch, every fifth line a shade darker, as the grid printed on the back shows through; a printed head of three
  boxes `KPU KABUPATEN ...` / `Perihal: Laporan Kinerja` / `Lembar n dari N` over a double rule; a margin rule
  at the left); the body in DejaVu Sans Condensed 7 pt in graphite, one text line a grid square, headings bold,
  prose re-flowed; tables without rules, the header bold; the text's own feet (`- n -`, `Hal. n`) dropped.
- Nagekeo 2024 and Sumba Tengah 2021 (new house styles): **a Cornell note-sheet edition** - every PDF page a sheet
  of the secretariat's Cornell-ruled notepaper (A4: blue horizontal rules 6 mm apart, a red rule 50 mm from the
  left edge parting the cue column from the note column, a summary box at the foot headed `Ringkasan`, the
  pad's head `Topik:` / `Tanggal:` and the sheet's number); the report in the note column in DejaVu Serif
  6.8 pt, **every heading set in the cue column beside the first note line under it** (on the same line),
  fixed lines in DejaVu Sans Mono 5.6 pt shrunk when wider than the column, never re-flowed; tables in the note
  column with a thin rule under the header.
The page's ruling is drawn once per PDF as a form and placed on every page (so each twin stays small).
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev64/pdf/make_pdf.py
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


# the engineering-pad edition in DejaVu Sans Condensed; the Cornell-sheet edition in DejaVu Serif (note column)
INCI = 25.4 * mm / 5  # the engineering pad's square: 5 to an inch
SISI = Gaya("t", (210 * mm, 297 * mm), 20 * mm, 12 * mm, 30 * mm, 14 * mm, 7.0, "DejaVuSansCondensed",
            "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique", INCI / 7.0)
CUE = 50 * mm  # the Cornell sheet's cue column
FILM = Gaya("k", (210 * mm, 297 * mm), CUE + 4 * mm, 10 * mm, 24 * mm, 52 * mm, 6.8, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 6 * mm / 6.8)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 5.6
PITCH = 6 * mm  # the Cornell sheet's rule pitch
RULE_LAYAR = colors.HexColor("#333333")  # the Cornell tables' rule under the header
TINTA_INKJET = colors.HexColor("#2B2B2B")  # graphite on the engineering pad
MARUN = colors.HexColor("#1B1B1B")  # headings on the pad
TEKS_LAYAR = colors.HexColor("#141B2D")  # near-black ink on the Cornell sheet
HITAM = TEKS_LAYAR
BASES = ("lkj-kupang-2019", "lkj-manggarai-2020", "lkj-nagekeo-2024", "lkj-sumba-tengah-2021")
LOOK = {"lkj-kupang-2019": SISI, "lkj-manggarai-2020": SISI, "lkj-nagekeo-2024": FILM, "lkj-sumba-tengah-2021": FILM}
L = SISI
TINTA = [colors.black]
NAMA_KAB = {"lkj-kupang-2019": "KPU KABUPATEN KUPANG", "lkj-manggarai-2020": "KPU KABUPATEN MANGGARAI",
            "lkj-nagekeo-2024": "KPU KABUPATEN NAGEKEO", "lkj-sumba-tengah-2021": "KPU KABUPATEN SUMBA TENGAH"}
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
    kaki = r"(- \d+ -|Hal\. \d+)"
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
    """The look's ruling as a form: the engineering pad's show-through grid, or the Cornell sheet's rules."""
    W, H = L.W, L.H
    c.beginForm("grid")
    if L is SISI:
        c.setFillColor(colors.HexColor("#EEF4E2"))  # the pale green paper
        c.rect(0, 0, W, H, stroke=0, fill=1)
        x0, x1, y0, y1 = 8 * mm, W - 8 * mm, 8 * mm, H - 24 * mm
        for tebal in (False, True):
            c.setStrokeColor(colors.HexColor("#B7D0A6" if tebal else "#D3E4C6"))
            c.setLineWidth(0.5 if tebal else 0.3)
            p = c.beginPath()
            k, x = 0, x0
            while x <= x1 + 0.1:
                if (k % 5 == 0) == tebal:
                    p.moveTo(x, y0)
                    p.lineTo(x, y1)
                k, x = k + 1, x + INCI
            k, y = 0, y1
            while y >= y0 - 0.1:
                if (k % 5 == 0) == tebal:
                    p.moveTo(x0, y)
                    p.lineTo(x1, y)
                k, y = k + 1, y - INCI
            c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(colors.HexColor("#5E8C4A"))
        c.setLineWidth(0.8)
        c.line(8 * mm, H - 20 * mm, W - 8 * mm, H - 20 * mm)
        c.line(8 * mm, H - 21 * mm, W - 8 * mm, H - 21 * mm)
        c.line(17 * mm, 8 * mm, 17 * mm, H - 21 * mm)  # the margin rule
        c.setLineWidth(0.5)
        for xa, xb in ((8 * mm, 80 * mm), (80 * mm, 160 * mm), (160 * mm, W - 8 * mm)):
            c.rect(xa, H - 19 * mm, xb - xa, 11 * mm, stroke=1, fill=0)
    else:
        c.setFillColor(colors.white)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#A9C4E4"))
        c.setLineWidth(0.35)
        p = c.beginPath()
        y = H - L.atas - 1.6 * mm
        while y > L.bawah - 2 * mm:
            p.moveTo(6 * mm, y)
            p.lineTo(W - 6 * mm, y)
            y -= PITCH
        c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(colors.HexColor("#D9534F"))
        c.setLineWidth(0.7)
        c.line(CUE, L.bawah - 4 * mm, CUE, H - 14 * mm)
        c.setStrokeColor(colors.HexColor("#5A7FB0"))
        c.setLineWidth(0.8)
        c.line(6 * mm, H - 14 * mm, W - 6 * mm, H - 14 * mm)
        c.rect(6 * mm, 8 * mm, W - 12 * mm, L.bawah - 12 * mm, stroke=1, fill=0)
        c.setFillColor(colors.HexColor("#5A7FB0"))
        c.setFont("kB", 6)
        c.drawString(9 * mm, L.bawah - 8 * mm, "Ringkasan")
        c.setFont("kR", 5.5)
        c.drawString(9 * mm, H - 11 * mm, "Topik: Laporan Kinerja")
        c.drawString(90 * mm, H - 11 * mm, "Tanggal: ________________")
    c.endForm()


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the ruling form, then the engineering pad's boxed head, or the Cornell sheet's
    number."""
    W, H = L.W, L.H
    if not getattr(c, "_ada_grid", False):
        grid(c)
        c._ada_grid = True
    c.doForm("grid")
    if L is SISI:
        c.setFillColor(colors.HexColor("#3F6B30"))
        c.setFont("tB", 6.5)
        c.drawString(10 * mm, H - 14.5 * mm, NAMA_KAB[base])
        c.setFont("tR", 6.5)
        c.drawString(82 * mm, H - 14.5 * mm, "Perihal: Laporan Kinerja")
        c.drawString(162 * mm, H - 14.5 * mm, f"Lembar {n} dari {HALAMAN.get(base, n)}")
        return
    c.setFillColor(colors.HexColor("#5A7FB0"))
    c.setFont("kR", 5.5)
    c.drawRightString(W - 9 * mm, H - 11 * mm, f"{NAMA_KAB[base]}  \u00b7  No. {n}")


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: graphite on the engineering pad, near-black on the Cornell sheet."""
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
        if L is FILM and JUDUL.match(ln):  # the Cornell sheet: a heading in the cue column, beside the notes
            self.turun()
            self.muat(L.lead * 2)
            c.setFont(L.nama + "B", L.pt)
            c.setFillColor(TEKS_LAYAR)
            y = self.y
            for x in bungkus(ln, font=L.nama + "B", lebar=CUE - 12 * mm):
                c.drawString(9 * mm, y, x)
                y -= L.lead
            self.sisi_bawah = y + L.lead - 0.1
            self.isi = self.cue = True
            return
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
            if L is FILM and i == 0:  # the Cornell sheet: a thin rule under the header; the pad: none
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
