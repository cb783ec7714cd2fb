#!/usr/bin/python3
"""PDF twins of four dev58/ texts, in two looks no earlier batch used.

- Alor 2020 and Sikka 2022 (ordinary documents): **a music-manuscript edition** - every PDF page a sheet of
  music manuscript paper (kertas paranada; 210 x 297 mm, a cream ground, twelve grey five-line staves across the
  page with a bar line at each end, a crotchet tempo mark at the head), the body set over the staves in DejaVu
  Serif 8.6 pt in a dark brown ink, headings bold, prose re-flowed; tables in thin rules with the header row on a
  pale band, figures right-aligned; the page number as the tempo mark (`\u2669 = n`) at the upper left (the
  text's own feet `LKj KPU Alor 2020 \u2014 halaman n` and `Sikka | LKj 2022 | n` dropped).
- Malaka 2024 and Sumba Barat Daya 2023 (new house styles): **an X-ray film edition** - every PDF page a
  radiograph clipped to a light box (297 x 210 mm: the box's pale blue-white glow round a black film with
  rounded corners, two film clips at the top, the lead marker `R` at the upper left and the film's label block
  `KPU MALAKA / LKj 2024 / FILM n` at the lower right); the body in DejaVu Sans 7 pt in a pale grey, headings
  bold, fixed lines (the GnuCash report, the notification history) in DejaVu Sans Mono 6 pt, shrunk when wider
  than the frame, never re-flowed; tables without rules.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the film's
mottle comes from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev58/pdf/make_pdf.py
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


# the music-manuscript edition in DejaVu Serif; the X-ray film edition in DejaVu Sans
SISI = Gaya("t", (210 * mm, 297 * mm), 24 * mm, 22 * mm, 26 * mm, 24 * mm, 8.6, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.4)
FILM = Gaya("k", (297 * mm, 210 * mm), 30 * mm, 30 * mm, 30 * mm, 28 * mm, 7.0, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.45)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 6.0
KOLOM_SISI = 0  # no side column in either look
BATU = colors.HexColor("#D9D9D4")
BUTIR = colors.HexColor("#F4F2EC")
LATAR = colors.HexColor("#9C9C96")
TERANG = colors.HexColor("#B08D3C")
GELAP = colors.HexColor("#7D6124")
EMAS = colors.HexColor("#2B1A10")
EMAS_TERANG = colors.HexColor("#4A2E12")
PITA = colors.HexColor("#EFE6D2")
GARIS_BATU = colors.HexColor("#5A4A36")
BAMBU_1 = colors.HexColor("#241C36")
BAMBU_2 = colors.HexColor("#201932")
RUAS = colors.HexColor("#1F3A68")
CELAH = colors.HexColor("#22406F")
TALI = colors.HexColor("#E8892B")
MERAH = colors.HexColor("#EEF1F6")
RULE_LAYAR = colors.HexColor("#EEF1F6")
TINTA_INKJET = EMAS
MARUN = colors.HexColor("#3B2414")  # headings and table heads of the manuscript (dark brown)
TEKS_LAYAR = colors.HexColor("#D7DEE4")
HITAM = TEKS_LAYAR
BASES = ("lkj-alor-2020", "lkj-sikka-2022", "lkj-malaka-2024", "lkj-sumba-barat-daya-2023")
LOOK = {"lkj-alor-2020": SISI, "lkj-sikka-2022": SISI, "lkj-malaka-2024": FILM, "lkj-sumba-barat-daya-2023": FILM}
BENIH = {"lkj-alor-2020": 5305, "lkj-sikka-2022": 5307, "lkj-malaka-2024": 5321, "lkj-sumba-barat-daya-2023": 5318}
LABEL = {"lkj-malaka-2024": ("KPU MALAKA", "LKj 2024"), "lkj-sumba-barat-daya-2023": ("KPU SBD", "LKj 2023")}
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
        and "   " not in ln and not re.search(r"\d{6,} \d{6,}", ln) \
        and not re.match(r"^(Rekap PPK \u00b7 |Beban$|Total Beban)", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    kaki = r"(LKj KPU Alor 2020 \u2014 halaman \d+|Sikka \| LKj 2022 \| \d+)"
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
    """n in Roman numerals, (kept from the earlier script, unused here)."""
    out = ""
    for v, h in ROMAWI_ANGKA:
        while n >= v:
            out, n = out + h, n - v
    return out


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the manuscript - the cream ground, twelve five-line staves with their bar lines and
    the tempo mark with the page number; the X-ray - the light box's glow, the black film with rounded corners and
    its mottle, the clips, the lead marker R and the label block with the page number."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(colors.HexColor("#FBF6E9"))  # the cream ground
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#B9B2A4"))  # the staves
        c.setLineWidth(0.35)
        gap = (H - 40 * mm) / 12
        for k in range(12):
            y0 = H - 24 * mm - k * gap
            for g in range(5):
                c.line(12 * mm, y0 - g * 1.9 * mm, W - 12 * mm, y0 - g * 1.9 * mm)
            c.setLineWidth(0.6)
            c.line(12 * mm, y0, 12 * mm, y0 - 4 * 1.9 * mm)
            c.line(W - 12 * mm, y0, W - 12 * mm, y0 - 4 * 1.9 * mm)
            c.setLineWidth(0.35)
        c.setFillColor(colors.HexColor("#3B2414"))  # the tempo mark
        c.setFont("tB", 8)
        c.drawString(14 * mm, H - 14 * mm, f"\u2669 = {n}")
        return
    c.setFillColor(colors.HexColor("#DCE8F2"))  # the light box
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#0A0C0F"))  # the film
    c.roundRect(12 * mm, 10 * mm, W - 24 * mm, H - 22 * mm, 6 * mm, stroke=0, fill=1)
    c.saveState()  # its mottle, kept inside the film
    p = c.beginPath()
    p.roundRect(12 * mm, 10 * mm, W - 24 * mm, H - 22 * mm, 6 * mm)
    c.clipPath(p, stroke=0, fill=0)
    for i in range(18):
        x, y, rr = 20 * mm + (W - 40 * mm) * next(r), 18 * mm + (H - 40 * mm) * next(r), (8 + 22 * next(r)) * mm
        c.setFillColor(colors.Color(0.10, 0.12, 0.15, alpha=0.35))
        c.circle(x, y, rr, stroke=0, fill=1)
    c.restoreState()
    c.setFillColor(colors.HexColor("#8C96A0"))  # the clips
    for x in (W / 3, 2 * W / 3):
        c.rect(x - 9 * mm, H - 16 * mm, 18 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#F2F4F6"))  # the lead marker
    c.setFont("kB", 16)
    c.drawString(18 * mm, H - 24 * mm, "R")
    a, b = LABEL[base]  # the label block
    c.setFillColor(colors.HexColor("#20262C"))
    c.rect(W - 62 * mm, 13 * mm, 46 * mm, 13 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#D7DEE4"))
    c.setFont("kB", 6.5)
    c.drawString(W - 60 * mm, 21.5 * mm, f"{a} / {b}")
    c.setFont("kR", 6.5)
    c.drawString(W - 60 * mm, 16 * mm, f"FILM {n}")


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: dark brown on the manuscript, a pale grey on the film."""
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
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
