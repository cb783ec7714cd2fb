#!/usr/bin/env python3
# dev19/ (the eighteenth holdout) checked by ../check_truth.py's run_batch: every document and
# truth file by check() and batch_rules(), and each keyed fact equal to what dev/ .. dev18/ state.
# FLAT names the documents with no TAB at all.
#
# Every satker/year pair of 2019-2024 is used by dev/ .. dev18/, so all twelve documents restate
# a pair an earlier batch holds (each held by exactly one earlier document, none restated since), in
# a new layout, their keyed facts agreeing with it. REUSED names them; for them alone the "already
# used" finding is waived, nothing else. One addition: lkj-manggarai-2019 is the text of a Word
# document whose UTF-8 bytes were read as Windows-1252 (mojibake), so check_truth reads that text
# repaired (`â€™` -> `’`), line for line; its kecamatan names are then the curly-apostrophe forms
# (`WAE RI’I`), which the truth holds with the plain apostrophe (`WAE RI'I`). And
# lkj-manggarai-barat-2021 has narrow Word columns whose figures break inside their cell
# (`2.715.422` then `.000` on the next line), so check_truth reads that text with each record's
# continuation lines joined back into its first line (`2.715.422.000`), the line count kept.
# Run from etl/eval/testdata/blind/:   python3 dev19/check.py   (exit 1 on any problem)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import check_truth  # noqa: E402


def _pulih(text):
    """The mojibake text repaired: each line's characters back to Windows-1252 bytes, read as UTF-8."""
    def baris(ln):
        b = bytearray()
        for ch in ln:
            try:
                b += ch.encode("cp1252")
            except UnicodeEncodeError:
                b += ch.encode("latin-1")
        return b.decode("utf-8").replace("\u2019", "'")
    return "\n".join(baris(ln) for ln in text.split("\n"))


def _sambung(text):
    """The narrow-column text with each record's continuation lines (a TAB line whose first cell is
    empty and whose second is no total label) joined back into the record's first line, cell by
    cell (a figure's pieces without a space, words with one); the continuation lines left empty."""
    lines = text.split("\n")
    awal = None
    for i, ln in enumerate(lines):
        if "\t" not in ln:
            awal = None
            continue
        c = ln.split("\t")
        if awal is not None and c[0] == "" and c[1] not in ("JUMLAH", "Nilai Akhir"):
            a = lines[awal].split("\t")
            for j, x in enumerate(c):
                if x:
                    rapat = a[j][-1:] in "0123456789.," and x[:1] in "0123456789.,"
                    a[j] = a[j] + ("" if rapat else " ") + x
            lines[awal] = "\t".join(a)
            lines[i] = ""
        else:
            awal = i
    return "\n".join(lines)


class _Pulih:
    """A file opened by check_truth, PULIH's text repaired (same lines)."""
    def __init__(self, path, mode="r", **kw):
        self.f = open(path, mode, **kw)
        nama = os.path.basename(str(path))
        self.ubah = {PULIH: _pulih, SEMPIT: _sambung}.get(nama) if "b" in mode else None

    def read(self):
        data = self.f.read()
        return self.ubah(data.decode("utf-8")).encode("utf-8") if self.ubah else data

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.f.close()

    def __iter__(self):
        return iter(self.f)


PULIH = "lkj-manggarai-2019.txt"
SEMPIT = "lkj-manggarai-barat-2021.txt"
check_truth.open = _Pulih

FLAT = {"lkj-sumba-timur-2021"}
REUSED = {("5309", 2020), ("5310", 2019), ("5311", 2021), ("5313", 2021), ("5314", 2019), ("5315", 2021),
          ("5316", 2024), ("5319", 2024), ("5320", 2020), ("5321", 2020), ("5371", 2024), ("5307", 2023)}

_report = check_truth.report


def report(name, errs, n, nl):
    """check_truth.report without the "already used" finding of a pair in REUSED."""
    waived = {f"satker/year {k} already used" for k in REUSED}
    return _report(name, [e for e in errs if e.split(":")[0] not in waived], n, nl)


check_truth.report = report
check_truth.run_batch("dev19", ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
                                   "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18"), FLAT)
