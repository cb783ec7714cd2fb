# Shared helpers of this batch's authoring scripts (author83a.py, author83b.py). Everything of the
# earlier batches comes through ../dev82/common82.py (on ../dev81 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev82/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev82"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common82  # noqa: E402,F401  (puts ../dev81 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common82 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang, GRADE)
from common7 import IND  # noqa: E402

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
def r_nama_di_atas(judul):
    """The capaian **with each indicator's name on a merged row of its own and its figures on the row under it**:
    No, Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%); the name row holds the number and the name
    (merged across the figure columns), the figure row under it leaves No and Indikator empty and holds the unit,
    target, realisasi and capaian, as a form sets a long label above its entries. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in [[str(c) for c in x] for x in rows]:
            d.R(x[0], x[1])
            d.R("", "", *x[2:])
        d.B()
    return r


def r_dua_bagian(judul):
    """The budget **printed in two column parts, as a sheet too wide for the page is printed**: the first part
    Kode, Program/Kegiatan, Pagu (Rp) for every row; then, under the caption's `(bagian kedua)`, the second part
    Kode, Realisasi (Rp), Sisa (Rp), Serapan (%) for the same rows in the same order; the parts are joined by the
    code; the total row `JUMLAH` in both parts (in the second part its label stands in the Kode column). Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        xs = [x for _, _, x in isi]
        d.L(f"{cap} (bagian pertama)", "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)")
        for x in xs:
            d.R(*x[:3])
        d.R(tot[0], tot[1], tot[2])
        d.B()
        d.L(f"{cap} (bagian kedua)", "", "(lanjutan kolom dari bagian pertama; baris dihubungkan oleh kodenya)", "")
        d.R("Kode", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for x in xs:
            d.R(x[0], *x[3:])
        d.R(tot[1], *tot[3:])
        d.B()
    return r


def kategori(pct):
    """The LKE's category of a component's attainment (its value over its weight, in percent)."""
    return predikat(pct)


def r_kategori(judul):
    """The SAKIP components **with a `Kategori` column giving each component's own category**: No, Komponen,
    Bobot, Nilai, Kategori, the category of the component's value over its weight (`80,33 %` of the weight gives
    `A`) in the evaluation's bands, the `Nilai Akhir` row's category its predikat. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai", "Kategori")
        for x in [[str(c) for c in x] for x in rows]:
            b = float(x[2].replace(".", "").replace(",", "."))
            v = float(x[3].replace(".", "").replace(",", "."))
            d.R(*x, kategori(v / b * 100))
        d.B()
    return r


def r_jumlah_di_kepala(judul):
    """The DPT **whose kabupaten totals stand in the column titles, with no total row**: No, Kecamatan,
    `Desa/Kel. (Kab.: 65)`, `TPS (Kab.: 383)`, `Laki-laki (Kab.: 49.066)`, `Perempuan (Kab.: …)`, `L+P (Kab.: …)`,
    then the kecamatan rows only. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", f"Desa/Kel. (Kab.: {tot[2]})", f"TPS (Kab.: {tot[3]})", f"Laki-laki (Kab.: {tot[4]})",
            f"Perempuan (Kab.: {tot[5]})", f"L+P (Kab.: {tot[6]})")
        for x in isi:
            d.R(*x)
        d.B()
    return r


def r_tanpa_titik(judul):
    """The DPT **with its figures pasted from a sheet in General format, without thousands separators**: No,
    Kecamatan, Desa/Kel., TPS, L, P, L+P (`19012`), the kabupaten row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi + [tot]:
            d.R(*x[:2], *(c.replace(".", "") for c in x[2:]))
        d.B()
    return r


def r_tabel_kabupaten(judul):
    """The DPT **whose kabupaten total stands in a one-row table of its own under the kecamatan table**: the
    kecamatan table No, Kecamatan, Desa/Kel., TPS, L, P, L+P without a total row, then the caption's
    `(rekapitulasi kabupaten)` and a second table Kabupaten, Desa/Kel., TPS, L, P, L+P with the kabupaten's one
    row. Other tables plain TAB."""
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
        d.L(f"{cap} (rekapitulasi kabupaten)", "")
        d.R("Kabupaten", "Desa/Kel.", "TPS", "L", "P", "L+P")
        d.R(*tot[1:])
        d.B()
    return r
