# Shared helpers of the dev13/ authoring scripts (author13a.py, author13b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev12/common12.py (on ../dev11 .. ../dev7 and ../author/lib.py); this module adds the facts
# of dev12/ to that memory, so every SAKIP score or component, budget total, RB value and
# kabupaten DPT row the corpus already states is reused, never contradicted (and, through
# cap_lama / angg_lama, the capaian rows and program budgets of a reused satker/year), plus the
# renderers of the dev13 house styles: long-format tables (one row per measure), a pandas
# REPL print, a psql query result, an XML export, Excel PivotTables, a header printed under the
# rows, a two-column newsletter page, an RTF source, tables running over a page with carried-forward
# sums (`Jumlah dipindahkan` / `Pindahan`).
import os, random, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev12"))

import common12  # noqa: E402,F401  (puts ../dev11 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common12 import (ANG_HEAD, anggaran_std, bahas, CAP_HEAD, cap_lama, capaian_std, DPT_HEAD, dpt_kab,  # noqa: E402,F401
                      en_dec, id_dec, id_int, IND, kec_baris, kec_lama, KOMP_ID, komp_std, komponen, kpu, NAMA,
                      ORDER, predikat, r_tab, rb_std, revisi, REVISI, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      selesai, seri_fakta, serapan, skor, sumber, wil, baris, sec_dpt_prosa)
from common7 import buka, total_of  # noqa: E402,F401

common9.ingat("dev12")
KNOWN = common9.KNOWN

from common7 import KEG  # noqa: E402
# kegiatan an earlier batch names that the shared table lacks (a reused budget brings them)
KEG.setdefault("3359", "Pengelolaan Hukum dan Hubungan Masyarakat")
KEG.setdefault("6868", "Pemutakhiran dan Penyusunan Daftar Pemilih")
KEG.setdefault("6870", "Masa Kampanye Pemilu")


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev13/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev13/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def kosong(c):
    return str(c) in ("", "-")


# ---- renderers: R(d, caption, header, rows) ----
def r_panjang(k):
    """A long-format ("tidy") table: the first k columns identify a row; every other column
    becomes a row of its own (`Ukuran` names the column, `Nilai` holds the cell)."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head[:k], "Ukuran", "Nilai")
        for row in rows:
            for j in range(k, len(head)):
                d.R(*row[:k], head[j], row[j])
        d.B()
    return r


def r_pandas(var):
    """A pandas DataFrame printed in the Python REPL and pasted as text: the index 0..n-1 on the
    left, every column right-aligned under its name, an empty cell shown as NaN."""
    def r(d, cap, head, rows):
        cells = [["NaN" if kosong(c) else str(c) for c in row] for row in rows]
        w = [max([len(str(h))] + [len(x[j]) for x in cells]) for j, h in enumerate(head)]
        wi = len(str(len(rows) - 1))
        d.L(f">>> # {cap}", f">>> {var}")
        d.L(" " * wi + "".join("  " + str(h).rjust(w[j]) for j, h in enumerate(head)))
        for i, row in enumerate(cells):
            d.L(str(i).ljust(wi) + "".join("  " + c.rjust(w[j]) for j, c in enumerate(row)))
        d.B()
    return r


def r_psql(view, cols, angka):
    """A psql query result pasted from the terminal: the query, the column names centred, a
    `---+---` rule, text left- and numbers right-aligned, NULL as an empty cell, `(n rows)`."""
    def r(d, cap, head, rows):
        cells = [["" if kosong(c) else str(c) for c in row] for row in rows]
        w = [max([len(h)] + [len(x[j]) for x in cells]) for j, h in enumerate(cols)]
        d.L(f"-- {cap}", f"lkj=> SELECT * FROM {view};")
        d.L("|".join(" " + h.center(w[j]) + " " for j, h in enumerate(cols)).rstrip())
        d.L("+".join("-" * (x + 2) for x in w))
        for row in cells:
            d.L("|".join(" " + (c.rjust(w[j]) if j in angka else c.ljust(w[j])) + " " for j, c in enumerate(row)).rstrip())
        d.L(f"({len(rows)} {'row' if len(rows) == 1 else 'rows'})", "")
    return r


def xml_esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def r_xml(elem, fields):
    """An XML export of an application: the table an element with its caption as attribute, one
    element a row on one line, a child element a cell (an empty cell a self-closed element)."""
    def r(d, cap, head, rows):
        d.L(f'<tabel judul="{xml_esc(cap)}" jumlah_baris="{len(rows)}">')
        for row in rows:
            isi = "".join(f"<{f}/>" if str(c) == "" else f"<{f}>{xml_esc(c)}</{f}>" for f, c in zip(fields, row))
            d.L(f"  <{elem}>{isi}</{elem}>")
        d.L("</tabel>", "")
    return r


def r_bawah(perm=None):
    """A TAB table whose header row is printed under its rows (as the source table kept its
    header in a footer row); perm reorders the columns."""
    def r(d, cap, head, rows):
        p = perm or range(len(head))
        d.L(cap, "")
        for row in rows:
            d.R(*[row[i] for i in p])
        d.R(*[head[i] for i in p])
        d.B()
    return r


def r_lanjut(at, kepala, jumlah=None):
    """A TAB table running over a page: after at rows the bottom row `Jumlah dipindahkan` (when
    jumlah = (pick, columns) is given: the sums of the rows pick(row) chooses, in those columns), a form feed,
    the running header kepala, `Lanjutan <caption>`, the header again and the row `Pindahan`
    repeating the carried sums; a table without jumlah says `(bersambung)` instead."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head)
        for i, row in enumerate(rows):
            if i == at:
                bawa = None
                if jumlah:
                    pilih = [x for x in rows[:at] if jumlah[0](x)]
                    bawa = [id_int(sum(int(str(x[j]).replace(".", "")) for x in pilih)) if j in jumlah[1] else ""
                            for j in range(2, len(head))]
                    d.R("", "Jumlah dipindahkan", *bawa)
                else:
                    d.L("(bersambung ke halaman berikutnya)")
                d.L("", "\f", kepala, "", "Lanjutan " + cap, "")
                d.R(*head)
                if bawa:
                    d.R("", "Pindahan", *bawa)
            d.R(*row)
        d.B()
    return r


RTF_KEPALA = r"{\rtf1\ansi\ansicpg1252\deff0\deflang1057{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}"


def rtf_esc(s):
    s = str(s).replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in s)


def r_rtf(lebar):
    """An RTF table as the source holds it: `\\trowd` with one `\\cellx` right edge per column,
    then each row's cells closed by `\\cell`, the row by `\\row`; the header row in bold."""
    def r(d, cap, head, rows):
        x, tepi = 0, []
        for w in lebar:
            x += w
            tepi.append(f"\\cellx{x}")
        defn = "\\trowd\\trgaph108\\trleft-108" + "".join(tepi)
        d.L(f"\\pard\\sb120\\sa60{{\\i {rtf_esc(cap)}}}\\par")
        d.L(defn, "\\pard\\intbl " + "".join(f"{{\\b {rtf_esc(h)}}}\\cell " for h in head) + "\\row")
        for row in rows:
            d.L(defn, "\\pard\\intbl " + "".join(f"{rtf_esc(c)}\\cell " for c in row) + "\\row")
        d.L("\\pard\\par")
    return r


def rtf_dokumen(d):
    """The whole document turned into its RTF source: prose and headings as `\\pard … \\par`
    paragraphs, a form feed as `\\page`; lines the RTF renderers wrote (opened by a backslash)
    stay as they are."""
    out = [RTF_KEPALA, "\\viewkind4\\uc1\\f0\\fs24"]
    for ln in d.lines:
        if ln == "\f":
            out.append("\\page")
        elif not ln.strip() or ln.startswith("\\"):
            out.append(ln)
        elif len(ln) < 70 and not ln.rstrip().endswith("."):
            out.append(f"\\pard\\sb240\\sa120{{\\b {rtf_esc(ln)}}}\\par")
        else:
            out.append(f"\\pard\\qj\\sa120 {rtf_esc(ln)}\\par")
    out.append("}")
    d.lines = out


def dua_kolom(d, lebar=54, sela=5):
    """A newsletter page as pdftotext -layout gives it: every run of paragraphs (one long line
    each, blank lines between) re-set in two columns side by side, the left column first;
    headings, short lines and TAB tables keep the full width."""
    out, run = [], []
    para = lambda ln: len(ln) >= 80 and "\t" not in ln and ln != "\f"

    def tuang():
        if not run:
            return
        teks = []
        for p in run:
            teks += textwrap.wrap(p, lebar) + [""]
        teks = teks[:-1]
        h = (len(teks) + 1) // 2
        kiri, kanan = teks[:h], teks[h:]
        if kanan and kanan[0] == "":
            kanan = kanan[1:]
        for i in range(h):
            a = kiri[i] if i < len(kiri) else ""
            b = kanan[i] if i < len(kanan) else ""
            out.append((a.ljust(lebar + sela) + b).rstrip())
        out.append("")
        run.clear()

    for ln in d.lines:
        if para(ln):
            run.append(ln)
        elif ln == "" and run:
            continue  # the blank lines between and after the paragraphs of a run
        else:
            tuang()
            out.append(ln)
    tuang()
    d.lines = out


# ---- Excel PivotTables ----
def pivot_anggaran(d, seed, judul):
    """The year's budget pasted from an Excel PivotTable in tabular form: Kode Program and Kode
    Kegiatan as row fields, `Sum of Pagu` and `Sum of Realisasi` and a calculated Serapan, a
    `<program> Total` subtotal under each program, `Grand Total` last. Declared as facts."""
    rows, tot = anggaran_std(d, seed, lambda k, nm, p, x, lv: (k, nm, p, x, lv))
    d.L(judul, "")
    d.R("Kode Program", "Kode Kegiatan", "Uraian Kegiatan", "Sum of Pagu", "Sum of Realisasi", "Serapan")
    pct = lambda p, x: id_dec(serapan(p, x)) + "%"
    prog = None
    for k, nm, p, x, lv in rows:
        if lv == 1:
            prog = (k, p, x)
            pertama = True
        elif lv == 2:
            d.R(prog[0] if pertama else "", k, nm, id_int(p), id_int(x), pct(p, x))
            pertama = False
            nxt = rows[rows.index((k, nm, p, x, lv)) + 1]
            if nxt[4] != 2:
                d.R(f"{prog[0]} Total", "", "", id_int(prog[1]), id_int(prog[2]), pct(prog[1], prog[2]))
        else:
            d.R("Grand Total", "", "", id_int(p), id_int(x), pct(p, x))
    d.B()
    return tot


# ---- DPT per desa with kecamatan subtotal rows ----
SUKU = ["oe", "na", "bi", "la", "ku", "fa", "sa", "tu", "ma", "ne", "bo", "li", "ka", "te", "ru", "nai", "fe", "po",
        "lo", "ba", "si", "me", "le", "da"]


def nama_desa(rnd, pakai):
    while True:
        n = "".join(rnd.choice(SUKU) for _ in range(rnd.choice((2, 3, 3))))
        n = n.capitalize()
        if n not in pakai and len(n) > 3:
            pakai.add(n)
            return n


def bagi_bulat(total, w, minimum=0):
    """total split into integer shares by the weights w, each at least minimum."""
    bebas = total - minimum * len(w)
    parts = [minimum + int(bebas * x / sum(w)) for x in w]
    parts[w.index(max(w))] += total - sum(parts)
    return parts



def sakip_tabel(d, R, y, fmt=id_dec, judul="B. Evaluasi Akuntabilitas Kinerja", pre=None, ff=True):
    """sec_sakip with the figures in fmt (en_dec for the exports in English notation)."""
    if ff:
        d.FF()
    d.L(judul, "")
    s, ks = komp_std(d, y)
    d.P(pre or (f"Hasil Evaluasi AKIP Tahun {y} yang disampaikan Inspektorat Utama KPU memberikan nilai "
                f"{id_dec(s)} dengan predikat {predikat(s)}. Rincian per komponen adalah sebagai berikut."))
    rows = [[i, KOMP_ID[k], fmt(b), fmt(v)] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
    rows.append(["", "Nilai Akhir", fmt(100), fmt(s)])
    R(d, f"Tabel 3.2 Nilai Evaluasi AKIP Tahun {y} per Komponen", ("No", "Komponen", "Bobot", "Nilai"), rows)
    return s


def tahun_lalu(d, years):
    """The TOTAL rows of earlier fiscal years the corpus states (pagu, realisasi), declared;
    returns [(year, pagu, realisasi)] of the years found."""
    out = []
    for y in years:
        v = total_of(d.satker, y)
        if v:
            d.ang("TOTAL", "total", "", v[0], v[1], serapan(*v), tahun=y)
            out.append((y, v[0], v[1]))
    return out


def riwayat(d, years):
    """The satker's SAKIP scores of the tahun_dinilai years (the corpus's), declared."""
    out = []
    for y in years:
        v = skor(d.satker, y)
        d.sakip(d.satker, y, v)
        out.append((y, v))
    return out
