# Shared helpers of this batch's authoring scripts (author64a.py, author64b.py). Everything of the
# earlier batches comes through ../dev63/common63.py (on ../dev62 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev63/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev63"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common63  # noqa: E402,F401  (puts ../dev62 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common63 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, _tingkat, _kabnama,  # noqa: E402,F401
                      _v, _polos, abreast, angka, baris, buka, cap_lama, halaman, id_dec, id_int, IND, jenis, kpu,
                      NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
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
def r_kolom_teks(judul):
    """The DPT pasted as text into Excel and split by **Data > Text to Columns with the Space delimiter**,
    then printed: every word of a multi-word name sits in a cell of its own, so the figures of a row
    with a two- or three-word kecamatan stand one or two cells further right than those of a one-word
    kecamatan (the last five cells are always Desa/Kel, TPS, L, P, Jumlah); the header split the same
    way; the kabupaten row last, without a number. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - teks rekap ditempel ke Excel dan dipecah dengan Data > Text to "
            "Columns (pemisah: spasi), dicetak]", "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")
        for i, x in enumerate(isi, 1):
            d.R(f"{i}", *x[1].split(" "), *x[2:7])
        d.R(*tot[1].split(" "), *tot[2:7])
        d.L("", "(kunci: nama yang terdiri atas beberapa kata terpecah ke beberapa sel; lima angka terakhir setiap "
            "baris = desa/kelurahan, TPS, laki-laki, perempuan, jumlah; baris tanpa nomor = jumlah kabupaten)", "")
    return r


def r_apung(judul, teks, lebar=46):
    """The DPT as a **floating Word table (Table Properties > Text wrapping: Around)** set at the right
    margin, the prose of the section wrapped down its left side: each line of the text holds a piece of
    the paragraph, then the table's cells of that line (the header first), so every table line starts
    with a prose fragment (or nothing, when the paragraph has ended); the paragraph's rest runs on
    below the table at full width. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        tab = [["No", "Kecamatan", "Desa", "TPS", "L", "P", "L+P"]]
        tab += [[f"{i}", *x[1:7]] for i, x in enumerate(isi, 1)]
        tab += [["", *tot[1:7]]]
        potong = textwrap.wrap(teks, lebar)
        d.L(f"[Lampiran: {judul} - tabel Word mengapung di tepi kanan (Text wrapping: Around), teks mengalir "
            "di sebelah kirinya]", "", " " * lebar + "\t" + cap)
        for j, t in enumerate(tab):
            d.L("\t".join([potong[j] if j < len(potong) else ""] + [str(c) for c in t]))
        sisa = potong[len(tab):]
        if sisa:
            d.P(" ".join(sisa))
        d.L("", "(kunci: setiap baris tabel didahului potongan paragraf di kirinya; baris tanpa nomor = jumlah "
            "kabupaten)", "")
    return r


def r_terproteksi(judul, berkas):
    """The budget as the **Excel window copied while the workbook was in Protected View** (opened from an
    e-mail attachment): the title bar `<file> - Protected View - Excel`, the yellow message bar `PROTECTED
    VIEW Be careful - files from the Internet can contain viruses. … Enable Editing`, the Name Box and
    formula bar line of the selected cell, then the sheet's cells (TAB), the status bar `Ready` with
    `Protected View` under them. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"[Lampiran: {judul} - jendela Excel disalin saat berkas masih dalam Tampilan Terproteksi]",
            "", f"{berkas}  -  Protected View  -  Excel",
            "PROTECTED VIEW  Be careful - files from the Internet can contain viruses. Unless you need to edit, "
            "it's safer to stay in Protected View.      Enable Editing",
            "A1        fx   Kode", "")
        d.R("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)")
        for k, induk, x in isi:
            d.R(*x[:6])
        d.R("", tot[1], *tot[2:6])
        d.L("", "Ready      Protected View", "",
            "(kunci: baris jendela dan bilah pesan bukan data; kode 4 digit = kegiatan dari program di atasnya)", "")
    return r


def r_tata_letak(judul, per_halaman):
    """The budget as the sheet copied from Excel's **Page Layout view**: each printed page of the sheet
    framed by the view's placeholders `Click to add header` above and `Click to add footer` below, the
    column titles only on the first page (no print titles set), the rows continuing on the second page,
    and `Click to add data` of the empty page beside. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        semua = [list(x[:6]) for k, induk, x in isi] + [["", *tot[1:6]]]
        d.L(cap, "", f"[Lampiran: {judul} - lembar kerja disalin dari tampilan Page Layout Excel]", "",
            "Click to add header" + " " * 40 + "Click to add data", "")
        d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "% Serapan")
        for j, x in enumerate(semua):
            if j == per_halaman:
                d.L("", "Click to add footer", "", "Click to add header", "")
            d.R(*x)
        d.L("", "Click to add footer", "",
            "(kunci: tulisan Click to add … adalah tempat kepala/kaki halaman tampilan Page Layout, bukan data; baris "
            "tanpa kode = jumlah DIPA)", "")
    return r


def r_sarang(judul, sasaran, lebar=24):
    """The capaian as a **Word table nested in the right cell of a two-column layout table** whose left cell
    holds the strategic objective's text, wrapped: every line of the inner table is led by a piece of the
    left cell (or nothing); the outer table's own header `Sasaran Strategis` / `Indikator dan Capaian`
    over both. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        kiri = textwrap.wrap(sasaran, lebar)
        dalam = [list(head)] + rows
        d.L(cap, "", f"[Lampiran: {judul} - tabel di dalam sel tabel tata letak (nested table)]", "")
        d.R("Sasaran Strategis", "Indikator dan Capaian")
        for j in range(max(len(kiri), len(dalam))):
            a = kiri[j] if j < len(kiri) else ""
            b = [str(c) for c in dalam[j]] if j < len(dalam) else []
            d.L("\t".join([a] + b) if b else a)
        d.L("", "(kunci: kolom kiri = sasaran strategis; tabel di kanan = indikator, satuan, target, realisasi dan "
            "capaian)", "")
    return r


def r_baris_patah(judul, lebar):
    """The SAKIP components as a Word table whose **rows may break across pages** (Table Properties > Row >
    Allow row to break across pages, header row repeated): the Komponen cells are wrapped in a narrow
    column, and the page ends inside a row: its first line (number, first words, Bobot, Nilai) stays on
    the page, the rest of its name goes on after the page foot, the running head and the repeated header
    row. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        hd = ("No", "Komponen", "Bobot", "Nilai")
        d.L(cap, "")
        d.R(*hd)
        for j, x in enumerate(rows):
            bagian = textwrap.wrap(x[1], lebar)
            d.R(x[0], bagian[0], x[2], x[3])
            for k, b in enumerate(bagian[1:]):
                if j == len(rows) - 2 and k == 0:
                    d.FF()
                    d.R(*hd)
                d.R("", b, "", "")
        d.L("", f"(kunci: {judul}; baris yang terpotong pergantian halaman berlanjut sesudah judul kolom yang "
            "diulang; Nilai Akhir = nilai evaluasi AKIP)", "")
    return r
