# Shared helpers of the third blind batch (dev3/). Deterministic; python3 only.
# Facts that other documents of the corpus already state (SAKIP scores and components,
# kabupaten DPT rows, budget totals) are read back from dev/ and dev2/ truth files so
# that the new documents never disagree with them (BRIEF rule 5).
import glob, json, os, random, sys, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "author"))
sys.path.insert(0, os.path.join(BLIND, "dev2"))
from lib import *  # noqa: E402,F401
import author2 as A2  # noqa: E402  (shared Pemilu 2019 figures, budget/kecamatan helpers)

KS, KK, KD, KA = {}, {}, {}, {}
for _f in sorted(glob.glob(os.path.join(BLIND, "dev", "truth", "*.json")) +
                 glob.glob(os.path.join(BLIND, "dev2", "truth", "*.json"))):
    _t = json.load(open(_f, encoding="utf-8"))
    for _s in _t["sakip"]:
        KS[(_s["satker_id"], _s["tahun_dinilai"])] = _s["nilai"]
    for _k in _t["sakip_komponen"]:
        KK.setdefault((_k["satker_id"], _k["tahun_dinilai"]), {})[_k["komponen"]] = (_k["bobot"], _k["nilai"])
    for _d in _t["dpt"]:
        if _d["tingkat_wilayah"] != "kecamatan":
            KD[(_d["satker_id"], _d["pemilihan"], _d["tahun"])] = (
                _d["jumlah_desa"], _d["jumlah_tps"], _d["pemilih_l"], _d["pemilih_p"])
    for _a in _t["anggaran"]:
        if _a["kode"] == "TOTAL":
            KA[(_a["satker_id"], _a["tahun"])] = (_a["pagu"], _a["realisasi"])

# Pilkada 2024 per kabupaten as printed in the real province report (TPS, L, P)
PILKADA24_REAL = {"5310": (636, 121934, 124828), "5320": (190, 32061, 31004)}
REFNAME = A2.REFNAME
KEG, PROG, SS, SK, KNM = A2.KEG, A2.PROG, A2.SS, A2.SK, A2.KNM
ctx, gen_budget, kec_split, layout = A2.ctx, A2.gen_budget, A2.kec_split, A2.layout


def skor(s, y):
    """A satker's SAKIP score: the corpus's stated value first, else the shared table."""
    return KS.get((s, y), SAKIP[(s, y)])


def buka(rel, s, y, W, flat=False):
    """Opens a document: its Doc, its context, its random generator seeded by satker and year
    (5305, 2021 -> 53052021) and its text width W (0: one paragraph per line)."""
    return Doc(rel, s, y, flat=flat), ctx(s, y), random.Random(int(f"{s}{y}")), W


def pct(x):
    return id_dec(x) + "%"


def komps(s, y, rnd, base=0.68):
    if (s, y) in KK:
        return KK[(s, y)]
    if (s, y) in KOMP:
        return KOMP[(s, y)]
    return A2.komps_for(skor(s, y), rnd, base)


def pemilu19(s):
    d = KD.get((s, "pemilu", 2019))
    return d if d else (None,) + A2.PEMILU19[s]


def pemilu24(s):
    d = KD.get((s, "pemilu", 2024))
    return d if d else (None,) + PEMILU24[s]


def rbv(d, tahun, nilai, bobot=36.3):
    persen = round(nilai / bobot * 100, 2)
    d.rb(tahun, nilai, bobot, persen)
    return persen


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
    d.L(*head, "")
    d.PP(pendahuluan(c)[:n], W)


def bab2(d, c, W, n=5, head=("BAB II", "PERENCANAAN KINERJA")):
    d.L(*head, "")
    d.PP(perencanaan(c)[:n], W)


def bab3(d, c, W, n=2, head=("BAB III", "AKUNTABILITAS KINERJA")):
    d.L(*head, "")
    d.PP(akuntabilitas_intro(c)[:n], W)


def tutup(d, c, W, head=("BAB IV", "PENUTUP"), lalu=None):
    """The closing chapter, then lalu(d) if given (what a document prints after it); writes the document."""
    d.L(*head, "")
    d.PP(penutup(c), W)
    if lalu:
        lalu(d)
    d.write()
