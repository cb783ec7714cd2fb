# Shared helpers of this batch's authoring scripts (author75a.py, author75b.py). Everything of the
# earlier batches comes through ../dev74/common74.py (on ../dev73 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev74/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev74"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common74  # noqa: E402,F401  (puts ../dev73 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common74 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
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
def r_kolom_program(judul):
    """The budget **as the flat kegiatan list of a SAKTI export: no program rows at all, each kegiatan row
    carrying its program's code in a `Program` column**: Program, Kode, Uraian Kegiatan, Pagu, Realisasi,
    Sisa, %, the total `JUMLAH` last. The programs' own amounts are printed nowhere, so their facts are left
    out of the truth (the kegiatan keep their program as `kode_induk`). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Program", "Kode", "Uraian Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
        prog = ""
        for k, induk, x in isi:
            if induk == "":
                prog = k
                continue
            d.R(prog, *x)
        d.R("", "", *tot[1:])
        d.B()
        d.t["anggaran"] = [a for a in d.t["anggaran"]
                           if not (a["tahun"] == d.tahun and a["kode_induk"] == "" and a["kode"] != "TOTAL")]
    return r


def r_dua_baris(judul):
    """The capaian **with each indicator on two lines, its target on the first and its realisasi on the
    second**, an `Uraian` column naming the line (`Target` / `Realisasi`) and one `Nilai` column holding both
    figures, the capaian on the realisasi line: No, Indikator Kinerja, Satuan, Uraian, Nilai, Capaian (%).
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Uraian", "Nilai", "Capaian (%)")
        for x in [[str(c) for c in x] for x in rows]:
            d.R(x[0], x[1], x[2], "Target", x[3], "")
            d.R("", "", "", "Realisasi", x[4], x[5])
        d.B()
    return r


def r_kec_kanan(judul):
    """The DPT **with the kecamatan's name in the last column, the figures first**: No, Desa/Kel., TPS, L,
    P, L+P, Kecamatan, as the recap sheet of the data officer holds it (figures keyed in first, the name kept
    at the right); the kabupaten row last with its name in the same column. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Desa/Kel.", "TPS", "L", "P", "L+P", "Kecamatan")
        for x in isi + [tot]:
            d.R(x[0], *x[2:], x[1])
        d.B()
    return r


def r_rumus_nilai(judul):
    """The SAKIP components **with no total row: the final score stated as the sum of the component
    values in a formula line under the table** (`Nilai Akhir = 24,70 + 19,05 + 11,10 + 7,70 = 62,55
    (predikat B)`), the table itself No, Komponen, Bobot, Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        kom = [x for x in xs if x[0] != ""]
        tot = [x for x in xs if x[0] == ""][-1]
        d.L(cap, "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in kom:
            d.R(*x)
        d.B()
        nilai = _bil(tot[3])
        d.L(f"{judul} = " + " + ".join(x[3] for x in kom) + f" = {tot[3]} (predikat {predikat(nilai)})", "")
    return r


_KATEGORI = ((100, "Sangat Berhasil"), (85, "Berhasil"), (70, "Cukup Berhasil"), (0, "Kurang Berhasil"))


def r_kategori(judul):
    """The capaian **with each capaian cell carrying its category word after the figure** (`104,00 (Sangat
    Berhasil)`, `98,20 (Berhasil)`), the bands in a key line under the table, as the Renstra's measurement
    scale words it: No, Indikator Kinerja, Satuan, Target, Realisasi, Capaian dan Kategori. Other tables plain
    TAB."""
    def kat(s):
        v = _bil(s)
        if v is None:
            return s
        return f"{s} ({next(w for b, w in _KATEGORI if v >= b)})"

    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian dan Kategori")
        for x in [[str(c) for c in x] for x in rows]:
            d.R(*x[:5], kat(x[5]))
        d.B()
        d.L("Kategori capaian: Sangat Berhasil (100 ke atas); Berhasil (85 s.d. di bawah 100); Cukup Berhasil "
            "(70 s.d. di bawah 85); Kurang Berhasil (di bawah 70).", "")
    return r


def r_anak_ringkas(judul):
    """The budget **whose kegiatan rows are shorter than their program's**: the program rows carry Pagu,
    Realisasi, Sisa and %, each kegiatan under its program only Pagu and Realisasi (the Sisa and % cells left
    off the row, not printed empty), as the office's summary sheet sets it; the total `JUMLAH` full. Columns
    Kode, Uraian, Pagu, Realisasi, Sisa, %. A kegiatan's sisa follows pagu - realisasi; its printed serapan is
    null. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%")
        for k, induk, x in isi:
            d.R(*(x if induk == "" else x[:4]))
        d.R(*tot)
        d.B()
        for a in d.t["anggaran"]:
            if a["tahun"] == d.tahun and a["kode_induk"] != "":
                a["serapan_lapor"] = None
    return r
