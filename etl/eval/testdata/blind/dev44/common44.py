# Shared helpers of the dev44/ authoring scripts (author44a.py, author44b.py). Everything of the
# earlier batches comes through ../dev43/common43.py (on ../dev42 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev43/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev43"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common43  # noqa: E402,F401  (puts ../dev42 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common43 import (abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
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
def r_presensi(judul, mesin):
    """The capaian as the recap printed by the office's fingerprint attendance machine (rekap mesin presensi sidik
    jari) typed again: one `PIN` an indicator, its name wrapped in the `Nama` column, `Sat.`, `Jadwal` (the
    target), `Hadir` (the realisasi), `% Hadir` (the printed capaian) and `Ket.` (TEPAT / KURANG); a key line
    over the columns. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        wn = 36
        fmt = lambda a, b, c_, e, f, g, h: f"{a:<5}{b:<{wn}} {c_:<9}{e:>8}{f:>9}{g:>9}  {h}"
        W = len(fmt("", "", "", "", "", "", "KURANG"))
        d.L(cap, "", f"[Cetak: {judul} - teks cetakan diketik ulang]", "", mesin,
            "LAPORAN REKAPITULASI KEHADIRAN (MODE: INDIKATOR KINERJA)",
            f"Periode : 01-01-{d.tahun} s/d 31-12-{d.tahun}      Dept : Sekretariat {KAB(d)}",
            "Kunci   : Jadwal = target PK; Hadir = realisasi; % Hadir = capaian kinerja", "=" * W,
            fmt("PIN", "Nama", "Sat.", "Jadwal", "Hadir", "% Hadir", "Ket."), "=" * W)
        for x in rows:
            nm = textwrap.wrap(x[1], wn)
            d.L(fmt(f"{int(x[0]):04d}", nm[0], x[2], x[3], x[4], x[5], "TEPAT" if _lulus(x) else "KURANG").rstrip())
            for s in nm[1:]:
                d.L(fmt("", s, "", "", "", "", "").rstrip())
        d.L("=" * W, f"Dicetak: 31-12-{d.tahun} 16:05   Operator: ADMIN   Halaman 1/1", "")
    return r


def r_zreport(judul, toko):
    """The budget as the cash register's end-of-day Z-report (laporan tutup kasir) typed again: a narrow head,
    one `DEPT nn` block a budget line (the code, the name wrapped, `INDUK` the parent program of a kegiatan,
    `PAGU`, `TERJUAL` the realisasi, `SISA STOK` the sisa, `RASIO` the serapan); the `GRAND TOTAL` block last.
    Other tables plain TAB."""
    W = 42

    def blok(d, n, x, induk):
        d.L(f"DEPT {n:02d}  {x[0]}" if x[0] else "GRAND TOTAL")
        for s in textwrap.wrap(x[1].upper(), W - 1):
            d.L(f" {s}")
        if induk:
            d.L(f" INDUK {induk}")
        for k, v in (("PAGU", x[2]), ("TERJUAL", x[3]), ("SISA STOK", x[4])):
            d.L(f"  {k:<10}Rp{v:>{W - 14}}")
        d.L(f"  {'RASIO':<12}{x[5] + '%':>{W - 14}}", "-" * W)

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Salinan: {judul} - teks struk diketik ulang]", "", "*" * W, toko.center(W).rstrip(),
            f"Z-REPORT #{d.tahun % 100:02d}12".center(W).rstrip(), f"TUTUP BUKU 31/12/{d.tahun}  23:59".center(W).rstrip(),
            "*" * W, "KUNCI: PAGU=pagu  TERJUAL=realisasi", "       SISA STOK=sisa  RASIO=serapan", "-" * W)
        induk, n = None, 0
        for x in rows:
            if x[0] == "":
                continue
            n += 1
            if _prog(x[0]):
                induk = x[0]
                blok(d, n, x, None)
            else:
                blok(d, n, x, induk)
        tot = next(x for x in rows if x[0] == "")
        blok(d, 0, ["", "SELURUH DEPT"] + tot[2:], None)
        d.L("*** Z-REPORT SELESAI - LACI DITUTUP ***".center(W).rstrip(), "")
    return r


def r_worklog(judul, proyek):
    """The SAKIP evaluation as the worklog report of the office's issue tracker typed again: an epic for the
    evaluated year, one sub-task a component with `Orig. Est.` (the bobot) and `Time Spent` (the nilai), the
    epic's sums (the score over 100,00) and `Resolusi` the predikat. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        wn = max(34, max(len(x[1]) for x in komp) + 2)
        fmt = lambda a, b, c_, e, f: f"{a:<11}{b:<{wn}}{c_:>11}{e:>12}{f:>8}"
        W = len(fmt("", "", "", "", ""))
        d.L(cap, "", f"[Ekspor: {judul} - teks ekspor diketik ulang]", "",
            f"{proyek} / Laporan Worklog", f"Epik    : AKIP-{th}  Evaluasi Akuntabilitas Kinerja Tahun {th}",
            "Status  : SELESAI          Assignee: Tim SAKIP Sekretariat",
            "Kunci   : Orig. Est. = bobot komponen; Time Spent = nilai; Resolusi = predikat", "-" * W,
            fmt("Key", "Ringkasan (sub-task)", "Orig. Est.", "Time Spent", "Sisa"), "-" * W)
        for i, x in enumerate(komp, 1):
            sisa = id_dec(round(angka(x[2]) - angka(x[3]), 2))
            d.L(fmt(f"AKIP-{th[2:]}{i}", x[1], x[2], x[3], sisa))
        d.L("-" * W, fmt(f"AKIP-{th}", "Total epik", tot[2], tot[3], "").rstrip(),
            f"Resolusi: {predikat(angka(tot[3]))}", "-" * W, "")
    return r


def r_dapodik(judul, portal):
    """The DPT as a rekap page of the regional data portal built on the Dapodik template, printed: a breadcrumb,
    the columns in Dapodik's order `Wilayah` `Total` `L` `P` then `Desa/Kel.` `TPS`, each kecamatan `Kec. Name`
    with a `›` link mark, the kabupaten's `Total` row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        fmt = lambda a, b, c_, e, f, g: f"{a:<30}{b:>10}{c_:>10}{e:>10}{f:>11}{g:>7}"
        W = len(fmt("", "", "", "", "", ""))
        nama = NAMA[d.satker]
        d.L(cap, "", f"[Cetak halaman: {judul} - teks halaman diketik ulang]", "", portal,
            f"Beranda  >  Rekap Pemilih  >  Kab. {nama}", "Data Pemilih Tetap per Kecamatan (tata letak Dapodik)", "",
            fmt("Wilayah", "Total", "L", "P", "Desa/Kel.", "TPS"), "-" * W)
        for x in rows:
            if x[0] == "":
                continue
            nm = " ".join(w.capitalize() if "'" not in w else w[0] + w[1:].lower() for w in x[1].split())
            d.L(fmt(f"\u203a Kec. {nm}", x[6], x[4], x[5], x[2], x[3]))
        tot = next(x for x in rows if x[0] == "")
        d.L("-" * W, fmt(f"Total Kab. {nama}", tot[6], tot[4], tot[5], tot[2], tot[3]), "",
            "Klik nama kecamatan untuk rincian per desa/kelurahan.", "")
    return r


def r_konsol(judul, skrip):
    """The budget as the console output of the treasurer's realisation script typed again: one `[n/N]` step a
    budget line (code and name, `induk` the parent program of a kegiatan), a download-style progress line
    `NN%[====>   ]` with `realisasi / pagu` and `sisa`; a closing `SELESAI` line with the total. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        isi = [x for x in rows if x[0] != ""]
        d.L(cap, "", f"[Salinan layar: {judul} - teks konsol diketik ulang]", "",
            f"bendahara@kpu-{d.satker}:~$ {skrip} --tahun {d.tahun}",
            f"Membaca DIPA {d.tahun} ... {len(isi)} baris anggaran", "")
        induk = None
        for n, x in enumerate(isi, 1):
            if _prog(x[0]):
                induk, ind = x[0], "-"
            else:
                ind = induk
            k = int(angka(x[5]) / 100 * 30) if _num(x[5]) else 0
            d.L(f"[{n}/{len(isi)}] {x[0]}  {x[1]}", f"      induk: {ind}",
                f"      {x[5]:>6}%[{'=' * k}>{' ' * (30 - k)}] {x[3]} / {x[2]}  sisa {x[4]}", "")
        tot = next(x for x in rows if x[0] == "")
        d.L(f"SELESAI. Total realisasi {tot[3]} dari pagu {tot[2]} ({tot[5]}%), sisa {tot[4]}.",
            "(angka dalam rupiah; format: realisasi / pagu)", "")
    return r


def r_alert(judul, alat):
    """The capaian as the alert log of the office's monitoring tool typed again: one line an indicator's rule
    evaluated at the year's end, `[OK]` or `[FIRING]`, `rule="…"` the indicator, `unit=` its unit, `value=` the
    realisasi, `threshold=` the target, `ratio=` the printed capaian; a key. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Ekspor: {judul} - teks log diketik ulang]", "",
            f"# {alat} - alert.log (evaluasi akhir tahun {d.tahun})",
            "# kunci: value = realisasi; threshold = target PK; ratio = capaian (%)")
        for i, x in enumerate(rows, 1):
            st = "OK" if _lulus(x) else "FIRING"
            d.L(f"{d.tahun}-12-31T23:{50 + i:02d}:00+08:00 [{st}] id=ikk-{int(x[0]):02d} rule=\"{x[1]}\" "
                f"unit={x[2]} value={x[4]} threshold={x[3]} ratio={x[5]}")
        d.L("# akhir log", "")
    return r
