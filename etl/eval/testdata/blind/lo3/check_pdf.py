#!/usr/bin/env python3
"""Checks lo3/: exactly the twelve PDFs of make_lo.DOCS, each below 200 KB; each truth equal to its text twin's
(dev*/truth/) but for path (`lo3/<pdf>`) and format (`pdf`); every number and grade of it readable in
`pdftotext -layout` of the PDF, homoglyphs folded as ../check_truth.py folds the texts (dev5/pdf/check_pdf.py's
logic). Needs poppler-utils. Run from etl/eval/testdata/blind/: python3 lo3/check_pdf.py  (exit 1 on any problem)
"""
import ast, glob, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, BLIND)
import check_truth as ct  # noqa: E402

# the sources, read from make_lo.py without importing it (it needs python-docx)
_src = open(os.path.join(HERE, "make_lo.py"), encoding="utf-8").read()
SRCS = [n.value.value for n in ast.walk(ast.parse(_src)) if isinstance(n, ast.keyword) and n.arg == "src"]
ANGKA = {"anggaran": ("pagu", "realisasi", "pagu_awal"), "capaian": ("target_nilai", "realisasi_nilai", "capaian_lapor"),
         "capaian_seri": ("nilai",), "sakip": ("nilai",), "sakip_komponen": ("bobot", "nilai"),
         "rb": ("nilai", "bobot", "persen"), "dpt": ("jumlah_desa", "jumlah_tps", "pemilih_l", "pemilih_p")}
FAM = ("capaian", "capaian_seri", "anggaran", "sakip", "sakip_komponen", "rb", "dpt")


def periksa(src):
    base = os.path.basename(src)[:-4]
    pdf = os.path.join(HERE, base + ".pdf")
    t = json.load(open(os.path.join(HERE, "truth", base + ".json"), encoding="utf-8"))
    twin = json.load(open(os.path.join(BLIND, os.path.dirname(src), "truth", base + ".json"), encoding="utf-8"))
    lepas = lambda x: {k: v for k, v in x.items() if k not in ("path", "format")}
    errs = [] if (t["path"], t["format"]) == (f"lo3/{base}.pdf", "pdf") else ["path/format"]
    if lepas(t) != lepas(twin):
        errs.append("facts differ from the text twin")
    size = os.path.getsize(pdf)
    if size >= 200 * 1024:
        errs.append(f"size {size} bytes")
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    folded = out.translate(ct.HOMO)
    vals = ct.numbers(folded)
    for fam, fields in ANGKA.items():
        for row in t.get(fam, []):
            errs += [f"{fam} {f}={row[f]}" for f in fields if f in row and not ct.has(vals, row[f], fam == "anggaran")]
    for row in t.get("sakip", []):
        if row.get("predikat") and row["predikat"] not in folded:
            errs.append(f"sakip predikat {row['predikat']}")
    errs += [f"capaian {c[f]!r}" for c in t.get("capaian", []) for f in ("target_teks", "realisasi_teks")
             if c.get(f) and c[f] not in folded]
    # stricter than dev5/pdf: every figure of every table cell of the text printed whole (no figure wrapped in a cell)
    toks = set(re.findall(r"\d[\d.,]*\d|\d", folded))
    text = open(os.path.join(BLIND, src), encoding="utf-8").read()
    for ln in text.split("\n"):
        if "\t" in ln:
            errs += [f"cell figure {x} of {ln.split(chr(9))[1][:30]!r}" for x in re.findall(r"\d[\d.,]*\d|\d", ln)
                     if x not in toks]
    fams = {f: len(t.get(f, [])) for f in FAM}
    return errs, out.count("\f"), fams, size


def main():
    pdfs = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.pdf")))
    want = sorted(os.path.basename(s)[:-4] + ".pdf" for s in SRCS)
    bad = 0
    if len(SRCS) != 12 or pdfs != want:
        print("expected twelve PDFs:", want, "found", pdfs)
        bad += 1
    tot = dict.fromkeys(FAM, 0)
    for src in SRCS:
        errs, pages, fams, size = periksa(src)
        for f in FAM:
            tot[f] += fams[f]
        print(f"lo3/{os.path.basename(src)[:-4]}.pdf ({src}): {pages} pages, {size // 1024} KB, "
              f"{sum(fams.values())} facts, {'OK' if not errs else 'PROBLEMS'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    print("facts:", " ".join(f"{f} {n}" for f, n in tot.items()), "total", sum(tot.values()))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
