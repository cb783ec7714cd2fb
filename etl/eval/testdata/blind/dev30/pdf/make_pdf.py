#!/usr/bin/python3
"""PDF twins of four dev30/ texts, in two looks no earlier batch used.

- Belu 2019 and Lembata 2022 (ordinary documents): **an A4 Word report built on a coloured Word theme
  (maroon accent)** - a Bookman-like serif (DejaVu Serif) 10.5 pt, margins 3 cm left and 2.5 cm elsewhere; from
  page 2 on a running head (the report's short title at the left, the satker at the right) over a thick maroon
  rule, the page number white in a small filled maroon box at the bottom right corner of the type area; `BAB`
  lines and section headings in maroon; every TAB table in Word's `Grid Table 6 Colorful - Accent 2` manner:
  maroon type throughout, the header row bold over a thick maroon rule, thin maroon rules between the rows, no
  vertical rules and no fill, the header repeated on the next page; a name the text wrapped joined again and
  wrapped inside its cell, a figure never broken; the prose re-flowed.
- Rote Ndao 2022 and Malaka 2020 (new house styles): **the pages photographed on a desk with a phone and saved
  as one PDF by the phone's gallery** - every PDF page a 3:4 photo frame (150 x 200 mm): a dark wooden desk
  (brown with darker grain lines), the A4 sheet scaled down to fit, a little off centre and different on each
  page, with a soft shadow along its lower and right edges, the lamp's light falling off towards one corner
  (translucent bands drawn over the sheet); the sheet's text as on a plain A4 print - DejaVu Sans 10 pt prose
  re-flowed, every fixed line (the SAKTI print, the dashboard's lines, lines opening with a space or holding runs
  of spaces) in DejaVu Sans Mono kept as a line, TAB tables in thin black rules with a bold header, `n` centred
  at the sheet's foot. The grain, offsets and light come from a fixed linear congruential sequence seeded by the
  file name and page number, drawn as shapes and never as text, so a rebuild gives the same bytes.
Written from the text twin line by line, so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev30/pdf/make_pdf.py
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
MARUN = colors.HexColor("#7B1E2B")


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


TEMA = Gaya("w", A4, 30 * mm, 25 * mm, 28 * mm, 25 * mm, 10.5, "DejaVuSerif", "DejaVuSerif-Bold")
FOTO = Gaya("f", A4, 22 * mm, 20 * mm, 22 * mm, 22 * mm, 10, "DejaVuSans", "DejaVuSans-Bold")
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 7.2
BINGKAI = (150 * mm, 200 * mm)  # the phone photo's frame (3:4)
MEJA = colors.HexColor("#5A3F2C")
SERAT = colors.HexColor("#4A3222")
# base -> (look, running head)
BASES = {"lkjip-belu-2019": (TEMA, "LKjIP KPU Kabupaten Belu 2019"),
         "lkj-lembata-2022": (TEMA, "LKj KPU Kabupaten Lembata 2022"),
         "lkj-rote-ndao-2022": (FOTO, ""),
         "lkj-malaka-2020": (FOTO, "")}
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
    return not re.match(r"^\s|^[|+#\[*=\u2022-]|^\w+ +: |^[A-Z /]+ {3}", ln) \
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page foot and running head: the page prints its own furniture
    text = re.sub(r"\n(\d+|LKjIP KPU Kabupaten Belu 2019 \| Halaman \d+)\n\f\n", "\n\f\n", text)
    text = re.sub(r"\n\f\nLaporan Kinerja KPU Kabupaten Lembata Tahun 2022\n", "\n\f\n", text)
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


def meja(c, nama, n):
    """The desk and the sheet's shadow of photo page n; returns the transform (x, y, scale) of the sheet."""
    acak = lcg(nama, n)
    W, H = BINGKAI
    c.setFillColor(MEJA)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(SERAT)
    for _ in range(38):  # the grain: long thin darker lines across the desk
        y = acak(int(H))
        c.setLineWidth(0.3 + acak(8) / 10)
        c.line(0, y, W, y + acak(30) - 15)
    k = 0.60 + acak(4) / 100
    x = (W - A4[0] * k) / 2 + acak(9) * mm / 2 - 2 * mm
    y = (H - A4[1] * k) / 2 + acak(9) * mm / 2 - 2 * mm
    for t, g in ((3.2, "#3A2819"), (2.2, "#33231A"), (1.2, "#2C1E15")):  # a soft shadow
        c.setFillColor(colors.HexColor(g))
        c.rect(x + t * mm, y - t * mm, A4[0] * k, A4[1] * k, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#FBFAF6"))
    c.rect(x, y, A4[0] * k, A4[1] * k, stroke=0, fill=1)
    return x, y, k, acak


def cahaya(c, acak):
    """The lamp's light falling off towards one corner of the sheet: translucent grey bands."""
    sudut = acak(2)
    c.saveState()
    for i in range(6):
        c.setFillColor(colors.Color(0.35, 0.3, 0.25, alpha=0.035))
        w = (6 - i) * 28 * mm
        if sudut:
            c.rect(A4[0] - w, 0, w, A4[1] * (0.25 + i * 0.06), stroke=0, fill=1)
        else:
            c.rect(0, 0, w, A4[1] * (0.25 + i * 0.06), stroke=0, fill=1)
    c.restoreState()


class Halaman:
    def __init__(self, c, nama, kepala):
        self.c, self.nama, self.kepala, self.n, self.y, self.isi = c, nama, kepala, 0, 0, False
        self.acak = None

    def tutup(self):
        """Close the page in hand: its foot (the look's furniture), then the photo's light."""
        c = self.c
        if L is TEMA:
            if self.n > 1:
                c.setFillColor(MARUN)
                c.rect(L.W - L.kanan - 9 * mm, 12 * mm, 9 * mm, 6 * mm, stroke=0, fill=1)
                c.setFillColor(colors.white)
                c.setFont(L.nama + "B", 8.5)
                c.drawCentredString(L.W - L.kanan - 4.5 * mm, 14 * mm, str(self.n))
        else:
            c.setFillColor(L.teks)
            c.setFont(L.nama + "R", 9)
            c.drawCentredString(L.W / 2, 13 * mm, str(self.n))
            cahaya(c, self.acak)
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
            x, y, k, self.acak = meja(c, self.nama, self.n)
            c.saveState()
            c.translate(x, y)
            c.scale(k, k)
        elif self.n > 1:
            c.setFont(L.nama + "R", 8.5)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(L.kiri, L.H - 16 * mm, self.kepala)
            c.drawRightString(L.W - L.kanan, L.H - 16 * mm, "Sekretariat KPU")
            c.setStrokeColor(MARUN)
            c.setLineWidth(2.2)
            c.line(L.kiri, L.H - 18 * mm, L.W - L.kanan, L.H - 18 * mm)
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
            c.setFont(L.nama + ("B" if judul else "R"), L.pt + (2 if L is TEMA and x.startswith("BAB ") else 0))
            c.setFillColor(MARUN if L is TEMA and judul else L.teks)
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
        warna = MARUN if L is TEMA else colors.black

        def baris(sel, i):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            atas, lebar = self.y + lead - 1, sum(w)
            c.setStrokeColor(warna)
            if L is TEMA:
                c.setLineWidth(1.6 if i == 0 else 0.4)
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
