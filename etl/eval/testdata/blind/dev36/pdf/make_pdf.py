#!/usr/bin/python3
"""PDF twins of four dev36/ texts, in two looks no earlier batch used.

- Lembata 2022 and Manggarai Barat 2020 (ordinary documents): **an A4 report on the office's controlled-document
  template (kop dokumen terkendali)** - at the head of every page a ruled control block of three cells: the
  commission's name at the left, the document's title and year in bold in the middle, and at the right four
  small lines `No. Dokumen`, `Revisi`, `Tgl. Berlaku` and `Halaman n`; nothing at the foot; prose in DejaVu
  Serif 10.5 pt at 1.4 line spacing, margins 25 mm left and right, 42 mm top (under the block) and 22 mm
  bottom; `BAB` lines bold; every TAB table in Word's **Grid Table 1 Light** manner: a thin grey rule round
  every cell, the header row bold over a doubled rule, no fill, figures right-aligned, the header repeated on
  the next page; a name the text wrapped joined again and wrapped inside its cell, a figure never broken; the
  prose re-flowed; the text's own page feet and running heads dropped.
- Ende 2019 and Manggarai Timur 2021 (new house styles): **the report printed on squared paper (kertas
  milimeter blok)** - A4 pages ruled all over with a pale blue 5 mm grid (every second line a shade darker),
  a red margin line 22 mm from the left edge, the page number `hal. n` in a small box at the top right; prose
  in DejaVu Sans 9 pt re-flowed, every fixed line (the hexagons' and the hemicycle's lines, lines opening with
  a space or holding runs of spaces) in DejaVu Sans Mono kept as a line (shrunk when wider than the page),
  TAB tables ruled in dark blue with the header bold, no fill (the grid shows through).
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev36/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

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


# the controlled-document template in a serif face; the squared paper at a tighter spacing
ALAMAT = Gaya("a", (210 * mm, 297 * mm), 25 * mm, 25 * mm, 42 * mm, 22 * mm, 10.5, "DejaVuSerif", "DejaVuSerif-Bold",
              "DejaVuSerif-Italic", 1.4)
PERSEGI = Gaya("q", (210 * mm, 297 * mm), 26 * mm, 14 * mm, 22 * mm, 16 * mm, 9, "DejaVuSans", "DejaVuSans-Bold",
               "DejaVuSans-Oblique", 1.4)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.4
BIRU = colors.HexColor("#1F3A6E")  # the dark blue of the squared paper's tables
KISI = colors.HexColor("#CFE3F3")  # the pale blue grid
KISI2 = colors.HexColor("#A9CBE8")  # every second grid line
MERAH = colors.HexColor("#D9534F")  # the margin line
ABU = colors.HexColor("#8A8A8A")
BASES = ("lkj-lembata-2022", "lkj-manggarai-barat-2020", "lakip-ende-2019", "lkj-manggarai-timur-2021")
LOOK = {"lkj-lembata-2022": ALAMAT, "lkj-manggarai-barat-2020": ALAMAT, "lakip-ende-2019": PERSEGI,
        "lkj-manggarai-timur-2021": PERSEGI}
# the control block of the template: (commission, title, document number, revision, valid from)
KOP = {"lkj-lembata-2022": ("KOMISI PEMILIHAN UMUM", "KABUPATEN LEMBATA", "LAPORAN KINERJA TAHUN 2022",
                            "LKj/SET-KPU.LBT/I/2023", "00", "30 Januari 2023"),
       "lkj-manggarai-barat-2020": ("KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI BARAT", "LAPORAN KINERJA TAHUN 2020",
                                    "LKj/SET-KPU.MBR/I/2021", "00", "28 Januari 2021")}
BAB = ["KATA PENGANTAR", "BAB I", "BAB II", "BAB III", "BAB IV"]
L = ALAMAT


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
    return not re.match(r"^\s|^[|+#\[*=>\u2022\u25cf\u25cb\u00b7\u2500-\u257f-]|^\w+ +: |^[A-Z /]+ {3}|^[A-Z0-9 ,./:-]{20,}$", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    text = re.sub(r"\n(LKj 2022 KPU Lembata - Hal\. \d+|Halaman \d+)\n\f\n", "\n\f\n", text)
    text = text.replace("\f\nLaporan Kinerja KPU Kabupaten Manggarai Barat 2020\n", "\f\n")  # the running head
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


def perabot(c, base, n, bab=0):
    """The page's furniture: the template - the control block at the head of the page; the squared paper -
    the grid, the margin line and the boxed page number."""
    W, H = L.W, L.H
    if L is ALAMAT:
        k = KOP[base]
        x0, x1, x2, x3 = L.kiri, L.kiri + 45 * mm, W - L.kanan - 52 * mm, W - L.kanan
        atas, bawah = H - 12 * mm, H - 32 * mm
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.7)
        c.rect(x0, bawah, x3 - x0, atas - bawah, stroke=1, fill=0)
        c.line(x1, bawah, x1, atas)
        c.line(x2, bawah, x2, atas)
        c.setLineWidth(0.3)
        for i in range(1, 4):
            yy = atas - i * (atas - bawah) / 4
            c.line(x2, yy, x3, yy)
        c.setFillColor(colors.black)
        c.setFont("aB", 6.6)
        c.drawCentredString((x0 + x1) / 2, atas - 8.5 * mm, k[0])
        c.drawCentredString((x0 + x1) / 2, atas - 12.5 * mm, k[1])
        c.setFont("aB", 9.5)
        judul, tahun = k[2].rsplit(" TAHUN ", 1)
        c.drawCentredString((x1 + x2) / 2, atas - 8.5 * mm, judul)
        c.drawCentredString((x1 + x2) / 2, atas - 13 * mm, "TAHUN " + tahun)
        c.setFont("aR", 6.8)
        for i, t in enumerate((f"No. Dokumen : {k[3]}", f"Revisi : {k[4]}", f"Tgl. Berlaku : {k[5]}", f"Halaman : {n}")):
            c.drawString(x2 + 2 * mm, atas - (i + 1) * (atas - bawah) / 4 + 1.6 * mm, t)
        return
    c.setLineWidth(0.25)
    for i in range(0, int(W / (5 * mm)) + 1):
        c.setStrokeColor(KISI2 if i % 2 == 0 else KISI)
        c.line(i * 5 * mm, 0, i * 5 * mm, H)
    for i in range(0, int(H / (5 * mm)) + 1):
        c.setStrokeColor(KISI2 if i % 2 == 0 else KISI)
        c.line(0, i * 5 * mm, W, i * 5 * mm)
    c.setStrokeColor(MERAH)
    c.setLineWidth(0.6)
    c.line(22 * mm, 0, 22 * mm, H)
    c.setStrokeColor(BIRU)
    c.setFillColor(colors.white)
    c.rect(W - L.kanan - 16 * mm, H - 13 * mm, 16 * mm, 6 * mm, stroke=1, fill=1)
    c.setFillColor(BIRU)
    c.setFont("qR", 8)
    c.drawCentredString(W - L.kanan - 8 * mm, H - 11.2 * mm, f"hal. {n}")
    c.setFillColor(colors.black)


class Halaman:
    def __init__(self, c, nama):
        self.c, self.nama, self.n, self.y, self.isi = c, nama, 0, 0, False

    def tutup(self):
        self.c.showPage()

    def baru(self):
        """The next page: close the page in hand (if any) and open the next with its furniture."""
        if self.n:
            self.tutup()
        self.n += 1
        self.y = L.H - L.atas
        perabot(self.c, self.nama, self.n, self.babke)
        self.c.setFillColor(colors.black)
        self.isi = False

    def muat(self, tinggi):
        if self.y - tinggi < L.bawah:
            self.baru()

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= L.lead * 0.5
            return
        if not prosa(ln) and (L is PERSEGI or pdfmetrics.stringWidth(ln, L.nama + "R", L.pt) > L.lebar):
            self.tetap(ln)
            return
        for x in bungkus(ln):
            self.muat(L.lead)
            c = self.c
            judul = bool(JUDUL.match(x))
            c.setFont(L.nama + ("B" if judul else "R"), L.pt + (1.5 if x.startswith("BAB ") else 0))
            c.setFillColor(colors.black)
            c.drawString(L.kiri, self.y, x)
            self.bab = x.startswith("BAB ")
            if self.bab:
                self.babke = max(self.babke, next((k for k, b in enumerate(BAB) if x.split()[:2] == b.split()), 0))
            self.y -= L.lead
            self.isi = True

    bab = False
    babke = 0

    def tetap(self, ln):
        """A fixed line in monospace, shrunk to the column width when longer (never joined or broken)."""
        pt = MONO_PT
        while pt > 4.4 and pdfmetrics.stringWidth(ln, "mono", pt) > L.lebar:
            pt -= 0.2
        self.muat(MONO_PT * 1.3)
        self.c.setFont("mono", pt)
        self.c.setFillColor(colors.black)
        self.c.drawString(L.kiri, self.y, ln)
        self.y -= MONO_PT * 1.3
        self.isi = True

    def tabel(self, rows):
        pt, w, lipat = tabel(rows)
        lead = pt * 1.4
        c = self.c

        def baris(sel, i, akhir):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            atas, lebar = self.y + lead - 1, sum(w)
            c.setStrokeColor(ABU if L is ALAMAT else BIRU)
            c.setLineWidth(0.4)
            xx = L.kiri
            for j in range(len(sel)):
                c.rect(xx, atas - h, w[j], h, stroke=1, fill=0)
                xx += w[j]
            if i == 0 and L is ALAMAT:
                c.line(L.kiri, atas - h - 1.2, L.kiri + lebar, atas - h - 1.2)  # the doubled rule under the header
            c.setFillColor(colors.black)
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
            c.setFillColor(colors.black)
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
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
