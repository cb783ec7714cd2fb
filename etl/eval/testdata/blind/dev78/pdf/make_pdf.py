#!/usr/bin/python3
"""PDF twins of four dev78/ texts, in two looks no earlier batch used.

- Rote Ndao 2020 and Manggarai Barat 2022 (ordinary documents): **each table in a group box** - an A4 report
  in DejaVu Sans 10 pt whose every table stands in a thin frame with rounded-off nothing: a plain rectangle
  whose top line is interrupted by the table's caption (bold, on white, a little in from the left), as a
  form's group box or an HTML fieldset legend sits on its border; inside the frame the header row bold over a
  single rule, the rows parted by hairlines, no vertical rules; the `Sumber:` line under the frame; the text's
  own feet dropped, the page number at the foot's right as `Halaman n`.
- Flores Timur 2020 and Kota Kupang 2022 (new house styles): **each table under a folder tab** - an A4 report
  in DejaVu Serif 10.5 pt whose every table carries its caption on a dark teal tab standing on the table's
  top-left edge (white bold type, the tab as wide as its words), as index-card and folder tabs are drawn by
  some offices' templates; under the tab a full thin grid with a pale teal header row; the text's own feet
  dropped, the page number centred at the foot between two short rules.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev78/pdf/make_pdf.py
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
ATAS = 25 * mm
BASES = ("lkj-rote-ndao-2020", "lkj-manggarai-barat-2022", "lkj-flores-timur-2020", "lkj-kota-kupang-2022")
LOOK = {"lkj-rote-ndao-2020": "bingkai", "lkj-manggarai-barat-2022": "bingkai", "lkj-flores-timur-2020": "tab",
        "lkj-kota-kupang-2022": "tab"}
KAKI = (r"(Hal\. \d+ \| LKj KPU Rote Ndao 2020|LKj Manggarai Barat 2022 - Halaman \d+"
        r"|LKj KPU Flores Timur 2020 - hal \d+|LKj KPU Kota Kupang 2022 \| hlm \d+)")
KEPALA = r"(?!x)x"  # none of the four texts has a running head


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
    sumber)) item: both looks set the caption on the table's frame or tab."""
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
        tab = self.look == "tab"
        self.R, self.B = ("kR", "kB") if tab else ("sR", "sB")
        self.pt = 10.5 if tab else 10
        self.lead = self.pt * 1.4
        self.bawah = 22 * mm
        self.x0, self.lebar = 25 * mm, W - 45 * mm
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.sampul = True

    def kaki(self):
        """The foot of the page just filled (none on the cover)."""
        c = self.c
        if self.n <= 1:
            return
        c.setFillColor(colors.HexColor("#444444"))
        if self.look == "tab":
            c.setFont("kR", 9)
            c.drawCentredString(W / 2, 12 * mm, str(self.n))
            c.setStrokeColor(colors.HexColor("#1f5f5b"))
            c.setLineWidth(0.6)
            c.line(W / 2 - 16 * mm, 13.2 * mm, W / 2 - 5 * mm, 13.2 * mm)
            c.line(W / 2 + 5 * mm, 13.2 * mm, W / 2 + 16 * mm, 13.2 * mm)
            c.setStrokeColor(colors.black)
        else:
            c.setFont("sR", 9)
            c.drawRightString(W - 20 * mm, 12 * mm, f"Halaman {self.n}")
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
        tab = self.look == "tab"
        k = max(len(r) for r in rows)
        rows = [r + [""] * (k - len(r)) for r in rows]
        pt = 8.5
        font = "sR"
        lebar_isi = [max([pdfmetrics.stringWidth(r[j], "sB", pt) for r in rows[1:]] + [0]) + 8 for j in range(k)]
        w = [max(lebar_isi[j], pdfmetrics.stringWidth(rows[0][j], "sB", pt) + 8) for j in range(k)]
        teks = max(range(k), key=lambda j: w[j])
        lain = sum(w) - w[teks]
        w[teks] = max(30 * mm, self.lebar - lain)
        if sum(w) > self.lebar:  # too wide: the other columns wrap their headings
            w = [max(lebar_isi[j], 14 * mm) if j != teks else w[j] for j in range(k)]
            w[teks] = max(28 * mm, self.lebar - (sum(w) - w[teks]))
        lebar = sum(w)
        lead = pt * 1.3
        kepala = [pecah(rows[0][j], "sB", pt, w[j] - 6) for j in range(k)]
        t_kepala = max(len(x) for x in kepala) * lead + 4
        sel = [[pecah(r[j], font, pt, w[j] - 6) for j in range(k)] for r in rows[1:]]
        judul = list(judul) or [""]
        teal, muda = colors.HexColor("#1f5f5b"), colors.HexColor("#dcefed")
        state = {"top": None}

        def tutup():
            """The frame of the part of the table on this page (group box look)."""
            if not tab and state["top"] is not None:
                c.setLineWidth(0.6)
                top, bawah = state["top"], self.y + pt - 2
                x1, x2 = self.x0, self.x0 + lebar
                c.line(x1, bawah, x2, bawah)
                c.line(x1, bawah, x1, top)
                c.line(x2, bawah, x2, top)
                lw = state.get("legend", 0)
                c.line(x1, top, x1 + 4 * mm, top)
                c.line(x1 + 4 * mm + lw, top, x2, top)
            state["top"] = None

        def buka(lanjut=False):
            """The caption (a legend on the frame's top line, or a folder tab) and the header row."""
            cap = judul[0] + (" (lanjutan)" if lanjut else "")
            notes = [] if lanjut else [s for b in judul[1:] for s in pecah(b, "sI", pt, lebar - 8)]
            self.muat(t_kepala + lead * (4 + len(notes)))
            if tab:
                tw = pdfmetrics.stringWidth(cap, "sB", pt + 0.5) + 10
                lines = pecah(cap, "sB", pt + 0.5, lebar - 10) if tw > lebar else [cap]
                tw = min(tw, lebar)
                th = len(lines) * (pt + 0.5) * 1.3 + 5
                top = self.y + pt + 2
                p = c.beginPath()
                p.moveTo(self.x0, top - th)
                p.lineTo(self.x0, top - 2)
                p.lineTo(self.x0 + 2, top)
                p.lineTo(self.x0 + tw - 4, top)
                p.lineTo(self.x0 + tw, top - 4)
                p.lineTo(self.x0 + tw, top - th)
                p.close()
                c.setFillColor(teal)
                c.drawPath(p, stroke=0, fill=1)
                c.setFillColor(colors.white)
                yy = self.y
                for s in lines:
                    c.setFont("sB", pt + 0.5)
                    c.drawString(self.x0 + 5, yy, s)
                    yy -= (pt + 0.5) * 1.3
                c.setFillColor(colors.black)
                self.y -= th
                for s in notes:
                    c.setFont("sI", pt)
                    c.drawString(self.x0 + 2, self.y, s)
                    self.y -= lead
                top = self.y + pt
                c.setFillColor(muda)
                c.rect(self.x0, top - t_kepala, lebar, t_kepala, stroke=0, fill=1)
                c.setFillColor(colors.black)
                c.setLineWidth(0.3)
                c.rect(self.x0, top - t_kepala, lebar, t_kepala, stroke=1, fill=0)
                x = self.x0
                for j in range(k - 1):
                    x += w[j]
                    c.line(x, top, x, top - t_kepala)
            else:
                self.y -= 3
                state["top"] = self.y + 3
                c.setFont("sB", pt + 0.5)
                lw = pdfmetrics.stringWidth(cap, "sB", pt + 0.5)
                if lw > lebar - 12 * mm:
                    cap = pecah(cap, "sB", pt + 0.5, lebar - 12 * mm)[0]
                    lw = pdfmetrics.stringWidth(cap, "sB", pt + 0.5)
                state["legend"] = lw + 4
                c.drawString(self.x0 + 4 * mm + 2, self.y, cap)
                self.y -= lead * 1.3
                for s in notes:
                    c.setFont("sI", pt)
                    c.drawString(self.x0 + 4, self.y, s)
                    self.y -= lead
                top = self.y + pt
                c.setLineWidth(0.8)
                c.line(self.x0 + 3, top - t_kepala, self.x0 + lebar - 3, top - t_kepala)
            x = self.x0
            for j in range(k):
                c.setFont("sB", pt)
                yy = self.y
                for s in kepala[j]:
                    c.drawString(x + 3, yy, s)
                    yy -= lead
                x += w[j]
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
            c.setLineWidth(0.3 if tab else 0.2)
            if tab:
                c.rect(self.x0, top - tinggi, lebar, tinggi, stroke=1, fill=0)
                x = self.x0
                for j in range(k - 1):
                    x += w[j]
                    c.line(x, top, x, top - tinggi)
            elif i > 1:
                c.setStrokeColor(colors.HexColor("#999999"))
                c.line(self.x0 + 3, top, self.x0 + lebar - 3, top)
                c.setStrokeColor(colors.black)
            x = self.x0
            for j in range(k):
                kanan = bool(rows[i][j]) and bool(ANGKA.match(rows[i][j])) and j != 0
                yy = self.y
                for s in baris[j]:
                    c.setFont("sB" if not rows[i][0] and rows[i][1] else font, pt)
                    if kanan:
                        c.drawRightString(x + w[j] - 3, yy, s)
                    else:
                        c.drawString(x + 3, yy, s)
                    yy -= lead
                x += w[j]
            self.y -= tinggi
        self.y -= 3
        tutup()
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
