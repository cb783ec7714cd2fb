# Shared helpers of the dev22/ authoring scripts (author22a.py, author22b.py). Everything of the
# earlier batches comes through ../dev21/common21.py (on ../dev20 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev21/'s facts to the memory (common9.ingat(PREV)), so
# nothing stated there is contradicted, plus the renderers of this batch's house styles. Every renderer
# is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev21"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common21  # noqa: E402,F401  (puts ../dev20 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common21 import (angka_ke, baris, bulat_ribu, cap_lama, id_dec, id_int, IND, jenis, NAMA, persen_sel,  # noqa: E402,F401
                      predikat, r_kantor, r_tab, rb_std, revisi_baru, revisi_dipa, ribu, ribuan, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common7 import buka, kpu  # noqa: E402

common9.ingat(PREV)
KNOWN = common9.KNOWN


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev22/ opened up to BAB III's first table: the satker named nama, the year the
    base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev22/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def angka(s):
    return int(str(s).replace(".", ""))


def pola(i, seed, lo, hi):
    """A deterministic small figure in [lo, hi] for row i (no randomness)."""
    return lo + (i * 37 + seed * 11) % (hi - lo + 1)


# ---- new house styles ----
def r_dhasil(pem_nama):
    """The DPT as the recapitulation form of the voting results gives it (the data-pemilih part of a
    `Model D.Hasil Kecamatan`): one block per kecamatan with its villages and TPS in the block's head,
    then the rows `1. Jumlah pemilih dalam DPT`, `2. ... DPTb`, `3. ... DPK`, `4. Jumlah pemilih (1+2+3)`
    under the columns `L`, `P`, `JML`; the kabupaten block last (`Model D.Hasil Kabupaten`). Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Rekapitulasi DPT", "Rekapitulasi Data Pemilih (Model D.Hasil)"), "")
        tb = [0, 0]
        for i, x in enumerate(rows):
            kab = str(x[0]) == ""
            l, p = angka(x[4]), angka(x[5])
            if kab:
                bl, bp = tb
            else:
                bl, bp = pola(i, 3, 4, 61), pola(i, 7, 3, 58)
                tb = [tb[0] + bl, tb[1] + bp]
            kl, kp = (pola(i, 5, 0, 19), pola(i, 2, 0, 17)) if not kab else (sum_k[0], sum_k[1])
            if i == 0:
                sum_k = [0, 0]
            if not kab:
                sum_k = [sum_k[0] + kl, sum_k[1] + kp]
            if kab:
                d.L(f"MODEL D.HASIL KABUPATEN - {pem_nama}", f"KABUPATEN\t: {NAMA[d.satker].upper()}")
            else:
                d.L(f"MODEL D.HASIL KECAMATAN - {pem_nama}", f"KECAMATAN\t: {x[1]}")
            if str(x[2]) != "-":
                d.L(f"JUMLAH DESA/KEL\t: {x[2]}")
            d.L(f"JUMLAH TPS\t: {x[3]}")
            d.R("I. DATA PEMILIH", "L", "P", "JML")
            d.R("1. Jumlah pemilih dalam DPT", x[4], x[5], x[6])
            d.R("2. Jumlah pemilih dalam DPTb", id_int(bl), id_int(bp), id_int(bl + bp))
            d.R("3. Jumlah pemilih dalam DPK", id_int(kl), id_int(kp), id_int(kl + kp))
            d.R("4. Jumlah pemilih (1+2+3)", id_int(l + bl + kl), id_int(p + bp + kp), id_int(l + p + bl + bp + kl + kp))
            d.B()
    return r


LIG = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))
SHY = {"Realisasi": "Reali\u00adsasi", "Kecamatan": "Keca\u00admatan", "Perempuan": "Perem\u00adpuan",
       "Indikator": "Indi\u00adkator", "Penyerapan": "Penye\u00adrapan", "Komponen": "Kompo\u00adnen",
       "Capaian": "Capai\u00adan", "Laki-laki": "Laki-\u00adlaki"}


def tipeset(d):
    """The text of a typeset PDF as pdftotext gives it: the ligatures fi, fl, ff, ffi, ffl of prose and
    table headers kept as their single code points (U+FB00..FB04), soft hyphens (U+00AD) left inside long
    header words where the typesetter could break them, a no-break space between `Rp` and its figure and
    before `%` in prose. Table body cells (names, figures) are left alone."""
    out, kepala = [], False
    for ln in d.lines:
        if "\t" in ln:
            if not kepala:
                cells = ln.split("\t")
                for a, b in sorted(SHY.items()):
                    cells = [c.replace(a, b) if not c[:1].isdigit() else c for c in cells]
                ln = "\t".join(cells)
            kepala = True
        else:
            kepala = False
            for a, b in LIG:
                ln = ln.replace(a, b)
            ln = ln.replace("Rp ", "Rp\u00a0").replace(" %", "\u00a0%")
            import re
            ln = re.sub(r"Rp(\d)", "Rp\u00a0\\1", ln)
        out.append(ln)
    d.lines = out


def r_kartu(tahun, kode_satker):
    """The budget as the control cards (Kartu Pengawasan Realisasi Anggaran) of each kegiatan: the card's
    head (program, kegiatan code and name, pagu), then its SP2D lines (number, date, amount, running
    total) and `Jumlah Realisasi`, `Sisa Pagu`; after the cards a recapitulation per program with its
    `Jumlah` line. Capaian, SAKIP and DPT tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Realisasi Anggaran", "Kartu Pengawasan Realisasi Anggaran"), "")
        prog, no = "", 0
        for x in rows:
            k = str(x[0])
            if "." in k:
                prog = f"{x[0]} {x[1]}"
                continue
            if not k:
                continue
            no += 1
            pagu, real = angka(x[2]), angka(x[3])
            d.L(f"KARTU PENGAWASAN NO. {no:02d}/{kode_satker}/{tahun}", f"Program\t: {prog}",
                f"Kegiatan\t: {k} {x[1]}", f"Pagu\t: Rp {x[2]}")
            d.R("No. SP2D", "Tanggal", "Nilai SP2D (Rp)", "Kumulatif (Rp)")
            n = 3 + no % 3
            bag = [real * (j + 2) // sum(range(2, n + 2)) for j in range(n)]
            bag[-1] = real - sum(bag[:-1])
            cum = 0
            for j, v in enumerate(bag):
                cum += v
                bln = 2 + j * (10 // n)
                d.R(f"{230000 + no * 97 + j * 13:06d}T/{tahun}", f"{(5 + j * 7) % 27 + 1:02d}/{bln:02d}/{tahun}",
                    id_int(v), id_int(cum))
            d.R("", "Jumlah Realisasi", id_int(real), "")
            d.R("", "Sisa Pagu", id_int(pagu - real), "")
            d.B()
        d.L(f"Rekapitulasi Kartu Pengawasan per Program Tahun {tahun}", "")
        d.R("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
        for x in rows:
            if "." in str(x[0]) or not str(x[0]):
                d.R(*x)
        d.B()
    return r


def r_umur(d, cap, head, rows):
    """The DPT as SIDALIH's recapitulation by age gives it: per kecamatan the TPS, L, P and the total,
    then the voters by age band (`<= 20`, `21-30`, `31-40`, `41-50`, `51-60`, `> 60`) summing to the
    total; other tables plain TAB."""
    if jenis(head) != "dpt":
        r_tab(d, cap, head, rows)
        return
    d.L(cap.replace("Rekapitulasi DPT", "Rekapitulasi DPT menurut Kelompok Umur"), "")
    d.R("", "", "", "", "Jenis Kelamin", "", "", "Kelompok Umur (tahun)", "", "", "", "", "")
    d.R("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah", "<= 20", "21-30", "31-40", "41-50", "51-60", "> 60")
    bag = (9, 22, 21, 19, 15)
    acc = [0] * 6
    for i, x in enumerate(rows):
        tot = angka(x[6])
        if str(x[0]):
            u = [tot * (b + (i + j) % 3 - 1) // 100 for j, b in enumerate(bag)]
            u.append(tot - sum(u))
            acc = [a + b for a, b in zip(acc, u)]
        else:
            u = acc
        d.R(*x, *[id_int(v) for v in u])
    d.B()


def r_manual_iku(d, cap, head, rows):
    """The capaian as the Manual IKU sheets the e-SAKIP application prints: one sheet per indicator
    (`Nama IKU`, `Definisi`, `Formula`, `Satuan`, `Sumber Data`, `Target 20xx`, `Realisasi 20xx`,
    `Capaian`), the formula naming the figures it divides; other tables plain TAB."""
    if jenis(head) != "cap":
        r_tab(d, cap, head, rows)
        return
    d.L(cap.replace("Pengukuran Kinerja", "Manual dan Capaian IKU"), "")
    th = d.tahun
    for x in rows:
        sat = {"%": "Persen (%)", "Predikat": "Predikat", "Opini": "Opini"}.get(str(x[2]), str(x[2]))
        formula = {"%": "(jumlah yang terealisasi : jumlah yang ditargetkan) x 100",
                   "Predikat": "Predikat hasil evaluasi SAKIP oleh Inspektorat Utama KPU",
                   "Opini": "Opini BPK atas Laporan Keuangan KPU"}.get(str(x[2]), "-")
        d.L(f"MANUAL IKU {x[0]} dari {len(rows)}")
        d.R("Nama IKU", x[1])
        d.R("Definisi", f"Ukuran keberhasilan atas {str(x[1])[0].lower()}{str(x[1])[1:]}")
        d.R("Formula", formula)
        d.R("Satuan", sat)
        d.R("Sumber Data", "Subbagian Perencanaan, Data dan Informasi")
        d.R(f"Target {th}", x[3])
        d.R(f"Realisasi {th}", x[4])
        d.R("Capaian (%)", x[5])
        d.B()


def r_notulen(jam0=9):
    """Tables as they stand in the minutes of the plenary evaluation meeting (Notulen Rapat Pleno
    Evaluasi Kinerja): before each table a timed speaker line naming who shows it, the table TAB
    rows, then a timed line with the plenary's response; the minutes count their items."""
    st = {"n": 0}

    def r(d, cap, head, rows):
        st["n"] += 1
        n = st["n"]
        jam = f"{jam0 + n // 2:02d}.{(n * 17) % 60:02d}"
        siapa = {"cap": "Kasubbag Program dan Data", "ang": "Kasubbag Keuangan, Umum dan Logistik",
                 "sakip": "Kasubbag Program dan Data", "dpt": "Kasubbag Perencanaan, Data dan Informasi"}[jenis(head)]
        d.L(f"Pukul {jam} WITA - Butir {n}", f"{siapa} menayangkan bahan: {cap}")
        d.R(*head)
        for x in rows:
            d.R(*x)
        d.L(f"Tanggapan pleno: bahan butir {n} diterima tanpa perubahan angka; dicatat untuk dimuat dalam LKj.", "")
    return r
