#!/usr/bin/env python3
# dev11/ (the tenth holdout) checked by ../check_truth.py's run_batch: every document and truth
# file by check() and batch_rules(), its satker/year pairs new, and each keyed fact equal to what
# dev/ .. dev10/ state. FLAT names the documents with no TAB at all.
# Run from etl/eval/testdata/blind/:   python3 dev11/check.py   (exit 1 on any problem)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402

FLAT = {"lkj-belu-2020", "lkj-sikka-2020", "lkjip-sumba-barat-2024"}  # AsciiDoc; reStructuredText; YAML dump
check_truth.run_batch("dev11", ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10"), FLAT)
