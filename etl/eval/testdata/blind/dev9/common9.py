# Shared helpers of the dev9/ authoring scripts (author9a.py, author9b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory (every SAKIP
# score or component, budget total, RB value and kabupaten DPT row an earlier batch states) come
# from ../dev8/common8.py (on ../dev7/common7.py and ../author/lib.py); this module adds the facts
# of dev8/ to that memory and the few builders the dev9 house styles need: Roman numerals,
# Indonesian amounts in words (terbilang), an OCR-damage filter for prose and a `#` box.
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev8"))

import common8  # noqa: E402
from common8 import (analisis, anggaran, bagian, bahas, buka, bungkus, capai, check_truth, cp, Doc,  # noqa: E402,F401
                     dpt_of, dpt_rows, en_dec, en_int, fakta_anggaran, grade_fact, id_dec, id_int, IND,
                     kec_bagi, kec_corpus, KEG, komponen, kpu, NAMA, num_fact, ORDER, penutup, predikat, PROG,
                     rb_of, rb_prosa, selesai, serapan, skor, total_of, total_or, ttd, wil)


def ingat(part):
    """Add the keyed facts of part/'s truth files to the corpus memory (first statement wins)."""
    paths = sorted(glob.glob(os.path.join(BLIND, part, "truth", "*.json")))
    facts = [check_truth.keyed(json.load(open(p, encoding="utf-8"))) for p in paths]
    for k, v in ((k, v) for f in facts for k, v in f.items()):
        common8.KNOWN.setdefault(k, v)


ingat("dev8")
KNOWN = common8.KNOWN


def romawi(n):
    """1 -> I, 14 -> XIV."""
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


_SATU = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas"]


def terbilang(n):
    """An integer in Indonesian words, as amounts are written out on official papers."""
    if n < 12:
        return _SATU[n]
    if n < 20:
        return terbilang(n - 10) + " belas"
    if n < 100:
        return (terbilang(n // 10) + " puluh " + terbilang(n % 10)).strip()
    if n < 200:
        return ("seratus " + terbilang(n - 100)).strip()
    if n < 1000:
        return (terbilang(n // 100) + " ratus " + terbilang(n % 100)).strip()
    if n < 2000:
        return ("seribu " + terbilang(n - 1000)).strip()
    for v, w in ((10 ** 12, "triliun"), (10 ** 9, "miliar"), (10 ** 6, "juta"), (1000, "ribu")):
        if n >= v:
            return (terbilang(n // v) + f" {w} " + terbilang(n % v)).strip()
    return ""


def terbilang_koma(x):
    """69.51 -> 'enam puluh sembilan koma lima satu'."""
    a, b = id_dec(x).replace(".", "").split(",")
    return terbilang(int(a)) + " koma " + " ".join(_SATU[int(c)] if c != "0" else "nol" for c in b)


def ocr(line):
    """Damage a prose line as a poor scan's OCR does, letters only: l between letters read as 1,
    O inside an upper-case word as 0, 'rn' as 'm' and 'ti' as 'fi' now and then. Digits and the
    lines holding a TAB (tables, typed clean) are left alone."""
    if "\t" in line or not line.strip():
        return line
    out = re.sub(r"(?<=[a-z])l(?=[aiu])", "1", line)
    out = re.sub(r"(?<=[A-Z])O(?=[A-Z])", "0", out)
    out = out.replace("rn", "m").replace("tik", "fik")
    return out


def kotak(d, rows, lebar=96):
    """Rows (lists of cells) inside a box of `#`: a rule of # above and below, every row opened
    and closed by a # cell."""
    d.L("#" * lebar)
    for r in rows:
        d.R("#", *r, "#")
    d.L("#" * lebar)


def capaian_rows(d, rows, fmt=id_dec, pct=""):
    """Declare numeric capaian facts for rows (key, target, realisasi, arah); returns
    (key, target text, realisasi text, capaian cell) per row as printed."""
    out = []
    for k, t, r, a in rows:
        tt, rt, c = fmt(t) + pct, fmt(r) + pct, fmt(capai(t, r, a))
        num_fact(d, k, t, r, a, tt=tt, rt=rt, cell=c)
        out.append((k, tt, rt, c))
    return out


def mulai(base, satker, tahun, W, nama, sampul, tanda, thn=None, **kw):
    """A document of dev9/ up to its first table (common7.buka) and its prose context."""
    c = kpu(nama, thn or f"Tahun {tahun}")
    return c, buka(f"dev9/{base}.txt", satker, tahun, W, c, sampul, tanda, **kw)


def rincian(progs, tot, sel, total="JUMLAH"):
    """The rows of a program/kegiatan budget table, in print order: sel(kode, nama, pagu,
    realisasi, pos) gives the rows (a list) of one budget line, pos being (i,) for the i-th
    program, (i, j) for its j-th kegiatan and () for the total line named total."""
    rows = []
    for i, (prog, ks, p, x) in enumerate(progs, 1):
        rows += sel(prog, PROG[prog], p, x, (i,))
        for j, (k, kp, kx) in enumerate(ks, 1):
            rows += sel(k, KEG[k], kp, kx, (i, j))
    return rows + sel("", total, *tot, ())


def sel_rp(fmt=id_int, sisa=False, pct=lambda v: id_dec(v)):
    """The usual sel of rincian(): code, name, pagu, realisasi, the sisa when asked, the serapan."""
    return lambda k, nm, p, x, pos: [[k, nm, fmt(p), fmt(x)] + ([fmt(p - x)] if sisa else []) +
                                     [pct(serapan(p, x))]]


def kec_tabel(d, pemilihan, tahun, kec, sel, total, put=None):
    """A kecamatan DPT table printed and declared (kecamatan rows and the kabupaten row): sel(no,
    name, desa, tps, L, P) gives a kecamatan's printed row, total(desa, tps, L, P) the kabupaten
    line (desa None when no village count is printed); put(rows) prints them (TAB rows by default)."""
    rows = [sel(i, n, de, t, lk, pr) for i, (n, de, t, lk, pr) in enumerate(kec, 1)]
    desa = None if kec[0][1] is None else sum(k[1] for k in kec)
    rows.append(total(desa, *[sum(k[f] for k in kec) for f in (2, 3, 4)]))
    for r in ([] if put else rows):
        d.R(*r)
    if put:
        put(rows)
    dpt_rows(d, pemilihan, tahun, kec, desa, tidak=None if desa is not None else ["jumlah_desa"])


def patah(d, at, sela):
    """A put for kec_tabel: the rows as TAB rows, sela(d) (a footer, a page break, the header
    again) printed after the at-th row."""
    def put(rows):
        for i, r in enumerate(rows, 1):
            d.R(*r)
            if i == at:
                sela(d)
    return put


def kec_sel(upper=False):
    """The usual kecamatan row: no, name, desa, TPS, L, P, L+P."""
    return lambda i, n, de, t, lk, pr: [i, n.upper() if upper else n, de, t, id_int(lk), id_int(pr), id_int(lk + pr)]


def kec_total(label):
    return lambda de, t, lk, pr: ["", label, de, t, id_int(lk), id_int(pr), id_int(lk + pr)]


KOMP_ID = {"perencanaan": "Perencanaan Kinerja", "pengukuran": "Pengukuran Kinerja",
           "pelaporan": "Pelaporan Kinerja", "evaluasi_internal": "Evaluasi Akuntabilitas Kinerja Internal"}


def komp_tabel(d, y, head=("Komponen", "Bobot", "Nilai"), sel=None, jumlah=None):
    """The satker's SAKIP components of tahun_dinilai y as a table, declared: the header head, a
    row sel(no, komponen, bobot, nilai) per component (name, bobot, nilai by default), then
    jumlah(score) when given (the table's total line)."""
    ks = komponen(d.satker, y)
    sel = sel or (lambda i, nm, b, v: [nm, id_dec(b), id_dec(v)])
    d.R(*head)
    for i, (k, (b, v)) in enumerate(ks.items(), 1):
        d.R(*sel(i, KOMP_ID[k], b, v))
    if jumlah:
        d.R(*jumlah(skor(d.satker, y)))
    d.komp(y, ks)
    d.B()


def sakip_rb(d, ys, yr, kalimat):
    """The satker's SAKIP score of tahun_dinilai ys and its RB evaluation of yr told in one
    paragraph kalimat(score, (nilai, bobot, persen)), both declared."""
    s, nb = skor(d.satker, ys), rb_of(d.satker, yr, 0)
    d.P(kalimat(s, nb))
    d.sakip(d.satker, ys, s)
    d.rb(yr, *nb)


def sakip_prosa(d, y, kalimat):
    """The satker's SAKIP score of tahun_dinilai y told in the paragraph kalimat(score), declared."""
    s = skor(d.satker, y)
    d.P(kalimat(s))
    d.sakip(d.satker, y, s)
