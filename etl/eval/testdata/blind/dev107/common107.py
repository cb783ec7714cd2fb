# Shared helpers of this batch's authoring scripts (author107a.py, author107b.py). Everything of the
# earlier batches comes through ../dev106/common106.py (on ../dev105 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev106/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev106"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common106  # noqa: E402,F401  (puts ../dev105 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common106 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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
def _angka(c):
    """Whether a capaian cell is a number (a grade or an opinion is not)."""
    return any(ch.isdigit() for ch in str(c))


def _sen100(c):
    """An Indonesian decimal cell (`19,10`) in hundredths, so sums stay exact."""
    a, _, b = str(c).replace(".", "").partition(",")
    return int(a) * 100 + int((b + "00")[:2])


def r_pasangan(catatan):
    """The capaian **with one column pair for figures and another for grades**, as a sheet whose figure columns are
    typed as numbers keeps them: `No  Indikator Kinerja  Satuan  Target (angka)  Realisasi (angka)  Target
    (predikat/opini)  Realisasi (predikat/opini)  Capaian (%)`; a row measured by a figure fills the first pair and
    leaves the second empty, a row graded (`B`, `BB`, `WTP`) the other way round. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({catatan})", "")
        d.R(head[0], head[1], head[2], "Target (angka)", "Realisasi (angka)", "Target (predikat/opini)",
            "Realisasi (predikat/opini)", head[5])
        for x in rows:
            x = [str(c) for c in x]
            if _angka(x[3]):
                d.R(x[0], x[1], x[2], x[3], x[4], "", "", x[5])
            else:
                d.R(x[0], x[1], x[2], "", "", x[3], x[4], x[5])
        d.B()
    return r


def r_sub_komponen(catatan):
    """The SAKIP components **with each value broken down over the three sub-components of PermenPAN-RB 88/2021
    in columns of their own**: `No  Komponen  Bobot  Keberadaan (20%)  Kualitas (30%)  Pemanfaatan (50%)  Nilai`,
    the three sub-values of a row summing to its Nilai, the closing `Nilai Akhir` row with the score in the Nilai
    column alone. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({catatan})", "")
        d.R("No", "Komponen", "Bobot", "Keberadaan (20%)", "Kualitas (30%)", "Pemanfaatan (50%)", "Nilai")
        for x in rows[:-1]:
            x = [str(c) for c in x]
            n = _sen100(x[3])
            k, q = n * 20 // 100, n * 30 // 100
            d.R(x[0], x[1], x[2], id_dec(k / 100), id_dec(q / 100), id_dec((n - k - q) / 100), x[3])
        t = [str(c) for c in rows[-1]]
        d.R(t[0], t[1], t[2], "", "", "", t[3])
        d.B()
    return r


def r_kec_judul(catatan):
    """The DPT **with every region named as an office writes it in prose: `Kec.` before the kecamatan's name in
    title case** (`Kec. Golewa Selatan`), the kabupaten's row `Kab. Ngada`, no upper case anywhere. Other tables
    plain TAB."""
    def judul(nama):
        return " ".join(w[:1] + w[1:].lower() for w in nama.split())

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for x in isi:
            d.R(x[0], "Kec. " + judul(x[1]), *x[2:])
        d.R("", "Kab. " + NAMA[d.satker], *tot[2:])
        d.B()
    return r


def r_sen(catatan):
    """The budget **as a ledger form keeps it, every amount split into a rupiah column and a sen column**: `Kode
    Program/Kegiatan  Pagu Rp  sen  Realisasi Rp  sen  Sisa Rp  sen  Serapan (%)`, each amount's whole rupiah in
    the first cell and its sen (`00`) in the narrow cell after it. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu Rp", "sen", "Realisasi Rp", "sen", "Sisa Rp", "sen", "Serapan (%)")
        for x in [x for _, _, x in isi] + [tot]:
            d.R(x[0], x[1], x[2], "00", x[3], "00", x[4], "00", x[5])
        d.B()
    return r


def r_bertangga(catatan):
    """The budget **with its figures stepped by level**, as an Excel sheet that sets each level in columns of its
    own: `Kode  Program/Kegiatan  Pagu Program (Rp)  Realisasi Program (Rp)  Pagu Kegiatan (Rp)  Realisasi Kegiatan
    (Rp)  Sisa (Rp)  Serapan (%)`; a program row fills the program pair and leaves the kegiatan pair empty, a
    kegiatan row the other way round, the total `JUMLAH` in the program pair; Sisa and Serapan shared. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu Program (Rp)", "Realisasi Program (Rp)", "Pagu Kegiatan (Rp)",
            "Realisasi Kegiatan (Rp)", "Sisa (Rp)", "Serapan (%)")
        for _, induk, x in isi:
            if induk == "":
                d.R(x[0], x[1], x[2], x[3], "", "", x[4], x[5])
            else:
                d.R(x[0], x[1], "", "", x[2], x[3], x[4], x[5])
        d.R(tot[0], tot[1], tot[2], tot[3], "", "", tot[4], tot[5])
        d.B()
    return r


def r_ulang_belum(catatan, judul):
    """The capaian **followed by a second table repeating, row for row, the indicators that missed their target**
    (capaian under 100 %, or a grade below its target), their numbers, names and cells unchanged, under its own
    caption judul; the first table plain. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        r_tab(d, cap, head, rows)
        d.L(judul, "", f"({catatan})", "")
        d.R(*head)
        for x in rows:
            if _angka(x[5]) and _sen100(x[5]) < 10000:
                d.R(*x)
        d.B()
    return r
