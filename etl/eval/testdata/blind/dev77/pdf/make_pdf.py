#!/usr/bin/python3
"""PDF twins of four dev77/ texts, in two looks no earlier batch used.

- Kota Kupang 2019 and Sabu Raijua 2022 (ordinary documents): **each table's caption and source inside its
  grid** - an A4 report in DejaVu Sans 10 pt whose tables carry their caption (with any note under it) as a
  merged, shaded first row spanning every column and their `Sumber:` line as a merged last row in small
  italics, as Word's "Table Grid" with a title row is filled in by many offices; the header row bold, the
  grid thin and full; the text's own feet dropped, the page number centred at the foot.
- Ngada 2021 and Lembata 2022 (new house styles): **pages numbered by chapter** - an A4 report in DejaVu
  Serif 10.5 pt whose every BAB opens a new page and whose pages are numbered within their chapter in the
  foot's right corner, `I-1`, `I-2`, `II-1`, … `IV-2` (the Kata Pengantar `i`, the cover none), as
  Indonesian reports often paginate; tables with a thin full grid and no shading; the text's own feet dropped.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev77/pdf/make_pdf.py
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
TABEL = re.compile(r"^(Tabel|TABEL) \d")
for nama, berkas in (("sR", "DejaVuSans"), ("sB", "DejaVuSans-Bold"), ("sI", "DejaVuSans-Oblique"),
                     ("kR", "DejaVuSerif"), ("kB", "DejaVuSerif-Bold")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
ATAS = 25 * mm
BASES = ("lkj-kota-kupang-2019", "lkj-sabu-raijua-2022", "lkj-ngada-2021", "lkj-lembata-2022")
LOOK = {"lkj-kota-kupang-2019": "kotak", "lkj-sabu-raijua-2022": "kotak", "lkj-ngada-2021": "bab",
        "lkj-lembata-2022": "bab"}
KAKI = (r"(LKjIP 2019 - KPU Kota Kupang - hal \d+|LKj Sabu Raijua \| Halaman \d+|KPU Ngada \| LKj 2021 \| \d+"
        r"|LKj KPU Lembata 2022 \| \d+)")
KEPALA = r"(?!x)x"  # none of the four texts has a running head
ROMAWI = ("", "I", "II", "III", "IV")
KECIL = ("", "i", "ii", "iii", "iv", "v")


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
    sumber)) item, for the look whose captions and sources stand inside the grid."""
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
    """One PDF in the look LOOK[base]."""

    def __init__(self, base, berkas):
        self.base, self.look = base, LOOK[base]
        bab = self.look == "bab"
        self.R, self.B = ("kR", "kB") if bab else ("sR", "sB")
        self.pt = 10.5 if bab else 10
        self.lead = self.pt * 1.4
        self.bawah = 22 * mm
        self.x0, self.lebar = 25 * mm, W - 45 * mm
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.sampul = True
        self.bab, self.hal = 0, 0  # the chapter (0: front matter) and the page within it

    def kaki(self):
        """The foot of the page just filled."""
        c = self.c
        if self.n <= 1:
            return
        c.setFillColor(colors.HexColor("#444444"))
        if self.look == "bab":
            c.setFont("kR", 9)
            no = f"{ROMAWI[self.bab]}-{self.hal}" if self.bab else KECIL[self.hal]
            c.drawRightString(W - 20 * mm, 12 * mm, no)
        else:
            c.setFont("sR", 9)
            c.drawCentredString(W / 2, 12 * mm, str(self.n))
        c.setFillColor(colors.black)

    def baru(self):
        if self.n:
            self.kaki()
            self.c.showPage()
        self.n += 1
        self.hal += 1
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
                self.hal = 1  # the cover is not counted: the Kata Pengantar is page i
            else:
                c.setFont("sB", 16)
                c.drawCentredString(W / 2, self.y - 60 * mm, ln)
                self.y -= 12 * mm
                return
        if BAB.match(ln):
            if self.look == "bab" and ln.startswith("BAB"):
                if self.isi:
                    self.baru()
                self.bab = ROMAWI.index(ln.split()[1])
                self.hal = 1
            self.muat(self.lead * 4)
            self.y -= self.lead * 0.4
            c.setFont(self.B, 12)
            if self.look == "bab":
                c.drawCentredString(W / 2, self.y, ln)
            else:
                c.drawString(self.x0, self.y, ln)
            self.y -= self.lead * 1.1
            self.isi = True
            return
        if self.look == "bab" and ln.isupper() and len(ln) < 40 and self.y > H - ATAS - self.lead * 3:
            c.setFont(self.B, 12)  # the chapter's title, centred under its number
            c.drawCentredString(W / 2, self.y, ln)
            self.y -= self.lead * 1.6
            return
        if SUB.match(ln):
            self.muat(self.lead * 4)
            self.y -= self.lead * 0.4
            c.setFont(self.B, 10.5)
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
        c = self.c
        k = max(len(r) for r in rows)
        rows = [r + [""] * (k - len(r)) for r in rows]
        pt = 8 if self.look == "bab" else 8.5
        font = "sR"
        lebar_isi = [max([pdfmetrics.stringWidth(r[j], font, pt) for r in rows[1:]] + [0]) + 8 for j in range(k)]
        w = [max(lebar_isi[j], pdfmetrics.stringWidth(rows[0][j], "sB", pt) + 8) for j in range(k)]
        teks = max(range(k), key=lambda j: w[j])
        lain = sum(w) - w[teks]
        w[teks] = max(30 * mm, self.lebar - lain)
        if sum(w) > self.lebar:  # too wide: the other columns wrap their headings
            w = [max(lebar_isi[j], 14 * mm) if j != teks else w[j] for j in range(k)]
            w[teks] = max(28 * mm, self.lebar - (sum(w) - w[teks]))
        lead = pt * 1.3
        kepala = [pecah(rows[0][j], "sB", pt, w[j] - 6) for j in range(k)]
        t_kepala = max(len(x) for x in kepala) * lead + 4
        sel = [[pecah(r[j], font, pt, w[j] - 6) for j in range(k)] for r in rows[1:]]

        def garis(top, tinggi, penuh=False):
            c.setLineWidth(0.3)
            c.rect(self.x0, top - tinggi, sum(w), tinggi, stroke=1, fill=0)
            if penuh:
                return
            x = self.x0
            for j in range(k - 1):
                x += w[j]
                c.line(x, top, x, top - tinggi)

        def rentang(baris, fnt, ptt, warna=None):
            """A merged row spanning every column: lines of text wrapped to the grid's width."""
            isi = [s for b in baris for s in pecah(b, fnt, ptt, sum(w) - 8)]
            tinggi = len(isi) * ptt * 1.3 + 4
            self.muat(tinggi + t_kepala + lead * 2 if warna else tinggi)
            top = self.y + ptt
            if warna:
                c.setFillColor(colors.HexColor(warna))
                c.rect(self.x0, top - tinggi, sum(w), tinggi, stroke=0, fill=1)
                c.setFillColor(colors.black)
            garis(top, tinggi, penuh=True)
            yy = self.y
            for s in isi:
                c.setFont(fnt, ptt)
                c.drawString(self.x0 + 4, yy, s)
                yy -= ptt * 1.3
            self.y -= tinggi

        def kepala_tabel():
            self.muat(t_kepala + lead * 2)
            top = self.y + pt
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

        if judul:
            rentang(judul, "sB", pt + 0.5, "#dde6f0")
        kepala_tabel()
        for i, baris in enumerate(sel, 1):
            tinggi = max(len(x) for x in baris) * lead + 3
            if self.y - tinggi < self.bawah:
                self.baru()
                kepala_tabel()
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
        if sumber:
            rentang([sumber], "sI", pt - 0.5)
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
                self.y -= self.lead * 0.3
                self.tabel(isi[1], isi[0], isi[2])
            else:
                self.tabel(isi)

    def jalan(self):
        self.baru()
        items = potong(self.base)
        self.urai(blok_tabel(items) if self.look == "kotak" else items)
        self.kaki()
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
