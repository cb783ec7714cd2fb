# Shared helpers of the dev34/ authoring scripts (author34a.py, author34b.py). Everything of the
# earlier batches comes through ../dev33/common33.py (on ../dev32 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev33/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev33"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common33  # noqa: E402,F401  (puts ../dev32 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common33 import (angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor, lipat,  # noqa: E402,F401
                      NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, polos_rp,
                      PERINGKAT, tercapai)
from common7 import buka, kpu  # noqa: E402

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


def _prog(k):
    return k.count(".") == 2 and k.split(".")[-1].isalpha()


# ---- new house styles ----
def r_pareto(judul, lebar=36):
    """The budget as the Pareto chart of the budget monitoring sheet typed again: the budget lines sorted
    by pagu, largest first, each a bar `█` as long as its share of the total pagu, the line's code and name,
    then `pagu`, `real.`, `sisa` and `serapan` (and a kegiatan's `induk`) in the label under the bar and the cumulative share of the
    pagu of the kegiatan so far (`kum. n %`) at a kegiatan's right; the total in the axis line at the foot. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = next(x for x in rows if x[0] == "")
        isi = sorted((x for x in rows if x[0] != ""), key=lambda x: (-polos_rp(x[2]), x[0]))
        semua = polos_rp(tot[2])
        induk, prog, keg = {}, "", ""
        for x in rows:  # each line's parent, from the table's own order before the sort
            if _prog(x[0]):
                prog = x[0]
            elif x[0].isdigit():
                keg, induk[x[0]] = x[0], prog
            elif x[0]:
                induk[x[0]] = keg
        d.L(cap, "", f"[Gambar: {judul} - teks diagram Pareto diketik ulang]", "",
            "urut menurut pagu, terbesar di atas; batang = bagian dari total pagu; kum. = bagian kumulatif", "")
        kum = 0
        for x in isi:
            p = polos_rp(x[2])
            keg = x[0].isdigit()
            if keg:
                kum += p
            n = max(1, round(p / semua * lebar))
            d.L((f"{x[0]:<14}" + "\u2588" * n + " " * (lebar - n) + (f"  kum. {id_dec(round(kum / semua * 100, 1))} %" if keg else "")).rstrip())
            for k in textwrap.wrap(x[1], 70):
                d.L(f"{'':14}{k}")
            d.L(f"{'':14}pagu {x[2]} | real. {x[3]} | sisa {x[4]} | serapan {x[5]}%"
                + (f" | induk {induk[x[0]]}" if induk.get(x[0]) else ""), "")
        d.L(f"{'':14}" + "\u2500" * lebar, f"{'':14}TOTAL {tot[1]}: pagu {tot[2]} | real. {tot[3]} | sisa {tot[4]} | serapan {tot[5]}%", "")
    return r


def r_panas(judul):
    """The capaian as the heat map (peta panas) of the performance dashboard typed again: one row an
    indicator, its target, realisation and capaian each in a cell shaded by the capaian band (`░` under 90,
    `▒` 90-99, `▓` 100-109, `█` from 110), the figure inside the shading; the indicator's name wrapped at
    the right; the band key under the map. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Gambar: {judul} - peta panas dasbor kinerja diketik ulang]", "",
            f"{'IKU':<5}{'SATUAN':<10}{'TARGET':^16}{'REALISASI':^16}{'CAPAIAN':^16}  INDIKATOR", "")
        for x in rows:
            v = angka(x[5])
            ch = "\u00b7" if v is None else ("\u2591" if v < 90 else "\u2592" if v < 100 else "\u2593" if v < 110 else "\u2588")
            sel = lambda s: f"{ch * 2} {s:^10} {ch * 2}"
            nm = textwrap.wrap(x[1], 44)
            d.L(f"{x[0]:<5}{x[2]:<10}{sel(x[3])}{sel(x[4])}{sel(x[5])}  {nm[0]}")
            for k in nm[1:]:
                d.L(f"{'':<65}{k}")
        d.L("", "Kunci warna: \u2591 < 90%   \u2592 90-99%   \u2593 100-109%   \u2588 \u2265 110%   \u00b7 predikat/opini (tanpa skala)", "")
    return r


def r_spark(judul, riw):
    """The SAKIP evaluation as the component table of the evaluation application's summary with a
    sparkline (garis kecil) of the component's last years `▂▄▆█` beside the year's value; riw gives the
    sparkline heights (decoration only, no figure); the final score on the last line. Other tables plain TAB."""
    blok = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Ringkasan aplikasi evaluasi: {judul}]", "",
            f"  {'KOMPONEN':<44}{'BOBOT':>8}   {'TREN':<6}{'NILAI':>8}", "  " + "-" * 70)
        for i, x in enumerate(rows[:-1]):
            g = "".join(blok[(riw + i * 3 + j * 2) % 5 + 2] for j in range(4))
            d.L(f"  {x[1]:<44}{x[2]:>8}   {g:<6}{x[3]:>8}")
        t = rows[-1]
        d.L("  " + "-" * 70, f"  {'NILAI AKHIR':<44}{t[2]:>8}   {'':<6}{t[3]:>8}   predikat {predikat(angka(t[3]))}", "",
            "Tren: garis kecil nilai komponen empat tahun terakhir (bentuk saja, tanpa skala).", "")
    return r


def r_stiker(judul, kolom=3, lebar=30):
    """The DPT as the sheet of logistics labels (stiker label kotak suara) printed three across for the
    ballot boxes of each kecamatan: each label framed in `.` and `:`, the kecamatan's name, `DESA/KEL`,
    `TPS`, `L`, `P` and `JML`; the kabupaten's own label closes the sheet. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lembar label: {judul}]", "")
        for i in range(0, len(rows), kolom):
            grup = rows[i:i + kolom]
            lab = []
            for x in grup:
                nm = "KABUPATEN " + NAMA[d.satker].upper() if x[0] == "" else "KEC. " + x[1].upper()
                lab.append([nm[:lebar - 4], f"DESA/KEL : {x[2]}", f"TPS      : {x[3]}", f"L        : {x[4]}",
                            f"P        : {x[5]}", f"JML      : {x[6]}"])
            d.L("   ".join("." * lebar for _ in lab))
            for m in range(6):
                d.L("   ".join(f": {p[m]:<{lebar - 4}} :" for p in lab))
            d.L("   ".join(":" + "." * (lebar - 2) + ":" for _ in lab), "")
        d.L("Label ditempel pada kotak suara dan sampul dokumen per kecamatan.", "")
    return r


def r_kuadran(judul):
    """The capaian as the quadrant chart (kuadran) of the performance dashboard typed again: four boxes
    `I TERCAPAI (>= 100%)`, `II HAMPIR (90-99%)`, `III PERLU PERHATIAN (< 90%)` and `IV PREDIKAT/OPINI`, each
    indicator listed in its box with `T`, `R` and `C` figures; empty boxes say `(tidak ada)`. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        kot = [("I   TERCAPAI (>= 100%)", []), ("II  HAMPIR TERCAPAI (90-99%)", []), ("III PERLU PERHATIAN (< 90%)", []),
               ("IV  PREDIKAT / OPINI", [])]
        for x in rows:
            v = angka(x[5])
            k = 3 if x[2] in ("Predikat", "Opini") or v is None else (0 if v >= 100 else 1 if v >= 90 else 2)
            kot[k][1].append(x)
        d.L(cap, "", f"[Gambar: {judul} - teks diagram kuadran diketik ulang]", "")
        for nama, isi in kot:
            d.L("=" * 88, f"KUADRAN {nama}", "-" * 88)
            if not isi:
                d.L("  (tidak ada)")
            for x in isi:
                nm = textwrap.wrap(f"IKU {x[0]} {x[1]} [{x[2]}]", 84)
                d.L(*[f"  {k}" for k in nm])
                d.L(f"      T = {x[3]}   R = {x[4]}   C = {x[5]}")
            d.L("")
        d.L("=" * 88, "T target, R realisasi, C capaian (%); kuadran menurut capaian.", "")
    return r


def r_kurva(judul):
    """The budget as the S-curve (kurva S) sheet of the budget monitoring: a monthly cumulative line of the
    realisation drawn with `*` over twelve month columns (decoration of shape, no figure), then the
    curve's legend block - one entry a budget line: `■ code name` and `Pagu / Realisasi / Sisa / %` on the
    next line; the total's entry first. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = next(x for x in rows if x[0] == "")
        q = angka(tot[5]) or 100
        d.L(cap, "", f"[Gambar: {judul} - kurva S realisasi kumulatif diketik ulang]", "")
        bulan = "Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des".split()
        titik = [round(q * (k / 12) ** 1.6 * (3 - 2 * k / 12) / 1.0) for k in range(1, 13)]
        for lvl in range(100, -1, -20):
            d.L((f"{lvl:>4} |" + "".join(("  *  " if abs(t - lvl) < 10 else "     ") for t in titik)).rstrip())
        d.L("     +" + "-" * 60, ("      " + "".join(f"{b:^5}" for b in bulan)).rstrip(), "", "LEGENDA")
        for x in [tot] + [x for x in rows if x[0] != ""]:
            nama = "\u25a0 JUMLAH SELURUHNYA" if x[0] == "" else f"\u25a0 {x[0]} {x[1]}"
            for j, k in enumerate(textwrap.wrap(nama, 86)):
                d.L(("" if j == 0 else "  ") + k)
            d.L(f"  Pagu {x[2]} / Realisasi {x[3]} / Sisa {x[4]} / {x[5]} %", "")
        d.L("Kurva S: persentase realisasi kumulatif per bulan terhadap pagu (sumbu tegak, %).", "")
    return r
