#!/usr/bin/env python3
"""Checks the PDF twins of unseen10/: four PDFs, none of 200 KB or more, then the main() of
dev5/pdf/check_pdf.py aimed at this folder (each truth equal to its text twin's facts, every number
and grade of it readable in the `pdftotext -layout` output). Needs poppler-utils.
Run from etl/eval/testdata/blind/: python3 unseen10/pdf/check_pdf.py   (exit 1 on any problem)
"""
import glob, os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(os.path.dirname(HERE))

pdfs = sorted(glob.glob(os.path.join(HERE, "*.pdf")))
besar = [f"{os.path.basename(p)}: {os.path.getsize(p)} bytes" for p in pdfs if os.path.getsize(p) >= 200 * 1024]
if len(pdfs) != 4 or besar:
    print("4 PDFs under 200 KB expected;", len(pdfs), "found", *besar)
    sys.exit(1)
dev5 = runpy.run_path(os.path.join(BLIND, "dev5", "pdf", "check_pdf.py"))
dev5["main"].__globals__["HERE"] = HERE
dev5["main"]()
