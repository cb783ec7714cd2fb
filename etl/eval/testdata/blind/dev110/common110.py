# Shared helpers of this batch's authoring scripts (author110a.py, author110b.py). Everything of the
# earlier batches comes through ../dev109/common109.py (on ../dev108 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev109/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev109"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common109  # noqa: E402,F401  (puts ../dev108 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common109 import (_ang_isi, _sen100, baris, buka, cap_lama, halaman, id_dec, id_int,  # noqa: E402,F401
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


# ---- new house styles (each changes a table's shape or the way a fact is stated) ----
def r_ket_wilayah(satuan):
    """The DPT **with each kecamatan's village and polling-station counts stated as a phrase in a closing
    `Keterangan` cell** (`12 kelurahan, 130 TPS`), no Desa/Kel or TPS column: `No  Kecamatan  L  P  L+P
    Keterangan`; the total row's phrase the kabupaten's or kota's counts. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "")
        d.R(head[0], head[1], *head[4:], "Keterangan")
        for x in rows:
            d.R(x[0], x[1], *x[4:], f"{x[2]} {satuan}, {x[3]} TPS")
        d.B()
    return r


def r_target_gabung(catatan):
    """The capaian **with the Target column merged down over runs of equal targets**: a target equal to the one
    above it is not printed again (Word's merged cell prints its text on the run's first row). Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for i, x in enumerate(rows):
            sama = i > 0 and rows[i - 1][3] == x[3]
            d.R(*x[:3], "" if sama else x[3], *x[4:])
        d.B()
    return r


KATA = ((9500, "sangat tinggi"), (9000, "tinggi"), (8000, "sedang"), (0, "rendah"))


def r_serapan_kata(catatan):
    """The budget **with every serapan cell carrying its category word** (`97,34 (sangat tinggi)`: 95 % and more
    sangat tinggi, 90 % to under 95 % tinggi, 80 % to under 90 % sedang, below rendah), as the office's
    monitoring sheet grades each row. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for x in rows:
            kata = next(k for lo, k in KATA if _sen100(x[5]) >= lo)
            d.R(*x[:5], f"{x[5]} ({kata})")
        d.B()
    return r


def r_bobot_gabung(catatan):
    """The SAKIP components **with the Bobot column merged down over runs of equal weights** (Perencanaan and
    Pengukuran both 30,00: printed once, on the first row), the total row as ever. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        isi = rows[:-1]
        for i, x in enumerate(isi):
            sama = i > 0 and isi[i - 1][2] == x[2]
            d.R(x[0], x[1], "" if sama else x[2], *x[3:])
        d.R(*rows[-1])
        d.B()
    return r


def r_satuan_gabung(catatan):
    """The capaian **grouped by unit with a `Satuan` column merged down at the left**: the rows ordered by their
    unit (units in the order of their first appearance, indicators keeping their numbers), the unit printed on
    the first row of its run only. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(head[2], head[0], head[1], *head[3:])
        urut = []
        for x in rows:
            if x[2] not in urut:
                urut.append(x[2])
        for s in urut:
            for i, x in enumerate([y for y in rows if y[2] == s]):
                d.R(s if i == 0 else "", x[0], x[1], *x[3:])
        d.B()
    return r


def r_tps_rentang(catatan):
    """The DPT **with each kecamatan's polling stations stated as the range of their numbers** (`TPS 1 s.d. 45`),
    the kabupaten row stating the count (`569 TPS`). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head[:3], "Nomor TPS", *head[4:])
        for x in rows:
            d.R(*x[:3], (f"TPS 1 s.d. {x[3]}" if x[0] else f"{x[3]} TPS"), *x[4:])
        d.B()
    return r
