#!/usr/bin/env python3
"""lo3/: twelve ordinary development texts of the older batches (dev5/ .. dev44/, one a batch) rebuilt as the
office documents their secretariats would have made, and printed to PDF by LibreOffice 7.4: eight built with
python-docx (six of them with Word's default table: Insert Table, equal column widths, the name column never
widened), two as HTML pages opened by Writer (tables with colspan/rowspan), two as pandoc Markdown -> .docx.

Each text is read line by line (the reader is lo1/make_lo.py's, as lo2/ took it over): its page feet become a footer
with a PAGE field, its running head a page header, its TAB tables real tables (a table the text broke over pages is
one table again, its header row repeated), its hard-wrapped prose one paragraph a paragraph. New here: a table whose
text has two or three header lines gets a two-row header whose group titles (`Jumlah Pemilih` over `L P L+P`) are
cells merged across the columns under them and whose other titles are merged down both rows; a header of a title
line and a unit line (`Capaian` / `(%)`) is one header row whose cells hold both lines. Every cell, caption, note
and figure is copied as written.

Run from etl/eval/testdata/blind/:  /usr/bin/python3 lo3/make_lo.py  [--keep]
Needs python-docx, Pillow, pandoc 2.17, LibreOffice 7.4, poppler. Scratch files in lo3/build/ (deleted unless
--keep). Deterministic: fixed docx core properties; the PDF's dates, /ID and /DocChecksum replaced by fixed values
of the same length.
"""
import datetime, hashlib, html, json, os, re, shutil, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
BUILD = os.path.join(HERE, "build")

# via: producer; font/size/spacing/justify: body text; page, margins (left, top, right, bottom, cm);
# heads: "styles" (Heading 1/2 or <h1>/<h2>/#) or "bold" (bold paragraphs); table look per producer
DOCS = [
    # ---- python-docx, Word's default table (Insert Table: equal columns across the text width, Table Grid)
    dict(src="dev27/lkj-sumba-timur-2020.txt", via="docx", font="Carlito", size=10, spacing=1.15, justify=True,
         page="F4", margins=(4, 3, 3, 3), heads="styles", tstyle="Table Grid", default_table=True, autofit=True,
         repeat=2, numalign="right", tsize=10, foot_align="right", sig_indent=8.5),
    dict(src="dev5/lkj-manggarai-barat-2021.txt", via="docx", font="Liberation Sans", size=11, spacing=1.5,
         justify=False, page="A4", margins=(4, 3, 3, 3), heads="bold", tstyle="Table Grid", default_table=True,
         autofit=False, repeat=2, numalign="center", tsize=9, foot_align="center", sig_indent=8, cant_split=True),
    dict(src="dev38/lkj-ende-2024.txt", via="docx", font="Carlito", size=11, spacing=1.08, after=8, justify=False,
         page="A4", margins=(2.54, 2.54, 2.54, 2.54), heads="styles", tstyle="Table Grid", default_table=True,
         autofit=True, repeat=0, numalign="left", tsize=11, foot_align="right", sig_indent=9, word_default=True),
    dict(src="dev10/lkj-manggarai-2022.txt", via="docx", font="DejaVu Serif", size=10, spacing=1.15, justify=True,
         page="F4", margins=(4, 3, 3, 3), heads="bold", tstyle="Table Grid", default_table=True, autofit=True,
         repeat=1, numalign="right", tsize=9, foot_align="center", sig_indent=8, shade="D9D9D9", landscape_table=1,
         drop=r"^Laporan Kinerja KPU Kabupaten Manggarai Tahun 2022 - \d+$"),
    dict(src="dev44/lkj-nagekeo-2019.txt", via="docx", font="Liberation Serif", size=11, spacing=1.0, justify=True,
         page="F4", margins=(4, 3, 3, 3), heads="styles", tstyle="Table Grid", default_table=True, autofit=False,
         repeat=1, numalign="right", tsize=10, foot_align="right", sig_indent=8.5, cant_split=True),
    dict(src="dev35/lakip-ngada-2019.txt", via="docx", font="Caladea", size=12, spacing=1.5, justify=True,
         page="A4", margins=(4, 3, 3, 3), heads="bold", tstyle="Table Grid", default_table=True, autofit=True,
         repeat=1, numalign="center", tsize=10, foot_align="center", sig_indent=8, shade="F2F2F2"),
    # ---- python-docx, the office's own widths
    dict(src="dev19/lkjip-sikka-2023.txt", via="docx", font="Nimbus Sans", size=10, spacing=1.15, justify=True,
         page="F4", margins=(4, 3, 3, 3), heads="styles", tstyle="Medium Shading 1", repeat=2, numalign="right",
         tsize=9, foot_align="right", sig_indent=8.5, landscape_table=3),
    dict(src="dev28/lkj-alor-2021.txt", via="docx", font="Caladea", size=11, spacing=1.15, justify=True,
         page="A4", margins=(3, 3, 3, 3), heads="bold", tstyle=None, borders="head", repeat=2, numalign="right",
         tsize=9, foot_align="center", sig_indent=8.5, cant_split=True),
    # ---- HTML -> Writer -> PDF (colspan / rowspan for the group titles)
    dict(src="dev13/lkj-kota-kupang-2022.txt", via="html", font="Liberation Serif", size=11, spacing=1.15,
         justify=True, page="F4", margins=(4, 3, 3, 3), heads="styles", th_bg="#E7E6E6", numalign="right", tsize=10,
         foot_align="right"),
    dict(src="dev37/lkjip-flores-timur-2023.txt", via="html", font="DejaVu Sans", size=10, spacing=1.0,
         justify=False, page="A4", margins=(3, 2.5, 2.5, 2.5), heads="bold", th_bg=None, numalign="center", tsize=9,
         foot_align="center", join_cont=True),
    # ---- Markdown -> pandoc -> .docx -> LibreOffice -> PDF
    dict(src="dev34/lkj-belu-2020.txt", via="md", font="URW Gothic", size=10, spacing=1.15,
         justify=True, page="F4", margins=(4, 3, 3, 3), heads="styles", grid=True, shade="DEEAF6", tsize=9,
         foot_align="right"),
    dict(src="dev42/lkj-lembata-2024.txt", via="md", font="Carlito", size=12, spacing=1.5, justify=False,
         page="A4", margins=(4, 3, 3, 3), heads="styles", grid=False, shade=None, tsize=9, foot_align="center"),
]
for d in DOCS:
    d["name"] = os.path.basename(d["src"])[:-4] + ".pdf"
    d["base"] = d["name"][:-4]
    d["year"] = int(d["name"][-8:-4])

PAGES = {"A4": (21.0, 29.7), "F4": (21.5, 33.0)}

# ================================================================ reading the text (lo1/make_lo.py's reader)
NUMTOK = re.compile(r"^[\d.,%()+\-–]*$")
CAPTION = re.compile(r"^(Tabel|Tab\.?|TABEL|Tbl\.?)\s")
LANJUT = re.compile(r"^(Lanjutan Tabel|\(lanjutan\)|Lanjutan)", re.I)
SUBHEAD = re.compile(r"^[A-H]\. [A-Z][^.]{0,70}$")
LIST = re.compile(r"^([a-z]|\d{1,2})[.)] |^[-•] ")
SIGSTART = re.compile(r"^[A-Z][A-Za-z' .]+, \d{1,2} [A-Z][a-z]+ \d{4}$")


def pages_of(text):
    pages, cur = [], []
    for ln in text.rstrip("\n").split("\n"):
        if ln == "\f":
            pages.append(cur)
            cur = []
        else:
            cur.append(ln)
    pages.append(cur)
    return pages


def foot_template(line, n):
    m = list(re.finditer(r"(?<![\d.,])%d(?![\d.,])" % n, line))
    if len(m) != 1:
        return None
    return line[:m[0].start()] + "{P}" + line[m[0].end():]


def strip_furniture(pages):
    """The page foot (a line with the page number) and the running heads, removed from the pages."""
    last = lambda p: max([i for i, x in enumerate(p) if x.strip()] or [None])
    first = lambda p: min([i for i, x in enumerate(p) if x.strip()] or [None])
    temps = {}
    for k, p in enumerate(pages):
        i = last(p)
        t = foot_template(p[i], k + 1) if i is not None else None
        if t:
            temps[t] = temps.get(t, 0) + 1
    foot = max(temps, key=temps.get) if temps else None
    if foot and temps[foot] < len(pages) * 0.6:
        foot = None
    if foot:
        for k, p in enumerate(pages):
            i = last(p)
            if i is not None and foot_template(p[i], k + 1) == foot:
                del p[i]
    counts = {}
    for p in pages[1:]:
        i = first(p)
        if i is not None:
            counts[p[i]] = counts.get(p[i], 0) + 1
    heads = [h for h, c in counts.items() if c >= 2 and not h.startswith(("BAB", "KATA")) and not SUBHEAD.match(h)
             and "\t" not in h and not LANJUT.match(h)]
    heads.sort(key=lambda h: -counts[h])
    head = heads[0] if heads else None
    for p in pages[1:]:
        for _ in range(2):
            i = first(p)
            if i is None:
                break
            nxt = next((x for x in p[i + 1:] if x.strip()), "")
            if p[i] in heads or (LANJUT.match(nxt) and "\t" not in p[i] and not LANJUT.match(p[i])):
                del p[i]
                while i < len(p) and not p[i].strip():
                    del p[i]
    return foot, head


def classify(ln, k):
    s = ln.strip()
    if k == 0:
        return "cover"
    if s in ("KATA PENGANTAR", "DAFTAR ISI") or re.match(r"^BAB [IVX]+$", s):
        return "h1"
    if CAPTION.match(s) or LANJUT.match(s):
        return "caption"
    if SUBHEAD.match(s):
        return "h2"
    if s.startswith("Sumber"):
        return "source"
    if LIST.match(s):
        return "list"
    return "body"


def blocks_of(pages):
    """The document as blocks: ('p', kind, text), ('blank',), ('pb',), ('t', rows)."""
    out = []
    for k, p in enumerate(pages):
        if k:
            nxt = next((x for x in p if x.strip()), "")
            if k == 1 or nxt.startswith(("BAB", "KATA", "DAFTAR")):
                out.append(("pb",))
        para, blanks = None, 0
        for ln in p + [""]:
            if "\t" in ln:
                if para:
                    out.append(para)
                    para = None
                if out and out[-1][0] == "t" and blanks == 0:
                    out[-1][1].append(ln.split("\t"))
                else:
                    if blanks >= 2:
                        out.append(("blank",))
                    out.append(("t", [ln.split("\t")]))
                blanks = 0
                continue
            if not ln.strip():
                if para:
                    out.append(para)
                    para = None
                blanks += 1
                continue
            kind = classify(ln, k)
            if para and para[1] == "caption" and blanks == 0 and kind == "body" and len(ln) < 90:
                kind = "caption"
            if para and kind == "body" and para[1] in ("body", "body+") and len(para[3]) >= 70 and blanks == 0:
                # a word the text hyphenated at its line end (`penyertaan-` / `Nya`) is joined without a space
                para = ("p", "body+", para[2] + ("" if para[2].endswith("-") else " ") + ln.strip(), ln)
                continue
            if para:
                out.append(para)
            if blanks >= 2:
                out.append(("blank",))
            blanks = 0
            para = ("p", kind, ln.strip(), ln)
        if para:
            out.append(para)
    return [b[:3] if b[0] == "p" else b for b in out]


def merge_tables(blocks):
    """A table continued after a page break (`Lanjutan Tabel`, its header repeated) becomes one table again."""
    out = []
    for b in blocks:
        if b[0] == "t" and out:
            j = len(out) - 1
            while j >= 0 and (out[j][0] in ("blank", "pb") or (out[j][0] == "p" and (
                    LANJUT.match(out[j][2]) or re.search(r"\(lanjutan\)\s*$", out[j][2], re.I)))):
                j -= 1
            if j >= 0 and out[j][0] == "t" and out[j][1][0] == b[1][0] and j < len(out) - 1:
                out[j][1].extend(b[1][1:])
                del out[j + 1:]
                continue
        out.append(b)
    return out


def mark_headings(blocks):
    out = []
    for i, b in enumerate(blocks):
        if b[0] == "p" and i and blocks[i - 1][0] == "p" and blocks[i - 1][1] == "h1" and \
                blocks[i - 1][2].startswith("BAB") and b[2].isupper():
            b = ("p", "h1", b[2])
        out.append(b)
    return out


def read(cfg):
    text = open(os.path.join(BLIND, cfg["src"]), encoding="utf-8").read()
    if cfg.get("drop"):  # a page foot printed on one page only: no Word footer of that page alone, no fact
        text = "\n".join(x for x in text.split("\n") if not re.match(cfg["drop"], x))
    pages = pages_of(text)
    foot, head = strip_furniture(pages)
    blocks = merge_tables(mark_headings(blocks_of(pages)))
    # the signature blocks: from the `Place, date` line to the NIP line
    out, sig = [], False
    for b in blocks:
        if b[0] == "p" and b[1] in ("body", "body+"):
            if SIGSTART.match(b[2]):
                sig = True
            if sig:
                if b[2].startswith("NIP"):
                    sig = False
                b = ("p", "sig", b[2])
        out.append(b)
    for i, b in enumerate(out):  # the blank line inside a signature block belongs to it
        if b[0] == "blank" and 0 < i < len(out) - 1 and out[i - 1][1:2] == ("sig",) and out[i + 1][1:2] == ("sig",):
            out[i] = ("sigblank",)
    return foot, head, out


def is_num(s):
    s = s.strip()
    return (bool(s) and bool(NUMTOK.match(s))) or s in ("-", "WTP", "WDP") or bool(re.match(r"^(AA|A|BB|B|CC|C|D)$", s))


def is_fig(s):
    s = s.strip()
    return bool(s) and bool(NUMTOK.match(s)) and s != "-"


def header_count(rows):
    """How many lines of the text's table are its header: the title line, and under it a line of group members or
    units (`L P L+P`, `(Rp)`, `2019`) whose first two cells are empty, or a line of titles without a figure."""
    n = 1
    while n < min(3, len(rows) - 1):
        r = rows[n]
        c0 = r[0].strip()
        c1 = r[1].strip() if len(r) > 1 else ""
        rest = any(x.strip() for x in r[2:])
        if not c0 and not c1 and rest:
            n += 1
            continue
        if any(is_fig(x) for x in r) or re.match(r"^\d", c0) or not (c0 or rest):
            break
        n += 1
    return n


def header_spec(rows, ncols, hk):
    """The Word header of a table whose text header has hk lines: (rows of the Word header, cells as
    (row, col, rowspan, colspan, text), each column's own title). A group title (a cell followed by empty cells over
    columns titled only on the last line) becomes a cell merged across them; every other column's lines are one
    title, merged down the header rows. Without a group the header is one row whose cells hold all the lines."""
    H = rows[:hk]
    last = hk - 1
    groups, ing = [], set()
    for r in range(hk - 1):
        c = 0
        while c < ncols:
            if H[r][c].strip() and H[last][c].strip() and c not in ing:
                e = c
                while e + 1 < ncols and e + 1 not in ing and not H[r][e + 1].strip() and H[last][e + 1].strip() \
                        and all(not H[q][e + 1].strip() for q in range(r + 1, last)):
                    e += 1
                if e > c:
                    groups.append((r, c, e, H[r][c].strip()))
                    ing.update(range(c, e + 1))
                    c = e + 1
                    continue
            c += 1
    own = [" ".join(H[q][c].strip() for q in range(hk) if H[q][c].strip()) for c in range(ncols)]
    if not groups:
        return 1, [(0, c, 1, 1, own[c]) for c in range(ncols)], own
    spans = []
    for r, c, e, t in groups:
        spans.append((0, c, 1, e - c + 1, t))
        for x in range(c, e + 1):
            own[x] = " ".join(H[q][x].strip() for q in range(r + 1, hk) if H[q][x].strip())
            spans.append((1, x, 1, 1, own[x]))
    for c in range(ncols):
        if c not in ing:
            spans.append((0, c, 2, 1, own[c]))
    spans.sort()
    return 2, spans, own


def join_continuations(rows, hk):
    """A name the text wrapped on to a line of its own (first cell and figures empty) is the cell's text again."""
    out = rows[:hk]
    for r in rows[hk:]:
        if out[hk:] and len(r) > 1 and not r[0].strip() and r[1].strip() and not any(x.strip() for x in r[2:]) \
                and out[-1][0].strip():
            out[-1] = list(out[-1])
            out[-1][1] = out[-1][1].rstrip() + " " + r[1].strip()
            continue
        out.append(r)
    return out


def table_shape(rows, cfg=None):
    ncols = max(len(r) for r in rows)
    rows = [list(r) + [""] * (ncols - len(r)) for r in rows]
    hk = header_count(rows)
    if cfg and cfg.get("join_cont"):
        rows = join_continuations(rows, hk)
    data = rows[hk:] or rows
    avg = [sum(len(r[c]) for r in data) / len(data) for c in range(ncols)]
    name_col = max(range(ncols), key=lambda c: avg[c])
    return rows, ncols, name_col, hk


def is_total(r, ncols):
    return (r[0].strip() == "" or re.search(r"JUMLAH|TOTAL|Jumlah|Total|Nilai Akhir", r[1 if ncols > 1 else 0])) \
        and not r[0].strip().isdigit()


_FONTS = {}


def text_cm(s, font, size, bold):
    """The printed width of s in cm, by the metrics of the font LibreOffice prints with (fc-match)."""
    from PIL import ImageFont
    k = (font, bold)
    if k not in _FONTS:
        f = subprocess.run(["fc-match", "-f", "%{file}", font + (":bold" if bold else "")], capture_output=True,
                           text=True, check=True).stdout
        _FONTS[k] = ImageFont.truetype(f, 100)
    return _FONTS[k].getlength(s) / 100 * size / 28.35


def widths_cm(rows, ncols, name_col, avail, font, tsize, name_min=4.5, hk=1, own=None):
    """Figure columns as wide as their widest cell (set bold, as totals are) and the header's longest word,
    the name column the rest."""
    w = []
    for c in range(ncols):
        if c == name_col:
            w.append(0)
            continue
        longest = max(text_cm(r[c], font, tsize, True) for r in rows[hk:]) if len(rows) > hk else 0
        word = max([text_cm(x, font, tsize, True) for x in (own or rows[0])[c].split()] or [0])
        w.append(max(longest, word, 0.6) + 0.5)
    w[name_col] = max(avail - sum(w), name_min)
    return w


def fixed_time(cfg):
    return datetime.datetime(cfg["year"] + 1, 1, 30, 8, 0, 0)


# ================================================================ producer 1: HTML -> Writer
def esc(s):
    return html.escape(s, quote=False)


def build_html(cfg, foot, head, blocks):
    pw, ph = PAGES[cfg["page"]]
    l, t, r, b = cfg["margins"]
    al = "justify" if cfg["justify"] else "left"
    lh = int(round(cfg["spacing"] * 100))
    css = f"""@page {{ size: {pw}cm {ph}cm; margin-left: {l}cm; margin-top: {t}cm; margin-right: {r}cm; margin-bottom: {b}cm }}
body {{ font-family: "{cfg['font']}"; font-size: {cfg['size']}pt }}
p {{ font-family: "{cfg['font']}"; font-size: {cfg['size']}pt; margin-top: 0cm; margin-bottom: 0.2cm; line-height: {lh}%; text-align: {al} }}
h1 {{ font-family: "{cfg['font']}"; font-size: {cfg['size'] + 2}pt; font-weight: bold; text-align: center; margin-top: 0.2cm; margin-bottom: 0.2cm }}
h2 {{ font-family: "{cfg['font']}"; font-size: {cfg['size']}pt; font-weight: bold; margin-top: 0.3cm; margin-bottom: 0.2cm }}
td {{ font-family: "{cfg['font']}"; font-size: {cfg['tsize']}pt }}
th {{ font-family: "{cfg['font']}"; font-size: {cfg['tsize']}pt; font-weight: bold }}
p.cover {{ text-align: center; font-weight: bold; font-size: {cfg['size'] + 5}pt; margin-bottom: 0.5cm }}
p.caption {{ text-align: center; font-weight: bold; font-size: {cfg['tsize'] + 1}pt; margin-top: 0.2cm; margin-bottom: 0.15cm }}
p.source {{ font-style: italic; font-size: {cfg['tsize']}pt; text-align: left }}
p.sig {{ margin-left: 8.5cm; margin-bottom: 0cm; text-align: left }}
p.list {{ margin-left: 0.75cm; text-indent: -0.75cm }}
p.cell {{ margin: 0cm; line-height: 100%; font-size: {cfg['tsize']}pt }}
"""
    o = ["<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">", "<html>", "<head>",
         '<meta http-equiv="content-type" content="text/html; charset=utf-8">',
         f"<title>Laporan Kinerja {cfg['year']}</title>", f"<style type=\"text/css\">\n{css}</style>", "</head>", "<body>"]
    if head:
        o.append(f'<div title="header"><p style="text-align: {cfg.get("head_align", "center")}; font-size: '
                 f'{cfg["size"] - 2}pt; font-style: italic">{esc(head)}</p></div>')
    if foot:
        a, z = foot.split("{P}")
        o.append(f'<div title="footer"><p style="text-align: {cfg["foot_align"]}; font-size: {cfg["size"] - 2}pt">'
                 f'{esc(a)}<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>{esc(z)}</p></div>')
    ti = [i for i, b in enumerate(blocks) if b[0] == "t"]
    brk = ti[cfg["break_before_table"]] if cfg.get("break_before_table") is not None else None
    pend, first_cover = False, True
    pb = ' style="page-break-before: always"'
    for i, b in enumerate(blocks):
        if b[0] == "pb":
            pend = True
            continue
        if b[0] in ("blank", "sigblank"):
            o.append('<p class="sig">&nbsp;</p>' if b[0] == "sigblank" else "<p>&nbsp;</p>")
            continue
        if b[0] == "t":
            if i == brk:  # the office pushed the table to a new page: its caption goes with it
                j = len(o) - 1
                while not o[j].startswith('<p class="caption"'):
                    j -= 1
                o[j] = o[j].replace('<p class="caption"', '<p class="caption"' + pb, 1)
            o.append(html_table(b[1], cfg))
            continue
        kind, s = b[1], b[2]
        st = pb if pend else ""
        pend = False
        if kind == "cover":
            extra = ' style="margin-top: 5cm"' if first_cover else ""
            first_cover = False
            o.append(f'<p class="cover"{extra}>{esc(s)}</p>')
        elif kind in ("h1", "h2") and cfg["heads"] == "styles":
            o.append(f"<{kind}{st}>{esc(s)}</{kind}>")
        elif kind == "h1":
            o.append(f'<p{st} style="text-align: center; font-weight: bold; font-size: {cfg["size"] + 1}pt"><b>'
                     f'{esc(s)}</b></p>' if not st else
                     f'<p style="page-break-before: always; text-align: center; font-size: {cfg["size"] + 1}pt">'
                     f'<b>{esc(s)}</b></p>')
        elif kind == "h2":
            o.append(f"<p{st}><b>{esc(s)}</b></p>")
        elif kind in ("caption", "source", "sig", "list"):
            o.append(f'<p class="{kind}"{st}>{esc(s)}</p>')
        else:
            o.append(f"<p{st}>{esc(s)}</p>")
    o += ["</body>", "</html>", ""]
    return "\n".join(o)


def html_table(rows, cfg):
    rows, ncols, name_col, hk = table_shape(rows, cfg)
    nh, spans, own = header_spec(rows, ncols, hk)
    pw = PAGES[cfg["page"]][0] - cfg["margins"][0] - cfg["margins"][2]
    w = widths_cm(rows, ncols, name_col, pw, cfg["font"], cfg["tsize"], name_min=3.5, hk=hk, own=own)
    tot = sum(w)
    code_col = any(r[0].strip() and not r[0].strip().isdigit() for r in rows[hk:])
    o = ['<table border="1" cellspacing="0" cellpadding="3" width="100%">']
    o += [f'<col width="{int(round(x / tot * 1000))}*">' for x in w]
    bg = f' bgcolor="{cfg["th_bg"]}"' if cfg.get("th_bg") else ""
    o.append("<thead>")
    for hr in range(nh):
        cells = []
        for r, c, rs, cs, t in spans:
            if r != hr:
                continue
            sp = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f'<th{bg}{sp} valign="middle">{esc(t) if t else "&nbsp;"}</th>')
        o.append("<tr>" + "".join(cells) + "</tr>")
    o.append("</thead>")
    o.append("<tbody>")
    for r in rows[hk:]:
        tot_row = is_total(r, ncols)
        cells = []
        for ci, v in enumerate(r):
            if ci == name_col or (ci == 0 and code_col):
                a = "left"
            elif ci == 0 or not is_fig(v):
                a = "center"
            else:
                a = cfg["numalign"]
            t = esc(v) if v else "&nbsp;"
            if tot_row:
                t = f"<b>{t}</b>"
            cells.append(f'<td align="{a}" valign="top">{t}</td>')
        o.append("<tr>" + "".join(cells) + "</tr>")
    o.append("</tbody></table>")
    return "\n".join(o)


def fix_odt(path):
    """Writer gives the page after a break in an HTML file the `Standard` page style (A4, no header/footer): the
    office sets the report's own page style (the `HTML` one: its page size, margins, header and footer) for all."""
    zin = zipfile.ZipFile(path)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    out = []
    for info, data in items:
        if info.filename == "styles.xml":
            s = data.decode("utf-8")
            m = re.search(r'<style:master-page style:name="HTML" style:page-layout-name="([^"]+)"(/>|(.*?)</style:master-page>)', s, re.S)
            std = re.search(r'<style:master-page style:name="Standard"[^>]*?(/>|>.*?</style:master-page>)', s, re.S)
            s = s.replace(std.group(0), f'<style:master-page style:name="Standard" style:page-layout-name="{m.group(1)}"'
                          + (f'{m.group(3)}</style:master-page>' if m.group(3) is not None else '/>'))
            data = s.encode("utf-8")
        out.append((info, data))
    with zipfile.ZipFile(path, "w") as z:
        for info, data in out:
            zi = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ================================================================ producer 2: Markdown -> pandoc -> .docx
def md_esc(s):
    s = re.sub(r"([\\`*_{}\[\]<>#|$^~@])", r"\\\1", s)
    s = re.sub(r"^(\w{1,3})([.)]) ", r"\1\\\2 ", s)  # `a. ` / `1. ` stay text, not a list Word renumbers
    s = re.sub(r"^([-+]) ", r"\\\1 ", s)
    s = re.sub(r"^(\d+)\\?\. ", r"\1\\. ", s)
    return s


def div(style, text):
    return f'::: {{custom-style="{style}"}}\n{text}\n:::\n'


PAGEBREAK = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n'
EMPTYPAR = '```{=openxml}\n<w:p/>\n```\n'


def build_md(cfg, foot, head, blocks):
    o = []
    pend = False
    for b in blocks:
        if b[0] == "pb":
            pend = True
            continue
        if pend:
            o.append(PAGEBREAK)
            pend = False
        if b[0] in ("blank", "sigblank"):
            o.append(EMPTYPAR)
            continue
        if b[0] == "t":
            o.append(md_table(b[1], cfg))
            continue
        kind, s = b[1], b[2]
        if kind == "cover":
            if not any("Sampul" in x for x in o):  # Enter pressed where the logo would stand
                o += [EMPTYPAR] * 8
            o.append(div("Sampul", md_esc(s)))
        elif kind == "h1":
            o.append("# " + md_esc(s) + "\n")
        elif kind == "h2":
            o.append("## " + md_esc(s) + "\n")
        elif kind == "caption":
            o.append(div("Judul Tabel", md_esc(s)))
        elif kind == "source":
            o.append(div("Sumber Tabel", md_esc(s)))
        elif kind == "sig":
            o.append(div("Tanda Tangan", md_esc(s)))
        elif kind == "list":
            o.append(div("Butir", md_esc(s)))
        else:
            o.append(md_esc(s) + "\n")
    return "\n".join(o)


def md_table(rows, cfg):
    rows, ncols, name_col, hk = table_shape(rows, cfg)
    assert hk == 1, "a pipe table has one header row"
    pw = PAGES[cfg["page"]][0] - cfg["margins"][0] - cfg["margins"][2]
    w = widths_cm(rows, ncols, name_col, pw, cfg["font"], cfg["tsize"], name_min=3.5)
    tot = sum(w)
    code_col = any(r[0].strip() and not r[0].strip().isdigit() for r in rows[1:])
    dashes = []
    for c in range(ncols):
        n = max(3, int(round(w[c] / tot * 100)))
        if c == name_col or (c == 0 and code_col):
            dashes.append("-" * n)
        elif c == 0 or not all(is_num(r[c]) or not r[c] for r in rows[1:]):
            dashes.append(":" + "-" * (n - 2) + ":")
        else:
            dashes.append("-" * (n - 1) + ":")
    cell = lambda v, bold: ("**" + md_esc(v) + "**") if (bold and v.strip()) else md_esc(v)
    o = ["| " + " | ".join(md_esc(c) for c in rows[0]) + " |", "|" + "|".join(dashes) + "|"]
    for r in rows[1:]:
        b = is_total(r, ncols)
        o.append("| " + " | ".join(cell(v, b) for v in r) + " |")
    return "\n".join(o) + "\n"


def reference_doc(cfg, foot, head, path):
    """pandoc's own reference.docx, its styles, page, header and footer set as the office's template."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor
    ref = os.path.join(BUILD, "pandoc-default-reference.docx")
    if not os.path.exists(ref):
        with open(ref, "wb") as f:
            f.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], capture_output=True,
                                   check=True).stdout)
    doc = Document(ref)
    st = doc.styles
    A = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}

    def font(style, size=None, bold=None):
        style.font.name = cfg["font"]
        rpr = style.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), cfg["font"])
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        if size:
            style.font.size = Pt(size)
        if bold is not None:
            style.font.bold = bold
        style.font.color.rgb = RGBColor(0, 0, 0)

    def pstyle(name):
        try:
            return st[name]
        except KeyError:
            from docx.enum.style import WD_STYLE_TYPE
            s = st.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = st["Normal"]
            return s
    font(st["Normal"], cfg["size"])
    for nm in ("Body Text", "First Paragraph"):
        s = st[nm]
        font(s, cfg["size"])
        pf = s.paragraph_format
        pf.line_spacing = cfg["spacing"]
        pf.space_before, pf.space_after = Pt(0), Pt(6)
        pf.alignment = A["justify" if cfg["justify"] else "left"]
    for nm, sz, al in (("Heading 1", cfg["size"] + 2, "center"), ("Heading 2", cfg["size"], "left")):
        s = next(x for x in st if x.style_id == nm.replace(" ", ""))  # pandoc names them `Heading 1`
        font(s, sz, True)
        s.font.italic = False
        s.paragraph_format.alignment = A[al]
        s.paragraph_format.space_before = Pt(12 if nm == "Heading 1" else 6)
        s.paragraph_format.space_after = Pt(6)
    font(st["Compact"], cfg["tsize"])
    st["Compact"].paragraph_format.space_before = Pt(1)
    st["Compact"].paragraph_format.space_after = Pt(1)
    st["Compact"].paragraph_format.line_spacing = 1.0
    for nm, sz, bold, al in (("Sampul", cfg["size"] + 5, True, "center"), ("Judul Tabel", cfg["tsize"] + 1, True, "center"),
                             ("Sumber Tabel", cfg["tsize"], False, "left"), ("Tanda Tangan", cfg["size"], False, "left"),
                             ("Butir", cfg["size"], False, "justify" if cfg["justify"] else "left")):
        s = pstyle(nm)
        font(s, sz, bold)
        pf = s.paragraph_format
        pf.alignment = A[al]
        pf.line_spacing = cfg["spacing"]
        pf.space_before = Pt(0)
        pf.space_after = Pt({"Sampul": 14, "Judul Tabel": 4, "Sumber Tabel": 8, "Tanda Tangan": 0, "Butir": 3}[nm])
        if nm == "Tanda Tangan":
            pf.left_indent = Cm(8.5)
        if nm == "Butir":
            pf.left_indent, pf.first_line_indent = Cm(0.75), Cm(-0.75)
        if nm == "Judul Tabel":
            pf.keep_with_next = True
        if nm == "Sumber Tabel":
            s.font.italic = True
    # the table style pandoc uses (`Table`): a grid, or only the line under the header; header bold/shaded
    ts = st["Table"].element
    tblpr = ts.find(qn("w:tblPr"))
    if cfg["grid"]:
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
            b.append(e)
        tblpr.append(b)
    for fr in ts.findall(qn("w:tblStylePr")):
        if fr.get(qn("w:type")) == "firstRow":
            tcpr = fr.find(qn("w:tcPr"))
            tcpr.find(qn("w:vAlign")).set(qn("w:val"), "center")
            if cfg.get("shade"):
                s = OxmlElement("w:shd")
                s.set(qn("w:val"), "clear")
                s.set(qn("w:color"), "auto")
                s.set(qn("w:fill"), cfg["shade"])
                tcpr.append(s)
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            fr.append(rpr)
    # the page
    sec = doc.sections[0]
    pw, ph = PAGES[cfg["page"]]
    sec.page_width, sec.page_height = Cm(pw), Cm(ph)
    l, t, r, b = cfg["margins"]
    sec.left_margin, sec.top_margin, sec.right_margin, sec.bottom_margin = Cm(l), Cm(t), Cm(r), Cm(b)
    sec.header_distance = sec.footer_distance = Cm(1.25)
    for nm in ("Header", "Footer"):
        font(pstyle(nm), max(cfg["size"] - 2, 8))
    if head:
        p = sec.header.paragraphs[0]
        p.text = head
        p.alignment = A[cfg.get("head_align", "center")]
    if foot:
        p = sec.footer.paragraphs[0]
        a, z = foot.split("{P}")
        if a:
            p.add_run(a)
        page_field(p)
        if z:
            p.add_run(z)
        p.alignment = A[cfg["foot_align"]]
    core(doc, cfg)
    doc.save(path)


def page_field(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fc(t):
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), t)
        return e
    par.add_run()._r.append(fc("begin"))
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE \\* MERGEFORMAT "
    r._r.append(it)
    par.add_run()._r.append(fc("separate"))
    par.add_run("1")
    par.add_run()._r.append(fc("end"))


def core(doc, cfg):
    cp = doc.core_properties
    cp.author = cp.last_modified_by = ""
    cp.title = f"Laporan Kinerja {cfg['year']}"
    cp.created = cp.modified = cp.last_printed = fixed_time(cfg)
    cp.revision = 1
    cp.comments = cp.subject = cp.keywords = cp.category = ""


# ================================================================ producer 3: python-docx
def build_docx(cfg, foot, head, blocks, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor
    A = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
    doc = Document()
    st = doc.styles

    def font(style, size=None, bold=None):
        style.font.name = cfg["font"]
        rpr = style.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), cfg["font"])
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        if size:
            style.font.size = Pt(size)
        if bold is not None:
            style.font.bold = bold
        style.font.color.rgb = RGBColor(0, 0, 0)
    font(st["Normal"], cfg["size"])
    pf = st["Normal"].paragraph_format
    pf.line_spacing = cfg["spacing"]
    pf.space_before, pf.space_after = Pt(0), Pt(cfg.get("after", 6 if cfg["spacing"] < 1.5 else 2))
    for nm, sz in (("Heading 1", cfg["size"] + 1), ("Heading 2", cfg["size"])):
        font(st[nm], sz, True)
        st[nm].font.italic = False
        st[nm].paragraph_format.space_before = Pt(12 if nm == "Heading 1" else 6)
        st[nm].paragraph_format.space_after = Pt(6)
    for nm in ("Header", "Footer"):
        font(st[nm], max(cfg["size"] - 2, 8))
    core(doc, cfg)
    sec = doc.sections[0]
    pw, ph = PAGES[cfg["page"]]
    sec.page_width, sec.page_height = Cm(pw), Cm(ph)
    l, t, r, b = cfg["margins"]
    sec.left_margin, sec.top_margin, sec.right_margin, sec.bottom_margin = Cm(l), Cm(t), Cm(r), Cm(b)
    sec.header_distance = sec.footer_distance = Cm(1.25)
    sec.different_first_page_header_footer = True  # the cover without header and footer
    if head:
        p = sec.header.paragraphs[0]
        p.text = head
        p.alignment = A["right"]
    if foot:
        p = sec.footer.paragraphs[0]
        a, z = foot.split("{P}")
        if a:
            p.add_run(a)
        page_field(p)
        if z:
            p.add_run(z)
        p.alignment = A[cfg["foot_align"]]
    avail = pw - l - r

    def borders(el_pr, tag, sides, val="single", sz=4):
        bb = OxmlElement(tag)
        for side in sides:
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), val)
            if val != "nil":
                e.set(qn("w:sz"), str(sz))
                e.set(qn("w:space"), "0")
                e.set(qn("w:color"), "000000")
            bb.append(e)
        el_pr.append(bb)

    def shade(cell, fill):
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(s)

    def fits(rows, hk, own, ncols, w, tsize):
        """Every figure of every cell (and of the titles) whole on one line of its column at this size."""
        for ri, r in enumerate([own] + rows[hk:]):
            bold = ri == 0 or is_total(r, ncols)
            for c, x in enumerate(r):
                for f in re.findall(r"\d[\d.,%]*\d%?|\d%?", x):
                    if text_cm(f, cfg["font"], tsize, bold) > w[c] - 0.4:
                        return False
        return True

    def add_table(rows, width):
        rows, ncols, name_col, hk = table_shape(rows, cfg)
        nh, spans, own = header_spec(rows, ncols, hk)
        body = rows[hk:]
        tsize = cfg["tsize"]
        tb = doc.add_table(rows=nh + len(body), cols=ncols)
        if cfg.get("default_table"):
            # Word's Insert Table: equal columns across the text width, as python-docx sets them; the office
            # only makes the table's font smaller where a figure would not stay whole in its narrow column
            sec_ = doc.sections[-1]
            w = [(sec_.page_width - sec_.left_margin - sec_.right_margin) / 360000 / ncols] * ncols
            while tsize > 7 and not fits(rows, hk, own, ncols, w, tsize):
                tsize -= 0.5
            assert fits(rows, hk, own, ncols, w, tsize), (cfg["src"], own)
            tb.autofit = bool(cfg.get("autofit"))
        else:
            w = widths_cm(rows, ncols, name_col, width, cfg["font"], tsize, hk=hk, own=own)
            tb.autofit = False
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, col in enumerate(tb.columns):
                col.width = Cm(w[i])
            for row in tb.rows:
                for i, cell in enumerate(row.cells):
                    cell.width = Cm(w[i])
        if cfg.get("tstyle"):
            tb.style = st[cfg["tstyle"]]
        tblpr = tb._tbl.tblPr
        if cfg.get("borders") == "head":  # the lines of the table removed but the frame's top, bottom and under the header
            borders(tblpr, "w:tblBorders", ("top", "bottom"), sz=8)
        look = tblpr.find(qn("w:tblLook"))
        if look is not None and cfg.get("tstyle") and cfg["tstyle"] != "Table Grid":
            look.set(qn("w:firstColumn"), "0")
            look.set(qn("w:val"), "0420")

        def put(cell, val, hd, tot, ci):
            for extra in cell.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            par = cell.paragraphs[0]
            q = par.paragraph_format
            q.space_before, q.space_after, q.line_spacing = Pt(1), Pt(1), 1.0
            q.first_line_indent = Cm(0)
            run = par.add_run(val)
            run.font.size = Pt(tsize)
            if hd:
                run.bold = True
                par.alignment = A["center"]
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                if cfg.get("shade"):
                    shade(cell, cfg["shade"])
                if cfg.get("borders") == "head":
                    borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", ("bottom",), sz=8)
                return
            if tot:
                run.bold = True
            if ci == name_col or (ci == 0 and code_col):
                par.alignment = A["left"]
            elif ci == 0 or not is_fig(val):
                par.alignment = A["center"]
            else:
                par.alignment = A[cfg["numalign"]]

        code_col = any(x[0].strip() and not x[0].strip().isdigit() for x in body)
        for hr in range(nh):
            if cfg.get("repeat"):
                tb.rows[hr]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for r, c, rs, cs, t in spans:
            cell = tb.cell(r, c)
            if rs > 1 or cs > 1:
                cell = cell.merge(tb.cell(r + rs - 1, c + cs - 1))
            put(cell, t, True, False, c)
        for ri, rr in enumerate(body):
            row = tb.rows[nh + ri]
            if cfg.get("cant_split"):
                row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            tot = is_total(rr, ncols)
            for ci, val in enumerate(rr):
                put(row.cells[ci], val, False, tot, ci)
        return tb

    ti = [i for i, bl in enumerate(blocks) if bl[0] == "t"]
    land = None
    if cfg.get("landscape_table") is not None:
        k = ti[cfg["landscape_table"]]
        s = k
        while s > 0 and (blocks[s - 1][0] == "blank" or (blocks[s - 1][0] == "p" and blocks[s - 1][1] == "caption")):
            s -= 1
        e = k
        while e + 1 < len(blocks) and (blocks[e + 1][0] == "blank" or (blocks[e + 1][0] == "p" and blocks[e + 1][1] in ("caption", "source"))):
            e += 1
        land = (s, e)
    pend, first_cover = False, True
    for i, bl in enumerate(blocks):
        if land and i == land[1] + 1:  # back to portrait after the table's Sumber line
            ns = doc.add_section(WD_SECTION.NEW_PAGE)
            ns.orientation = WD_ORIENT.PORTRAIT
            ns.page_width, ns.page_height = Cm(pw), Cm(ph)
            ns.left_margin, ns.top_margin, ns.right_margin, ns.bottom_margin = Cm(l), Cm(t), Cm(r), Cm(b)
            pend = False
        if land and i == land[0]:
            ns = doc.add_section(WD_SECTION.NEW_PAGE)
            ns.orientation = WD_ORIENT.LANDSCAPE
            ns.page_width, ns.page_height = Cm(ph), Cm(pw)
            ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(3), Cm(3), Cm(3), Cm(3)
            ns.different_first_page_header_footer = False
            pend = False
        if bl[0] == "pb":
            pend = True
            continue
        if bl[0] in ("blank", "sigblank"):
            p = doc.add_paragraph()
            if bl[0] == "sigblank":
                p.paragraph_format.keep_with_next = True
            continue
        if bl[0] == "t":
            if pend:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                pend = False
            inl = land and land[0] <= i <= land[1]
            add_table(bl[1], min(ph - 6, 20.0) if inl else avail)
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
            continue
        _, kind, s = bl
        if kind in ("h1", "h2") and cfg["heads"] == "styles":
            p = doc.add_paragraph(s, style="Heading 1" if kind == "h1" else "Heading 2")
        else:
            p = doc.add_paragraph()
            run = p.add_run(s)
            if kind in ("h1", "h2", "cover", "caption"):
                run.bold = True
            if kind == "cover":
                run.font.size = Pt(cfg["size"] + (7 if len(s) < 30 else 4))
            if kind == "caption":
                run.font.size = Pt(cfg["tsize"] + 1)
            if kind == "source":
                run.italic = True
                run.font.size = Pt(cfg["tsize"])
        q = p.paragraph_format
        if pend:
            q.page_break_before = True
            pend = False
        if kind == "cover":
            p.alignment = A["center"]
            q.space_after = Pt(18)
            if first_cover:
                q.space_before = Pt(170)
                first_cover = False
        elif kind == "h1":
            p.alignment = A["center"]
            q.keep_with_next = True
        elif kind == "h2":
            q.keep_with_next = True
        elif kind == "caption":
            p.alignment = A["center"]
            q.keep_with_next = True
            q.space_after = Pt(4)
        elif kind == "list":
            q.left_indent, q.first_line_indent = Cm(1.0), Cm(-0.6)
            if cfg["justify"]:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "sig":
            q.left_indent = Cm(cfg["sig_indent"])
            q.space_after = Pt(0)
            q.keep_with_next = not s.startswith("NIP")
        elif kind in ("body", "body+"):
            if cfg["justify"]:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.save(path)


# ================================================================ PDF post-processing and main
def fix_pdf(path, name, year):
    """The export's date: the report's signing day (30 January of the next year), 08:00; /ID from the name."""
    data = open(path, "rb").read()
    data = re.sub(rb"D:\d{14}", b"D:%d0130080000" % (year + 1), data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"%d-01-30T08:00:00" % (year + 1), data)
    h = hashlib.md5(("lo3/" + name).encode()).hexdigest().upper().encode() * 4

    def rid(m):
        g = m.group(0)
        return g.replace(m.group(1), h[:len(m.group(1))]).replace(m.group(2), h[-len(m.group(2)):])
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", rid, data)
    blank = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = blank.replace(b"/DocChecksum /" + b"0" * 32,
                         b"/DocChecksum /" + hashlib.md5(blank).hexdigest().upper().encode())
    open(path, "wb").write(data)


def soffice(args, env):
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(BUILD, "profile"), "--headless"] + args,
                   env=env, check=True, capture_output=True)


def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(os.path.join(BUILD, "home"))
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    env = dict(os.environ, HOME=os.path.join(BUILD, "home"), TZ="UTC", LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH="0")
    htmls, docxs = [], []
    for cfg in DOCS:
        foot, head, blocks = read(cfg)
        b = os.path.join(BUILD, cfg["base"])
        if cfg["via"] == "html":
            open(b + ".html", "w", encoding="utf-8").write(build_html(cfg, foot, head, blocks))
            htmls.append(b + ".html")
        elif cfg["via"] == "md":
            open(b + ".md", "w", encoding="utf-8").write(build_md(cfg, foot, head, blocks))
            reference_doc(cfg, foot, head, b + "-reference.docx")
            subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "--reference-doc", b + "-reference.docx",
                            "-o", b + ".docx", b + ".md"], check=True, env=env)
            from docx import Document
            d = Document(b + ".docx")
            core(d, cfg)
            d.save(b + ".docx")
            docxs.append(b + ".docx")
        else:
            build_docx(cfg, foot, head, blocks, b + ".docx")
            docxs.append(b + ".docx")
    # HTML: Writer opens the page, saves it as .odt; the page style set; the .odt printed to PDF
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "odt", "--outdir", BUILD] + htmls, env)
    odts = [h[:-5] + ".odt" for h in htmls]
    for o in odts:
        fix_odt(o)
    soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", os.path.join(BUILD, "pdf")] + odts + docxs, env)
    for cfg in DOCS:
        src = os.path.join(BUILD, "pdf", cfg["name"])
        fix_pdf(src, cfg["name"], cfg["year"])
        shutil.copyfile(src, os.path.join(HERE, cfg["name"]))
        tw = os.path.join(BLIND, os.path.dirname(cfg["src"]), "truth", cfg["base"] + ".json")
        t = json.load(open(tw, encoding="utf-8"))
        t["path"] = "lo3/" + cfg["name"]
        t["format"] = "pdf"
        with open(os.path.join(HERE, "truth", cfg["base"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{cfg['name']:40s} {cfg['via']:5s} {os.path.getsize(os.path.join(HERE, cfg['name'])):7d} bytes")
    if "--keep" not in sys.argv:
        shutil.rmtree(BUILD)


if __name__ == "__main__":
    main()
