# Shared helpers of the dev21/ authoring scripts (author21a.py, author21b.py). Everything of the
# earlier batches comes through ../dev20/common20.py (on ../dev19 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# configurable ordinary renderer r_biasa. This module adds dev20/'s facts to the memory
# (common9.ingat), so nothing stated there is contradicted, plus the renderers of the dev21 house
# styles. Every renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here
# iterates a set. dev20/ is imported by the name PREV alone (a later rename of the folder is one
# sed over these scripts).
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev20"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common20  # noqa: E402,F401  (puts ../dev19 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common20 import (angka_ke, baris, cap_lama, id_dec, id_int, IND, jenis, judul, NAMA, persen_sel,  # noqa: E402,F401
                      predikat, r_biasa, r_tab, rb_std, revisi_dipa, ribu, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu)
from common7 import buka, kpu  # noqa: E402
import common10  # noqa: E402
import common11  # noqa: E402

common9.ingat(PREV)
KNOWN = common9.KNOWN


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev21/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev21/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def ulang(d, kalimat, tahun=None):
    """A paragraph restating a year's TOTAL row (kalimat(pagu, realisasi, serapan) as printed)."""
    t = next(a for a in d.t["anggaran"] if a["kode"] == "TOTAL" and a["tahun"] == (tahun or d.tahun))
    d.P(kalimat(id_int(t["pagu"]), id_int(t["realisasi"]), t["serapan_hitung"]))


def bulat_ribu(d):
    """True when every budget amount of the year is whole thousands (a table in ribuan is exact)."""
    return all(a["pagu"] % 1000 == 0 and a["realisasi"] % 1000 == 0 for a in d.t["anggaran"])


# ---- the ordinary Word report ----
def r_kantor(gaya, kepala, urut=None, bawah=False, dua=None, patah=None, pct=False):
    """common20.r_biasa (same options), but a caption may run over two lines (`Tabel 3.1` / title) and
    the continuation line of a table over pages names the table by its number alone
    (`Lanjutan Tabel 3.4`)."""
    def r(d, cap, head, rows):
        k = jenis(head)
        hh = list(kepala(k) or head)
        pr = [list(x) for x in rows]
        if pct and k == "cap":
            for x in pr:
                for j in (3, 4):
                    if x[2] == "%" and angka_ke(x[j]) is not None:
                        x[j] = f"{x[j]}%"
        o = (urut(k) if urut else None) or list(range(len(hh)))
        hh = [hh[i] for i in o]
        pr = [[x[i] for i in o] for x in pr]
        c = judul(cap, gaya)
        m = re.match(r"(Tabel|TABEL) \S+", c)
        lanjut = f"Lanjutan {m.group(0).rstrip('.:')}" if m else "(lanjutan)"
        atas = [hh]
        if dua and dua(k):
            atas.append([dua(k)[i] for i in o])
        if not bawah:
            d.L(c, "")
        for h in atas:
            d.R(*h)
        for i, x in enumerate(pr):
            if patah and i and i % patah[0] == 0 and i < len(pr) - 1:
                hal = sum(1 for y in d.lines if y == "\f") + 1
                d.L("", str(hal), "\f", patah[1], "", lanjut)
                for h in atas:
                    d.R(*h)
            d.R(*x)
        if bawah:
            d.L("", c)
        d.B()
    return r


# ---- new house styles ----
def r_cermin(d, cap, head, rows):
    """A Word table whose direction was switched to right-to-left (the template came from another
    locale): the columns stand mirrored, the No column last and the figures first, as pdftotext reads
    the page from left to right; the caption stays above."""
    d.L(cap, "")
    d.R(*reversed([str(h) for h in head]))
    for x in rows:
        d.R(*reversed([str(c) for c in x]))
    d.B()


GARIS, GANDA = "-" * 15, "=" * 15


def r_akuntan(d, cap, head, rows):
    """A table typed the accountant's way: a rule row of dashes under the header, a single rule
    over the figure columns before the total line and a double rule under it (every kind alike)."""
    k = jenis(head)
    hh = [str(h) for h in head]
    angka = {"cap": (3, 4, 5), "ang": (2, 3, 4, 5), "sakip": (2, 3), "dpt": (2, 3, 4, 5, 6)}[k]
    rule = lambda ch: ["" if j not in angka else ch for j in range(len(hh))]
    d.L(cap, "")
    d.R(*hh)
    d.R(*["-" * max(3, len(h)) for h in hh])
    for x in rows:
        tot = str(x[0]) == "" and k != "cap"
        if tot:
            d.R(*rule(GARIS))
        d.R(*x)
        if tot:
            d.R(*rule(GANDA))
    d.B()


def r_per_program(d, cap, head, rows):
    """The budget given as one small table per program, its kegiatan rows and a `Jumlah` line with
    the program's amounts, the program named with its code in the caption; the grand total of the
    year only in the sentence under the last table. The capaian table split in two small tables
    (percent indicators, then the grade indicators); other tables plain."""
    k = jenis(head)
    if k == "cap":
        num = [x for x in rows if x[2] == "%"]
        hur = [x for x in rows if x[2] != "%"]
        base = cap.split(" ", 2)
        d.L(f"{base[0]} {base[1]}a Sasaran Strategis 1: Terselenggaranya Pemilu/Pemilihan yang Berkualitas", "")
        d.R(*head)
        for x in num:
            d.R(*x)
        d.B()
        d.L(f"{base[0]} {base[1]}b Sasaran Strategis 2: Terwujudnya Tata Kelola Kelembagaan yang Akuntabel", "")
        d.R(*head)
        for i, x in enumerate(hur, 1):
            d.R(i, *x[1:])
        d.B()
        return
    if k != "ang":
        r_tab(d, cap, head, rows)
        return
    n = 0
    base = cap.split(" ", 2)
    blok = []
    for x in rows:
        kode = str(x[0])
        if "." in kode:
            blok.append([x, []])
        elif kode:
            blok[-1][1].append(x)
    for prog, kegs in blok:
        n += 1
        d.L(f"{base[0]} {base[1]}.{n} {prog[1]} ({prog[0]})", "")
        d.R(*head)
        for x in kegs:
            d.R(*x)
        d.R("", f"Jumlah Program {prog[0]}", *prog[2:])
        d.B()


def polos(d, lebar=80):
    """The document as Word's "Save as Plain Text" gives it with "Insert line breaks" ticked: every line
    longer than lebar characters broken at the last space or TAB before the limit (the TAB or space
    dropped), the rest on the next line, again and again; shorter lines left alone."""
    out = []
    for ln in d.lines:
        while len(ln) > lebar:
            cut = max(ln.rfind(" ", 0, lebar + 1), ln.rfind("\t", 0, lebar + 1))
            if cut <= 0:
                break
            out.append(ln[:cut])
            ln = ln[cut + 1:]
        out.append(ln)
    d.lines = out


def r_logistik(pem, rasio=0.025):
    """The DPT table as the logistics application (SILOG) prints it: per kecamatan the TPS, the voters
    (L, P, L+P) and the logistics they call for - ballots (the DPT plus a reserve of rasio, rounded up),
    ballot boxes (one a TPS), booths (four a TPS) and ink bottles (two a TPS) - under two group cells;
    other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Rekapitulasi DPT", "Rekapitulasi DPT dan Kebutuhan Logistik"), "")
        d.R("", "", "", "Daftar Pemilih Tetap", "", "", "Kebutuhan Logistik", "", "", "")
        d.R("No", "Kecamatan", "TPS", "L", "P", "L+P", "Surat Suara", "Kotak Suara", "Bilik Suara", "Tinta")
        jml = 0
        for x in rows:
            tps = int(str(x[3]).replace(".", ""))
            tot = int(str(x[6]).replace(".", ""))
            ss = tot + -(-tot * int(rasio * 1000) // 1000) if str(x[0]) else jml  # the total line sums its rows
            jml += ss
            d.R(x[0], x[1], x[3], x[4], x[5], x[6], id_int(ss), id_int(tps), id_int(4 * tps), id_int(2 * tps))
        d.B()
    return r


def r_partisipasi(pakai):
    """The DPT table with the voters who used their right (pakai: {kecamatan: (L, P)}) beside it, as the
    rekapitulasi of the Pilkada gives them: Desa, TPS, DPT L / P / Jumlah, Pengguna Hak Pilih L / P /
    Jumlah, Partisipasi (%); other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Rekapitulasi DPT", "Rekapitulasi DPT dan Pengguna Hak Pilih"), "")
        d.R("", "", "", "", "DPT", "", "", "Pengguna Hak Pilih", "", "", "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Jumlah", "L", "P", "Jumlah", "Partisipasi (%)")
        for x in rows:
            tot = int(str(x[6]).replace(".", ""))
            a, b = pakai.get(str(x[1])) or [sum(v[j] for _, v in sorted(pakai.items())) for j in (0, 1)]
            d.R(*x, id_int(a), id_int(b), id_int(a + b), id_dec(round((a + b) / tot * 100, 2)))
        d.B()
    return r


def bagi_pakai(kec, total, seed):
    """Voters who used their right per kecamatan (L, P), summing to total: each kecamatan near the
    overall rate, deterministic (a fixed pattern keyed by seed, no randomness)."""
    dpt = [(n.upper(), a, b) for n, _, _, a, b in kec]
    semua = sum(a + b for _, a, b in dpt)
    pola = [((i * 7 + seed) % 11 - 5) / 1000 for i in range(len(dpt))]
    out, sisa = {}, total
    for i, (n, a, b) in enumerate(dpt):
        r = total / semua + pola[i]
        if i == len(dpt) - 1:
            t = sisa
        else:
            t = round((a + b) * r)
            sisa -= t
        la = round(t * a / (a + b) * (1 - 0.004 * ((i % 3) - 1)))
        out[n] = (la, t - la)
    return out


def revisi_baru(d, kali, turun, kalimat):
    """A DIPA revision count no earlier document states for the pair, with the first DIPA's amount
    (the year's final pagu less turun rupiah), declared on the TOTAL row and told in the paragraph
    kalimat(kali, first DIPA as printed)."""
    import common12
    t = next(a for a in d.t["anggaran"] if a["kode"] == "TOTAL" and a["tahun"] == d.tahun)
    assert common12.REVISI.get((d.satker, d.tahun), (None, None))[0] is None
    awal = t["pagu"] - turun
    common12.revisi(d, kali, awal)
    d.P(kalimat(kali, id_int(awal)))
