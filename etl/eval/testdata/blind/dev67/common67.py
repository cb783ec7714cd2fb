# Shared helpers of this batch's authoring scripts (author67a.py, author67b.py). Everything of the
# earlier batches comes through ../dev66/common66.py (on ../dev65 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev66/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev66"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common66  # noqa: E402,F401  (puts ../dev65 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common66 import _tercapai  # noqa: E402
from common66 import (_bil, _tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, _tingkat, _kabnama,  # noqa: E402,F401
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
def r_kelamin(judul):
    """The DPT with **sex as a row dimension**, as the PPK recap in Word with merged cells: per kecamatan three
    lines (`Laki-laki`, `Perempuan`, `Jumlah`) in a column `Jenis Kelamin`, the No, Kecamatan, Desa/Kel and
    TPS cells merged down the three lines (so printed on the first line only), the figure in one column
    `Pemilih`; the kabupaten's three lines last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - tabel Word dengan sel digabung; jenis kelamin sebagai baris]", "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Jenis Kelamin", "Pemilih")
        for x in isi + [tot]:
            d.R(x[0], x[1], x[2], x[3], "Laki-laki", x[4])
            d.R("", "", "", "", "Perempuan", x[5])
            d.R("", "", "", "", "Jumlah", x[6])
        d.L("", "(kunci: tiga baris per kecamatan; sel No, Kecamatan, Desa/Kel dan TPS digabung ke bawah; tiga "
            "baris terakhir = jumlah kabupaten)", "")
    return r


def r_peta(judul, label):
    """The DPT **keyed to the numbers of the kecamatan map** (Peta Wilayah): the table names no kecamatan, its first
    column `No. Peta` holds the number each kecamatan carries on the map beside it in the report; the names stand
    only in the map's legend, printed under the table (`1 = NAMA;` three a line); the kabupaten row, labelled,
    last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - nomor kecamatan mengikuti Peta Wilayah Kerja; nama pada legenda peta]", "")
        d.R("No. Peta", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")
        for i, x in enumerate(isi, 1):
            d.R(i, *x[2:7])
        d.R(label, *tot[2:7])
        d.L("", "Legenda Peta Wilayah Kerja (nomor = kecamatan):")
        for k in range(0, len(isi), 3):
            d.L("   " + "   ".join(f"{i} = {isi[i - 1][1]};" for i in range(k + 1, min(k + 4, len(isi) + 1))))
        d.L("")
    return r


def r_mekanisme(judul):
    """The budget with **its realisasi split by payment mechanism**, as SAKTI's realisation report by mechanism
    gives it: a two-row header, `Realisasi` spanning `LS` (direct payment to the payee) and `UP/GUP` (from the
    treasurer's revolving fund) and their `Jumlah`, then `Sisa` and `%`; LS + UP/GUP = Jumlah on every row, a
    parent's parts the sums of its children's, the total's the sums of the programs'. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        induk = {k: i for k, i, _ in isi}
        anak = {i for _, i, _ in isi if i}
        ls = {}
        for k, i, x in isi:  # the leaves: a share of their realisasi, fixed by the pagu's digits
            if k not in anak:
                real = int(_bil(x[3]))
                ls[k] = real * (55 + int(_bil(x[2])) // 1000 % 23) // 100
        for k, i, x in reversed(isi):  # parents from their children (children stand under their parent)
            if k in anak:
                ls[k] = sum(ls[j] for j, ij, _ in isi if ij == k)
        ls_tot = sum(ls[k] for k, i, _ in isi if not induk[k])
        d.L(cap, "", f"[Lampiran: {judul} - laporan realisasi menurut mekanisme pembayaran (SAKTI)]", "")
        d.R("Kode", "Uraian", "Pagu", "Realisasi", "", "", "Sisa", "%")
        d.R("", "", "", "LS", "UP/GUP", "Jumlah", "", "")
        for k, i, x in isi:
            real = int(_bil(x[3]))
            d.R(x[0], x[1], x[2], id_int(ls[k]), id_int(real - ls[k]), x[3], x[4], x[5])
        real = int(_bil(tot[3]))
        d.R(tot[0], tot[1], tot[2], id_int(ls_tot), id_int(real - ls_tot), tot[3], tot[4], tot[5])
        d.L("", "(kunci: LS = pembayaran langsung kepada pihak ketiga; UP/GUP = pembayaran melalui uang persediaan "
            "bendahara; LS + UP/GUP = Jumlah realisasi; kode kosong = jumlah DIPA)", "")
    return r


def r_duabaris(judul):
    """The budget with **two figures stacked in each cell** (a line break typed in the cell): the column
    `Pagu / Realisasi` holds the pagu on the row's first line and the realisasi on its second, the column
    `Sisa / Serapan` the sisa and the percent; code and name on the first line only. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"[Lampiran: {judul} - dua angka bertumpuk dalam satu sel]", "")
        d.R("Kode", "Program/Kegiatan", "Pagu / Realisasi (Rp)", "Sisa (Rp) / Serapan (%)")
        for x in [x for _, _, x in isi] + [tot]:
            d.R(x[0], x[1], x[2], x[4])
            d.R("", "", x[3], x[5])
        d.L("", "(kunci: baris atas sel = Pagu dan Sisa, baris bawah = Realisasi dan Serapan; kode kosong = jumlah)", "")
    return r


def r_penjelasan(judul):
    """The capaian with **an explanation row under every indicator**: the Word table's row of merged cells
    (`Penjelasan: …`, one sentence restating the row's figures in words) between the indicator rows, the No cell
    empty. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"[Lampiran: {judul} - setiap indikator diikuti baris penjelasan (sel digabung)]", "")
        d.R(*head)
        for x in [[str(c) for c in x] for x in rows]:
            d.R(*x)
            if _bil(x[5]) is None:
                kal = f"Penjelasan: target {x[3]} dan realisasi {x[4]}; capaian dinilai menurut peringkat."
            else:
                kal = (f"Penjelasan: realisasi {x[4]} dibandingkan target {x[3]} memberi capaian {x[5]}%, "
                       + ("target tercapai." if _tercapai(x) else "target belum tercapai."))
            d.R("", kal)
        d.L("", "(kunci: baris Penjelasan = sel digabung selebar tabel, bukan indikator)", "")
    return r


AREA = ("Manajemen Perubahan", "Deregulasi Kebijakan", "Penataan dan Penguatan Organisasi", "Penataan Tata Laksana",
        "Penataan Sistem Manajemen SDM Aparatur", "Penguatan Akuntabilitas", "Penguatan Pengawasan",
        "Peningkatan Kualitas Pelayanan Publik")
PORSI = (8, 10, 10, 12, 16, 16, 14, 14)  # the areas' shares of the bobot, in percent
LAJU = (3, -4, 2, -1, 5, -3, 1, -2)  # each area's score above or below the overall rate, in points of percent


def rb_area(d, tahun, nb, caption):
    """The RB self-assessment (PMPRB) **by its eight areas of change**: per area its bobot, nilai and percent, the
    row `Jumlah` last with the satker's RB nilai, bobot and percent (the facts of rb_std, nb). The areas' figures
    are made to sum to the totals to the cent."""
    nilai, bobot, pct = (round(v * 100) for v in nb)
    bs = [bobot * k // 100 for k in PORSI[:-1]]
    bs.append(bobot - sum(bs))
    ns = [round(b * (nilai / bobot + l / 100)) for b, l in zip(bs[:-1], LAJU[:-1])]
    ns.append(nilai - sum(ns))
    d.L(caption, "")
    d.R("No", "Area Perubahan", "Bobot", "Nilai", "Persen (%)")
    for i, (a, b, n) in enumerate(zip(AREA, bs, ns), 1):
        d.R(i, a, id_dec(b / 100), id_dec(n / 100), id_dec(round(n / b * 100, 2)))
    d.R("", "Jumlah", id_dec(nb[1]), id_dec(nb[0]), id_dec(nb[2]))
    d.L("", "Sumber: Lembar Kerja Evaluasi PMPRB, diolah.", "")
