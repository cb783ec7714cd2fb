# Shared helpers of this batch's authoring scripts (author96a.py, author96b.py). Everything of the
# earlier batches comes through ../dev95/common95.py (on ../dev94 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev95/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev95"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common95  # noqa: E402,F401  (puts ../dev94 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common95 import (_ang_isi, _dpt_isi, _fakta_cap, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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
def r_penyerapan(judul):
    """The budget **whose realised amount is titled `Penyerapan (Rp)`** beside the percent `Penyerapan (%)`, the
    pagu titled `Anggaran (Rp)`: no title of the table holds the word Realisasi or Pagu. Kode, Program/Kegiatan,
    Anggaran (Rp), Penyerapan (Rp), Sisa (Rp), Penyerapan (%); the total `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Anggaran (Rp)", "Penyerapan (Rp)", "Sisa (Rp)", "Penyerapan (%)")
        for _, _, x in isi:
            d.R(*x)
        d.R(*tot)
        d.B()
    return r


def r_urut_abjad(judul):
    """The DPT **sorted by the kecamatan's name (A to Z) with each kecamatan's official number kept in the No
    column**, so the numbers run out of order, as a sheet sorted on its name column keeps them: No, Kecamatan,
    Desa/Kel., TPS, L, P, L+P; the total row last as usual. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in sorted(isi, key=lambda x: x[1]):
            d.R(*x)
        d.R(*tot)
        d.B()
    return r


def r_nomor_kanan(judul):
    """The DPT **whose No column stands at the right end**, after the voters, as the rekap sheet numbers its
    rows in its last column: Kecamatan, Desa/Kel., TPS, L, P, L+P, No; the total row with an empty No cell.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P", "No")
        for x in isi:
            d.R(*x[1:], x[0])
        d.R(*tot[1:], "")
        d.B()
    return r


HURUF = {"Perencanaan Kinerja": "A", "Pengukuran Kinerja": "B", "Pelaporan Kinerja": "C",
         "Evaluasi Akuntabilitas Kinerja Internal": "D"}


def r_huruf_komponen(judul):
    """The SAKIP components **named by their letters alone** (`A` .. `D`, as the evaluation sheet (LHE) letters
    them), a key under the table naming each letter: Komponen, Bobot, Nilai; the score row `Nilai Akhir`. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("Komponen", "Bobot", "Nilai")
        kunci = []
        for x in rows[:-1]:
            h = HURUF[x[1]]
            kunci.append(f"{h} = {x[1]}")
            d.R(h, x[2], x[3])
        s = rows[-1]
        d.R(s[1], s[2], s[3])
        d.B()
        d.L("Keterangan: " + "; ".join(kunci) + ".", "")
    return r


def rb_titik_koma(d, tahun, nb):
    """The RB self-assessment (nb: nilai, bobot, persen) **stated value first, the weight and the percent in one
    parenthesis parted by a semicolon**: `… nilai 22,70 (bobot 36,30; 62,53%).`"""
    d.P(f"Hasil penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun {tahun} adalah nilai {id_dec(nb[0])} "
        f"(bobot {id_dec(nb[1])}; {id_dec(nb[2])}%).")


def r_kode_ik(judul):
    """The capaian **whose rows are numbered by indicator codes `IK-01` .. in a `Kode` column instead of a No**:
    Kode, Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in rows:
            x = [str(c) for c in x]
            d.R(f"IK-{int(x[0]):02d}", *x[1:])
        d.B()
    return r
