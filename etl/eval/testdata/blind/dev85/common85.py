# Shared helpers of this batch's authoring scripts (author85a.py, author85b.py). Everything of the
# earlier batches comes through ../dev84/common84.py (on ../dev83 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev84/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev84"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common84  # noqa: E402,F401  (puts ../dev83 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common84 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
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
def r_persen_bulat(judul):
    """The capaian **whose Capaian column is printed as a whole percent** (`107`, `96`, `100`), as the office's
    sheet rounds it, target and realisasi keeping their two decimals: No, Indikator Kinerja, Satuan, Target,
    Realisasi, Capaian (%). The printed whole number is capaian_lapor. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        fakta = {f["indikator"]: f for f in d.t["capaian"]}
        for x in [[str(c) for c in x] for x in rows]:
            v = _bil(x[5])
            if v is not None:
                b = int(Decimal(x[5].replace(".", "").replace(",", ".")).quantize(Decimal(1), ROUND_HALF_UP))
                x[5] = str(b)
                fakta[x[1]]["capaian_lapor"] = float(b)
            d.R(*x)
        d.B()
    return r


def r_tanpa_total(judul):
    """The budget **with no total row**: Kode, Program/Kegiatan, Pagu (Rp), Realisasi (Rp), Sisa (Rp), Serapan
    (%), the programs and their kegiatan only; the whole budget is stated in the sentence under the table (the
    document's own ulang sentence). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, induk, x in isi:
            d.R(*x)
        d.B()
    return r


PITA = [("AA", "> 90 - 100", "Sangat Memuaskan"), ("A", "> 80 - 90", "Memuaskan"), ("BB", "> 70 - 80", "Sangat Baik"),
        ("B", "> 60 - 70", "Baik"), ("CC", "> 50 - 60", "Cukup (Memadai)"), ("C", "> 30 - 50", "Kurang"),
        ("D", "0 - 30", "Sangat Kurang")]


def r_pita_predikat(judul, nama):
    """The SAKIP components **with no total row, the score written into its predikat's row of the predikat band
    table** under them (`Predikat  Rentang Nilai  Interpretasi  Nilai <satker>`, seven bands AA .. D, the score
    only in its band's row, the other rows' last cell empty). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        skor = rows[-1][3]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in rows[:-1]:
            d.R(*x)
        d.B()
        pr = predikat(_bil(skor))
        d.L(f"Kategori predikat hasil evaluasi dan posisi nilai {nama}:", "")
        d.R("Predikat", "Rentang Nilai", "Interpretasi", f"Nilai {nama}")
        for p, rentang, arti in PITA:
            d.R(p, rentang, arti, skor if p == pr else "")
        d.B()
    return r


def r_awalan_kec(judul):
    """The DPT **whose kecamatan cells carry the prefix `KEC.`** (`KEC. LARANTUKA`) as the office's recap names them,
    the kabupaten row `KAB. <NAME>`: No, Kecamatan, Desa/Kel., TPS, L, P, L+P. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(x[0], "KEC. " + x[1], *x[2:])
        d.R(*tot)
        d.B()
    return r


def r_label_dipa(judul, nomor):
    """The budget **whose total row is labelled by the DIPA's number alone** (`DIPA-076.01.2.675877/2023` in the
    name cell, the Kode cell empty), as the SAKTI report names its top level, placed under the programs: Kode,
    Program/Kegiatan, Pagu (Rp), Realisasi (Rp), Sisa (Rp), Serapan (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, induk, x in isi:
            d.R(*x)
        d.R("", nomor, *tot[2:])
        d.B()
    return r


def r_kata_satuan(judul):
    """The capaian **with no Satuan column, each figure carrying its unit word in its own cell** (`77,50 persen`,
    the Capaian column `103,74 persen`), as a sheet's custom number format prints it; grades bare (`B`, `WTP`):
    No, Indikator Kinerja, Target, Realisasi, Capaian. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
        for x in [[str(c) for c in x] for x in rows]:
            sel = [x[0], x[1]]
            for j in (3, 4):
                sel.append(x[j] + " persen" if x[2] == "%" and _bil(x[j]) is not None else x[j])
            sel.append(x[5] + " persen" if _bil(x[5]) is not None else x[5])
            d.R(*sel)
        for f in d.t["capaian"]:
            for k in ("target_teks", "realisasi_teks"):
                if f["satuan"] == "persen" and f[k] and f[k][0].isdigit():
                    f[k] += " persen"
        d.B()
    return r
