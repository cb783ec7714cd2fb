# Shared helpers of this batch's authoring scripts (author105a.py, author105b.py). Everything of the
# earlier batches comes through ../dev104/common104.py (on ../dev103 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev104/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev104"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common104  # noqa: E402,F401  (puts ../dev103 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common104 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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
def r_baris_ganda(catatan):
    """The budget **with every item in two rows, a `Pagu` row and under it a `Realisasi` row**: Kode, Program/Kegiatan,
    Uraian, Jumlah (Rp), Sisa (Rp), Serapan (%); the first row of an item holds its code, name, `Pagu` and the pagu,
    the second only `Realisasi`, the realised amount, the sisa and the percent; the total `JUMLAH` alike. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("Kode", "Program/Kegiatan", "Uraian", "Jumlah (Rp)", "Sisa (Rp)", "Serapan (%)")
        for x in [y for _, _, y in isi] + [tot]:
            d.R(x[0], x[1], "Pagu", x[2], "", "")
            d.R("", "", "Realisasi", x[3], x[4], x[5])
        d.B()
    return r


def r_daftar_nama(catatan):
    """The capaian **whose indicators are named in a numbered list before the table, the table holding their numbers
    only**: `Indikator kinerja yang diukur:` and one line `n. name` an indicator, then the table `IKU  Satuan  Target
    Realisasi  Capaian (%)` whose first cell is the indicator's number in that list. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L("Indikator kinerja yang diukur (nomor urut dipakai pada tabel di bawah):")
        for x in rows:
            d.L(f"{x[0]}. {x[1]}")
        d.B()
        d.L(cap, "", f"({catatan})", "")
        d.R("IKU", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in rows:
            d.R(x[0], x[2], x[3], x[4], x[5])
        d.B()
    return r


def r_nomor_nama(catatan):
    """The DPT **with no No column, each kecamatan's number written into its name cell** as a Word numbered list
    gives it (`1. LEWA`), the kabupaten's row last without a number. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(f"{x[0]}. {x[1]}", *x[2:])
        d.R(tot[1], *tot[2:])
        d.B()
    return r


def r_nilai_kurung(catatan):
    """The SAKIP components **with each component's weight in brackets after its value in one cell**: `No  Komponen
    Nilai (Bobot)`, `1  Perencanaan Kinerja  24,10 (30,00)`, the score row `Nilai Akhir  70,15 (100,00)`; no Bobot
    column. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R("No", "Komponen", "Nilai (Bobot)")
        for x in rows:
            d.R(x[0], x[1], f"{x[3]} ({x[2]})")
        d.B()
    return r


def r_kode_saja(catatan):
    """The budget **whose table holds the codes only, the names of the programs and kegiatan in a key of codes under
    it**: `Kode  Pagu (Rp)  Realisasi (Rp)  Sisa (Rp)  Serapan (%)`, the total `JUMLAH` in the code column; then
    `Keterangan kode:` and one line `code : name` a row. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("Kode", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for _, _, x in isi:
            d.R(x[0], *x[2:])
        d.R("JUMLAH", *tot[2:])
        d.B()
        d.L("Keterangan kode:")
        for _, _, x in isi:
            d.L(f"{x[0]} : {x[1]}")
        d.B()
    return r


def r_capaian_kurung(catatan):
    """The capaian **with each realisasi followed in its own cell by the capaian in brackets**: `No  Indikator
    Satuan  Target  Realisasi (Capaian)`, `… %  77,50  80,60 (104,00%)`; no Capaian column. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi (Capaian)")
        for x in rows:
            d.R(x[0], x[1], x[2], x[3], f"{x[4]} ({x[5]}%)" if x[5] not in ("", "-") else x[4])
        d.B()
    return r
