#!/usr/bin/env python3
"""Checks the PDF twins of dev5/: each truth holds its text twin's facts (only path and format
differ), and every number and grade of it can be read back from `pdftotext -layout` of the PDF,
homoglyphs folded as ../../check_truth.py folds the texts. Needs poppler-utils.
Run from etl/eval/testdata/blind/: python3 dev5/pdf/check_pdf.py   (exit 1 on any problem)
"""
import glob, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
import check_truth as ct  # noqa: E402

# per family: the fields whose numbers must be readable (money ones may be printed in ribuan/juta)
ANGKA = {"anggaran": ("pagu", "realisasi", "pagu_awal"), "capaian": ("target_nilai", "realisasi_nilai", "capaian_lapor"),
         "capaian_seri": ("nilai",), "sakip": ("nilai",), "sakip_komponen": ("bobot", "nilai"),
         "rb": ("nilai", "bobot", "persen"), "dpt": ("jumlah_desa", "jumlah_tps", "pemilih_l", "pemilih_p")}


def periksa(tf):
    """The problems of one PDF truth file, and its page and fact counts."""
    base = os.path.basename(tf)[:-5]
    t = json.load(open(tf, encoding="utf-8"))
    twin = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
    lepas = lambda x: {k: v for k, v in x.items() if k not in ("path", "format")}
    errs = [] if (t["path"], t["format"]) == (f"pdf/{base}.pdf", "pdf") else ["path/format"]
    if lepas(t) != lepas(twin):
        errs.append("facts differ from the text twin")
    out = subprocess.run(["pdftotext", "-layout", os.path.join(HERE, base + ".pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    folded = out.translate(ct.HOMO)
    vals = ct.numbers(folded)
    for fam, fields in ANGKA.items():
        for row in t[fam]:
            errs += [f"{fam} {f}={row[f]}" for f in fields if not ct.has(vals, row[f], fam == "anggaran")]
    errs += [f"capaian {c[f]!r}" for c in t["capaian"] for f in ("target_teks", "realisasi_teks") if c[f] not in folded]
    n = sum(len(v) for v in t.values() if isinstance(v, list))
    return errs, out.count("\f"), n


def main():
    files = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    bad = 0 if len(files) == 4 else 1
    for tf in files:
        errs, pages, n = periksa(tf)
        print(f"pdf/{os.path.basename(tf)[:-5]}.pdf: {pages} pages, {n} facts, {'OK' if not errs else 'PROBLEMS'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
