#!/usr/bin/env python3
"""Checks the PDF twins: each truth equals its text twin's (but for path and format) and every
number and grade text of the truth can be read back from `pdftotext -layout` of the PDF
(homoglyphs folded, as check_truth.py does for the texts). Needs poppler-utils.
Run from etl/eval/testdata/blind/: python3 dev4/pdf/check_pdf.py   (exit 1 on any problem)
"""
import glob, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, BLIND)
import check_truth as ct  # noqa: E402


def main():
    bad = 0
    files = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    for tf in files:
        base = os.path.basename(tf)[:-5]
        t = json.load(open(tf, encoding="utf-8"))
        twin = json.load(open(os.path.join(HERE, "..", "truth", base + ".json"), encoding="utf-8"))
        errs = []
        if t["path"] != f"pdf/{base}.pdf" or t["format"] != "pdf":
            errs.append("path/format")
        if {k: v for k, v in t.items() if k not in ("path", "format")} != \
                {k: v for k, v in twin.items() if k not in ("path", "format")}:
            errs.append("facts differ from the text twin")
        text = subprocess.run(["pdftotext", "-layout", os.path.join(HERE, base + ".pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        folded = text.translate(ct.HOMO)
        vals = ct.numbers(folded)
        for a in t["anggaran"]:
            for f in ("pagu", "realisasi", "pagu_awal"):
                if not ct.has(vals, a[f], True):
                    errs.append(f"anggaran {a['tahun']} {a['kode']} {f}")
        for c in t["capaian"]:
            for f in ("target_nilai", "realisasi_nilai", "capaian_lapor"):
                if not ct.has(vals, c[f]):
                    errs.append(f"capaian {c['indikator'][:30]} {f}")
            for f in ("target_teks", "realisasi_teks"):
                if c[f] not in folded:
                    errs.append(f"capaian {c['indikator'][:30]} {f}")
        for s in t["sakip"]:
            if not ct.has(vals, s["nilai"]):
                errs.append(f"sakip {s['satker_id']} {s['tahun_dinilai']}")
        for k in t["sakip_komponen"]:
            if not ct.has(vals, k["nilai"]):
                errs.append(f"komponen {k['tahun_dinilai']} {k['komponen']}")
        for r in t["rb"]:
            for f in ("nilai", "bobot", "persen"):
                if not ct.has(vals, r[f]):
                    errs.append(f"rb {f}")
        for d in t["dpt"]:
            for f in ("jumlah_desa", "jumlah_tps", "pemilih_l", "pemilih_p"):
                if not ct.has(vals, d[f]):
                    errs.append(f"dpt {d['wilayah']} {f}")
        for s in t["capaian_seri"]:
            if not ct.has(vals, s["nilai"]):
                errs.append(f"seri {s['indikator'][:30]} {s['tahun']}")
        n = sum(len(v) for v in t.values() if isinstance(v, list))
        print(f"pdf/{base}.pdf: {text.count(chr(12))} pages, {n} facts, {'OK' if not errs else 'PROBLEMS'}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    if len(files) != 4:
        print(f"expected 4 PDF truth files, found {len(files)}")
        bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
