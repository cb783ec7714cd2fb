#!/usr/bin/python3
"""PDF twins of four texts of this folder, in two looks no earlier batch used.

- Lembata 2021 and Kota Kupang 2022 (ordinary documents): **every column title set one word a line, the title
  cells bottom-aligned over their columns** (as a Word table with fixed narrow column widths wraps each title
  word by word, the cells' vertical alignment set to Bottom), a single thin rule under the titles and one under
  the last row - an A4 report in DejaVu Sans 10 pt; figures right-aligned; the caption bold above the table; the
  page number at the bottom left as `Halaman n`; the text's own feet dropped.
- Manggarai 2019 and Manggarai Timur 2024 (new house styles): **every figure of a table set in bold, the names
  and column titles regular**, and **every chapter and section heading in teal with a teal rule running from the
  heading's last word to the right margin** (a Word template whose Heading styles carry a right-running border
  and whose table style bolds the figures) - an A4 report in DejaVu Serif 10 pt; thin grey rules over and under
  the titles and under the last row; the caption bold above the table; the page number at the bottom right as a
  bare `n`; the text's own feet dropped.
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
for nama, berkas in (("sR", "DejaVuSans"), ("sB", "DejaVuSans-Bold"), ("sI", "DejaVuSans-Oblique"),
                     ("kR", "DejaVuSerif"), ("kB", "DejaVuSerif-Bold"), ("kI", "DejaVuSerif-Italic")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
ABU = colors.HexColor("#777777")
ATAS = 25 * mm
TEAL = colors.HexColor("#1F7A7A")
BASES = ("lkj-lembata-2021", "lkj-kota-kupang-2022", "lkj-manggarai-2019", "lkj-manggarai-timur-2024")
LOOK = {"lkj-lembata-2021": "kata", "lkj-kota-kupang-2022": "kata", "lkj-manggarai-2019": "tebal",
        "lkj-manggarai-timur-2024": "tebal"}
KAKI = (r"(Hal\. \d+ - LKj Lembata 2021|Laporan Kinerja 2022 \| KPU Kota Kupang \| \d+|LKj KPU Manggarai 2019 \. hal \d+|"
        r"KPU Kab\. Manggarai Timur \| LKj 2024 \| \d+)")
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
    sumber)) item: both looks draw the caption with the table (over its card, or beside its accent bar)."""
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
        serif = self.look == "tebal"
        self.R, self.B = ("kR", "kB") if serif else ("sR", "sB")
        self.pt = 10
        self.lead = self.pt * 1.4
        self.bawah = 24 * mm
        self.x0, self.lebar = 25 * mm, W - 47 * mm
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.sampul = True

    def kaki(self):
        """The page's furniture (none on the cover): `Halaman n` at the bottom left (kata), or a bare `n` at the
        bottom right (tebal)."""
        c = self.c
        if self.n <= 1:
            return
        c.saveState()
        c.setFillColor(colors.black)
        if self.look == "kata":
            c.setFont("sR", 9)
            c.drawString(self.x0, 12 * mm, f"Halaman {self.n}")
        else:
            c.setFont("kR", 9)
            c.drawRightString(W - 22 * mm, 12 * mm, f"{self.n}")
        c.restoreState()
        c.setFillColor(colors.black)

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
            f, p = self.B, 12 if BAB.match(ln) else 10.5
            c.setFont(f, p)
            if self.look == "tebal":  # Heading style: teal, a teal rule from the last word to the right margin
                c.setFillColor(TEAL)
                c.drawString(self.x0, self.y, ln)
                c.setStrokeColor(TEAL)
                c.setLineWidth(0.8)
                xa = self.x0 + pdfmetrics.stringWidth(ln, f, p) + 3 * mm
                c.line(xa, self.y + p * 0.3, self.x0 + self.lebar, self.y + p * 0.3)
                c.setFillColor(colors.black)
                c.setStrokeColor(colors.black)
            else:
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
        """A table with its caption above (judul: the caption line and any note under it) and its source line
        under it, full width: every title one word a line, bottom-aligned, a rule under the titles and under the
        last row (kata), or every figure bold, thin grey rules over and under the titles and under the last row
        (tebal)."""
        c = self.c
        kata_ = self.look == "kata"
        k = max(len(r) for r in rows)
        rows = [r + [""] * (k - len(r)) for r in rows]
        pt = 8.5
        font, fkepala = self.R, self.R
        tebal = lambda j: self.B if not kata_ else font  # widths: a figure may be bold (tebal)
        lebar_isi = [max([pdfmetrics.stringWidth(r[j], tebal(j), pt) for r in rows[1:]] + [0]) + 7 for j in range(k)]
        w = [max(lebar_isi[j], min(pdfmetrics.stringWidth(rows[0][j], fkepala, pt) + 7, lebar_isi[j] + 5 * mm))
             if not kata_ else lebar_isi[j] for j in range(k)]
        # a title's longest word never runs over its column's edge
        w = [max(w[j], max(pdfmetrics.stringWidth(x, fkepala, pt) for x in rows[0][j].split(" ")) + 7) for j in range(k)]
        ruang = self.lebar - 4 * mm
        kata = [j for j in range(k) if any(" " in r[j] and not ANGKA.match(r[j]) for r in rows[1:])] or [max(range(k), key=lambda j: w[j])]
        angka = sum(w[j] for j in range(k) if j not in kata)
        alami = sum(w[j] for j in kata)
        sisa = ruang - angka
        for j in kata:
            w[j] = max(14 * mm, sisa * w[j] / alami) if sisa > 0 else 14 * mm
        if sum(w) > ruang:  # still too wide: the figure columns wrap their headings
            w = [max(lebar_isi[j], 14 * mm) if j not in kata else w[j] for j in range(k)]
        lebar = sum(w)
        x0 = self.x0 + 2 * mm
        xs = [x0 + sum(w[:j]) for j in range(k + 1)]
        lead = pt * 1.3
        kepala = [rows[0][j].split(" ") if kata_ else pecah(rows[0][j], fkepala, pt, w[j] - 6) for j in range(k)]
        n_kepala = max(len(x) for x in kepala)
        t_kepala = max(len(x) for x in kepala) * lead + 4
        akhir = len(rows) - 1
        sel = [[pecah(r[j], tebal(j), pt, w[j] - 6) for j in range(k)] for i, r in enumerate(rows[1:], 1)]
        judul = list(judul) or [""]
        lebar_cap = lebar
        caps = [s for s in pecah(judul[0], self.B, pt + 1, lebar_cap)] if judul[0] else []
        miring = "sI" if kata_ else "kI"
        notes = [s for b in judul[1:] for s in pecah(b, miring, pt, lebar_cap - 8)]

        def garis(y, tebal_=0.6, abu=not kata_):
            c.setLineWidth(tebal_)
            c.setStrokeColor(ABU if abu else colors.black)
            c.line(x0, y, x0 + lebar, y)
            c.setStrokeColor(colors.black)

        def buka(lanjut=False):
            self.muat(t_kepala * 2 + lead * (5 + len(notes) + len(caps)))
            tulis_ = lambda s, f, p: (c.setFont(f, p), c.drawString(x0, self.y, s))
            if lanjut:
                tulis_((caps[0] if caps else "") + " (lanjutan)", self.B, pt + 1)
                self.y -= (pt + 1) * 1.45
            else:
                for s in caps:
                    tulis_(s, self.B, pt + 1)
                    self.y -= (pt + 1) * 1.45
                for s in notes:
                    tulis_(s, miring, pt)
                    self.y -= lead
            self.y -= 3
            top = self.y + pt + 1
            if not kata_:
                garis(top, 0.5)
            for j in range(k):
                c.setFont(fkepala, pt)
                yy = self.y - (n_kepala - len(kepala[j])) * lead  # bottom-aligned titles
                for s in kepala[j]:
                    c.drawString(xs[j] + 3, yy, s)
                    yy -= lead
            self.y -= t_kepala
            garis(top - t_kepala, 0.5)

        self.y -= self.lead * 0.3
        buka()
        for i, baris in enumerate(sel, 1):
            tinggi = max(len(x) for x in baris) * lead + 3
            if self.y - tinggi < self.bawah:
                garis(self.y + pt + 1, 0.5)
                self.baru()
                buka(lanjut=True)
            atas = self.y + pt + 1
            bawah = atas - tinggi
            for j in range(k):
                teks = rows[i][j]
                angka_sel = bool(teks) and bool(ANGKA.match(teks)) and j != 0
                yy = self.y
                for s in baris[j]:
                    c.setFont(self.B if (angka_sel and not kata_) else font, pt)
                    if angka_sel:
                        c.drawRightString(xs[j + 1] - 3, yy, s)
                    else:
                        c.drawString(xs[j] + 3, yy, s)
                    yy -= lead
            self.y -= tinggi
        garis(self.y + pt + 1, 0.5)
        self.y -= 2 * mm
        if sumber:
            self.y -= lead * 0.6
            self.tulis(sumber, miring, pt, self.x0, self.lebar)
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
