#!/usr/bin/env python3
"""Checks the PDF twins of unseen7/: four of them, each under 200 KB, each truth equal to its
text twin's facts (path and format aside), every number and grade of it readable in the
`pdftotext -layout` output (the reading is dev5/pdf/check_pdf.py's periksa(), pointed here).
Run from etl/eval/testdata/blind/: python3 unseen7/pdf/check_pdf.py   (exit 1 on any problem)
"""
import glob, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV5 = os.path.join(os.path.dirname(os.path.dirname(HERE)), "dev5", "pdf", "check_pdf.py")


def reader():
    spec = importlib.util.spec_from_file_location("check_pdf_dev5", DEV5)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.HERE = HERE
    return mod


def main():
    r = reader()
    bad = []
    pdfs = sorted(glob.glob(os.path.join(HERE, "*.pdf")))
    bad += [f"{os.path.basename(p)} is {os.path.getsize(p)} bytes (limit 200 KB)" for p in pdfs
            if os.path.getsize(p) >= 200 * 1024]
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    if len(truths) != 4 or len(pdfs) != 4:
        bad.append(f"{len(pdfs)} PDFs and {len(truths)} truth files, 4 of each expected")
    for tf in truths:
        errs, pages, n = r.periksa(tf)
        print(f"unseen7/pdf/{os.path.basename(tf)[:-5]}.pdf: {pages} pages, {n} facts, {'OK' if not errs else 'PROBLEMS'}")
        bad += ["    " + e for e in errs]
    print("\n".join(bad) if bad else "OK")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
