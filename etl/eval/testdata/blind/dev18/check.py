#!/usr/bin/env python3
# dev18/ (the seventeenth holdout) checked by ../check_truth.py's run_batch: every document and
# truth file by check() and batch_rules(), and each keyed fact equal to what dev/ .. dev17/ state.
# FLAT names the documents with no TAB at all.
#
# Every satker/year pair of 2019-2024 is used by dev/ .. dev17/, so all twelve documents restate
# a pair an earlier batch holds (each held by exactly one earlier document, none restated since), in
# a new layout, their keyed facts agreeing with it. REUSED names them; for them alone the "already
# used" finding is waived, nothing else. One addition: lkj-sumba-tengah-2019 writes every figure in
# the digit boxes of a paper form (`[ ][4][9][1][9]`, `[7][7],[5][0]`), so check_truth reads that text
# with the boxes closed up (`4919`, `77,50`), line for line; its truth's `*_teks` are the figures the
# boxes spell.
# Run from etl/eval/testdata/blind/:   python3 dev18/check.py   (exit 1 on any problem)
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402


def _kotak(text):
    """The text with digit boxes closed up: `[ ][4][9]` -> `49`, `[7][7],[5][0]` -> `77,50`."""
    if "][" not in text:
        return text
    return re.sub(r"(?:\[[ \d]\])+", lambda m: re.sub(r"[\[\] ]", "", m.group(0)), text)


class _Kotak:
    """A file opened by check_truth, the digit boxes of KOTAK's text closed up (same lines)."""
    def __init__(self, path, mode="r", **kw):
        self.f = open(path, mode, **kw)
        self.tutup = os.path.basename(str(path)) == KOTAK and "b" in mode

    def read(self):
        data = self.f.read()
        return _kotak(data.decode("utf-8")).encode("utf-8") if self.tutup else data

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.f.close()

    def __iter__(self):
        return iter(self.f)


KOTAK = "lkj-sumba-tengah-2019.txt"
check_truth.open = _Kotak

FLAT = {"lkj-rote-ndao-2024", "lkj-sabu-raijua-2022", "lkj-manggarai-2024"}
REUSED = {("5309", 2024), ("5314", 2024), ("5315", 2023), ("5319", 2020), ("5320", 2022), ("5303", 2020),
          ("5306", 2024), ("5310", 2024), ("5313", 2024), ("5316", 2023), ("5317", 2019), ("5311", 2020)}

_report = check_truth.report


def report(name, errs, n, nl):
    """check_truth.report without the "already used" finding of a pair in REUSED."""
    waived = {f"satker/year {k} already used" for k in REUSED}
    return _report(name, [e for e in errs if e.split(":")[0] not in waived], n, nl)


check_truth.report = report
check_truth.run_batch("dev18", ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
                                   "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17"), FLAT)
