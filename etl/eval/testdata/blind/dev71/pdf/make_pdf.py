#!/usr/bin/python3
"""PDF twins of four dev71/ texts, in two looks no earlier batch used.

- Timor Tengah Selatan 2019 and Ngada 2021 (ordinary documents): **justified prose and narrow table columns
  with automatic hyphenation** - an A4 Word report whose template turns on Layout > Hyphenation > Automatic:
  prose in DejaVu Serif 9.4 pt, justified, a long word at the end of a line broken with a hyphen at a
  syllable (`pelak-` / `sanaan`); tables in a full grid whose text columns share the width left by the
  figure columns, their header words and long names broken and hyphenated inside the cell (`Reali-` /
  `sasi`), figures never broken; the text's own feet dropped; the bare page number at the foot right.
- Kota Kupang 2019 and Malaka 2024 (new house styles): **a Google Docs "pageless" export** - one single page
  as tall as the whole report (A4 width), no page breaks at all (the text's form feeds and feet dropped),
  prose in DejaVu Sans 10 pt, headings bold, tables in a light grid with a grey header band and wrapped
  cells.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev71/pdf/make_pdf.py
"""
import io, itertools, json, os, re

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
W, H4 = 210 * mm, 297 * mm
KIRI, KANAN, ATAS, BAWAH = 25 * mm, 22 * mm, 22 * mm, 22 * mm
LEBAR = W - KIRI - KANAN
BASES = ("lkj-timor-tengah-selatan-2019", "lkj-ngada-2021", "lkj-kota-kupang-2019", "lkj-malaka-2024")
LOOK = {"lkj-timor-tengah-selatan-2019": "suku", "lkj-ngada-2021": "suku", "lkj-kota-kupang-2019": "panjang",
        "lkj-malaka-2024": "panjang"}
KAKI = (r"(LKjIP KPU TTS 2019 - Hal\. \d+|\d+ \| LKj KPU Ngada 2021|LKj KPU Kota Kupang 2019 ~ \d+|"
        r"Malaka \| LKj 2024 \| \d+)")
VOKAL = "aeiouAEIOU"


def potong(base):
    """The text twin as items: ("P", line), ("T", rows), ("F", "")."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    text = re.sub(r"\n" + KAKI + r"\n\f\n", "\n\f\n", text)
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


def suku(kata):
    """The places a word may be broken (Indonesian: before a consonant followed by a vowel, at least three
    letters on each side); none for figures, codes or short words."""
    if len(kata) < 7 or not kata.isalpha():
        return []
    return [i for i in range(3, len(kata) - 2) if kata[i] not in VOKAL and kata[i + 1] in VOKAL
            and kata[i - 1].isalpha()]


def pecah(teks, font, pt, lebar, hyph):
    """Lines of teks within lebar: words wrapped, a word that does not fit broken at a syllable with a hyphen
    when hyph (a word too long for an empty line always broken so)."""
    out, cur = [], ""
    for kata in teks.split(" "):
        coba = (cur + " " + kata).strip()
        if pdfmetrics.stringWidth(coba, font, pt) <= lebar:
            cur = coba
            continue
        if hyph or (not cur and not ANGKA.match(kata)):
            cut = None
            for i in reversed(suku(kata)):
                if pdfmetrics.stringWidth((cur + " " + kata[:i] + "-").strip(), font, pt) <= lebar:
                    cut = i
                    break
            if cut:
                out.append((cur + " " + kata[:cut] + "-").strip())
                cur = kata[cut:]
                while pdfmetrics.stringWidth(cur, font, pt) > lebar and suku(cur):
                    j = next((i for i in reversed(suku(cur)) if pdfmetrics.stringWidth(cur[:i] + "-", font, pt) <= lebar), None)
                    if not j:
                        break
                    out.append(cur[:j] + "-")
                    cur = cur[j:]
                continue
        if cur:
            out.append(cur)
        cur = kata
    return out + [cur]


def kepala_min(teks, font, pt):
    """The narrowest a header cell can be: its widest word, or the widest piece of it when hyphenated at a
    syllable in the middle."""
    out = 0
    for kata in teks.split(" "):
        ss = suku(kata)
        if ss:
            i = min(ss, key=lambda i: abs(len(kata) - 2 * i))
            lebar = max(pdfmetrics.stringWidth(kata[:i] + "-", font, pt), pdfmetrics.stringWidth(kata[i:], font, pt))
        else:
            lebar = pdfmetrics.stringWidth(kata, font, pt)
        out = max(out, lebar)
    return out


class Cetak:
    def __init__(self, base, tinggi=None, berkas=None):
        self.base, self.look = base, LOOK[base]
        self.R, self.B = ("kR", "kB") if self.look == "suku" else ("sR", "sB")
        self.pt = 9.4 if self.look == "suku" else 10.0
        self.lead = self.pt * 1.4
        self.H = tinggi or (H4 if self.look == "suku" else 14000)
        self.c = canvas.Canvas(berkas or io.BytesIO(), pagesize=(W, self.H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False

    def baru(self):
        if self.n:
            self.c.showPage()
        self.n += 1
        self.y, self.isi = self.H - ATAS, False
        if self.look == "suku":
            self.c.setFont("kR", 8)
            self.c.setFillColor(colors.HexColor("#333333"))
            self.c.drawRightString(W - KANAN, 12 * mm, str(self.n))
            self.c.setFillColor(colors.black)

    def muat(self, h):
        if self.look == "suku" and self.y - h < BAWAH:
            self.baru()

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= self.lead * 0.5
            return
        judul = bool(JUDUL.match(ln))
        font, pt = (self.B if judul else self.R), self.pt + (1.6 if ln.startswith("BAB ") else 0)
        baris = pecah(ln, font, pt, LEBAR, self.look == "suku" and not judul)
        for i, x in enumerate(baris):
            self.muat(self.lead)
            kata = x.split(" ")
            rata = self.look == "suku" and not judul and i < len(baris) - 1 and len(kata) > 1
            if rata:  # justified: the gaps share the rest of the line
                sisa = LEBAR - sum(pdfmetrics.stringWidth(k, font, pt) for k in kata)
                gap, xx = sisa / (len(kata) - 1), KIRI
                self.c.setFont(font, pt)
                for k in kata:
                    self.c.drawString(xx, self.y, k)
                    xx += pdfmetrics.stringWidth(k, font, pt) + gap
            else:
                self.c.setFont(font, pt)
                self.c.drawString(KIRI, self.y, x)
            self.y -= self.lead
            self.isi = True

    def tabel(self, rows):
        n = max(len(r) for r in rows)
        rows = [[t.strip() for t in r] + [""] * (n - len(r)) for r in rows]
        pt = self.pt - (1.6 if self.look == "suku" else 1.4)
        pad = 3
        angka = [all(ANGKA.match(r[j]) or not r[j] for r in rows[1:]) for j in range(n)]
        lebar_isi = [max(pdfmetrics.stringWidth(r[j], self.R, pt) for r in rows[1:]) + 2 * pad for j in range(n)]
        if self.look == "suku":  # figure columns as wide as their widest figure; text columns share the rest
            minimal = [kepala_min(rows[0][j], self.B, pt) + 2 * pad for j in range(n)]
            w = [max(lebar_isi[j], minimal[j]) + 6 if angka[j] else 0 for j in range(n)]
            teks = [j for j in range(n) if not angka[j]]
            for j in teks:  # a short text column (a unit, a code) keeps its width
                if lebar_isi[j] <= 60:
                    w[j] = max(lebar_isi[j], minimal[j]) + 4
            lebar = [j for j in teks if not w[j]]
            bebas = LEBAR - sum(w)
            for j in lebar:
                w[j] = bebas * lebar_isi[j] / sum(lebar_isi[k] for k in lebar)
        else:
            w = [max(lebar_isi[j], pdfmetrics.stringWidth(rows[0][j], self.B, pt) + 2 * pad) for j in range(n)]
            while sum(w) > LEBAR:
                j = max(range(n), key=lambda j: w[j])
                w[j] -= 4
        hyph = self.look == "suku"
        sel = [[pecah(t, self.B if i == 0 else self.R, pt, w[j] - 2 * pad, hyph) if t else [""]
                for j, t in enumerate(r)] for i, r in enumerate(rows)]
        lead = pt * 1.28
        c = self.c
        c.setLineWidth(0.4)
        c.setStrokeColor(colors.HexColor("#555555" if hyph else "#BBBBBB"))

        def satu(i, baris):
            h = max(len(x) for x in baris) * lead + 3
            self.muat(h)
            top = self.y + lead * 0.8
            if i == 0 and not hyph:
                c.setFillColor(colors.HexColor("#EEEEEE"))
                c.rect(KIRI, top - h, sum(w), h, stroke=0, fill=1)
                c.setFillColor(colors.black)
            x = KIRI
            for j, isi in enumerate(baris):
                c.rect(x, top - h, w[j], h, stroke=1, fill=0)
                for k, t in enumerate(isi):
                    if not t:
                        continue
                    f = self.B if i == 0 else self.R
                    c.setFont(f, pt)
                    if i and angka[j]:
                        c.drawRightString(x + w[j] - pad, self.y - k * lead, t)
                    else:
                        c.drawString(x + pad, self.y - k * lead, t)
                x += w[j]
            self.y -= h

        self.muat(lead * 4)
        satu(0, sel[0])
        for i, baris in enumerate(sel[1:], 1):
            if self.look == "suku" and self.y - max(len(x) for x in baris) * lead < BAWAH:
                self.baru()
                satu(0, sel[0])
            satu(i, baris)
        self.y -= self.lead * 0.8
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
                if self.look == "suku":
                    self.baru()
                else:
                    self.y -= self.lead  # pageless: a page break is no more than a little space
                tunda = False
            if jenis == "P":
                self.prosa(isi)
            else:
                self.tabel(isi)
        self.c.showPage()
        self.c.save()
        return self.n, self.H - ATAS - self.y


def main():
    for base in BASES:
        pdf = os.path.join(HERE, base + ".pdf")
        if LOOK[base] == "panjang":  # measure first, then print on one page as tall as the content
            _, pakai = Cetak(base).jalan()
            n, _ = Cetak(base, tinggi=round(pakai + ATAS + BAWAH), berkas=pdf).jalan()
        else:
            n, _ = Cetak(base, berkas=pdf).jalan()
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
