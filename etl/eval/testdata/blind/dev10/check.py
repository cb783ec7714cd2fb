#!/usr/bin/env python3
# dev10/ (the ninth holdout) checked by ../check_truth.py's run_batch: every document and
# truth file by check() and batch_rules(), its satker/year pairs new, and each keyed fact equal
# to what dev/ .. dev9/ state. FLAT names the documents with no TAB at all.
# Run from etl/eval/testdata/blind/:   python3 dev10/check.py   (exit 1 on any problem)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402

FLAT = {"lkj-kabupaten-kupang-2020", "lakip-ngada-2019", "lkj-lembata-2021"}  # wiki source; CSV; fixed width
check_truth.run_batch("dev10", ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"), FLAT)
