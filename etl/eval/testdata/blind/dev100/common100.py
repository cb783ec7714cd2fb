# Shared helpers of this batch's authoring scripts (author100a.py, author100b.py). Everything of the
# earlier batches comes through ../dev99/common99.py (on ../dev98 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev99/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev99"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common99  # noqa: E402,F401  (puts ../dev98 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common99 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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


def _dec(s):
    """An Indonesian decimal cell ("18,45") as a Decimal."""
    return Decimal(s.replace(".", "").replace(",", "."))


# ---- new house styles ----
def r_selisih(judul):
    """The budget **whose Sisa column is replaced by `Selisih (Rp)` = realisasi - pagu, the unspent remainder
    stated as a negative with a leading minus** (`-54.940.025`), as a spreadsheet's difference column gives it:
    Kode, Program/Kegiatan, Pagu (Rp), Realisasi (Rp), Selisih (Rp), Serapan (%); the total `JUMLAH`. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        neg = lambda s: s if s in ("0", "") else "-" + s
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Selisih (Rp)", "Serapan (%)")
        for k, induk, x in isi:
            d.R(k, x[1], x[2], x[3], neg(x[4]), x[5])
        d.R(tot[0], tot[1], tot[2], tot[3], neg(tot[4]), tot[5])
        d.B()
    return r


def r_real_per_target(judul):
    """The capaian **with realisasi and target in one cell, realisasi first, parted by a slash**: No, Indikator
    Kinerja, Satuan, Realisasi / Target, Capaian (%); `88,24 / 85,00`, grades `BB / BB`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Realisasi / Target", "Capaian (%)")
        for x in rows:
            x = [str(c) for c in x]
            d.R(x[0], x[1], x[2], f"{x[4]} / {x[3]}", x[5])
        d.B()
    return r


def r_koma_ribuan(judul):
    """The DPT **with every count's thousands parted by a comma** (`2,724`), as the operator's spreadsheet in an
    English locale copied it into the Indonesian report: No, Kecamatan, Desa/Kel., TPS, L, P, L+P; the kabupaten
    row unnumbered. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        koma = lambda s: s.replace(".", ",")
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi + [tot]:
            d.R(x[0], x[1], *[koma(c) for c in x[2:]])
        d.B()
    return r


def r_persen_bobot(judul):
    """The SAKIP components **with each value followed in its cell by its share of the weight in brackets**:
    No, Komponen, Bobot, Nilai (% dari Bobot); `30,00  18,45 (61,50%)`; the score row `Nilai Akhir  100,00
    63,37 (63,37%)`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai (% dari Bobot)")
        for x in rows:
            q = (_dec(x[3]) / _dec(x[2]) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            d.R(x[0], x[1], x[2], f"{x[3]} ({id_dec(float(q))}%)")
        d.B()
    return r


def r_singkat(judul):
    """The capaian **with its column titles cut to letters, explained in a key line under the table**: No,
    Indikator Kinerja, Satuan, T, R, %C; `Keterangan: T = target; R = realisasi; %C = persentase capaian`. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "T", "R", "%C")
        for x in rows:
            d.R(*[str(c) for c in x])
        d.B()
        d.L("Keterangan: T = target; R = realisasi; %C = persentase capaian (R dibagi T, dalam persen).", "")
    return r


def r_silpa(judul):
    """The budget **whose remainder is titled `SiLPA (Rp)`**, the regional-finance word (Sisa Lebih Pembiayaan
    Anggaran) an office borrows for its unspent pagu: Kode, Program/Kegiatan, Pagu (Rp), Realisasi (Rp), SiLPA (Rp),
    Serapan (%); the total `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "SiLPA (Rp)", "Serapan (%)")
        for k, induk, x in isi:
            d.R(k, *x[1:])
        d.R(*tot)
        d.B()
    return r
