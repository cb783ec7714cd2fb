#!/usr/bin/python3
"""PDF twins of four dev52/ texts, in two looks no earlier batch used.

- Lembata 2021 and Sumba Barat Daya 2024 (ordinary documents): **a prasasti edition, as if carved on a granite
  tablet** - every PDF page a dark grey stone slab (220 x 300 mm) with a round-arched top, flecked with small paler
  grains (150 a page, from a fixed LCG), a bevelled border cut 9 mm inside the edge (a light line and a dark line); the
  letters gilded, as inscriptions on a monument are filled with gold: the body in DejaVu Serif 8.6 pt in a pale
  gold, headings bold in a brighter gold, prose re-flowed; tables in thin pale grey incised rules with the header
  row on a slightly lighter sunken band, figures right-aligned, the header repeated on the next page; the page
  number cut in Roman-style digits under a small rule at the foot of the slab.
- Ende 2023 and Timor Tengah Utara 2024 (new house styles): **a bamboo-slip edition** - every PDF page a bundle
  of split bamboo slats laid side by side (320 x 210 mm), one slat for each line of text, alternating two straw
  tones with darker node bands at fixed places and a thin shadow between slats, bound by two dark cords running
  across every slat near its ends; the body in DejaVu Sans 7 pt in a burnt-brown ink, headings bold, fixed
  lines in DejaVu Sans Mono (shrunk when wider than the bundle), tables without rules (each row on its slats),
  the bundle number burnt small at the lower left.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the stone's
grains come from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev52/pdf/make_pdf.py
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


# the prasasti edition in DejaVu Serif; the bamboo slips in DejaVu Sans
SISI = Gaya("t", (220 * mm, 300 * mm), 28 * mm, 28 * mm, 44 * mm, 30 * mm, 8.6, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.4)
FILM = Gaya("k", (320 * mm, 210 * mm), 34 * mm, 34 * mm, 14 * mm, 14 * mm, 7.0, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.45)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 6.0
KOLOM_SISI = 0  # no side column in either look
BATU = colors.HexColor("#3E4144")  # the granite slab
BUTIR = colors.HexColor("#6B6F73")  # its paler grains
LATAR = colors.HexColor("#1E1F21")  # behind the slab
TERANG = colors.HexColor("#8A8E92")  # the bevel's light line
GELAP = colors.HexColor("#25272A")  # the bevel's dark line
EMAS = colors.HexColor("#D9C27A")  # the gilded letters
EMAS_TERANG = colors.HexColor("#F0DA92")  # gilded headings
PITA = colors.HexColor("#4A4D51")  # the header's sunken band
GARIS_BATU = colors.HexColor("#9A9EA2")  # the incised table rules
BAMBU_1 = colors.HexColor("#E3CF92")  # the straw tones of the slats
BAMBU_2 = colors.HexColor("#D8C07C")
RUAS = colors.HexColor("#BFA25E")  # the node bands
CELAH = colors.HexColor("#8C7440")  # the shadow between slats
TALI = colors.HexColor("#4B3418")  # the cords
MERAH = colors.HexColor("#3B2410")  # the bamboo headings: the same burnt-brown ink, bold
TEKS_LAYAR = colors.HexColor("#3B2410")  # the burnt-brown ink
RULE_LAYAR = colors.HexColor("#5A3E20")
TINTA_INKJET = EMAS
HITAM = TEKS_LAYAR
MARUN = EMAS_TERANG  # headings and table heads of the stone
BASES = ("lkj-lembata-2021", "lkj-sumba-barat-daya-2024", "lkj-ende-2023", "lkj-timor-tengah-utara-2024")
LOOK = {"lkj-lembata-2021": SISI, "lkj-sumba-barat-daya-2024": SISI, "lkj-ende-2023": FILM,
        "lkj-timor-tengah-utara-2024": FILM}
BENIH = {"lkj-lembata-2021": 5313, "lkj-sumba-barat-daya-2024": 5318, "lkj-ende-2023": 5308,
         "lkj-timor-tengah-utara-2024": 5303}
L = SISI
TINTA = [colors.black]
ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4}


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
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    kaki = r"(Laporan Kinerja 2021 \u2014 \d+|\d+ \| LKj SBD 2024)"
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


def acak(seed):
    """A linear congruential generator with a fixed seed: the same numbers on every run."""
    x = seed
    while True:
        x = (1103515245 * x + 12345) % (2 ** 31)
        yield x / 2 ** 31


ROMAWI_ANGKA = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def romawi(n):
    """n in Roman numerals, as the stone's page numbers are cut."""
    out = ""
    for v, h in ROMAWI_ANGKA:
        while n >= v:
            out, n = out + h, n - v
    return out


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the prasasti - the dark ground, the granite slab with its round-arched top, its grains,
    the bevelled border and the page number cut at the foot; the bamboo slips - one slat a line of text in two
    straw tones with node bands, the shadow between slats, the two cords and the bundle number."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(LATAR)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        for inset, fill, stroke in ((3 * mm, BATU, None), (9 * mm, None, TERANG), (9.6 * mm, None, GELAP)):
            rr = (W - 2 * inset) / 2
            p = c.beginPath()
            p.moveTo(inset, inset)
            p.lineTo(W - inset, inset)
            p.lineTo(W - inset, H - inset - rr * 0.45)
            p.curveTo(W - inset, H - inset, inset, H - inset, inset, H - inset - rr * 0.45)
            p.close()
            if fill:
                c.setFillColor(fill)
                c.drawPath(p, stroke=0, fill=1)
            else:
                c.setStrokeColor(stroke)
                c.setLineWidth(0.8)
                c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(BUTIR)
        for k in range(150):  # the grains of the granite
            x, y = 6 * mm + next(r) * (W - 12 * mm), 6 * mm + next(r) * (H - 60 * mm)
            e = 0.3 + next(r) * 0.9
            c.rect(x, y, e, e * 0.8, stroke=0, fill=1)
        c.setStrokeColor(EMAS)
        c.setLineWidth(0.5)
        c.line(W / 2 - 12 * mm, 20 * mm, W / 2 + 12 * mm, 20 * mm)
        c.setFillColor(EMAS)
        c.setFont("tB", 8)
        c.drawCentredString(W / 2, 15 * mm, romawi(n))
        return
    c.setFillColor(CELAH)  # the shadow between the slats
    c.rect(0, 0, W, H, stroke=0, fill=1)
    y, k = H - L.atas + L.lead * 0.72, 0
    while y > 4 * mm:
        c.setFillColor(BAMBU_1 if k % 2 == 0 else BAMBU_2)
        c.rect(4 * mm, y - L.lead + 0.5, W - 8 * mm, L.lead - 1, stroke=0, fill=1)
        c.setFillColor(RUAS)
        for x in (W * 0.27 + (k % 3) * 9 * mm, W * 0.71 - (k % 2) * 11 * mm):  # the node bands
            c.rect(x, y - L.lead + 0.5, 2.2 * mm, L.lead - 1, stroke=0, fill=1)
        y -= L.lead
        k += 1
    c.setStrokeColor(TALI)
    c.setLineWidth(1.6)
    for x in (16 * mm, W - 16 * mm):  # the cords
        c.line(x, 0, x, H)
        c.line(x + 1.6 * mm, 0, x + 1.6 * mm, H)
    c.setFillColor(TEKS_LAYAR)
    c.setFont("kB", 6.5)
    c.drawString(20 * mm, 5 * mm, str(n))


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: gilded on the stone, burnt brown on the bamboo."""
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
            if L is SISI:  # the prasasti: thin incised grey rules, the header on a sunken band
                c.setStrokeColor(GARIS_BATU)
                c.setLineWidth(0.35)
                c.setFillColor(PITA)
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            elif L is None:  # (no rules on the bamboo slips)
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
    c = canvas.Canvas(pdf, pagesize=(L.W, L.H), invariant=1)
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
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
