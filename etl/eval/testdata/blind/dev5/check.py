#!/usr/bin/env python3
"""Consistency check of the fifth blind batch (dev5/), reusing ../check_truth.py:
numbers traceable to the text, arithmetic, bands, no rounding ties, 150-500 lines, the
DPT naming rule, new satker/year pairs, TAB rules for the flattened documents, and every
keyed fact in agreement with dev/ .. dev4/.
Run from etl/eval/testdata/blind/: python3 dev5/check.py   (exit 1 on any problem)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402

# no TAB: semicolon rows pasted from a spreadsheet, label/value bullets from a web page in reader mode
FLAT = {"lkj-flores-timur-2023", "lkj-nagekeo-2021"}

if __name__ == "__main__":
    check_truth.run_batch("dev5", ("dev", "dev2", "dev3", "dev4"), FLAT)  # check_batch against wilayah.csv
