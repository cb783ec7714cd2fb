#!/usr/bin/env python3
# dev13/ (the twelfth holdout) checked by ../check_truth.py's run_batch: every document and
# truth file by check() and batch_rules(), and each keyed fact equal to what dev/ .. dev12/ state.
# FLAT names the documents with no TAB at all.
#
# Every satker/year pair of 2019-2024 is used by dev/ .. dev12/, so all twelve documents restate
# a pair an earlier batch holds, in a new layout, their keyed facts agreeing with it (budget
# totals, SAKIP scores and components, RB, kabupaten DPT rows: checked below as for any batch).
# REUSED names them; for them alone the "already used" finding is waived, nothing else.
# Run from etl/eval/testdata/blind/:   python3 dev13/check.py   (exit 1 on any problem)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402

FLAT = {"lkj-ngada-2022", "lkjip-sumba-tengah-2021", "lkj-rote-ndao-2022", "lkj-lembata-2022"}  # pandas; psql; XML; RTF
REUSED = {("5310", 2021), ("5309", 2022), ("5317", 2021), ("5314", 2022), ("5311", 2022), ("5371", 2022),
          ("5305", 2021), ("5307", 2022), ("5313", 2022), ("53", 2021), ("5321", 2021), ("5301", 2022)}

_report = check_truth.report


def report(name, errs, n, nl):
    """check_truth.report without the "already used" finding of a pair in REUSED."""
    waived = {f"satker/year {k} already used" for k in REUSED}
    return _report(name, [e for e in errs if e.split(":")[0] not in waived], n, nl)


check_truth.report = report
check_truth.run_batch("dev13", ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
                                   "dev12"), FLAT)
