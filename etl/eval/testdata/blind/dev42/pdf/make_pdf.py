#!/usr/bin/python3
"""PDF twins of four dev42/ texts, in two looks no earlier batch used.

- Kupang 2019 and Manggarai Barat 2022 (ordinary documents): **a legalised photocopy (fotokopi dilegalisir)** -
  the Word report photocopied on A4: a warm grey toner (DejaVu Serif 10 pt at 1.4 line spacing, headings bold,
  prose re-flowed) from loose sheets (no binder's shadow), a light toner dust from a fixed LCG; every TAB table
  in a thin grid with the header row bold, figures right-aligned,
  the header repeated on the next page; the page number at the bottom centre; the text's own page feet and heads
  dropped; on every page, bottom right, the legalisation: a violet-blue rubber stamp `FOTOKOPI SESUAI DENGAN
  ASLINYA` with the secretary's title and an initial, tilted a little, and beside it the office's dry seal (cap
  timbul) drawn as a relief ring (a light highlight and a grey shadow, no ink).
- Timor Tengah Selatan 2020 and Ende 2023 (new house styles): **the report as laminated sheets (lembar
  dilaminasi)** - each A4 sheet sealed in a clear glossy pouch drawn larger than the paper (a pale grey-blue rim
  with rounded corners around a white sheet), the body in DejaVu Sans 9 pt (fixed lines in DejaVu Sans Mono,
  shrunk when wider than the sheet), headings and table rules in dark green, a diagonal white glare band across
  the sheet and a few trapped air bubbles (rings) from a fixed LCG; `lembar n` at the bottom right of the sheet.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the dust, the stamp's
tilt and the bubbles come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev42/pdf/make_pdf.py
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


# the photocopy in DejaVu Serif; the laminated sheet in DejaVu Sans (margins inside the pouch's rim)
SISI = Gaya("t", (210 * mm, 297 * mm), 28 * mm, 20 * mm, 24 * mm, 40 * mm, 10, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.4)
FILM = Gaya("k", (210 * mm, 297 * mm), 24 * mm, 22 * mm, 28 * mm, 28 * mm, 9, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.4)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.4
KOLOM_SISI = 0  # no side column in either look
ABU = colors.HexColor("#6E6E6E")
TONER = colors.HexColor("#2B2926")  # the copier's warm grey-black toner
BAYANG = colors.HexColor("#8A8782")  # the toner dust
STEMPEL = colors.HexColor("#4B3FA8")  # the violet-blue stamp pad
HIJAU = colors.HexColor("#1F5A3A")  # the laminated sheet's headings and rules
TEKS_LAMI = colors.HexColor("#1A1A1A")
RIM = colors.HexColor("#DCE4EA")  # the pouch's clear rim, seen against the table
TINTA_INKJET = TONER
HITAM = TEKS_LAMI
GESER = (0, 0)
BASES = ("lkj-kupang-2019", "lkj-manggarai-barat-2022", "lkj-timor-tengah-selatan-2020", "lkj-ende-2023")
LOOK = {"lkj-kupang-2019": SISI, "lkj-manggarai-barat-2022": SISI, "lkj-timor-tengah-selatan-2020": FILM,
        "lkj-ende-2023": FILM}
BENIH = {"lkj-kupang-2019": 5301, "lkj-manggarai-barat-2022": 5315, "lkj-timor-tengah-selatan-2020": 5302,
         "lkj-ende-2023": 5308}
TANDA = {"lkj-kupang-2019": "Oelamasi", "lkj-manggarai-barat-2022": "Labuan Bajo"}
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
    text = re.sub(r"\n(\d+|LKj 2019 \| hal\. \d+)\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n(\d+|LKj 2019 \| hal\. \d+)\n*$", "\n", text)
    text = re.sub(r"\n\d+\n\n\f\n", "\n\f\n", text)  # the number a table's page break printed
    for kepala in ("Laporan Kinerja KPU Kabupaten Manggarai Barat Tahun 2022",):
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


def legalisir(c, base, n):
    """The legalisation on a photocopied page, bottom right: the rubber stamp (a double frame, three lines and an
    initial, tilted by the LCG) and the dry seal beside it as a relief ring (highlight and shadow, no ink)."""
    r = acak(BENIH[base] * 7 + n)
    c.saveState()
    c.translate(L.W - 78 * mm, 12 * mm)
    c.rotate(-4 + next(r) * 6)
    c.setStrokeColor(STEMPEL)
    c.setFillColor(STEMPEL)
    c.setLineWidth(1.1)
    c.rect(0, 0, 50 * mm, 19 * mm, stroke=1, fill=0)
    c.setLineWidth(0.4)
    c.rect(1.2 * mm, 1.2 * mm, 47.6 * mm, 16.6 * mm, stroke=1, fill=0)
    c.setFont("tB", 7.2)
    c.drawCentredString(25 * mm, 13.4 * mm, "FOTOKOPI SESUAI DENGAN ASLINYA")
    c.setFont("tR", 6.4)
    c.drawCentredString(25 * mm, 9.4 * mm, f"Sekretaris KPU, {TANDA[base]}")
    p = c.beginPath()
    for k in range(13):  # the initial: a quick zigzag of the pen
        x = 15 * mm + k * 1.6 * mm
        y = 4.2 * mm + (1.6 * mm if k % 2 else 0) + next(r) * 0.8 * mm
        (p.moveTo if k == 0 else p.lineTo)(x, y)
    c.setLineWidth(0.7)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
    if n == 1:  # the dry seal, drawn once as a form and placed on every page
        segel(c)
    c.doForm("segel")


def segel(c):
    """The office's dry seal as a relief ring: the same ring twice, a grey shadow and a white highlight."""
    x0, y0 = L.W - 20 * mm, 21 * mm
    c.beginForm("segel")
    for dx, dy, warna in ((0.5, -0.5, colors.HexColor("#A8A6A2")), (-0.5, 0.5, colors.white)):
        c.setStrokeColor(warna)
        c.setLineWidth(0.9)
        c.circle(x0 + dx, y0 + dy, 11 * mm, stroke=1, fill=0)
        c.circle(x0 + dx, y0 + dy, 8.5 * mm, stroke=1, fill=0)
        for k in range(24):
            t = 2 * math.pi * k / 24
            c.line(x0 + dx + 8.9 * mm * math.cos(t), y0 + dy + 8.9 * mm * math.sin(t),
                   x0 + dx + 10.6 * mm * math.cos(t), y0 + dy + 10.6 * mm * math.sin(t))
    c.endForm()


def perabot(c, base, n, bab=0):
    """The page's furniture: the photocopy - toner dust, the page number at the bottom
    centre and the legalisation; the laminated sheet - the pouch's rim with rounded corners, the white sheet in
    it, trapped bubbles and `lembar n` at the bottom right (the glare is laid over the page when it closes)."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(BAYANG)
        for i in range(30):  # the toner dust
            c.rect(round(next(r) * W, 1), round(next(r) * H, 1), 0.4, 0.4, stroke=0, fill=1)
        c.setFillColor(TONER)
        c.setFont("tR", 9)
        c.drawCentredString(W / 2, 16 * mm, str(n))
        legalisir(c, base, n)
        return
    c.setFillColor(RIM)
    c.roundRect(4 * mm, 4 * mm, W - 8 * mm, H - 8 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.rect(11 * mm, 11 * mm, W - 22 * mm, H - 22 * mm, stroke=0, fill=1)
    c.setStrokeColor(colors.Color(0.6, 0.68, 0.74, alpha=0.6))
    c.setLineWidth(0.5)
    for i in range(7):  # trapped air bubbles
        c.circle(15 * mm + next(r) * (W - 30 * mm), 15 * mm + next(r) * (H - 30 * mm), 0.8 * mm + next(r) * 2.2 * mm,
                 stroke=1, fill=0)
    c.setFillColor(HIJAU)
    c.setFont("kB", 8)
    c.drawRightString(W - 16 * mm, 15 * mm, f"lembar {n}")


def coret(c, base, n):
    """Over the laminated sheet as it closes: the pouch's glare, a diagonal band of translucent white."""
    if L is SISI:
        return
    W, H = L.W, L.H
    c.setFillColor(colors.Color(1, 1, 1, alpha=0.28))
    p = c.beginPath()
    p.moveTo(W * 0.55, H)
    p.lineTo(W * 0.78, H)
    p.lineTo(W * 0.22, 0)
    p.lineTo(0, 0)
    p.lineTo(0, H * 0.12)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def tinta(base, n, i):
    """The ink of line i of page n: the copier's toner, a little uneven from line to line; black on the
    laminated sheet."""
    if L is FILM:
        return TEKS_LAMI
    r = acak(BENIH[base] * 1000 + n * 97 + i)
    g = next(r) * 0.10
    return colors.Color(0.17 + g, 0.16 + g, 0.15 + g)


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
            if judul and L is FILM:
                c.setFillColor(HIJAU)
                c.drawString(L.kiri, self.y, x)
            else:
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
            c.setStrokeColor(TONER if L is SISI else HIJAU)
            c.setLineWidth(0.5 if L is SISI else 0.6)
            dx, dy = (0, 0) if L is SISI else GESER
            xx = L.kiri
            for j in range(len(sel)):
                c.rect(xx + dx, atas - h + dy, w[j], h, stroke=1, fill=0)
                xx += w[j]
            self.nomor += 1
            c.setFillColor(HIJAU if (L is FILM and i == 0) else tinta(self.nama, self.n, self.nomor))
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
