# Shared helpers of this batch's authoring scripts (author87a.py, author87b.py). Everything of the
# earlier batches comes through ../dev86/common86.py (on ../dev85 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev86/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev86"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common86  # noqa: E402,F401  (puts ../dev85 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common86 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang, GRADE)

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
def r_capaian_depan(judul):
    """The capaian **whose Capaian column stands first, right after No and before the indicator's name**
    (`No  Capaian (%)  Indikator Kinerja  Satuan  Target  Realisasi`), as the office's dashboard sheet puts the
    score first and the indicator after it. A row with no figure keeps its `-`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Capaian (%)", "Indikator Kinerja", "Satuan", "Target", "Realisasi")
        for x in [[str(c) for c in x] for x in rows]:
            d.R(x[0], x[5], x[1], x[2], x[3], x[4])
        d.B()
    return r


def r_kode_tangga(judul):
    """The budget **whose codes stand in a stepped pair of code columns, one a level** (`Kode Program`, `Kode
    Kegiatan`): a program's code in the first, a kegiatan's in the second with the first left empty, then one
    name column and the figures; the total row with both code cells empty. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode Program", "Kode Kegiatan", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, induk, x in isi:
            d.R(*((x[0], "") if induk == "" else ("", x[0])), *x[1:])
        d.R("", "", *tot[1:])
        d.B()
    return r


def r_kab_kode(judul, kode):
    """The DPT **whose kabupaten row is labelled by the kabupaten's Kemendagri region code alone** (`53.11`),
    the kabupaten not named in the row: No, Kecamatan, Desa/Kel., TPS, L, P, L+P. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(*x)
        d.R("", kode, *tot[2:])
        d.B()
    return r


def r_skor_surat(judul, nomor):
    """The SAKIP components **whose score's row is labelled by the number of the evaluation letter (LHE) alone**
    (`117/PW.02-LHE/IV/2022`), as the office copies the recap with the letter's number as the score's name: No,
    Komponen, Bobot, Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in rows[:-1]:
            d.R(*x)
        d.R("", nomor, *rows[-1][2:])
        d.B()
    return r


SUP = "¹²³⁴⁵⁶⁷⁸⁹"


def r_tanda_kec(judul, catatan):
    """The DPT **whose kecamatan names carry superscript note marks** (`MIOMAFFO BARAT¹`), the notes under the
    table (`¹ …`); catatan is [(row number, note), ...] in mark order: No, Kecamatan, Desa/Kel., TPS, L, P, L+P,
    the kabupaten row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        tanda = {str(no): SUP[i] for i, (no, _) in enumerate(catatan)}
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(x[0], x[1] + tanda.get(x[0], ""), *x[2:])
        d.R(*tot)
        d.B()
        for i, (no, teks) in enumerate(catatan):
            d.L(f"{SUP[i]} {teks}")
        d.B()
    return r


def r_pagu_belakang(judul):
    """The budget **whose Pagu column stands after Realisasi and Sisa** (`Kode  Program/Kegiatan  Realisasi (Rp)
    Sisa (Rp)  Pagu (Rp)  Serapan (%)`), as the office's sheet adds the spent and the unspent into the ceiling;
    the programs, kegiatan and `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Realisasi (Rp)", "Sisa (Rp)", "Pagu (Rp)", "Serapan (%)")
        for x in [x for _, _, x in isi] + [tot]:
            d.R(x[0], x[1], x[3], x[4], x[2], x[5])
        d.B()
    return r
