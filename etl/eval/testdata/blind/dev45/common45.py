# Shared helpers of the dev45/ authoring scripts (author44a.py, author44b.py). Everything of the
# earlier batches comes through ../dev44/common44.py (on ../dev43 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev44/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev44"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common44  # noqa: E402,F401  (puts ../dev43 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common44 import (abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
                      lipat, NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, polos_rp,
                      PERINGKAT, tercapai, garis, _prog, buka, kpu, sec_dpt_prosa, kotak, tercapai_teks, KAB, _num,
                      _lulus)

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


def _rp(s):
    """An amount cell as an integer (the cell is printed with dots)."""
    return int(s.replace(".", ""))


# ---- new house styles ----
def r_pytest(judul, skrip):
    """The capaian as the session report of the office's test runner typed again: one `PASSED` / `FAILED` line an
    indicator test, then `target=`, `realisasi=`, `capaian=` and `satuan=` on an indented line. Other tables TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Salinan layar: {judul} - teks keluaran diketik ulang]", "",
            f"$ python3 -m pytest {skrip} -v --tahun={d.tahun}",
            "=" * 30 + " test session starts " + "=" * 30, f"collected {len(rows)} items", "")
        lulus = 0
        for i, x in enumerate(rows, 1):
            ok = _lulus(x)
            lulus += ok
            d.L(f"{skrip}::test_ikk_{int(x[0]):02d} {'PASSED' if ok else 'FAILED'}  [{round(100 * i / len(rows)):3d}%]",
                f"    indikator=\"{x[1]}\"",
                f"    satuan={x[2]}  target={x[3]}  realisasi={x[4]}  capaian={x[5]}")
        d.L("", "=" * 27 + f" {lulus} passed, {len(rows) - lulus} failed " + "=" * 27,
            "(kunci: target = target PK; realisasi = realisasi; capaian = capaian kinerja dalam persen)", "")
    return r


def r_dfh(judul, host):
    """The budget as a `df`-style usage table printed by the treasurer's shell script: `Filesystem` the code,
    `Size` the pagu, `Used` the realisasi, `Avail` the sisa, `Use%` the serapan, `Mounted on` the name; the
    `total` line last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        fmt = lambda a, b, c_, e, f, g: f"{a:<18}{b:>16}{c_:>16}{e:>15}{f:>8}  {g}"
        d.L(cap, "", f"[Salinan layar: {judul} - teks keluaran diketik ulang]", "",
            f"keuangan@{host}:~$ ./pagu-df --tahun {d.tahun} --rupiah",
            fmt("Filesystem", "Size", "Used", "Avail", "Use%", "Mounted on"))
        for x in rows:
            if x[0] == "":
                continue
            d.L(fmt(x[0], x[2], x[3], x[4], x[5] + "%", "/" + x[1]))
        tot = next(x for x in rows if x[0] == "")
        d.L(fmt("total", tot[2], tot[3], tot[4], tot[5] + "%", "-"),
            "(kunci: Size = pagu; Used = realisasi; Avail = sisa; Use% = serapan)", "")
    return r


def r_rkonsol(judul):
    """The SAKIP evaluation as an R console session typed again: `> komponen` prints a data frame (row number,
    `komponen`, `bobot`, `nilai`), `> colSums(...)` the sums ([1]-style), `> predikat` the grade. Other tables TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        wn = max(len(x[1]) for x in komp) + 2
        d.L(cap, "", f"[Salinan layar: {judul} - teks konsol R diketik ulang]", "",
            f"> komponen <- read.csv(\"sakip{th}.csv\", dec = \",\")", "> komponen",
            f"   {'komponen':<{wn}}{'bobot':>8}{'nilai':>8}")
        for i, x in enumerate(komp, 1):
            d.L(f"{i:<3}{x[1]:<{wn}}{x[2]:>8}{x[3]:>8}")
        d.L("> colSums(komponen[, c(\"bobot\", \"nilai\")])", f"{'bobot':>8}{'nilai':>8}", f"{tot[2]:>8}{tot[3]:>8}",
            "> predikat(sum(komponen$nilai))", f"[1] \"{predikat(angka(tot[3]))}\"",
            f"(kunci: nilai hasil evaluasi AKIP tahun {th}; desimal dengan koma)", "")
    return r


def r_logbook(judul, operator):
    """The DPT as the data operator's handwritten daily logbook (buku log harian operator) typed again: a dated entry
    `Sen 03/04  09.15` a kecamatan, its figures written as `lk n / pr n = n pemilih, n TPS, n desa/kel.`; the last
    entry the kabupaten's recap `REKAP KAB.`. Other tables plain TAB."""
    hari = ("Sen", "Sel", "Rab", "Kam", "Jum")

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Salinan: {judul} - tulisan tangan diketik ulang]", "",
            f"BUKU LOG HARIAN OPERATOR - {operator}", "(lk = laki-laki, pr = perempuan; angka sesuai berita acara pleno)", "")
        for i, x in enumerate([x for x in rows if x[0] != ""]):
            d.L(f"{hari[i % 5]} {3 + i // 5 * 7 + i % 5:02d}/04  {9 + i % 5:02d}.{15 * (i % 4):02d}  Kec. {x[1]}: entri selesai",
                f"      lk {x[4]} / pr {x[5]} = {x[6]} pemilih, {x[3]} TPS, {x[2]} desa/kel.")
        tot = next(x for x in rows if x[0] == "")
        d.L("", f"REKAP KAB. {x_nama(d)}: lk {tot[4]} / pr {tot[5]} = {tot[6]} pemilih, {tot[3]} TPS, {tot[2]} desa/kel.",
            "(cocok dengan rekap kabupaten - paraf operator)", "")
    return r


def x_nama(d):
    return NAMA[d.satker].upper()


def r_awk(judul, berkas):
    """The DPT as the output of an awk one-liner typed again: the command line, then one space-separated line a
    kecamatan (`KECAMATAN` with underscores for spaces, L, P, JUMLAH, TPS, DESA), the `TOTAL` line last. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Salinan layar: {judul} - teks keluaran diketik ulang]", "",
            f"$ awk -F';' 'NR>1 {{print $2, $5, $6, $7, $4, $3}}' {berkas}", "KECAMATAN L P JUMLAH TPS DESA")
        for x in rows:
            if x[0] == "":
                continue
            d.L(f"{x[1].replace(' ', '_')} {x[4]} {x[5]} {x[6]} {x[3]} {x[2]}")
        tot = next(x for x in rows if x[0] == "")
        d.L(f"TOTAL_{x_nama(d).replace(' ', '_')} {tot[4]} {tot[5]} {tot[6]} {tot[3]} {tot[2]}",
            "(kolom: kecamatan, laki-laki, perempuan, jumlah pemilih, TPS, desa/kelurahan)", "")
    return r


def r_coverage(judul):
    """The budget as a coverage-style report typed again: `Name` the code and name, `Stmts` the pagu, `Hit` the
    realisasi, `Miss` the sisa, `Cover` the serapan; `TOTAL` last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        wn = max(len(f"{x[0]} {x[1]}") for x in rows) + 2
        wn = min(wn, 70)
        fmt = lambda a, b, c_, e, f: f"{a:<{wn}}{b:>16}{c_:>16}{e:>15}{f:>8}"
        W = len(fmt("", "", "", "", ""))
        d.L(cap, "", f"[Salinan layar: {judul} - teks laporan diketik ulang]", "",
            fmt("Name", "Stmts", "Hit", "Miss", "Cover"), "-" * W)
        for x in rows:
            if x[0] == "":
                continue
            nm = textwrap.wrap(f"{x[0]} {x[1]}", wn - 2)
            d.L(fmt(nm[0], x[2], x[3], x[4], x[5] + "%"))
            for s in nm[1:]:
                d.L("  " + s)
        tot = next(x for x in rows if x[0] == "")
        d.L("-" * W, fmt("TOTAL", tot[2], tot[3], tot[4], tot[5] + "%"),
            "(kunci: Stmts = pagu; Hit = realisasi; Miss = sisa pagu; Cover = serapan; dalam rupiah)", "")
    return r
