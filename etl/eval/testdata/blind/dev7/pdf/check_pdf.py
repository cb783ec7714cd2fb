#!/usr/bin/env python3
"""Checks the PDF twins of dev7/: every PDF stays under 200 KB, each truth holds its text
twin's facts (only path and format differ), and every number and grade of it can be read back
from `pdftotext -layout` of the PDF (homoglyphs folded as ../../check_truth.py folds the texts).
The per-twin reading is dev5/pdf/check_pdf.py's periksa(), loaded from there and pointed at this
folder. Needs poppler-utils.
Run from etl/eval/testdata/blind/: python3 dev7/pdf/check_pdf.py   (exit 1 on any problem)
"""
import glob, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(os.path.dirname(HERE))
BATAS = 200 * 1024


def muat(path, nama):
    """A sibling batch's script loaded as a module (its main does not run)."""
    spec = importlib.util.spec_from_file_location(nama, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    baca = muat(os.path.join(BLIND, "dev5", "pdf", "check_pdf.py"), "check_pdf5")
    baca.HERE = HERE  # periksa() reads the twin and its truth from the folder HERE names
    masalah = [f"{os.path.basename(p)}: {os.path.getsize(p)} bytes, over 200 KB"
               for p in sorted(glob.glob(os.path.join(HERE, "*.pdf"))) if os.path.getsize(p) >= BATAS]
    berkas = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    if len(berkas) != 4:
        masalah.append(f"expected 4 truth files, found {len(berkas)}")
    for tf in berkas:
        errs, pages, n = baca.periksa(tf)
        print(f"pdf/{os.path.basename(tf)[:-5]}.pdf: {pages} pages, {n} facts, {'OK' if not errs else 'PROBLEMS'}")
        masalah += ["    " + e for e in errs]
    for m in masalah:
        print(m)
    return 1 if masalah else 0


if __name__ == "__main__":
    sys.exit(main())
