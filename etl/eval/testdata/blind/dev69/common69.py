# Shared helpers of this batch's authoring scripts (author69a.py, author69b.py). Everything of the
# earlier batches comes through ../dev68/common68.py (on ../dev67 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev68/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev68"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common68  # noqa: E402,F401  (puts ../dev67 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common68 import (_bil, _tot, _kab, _dpt_isi, _ang_isi,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

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
def _ribu(sel):
    """A count of voters in thousands to three decimals, the comma the decimal sign: 3.973 -> 3,973; 512 -> 0,512."""
    v = int(_bil(sel))
    return f"{v // 1000},{v % 1000:03d}"


def r_ribu(judul):
    """The DPT **in thousands of voters (ribu jiwa), to three decimals**, as a statistics table gives it: villages
    and TPS as whole numbers, `L`, `P` and `L+P` in thousands (`3,973` for 3.973 voters); the kabupaten row last.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "(Pemilih dalam ribu jiwa; desa/kelurahan dan TPS dalam satuan)", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L (ribu)", "P (ribu)", "L+P (ribu)")
        for x in isi + [tot]:
            d.R(x[0], x[1], x[2], x[3], _ribu(x[4]), _ribu(x[5]), _ribu(x[6]))
        d.L("", f"Catatan: {judul}; angka pemilih dibagi 1.000 dan dibulatkan tiga desimal (tanpa pembulatan "
            "berarti), baris terakhir jumlah kabupaten.", "")
    return r


def r_ujung(judul):
    """The budget **with the row's code at both ends** (the wide table's habit of statistics offices: `Kode` the
    first and the last column, so the eye finds the row from either side): Kode, Uraian, Pagu, Realisasi, Sisa,
    %, Kode; the total row with both code cells empty. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul}; kode program/kegiatan diulang pada kolom terakhir)", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%", "Kode")
        for k, i, x in isi:
            d.R(*x, x[0])
        d.R(*tot, "")
        d.B()
    return r


def r_potong(judul, lebar=27):
    """The capaian **printed from the spreadsheet with wrap text off**: every indicator name cut where the next
    (filled) cell begins, lebar characters, mid-word, no ellipsis (`Persentase partisipasi pem`); the figures
    whole. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"[Cetakan lembar kerja: {judul}]", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in [[str(c) for c in x] for x in rows]:
            d.R(x[0], x[1][:lebar].rstrip(), *x[2:])
        d.B()
    return r


def r_sela_baris(judul):
    """The DPT **with a blank spacer row between every two rows** (a Word table whose rows were spaced by empty
    rows instead of cell padding): a line of TABs alone after the header and after every kecamatan; the kabupaten
    row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        kosong = [""] * 7
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Jumlah Desa/Kel.", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")
        d.R(*kosong)
        for x in isi + [tot]:
            d.R(*x)
            d.R(*kosong)
        d.B()
    return r


def r_sela_kolom(judul):
    """The SAKIP components **with an empty spacer column between every two columns** (a Word table whose
    columns were spaced by narrow empty columns instead of cell margins): every second cell empty, in the
    header and in every row; the final row's label `Nilai Akhir`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        sela = lambda xs: [y for c in xs for y in (str(c), "")][:-1]
        d.L(cap, "", f"({judul})", "")
        d.R(*sela(("No", "Komponen", "Bobot", "Nilai")))
        for x in rows:
            d.R(*sela(x))
        d.B()
    return r


FS = "\u2007"  # FIGURE SPACE: a space as wide as a digit


def _rata(cells, w):
    return [FS * (w - len(c)) + c for c in cells]


def r_figur(judul):
    """The budget **with its figures right-aligned by figure spaces (U+2007) inside the cells**, as a typist
    lines numbers up in a left-aligned table: every amount and percent led by as many figure spaces as make its
    column's cells equally long. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        semua = [x for _, _, x in isi] + [tot]
        w = [max(len(x[j]) for x in semua) for j in range(len(tot))]
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan")
        for x in semua:
            d.R(x[0], x[1], *[FS * (w[j] - len(x[j])) + x[j] for j in range(2, len(x))])
        d.B()
    return r
