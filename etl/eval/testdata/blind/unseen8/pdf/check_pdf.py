#!/usr/bin/env python3
"""Checks the PDF twins of unseen8/: four PDFs under 200 KB with one truth each, every truth equal to
its text twin's facts (path and format aside) and every number and grade of it readable in the
`pdftotext -layout` output. The reading itself is periksa() of dev5/pdf/check_pdf.py, loaded from
there and pointed at this folder.
Run from etl/eval/testdata/blind/: python3 unseen8/pdf/check_pdf.py   (exit 1 on any problem)
"""
import glob, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(os.path.dirname(HERE))
spec = importlib.util.spec_from_file_location("periksa_dev5", os.path.join(BLIND, "dev5", "pdf", "check_pdf.py"))
dev5 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dev5)
dev5.HERE = HERE

pdfs = sorted(glob.glob(os.path.join(HERE, "*.pdf")))
truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
masalah = [f"{os.path.basename(p)}: {os.path.getsize(p)} bytes, 200 KB at most" for p in pdfs
           if os.path.getsize(p) >= 200 * 1024]
if (len(pdfs), len(truths)) != (4, 4):
    masalah.append(f"{len(pdfs)} PDFs, {len(truths)} truth files: 4 and 4 expected")
for tf in truths:
    base = os.path.basename(tf)[:-5]
    errs, pages, n = dev5.periksa(tf)
    print(f"unseen8/pdf/{base}.pdf: {pages} pages, {n} facts, {'OK' if not errs else 'PROBLEMS'}")
    masalah += [f"    {base}: {e}" for e in errs]
print("\n".join(masalah) or "OK")
sys.exit(1 if masalah else 0)
