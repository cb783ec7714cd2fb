#!/usr/bin/python3
"""PDF twins of four dev69/ texts, in two looks no earlier batch used.

- Kupang 2019 and Ende 2021 (ordinary documents): **a report writer's print whose tables are laid down column by
  column** - an A4 page as a reporting tool draws it: a grey band across the head of every page with the report's
  name, the body in DejaVu Sans 7.6 pt, headings bold, prose re-flowed; every table drawn one column after the
  other, each column from its last row up to its header (the content stream holds a column's cells together, never
  a row's), a thin rule under the header; the text's own feet and running heads dropped; `n` at the foot.
- Alor 2022 and Sumba Tengah 2022 (new house styles): **a letter-spaced print set glyph by glyph** - an A4 page
  from a template whose character spacing is expanded (spasi karakter diperluas 0,9 pt, 1,8 pt in bold): every glyph placed on its
  own at its own x, the words held together only by their positions; DejaVu Serif 7.4 pt, headings bold and
  letter-spaced wider; tables with a thin rule under the header; the text's own feet dropped; `- n -` at the foot.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev69/pdf/make_pdf.py
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


# the report writer's print in DejaVu Sans; the letter-spaced print in DejaVu Serif (both A4)
SISI = Gaya("t", (210 * mm, 297 * mm), 22 * mm, 20 * mm, 30 * mm, 22 * mm, 7.6, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.45)
FILM = Gaya("k", (210 * mm, 297 * mm), 22 * mm, 20 * mm, 24 * mm, 22 * mm, 7.4, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.5)
LAND = None
TRACK = 0.9  # the letter-spaced print's extra space after every glyph (pt); bold 1.8
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 5.6
RULE_LAYAR = colors.HexColor("#333333")  # the tables' rule under the header
TINTA_INKJET = colors.HexColor("#1A1A1A")  # print of the audit copy
MARUN = colors.HexColor("#1A1A1A")  # headings of the audit copy (bold only)
TEKS_LAYAR = colors.HexColor("#202020")  # print of the report with fold-outs
HITAM = TEKS_LAYAR
BASES = ("lkj-kupang-2019", "lkj-ende-2021", "lkj-alor-2022", "lkj-sumba-tengah-2022")
LOOK = {"lkj-kupang-2019": SISI, "lkj-ende-2021": SISI, "lkj-alor-2022": FILM, "lkj-sumba-tengah-2022": FILM}
L = SISI
TINTA = [colors.black]
NAMA_KAB = {"lkj-kupang-2019": "KPU Kabupaten Kupang", "lkj-ende-2021": "KPU Kabupaten Ende",
            "lkj-alor-2022": "KPU Kabupaten Alor", "lkj-sumba-tengah-2022": "KPU Kabupaten Sumba Tengah"}
TAHUN = {"lkj-kupang-2019": 2019, "lkj-ende-2021": 2021, "lkj-alor-2022": 2022, "lkj-sumba-tengah-2022": 2022}
ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4}
HALAMAN = {}


def sw(t, font, pt):
    """The printed width of t: the face's advance widths, plus the letter-spaced print's tracking after every glyph."""
    w = pdfmetrics.stringWidth(t, font, pt)
    return w + (len(t) * TRACK * (2 if font.endswith("B") else 1) if L is FILM else 0)


BUF = []  # the report writer's table cells waiting to be laid down column by column (SISI)
LAGI = [False]  # a table in hand on the report writer's print


def bungkus(ln, font=None, pt=None, lebar=None):
    """A prose line wrapped to the text width."""
    pt, lebar, font = pt or L.pt, lebar or L.lebar, font or L.nama + "R"
    if sw(ln, font, pt) <= lebar:
        return [ln]
    out, cur = [], ""
    for kata in ln.split(" "):
        coba = (cur + " " + kata).strip()
        if cur and sw(coba, font, pt) > lebar:
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
        w = [max(sw(r[j], huruf(i, r[j], j), pt) for i, r in enumerate(rows)) + 8 for j in range(n)]
        # a column is never narrower than its longest word, a figure never broken
        bawah = [max(sw(k, huruf(i, r[j], j), pt) for i, r in enumerate(rows)
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
            if sw(c, font, pt) <= w[j] - 6:
                sel.append([c])
            else:
                k = max(4, int((w[j] - 6) / (pt * 0.5)))
                while k > 4 and any(sw(x, font, pt) > w[j] - 6
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
    # the text's own page feet and running heads: the page prints its own number
    kaki = r"(LKj KPU Kab\. Kupang 2019 - Hal \d+|LKj Ende 2021 \u00b7 \d+|LKj Alor 2022 ~ \d+|\d+ :: LKj Sumba Tengah 2022)"
    text = re.sub(r"\n" + kaki + r"\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n" + kaki + r"\n*$", "\n", text)
    text = re.sub(r"\f\nKPU Kabupaten Ende \| Laporan Kinerja 2021\n", "\f\n", text)  # Ende's running head
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
    """The look's fixed marks as a form: the report writer's grey head band (SISI) or a hairline over the foot (FILM)."""
    W, H = L.W, L.H
    c.beginForm("grid" + L.nama)
    if L is SISI:
        c.setFillColor(colors.HexColor("#E4E4E4"))
        c.rect(0, H - 20 * mm, W, 11 * mm, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#9A9A9A"))
        c.setLineWidth(0.5)
        c.line(L.kiri, H - 20 * mm, W - L.kanan, H - 20 * mm)
    else:
        c.setStrokeColor(colors.HexColor("#8A8A8A"))
        c.setLineWidth(0.3)
        c.line(L.kiri, 17 * mm, W - L.kanan, 17 * mm)
    c.endForm()


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the form, then the band's title (SISI) and the page number."""
    W, H = L.W, L.H
    nama = "grid" + L.nama
    if nama not in getattr(c, "_forms", ()):
        grid(c)
        c._forms = getattr(c, "_forms", ()) + (nama,)
    c.doForm(nama)
    c.setFillColor(colors.HexColor("#333333"))
    if L is SISI:
        c.setFont("tB", 7.4)
        c.drawString(L.kiri, H - 15.5 * mm, f"{NAMA_KAB[base]}  -  Laporan Kinerja Tahun {TAHUN[base]}")
        c.setFont("tR", 7)
        c.drawCentredString(W / 2, 12 * mm, str(n))
        return
    c.setFont("kR", 7)
    tulis(c, W / 2 - 8, 12 * mm, f"- {n} -")


def tulis(c, x, y, s, kanan=False, font=None, pt=None):
    """Text at (x, y) of the page in hand: on the letter-spaced print glyph by glyph, each at its own x."""
    if L is not FILM:
        (c.drawRightString if kanan else c.drawString)(x, y, s)
        return
    f, p = c._fontname, c._fontsize
    tr = TRACK * (2 if f.endswith("B") else 1)
    if kanan:
        x -= sw(s, f, p) - tr
    t = c.beginText(x, y)  # one text object a string, one glyph a show, each moved on by its own advance
    t.setFont(f, p)
    dx = 0
    for ch in s:
        if ch != " ":
            if dx:
                t.moveCursor(dx, 0)
            t.textOut(ch)
            dx = 0
        dx += pdfmetrics.stringWidth(ch, f, p) + tr
    c.drawText(t)


def lepas(c):
    """Lay down the report writer's waiting table cells: column after column, each from its last row up."""
    if not BUF:
        return
    for j, y, x, t, kanan, font, pt, warna in sorted(BUF, key=lambda b: (b[0], b[1], b[2])):
        c.setFont(font, pt)
        c.setFillColor(warna)
        (c.drawRightString if kanan else c.drawString)(x, y, t)
    del BUF[:]


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: one print colour a look."""
    return TEKS_LAYAR if L is FILM else TINTA_INKJET


class Halaman:
    def __init__(self, c, nama):
        self.c, self.nama, self.n, self.y, self.isi = c, nama, 0, 0, False

    def tutup(self):
        coret(self.c, self.nama, self.n)
        self.c.showPage()

    putar = False  # a fold-out (A3) table's sheet in hand

    def baru(self):
        """The next page: close the page in hand (if any) and open the next with its furniture (at the look's
        page size); a fold-out table's next sheet is a fold-out again."""
        global L
        lagi = self.putar
        lepas(self.c)
        if self.n:
            self.tutup()
        self.n += 1
        self.c.setPageSize((L.W, L.H))
        self.y = L.H - L.atas
        self.sisi_bawah = 1e9
        perabot(self.c, self.nama, self.n, self.babke, self.pembatas)
        self.c.setFillColor(TINTA[0])
        self.isi = False
        if lagi:
            self.putar = True

    def belok(self):
        """Open an A3 landscape fold-out sheet (LAND) for the table in hand."""
        global L
        L = LAND
        self.putar = False
        self.baru()
        self.putar = True

    def lurus(self):
        """Back to the A4 portrait frame (the next page opened by the caller)."""
        global L
        L = FILM
        self.putar = False

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
            tulis(c, L.kiri, self.y, x)
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
        tulis(self.c, L.kiri, self.y, ln)
        self.y -= MONO_PT * 1.3
        self.isi = True

    def tabel(self, rows):
        self.tabel_(rows)
        lepas(self.c)

    def tabel_(self, rows):
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
            if i == 0:  # a thin rule under the header in both looks, and over it on the audit copy
                if L is SISI:
                    c.setStrokeColor(colors.HexColor("#555555"))
                    c.setLineWidth(0.4)
                    c.line(xx, atas + 1, xx + lebar, atas + 1)
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
                    kanan = bool(t and ANGKA.match(t) and i)
                    xx_ = x + w[j] - 3 if kanan else x + 3
                    if L is SISI and t:  # the report writer: the cell waits for its column
                        BUF.append((j, yy, xx_, t, kanan, huruf(i, "", j), pt, c._fillColorObj))
                    else:
                        tulis(c, xx_, yy, t, kanan=kanan)
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
