# Shared helpers of the dev20/ authoring scripts (author20a.py, author20b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev19/common19.py (on ../dev18 .. ../dev7 and ../author/lib.py); this module adds the facts of
# dev19/ to that memory (common9.ingat("dev19")), so every SAKIP score or component, budget total,
# RB value and kabupaten DPT row the corpus already states is reused, never contradicted (and,
# through cap_lama / angg_lama / kec_lama, the capaian rows, program budgets and kecamatan rows of
# a reused satker/year), plus the renderers of the dev20 house styles. Every renderer is
# R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev19"))

import common19  # noqa: E402,F401  (puts ../dev18 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common19 import (angka_ke, baris, cap_lama, dpt_kab, id_dec, id_int, IND, jenis, NAMA, predikat,  # noqa: E402,F401
                      r_tab, rb_std, revisi_dipa, ribu, ribuan, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu)
from common7 import buka, kpu  # noqa: E402

common9.ingat("dev19")
KNOWN = common9.KNOWN
TABEL = re.compile(r"^Tabel 3\.(\d+)\s+")


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev20/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev20/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def judul(cap, gaya):
    """A caption `Tabel 3.N Judul` renumbered in a house style: gaya(n, title) gives the line."""
    m = TABEL.match(cap)
    if not m:
        return cap
    return gaya(int(m.group(1)), cap[m.end():])


def persen_sel(d):
    """The persen capaian facts' texts as printed with `%` in the cell (`77,50%`)."""
    for f in d.t["capaian"]:
        for k in ("target_teks", "realisasi_teks"):
            if f["satuan"] == "persen" and f[k] and f[k][0].isdigit() and not f[k].endswith("%"):
                f[k] += "%"


# ---- the ordinary Word report: one configurable TAB renderer ----
def r_biasa(gaya, kepala, urut=None, bawah=False, nomor_kol=False, dua=None, patah=None, pct=False):
    """An ordinary Word table as pdftotext gives it (TAB cells). gaya renumbers the caption;
    kepala(kind) gives the header names (same columns as the section's header); urut(kind) the column
    order (indexes) or None; bawah puts the caption under the table; nomor_kol adds the `(1) (2) …`
    row; dua(kind) gives a second header line (units) or None; patah = (rows per page, running head)
    breaks a long table over pages with the header repeated; pct prints `%` after capaian figures."""
    def r(d, cap, head, rows):
        k = jenis(head)
        hh = list(kepala(k) or head)
        pr = [list(x) for x in rows]
        if pct and k == "cap":
            for x in pr:
                for j in (3, 4):
                    if x[2] == "%" and angka_ke(x[j]) is not None:
                        x[j] = f"{x[j]}%"
        o = (urut(k) if urut else None) or list(range(len(hh)))
        hh = [hh[i] for i in o]
        pr = [[x[i] for i in o] for x in pr]
        c = judul(cap, gaya)
        atas = [hh]
        if dua and dua(k):
            atas.append([dua(k)[i] for i in o])
        if nomor_kol:
            atas.append([f"({i})" for i in range(1, len(hh) + 1)])
        if not bawah:
            d.L(c, "")
        for h in atas:
            d.R(*h)
        for i, x in enumerate(pr):
            if patah and i and i % patah[0] == 0 and i < len(pr) - 1:
                hal = sum(1 for y in d.lines if y == "\f") + 1
                d.L("", str(hal), "\f", patah[1], "", f"Lanjutan {c.split(' ', 2)[0]} {c.split(' ', 2)[1]}"
                    if c.startswith("Tabel") else "(lanjutan)")
                for h in atas:
                    d.R(*h)
            d.R(*x)
        if bawah:
            d.L("", c)
        d.B()
    return r


# ---- new house styles ----
def r_titik(lebar=64):
    """A table typed by a secretary with dot leaders: every row's name cell padded with `....` to the
    tab stop of the first figure (at least lebar characters, past the longest name), TAB cells kept."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head)
        lebar_ = max([lebar] + [len(str(x[1]).strip()) + 6 for x in rows])
        for x in rows:
            x = [str(c) for c in x]
            x[1] = (x[1].strip() + " ").ljust(lebar_, ".")
            d.R(*x)
        d.B()
    return r


def r_nota(dari, kepada, nomor, tanggal, penanda):
    """Each table the lampiran of a Nota Dinas of the subbagian that compiled it: the memo head
    (Yth., Dari, Nomor, Tanggal, Sifat, Lampiran, Hal), one paragraph, the signature, then
    `LAMPIRAN NOTA DINAS` with its number and the TAB table."""
    n = [0]

    def r(d, cap, head, rows):
        n[0] += 1
        k = jenis(head)
        no = f"{nomor[0] + n[0]:03d}/{nomor[1]}"
        dr = dari[k]
        d.L("NOTA DINAS", "", f"Yth.\t: {kepada}", f"Dari\t: {dr[0]}", f"Nomor\t: {no}",
            f"Tanggal\t: {tanggal}", "Sifat\t: Biasa", "Lampiran\t: 1 (satu) lembar", f"Hal\t: Bahan LKj — {cap}", "")
        d.P(f"Bersama ini kami sampaikan bahan penyusunan Laporan Kinerja sebagaimana terlampir untuk "
            f"dimasukkan ke dalam BAB III. Angka telah dicocokkan dengan dokumen sumber pada {dr[1]}.")
        d.L(dr[0], "", "", dr[2], "", penanda, "")
        d.L("LAMPIRAN NOTA DINAS", f"NOMOR\t: {no}", f"TANGGAL\t: {tanggal}", "")
        r_tab(d, cap, head, rows)
    return r


def r_gabung(d, cap, head, rows):
    """A printed Word table with merged header cells, three header lines as pdftotext reads them:
    the group cell on the first line, the vertically merged cells (No, Indikator, …) on the middle
    line, the group's sub-columns on the third; then the column numbers."""
    k = jenis(head)
    hh = [str(h) for h in head]
    grup = {"cap": (3, 6, f"Tahun {d.tahun}"), "ang": (2, 5, getattr(d, "satuan_ang", "Jumlah (Rp)")), "sakip": (2, 4, "Hasil Evaluasi"),
            "dpt": (4, 7, "Jumlah Pemilih")}[k]
    g0, g1, nama = grup
    sub = {"cap": ["Target", "Realisasi", "Capaian (%)"], "ang": ["Pagu", "Realisasi", "Sisa"],
           "sakip": ["Bobot", "Nilai"], "dpt": ["Laki-laki", "Perempuan", "Jumlah"]}[k]
    l1 = ["" for _ in hh]
    l1[g0] = nama
    l2 = [("" if g0 <= j < g1 else h) for j, h in enumerate(hh)]
    l3 = ["" for _ in hh]
    l3[g0:g1] = sub
    d.L(cap, "")
    d.R(*l1)
    d.R(*l2)
    d.R(*l3)
    d.R(*[f"({j})" for j in range(1, len(hh) + 1)])
    for x in rows:
        d.R(*x)
    d.B()


def r_susun(d, cap, head, rows):
    """A budget printed the way the old RKA-K/L forms stack their amounts: a `Rincian` column for the
    kegiatan's amounts and a `Jumlah` column for the program's and the total's, for pagu and for
    realisasi alike (a row fills one of the two); other tables in their ordinary TAB form."""
    k = jenis(head)
    if k != "ang":
        r_tab(d, cap, head, rows)
        return
    d.L(cap, "")
    d.R("Kode", "Uraian", "Pagu", "", "Realisasi", "", "Sisa", "Serapan")
    d.R("", "", "Rincian", "Jumlah", "Rincian", "Jumlah", "", "(%)")
    for x in rows:
        kode = str(x[0])
        if kode.isdigit():
            d.R(kode, x[1], x[2], "", x[3], "", x[4], x[5])
        else:
            d.R(kode, x[1], "", x[2], "", x[3], x[4], x[5])
    d.B()


def r_bawah(d, cap, head, rows):
    """Subtotals under their rows: the budget prints each program's kegiatan first and the program's
    own line under them as `Sub Jumlah` with its code, the grand total last; other tables plain."""
    k = jenis(head)
    if k != "ang":
        r_tab(d, cap, head, rows)
        return
    d.L(cap, "")
    d.R(*head)
    tunda = None
    for x in rows:
        kode = str(x[0])
        if "." in kode or kode == "":
            if tunda:
                d.R(tunda[0], "Sub Jumlah " + tunda[1], *tunda[2:])
            tunda = list(x) if kode else None
            if not kode:
                d.R(*x)
        else:
            d.R(*x)
    d.B()


def r_tibble(nama_obj):
    """The table as R prints a tibble in the console (RStudio): the call, `# A tibble: n × m`,
    snake-case column names, the `<chr>`/`<int>` type line, row numbers; every figure already
    formatted to Indonesian notation by format(), so the columns are <chr>; empty cells `NA`."""
    n = [0]

    def r(d, cap, head, rows):
        n[0] += 1
        ob = nama_obj(cap, n[0])
        key = lambda h: re.sub(r"[^a-z0-9]+", "_", str(h).lower()).strip("_") or "x"
        kol = [key(h) for h in head]
        sel = [["NA" if str(c) == "" else str(c) for c in x] for x in rows]
        tipe = ["<int>" if j == 0 and k == "no" else "<chr>" for j, k in enumerate(kol)]
        w = [max(len(kol[j]), len(tipe[j]), *(len(x[j]) for x in sel)) for j in range(len(kol))]
        rn = len(str(len(sel)))
        d.L(f"# {cap}", f"> {ob} |> print(n = Inf, width = Inf)", f"# A tibble: {len(sel)} × {len(kol)}")
        num = lambda j: tipe[j] == "<int>" or all(angka_ke(x[j]) is not None or x[j] in ("NA", "-") for x in sel)
        fmt = lambda j, s: s.rjust(w[j]) if num(j) else s.ljust(w[j])
        d.L(" " * rn + " " + " ".join(fmt(j, kol[j]) for j in range(len(kol))).rstrip())
        d.L(" " * rn + " " + " ".join(fmt(j, tipe[j]) for j in range(len(kol))).rstrip())
        for i, x in enumerate(sel, 1):
            d.L(str(i).rjust(rn) + " " + " ".join(fmt(j, x[j]) for j in range(len(kol))).rstrip())
        d.B()
    return r
