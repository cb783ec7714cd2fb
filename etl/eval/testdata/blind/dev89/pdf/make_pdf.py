#!/usr/bin/python3
"""PDF twins of four texts of this folder, in two looks no earlier batch used.

- Kota Kupang 2019 and Sabu Raijua 2022 (ordinary documents): **tables ruled in groups of five rows** - a rule
  over and under the column titles and under the last row, and between them only a thin rule after every fifth
  row of the body (as statistical tables part long lists for the eye), no vertical rules - an A4 report in
  DejaVu Sans 10 pt; column titles bold; figures right-aligned; the caption above the table; the page number
  centred at the bottom as a bare `n`; the text's own feet dropped.
- Kupang 2020 and Ngada 2021 (new house styles): **every table cell on a pale grey fill, the cells parted by
  white rules**, no dark line anywhere in the table (a Word table whose borders were set white over a shaded
  grid), the column titles bold on a darker grey - A4, DejaVu Sans 10 pt; the caption above the table in bold;
  the page number at the bottom right as `Halaman n`; the text's own feet dropped.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 <this folder>/pdf/make_pdf.py
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
SUB = re.compile(r"^([A-E])\. (.*)$")
CATATAN = re.compile(r"^(Tabel|TABEL|\(|Sumber|Keterangan|[a-h]\. )")
TABEL = re.compile(r"^(Tabel|TABEL) [\dIV]")
for nama, berkas in (("sR", "DejaVuSans"), ("sB", "DejaVuSans-Bold"), ("sI", "DejaVuSans-Oblique")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
ATAS = 25 * mm
BASES = ("lkj-kota-kupang-2019", "lkj-sabu-raijua-2022", "lkj-kupang-2020", "lkj-ngada-2021")
LOOK = {"lkj-kota-kupang-2019": "lima", "lkj-sabu-raijua-2022": "lima", "lkj-kupang-2020": "kelabu",
        "lkj-ngada-2021": "kelabu"}
KAKI = (r"(LKj KPU Kota Kupang 2019 \| Halaman \d+|KPU Kab\. Sabu Raijua - LKj 2022 - hal \d+|"
        r"LKj KPU Kabupaten Kupang 2020 \| hlm\. \d+|Laporan Kinerja KPU Ngada 2021 ~ \d+)")
ABU = colors.HexColor("#E8E8E8")  # the kelabu look's cell fill
ABU_TUA = colors.HexColor("#C9C9C9")  # and its column titles' fill
KEPALA = r"(?!x)x"  # no running head in these four


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


def blok_tabel(items):
    """The items with every table block (caption, notes, rows, source) gathered into one ("K", (judul, rows,
    sumber)) item: both looks draw the caption with the table, kept on its page."""
    out, i = [], 0
    while i < len(items):
        j, x = items[i]
        if j == "P" and TABEL.match(x):
            k = i + 1
            while k < len(items) and items[k][0] != "T" and k - i < 6:
                k += 1
            if k < len(items) and items[k][0] == "T":
                judul = [x] + [v for t, v in items[i + 1:k] if t == "P" and v]
                end, sumber = k + 1, None
                if end + 1 < len(items) and items[end] == ("P", "") and items[end + 1][0] == "P" \
                        and items[end + 1][1].startswith("Sumber"):
                    sumber, end = items[end + 1][1], end + 2
                out.append(("K", (judul, items[k][1], sumber)))
                i = end
                continue
        out.append(items[i])
        i += 1
    return out


class Cetak:
    """One PDF in the look LOOK[base]; total is the page count a first run found (None on that run)."""

    def __init__(self, base, berkas, total=None):
        self.base, self.look, self.total = base, LOOK[base], total
        self.R, self.B = "sR", "sB"
        self.pt = 10
        self.lead = self.pt * 1.4
        self.bawah = 24 * mm
        self.x0, self.lebar = 25 * mm, W - 47 * mm
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.sampul = True

    def kaki(self):
        """The page's number (none on the cover): a bare `n` centred (lima), or `Halaman n` at the bottom right
        (kelabu)."""
        c = self.c
        if self.n <= 1:
            return
        c.saveState()
        c.setFillColor(colors.black)
        c.setFont("sR", 9)
        if self.look == "lima":
            c.drawCentredString(W / 2, 12 * mm, f"{self.n}")
        else:
            c.drawRightString(W - 22 * mm, 12 * mm, f"Halaman {self.n}")
        c.restoreState()

    def baru(self):
        if self.n:
            self.kaki()
            self.c.showPage()
        self.n += 1
        self.y, self.isi = H - ATAS, False

    def muat(self, h):
        if self.y - h < self.bawah:
            self.baru()

    def tulis(self, ln, font, pt, x0, lebar):
        c = self.c
        for s in pecah(ln, font, pt, lebar):
            self.muat(self.lead)
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
        if BAB.match(ln) or SUB.match(ln):
            self.muat(self.lead * 4)
            self.y -= self.lead * 0.4
            c.setFont(self.B, 12 if BAB.match(ln) else 10.5)
            c.drawString(self.x0, self.y, ln)
            self.y -= self.lead * 1.2
            self.isi = True
            return
        font = self.B if (ln.isupper() and len(ln) < 60) else self.R
        pt = self.pt
        if TABEL.match(ln):
            font = self.B
        elif ln.startswith("Sumber"):
            pt = self.pt - 1.5
        self.tulis(ln, font, pt, self.x0, self.lebar - 8)

    def tabel(self, rows, judul=(), sumber=None):
        """A table with its caption (judul: the caption line and any note under it) above it and its source line
        under it: ruled over and under the titles, under the last row and after every fifth body row (lima), or
        every cell on a pale grey fill parted by white rules, the titles on a darker grey (kelabu). A table
        running over a page goes on under its caption and `(lanjutan)` with its titles again."""
        c = self.c
        lima = self.look == "lima"
        k = max(len(r) for r in rows)
        # a row shorter than the table is a merged label cell and the cells of the last columns
        rows = [r if len(r) == k else [r[0]] + [""] * (k - len(r)) + r[1:] for r in rows]
        pt = 8.5
        font, fkepala = self.R, self.B
        lead = pt * 1.3
        judul = list(judul) or [""]
        lebar_isi = [max([pdfmetrics.stringWidth(r[j], font, pt) for r in rows[1:]] + [0]) + 7 for j in range(k)]
        w = [max(lebar_isi[j], min(pdfmetrics.stringWidth(rows[0][j], fkepala, pt) + 7, lebar_isi[j] + 5 * mm))
             for j in range(k)]
        w = [max(w[j], max(pdfmetrics.stringWidth(x, fkepala, pt) for x in rows[0][j].split(" ")) + 7) for j in range(k)]
        ruang = self.lebar - 4 * mm
        kata = [j for j in range(k) if any(" " in r[j] and not ANGKA.match(r[j]) for r in rows[1:])] or [max(range(k), key=lambda j: w[j])]
        angka = sum(w[j] for j in range(k) if j not in kata)
        alami = sum(w[j] for j in kata)
        sisa = ruang - angka
        for j in kata:
            w[j] = max(14 * mm, sisa * w[j] / alami) if sisa > 0 else 14 * mm
        if sum(w) > ruang:
            w = [max(lebar_isi[j], 14 * mm) if j not in kata else w[j] for j in range(k)]
        lebar = sum(w)
        x0 = self.x0 + 2 * mm
        xs = [x0 + sum(w[:j]) for j in range(k + 1)]
        kepala = [pecah(rows[0][j], fkepala, pt, w[j] - 6) for j in range(k)]
        n_kepala = max(len(x) for x in kepala)
        t_kepala = n_kepala * lead + 4
        sel = [[pecah(r[j], font, pt, w[j] - 6) for j in range(k)] for r in rows[1:]]
        tinggi = [max(len(x) for x in b) * lead + 3 for b in sel]
        notes = [s for b in judul[1:] for s in pecah(b, "sI", pt, self.lebar - 8)]

        def garis(y, tebal=0.5):
            c.setLineWidth(tebal)
            c.setStrokeColor(colors.black)
            c.line(x0, y, x0 + lebar, y)

        def kotak(top, h, isi):
            """A band of cells top..top-h filled isi, parted by white rules (kelabu)."""
            c.saveState()
            c.setFillColor(isi)
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.4)
            for j in range(k):
                c.rect(xs[j], top - h, w[j], h, stroke=1, fill=1)
            c.restoreState()

        def kepala_():
            top = self.y + pt + 1
            if lima:
                garis(top, 0.8)
            else:
                kotak(top, t_kepala, ABU_TUA)
            c.setFillColor(colors.black)
            for j in range(k):
                c.setFont(fkepala, pt)
                yy = self.y
                for s in kepala[j]:
                    c.drawString(xs[j] + 3, yy, s)
                    yy -= lead
            self.y -= t_kepala
            if lima:
                garis(top - t_kepala)

        def baris_(i, b):
            top = self.y + pt + 1
            if not lima:
                kotak(top, tinggi[i - 1], ABU)
                c.setFillColor(colors.black)
            for j in range(k):
                teks = rows[i][j]
                angka_sel = bool(teks) and bool(ANGKA.match(teks)) and j != 0
                yy = self.y
                for s in b[j]:
                    c.setFont(font, pt)
                    if angka_sel:
                        c.drawRightString(xs[j + 1] - 3, yy, s)
                    else:
                        c.drawString(xs[j] + 3, yy, s)
                    yy -= lead
            self.y -= tinggi[i - 1]
            if lima and i % 5 == 0 and i < len(sel):
                garis(self.y + pt + 1, 0.3)

        self.y -= self.lead * 0.3
        caps = pecah(judul[0], self.B, pt + 1, self.lebar - 4 * mm) if judul[0] else []
        self.muat(t_kepala * 2 + lead * (5 + len(notes) + len(caps)))
        for s in caps:
            c.setFont(self.B, pt + 1)
            c.drawString(x0, self.y, s)
            self.y -= (pt + 1) * 1.45
        for s in notes:
            c.setFont("sI", pt)
            c.drawString(x0, self.y, s)
            self.y -= lead
        self.y -= 3
        kepala_()
        for i, b in enumerate(sel, 1):
            if self.y - tinggi[i - 1] < self.bawah:
                if lima:
                    garis(self.y + pt + 1, 0.8)
                self.baru()
                c.setFont(self.B, pt + 1)
                c.drawString(x0, self.y, (caps[0] if caps else "") + " (lanjutan)")
                self.y -= (pt + 1) * 1.45 + 3
                kepala_()
            baris_(i, b)
        if lima:
            garis(self.y + pt + 1, 0.8)
        self.y -= 2 * mm
        if sumber:
            self.y -= lead * 0.6
            self.tulis(sumber, "sI", pt, self.x0, self.lebar)
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
            elif jenis == "K":
                self.tabel(isi[1], isi[0], isi[2])
            else:
                self.tabel(isi)

    def jalan(self, simpan=True):
        self.baru()
        self.urai(blok_tabel(potong(self.base)))
        self.kaki()
        self.c.showPage()
        if simpan:
            self.c.save()
        return self.n


def main():
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    for base in BASES:
        pdf = os.path.join(HERE, base + ".pdf")
        total = Cetak(base, pdf).jalan(simpan=False)  # a first run counts the pages (a check of the rerun)
        n = Cetak(base, pdf, total).jalan()
        assert n == total
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
