#!/usr/bin/python3
"""PDF twins of four dev34/ texts, in two looks no earlier batch used.

- Belu 2020 and Lembata 2020 (ordinary documents): **the report printed on US Executive paper** (7.25 x 10.5
  in, 184.15 x 266.7 mm, the small sheet some office printers are left set to) **with a 35 mm gutter** for
  binding at the left and 18 mm at the right - DejaVu Serif 9.5 pt; the foot holds the office's line at the
  left in grey and `Halaman n` at the right over a hairline, nothing at the head; `BAB` lines bold; every TAB
  table in Word's **Grid Table 4 - Accent 1**: a header row filled blue with white bold type, the rows banded
  pale blue and white, thin blue rules round every cell, the header repeated on the next page; a name the
  text wrapped joined again and wrapped inside its cell, a figure never broken; the prose re-flowed; the
  text's own page feet dropped.
- Rote Ndao 2021 and Malaka 2021 (new house styles): **the report exported from a reporting dashboard with a
  navigation sidebar** - portrait A4, a dark navy strip 40 mm wide down the left edge of every page listing
  `KATA PENGANTAR`, `BAB I` .. `BAB IV` in white with the chapter in hand marked by a lighter bar, the page
  number (`hal. n`) at the strip's foot; the body 52 mm from the left edge, prose in DejaVu Sans 8.5 pt
  re-flowed, every fixed line (the heat map's and the labels' lines, lines opening with a space or holding
  runs of spaces) in DejaVu Sans Mono kept as a line, TAB tables in a thin full grid with a bold header.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev34/pdf/make_pdf.py
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
    """A look: page size, margins, faces and size."""
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face, tebal):
        self.nama, (self.W, self.H) = nama, size
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * 1.45
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + tebal + ".ttf"))


LEGAL = Gaya("l", (184.15 * mm, 266.7 * mm), 35 * mm, 18 * mm, 22 * mm, 24 * mm, 9.5, "DejaVuSerif", "DejaVuSerif-Bold")
SPIRAL = Gaya("s", (210 * mm, 297 * mm), 52 * mm, 14 * mm, 20 * mm, 18 * mm, 8.5, "DejaVuSans", "DejaVuSans-Bold")
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.4
HIJAU = colors.HexColor("#4472C4")  # Word's Accent 1
ABU = colors.HexColor("#D9E2F3")  # its pale band
NAVY = colors.HexColor("#1B2A47")
BASES = ("lkj-belu-2020", "lkj-lembata-2020", "lkj-rote-ndao-2021", "lkj-malaka-2021")
LOOK = {"lkj-belu-2020": LEGAL, "lkj-lembata-2020": LEGAL, "lkj-rote-ndao-2021": SPIRAL, "lkj-malaka-2021": SPIRAL}
KANTOR = {"lkj-belu-2020": "LKjIP KPU Kabupaten Belu Tahun 2020",
          "lkj-lembata-2020": "Laporan Kinerja Sekretariat KPU Kabupaten Lembata 2020"}
BAB = ["KATA PENGANTAR", "BAB I", "BAB II", "BAB III", "BAB IV"]
L = LEGAL


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


def huruf(i, t):
    """The face a table cell is set in: the header row bold."""
    return L.nama + ("B" if i == 0 else "R")


def tabel(rows):
    """A TAB table laid out for the column: (type size, column widths, rows of folded cells)."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    for pt in (9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5):
        w = [max(pdfmetrics.stringWidth(r[j], huruf(i, r[j]), pt) for i, r in enumerate(rows)) + 8 for j in range(n)]
        # a column is never narrower than its longest word, a figure never broken
        bawah = [max(pdfmetrics.stringWidth(k, huruf(i, r[j]), pt) for i, r in enumerate(rows)
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
            font = huruf(i, c)
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
    text = re.sub(r"\n(Halaman \d+|LKj KPU Lembata \| \d+)\n\f\n", "\n\f\n", text)
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
    """The page's furniture: Executive - the office's line and `Halaman n` at the foot over a hairline; the
    dashboard look - the navy sidebar with the chapter list (the chapter in hand marked) and `hal. n`."""
    W, H = L.W, L.H
    if L is LEGAL:
        c.setStrokeColor(colors.HexColor("#808080"))
        c.setLineWidth(0.3)
        c.line(L.kiri, 16 * mm, W - L.kanan, 16 * mm)
        c.setFont("lR", 7.5)
        c.setFillColor(colors.HexColor("#808080"))
        c.drawString(L.kiri, 12 * mm, KANTOR[base])
        c.setFillColor(colors.black)
        c.drawRightString(W - L.kanan, 12 * mm, f"Halaman {n}")
        return
    c.setFillColor(NAVY)
    c.rect(0, 0, 40 * mm, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("sB", 9)
    c.drawString(6 * mm, H - 18 * mm, "LAPORAN KINERJA")
    c.setFont("sR", 7)
    c.drawString(6 * mm, H - 23 * mm, base.replace("lkj-", "").replace("-", " ").upper())
    for k, nm in enumerate(BAB):
        y = H - 40 * mm - k * 9 * mm
        if k == bab:
            c.setFillColor(colors.HexColor("#3E5C94"))
            c.rect(0, y - 2.5 * mm, 40 * mm, 7 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("sB" if k == bab else "sR", 8)
        c.drawString(6 * mm, y, nm)
    c.setFont("sR", 7.5)
    c.drawString(6 * mm, 12 * mm, f"hal. {n}")
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
        if not prosa(ln) and (L is SPIRAL or pdfmetrics.stringWidth(ln, L.nama + "R", L.pt) > L.lebar):
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
                if L is SPIRAL:
                    perabot(c, self.nama, self.n, self.babke)  # the sidebar marks the chapter that opens here
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
            if L is LEGAL:
                isi = HIJAU if i == 0 else (ABU if i % 2 else colors.white)
                c.setStrokeColor(HIJAU)
                c.setLineWidth(0.4)
                xx = L.kiri
                for j in range(len(sel)):
                    c.setFillColor(isi)
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=1)
                    xx += w[j]
                c.setFillColor(colors.white if i == 0 else colors.black)
            else:
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.4)
                xx = L.kiri
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=0)
                    xx += w[j]
                c.setFillColor(colors.black)
            c.setFont(L.nama + ("B" if i == 0 else "R"), pt)
            x = L.kiri
            for j, isi in enumerate(sel):
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
