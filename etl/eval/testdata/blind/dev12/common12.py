# Shared helpers of the dev12/ authoring scripts (author12a.py, author12b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev11/common11.py (on ../dev10 .. ../dev7 and ../author/lib.py); this module adds the facts
# of dev11/ to that memory, so every SAKIP score or component, budget total, RB value and
# kabupaten DPT row the corpus already states is reused, never contradicted, plus the renderers
# of the dev12 house styles: a JSON export, a Confluence wiki source (`||head||`), a
# screen-reader export naming the column before every cell, a Google Docs export with suggested
# edits left in, all-capitals telegram tables, line numbers in the margin of every line.
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev11"))

import common11  # noqa: E402,F401  (puts ../dev10 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common11 import (ANG_HEAD, anggaran_std, bahas, CAP_HEAD, capaian_std, DPT_HEAD, dpt_kab,  # noqa: E402,F401
                      en_dec, id_dec, id_int, IND, kec_baris, kec_lama, KOMP_ID, komp_std, komponen, kpu, NAMA,
                      ORDER, predikat, r_tab, rb_std, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai,
                      seri_fakta, serapan, skor, sumber, wil, baris, r_bungkus, r_patah, r_grup, r_tanpa,
                      pk_tabel, potong_total, sec_dpt_prosa)
from common7 import buka  # noqa: E402

common9.ingat("dev11")
KNOWN = common9.KNOWN


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev12/ opened up to BAB III's first table: the satker named nama (or
    "Kota Kupang"), the year the base name's last four digits; tanda is "place|date|name|NIP"."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev12/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


# ---- renderers: R(d, caption, header, rows) ----
def r_json(d, cap, head, rows):
    """A JSON export of the table pasted by a data officer: one object a row, values as strings."""
    d.L("```json", "{", f'  "tabel": {json.dumps(cap, ensure_ascii=False)},', '  "baris": [')
    for i, r in enumerate(rows):
        obj = {str(h): str(c) for h, c in zip(head, r)}
        d.L("    " + json.dumps(obj, ensure_ascii=False) + ("," if i < len(rows) - 1 else ""))
    d.L("  ]", "}", "```", "")


def r_conf(d, cap, head, rows):
    """A Confluence wiki-markup table: `||` around header cells, `|` around body cells."""
    d.L(f"h4. {cap}", "", "||" + "||".join(str(h) for h in head) + "||")
    for r in rows:
        d.L("|" + "|".join(str(c) if str(c) != "" else " " for c in r) + "|")
    d.B()


def r_baca(d, cap, head, rows):
    """A screen-reader (accessible) export: the table announced, then one line a row naming the
    column before every cell."""
    d.L(f"Tabel: {cap}. {len(rows)} baris, {len(head)} kolom.")
    for i, r in enumerate(rows, 1):
        d.L(f"Baris {i}. " + "; ".join(f"{h}: {c if str(c) != '' else 'kosong'}" for h, c in zip(head, r)) + ".")
    d.L("Akhir tabel.", "")


def r_saran(edits):
    """A Google Docs export with suggested edits left in: cell (row, col) of edits printed as
    `[dihapus: old] [ditambahkan: new]`, the accepted (new) value being the fact."""
    def r(d, cap, head, rows):
        rows = [list(x) for x in rows]
        for (i, j), old in edits.items():
            rows[i][j] = f"[dihapus: {old}] [ditambahkan: {rows[i][j]}]"
        r_tab(d, cap, head, rows)
    return r


def r_kapital(d, cap, head, rows):
    """A telegram-style table: caption between `=` rules, everything in capitals, TAB cells."""
    d.L("=" * 60, cap.upper() + " //", "=" * 60)
    d.R(*[str(h).upper() for h in head])
    for r in rows:
        d.R(*[str(c).upper() for c in r])
    d.L("// AKHIR TABEL //", "")


def r_org(d, cap, head, rows):
    """An Org-mode table: `#+CAPTION:`, `|` cells, `|---+---|` under the header."""
    cells = [[str(h) for h in head]] + [[str(c) for c in r] for r in rows]
    w = [max(len(r[i]) for r in cells) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |"
    d.L(f"#+CAPTION: {cap}", line(cells[0]), "|" + "+".join("-" * (x + 2) for x in w) + "|")
    for r in cells[1:]:
        d.L(line(r))
    d.B()


def nomor_baris(d, start=1):
    """Line numbers in the left margin of every line (a legal draft), restarting on each page."""
    n, out = start, []
    for ln in d.lines:
        if ln == "\f":
            out.append(ln)
            n = 1
            continue
        out.append(f"{n:>3}  {ln}" if ln else f"{n:>3}")
        n += 1
    d.lines = out


def revisi(d, kali, awal):
    """The TOTAL row of the year gets the stated number of DIPA revisions and the first DIPA."""
    for a in d.t["anggaran"]:
        if a["kode"] == "TOTAL" and a["tahun"] == d.tahun:
            a["revisi_dipa"], a["pagu_awal"] = kali, awal


def sel_pendek(k, nm, p, x, lv):
    """Budget cells without Sisa: Kode, Uraian, Pagu, Realisasi, %."""
    return [k, nm, id_int(p), id_int(x), id_dec(serapan(p, x))]


ANG_PENDEK = ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "%")


def earlier_truth(paths):
    """Truth files of other batches, sorted: a batch rebuilt after it became dev data must not read
    its own truth as an earlier statement (it was no dev* folder when it was written)."""
    me = os.path.basename(os.path.dirname(os.path.abspath(sys.argv[0])))
    return sorted(p for p in paths if os.path.basename(os.path.dirname(os.path.dirname(p))) != me)


def cap_lama(satker, tahun, rows):
    """Capaian rows (key, target, realisasi, arah) for a satker/year an earlier batch already
    reports: its numeric percent rows (indicator found in IND) replace ours, so the two documents
    never disagree; our rows of other indicators follow, up to five rows in all."""
    import glob
    kunci = {v: k for k, v in IND.items()}
    lama = []
    for f in earlier_truth(glob.glob(os.path.join(BLIND, "dev*", "truth", "*.json"))):
        t = json.load(open(f, encoding="utf-8"))
        for c in t["capaian"]:
            k = kunci.get(c["indikator"].replace("KPU Provinsi", "KPU Kabupaten"))
            if (c["satker_id"], c["tahun"]) != (satker, tahun) or k is None or c["satuan"] != "persen" \
                    or None in (c["target_nilai"], c["realisasi_nilai"]) or k in [x[0] for x in lama]:
                continue
            tn, rn = c["target_nilai"], c["realisasi_nilai"]
            naik = c["capaian_hitung"] == round(rn / tn * 100, 2)
            lama.append((k, float(tn), float(rn), "naik" if naik else "turun"))
    return (lama + [r for r in rows if r[0] not in [x[0] for x in lama]])[:max(5, len(lama))]


# ---- budgets an earlier batch already states for a reused satker/year ----
REVISI = {}  # (satker, tahun) -> (revisi_dipa, pagu_awal) of the earlier statement


def angg_lama(s, y):
    """The program and kegiatan budget rows an earlier batch states for (s, y), in anggaran()'s
    shape ([(prog, [(keg, pagu, realisasi)], pagu, realisasi)], (total pagu, realisasi)), or None.
    The fullest statement wins; output rows are left out (their kegiatan carry the sums)."""
    import glob
    best = None
    for f in earlier_truth(glob.glob(os.path.join(BLIND, "dev*", "truth", "*.json"))):
        t = json.load(open(f, encoding="utf-8"))
        rows = [a for a in t["anggaran"] if (a["satker_id"], a["tahun"]) == (s, y)]
        if any(a["tingkat"] == "program" for a in rows) and (best is None or len(rows) > len(best)):
            best = rows
    if not best:
        return None
    tot = next(a for a in best if a["kode"] == "TOTAL")
    REVISI[(s, y)] = (tot["revisi_dipa"], tot["pagu_awal"])
    progs = [(p["kode"], [(k["kode"], k["pagu"], k["realisasi"]) for k in best
                          if k["tingkat"] == "kegiatan" and k["kode_induk"] == p["kode"]], p["pagu"], p["realisasi"])
             for p in best if p["tingkat"] == "program"]
    return progs, (tot["pagu"], tot["realisasi"])


_total_or = common11.total_or


def _total_or_lama(s, y, seed, wa, cq, **kw):
    """common11's budget builder, but a budget the corpus already details is reused as it stands."""
    return angg_lama(s, y) or _total_or(s, y, seed, wa, cq, **kw)


common11.total_or = _total_or_lama
