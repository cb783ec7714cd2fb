#!/usr/bin/python3
"""PDF twins of four dev72/ texts, in two looks no earlier batch used.

- Rote Ndao 2020 and Sumba Timur 2021 (ordinary documents): **tables set on decimal tab stops** - an A4 Word
  report whose tables are no Word tables at all but lines of tab stops, as older templates make them: no
  rules or grid, one thin rule under the header only, text columns on left tabs, every figure column on a
  *decimal* tab so the figures line up on their decimal comma (`95,12` under `100,00`, an integer ending where
  the comma would stand); prose in DejaVu Serif 10.5 pt at 1.5 line spacing, each paragraph's first line
  indented 1.25 cm, ragged right; the text's own feet and running heads dropped; `- n -` centred at the foot.
- Lembata 2021 and Belu 2024 (new house styles): **a magazine-style annual report** - A4, DejaVu Sans 9.5 pt,
  prose justified by the word-spacing operator (each line one string, `Tw` set per line), the first paragraph
  under every chapter and section heading opened by a **three-line drop cap**, headings in **small caps**
  (capitals at full size, the rest at 78 %), the PDF carrying **bookmarks** (an outline of BAB and sections);
  tables with hairlines between rows and none between columns; the text's own feet dropped, the page number
  at the foot outside (right on odd pages, left on even).
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev72/pdf/make_pdf.py
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
JUDUL = re.compile(r"^(BAB [IV]+|[A-E]\. |KATA PENGANTAR|DAFTAR)")
for nama, berkas in (("sR", "DejaVuSans"), ("sB", "DejaVuSans-Bold"), ("kR", "DejaVuSerif"), ("kB", "DejaVuSerif-Bold")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
KIRI, KANAN, ATAS, BAWAH = 25 * mm, 20 * mm, 22 * mm, 22 * mm
LEBAR = W - KIRI - KANAN
BASES = ("lkj-rote-ndao-2020", "lkj-sumba-timur-2021", "lkj-lembata-2021", "lkj-belu-2024")
LOOK = {"lkj-rote-ndao-2020": "tab", "lkj-sumba-timur-2021": "tab", "lkj-lembata-2021": "majalah",
        "lkj-belu-2024": "majalah"}
KAKI = r"(-- \d+ --|Hal\. \d+ - LKj Sumba Timur 2021|LKj Lembata 2021 <\d+>|Belu - LKj 2024 - \d+)"
KEPALA = r"(LKj KPU Kab\. Rote Ndao Tahun 2020)"


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
                      and not JUDUL.match(ln) and not ln.startswith(("Tabel", "TABEL", "(", "Sumber"))):
                    out[-1] = ("P", out[-1][1] + " " + ln)  # a paragraph the text wrapped: one line again
                else:
                    out.append(("P", ln))
    return out


def pecah(teks, font, pt, lebar, awal=0):
    """Lines of teks within lebar (the first line awal narrower), words wrapped; a word wider than the
    line stands alone."""
    out, cur = [], ""
    for kata in teks.split(" "):
        coba = (cur + " " + kata).strip()
        if pdfmetrics.stringWidth(coba, font, pt) <= lebar - (awal if not out else 0) or not cur:
            cur = coba
            continue
        out.append(cur)
        cur = kata
    return out + [cur]


def desimal(t):
    """A figure cell split at its decimal comma: (left, right), right holding the comma and what follows."""
    i = t.rfind(",")
    return (t[:i], t[i:]) if i >= 0 else (t, "")


class Cetak:
    def __init__(self, base, berkas):
        self.base, self.look = base, LOOK[base]
        tab = self.look == "tab"
        self.R, self.B = ("kR", "kB") if tab else ("sR", "sB")
        self.pt = 10.5 if tab else 9.5
        self.lead = self.pt * (1.5 * 1.2 if tab else 1.35)
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi, self.drop, self.tanda = 0, 0, False, False, 0

    def baru(self):
        if self.n:
            self.c.showPage()
        self.n += 1
        self.y, self.isi = H - ATAS, False
        c = self.c
        c.setFillColor(colors.HexColor("#444444"))
        if self.look == "tab":
            c.setFont("kR", 9)
            c.drawCentredString(W / 2, 12 * mm, f"- {self.n} -")
        else:
            c.setFont("sR", 8)
            if self.n % 2:
                c.drawRightString(W - KANAN, 12 * mm, str(self.n))
            else:
                c.drawString(KIRI, 12 * mm, str(self.n))
        c.setFillColor(colors.black)

    def muat(self, h):
        if self.y - h < BAWAH:
            self.baru()

    def kapital_kecil(self, x, y, teks, pt):
        """A heading in small caps: capitals (and figures) at pt, lower-case letters as capitals at 78 %."""
        c = self.c
        for kecil, kata_run in itertools.groupby(teks, key=lambda ch: ch.islower()):
            s = "".join(kata_run)
            ukuran = pt * 0.78 if kecil else pt
            c.setFont(self.B, ukuran)
            c.drawString(x, y, s.upper())
            x += pdfmetrics.stringWidth(s.upper(), self.B, ukuran)

    def judul(self, ln):
        pt = self.pt + (2.5 if ln.startswith("BAB ") else 1.0)
        if self.look == "majalah" and (ln.startswith("BAB ") or ln in ("KATA PENGANTAR",) or re.match(r"^[A-E]\. ", ln)):
            self.tanda += 1
            kunci = f"b{self.tanda}"
            self.c.bookmarkPage(kunci)
            self.c.addOutlineEntry(ln, kunci, level=0 if not re.match(r"^[A-E]\. ", ln) else 1)
        self.muat(self.lead * 3)
        if self.look == "majalah":
            self.kapital_kecil(KIRI, self.y, ln, pt)
            self.drop = True
        else:
            self.c.setFont(self.B, pt)
            self.c.drawString(KIRI, self.y, ln)
        self.y -= self.lead
        self.isi = True

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= self.lead * 0.4
            return
        if JUDUL.match(ln):
            self.judul(ln)
            return
        c, font, pt = self.c, self.R, self.pt
        tab = self.look == "tab"
        panjang = len(ln) >= 60 and not ln.startswith(("Tabel", "TABEL", "(", "Sumber"))
        if tab:
            inden = 12.5 * mm if panjang else 0
            for i, x in enumerate(pecah(ln, font, pt, LEBAR, awal=inden)):
                self.muat(self.lead)
                c.setFont(font, pt)
                c.drawString(KIRI + (inden if i == 0 else 0), self.y, x)
                self.y -= self.lead
            self.isi = True
            return
        if self.drop and panjang and ln[0].isalpha():  # a drop cap three lines tall opens the paragraph
            self.drop = False
            besar = self.lead * 2 + pt * 0.95
            huruf, sisa = ln[0], ln[1:]
            lb = pdfmetrics.stringWidth(huruf, self.B, besar) + 3
            self.muat(self.lead * 3)
            c.setFont(self.B, besar)
            c.setFillColor(colors.HexColor("#7A1F1F"))
            c.drawString(KIRI, self.y - self.lead * 2, huruf)
            c.setFillColor(colors.black)
            baris = []
            cur = ""
            for kata in sisa.split(" "):
                lebar = LEBAR - (lb if len(baris) < 3 else 0)
                coba = (cur + " " + kata) if cur else kata
                if pdfmetrics.stringWidth(coba, font, pt) <= lebar or not cur:
                    cur = coba
                else:
                    baris.append(cur)
                    cur = kata
            baris.append(cur)
            for i, x in enumerate(baris):
                self.rata(x, KIRI + (lb if i < 3 else 0), LEBAR - (lb if i < 3 else 0), i < len(baris) - 1)
            self.isi = True
            return
        if panjang:
            self.drop = False
        bs = pecah(ln, font, pt, LEBAR)
        for i, x in enumerate(bs):
            self.rata(x, KIRI, LEBAR, panjang and i < len(bs) - 1)
        self.isi = True

    def rata(self, x, kiri, lebar, penuh):
        """One line of prose; justified by the word-spacing operator when penuh."""
        self.muat(self.lead)
        t = self.c.beginText(kiri, self.y)
        t.setFont(self.R, self.pt)
        ruang = x.count(" ")
        if penuh and ruang:
            t.setWordSpace((lebar - pdfmetrics.stringWidth(x, self.R, self.pt)) / ruang)
        t.textOut(x)
        self.c.drawText(t)
        self.y -= self.lead

    def tabel(self, rows):
        n = max(len(r) for r in rows)
        rows = [[t.strip() for t in r] + [""] * (n - len(r)) for r in rows]
        tab = self.look == "tab"
        pt = self.pt - (2.5 if tab else 1.8)
        R, B, pad = self.R, self.B, 4
        angka = [all(ANGKA.match(r[j]) or not r[j] for r in rows[1:]) and any(r[j] for r in rows[1:]) for j in range(n)]
        kiri_w = [max(pdfmetrics.stringWidth(desimal(r[j])[0], R, pt) for r in rows[1:]) for j in range(n)]
        kanan_w = [max(pdfmetrics.stringWidth(desimal(r[j])[1], R, pt) for r in rows[1:]) for j in range(n)]
        isi_w = [max(pdfmetrics.stringWidth(r[j], R, pt) for r in rows[1:]) for j in range(n)]
        kep_w = [max(pdfmetrics.stringWidth(k, B, pt) for k in rows[0][j].split(" ")) if rows[0][j] else 0 for j in range(n)]
        w = [max((kiri_w[j] + kanan_w[j]) if angka[j] else isi_w[j], kep_w[j]) + 2 * pad for j in range(n)]
        teks = [j for j in range(n) if not angka[j]]
        while sum(w) > LEBAR and teks:  # the widest text column wraps first
            j = max(teks, key=lambda j: w[j])
            batas = max(kep_w[j] + 2 * pad, 40)
            if w[j] - 4 < batas:
                teks.remove(j)
                continue
            w[j] -= 4
        while sum(w) > LEBAR and pt > 5.5:  # still too wide: a smaller size, as Word's autofit does
            return self.tabel_kecil(rows, pt)
        self._tabel(rows, w, pt, angka, kanan_w)

    def tabel_kecil(self, rows, pt):
        self.pt, lama = self.pt - 0.6, self.pt
        self.tabel(rows)
        self.pt = lama

    def _tabel(self, rows, w, pt, angka, kanan_w):
        c, R, B, pad, n = self.c, self.R, self.B, 4, len(w)
        tab = self.look == "tab"
        lead = pt * (1.55 if tab else 1.3)
        sel = [[pecah(t, B if i == 0 else R, pt, w[j] - 2 * pad) if t else [""] for j, t in enumerate(r)]
               for i, r in enumerate(rows)]
        c.setLineWidth(0.5 if tab else 0.25)
        c.setStrokeColor(colors.black if tab else colors.HexColor("#999999"))

        def satu(i, baris):
            h = max(len(x) for x in baris) * lead + (3 if not tab else 1)
            self.muat(h + lead)
            x = KIRI
            for j, isi in enumerate(baris):
                for k, t in enumerate(isi):
                    if not t:
                        continue
                    yy = self.y - k * lead
                    if i == 0:
                        c.setFont(B, pt)
                        if angka[j]:
                            c.drawRightString(x + w[j] - pad, yy, t)
                        else:
                            c.drawString(x + pad, yy, t)
                        continue
                    c.setFont(R, pt)
                    if angka[j]:  # a decimal tab: the comma at the same place in every row
                        koma = x + w[j] - pad - kanan_w[j]
                        a, b = desimal(t)
                        c.drawRightString(koma, yy, a)
                        if b:
                            c.drawString(koma, yy, b)
                    else:
                        c.drawString(x + pad, yy, t)
                x += w[j]
            self.y -= h
            garis = self.y + lead * 0.72
            if i == 0 or not tab:
                c.line(KIRI, garis, KIRI + sum(w), garis)

        satu(0, sel[0])
        for i, baris in enumerate(sel[1:], 1):
            if self.y - max(len(x) for x in baris) * lead < BAWAH:
                self.baru()
                satu(0, sel[0])
            satu(i, baris)
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
            if tunda:
                self.baru()
                tunda = False
            if jenis == "P":
                self.prosa(isi)
            else:
                self.tabel(isi)
        if self.look == "majalah":
            self.c.showOutline()
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
