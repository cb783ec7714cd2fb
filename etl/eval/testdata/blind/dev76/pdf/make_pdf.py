#!/usr/bin/python3
"""PDF twins of four dev76/ texts, in two looks no earlier batch used.

- Timor Tengah Selatan 2020 and Kota Kupang 2024 (ordinary documents): **the tables gathered in a Lampiran at
  the end** - an A4 report in DejaVu Sans 10 pt whose tables do not stand in the body: where a table stood, a
  reference line in italics says where it is (`Tabel 3.1 - ... disajikan pada Lampiran 1.`), and after BAB IV
  and the signature a `LAMPIRAN` part opens on a new page, each table there under its own heading
  `Lampiran n`, with its caption, any note, its rows in a thin full grid with a grey header, and its source
  line, as offices attach the tables to the report; the text's own feet and heads dropped, the page number
  centred at the foot.
- Ngada 2019 and Nagekeo 2020 (new house styles): **numbered paragraphs in the legal decimal style** - an A4
  report in DejaVu Serif 10.5 pt whose BAB headings are numbered `1.` .. `4.`, each lettered section
  `A. Latar Belakang` printed as `3.1 Latar Belakang`, and every prose paragraph of a BAB numbered `3.1.2` in a
  hanging-indent column at the left margin (the cover, the Kata Pengantar, the signature, captions, sources,
  lists and tables unnumbered); tables with horizontal rules only; the page number at the foot's right.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev76/pdf/make_pdf.py
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
BABNO = {"BAB I": 1, "BAB II": 2, "BAB III": 3, "BAB IV": 4}
SUB = re.compile(r"^([A-E])\. (.*)$")
CATATAN = re.compile(r"^(Tabel|TABEL|\(|Sumber|[a-h]\. )")
TABEL = re.compile(r"^(Tabel|TABEL) \d")
for nama, berkas in (("sR", "DejaVuSans"), ("sB", "DejaVuSans-Bold"), ("sI", "DejaVuSans-Oblique"),
                     ("kR", "DejaVuSerif"), ("kB", "DejaVuSerif-Bold")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
ATAS = 25 * mm
BASES = ("lkj-timor-tengah-selatan-2020", "lkj-kota-kupang-2024", "lkj-ngada-2019", "lkj-nagekeo-2020")
LOOK = {"lkj-timor-tengah-selatan-2020": "lampiran", "lkj-kota-kupang-2024": "lampiran", "lkj-ngada-2019": "nomor",
        "lkj-nagekeo-2020": "nomor"}
KAKI = (r"(Laporan Kinerja 2020 \| KPU TTS \| \d+|Halaman \d+|LKj KPU Ngada 2019 \| hlm \d+"
        r"|KPU Nagekeo - LKj 2020 - \d+)")
KEPALA = r"(LKj KPU Kota Kupang Tahun 2024)"


def potong(base):
    """The text twin as items: ("P", line), ("T", rows), ("F", "")."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    text = re.sub(r"\n" + KAKI + r"\n\f\n(\n?" + KEPALA + r"\n)?", "\n\f\n", text)
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


def lampiran(items):
    """For the appendix look: the items with every table block (caption, notes, rows, source) taken out, a
    reference line in its place, and the blocks in order."""
    body, blok, i = [], [], 0
    while i < len(items):
        j, x = items[i]
        if j == "P" and TABEL.match(x):
            k = i + 1
            while k < len(items) and items[k][0] != "T" and k - i < 6:
                k += 1
            if k < len(items) and items[k][0] == "T":
                end = k + 1
                while end + 1 < len(items) and items[end] == ("P", "") and items[end + 1][0] == "P" \
                        and items[end + 1][1].startswith("Sumber"):
                    end += 2
                blok.append(items[i:end])
                body.append(("R", f"{x} disajikan pada Lampiran {len(blok)}."))
                i = end
                continue
        body.append(items[i])
        i += 1
    return body, blok


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
        nomor = self.look == "nomor"
        self.R, self.B = ("kR", "kB") if nomor else ("sR", "sB")
        self.pt = 10.5 if nomor else 10
        self.lead = self.pt * 1.4
        self.bawah = 22 * mm
        self.x0, self.lebar = 24 * mm, W - 44 * mm
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.sampul = True
        self.bab, self.sub, self.par = 0, 0, 0
        self.judul_bab = False

    def baru(self):
        if self.n:
            self.c.showPage()
        self.n += 1
        self.y, self.isi = H - ATAS, False
        c = self.c
        if self.n == 1:
            return
        c.setFillColor(colors.HexColor("#444444"))
        if self.look == "nomor":
            c.setFont("kR", 9)
            c.drawRightString(W - 20 * mm, 12 * mm, str(self.n))
        else:
            c.setFont("sR", 9)
            c.drawCentredString(W / 2, 12 * mm, str(self.n))
        c.setFillColor(colors.black)

    def muat(self, h):
        if self.y - h < self.bawah:
            self.baru()

    def tulis(self, ln, font, pt, x0, lebar, no=None):
        c = self.c
        for i, s in enumerate(pecah(ln, font, pt, lebar)):
            self.muat(self.lead)
            if i == 0 and no:
                c.setFont(self.R, pt)
                c.drawString(self.x0, self.y, no)
            c.setFont(font, pt)
            c.drawString(x0, self.y, s)
            self.y -= self.lead
        self.isi = True

    def prosa(self, ln):
        c = self.c
        if not ln:
            self.y -= self.lead * 0.5
            return
        if self.sampul:
            if BAB.match(ln):
                self.sampul = False
                self.baru()
            else:
                c.setFont("sB", 16)
                c.drawCentredString(W / 2, self.y - 60 * mm, ln)
                self.y -= 12 * mm
                return
        nomor = self.look == "nomor"
        if BAB.match(ln):
            self.muat(self.lead * 4)
            self.y -= self.lead * 0.4
            self.bab, self.sub, self.par = BABNO.get(ln, 0), 0, 0
            self.judul_bab = bool(self.bab)
            teks = f"{self.bab}." if (nomor and self.bab) else ln
            c.setFont(self.B, 12)
            c.drawString(self.x0, self.y, teks)
            if not (nomor and self.bab):
                self.y -= self.lead * 1.1
            self.isi = True
            return
        if self.judul_bab:  # the BAB's title line, beside its number in the numbered look
            self.judul_bab = False
            c.setFont(self.B, 12)
            c.drawString(self.x0 + (10 * mm if nomor else 0), self.y, ln)
            self.y -= self.lead * 1.3
            return
        m = SUB.match(ln)
        if m:
            self.muat(self.lead * 4)
            self.y -= self.lead * 0.4
            self.sub, self.par = self.sub + 1, 0
            teks = f"{self.bab}.{self.sub} {m.group(2)}" if (nomor and self.bab) else ln
            c.setFont(self.B, 10.5)
            c.drawString(self.x0, self.y, teks)
            self.y -= self.lead * 1.2
            self.isi = True
            return
        font = self.B if (ln.isupper() and len(ln) < 60) else self.R
        pt = self.pt
        if TABEL.match(ln):
            font = self.B
        elif ln.startswith("Sumber"):
            pt = self.pt - 1.5
        if nomor and self.bab and len(ln) >= 60 and not CATATAN.match(ln):
            self.par += 1
            no = f"{self.bab}.{self.sub}.{self.par}" if self.sub else f"{self.bab}.{self.par}"
            self.tulis(ln, font, pt, self.x0 + 13 * mm, self.lebar - 13 * mm, no)
            return
        self.tulis(ln, font, pt, self.x0, self.lebar - 8)

    def rujukan(self, ln):
        self.y -= self.lead * 0.2
        self.tulis(ln, "sI", self.pt - 0.5, self.x0, self.lebar - 8)
        self.y -= self.lead * 0.3

    def tabel(self, rows):
        c = self.c
        k = max(len(r) for r in rows)
        rows = [r + [""] * (k - len(r)) for r in rows]
        pt = 8 if self.look == "nomor" else 8.5
        font = "sR"
        grid = self.look == "lampiran"
        lebar_isi = [max([pdfmetrics.stringWidth(r[j], font, pt) for r in rows[1:]] + [0]) + 8 for j in range(k)]
        w = [max(lebar_isi[j], pdfmetrics.stringWidth(rows[0][j], "sB", pt) + 8) for j in range(k)]
        teks = max(range(k), key=lambda j: w[j])
        lain = sum(w) - w[teks]
        w[teks] = max(30 * mm, self.lebar - lain)
        if sum(w) > self.lebar:  # too wide: the other columns wrap their headings
            w = [max(lebar_isi[j], 17 * mm) if j != teks else w[j] for j in range(k)]
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
                c.setFillColor(colors.HexColor("#e6e6e6"))
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
                    c.setFont(font, pt)
                    if kanan:
                        c.drawRightString(x + w[j] - 3, yy, s)
                    else:
                        c.drawString(x + 3, yy, s)
                    yy -= lead
                x += w[j]
            self.y -= tinggi
        self.y -= self.lead * 0.6
        self.isi = True

    def urai(self, items):
        tunda = False
        for jenis, isi in items:
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
            elif jenis == "R":
                self.rujukan(isi)
            else:
                self.tabel(isi)

    def jalan(self):
        self.baru()
        items = potong(self.base)
        if self.look == "lampiran":
            body, blok = lampiran(items)
            self.urai(body)
            self.baru()
            self.c.setFont("sB", 14)
            self.c.drawCentredString(W / 2, self.y, "LAMPIRAN")
            self.y -= self.lead * 2.5
            for n, b in enumerate(blok, 1):
                if n > 1:
                    self.muat(self.lead * 10)
                    self.y -= self.lead
                self.c.setFont("sB", 11)
                self.c.drawString(self.x0, self.y, f"Lampiran {n}")
                self.y -= self.lead * 1.3
                self.urai(b)
        else:
            self.urai(items)
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
