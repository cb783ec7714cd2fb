# Shared helpers of this batch's authoring scripts (author65a.py, author65b.py). Everything of the
# earlier batches comes through ../dev64/common64.py (on ../dev63 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev64/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev64"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common64  # noqa: E402,F401  (puts ../dev63 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common64 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, _tingkat, _kabnama,  # noqa: E402,F401
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
def r_isian(judul, unit):
    """The capaian as the filled **Word template whose cells are content controls**: the form's head fields
    (`Unit Kerja`, `Periode` a drop-down, `Tanggal Pengisian` a date picker), the filled cells as typed, the cells
    left empty showing the controls' placeholder text (`Click or tap here to enter text.`, `Choose an item.`,
    `Click or tap to enter a date.`), and the template's spare row at the end with placeholders only. Other
    tables plain TAB."""
    kosong = "Click or tap here to enter text."
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - templat Word dengan kontrol konten, dicetak setelah diisi]", "",
            f"Unit Kerja: {unit}", "Periode: Choose an item.", "Tanggal Pengisian: Click or tap to enter a date.", "")
        d.R(*head, "Keterangan")
        for x in rows:
            d.R(*x, kosong)
        d.R(str(len(rows) + 1), kosong, "Choose an item.", kosong, kosong, kosong, kosong)
        d.L("", "(kunci: tulisan Click or tap here to enter text. / Choose an item. adalah isian templat yang "
            "belum diisi, bukan data; baris terakhir templat kosong)", "")
    return r


def r_data_bagan(judul):
    """The DPT as the **data sheet of a chart inserted in Word** (Insert > Chart, the sheet `Chart in Microsoft
    Word`), copied as it stood: the categories (kecamatan) in the first column, the charted series `Laki-laki`
    and `Perempuan` next, then the columns outside the chart's range (`Jumlah`, `Desa/Kel`, `TPS`), the
    kabupaten row last, and under the data the sheet's own cell text `To resize chart data range, drag lower
    right corner of range.` Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - lembar data bagan (Chart in Microsoft Word) disalin apa adanya]", "")
        d.R("Kecamatan", "Laki-laki", "Perempuan", "Jumlah", "Desa/Kel", "TPS")
        for x in isi + [tot]:
            d.R(x[1], x[4], x[5], x[6], x[2], x[3])
        d.L("", "To resize chart data range, drag lower right corner of range.", "",
            "(kunci: bagan batang memakai kolom Laki-laki dan Perempuan; baris terakhir = jumlah kabupaten)", "")
    return r


def r_kolom_bawaan(judul):
    """The DPT as an **Excel table made with Format as Table without `My table has headers`**: Excel's default
    headers `Column1` .. `Column7` over the sheet's own header row, which stands as the first data row, and
    the table's **Total Row** (`Total` in the first column) carrying the kabupaten's figures. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - tabel Excel (Format as Table), judul kolom bawaan]", "")
        d.R(*[f"Column{j}" for j in range(1, 8)])
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")
        for i, x in enumerate(isi, 1):
            d.R(f"{i}", *x[1:7])
        d.R("Total", *tot[1:7])
        d.L("", "(kunci: Column1 .. Column7 = judul bawaan tabel Excel; baris Total = jumlah kabupaten)", "")
    return r


def r_pemotong(judul):
    """The budget as an **Excel table printed with its Slicers**: over the table the two slicer panes
    (`Program` with a button a program code, `Jenis` with `Program`, `Kegiatan`, `Jumlah`), every button
    selected; the table carries the field the first slicer filters (`Program`, the program code on every row,
    empty on the total row), then `Kode`, `Uraian` and the amounts. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        prog = []
        for k, induk, x in isi:
            if not induk and k not in prog:
                prog.append(k)
        d.L(cap, "", f"[Lampiran: {judul} - tabel Excel dicetak bersama slicer]", "",
            "+--------------------------------+   +--------------------------------+",
            "| Program                        |   | Jenis                          |",
            "| " + "   ".join(f"[ {p} ]" for p in prog).ljust(31) + "|   | [ Program ] [ Kegiatan ]       |",
            "|                                |   | [ Jumlah ]                     |",
            "+--------------------------------+   +--------------------------------+", "")
        d.R("Program", "Jenis", "Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan (%)")
        for k, induk, x in isi:
            d.R(induk or k, "Kegiatan" if induk else "Program", *x[:6])
        d.R("", "Jumlah", "", *tot[1:6])
        d.L("", "(kunci: kolom Program = kode program induk setiap baris, disaring slicer; baris Jumlah = total DIPA)", "")
    return r


def r_level(judul, sumber_app):
    """The budget as the **export of a monitoring application with a `Level` column**: every row carries its
    level in the hierarchy (`1` a program, `2` a kegiatan, `0` the total, last), the codes without indent, the
    name, the amounts, no Sisa column. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"[Lampiran: {judul} - hasil ekspor {sumber_app} (.xlsx) dengan kolom Level]", "")
        d.R("Level", "Kode", "Uraian", "Pagu", "Realisasi", "Persen")
        for k, induk, x in isi:
            d.R("2" if induk else "1", x[0], x[1], x[2], x[3], x[5])
        d.R("0", "", tot[1], tot[2], tot[3], tot[5])
        d.L("", "(kunci: Level 1 = program, Level 2 = kegiatan di bawah program di atasnya, Level 0 = jumlah)", "")
    return r


def r_urut_kepala(judul):
    """The SAKIP components as an Excel range **sorted A to Z by `Komponen` with `My data has headers` left
    unticked**: the header row was sorted in among the rows as one more row (`Komponen` falls between
    `Evaluasi …` and `Nilai Akhir`), so the printed range opens with a component, its header stands in the
    middle, and `Nilai Akhir` (no number) sits among the components. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        semua = [[str(c) for c in head]] + [[str(c) for c in x] for x in rows]
        semua.sort(key=lambda x: (x[1].lower(), x[0]))
        d.L(cap, "", f"[Lampiran: {judul} - rentang Excel diurutkan A-Z menurut kolom Komponen tanpa centang "
            "My data has headers]", "")
        for x in semua:
            d.R(*x)
        d.L("", "(kunci: baris No/Komponen/Bobot/Nilai adalah judul kolom yang ikut terurut; baris Nilai Akhir = "
            "nilai evaluasi AKIP)", "")
    return r
