#!/usr/bin/python3
"""PDF twins of four dev32/ texts, in two looks no earlier batch used.

- Belu 2022 and Lembata 2020 (ordinary documents): **the report printed on Kwarto (Quarto) paper with its
  front matter numbered in lower-case Roman** - 215 x 275 mm pages (the kwarto sheet many regional offices
  still stock, not A4), DejaVu Serif 10.5 pt, margins 30 mm left and 25 mm elsewhere; the cover unnumbered,
  the Kata Pengantar and the pages before BAB I numbered `ii`, `iii` … at the foot's centre, the count
  restarting at `1` on the page of BAB I (Word's "Different first page" and a section break with "Start at
  1"); `BAB` lines bold and centred; every TAB table with **banded columns** (every other column on a pale
  blue ground from the header to the last row), a thin navy frame, the header in bold navy over a navy rule,
  no rules between the rows, the header repeated on the next page; a name the text wrapped joined again and
  wrapped inside its cell, a figure never broken; the prose re-flowed; the text's own feet dropped.
- Rote Ndao 2020 and Manggarai Timur 2022 (new house styles): **the report plotted on A3 drawing sheets with a
  drafting frame and a title block**, as the office's draughtsman prints its maps and charts - every page an
  A3 landscape sheet (420 x 297 mm) with an outer border, an inner frame 15 mm in and between them the zone
  marks (`1` … `8` along the top and bottom, `A` … `F` down the sides) with tick lines; the title block in
  the lower right corner of the frame (the office, the sheet's title, `Lembar n`, `Skala: tanpa skala`,
  `Kertas: A3`, `Digambar` and `Diperiksa` cells); the text in two columns, a form feed moving to the next
  column; prose in DejaVu Sans 9 pt re-flowed, every fixed line (the form's box grid, the chart's lines,
  lines opening with a space or holding runs of spaces) in DejaVu Sans Mono kept as a line (shrunk when wider
  than the column), TAB tables in thin black rules with a bold header.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev32/pdf/make_pdf.py
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
NAVY = colors.HexColor("#1F3864")
PITA = colors.HexColor("#DCE6F2")


class Gaya:
    """A look: page size, margins, faces and size."""
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face, tebal):
        self.nama, (self.W, self.H) = nama, size
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * 1.45
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + tebal + ".ttf"))


KWARTO = Gaya("q", (215 * mm, 275 * mm), 30 * mm, 25 * mm, 25 * mm, 25 * mm, 10.5, "DejaVuSerif", "DejaVuSerif-Bold")
A3 = Gaya("a", (420 * mm, 297 * mm), 24 * mm, 0, 24 * mm, 24 * mm, 9, "DejaVuSans", "DejaVuSans-Bold")
KOLOM = 184 * mm   # a column of the A3 sheet
SELA = 14 * mm     # the gap between the columns
BLOK = (170 * mm, 42 * mm)  # the title block
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.4
# base -> (look, the title block's sheet title)
BASES = {"lkj-belu-2022": (KWARTO, ""),
         "lkj-lembata-2020": (KWARTO, ""),
         "lkj-rote-ndao-2020": (A3, "LAMPIRAN LAPORAN KINERJA TAHUN 2020"),
         "lkj-manggarai-timur-2022": (A3, "LAMPIRAN LAPORAN KINERJA TAHUN 2022")}
KANTOR = {"lkj-rote-ndao-2020": "KPU KABUPATEN ROTE NDAO", "lkj-manggarai-timur-2022": "KPU KABUPATEN MANGGARAI TIMUR"}
L = KWARTO


def romawi(n):
    """n in lower-case Roman numerals."""
    out = ""
    for v, s in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out, n = out + s, n - v
    return out


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
    text = re.sub(r"\n(Laporan Kinerja 2022 \| hal\. \d+|LKj-2020/\d+)\n\f\n", "\n\f\n", text)
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


def lembar(c, base, judul, n):
    """The A3 sheet's drafting frame, zone marks and title block."""
    W, H = A3.W, A3.H
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.rect(10 * mm, 10 * mm, W - 20 * mm, H - 20 * mm, stroke=1, fill=0)
    c.setLineWidth(1.4)
    c.rect(15 * mm, 15 * mm, W - 30 * mm, H - 30 * mm, stroke=1, fill=0)
    c.setLineWidth(0.4)
    c.setFont("aR", 7)
    c.setFillColor(colors.black)
    lebar, tinggi = (W - 30 * mm) / 8, (H - 30 * mm) / 6
    for i in range(8):
        x = 15 * mm + i * lebar
        if i:
            for y0, y1 in ((10 * mm, 15 * mm), (H - 15 * mm, H - 10 * mm)):
                c.line(x, y0, x, y1)
        for y in (11.4 * mm, H - 13.6 * mm):
            c.drawCentredString(x + lebar / 2, y, str(i + 1))
    for j in range(6):
        y = H - 15 * mm - (j + 1) * tinggi
        if j < 5:
            for x0, x1 in ((10 * mm, 15 * mm), (W - 15 * mm, W - 10 * mm)):
                c.line(x0, y, x1, y)
        for x in (12.5 * mm, W - 12.5 * mm):
            c.drawCentredString(x, y + tinggi / 2 - 2.5, "ABCDEF"[j])
    bw, bh = BLOK
    x0, y0 = W - 15 * mm - bw, 15 * mm
    c.setLineWidth(0.8)
    c.rect(x0, y0, bw, bh, stroke=1, fill=0)
    c.setLineWidth(0.4)
    for y in (y0 + 30 * mm, y0 + 20 * mm, y0 + 10 * mm):
        c.line(x0, y, x0 + bw, y)
    c.line(x0 + bw / 2, y0, x0 + bw / 2, y0 + 20 * mm)
    c.setFont("aB", 9)
    c.drawString(x0 + 3 * mm, y0 + 34 * mm, KANTOR[base])
    c.setFont("aR", 8)
    c.drawString(x0 + 3 * mm, y0 + 24 * mm, judul)
    c.drawString(x0 + 3 * mm, y0 + 14 * mm, f"Lembar {n}")
    c.drawString(x0 + bw / 2 + 3 * mm, y0 + 14 * mm, "Skala: tanpa skala    Kertas: A3")
    c.drawString(x0 + 3 * mm, y0 + 4 * mm, "Digambar: Subbag Teknis dan Hupmas")
    c.drawString(x0 + bw / 2 + 3 * mm, y0 + 4 * mm, "Diperiksa: Kasubbag Perencanaan")


class Halaman:
    def __init__(self, c, nama, judul):
        self.c, self.nama, self.judul, self.n, self.y, self.isi = c, nama, judul, 0, 0, False
        self.kol, self.mulai = 1, None

    def tutup(self):
        """Close the page in hand: its number (the Kwarto look) - none on the cover, Roman before BAB I."""
        c = self.c
        if L is KWARTO and self.n > 1:
            c.setFont(L.nama + "R", 9.5)
            c.setFillColor(colors.black)
            c.drawCentredString(L.kiri + L.lebar / 2, 14 * mm,
                                romawi(self.n) if self.mulai is None else str(self.n - self.mulai + 1))
        c.showPage()

    def baru(self):
        """The next column (A3) or page: close the page in hand (if any) and open the next with its furniture."""
        if L is A3 and self.n and self.kol == 1:
            self.kol = 2
            L.kiri = 24 * mm + KOLOM + SELA
            L.bawah = 24 * mm + BLOK[1] + 4 * mm
            self.y = L.H - L.atas
            self.isi = False
            return
        if self.n:
            self.tutup()
        self.n += 1
        self.y = L.H - L.atas
        if L is A3:
            self.kol = 1
            L.kiri, L.bawah, L.lebar = 24 * mm, 24 * mm, KOLOM
            lembar(self.c, self.nama, self.judul, self.n)
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
        if not prosa(ln) and (L is A3 or pdfmetrics.stringWidth(ln, L.nama + "R", L.pt) > L.lebar):
            self.tetap(ln)
            return
        for x in bungkus(ln):
            self.muat(L.lead)
            c = self.c
            judul = bool(JUDUL.match(x))
            c.setFont(L.nama + ("B" if judul else "R"), L.pt + (1.5 if x.startswith("BAB ") else 0))
            c.setFillColor(colors.black)
            if L is KWARTO and (x.startswith("BAB ") or (self.bab and x.isupper() and len(x) < 60)):
                c.setFont(L.nama + "B", L.pt + 1.5)
                c.drawCentredString(L.kiri + L.lebar / 2, self.y, x)
            else:
                c.drawString(L.kiri, self.y, x)
            self.bab = x.startswith("BAB ")
            self.y -= L.lead
            self.isi = True

    bab = False

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
            if L is KWARTO:
                xx = L.kiri
                c.setFillColor(PITA)
                for j in range(len(sel)):
                    if j % 2:
                        c.rect(xx, atas - h, w[j], h, stroke=0, fill=1)
                    xx += w[j]
                c.setStrokeColor(NAVY)
                c.setLineWidth(0.6)
                c.line(L.kiri, atas, L.kiri, atas - h)
                c.line(L.kiri + lebar, atas, L.kiri + lebar, atas - h)
                if i == 0:
                    c.line(L.kiri, atas, L.kiri + lebar, atas)
                    c.setLineWidth(1)
                    c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
                if akhir:
                    c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
                c.setFillColor(NAVY if i == 0 else colors.black)
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
                if L is KWARTO:  # close the frame at the foot of the page
                    c.setStrokeColor(NAVY)
                    c.setLineWidth(0.6)
                    c.line(L.kiri, self.y + lead - 1, L.kiri + sum(w), self.y + lead - 1)
                self.baru()
                baris(lipat[0], 0, False)
            baris(sel, i, i == len(lipat) - 1)
        self.y -= L.lead * 0.8
        self.isi = True


def cetak(base, judul):
    """The twin laid out page by page."""
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=(L.W, L.H), invariant=1)
    c.setTitle(base)
    h = Halaman(c, base, judul)
    h.baru()
    tunda = False  # a form feed seen: the next page (or column) opens when its first content comes
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
            if isi.strip() == "BAB I" and h.mulai is None:
                h.mulai = h.n
            h.prosa(isi)
        else:
            h.tabel(isi)
    h.tutup()
    c.save()
    return pdf, h.n


def main():
    global L
    for base in BASES:
        L, judul = BASES[base]
        if L is A3:
            L.lebar = KOLOM
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base, judul)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
