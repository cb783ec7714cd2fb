# Shared helpers of the sixth blind batch (dev6/). Deterministic; python3 only.
# Everything generic comes from ../dev5/common5.py (which brings ../author/lib.py and
# ../dev2/author2.py): Doc, number formats, shared SAKIP/DPT tables, Ind, anggaran().
# Its table of facts the corpus already states (KNOWN) is extended here with dev5/, so a
# document of this batch reuses every SAKIP score, component, kabupaten DPT row, budget total
# and RB value stated anywhere in dev/ .. dev5/ and never contradicts one (BRIEF rule 5).
import glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev5"))
import common5 as C5  # noqa: E402
from common5 import *  # noqa: E402,F401,F403

for _f in sorted(glob.glob(os.path.join(BLIND, "dev5", "truth", "*.json"))):
    C5.KNOWN.update(C5.CT.keyed(json.load(open(_f, encoding="utf-8"))))
KNOWN = C5.KNOWN
ttd = C5.A2.ttd  # the closing signature block lines

STRUKTUR = [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6639", "6640", "6709"])]


def rb_lama(s, y):
    """(nilai, bobot, persen) of an RB evaluation the corpus already states, or None."""
    return KNOWN.get(("rb", s, y))


def rb_baru(nilai, bobot=36.3):
    """An RB evaluation nobody states yet: persen as the evaluators print it."""
    return nilai, bobot, round(nilai / bobot * 100, 2)


def belanja(rnd, s, y, P=None, rate=0.965, struct=STRUKTUR, pu=1000, ru=1):
    """The budget rows of a year (as common5.anggaran): the corpus's total when another
    document states it, else a new one of about P at about rate, pagu in multiples of pu and
    realisasi of ru (1000 for a table in ribuan, 10000 for one in juta with two decimals)."""
    lama = total_lama(s, y)
    if lama:
        pu = 1000 if lama[0] % 1000 == 0 else 1
        return anggaran(rnd, struct, lama[0], lama[1], pu)
    return baru(rnd, P, rate, struct, pu, ru)


def kec(rnd, s, pem, th, names, desa):
    """Kecamatan rows (name, desa, tps, l, p) of a kabupaten's DPT summing to the corpus's
    kabupaten row."""
    tps, l, p = pemilih(s, pem, th)
    return kecamatan(rnd, names, tps, l, p, desa)


def pct2(a, b):
    """a as a share of b in percent, two decimals, Indonesian."""
    return id_dec(round(a / b * 100, 2))


def awal(d, c, W, sign, kata=None, tugas=False):
    """Kata Pengantar and its signature block, then BAB I and BAB II in the pools' prose with
    the chapter heading style this document uses (kata: dict of headings)."""
    k = {"kp": "KATA PENGANTAR", "b1": "BAB I\nPENDAHULUAN", "b2": "BAB II\nPERENCANAAN KINERJA"}
    k.update(kata or {})
    d.L(k["kp"], "")
    d.PP(kata_pengantar(c), W)
    d.L(*sign, "")
    d.FF()
    d.L(*k["b1"].split("\n"), "")
    d.PP(pendahuluan(c), W)
    if tugas:
        d.L("Tugas KPU Kabupaten/Kota:", *tugas_list(c), "")
    d.FF()
    d.L(*k["b2"].split("\n"), "")
    d.PP(perencanaan(c), W)


# Kecamatan as the regencies name them (for the DPT tables of this batch)
KEC = {
    "5311": ["Lewa", "Nggaha Ori Angu", "Lewa Tidahu", "Katala Hamu Lingu", "Tabundung", "Pinu Pahar",
             "Paberiwai", "Karera", "Matawai La Pawu", "Kahaungu Eti", "Mahu", "Ngadu Ngala", "Pahunga Lodu",
             "Wula Waijelu", "Rindi", "Umalulu", "Pandawai", "Kambata Mapambuhang", "Kota Waingapu", "Kambera",
             "Haharu", "Kanatang"],
    "5301": ["Semau", "Semau Selatan", "Kupang Barat", "Nekamese", "Kupang Tengah", "Taebenu", "Amarasi",
             "Amarasi Barat", "Amarasi Selatan", "Amarasi Timur", "Kupang Timur", "Amabi Oefeto Timur",
             "Amabi Oefeto", "Sulamu", "Fatuleu", "Fatuleu Tengah", "Fatuleu Barat", "Takari", "Amfoang Selatan",
             "Amfoang Barat Daya", "Amfoang Utara", "Amfoang Barat Laut", "Amfoang Timur", "Amfoang Tengah"],
    "5304": ["Atambua Barat", "Atambua Selatan", "Kota Atambua", "Kakuluk Mesak", "Lamaknen", "Lamaknen Selatan",
             "Lasiolat", "Nanaet Duabesi", "Raihat", "Raimanuk", "Tasifeto Barat", "Tasifeto Timur"],
    "5303": ["Miomaffo Barat", "Miomaffo Tengah", "Miomaffo Timur", "Musi", "Mutis", "Naibenu", "Noemuti",
             "Noemuti Timur", "Bikomi Selatan", "Bikomi Tengah", "Bikomi Nilulat", "Bikomi Utara",
             "Kota Kefamenanu", "Insana", "Insana Utara", "Insana Barat", "Insana Tengah", "Insana Fafinesu",
             "Biboki Selatan", "Biboki Tanpah", "Biboki Moenleu", "Biboki Utara", "Biboki Anleu", "Biboki Feotleu"],
    "5307": ["Paga", "Mego", "Tana Wawo", "Lela", "Bola", "Doreng", "Mapitara", "Talibura", "Waigete", "Waiblama",
             "Kewapante", "Hewokloang", "Kangae", "Palue", "Koting", "Nelle", "Nita", "Magepanda", "Alok",
             "Alok Barat", "Alok Timur"],
    "5312": ["Kota Waikabubak", "Loli", "Tana Righu", "Wanokaka", "Lamboya", "Laboya Barat"],
    "5317": ["Katikutana", "Katikutana Selatan", "Umbu Ratu Nggay", "Umbu Ratu Nggay Barat", "Mamboro"],
}


def kec_lama(part, base, pem, th):
    """The kecamatan (name, desa) another document of the corpus prints for a kabupaten, in its
    order, so that a new election's table names them and counts their villages alike."""
    return [(r[0], r[1]) for r in C5._dpt_lama(part, base, pem, th)]


def kec_dari(rnd, s, pem, th, src):
    """Kecamatan rows of a new election for the kecamatan src = (part, base, pem, th) prints."""
    nd = kec_lama(*src)
    return kec(rnd, s, pem, th, [n for n, _ in nd], [x for _, x in nd])


def dpt_lama_rows(part, base, pem, th):
    """The kecamatan rows (name, desa, tps, l, p) another document states for this election."""
    return C5._dpt_lama(part, base, pem, th)


def ind_cells(it, f):
    """Printed target and realisasi cells of an Ind: grades as they are, numbers by f."""
    return (it.t, it.r) if it.grade else (f(it.t), f(it.r))


def pc(x):
    """A percentage cell as secretaries type it: 100%, 77,50%."""
    return angka(x) + "%"


# ---------------------------------------------------------------- document skeleton
def mulai6(rel, s, y, W, sampul, tanggal, nama, nip, flat=False, kata=None, tugas=False, koma=","):
    """A new document up to the end of BAB II: cover, foreword signed by the secretary (place
    and date, office, name, NIP), BAB I and BAB II. Returns d, c, rnd and the signature lines,
    which BAB IV repeats."""
    d, c, rnd = buka(rel, s, y, W, sampul, flat)
    sign = (tanggal, f"Sekretaris {c['kpu']}{koma}", "", "", nama, nip)
    awal(d, c, W, sign, kata, tugas)
    return d, c, rnd, sign


def bab3(d, c, W, judul, intro=3, kepala=("BAB III", "AKUNTABILITAS KINERJA")):
    """A new page opening BAB III with its first section heading and intro paragraphs."""
    d.FF()
    d.L(*kepala, "", judul, "")
    d.PP(akuntabilitas_intro(c)[:intro], W)


def bagian(d, judul, kalimat, W, baru=True):
    """A section (on a new page when baru): heading, then its opening paragraph."""
    if baru:
        d.FF()
    d.L(judul, "")
    d.P(kalimat, W)


def akhir(d, c, sign, W, kepala):
    """BAB IV under its heading lines, the closing signature (as the foreword's), and write."""
    tutup(d, c, *ttd(sign[0], c["kpu"], sign[4], sign[5]), W=W, bab=kepala)


def multi_tahun(d, years, rws, cells):
    """A table of several years' totals: the corpus's figures for years another report states,
    this report's total (last of rws) for its own year; every other year is a TOTAL fact."""
    rows = [(y,) + (total_lama(d.satker, y) or (rws[-1]["pagu"], rws[-1]["real"])) for y in years]
    total_tahun(d, rows, cells, d.tahun)


def tabel_anggaran(d, judul, kepala, rws, label, kode=kode_pendek, uang=id_int, pct=id_dec, sisa=True, tulis=None,
                   potong=False):
    """A budget table and its facts: caption judul, header kepala, one line per row of rws in
    their order: code cell(s) (kode(r) gives a string or a tuple of cells), name (label on the
    total row), pagu, realisasi, sisa (unless not sisa), serapan; uang and pct format the
    amounts and the percentage, tulis prints a line (default: TAB row). potong: the total's
    realisasi printed without its last digit, as a too-narrow PDF column cuts it."""
    if judul:
        d.L(judul, "")

    def sel(r, tot):
        k = kode(rws[0] if tot else r)
        k = (("",) * len(k) if tot else k) if isinstance(k, tuple) else ("" if tot else k,)
        real = uang(r["real"])
        cells = list(k) + [label if tot else r["nama"], uang(r["pagu"]), str(real)[:-1] if tot and potong else real]
        return cells + ([uang(r["pagu"] - r["real"])] if sisa else []) + [pct(serapan(r["pagu"], r["real"]))]
    cetak_anggaran(d, rws, kepala, sel, tulis)
    d.B()


def ulasan(c, ind, tercapai):
    """The discussion of one indicator: whether it met its target, then what supported it (met)
    or what held it back (not met), from the prose pool."""
    return ([f"Indikator {ind} {'telah' if tercapai else 'belum'} mencapai target yang ditetapkan dalam "
             "Perjanjian Kinerja."] + (analisis(c, ind)[:1] if tercapai else analisis(c, ind)[1:]))
