# Shared helpers of this batch's authoring scripts (author62a.py, author62b.py). Everything of the
# earlier batches comes through ../dev61/common61.py (on ../dev60 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev61/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev61"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common61  # noqa: E402,F401  (puts ../dev60 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common61 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, _tingkat, _kabnama,  # noqa: E402,F401
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


def _polos(s):
    """An Indonesian integer cell ("48.324") as the database stores it ("48324")."""
    return str(s).replace(".", "")


def _en(s, dec=2):
    """An Indonesian cell ("1.234,5") in English notation ("1,234.50" with dec decimals, grouped)."""
    v = _v(s)
    return f"{v:,.{dec}f}"


def _desimal(s):
    """An Indonesian decimal cell ("97,95") with a decimal point ("97.95")."""
    return str(s).replace(".", "").replace(",", ".")


# ---- new house styles ----
def r_phpmyadmin(judul, db, tabel, pemilihan):
    """The DPT as the Browse tab of phpMyAdmin printed from the browser: the server / database / table
    breadcrumb, the tabs, the `Showing rows` line and the SQL, the options bar, then the grid with the
    row action links (`Edit Copy Delete`) and the columns `kode_wilayah` `nama_wilayah` `jml_desa` `jml_tps`
    `pemilih_l` `pemilih_p` `pemilih_lp`, integers without separators, sorted by the region code, so **the
    kabupaten's row (code `53.xx`) comes first** and the kecamatan (`53.xx.nn`) after it: the kabupaten is
    known by its shorter code, not by a label. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        kab = f"53.{d.satker[2:]}"
        n = len(isi) + 1
        d.L(cap, "", f"[Lampiran: {judul} - tab Browse phpMyAdmin dicetak dari peramban]", "",
            f"Server: localhost:3306 \u00bb Database: {db} \u00bb Table: {tabel}",
            "Browse   Structure   SQL   Search   Insert   Export   Import   Privileges   Operations   Triggers", "",
            f"\u2714 Showing rows 0 - {n - 1} ({n} total, Query took 0.0007 seconds.)", "",
            f"SELECT * FROM `{tabel}` WHERE `pemilihan` = '{pemilihan}' ORDER BY `kode_wilayah` ASC",
            "   [ Edit inline ] [ Edit ] [ Explain SQL ] [ Create PHP code ] [ Refresh ]", "",
            "\u2610 Show all  |  Number of rows: 25 \u2228  |  Filter rows: [Search this table]  |  Sort by key: None \u2228",
            "+ Options")
        d.R("\u2190T\u2192", "", "", "", "kode_wilayah", "nama_wilayah", "jml_desa", "jml_tps", "pemilih_l", "pemilih_p",
            "pemilih_lp")
        aksi = ("\u2610", "\u270e Edit", "\u2398 Copy", "\u2296 Delete")
        d.R(*aksi, kab, tot[1], *[_polos(c) for c in tot[2:7]])
        for i, x in enumerate(isi, 1):
            d.R(*aksi, f"{kab}.{i:02d}", x[1], *[_polos(c) for c in x[2:7]])
        d.L("\u2191 \u2610 Check all   With selected:  \u270e Edit   \u2398 Copy   \u2296 Delete   \u21e9 Export", "",
            "Query results operations", "   \U0001f5b6 Print   \u2398 Copy to clipboard   \u21e9 Export   "
            "\u25a5 Display chart   \u229e Create view", "",
            f"(kunci: kode_wilayah menurut kode wilayah Kemendagri; baris berkode dua bagian ({kab}) = jumlah "
            f"{_kabnama(d)}, baris berkode tiga bagian ({kab}.nn) = kecamatan; angka tanpa pemisah ribuan)", "")
    return r


def r_apex(judul, aplikasi, halaman_app, pemilihan):
    """The DPT as an Oracle APEX interactive report printed from the browser: the application's bar and
    breadcrumb, the search bar (`Go`, `Actions`), the report settings chips (a filter and **a control break
    on `Tingkat`**), then the rows under their break lines `Tingkat : Kabupaten` (the kabupaten's one row)
    and `Tingkat : Kecamatan` (the kecamatan), figures in the format mask `999G999G999` (commas), the
    pagination `1 - n`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        g = lambda c: f"{int(_polos(c)):,}"
        d.L(cap, "", f"[Lampiran: {judul} - laporan interaktif (Interactive Report) Oracle APEX dicetak dari "
            "peramban]", "", f"\u2630  {aplikasi}                                          \u2691   operator_data \u2228",
            f"Beranda  \u203a  {halaman_app}", "",
            "Q \u2228 [                              ]   Go     Rows 50 \u2228     Actions \u2228", "",
            f"\u2298 Tingkat   \u2715        \u25bd Pemilihan = '{pemilihan}'   \u2715", "")
        d.R("Wilayah", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")
        d.L("Tingkat : Kabupaten")
        d.R(tot[1], g(tot[2]), g(tot[3]), g(tot[4]), g(tot[5]), g(tot[6]))
        d.L("Tingkat : Kecamatan")
        for x in isi:
            d.R(x[1], g(x[2]), g(x[3]), g(x[4]), g(x[5]), g(x[6]))
        d.L(f"{'1 - ' + str(len(isi) + 1):>80}", "",
            "(kunci: laporan dipatah (control break) menurut kolom Tingkat; baris di bawah \"Tingkat : Kabupaten\" "
            f"= jumlah {_kabnama(d)}; angka memakai koma sebagai pemisah ribuan)", "")
    return r


def r_pgadmin(judul, db, th):
    """The budget as the Data Output tab of pgAdmin 4's Query Tool, copied: the query, then the grid with
    **a row number before each row and each column title over its data type** (`character varying`,
    `smallint`, `numeric(15,0)`, `numeric(5,2)`), the parent given in its own `induk` column, `tingkat` 0 the
    total (its kode `[null]`), 1 a program, 2 a kegiatan; amounts without separators, serapan with a decimal
    point; the status line `Total rows`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        n = len(isi) + 1
        d.L(cap, "", f"[Lampiran: {judul} - keluaran Query Tool pgAdmin 4 (tab Data Output), disalin]", "",
            f"pgAdmin 4    File \u2228   Object \u2228   Tools \u2228   Help \u2228",
            f"Query Tool: {db}/postgres@localhost",
            "SELECT kode, induk, tingkat, uraian, pagu, realisasi, sisa, serapan",
            f"  FROM keu.v_realisasi_dipa WHERE ta = {th} ORDER BY urut;", "",
            "Data Output   Messages   Notifications", "")
        d.R("", "kode", "induk", "tingkat", "uraian", "pagu", "realisasi", "sisa", "serapan")
        d.R("", "character varying", "character varying", "smallint", "text", "numeric(15,0)", "numeric(15,0)",
            "numeric(15,0)", "numeric(5,2)")
        d.R("1", "[null]", "[null]", "0", f"Jumlah DIPA {th}", *[_polos(c) for c in tot[2:5]], _desimal(tot[5]))
        for i, (k, induk, x) in enumerate(isi, 2):
            d.R(str(i), x[0], induk or "[null]", str(t[k] + 1), x[1], *[_polos(c) for c in x[2:5]], _desimal(x[5]))
        d.L("", f"Total rows: {n} of {n}     Query complete 00:00:00.094", "",
            "(kunci: tingkat 0 = jumlah seluruh DIPA, 1 = program, 2 = kegiatan; induk = kode program pemilik "
            "kegiatan; angka dalam rupiah tanpa pemisah ribuan; serapan dalam persen)", "")
    return r


def r_dbeaver(judul, koneksi, th):
    """The budget as the Results panel of DBeaver, printed: the script's query, then the grid with the row
    numbers in the gutter, **each column title behind its type glyph** (`ABC`, `123`), **the full-path codes**
    (`076.01` the whole DIPA **first**, `076.01.WA` a program, `076.01.WA.3355` its kegiatan), amounts grouped
    with commas and two decimals (the client's English locale), the fetch line. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        assert max(t.values()) <= 1, "DBeaver grid: programs and kegiatan only"
        d.L(cap, "", f"[Lampiran: {judul} - panel Results DBeaver, dicetak]", "",
            f"DBeaver 22.3.1 - <{koneksi}> Script-4", "",
            "\u25b6 SELECT kode_lengkap, uraian, pagu, realisasi, sisa, pct_serapan",
            f"    FROM realisasi_dipa WHERE tahun_anggaran = {th} ORDER BY kode_lengkap;", "",
            "\u25a6 realisasi_dipa 1 \u2715", "\u2261 [ Enter a SQL expression to filter results (use Ctrl+Space) ]", "")
        d.R("", "ABC kode_lengkap", "ABC uraian", "123 pagu", "123 realisasi", "123 sisa", "123 pct_serapan")
        d.R("1", "076.01", f"Jumlah DIPA {_kabnama(d).title().replace('Kpu', 'KPU')} {th}",
            *[_en(c) for c in tot[2:5]], _desimal(tot[5]))
        prog = ""
        for i, (k, induk, x) in enumerate(isi, 2):
            kode = x[0] if t[k] == 0 else f"{induk}.{x[0]}"
            d.R(str(i), kode, x[1], *[_en(c) for c in x[2:5]], _desimal(x[5]))
        d.L("", f"{len(isi) + 1} row(s) fetched - 18ms, on {th + 1}-01-14 at 09:41:07", "",
            "(kunci: kode lengkap; 076.01 = jumlah seluruh DIPA satker, 076.01.xx = program, 076.01.xx.nnnn = "
            "kegiatan program itu; angka dalam rupiah)", "")
    return r


def r_notion(judul, ruang, th):
    """The capaian as a table view of the office's Notion database, printed from the browser: the page path,
    the database title, the view tabs, then **each column title behind its property-type glyph** (`Aa` the
    title property first: the indicator; `#` the number, `⊙` select, `≡` text, `∑` formula), one row an
    indicator, the formula `Capaian` as Notion prints a number (a decimal point, no trailing zeros: `103.53`,
    `100`), the select `Status`, the `+ New` line. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - tampilan tabel basis data Notion, dicetak dari peramban]", "",
            f"{ruang} / Kinerja {th} / Indikator Kinerja {th}                    Share   \u2606   \u00b7\u00b7\u00b7", "",
            f"\u25a4 Indikator Kinerja {th}", "",
            "\u229e Table   \u2630 List   \u25a6 Board   + Add view          Filter   Sort   \u2315   \u00b7\u00b7\u00b7   New \u2228", "")
        d.R("Aa Indikator", "# No", "\u2299 Satuan", "\u2261 Target", "\u2261 Realisasi", "\u2211 Capaian",
            "\u2299 Status")
        for x in rows:
            try:
                st = "Tercapai" if _v(x[5]) >= 100 else "Belum tercapai"
            except ValueError:
                st = "Nilai huruf"
            d.R(x[1], x[0], x[2], x[3], x[4], f"{_v(x[5]):.2f}".rstrip("0").rstrip("."), st)
        d.L("+ New", "", "(kunci: satu baris = satu indikator; Capaian rumus (formula) dalam persen; Status isian "
            "pilihan, bukan data)", "")
    return r


def r_skenario(judul, th, mandiri):
    """The SAKIP components as the Scenario Summary report of Microsoft Excel's Scenario Manager on the
    evaluator's worksheet, copied: `Changing Cells:` the defined names `Bobot_<komponen>` and
    `Nilai_<komponen>`, `Result Cells:` `Bobot_Total` and `Nilai_Akhir`, **three value columns** (`Current
    Values:`, the scenario `Penilaian_Mandiri` with the office's own higher self-assessment, the scenario
    `Hasil_Evaluasi` the evaluator's), the Notes lines. mandiri adds to each value in the self-assessment.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp = [x for x in rows if x[0] != ""]
        akhir = next(x for x in rows if x[0] == "")
        nama = lambda s: s.replace(" ", "_")
        sendiri = [min(_v(x[2]), _v(x[3]) + mandiri[i]) for i, x in enumerate(komp)]
        d.L(cap, "", f"[Lampiran: {judul} - laporan Scenario Summary Microsoft Excel dari lembar kerja evaluator, "
            "disalin]", "")
        d.R("", "Scenario Summary", "", "", "")
        d.R("", "", "Current Values:", "Penilaian_Mandiri", "Hasil_Evaluasi")
        d.R("", "", "", f"Created by KPU on {th}-02-03", f"Created by Inspektorat on {th}-03-17")
        d.R("Changing Cells:", "", "", "", "")
        for i, x in enumerate(komp):
            d.R("", f"Bobot_{nama(x[1])}", x[2], x[2], x[2])
            d.R("", f"Nilai_{nama(x[1])}", x[3], id_dec(sendiri[i]), x[3])
        d.R("Result Cells:", "", "", "", "")
        d.R("", "Bobot_Total", akhir[2], akhir[2], akhir[2])
        d.R("", "Nilai_Akhir", akhir[3], id_dec(round(sum(sendiri), 2)), akhir[3])
        d.L("Notes:  Current Values column represents values of changing cells at",
            "time Scenario Summary Report was created.  Changing cells for each",
            "scenario are highlighted in gray.", "",
            "(kunci: skenario Hasil_Evaluasi = nilai yang ditetapkan evaluator dan sama dengan Current Values; "
            "skenario Penilaian_Mandiri = penilaian mandiri kantor sebelum evaluasi, bukan hasil)", "")
    return r
