#!/usr/bin/python3
"""PDF twins of four dev75/ texts, in two looks no earlier batch used.

- Flores Timur 2020 and Belu 2024 (ordinary documents): **a report laid out for two-sided printing with
  blank versos** - an A4 report whose Kata Pengantar and every BAB open on a right-hand (odd) page: where the
  part before ends on an odd page, the even page after it is left blank but for the line `Halaman ini sengaja
  dikosongkan` in its middle, as offices print LKj for binding; the cover's back is such a page too. Prose in
  DejaVu Serif 10.5 pt, headings in DejaVu Sans Bold; tables with a thin full grid and a grey header; the
  text's own feet dropped, the page number `- n -` centred at the foot (blank versos counted, left unnumbered).
- Rote Ndao 2020 and Manggarai Timur 2024 (new house styles): **table sources as numbered footnotes** - an
  A4 report in DejaVu Sans 10 pt whose `Sumber:` lines are taken from under the tables and set as footnotes:
  a superscript number after the table's caption, the source itself at the foot of the caption's page under
  a short rule, in 7.5 pt with the same number; tables with horizontal rules only; the page number at the
  foot's right.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev75/pdf/make_pdf.py
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
CATATAN = re.compile(r"^(Tabel|TABEL|\(|Sumber|a\. |b\. )")
TABEL = re.compile(r"^(Tabel|TABEL) \d")
for nama, berkas in (("sR", "DejaVuSans"), ("sB", "DejaVuSans-Bold"), ("kR", "DejaVuSerif"), ("kB", "DejaVuSerif-Bold"),
                     ("kI", "DejaVuSerif-Italic")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
ATAS = 25 * mm
BASES = ("lkj-flores-timur-2020", "lkj-belu-2024", "lkj-rote-ndao-2020", "lkj-manggarai-timur-2024")
LOOK = {"lkj-flores-timur-2020": "verso", "lkj-belu-2024": "verso", "lkj-rote-ndao-2020": "kaki",
        "lkj-manggarai-timur-2024": "kaki"}
KAKI = (r"(\[\d+\] LKj KPU Flores Timur 2020|LKj KPU Belu 2024 -- hlm\. \d+|LKj Rote Ndao 2020 - \d+"
        r"|LKj Manggarai Timur 2024 - hal \d+)")
KEPALA = r"(#tidak ada#)"
KOSONG = "Halaman ini sengaja dikosongkan"


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


def sumber_tabel(items):
    """For the footnote look: {index of a caption item: index of the `Sumber:` item under its table}."""
    out = {}
    for i, (j, x) in enumerate(items):
        if j == "P" and TABEL.match(x):
            for k in range(i + 1, min(i + 8, len(items))):
                jj, xx = items[k]
                if jj == "P" and xx.startswith("Sumber"):
                    out[i] = k
                    break
                if jj == "P" and (TABEL.match(xx) or BAB.match(xx) or SUB.match(xx)):
                    break
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
    """One PDF in the look LOOK[base]."""

    def __init__(self, base, berkas):
        self.base, self.look = base, LOOK[base]
        verso = self.look == "verso"
        self.R, self.B = ("kR", "sB") if verso else ("sR", "sB")
        self.pt = 10.5 if verso else 10
        self.lead = self.pt * 1.4
        self.bawah = 22 * mm if verso else 36 * mm  # the footnote look keeps room for the notes
        self.x0, self.lebar = (25 * mm, W - 45 * mm) if verso else (22 * mm, W - 42 * mm)
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.sampul = True
        self.catatan, self.nomor = [], 0

    def tutup(self):
        """The footnotes of the page ending now, at its foot under a short rule."""
        c = self.c
        if not self.catatan:
            return
        y = 14 * mm + len(self.catatan) * 7.5 * 1.35 + 4
        c.setLineWidth(0.4)
        c.line(self.x0, y, self.x0 + 45 * mm, y)
        y -= 7.5 * 1.35
        for no, teks in self.catatan:
            c.setFont("sR", 5.5)
            c.drawString(self.x0, y + 3, str(no))
            c.setFont("sR", 7.5)
            c.drawString(self.x0 + 5, y, teks)
            y -= 7.5 * 1.35
        self.catatan = []

    def baru(self, nomor=True):
        if self.n:
            self.tutup()
            self.c.showPage()
        self.n += 1
        self.y, self.isi = H - ATAS, False
        c = self.c
        if self.n == 1 or not nomor:
            return
        c.setFillColor(colors.HexColor("#444444"))
        if self.look == "verso":
            c.setFont("kR", 9)
            c.drawCentredString(W / 2, 12 * mm, f"- {self.n} -")
        else:
            c.setFont("sR", 8.5)
            c.drawRightString(W - 20 * mm, 10 * mm, str(self.n))
        c.setFillColor(colors.black)

    def ganjil(self):
        """A new part on a right-hand page: a blank, unnumbered verso first when the next page would be even."""
        if self.look == "verso" and (self.n + 1) % 2 == 0:
            self.baru(nomor=False)
            c = self.c
            c.setFont("kI", 10)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawCentredString(W / 2, H / 2, KOSONG)
            c.setFillColor(colors.black)
        self.baru()

    def muat(self, h):
        if self.y - h < self.bawah:
            self.baru()

    def prosa(self, ln, catatan=None):
        c = self.c
        if not ln:
            self.y -= self.lead * 0.5
            return
        if self.sampul:
            if BAB.match(ln):
                self.sampul = False
                self.ganjil()
            else:
                # the cover: centred, large
                c.setFont("sB", 16)
                c.drawCentredString(W / 2, self.y - 60 * mm, ln)
                self.y -= 12 * mm
                return
        elif BAB.match(ln) and self.look == "verso" and self.isi:
            self.ganjil()
        if BAB.match(ln) or SUB.match(ln):
            besar = bool(BAB.match(ln))
            self.muat(self.lead * 4)
            self.y -= self.lead * 0.4
            c.setFont("sB", 12 if besar else 10.5)
            for s in pecah(ln, "sB", 12, self.lebar):
                c.drawString(self.x0, self.y, s)
                self.y -= self.lead * 1.1
            self.isi = True
            return
        font = self.B if (ln.isupper() and len(ln) < 60) else self.R
        if TABEL.match(ln) or ln.startswith("Sumber"):
            font = "sB" if TABEL.match(ln) else "sR"
        pt = self.pt if not ln.startswith("Sumber") else self.pt - 1.5
        baris = pecah(ln, font, pt, self.lebar - 8)
        for i, s in enumerate(baris):
            self.muat(self.lead * (3 if catatan else 1))
            c.setFont(font, pt)
            c.drawString(self.x0, self.y, s)
            if catatan and i == len(baris) - 1:
                self.nomor += 1
                c.setFont("sR", pt * 0.6)
                c.drawString(self.x0 + pdfmetrics.stringWidth(s, font, pt) + 1, self.y + pt * 0.45, str(self.nomor))
                self.catatan.append((self.nomor, catatan))
            self.y -= self.lead
        self.isi = True

    def tabel(self, rows):
        c = self.c
        k = max(len(r) for r in rows)
        rows = [r + [""] * (k - len(r)) for r in rows]
        pt = 8.5 if self.look == "verso" else 8
        font = "sR"
        grid = self.look == "verso"
        lebar_isi = [max([pdfmetrics.stringWidth(r[j], font, pt) for r in rows[1:]] + [0]) + 8 for j in range(k)]
        w = [max(lebar_isi[j], pdfmetrics.stringWidth(rows[0][j], "sB", pt) + 8) for j in range(k)]
        teks = max(range(k), key=lambda j: w[j])
        lain = sum(w) - w[teks]
        w[teks] = max(30 * mm, self.lebar - lain)
        if sum(w) > self.lebar:  # too wide: the other columns wrap their headings
            w = [max(lebar_isi[j], 14 * mm) if j != teks else w[j] for j in range(k)]
            w[teks] = max(30 * mm, self.lebar - (sum(w) - w[teks]))
        lead = pt * 1.3
        kepala = [pecah(rows[0][j], "sB", pt, w[j] - 6) for j in range(k)]
        t_kepala = max(len(x) for x in kepala) * lead + 4
        sel = [[pecah(r[j], font, pt, w[j] - 6) for j in range(k)] for r in rows[1:]]

        def garis(top, tinggi):
            c.setLineWidth(0.3)
            if grid:
                c.rect(self.x0, top - tinggi, sum(w), tinggi, stroke=1, fill=0)
                x = self.x0
                for j in range(k - 1):
                    x += w[j]
                    c.line(x, top, x, top - tinggi)
            else:
                c.line(self.x0, top - tinggi, self.x0 + sum(w), top - tinggi)

        def judul():
            self.muat(t_kepala + lead * 2)
            top = self.y + pt
            if grid:
                c.setFillColor(colors.HexColor("#e8e8e8"))
                c.rect(self.x0, top - t_kepala, sum(w), t_kepala, stroke=0, fill=1)
                c.setFillColor(colors.black)
            else:
                c.setLineWidth(0.9)
                c.line(self.x0, top, self.x0 + sum(w), top)
            garis(top, t_kepala)
            x = self.x0
            for j in range(k):
                c.setFont("sB", pt)
                yy = self.y
                for s in kepala[j]:
                    c.drawString(x + 3, yy, s)
                    yy -= lead
                x += w[j]
            self.y -= t_kepala

        judul()
        for i, baris in enumerate(sel, 1):
            tinggi = max(len(x) for x in baris) * lead + 3
            if self.y - tinggi < self.bawah:
                self.baru()
                judul()
            top = self.y + pt
            garis(top, tinggi)
            x = self.x0
            for j in range(k):
                kanan = bool(rows[i][j]) and bool(ANGKA.match(rows[i][j])) and j != 0
                yy = self.y
                for s in baris[j]:
                    c.setFont("sB" if not rows[i][0] and rows[i][j] and grid else font, pt)
                    if kanan:
                        c.drawRightString(x + w[j] - 3, yy, s)
                    else:
                        c.drawString(x + 3, yy, s)
                    yy -= lead
                x += w[j]
            self.y -= tinggi
        self.y -= self.lead * 0.6
        self.isi = True

    def jalan(self):
        self.baru()
        tunda = False
        items = potong(self.base)
        kaki = sumber_tabel(items) if self.look == "kaki" else {}
        lewat = {v: k for k, v in kaki.items()}
        for i, (jenis, isi) in enumerate(items):
            if jenis == "F":
                tunda = tunda or (self.isi and not self.sampul)
                continue
            if jenis == "P" and not isi and tunda:
                continue
            if i in lewat:
                continue  # the source line stands as the caption's footnote
            if tunda and not (jenis == "P" and BAB.match(isi) and self.look == "verso"):
                self.baru()
            tunda = False
            if jenis == "P":
                self.prosa(isi, items[kaki[i]][1] if i in kaki else None)
            else:
                self.tabel(isi)
        self.tutup()
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
