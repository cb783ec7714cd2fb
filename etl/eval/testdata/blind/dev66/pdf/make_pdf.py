#!/usr/bin/python3
"""PDF twins of four dev66/ texts, in two looks no earlier batch used.

- Belu 2023 and Alor 2019 (ordinary documents): **an expedition copy with a tear-off receipt slip** - every PDF
  page an A4 sheet whose lower part is a receipt slip (`TANDA TERIMA`) for the copy, cut off along a dashed line
  with a scissors mark and `potong di sini`: `Telah terima dari : KPU KABUPATEN ...`, `Berupa : Laporan Kinerja,
  lembar n`, `Tanggal`, `Nama penerima`, `Tanda tangan` with dotted blanks; a small head `LEMBAR EKSPEDISI` with
  the satker's name; the body in DejaVu Sans 7 pt above the slip, headings bold, prose re-flowed; tables with a
  thin rule over and under the header; the text's own feet dropped.
- Sabu Raijua 2020 and Malaka 2022 (new house styles): **a crooked scan with its OCR text layer** - every PDF
  page a scanned sheet (A4: greyish paper, the scanner lid's dark shadow down the left edge and a grey band at the
  foot), the whole page content turned by a small angle that changes page by page (between -1.3 and +1.3
  degrees, from a fixed list), so every line of text runs slightly uphill or downhill; the report in DejaVu Serif
  7 pt, fixed lines in DejaVu Sans Mono 5.6 pt shrunk when wider than the column; tables with a thin rule under
  the header; the scanner's imprint `SCAN ... - hal. n` straight at the foot.
The page's ruling is drawn once per PDF as a form and placed on every page (so each twin stays small).
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev66/pdf/make_pdf.py
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


# the expedition copy in DejaVu Sans; the crooked scan in DejaVu Serif
SLIP = 66 * mm  # the height of the receipt slip at the foot of the expedition copy
SISI = Gaya("t", (210 * mm, 297 * mm), 18 * mm, 16 * mm, 24 * mm, SLIP + 8 * mm, 7.0, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.38)
FILM = Gaya("k", (210 * mm, 297 * mm), 22 * mm, 18 * mm, 22 * mm, 24 * mm, 7.0, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.4)
MIRING = (0.9, -0.7, 1.2, -1.1, 0.6, -1.3, 1.0, -0.5, 1.3, -0.9, 0.7, -1.2)  # the scan's tilt, page by page (degrees)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 5.6
RULE_LAYAR = colors.HexColor("#333333")  # the scan's tables' rule under the header
TINTA_INKJET = colors.HexColor("#1A1A1A")  # print on the expedition copy
MARUN = colors.HexColor("#1A1A1A")  # headings on the expedition copy (bold only)
TEKS_LAYAR = colors.HexColor("#2B2B2B")  # toner on the scan
HITAM = TEKS_LAYAR
BASES = ("lkj-belu-2023", "lkj-alor-2019", "lkj-sabu-raijua-2020", "lkj-malaka-2022")
LOOK = {"lkj-belu-2023": SISI, "lkj-alor-2019": SISI, "lkj-sabu-raijua-2020": FILM, "lkj-malaka-2022": FILM}
L = SISI
TINTA = [colors.black]
NAMA_KAB = {"lkj-belu-2023": "KPU KABUPATEN BELU", "lkj-alor-2019": "KPU KABUPATEN ALOR",
            "lkj-sabu-raijua-2020": "KPU KABUPATEN SABU RAIJUA", "lkj-malaka-2022": "KPU KABUPATEN MALAKA"}
TAHUN = {"lkj-belu-2023": 2023, "lkj-alor-2019": 2019, "lkj-sabu-raijua-2020": 2020, "lkj-malaka-2022": 2022}
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
    kaki = r"(LKj KPU Belu 2023 \| hal \d+|LKj Alor 2019 :: \d+)"
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
    """The look's ruling as a form: the expedition copy's slip, or the scan's paper."""
    W, H = L.W, L.H
    c.beginForm("grid")
    if L is SISI:
        c.setStrokeColor(colors.HexColor("#555555"))
        c.setLineWidth(0.5)
        c.line(L.kiri, H - 18 * mm, W - L.kanan, H - 18 * mm)
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("tB", 6.5)
        c.drawString(L.kiri, H - 16.5 * mm, "LEMBAR EKSPEDISI")
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        c.line(8 * mm, SLIP, W - 8 * mm, SLIP)  # the cut line
        c.setDash()
        c.setFont("tR", 9)
        c.drawString(10 * mm, SLIP - 1.2 * mm, "\u2702")
        c.setFont("tR", 5.5)
        c.drawRightString(W - 10 * mm, SLIP + 1.4 * mm, "potong di sini")
        c.setLineWidth(0.8)
        c.rect(L.kiri, 10 * mm, W - L.kiri - L.kanan, SLIP - 18 * mm, stroke=1, fill=0)
        c.setFont("tB", 8)
        c.drawCentredString(W / 2, SLIP - 16 * mm, "TANDA TERIMA")
        c.setFont("tR", 6.5)
        for k, t in enumerate(("Tanggal", "Nama penerima", "Tanda tangan")):
            c.drawString(L.kiri + 6 * mm, SLIP - 38 * mm - k * 6 * mm, f"{t}")
            c.drawString(L.kiri + 34 * mm, SLIP - 38 * mm - k * 6 * mm, ": " + "." * 60)
    else:
        c.setFillColor(colors.HexColor("#EDECE6"))  # the scanned sheet
        c.rect(0, 0, W, H, stroke=0, fill=1)
        for k in range(10):  # the lid's shadow down the left edge
            g = 0.35 + 0.055 * k  # grey to paper, no transparency
            c.setFillColor(colors.Color(g, g, g * 0.99))
            c.rect(k * 0.8 * mm, 0, 0.8 * mm, H, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#D2D1CB"))
        c.rect(0, 0, W, 6 * mm, stroke=0, fill=1)
    c.endForm()


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the form, then the slip's own lines (name, page) or the scanner's imprint and the
    turn of the scanned content."""
    W, H = L.W, L.H
    if not getattr(c, "_ada_grid", False):
        grid(c)
        c._ada_grid = True
    c.doForm("grid")
    if L is SISI:
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("tR", 6.5)
        c.drawRightString(W - L.kanan, H - 16.5 * mm, f"{NAMA_KAB[base]}  -  lembar {n}")
        c.drawString(L.kiri + 6 * mm, SLIP - 26 * mm, "Telah terima dari")
        c.drawString(L.kiri + 34 * mm, SLIP - 26 * mm, f": {NAMA_KAB[base]}")
        c.drawString(L.kiri + 6 * mm, SLIP - 32 * mm, "Berupa")
        c.drawString(L.kiri + 34 * mm, SLIP - 32 * mm, f": Laporan Kinerja Tahun {TAHUN[base]}, lembar {n}")
        return
    c.setFillColor(colors.HexColor("#6A6A66"))
    c.setFont("kR", 5.2)
    c.drawString(12 * mm, 2.2 * mm, f"SCAN_{TAHUN[base]}_{NAMA_KAB[base].split()[-1]}.pdf  -  300 dpi  -  hal. {n}")
    MIR[0] = math.tan(math.radians(MIRING[(n - 1) % len(MIRING)]))


MIR = [0.0]  # the tangent of the page's tilt (the scan only)


def tulis(c, x, y, s, kanan=False, font=None, pt=None):
    """Text at (x, y); on the scan every word is set on the tilted line (its baseline raised or lowered by
    its distance from the page's middle times the tilt), each word itself level, so no word is broken."""
    if L is not FILM:
        (c.drawRightString if kanan else c.drawString)(x, y, s)
        return
    font, pt = font or c._fontname, pt or c._fontsize
    if kanan:
        x -= pdfmetrics.stringWidth(s, font, pt)
    sp = pdfmetrics.stringWidth(" ", font, pt)
    for kata in s.split(" "):
        if kata:
            c.drawString(x, y + (x - L.W / 2) * MIR[0], kata)
        x += pdfmetrics.stringWidth(kata, font, pt) + sp


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
            if i == 0:  # a thin rule under the header in both looks, and over it on the expedition copy
                if L is SISI:
                    c.setStrokeColor(colors.HexColor("#555555"))
                    c.setLineWidth(0.4)
                    c.line(xx, atas + 1, xx + lebar, atas + 1)
                c.setStrokeColor(RULE_LAYAR)
                c.setLineWidth(0.4)
                m = MIR[0] if L is FILM else 0
                c.line(xx, atas - h + (xx - L.W / 2) * m, xx + lebar, atas - h + (xx + lebar - L.W / 2) * m)
            self.nomor += 1
            c.setFillColor(MARUN if (L is SISI and i == 0) else tinta(self.nama, self.n, self.nomor))
            x = L.kiri
            for j, isi in enumerate(sel):
                c.setFont(huruf(i, "", j), pt)
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if t and ANGKA.match(t) and i:
                        tulis(c, x + w[j] - 3, yy, t, kanan=True)
                    else:
                        tulis(c, x + 3, yy, t)
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
