# Shared helpers of this batch's authoring scripts (author63a.py, author63b.py). Everything of the
# earlier batches comes through ../dev62/common62.py (on ../dev61 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev62/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev62"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common62  # noqa: E402,F401  (puts ../dev61 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common62 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, _tingkat, _kabnama,  # noqa: E402,F401
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
def r_satuan_sel(judul, fmt_sumber):
    """The DPT pasted from the data division's Excel sheet whose cells carry **their unit words by custom
    number formats** (`0 "desa"`, `0 "TPS"`, `#.##0 "jiwa"`): every figure is followed by its unit in the
    same cell (`14 desa`, `310 TPS`, `26.180 jiwa`); the header names the columns without units; the
    kabupaten row last under its label. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        u = lambda x: [x[1], f"{x[2]} desa", f"{x[3]} TPS", f"{x[4]} jiwa", f"{x[5]} jiwa", f"{x[6]} jiwa"]
        d.L(cap, "", f"[Lampiran: {judul} - disalin dari lembar kerja {fmt_sumber}; format angka sel: "
            "0 \"desa\" | 0 \"TPS\" | #.##0 \"jiwa\"]", "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")
        for i, x in enumerate(isi, 1):
            d.R(f"{i}", *u(x))
        d.R("", *u(tot))
        d.L("", "(kunci: satuan tertulis di dalam sel oleh format angka lembar kerja; baris tanpa nomor = jumlah "
            "kabupaten)", "")
    return r


def r_prn(judul, berkas):
    """The DPT as Excel's **Formatted Text (Space delimited) `.prn`** export, typed into the report as it
    is: no TAB, every column padded with spaces to its width in the sheet, text left, numbers right with
    their thousands dots as displayed, the header row once, the kabupaten row last. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        semua = [["No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah"]]
        semua += [[f"{i}", *[str(c) for c in x[1:7]]] for i, x in enumerate(isi, 1)]
        semua += [["", *[str(c) for c in tot[1:7]]]]
        lebar = [max(len(x[j]) for x in semua) + 2 for j in range(7)]
        lebar[1] = max(lebar[1], 18)
        d.L(cap, "", f"[Lampiran: {judul} - berkas {berkas} (Microsoft Excel, Simpan Sebagai \"Formatted Text "
            "(Space delimited)\"), dimuat apa adanya]", "")
        for k, x in enumerate(semua):
            s = ""
            for j, c in enumerate(x):
                s += c.ljust(lebar[j]) if j == 1 or k == 0 else c.rjust(lebar[j] - 1) + " "
            d.L(s.rstrip())
        d.L("", "(kunci: kolom dipisah spasi menurut lebar kolom lembar kerja; baris tanpa nomor = jumlah kabupaten)",
            "")
    return r


def r_outlook(judul, dari, kepada, kirim, subjek):
    """The budget as the finance officer's e-mail printed from Microsoft Outlook (memo style): the sender's
    name in a heading line, a rule, `From:` `Sent:` `To:` `Cc:` `Subject:` `Attachments:`, the greeting,
    then the table pasted from Excel **with every amount in the Accounting format `Rp 2.953.140.000`** (the
    symbol at the cell's left, a run of spaces) and the serapan with `%`; the kegiatan indented under their
    program, the total row `Total DIPA`; the sign-off. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        rp = lambda s: "Rp" + " " * max(1, 16 - len(str(s))) + str(s)
        nama = dari.split(" <")[0]
        d.L(cap, "", f"[Lampiran: {judul} - surel dicetak dari Microsoft Outlook]", "",
            nama, "\u2500" * 72,
            f"From:\t{dari}", f"Sent:\t{kirim}", f"To:\t{kepada}", "Cc:\tKasubbag Program dan Data",
            f"Subject:\t{subjek}", "Attachments:\tRealisasi_DIPA.xlsx", "",
            "Yth. Bapak Sekretaris,", "",
            "Bersama ini kami sampaikan realisasi anggaran per 31 Desember (tabel disalin dari lampiran):", "")
        d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan")
        for k, induk, x in isi:
            uraian = x[1] if t[k] == 0 else "    " + x[1]
            d.R(x[0], uraian, rp(x[2]), rp(x[3]), rp(x[4]), f"{x[5]}%")
        d.R("", "Total DIPA", rp(tot[2]), rp(tot[3]), rp(tot[4]), f"{tot[5]}%")
        d.L("", "Demikian disampaikan. Terima kasih.", "", "Salam,", nama, "", 
            "(kunci: sel uang berformat Accounting Rp; baris menjorok = kegiatan dari program di atasnya; "
            "Total DIPA = jumlah seluruh DIPA)", "")
    return r


def r_solver(judul, buku, lembar, tgl):
    """The budget as the **Answer Report of Excel's Solver** on the finance sheet, copied: the report's
    head (`Microsoft Excel 16.0 Answer Report`, `Worksheet:`, `Report Created:`, `Result:`, the engine
    lines), `Objective Cell (Max)` (the total realisasi), `Variable Cells` (the realisasi cells with
    their Original and Final Value) and **`Constraints`**: a realisasi row per program and kegiatan (and
    the total) with `Cell Value` the realisasi, `Formula` **`$D$n<=pagu` with the pagu as a bare
    constant**, `Status` and **`Slack` the sisa**, then a serapan row per program and kegiatan
    (`Cell Value` `97,95%`). Names as Solver builds them from the row's label and the column's title.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        baris_n = {k: 6 + i for i, (k, induk, x) in enumerate(isi)}
        nt = 6 + len(isi)
        d.L(cap, "", f"[Lampiran: {judul} - Answer Report Solver Microsoft Excel, disalin]", "",
            "Microsoft Excel 16.0 Answer Report", f"Worksheet: [{buku}]{lembar}", f"Report Created: {tgl}",
            "Result: Solver found a solution.  All Constraints and optimality conditions are satisfied.",
            "Solver Engine", "   Engine: Simplex LP", "   Solution Time: 0,016 Seconds.",
            "   Iterations: 0 Subproblems: 0", "Solver Options",
            "   Max Time Unlimited,  Iterations Unlimited, Precision 0,000001", "", "Objective Cell (Max)")
        d.R("Cell", "Name", "Original Value", "Final Value")
        d.R(f"$D${nt}", "JUMLAH Realisasi", tot[3], tot[3])
        d.L("", "Variable Cells")
        d.R("Cell", "Name", "Original Value", "Final Value", "Integer")
        for k, induk, x in isi:
            d.R(f"$D${baris_n[k]}", f"{x[0]} {x[1]} Realisasi", x[3], x[3], "Contin")
        d.L("", "Constraints")
        d.R("Cell", "Name", "Cell Value", "Formula", "Status", "Slack")
        for k, induk, x in isi:
            n = baris_n[k]
            st = "Binding" if _v(x[4]) == 0 else "Not Binding"
            d.R(f"$D${n}", f"{x[0]} {x[1]} Realisasi", x[3], f"$D${n}<={_polos(x[2])}", st, x[4])
        d.R(f"$D${nt}", "JUMLAH Realisasi", tot[3], f"$D${nt}<={_polos(tot[2])}", "Not Binding", tot[4])
        for k, induk, x in isi:
            n = baris_n[k]
            d.R(f"$F${n}", f"{x[0]} {x[1]} Serapan", f"{x[5]}%", f"$F${n}>=0,9", "Not Binding",
                f"{id_dec(_v(x[5]) - 90)}%")
        d.R(f"$F${nt}", "JUMLAH Serapan", f"{tot[5]}%", f"$F${nt}>=0,9", "Not Binding", f"{id_dec(_v(tot[5]) - 90)}%")
        d.L("", "(kunci: baris lembar kerja 6 dst. = program dan kegiatan menurut urutan DIPA, kegiatan di bawah "
            "programnya; angka batas pada Formula = pagu; Slack = sisa pagu; JUMLAH = seluruh DIPA)", "")
    return r


def r_onenote(judul, buku, tgl):
    """The capaian as a page of the planning section's Microsoft OneNote notebook, printed: the notebook
    path, the page title, the date and time line under it, a note line, then the table **with OneNote note
    tags before the indicator** (`☑` To Do done when the target is met, `☐` when not, `★` Important on a
    grade), the columns `Indikator` `Target` `Realisasi` `Satuan` `Capaian`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - halaman OneNote dicetak]", "",
            f"{buku}  \u203a  Kinerja  \u203a  {judul}", "", judul, tgl, "",
            "Catatan rapat evaluasi: angka realisasi dicocokkan dengan data bagian.", "")
        d.R("Indikator", "Target", "Realisasi", "Satuan", "Capaian")
        for x in rows:
            try:
                tag = "\u2611" if _v(x[5]) >= 100 else "\u2610"
            except ValueError:
                tag = "\u2605"
            d.R(f"{tag} {x[1]}", x[3], x[4], x[2], x[5])
        d.L("", "(kunci: \u2611 = tercapai, \u2610 = belum tercapai, \u2605 = nilai huruf; tanda catatan OneNote, "
            "bukan data)", "")
    return r


def r_moodle(judul, kursus, peserta):
    """The SAKIP components as the **User report of a Moodle gradebook** (the inspectorate's e-learning
    site scores each satker as a course participant), printed: the course breadcrumb, `User report -
    <satker>`, then the columns `Grade item` `Calculated weight` `Grade` `Range` `Percentage` `Contribution
    to course total`; one grade item a component (its Range `0,00–bobot`), the category line above them
    and the `Course total` row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp = [x for x in rows if x[0] != ""]
        akhir = next(x for x in rows if x[0] == "")
        d.L(cap, "", f"[Lampiran: {judul} - laporan nilai (User report) gradebook Moodle, dicetak dari "
            "peramban]", "", f"Dashboard / My courses / {kursus} / Grades / User report", "",
            f"User report - {peserta}", "View: User \u2228", "")
        d.R("Grade item", "Calculated weight", "Grade", "Range", "Percentage", "Contribution to course total")
        d.L(f"\u25a4 {kursus}")
        for x in komp:
            b, n = _v(x[2]), _v(x[3])
            d.R(f"\u270e {x[1]}", f"{id_dec(b)} %", x[3], f"0,00 \u2013 {x[2]}", f"{id_dec(round(n / b * 100, 2))} %",
                f"{x[3]} %")
        d.R("\u03a3 Course total", "-", akhir[3], f"0,00 \u2013 {akhir[2]}", f"{akhir[3]} %", "-")
        d.L("", "(kunci: Grade item = komponen; batas atas Range = bobot; Grade = nilai; Course total = nilai "
            "evaluasi AKIP)", "")
    return r
