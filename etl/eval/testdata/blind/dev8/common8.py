# Shared helpers of the dev8/ authoring scripts (author8a/b/c.py). The document skeleton,
# prose pools, budget builder and capaian arithmetic come from ../dev7/common7.py (itself on
# ../author/lib.py); this module adds the facts dev7/ states to the corpus memory common7 keeps
# (so a SAKIP score, component, budget total, RB value or kabupaten DPT row of any earlier batch
# is reused, never contradicted) and the few builders the dev8 house styles need.
import glob, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev7"))

import common7  # noqa: E402
from common7 import (check_truth, Doc, IND, KEG, PROG, NAMA, ORDER, predikat, id_int, id_dec,  # noqa: E402,F401
                     serapan, analisis, penutup, anggaran, fakta_anggaran, capai, cp, komponen,
                     skor, total_of, dpt_of, kpu, buka, bahas, bagian, selesai, ttd, nilai_akip,
                     tabel_anggaran)
from lib import en_int, en_dec  # noqa: E402,F401

for _f in sorted(glob.glob(os.path.join(BLIND, "dev7", "truth", "*.json"))):
    with open(_f, encoding="utf-8") as _fh:
        for _k, _v in check_truth.keyed(json.load(_fh)).items():
            common7.KNOWN.setdefault(_k, _v)

KNOWN = common7.KNOWN


def rb_of(s, y, nilai, bobot=36.3):
    """(nilai, bobot, persen) of an RB evaluation: the corpus's, else nilai on bobot."""
    v = KNOWN.get(("rb", s, y))
    return v if v else (nilai, bobot, round(nilai / bobot * 100, 2))


def total_or(s, y, seed, wa, cq, **kw):
    """A year's budget fitted to the corpus's total when it states one (common7.anggaran)."""
    known = total_of(s, y)
    if known:
        kw.setdefault("pagu", known[0])
        kw.setdefault("real", known[1])
    return anggaran(seed, wa, cq, **kw)


def kec_bagi(seed, names, desa, tps, l, p):
    """Kecamatan DPT rows (name, desa, tps, L, P) whose columns sum to the kabupaten's tps, L and
    P (desa is a list as printed, or None); shares drawn around equal weights."""
    r = random.Random(seed)
    w = [r.uniform(0.6, 1.4) for _ in names]

    def share(total, jitter):
        wj = [x * r.uniform(1 - jitter, 1 + jitter) for x in w]
        parts = [int(total * x / sum(wj)) for x in wj]
        parts[wj.index(max(wj))] += total - sum(parts)
        return parts
    ts, ls, ps = share(tps, 0.15), share(l, 0.04), share(p, 0.04)
    return [(n, desa[i] if desa else None, ts[i], ls[i], ps[i]) for i, n in enumerate(names)]


def wil(s):
    """The satker's name as schemas/ref/wilayah.csv writes it (kabupaten DPT rows)."""
    return check_truth.wilayah_ntt()[s]


def dpt_rows(d, pemilihan, tahun, rows, total_desa, tidak=None):
    """Declare kecamatan rows (name, desa, tps, L, P) and their kabupaten row."""
    for n, de, t, lk, pr in rows:
        d.dpt(pemilihan, tahun, "kecamatan", n.upper(), de, t, lk, pr, tidak=tidak)
    d.dpt(pemilihan, tahun, "kabupaten", wil(d.satker), total_desa, sum(r[2] for r in rows),
          sum(r[3] for r in rows), sum(r[4] for r in rows), tidak=tidak)


def rp_strip(n):
    """`Rp. 1.234.000,-`: the rupiah with a trailing comma-dash."""
    return f"Rp. {id_int(n)},-"


def grade_fact(d, key, t, r, cell, teks_r=None):
    """A grade row (AKIP predikat or BPK opini), compared by rank; teks_r is r as printed
    (homoglyphs allowed), the fact holds it folded."""
    rt = (teks_r or r).translate(check_truth.HOMO)
    d.capaian(IND[key], t, None, rt, None, "opini" if key == "opini" else "predikat", cell, grade=True)


def num_fact(d, key, t, r, arah="naik", satuan="persen", tt=None, rt=None, cell=None, **kw):
    """A numeric capaian fact; tt/rt/cell are the printed texts (Indonesian 2 decimals by
    default); returns the capaian value."""
    tt = tt or id_dec(t)
    rt = rt or id_dec(r)
    cell = cell if cell is not None else cp(t, r, arah)
    d.capaian(IND[key], tt, t, rt, r, satuan, cell, arah=arah, **kw)
    return capai(t, r, arah)


def kec_corpus(part, base, satker, pemilihan, tahun):
    """Kecamatan DPT rows (name as printed in title case, desa, tps, L, P) an earlier batch's
    truth already states, reused as they stand."""
    with open(os.path.join(BLIND, part, "truth", base + ".json"), encoding="utf-8") as f:
        t = json.load(f)
    return [(d["wilayah"].title().replace("'I", "'i"), d["jumlah_desa"], d["jumlah_tps"], d["pemilih_l"], d["pemilih_p"])
            for d in t["dpt"] if (d["satker_id"], d["pemilihan"], d["tahun"], d["tingkat_wilayah"]) ==
            (satker, pemilihan, tahun, "kecamatan")]


def kolom(fmt, sisa=False, pct=id_dec, kode=lambda k, induk: k):
    """The cells of a budget row for common7.tabel_anggaran: code (kode(k, induk) as printed),
    name, pagu and realisasi in fmt, the sisa when the table has one, the serapan in pct (None:
    no serapan column)."""
    def sel(k, induk, uraian, pagu, real):
        cells = [kode(k, induk), uraian, fmt(pagu), fmt(real)]
        if sisa:
            cells.append(fmt(pagu - real))
        if pct:
            cells.append(pct(serapan(pagu, real)))
        return cells
    return sel


def rb_prosa(d, tahun, nilai, kalimat):
    """An RB evaluation (the corpus's value for the satker and year, else nilai on 36,30) told in
    the sentence kalimat(nilai, bobot, persen) and declared."""
    rb = rb_of(d.satker, tahun, nilai)
    d.P(kalimat(*rb))
    d.rb(tahun, *rb)


def bungkus(d, mulai, lebar):
    """Wrap the name cell (the second) of the TAB rows printed since line mulai at lebar
    characters: the row keeps its first words and every number, the words left over go to a
    continuation line holding only them, as a PDF export of a narrow column gives it."""
    out = d.lines[:mulai]
    for ln in d.lines[mulai:]:
        cells = ln.split("\t")
        if len(cells) > 2 and len(cells[1]) > lebar:
            cut = cells[1].rfind(" ", 0, lebar)
            head, rest = cells[1][:cut], cells[1][cut + 1:]
            out.append("\t".join([cells[0], head] + cells[2:]))
            out.append("\t".join(["", rest] + [""] * (len(cells) - 2)))
        else:
            out.append(ln)
    d.lines = out
