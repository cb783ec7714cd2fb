#!/usr/bin/python3
"""PDF twins of four dev81/ texts, in two looks no earlier batch used.

- Lembata 2021 and Kota Kupang 2022 (ordinary documents): **the running title set upright along the outer edge,
  every caption under its table** - an A4 report in DejaVu Sans 10 pt; on every page but the cover the report's
  short title in small grey capitals turned 90 degrees and running up the outer edge of the page (the right edge of
  odd pages, the left edge of even ones), the page number at its foot; every table without vertical rules, a black
  rule over and under its header row, grey hairlines between the rows and a black rule under the last, and its
  caption (with any note) set in bold **under** the table, then the `Sumber:` line; a table running over a page
  repeats its header row on the next; the text's own feet and running head dropped.
- Rote Ndao 2020 and Sumba Timur 2021 (new house styles): **a chapter strip in the foot of every page** - an A4
  report in DejaVu Serif 10 pt whose foot holds the four chapters `BAB I  BAB II  BAB III  BAB IV` in a row, the
  chapter the page opens in white on a filled slate-blue lozenge, the others grey, and the page number at the
  strip's right end; tables with a bold header row on a pale slate fill, no rules between the rows, a slate rule
  under the last; the caption bold above the table; the text's own feet dropped.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev81/pdf/make_pdf.py
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
                     ("kR", "DejaVuSerif"), ("kB", "DejaVuSerif-Bold")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
BATU = colors.HexColor("#3e5c76")  # the strip look's slate blue
PUCAT = colors.HexColor("#e3eaf1")  # the strip look's pale slate header fill
ABU = colors.HexColor("#777777")
ATAS = 25 * mm
BASES = ("lkj-lembata-2021", "lkj-kota-kupang-2022", "lkj-rote-ndao-2020", "lkj-sumba-timur-2021")
LOOK = {"lkj-lembata-2021": "tegak", "lkj-kota-kupang-2022": "tegak", "lkj-rote-ndao-2020": "jalur",
        "lkj-sumba-timur-2021": "jalur"}
JUDUL = {"lkj-lembata-2021": "LAPORAN KINERJA KPU KABUPATEN LEMBATA TAHUN 2021",
         "lkj-kota-kupang-2022": "LAPORAN KINERJA KPU KOTA KUPANG TAHUN 2022"}
KAKI = (r"(- \d+ -|LKj Lembata 2021 -- \d+"
        r"|LKj KPU Rote Ndao 2020 \| halaman \d+|KPU Kabupaten Sumba Timur - LKj 2021 - \d+)")
KEPALA = r"LKj KPU Kota Kupang Tahun 2022"  # Kota Kupang 2022's running head
BABS = ("BAB I", "BAB II", "BAB III", "BAB IV")


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
    """One PDF in the look LOOK[base]."""

    def __init__(self, base, berkas):
        self.base, self.look = base, LOOK[base]
        serif = self.look == "jalur"
        self.R, self.B = ("kR", "kB") if serif else ("sR", "sB")
        self.pt = 10
        self.lead = self.pt * 1.4
        self.bawah = 26 * mm if serif else 22 * mm
        self.x0, self.lebar = 25 * mm, W - 47 * mm
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.sampul = True
        self.bab = None  # the chapter in progress (the strip look)
        self.bab_hal = None  # the chapter the page opens in, marked in its strip

    def kaki(self):
        """The page's furniture (none on the cover): the upright running title or the chapter strip."""
        c = self.c
        if self.n <= 1:
            return
        if self.look == "tegak":
            judul = f"{JUDUL[self.base]}  \u2014  {self.n}"
            c.saveState()
            c.setFillColor(ABU)
            c.setFont("sR", 8)
            x = W - 11 * mm if self.n % 2 else 14 * mm
            c.translate(x, 30 * mm)
            c.rotate(90)
            c.drawString(0, 0, judul)
            c.restoreState()
        else:
            c.saveState()
            y = 12 * mm
            x = 25 * mm
            for b in BABS:
                w = pdfmetrics.stringWidth(b, "kB", 8) + 5 * mm
                if b == self.bab_hal:
                    c.setFillColor(BATU)
                    c.roundRect(x, y - 2.2 * mm, w, 6 * mm, 3 * mm, stroke=0, fill=1)
                    c.setFillColor(colors.white)
                else:
                    c.setFillColor(ABU)
                c.setFont("kB", 8)
                c.drawCentredString(x + w / 2, y, b)
                x += w + 3 * mm
            c.setStrokeColor(BATU)
            c.setLineWidth(0.6)
            c.line(25 * mm, y + 5.5 * mm, W - 22 * mm, y + 5.5 * mm)
            c.setFillColor(BATU)
            c.setFont("kB", 9)
            c.drawRightString(W - 22 * mm, y, str(self.n))
            c.restoreState()
        c.setFillColor(colors.black)

    def baru(self):
        if self.n:
            self.kaki()
            self.c.showPage()
        self.n += 1
        self.y, self.isi = H - ATAS, False
        self.bab_hal = self.bab

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
            m = re.match(r"BAB [IV]+", ln)
            if m:
                self.bab = m.group(0)
            elif ln.startswith("KATA PENGANTAR"):
                self.bab = None
            if not self.isi:
                self.bab_hal = self.bab
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
        """A table with its caption (judul: the caption line and any note under it) and source line: the
        caption above (strip look) or under the table (upright-title look)."""
        c = self.c
        jalur = self.look == "jalur"
        k = max(len(r) for r in rows)
        rows = [r + [""] * (k - len(r)) for r in rows]
        pt = 8.5
        font = "sR"
        lebar_isi = [max([pdfmetrics.stringWidth(r[j], "sB", pt) for r in rows[1:]] + [0]) + 8 for j in range(k)]
        w = [max(lebar_isi[j], pdfmetrics.stringWidth(rows[0][j], "sB", pt) + 8) for j in range(k)]
        ruang = self.lebar - 4 * mm
        # the word columns (any body cell not a figure) share what the figure columns leave, by their widths
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
        lead = pt * 1.3
        kepala = [pecah(rows[0][j], "sB", pt, w[j] - 6) for j in range(k)]
        t_kepala = max(len(x) for x in kepala) * lead + 4
        sel = [[pecah(r[j], font, pt, w[j] - 6) for j in range(k)] for r in rows[1:]]
        judul = list(judul) or [""]
        caps = [s for s in pecah(judul[0], self.B, pt + 1, lebar)] if judul[0] else []
        notes = [s for b in judul[1:] for s in pecah(b, "sI", pt, lebar - 8)]

        def keterangan():
            for s in caps:
                c.setFont(self.B, pt + 1)
                c.drawString(x0, self.y, s)
                self.y -= (pt + 1) * 1.45
            for s in notes:
                c.setFont("sI", pt)
                c.drawString(x0, self.y, s)
                self.y -= lead

        def buka(lanjut=False):
            """The caption above the table (strip look) and the header row."""
            if jalur:
                self.muat(t_kepala + lead * (5 + len(notes) + len(caps)))
                if lanjut:
                    c.setFont(self.B, pt + 1)
                    c.drawString(x0, self.y, (caps[0] if caps else "") + " (lanjutan)")
                    self.y -= (pt + 1) * 1.45
                else:
                    keterangan()
            else:
                self.muat(t_kepala + lead * 4)
            self.y -= 3
            top = self.y + pt + 1
            if jalur:
                c.setFillColor(PUCAT)
                c.rect(x0, top - t_kepala, lebar, t_kepala, stroke=0, fill=1)
                c.setFillColor(colors.black)
            else:
                c.setLineWidth(0.9)
                c.line(x0, top, x0 + lebar, top)
            x = x0
            for j in range(k):
                c.setFont("sB", pt)
                yy = self.y
                for s in kepala[j]:
                    c.drawString(x + 3, yy, s)
                    yy -= lead
                x += w[j]
            if not jalur:
                c.setLineWidth(0.9)
                c.line(x0, top - t_kepala, x0 + lebar, top - t_kepala)
            self.y -= t_kepala

        def tutup():
            bawah = self.y + pt - 2
            if jalur:
                c.setStrokeColor(BATU)
                c.setLineWidth(0.8)
            else:
                c.setLineWidth(0.9)
            c.line(x0, bawah, x0 + lebar, bawah)
            c.setStrokeColor(colors.black)

        self.y -= self.lead * 0.3
        buka()
        for i, baris in enumerate(sel, 1):
            tinggi = max(len(x) for x in baris) * lead + 3
            if self.y - tinggi < self.bawah:
                tutup()
                self.baru()
                buka(lanjut=True)
            top = self.y + pt
            if not jalur and i > 1:
                c.setStrokeColor(colors.HexColor("#bbbbbb"))
                c.setLineWidth(0.25)
                c.line(x0, top, x0 + lebar, top)
                c.setStrokeColor(colors.black)
            x = x0
            for j in range(k):
                kanan = bool(rows[i][j]) and bool(ANGKA.match(rows[i][j])) and j != 0
                yy = self.y
                for s in baris[j]:
                    c.setFont("sB" if not rows[i][0] and rows[i][1] and rows[i][-1] else font, pt)
                    if kanan:
                        c.drawRightString(x + w[j] - 3, yy, s)
                    else:
                        c.drawString(x + 3, yy, s)
                    yy -= lead
                x += w[j]
            self.y -= tinggi
        self.y -= 3
        tutup()
        self.y -= 2 * mm
        if not jalur:
            if self.y - lead * (len(caps) + len(notes) + 1) < self.bawah:
                self.baru()
            self.y -= lead * 0.4
            keterangan()
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

    def jalan(self):
        self.baru()
        self.urai(blok_tabel(potong(self.base)))
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
