#!/usr/bin/env python3
"""Consistency check of the third blind batch (dev3/), reusing ../check_truth.py.

As dev2/check2.py: kabupaten/provinsi DPT rows carry the satker's name from
schemas/ref/wilayah.csv, kecamatan rows the printed name upper-cased and
whitespace-folded; a flattened document has no TAB, every other one has TAB tables;
every document's satker/year pair is new to the corpus (and never Alor 2024 or
Provinsi NTT 2024). On top of that it checks, across the whole corpus, that facts
shared with dev/ and dev2/ agree (SAKIP scores and components, kabupaten and
province DPT rows, budget totals, RB), and accepts a realisasi that is printed
cut off only when its children in the same truth prove it.
Run: python3 dev3/check.py   (exit 1 on any problem)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402

FLAT = {"lkj-kota-kupang-2020", "lkj-sabu-raijua-2024", "lkj-nagekeo-2019"}

if __name__ == "__main__":
    check_truth.run_batch('dev3', ('dev', 'dev2'), FLAT)
