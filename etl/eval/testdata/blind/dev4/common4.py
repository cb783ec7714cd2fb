# Shared helpers of the fourth blind batch (dev4/). Deterministic; python3 only.
# Facts other documents of the corpus already state (SAKIP scores and components, kabupaten
# DPT rows, budget totals, RB) are read back from dev/, dev2/ and dev3/ (the former unseen/) truth files, so the
# new documents never contradict them (BRIEF rule 5).
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "author"))
sys.path.insert(0, os.path.join(BLIND, "dev2"))
from lib import *  # noqa: E402,F401
import author2 as A2  # noqa: E402  (Pemilu 2019 DPT, kecamatan split, indicator texts)
from known import Known  # noqa: E402

_K = Known(("dev", "dev2", "dev3"), sure_only=True)
KS, KK, KD, KA = _K.KS, _K.KK, _K.KD, _K.KA
skor, komps, pemilu19, pemilu24 = _K.skor, _K.komps, _K.pemilu19, _K.pemilu24

REFNAME, SS, SK, KNM, KEG, PROG = A2.REFNAME, A2.SS, A2.SK, A2.KNM, A2.KEG, A2.PROG
ctx = A2.ctx
# Pilkada 2024 per kabupaten as printed in the real province report (TPS, L, P)
PILKADA24_REAL = {"5303": (445, 95277, 98625), "5308": (637, 98351, 108711)}


def tie(tn, rn):
    """True when a capaian lands exactly half-way at the 2nd decimal (the corpus avoids it)."""
    from decimal import Decimal
    T, R = Decimal(str(tn)), Decimal(str(rn))
    for v in (R / T * 100, (T - (R - T)) / T * 100):
        x = v * 1000
        if x == x.to_integral() and int(x) % 10 == 5:
            return True
    return False


def hitung(tn, rn, arah="naik"):
    assert not tie(tn, rn), (tn, rn)
    return round(rn / tn * 100, 2) if arah == "naik" else round((tn - (rn - tn)) / tn * 100, 2)


def num(x, eng=False):
    """A value as a secretary types it: whole numbers bare, else two decimals."""
    if float(x) == int(x):
        return (en_int if eng else id_int)(int(x))
    return (en_dec if eng else id_dec)(x)


def pc(x, eng=False, sign="%"):
    return (en_dec(x) if eng else id_dec(x)) + sign


def rp(n, pre="Rp ", suf=""):
    return pre + id_int(n) + suf


# ---------------------------------------------------------------- tables in several extractions
def tabel(d, rows, mode="tab", right=None):
    """Prints a table. rows: lists of cells, or a str (a literal line: caption, page furniture,
    "\f"). mode tab: TAB between cells; pipe: "| a | b |" with a rule under the first row;
    layout: pdftotext -layout (space padded, numbers right-aligned, no TAB); cells: one cell a
    line; space: cells joined by single spaces."""
    if mode == "layout":
        block = [r for r in rows if not isinstance(r, str)]
        n = max(len(r) for r in block)
        w = [max(len(str(r[i])) if i < len(r) else 0 for r in block) for i in range(n)]
    first = True
    for r in rows:
        if isinstance(r, str):
            d.L(r) if r != "\f" else d.FF()
            continue
        cells = [str(c) for c in r]
        if mode == "tab":
            d.R(*cells)
        elif mode == "pipe":
            d.L("| " + " | ".join(cells) + " |")
            if first:
                d.L("|" + "|".join("---" for _ in cells) + "|")
        elif mode == "layout":
            out = []
            for i, c in enumerate(cells):
                isnum = bool(c) and (c[0].isdigit() or c[0] == "-") and not any(ch.isalpha() for ch in c)
                out.append(c.rjust(w[i]) if isnum or (right and i in right) else c.ljust(w[i]))
            d.L(("  " + "   ".join(out)).rstrip())
        elif mode == "cells":
            for c in cells:
                if c != "":
                    d.L(c)
        elif mode == "space":
            d.L(" ".join(c for c in cells if c != ""))
        first = False


def budget(rnd, year, struct, unit=1, lo=0.935, hi=0.998):
    return A2.gen_budget(rnd, year, struct, unit, lo, hi)


def declare_budget(d, rows, year, lapor=True, pagu_awal=None, revisi=None):
    A2.declare_budget(d, rows, year, lapor, pagu_awal, revisi)


def kec(rnd, names, tot, tps, desa):
    """Kecamatan rows (name, desa, tps, l, p) summing to tot = (l, p), tps and desa."""
    return A2.kec_split(rnd, names, tot, tps, desa)


def dpt_rows(d, pem, th, rows, kab=True, desa=True):
    """Declares kecamatan rows and (kab) the kabupaten total row; returns the totals."""
    T = [sum(r[i] for r in rows) for i in (1, 2, 3, 4)]
    for nm, ds, tp, l, p in rows:
        d.dpt(pem, th, "kecamatan", " ".join(nm.upper().split()), ds if desa else None, tp, l, p,
              tidak=None if desa else ["jumlah_desa"])
    if kab:
        d.dpt(pem, th, "kabupaten", REFNAME[d.satker], T[0] if desa else None, T[1], T[2], T[3],
              tidak=None if desa else ["jumlah_desa"])
    return T


def cover(d, *lines):
    d.L(*lines)
    d.FF()


def pengantar(d, c, W, tempat, jab, nama, nip, head="KATA PENGANTAR"):
    d.L(head, "")
    d.PP(kata_pengantar(c), W)
    d.L(tempat, jab, "", "", nama, nip, "")


def prose(d, paras, W):
    d.PP(paras, W)


KEC = {
    "5303": ["Miomaffo Barat", "Miomaffo Tengah", "Musi", "Mutis", "Miomaffo Timur", "Noemuti",
             "Bikomi Selatan", "Bikomi Tengah", "Bikomi Nilulat", "Bikomi Utara", "Naibenu",
             "Noemuti Timur", "Kota Kefamenanu", "Insana", "Insana Utara", "Insana Barat",
             "Insana Tengah", "Insana Fafinesu", "Biboki Selatan", "Biboki Tanpah",
             "Biboki Moenleu", "Biboki Utara", "Biboki Anleu", "Biboki Feotleu"],
    "5308": ["Nangapanda", "Pulau Ende", "Maukaro", "Ende", "Ende Selatan", "Ende Timur",
             "Ende Tengah", "Ende Utara", "Ndona", "Ndona Timur", "Wolowaru", "Wolojita",
             "Lio Timur", "Kelimutu", "Ndori", "Maurole", "Kotabaru", "Detukeli",
             "Lepembusu Kelisoke", "Detusoko", "Wewaria"],
    "5307": ["Paga", "Mego", "Tana Wawo", "Lela", "Bola", "Doreng", "Mapitara", "Talibura",
             "Waigete", "Waiblama", "Kewapante", "Hewokloang", "Kangae", "Palue", "Koting",
             "Nelle", "Nita", "Magepanda", "Alok", "Alok Barat", "Alok Timur"],
    "5310": ["Satar Mese", "Satar Mese Barat", "Satar Mese Utara", "Langke Rembong", "Ruteng",
             "Wae Ri'i", "Lelak", "Rahong Utara", "Cibal", "Cibal Barat", "Reok", "Reok Barat"],
    "5314": ["Rote Barat Daya", "Rote Barat Laut", "Lobalain", "Rote Tengah", "Rote Selatan",
             "Pantai Baru", "Rote Timur", "Rote Barat", "Landu Leko", "Ndao Nuse"],
    "5371": ["Alak", "Maulafa", "Oebobo", "Kota Raja", "Kelapa Lima", "Kota Lama"],
}


def wrapcell(text, width):
    import textwrap
    return textwrap.wrap(text, width) if width else [text]


def cap_tabel(d, items, cols, mode="tab", width=None, pos="first", tingkat="sasaran_strategis",
              eng=False, no=1):
    """A capaian table's rows (the caller prints caption and header). items: dicts with ind, tt,
    tn, rt, rn, sat (truth satuan), arah, grade, cp (printed capaian; None computes it),
    scell (Satuan cell), ket (Keterangan cell), lapor (override). cols: no ind sat t r c ket.
    A wrapped row (width) prints its values on its first, middle or last line (pos)."""
    rows = []
    for i, it in enumerate(items):
        if isinstance(it, str):
            rows.append(it)
            continue
        g = it.get("grade", False)
        cp = it.get("cp")
        if cp is None:
            cp = pc(hitung(it["tn"], it["rn"], it.get("arah", "naik")), eng)
        lines = wrapcell(it["ind"], width)
        k = {"first": 0, "mid": len(lines) // 2, "last": len(lines) - 1}[pos]
        for j, part in enumerate(lines):
            vals = {"no": str(it.get("no", no)), "ind": part, "sat": it.get("scell", ""),
                    "t": it["tt"], "r": it["rt"], "c": cp, "ket": it.get("ket", "")}
            row = []
            for c in cols:
                if c == "ind":
                    row.append(part)
                elif c == "no":
                    row.append(vals[c] if j == 0 else "")
                elif j == k:
                    row.append(vals[c])
                elif c == "no" and j == 0 and pos != "first":
                    row.append(vals[c])
                else:
                    row.append("")
            rows.append(row)
        no += 1
        lap = it.get("lapor", "auto")
        if lap == "auto":
            try:
                lap = float(cp.rstrip("%").replace(",", ".")) if not eng else float(cp.rstrip("%").replace(",", ""))
            except ValueError:
                lap = None
        if g:
            d.cap(it["ind"], it["tt"].replace("В", "B"), None, it["rt"].replace("В", "B"), None, it["sat"], lap,
                  grade=True, tingkat=tingkat)
        else:
            d.cap(it["ind"], it["tt"], it["tn"], it["rt"], it["rn"], it["sat"], lap,
                  arah=it.get("arah", "naik"), tingkat=tingkat, tercapai=it.get("tercapai"))
    tabel(d, rows, mode)
    return no


def ang_tabel(d, rows, cols, money, kode, total="JUMLAH", mode="tab", eng=False, wrapw=None,
              pos="mid", lapor=True, year=None, pagu_awal=None, revisi=None, extra=None):
    """Prints budget rows (from budget()) and declares them. cols: kode uraian pagu real sisa
    pct; money(n) formats an amount; kode(row) the code cell; total labels the total row
    (None: an empty first cell). A wrapped name (wrapw) prints its amounts on line pos."""
    out = []
    for r in rows:
        if r["kode"] == "TOTAL":
            name = total or ""
            kc = ""
        else:
            name = r["nama"]
            kc = kode(r)
        vals = {"kode": kc, "pagu": money(r["pagu"]), "real": money(r["real"]),
                "sisa": money(r["pagu"] - r["real"]), "pct": pc(serapan(r["pagu"], r["real"]), eng, "")}
        if extra:
            vals.update(extra(r))
        parts = wrapcell(name, wrapw) if (wrapw and r["kode"] != "TOTAL") else [name]
        k = {"first": 0, "mid": len(parts) // 2, "last": len(parts) - 1}[pos]
        for j, part in enumerate(parts):
            row = []
            for c in cols:
                if c == "uraian":
                    row.append(part)
                elif c == "kode":
                    row.append(kc if j == 0 else "")
                else:
                    row.append(vals[c] if j == k else "")
            out.append(row)
    tabel(d, out, mode)
    declare_budget(d, rows, year or d.tahun, lapor and "pct" in cols, pagu_awal, revisi)


def K(r):
    """Short code as secretaries write it: WA, WA.3355."""
    return r["kode"].split(".")[-1] if r["tingkat"] == "program" else (
        r["induk"].split(".")[-1] + "." + r["kode"])


def fit_budget(rnd, struct, P, R, unit=1):
    """Budget rows (as budget()) whose total is exactly pagu P and realisasi R: struct is
    [(prog, [keg, ...])]; kegiatan pagu are multiples of 1000*unit... and realisasi of unit."""
    kegs = [(p, k) for p, ks in struct for k in ks]
    n = len(kegs)
    pg = [x // 1000 * 1000 for x in split_total(P, n, rnd, 0.5)]
    pg[0] += P - sum(pg)
    rl = []
    for x in pg:
        rl.append(min(int(x * (R / P) * rnd.uniform(0.985, 1.012)), int(x * 0.997)) // unit * unit)
    big = max(range(n), key=lambda i: pg[i] - rl[i])
    rl[big] += R - sum(rl)
    for a, b in zip(pg, rl):
        assert b <= a, (a, b)
    rows, i = [], 0
    for prog, ks in struct:
        pr = {"kode": prog, "tingkat": "program", "induk": "", "nama": PROG[prog], "pagu": 0, "real": 0}
        rows.append(pr)
        for k in ks:
            rows.append({"kode": k, "tingkat": "kegiatan", "induk": prog, "nama": KEG[k],
                         "pagu": pg[i], "real": rl[i]})
            pr["pagu"] += pg[i]
            pr["real"] += rl[i]
            i += 1
    rows.append({"kode": "TOTAL", "tingkat": "total", "induk": "", "nama": "Jumlah", "pagu": P, "real": R})
    return rows
