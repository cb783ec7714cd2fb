# Shared helpers of this batch's authoring scripts (author61a.py, author61b.py). Everything of the
# earlier batches comes through ../dev60/common60.py (on ../dev59 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev60/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev60"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common60  # noqa: E402,F401  (puts ../dev59 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common60 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, _tingkat, _kabnama,  # noqa: E402,F401
                      _v, abreast, angka, baris, buka, cap_lama, halaman, id_dec, id_int, IND, jenis, kpu, NAMA,
                      persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

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
def r_sharepoint(judul, situs, daftar):
    """The DPT as a SharePoint list (classic view) printed from the browser: the site and list on top, the
    view's command bar, TAB columns `Title` (the kecamatan), the figures and `Modified`, `Modified By`, and
    **the view's totals line right under the column headers, before the items** (`Sum= 63` under each figure
    column: the kabupaten). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - tampilan daftar SharePoint dicetak dari peramban]", "",
            f"{situs}  \u25b8  {daftar}", "+ New   \u2191 Upload   \u270e Edit in grid view   \u21aa Share   "
            "\u2026   All Items \u2228   \u25bd", "")
        d.R("\u2713", "Title", "Jumlah Desa", "Jumlah TPS", "Pemilih L", "Pemilih P", "Pemilih L+P", "Modified",
            "Modified By")
        d.R("", "", f"Sum= {tot[2]}", f"Sum= {tot[3]}", f"Sum= {tot[4]}", f"Sum= {tot[5]}", f"Sum= {tot[6]}", "", "")
        for i, x in enumerate(isi):
            d.R("", x[1], x[2], x[3], x[4], x[5], x[6], f"{3 + i % 4} hari lalu", "Operator Data")
        d.L("", f"(kunci: satu item = satu kecamatan; baris Sum= di bawah judul kolom = total tampilan, yaitu "
            f"jumlah {_kabnama(d)}; Modified dan Modified By bukan data)", "")
    return r


def r_metabase(judul, koleksi, tanya):
    """The DPT as a Metabase saved question printed from the browser: the collection path and the question's
    title, the filter chips, the result table with the SQL `GROUP BY ROLLUP` row last, **its Kecamatan cell
    empty** (Metabase prints a NULL as `—`) being the kabupaten, the row count foot `Showing n rows`. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - pertanyaan tersimpan (saved question) Metabase dicetak dari peramban]",
            "", f"Our analytics / {koleksi}", tanya, f"\u2b21 Rekap DPT   \u25bf Filter: Tahun is {tahun}   "
            "\u2211 Summarize   \u25b6 Visualization: Table", "")
        d.R("Kecamatan", "Jumlah Desa", "Jumlah TPS", "Pemilih L", "Pemilih P", "Jumlah Pemilih")
        for x in isi:
            d.R(x[1].title(), x[2], x[3], x[4], x[5], x[6])
        d.R("\u2014", tot[2], tot[3], tot[4], tot[5], tot[6])
        d.L("", f"Showing {len(isi) + 1} rows   \u2193 Download full results", "",
            f"(kunci: kueri memakai GROUP BY ROLLUP; baris terakhir dengan Kecamatan kosong (\u2014) = jumlah "
            f"{_kabnama(d)}; nama kecamatan ditulis Metabase dengan huruf awal kapital)", "")
    return r


def r_ssrs(judul, server, laporan, th):
    """The budget as a SQL Server Reporting Services report in the Report Viewer, printed from the browser: the
    parameter bar (`Tahun Anggaran`, `Satker`, `View Report`), the toolbar (`|◄ ◄ 1 of 1 ► ►|`, `100%`, `Find |
    Next`), then the tablix: a program row with its drilldown toggle `⊟` (expanded), its kegiatan indented under
    it, the amounts with thousands separators, the `Total` row in the tablix foot. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        d.L(cap, "", f"[Lampiran: {judul} - laporan SQL Server Reporting Services pada Report Viewer, dicetak dari "
            "peramban]", "", f"http://{server}/Reports/report/{laporan}", "",
            f"Tahun Anggaran  [{th} \u2228]      Satker  [{_kabnama(d).title().replace('Kpu', 'KPU')} \u2228]      "
            "[ View Report ]",
            "|\u25c4  \u25c4   1   of 1   \u25ba  \u25ba|     \u27f3     100% \u2228     Find | Next     \U0001f4be \u2228     \U0001f5a8",
            "", f"Realisasi Anggaran per Program dan Kegiatan TA {th}", "")
        d.R("", "Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "% Serapan")
        for k, i, x in isi:
            if t[k] == 0:
                d.R("\u229f", x[0], x[1], x[2], x[3], x[4], x[5])
            else:
                d.R("", "    " * t[k] + x[0], "    " * t[k] + x[1], x[2], x[3], x[4], x[5])
        d.R("", "", "Total", tot[2], tot[3], tot[4], tot[5])
        d.L("", "(kunci: \u229f = baris program yang dibuka (drilldown), kegiatannya menjorok di bawahnya; baris Total "
            "= jumlah seluruh pagu; angka dalam rupiah)", "", f"{'Dicetak ' + str(th + 1) + '-01-15 08:12':>90}", "")
    return r


def r_asana(judul, proyek, th):
    """The budget as the list view of the office's Asana project, printed: the project's name and tabs, a
    section `Ringkasan` holding the total as one task, then one section a program (the program itself a task,
    its kegiatan its subtasks under it marked `↳`), custom fields `Pagu (Rp)`, `Realisasi (Rp)`, `Sisa (Rp)`,
    `Serapan %` after the `Assignee` and `Due date` columns, figures without decimals. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        assert max(t.values()) <= 1, "Asana list: programs and kegiatan only"
        d.L(cap, "", f"[Lampiran: {judul} - tampilan List proyek Asana \"{proyek}\", dicetak]", "",
            f"\u25cf {proyek}   \u2606   \u25be", "Overview   List   Board   Timeline   Dashboard   Files", "",
            "+ Add task \u25be          \u2713 Incomplete tasks   \u21c5 Sort   \u2630 Customize", "")
        d.R("Task name", "Assignee", "Due date", "Kode", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan %")
        d.L("\u25be Ringkasan")
        d.R(f"  \u25cb Total DIPA {th}", "Bendahara", f"31 Des", "", tot[2], tot[3], tot[4], tot[5])
        for k, i, x in isi:
            if t[k] == 0:
                d.L("", f"\u25be {x[1]}")
                d.R(f"  \u25cb {x[1]}", "Kasubbag KUL", "31 Des", x[0], x[2], x[3], x[4], x[5])
            else:
                d.R(f"      \u21b3 {x[1]}", "PPK", "31 Des", x[0], x[2], x[3], x[4], x[5])
        d.L("", "(kunci: bagian Ringkasan = jumlah seluruh DIPA; setiap bagian = satu program, tugas pertamanya "
            "program itu sendiri, subtugas (\u21b3) = kegiatannya; Assignee dan Due date bukan data)", "")
    return r


def r_clickup(judul, ruang, th):
    """The capaian as the list view of the office's ClickUp space, printed: the space › folder › list path,
    **the tasks grouped by status** (`TERCAPAI`, `TIDAK TERCAPAI`, each with its count), one task an
    indicator, custom fields `Satuan`, `Target`, `Realisasi`, `Capaian (%)` after `Assignee` and `Priority`.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - tampilan List ClickUp, dicetak]", "",
            f"{ruang}  \u203a  Kinerja {th}  \u203a  Indikator Kinerja", "\u2630 List   \u25a6 Board   \u25f7 Calendar"
            "        Group by: Status   Subtasks: Collapse   \u2699 Show", "")
        grup = {}
        for x in rows:
            try:
                st = "TERCAPAI" if _v(x[5]) >= 100 else "TIDAK TERCAPAI"
            except ValueError:
                st = "NILAI HURUF"
            grup.setdefault(st, []).append(x)
        for st in ("TERCAPAI", "TIDAK TERCAPAI", "NILAI HURUF"):
            if st not in grup:
                continue
            d.L(f"\u25be {st}   {len(grup[st])}")
            d.R("", "Task Name", "Assignee", "Priority", "Satuan", "Target", "Realisasi", "Capaian (%)")
            for x in grup[st]:
                d.R("\u25a3", x[1], "Kasubbag TPH", "Normal", x[2], x[3], x[4], x[5])
            d.L("")
        d.L("(kunci: satu tugas = satu indikator; kelompok menurut status ketercapaian; Assignee dan Priority "
            "bukan data)", "")
    return r


def r_ti84(judul, th):
    """The SAKIP components as the evaluator's TI-84 Plus screens typed again: the STAT list editor with `L1`
    the weights and `L2` the values, one row a component in the order of the key, then the home screen's
    `1-Var Stats L2` (`Σx=` the final score) and `sum(L1)` (the weight total); figures with a decimal point and
    no trailing zeros, as the calculator prints them. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp = [x for x in rows if x[0] != ""]
        akhir = next(x for x in rows if x[0] == "")
        en = lambda s: f"{_v(s):.4f}".rstrip("0").rstrip(".")  # the calculator drops trailing zeros
        k = len(komp)
        d.L(cap, "", f"[Lampiran: {judul} - layar kalkulator grafik TI-84 Plus evaluator, diketik ulang]", "",
            "  \u250c" + "\u2500" * 26 + "\u2510",
            f"  \u2502 {'L1':<7}{'L2':<7}{'L3':<7}  1 \u2502", "  \u2502" + "\u2500" * 26 + "\u2502")
        for x in komp:
            d.L(f"  \u2502 {en(x[2]):<7}{en(x[3]):<7}{'------':<7}    \u2502")
        d.L(f"  \u2502 {'------':<7}{'------':<7}{'':<7}    \u2502", f"  \u2502 {'L1 =':<25}\u2502",
            "  \u2514" + "\u2500" * 26 + "\u2518", "",
            "  \u250c" + "\u2500" * 26 + "\u2510", f"  \u2502 {'1-Var Stats L2':<25}\u2502")
        v = [_v(x[3]) for x in komp]
        m = sum(v) / k
        for s in (f" x\u0304={m:.8g}", f" \u03a3x={en(akhir[3])}", f" \u03a3x\u00b2={sum(a * a for a in v):.8g}",
                  f" n={k}"):
            d.L(f"  \u2502{s:<26}\u2502")
        d.L("  \u2514" + "\u2500" * 26 + "\u2518", "",
            "  \u250c" + "\u2500" * 26 + "\u2510", f"  \u2502 {'sum(L1)':<25}\u2502",
            f"  \u2502 {en(akhir[2]):>24} \u2502", "  \u2514" + "\u2500" * 26 + "\u2518", "", "  (kunci baris daftar:")
        for i, x in enumerate(komp, 1):
            d.L(f"   baris {i} = komponen {x[1]}")
        d.L("   L1 = bobot, L2 = nilai komponen; \u03a3x dari 1-Var Stats L2 = nilai akhir evaluasi AKIP; sum(L1) = "
            "jumlah bobot)", "")
    return r
