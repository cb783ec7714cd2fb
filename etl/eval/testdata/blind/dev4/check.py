#!/usr/bin/env python3
"""Consistency check of the fourth blind batch (dev4/), reusing ../check_truth.py.

As dev2/check2.py: kabupaten/provinsi DPT rows carry the satker's name from
schemas/ref/wilayah.csv, kecamatan rows the printed name upper-cased and
whitespace-folded; a flattened document has no TAB, every other one has TAB tables;
every document's satker/year pair is new to the corpus (and never Alor 2024 or
Provinsi NTT 2024). On top of that it checks, across the whole corpus, that facts
shared with dev/, dev2/ and dev3/ (the former unseen/) agree (SAKIP scores and components, kabupaten and
province DPT rows, budget totals, RB), and accepts a realisasi that is printed
cut off only when its children in the same truth prove it.
Run: python3 dev4/check.py   (exit 1 on any problem)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402

FLAT = {"lkj-kabupaten-kupang-2022", "lkj-ende-2024", "lkj-manggarai-2021"}  # no TAB: pipe tables, pdftotext -layout, one cell a line

if __name__ == "__main__":
    check_truth.run_batch('dev4', ('dev', 'dev2', 'dev3'), FLAT)
