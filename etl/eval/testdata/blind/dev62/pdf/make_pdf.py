#!/usr/bin/python3
"""PDF twins of four dev62/ texts, in two looks no earlier batch used.

- Sabu Raijua 2019 and Rote Ndao 2022 (ordinary documents): **a columnar-pad edition** - every PDF page a
  sheet of the finance room's accounting columnar pad (216 x 279 mm: pale green paper, green horizontal rules
  every 5 mm, the pad's own line numbers 1, 2, 3 ... printed small in grey at the left of every rule, the
  double red margin rule after them, four narrow money columns ruled down the right side under a printed
  head strip `Disiapkan oleh / Disetujui oleh / Tanggal` and column numbers, the text written across them);
  the body in DejaVu Serif 7.2 pt in graphite, headings bold, prose re-flowed; tables without rules of their
  own, the header bold; the text's own feet (`LKj Sabu Raijua 2019 | Halaman n`, `Laporan Kinerja KPU
  Kabupaten Rote Ndao 2022  -  n`) dropped.
- Sumba Barat 2020 and Belu 2021 (new house styles): **a wall-calendar edition** - every PDF page a month
  sheet of the office's wall calendar (250 x 350 mm: the wire binding and hanger at the top, a picture band
  of sky, sea and hills with the month and year and `KALENDER KPU` in white, then the month's grid of seven
  day columns `MIN SEN SEL RAB KAM JUM SAB` with each day's number printed small in the corner of its cell,
  Sundays in red), one month a page from January; the report page printed over the grid in DejaVu Sans
  6.8 pt in near-black, headings bold, fixed lines in DejaVu Sans Mono 5.6 pt shrunk when wider than the
  frame, never re-flowed; tables with a thin rule under the header.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev62/pdf/make_pdf.py
"""
import datetime, itertools, json, math, os, re, textwrap

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


# the columnar-pad edition in DejaVu Serif; the wall-calendar edition in DejaVu Sans
SISI = Gaya("t", (216 * mm, 279 * mm), 26 * mm, 12 * mm, 34 * mm, 14 * mm, 7.2, "DejaVuSerif",
            "DejaVuSerif-Bold", "DejaVuSerif-Italic", 5 * mm / 7.2)
FILM = Gaya("k", (250 * mm, 350 * mm), 16 * mm, 14 * mm, 122 * mm, 16 * mm, 6.8, "DejaVuSans",
            "DejaVuSans-Bold", "DejaVuSans-Oblique", 1.45)
pdfmetrics.registerFont(TTFont("mono", F + "DejaVuSansMono.ttf"))
MONO_PT = 5.6
GARIS_PAD = 5 * mm  # the pad's rule pitch
BULAN = ("JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS", "SEPTEMBER", "OKTOBER",
         "NOVEMBER", "DESEMBER")
RULE_LAYAR = colors.HexColor("#333333")  # the calendar tables' rule under the header
TINTA_INKJET = colors.HexColor("#3C3C3C")  # graphite on the columnar pad
MARUN = colors.HexColor("#2B2B2B")  # headings on the pad
TEKS_LAYAR = colors.HexColor("#161616")  # near-black on the calendar
HITAM = TEKS_LAYAR
BASES = ("lkj-sabu-raijua-2019", "lkj-rote-ndao-2022", "lkj-sumba-barat-2020", "lkj-belu-2021")
LOOK = {"lkj-sabu-raijua-2019": SISI, "lkj-rote-ndao-2022": SISI, "lkj-sumba-barat-2020": FILM, "lkj-belu-2021": FILM}
TAHUN = {"lkj-sumba-barat-2020": 2021, "lkj-belu-2021": 2022}  # the calendar of the year the report is written
L = SISI
TINTA = [colors.black]
NAMA_KAB = {"lkj-sumba-barat-2020": "KABUPATEN SUMBA BARAT", "lkj-belu-2021": "KABUPATEN BELU"}
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
    kaki = r"(LKj Sabu Raijua 2019 \| Halaman \d+|Laporan Kinerja KPU Kabupaten Rote Ndao 2022  -  \d+)"
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


def perabot(c, base, n, bab=0, pembatas=None):
    """The page's furniture: the columnar pad - the green paper, its rules and printed line numbers, the red
    margin, the money columns and the head strip; the wall calendar - the binding and hanger, the picture band
    with the month, the day grid with its day numbers."""
    W, H = L.W, L.H
    if L is SISI:
        c.setFillColor(colors.HexColor("#EEF5E4"))  # the pale green pad paper
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#7FA77A"))  # the head strip
        c.setLineWidth(0.6)
        c.rect(8 * mm, H - 24 * mm, W - 16 * mm, 14 * mm, stroke=1, fill=0)
        c.setFillColor(colors.HexColor("#6F8F6B"))
        c.setFont("tR", 5.5)
        c.drawString(10 * mm, H - 14 * mm, "Disiapkan oleh ____________________")
        c.drawString(75 * mm, H - 14 * mm, "Disetujui oleh ____________________")
        c.drawString(140 * mm, H - 14 * mm, "Tanggal ______________")
        c.drawString(10 * mm, H - 21 * mm, "COLUMNAR PAD  \u00b7  4 KOLOM")
        kol = [W - 8 * mm - i * 15 * mm for i in range(5)]  # the money columns' rules, right to left
        for i in range(4):
            c.drawCentredString((kol[i] + kol[i + 1]) / 2, H - 21 * mm, str(4 - i))
        c.setStrokeColor(colors.HexColor("#A9CBA3"))  # the horizontal rules and the pad's line numbers
        c.setLineWidth(0.3)
        y, i = H - 30 * mm, 1
        while y > 10 * mm:
            c.line(8 * mm, y, W - 8 * mm, y)
            c.setFont("tR", 4.2)
            c.drawRightString(15 * mm, y + 1.2 * mm, str(i))
            y -= GARIS_PAD
            i += 1
        c.setStrokeColor(colors.HexColor("#D9534F"))  # the double red margin
        c.setLineWidth(0.4)
        c.line(17 * mm, 8 * mm, 17 * mm, H - 26 * mm)
        c.line(18 * mm, 8 * mm, 18 * mm, H - 26 * mm)
        c.setStrokeColor(colors.HexColor("#5E9A58"))  # the money columns' rules
        for x in kol:
            c.setLineWidth(0.9 if x == kol[0] or x == kol[-1] else 0.4)
            c.line(x, 8 * mm, x, H - 26 * mm)
        return
    th = TAHUN[base]
    bulan = (n - 1) % 12
    c.setFillColor(colors.white)  # the calendar sheet
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#8AB6D6"))  # the picture band: sky, sea, hills
    c.rect(10 * mm, H - 100 * mm, W - 20 * mm, 86 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#2F6F9F"))
    c.rect(10 * mm, H - 100 * mm, W - 20 * mm, 30 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#5C8A4A"))
    p = c.beginPath()
    p.moveTo(10 * mm, H - 70 * mm)
    for k in range(9):
        p.lineTo(10 * mm + (k + 0.5) * (W - 20 * mm) / 9, H - (52 if k % 2 else 60) * mm)
    p.lineTo(W - 10 * mm, H - 70 * mm)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("kB", 26)
    c.drawString(18 * mm, H - 92 * mm, f"{BULAN[bulan]} {th}")
    c.setFont("kR", 9)
    c.drawRightString(W - 18 * mm, H - 92 * mm, f"KALENDER KPU {NAMA_KAB[base]}")
    c.setStrokeColor(colors.HexColor("#555555"))  # the wire binding and the hanger
    c.setLineWidth(0.9)
    x = 14 * mm
    while x < W - 12 * mm:
        c.ellipse(x - 1.2 * mm, H - 12 * mm, x + 1.2 * mm, H - 4 * mm, stroke=1, fill=0)
        x += 5 * mm
    c.line(W / 2 - 12 * mm, H - 4 * mm, W / 2, H - 1 * mm)
    c.line(W / 2 + 12 * mm, H - 4 * mm, W / 2, H - 1 * mm)
    # the month's grid under the picture band, the report printed over it
    atas, bawah = H - 106 * mm, 12 * mm
    lebar = (W - 20 * mm) / 7
    c.setFont("kB", 7)
    for j, hari in enumerate(("MIN", "SEN", "SEL", "RAB", "KAM", "JUM", "SAB")):
        c.setFillColor(colors.HexColor("#C0392B") if j == 0 else colors.HexColor("#777777"))
        c.drawCentredString(10 * mm + (j + 0.5) * lebar, atas + 1.5 * mm, hari)
    mulai = (datetime.date(th, bulan + 1, 1).weekday() + 1) % 7  # Sunday first
    hari_n = (datetime.date(th + (bulan == 11), bulan % 12 + 2 if bulan < 11 else 1, 1) - datetime.date(th, bulan + 1, 1)).days
    baris_n = (mulai + hari_n + 6) // 7
    tinggi = (atas - bawah) / baris_n
    c.setStrokeColor(colors.HexColor("#E3E3E3"))
    c.setLineWidth(0.4)
    for i in range(baris_n + 1):
        c.line(10 * mm, atas - i * tinggi, W - 10 * mm, atas - i * tinggi)
    for j in range(8):
        c.line(10 * mm + j * lebar, atas, 10 * mm + j * lebar, bawah)
    c.setFont("kR", 5)
    for h in range(1, hari_n + 1):
        k = mulai + h - 1
        c.setFillColor(colors.HexColor("#E8A29A") if k % 7 == 0 else colors.HexColor("#BDBDBD"))
        c.drawRightString(10 * mm + (k % 7 + 1) * lebar - 1.5 * mm, atas - (k // 7) * tinggi - 4 * mm, str(h))


def coret(c, base, n):
    """Nothing is laid over either look as the page closes."""
    return


def tinta(base, n, i):
    """The ink of line i of page n: graphite on the columnar pad, near-black on the calendar."""
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
            if L is FILM and i == 0:  # the calendar: a thin rule under the header; the pad: its own rules only
                c.setStrokeColor(RULE_LAYAR)
                c.setLineWidth(0.4)
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
        HALAMAN[base] = n
        pdf, n = cetak(base)  # again, so every frame counter shows the number of frames
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
