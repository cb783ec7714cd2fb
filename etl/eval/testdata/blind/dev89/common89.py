# Shared helpers of this batch's authoring scripts (author89a.py, author89b.py). Everything of the
# earlier batches comes through ../dev88/common88.py (on ../dev87 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev88/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev88"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common88  # noqa: E402,F401  (puts ../dev87 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common88 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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


def _angka(s):
    """An Indonesian-notation figure ("1.234,56") as a float."""
    return float(str(s).replace(".", "").replace(",", "."))


# ---- new house styles ----
def r_judul_tahun(judul):
    """The capaian **whose Target, Realisasi and Capaian columns stand under a group title naming the report's
    year**, as a Word table with a merged cell over three columns gives it: a first header row `No  Indikator
    Kinerja  Satuan  Kinerja Tahun YYYY` (the group title in the Target column's place, the two cells after it
    empty), a second `Target  Realisasi  Capaian (%)` under it (the first three cells empty). Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", f"Kinerja Tahun {d.tahun}", "", "")
        d.R("", "", "", "Target", "Realisasi", "Capaian (%)")
        for x in rows:
            d.R(*x)
        d.B()
    return r


def r_jumlah_gabung(judul):
    """The budget **whose total row's label stands in one cell merged over the Kode and Program/Kegiatan columns**,
    so the row has one cell fewer than the others (`JUMLAH  3.287.150.000  3.196.340.000  …`: the amounts stand
    one cell to the left of their columns, in their order), as a Word table's merged cell gives it: Kode,
    Program/Kegiatan, Pagu (Rp), Realisasi (Rp), Sisa (Rp), Serapan (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for _, _, x in isi:
            d.R(*x)
        d.R(tot[1], *tot[2:])
        d.B()
    return r


def r_kolom_tahun(judul):
    """The DPT **with a `Tahun` column holding the election's year on every row** (`2019`), as the row filter of the
    data section's sheet of every election's roll leaves it: No, Tahun, Kecamatan, Desa/Kel., TPS, L, P, L+P; the
    kabupaten row last, its Tahun cell filled as well. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (_, th) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Tahun", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi + [tot]:
            d.R(x[0], th, *x[1:])
        d.B()
    return r


NAMA_PENDEK = {"Perencanaan Kinerja": "Perencanaan", "Pengukuran Kinerja": "Pengukuran",
               "Pelaporan Kinerja": "Pelaporan", "Evaluasi Akuntabilitas Kinerja Internal": "Evaluasi Internal"}


def r_komponen_pendek(judul):
    """The SAKIP components **named by their short names** (`Perencanaan`, `Pengukuran`, `Pelaporan`, `Evaluasi
    Internal`), as the LHE's recapitulation chart labels them: No, Komponen, Bobot, Nilai, the `Nilai Akhir` row
    last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in [[str(c) for c in x] for x in rows]:
            d.R(x[0], NAMA_PENDEK.get(x[1], x[1]), *x[2:])
        d.B()
    return r


def r_total_terpisah(judul, kab, kepala):
    """The DPT **whose kabupaten row alone runs on to the next page**, after the page's foot, the form feed and
    the running head kepala, without the column titles repeated (a Word table whose header row is not set to
    repeat and whose last row did not fit): No, Kecamatan, Desa/Kel., TPS, L, P, L+P; the kabupaten row labelled
    kab. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(*x)
        d.L("\f", kepala, "")
        d.R("", kab, *tot[2:])
        d.B()
    return r


def r_kode_titik(judul):
    """The budget **whose kegiatan codes are written as the continuation of their program's code, led by a dot**
    (`076.01.WA` on the program's row, `.3355`, `.3358` .. under it), as an RKA-K/L print gives each lower level
    only its own segment: Kode, Program/Kegiatan, Pagu (Rp), Realisasi (Rp), Sisa (Rp), Serapan (%), the total
    `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, _, x in isi:
            d.R("." + k if k.isdigit() else k, *x[1:])
        d.R(*tot)
        d.B()
    return r
