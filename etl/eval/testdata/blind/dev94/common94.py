# Shared helpers of this batch's authoring scripts (author94a.py, author94b.py). Everything of the
# earlier batches comes through ../dev93/common93.py (on ../dev92 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev93/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev93"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common93  # noqa: E402,F401  (puts ../dev92 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common93 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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
def r_nomor_nama(judul):
    """The capaian **with no No column, each indicator's number written at the head of its name cell**
    (`1. Persentase …`): Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in rows:
            x = [str(c) for c in x]
            d.R(f"{x[0]}. {x[1]}", *x[2:])
        d.B()
    return r


def r_persen_tanda(judul):
    """The budget **whose Serapan cells carry the percent sign, the column titled without a unit**: Kode,
    Program/Kegiatan, Pagu (Rp), Realisasi (Rp), Sisa (Rp), Serapan; `95,05%` in every serapan cell, the total
    `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan")
        for _, _, x in isi:
            x = list(x)
            d.R(*x[:5], x[5] + "%")
        d.R("", "JUMLAH", *tot[2:5], tot[5] + "%")
        d.B()
    return r


def r_kode_bps(judul):
    """The DPT **whose kecamatan rows are numbered by their statistical kecamatan codes** `010`, `020`, `030` …
    in the first column, titled `Kode`, instead of 1, 2, 3: Kode, Kecamatan, Desa/Kel., TPS, L, P, L+P; the
    total row as usual. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for i, x in enumerate(isi, 1):
            d.R(f"{i * 10:03d}", *x[1:])
        d.R(*tot)
        d.B()
    return r


def _bulat(s):
    """A weight as the evaluation form writes it: `30,00` -> `30`."""
    assert s.endswith(",00"), s
    return s[:-3]


def r_bobot_bulat(judul):
    """The SAKIP components **whose weights are written as whole numbers** (`30`, `15`, `25`, the score's
    `100`) beside two-decimal values: No, Komponen, Bobot, Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in rows:
            d.R(x[0], x[1], _bulat(x[2]), x[3])
        d.B()
    return r


def rb_persen_dulu(d, tahun, nb):
    """The RB self-assessment (nb: nilai, bobot, persen) **stated percent first, then the weight, the value last**."""
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun {tahun} mencapai {id_dec(nb[2])}% dari "
        f"bobot maksimal {id_dec(nb[1])}, yaitu dengan nilai {id_dec(nb[0])}.")


def r_jumlah_sendiri(judul, kab):
    """The DPT **whose kabupaten total stands in a table of its own** after the kecamatan table (which has no total
    row), one row under the same titles but `Wilayah` for the first two: Wilayah, Desa/Kel., TPS, L, P, L+P. Other
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
        d.B()
        d.L(f"Jumlah pemilih untuk seluruh {kab}, yaitu jumlah semua kecamatan pada tabel di atas:", "")
        d.R("Wilayah", "Desa/Kel.", "TPS", "L", "P", "L+P")
        d.R(*tot[1:])
        d.B()
    return r
