# Shared helpers of this batch's authoring scripts (author86a.py, author86b.py). Everything of the
# earlier batches comes through ../dev85/common85.py (on ../dev84 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev85/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev85"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common85  # noqa: E402,F401  (puts ../dev84 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common85 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang, GRADE)
from common9 import romawi  # noqa: E402

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
def r_status_kurung(judul):
    """The capaian **whose Capaian cell carries its status word in parentheses after the figure**
    (`102,94 (tercapai)`, `95,76 (tidak tercapai)`), as the office's sheet joins the figure and its IF-formula
    status in one cell: No, Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%). A row with no figure
    (`-`) keeps its dash alone. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        fakta = {f["indikator"]: f for f in d.t["capaian"]}
        for x in [[str(c) for c in x] for x in rows]:
            f = fakta[x[1]]
            if _bil(x[5]) is not None and f["tercapai"] is not None:
                x[5] = f"{x[5]} ({'tercapai' if f['tercapai'] else 'tidak tercapai'})"
            d.R(*x)
        d.B()
    return r


def r_rumus_kolom(judul):
    """The budget **whose column titles carry their column numbers and the arithmetic of the computed columns**
    (`Sisa (Rp) (5) = (3) - (4)`, `Serapan (%) (6) = (4) : (3) x 100`), as the government table templates number
    and explain their columns in the titles themselves (no separate number row): the programs, kegiatan and
    `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode (1)", "Program/Kegiatan (2)", "Pagu (Rp) (3)", "Realisasi (Rp) (4)", "Sisa (Rp) (5) = (3) - (4)",
            "Serapan (%) (6) = (4) : (3) x 100")
        for k, induk, x in isi:
            d.R(*x)
        d.R(*tot)
        d.B()
    return r


def r_jumlah_kode(judul):
    """The budget **whose total row is labelled by the programs it sums, named by their short codes**
    (`JUMLAH (WA + CQ)`), as the office writes the sum of its two programs: Kode, Program/Kegiatan, Pagu (Rp),
    Realisasi (Rp), Sisa (Rp), Serapan (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        prog = [k.split(".")[-1] for k, induk, x in isi if induk == ""]
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, induk, x in isi:
            d.R(*x)
        d.R("", f"JUMLAH ({' + '.join(prog)})", *tot[2:])
        d.B()
    return r


def r_romawi_komponen(judul):
    """The SAKIP components **numbered in Roman numerals, the score's row labelled by the sum of their numbers**
    (`I` .. `IV`, `Nilai Akhir (I+II+III+IV)`), as the evaluation sheet's recap writes it: No, Komponen, Bobot,
    Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        isi = rows[:-1]
        no = [romawi(i) for i in range(1, len(isi) + 1)]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for r_, x in zip(no, isi):
            d.R(r_, *x[1:])
        d.R("", f"Nilai Akhir ({'+'.join(no)})", *rows[-1][2:])
        d.B()
    return r


def r_jumlah_rentang(judul):
    """The DPT **whose kabupaten row is labelled by the range of rows it sums** (`JUMLAH (1 s.d. 12)`), the
    kabupaten not named in the row: No, Kecamatan, Desa/Kel., TPS, Laki-laki, Perempuan, Jumlah. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")
        for x in isi:
            d.R(*x)
        d.R("", f"JUMLAH ({isi[0][0]} s.d. {isi[-1][0]})", *tot[2:])
        d.B()
    return r


def r_rumus_dpt(judul, label):
    """The DPT **whose column titles carry their column numbers, the total column's title its sum**
    (`L+P (7) = (5) + (6)`), as the KPU recap template numbers its columns in the titles: No (1), Kecamatan (2),
    Desa/Kel. (3), TPS (4), L (5), P (6), L+P (7) = (5) + (6); the kabupaten row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No (1)", "Kecamatan (2)", "Desa/Kel. (3)", "TPS (4)", "L (5)", "P (6)", "L+P (7) = (5) + (6)")
        for x in isi:
            d.R(*x)
        d.R("", label, *tot[2:])
        d.B()
    return r
