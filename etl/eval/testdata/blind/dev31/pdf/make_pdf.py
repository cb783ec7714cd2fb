#!/usr/bin/python3
"""PDF twins of four dev31/ texts, in two looks no earlier batch used.

- Alor 2019 and Lembata 2023 (ordinary documents): **the report set as a bound book on B5 (JIS) paper** -
  182 x 257 mm pages with mirrored margins (inner 22 mm, outer 15 mm), DejaVu Serif 9.5 pt; from page 2 on a
  running head in small grey type over a hairline, the report's short title at the outer edge of even pages
  and `Sekretariat KPU` at the outer edge of odd ones, the page number at the outer corner of the foot;
  `BAB` lines and section headings bold; every TAB table with a light grey header band, grey hairlines
  between the rows and none down the columns, the header repeated on the next page; a name the text wrapped
  joined again and wrapped inside its cell, a figure never broken; the prose re-flowed; the text's own feet,
  heads and page numbers dropped.
- Ngada 2024 and Sumba Timur 2022 (new house styles): **screenshots of the report open in a PDF viewer,
  pasted one a page** - every PDF page a 16:10 screen (297 x 186 mm): the window's dark title bar with the
  file's name, the viewer's toolbar (page field `n`, zoom, buttons), a strip of page thumbnails at the
  left, the grey canvas with the A4 page scaled to the window's height and a shadow under it, the scroll
  bar at the right; on the page DejaVu Sans 10 pt prose re-flowed, every fixed line (the lamp report, the
  quoted e-mail, lines opening with a space or holding runs of spaces) in DejaVu Sans Mono kept as a line
  (shrunk when wider than the page), TAB tables in thin black rules with a bold header, the page number
  centred at the page's foot. The scroll thumb's place and the thumbnails' highlight come from the page
  number; the thumbnails' grey text blocks from a fixed linear congruential sequence seeded by the file
  name and page number, drawn as shapes and never as text.
Written from the text twin line by line, so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev31/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
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
    """A look: page (sheet) size, margins, faces and size, text colour."""
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face, tebal, teks=colors.black):
        self.nama, (self.W, self.H) = nama, size
        self.teks = teks
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * 1.45
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + tebal + ".ttf"))


B5 = (182 * mm, 257 * mm)
BUKU = Gaya("w", B5, 22 * mm, 15 * mm, 22 * mm, 20 * mm, 9.5, "DejaVuSerif", "DejaVuSerif-Bold")
LAYAR = Gaya("f", A4, 22 * mm, 20 * mm, 22 * mm, 22 * mm, 10, "DejaVuSans", "DejaVuSans-Bold")
TEMA, FOTO = BUKU, LAYAR
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("ui", F + "DejaVuSans.ttf"))
MONO_PT = 7.2
BINGKAI = (297 * mm, 185.6 * mm)  # the screen (16:10)
KANVAS = colors.HexColor("#525659")
ABU = colors.HexColor("#D9D9D9")
# base -> (look, running head)
BASES = {"lkjip-alor-2019": (BUKU, "LKjIP KPU Kabupaten Alor 2019"),
         "lkj-lembata-2023": (BUKU, "LKj KPU Kabupaten Lembata 2023"),
         "lkj-ngada-2024": (LAYAR, ""),
         "lkj-sumba-timur-2022": (LAYAR, "")}
L = TEMA


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
    """A TAB table laid out for the page: (type size, column widths, rows of folded cells)."""
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
    """True for a line of running prose (not a fixed print, dashboard, list or field line), which may be
    re-flowed."""
    return not re.match(r"^\s|^[|+#\[*=>\u2022\u25cf\u25cb\u00b7-]|^\w+ +: |^[A-Z /]+ {3}|^[A-Z0-9 ,./:-]{20,}$", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page foot and running head: the page prints its own furniture
    text = re.sub(r"\n(Halaman \d+)?\n\f\n(LKjIP 2019 \u2014 KPU Kabupaten Alor|Laporan Kinerja KPU Kabupaten Lembata 2023)\n",
                  "\n\f\n", text)
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


def lcg(nama, n):
    """A fixed linear congruential sequence seeded by the file's name and the page number."""
    s = (sum(ord(ch) * (k + 1) for k, ch in enumerate(nama)) * 31 + n * 7919) % 2147483648

    def acak(m):
        nonlocal s
        s = (s * 1103515245 + 12345) % 2147483648
        return (s >> 8) % m
    return acak


def jendela(c, nama, n):
    """The viewer's window around page n of the screenshot; returns the transform (x, y, scale) of the page."""
    acak = lcg(nama, n)
    W, H = BINGKAI
    c.setFillColor(KANVAS)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#2B2B2B"))  # the title bar
    c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("ui", 7.5)
    c.drawString(5 * mm, H - 5.4 * mm, f"{nama}.pdf - Penampil Dokumen")
    c.drawRightString(W - 5 * mm, H - 5.4 * mm, "\u2013   \u25a1   \u2715")
    c.setFillColor(colors.HexColor("#F1F1F1"))  # the toolbar
    c.rect(0, H - 17 * mm, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#333333"))
    c.setFont("ui", 7.5)
    c.drawString(5 * mm, H - 13.6 * mm, "\u2630   Berkas   Tampilan   Alat")
    c.drawCentredString(W / 2, H - 13.6 * mm, f"\u25c0   Halaman  [ {n} ]   \u25b6        \u2212   [ Sesuai halaman ]   +")
    c.drawRightString(W - 5 * mm, H - 13.6 * mm, "Cetak     Unduh")
    c.setFillColor(colors.HexColor("#3C3F41"))  # the thumbnails' strip
    c.rect(0, 0, 34 * mm, H - 17 * mm, stroke=0, fill=1)
    for i in range(4):
        y0 = H - 17 * mm - (i + 1) * 40 * mm
        if y0 < 2 * mm:
            break
        c.setStrokeColor(colors.HexColor("#8AB4F8") if i == min(n - 1, 1) else colors.HexColor("#3C3F41"))
        c.setLineWidth(1.5)
        c.setFillColor(colors.white)
        c.rect(8 * mm, y0 + 4 * mm, 18 * mm, 25.5 * mm, stroke=1, fill=1)
        c.setFillColor(ABU)
        for j in range(9):  # the thumbnail's text as grey bars
            c.rect(10 * mm, y0 + 26 * mm - j * 2.3 * mm, (6 + acak(9)) * mm, 0.8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#6E7276"))  # the scroll bar and its thumb
    c.rect(W - 4 * mm, 0, 4 * mm, H - 17 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#B0B3B6"))
    c.rect(W - 3.3 * mm, max(2 * mm, H - 17 * mm - 12 * mm - (n - 1) * 6 * mm), 2.6 * mm, 10 * mm, stroke=0, fill=1)
    k = (H - 23 * mm) / A4[1]
    x = 34 * mm + (W - 38 * mm - A4[0] * k) / 2
    y = 3 * mm
    c.setFillColor(colors.HexColor("#3A3D40"))  # the page's shadow
    c.rect(x + 1.2 * mm, y - 1.2 * mm, A4[0] * k, A4[1] * k, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.rect(x, y, A4[0] * k, A4[1] * k, stroke=0, fill=1)
    return x, y, k, acak


class Halaman:
    def __init__(self, c, nama, kepala):
        self.c, self.nama, self.kepala, self.n, self.y, self.isi = c, nama, kepala, 0, 0, False
        self.acak = None

    def tutup(self):
        """Close the page in hand: its foot (the look's furniture), then the photo's light."""
        c = self.c
        if L is TEMA:
            c.setFont(L.nama + "R", 8.5)
            c.setFillColor(colors.HexColor("#555555"))
            if self.n % 2:
                c.drawRightString(L.W - 15 * mm, 11 * mm, str(self.n))
            else:
                c.drawString(15 * mm, 11 * mm, str(self.n))
        else:
            c.setFillColor(L.teks)
            c.setFont(L.nama + "R", 9)
            c.drawCentredString(L.W / 2, 13 * mm, str(self.n))
            c.restoreState()
        c.showPage()

    def baru(self):
        """Close the page in hand (if any) and open the next with its furniture."""
        if self.n:
            self.tutup()
        self.n += 1
        c = self.c
        self.y = L.H - L.atas
        if L is FOTO:
            x, y, k, self.acak = jendela(c, self.nama, self.n)
            c.saveState()
            c.translate(x, y)
            c.scale(k, k)
        else:
            # mirrored margins: the inner margin at the left of odd pages, at the right of even ones
            L.kiri = 22 * mm if self.n % 2 else 15 * mm
            if self.n > 1:
                c.setFont(L.nama + "R", 7.5)
                c.setFillColor(colors.HexColor("#666666"))
                if self.n % 2:
                    c.drawRightString(L.W - 15 * mm, L.H - 13 * mm, "Sekretariat KPU")
                else:
                    c.drawString(15 * mm, L.H - 13 * mm, self.kepala)
                c.setStrokeColor(colors.HexColor("#888888"))
                c.setLineWidth(0.3)
                c.line(L.kiri, L.H - 14.5 * mm, L.kiri + L.lebar, L.H - 14.5 * mm)
        c.setFillColor(L.teks)
        self.isi = False

    def muat(self, tinggi):
        if self.y - tinggi < L.bawah:
            self.baru()

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= L.lead * 0.5
            return
        if L is FOTO and not prosa(ln):
            self.tetap(ln)
            return
        for k, x in enumerate(bungkus(ln)):
            self.muat(L.lead)
            c = self.c
            judul = bool(JUDUL.match(x))
            c.setFont(L.nama + ("B" if judul else "R"), L.pt + (1.5 if L is TEMA and x.startswith("BAB ") else 0))
            c.setFillColor(L.teks)
            c.drawString(L.kiri, self.y, x)
            c.setFillColor(L.teks)
            self.y -= L.lead
            self.isi = True

    def tetap(self, ln):
        """A fixed line in monospace, shrunk to the text width when longer (never joined or broken)."""
        pt = MONO_PT
        while pt > 4.6 and pdfmetrics.stringWidth(ln, "mono", pt) > L.lebar:
            pt -= 0.2
        self.muat(pt * 1.35)
        self.c.setFont("mono", pt)
        self.c.setFillColor(L.teks)
        self.c.drawString(L.kiri, self.y, ln)
        self.y -= MONO_PT * 1.35
        self.isi = True

    def tabel(self, rows):
        pt, w, lipat = tabel(rows)
        lead = pt * 1.4
        c = self.c
        warna = colors.black

        def baris(sel, i):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            atas, lebar = self.y + lead - 1, sum(w)
            c.setStrokeColor(warna)
            if L is TEMA:
                if i == 0:
                    c.setFillColor(colors.HexColor("#E4E4E4"))
                    c.rect(L.kiri, atas - h, lebar, h, stroke=0, fill=1)
                c.setStrokeColor(colors.HexColor("#9A9A9A"))
                c.setLineWidth(0.3)
                c.line(L.kiri, atas - h, L.kiri + lebar, atas - h)
            else:
                c.setLineWidth(0.4)
                xx = L.kiri
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=0)
                    xx += w[j]
            c.setFillColor(warna)
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
            c.setFillColor(L.teks)
            self.y -= h

        self.muat(max(len(x) for x in lipat[0]) * lead + 30)
        baris(lipat[0], 0)
        for i, sel in enumerate(lipat[1:], 1):
            h = max(len(x) for x in sel) * lead + 4
            if self.y - h < L.bawah:
                self.baru()
                baris(lipat[0], 0)
            baris(sel, i)
        self.y -= L.lead * 0.8
        self.isi = True


def cetak(base, kepala):
    """The twin laid out page by page."""
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=BINGKAI if L is FOTO else (L.W, L.H), invariant=1)
    c.setTitle(base)
    h = Halaman(c, base, kepala)
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
        L, kepala = BASES[base]
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base, kepala)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
