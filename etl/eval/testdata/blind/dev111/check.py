#!/usr/bin/env python3
# dev111/ (the hundred-and-tenth blind batch, the holdout) checked by ../check_truth.py's run_batch: every
# document and truth file by check() and batch_rules(), and each keyed fact equal to what dev/ .. dev110/
# state. FLAT names the documents with no TAB.
#
# Every satker/year pair of 2019-2024 is used by the earlier batches, so all twelve documents restate
# a pair an earlier batch holds, in a new layout, their keyed facts agreeing with every earlier
# statement. REUSED names them; for them alone the "already used" finding is waived, nothing else.
# Run from etl/eval/testdata/blind/:   python3 dev111/check.py   (exit 1 on any problem)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402

PREV = "dev110"  # the previous batch (one sed fixes it, as in common110.py)
BATCH = os.path.basename(os.path.dirname(os.path.abspath(__file__)))
FLAT = set()
REUSED = {("5317", 2019), ("5306", 2020), ("5313", 2021), ("5371", 2022), ("5320", 2023), ("5304", 2024),
          ("5310", 2019), ("5314", 2020), ("5311", 2021), ("5315", 2022), ("5303", 2023), ("5319", 2024)}

_report = check_truth.report


def report(name, errs, n, nl):
    """check_truth.report without the "already used" finding of a pair in REUSED."""
    waived = {f"satker/year {k} already used" for k in sorted(REUSED)}
    return _report(name, [e for e in errs if e.split(":")[0] not in waived], n, nl)


check_truth.report = report
check_truth.run_batch(BATCH, tuple(["dev"] + [f"dev{i}" for i in range(2, 110)] + [PREV]), FLAT)
