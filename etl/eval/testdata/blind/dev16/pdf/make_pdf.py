#!/usr/bin/python3
"""PDF twins of four dev16/ texts, in a look no earlier batch used: a report sent by fax and
kept as the receiving machine's PDF - a fax cover sheet first (FAKSIMILE, Kepada / Dari / Tanggal /
Jumlah halaman / Perihal), then A4 pages each with the sending machine's header line at the top
(date, time, the sender's fax number and name, job number, `P.003/014`) and the receiving machine's
line at the foot (`DITERIMA … HAL. n`), the text in a monospaced face (DejaVu Sans Mono) at
about 96 characters a line (a page with a wider table
sent reduced to fit), speckles and thin grey scan streaks from the fax, drawn from a seeded
random source. Every TAB table of the text twin is printed as fixed columns, text left- and figures
right-aligned, two spaces between columns, a rule under the header, a too-long text cell folded
onto continuation lines within its column. Written from the text twin line by line (a form feed
a new page), so the facts are the text's.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab): /usr/bin/python3 dev16/pdf/make_pdf.py
"""
import itertools, json, os, random, re, textwrap

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
rl_config.invariant = 1  # no creation date or random id: a rebuild gives the same bytes
pdfmetrics.registerFont(TTFont("Mono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("MonoB", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"))
# base -> (the sender's name on the fax header, its fax number, the date and time sent)
BASES = {"lkj-tts-2020": ("KPU KAB TTS", "0388-21455", "29/01/2021", (10, 12)),
         "lkj-belu-2019": ("KPU KAB BELU", "0389-21318", "30/01/2020", (13, 40)),
         "lkj-ngada-2021": ("KPU KAB NGADA", "0384-21077", "27/01/2022", (9, 5)),
         "lkj-sumba-timur-2023": ("KPU KAB SUMBA TIMUR", "0387-61234", "26/01/2024", (14, 22))}
W, H = A4
KOLOM = 96  # characters a line
BARIS = 72  # lines a page
PT = 8.4
LEAD = 10.2
X0 = (W - KOLOM * PT * 0.6) / 2
Y0 = H - 58
ABU = colors.Color(0.6, 0.6, 0.6)
ANGKA = re.compile(r"^[\d.,%\s-]+$")
SELA = "  "  # between two columns


def kolom_tabel(rows):
    """A TAB table as fixed columns: widths from the longest cells, the widest text column folded
    until the line fits KOLOM; returns the printed lines."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    w = [max(len(r[j]) for r in rows) for j in range(n)]
    teks = [j for j in range(n) if not all(ANGKA.match(r[j] or "0") for r in rows[1:])]
    while sum(w) + len(SELA) * (n - 1) > KOLOM and teks:
        j = max(teks, key=lambda j: w[j])
        if w[j] <= 14:
            break  # the rest is left wider than KOLOM: that page is sent reduced
        w[j] -= 1
    out = []
    for i, r in enumerate(rows):
        lipat = [textwrap.wrap(c, w[j], break_on_hyphens=False) or [""] if len(c) > w[j] else [c] for j, c in enumerate(r)]
        for k in range(max(len(x) for x in lipat)):
            sel = []
            for j, x in enumerate(lipat):
                c = x[k] if k < len(x) else ""
                sel.append(c.rjust(w[j]) if i > 0 and c and ANGKA.match(c) else c.ljust(w[j]))
            out.append(SELA.join(sel).rstrip())
        if i == 0:
            out.append("_" * min(KOLOM, sum(w) + len(SELA) * (n - 1)))
    return out


def baris_teks(base):
    """The text twin as printed lines, a form feed kept as "\f"."""
    text = open(os.path.join(HERE, "..", base + ".txt"), encoding="utf-8").read()
    out = []
    for tab, run in itertools.groupby(text.split("\n"), key=lambda x: "\t" in x):
        if tab:
            out += kolom_tabel([x.split("\t") for x in run])
        else:
            for ln in run:
                out += [ln] if ln in ("", "\f") else textwrap.wrap(ln, KOLOM, break_on_hyphens=False)
    return out


def bintik(c, rnd):
    """Fax speckles and two or three thin scan streaks."""
    c.setFillColor(colors.black)
    for _ in range(140):
        c.circle(rnd.uniform(20, W - 20), rnd.uniform(20, H - 20), rnd.choice((0.3, 0.4, 0.6)), stroke=0, fill=1)
    c.setStrokeColor(ABU)
    c.setLineWidth(0.4)
    for _ in range(rnd.choice((2, 3))):
        y = rnd.uniform(40, H - 40)
        c.line(0, y, W, y + rnd.uniform(-0.5, 0.5))


def kepala(c, pengirim, n, total, job):
    nama, nomor, tgl, (jj, mm) = pengirim
    c.setFillColor(colors.black)
    c.setFont("Mono", 7)
    c.drawString(28, H - 22, f"{tgl}  {jj:02d}:{mm:02d}    FAX {nomor}    {nama:<24}    #{job:04d}  P.{n:03d}/{total:03d}")
    c.drawString(28, 16, f"DITERIMA {tgl} {jj:02d}:{mm + 9:02d}  DARI {nomor}  KE 0380-833019   HAL. {n}")


def cetak(base, pengirim):
    pdf = os.path.join(HERE, base + ".pdf")
    c = canvas.Canvas(pdf, pagesize=A4, invariant=1)
    c.setTitle(f"FAX {pengirim[1]} {base}")
    rnd = random.Random(sum(map(ord, base)))
    halaman = []
    for f, g in itertools.groupby(baris_teks(base), key=lambda x: x == "\f"):
        if f:
            continue
        h = list(g)
        while h and not h[0].strip():
            h = h[1:]
        halaman += [h[i:i + BARIS] for i in range(0, max(len(h), 1), BARIS)]
    total = len(halaman) + 1
    job = 300 + sum(map(ord, base)) % 600
    kepala(c, pengirim, 1, total, job)
    c.setFont("MonoB", 22)
    c.drawString(X0, H - 120, "FAKSIMILE")
    c.setFont("Mono", 11)
    for i, ln in enumerate([f"Kepada   : Bagian Perencanaan, Data dan Informasi KPU Provinsi NTT",
                            "Nomor    : 0380-833019",
                            f"Dari     : Sekretariat {pengirim[0].replace('KPU KAB', 'KPU Kabupaten')}",
                            f"Nomor    : {pengirim[1]}",
                            f"Tanggal  : {pengirim[2]}",
                            f"Jumlah   : {total} halaman (termasuk sampul ini)",
                            "Perihal  : Penyampaian Laporan Kinerja",
                            "",
                            "Dokumen asli menyusul melalui pos. Mohon konfirmasi bila ada halaman",
                            "yang tidak terbaca."]):
        c.drawString(X0, H - 170 - 18 * i, ln)
    bintik(c, rnd)
    c.showPage()
    for n, isi in enumerate(halaman, 2):
        kepala(c, pengirim, n, total, job)
        pt = min(PT, PT * KOLOM / max([len(x) for x in isi] + [1]))  # a wide page reduced to fit, as the fax does
        c.setFont("Mono", pt)
        for i, ln in enumerate(isi):
            c.drawString(X0 if pt == PT else 28, Y0 - LEAD * i, ln)
        bintik(c, rnd)
        c.showPage()
    c.save()
    return pdf, total


def main():
    for base in BASES:
        t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        pdf, n = cetak(base, BASES[base])
        kembar = dict(t, path=f"pdf/{base}.pdf", format="pdf")  # the text twin's facts, only path and format new
        open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(kembar, ensure_ascii=False, indent=1) + "\n")
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")


if __name__ == "__main__":
    main()
