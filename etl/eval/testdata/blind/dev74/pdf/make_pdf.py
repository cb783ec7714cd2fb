#!/usr/bin/python3
"""PDF twins of four dev74/ texts, in two looks no earlier batch used.

- Alor 2020 and Malaka 2024 (ordinary documents): **a Writer export with a linked table of contents** - an A4
  report as LibreOffice Writer exports it with "export links" on: the cover page, then a `DAFTAR ISI` page
  generated from the headings (Kata Pengantar, every BAB, every section `A.` .. `E.` and every table caption),
  each entry with a dot leader to its page number and a live link to the page it names; prose in DejaVu Serif
  10.5 pt, headings in DejaVu Sans Bold; tables with a thin full grid; the text's own feet dropped, the page
  number centred at the foot.
- Kupang 2020 and Sumba Tengah 2023 (new house styles): **tables pasted from a spreadsheet with rotated column
  headings** - an A4 report in DejaVu Sans 10 pt whose every table is the spreadsheet's range pasted as it
  was formatted there: the header row tall, each heading turned a quarter turn to read upward (wrapped on two
  lines when long), a thin grid, figures right-aligned; a small running head `KPU ... - Laporan Kinerja ...`
  over a hairline at the top of every page and `Hal. n` at the foot centre.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev74/pdf/make_pdf.py
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
for nama, berkas in (("sR", "DejaVuSans"), ("sB", "DejaVuSans-Bold"), ("kR", "DejaVuSerif"), ("kB", "DejaVuSerif-Bold")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
ATAS, BAWAH = 25 * mm, 22 * mm
BASES = ("lkj-alor-2020", "lkj-malaka-2024", "lkj-kupang-2020", "lkj-sumba-tengah-2023")
LOOK = {"lkj-alor-2020": "isi", "lkj-malaka-2024": "isi", "lkj-kupang-2020": "putar",
        "lkj-sumba-tengah-2023": "putar"}
KEPALA_PUTAR = {"lkj-kupang-2020": "KPU Kabupaten Kupang - Laporan Kinerja 2020",
                "lkj-sumba-tengah-2023": "KPU Kabupaten Sumba Tengah - Laporan Kinerja 2023"}
KAKI = (r"(Hal\. \d+ - LKj KPU Alor 2020|LKjIP Malaka 2024 / \d+|LKj KPU Kab\. Kupang 2020 \(hlm\. \d+\)"
        r"|Sumba Tengah \| LKj 2023 \| hlm \d+)")
KEPALA = r"(#tidak ada#)"
BIRU = colors.HexColor("#1a4fa0")


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
    """One PDF. toc: the table of contents' entries [(level, text, page)] known from a first pass, or None."""

    def __init__(self, base, berkas, toc=None, toc_hal=0):
        self.base, self.look = base, LOOK[base]
        isi = self.look == "isi"
        self.R, self.B = ("kR", "sB") if isi else ("sR", "sB")
        self.pt = 10.5 if isi else 10
        self.lead = self.pt * 1.4
        self.x0, self.lebar = (25 * mm, W - 45 * mm) if isi else (22 * mm, W - 42 * mm)
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.toc, self.toc_hal, self.entri = toc, toc_hal, []
        self.sampul = True

    def baru(self):
        if self.n:
            self.c.showPage()
        self.n += 1
        self.y, self.isi = H - ATAS, False
        c = self.c
        if self.n == 1:
            return
        c.setFillColor(colors.HexColor("#444444"))
        if self.look == "isi":
            c.setFont("kR", 9)
            c.drawCentredString(W / 2, 12 * mm, str(self.n))
        else:
            c.setFont("sR", 7.5)
            c.drawString(22 * mm, H - 14 * mm, KEPALA_PUTAR[self.base])
            c.setLineWidth(0.3)
            c.line(22 * mm, H - 15.5 * mm, W - 20 * mm, H - 15.5 * mm)
            c.setFont("sR", 8.5)
            c.drawCentredString(W / 2, 12 * mm, f"Hal. {self.n}")
        c.setFillColor(colors.black)

    def muat(self, h):
        if self.y - h < BAWAH:
            self.baru()

    def daftar_isi(self):
        """The generated DAFTAR ISI pages: every entry with a dot leader, its page number and a link."""
        c = self.c
        for k in range(self.toc_hal):
            self.baru()
            if k == 0:
                c.setFont("sB", 13)
                c.drawCentredString(W / 2, self.y, "DAFTAR ISI")
                self.y -= 12 * mm
            for lvl, teks, hal in self.toc[k * 40:(k + 1) * 40]:
                x = self.x0 + lvl * 7 * mm
                font, pt = ("sB", 10) if lvl == 0 else ("kR", 9.5)
                teks = teks if pdfmetrics.stringWidth(teks, font, pt) < self.lebar - 30 * mm else teks[:70] + " ..."
                c.setFont(font, pt)
                c.setFillColor(BIRU)
                c.drawString(x, self.y, teks)
                xe = x + pdfmetrics.stringWidth(teks, font, pt) + 2
                xk = self.x0 + self.lebar - 10 * mm
                c.setFont("kR", pt)
                titik = "." * max(0, int((xk - xe - 2) / pdfmetrics.stringWidth(".", "kR", pt)))
                c.drawString(xe, self.y, titik)
                c.drawRightString(self.x0 + self.lebar, self.y, str(hal))
                c.setFillColor(colors.black)
                c.linkAbsolute("", f"h{hal}", (x, self.y - 2, self.x0 + self.lebar, self.y + pt), thickness=0)
                self.y -= pt * 1.75

    def catat(self, lvl, teks):
        self.entri.append((lvl, teks, self.n))
        self.c.bookmarkPage(f"h{self.n}")

    def prosa(self, ln):
        c = self.c
        if not ln:
            self.y -= self.lead * 0.5
            return
        if self.sampul:
            if BAB.match(ln):
                self.sampul = False
                if self.look == "isi" and self.toc is not None:
                    self.daftar_isi()
                self.baru()
            else:
                # the cover: centred, large
                c.setFont("sB", 16)
                c.drawCentredString(W / 2, self.y - 60 * mm, ln)
                self.y -= 12 * mm
                return
        if BAB.match(ln) or SUB.match(ln):
            besar = bool(BAB.match(ln))
            self.muat(self.lead * 4)
            self.y -= self.lead * 0.4
            self.catat(0 if besar else 1, ln)
            c.setFont("sB", 12 if besar else 10.5)
            for s in pecah(ln, "sB", 12, self.lebar):
                c.drawString(self.x0, self.y, s)
                self.y -= self.lead * 1.1
            self.isi = True
            return
        if TABEL.match(ln):
            self.catat(2, ln)
        if (ln.isupper() and self.entri and self.entri[-1][0] == 0 and re.fullmatch(r"BAB [IV]+", self.entri[-1][1])
                and self.entri[-1][2] == self.n):
            self.entri[-1] = (0, self.entri[-1][1] + " " + ln, self.n)  # the chapter's title joins its label
        font = self.B if (ln.isupper() and len(ln) < 60) else self.R
        if TABEL.match(ln) or ln.startswith("Sumber"):
            font = "sB" if TABEL.match(ln) else "sR"
        pt = self.pt if not ln.startswith("Sumber") else self.pt - 1.5
        for s in pecah(ln, font, pt, self.lebar):
            self.muat(self.lead)
            c.setFont(font, pt)
            c.drawString(self.x0, self.y, s)
            self.y -= self.lead
        self.isi = True

    def tabel(self, rows):
        c = self.c
        k = max(len(r) for r in rows)
        rows = [r + [""] * (k - len(r)) for r in rows]
        pt = 8.5 if self.look == "isi" else 8
        font = "sR"
        putar = self.look == "putar"
        lebar_isi = [max([pdfmetrics.stringWidth(r[j], font, pt) for r in rows[1:]] + [0]) + 8 for j in range(k)]
        if putar:
            w = [max(x, 2 * pt * 1.25 + 6) for x in lebar_isi]
        else:
            w = [max(lebar_isi[j], pdfmetrics.stringWidth(rows[0][j], "sB", pt) + 8) for j in range(k)]
        teks = max(range(k), key=lambda j: w[j])
        lain = sum(w) - w[teks]
        w[teks] = max(30 * mm, self.lebar - lain)
        lead = pt * 1.3
        # header: rotated headings wrapped to two lines of at most 26 mm, or plain headings wrapped to the column
        if putar:
            kepala = [pecah(h, "sB", pt, 26 * mm) if h else [""] for h in rows[0]]
            kepala = [x if len(x) <= 2 else [x[0], " ".join(x[1:])] for x in kepala]
            t_kepala = max(pdfmetrics.stringWidth(s, "sB", pt) for x in kepala for s in x) + 8
        else:
            kepala = [pecah(rows[0][j], "sB", pt, w[j] - 6) for j in range(k)]
            t_kepala = max(len(x) for x in kepala) * lead + 4
        sel = [[pecah(r[j], font, pt, w[j] - 6) for j in range(k)] for r in rows[1:]]

        def garis(top, tinggi):
            c.setLineWidth(0.3)
            c.rect(self.x0, top - tinggi, sum(w), tinggi, stroke=1, fill=0)
            x = self.x0
            for j in range(k - 1):
                x += w[j]
                c.line(x, top, x, top - tinggi)

        def judul():
            self.muat(t_kepala + lead * 2)
            top = self.y + pt
            c.setFillColor(colors.HexColor("#e8e8e8"))
            c.rect(self.x0, top - t_kepala, sum(w), t_kepala, stroke=0, fill=1)
            c.setFillColor(colors.black)
            garis(top, t_kepala)
            x = self.x0
            for j in range(k):
                c.setFont("sB", pt)
                if putar:
                    n = len(kepala[j])
                    for i, s in enumerate(kepala[j]):
                        c.saveState()
                        xx = x + w[j] / 2 - (n * pt * 1.2) / 2 + (i + 0.8) * pt * 1.2
                        c.translate(xx, top - t_kepala + 4)
                        c.rotate(90)
                        c.drawString(0, 0, s)
                        c.restoreState()
                else:
                    yy = self.y
                    for s in kepala[j]:
                        c.drawString(x + 3, yy, s)
                        yy -= lead
                x += w[j]
            self.y -= t_kepala

        judul()
        for i, baris in enumerate(sel, 1):
            tinggi = max(len(x) for x in baris) * lead + 3
            if self.y - tinggi < BAWAH:
                self.baru()
                judul()
            top = self.y + pt
            garis(top, tinggi)
            x = self.x0
            for j in range(k):
                kanan = bool(rows[i][j]) and bool(ANGKA.match(rows[i][j])) and j != 0
                yy = self.y
                for s in baris[j]:
                    c.setFont("sB" if not rows[i][0] and rows[i][j] else font, pt)
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
        for jenis, isi in potong(self.base):
            if jenis == "F":
                tunda = tunda or (self.isi and not self.sampul)
                continue
            if jenis == "P" and not isi and tunda:
                continue
            if tunda:
                self.baru()
            tunda = False
            if jenis == "P":
                self.prosa(isi)
            else:
                self.tabel(isi)
        self.c.showPage()
        self.c.save()
        return self.n


def main():
    for base in BASES:
        pdf = os.path.join(HERE, base + ".pdf")
        if LOOK[base] == "isi":
            # first pass: where every heading lands once the contents pages are in place
            toc_hal = 1
            for _ in range(3):
                lari = Cetak(base, pdf, toc=[], toc_hal=toc_hal)
                lari.jalan()
                perlu = max(1, -(-len(lari.entri) // 40))
                if perlu == toc_hal:
                    break
                toc_hal = perlu
            n = Cetak(base, pdf, toc=lari.entri, toc_hal=toc_hal).jalan()
        else:
            n = Cetak(base, pdf).jalan()
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
