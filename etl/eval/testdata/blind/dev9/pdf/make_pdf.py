#!/usr/bin/env python3
"""PDF twins of four dev9/ documents in the look of a typewritten report that was scanned:
every line in Courier on a warm grey page with a darker binding edge and scanner speckles, the
lines jittered a little sideways as a typewriter's carriage leaves them; tables are typed as
space-aligned columns (no rules at all), long cells wrapped inside their column onto the next
typed lines, and a page is typed until full (the text's own page breaks are kept, a long page
runs on). `Hal. n` is typed at the foot of each sheet. Unlike dev4/pdf .. dev8/pdf: no grid, no
zebra, no double rules, no column letters.
Run from etl/eval/testdata/blind/ with /usr/bin/python3 (which sees python3-reportlab):
    /usr/bin/python3 dev9/pdf/make_pdf.py
Deterministic bytes (invariant mode, standard fonts only); also writes pdf/truth/<base>.json.
"""
import json, os, random, textwrap
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

rl_config.invariant = 1
HERE = os.path.dirname(os.path.abspath(__file__))
BASES = ["lkj-belu-2021", "lkj-sumba-timur-2023", "lkj-manggarai-timur-2024", "lkjip-malaka-2021"]
W, H = A4
FS, LEAD, LEFT, TOP, COLS = 7.6, 9.4, 42, 56, 112
ROWS = int((H - TOP - 60) / LEAD)


def blok_tabel(rows):
    """TAB rows typed as space-aligned columns: widths from the longest cell, the widest column
    shrunk until the row fits the line, a cell too long wrapped onto the next typed lines."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    wd = [max(1, max(len(r[i]) for r in rows)) for i in range(n)]
    while sum(wd) + 2 * (n - 1) > COLS and max(wd) > 14:
        wd[wd.index(max(wd))] -= 1
    out = []
    for r in rows:
        parts = [textwrap.wrap(c, w, break_long_words=False) or [""] for c, w in zip(r, wd)]
        for k in range(max(len(p) for p in parts)):
            out.append("  ".join((p[k] if k < len(p) else "").ljust(w) for p, w in zip(parts, wd)).rstrip())
    return out


def ketik(lines):
    """The text's lines as typed lines and page breaks (None)."""
    out, tab = [], []
    for ln in lines + [""]:
        if "\t" in ln:
            tab.append(ln.split("\t"))
            continue
        if tab:
            out += blok_tabel(tab)
            tab = []
        out.append(None if ln == "\f" else ln)
    return out


def halaman(cv, no, rnd):
    cv.setFillColorRGB(0.95, 0.94, 0.90)
    cv.rect(0, 0, W, H, fill=1, stroke=0)
    for i in range(6):
        cv.setFillColorRGB(0.80 + i * 0.025, 0.79 + i * 0.025, 0.76 + i * 0.025)
        cv.rect(i * 3, 0, 3, H, fill=1, stroke=0)
    cv.setFillColorRGB(0.55, 0.55, 0.52)
    for _ in range(70):
        cv.circle(rnd.uniform(20, W - 10), rnd.uniform(10, H - 10), rnd.uniform(0.2, 0.7), fill=1, stroke=0)
    cv.setFillColorRGB(0.12, 0.12, 0.14)
    cv.setFont("Courier", FS)
    cv.drawCentredString(W / 2, 30, f"Hal. {no}")


def make(base):
    src = os.path.join(HERE, "..", base + ".txt")
    lines = open(src, encoding="utf-8").read().rstrip("\n").split("\n")
    rnd = random.Random(base)
    pdf = os.path.join(HERE, base + ".pdf")
    cv = canvas.Canvas(pdf, pagesize=A4, invariant=1)
    cv.setTitle(base)
    no, y = 1, 0
    halaman(cv, no, rnd)
    for ln in ketik(lines):
        if ln is None or y >= ROWS:
            cv.showPage()
            no, y = no + 1, 0
            halaman(cv, no, rnd)
            if ln is None:
                continue
        for part in textwrap.wrap(ln, COLS) if len(ln) > COLS else [ln]:
            bold = part.strip() and part.strip() == part.strip().upper() and any(c.isalpha() for c in part)
            cv.setFont("Courier-Bold" if bold else "Courier", FS)
            cv.drawString(LEFT + rnd.uniform(-0.8, 0.8), H - TOP - y * LEAD, part)
            y += 1
    cv.showPage()
    cv.save()
    t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
    t["path"], t["format"] = f"pdf/{base}.pdf", "pdf"
    with open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(pdf, os.path.getsize(pdf), "bytes,", no, "pages")


if __name__ == "__main__":
    for b in BASES:
        make(b)
