#!/usr/bin/python3
"""PDF twins of four dev61/ texts, in two looks no earlier batch used.

- Manggarai 2019 and Alor 2022 (ordinary documents): **a flip-chart edition** - every PDF page the page
  photographed as a sheet of the meeting room's flip-chart pad on its easel (230 x 310 mm: the grey wall, the
  white pad sheet with the pad's dark binding bar and its two clamp knobs at the top, the easel's three legs and
  the marker tray under the sheet, a faint squared grid printed on the sheet, the sheet's number `n` written
  in marker in its top right corner); the body in DejaVu Sans 7.8 pt in a marker blue, headings bold in
  marker red, prose re-flowed; tables in thin marker-blue rules with the header bold; the text's own feet
  (`Ruteng - LKj 2019 - n`, `Kalabahi \u00b7 n`) dropped.
- Malaka 2020 and Sumba Timur 2022 (new house styles): **a steno-pad edition** - every PDF page a page of a
  reporter's steno pad (160 x 240 mm: pale green paper, green rules every 6.5 mm, the red vertical divider
  down the middle of the page that the text runs across, the top-bound wire coil drawn as a row of rings over
  the punched holes, the pad's page number at the foot); the body in DejaVu Sans Condensed 6.4 pt in pencil
  grey, headings bold, fixed lines in DejaVu Sans Mono 5.4 pt shrunk when wider than the frame, never
  re-flowed; tables without rules.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev61/pdf/make_pdf.py
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


# the flip-chart edition in DejaVu Sans; the steno-pad edition in DejaVu Sans Condensed
SISI = Gaya("t", (230 * mm, 310 * mm), 30 * mm, 30 * mm, 40 * mm, 78 * mm, 7.8, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.4)
FILM = Gaya("k", (160 * mm, 240 * mm), 11 * mm, 9 * mm, 30 * mm, 18 * mm, 6.4, "DejaVuSansCondensed",
            "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique", 1.45)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 5.4
GARIS_BATU = colors.HexColor("#3B5BA8")  # the flip chart's marker-blue table rules
PITA = colors.white
RULE_LAYAR = colors.HexColor("#1F6B3A")
TINTA_INKJET = colors.HexColor("#1F3F8F")  # marker blue on the flip chart
MARUN = colors.HexColor("#B02A2A")  # marker red headings
TEKS_LAYAR = colors.HexColor("#3A3A3A")  # pencil grey on the steno pad
HITAM = TEKS_LAYAR
BASES = ("lkj-manggarai-2019", "lkj-alor-2022", "lkj-malaka-2020", "lkj-sumba-timur-2022")
LOOK = {"lkj-manggarai-2019": SISI, "lkj-alor-2022": SISI, "lkj-malaka-2020": FILM, "lkj-sumba-timur-2022": FILM}
L = SISI
TINTA = [colors.black]
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
    kaki = r"(Ruteng - LKj 2019 - \d+|Kalabahi \u00b7 \d+)"
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


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the flip chart - the wall, the easel's legs and tray, the pad sheet with its grid,
    the binding bar and knobs, the sheet number in marker; the steno pad - the green paper, its rules, the red
    middle divider, the coil's rings and the page number."""
    W, H = L.W, L.H
    if L is SISI:
        c.setFillColor(colors.HexColor("#D9D6CF"))  # the wall
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#6B4E2E"))  # the easel's three legs
        c.setLineWidth(7)
        c.line(W / 2, 60 * mm, 24 * mm, 0)
        c.line(W / 2, 60 * mm, W - 24 * mm, 0)
        c.line(W / 2, 60 * mm, W / 2, 0)
        c.setFillColor(colors.HexColor("#7A5A36"))  # the marker tray
        c.rect(16 * mm, 58 * mm, W - 32 * mm, 6 * mm, stroke=0, fill=1)
        for i, col in enumerate(("#1F3F8F", "#B02A2A", "#222222", "#2E7D32")):
            c.setFillColor(colors.HexColor(col))
            c.roundRect(40 * mm + i * 14 * mm, 64 * mm, 11 * mm, 3 * mm, 1.2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)  # the pad sheet
        c.rect(18 * mm, 68 * mm, W - 36 * mm, H - 84 * mm, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#E6E9EF"))  # its faint printed grid
        c.setLineWidth(0.25)
        x = 18 * mm
        while x < W - 18 * mm:
            c.line(x, 68 * mm, x, H - 16 * mm)
            x += 10 * mm
        y = 68 * mm
        while y < H - 16 * mm:
            c.line(18 * mm, y, W - 18 * mm, y)
            y += 10 * mm
        c.setFillColor(colors.HexColor("#2B2B2B"))  # the binding bar and its knobs
        c.rect(12 * mm, H - 24 * mm, W - 24 * mm, 10 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#9A9A9A"))
        c.circle(30 * mm, H - 19 * mm, 3 * mm, stroke=0, fill=1)
        c.circle(W - 30 * mm, H - 19 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(MARUN)  # the sheet's number in marker
        c.setFont("tB", 14)
        c.drawRightString(W - 24 * mm, H - 34 * mm, str(n))
        return
    c.setFillColor(colors.HexColor("#E9F2DD"))  # the pale green steno paper
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor("#9CC29A"))  # the green rules
    c.setLineWidth(0.3)
    y = H - 27 * mm
    while y > 12 * mm:
        c.line(4 * mm, y, W - 4 * mm, y)
        y -= 6.5 * mm
    c.setStrokeColor(colors.HexColor("#D9534F"))  # the red divider down the middle
    c.setLineWidth(0.5)
    c.line(W / 2, 8 * mm, W / 2, H - 20 * mm)
    c.setFillColor(colors.HexColor("#FFFFFF"))  # the punched holes, then the coil's rings
    c.setStrokeColor(colors.HexColor("#7D7D7D"))
    c.setLineWidth(0.8)
    x = 7 * mm
    while x < W - 5 * mm:
        c.circle(x, H - 9 * mm, 1.1 * mm, stroke=0, fill=1)
        c.ellipse(x - 1.6 * mm, H - 10 * mm, x + 1.6 * mm, H - 1 * mm, stroke=1, fill=0)
        x += 6 * mm
    c.setFillColor(colors.HexColor("#6E8B6A"))  # the pad's page number
    c.setFont("kR", 6)
    c.drawCentredString(W / 2, 4 * mm, f"\u2014 {n} \u2014")


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: marker blue on the flip chart, pencil grey on the steno pad."""
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
            if L is SISI:  # the manuscript: thin rules, the header on a pale band
                c.setStrokeColor(GARIS_BATU)
                c.setLineWidth(0.35)
                c.setFillColor(PITA)
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            elif L is None:  # (no rules on the film)
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
        HALAMAN[base] = n
        pdf, n = cetak(base)  # again, so every frame counter shows the number of frames
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
