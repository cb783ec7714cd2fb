#!/usr/bin/env python3
"""Consistency check of the fourth blind batch (unseen2/), reusing ../check_truth.py.

As dev2/check2.py: kabupaten/provinsi DPT rows carry the satker's name from
schemas/ref/wilayah.csv, kecamatan rows the printed name upper-cased and
whitespace-folded; a flattened document has no TAB, every other one has TAB tables;
every document's satker/year pair is new to the corpus (and never Alor 2024 or
Provinsi NTT 2024). On top of that it checks, across the whole corpus, that facts
shared with dev/, dev2/ and dev3/ (the former unseen/) agree (SAKIP scores and components, kabupaten and
province DPT rows, budget totals, RB), and accepts a realisasi that is printed
cut off only when its children in the same truth prove it.
Run: python3 unseen2/check.py   (exit 1 on any problem)
"""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, BLIND)
import check_truth  # noqa: E402

REF = check_truth.wilayah_ntt()

FLAT = {"lkj-kabupaten-kupang-2022", "lkj-ende-2024", "lkj-manggarai-2021"}  # no TAB: pipe tables, pdftotext -layout, one cell a line


def keyed(t):
    """Facts that several documents may state, by natural key."""
    out = {}
    for s in t["sakip"]:
        out[("sakip", s["satker_id"], s["tahun_dinilai"])] = (s["nilai"], s["predikat"])
    for k in t["sakip_komponen"]:
        out[("komp", k["satker_id"], k["tahun_dinilai"], k["komponen"])] = (k["bobot"], k["nilai"])
    for d in t["dpt"]:
        if d["tingkat_wilayah"] != "kecamatan":
            out[("dpt", d["satker_id"], d["pemilihan"], d["tahun"])] = (
                d["jumlah_tps"], d["pemilih_l"], d["pemilih_p"], d["pemilih_total"])
    for a in t["anggaran"]:
        if a["kode"] == "TOTAL":
            out[("angg", a["satker_id"], a["tahun"])] = (a["pagu"], a["realisasi"])
    for r in t["rb"]:
        out[("rb", r["satker_id"], r["tahun"])] = (r["nilai"], r["bobot"], r["persen"])
    return out


def main():
    bad = 0
    seen, known = {}, {}
    for part in ("dev", "dev2", "dev3"):
        for f in sorted(glob.glob(os.path.join(BLIND, part, "truth", "*.json"))):
            t = json.load(open(f, encoding="utf-8"))
            seen.setdefault((t["satker_id"], t["tahun"]), []).append(t["path"])
            for k, v in keyed(t).items():
                known.setdefault(k, []).append((v, t["path"]))
    mine = {}
    files = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    if len(files) != 12:
        print(f"expected 12 truth files, found {len(files)}")
        bad += 1
    for tf in files:
        base = os.path.basename(tf)[:-5]
        t = json.load(open(tf, encoding="utf-8"))
        errs, n, nl = check_truth.check("unseen2", tf)
        errs = [e for e in errs if not e.endswith("wilayah not upper-case")]
        # a cut-off realisasi is proven by its children (EXTRACTION.md, Anggaran)
        kids = {}
        for a in t["anggaran"]:
            kids.setdefault((a["tahun"], a["kode_induk"] or ("TOTAL" if a["tingkat"] == "program" else None)),
                            []).append(a)
        for a in t["anggaran"]:
            ch = kids.get((a["tahun"], a["kode"]), [])
            if ch and sum(c["realisasi"] for c in ch) == a["realisasi"]:
                errs = [e for e in errs if e != f"anggaran {a['tahun']} {a['kode']} realisasi={a['realisasi']} not in text"]
        text = open(os.path.join(BLIND, t["path"]), encoding="utf-8").read()
        # ... or by pagu - sisa of its row, the printed digits being a prefix of the value
        vals = check_truth.numbers(text)
        for a in t["anggaran"]:
            for m in (1, 1000, 1000000):
                pre = f"{a['realisasi'] // m:,}".replace(",", ".")[:-1]
                if a["realisasi"] % m == 0 and check_truth.has(vals, a["sisa"] // m) and \
                        re.search(r"(^|\t)" + re.escape(pre) + r"(\t|$)", text, re.M):
                    errs = [e for e in errs if e != f"anggaran {a['tahun']} {a['kode']} realisasi={a['realisasi']} not in text"]
        key = (t["satker_id"], t["tahun"])
        if key in seen or key in mine or key in (("5305", 2024), ("53", 2024)):
            errs.append(f"satker/year {key} already used: {seen.get(key) or mine.get(key)}")
        mine[key] = t["path"]
        if not 2019 <= t["tahun"] <= 2024:
            errs.append("year out of range")
        if not t["path"].startswith("unseen2/") or os.path.basename(t["path"])[:-4] != base:
            errs.append("path does not match truth file name")
        errs += check_truth.batch_rules(t, text, base in FLAT, REF)
        for k, v in keyed(t).items():
            for v2, p in known.get(k, []):
                if v2 != v and not (k[0] == "dpt" and v2[0] is None and v2[1:] == v[1:]):
                    errs.append(f"{k} = {v} disagrees with {p}: {v2}")
            known.setdefault(k, []).append((v, t["path"]))
        bad += check_truth.report(t["path"], errs, n, nl)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
