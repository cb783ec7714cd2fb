#!/usr/bin/env python3
"""lo1/: twelve development texts (the ordinary halves of dev60/ .. dev71/) rebuilt as the Word documents their
offices would have written, then printed to PDF by LibreOffice, as `File > Export as PDF` of a .docx gives them.

Each text is read line by line: its page feet (the line with the page number) become a Word footer with a PAGE
field, its running heads a Word header, its TAB tables real Word tables (a table the text broke over pages with a
`Lanjutan Tabel` line and a repeated header row is one Word table again, its header row repeated by Word, unless
the document keeps the office's own manual break), its hard-wrapped prose one paragraph a paragraph. Every cell,
caption, note and figure is copied as written. Each document has its own template (DOCS below).

Run from etl/eval/testdata/blind/:  /usr/bin/python3 lo1/make_lo.py   (python-docx, LibreOffice 7.4, poppler)
Scratch files go to lo1/build/ (deleted at the end). Deterministic: fixed core properties, the PDF's dates and
/ID replaced by fixed values of the same length.
"""
import copy, hashlib, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
BUILD = os.path.join(HERE, "build")

# source text, PDF name, template
DOCS = [
    dict(src="dev60/lkj-ngada-2022.txt", font="Carlito", size=11, spacing=1.15, justify=True, page="A4",
         margins=(4, 3, 3, 3), heads="styles", tstyle="Table Grid", shade="D9D9D9", repeat=False, split=True,
         numalign="right", tsize=10, first_page=True, sig_indent=8.5),
    dict(src="dev61/lkj-timor-tengah-selatan-2020.txt", font="Liberation Serif", size=12, spacing=1.5, justify=True,
         page="F4", margins=(4, 3, 3, 3), heads="bold", tstyle="Table Grid", shade="BFBFBF", repeat=True,
         numalign="right", tsize=11, first_page=False, sig_indent=0),
    dict(src="dev62/lkj-sikka-2024.txt", font="Carlito", size=11, spacing=1.0, justify=False, page="A4",
         margins=(3, 3, 3, 3), heads="styles", tstyle="Light Grid Accent 1", shade=None, repeat=True,
         numalign="center", tsize=10, first_page=True, sig_indent=9),
    dict(src="dev63/lkj-ende-2021.txt", font="Liberation Sans", size=10, spacing=1.15, justify=False, page="F4",
         margins=(4, 3, 3, 3), heads="bold", tstyle="Medium Shading 1 Accent 1", shade=None, repeat=True,
         numalign="right", tsize=10, first_page=True, sig_indent=8, landscape_table=3),
    dict(src="dev64/lkj-belu-2019.txt", font="Caladea", size=12, spacing=1.5, justify=True, page="A4",
         margins=(4, 3, 3, 3), heads="styles", tstyle=None, shade=None, repeat=True, underhead=True,
         numalign="right", tsize=11, first_page=True, sig_indent=8),
    dict(src="dev65/lkj-sumba-timur-2023.txt", font="Carlito", size=11, spacing=1.15, justify=True, page="F4",
         margins=(4, 3, 3, 3), heads="styles", tstyle="Table Grid", shade="DEEAF6", repeat=True,
         numalign="right", tsize=10, first_page=False, sig_indent=9),
    dict(src="dev66/lkj-lembata-2019.txt", font="Liberation Serif", size=12, spacing=1.0, justify=True, page="A4",
         margins=(4, 3, 3, 3), heads="bold", tstyle="Light List Accent 1", shade=None, repeat=False,
         numalign="center", tsize=11, first_page=True, sig_indent=8.5),
    dict(src="dev67/lkj-rote-ndao-2023.txt", font="Liberation Sans", size=11, spacing=1.5, justify=False, page="F4",
         margins=(4, 3, 3, 3), heads="styles", tstyle="Light Shading", shade=None, repeat=True,
         numalign="right", tsize=10, first_page=True, sig_indent=0),
    dict(src="dev68/lkj-manggarai-2024.txt", font="Carlito", size=12, spacing=1.15, justify=True, page="A4",
         margins=(4, 3, 3, 3), heads="bold", tstyle="Table Grid", shade="F2F2F2", repeat=True,
         numalign="center", tsize=10, first_page=True, sig_indent=9, break_before_table=3),
    dict(src="dev69/lkj-sabu-raijua-2021.txt", font="Caladea", size=11, spacing=1.15, justify=False, page="A4",
         margins=(3, 3, 3, 3), heads="styles", tstyle="Light Grid", shade=None, repeat=True,
         numalign="right", tsize=10, first_page=False, sig_indent=8),
    dict(src="dev70/lkj-flores-timur-2022.txt", font="Liberation Serif", size=12, spacing=1.15, justify=True,
         page="F4", margins=(4, 3, 3, 3), heads="styles", tstyle="Table Grid", shade="D9D9D9", repeat=True,
         numalign="right", tsize=11, first_page=True, sig_indent=8.5),
    dict(src="dev71/lkj-kupang-2020.txt", font="Liberation Sans", size=10, spacing=1.0, justify=True, page="A4",
         margins=(4, 3, 3, 3), heads="bold", tstyle="Table Grid", shade="D9E2F3", repeat=False,
         numalign="center", tsize=9, first_page=True, sig_indent=9),
]
for d in DOCS:
    d["name"] = os.path.basename(d["src"])[:-4] + ".pdf"

PAGES = {"A4": (21.0, 29.7), "F4": (21.5, 33.0)}
NUMTOK = re.compile(r"^[\d.,%()+\-–]*$")
CAPTION = re.compile(r"^(Tabel|Tab\.?|TABEL|Tbl\.?)\s")
LANJUT = re.compile(r"^(Lanjutan Tabel|\(lanjutan\)|Lanjutan)", re.I)
SUBHEAD = re.compile(r"^[A-H]\. [A-Z][^.]{0,70}$")
LIST = re.compile(r"^([a-z]|\d{1,2})[.)] |^[-•] ")
SIGSTART = re.compile(r"^[A-Z][A-Za-z' .]+, \d{1,2} [A-Z][a-z]+ \d{4}$")


# ---------------------------------------------------------------- reading the text
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
    """Finds the page foot (a line with the page number) and the running heads; removes them from the pages."""
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
        for _ in range(2):  # the running head; a second head line over a continued table (`Lanjutan Tabel`)
            i = first(p)
            if i is None:
                break
            nxt = next((x for x in p[i + 1:] if x.strip()), "")
            if p[i] in heads or (LANJUT.match(nxt) and "\t" not in p[i] and not LANJUT.match(p[i])):
                del p[i]
                while i < len(p) and not p[i].strip():
                    del p[i]
    return foot, head


def blocks_of(pages, split):
    """The document as blocks: ('p', kind, text), ('blank',), ('pb',), ('t', rows)."""
    out = []
    for k, p in enumerate(pages):
        if k:
            nxt = next((x for x in p if x.strip()), "")
            if k == 1 or nxt.startswith(("BAB", "KATA", "DAFTAR")) or (split and LANJUT.match(nxt)):
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
                kind = "caption"  # a caption over two lines (`Tabel 3.1` / its title)
            if para and kind == "body" and para[1] in ("body", "body+") and len(para[3]) >= 70 and blanks == 0:
                para = ("p", "body+", para[2] + " " + ln.strip(), ln)
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


def merge_tables(blocks):
    """A table continued after a page break (`Lanjutan Tabel`, its header repeated) becomes one table again."""
    out = []
    for b in blocks:
        if b[0] == "t" and out:
            j = len(out) - 1
            while j >= 0 and (out[j][0] in ("blank", "pb") or (out[j][0] == "p" and LANJUT.match(out[j][2]))):
                j -= 1
            if j >= 0 and out[j][0] == "t" and out[j][1][0] == b[1][0] and j < len(out) - 1:
                out[j][1].extend(b[1][1:])
                del out[j + 1:]
                continue
        out.append(b)
    return out


def mark_headings(blocks):
    """The line after `BAB n` is the chapter's title."""
    out = []
    for i, b in enumerate(blocks):
        if b[0] == "p" and i and blocks[i - 1][0] == "p" and blocks[i - 1][1] == "h1" and \
                blocks[i - 1][2].startswith("BAB") and b[2].isupper():
            b = ("p", "h1", b[2])
        out.append(b)
    return out


# ---------------------------------------------------------------- writing the Word document
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
import datetime  # noqa: E402



def set_font(style, name, size=None, bold=None, color=True):
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if color:
        style.font.color.rgb = RGBColor(0, 0, 0)


def field(par, instr, shown):
    def fc(t):
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), t)
        return e
    r = par.add_run()
    r._r.append(fc("begin"))
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    r = par.add_run()
    r._r.append(fc("separate"))
    par.add_run(shown)
    r = par.add_run()
    r._r.append(fc("end"))


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcpr.append(s)


def borders(el_pr, tag, sides, val="single", sz=8):
    b = OxmlElement(tag)
    for side in sides:
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    el_pr.append(b)


def is_num(s):
    s = s.strip()
    return bool(s) and bool(NUMTOK.match(s)) or s in ("-", "WTP", "WDP") or re.match(r"^(AA|A|BB|B|CC|C|D)$", s)


FONTFILES = {("Carlito", False): "crosextra/Carlito-Regular.ttf", ("Carlito", True): "crosextra/Carlito-Bold.ttf",
             ("Caladea", False): "crosextra/Caladea-Regular.ttf", ("Caladea", True): "crosextra/Caladea-Bold.ttf",
             ("Liberation Serif", False): "liberation2/LiberationSerif-Regular.ttf",
             ("Liberation Serif", True): "liberation2/LiberationSerif-Bold.ttf",
             ("Liberation Sans", False): "liberation2/LiberationSans-Regular.ttf",
             ("Liberation Sans", True): "liberation2/LiberationSans-Bold.ttf"}
_FONTS = {}


def text_cm(s, font, size, bold):
    """The printed width of s in cm (the office checks its columns by eye; we by the font's metrics)."""
    from PIL import ImageFont
    k = (font, bold)
    if k not in _FONTS:
        _FONTS[k] = ImageFont.truetype("/usr/share/fonts/truetype/" + FONTFILES[k], 100)
    return _FONTS[k].getlength(s) / 100 * size / 28.35


def col_widths(rows, ncols, avail, font, tsize, name_min=4.0):
    """Figure columns as wide as their widest cell (and the header's longest word), the name column the rest."""
    data = rows[1:] or rows
    avg = [sum(len(r[c]) for r in data) / len(data) for c in range(ncols)]
    name_col = max(range(ncols), key=lambda c: avg[c])
    pad = 0.38 + 0.15
    while True:
        widths = []
        for c in range(ncols):
            longest = max(text_cm(r[c], font, tsize, True) for r in data) if c != name_col else 0
            head_word = max([text_cm(w, font, tsize, True) for w in rows[0][c].split()] or [0])
            widths.append(max(longest, head_word, 0.5) + pad)
        rest = avail - sum(widths[c] for c in range(ncols) if c != name_col)
        if rest >= max(name_min, widths[name_col]) or tsize <= 8:
            break
        tsize -= 0.5
    widths[name_col] = max(rest, widths[name_col])
    return widths, name_col, tsize


def add_table(doc, rows, cfg, avail, name_max=None):
    ncols = max(len(r) for r in rows)
    rows = [r + [""] * (ncols - len(r)) for r in rows]
    nhead = 2 if len(rows) > 2 and all(len(c.strip()) <= 1 and c.strip().isalpha() for c in rows[1]) else 1
    t = doc.add_table(rows=len(rows), cols=ncols)
    if cfg.get("tstyle"):
        t.style = doc.styles[cfg["tstyle"]]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths, name_col, tsize = col_widths(rows[:1] + rows[nhead:], ncols, avail, cfg["font"], cfg["tsize"])
    if name_max and widths[name_col] > name_max:  # a landscape page: the table as wide as its contents
        widths[name_col] = name_max
    t.autofit = False
    tblpr = t._tbl.tblPr
    if cfg.get("underhead"):
        borders(tblpr, "w:tblBorders", ("top", "left", "bottom", "right", "insideH", "insideV"), val="nil")
    look = tblpr.find(qn("w:tblLook"))
    if look is not None and cfg.get("tstyle") and cfg["tstyle"] != "Table Grid":
        look.set(qn("w:firstColumn"), "0")
        look.set(qn("w:val"), "0420")
    for i, col in enumerate(t.columns):
        col.width = Cm(widths[i])
    code_col = any(r[0].strip() and not r[0].strip().isdigit() for r in rows[nhead:])  # account codes: left
    for ri, r in enumerate(rows):
        row = t.rows[ri]
        head = ri < nhead
        if head and cfg.get("repeat"):
            trpr = row._tr.get_or_add_trPr()
            e = OxmlElement("w:tblHeader")
            trpr.append(e)
        total = not head and (r[0].strip() == "" or re.search(r"JUMLAH|TOTAL|Jumlah|Total|Nilai Akhir", r[1 if ncols > 1 else 0])) \
            and not r[0].strip().isdigit()
        for ci, val in enumerate(r):
            cell = row.cells[ci]
            cell.width = Cm(widths[ci])
            par = cell.paragraphs[0]
            pf = par.paragraph_format
            pf.space_before = Pt(1)
            pf.space_after = Pt(1)
            pf.line_spacing = 1.0
            run = par.add_run(val)
            run.font.size = Pt(tsize)
            if head:
                run.bold = True
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if cfg.get("shade"):
                    shade(cell, cfg["shade"])
                if cfg.get("underhead") and ri == nhead - 1:
                    borders(cell._tc.get_or_add_tcPr(), "w:tcBorders", ("bottom",))
            else:
                if total:
                    run.bold = True
                if ci == name_col:
                    par.alignment = WD_ALIGN_PARAGRAPH.LEFT
                elif ci == 0 and code_col:
                    par.alignment = WD_ALIGN_PARAGRAPH.LEFT
                elif ci == 0:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif is_num(val):
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT if cfg["numalign"] == "right" else WD_ALIGN_PARAGRAPH.CENTER
                else:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def setup(doc, cfg, foot, head, title):
    cp = doc.core_properties
    cp.author = cp.last_modified_by = ""
    cp.title = title
    yr = int(cfg["name"][-8:-4])
    cp.created = cp.modified = cp.last_printed = datetime.datetime(yr + 1, 1, 30, 8, 0, 0)
    cp.revision = 1
    cp.comments = cp.subject = cp.keywords = cp.category = ""
    sec = doc.sections[0]
    w, h = PAGES[cfg["page"]]
    sec.page_width, sec.page_height = Cm(w), Cm(h)
    l, t, r, b = cfg["margins"]
    sec.left_margin, sec.top_margin, sec.right_margin, sec.bottom_margin = Cm(l), Cm(t), Cm(r), Cm(b)
    sec.header_distance = sec.footer_distance = Cm(1.25)
    st = doc.styles
    set_font(st["Normal"], cfg["font"], cfg["size"])
    pf = st["Normal"].paragraph_format
    pf.line_spacing = cfg["spacing"]
    pf.space_after = Pt(6 if cfg["spacing"] < 1.5 else 0)
    pf.space_before = Pt(0)
    for nm, sz in (("Heading 1", cfg["size"] + 2), ("Heading 2", cfg["size"])):
        set_font(st[nm], cfg["font"], sz, True)
        st[nm].font.italic = False
        st[nm].paragraph_format.space_before = Pt(12 if nm == "Heading 1" else 6)
        st[nm].paragraph_format.space_after = Pt(6)
    for nm in ("Header", "Footer"):
        set_font(st[nm], cfg["font"], max(cfg["size"] - 2, 8))
    if cfg.get("first_page"):
        sec.different_first_page_header_footer = True
    if head:
        p = sec.header.paragraphs[0]
        p.text = head
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if cfg["justify"] else WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].italic = True
    if foot:
        p = sec.footer.paragraphs[0]
        a, z = foot.split("{P}")
        if a:
            p.add_run(a)
        field(p, "PAGE", "1")
        if z:
            p.add_run(z)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (not a.strip() or not z.strip()) else WD_ALIGN_PARAGRAPH.RIGHT
    return sec


def build(cfg):
    text = open(os.path.join(BLIND, cfg["src"]), encoding="utf-8").read()
    pages = pages_of(text)
    foot, head = strip_furniture(pages)
    blocks = mark_headings(blocks_of(pages, cfg.get("split")))
    if not cfg.get("split"):
        blocks = merge_tables(blocks)
    doc = Document()
    cover = [b[2] for b in blocks if b[0] == "p" and b[1] == "cover"]
    sec = setup(doc, cfg, foot, head, " ".join(cover[:3]))
    avail = (PAGES[cfg["page"]][0] - cfg["margins"][0] - cfg["margins"][2])
    pw, ph = sec.page_width, sec.page_height
    marg = [getattr(sec, a) for a in ("left_margin", "right_margin", "top_margin", "bottom_margin")]
    # landscape section around one table (its caption above and Sumber line below go with it)
    ti = [i for i, b in enumerate(blocks) if b[0] == "t"]
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
    brk_table = ti[cfg["break_before_table"]] if cfg.get("break_before_table") is not None else None
    pending_pb = False
    first_cover = True
    sig = False
    for i, b in enumerate(blocks):
        if land and i == land[0]:
            ns = doc.add_section(WD_SECTION.NEW_PAGE)
            ns.orientation = WD_ORIENT.LANDSCAPE
            ns.page_width, ns.page_height = ph, pw
            ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(3), Cm(3), Cm(4 if cfg["margins"][0] == 4 else 3), Cm(3)
            ns.different_first_page_header_footer = False
            avail_now = PAGES[cfg["page"]][1] - 6
            pending_pb = False
        if b[0] == "pb":
            pending_pb = True
            continue
        if b[0] == "blank":
            doc.add_paragraph().paragraph_format.keep_with_next = sig
            continue
        if b[0] == "t":
            if i == brk_table:
                pending_pb = True
            if pending_pb:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                pending_pb = False
            in_land = land and land[0] <= i <= land[1]
            add_table(doc, b[1], cfg, avail_now if in_land else avail, name_max=8.0 if in_land else None)
            if cfg.get("space_after_table", True):
                doc.add_paragraph().paragraph_format.space_after = Pt(0)
            if land and i == land[1]:
                ns = doc.add_section(WD_SECTION.NEW_PAGE)
                ns.orientation = WD_ORIENT.PORTRAIT
                ns.page_width, ns.page_height = pw, ph
                for a, v in zip(("left_margin", "right_margin", "top_margin", "bottom_margin"), marg):
                    setattr(ns, a, v)
            continue
        _, kind, s = b
        if kind == "h1" and cfg["heads"] == "styles":
            p = doc.add_paragraph(s, style="Heading 1")
        elif kind == "h2" and cfg["heads"] == "styles":
            p = doc.add_paragraph(s, style="Heading 2")
        else:
            p = doc.add_paragraph()
            r = p.add_run(s)
            if kind in ("h1", "h2", "cover"):
                r.bold = True
            if kind == "cover":
                r.font.size = Pt(cfg["size"] + (6 if len(s) < 30 else 3))
            if kind == "caption":
                r.bold = True
                r.font.size = Pt(cfg["tsize"] + (1 if cfg["tsize"] < cfg["size"] else 0))
            if kind == "source":
                r.italic = True
                r.font.size = Pt(cfg["tsize"])
        if pending_pb:
            p.paragraph_format.page_break_before = True
            pending_pb = False
        pf = p.paragraph_format
        if kind == "cover":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pf.space_after = Pt(14)
            if first_cover:
                pf.space_before = Pt(150)  # where the logo was
                first_cover = False
        elif kind == "h1":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pf.keep_with_next = True
        elif kind == "h2":
            pf.keep_with_next = True
        elif kind == "caption":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pf.keep_with_next = True
        elif kind == "list":
            pf.left_indent = Cm(0.75)
            pf.first_line_indent = Cm(-0.75)
            if cfg["justify"]:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind in ("body", "body+"):
            if SIGSTART.match(s):
                sig = True
            if sig:
                if cfg["sig_indent"]:
                    pf.left_indent = Cm(cfg["sig_indent"])
                pf.space_after = Pt(0)
                pf.keep_with_next = not s.startswith("NIP")
                if s.startswith("NIP"):
                    sig = False
            else:
                if cfg["justify"]:
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                if cfg["spacing"] >= 1.5 and len(s) > 40:
                    pf.first_line_indent = Cm(1.25)
    return doc


def fix_pdf(path, name, year):
    """The export's date: the report's signing month (30 January of the next year), 08:00."""
    data = open(path, "rb").read()
    data = re.sub(rb"D:\d{14}", b"D:%d0130080000" % (year + 1), data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"%d-01-30T08:00:00" % (year + 1), data)
    h = hashlib.md5(name.encode()).hexdigest().upper().encode() * 4

    def rid(m):
        g = m.group(0)
        return g.replace(m.group(1), h[:len(m.group(1))]).replace(m.group(2), h[-len(m.group(2)):])
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", rid, data)
    # LibreOffice's /DocChecksum sums the bytes before the dates above were fixed: the MD5 of the fixed file instead
    blank = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = blank.replace(b"/DocChecksum /" + b"0" * 32,
                         b"/DocChecksum /" + hashlib.md5(blank).hexdigest().upper().encode())
    open(path, "wb").write(data)


def main():
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(os.path.join(BUILD, "home"))
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    docs = []
    for cfg in DOCS:
        doc = build(cfg)
        p = os.path.join(BUILD, cfg["name"][:-4] + ".docx")
        doc.save(p)
        docs.append(p)
    env = dict(os.environ, HOME=os.path.join(BUILD, "home"), TZ="UTC", LC_ALL="C.UTF-8")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(BUILD, "profile"), "--headless",
                    "--convert-to", "pdf", "--outdir", os.path.join(BUILD, "pdf")] + docs,
                   env=env, check=True, capture_output=True)
    for cfg in DOCS:
        src = os.path.join(BUILD, "pdf", cfg["name"])
        fix_pdf(src, cfg["name"], int(cfg["name"][-8:-4]))
        shutil.copyfile(src, os.path.join(HERE, cfg["name"]))
        tw = os.path.join(BLIND, os.path.dirname(cfg["src"]), "truth", os.path.basename(cfg["src"])[:-4] + ".json")
        t = json.load(open(tw, encoding="utf-8"))
        t["path"] = "lo1/" + cfg["name"]
        t["format"] = "pdf"
        with open(os.path.join(HERE, "truth", cfg["name"][:-4] + ".json"), "w", encoding="utf-8") as f:
            json.dump(t, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(cfg["name"], os.path.getsize(os.path.join(HERE, cfg["name"])), "bytes")
    if "--keep" not in sys.argv:
        shutil.rmtree(BUILD)


if __name__ == "__main__":
    main()
