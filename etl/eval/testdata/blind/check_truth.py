#!/usr/bin/env python3
"""Author-side consistency check of the blind corpus (no parser involved).

For every truth/*.json under dev/ and dev2/ it checks that
  * the document exists, is UTF-8, 150-500 lines, has no SINTETIS/SYNTHETIC;
  * every number of the truth can be found in the text (in Indonesian or English
    notation, or scaled by 1000 / 1,000,000 for money tables in ribuan / juta),
    unless it is derived (sisa, serapan_hitung, capaian_hitung, an L+P total);
  * arithmetic holds: sisa = pagu - realisasi, serapan_hitung, L + P = total,
    kecamatan rows sum to the kabupaten row, children sum to parents,
    SAKIP components sum to the score, predikat fits the band;
  * DPT rows name their wilayah the way EXTRACTION.md says: a kecamatan as printed,
    upper-cased; a kabupaten or the province by the satker's name in
    schemas/ref/wilayah.csv (the rule since the second batch; the first batch's truth
    files were corrected to it by hand).
Run: python3 check_truth.py   (exit 1 on any problem)
"""
import functools, glob, json, os, re, sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
BAND = [(90, "AA"), (80, "A"), (70, "BB"), (60, "B"), (50, "CC"), (30, "C"), (-1, "D")]
RANK = {"AA": 7, "A": 6, "BB": 5, "B": 4, "CC": 3, "C": 2, "D": 1, "WTP": 4, "WDP": 3, "TW": 2, "TMP": 1}
HOMO = str.maketrans("АВСЕНКМОРТХаеорсух", "ABCEHKMOPTXaeopcyx")


def band(v):
    for lo, p in BAND:
        if v > lo:
            return p


def numbers(text):
    """Every value a numeric token of the text can mean."""
    vals = set()
    for tok in re.findall(r"\d[\d.,]*\d|\d", text):
        cands = [tok.replace(".", "").replace(",", "."), tok.replace(",", "")]
        for c in cands:
            try:
                vals.add(Decimal(c))
            except Exception:
                pass
    return vals


def has(vals, v, money=False):
    if v is None:
        return True
    d = Decimal(str(v))
    if d in vals:
        return True
    if money:
        for m in (Decimal(1000), Decimal(1000000)):
            if d / m in vals:
                return True
    return False


def check(doc_dir, tf):
    errs = []
    t = json.load(open(tf, encoding="utf-8"))
    path = os.path.join(HERE, t["path"])
    if not os.path.exists(path):
        return [f"missing document {t['path']}"]
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if not 150 <= len(lines) <= 500:
        errs.append(f"{len(lines)} lines")
    if re.search(r"SINTETIS|SYNTHETIC", text, re.I):
        errs.append("SINTETIS/SYNTHETIC in text")
    folded = text.translate(HOMO)
    vals = numbers(folded)
    sid = t["satker_id"]
    for a in t["anggaran"]:
        k = f"anggaran {a['tahun']} {a['kode']}"
        if a["sisa"] != a["pagu"] - a["realisasi"]:
            errs.append(k + " sisa")
        if a["serapan_hitung"] != round(a["realisasi"] / a["pagu"] * 100, 2):
            errs.append(k + " serapan_hitung")
        for f in ("pagu", "realisasi", "pagu_awal"):
            if not has(vals, a[f], True):
                errs.append(f"{k} {f}={a[f]} not in text")
        if not has(vals, a["serapan_lapor"]):
            errs.append(f"{k} serapan_lapor={a['serapan_lapor']} not in text")
    by = {}
    for a in t["anggaran"]:
        by[(a["satker_id"], a["tahun"], a["kode"])] = a
    kids = {}
    for a in t["anggaran"]:
        if a["tingkat"] == "total":
            continue
        parent = a["kode_induk"] or "TOTAL"
        kids.setdefault((a["satker_id"], a["tahun"], parent), []).append(a)
    for key, ch in kids.items():
        if key in by:
            want = {"TOTAL": "program"}.get(key[2])
            ch2 = [c for c in ch if want is None or c["tingkat"] == want]
            for f in ("pagu", "realisasi"):
                if ch2 and sum(c[f] for c in ch2) != by[key][f]:
                    errs.append(f"anggaran children of {key} {f} do not sum")
    for c in t["capaian"]:
        k = "capaian " + c["indikator"][:40]
        for f in ("target_nilai", "realisasi_nilai", "capaian_lapor"):
            if not has(vals, c[f]):
                errs.append(f"{k} {f}={c[f]} not in text")
        tn, rn = c["target_nilai"], c["realisasi_nilai"]
        if tn and rn is not None:
            T, R = Decimal(str(tn)), Decimal(str(rn))
            for v in (R / T * 100, (T - (R - T)) / T * 100):
                x = v * 1000
                if x == x.to_integral() and int(x) % 10 == 5:
                    errs.append(k + " capaian is a rounding tie")
        if c["satuan"] in ("predikat", "opini") and c["realisasi_teks"].rstrip("*") not in RANK:
            if c["capaian_hitung"] is not None or c["realisasi_nilai"] is not None:
                errs.append(k + " ungraded realisasi with numbers")
        elif c["satuan"] in ("predikat", "opini"):
            if c["capaian_hitung"] is not None:
                errs.append(k + " grade with capaian_hitung")
            if c["tercapai"] != (RANK[c["realisasi_teks"].rstrip("*")] >= RANK[c["target_teks"].rstrip("*")]):
                errs.append(k + " tercapai by rank")
        elif tn and rn is not None:
            up = round(rn / tn * 100, 2)
            down = round((tn - (rn - tn)) / tn * 100, 2)
            if c["capaian_hitung"] not in (up, down):
                errs.append(k + " capaian_hitung")
            if c["tercapai"] != (c["capaian_hitung"] >= 100):
                errs.append(k + " tercapai")
        for f in ("target_teks", "realisasi_teks"):
            if c[f] and c[f] not in folded and c[f] not in re.sub(r"\s+", " ", folded):
                errs.append(f"{k} {f}={c[f]!r} not in text")
    for s in t["capaian_seri"]:
        if not has(vals, s["nilai"]):
            errs.append(f"seri {s['indikator'][:30]} {s['tahun']} nilai not in text")
    for s in t["sakip"]:
        if band(s["nilai"]) != s["predikat"]:
            errs.append(f"sakip {s['satker_id']} {s['tahun_dinilai']} predikat band")
        if not has(vals, s["nilai"]):
            errs.append(f"sakip {s['satker_id']} {s['tahun_dinilai']} nilai not in text")
    comp = {}
    for k in t["sakip_komponen"]:
        comp.setdefault((k["satker_id"], k["tahun_dinilai"]), []).append(k)
        if not has(vals, k["nilai"]) or not has(vals, k["bobot"]):
            errs.append(f"komponen {k['komponen']} not in text")
    for key, ks in comp.items():
        s = [x for x in t["sakip"] if (x["satker_id"], x["tahun_dinilai"]) == key]
        if len(ks) != 4 or not s or abs(sum(k["nilai"] for k in ks) - s[0]["nilai"]) > 0.005:
            errs.append(f"komponen {key} do not sum to a sakip row")
    for r in t["rb"]:
        for f in ("nilai", "bobot", "persen"):
            if not has(vals, r[f]):
                errs.append(f"rb {r['tahun']} {f} not in text")
        if r["nilai"] and r["bobot"] and abs(r["nilai"] / r["bobot"] * 100 - r["persen"]) > 0.01:
            errs.append(f"rb {r['tahun']} persen")
    groups = {}
    for d in t["dpt"]:
        k = f"dpt {d['pemilihan']} {d['tahun']} {d['wilayah']}"
        if None not in (d["pemilih_l"], d["pemilih_p"], d["pemilih_total"]) and \
                d["pemilih_l"] + d["pemilih_p"] != d["pemilih_total"]:
            errs.append(k + " L+P")
        for f in ("jumlah_desa", "jumlah_tps", "pemilih_l", "pemilih_p"):
            if not has(vals, d[f]):
                errs.append(f"{k} {f}={d[f]} not in text")
        if d["tingkat_wilayah"] == "kecamatan" and d["wilayah"] != d["wilayah"].upper():
            errs.append(k + " wilayah not upper-case")
        elif d["tingkat_wilayah"] != "kecamatan" and d["wilayah"] != wilayah_ntt().get(d["satker_id"]):
            errs.append(f"{k} wilayah is not the satker's name in schemas/ref/wilayah.csv")
        groups.setdefault((d["pemilihan"], d["tahun"]), []).append(d)
    for g, rows in groups.items():
        for lvl, up in (("kecamatan", "kabupaten"), ("kabupaten", "provinsi")):
            low = [r for r in rows if r["tingkat_wilayah"] == lvl]
            top = [r for r in rows if r["tingkat_wilayah"] == up]
            if low and len(top) == 1 and (lvl == "kecamatan" or len(low) == 22):
                for f in ("jumlah_desa", "jumlah_tps", "pemilih_l", "pemilih_p", "pemilih_total"):
                    if top[0][f] is not None and all(r[f] is not None for r in low) and \
                            sum(r[f] for r in low) != top[0][f]:
                        errs.append(f"dpt {g} {lvl} rows do not sum to {up} ({f})")
    n = sum(len(v) for v in t.values() if isinstance(v, list))
    return errs, n, len(lines)


def report(name, errs, n, nl):
    """Print one document's verdict and its problems; returns how many there are."""
    print(f"{name}: {nl} lines, {n} facts, {'OK' if not errs else 'PROBLEMS'}")
    for e in errs:
        print("   ", e)
    return len(errs)


@functools.lru_cache(maxsize=None)
def wilayah_ntt():
    """Satker id -> name in schemas/ref/wilayah.csv ("5309" -> "Kabupaten Ngada", "53" -> "Nusa
    Tenggara Timur"): what the later batches' kabupaten/provinsi DPT rows must carry."""
    import csv
    ref = {}
    repo = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
    with open(os.path.join(repo, "schemas", "ref", "wilayah.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["kode_provinsi"] == "53":
                ref[r["kode"].replace(".", "")] = r["nama"]
    return ref


def batch_rules(t, text, flat, ref):
    """The rules of the later batches (dev2, unseen) on top of check(): a flattened document
    has no TAB and every other one has TAB tables; kabupaten/provinsi DPT rows carry the
    satker's name from ref, kecamatan rows the printed name upper-cased and whitespace-folded;
    no capaian, anggaran or rb row belongs to another satker."""
    errs = []
    if flat and "\t" in text:
        errs.append("flattened document holds a TAB")
    if not flat and "\t" not in text:
        errs.append("document has no TAB table")
    for d in t["dpt"]:
        if d["tingkat_wilayah"] == "kecamatan":
            if d["wilayah"] != re.sub(r"\s+", " ", d["wilayah"].upper()).strip():
                errs.append("kecamatan wilayah not folded: " + d["wilayah"])
        elif ref.get(d["satker_id"]) != d["wilayah"]:
            errs.append(f"dpt {d['satker_id']} wilayah {d['wilayah']!r} != ref {ref.get(d['satker_id'])!r}")
    for k in ("capaian", "anggaran", "rb"):
        for r in t[k]:
            if r.get("satker_id") != t["satker_id"]:
                errs.append(f"{k} row of another satker")
    return errs


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


def check_batch(part, earlier, flat, ref):
    """The checks of a later batch (dev3/, unseen2/): every truth file of part/ passes
    check() and batch_rules(); a cut-off realisasi is accepted when its children or
    pagu - sisa prove it; its satker/year pairs are new (and never Alor 2024 or Provinsi
    NTT 2024); facts shared with the earlier parts agree. Returns the number of problems."""
    here = os.path.join(HERE, part)
    bad = 0
    seen, known = {}, {}
    for p in earlier:
        for f in sorted(glob.glob(os.path.join(HERE, p, "truth", "*.json"))):
            t = json.load(open(f, encoding="utf-8"))
            seen.setdefault((t["satker_id"], t["tahun"]), []).append(t["path"])
            for k, v in keyed(t).items():
                known.setdefault(k, []).append((v, t["path"]))
    mine = {}
    files = sorted(glob.glob(os.path.join(here, "truth", "*.json")))
    if len(files) != 12:
        print(f"expected 12 truth files, found {len(files)}")
        bad += 1
    for tf in files:
        base = os.path.basename(tf)[:-5]
        t = json.load(open(tf, encoding="utf-8"))
        errs, n, nl = check(part, tf)
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
        text = open(os.path.join(HERE, t["path"]), encoding="utf-8").read()
        # ... or by pagu - sisa of its row, the printed digits being a prefix of the value
        vals = numbers(text)
        for a in t["anggaran"]:
            for m in (1, 1000, 1000000):
                pre = f"{a['realisasi'] // m:,}".replace(",", ".")[:-1]
                if a["realisasi"] % m == 0 and has(vals, a["sisa"] // m) and \
                        re.search(r"(^|\t)" + re.escape(pre) + r"(\t|$)", text, re.M):
                    errs = [e for e in errs if e != f"anggaran {a['tahun']} {a['kode']} realisasi={a['realisasi']} not in text"]
        key = (t["satker_id"], t["tahun"])
        if key in seen or key in mine or key in (("5305", 2024), ("53", 2024)):
            errs.append(f"satker/year {key} already used: {seen.get(key) or mine.get(key)}")
        mine[key] = t["path"]
        if not 2019 <= t["tahun"] <= 2024:
            errs.append("year out of range")
        if not t["path"].startswith(part + "/") or os.path.basename(t["path"])[:-4] != base:
            errs.append("path does not match truth file name")
        errs += batch_rules(t, text, base in flat, ref)
        for k, v in keyed(t).items():
            for v2, p in known.get(k, []):
                if v2 != v and not (k[0] == "dpt" and v2[0] is None and v2[1:] == v[1:]):
                    errs.append(f"{k} = {v} disagrees with {p}: {v2}")
            known.setdefault(k, []).append((v, t["path"]))
        bad += report(t["path"], errs, n, nl)
    return bad


def run_batch(part, earlier, flat):
    """A later batch's check.py in one call: check_batch against the wilayah reference,
    exit 1 on any problem."""
    sys.exit(1 if check_batch(part, earlier, flat, wilayah_ntt()) else 0)


def main():
    bad = 0
    for part in ("dev", "dev2"):
        td = os.path.join(HERE, part, "truth")
        for f in sorted(os.listdir(td)) if os.path.isdir(td) else []:
            if not f.endswith(".json"):
                continue
            res = check(part, os.path.join(td, f))
            if isinstance(res, list):
                errs, n, nl = res, 0, 0
            else:
                errs, n, nl = res
            bad += report(f"{part}/{f}", errs, n, nl)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
