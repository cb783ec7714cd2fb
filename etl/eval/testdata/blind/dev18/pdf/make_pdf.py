#!/usr/bin/python3
"""PDF twins of four dev18/ texts, in a look no earlier batch used: the report exported from a
presentation program as widescreen (16:9) slides - every slide with a navy title bar carrying the
heading of the section it is in (white, bold sans) and an orange accent line under it, the body in
DejaVu Sans on white, a footer line (the satker and the report at the left, the slide number at the
right, small grey type); the cover is a full navy title slide. A slide holds about twenty lines; a
long section runs on to the next slide under the same title with `(lanjutan)`; every TAB table of the
text twin becomes a slide table (header on an orange band, rows zebra-striped in pale blue-grey,
figures right-aligned, the type shrunk to fit the width, a long text cell folded within its column),
its header repeated on each slide it runs on to. Written from the text twin line by line (a form
feed starts a new slide), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev18/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", F + "DejaVuSans-Bold.ttf"))
# base -> footer text
BASES = {"lkj-ngada-2024": "KPU Kabupaten Ngada | Laporan Kinerja 2024",
         "lkj-manggarai-timur-2020": "KPU Kabupaten Manggarai Timur | Laporan Kinerja 2020",
         "lkj-flores-timur-2024": "KPU Kabupaten Flores Timur | Laporan Kinerja 2024",
         "lakip-nagekeo-2023": "KPU Kabupaten Nagekeo | LAKIP 2023"}
W, H = 842, 473.6  # 16:9
NAVY = colors.HexColor("#1F3864")
ORANYE = colors.HexColor("#ED7D31")
ZEBRA = colors.HexColor("#E9EEF5")
KIRI, KANAN = 40, 40
LEBAR = W - KIRI - KANAN
ATAS = H - 78  # first baseline under the title bar
BAWAH = 40
PT, LEAD = 9.5, 13
ANGKA = re.compile(r"^[\d.,%\s/()*+\u2212-]+$|^Rp\**[\d.]+$")
JUDUL = re.compile(r"^(BAB [IV]+|[A-E]\. |KATA PENGANTAR|DAFTAR)")


def bungkus(ln, font="Sans", pt=PT, lebar=LEBAR):
    """A prose line wrapped to the slide's width."""
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


def tabel(rows):
    """A TAB table laid out for a slide: (type size, column widths, rows of folded cells)."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    for pt in (9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5):
        w = [max(pdfmetrics.stringWidth(r[j], "SansB" if i == 0 else "Sans", pt) for i, r in enumerate(rows)) + 8
             for j in range(n)]
        teks = [j for j in range(n) if not all(ANGKA.match(r[j] or "0") for r in rows[1:])]
        while sum(w) > LEBAR and teks:
            j = max(teks, key=lambda j: w[j])
            if w[j] <= 90:
                break
            w[j] -= 4
        if sum(w) <= LEBAR or pt == 5:
            break
    lipat = []
    for i, r in enumerate(rows):
        sel = []
        for j, c in enumerate(r):
            font = "SansB" if i == 0 else "Sans"
            if pdfmetrics.stringWidth(c, font, pt) <= w[j] - 6:
                sel.append([c])
            else:
                k = max(4, int((w[j] - 6) / (pt * 0.55)))
                sel.append(textwrap.wrap(c, k, break_on_hyphens=False) or [""])
        lipat.append(sel)
    return pt, w, lipat


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", slide break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out.append(("T", [x.split("\t") for x in run]))
        else:
            for ln in run:
                out.append(("F", "") if ln == "\f" else ("P", ln))
    return out


class Slide:
    def __init__(self, c, kaki):
        self.c, self.kaki, self.n, self.judul, self.y, self.isi = c, kaki, 1, "", ATAS, False

    def baru(self, lanjut=False):
        """Close the slide in hand (if it holds anything) and open the next under the title."""
        if self.isi:
            self.c.showPage()
            self.n += 1
        c = self.c
        c.setFillColor(NAVY)
        c.rect(0, H - 52, W, 52, stroke=0, fill=1)
        c.setFillColor(ORANYE)
        c.rect(0, H - 56, W, 4, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("SansB", 16)
        c.drawString(KIRI, H - 34, (self.judul or "Laporan Kinerja") + (" (lanjutan)" if lanjut else ""))
        c.setFillColor(colors.grey)
        c.setFont("Sans", 7)
        c.drawString(KIRI, 16, self.kaki)
        c.drawRightString(W - KANAN, 16, str(self.n))
        c.setFillColor(colors.black)
        self.y, self.isi = ATAS, True

    def muat(self, tinggi):
        if self.y - tinggi < BAWAH:
            self.baru(True)

    def prosa(self, ln):
        if not ln:
            if self.y < ATAS:
                self.y -= LEAD * 0.5
            return
        for x in bungkus(ln):
            self.muat(LEAD)
            self.c.setFont("SansB" if JUDUL.match(x) else "Sans", PT)
            self.c.drawString(KIRI, self.y, x)
            self.y -= LEAD

    def tabel(self, rows):
        pt, w, lipat = tabel(rows)
        lead = pt * 1.45
        kepala = lipat[0]

        def baris(sel, i):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            c = self.c
            if i == 0:
                c.setFillColor(ORANYE)
                c.rect(KIRI, self.y - h + lead - 1, sum(w), h, stroke=0, fill=1)
            elif i % 2 == 0:
                c.setFillColor(ZEBRA)
                c.rect(KIRI, self.y - h + lead - 1, sum(w), h, stroke=0, fill=1)
            c.setFillColor(colors.white if i == 0 else colors.black)
            c.setFont("SansB" if i == 0 else "Sans", pt)
            x = KIRI
            for j, isi in enumerate(sel):
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if i > 0 and t and ANGKA.match(t):
                        c.drawRightString(x + w[j] - 4, yy, t)
                    else:
                        c.drawString(x + 4, yy, t)
                x += w[j]
            c.setFillColor(colors.black)
            self.y -= h
            return h
        n0 = self.n
        baris(kepala, 0)
        for i, sel in enumerate(lipat[1:], 1):
            h = max(len(x) for x in sel) * lead + 4
            if self.y - h < BAWAH:
                self.baru(True)
                baris(kepala, 0)
            baris(sel, i)
        self.y -= LEAD * 0.6
        return self.n - n0


def cetak(base, kaki):
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=(W, H), invariant=1)
    c.setTitle(kaki.replace(" | ", " - ") + " (salindia)")
    items = potong(base)
    # the cover: a navy title slide, its lines centred
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ORANYE)
    c.rect(0, H * 0.30, W, 4, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("SansB", 22)
    i = 0
    y = H - 130
    while i < len(items) and items[i][0] != "F":
        if items[i][0] == "P" and items[i][1]:
            c.drawCentredString(W / 2, y, items[i][1])
            y -= 30
        i += 1
    c.showPage()
    s = Slide(c, kaki)
    s.n = 2
    s.isi = False
    s.baru()
    tunda = False  # a form feed seen: the next slide opens when its first content comes
    for jenis, isi in items[i + 1:]:
        if jenis == "F":
            tunda = tunda or s.y < ATAS
            continue
        if jenis == "P" and not isi and tunda:
            continue
        if jenis == "P" and JUDUL.match(isi):
            s.judul = isi.strip()
        if tunda:
            s.baru()
            tunda = False
        if jenis == "P":
            s.prosa(isi)
        else:
            s.tabel(isi)
    c.showPage()
    c.save()
    return pdf, s.n


def main():
    for base in BASES:
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base, BASES[base])
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "slides")


if __name__ == "__main__":
    main()
