#!/usr/bin/python3
"""PDF twins of four dev80/ texts, in two looks no earlier batch used.

- Kupang 2020 and Lembata 2022 (ordinary documents): **each table in a double-line frame with the page number
  at the top outer corner** - an A4 report in DejaVu Sans 10 pt whose every table is closed by a double outer
  rule (two thin lines 1.5 pt apart) around a full grid of hairlines, the header row bold on a pale olive fill;
  the caption in bold above the frame; a table running over a page closes its frame and opens a new one
  captioned `... (lanjutan)`; the `Sumber:` line under the frame; the text's own feet and running head dropped,
  the page number printed at the top outer corner as `Halaman n` (right on odd pages, left on even ones), as a
  book printed for two-sided binding.
- Alor 2020 and Sabu Raijua 2022 (new house styles): **each table numbered on a dark badge beside its caption**
  - an A4 report in DejaVu Serif 10.5 pt whose every table caption is led by a dark olive square holding the
  table's number in white (`3.3`), the caption's words in olive bold beside it; the table without a grid, its
  header row bold over a thick olive rule and its last row closed by a thin one; the text's own feet dropped,
  the page number white in a small olive disc at the foot's centre.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev80/pdf/make_pdf.py
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
ZAITUN = colors.HexColor("#4b5320")  # the badge look's dark olive
PUCAT = colors.HexColor("#eef0d8")  # the frame look's pale olive header fill
ATAS = 25 * mm
BASES = ("lkj-kupang-2020", "lkj-lembata-2022", "lkj-alor-2020", "lkj-sabu-raijua-2022")
LOOK = {"lkj-kupang-2020": "bingkai", "lkj-lembata-2022": "bingkai", "lkj-alor-2020": "lencana",
        "lkj-sabu-raijua-2022": "lencana"}
KAKI = (r"(- \d+ -|Halaman \d+ \| LKj KPU Lembata 2022"
        r"|LKj KPU Alor 2020 - hlm \d+|KPU Sabu Raijua \| LKj 2022 \| \d+)")
KEPALA = r"LKj KPU Kabupaten Kupang Tahun 2020"  # Kupang 2020's running head


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
        serif = self.look == "lencana"
        self.R, self.B = ("kR", "kB") if serif else ("sR", "sB")
        self.pt = 10.5 if serif else 10
        self.lead = self.pt * 1.4
        self.bawah = 22 * mm
        self.x0, self.lebar = 25 * mm, W - 45 * mm
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.sampul = True

    def kaki(self):
        """The page number of the page just filled (none on the cover)."""
        c = self.c
        if self.n <= 1:
            return
        if self.look == "lencana":
            c.setFillColor(ZAITUN)
            c.circle(W / 2, 13.4 * mm, 3.4 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("kB", 8.5)
            c.drawCentredString(W / 2, 12.4 * mm, str(self.n))
        else:
            c.setFillColor(colors.HexColor("#444444"))
            c.setFont("sR", 9)
            if self.n % 2:
                c.drawRightString(W - 20 * mm, H - 13 * mm, f"Halaman {self.n}")
            else:
                c.drawString(20 * mm, H - 13 * mm, f"Halaman {self.n}")
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
        """A table with its caption (judul: the caption line and any note under it) and source line."""
        c = self.c
        lenc = self.look == "lencana"
        k = max(len(r) for r in rows)
        rows = [r + [""] * (k - len(r)) for r in rows]
        pt = 8.5
        font = "sR"
        lebar_isi = [max([pdfmetrics.stringWidth(r[j], "sB", pt) for r in rows[1:]] + [0]) + 8 for j in range(k)]
        w = [max(lebar_isi[j], pdfmetrics.stringWidth(rows[0][j], "sB", pt) + 8) for j in range(k)]
        teks = max(range(k), key=lambda j: w[j])
        ruang = self.lebar - 4 * mm
        lain = sum(w) - w[teks]
        w[teks] = max(30 * mm, ruang - lain)
        if sum(w) > ruang:  # too wide: the other columns wrap their headings
            w = [max(lebar_isi[j], 14 * mm) if j != teks else w[j] for j in range(k)]
            w[teks] = max(28 * mm, ruang - (sum(w) - w[teks]))
        lebar = sum(w)
        x0 = self.x0 + 2 * mm
        lead = pt * 1.3
        kepala = [pecah(rows[0][j], "sB", pt, w[j] - 6) for j in range(k)]
        t_kepala = max(len(x) for x in kepala) * lead + 4
        sel = [[pecah(r[j], font, pt, w[j] - 6) for j in range(k)] for r in rows[1:]]
        judul = list(judul) or [""]
        state = {"top": None, "garis": []}
        m = re.match(r"(Tabel|TABEL) (\S+)", judul[0])
        nomor = m.group(2).rstrip(".:") if m else ""

        def tutup():
            """The double frame and grid, or the closing rule, of the part of the table on this page."""
            if state["top"] is None:
                return
            top, bawah = state["top"], self.y + pt - 2
            if lenc:
                c.setStrokeColor(ZAITUN)
                c.setLineWidth(0.5)
                c.line(x0, bawah, x0 + lebar, bawah)
            else:
                c.setStrokeColor(colors.HexColor("#999999"))
                c.setLineWidth(0.25)
                x = x0
                for j in range(k - 1):
                    x += w[j]
                    c.line(x, bawah, x, top)
                for yy in state["garis"]:
                    c.line(x0, yy, x0 + lebar, yy)
                c.setStrokeColor(colors.HexColor("#333333"))
                c.setLineWidth(0.5)
                c.rect(x0, bawah, lebar, top - bawah, stroke=1, fill=0)
                c.rect(x0 - 1.5, bawah - 1.5, lebar + 3, top - bawah + 3, stroke=1, fill=0)
            c.setStrokeColor(colors.black)
            state["top"], state["garis"] = None, []

        def buka(lanjut=False):
            """The caption above the table (led by its number's badge) and the header row."""
            cap = judul[0] + (" (lanjutan)" if lanjut else "")
            badge = 0
            if lenc and nomor:
                cap = cap[len(m.group(0)):].strip(" .:-") + (" (lanjutan)" if lanjut and not cap.endswith(")") else "")
                if lanjut and "(lanjutan)" not in cap:
                    cap += " (lanjutan)"
                badge = pdfmetrics.stringWidth(nomor, "kB", pt + 1) + 6 * mm
            notes = [] if lanjut else [s for b in judul[1:] for s in pecah(b, "sI", pt, lebar - 8)]
            caps = pecah(cap, self.B, pt + 1, lebar - badge)
            self.muat(t_kepala + lead * (5 + len(notes) + len(caps)))
            if badge:
                c.setFillColor(ZAITUN)
                c.rect(x0, self.y - 3, badge - 2 * mm, pt + 6, stroke=0, fill=1)
                c.setFillColor(colors.white)
                c.setFont("kB", pt + 1)
                c.drawCentredString(x0 + (badge - 2 * mm) / 2, self.y, nomor)
            c.setFillColor(ZAITUN if lenc else colors.black)
            for s in caps:
                c.setFont(self.B, pt + 1)
                c.drawString(x0 + badge, self.y, s)
                self.y -= (pt + 1) * 1.45
            c.setFillColor(colors.black)
            for s in notes:
                c.setFont("sI", pt)
                c.drawString(x0, self.y, s)
                self.y -= lead
            self.y -= 3
            top = self.y + pt + 1
            state["top"] = top
            if not lenc:
                c.setFillColor(PUCAT)
                c.rect(x0, top - t_kepala, lebar, t_kepala, stroke=0, fill=1)
                c.setFillColor(colors.black)
            x = x0
            for j in range(k):
                c.setFont("sB", pt)
                yy = self.y
                for s in kepala[j]:
                    c.drawString(x + 3, yy, s)
                    yy -= lead
                x += w[j]
            if lenc:
                c.setStrokeColor(ZAITUN)
                c.setLineWidth(1.8)
                c.line(x0, top - t_kepala, x0 + lebar, top - t_kepala)
                c.setStrokeColor(colors.black)
            else:
                state["garis"].append(top - t_kepala)
            self.y -= t_kepala

        self.y -= self.lead * 0.3
        buka()
        for i, baris in enumerate(sel, 1):
            tinggi = max(len(x) for x in baris) * lead + 3
            if self.y - tinggi < self.bawah:
                tutup()
                self.baru()
                buka(lanjut=True)
            top = self.y + pt
            if not lenc and i > 1 and top not in state["garis"]:
                state["garis"].append(top)
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
