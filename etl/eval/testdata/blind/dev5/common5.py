# Shared helpers of the fifth blind batch (dev5/). Deterministic; python3 only.
# Facts that earlier documents already state (SAKIP scores and components, kabupaten DPT
# rows, budget totals, RB) are read back from every truth file of dev/ .. dev4/ through
# check_truth.keyed(), so a new document can never contradict them (BRIEF rule 5).
import glob, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
for _p in (BLIND, os.path.join(BLIND, "author"), os.path.join(BLIND, "dev2"), os.path.join(BLIND, "dev4")):
    sys.path.insert(0, _p)
import check_truth as CT  # noqa: E402
from lib import *  # noqa: E402,F401  (Doc, number formats, SAKIP, KOMP, PEMILU24, prose pools)
from lib import bab as bab_lib  # noqa: E402
import author2 as A2  # noqa: E402  (indicator texts, satker names, kecamatan split)
from common4 import tie  # noqa: E402  (a capaian landing half-way at the 2nd decimal)

KNOWN = {}
for _part in ("dev", "dev2", "dev3", "dev4"):
    for _f in sorted(glob.glob(os.path.join(BLIND, _part, "truth", "*.json"))):
        KNOWN.update(CT.keyed(json.load(open(_f, encoding="utf-8"))))

REFNAME, SS, SK, KNM, KEG, PROG, ctx, rp = A2.REFNAME, A2.SS, A2.SK, A2.KNM, A2.KEG, A2.PROG, A2.ctx, A2.rp
KOMPONEN = ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")
# Pilkada 2024 per kabupaten as printed in the real province report (TPS, L, P)
PILKADA24_REAL = {"5317": (156, 29428, 28524), "5371": (552, 134400, 140685)}


# ---------------------------------------------------------------- shared facts
def skor(s, y, lama=None):
    """A satker's SAKIP score: what the corpus already states, else the shared table, else
    lama (the value a document invents for a year before the shared table)."""
    if ("sakip", s, y) in KNOWN:
        return KNOWN[("sakip", s, y)][0]
    return SAKIP.get((s, y), lama)


def komponen(s, y, rnd, base=0.7):
    """The four component scores (komponen: (bobot, nilai)) summing to skor(s, y)."""
    if all(("komp", s, y, k) in KNOWN for k in KOMPONEN):
        k = {c: KNOWN[("komp", s, y, c)] for c in KOMPONEN}
    elif (s, y) in KOMP:
        k = KOMP[(s, y)]
    else:
        k = A2.komps_for(skor(s, y), rnd, base)
    assert abs(sum(v for _, v in k.values()) - skor(s, y)) < 0.005, (s, y)
    return k


def pemilih(s, pem, y, fallback=None):
    """(TPS, L, P) of a kabupaten's DPT: the corpus's stated row first."""
    v = KNOWN.get(("dpt", s, pem, y))
    return v[:3] if v else fallback


def total_lama(s, y):
    """(pagu, realisasi) of a year's budget another document states, or None."""
    return KNOWN.get(("angg", s, y))


# ---------------------------------------------------------------- numbers as printed
def rpg(n):
    """Rp glued to the amount: Rp3.412.000.000."""
    return "Rp" + id_int(n)


def kurung(n):
    """An amount with a negative one in parentheses, as accountants print it."""
    return f"({id_int(-n)})" if n < 0 else id_int(n)


def kata_persen(x):
    """A percentage written out: 95 persen, 97,25 persen."""
    return (id_int(int(x)) if float(x) == int(x) else id_dec(x)) + " persen"


def angka(x, eng=False):
    """A value as typed: whole numbers bare, else two decimals."""
    if float(x) == int(x):
        return (en_int if eng else id_int)(int(x))
    return (en_dec if eng else id_dec)(x)


def juta(n):
    return id_dec(n / 1e6)


def ribu(n):
    return id_int(n // 1000)


# ---------------------------------------------------------------- capaian
class Ind:
    """One indicator of a capaian table: text, target and realisasi values (or grades), the
    truth satuan, direction and level. cp is the capaian a secretary computes (what the
    table prints); grades print 100 when achieved, else the rank ratio."""

    def __init__(self, key, t, r, sat="persen", arah="naik", grade=False, tingkat="sasaran_strategis"):
        self.ind = SS.get(key) or SK.get(key) or key
        self.t, self.r, self.sat, self.arah, self.grade, self.tingkat = t, r, sat, arah, grade, tingkat
        if grade:
            a, b = RANK[t.rstrip("*")], RANK[r.rstrip("*")]
            self.cp = 100.0 if b >= a else round(b / a * 100, 2)
        elif r is None:
            self.cp = None
        else:
            assert not tie(t, r), (key, t, r)
            self.cp = round(r / t * 100, 2) if arah == "naik" else round((t - (r - t)) / t * 100, 2)

    def fakta(self, d, tt, rt, lapor="cp"):
        """Declares the row: tt/rt the printed target/realisasi cells, lapor the printed
        capaian value (default: cp, as printed; None when the table prints none)."""
        lap = self.cp if lapor == "cp" else lapor
        if self.grade:
            return d.cap(self.ind, tt, None, rt, None, self.sat, lap, grade=True, tingkat=self.tingkat)
        return d.cap(self.ind, tt, self.t, rt, self.r, self.sat, lap, arah=self.arah, tingkat=self.tingkat)


# ---------------------------------------------------------------- anggaran
def anggaran(rnd, struct, P, R, pu=1000, ru=1):
    """Budget rows whose total is exactly pagu P and realisasi R. struct: [(program,
    [kegiatan, ...])]; kegiatan pagu are multiples of pu, realisasi of ru. Rows are dicts
    (kode, tingkat, induk, nama, pagu, real) in print order, the TOTAL last."""
    assert P % pu == 0 and R % ru == 0, (P, R)
    kegs = [(p, k) for p, ks in struct for k in ks]
    w = [rnd.uniform(0.5, 1.5) for _ in kegs]
    pg = [int(P * x / sum(w)) // pu * pu for x in w]
    pg[0] += P - sum(pg)
    rl = [min(int(x * R / P * rnd.uniform(0.985, 1.012)), int(x * 0.996)) // ru * ru for x in pg]
    big = max(range(len(pg)), key=lambda i: pg[i] - rl[i])
    rl[big] += R - sum(rl)
    assert all(b <= a for a, b in zip(pg, rl))
    keg = [{"kode": k, "tingkat": "kegiatan", "induk": p, "nama": KEG[k], "pagu": a, "real": b}
           for (p, k), a, b in zip(kegs, pg, rl)]
    rows = []
    for prog, _ in struct:
        anak = [r for r in keg if r["induk"] == prog]
        rows += [{"kode": prog, "tingkat": "program", "induk": "", "nama": PROG[prog],
                  "pagu": sum(r["pagu"] for r in anak), "real": sum(r["real"] for r in anak)}] + anak
    return rows + [{"kode": "TOTAL", "tingkat": "total", "induk": "", "nama": "Jumlah", "pagu": P, "real": R}]


def tahun_baru(rnd, P, rate, pu=1000, ru=1):
    """A new year's (pagu, realisasi): P rounded to pu, realisasi at about rate, rounded to ru."""
    P = P // pu * pu
    return P, int(P * rate * rnd.uniform(0.995, 1.004)) // ru * ru


def baru(rnd, P, rate, struct, pu=1000, ru=1):
    """The rows (as anggaran()) of a budget no other document states: pagu about P, realisasi
    at about rate."""
    return anggaran(rnd, struct, *tahun_baru(rnd, P, rate, pu, ru), pu, ru)


def nyatakan(d, rows, year=None, lapor=True, pagu_awal=None, revisi=None):
    """Declares printed budget rows; lapor: the table prints each row's serapan."""
    for r in rows:
        kw = {"pagu_awal": pagu_awal, "revisi": revisi} if r["kode"] == "TOTAL" else {}
        d.ang(r["kode"], r["tingkat"], r["induk"], r["pagu"], r["real"],
              serapan(r["pagu"], r["real"]) if lapor else None, tahun=year or d.tahun, **kw)


def cetak_anggaran(d, rows, kepala, sel, tulis=None, **kw):
    """A budget table: its header, one line per row (sel(r, is_total) gives the cells), then
    its facts (kw as nyatakan). tulis prints a line of cells (default: TAB row)."""
    tulis = tulis or d.R
    tulis(*kepala)
    for r in rows:
        tulis(*sel(r, r["kode"] == "TOTAL"))
    nyatakan(d, rows, **kw)


def sel_baku(label, kode=None, uang=None, pct=None):
    """The usual cells Kode | Uraian | Pagu | Realisasi | Sisa | %: the total row is labelled
    label with an empty code; uang formats amounts, pct the serapan."""
    kode, uang, pct = kode or (lambda r: kode_pendek(r)), uang or id_int, pct or id_dec
    return lambda r, tot: ("" if tot else kode(r), label if tot else r["nama"], uang(r["pagu"]), uang(r["real"]),
                           uang(r["pagu"] - r["real"]), pct(serapan(r["pagu"], r["real"])))


def kode_pendek(r):
    """WA, WA.3355 as secretaries write them."""
    return r["kode"].split(".")[-1] if r["tingkat"] == "program" else r["induk"].split(".")[-1] + "." + r["kode"]


# ---------------------------------------------------------------- DPT
def kecamatan(rnd, names, tps, l, p, desa):
    """Kecamatan rows (name, desa, tps, l, p) summing to the kabupaten's figures; desa is the
    kabupaten's village count to split, or the list of each kecamatan's (as other reports print)."""
    rows = A2.kec_split(rnd, names, (l, p), tps, desa if isinstance(desa, int) else sum(desa))
    return rows if isinstance(desa, int) else [(r[0], ds) + r[2:] for r, ds in zip(rows, desa)]


def cetak_dpt(d, pem, th, rows, kepala, jumlah, tulis=None, tambah=None):
    """A kecamatan DPT table: its header lines (kepala), numbered rows No | Kecamatan | Desa/Kel |
    TPS | L | P | L+P followed by tambah(i) cells (tambah(None): the total's), a total row labelled
    jumlah; declares the rows. tulis prints a line of cells (default: TAB row)."""
    tulis = tulis or d.R
    for k in kepala:
        tulis(*k)
    T = dpt_kec(d, pem, th, rows)
    for i, r in enumerate(list(rows) + [(jumlah,) + T]):
        n = "" if i == len(rows) else i + 1
        tulis(n, *r[:3], id_int(r[3]), id_int(r[4]), id_int(r[3] + r[4]), *(tambah(i if n else None) if tambah else ()))
    return T


def dpt_kec(d, pem, th, rows, desa=True, kab=True):
    """Declares kecamatan rows and (kab) the kabupaten row; returns the totals (desa, tps, l, p)."""
    T = tuple(sum(r[i] for r in rows) for i in (1, 2, 3, 4))
    tidak = None if desa else ["jumlah_desa"]
    for nm, ds, tp, l, p in rows:
        d.dpt(pem, th, "kecamatan", " ".join(nm.upper().split()), ds if desa else None, tp, l, p, tidak=tidak)
    if kab:
        d.dpt(pem, th, "kabupaten", REFNAME[d.satker], T[0] if desa else None, T[1], T[2], T[3], tidak=tidak)
    return T


def dpt_kalimat(d, pem, th, kalimat):
    """The reporting kabupaten's DPT stated in a sentence: kalimat(total, l, p, tps) writes it
    from the corpus's figures."""
    tps, l, p = pemilih(d.satker, pem, th)
    d.P(kalimat(id_int(l + p), id_int(l), id_int(p), tps))
    dpt_kab(d, pem, th, tps, l, p)


def dpt_kab(d, pem, th, tps, l, p, desa=None):
    """The reporting kabupaten's own DPT row (from prose or a summary line)."""
    d.dpt(pem, th, "kabupaten", REFNAME[d.satker], desa, tps, l, p,
          tidak=None if desa is not None else ["jumlah_desa"])


# ---------------------------------------------------------------- document furniture
def buka(rel, s, y, W, sampul, flat=False):
    """A new document: Doc, its context, a generator seeded by satker and year, cover page."""
    d = Doc(rel, s, y, flat=flat)
    d.W = W
    d.L(*sampul)
    d.FF()
    return d, ctx(s, y), random.Random(int(f"{s}{y}") + 5)


def pengantar(d, c, ttd, judul="KATA PENGANTAR", paras=None):
    """The foreword and its signature block (ttd: lines under the text)."""
    d.L(judul, "")
    d.PP(paras or kata_pengantar(c))
    d.L(*ttd, "")


def isi(d, entries, width=70, judul="DAFTAR ISI"):
    """A table of contents with dotted leaders and page numbers: entries (title, page)."""
    d.L(judul, "")
    for t, pg in entries:
        d.L(f"{t} {'.' * max(3, width - len(t) - len(str(pg)))} {pg}")
    d.B()


def bab(d, judul, paras, sub=None):
    """lib's chapter (heading lines, paragraphs) with the heading given as one string of lines
    and an optional sub-heading before the paragraphs."""
    bab_lib(d, judul.split("\n") + [""] + ([sub, ""] if sub else []), paras)


def halaman(d, kepala=None, kaki=None):
    """A page break with its running footer before and running header after."""
    if kaki:
        d.L("", kaki)
    d.FF()
    if kepala:
        d.L(kepala, "")


def komp_baris(d, y, v, k, kepala=("Komponen", "Bobot", "Nilai"), jumlah="Jumlah", nomor=False, bobot=str,
               sakip=True):
    """The component table with components as rows (numbered if nomor) and a total row; declares
    the components and, if sakip, the score v of tahun_dinilai y."""
    d.R(*(("No",) if nomor else ()) + tuple(kepala))
    baris = [(KNM[kk], bobot(k[kk][0]), id_dec(k[kk][1])) for kk in KOMPONEN] + [(jumlah, bobot(100), id_dec(v))]
    for i, b in enumerate(baris, 1):
        d.R(*((i if i <= len(KOMPONEN) else "",) if nomor else ()) + b)
    if sakip:
        d.sakip(d.satker, y, v)
    d.komp(y, k)
    d.B()


def akip_kalimat(d, y, kalimat):
    """The satker's own SAKIP score of year y stated in a sentence: kalimat(nilai, predikat)."""
    v = skor(d.satker, y)
    d.P(kalimat(id_dec(v), predikat(v)))
    d.sakip(d.satker, y, v)
    return v


def skor_prosa(s, y):
    """`BB (72,45)`: a score written with its grade first."""
    v = skor(s, y)
    return f"{predikat(v)} ({id_dec(v)})"


def sebanding(rnd, rows, tps, l, p, noise=0.03):
    """The same kecamatan (rows as kecamatan()) for another election: TPS, L and P split in
    the proportions of rows, with a little noise, summing exactly to tps, l, p."""
    def bagi(total, w):
        w = [x * rnd.uniform(1 - noise, 1 + noise) for x in w]
        out = [int(total * x / sum(w)) for x in w]
        out[max(range(len(out)), key=lambda i: out[i])] += total - sum(out)
        return out
    T, L, P = bagi(tps, [r[2] for r in rows]), bagi(l, [r[3] for r in rows]), bagi(p, [r[4] for r in rows])
    return [(r[0], r[1], T[i], L[i], P[i]) for i, r in enumerate(rows)]


# Kecamatan rows other documents state (satker -> their dpt rows), and village counts
def _dpt_lama(part, base, pem, th):
    t = json.load(open(os.path.join(BLIND, part, "truth", base + ".json"), encoding="utf-8"))
    return [(r["wilayah"].title(), r["jumlah_desa"], r["jumlah_tps"], r["pemilih_l"], r["pemilih_p"])
            for r in t["dpt"] if (r["pemilihan"], r["tahun"], r["tingkat_wilayah"]) == (pem, th, "kecamatan")]


DPT_LAMA = {"5371": _dpt_lama("dev", "lkjip-kota-kupang-2023", "pemilu", 2024),
            "5314": _dpt_lama("dev4", "lakip-rote-ndao-2019", "pemilu", 2019)}
KNOWN_DESA = {"5309": 151}
