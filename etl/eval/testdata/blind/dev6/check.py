#!/usr/bin/env python3
# dev6/ (the sixth blind batch, holdout) checked by ../check_truth.py's run_batch: every
# document and truth file by check() and batch_rules(), its satker/year pairs new, and each
# keyed fact equal to what dev/ .. dev5/ state. Run from etl/eval/testdata/blind/:
#     python3 dev6/check.py        (prints one line per document; exit 1 on any problem)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402

FLAT = {"lkj-ende-2021", "lkj-sumba-barat-2021"}  # no TAB: quoted CSV rows; dot-leader rows
check_truth.run_batch("dev6", ("dev", "dev2", "dev3", "dev4", "dev5"), FLAT)
