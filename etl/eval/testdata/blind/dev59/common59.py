# Shared helpers of this batch's authoring scripts (author59a.py, author59b.py). Everything of the
# earlier batches comes through ../dev58/common58.py (on ../dev57 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev58/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev58"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common58  # noqa: E402,F401  (puts ../dev57 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common58 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, _tingkat, abreast, angka,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, IND, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

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


def _lcg(seed):
    """A linear congruential generator with a fixed seed: the same numbers on every run."""
    x = seed
    while True:
        x = (1103515245 * x + 12345) % (2 ** 31)
        yield x


def _kabnama(d):
    return "KOTA KUPANG" if d.satker == "5371" else f"KABUPATEN {_kab(d)}"


# ---- new house styles ----
def r_kobo(judul, form, tgl, th):
    """The DPT as the KoboToolbox data export (XLS, pasted as TAB text) of the form the PPKs filled in on the
    day of their plenary: the columns as Kobo names them (`start`, `end`, `today`, `kecamatan`, the group path
    `rekap/jumlah_desa` .. `rekap/pemilih_total`, then `_id`, `_uuid`, `_submission_time`, `_index`), the
    figures without thousands separators, the rows in the order they were sent (not alphabetical), the KPU's own
    kabupaten recap one submission among them. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        n = len(isi)
        urut = sorted(range(n), key=lambda i: (i * 7 + 3) % n)
        rec = [(isi[i][1], isi[i]) for i in urut]
        rec.insert(n // 2 + 1, (_kabnama(d), tot))
        g = _lcg(int(d.satker) * 31 + int(tahun))
        d.L(cap, "", f"[Lampiran: {judul} - ekspor data formulir KoboToolbox \"{form}\" (XLS) ditempel]", "")
        d.R("start", "end", "today", "kecamatan", "rekap/jumlah_desa", "rekap/jumlah_tps", "rekap/pemilih_l",
            "rekap/pemilih_p", "rekap/pemilih_total", "_id", "_uuid", "_submission_time", "_index")
        for i, (nama, x) in enumerate(rec, 1):
            t = 8 * 60 + 5 + 17 * i
            hm = lambda v: f"{v // 60:02d}:{v % 60:02d}"
            u = "".join(f"{next(g) % 65536:04x}" for _ in range(8))
            uu = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
            d.R(f"{tgl}T{hm(t)}:05.112+08:00", f"{tgl}T{hm(t + 9)}:41.530+08:00", tgl, nama,
                _n(x[2]), _n(x[3]), _n(x[4]), _n(x[5]), _n(x[6]), str(48211000 + 173 * i + next(g) % 97), uu,
                f"{tgl}T{hm(t + 10 - 480)}:02", str(i))
        d.L("", "(kunci: satu baris = satu kiriman formulir; kecamatan = wilayah, rekap/jumlah_desa = jumlah desa/"
            "kelurahan, rekap/jumlah_tps = jumlah TPS, rekap/pemilih_l / _p / _total = pemilih laki-laki, perempuan "
            f"dan jumlah; baris {_kabnama(d)} = rekap kabupaten; start, end, today, _id, _uuid, _submission_time "
            "(UTC) dan _index bukan data)", "")
    return r


def r_notes(judul, nsf, tgl, th):
    """The DPT as the printed view of the office's Lotus Notes database of PPK recaps: the view categorized by
    the date of the PPK plenary (a twistie `v` and the date, the category's own subtotals on its line), the
    kecamatan documents indented under it, the view's column totals on the last line without a label (the
    kabupaten), fixed-width columns. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        k = 3 if len(isi) > 6 else 2
        grup = [isi[i::k] for i in range(k)]
        q = lambda a, x: (f"{a:<36}{x[2]:>7}{x[3]:>7}{x[4]:>12}{x[5]:>12}{x[6]:>12}")
        jml = lambda xs, j: id_int(sum(int(_n(x[j])) for x in xs))
        d.L(cap, "", f"[Lampiran: {judul} - tampilan basis data Lotus Notes \"{nsf}\" dicetak (File > Print > "
            "Print selected view)]", "", f"{nsf} - Menurut Tanggal Pleno PPK", "",
            q("Tanggal Pleno / Kecamatan", ["", "", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah"]), "")
        for i, xs in enumerate(grup):
            s = ["", ""] + [jml(xs, j) for j in range(2, 7)]
            d.L(q(f"v {tgl[i]}", s))
            for x in xs:
                d.L(q(f"      {x[1]}", x))
        d.L(q("", [str(c) for c in tot]), "", "",
            "(kunci: baris bertanda v = kategori tanggal pleno PPK dengan jumlah antara kategori itu; baris menjorok "
            "= satu kecamatan; baris terakhir tanpa nama = jumlah kolom seluruh tampilan, yaitu jumlah kabupaten)", "")
    return r


def r_odoo(judul, th):
    """The budget as the list view of Odoo's Budgets (Accounting > Budgets > budget lines) grouped by program
    and copied from the browser: `Budgetary Position`, `Analytic Account`, `Start Date`, `End Date`, `Planned
    Amount`, `Practical Amount`, `Theoretical Amount`, `Achievement`; a group line per program (`> 076.01.WA …
    (n)` and its sums), the kegiatan lines under it (the analytic account `[3355] Nama`), the list's sums on the
    last line without a label. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        assert max(t.values()) <= 1, "Odoo list: programs and kegiatan only"
        rp = lambda v: f"Rp {v},00"
        d.L(cap, "", f"[Lampiran: {judul} - daftar baris anggaran Odoo (Akuntansi > Anggaran), dikelompokkan per "
            "program, disalin dari peramban]", "", f"Anggaran / DIPA {th} / Baris Anggaran", "")
        d.R("Budgetary Position", "Analytic Account", "Start Date", "End Date", "Planned Amount",
            "Practical Amount", "Theoretical Amount", "Achievement")
        prog = [(k, x) for k, i, x in isi if t[k] == 0]
        for k, x in prog:
            anak = [y for kk, i, y in isi if i == k]
            d.R(f"\u25be {x[0]} {x[1]} ({len(anak)})", "", "", "", rp(x[2]), rp(x[3]), rp(x[2]), f"{x[5]}%")
            for y in anak:
                d.R("Belanja Operasional", f"[{y[0]}] {y[1]}", f"01/01/{th}", f"31/12/{th}", rp(y[2]), rp(y[3]),
                    rp(y[2]), f"{y[5]}%")
        d.R("", "", "", "", rp(tot[2]), rp(tot[3]), rp(tot[2]), f"{tot[5]}%")
        d.L("", "(kunci: Planned Amount = pagu, Practical Amount = realisasi, Achievement = serapan; Theoretical "
            "Amount = pagu menurut waktu berjalan (akhir tahun = pagu), bukan data tersendiri; baris bertanda \u25be = "
            "program dengan jumlahnya; baris terakhir tanpa nama = jumlah seluruh pagu)", "")
    return r


def r_qb(judul, buku, th):
    """The budget as QuickBooks' `Budget vs. Actuals` report exported as text: the company, the report and the
    period centred on top, columns `Actual`, `Budget`, `over Budget` (Actual - Budget: the remainder negative)
    and `% of Budget`, a program as a heading line with its kegiatan indented under it and its figures on the
    `Total <program>` line after them, `Total Expenses`, then `Net Income` (the same figures negative). Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        assert max(t.values()) <= 1, "QuickBooks report: programs and kegiatan only"
        prog = [(k, x) for k, i, x in isi if t[k] == 0]
        wu = max(len(x[0]) + len(x[1]) for k, i, x in isi) + 14
        q = lambda a, x, b, o, p: f"{a:<{wu}}{x:>16}{b:>16}{o:>16}{p:>12}"
        neg = lambda s: "-" + s if s != "0" else "0"
        d.L(cap, "", f"[Lampiran: {judul} - laporan QuickBooks \"Budget vs. Actuals\" diekspor sebagai teks]", "",
            f"{buku:^{wu + 60}}".rstrip(), f"{'Budget vs. Actuals: DIPA ' + str(th) + ' - FY' + str(th)[2:] + ' P&L':^{wu + 60}}".rstrip(),
            f"{'January - December ' + str(th):^{wu + 60}}".rstrip(), "",
            q("", "Actual", "Budget", "over Budget", "% of Budget"), "Expenses")
        for k, x in prog:
            d.L(f"   {x[0]} {x[1]}")
            for kk, i, y in isi:
                if i == k:
                    d.L(q(f"      {y[0]} {y[1]}", y[3], y[2], neg(y[4]), f"{y[5]} %"))
            d.L(q(f"   Total {x[0]} {x[1]}", x[3], x[2], neg(x[4]), f"{x[5]} %"))
        d.L(q("Total Expenses", tot[3], tot[2], neg(tot[4]), f"{tot[5]} %"),
            q("Net Income", neg(tot[3]), neg(tot[2]), tot[4], ""), "",
            "(kunci: Actual = realisasi, Budget = pagu, over Budget = realisasi dikurangi pagu (negatif = sisa), % of "
            "Budget = serapan; baris Total <program> = jumlah program; Total Expenses = jumlah seluruh pagu; Net "
            "Income = angka yang sama bertanda negatif, bukan data)", "")
    return r


def r_ikon(judul, th):
    """The capaian table as the Excel sheet printed with a conditional format `Icon Sets: 3 Arrows` on the
    Capaian column: each capaian cell carries its arrow (up, side, down) before the figure, and the rule of
    the icon set is printed under the table. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        def ikon(c):
            try:
                v = float(c.replace(".", "").replace(",", "."))
            except ValueError:
                return c
            return ("\u2b06 " if v >= 100 else "\u27a1 " if v >= 90 else "\u2b07 ") + c
        d.L(cap, "", f"[{judul}: lembar kerja Excel dicetak dengan format bersyarat Icon Sets (3 Arrows) pada kolom "
            "Capaian]", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in rows:
            d.R(*(x[:5] + [ikon(x[5])]))
        d.L("", "Aturan ikon (Conditional Formatting > Icon Sets > 3 Arrows): \u2b06 bila nilai >= 100; \u27a1 bila "
            "nilai < 100 dan >= 90; \u2b07 bila nilai < 90.", "")
    return r


def r_harvey(judul, th):
    """The SAKIP components as the Harvey-ball chart of the evaluation slide, typed again: one line a
    component, the ball (a quarter filled per quarter of the weight reached) first, then the score `nilai /
    bobot`, then the component's name; the final score the last line, a legend of the balls. Other tables
    plain TAB."""
    bola = ["\u25cb", "\u25d4", "\u25d1", "\u25d5", "\u25cf"]

    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        f = lambda s: float(s.replace(".", "").replace(",", "."))
        d.L(cap, "", f"[Lampiran: {judul} - bagan bola Harvey pada salindia paparan hasil evaluasi, diketik ulang]",
            "")
        for x in rows:
            b = bola[min(4, int(f(x[3]) / f(x[2]) * 4))]
            d.L(f"  {b}   {x[3]} / {x[2]}   {x[1]}")
        d.L("", "(kunci: \u25cb kurang dari 25% bobot, \u25d4 25-49%, \u25d1 50-74%, \u25d5 75-99%, \u25cf 100%; angka = "
            "nilai / bobot; Nilai Akhir = nilai AKIP dari bobot 100)", "")
    return r
