# Shared helpers of this batch's authoring scripts (author112a.py, author112b.py). Everything of the
# earlier batches comes through ../dev111/common111.py (on ../dev110 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev111/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev111"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common111  # noqa: E402,F401  (puts ../dev110 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common111 import (_ang_isi, baris, buka, cap_lama, halaman, id_dec, id_int,  # noqa: E402,F401
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
def r_blok_pagu(catatan):
    """The budget **as one table of two stacked blocks**: first every row's pagu under `Kode  Program / Kegiatan
    Pagu (Rp)`, closed by the total row; then, in the same table, a second title row `Kode  Program / Kegiatan
    Realisasi (Rp)  Sisa (Rp)  Serapan (%)` and every row again with its realisasi, sisa and serapan, closed by the
    total row again: the first block three cells wide, the second five. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R(head[0], head[1], "Pagu (Rp)")
        for _, _, x in isi:
            d.R(*x[:3])
        d.R(*tot[:3])
        d.R(head[0], head[1], "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for _, _, x in isi:
            d.R(x[0], x[1], *x[3:6])
        d.R(tot[0], tot[1], *tot[3:6])
        d.B()
    return r


def r_angka_dulu(catatan):
    """The capaian **with the figures first and the indicator's name in the last column**: `No  Satuan  Target
    Realisasi  Capaian (%)  Indikator Kinerja`, as a sheet whose name column was moved to the right edge to leave
    room for long names. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(head[0], *head[2:], head[1])
        for x in rows:
            d.R(x[0], *x[2:], x[1])
        d.B()
    return r


def r_induk_anak(catatan):
    """The budget **as a master-detail print on one line**: the program's block (`Kode Program  Program  Pagu
    Realisasi  Sisa  %`) at the left, filled only on the line of the program's first kegiatan, and the kegiatan's
    block (`Kode  Kegiatan  Pagu  Realisasi  Sisa  %`) at the right of every line; the total in the program block
    of the last line, the kegiatan block empty. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("Kode Program", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%",
            "Kode", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
        prog, kode = [], ""
        for k, induk, x in isi:
            if not induk:
                prog, kode = x, k
                continue
            assert induk == kode, (k, induk)  # two levels only: every kegiatan under the program above it
            d.R(*(prog[:6] if prog else [""] * 6), *x[:6])
            prog = []
        d.R(*tot[:6], *[""] * 6)
        d.B()
    return r


def r_dua_baris_komp(catatan):
    """The SAKIP components **with two rows per component**: `No  Komponen  Uraian  Angka`, the component's row
    holding its weight (`1  Perencanaan Kinerja  Bobot  30,00`) and the row under it its value (`Nilai  18,45`),
    the `Nilai Akhir` the same way. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(head[0], head[1], "Uraian", "Angka")
        for x in rows:
            d.R(x[0], x[1], "Bobot", x[2])
            d.R("", "", "Nilai", x[3])
        d.B()
    return r


def r_jenis_sisi(catatan):
    """The capaian **with its two kinds of indicator side by side on the same lines**: at the left the percentage
    indicators (`No  Indikator Kinerja (persentase)  Target (%)  Realisasi (%)  Capaian (%)`, no Satuan column), at
    the right the grades and opinions (`No  Indikator Kinerja (predikat/opini)  Satuan  Target  Realisasi
    Capaian (%)`), the right block's cells empty below its last indicator. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        kiri = [x for x in rows if x[2] == "%"]
        kanan = [x for x in rows if x[2] != "%"]
        d.L(cap, "", f"({catatan})", "")
        d.R("No", "Indikator Kinerja (persentase)", "Target (%)", "Realisasi (%)", "Capaian (%)",
            "No", "Indikator Kinerja (predikat/opini)", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for i in range(max(len(kiri), len(kanan))):
            a = [kiri[i][0], kiri[i][1], *kiri[i][3:6]] if i < len(kiri) else [""] * 5
            b = kanan[i] if i < len(kanan) else [""] * 6
            d.R(*a, *b)
        d.B()
    return r


def r_dua_baris_dpt(catatan):
    """The DPT **with each kecamatan over two lines of the table, as a narrow form prints a record**: the first
    line `No  Kecamatan  Desa/Kel  TPS`, the line under it the voters in the same three figure columns
    (`Laki-laki  Perempuan  Jumlah`), both title lines the same way; the kabupaten the same. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS")
        d.R("", "", "Laki-laki", "Perempuan", "Jumlah")
        for x in rows:
            d.R(*x[:4])
            d.R("", "", *x[4:7])
        d.B()
    return r
