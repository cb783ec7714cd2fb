# Shared helpers of the third blind batch (dev3/). Deterministic; python3 only.
# Facts that other documents of the corpus already state (SAKIP scores and components,
# kabupaten DPT rows, budget totals) are read back from dev/ and dev2/ truth files so
# that the new documents never disagree with them (BRIEF rule 5).
import os, random, sys, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "author"))
sys.path.insert(0, os.path.join(BLIND, "dev2"))
from lib import *  # noqa: E402,F401
import author2 as A2  # noqa: E402  (shared Pemilu 2019 figures, budget/kecamatan helpers)
from known import Known  # noqa: E402

_K = Known(("dev", "dev2"))
KS, KK, KD, KA = _K.KS, _K.KK, _K.KD, _K.KA
skor, komps, pemilu19, pemilu24 = _K.skor, _K.komps, _K.pemilu19, _K.pemilu24

# Pilkada 2024 per kabupaten as printed in the real province report (TPS, L, P)
PILKADA24_REAL = {"5310": (636, 121934, 124828), "5320": (190, 32061, 31004)}
REFNAME = A2.REFNAME
KEG, PROG, SS, SK, KNM = A2.KEG, A2.PROG, A2.SS, A2.SK, A2.KNM
ctx, gen_budget, kec_split, layout = A2.ctx, A2.gen_budget, A2.kec_split, A2.layout


def buka(rel, s, y, W, flat=False):
    """Opens a document: its Doc, its context, its random generator seeded by satker and year
    (5305, 2021 -> 53052021) and its text width W (0: one paragraph per line)."""
    return Doc(rel, s, y, flat=flat), ctx(s, y), random.Random(int(f"{s}{y}")), W


def pct(x):
    return id_dec(x) + "%"


def rbv(d, tahun, nilai, bobot=36.3):
    persen = round(nilai / bobot * 100, 2)
    d.rb(tahun, nilai, bobot, persen)
    return persen


def rb_komponen(d, judul, kolom, pengungkit, hasil, total, tahun, nilai):
    """An RB table as printed: its caption lines, header, the two components, then the index
    (nilai of bobot 36,30), which is the year's rb fact."""
    d.L(*judul)
    d.R(*kolom)
    d.R(*pengungkit)
    d.R(*hasil)
    d.R(total, id_dec(nilai), "36,30", pct(rbv(d, tahun, nilai)))


def dkode(k):
    """Short code as secretaries write it: WA, WA.3355."""
    return k.split(".")[-1]


def ang_rows(d, rows, year, lapor=True, pagu_awal=None, revisi=None):
    A2.declare_budget(d, rows, year, lapor, pagu_awal, revisi)


def front(d, c, W, kota_tgl, nama, nip, paras=None):
    d.L("KATA PENGANTAR", "")
    d.PP(paras or kata_pengantar(c), W)
    d.L("", kota_tgl, f"Sekretaris {c['kpu']},", "", "", nama, nip, "")


def bab1(d, c, W, n=6, head=("BAB I", "PENDAHULUAN")):
    bab(d, (*head, ""), pendahuluan(c)[:n], W)


def bab2(d, c, W, n=5, head=("BAB II", "PERENCANAAN KINERJA")):
    bab(d, (*head, ""), perencanaan(c)[:n], W)


def bab3(d, c, W, n=2, head=("BAB III", "AKUNTABILITAS KINERJA")):
    bab(d, (*head, ""), akuntabilitas_intro(c)[:n], W)


def tutup(d, c, W, head=("BAB IV", "PENUTUP"), lalu=None):
    """The closing chapter, then lalu(d) if given (what a document prints after it); writes the document."""
    bab(d, (*head, ""), penutup(c), W)
    if lalu:
        lalu(d)
    d.write()
