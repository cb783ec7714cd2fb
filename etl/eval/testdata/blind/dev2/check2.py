#!/usr/bin/env python3
"""Consistency check of the second batch of dev2 (the former holdout) (author2.py), reusing ../check_truth.py.

Differences from check_truth.py: kabupaten/provinsi DPT rows carry the satker's
name from schemas/ref/wilayah.csv (e.g. "Kabupaten Ngada", "Nusa Tenggara Timur"),
kecamatan rows the printed name upper-cased; a flattened document has no TAB;
every truth row's satker/year pair is new to the corpus.
Run: python3 dev2/check2.py   (exit 1 on any problem)
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, BLIND)
import check_truth  # noqa: E402

REF = check_truth.wilayah_ntt()

BATCH2 = ["lkj-sumba-timur-2022", "lkj-flores-timur-2021", "lkjip-nagekeo-2023", "lkj-sabu-raijua-2021",
          "lkj-manggarai-timur-2020", "lkj-provinsi-ntt-2019", "lkj-sumba-barat-daya-2024",
          "lkj-sumba-tengah-2019"]
FLAT = {"lkj-sumba-tengah-2019"}


def main():
    bad = 0
    seen = {}
    for part in ("dev", "dev2"):
        for f in os.listdir(os.path.join(BLIND, part, "truth")):
            t = json.load(open(os.path.join(BLIND, part, "truth", f), encoding="utf-8"))
            seen.setdefault((t["satker_id"], t["tahun"]), []).append(f)
    for base in BATCH2:
        tf = os.path.join(HERE, "truth", base + ".json")
        if not os.path.exists(tf):
            print(base, "missing")
            continue
        errs, n, nl = check_truth.check("dev2", tf)
        errs = [e for e in errs if not e.endswith("wilayah not upper-case")]
        t = json.load(open(tf, encoding="utf-8"))
        text = open(os.path.join(BLIND, t["path"]), encoding="utf-8").read()
        if not 150 <= nl <= 400:
            errs.append(f"{nl} lines (batch wants 150-400)")
        if len(seen[(t["satker_id"], t["tahun"])]) != 1:
            errs.append("satker/year already used: %s" % seen[(t["satker_id"], t["tahun"])])
        errs += check_truth.batch_rules(t, text, base in FLAT, REF)
        for r in t["capaian"]:
            if r["target_teks"] and r["target_teks"] not in text and r["target_teks"] not in re.sub(r"\s+", " ", text):
                errs.append("target_teks not in text: " + r["target_teks"])
        bad += check_truth.report(f"dev2/{base}.txt", errs, n, nl)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
