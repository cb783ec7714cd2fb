#!/usr/bin/python3
"""PDF twins of four texts of this folder, in two looks no earlier batch used.

- Nagekeo 2021 and Sabu Raijua 2022 (ordinary documents): printed with ReportLab, the prose in DejaVu Sans 9.5 pt,
  the tables in DejaVu Sans Condensed 8.5 pt: **a sienna (#A0522D) as the one accent: every caption bold sienna;
  every table without frame and without vertical rules, its title row in bold sienna type on a pale sand
  (#F6E9DF) band under a 1 pt sienna rule, its body rows parted by 0.3 pt solid sienna hairlines, its last row
  closed by a 1 pt sienna rule; the page number in sienna at the centre of the foot between two short sienna
  hairlines (`—— n ——` drawn as rules)**; notes oblique under the caption, the `Sumber` line oblique under the
  table; a table going on over a page repeats its caption with `(lanjutan)` and its titles; A4; the text's own
  feet dropped.
- Lembata 2022 and Sumba Tengah 2023 (new house styles): **made the way offices make theirs**: each text rebuilt
  as a Word document with python-docx (through ../../lo1/make_lo.py's builder: Word footer with a PAGE field, Word
  tables, a table broken over pages one Word table again with its title row repeated) and exported by LibreOffice
  7.4 headless; the look: **Word 2007's Office theme colour Orange, Accent 6 (#F79646) and its darker 50 %
  (#974806)**: Carlito 11 pt, single spacing, margins of 3 cm left and 2.5 cm elsewhere, the headings and captions
  bold in Accent 6 darker 50 %; **every table open at both sides, without vertical rules: a 1.5 pt Accent 6 rule
  above and under its title row, 0.5 pt Accent 6 lighter 60 % (#FBD4B4) rules between the body rows, a 1.5 pt
  Accent 6 rule under its last row; the title row in bold darker-50 % type, no fill**; dates, `/ID` and
  `/DocChecksum` fixed as lo1/ fixes them.
Written from the text twin line by line, so the facts are the text's. Nothing here is random.
Run from etl/eval/testdata/blind/ with the Debian python (reportlab, python-docx, LibreOffice 7.4, poppler):
/usr/bin/python3 <this folder>/pdf/make_pdf.py
Scratch files (the .docx, the export, LibreOffice's HOME, profile and TMPDIR) go to <this folder>/pdf/build/, deleted at the
end. The LibreOffice exports are made deterministic as lo1/ makes them (dates, /ID and /DocChecksum fixed).
"""
import importlib.util, itertools, json, os, re, shutil, subprocess

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
                     ("cR", "DejaVuSansCondensed"), ("cB", "DejaVuSansCondensed-Bold"), ("cI", "DejaVuSansCondensed-Oblique")):
    pdfmetrics.registerFont(TTFont(nama, F + berkas + ".ttf"))
W, H = 210 * mm, 297 * mm
ATAS = 25 * mm
BLIND = os.path.dirname(os.path.dirname(HERE))
BATCH = os.path.basename(os.path.dirname(HERE))
BUILD = os.path.join(HERE, "build")
BASES = ("lkj-nagekeo-2021", "lkj-sabu-raijua-2022")  # ReportLab, the sienna accent
LO = ("lkj-lembata-2022", "lkj-sumba-tengah-2023")  # python-docx + LibreOffice, Orange Accent 6
LOOK = {"lkj-nagekeo-2021": "sienna", "lkj-sabu-raijua-2022": "sienna"}  # the sienna accent
KAKI = r"(Halaman \d+ dari LKj KPU Kabupaten Nagekeo 2021|\d+ \| LKj Sekretariat KPU Kabupaten Sabu Raijua 2022)"
COKLAT = colors.HexColor("#A0522D")  # the accent (sienna): captions, title type, rules, page number
TITIK = colors.HexColor("#A0522D")  # the hairlines between body rows
PASIR = colors.HexColor("#F6E9DF")  # the pale sand band under the title row
TEBAL = 1.0  # the rule under the last row, points
KEPALA = r"(?!)"  # neither text has a running head


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
    sumber)) item: both looks draw the caption with the table, kept on its page."""
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
    """One PDF in the look LOOK[base]; total is the page count a first run found (None on that run)."""

    def __init__(self, base, berkas, total=None):
        self.base, self.look, self.total = base, LOOK[base], total
        self.R, self.B = "sR", "sB"
        self.pt = 9.5
        self.lead = self.pt * 1.4
        self.bawah = 24 * mm
        self.x0, self.lebar = 25 * mm, W - 47 * mm
        self.c = canvas.Canvas(berkas, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(base)
        self.n, self.y, self.isi = 0, 0, False
        self.sampul = True

    def kaki(self):
        """The page's number (none on the cover) in sienna at the centre of the foot between two short sienna
        hairlines."""
        c = self.c
        if self.n <= 1:
            return
        c.saveState()
        c.setStrokeColor(COKLAT)
        c.setLineWidth(0.5)
        c.setFont("sR", 9)
        c.setFillColor(COKLAT)
        s = str(self.n)
        lw = pdfmetrics.stringWidth(s, "sR", 9)
        c.drawCentredString(W / 2, 12 * mm, s)
        c.line(W / 2 - lw / 2 - 14 * mm, 13.1 * mm, W / 2 - lw / 2 - 3 * mm, 13.1 * mm)
        c.line(W / 2 + lw / 2 + 3 * mm, 13.1 * mm, W / 2 + lw / 2 + 14 * mm, 13.1 * mm)
        c.restoreState()

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
        """A table with its caption (judul: the caption line and any note under it) above it and its source line
        under it; no frame and no vertical line; the column titles bold sienna, left-aligned, on a pale sand band
        under a 1 pt sienna rule; 0.3 pt sienna hairlines between the body rows, a 1 pt sienna rule under the last row;
        figures right-aligned. Every
        further title row (empty first cell, no figure) is a title row too. A table running over a page goes on under
        its caption and `(lanjutan)` with its titles again."""
        c = self.c
        k = max(len(r) for r in rows)
        # a row shorter than the table is a merged label cell and the cells of the last columns
        rows = [r if len(r) == k else [r[0]] + [""] * (k - len(r)) + r[1:] for r in rows]
        nkep = 1
        while nkep < len(rows) - 1 and rows[nkep][0] == "" and not any(re.search(r"\d", x) for x in rows[nkep]):
            nkep += 1
        pt = 8.5
        font, fkepala = "cR", "cB"
        lead = pt * 1.3
        judul = list(judul) or [""]
        badan = rows[nkep:]
        lebar_isi = [max([pdfmetrics.stringWidth(r[j], font, pt) for r in badan] + [0]) + 7 for j in range(k)]
        w = [max(lebar_isi[j], min(max(pdfmetrics.stringWidth(h[j], fkepala, pt) for h in rows[:nkep]) + 7,
                                   lebar_isi[j] + 5 * mm)) for j in range(k)]
        w = [max(w[j], max(pdfmetrics.stringWidth(x, fkepala, pt) for h in rows[:nkep] for x in h[j].split(" ")) + 7)
             for j in range(k)]
        ruang = self.lebar - 4 * mm
        kata = [j for j in range(k) if any(" " in r[j] and not ANGKA.match(r[j]) for r in badan)] or [max(range(k), key=lambda j: w[j])]
        angka = sum(w[j] for j in range(k) if j not in kata)
        alami = sum(w[j] for j in kata)
        sisa = ruang - angka
        for j in kata:
            w[j] = max(14 * mm, sisa * w[j] / alami) if sisa > 0 else 14 * mm
        if sum(w) > ruang:
            w = [max(lebar_isi[j], 14 * mm) if j not in kata else w[j] for j in range(k)]
        lebar = sum(w)
        x0 = self.x0 + 2 * mm
        xs = [x0 + sum(w[:j]) for j in range(k + 1)]
        kepala = [[pecah(h[j], fkepala, pt, w[j] - 6) for j in range(k)] for h in rows[:nkep]]
        t_baris = [max(len(x) for x in h) * lead + 3 for h in kepala]
        t_kepala = sum(t_baris) + 1
        sel = [[pecah(r[j], font, pt, w[j] - 6) for j in range(k)] for r in badan]
        tinggi = [max(len(x) for x in b) * lead + 3 for b in sel]
        notes = [s for b in judul[1:] for s in pecah(b, "cI", pt, lebar - 8)]

        def garis(y, tebal):
            """One sienna rule at y across the table."""
            c.setLineWidth(tebal)
            c.setStrokeColor(COKLAT)
            c.line(x0, y, x0 + lebar, y)

        def bingkai(top, bottom):
            """The rule under the last row (of the page's part of the table)."""
            garis(bottom, TEBAL)

        def kepala_():
            """The column titles bold sienna, left-aligned in their columns, on a pale sand band under a 1 pt sienna
            rule."""
            top = self.y + pt + 3
            c.setFillColor(PASIR)
            c.rect(x0, self.y + pt + 2.5 - sum(t_baris) - 2, lebar, sum(t_baris) + 2, stroke=0, fill=1)
            garis(self.y + pt + 2.5, 1.0)
            c.setFillColor(COKLAT)
            for h, tb in zip(kepala, t_baris):
                for j in range(k):
                    if not any(h[j]) or not "".join(h[j]).strip():
                        continue
                    c.setFont(fkepala, pt)
                    yy = self.y
                    for s in h[j]:
                        c.drawString(xs[j] + 3, yy, s)
                        yy -= lead
                self.y -= tb
            c.setFillColor(colors.black)
            self.y -= 4
            return top

        def baris_(i, b, akhir):
            for j in range(k):
                teks = badan[i][j]
                angka_sel = bool(teks) and bool(ANGKA.match(teks)) and j != 0
                yy = self.y
                for s in b[j]:
                    c.setFont(font, pt)
                    if angka_sel:
                        c.drawRightString(xs[j + 1] - 3, yy, s)
                    else:
                        c.drawString(xs[j] + 3, yy, s)
                    yy -= lead
            c.setFillColor(colors.black)
            self.y -= tinggi[i]
            if not akhir:
                c.saveState()
                c.setLineWidth(0.3)
                c.setStrokeColor(TITIK)
                c.line(x0, self.y + pt + 1.5, x0 + lebar, self.y + pt + 1.5)
                c.restoreState()

        self.y -= self.lead * 0.3
        caps = pecah(judul[0], "cB", pt + 1, lebar - 8) if judul[0] else []
        self.muat(t_kepala * 2 + lead * (5 + len(notes) + len(caps)))
        self.judul_(caps, notes, x0, lebar, pt, lead)
        top = kepala_()
        for i, b in enumerate(sel):
            if self.y - tinggi[i] < self.bawah:
                bingkai(top, self.y + pt + 1.5)
                self.baru()
                self.judul_([(caps[0] if caps else "") + " (lanjutan)"], [], x0, lebar, pt, lead)
                top = kepala_()
            akhir = i == len(sel) - 1 or self.y - tinggi[i] - tinggi[i + 1] < self.bawah
            baris_(i, b, akhir)
        bingkai(top, self.y + pt + 1.5)
        self.y -= 2 * mm
        if sumber:
            self.y -= lead * 0.6
            for s_ in pecah(sumber, "cI", pt, lebar):
                self.muat(self.lead)
                c.setFont("cI", pt)
                c.drawString(x0, self.y, s_)
                self.y -= self.lead
        self.y -= self.lead * 0.6
        self.isi = True

    def judul_(self, caps, notes, x0, lebar, pt, lead):
        """The caption lines (bold sienna) and note lines (oblique) above the table, no box; self.y left where the table's
        titles begin."""
        c = self.c
        for i, s in enumerate(caps):
            c.setFont("cB", pt + 1)
            c.setFillColor(COKLAT)
            c.drawString(x0 + 4, self.y, s)
            c.setFillColor(colors.black)
            self.y -= (pt + 1) * 1.45
        for s in notes:
            c.setFont("cI", pt)
            c.drawString(x0 + 4, self.y, s)
            self.y -= lead
        self.y -= 3

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

    def jalan(self, simpan=True):
        self.baru()
        self.urai(blok_tabel(potong(self.base)))
        self.kaki()
        self.c.showPage()
        if simpan:
            self.c.save()
        return self.n


def _lo1():
    """../../lo1/make_lo.py loaded as a module (its builder, table helpers and fix_pdf)."""
    spec = importlib.util.spec_from_file_location("make_lo", os.path.join(BLIND, "lo1", "make_lo.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def _garis(el_pr, tag, sisi):
    """A borders element tag holding sisi: {side: (val, eighths of a point, colour)}."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    old = el_pr.find(qn(tag))
    if old is not None:
        el_pr.remove(old)
    b = OxmlElement(tag)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side not in sisi:
            continue
        val, sz, warna = sisi[side]
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), warna)
        b.append(e)
    el_pr.append(b)


def _fill(tcpr, warna):
    """A solid cell fill of colour warna."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    old = tcpr.find(qn("w:shd"))
    if old is not None:
        tcpr.remove(old)
    e = OxmlElement("w:shd")
    e.set(qn("w:val"), "clear")
    e.set(qn("w:color"), "auto")
    e.set(qn("w:fill"), warna)
    tcpr.append(e)


def oranye(lo, doc):
    """Word 2007's Office theme colour Orange, Accent 6 (#F79646) with its darker 50 % (#974806): headings and
    captions bold in the darker shade; every table open at both sides without vertical rules, a 1.5 pt Accent 6 rule
    above and under its title row, 0.5 pt Accent 6 lighter 60 % (#FBD4B4) rules between the body rows, a 1.5 pt
    Accent 6 rule under its last row; the title row bold in the darker shade, no fill."""
    from docx.shared import RGBColor
    gelap = RGBColor(0x97, 0x48, 0x06)
    st = doc.styles
    for nm in ("Heading 1", "Heading 2"):
        st[nm].font.bold = True
        st[nm].font.color.rgb = gelap
    for par in doc.paragraphs:
        if lo.CAPTION.match(par.text):
            for run in par.runs:
                run.bold = True
                run.font.color.rgb = gelap
    tebal, tipis, nihil = ("single", 12, "F79646"), ("single", 4, "FBD4B4"), ("nil", 0, "")
    for t in doc.tables:
        _garis(t._tbl.tblPr, "w:tblBorders", {"top": tebal, "left": nihil, "bottom": tebal, "right": nihil,
                                              "insideH": tipis, "insideV": nihil})
        kepala = [r._tr.trPr is not None and r._tr.trPr.find(lo.qn("w:tblHeader")) is not None for r in t.rows]
        n = len(t.rows)
        for ri, row in enumerate(t.rows):
            cells = row.cells
            bawah_kepala = kepala[ri] and (ri + 1 < n and not kepala[ri + 1])
            for ci, cell in enumerate(cells):
                tcpr = cell._tc.get_or_add_tcPr()
                _garis(tcpr, "w:tcBorders", {"top": tebal if ri == 0 else tipis, "left": nihil,
                                             "bottom": tebal if (ri == n - 1 or bawah_kepala) else tipis,
                                             "right": nihil})
                old = tcpr.find(lo.qn("w:shd"))
                if old is not None:
                    tcpr.remove(old)
                if kepala[ri]:
                    for par in cell.paragraphs:
                        for run in par.runs:
                            run.bold = True
                            run.font.color.rgb = gelap


def main_lo():
    """The two LibreOffice twins: built by lo1's builder, given this look (Orange Accent 6), exported, fixed."""
    lo = _lo1()
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(os.path.join(BUILD, "home"))
    os.makedirs(os.path.join(BUILD, "tmp"))
    docs, cfgs = [], []
    for base in LO:
        cfg = dict(src=f"{BATCH}/{base}.txt", name=base + ".pdf", font="Carlito", size=11, spacing=1.0,
                   justify=False, page="A4", margins=(3, 2.5, 2.5, 2.5), heads="styles", tstyle="Table Grid",
                   shade=None, repeat=True, numalign="right", tsize=9, first_page=True, sig_indent=9)
        doc = lo.build(cfg)
        oranye(lo, doc)
        p = os.path.join(BUILD, base + ".docx")
        doc.save(p)
        docs.append(p)
        cfgs.append(cfg)
    tmp = os.path.join(BUILD, "tmp")  # LibreOffice's own temporary files stay in this folder too
    env = dict(os.environ, HOME=os.path.join(BUILD, "home"), TMPDIR=tmp, TMP=tmp, TEMP=tmp, TZ="UTC", LC_ALL="C.UTF-8")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(BUILD, "profile"), "--headless",
                    "--convert-to", "pdf", "--outdir", os.path.join(BUILD, "pdf")] + docs,
                   env=env, check=True, capture_output=True)
    for cfg in cfgs:
        src = os.path.join(BUILD, "pdf", cfg["name"])
        lo.fix_pdf(src, cfg["name"], int(cfg["name"][-8:-4]))
        shutil.copyfile(src, os.path.join(HERE, cfg["name"]))
        kembar(cfg["name"][:-4])
        print(cfg["name"], os.path.getsize(os.path.join(HERE, cfg["name"])), "bytes")
    shutil.rmtree(BUILD)


def kembar(base):
    """The twin's truth: the text twin's facts, only path and format new."""
    t = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
    t = dict(t, path=f"pdf/{base}.pdf", format="pdf")
    open(os.path.join(HERE, "truth", base + ".json"), "w", encoding="utf-8").write(
        json.dumps(t, ensure_ascii=False, indent=1) + "\n")


def main():
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    for base in BASES:
        pdf = os.path.join(HERE, base + ".pdf")
        total = Cetak(base, pdf).jalan(simpan=False)  # a first run counts the pages (a check of the rerun)
        n = Cetak(base, pdf, total).jalan()
        assert n == total
        kembar(base)
        print(pdf, os.path.getsize(pdf), "bytes", n, "pages")
    main_lo()


if __name__ == "__main__":
    main()
