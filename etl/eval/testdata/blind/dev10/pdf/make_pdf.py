#!/usr/bin/env python3
"""PDF twins of four dev10/ documents in the look of a two-up booklet print: each landscape A4
sheet holds two A5 pages side by side with a fold line between them and `- n -` at each page's
foot; prose in small Helvetica; every table sits in a light grey box with rounded corners, its
first column on a pale blue strip in dark blue type, a bold header row (repeated when a table
runs on to the next page), figures right-aligned, long cells wrapped inside their column. Unlike
dev4/pdf .. dev9/pdf: no ruled grid, no zebra rows, no double rules, no gridlines with column
letters, no typewriter. Cyrillic homoglyphs of the texts are typeset as their Latin letters (the
standard fonts have no Cyrillic), which the truth already folds.
Run from etl/eval/testdata/blind/ with /usr/bin/python3 (which sees python3-reportlab):
    /usr/bin/python3 dev10/pdf/make_pdf.py
Deterministic bytes (invariant mode, standard fonts only); also writes pdf/truth/<base>.json.
"""
import json, os, re, sys
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

rl_config.invariant = 1
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
import check_truth  # noqa: E402  (HOMO: the homoglyph fold)

BASES = ["lkj-manggarai-2022", "lkjip-alor-2023", "lkj-sikka-2024", "lkj-malaka-2024"]
SW, SH = landscape(A4)
PW = SW / 2                      # one booklet page
M, TOPM, BOT = 26, 30, 34        # margins of a page
TW = PW - 2 * M                  # text width
FS, LEAD, PAD = 6.4, 8.0, 3.2
F, FB = "Helvetica", "Helvetica-Bold"


def angka(c):
    s = c.replace("%", "").strip()
    return bool(s) and s[0].isdigit() and all(ch.isdigit() or ch in ".," for ch in s)


class Buku:
    """A booklet being typeset: page halves filled top to bottom, left half then right half."""

    def __init__(self, path, title):
        self.cv = canvas.Canvas(path, pagesize=(SW, SH), invariant=1)
        self.cv.setTitle(title)
        self.no = 0
        self.baru()

    def baru(self):
        if self.no and self.no % 2 == 0:
            self.cv.showPage()
        self.no += 1
        self.x0 = M if self.no % 2 else PW + M
        self.y = SH - TOPM
        if self.no % 2:
            self.cv.setStrokeColorRGB(0.75, 0.75, 0.75)
            self.cv.setDash(2, 3)
            self.cv.line(PW, 14, PW, SH - 14)
            self.cv.setDash()
        self.cv.setFillColorRGB(0.3, 0.3, 0.3)
        self.cv.setFont(F, FS)
        self.cv.drawCentredString(self.x0 + TW / 2, 18, f"- {self.no} -")

    def muat(self, h):
        return self.y - h >= BOT

    def teks(self, ln):
        bold = ln.strip() and ln.strip() == ln.strip().upper() and any(c.isalpha() for c in ln)
        for part in simpleSplit(ln, FB if bold else F, FS, TW) or [""]:
            if not self.muat(LEAD):
                self.baru()
            self.cv.setFillColorRGB(0.1, 0.1, 0.1)
            self.cv.setFont(FB if bold else F, FS)
            self.cv.drawString(self.x0, self.y - FS, part)
            self.y -= LEAD

    def tabel(self, rows):
        n = max(len(r) for r in rows)
        rows = [r + [""] * (n - len(r)) for r in rows]
        wd = [max(stringWidth(r[i], FB if j == 0 else F, FS) for j, r in enumerate(rows)) + 2 * PAD for i in range(n)]
        while sum(wd) > TW:
            i = wd.index(max(wd))
            wd[i] = max(40, wd[i] - 4) if wd[i] > 40 else wd[i] - 1
        head = rows[0]

        def sel(r, j):
            return [simpleSplit(c, FB if j == 0 else F, FS, w - 2 * PAD) or [""] for c, w in zip(r, wd)]
        self.y -= 3
        start = self.y
        self.kotak_mulai = start
        for j, r in enumerate(rows):
            parts = sel(r, 0 if j == 0 else 1)
            h = max(len(p) for p in parts) * LEAD + 2
            if not self.muat(h):
                self.tutup_kotak(start, wd)
                self.baru()
                self.y -= 3
                start = self.y
                if j > 0:
                    self.baris(sel(head, 0), wd, True, max(len(p) for p in sel(head, 0)) * LEAD + 2)
            self.baris(parts, wd, j == 0, h)
        self.tutup_kotak(start, wd)
        self.y -= 5

    def baris(self, parts, wd, bold, h):
        cv = self.cv
        x = self.x0
        cv.setFillColorRGB(0.93, 0.93, 0.93)
        cv.rect(x, self.y - h, sum(wd), h, fill=1, stroke=0)
        cv.setFillColorRGB(0.84, 0.90, 0.97)
        cv.rect(x, self.y - h, wd[0], h, fill=1, stroke=0)
        for i, (p, w) in enumerate(zip(parts, wd)):
            cv.setFont(FB if bold else F, FS)
            cv.setFillColorRGB(0.05, 0.2, 0.5) if i == 0 else cv.setFillColorRGB(0.1, 0.1, 0.1)
            for k, s in enumerate(p):
                yy = self.y - FS - 1 - k * LEAD
                if not bold and angka(s):
                    cv.drawRightString(x + w - PAD, yy, s)
                else:
                    cv.drawString(x + PAD, yy, s)
            x += w
        self.y -= h

    def tutup_kotak(self, start, wd):
        self.cv.setStrokeColorRGB(0.7, 0.7, 0.7)
        self.cv.roundRect(self.x0 - 1, self.y - 1, sum(wd) + 2, start - self.y + 2, 3, fill=0, stroke=1)

    def simpan(self):
        self.cv.showPage()
        self.cv.save()


def make(base):
    src = os.path.join(HERE, "..", base + ".txt")
    lines = open(src, encoding="utf-8").read().translate(check_truth.HOMO).rstrip("\n").split("\n")
    pdf = os.path.join(HERE, base + ".pdf")
    b = Buku(pdf, base)
    tab = []
    for ln in lines + [""]:
        if "\t" in ln:
            tab.append(ln.split("\t"))
            continue
        if tab:
            b.tabel(tab)
            tab = []
        if ln == "\f":
            b.baru()
        elif ln.strip():
            b.teks(re.sub(r"\s+", " ", ln))
        else:
            b.y -= LEAD / 2
    b.simpan()
    kembar(base)
    print(pdf, os.path.getsize(pdf), "bytes,", b.no, "booklet pages")


def kembar(base):
    """The PDF's truth: its text twin's facts, the path and format naming the PDF."""
    with open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8") as f:
        t = dict(json.load(f), path=f"pdf/{base}.pdf", format="pdf")
    with open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(t, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    for b in BASES:
        make(b)
