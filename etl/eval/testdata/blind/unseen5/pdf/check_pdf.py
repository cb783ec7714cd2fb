#!/usr/bin/env python3
"""Checks the PDF twins of unseen5/: each truth holds its text twin's facts (only path and format
differ), every number and grade of it can be read back from `pdftotext -layout` of the PDF
(homoglyphs folded as ../../check_truth.py folds the texts), and every PDF stays under 200 KB.
The per-file check is dev5/pdf/check_pdf.py's, imported and pointed at this folder. Needs
poppler-utils. Run from etl/eval/testdata/blind/: python3 unseen5/pdf/check_pdf.py   (exit 1 on any problem)
"""
import glob, importlib.util, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "check_pdf5", os.path.join(os.path.dirname(os.path.dirname(HERE)), "dev5", "pdf", "check_pdf.py"))
cp5 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cp5)
cp5.HERE = HERE  # its periksa() and main() read the twins and truth of the folder HERE names

if __name__ == "__main__":
    besar = [p for p in sorted(glob.glob(os.path.join(HERE, "*.pdf"))) if os.path.getsize(p) >= 200 * 1024]
    for p in besar:
        print(f"{os.path.basename(p)}: {os.path.getsize(p)} bytes, over 200 KB")
    if besar:
        sys.exit(1)
    cp5.main()
