#!/usr/bin/python3
"""PDF twins of four dev19/ texts, in a look no earlier batch used: an official document (naskah
dinas) printed on F4 folio paper (215 x 330 mm), set in a serif face - the first page carries the
office's letterhead (kop: KOMISI PEMILIHAN UMUM, the satker, its address, a thick and a thin rule
under it) above the cover lines; every page has its number centred at the top (`- 2 -`) and, at
the foot on the right, the small `Paraf Koordinasi` box (Jabatan / Paraf, three officers, the paraf
cells empty) that internal drafts carry; every TAB table of the text twin a fully ruled grid with a
double outer border and a bold header, figures right-aligned, a long cell folded within its column,
the header repeated on a page the table runs on to. Written from the text twin line by line (a form
feed starts a new page), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev19/pdf/make_pdf.py
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
pdfmetrics.registerFont(TTFont("Serif", F + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", F + "DejaVuSerif-Bold.ttf"))
# base -> (satker line of the kop, address line)
BASES = {"lkjip-ngada-2020": ("KABUPATEN NGADA", "Jalan Soekarno-Hatta, Bajawa, Nusa Tenggara Timur"),
         "lkj-lembata-2021": ("KABUPATEN LEMBATA", "Jalan Trans Lembata, Lewoleba, Nusa Tenggara Timur"),
         "lkj-nagekeo-2024": ("KABUPATEN NAGEKEO", "Jalan Gajah Mada, Mbay, Nusa Tenggara Timur"),
         "lkjip-sikka-2023": ("KABUPATEN SIKKA", "Jalan Jenderal Sudirman, Maumere, Nusa Tenggara Timur")}
W, H = 215 * mm, 330 * mm
KIRI, KANAN = 30 * mm, 20 * mm
LEBAR = W - KIRI - KANAN
ATAS = H - 22 * mm
BAWAH = 40 * mm  # above the paraf box
PT, LEAD = 10, 14
ANGKA = re.compile(r"^[\d.,%\s/()*+×:=\u2212√Ø^-]+$")
JUDUL = re.compile(r"^(BAB [IV]+|[A-E]\. |KATA PENGANTAR|DAFTAR)")
PARAF = ("Kasubag Perencanaan, Data dan Informasi", "Kasubag Keuangan, Umum dan Logistik", "Sekretaris")


def bungkus(ln, font="Serif", pt=PT, lebar=LEBAR):
    """A prose line wrapped to the text width."""
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
    """A TAB table laid out for the page: (type size, column widths, rows of folded cells)."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    for pt in (9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5):
        w = [max(pdfmetrics.stringWidth(r[j], "SerifB" if i == 0 else "Serif", pt) for i, r in enumerate(rows)) + 8
             for j in range(n)]
        while sum(w) > LEBAR:
            j = max(range(n), key=lambda j: w[j])
            if w[j] <= 70:
                break
            w[j] -= 4
        if sum(w) <= LEBAR or pt == 5:
            break
    lipat = []
    for i, r in enumerate(rows):
        sel = []
        for j, c in enumerate(r):
            font = "SerifB" if i == 0 else "Serif"
            if pdfmetrics.stringWidth(c, font, pt) <= w[j] - 6:
                sel.append([c])
            else:
                k = max(4, int((w[j] - 6) / (pt * 0.56)))
                sel.append(textwrap.wrap(c, k, break_long_words=False, break_on_hyphens=False) or [""])
        lipat.append(sel)
    return pt, w, lipat


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out.append(("T", [x.split("\t") for x in run]))
        else:
            for ln in run:
                out.append(("F", "") if ln == "\f" else ("P", ln))
    return out


class Halaman:
    def __init__(self, c, kop):
        self.c, self.kop, self.n, self.y, self.isi = c, kop, 0, ATAS, False

    def baru(self):
        """Close the page in hand (if any) and open the next: its number on top, the paraf box."""
        if self.n:
            self.c.showPage()
        self.n += 1
        c = self.c
        c.setFont("Serif", 10)
        c.drawCentredString(W / 2, H - 12 * mm, f"- {self.n} -")
        self.y = ATAS
        if self.n == 1:
            self.kop_surat()
        self.paraf()
        self.isi = False

    def kop_surat(self):
        c = self.c
        c.setFont("SerifB", 15)
        c.drawCentredString(W / 2, H - 28 * mm, "KOMISI PEMILIHAN UMUM")
        c.drawCentredString(W / 2, H - 35 * mm, self.kop[0])
        c.setFont("Serif", 9)
        c.drawCentredString(W / 2, H - 41 * mm, self.kop[1])
        c.setLineWidth(2.2)
        c.line(KIRI - 8 * mm, H - 44 * mm, W - KANAN, H - 44 * mm)
        c.setLineWidth(0.6)
        c.line(KIRI - 8 * mm, H - 45.3 * mm, W - KANAN, H - 45.3 * mm)
        self.y = H - 70 * mm

    def paraf(self):
        c = self.c
        lj, lp, tb = 62 * mm, 18 * mm, 5.2 * mm
        x0, y0 = W - KANAN - lj - lp, 12 * mm
        c.setLineWidth(0.5)
        c.setFont("SerifB", 6.5)
        c.drawString(x0, y0 + 4 * tb + 2, "Paraf Koordinasi")
        isi = [("Jabatan", "Paraf")] + [(p, "") for p in PARAF]
        for i, (a, b) in enumerate(isi):
            y = y0 + (3 - i) * tb
            c.rect(x0, y, lj, tb, stroke=1, fill=0)
            c.rect(x0 + lj, y, lp, tb, stroke=1, fill=0)
            c.setFont("SerifB" if i == 0 else "Serif", 6.5)
            c.drawString(x0 + 2, y + 1.6 * mm, a)
            c.drawString(x0 + lj + 2, y + 1.6 * mm, b)

    def muat(self, tinggi):
        if self.y - tinggi < BAWAH:
            self.baru()

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= LEAD * 0.5
            return
        for x in bungkus(ln):
            self.muat(LEAD)
            self.c.setFont("SerifB" if JUDUL.match(x) else "Serif", PT)
            if self.n == 1 and self.y > H - 200 * mm:
                self.c.setFont("SerifB", 14)
                self.c.drawCentredString(W / 2, self.y, x)
                self.y -= LEAD * 1.6
            else:
                self.c.drawString(KIRI, self.y, x)
                self.y -= LEAD
            self.isi = True

    def tabel(self, rows):
        pt, w, lipat = tabel(rows)
        lead = pt * 1.4
        c = self.c

        def baris(sel, i):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            c.setFont("SerifB" if i == 0 else "Serif", pt)
            c.setLineWidth(0.5)
            x = KIRI
            for j, isi in enumerate(sel):
                c.rect(x, self.y - h + lead - 1, w[j], h, stroke=1, fill=0)
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if i > 0 and t and ANGKA.match(t):
                        c.drawRightString(x + w[j] - 4, yy, t)
                    else:
                        c.drawString(x + 4, yy, t)
                x += w[j]
            self.y -= h
            return h

        def bingkai(atas):
            c.setLineWidth(1.6)
            bawah = self.y + lead - 3
            c.rect(KIRI - 2, bawah, sum(w) + 4, atas + 2 - bawah, stroke=1, fill=0)
        self.muat(max(len(x) for x in lipat[0]) * lead + 30)
        atas = self.y + lead - 1
        baris(lipat[0], 0)
        for i, sel in enumerate(lipat[1:], 1):
            h = max(len(x) for x in sel) * lead + 4
            if self.y - h < BAWAH:
                bingkai(atas)
                self.baru()
                atas = self.y + lead - 1
                baris(lipat[0], 0)
            baris(sel, i)
        bingkai(atas)
        self.y -= LEAD * 0.8
        self.isi = True


def cetak(base, kop):
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=(W, H), invariant=1)
    c.setTitle(base)
    h = Halaman(c, kop)
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
    c.showPage()
    c.save()
    return pdf, h.n


def main():
    for base in BASES:
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base, BASES[base])
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
