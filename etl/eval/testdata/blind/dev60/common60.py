# Shared helpers of this batch's authoring scripts (author60a.py, author60b.py). Everything of the
# earlier batches comes through ../dev59/common59.py (on ../dev58 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev59/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev59"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common59  # noqa: E402,F401  (puts ../dev58 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common59 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, _tingkat, _kabnama,  # noqa: E402,F401
                      abreast, angka, baris, buka, cap_lama, halaman, id_dec, id_int, IND, jenis, kpu, NAMA,
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


def _v(s):
    """An Indonesian cell ("1.234,56" or "1.234") as a float."""
    return float(str(s).replace(".", "").replace(",", "."))


# ---- new house styles ----
def r_cspro(judul, nomor, universe):
    """The DPT as a table of the CSPro Tabulation Application (the .tbw output copied as text): the table's
    number and title, a `Universe:` line, fixed-width columns with a spanner `Jenis Kelamin` over `Total`,
    `Laki-laki` and `Perempuan`, the desa and TPS columns before it, **the `Total` row first** (the
    kabupaten) and the kecamatan under it, figures without thousands separators, CSPro's page foot. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        w = max(len(x[1]) for x in isi) + 6
        q = lambda a, b, c, t, l, p: f"{a:<{w}}{b:>10}{c:>10}{t:>13}{l:>12}{p:>12}"
        d.L(cap, "", f"[Lampiran: {judul} - keluaran CSPro Tabulation Application (berkas .tbw) disalin sebagai teks]",
            "", f"Table {nomor}. DPT {'Pemilu' if pem == 'pemilu' else 'Pemilihan'} {tahun} menurut Kecamatan dan Jenis Kelamin",
            f"Universe: {universe}", "",
            f"{'':<{w}}{'Desa/':>10}{'':>10}{'Jenis Kelamin':^37}",
            q("Kecamatan", "Kel.", "TPS", "Total", "Laki-laki", "Perempuan"),
            "-" * (w + 57))
        d.L(q("Total", _n(tot[2]), _n(tot[3]), _n(tot[6]), _n(tot[4]), _n(tot[5])), "")
        for x in isi:
            d.L(q("  " + x[1], _n(x[2]), _n(x[3]), _n(x[6]), _n(x[4]), _n(x[5])))
        d.L("-" * (w + 57), "Sumber: rekapitulasi DPT hasil pleno PPK, diolah dengan CSPro 7.7", "",
            f"{'Page 1 of 1':>{w + 57}}", "",
            "(kunci: baris Total = jumlah kabupaten; Desa/Kel. = jumlah desa/kelurahan; kolom Total di bawah Jenis "
            "Kelamin = jumlah pemilih, diikuti laki-laki dan perempuan)", "")
    return r


def r_airtable(judul, basis, tampilan):
    """The DPT as the grid view of the office's Airtable base printed from the browser: the base, table and
    view on top with the record count, TAB columns whose names carry Airtable's field-type glyphs (`Aa` text,
    `#` number, `ƒx` formula), the row number first, figures with thousands separators (period, comma), and
    the grid's **summary bar as the last line**: `12 records` under the name, `Sum 65`, `Sum 250` … under
    the figures (the kabupaten). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - tampilan grid Airtable dicetak dari peramban]", "",
            f"{basis}  \u203a  Rekap PPK  \u203a  {tampilan}", f"{len(isi)} records   \u2022   Sorted by 1 field   "
            "\u2022   Hide fields (2)", "")
        d.R("", "Aa Kecamatan", "# Jumlah Desa/Kel", "# Jumlah TPS", "# Pemilih Laki-laki", "# Pemilih Perempuan",
            "\u0192x Jumlah Pemilih", "\u2630 Status Pleno")
        for i, x in enumerate(isi, 1):
            d.R(str(i), x[1], x[2], x[3], x[4], x[5], x[6], "Selesai")
        d.R(f"{len(isi)} records", "", f"Sum {tot[2]}", f"Sum {tot[3]}", f"Sum {tot[4]}", f"Sum {tot[5]}",
            f"Sum {tot[6]}", "")
        d.L("", f"(kunci: satu baris = satu kecamatan; baris terakhir = bilah ringkasan (summary bar) tampilan, "
            f"yaitu jumlah {_kabnama(d)}; Status Pleno dan nomor baris bukan data)", "")
    return r


def r_project(judul, berkas, th):
    """The budget as the Cost table of the office's Microsoft Project plan of the DIPA, copied from the view:
    TAB columns `ID`, `Task Name`, `Fixed Cost`, `Fixed Cost Accrual`, `Total Cost`, `Baseline`, `Variance`,
    `Actual`, `Remaining` and a custom field `Serapan (%)`; the project summary task (ID 0) is the total,
    first; a program a summary task, its kegiatan indented under it; amounts `Rp906.221.000,00`. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        assert max(t.values()) <= 1, "Project plan: programs and kegiatan only"
        rp = lambda v: f"Rp{v},00"
        d.L(cap, "", f"[Lampiran: {judul} - tabel Cost (Biaya) rencana Microsoft Project \"{berkas}\", disalin "
            "dari tampilan Gantt Chart]", "")
        d.R("ID", "Task Name", "Fixed Cost", "Fixed Cost Accrual", "Total Cost", "Baseline", "Variance", "Actual",
            "Remaining", "Serapan (%)")
        d.R("0", f"DIPA {th} - {_kabnama(d).title().replace('Kpu', 'KPU')}", "Rp0,00", "Prorated", rp(tot[2]),
            rp(tot[2]), "Rp0,00", rp(tot[3]), rp(tot[4]), tot[5])
        n = 0
        for k, i, x in isi:
            n += 1
            if t[k] == 0:
                d.R(str(n), f"   {x[0]} {x[1]}", "Rp0,00", "Prorated", rp(x[2]), rp(x[2]), "Rp0,00", rp(x[3]), rp(x[4]),
                    x[5])
            else:
                d.R(str(n), f"      {x[0]} {x[1]}", rp(x[2]), "End", rp(x[2]), rp(x[2]), "Rp0,00", rp(x[3]),
                    rp(x[4]), x[5])
        d.L("", "(kunci: ID 0 = ringkasan proyek, yaitu jumlah seluruh pagu; baris menjorok tiga spasi = program, "
            "enam spasi = kegiatan; Baseline = Total Cost = pagu, Actual = realisasi, Remaining = sisa, Serapan (%) "
            "= field isian; Fixed Cost, Fixed Cost Accrual dan Variance bukan data tersendiri)", "")
    return r


KUM = (0.03, 0.09, 0.17, 0.26, 0.34, 0.43, 0.52, 0.61, 0.70, 0.79, 0.89)  # the RPD's cumulative plan, Jan .. Nov
SERAP = (0.02, 0.06, 0.12, 0.21, 0.29, 0.37, 0.46, 0.55, 0.64, 0.73, 0.84)  # the cumulative absorption, Jan .. Nov
BULAN = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def r_bowling(judul, th):
    """The budget as the bowling chart of the RPD (rencana penarikan dana) against the realisation: two TAB
    lines an item, `Rencana` (the plan, cumulative) and `Realisasi` (cumulative), one column a month (`Jan` ..
    `Des`), the serapan at the end of the realisation line; the December column is the year's pagu and
    realisasi; a program's line the sum of its kegiatan, the total the sum of the programs. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        assert max(t.values()) <= 1, "bowling chart: programs and kegiatan only"
        seri = {}
        for k, i, x in isi:
            if t[k] == 1:
                p, r_ = int(_n(x[2])), int(_n(x[3]))
                seri[k] = ([int(round(p * f, -3)) for f in KUM] + [p], [int(round(r_ * f, -3)) for f in SERAP] + [r_])
        for k, i, x in isi:
            if t[k] == 0:
                anak = [kk for kk, ii, y in isi if ii == k]
                seri[k] = tuple([sum(seri[a][j][m] for a in anak) for m in range(12)] for j in (0, 1))
        prog = [k for k, i, x in isi if t[k] == 0]
        stot = tuple([sum(seri[a][j][m] for a in prog) for m in range(12)] for j in (0, 1))
        assert stot[0][11] == int(_n(tot[2])) and stot[1][11] == int(_n(tot[3]))
        d.L(cap, "", f"[Lampiran: {judul} - bagan bowling (bowling chart) rencana penarikan dana dan realisasi "
            f"kumulatif per bulan tahun {th}, lembar kerja Excel dicetak]", "")
        d.R("Kode", "Program / Kegiatan", "Baris", *BULAN, "Serapan")
        for k, i, x in isi + [("", "", tot)]:
            ren, rea = seri[k] if k else stot
            d.R(x[0] if k else "", x[1] if k else "JUMLAH", "Rencana", *[id_int(v) for v in ren], "")
            d.R("", "", "Realisasi", *[id_int(v) for v in rea], x[5])
        d.L("", "(kunci: angka kumulatif dalam rupiah; kolom Des = pagu (baris Rencana) dan realisasi (baris Realisasi) "
            "sampai akhir tahun; sel hijau/merah pada lembar aslinya (realisasi di atas/di bawah rencana) tidak "
            "tercetak; Serapan = realisasi Des dibagi pagu)", "")
    return r


def r_bullet(judul, th):
    """The capaian as a bullet graph (Stephen Few's) of the performance dashboard, typed again: one line an
    indicator, its name padded, then the graph (the realisation a bar of `█` over the shaded ranges, the
    target a `┃` marker on it), then `realisasi ┃ target │ capaian`; a scale line on top, a key under it. The
    grade indicators (predikat, opini), which a bar cannot show, in a small TAB table under the graph. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        num = [x for x in rows if x[2] == "%"]
        hur = [x for x in rows if x[2] != "%"]
        w = max(len(x[1]) for x in num) + 2
        skala = 40  # 40 characters = 125 %
        d.L(cap, "", f"[Lampiran: {judul} - grafik peluru (bullet graph) dasbor kinerja {th}, diketik ulang]", "",
            f"{'':<{w}}0       25        50        75       100      125 %",
            f"{'':<{w}}|---------+---------+---------+---------+---------|")
        for x in num:
            t, rr = _v(x[3]), _v(x[4])
            nb = int(rr / 125 * skala + 0.5)
            nt = min(skala, int(t / 125 * skala + 0.5))
            g = ["\u2591"] * skala
            for j in range(min(nb, skala)):
                g[j] = "\u2588"
            g[min(nt, skala - 1)] = "\u2503"
            d.L(f"{x[1]:<{w}}{''.join(g)}  {x[4]} \u2503 {x[3]} \u2502 {x[5]}")
        d.L("", "(kunci: \u2588 = realisasi, \u2503 = target, \u2591 = rentang kualitatif; angka di kanan: realisasi "
            "\u2503 target \u2502 capaian (%); satuan seluruh indikator persen)", "")
        d.L("Indikator dengan nilai huruf:", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian")
        for x in hur:
            d.R(*x)
        d.B()
    return r


SUB = "\u2081\u2082\u2083\u2084\u2085"


def r_rumus(judul, th):
    """The SAKIP components as the evaluator's formula (a Word equation) copied into the report: `N = n₁ + n₂ +
    n₃ + n₄`, the components' values summed on the next line, the final score on the third, the weights summed
    as N maks beside it, then `dengan:` and one line a subscript naming the component. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp = [x for x in rows if x[0] != ""]
        akhir = next(x for x in rows if x[0] == "")
        k = len(komp)
        d.L(cap, "", f"[Lampiran: {judul} - rumus nilai akhir pada lembar kerja evaluator (Word, Persamaan), "
            "disalin]", "",
            "    N = " + " + ".join(f"n{SUB[i]}" for i in range(k)),
            "      = " + " + ".join(x[3] for x in komp),
            f"      = {akhir[3]}", "",
            "    N maks = " + " + ".join(f"b{SUB[i]}" for i in range(k)) + " = " + " + ".join(x[2] for x in komp)
            + f" = {akhir[2]}", "", "    dengan:")
        for i, x in enumerate(komp):
            d.L(f"      n{SUB[i]}, b{SUB[i]}  nilai dan bobot komponen {x[1]}")
        d.L("", "(N = nilai akhir hasil evaluasi AKIP; n = nilai komponen, b = bobot komponen)", "")
    return r
