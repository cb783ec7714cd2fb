# Shared helpers of this batch's authoring scripts (author97a.py, author97b.py). Everything of the
# earlier batches comes through ../dev96/common96.py (on ../dev95 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev96/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev96"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common96  # noqa: E402,F401  (puts ../dev95 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common96 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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


# ---- new house styles ----
def r_rumus(judul):
    """The budget **whose column titles carry their formula letters**, as a finance sheet heads its columns:
    Kode, Program/Kegiatan, `Pagu (a)`, `Realisasi (b)`, `Sisa (c = a - b)`, `Serapan % (d = b : a x 100)`; the
    amounts in rupiah (a note under the caption says so); the total `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (a)", "Realisasi (b)", "Sisa (c = a - b)", "Serapan % (d = b : a x 100)")
        for _, _, x in isi:
            d.R(*x)
        d.R(*tot)
        d.B()
    return r


def r_huruf_kecil(judul):
    """The DPT **whose kecamatan names are written in lower case** (`kewapante`, `nita`), as the operator's
    export gives them; the kabupaten row keeps its label in capitals: No, Kecamatan, Desa/Kel., TPS, L, P, L+P.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(x[0], x[1].lower(), *x[2:])
        d.R(*tot)
        d.B()
    return r


def r_rasio(judul):
    """The capaian **whose Capaian column is titled `Realisasi/Target (%)`**, the ratio that defines it, so the
    column's title holds the words of both of its neighbours: No, Indikator Kinerja, Satuan, Target, Realisasi,
    Realisasi/Target (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Realisasi/Target (%)")
        for x in rows:
            d.R(*[str(c) for c in x])
        d.B()
    return r


def r_total_bernomor(judul):
    """The DPT **whose kabupaten row is numbered on like one more kecamatan** (`20  JUMLAH  …` after `19`), as
    a sheet's No column filled down to the last row gives it: No, Kecamatan, Desa/Kel., TPS, L, P, L+P. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(*x)
        d.R(str(len(isi) + 1), "JUMLAH", *tot[2:])
        d.B()
    return r


def r_komponen_balik(judul):
    """The SAKIP components **listed in the reverse of the evaluation sheet's order**, the internal evaluation
    first and planning last, each keeping its LHE number (`4` .. `1`); the score row `Nilai Akhir` last as usual:
    No, Komponen, Bobot, Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in reversed(rows[:-1]):
            d.R(*x)
        d.R(*rows[-1])
        d.B()
    return r


def rb_skala(d, tahun, nb):
    """The RB self-assessment (nb: nilai, bobot, persen) **stated as a value on a scale whose top is the weight**:
    `… nilai 24,90 pada skala 0 sampai 36,30, atau 68,60% dari nilai tertinggi skala tersebut.`"""
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun {tahun} memberikan nilai {id_dec(nb[0])} "
        f"pada skala 0 sampai {id_dec(nb[1])}, atau {id_dec(nb[2])}% dari nilai tertinggi skala tersebut.")
