# Shared helpers of this batch's authoring scripts (author106a.py, author106b.py). Everything of the
# earlier batches comes through ../dev105/common105.py (on ../dev104 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev105/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev105"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common105  # noqa: E402,F401  (puts ../dev104 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common105 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
                       kpu, NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
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
def r_dua_bagian(catatan_a, catatan_b):
    """The capaian **printed in two column parts joined by the No**, as a sheet too wide for the page is printed:
    `Tabel 3.1 (bagian 1)` with `No  Indikator Kinerja  Satuan  Target`, then `Tabel 3.1 (bagian 2)` with `No
    Realisasi  Capaian (%)`, the same numbers in the same order. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(f"{cap} (bagian 1)", "", f"({catatan_a})", "")
        d.R(head[0], head[1], head[2], head[3])
        for x in rows:
            d.R(x[0], x[1], x[2], x[3])
        d.B()
        d.L(f"{cap} (bagian 2)", "", f"({catatan_b})", "")
        d.R(head[0], head[4], head[5])
        for x in rows:
            d.R(x[0], x[4], x[5])
        d.B()
    return r


def r_kab_gabung(catatan):
    """The DPT **with a merged first column naming the kabupaten, filled only on the first row**: `Kabupaten  No
    Kecamatan  Desa/Kel  TPS  L  P  L+P`, the kabupaten's name in the first row's first cell, empty below; the
    kabupaten's own row last with `JUMLAH` in the kecamatan cell. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        nama = NAMA[d.satker].upper()
        d.L(cap, "", f"({catatan})", "")
        d.R("Kabupaten", "No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
        for i, x in enumerate(isi):
            d.R(nama if i == 0 else "", *x)
        d.R("", "", "JUMLAH", *tot[2:])
        d.B()
    return r


def r_abjad_cap(catatan):
    """The capaian **sorted A to Z by the indicator's name, each row keeping its Perjanjian Kinerja number**, so the
    No column runs out of order. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for x in sorted(rows, key=lambda x: (x[1].lower(), x[0])):
            d.R(*x)
        d.B()
    return r


def r_dua_jumlah(catatan):
    """The SAKIP components **closed by two total rows instead of one**: `Jumlah Bobot` with the weights' sum alone
    (its Nilai cell empty), then `Nilai Akhir` with the score alone (its Bobot cell empty). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for x in rows[:-1]:
            d.R(*x)
        d.R("", "Jumlah Bobot", rows[-1][2], "")
        d.R("", "Nilai Akhir", "", rows[-1][3])
        d.B()
    return r


def r_nomor_bertingkat(catatan):
    """The budget **with an outline number before every row**: `No  Kode  Program/Kegiatan  Pagu (Rp)  Realisasi (Rp)
    Sisa (Rp)  Serapan (%)`, a program numbered `1`, `2`, its kegiatan `1.1`, `1.2` .. under it, the total `JUMLAH`
    with an empty No. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("No", *head)
        p = k = 0
        for kode, induk, x in isi:
            if induk == "":
                p, k = p + 1, 0
                d.R(str(p), *x)
            else:
                k += 1
                d.R(f"{p}.{k}", *x)
        d.R("", *tot)
        d.B()
    return r


def r_satuan_gabung(catatan):
    """The capaian **with the Satuan cell merged down over each run of rows sharing a unit**, as a Word table's merged
    cells come out in text: the unit on a run's first row only, the cells below it empty. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        lalu = None
        for x in rows:
            y = list(x)
            if x[2] == lalu:
                y[2] = ""
            lalu = x[2]
            d.R(*y)
        d.B()
    return r
