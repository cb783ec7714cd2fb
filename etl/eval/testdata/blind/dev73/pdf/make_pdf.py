#!/usr/bin/python3
"""PDF twins of four dev73/ texts, in two looks no earlier batch used.

- Belu 2019 and Sikka 2021 (ordinary documents): **chapter-opener pages** - an A4 report whose every chapter
  (Kata Pengantar, BAB I .. BAB IV) opens on a fresh page of its own: a wide teal band across the top third,
  the chapter's label (`BAB III`) large in white on the band and its title under it, the chapter's text
  starting below the band; prose in DejaVu Serif 10.5 pt, ragged right; tables with a full thin grid and a
  pale header; the text's own feet and running heads dropped; `Halaman n` at the foot right.
- Sumba Barat 2021 and Rote Ndao 2024 (new house styles): **margin notes** - A4 with a wide outer margin
  column (48 mm) in which every table caption, note line and `Sumber` line is set as a grey margin note in
  DejaVu Sans 7.5 pt beside the table or paragraph it belongs to, the body a narrow 112 mm column of DejaVu
  Sans 9.5 pt, tables with a rule above and below and none between rows; section headings hang in the margin
  too; the page number at the foot of the margin column.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev73/pdf/make_pdf.py
"""
import itertools, json, os, re

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
BAB = re.compile(r"^(BAB [IV]+|KATA PENGANTAR)")
SUB = re.compile(r"^([A-E]\. |DAFTAR)")
CATATAN = re.compile(r"^(Tabel|TABEL|\(|Sumber|Hasil Evaluasi AKIP)")
for nama, berkas in (("sR", "DejaVuSans"), ("sB", "DejaVuSans-Bold"), ("kR", "DejaVuSerif"), ("kB", "DejaVuSerif-Bold")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
ATAS, BAWAH = 22 * mm, 22 * mm
BASES = ("lkj-belu-2019", "lkj-sikka-2021", "lkj-sumba-barat-2021", "lkj-rote-ndao-2024")
LOOK = {"lkj-belu-2019": "bab", "lkj-sikka-2021": "bab", "lkj-sumba-barat-2021": "margin",
        "lkj-rote-ndao-2024": "margin"}
KAKI = (r"(Laporan Kinerja KPU Kabupaten Belu Tahun 2019 \| \d+|\d+|LKj KPU Sumba Barat 2021 / hal \d+"
        r"|Rote Ndao \* LKj 2024 \* \d+)")
KEPALA = r"(Laporan Kinerja KPU Kabupaten Sikka 2021)"
TEAL = colors.HexColor("#1f5f6b")


def potong(base):
    """The text twin as items: ("P", line), ("T", rows), ("F", "")."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    text = re.sub(r"\n" + KAKI + r"\n\f\n(" + KEPALA + r"\n)?", "\n\f\n", text)
    text = re.sub(r"\n" + KAKI + r"\n*$", "\n", text)
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out.append(("T", [x.split("\t") for x in run]))
        else:
            for ln in run:
                if ln == "\f":
                    out.append(("F", ""))
                elif (ln and out and out[-1][0] == "P" and len(out[-1][1]) >= 60 and not out[-1][1].endswith((".", ":"))
                      and not BAB.match(ln) and not SUB.match(ln) and not CATATAN.match(ln)):
                    out[-1] = ("P", out[-1][1] + " " + ln)  # a paragraph the text wrapped: one line again
                else:
                    out.append(("P", ln))
    return out


def pecah(teks, font, pt, lebar):
    """Lines of teks within lebar, words wrapped; a word wider than the line stands alone."""
    out, cur = [], ""
    for kata in teks.split(" "):
        coba = (cur + " " + kata).strip()
        if pdfmetrics.stringWidth(coba, font, pt) <= lebar or not cur:
            cur = coba
            continue
        out.append(cur)
        cur = kata
    return out + [cur]


class Cetak:
    def __init__(self, base, berkas):
        self.base, self.look = base, LOOK[base]
        bab = self.look == "bab"
        self.R, self.B = ("kR", "kB") if bab else ("sR", "sB")
        self.pt = 10.5 if bab else 9.5
        self.lead = self.pt * 1.4
        if bab:
            self.x0, self.lebar = 25 * mm, W - 45 * mm
        else:
            self.x0, self.lebar = 72 * mm, 118 * mm  # body; the margin column 20 .. 68 mm
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.catatan = []  # margin notes waiting for the next table or paragraph

    def baru(self):
        if self.n:
            self.c.showPage()
        self.n += 1
        self.y, self.isi = H - ATAS, False
        c = self.c
        c.setFillColor(colors.HexColor("#555555"))
        if self.look == "bab":
            c.setFont("kR", 9)
            c.drawRightString(W - 20 * mm, 12 * mm, f"Halaman {self.n}")
        else:
            c.setFont("sR", 8)
            c.drawString(20 * mm, 12 * mm, str(self.n))
            c.setStrokeColor(colors.HexColor("#bbbbbb"))
            c.setLineWidth(0.4)
            c.line(69.5 * mm, BAWAH, 69.5 * mm, H - ATAS + 4 * mm)
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)

    def muat(self, h):
        if self.y - h < BAWAH:
            self.baru()

    def pembuka(self, ln):
        """A chapter opener: a fresh page, the teal band, the label large and the title under it."""
        if self.isi or self.n == 0:
            self.baru()
        c = self.c
        c.setFillColor(TEAL)
        c.rect(0, H - 95 * mm, W, 95 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        m = re.match(r"^(BAB [IV]+)\s*(.*)$", ln)
        label, judul = (m.group(1), m.group(2)) if m else (ln, "")
        c.setFont("kB", 30)
        c.drawString(25 * mm, H - 60 * mm, label)
        if judul:
            c.setFont("kR", 15)
            c.drawString(25 * mm, H - 75 * mm, judul)
        c.setFillColor(colors.black)
        self.y = H - 110 * mm
        self.isi = True
        self.tertunda_judul = bool(m) and not judul

    def catat(self):
        """Set the waiting margin notes beside the current line, top aligned."""
        if not self.catatan:
            return
        c, y = self.c, self.y
        c.setFillColor(colors.HexColor("#555555"))
        for ln in self.catatan:
            for s in pecah(ln, "sR", 7.5, 44 * mm):
                c.setFont("sR", 7.5)
                c.drawString(22 * mm, y, s)
                y -= 9.5
        c.setFillColor(colors.black)
        self.y_catat = y
        self.catatan = []

    def prosa(self, ln):
        c = self.c
        if not ln:
            self.y -= self.lead * 0.5
            return
        if self.look == "bab" and BAB.match(ln):
            self.pembuka(ln)
            return
        if self.look == "bab" and getattr(self, "tertunda_judul", False) and ln.isupper():
            c.setFillColor(colors.white)
            c.setFont("kR", 15)
            c.drawString(25 * mm, H - 75 * mm, ln)
            c.setFillColor(colors.black)
            self.tertunda_judul = False
            return
        self.tertunda_judul = False
        if self.look == "margin" and CATATAN.match(ln):
            self.catatan.append(ln)
            return
        if self.look == "margin" and (BAB.match(ln) or SUB.match(ln)):
            self.muat(self.lead * 3)
            self.y -= self.lead * 0.5
            c.setFont("sB", 10.5 if BAB.match(ln) else 9)
            for s in pecah(ln, "sB", 10.5, 48 * mm + self.lebar):
                c.drawString(20 * mm, self.y, s)
                self.y -= self.lead
            self.isi = True
            return
        font = self.B if (SUB.match(ln) or ln.isupper()) else self.R
        for s in pecah(ln, font, self.pt, self.lebar):
            self.muat(self.lead)
            if self.look == "margin":
                self.catat()
            c.setFont(font, self.pt)
            c.drawString(self.x0, self.y, s)
            self.y -= self.lead
        self.isi = True

    def tabel(self, rows):
        c = self.c
        k = max(len(r) for r in rows)
        rows = [r + [""] * (k - len(r)) for r in rows]
        pt = 8 if self.look == "bab" else 7.5
        font = "sR"
        # column widths: the text column takes what the figure columns leave
        w = [max(pdfmetrics.stringWidth(r[j], "sB" if i == 0 else font, pt) for i, r in enumerate(rows)) + 9 for j in range(k)]
        teks = max(range(k), key=lambda j: w[j])
        lain = sum(w) - w[teks]
        w[teks] = max(30 * mm, self.lebar - lain)
        if sum(w) > self.lebar:
            w[teks] = max(25 * mm, self.lebar - lain)
        lead = pt * 1.3
        sel = [[pecah(r[j], "sB" if i == 0 else font, pt, w[j] - 5) for j in range(k)] for i, r in enumerate(rows)]
        self.muat(lead * 3)
        if self.look == "margin":
            self.catat()
            c.setLineWidth(0.8)
            c.line(self.x0, self.y + pt, self.x0 + sum(w), self.y + pt)

        def satu(i, baris):
            tinggi = max(len(x) for x in baris) * lead + 3
            top = self.y + pt
            if self.look == "bab":
                if i == 0:
                    c.setFillColor(colors.HexColor("#dbe9ec"))
                    c.rect(self.x0, top - tinggi, sum(w), tinggi, stroke=0, fill=1)
                    c.setFillColor(colors.black)
                c.setLineWidth(0.3)
                c.rect(self.x0, top - tinggi, sum(w), tinggi, stroke=1, fill=0)
                x = self.x0
                for j in range(k - 1):
                    x += w[j]
                    c.line(x, top, x, top - tinggi)
            x = self.x0
            for j in range(k):
                kanan = i > 0 and bool(rows[i][j]) and bool(ANGKA.match(rows[i][j])) and j != 0
                yy = self.y
                for s in baris[j]:
                    c.setFont("sB" if i == 0 else font, pt)
                    if kanan:
                        c.drawRightString(x + w[j] - 3, yy, s)
                    else:
                        c.drawString(x + 3, yy, s)
                    yy -= lead
                x += w[j]
            self.y -= tinggi
            if self.look == "margin" and i == 0:
                c.setLineWidth(0.4)
                c.line(self.x0, self.y + pt, self.x0 + sum(w), self.y + pt)

        satu(0, sel[0])
        for i, baris in enumerate(sel[1:], 1):
            if self.y - max(len(x) for x in baris) * lead < BAWAH:
                if self.look == "margin":
                    c.setLineWidth(0.8)
                    c.line(self.x0, self.y + pt, self.x0 + sum(w), self.y + pt)
                self.baru()
                satu(0, sel[0])
            satu(i, baris)
        if self.look == "margin":
            c.setLineWidth(0.8)
            c.line(self.x0, self.y + pt, self.x0 + sum(w), self.y + pt)
        self.y -= self.lead * 0.6
        self.isi = True

    def jalan(self):
        self.baru()
        tunda = False
        for jenis, isi in potong(self.base):
            if jenis == "F":
                tunda = tunda or self.isi
                continue
            if jenis == "P" and not isi and tunda:
                continue
            if tunda and not (self.look == "bab" and jenis == "P" and BAB.match(isi)):
                self.baru()
            tunda = False
            if jenis == "P":
                self.prosa(isi)
            else:
                self.tabel(isi)
        if self.catatan:  # notes after the last table or paragraph
            self.muat(self.lead * 2)
            self.catat()
        self.c.showPage()
        self.c.save()
        return self.n


def main():
    for base in BASES:
        pdf = os.path.join(HERE, base + ".pdf")
        n = Cetak(base, pdf).jalan()
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
