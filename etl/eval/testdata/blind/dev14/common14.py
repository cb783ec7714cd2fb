# Shared helpers of the dev14/ authoring scripts (author14a.py, author14b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev13/common13.py (on ../dev12 .. ../dev7 and ../author/lib.py); this module adds the facts of
# dev13/ to that memory, so every SAKIP score or component, budget total, RB value and kabupaten
# DPT row the corpus already states is reused, never contradicted (and, through cap_lama /
# angg_lama / kec_lama, the capaian rows, program budgets and kecamatan rows of a reused
# satker/year), plus the renderers of the dev14 house styles. Every renderer is R(d, caption,
# header, rows) like the earlier batches'; the facts are declared by the section helpers, and the
# few a house style changes (a printed percent that is a formula, a target written with a sign)
# are adjusted by the helpers below, never guessed.
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev13"))

import common13  # noqa: E402,F401  (puts ../dev12 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common13 import (ANG_HEAD, anggaran_std, bahas, CAP_HEAD, cap_lama, capaian_std, DPT_HEAD, dpt_kab,  # noqa: E402,F401
                      en_dec, id_dec, id_int, IND, kec_baris, kec_lama, KOMP_ID, komp_std, komponen, kpu, NAMA,
                      ORDER, predikat, r_tab, rb_std, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai,
                      serapan, skor, sumber, wil, baris, riwayat, tahun_lalu, sakip_tabel)
from common7 import buka, dpt_of, total_of, KEG, PROG  # noqa: E402,F401

common9.ingat("dev13")
KNOWN = common9.KNOWN


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev14/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev14/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


# ---- fact adjustments a house style needs ----
def capaian_x(d, rows, ubah=None, pct_en=False):
    """capaian_std's rows (declared), each passed with its fact to ubah(cells, fact), which may
    rewrite the printed cells and the fact's texts alike (a target printed `>= 85,00`)."""
    n0 = len(d.t["capaian"])
    out = capaian_std(d, rows, pct_en)
    if ubah:
        for cells, f in zip(out, d.t["capaian"][n0:]):
            ubah(cells, f)
    return out


def tanpa_lapor_anggaran(d, tahun=None):
    """The budget rows of the year print no serapan percent: serapan_lapor null."""
    for a in d.t["anggaran"]:
        if a["tahun"] == (tahun or d.tahun):
            a["serapan_lapor"] = None


def tanpa_lapor_capaian(d, keys=None):
    """Capaian rows whose printed percent is no number (a formula): capaian_lapor null."""
    for c in d.t["capaian"]:
        if keys is None or c["indikator"] in keys:
            c["capaian_lapor"] = None


def ribu(n):
    """Whole rupiah shown in a table "dalam ribuan rupiah" (the corpus's amounts are whole thousands
    where this is used; asserted)."""
    assert n % 1000 == 0, n
    return id_int(n // 1000)


def kecamatan(d, pem, y):
    """The kecamatan rows an earlier batch states (name, desa, tps, L, P)."""
    return kec_lama(d.satker, pem, y)


# ---- renderers: R(d, caption, header, rows) ----
def r_excel(lembar):
    """An Excel sheet printed with its row and column headings (Page Setup > Sheet > Row and column
    headings): a line of column letters, every sheet row led by its row number; the caption sits in
    A1, row 2 is empty, the header is row 3 and the data start at row 4."""
    def r(d, cap, head, rows):
        d.L(f"Lembar kerja: {lembar}")
        d.R("", *[chr(65 + j) for j in range(len(head))])
        d.R(1, cap)
        d.R(2)
        d.R(3, *head)
        for i, row in enumerate(rows, 4):
            d.R(i, *row)
        d.L(f"{lembar}  -  Halaman 1", "")
    return r


def r_trans(blok=99):
    """A transposed table: every record a column, every field a row led by the field's name;
    more than blok records continue in a further block under the same row names."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        for a in range(0, len(rows), blok):
            if a:
                d.L(f"{cap} (sambungan)", "")
            for j, h in enumerate(head):
                d.R(h, *[row[j] for row in rows[a:a + blok]])
            d.B()
    return r


def r_pohon(simpul, akar):
    """A tree view copied from an application (flattened, no TAB): akar(rows) gives the root line,
    simpul(row) a node's (text, level 1 or 2) or None; `├──`, `└──` and `│` draw the branches."""
    def r(d, cap, head, rows):
        d.L(cap, "", akar(rows))
        nodes = [n for n in (simpul(x) for x in rows) if n]
        for i, (teks, lv) in enumerate(nodes):
            nxt = [n[1] for n in nodes[i + 1:]]
            if lv == 1:
                d.L(("├── " if 1 in nxt else "└── ") + teks)
            else:
                d.L(("│   " if 1 in nxt else "    ") + ("├── " if nxt and nxt[0] == 2 else "└── ") + teks)
        d.B()
    return r


def r_formulir(lebar_maks=None):
    """A web input form printed from the browser (flattened): a header line, then one line a row,
    every value in an input box `[ … ]` padded to the column's width."""
    def r(d, cap, head, rows):
        cells = [[str(c) for c in row] for row in rows]
        w = [max([len(str(h))] + [len(x[j]) for x in cells]) for j, h in enumerate(head)]
        d.L(f"== {cap} ==", "")
        d.L("  ".join(str(h).ljust(w[j] + 4) for j, h in enumerate(head)).rstrip())
        for x in cells:
            d.L("  ".join("[ " + c.ljust(w[j]) + " ]" for j, c in enumerate(x)))
        d.L("", "[ Simpan ]   [ Batal ]   [ Cetak ]", "")
    return r


def sql_val(c, angka):
    if c is None or str(c) in ("", "-"):
        return "NULL"
    if angka and re.fullmatch(r"-?[\d.]+", str(c)):
        return str(c)
    return "'" + str(c).replace("'", "''") + "'"


def r_sql(tabel, kolom, angka):
    """An SQL dump pasted into the report (flattened): a comment with the caption, then one INSERT
    statement with one parenthesised tuple a row; numbers bare in English notation, text quoted,
    an empty cell NULL. angka: the indexes of the numeric columns."""
    def r(d, cap, head, rows):
        d.L(f"-- {cap}", f"INSERT INTO {tabel} ({', '.join(kolom)}) VALUES")
        for i, row in enumerate(rows):
            end = ";" if i == len(rows) - 1 else ","
            d.L("  (" + ", ".join(sql_val(c, j in angka) for j, c in enumerate(row)) + ")" + end)
        d.B()
    return r


def r_sebar(kol_gabung, teks):
    """A table with a merged cell in its first column that pdftotext spread over the rows: the
    merged cell's words (teks(group) for the group starting at a row) placed one or two a row,
    centred vertically within the rows of its group. kol_gabung(row) gives a row's group key."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head)
        grup = []
        for row in rows:
            k = kol_gabung(row)
            if grup and grup[-1][0] == k:
                grup[-1][1].append(row)
            else:
                grup.append((k, [row]))
        for k, rs in grup:
            words = teks(k).split()
            n = len(rs)
            # as many lines as rows, the words shared out, centred
            per = max(1, -(-len(words) // n))
            parts = [" ".join(words[i:i + per]) for i in range(0, len(words), per)]
            top = (n - len(parts)) // 2 if len(parts) <= n else 0
            kol = [""] * n
            for i, p in enumerate(parts[:n]):
                kol[top + i] = p
            if len(parts) > n:
                kol[-1] = " ".join(parts[n - 1:])
            for i, row in enumerate(rs):
                d.R(kol[i], *row[1:])
        d.B()
    return r
