#!/usr/bin/python3
"""PDF twins of four dev56/ texts, in two looks no earlier batch used.

- Kupang 2022 and Sumba Timur 2024 (ordinary documents): **a rattan edition** - every PDF page a woven rattan
  mat (210 x 297 mm: a honey-coloured ground, flat cane strands 7 mm wide woven over and under in both
  directions, the crossings a shade darker), a plain cream panel behind the body so the ink reads, the page number
  on a small round cane button at the foot; the body in DejaVu Serif 8.4 pt in a near-black ink, headings bold in a
  dark brown, prose re-flowed; tables in thin rules with the header row on a pale cane band, figures right-aligned
  (the text's own feet `Halaman n dari LKj 2022` and `~ n ~` dropped, Sumba Timur's running head kept as a line).
- Nagekeo 2021 and Sabu Raijua 2023 (new house styles): **a billiard-felt edition** - every PDF page the pale
  green baize of a billiard table (297 x 210 mm: a brown wooden rail round the edge, six dark pockets at the
  corners and the middle of the long sides, the baulk line and spot in faint chalk), the body in DejaVu Sans 7 pt
  in a deep green-black ink, headings bold, fixed lines (the EDLIN session, the cue sheet) in DejaVu Sans Mono
  6 pt, shrunk when wider than the frame, never re-flowed; tables without rules; the page number on a white
  cue ball at the upper right.
Written from the text twin line by line, so the facts are the text's. Nothing here is random (the rattan's
shading comes from a linear congruential generator with a fixed seed per page).
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev56/pdf/make_pdf.py
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


# the rattan edition in DejaVu Serif; the billiard-felt edition in DejaVu Sans
SISI = Gaya("t", (210 * mm, 297 * mm), 26 * mm, 26 * mm, 24 * mm, 30 * mm, 8.4, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 1.4)
FILM = Gaya("k", (297 * mm, 210 * mm), 26 * mm, 26 * mm, 22 * mm, 22 * mm, 7.0, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.45)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 6.0
KOLOM_SISI = 0  # no side column in either look
BATU = colors.HexColor("#D9D9D4")
BUTIR = colors.HexColor("#F4F2EC")
LATAR = colors.HexColor("#9C9C96")
TERANG = colors.HexColor("#B08D3C")
GELAP = colors.HexColor("#7D6124")
EMAS = colors.HexColor("#1E1A16")
EMAS_TERANG = colors.HexColor("#4A2E12")
PITA = colors.HexColor("#EBD9AE")
GARIS_BATU = colors.HexColor("#5A4A36")
BAMBU_1 = colors.HexColor("#241C36")
BAMBU_2 = colors.HexColor("#201932")
RUAS = colors.HexColor("#1F3A68")
CELAH = colors.HexColor("#22406F")
TALI = colors.HexColor("#E8892B")
MERAH = colors.HexColor("#EEF1F6")
RULE_LAYAR = colors.HexColor("#EEF1F6")
TINTA_INKJET = EMAS
MARUN = EMAS_TERANG  # headings and table heads of the rattan (dark brown)
TEKS_LAYAR = colors.HexColor("#0F2A1A")
HITAM = TEKS_LAYAR
BASES = ("lkj-kupang-2022", "lkj-sumba-timur-2024", "lkj-nagekeo-2021", "lkj-sabu-raijua-2023")
LOOK = {"lkj-kupang-2022": SISI, "lkj-sumba-timur-2024": SISI, "lkj-nagekeo-2021": FILM, "lkj-sabu-raijua-2023": FILM}
BENIH = {"lkj-kupang-2022": 5301, "lkj-sumba-timur-2024": 5311, "lkj-nagekeo-2021": 5316, "lkj-sabu-raijua-2023": 5320}
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
        and not re.match(r"^(REM |PERFORMER |TITLE |FILE |C:\\|End of input|Abort edit)", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    # the text's own page feet: the page prints its own number
    kaki = r"(Halaman \d+ dari LKj 2022|~ \d+ ~)"
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
    """The page's furniture: the rattan - the honey ground, the woven cane strands, the cream panel and the cane
    button with the page number; the billiard felt - the green baize, the wooden rail, the six pockets, the chalk
    baulk line and the cue ball with the page number."""
    W, H = L.W, L.H
    r = acak(BENIH[base] * 100 + n)
    if L is SISI:
        c.setFillColor(colors.HexColor("#D9B77A"))  # the honey ground
        c.rect(0, 0, W, H, stroke=0, fill=1)
        s = 7 * mm
        for i in range(int(W / s) + 1):  # the strands, over and under
            for j in range(int(H / s) + 1):
                t = 0.03 * int(next(r) * 3)
                if (i + j) % 2:
                    c.setFillColor(colors.Color(0.80 - t, 0.66 - t, 0.42 - t))
                    c.rect(i * s + 0.4 * mm, j * s, s - 0.8 * mm, s, stroke=0, fill=1)
                else:
                    c.setFillColor(colors.Color(0.86 - t, 0.72 - t, 0.47 - t))
                    c.rect(i * s, j * s + 0.4 * mm, s, s - 0.8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#FBF6E8"))  # the panel behind the body
        c.rect(L.kiri - 6 * mm, L.bawah - 8 * mm, L.lebar + 12 * mm, H - L.atas - L.bawah + 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#B88A4A"))  # the cane button
        c.circle(W / 2, 12 * mm, 5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#1E1A16"))
        c.setFont("tB", 8)
        c.drawCentredString(W / 2, 10.8 * mm, str(n))
        return
    c.setFillColor(colors.HexColor("#5B3A1E"))  # the wooden rail
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#CFE5D2"))  # the pale baize
    c.rect(12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#1A1A1A"))  # the six pockets
    for x, y in ((12 * mm, 12 * mm), (W / 2, 10 * mm), (W - 12 * mm, 12 * mm), (12 * mm, H - 12 * mm),
                 (W / 2, H - 10 * mm), (W - 12 * mm, H - 12 * mm)):
        c.circle(x, y, 5 * mm, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor("#E9F3EA"))  # the chalk baulk line and spot
    c.setLineWidth(0.6)
    c.line(W * 0.2, 12 * mm, W * 0.2, H - 12 * mm)
    c.setFillColor(colors.HexColor("#E9F3EA"))
    c.circle(W * 0.75, H / 2, 1 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)  # the cue ball
    c.circle(W - 24 * mm, H - 17 * mm, 4.2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#0F2A1A"))
    c.setFont("kB", 6.5)
    c.drawCentredString(W - 24 * mm, H - 19 * mm, str(n))


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: near-black on the rattan, green-black on the felt."""
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
            if L is SISI:  # the rattan: thin rules, the header on a pale cane band
                c.setStrokeColor(GARIS_BATU)
                c.setLineWidth(0.35)
                c.setFillColor(PITA)
                for j in range(len(sel)):
                    c.rect(xx, atas - h, w[j], h, stroke=1, fill=int(i == 0))
                    xx += w[j]
            elif L is None:  # (no rules on the felt)
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
