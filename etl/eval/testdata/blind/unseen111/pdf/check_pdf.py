#!/usr/bin/env python3
"""The PDF twins of this folder checked: exactly four PDFs, each below 150 KB, then dev5/pdf/check_pdf.py's
main() run on this folder (a truth equal to its text twin's facts but for path and format; every
number and grade of it found in `pdftotext -layout` of the PDF). Needs poppler-utils.
Run from etl/eval/testdata/blind/: python3 <this folder>/pdf/check_pdf.py   (exit 1 on any problem)
"""
import glob, os, runpy, sys

HIER = os.path.dirname(os.path.abspath(__file__))


def ukuran():
    """The problems of the folder's PDF set: their number and any file of 150 KB or more."""
    pdfs = glob.glob(os.path.join(HIER, "*.pdf"))
    out = [] if len(pdfs) == 4 else [f"{len(pdfs)} PDFs, 4 expected"]
    return out + [f"{os.path.basename(p)} is {os.path.getsize(p)} bytes" for p in pdfs if os.path.getsize(p) >= 150 * 1024]


if __name__ == "__main__":
    salah = ukuran()
    if salah:
        sys.exit("\n".join(salah))
    inti = runpy.run_path(os.path.join(os.path.dirname(os.path.dirname(HIER)), "dev5", "pdf", "check_pdf.py"))
    inti["main"].__globals__["HERE"] = HIER
    inti["main"]()
