#!/usr/bin/python3
"""PDF twins of four dev26/ texts, in two looks.

- Belu 2020 and Kota Kupang 2023 (ordinary documents): an A4 Word report **set up with mirror margins for
  two-sided printing** - Liberation Serif 11 pt, the inner (binding) margin 3.5 cm and the outer 2 cm, 2.5 cm
  top and bottom; from page 2 on a running head in italics on the outer side (the report's title on odd pages,
  the current chapter on even pages) over a thin rule, and the page number at the outer corner of the foot;
  every TAB table in Word's `Table Grid` with the header row shaded pale orange (bold text), repeated on the
  next page; long cells wrapped inside their column, a figure never broken; the text's wrapped paragraphs
  re-flowed.
- Alor 2022 and Flores Timur 2020 (new house styles), a look no earlier batch used: **the reviewer's marked-up
  copy** as the inspectorate scanned it back - A4 portrait, DejaVu Sans 9.5 pt with a wide right margin (5.5 cm)
  for the reviewer's notes: **yellow highlighter** behind every table's last row and behind the prose lines that
  state a rupiah amount, a red pen stroke down the margin beside every table with a short handwritten-style note
  (red oblique type) next to it, tables in thin grey rules with a bold header, `Salinan reviu` and `hlm. n` at the
  foot; the prose re-flowed, every
  line of the cards, the TOML file and other fixed text kept as a line (long ones wrapped, never joined).
Written from the text twin line by line, so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev26/pdf/make_pdf.py
"""
import itertools, json, os, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
F = "/usr/share/fonts/truetype/dejavu/"
ANGKA = re.compile(r"^[\d.,%\s/()*+:=-]+$")
JUDUL = re.compile(r"^(BAB [IV]+|[A-E]\. |KATA PENGANTAR|DAFTAR)")


class Gaya:
    """A look: page size, margins, faces and size, page and text colours."""
    def __init__(self, nama, size, kiri, kanan, atas, bawah, pt, face, tebal, teks=colors.black):
        self.nama, (self.W, self.H) = nama, size
        self.teks = teks
        self.kiri, self.kanan, self.atas, self.bawah, self.pt = kiri, kanan, atas, bawah, pt
        self.lebar = self.W - kiri - kanan
        self.lead = pt * 1.45
        pdfmetrics.registerFont(TTFont(nama + "R", F + face + ".ttf"))
        pdfmetrics.registerFont(TTFont(nama + "B", F + tebal + ".ttf"))


WORD = Gaya("w", A4, 35 * mm, 20 * mm, 25 * mm, 25 * mm, 11, "../liberation/LiberationSerif-Regular",
            "../liberation/LiberationSerif-Bold")
pdfmetrics.registerFont(TTFont("wI", F + "../liberation/LiberationSerif-Italic.ttf"))
REVIU = Gaya("r", A4, 20 * mm, 55 * mm, 20 * mm, 20 * mm, 9.5, "DejaVuSans", "DejaVuSans-Bold")
pdfmetrics.registerFont(TTFont("rI", F + "DejaVuSans-Oblique.ttf"))
JINGGA = colors.HexColor("#FBE4D5")
STABILO = colors.Color(1, 0.93, 0.2, alpha=0.55)
MERAH = colors.HexColor("#C62828")
CATATAN = ("cek ke LRA", "sesuai BA pleno", "ok", "sumber data?", "format disamakan", "sdh dicocokkan", "lihat lampiran")
# base -> (look, running head or the footer title)
BASES = {"lkjip-belu-2020": (WORD, "LKjIP KPU Kabupaten Belu Tahun 2020"),
         "lkj-kota-kupang-2023": (WORD, "Laporan Kinerja KPU Kota Kupang Tahun 2023"),
         "lkj-alor-2022": (REVIU, "Salinan reviu - LKj KPU Kabupaten Alor 2022"),
         "lakip-flores-timur-2020": (REVIU, "Salinan reviu - LAKIP KPU Kabupaten Flores Timur 2020")}
L = WORD


def bungkus(ln, font=None, pt=None, lebar=None):
    """A prose line wrapped to the text width."""
    pt, lebar, font = pt or L.pt, lebar or L.lebar, font or L.nama + "R"
    if pdfmetrics.stringWidth(ln, font, pt) <= lebar:
        return [ln]
    out, cur = [], ""
    for kata in ln.split(" "):
        coba = (cur + " " + kata).strip()
        if cur and pdfmetrics.stringWidth(coba, font, pt) > lebar:
            out.append(cur)
            cur = kata
        else:
            cur = coba
    return out + [cur]


def huruf(i, t):
    """The face a table cell is set in: bold header, monospace figures in the framed look."""
    if i == 0:
        return L.nama + "B"
    return L.nama + "R"


def tabel(rows):
    """A TAB table laid out for the page: (type size, column widths, rows of folded cells)."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    for pt in ((9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5) if L is WORD else (8.5, 8, 7.5, 7, 6.5, 6)):
        w = [max(pdfmetrics.stringWidth(r[j], huruf(i, r[j]), pt) for i, r in enumerate(rows)) + 8 for j in range(n)]
        # a column is never narrower than its longest word, a figure never broken
        bawah = [max(pdfmetrics.stringWidth(k, huruf(i, r[j]), pt) for i, r in enumerate(rows)
                     for k in ([r[j]] if ANGKA.match(r[j] or "x") else r[j].split() or [""])) + 7 for j in range(n)]
        while sum(w) > L.lebar:
            j = max(range(n), key=lambda j: w[j] - bawah[j])
            if w[j] - 4 < bawah[j]:
                break
            w[j] -= 4
        if sum(w) <= L.lebar or pt == (5 if L is WORD else 6):
            break
    lipat = []
    for i, r in enumerate(rows):
        sel = []
        for j, c in enumerate(r):
            font = L.nama + ("B" if i == 0 else "R")
            if pdfmetrics.stringWidth(c, font, pt) <= w[j] - 6:
                sel.append([c])
            else:
                k = max(4, int((w[j] - 6) / (pt * 0.5)))
                while k > 4 and any(pdfmetrics.stringWidth(x, font, pt) > w[j] - 6
                                    for x in textwrap.wrap(c, k, break_long_words=False, break_on_hyphens=False)):
                    k -= 1  # narrower until every piece fits its cell
                sel.append(textwrap.wrap(c, k, break_long_words=False, break_on_hyphens=False) or [""])
        lipat.append(sel)
    return pt, w, lipat


def prosa(ln):
    """True for a line of running prose (not a card, TOML, label or list line), which may be re-flowed."""
    return not re.match(r"^\s|^[|+#\[-]|^\w+ = |^DAFTAR:|^(Papan|Dicetak) ", ln)


def potong(base):
    """The text twin as items: ("P", line), ("T", table), ("F", page break)."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    text = re.sub(r"\n\d+\n\f\n", "\n\f\n", text)  # the text's own page number: the page prints its own
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out.append(("T", [x.split("\t") for x in run]))
        else:
            for ln in run:
                if ln == "\f":
                    out.append(("F", ""))
                elif ln and out and out[-1][0] == "P" and prosa(out[-1][1]) and prosa(ln) and len(out[-1][1]) >= 60 and not out[-1][1].endswith((".", ":")):
                    out[-1] = ("P", out[-1][1] + " " + ln)  # a paragraph the text wrapped: one line for the page to wrap
                else:
                    out.append(("P", ln))
    return out



class Halaman:
    def __init__(self, c, kepala):
        self.c, self.kepala, self.n, self.y, self.isi, self.bab = c, kepala, 0, 0, False, ""
        self.catat = 0

    def baru(self):
        """Close the page in hand (if any) and open the next with its furniture."""
        if self.n:
            self.c.showPage()
        self.n += 1
        c = self.c
        self.y = L.H - L.atas
        if L is WORD:
            ganjil = self.n % 2 == 1
            L.kiri, L.kanan = (35 * mm, 20 * mm) if ganjil else (20 * mm, 35 * mm)
            if self.n > 1:
                c.setFillColor(colors.black)
                c.setFont("wI", 9)
                teks = self.kepala if ganjil else (self.bab or self.kepala)
                if ganjil:
                    c.drawRightString(L.W - L.kanan, L.H - 17 * mm, teks)
                    c.drawRightString(L.W - L.kanan, 13 * mm, str(self.n))
                else:
                    c.drawString(L.kiri, L.H - 17 * mm, teks)
                    c.drawString(L.kiri, 13 * mm, str(self.n))
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.4)
                c.line(L.kiri, L.H - 18.5 * mm, L.W - L.kanan, L.H - 18.5 * mm)
        else:
            c.setFillColor(colors.HexColor("#616161"))
            c.setFont(L.nama + "R", 7.5)
            c.drawString(L.kiri, 10 * mm, self.kepala)
            c.drawRightString(L.W - L.kanan, 10 * mm, f"hlm. {self.n}")
        c.setFillColor(L.teks)
        self.isi = False

    def muat(self, tinggi):
        if self.y - tinggi < L.bawah:
            self.baru()

    def stabilo(self, x, y, lebar, tinggi):
        c = self.c
        c.setFillColor(STABILO)
        c.rect(x - 1, y, lebar + 2, tinggi, stroke=0, fill=1)
        c.setFillColor(L.teks)

    def prosa(self, ln):
        if not ln:
            if self.isi:
                self.y -= L.lead * 0.5
            return
        if ln.startswith("BAB "):
            self.bab = ln
        for k, x in enumerate(bungkus(ln)):
            self.muat(L.lead)
            c = self.c
            if L is WORD and self.n == 1 and not self.isi:
                c.setFont(L.nama + "B", L.pt + 4)
                c.drawCentredString(L.kiri + L.lebar / 2, self.y, x)
                self.y -= L.lead * 1.6
                continue
            font = L.nama + ("B" if JUDUL.match(x) else "R")
            if L is REVIU and re.search(r"Rp\s?\d", x):
                self.stabilo(L.kiri, self.y - L.pt * 0.3, pdfmetrics.stringWidth(x, font, L.pt), L.pt * 1.25)
            c.setFont(font, L.pt)
            c.drawString(L.kiri, self.y, x)
            self.y -= L.lead
            self.isi = True

    def tabel(self, rows):
        pt, w, lipat = tabel(rows)
        lead = pt * 1.4
        c = self.c
        akhir = len(lipat) - 1

        def baris(sel, i, _):
            h = max(len(x) for x in sel) * lead + 4
            self.muat(h)
            atas, lebar = self.y + lead - 1, sum(w)
            if i == 0 and L is WORD:
                c.setFillColor(JINGGA)
                c.rect(L.kiri, atas - h, lebar, h, stroke=0, fill=1)
            if i == akhir and L is REVIU:
                self.stabilo(L.kiri, atas - h, lebar, h)
            c.setStrokeColor(colors.black if L is WORD else colors.HexColor("#9E9E9E"))
            c.setLineWidth(0.5 if L is WORD else 0.35)
            xx = L.kiri
            for j in range(len(sel)):
                c.rect(xx, atas - h, w[j], h, stroke=1, fill=0)
                xx += w[j]
            c.setFillColor(colors.black)
            c.setFont(L.nama + ("B" if i == 0 else "R"), pt)
            x = L.kiri
            for j, isi in enumerate(sel):
                for k, t in enumerate(isi):
                    yy = self.y - k * lead
                    if i == 0:
                        c.drawCentredString(x + w[j] / 2, yy, t)
                    elif t and ANGKA.match(t):
                        c.drawRightString(x + w[j] - 3, yy, t)
                    else:
                        c.drawString(x + 3, yy, t)
                x += w[j]
            c.setFillColor(L.teks)
            self.y -= h

        self.muat(max(len(x) for x in lipat[0]) * lead + 30)
        mulai, halaman = self.y + lead, self.n
        baris(lipat[0], 0, False)
        for i, sel in enumerate(lipat[1:], 1):
            h = max(len(x) for x in sel) * lead + 4
            if self.y - h < L.bawah:
                self.baru()
                mulai, halaman = self.y + lead, self.n
                baris(lipat[0], 0, False)
            baris(sel, i, False)
        if L is REVIU:
            # the reviewer's pen: a stroke down the margin beside the table and a short note
            xm = L.W - L.kanan + 8 * mm
            c.setStrokeColor(MERAH)
            c.setLineWidth(1.1)
            c.line(xm, mulai, xm - 0.6 * mm, self.y + 2)
            c.setFillColor(MERAH)
            c.setFont("rI", 8.5)
            c.drawString(xm + 3 * mm, mulai - 10, CATATAN[self.catat % len(CATATAN)])
            c.setFillColor(L.teks)
            self.catat += 1
        self.y -= L.lead * 0.8
        self.isi = True


def cetak(base, kepala):
    """The twin laid out page by page."""
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=(L.W, L.H), invariant=1)
    c.setTitle(base)
    h = Halaman(c, kepala)
    h.baru()
    tunda = False  # a form feed seen: the next page opens when its first content comes
    for jenis, isi in potong(base):
        if jenis == "F":
            tunda = tunda or h.isi
            continue
        if jenis == "P" and not isi and tunda:
            continue
        if tunda:
            h.baru()
            tunda = False
        if jenis == "P":
            h.prosa(isi)
        else:
            h.tabel(isi)
    c.showPage()
    c.save()
    return pdf, h.n


def main():
    global L
    for base in BASES:
        L, kepala = BASES[base]
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base, kepala)
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
