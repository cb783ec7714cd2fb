# Shared helpers of this batch's authoring scripts (author111a.py, author111b.py). Everything of the
# earlier batches comes through ../dev110/common110.py (on ../dev109 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev110/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev110"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common110  # noqa: E402,F401  (puts ../dev109 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from fractions import Fraction  # noqa: E402
from common110 import (_ang_isi, _sen100, baris, buka, cap_lama, halaman, id_dec, id_int,  # noqa: E402,F401
                       jenis, kpu, NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                       sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

common9.ingat(PREV)
KNOWN = common9.KNOWN
BATCH = os.path.basename(HERE)


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of this batch opened up to BAB III's first table: the satker named nama, the year
    the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"{BATCH}/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def _ratus(n):
    """Hundredths as an Indonesian decimal (2090 -> `20,90`)."""
    return f"{n // 100},{n % 100:02d}"


# ---- new house styles (each changes a table's shape or the way a fact is stated) ----
def r_kelamin_sel(catatan):
    """The DPT **with every voter figure carrying its own sex label inside the cell** (`Lk 22.735`, `Pr 22.094`,
    `Jml 44.829`) under one column title `Jumlah Pemilih` standing over the three cells, as a register print
    labels each field: the title row has five cells, the body rows seven. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head[:4], "Jumlah Pemilih")
        for x in rows:
            d.R(*x[:4], f"Lk {x[4]}", f"Pr {x[5]}", f"Jml {x[6]}")
        d.B()
    return r


BASIS = (("Kompetensi", "pegawai"), ("sarana", "unit"), ("Arsip", "berkas"), ("Laporan", "laporan"),
         ("gaji", "bulan"), ("memutakhirkan", "tahapan"), ("Partisipasi", "pemilih"), ("Pemilih", "pemilih"),
         ("jadwal", "tahapan"), ("Pelanggaran", "orang"))


def basis(r, mulai=10):
    """The smallest count k of n (n from mulai) whose share k/n x 100 rounds half up to the decimal cell r (`88,24`)
    without a tie at the second decimal: (k, n)."""
    want = Fraction(_sen100(r), 100)
    for n in range(mulai, 5000):
        k = round(want * n / 100)
        if not 0 <= k <= n:
            continue
        v = Fraction(100 * k, n) * 100
        if v - int(v) == Fraction(1, 2):
            continue
        if Fraction(int(v + Fraction(1, 2)), 100) == want:
            return k, n
    raise ValueError(r)


def r_basis_kurung(catatan):
    """The capaian **with each percent realisasi followed in its own cell by the count it was measured from**
    (`88,24 (15 dari 17 pegawai)`: the smallest count from ten up, twelve for months, that gives the printed
    percent), grades and
    opinions as ever. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for x in rows:
            if x[2] == "%" and re.match(r"^\d+,\d\d$", x[4]):
                kata = next((w for key, w in BASIS if key in x[1]), "kegiatan")
                k, n = basis(x[4], 12 if kata == "bulan" else 10)
                d.R(*x[:4], f"{x[4]} ({id_int(k)} dari {id_int(n)} {kata})", x[5])
            else:
                d.R(*x)
        d.B()
    return r


def r_kode_program(catatan):
    """The budget **as a flat export with the program's code repeated in a leading `Kode Program` column of every
    row**, the row's own code in a second column (`076.01.WA  076.01.WA  Program …` for the program, `076.01.WA
    3355  …` for its kegiatan), the total row with both code cells empty. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("Kode Program", "Kode", *head[1:])
        prog = ""
        for k, induk, x in isi:
            if not induk:
                prog = k
            d.R(prog, *x)
        d.R("", *tot)
        d.B()
    return r


def r_subkomp_jumlah(catatan):
    """The SAKIP components **with each value written out as the sum of its three sub-component scores**
    (Keberadaan + Kualitas + Pemanfaatan, about 20 %, 30 % and 50 % of the value): `Perencanaan Kinerja  30,00
    6,27 + 6,27 + 8,36 = 20,90`; the `Nilai Akhir` row as ever. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(head[0], head[1], head[2], "Nilai (Keberadaan + Kualitas + Pemanfaatan)")
        for x in rows[:-1]:
            v = _sen100(x[3])
            a = v * 2 // 10
            b = v * 3 // 10
            d.R(x[0], x[1], x[2], f"{_ratus(a)} + {_ratus(b)} + {_ratus(v - a - b)} = {x[3]}")
        d.R(*rows[-1])
        d.B()
    return r


def r_lp_tambah(catatan):
    """The DPT **with each row's men and women written as an addition in one cell** (`22.735 + 22.094` under
    `L + P`), the sum in the closing `Jumlah` cell. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head[:4], "L + P", "Jumlah")
        for x in rows:
            d.R(*x[:4], f"{x[4]} + {x[5]}", x[6])
        d.B()
    return r


NAIK_PANAH, TURUN_PANAH = "\u2191", "\u2193"
TURUN = ("Tidak Masuk", "Pelanggaran", "tidak terdaftar", "Tidak Terdaftar")


def r_arah_satuan(catatan):
    """The capaian **with each indicator's direction marked by an arrow in its Satuan cell** (`% ↑` higher is better,
    `% ↓` lower is better; grades and opinions without an arrow), no Polaritas column, the key in the note. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for x in rows:
            if x[2] == "%":
                turun = any(w in x[1] for w in TURUN)
                x = x[:2] + ["% " + (TURUN_PANAH if turun else NAIK_PANAH)] + x[3:]
            d.R(*x)
        d.B()
    return r
