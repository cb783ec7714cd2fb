#!/usr/bin/env python3
"""Checks the PDF twins of unseen9/: four PDFs, none of 200 KB or more, then dev5/pdf/check_pdf.py's
main() pointed at this folder (each truth equal to its text twin's facts, every number and grade of
it readable in the `pdftotext -layout` output). Needs poppler-utils.
Run from etl/eval/testdata/blind/: python3 unseen9/pdf/check_pdf.py   (exit 1 on any problem)
"""
import glob, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "dev5_check_pdf", os.path.join(os.path.dirname(os.path.dirname(HERE)), "dev5", "pdf", "check_pdf.py"))
dev5 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dev5)
dev5.HERE = HERE

pdfs = sorted(glob.glob(os.path.join(HERE, "*.pdf")))
besar = [p for p in pdfs if os.path.getsize(p) >= 200 * 1024]
for p in besar:
    print(f"{os.path.basename(p)}: {os.path.getsize(p)} bytes, 200 KB at most")
if len(pdfs) != 4 or besar:
    print("4 PDFs under 200 KB expected")
    sys.exit(1)
dev5.main()
