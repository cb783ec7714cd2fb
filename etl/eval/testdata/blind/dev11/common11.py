# Shared helpers of the dev11/ authoring scripts (author11a.py, author11b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev10/common10.py (on ../dev9 .. ../dev7 and ../author/lib.py); this module adds the facts of
# dev10/ to that memory, so every SAKIP score or component, budget total, RB value and kabupaten
# DPT row the corpus already states is reused, never contradicted, plus the renderers of the
# dev11 house styles (AsciiDoc, reStructuredText grid tables, a YAML dump, chat lines,
# columns shuffled per page, tables cut into two stacked halves).
import glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev10"))

import common10  # noqa: E402,F401  (puts ../dev9 on the path)
import common8  # noqa: E402
import common9  # noqa: E402
from common10 import (bagian, bahas, budget_rows, buka, cap_baris, dpt_of, en_dec,  # noqa: E402,F401
                      fakta_anggaran, id_dec, id_int, IND, kec_baris, kec_corpus, KOMP_ID, komponen, kpu,
                      NAMA, ORDER, predikat, rb_of, selesai, serapan, skor, total_or, wil)

common9.ingat("dev10")
KNOWN = common9.KNOWN
EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10")
KOMP_KOL = ("Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Internal")


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev11/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}")
    return c, buka(f"dev11/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def kec_lama(s, pem, y):
    """The kecamatan rows an earlier batch states for (s, pem, y), reused as they stand."""
    for part in EARLIER:
        for f in sorted(glob.glob(os.path.join(BLIND, part, "truth", "*.json"))):
            rows = kec_corpus(part, os.path.basename(f)[:-5], s, pem, y)
            if rows:
                return rows
    raise KeyError((s, pem, y))


def capaian_std(d, rows, pct_en=False, cyr=False):
    """The capaian rows of a document (numeric rows, then the AKIP predikat of last year's
    evaluation against target B and the BPK opini), declared; returns (no, indikator, satuan,
    target, realisasi, capaian) cells as printed."""
    sel = lambda i, ind, t, r, cc: [i, ind, {IND["akip"]: "Predikat", IND["opini"]: "Opini"}.get(ind, "%"), t, r, cc]
    pr = predikat(skor(d.satker, d.tahun - 1))
    huruf = [("akip", "B", pr.replace("B", "\u0412") if cyr else pr), ("opini", "WTP", "WTP")]
    out = cap_baris(d, rows, huruf, sel, style="en" if pct_en else "id")
    if pct_en:
        for r in out:
            r[5] = r[5].replace(",", ".")
    return out


def anggaran_std(d, seed, sel, total="JUMLAH", **kw):
    """The year's budget (programs WA and CQ with their kegiatan) fitted to the corpus's total,
    declared; returns the rows sel(kode, nama, pagu, realisasi, level) prints, total last."""
    progs, tot = total_or(d.satker, d.tahun, seed, {"3355": 1.0, "3358": 0.5, "3360": 1.5},
                          {"6640": 0.6, "6709": 0.5}, **kw)
    fakta_anggaran(d, progs, tot)
    return budget_rows(progs, tot, sel, total), tot


def komp_std(d, y):
    """The satker's SAKIP score of tahun_dinilai y and its four components, declared; returns
    (score, components)."""
    s, ks = skor(d.satker, y), komponen(d.satker, y)
    d.sakip(d.satker, y, s)
    d.komp(y, ks)
    return s, ks


def rb_std(d, y, nilai):
    """An RB evaluation (the corpus's for the satker and year, else nilai on 36,30), declared."""
    v = rb_of(d.satker, y, nilai)
    d.rb(y, *v)
    return v


def dpt_kab(d, pem, y):
    """The kabupaten DPT row the corpus states (TPS, L, P, total), declared without villages."""
    tps, l, p, tot = dpt_of(d.satker, pem, y)
    d.dpt(pem, y, "kabupaten", wil(d.satker), None, tps, l, p, tot, tidak=["jumlah_desa"])
    return tps, l, p, tot


def sumber(d, teks="Sumber: Subbagian Perencanaan, Data dan Informasi, diolah."):
    d.L(teks, "")


# ---- renderers: each prints a caption, a header and rows in one house style ----
def r_tab(d, cap, head, rows):
    d.L(cap, "")
    d.R(*head)
    for r in rows:
        d.R(*r)
    d.B()


def r_adoc(d, cap, head, rows):
    """An AsciiDoc table as its source holds it: `.Caption`, the options line, `|===` fences,
    the header on one line, then one line a row, cells opened by `|`."""
    d.L("." + cap, f'[cols="{len(head)}*",options="header"]', "|===", " ".join("|" + str(h) for h in head), "")
    for r in rows:
        d.L(" ".join("|" + str(c) for c in r))
    d.L("|===", "")


def r_rst(d, cap, head, rows):
    """A reStructuredText grid table: `+---+` rules, `|` between cells, `+===+` under the header."""
    cells = [[str(c) for c in head]] + [[str(c) for c in r] for r in rows]
    w = [max(len(r[i]) for r in cells) for i in range(len(head))]
    rule = lambda ch: "+" + "+".join(ch * (x + 2) for x in w) + "+"
    line = lambda r: "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |"
    d.L(f".. table:: {cap}", "", "   " + rule("-"), "   " + line(cells[0]), "   " + rule("="))
    for r in cells[1:]:
        d.L("   " + line(r), "   " + rule("-"))
    d.B()


def r_yaml(d, cap, head, rows):
    """A YAML dump a data officer pasted: the table's name, then one mapping a row."""
    key = lambda h: str(h).lower().replace(" ", "_").replace("/", "_").replace("(", "").replace(")", "").replace("%", "persen").replace("+", "_")
    d.L(f"# {cap}", key(cap.split(" ", 2)[-1])[:40] + ":")
    for r in rows:
        for i, (h, c) in enumerate(zip(head, r)):
            v = str(c)
            v = f'"{v}"' if (v == "" or not v.replace(".", "").isdigit()) else v
            d.L(("  - " if i == 0 else "    ") + f"{key(h)}: {v}")
    d.B()


def r_urut(perm):
    """A TAB renderer whose columns come in the order perm (indexes into the header)."""
    def r(d, cap, head, rows):
        r_tab(d, cap, [head[i] for i in perm], [[row[i] for i in perm] for row in rows])
    return r


def r_susun(kiri):
    """A landscape table printed as two stacked halves on one page: the first kiri columns for
    every row, then `No` and the remaining columns for every row."""
    def r(d, cap, head, rows):
        d.L(cap, "", "(bagian kiri)")
        d.R(*head[:kiri])
        for row in rows:
            d.R(*row[:kiri])
        d.B()
        d.L("(bagian kanan, lanjutan tabel yang sama)")
        d.R(head[0], *head[kiri:])
        for row in rows:
            d.R(row[0], *row[kiri:])
        d.B()
    return r


def bersih(rows):
    """Rows with the total row's empty number cell kept empty."""
    return [list(r) for r in rows]


# ---- the sections every document has, printed through a renderer R ----
CAP_HEAD = ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
ANG_HEAD = ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)")
DPT_HEAD = ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")


def sel_rp(k, nm, p, x, lv):
    return [k, nm, id_int(p), id_int(x), id_int(p - x), id_dec(serapan(p, x))]


def sec_capaian(d, c, R, rows, bahas_keys=(), pct_en=False, judul=None, cyr=False):
    """Table 3.1 (numeric rows, AKIP predikat and BPK opini), its source line and analysis."""
    R(d, judul or f"Tabel 3.1 Pengukuran Kinerja Tahun {d.tahun}", CAP_HEAD, capaian_std(d, rows, pct_en, cyr))
    sumber(d)
    bahas(d, c, list(bahas_keys))


def sec_sakip(d, R, y, judul="B. Evaluasi Akuntabilitas Kinerja", pre=None):
    """Last year's SAKIP evaluation: a sentence, then its components (Komponen, Bobot, Nilai)."""
    d.FF()
    d.L(judul, "")
    s, ks = komp_std(d, y)
    d.P(pre or (f"Hasil Evaluasi AKIP Tahun {y} yang disampaikan Inspektorat Utama KPU memberikan nilai "
                f"{id_dec(s)} dengan predikat {predikat(s)}. Rincian per komponen adalah sebagai berikut."))
    rows = [[i, KOMP_ID[k], id_dec(b), id_dec(v)] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
    rows.append(["", "Nilai Akhir", "100,00", id_dec(s)])
    R(d, f"Tabel 3.2 Nilai Evaluasi AKIP Tahun {y} per Komponen", ("No", "Komponen", "Bobot", "Nilai"), rows)
    return s


def sec_anggaran(d, R, seed, sel=sel_rp, head=ANG_HEAD, total="JUMLAH", judul="C. Realisasi Anggaran",
                 pre=None, first=False, **kw):
    """The budget per program and kegiatan; first puts the total row on top."""
    d.FF()
    d.L(judul, "")
    rows, tot = anggaran_std(d, seed, sel, total, **kw)
    d.P(pre or (f"Pagu DIPA Sekretariat {NAMA_KPU(d)} Tahun Anggaran {d.tahun} setelah revisi beserta "
                "realisasinya menurut program dan kegiatan disajikan pada tabel berikut (dalam rupiah)."))
    if first:
        rows = [rows[-1]] + rows[:-1]
    R(d, f"Tabel 3.3 Realisasi Anggaran Tahun {d.tahun}", head, rows)
    return tot


def sec_dpt(d, R, pem, y, judul="D. Data Pemilih", label=None, sel=None, head=DPT_HEAD, pre=None):
    """The kecamatan DPT table of (pem, y) as the corpus states it and its kabupaten line."""
    d.FF()
    d.L(judul, "")
    nama = "Pemilu" if pem == "pemilu" else "Pemilihan"
    d.P(pre or f"Daftar Pemilih Tetap {nama} {y} per kecamatan yang ditetapkan dalam rapat pleno terbuka adalah sebagai berikut.")
    kec = kec_lama(d.satker, pem, y)
    rows = kec_baris(d, pem, y, kec, label or "JUMLAH", sel)
    R(d, f"Tabel 3.4 Rekapitulasi DPT {nama} {y} per Kecamatan", head, rows)
    return kec


def NAMA_KPU(d):
    return f"KPU Kabupaten {NAMA[d.satker]}"


def r_bungkus(lebar):
    """A TAB renderer whose long name cells run on to a continuation line (common8.bungkus)."""
    def r(d, cap, head, rows):
        mulai = len(d.lines) + 2
        r_tab(d, cap, head, rows)
        common8.bungkus(d, mulai, lebar)
    return r


def r_grup(heads):
    """A TAB renderer with sasaran heading lines (heads: {row index: heading}) between the rows."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head)
        for i, row in enumerate(rows):
            if i in heads:
                d.L(heads[i])
            d.R(*row)
        d.B()
    return r


def r_patah(at, kepala):
    """A TAB table split by a page break after at rows: the running footer, a form feed, the
    running header kepala and the table header again."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head)
        for i, row in enumerate(rows):
            if i == at:
                d.L("", kepala + " | hal. " + str(sum(1 for x in d.lines if x == "\f") + 1), "\f", kepala, "")
                d.R(*head)
            d.R(*row)
        d.B()
    return r


def baris(s):
    """Capaian rows from one line, "key target realisasi" comma-separated, a key ending in `-`
    being lower-is-better: "sarana 90 93.12, tidak_terdaftar- 2 1.62"."""
    out = []
    for item in s.split(","):
        k, t, r = item.split()
        out.append((k.rstrip("-"), float(t), float(r), "turun" if k.endswith("-") else "naik"))
    return out


def seri_fakta(d, key, seri, fmt=id_dec):
    """A series (year, target, realisasi) of indicator key, declared as printed with fmt."""
    for y, t, r in seri:
        d.seri(IND[key], y, "target", fmt(t), t, "persen")
        d.seri(IND[key], y, "realisasi", fmt(r), r, "persen")


def sec_dpt_prosa(d, pem, y, kalimat, judul="D. Data Pemilih"):
    """The DPT section told in prose: a new page, its heading, the kabupaten row the corpus states
    (declared) in the paragraph kalimat(tps, L, P, total) with figures in Indonesian notation."""
    d.FF()
    d.L(judul, "")
    d.P(kalimat(*(id_int(v) for v in dpt_kab(d, pem, y))))


def pk_tabel(rows):
    """A lalu for bab_awal: the Perjanjian Kinerja table at the end of BAB II, the targets of the
    capaian rows (baris) and of the two grade rows, which BAB III then leaves out."""
    def lalu(d):
        d.L("", "Tabel 2.1 Perjanjian Kinerja Tahun " + str(d.tahun), "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target")
        for i, (k, t, _, _) in enumerate(rows, 1):
            d.R(i, IND[k], "%", id_dec(t))
        d.R(len(rows) + 1, IND["akip"], "Predikat", "B")
        d.R(len(rows) + 2, IND["opini"], "Opini", "WTP")
        d.B()
    return lalu


def r_tanpa(kol, R=r_tab):
    """Renderer R without column kol (the targets a PK table states apart)."""
    def r(d, cap, head, rows):
        R(d, cap, [h for i, h in enumerate(head) if i != kol], [[c for i, c in enumerate(x) if i != kol] for x in rows])
    return r


def potong_total(d, label, kol, n=2):
    """Cut the last n characters of cell kol of the TAB row labelled label, as a column too narrow
    for it leaves the print (the cell is derived: sisa = pagu - realisasi)."""
    for i, ln in enumerate(d.lines):
        cells = ln.split("\t")
        if len(cells) > kol and label in cells[:2]:
            cells[kol] = cells[kol][:-n]
            d.lines[i] = "\t".join(cells)
