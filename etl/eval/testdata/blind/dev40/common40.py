# Shared helpers of the dev40/ authoring scripts (author40a.py, author40b.py). Everything of the
# earlier batches comes through ../dev39/common39.py (on ../dev38 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev39/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev39"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common39  # noqa: E402,F401  (puts ../dev38 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common39 import (abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
                      lipat, NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, polos_rp,
                      PERINGKAT, tercapai, garis, _prog, buka, kpu, sec_dpt_prosa, kotak, tercapai_teks)

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


def _num(s):
    return s[:1].isdigit()


def KAB(d):
    return f"KPU Kabupaten {NAMA[d.satker]}"


# ---- new house styles ----
def r_kebugaran(judul, pengguna="Tim Kinerja"):
    """The capaian as the weekly summary of a fitness tracker app (ringkasan aplikasi kebugaran) typed again:
    one activity an indicator: `◆ AKTIVITAS n` and the name (wrapped), then `Tujuan` the target with its unit,
    `Tercatat` the realisasi, `Tercapai` the printed capaian with `%`, and a ring drawn to it (shape only);
    a grade indicator's `Tujuan`/`Tercatat` are its grades. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Tangkapan layar: {judul} - teks ringkasan aplikasi diketik ulang]", "",
            "Tujuan = target Perjanjian Kinerja, Tercatat = realisasi 31 Desember, Tercapai = capaian.", "",
            f"  \u2665 KinerjaFit  \u00b7  Ringkasan Tahunan {d.tahun}", f"  Pengguna: {pengguna} {KAB(d)}",
            "  " + "\u2504" * 56)
        for x in rows:
            nm = textwrap.wrap(x[1], 50)
            d.L(f"  \u25c6 AKTIVITAS {x[0]}  {nm[0]}")
            for s in nm[1:]:
                d.L(f"                 {s}")
            sat = "" if x[2] in ("%",) else f" ({x[2]})"
            d.L(f"      Tujuan     {x[3]}{' %' if x[2] == '%' else sat}",
                f"      Tercatat   {x[4]}{' %' if x[2] == '%' else sat}")
            if _num(x[5]):
                v = angka(x[5])
                n = min(10, round(v / 10))
                d.L(f"      Tercapai   {x[5]} %   (" + "\u25cf" * n + "\u25cb" * (10 - n) + ")")
            else:
                d.L(f"      Tercapai   {x[5]}")
            d.L("")
        d.L("  " + "\u2504" * 56, "  Sinkron terakhir: 31 Desember " + str(d.tahun) + " 23.59 WITA", "")
    return r


def r_perjalanan(judul, kendaraan="DH 1234 KPU"):
    """The capaian as the trip summary of a car's GPS navigation (ringkasan perjalanan navigasi) typed again:
    one leg an indicator, `RUTE n` and the name, `Tujuan` the target, `Ditempuh` the realisasi (with the unit),
    `Progres Rute` the printed capaian; a leg reached is `TIBA`, else `BELUM TIBA`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        W = 70
        d.L(cap, "", f"[Cetak: {judul} - teks ringkasan perjalanan diketik ulang]", "",
            "+" + "=" * W + "+",
            f"| {'NAVIGASI KINERJA - RINGKASAN PERJALANAN':<{W - 2}} |",
            f"| {'Kendaraan : ' + kendaraan:<34}{'Periode : Jan - Des ' + str(d.tahun):>{W - 36}} |",
            "+" + "=" * W + "+")
        for x in rows:
            nm = textwrap.wrap(x[1], W - 12)
            d.L(f"| RUTE {x[0]:<5}{nm[0]:<{W - 12}} |")
            for s in nm[1:]:
                d.L(f"|{'':11}{s:<{W - 12}} |")
            sat = x[2]
            d.L(f"|   {'Tujuan        : ' + x[3] + ' ' + sat:<{W - 4}} |",
                f"|   {'Ditempuh      : ' + x[4] + ' ' + sat:<{W - 4}} |")
            if _num(x[5]):
                st = "TIBA" if angka(x[5]) >= 100 else "BELUM TIBA"
                d.L(f"|   {'Progres Rute  : ' + x[5] + ' %':<40}{'[' + st + ']':>{W - 44}} |")
            else:
                st = "TIBA" if tercapai_teks(x[3], x[4]) else "BELUM TIBA"
                d.L(f"|   {'Progres Rute  : -':<40}{'[' + st + ']':>{W - 44}} |")
            d.L("+" + "-" * W + "+")
        d.L(f"  Tujuan = target PK; Ditempuh = realisasi; Progres Rute = capaian (%).", "")
    return r


def r_golf(judul, lapangan="Padang Kinerja"):
    """The SAKIP evaluation as a golf scorecard (kartu skor golf) of the evaluation infographic typed again:
    one hole a component: `HOLE`, `KOMPONEN`, `PAR` (the bobot, as the key says) and `SKOR` (the nilai);
    `TOTAL` with the par sum and the final score, `PREDIKAT` under it. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        wn = max(36, max(len(x[1]) for x in komp) + 2)
        W = wn + 23
        d.L(cap, "", f"[Gambar: {judul} - teks kartu skor diketik ulang]", "",
            "\u250f" + "\u2501" * W + "\u2513",
            "\u2503" + ("KARTU SKOR  \u00b7  " + lapangan.upper() + "  \u00b7  " + th).center(W) + "\u2503",
            "\u2503" + f"{' Pemain: Sekretariat ' + KAB(d):<{W}}" + "\u2503",
            "\u2523" + "\u2501" * W + "\u252b",
            "\u2503" + f" {'HOLE':<6}{'KOMPONEN':<{wn}}{'PAR':>7}{'SKOR':>8} " + "\u2503",
            "\u2520" + "\u2500" * W + "\u2528")
        for i, x in enumerate(komp, 1):
            d.L("\u2503" + f" {i:<6}{x[1]:<{wn}}{x[2]:>7}{x[3]:>8} " + "\u2503")
        d.L("\u2520" + "\u2500" * W + "\u2528",
            "\u2503" + f" {'':<6}{'TOTAL':<{wn}}{tot[2]:>7}{tot[3]:>8} " + "\u2503",
            "\u2503" + f" {'':<6}{'PREDIKAT':<{wn}}{'':>7}{predikat(angka(tot[3])):>8} " + "\u2503",
            "\u2517" + "\u2501" * W + "\u251b",
            "PAR = bobot komponen (jumlah 100); SKOR = nilai yang diperoleh; TOTAL = nilai akhir AKIP.", "")
    return r


def r_atm(judul, bank="BANK DIPA"):
    """The budget as ATM receipts (struk ATM) of the budget infographic typed again: one receipt a budget line,
    the total's first: `REK` the code (`REK UTAMA` the total), the name, `SALDO AWAL` the pagu, `PENARIKAN`
    the realisasi, `SALDO AKHIR` the sisa, `RASIO` the percent; a kegiatan's receipt carries `SUB REK DARI`
    its program. Other tables plain TAB."""
    def struk(d, x, induk, W=40):
        d.L("    " + "-" * W, ("    " + f"{bank:^{W}}").rstrip(), ("    " + f"{'INFORMASI SALDO':^{W}}").rstrip())
        d.L("    " + f"REK   : {x[0] or 'REK UTAMA'}")
        for i, s in enumerate(textwrap.wrap(x[1], W - 8)):
            d.L("    " + ("NAMA  : " if i == 0 else "        ") + s)
        if induk:
            d.L("    " + f"SUB REK DARI : {induk}")
        d.L("    " + f"{'SALDO AWAL':<12}Rp{x[2]:>{W - 14}}", "    " + f"{'PENARIKAN':<12}Rp{x[3]:>{W - 14}}",
            "    " + f"{'SALDO AKHIR':<12}Rp{x[4]:>{W - 14}}", "    " + f"{'RASIO':<12}{x[5] + ' %':>{W - 12}}",
            "    " + "-" * W, "")

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = next(x for x in rows if x[0] == "")
        d.L(cap, "", f"[Gambar: {judul} - teks struk diketik ulang]", "",
            "Setiap struk satu baris anggaran: SALDO AWAL = pagu, PENARIKAN = realisasi, SALDO AKHIR = sisa pagu, "
            "RASIO = persentase realisasi.", "")
        struk(d, tot, None)
        induk = None
        for x in rows:
            if x[0] == "":
                continue
            if _prog(x[0]):
                induk = x[0]
                struk(d, x, None)
            else:
                struk(d, x, induk)
    return r


def r_katalog(judul, rak="324.6"):
    """The DPT as library catalogue cards (kartu katalog perpustakaan) of the office's election library typed
    again: one card a kecamatan with its call number (`324.6 KEC nn`), the kecamatan as the title, then
    `Desa/Kel.`, `TPS`, `Pemilih L`, `Pemilih P`, `Jumlah` as the card's collation lines; the kabupaten's card
    `KARTU INDUK` last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        y = next((int(w) for w in cap.split() if w.isdigit()), d.tahun)
        W = 64
        d.L(cap, "", f"[Lampiran: {judul} - teks kartu katalog diketik ulang]", "",
            "Setiap kartu satu kecamatan; angka kartu menurut DPT " + ("Pemilu" if "Pemilu" in cap else "Pemilihan")
            + f" {y}.", "")

        def kartu(no, nama, x):
            K = 14
            d.L("\u250c" + "\u2500" * W + "\u2510",
                f"\u2502 {no:<{K}}{nama:<{W - 2 - K}} \u2502",
                f"\u2502 {'':<{K}}{'DPT ' + str(y) + ' / KPU Kab. ' + NAMA[d.satker]:<{W - 2 - K}} \u2502",
                f"\u2502 {'':<{W - 2}} \u2502",
                f"\u2502 {'':<{K}}{'Desa/Kel.  : ' + x[2]:<{W - 2 - K}} \u2502",
                f"\u2502 {'':<{K}}{'TPS        : ' + x[3]:<{W - 2 - K}} \u2502",
                f"\u2502 {'':<{K}}{'Pemilih L  : ' + x[4]:<{W - 2 - K}} \u2502",
                f"\u2502 {'':<{K}}{'Pemilih P  : ' + x[5]:<{W - 2 - K}} \u2502",
                f"\u2502 {'':<{K}}{'Jumlah     : ' + x[6]:<{W - 2 - K}} \u2502",
                f"\u2502 {'':<{W - 8}}{'(o)':^6} \u2502",
                "\u2514" + "\u2500" * W + "\u2518", "")
        for x in rows:
            if x[0] != "":
                kartu(f"{rak} KEC {int(x[0]):02d}", x[1], x)
        tot = next(x for x in rows if x[0] == "")
        kartu(f"{rak} KAB", "KARTU INDUK - " + tot[1], tot)
    return r


def r_kartu_stok(judul, gudang="Gudang Logistik"):
    """The DPT as the stock card (kartu stok) of the logistics warehouse typed again: one line a kecamatan
    in `|`-ruled columns `TGL` `URAIAN` (the kecamatan) `DESA` `TPS` `MASUK L` `MASUK P` `JUMLAH` `PARAF`;
    the kabupaten's line `SALDO KABUPATEN` under a double rule. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        y = next((int(w) for w in cap.split() if w.isdigit()), d.tahun)
        wn = max(22, max(len(x[1]) for x in rows) + 2)
        wv = max(9, max(len(x[6]) for x in rows) + 2)
        kol = [("TGL", 7), ("URAIAN", wn), ("DESA", 6), ("TPS", 6), ("MASUK L", wv), ("MASUK P", wv),
               ("JUMLAH", wv), ("PARAF", 7)]

        def sel(v):
            return "|" + "|".join((f" {a:<{w - 1}}" if h in ("TGL", "URAIAN", "PARAF") else f"{a:>{w - 1}} ")
                                  for (h, w), a in zip(kol, v)) + "|"
        lebar = len(sel([""] * 8))
        d.L(cap, "", f"[Lampiran: {judul} - teks kartu stok diketik ulang]", "",
            "MASUK L / MASUK P = pemilih laki-laki / perempuan dalam DPT, JUMLAH = L + P.", "",
            "=" * lebar, f"KARTU STOK  -  {gudang.upper()} KPU KAB. {NAMA[d.satker].upper()}",
            f"Barang: Daftar Pemilih Tetap {y}          Satuan: orang", "=" * lebar,
            sel([h for h, _ in kol]), "-" * lebar)
        for x in rows:
            if x[0] != "":
                d.L(sel([f"{int(x[0]):02d}/12", x[1], x[2], x[3], x[4], x[5], x[6], "ok"]))
        tot = next(x for x in rows if x[0] == "")
        d.L("=" * lebar, sel(["", "SALDO KABUPATEN", tot[2], tot[3], tot[4], tot[5], tot[6], ""]), "=" * lebar, "")
    return r
