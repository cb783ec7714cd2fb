#!/usr/bin/python3
"""PDF twins of four dev70/ texts, in two looks no earlier batch used.

- Belu 2019 and Sikka 2021 (ordinary documents): **tables squeezed by a character scale** - an A4 page from a
  Word template whose table style sets the font's character scale to 62 % (Format Font > Advanced > Scale), so
  every table cell is printed with horizontal scaling (the PDF's `Tz 62`): the glyphs narrow, the gaps between
  the cells narrow with them; prose in DejaVu Sans 8.6 pt at 100 %, headings bold; a thin rule over and under
  each table's header; the text's own feet dropped; `Halaman n` at the foot right.
- Ngada 2019 and Manggarai Timur 2023 (new house styles): **a typist's tables aligned by spaces in a
  proportional font** - an A4 page whose tables were typed without tabs or a table grid: every row one line of
  text, each cell padded with spaces to as many characters as the widest cell of its column (figures padded on
  the left), long names wrapped on continuation lines, all set in DejaVu Serif, so the columns that lined up on
  the typist's monospace screen drift apart on the page (a space is narrower than a digit); prose in DejaVu Serif
  8.4 pt; the text's own feet dropped; `- n -` centred at the foot.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev70/pdf/make_pdf.py
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
ANGKA = re.compile(r"^[\d.,%\s/()*+:=-]+$")
JUDUL = re.compile(r"^(BAB [IV]+|[A-E]\. |KATA PENGANTAR|DAFTAR)")
for nama, berkas in (("sR", "DejaVuSans"), ("sB", "DejaVuSans-Bold"), ("kR", "DejaVuSerif"), ("kB", "DejaVuSerif-Bold")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
KIRI, KANAN, ATAS, BAWAH = 24 * mm, 20 * mm, 24 * mm, 22 * mm
LEBAR = W - KIRI - KANAN
SKALA = 62  # the squeezed tables' character scale (percent)
BASES = ("lkj-belu-2019", "lkj-sikka-2021", "lkj-ngada-2019", "lkj-manggarai-timur-2023")
LOOK = {"lkj-belu-2019": "skala", "lkj-sikka-2021": "skala", "lkj-ngada-2019": "ketik",
        "lkj-manggarai-timur-2023": "ketik"}
KAKI = (r"(Laporan Kinerja KPU Belu 2019 \| \d+|LKj 2021 KPU Sikka - halaman \d+|LKj Ngada 2019 -- \d+|"
        r"LKj Matim 2023 \| hlm\. \d+)")


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
                      and not JUDUL.match(ln) and not ln.startswith(("Tabel", "(", "Sumber"))):
                    out[-1] = ("P", out[-1][1] + " " + ln)  # a paragraph the text wrapped: one line again
                else:
                    out.append(("P", ln))
    return out


class Cetak:
    def __init__(self, base):
        self.base, self.look = base, LOOK[base]
        self.R, self.B = ("sR", "sB") if self.look == "skala" else ("kR", "kB")
        self.pt = 8.6 if self.look == "skala" else 8.4
        self.lead = self.pt * 1.45
        self.c = canvas.Canvas(os.path.join(HERE, base + ".pdf"), pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False

    def baru(self):
        if self.n:
            self.c.showPage()
        self.n += 1
        self.y, self.isi = H - ATAS, False
        c = self.c
        c.setFillColor(colors.HexColor("#444444"))
        c._horizScale = 100  # a new page opens at full width
        if self.look == "skala":
            c.setFont("sR", 7.5)
            c.drawRightString(W - KANAN, 12 * mm, f"Halaman {self.n}")
        else:
            c.setFont("kR", 7.5)
            c.drawCentredString(W / 2, 12 * mm, f"- {self.n} -")
        c.setFillColor(colors.black)

    def muat(self, h):
        if self.y - h < BAWAH:
            self.baru()

    def bungkus(self, ln, font, pt):
        if pdfmetrics.stringWidth(ln, font, pt) <= LEBAR:
            return [ln]
        out, cur = [], ""
        for kata in ln.split(" "):
            coba = (cur + " " + kata).strip()
            if cur and pdfmetrics.stringWidth(coba, font, pt) > LEBAR:
                out.append(cur)
                cur = kata
            else:
                cur = coba
        return out + [cur]

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= self.lead * 0.5
            return
        judul = bool(JUDUL.match(ln))
        font, pt = (self.B if judul else self.R), self.pt + (1.6 if ln.startswith("BAB ") else 0)
        for x in self.bungkus(ln, font, pt):
            self.muat(self.lead)
            tx = self.c.beginText(KIRI, self.y)  # at full width again after a squeezed table
            tx.setFont(font, pt)
            tx.setHorizScale(100)
            tx.textOut(x)
            self.c.drawText(tx)
            self.y -= self.lead
            self.isi = True

    # ---- the squeezed tables (character scale 62 %) ----
    def tabel_skala(self, rows):
        n = max(len(r) for r in rows)
        rows = [r + [""] * (n - len(r)) for r in rows]
        pt = self.pt
        sk = SKALA / 100
        lebar = lambda t, f: pdfmetrics.stringWidth(t, f, pt) * sk
        w = [max(lebar(r[j], self.B if i == 0 else self.R) for i, r in enumerate(rows)) + 6 for j in range(n)]
        while sum(w) > LEBAR:  # the widest text column wraps
            j = max(range(n), key=lambda j: w[j])
            w[j] -= 6
        sel = []
        for i, r in enumerate(rows):
            f = self.B if i == 0 else self.R
            baris = []
            for j, t in enumerate(r):
                if lebar(t, f) <= w[j] - 4:
                    baris.append([t])
                else:
                    k = max(6, int(len(t) * (w[j] - 4) / max(1, lebar(t, f))))
                    while k > 6 and any(lebar(x, f) > w[j] - 4 for x in textwrap.wrap(t, k)):
                        k -= 1
                    baris.append(textwrap.wrap(t, k) or [""])
            sel.append(baris)
        lead = pt * 1.3
        c = self.c

        def satu(i, baris):
            h = max(len(x) for x in baris) * lead + 2
            self.muat(h + (lead if i == 0 else 0))
            if i == 0:
                c.setStrokeColor(colors.HexColor("#555555"))
                c.setLineWidth(0.5)
                c.line(KIRI, self.y + lead - 1, KIRI + sum(w), self.y + lead - 1)
            x = KIRI
            for j, isi in enumerate(baris):
                for k, t in enumerate(isi):
                    if not t:
                        continue
                    tx = c.beginText()
                    tx.setFont(self.B if i == 0 else self.R, pt)
                    tx.setHorizScale(SKALA)
                    kanan = bool(i and ANGKA.match(t))
                    xx = x + w[j] - 2 - lebar(t, self.R) if kanan else x + 2
                    tx.setTextOrigin(xx, self.y - k * lead)
                    tx.textOut(t)
                    c.drawText(tx)
                x += w[j]
            self.y -= h
            if i == 0:
                c.line(KIRI, self.y + lead - 1, KIRI + sum(w), self.y + lead - 1)

        self.muat(lead * 4)
        satu(0, sel[0])
        for i, baris in enumerate(sel[1:], 1):
            if self.y - max(len(x) for x in baris) * lead < BAWAH:
                self.baru()
                satu(0, sel[0])
            satu(i, baris)
        self.y -= self.lead * 0.6
        self.isi = True

    # ---- the typist's tables (spaces in a proportional font) ----
    def tabel_ketik(self, rows):
        n = max(len(r) for r in rows)
        rows = [[t.strip() for t in r] + [""] * (n - len(r)) for r in rows]
        batas = 34  # a text column wraps at this many characters
        lipat = [[textwrap.wrap(t, batas) or [""] if len(t) > batas and not ANGKA.match(t) else [t] for t in r]
                 for r in rows]
        w = [max(len(x) for r in lipat for x in r[j]) for j in range(n)]
        garis = []
        for i, r in enumerate(lipat):
            for k in range(max(len(x) for x in r)):
                sel = []
                for j, x in enumerate(r):
                    t = x[k] if k < len(x) else ""
                    sel.append(t.rjust(w[j]) if i and ANGKA.match(t or "x") else t.ljust(w[j]))
                garis.append(("  ".join(sel).rstrip(), i == 0))
        pt = self.pt
        while pt > 4.6 and max(pdfmetrics.stringWidth(g, self.R, pt) for g, _ in garis) > LEBAR:
            pt -= 0.2
        lead = pt * 1.35
        kepala = [g for g, h in garis if h]
        self.muat(lead * 4)
        for g, h in garis:
            if self.y - lead < BAWAH:
                self.baru()
                for kg in kepala:
                    self.c.setFont(self.R, pt)
                    self.c.drawString(KIRI, self.y, kg)
                    self.y -= lead
            self.c.setFont(self.R, pt)
            self.c.drawString(KIRI, self.y, g)
            self.y -= lead
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
            elif self.look == "skala":
                self.tabel_skala(isi)
            else:
                self.tabel_ketik(isi)
        self.c.showPage()
        self.c.save()
        return self.n


def main():
    for base in BASES:
        n = Cetak(base).jalan()
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        pdf = os.path.join(HERE, base + ".pdf")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
