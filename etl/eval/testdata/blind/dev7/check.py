#!/usr/bin/env python3
# dev7/ (the seventh blind batch, holdout) checked by ../check_truth.py's run_batch: every
# document and truth file by check() and batch_rules(), its satker/year pairs new, and each keyed
# fact equal to what dev/ .. dev6/ state. One addition: lkj-tts-2024 writes its thousands with a
# narrow no-break space (U+202F, `348 710`), so before numbers are read a thin or narrow
# no-break space between digit groups is dropped (no other document holds one).
# Run from etl/eval/testdata/blind/:   python3 dev7/check.py   (exit 1 on any problem)
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402

_numbers = check_truth.numbers
check_truth.numbers = lambda text: _numbers(re.sub(r"(?<=\d)[\u2009\u202f](?=\d{3})", "", text))

FLAT = {"lkj-sabu-raijua-2020", "lkj-nagekeo-2024"}  # column after column; ASCII box export
check_truth.run_batch("dev7", ("dev", "dev2", "dev3", "dev4", "dev5", "dev6"), FLAT)
