#!/usr/bin/env python3
"""Consistency check of the sixth blind batch (unseen4/), reusing ../check_truth.py:
numbers traceable to the text, arithmetic, bands, no rounding ties, 150-500 lines, the
DPT naming rule, new satker/year pairs, TAB rules for the flattened documents, and every
keyed fact in agreement with dev/ .. dev5/.
Run from etl/eval/testdata/blind/: python3 unseen4/check.py   (exit 1 on any problem)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402

# no TAB: a quoted CSV export (Ende) and a typed table with dot leaders between cells (Sumba Barat)
FLAT = {"lkj-ende-2021", "lkj-sumba-barat-2021"}

if __name__ == "__main__":
    check_truth.run_batch("unseen4", ("dev", "dev2", "dev3", "dev4", "dev5"), FLAT)  # check_batch against wilayah.csv
