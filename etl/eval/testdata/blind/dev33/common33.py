# Shared helpers of the dev33/ authoring scripts (author33a.py, author33b.py). Everything of the
# earlier batches comes through ../dev32/common32.py (on ../dev31 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev32/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev32"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common32  # noqa: E402,F401  (puts ../dev31 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common32 import (angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor, lipat,  # noqa: E402,F401
                      NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang)
from common7 import buka, kpu  # noqa: E402

common9.ingat(PREV)
KNOWN = common9.KNOWN
BATCH = os.path.basename(HERE)
PERINGKAT = ["D", "C", "CC", "B", "BB", "A", "AA"]


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of this batch opened up to BAB III's first table: the satker named nama, the year
    the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"{BATCH}/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def tercapai(x):
    """Tercapai / Belum Tercapai of a printed capaian row (no, name, satuan, target, realisasi, capaian)."""
    v = angka(x[5])
    if x[2] in ("Predikat", "Opini") or v is None:
        t, r = str(x[3]).rstrip("*").strip(), str(x[4]).rstrip("*").strip()
        if t in PERINGKAT and r in PERINGKAT:
            return PERINGKAT.index(r) >= PERINGKAT.index(t)
        return t == r
    return v >= 100




def polos_rp(s):
    return int(str(s).replace(".", ""))


# ---- new house styles ----
def r_kartu(judul="KARTU KENDALI ANGGARAN", lebar=84):
    """The budget as the PPK's budget control cards (Kartu Kendali Anggaran) printed from the office's
    spreadsheet, one framed card a budget line: the card's number and fiscal year on the top line, `Kode`,
    `Uraian` (wrapped in the card), `Induk` (the program a kegiatan belongs to), then a two-cell block of
    `Pagu setelah revisi`, `Realisasi s.d. 31 Desember`, `Sisa pagu`, `Persentase realisasi` and the PPK's
    and treasurer's initials; the last card `REKAPITULASI` holds the total. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        garis = "+" + "-" * (lebar - 2) + "+"
        bagi = "+" + "-" * 32 + "+" + "-" * (lebar - 35) + "+"
        isi = lambda s: "| " + f"{s:<{lebar - 4}}" + " |"
        dua = lambda a, b: "| " + f"{a:<30}" + " | " + f"{b:>{lebar - 38}}" + " |"
        d.L(cap, "", f"(cetakan {judul.lower()} dari lembar kerja PPK, satu kartu setiap baris anggaran)", "")
        induk = ""
        for i, x in enumerate(rows, 1):
            if x[0].count(".") == 2 and x[0].split(".")[-1].isalpha():
                induk = x[0]
            tot = x[0] == ""
            d.L(garis, isi(f"{judul} TA {d.tahun}" + f"Kartu No. {i:02d}".rjust(lebar - 4 - len(judul) - 8)))
            if tot:
                d.L(isi("REKAPITULASI SELURUH PROGRAM DAN KEGIATAN"), isi(f"Uraian   : {x[1]}"))
            else:
                nm = textwrap.wrap(x[1], lebar - 15)
                d.L(isi(f"Kode     : {x[0]}"), isi(f"Uraian   : {nm[0]}"))
                for k in nm[1:]:
                    d.L(isi(f"           {k}"))
                if x[0] != induk:
                    d.L(isi(f"Induk    : {induk}"))
            d.L(bagi, dua("Pagu setelah revisi", f"Rp {x[2]}"), dua("Realisasi s.d. 31 Desember", f"Rp {x[3]}"),
                dua("Sisa pagu", f"Rp {x[4]}"), dua("Persentase realisasi", f"{x[5]} %"), bagi,
                isi("Paraf PPK: ..........        Paraf Bendahara Pengeluaran: .........."), garis, "")
        d.L("Kartu dicetak dari lembar kerja pengendalian anggaran, posisi 31 Desember.", "")
    return r


def r_halter(judul, skala=None, lebar=61):
    """The DPT as the dumbbell chart of the voters' infographic typed again: one line a kecamatan, its
    name (with villages and TPS) at the left, then on a common axis the men's point `●` and the women's
    point `○` joined by a bar `━`, the men's figure before the axis and the women's figure after it, the
    sum at the end (`Σ n`); the axis scale over the chart; the kabupaten's figures in the note under it.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        kec = [[str(c) for c in x] for x in rows if str(x[0]) != ""]
        tot = [str(c) for c in next(x for x in rows if str(x[0]) == "")]
        top = skala or (max(max(polos_rp(x[4]), polos_rp(x[5])) for x in kec) // 5000 + 1) * 5000
        pos = lambda v: min(lebar - 1, round(polos_rp(v) / top * (lebar - 1)))
        d.L(cap, "", f"[Gambar: {judul} - label grafik halter (dumbbell) diketik ulang]", "", judul.upper(), "",
            "Keterangan: \u25cf laki-laki   \u25cb perempuan   \u2501 selisih", "")
        sumbu = [" "] * lebar
        tanda = []
        for k in range(0, 6):
            p = round(k / 5 * (lebar - 1))
            sumbu[p] = "\u253c"
            tanda.append((p, id_int(top * k // 5)))
        lab = [" "] * (lebar + 8)
        for p, t in tanda:
            for j, ch in enumerate(t):
                if p + j < len(lab):
                    lab[p + j] = ch
        d.L(f"{'':<42}{'':>8}  " + "".join(lab).rstrip(), f"{'KECAMATAN':<42}{'L':>8}  " + "".join(sumbu).replace(" ", "\u2500") + f"  {'P':<8}  JUMLAH")
        for x in kec:
            a, b = pos(x[4]), pos(x[5])
            g = [" "] * lebar
            for j in range(min(a, b), max(a, b) + 1):
                g[j] = "\u2501"
            if a == b:
                b = a + 1 if a < lebar - 1 else a - 1
            g[a], g[b] = "\u25cf", "\u25cb"
            ket = f"{x[1]} (" + ("" if x[2] == "-" else f"{x[2]} desa/kel, ") + f"{x[3]} TPS)"
            d.L(f"{ket:<42}{x[4]:>8}  " + "".join(g) + f"  {x[5]:<8}  \u03a3 {x[6]}")
        d.L("", f"Catatan: Kabupaten {NAMA[d.satker]} seluruhnya " + ("" if tot[2] == "-" else f"{tot[2]} desa/kelurahan, ")
            + f"{tot[3]} TPS; laki-laki {tot[4]}, perempuan {tot[5]}, jumlah {tot[6]} pemilih.", "")
    return r


def r_lereng(judul, lebar=30):
    """The capaian as the slope chart of the performance dashboard typed again: the left axis `TARGET`, the
    right axis `REALISASI`, each indicator a line from its target point `●` to its realisation point `●`
    with an arrow for the direction (`↗` up, `↘` down, `→` level), the indicator's number, name (wrapped
    under it) and unit after the right point, and the capaian in brackets. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Gambar: {judul} - teks grafik lereng (slope chart) diketik ulang]", "",
            f"{'TARGET':>10}  {'':{lebar}}  REALISASI", "")
        for x in rows:
            t, v = angka(x[3]), angka(x[4])
            arah = "\u2192" if t is None or v is None or t == v else ("\u2197" if v > t else "\u2198")
            nm = textwrap.wrap(x[1], 52)
            d.L(f"{x[3]:>10} \u25cf" + "\u2500" * (lebar - 2) + arah + f"\u25cf {x[4]:<8} IKU {x[0]} ({x[2]}) {nm[0]}")
            for k in nm[1:]:
                d.L(f"{'':>{lebar + 24}}{k}")
            d.L(f"{'':>{lebar + 24}}[capaian {x[5]}" + ("%]" if angka(x[5]) is not None else "]"), "")
        d.L("Garis menghubungkan target (kiri) dengan realisasi (kanan); predikat dan opini tanpa skala.", "")
    return r


def r_lolipop(judul, lebar=40):
    """The SAKIP evaluation as the lollipop chart of the evaluation's infographic typed again: one block a
    component - its name in capitals with `(bobot n)`, under it a stick `├────…●` as long as the share of
    the weight the component earned and the component's value after the dot; the final score and predikat
    in a line under the chart. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        tot = [str(c) for c in rows[-1]]
        ks = [[str(c) for c in x] for x in rows[:-1]]
        d.L(cap, "", f"[Gambar: {judul} - teks grafik lolipop diketik ulang]", "", judul.upper(), "",
            f"{'':4}0%{'':{lebar - 6}}100% dari bobot", "")
        for x in ks:
            n = max(1, round(angka(x[3]) / angka(x[2]) * lebar))
            d.L(f"  {x[1].upper()} (bobot {x[2]})", "  \u251c" + "\u2500" * (n - 1) + "\u25cf " + x[3], "")
        v = angka(tot[3])
        d.L(f"  NILAI AKHIR {tot[3]} dari {tot[2]}  \u2014  PREDIKAT {predikat(v)}", "")
    return r


def r_akun(judul, lebar=40):
    """The budget as T accounts (akun T) of the treasurer's ledger summary: one T a budget line, its code and
    name over the bar, `Pagu (D)` and its amount at the left of the stem, `Realisasi (K)`, `Sisa` and
    `Serapan` at the right; a kegiatan's account names its parent (`akun induk`); the total's T closes the
    set. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[{judul} - akun T disalin dari buku besar pembantu]", "")
        induk = ""
        for x in rows:
            prog = x[0].count(".") == 2 and x[0].split(".")[-1].isalpha()
            if prog:
                induk = x[0]
            if x[0] == "":
                kepala = f"AKUN REKAPITULASI \u2014 {x[1]}"
            else:
                kepala = f"{x[0]}  {x[1]}" + ("" if prog or not induk else f"  (akun induk {induk})")
            for k in textwrap.wrap(kepala, 2 * lebar + 1):
                d.L(f"  {k}")
            d.L("  " + "\u2550" * lebar + "\u2564" + "\u2550" * lebar,
                f"  {'Pagu (D)':<{lebar - 1}} \u2502 Realisasi (K) {x[3]:>{lebar - 16}}",
                f"  {x[2]:<{lebar - 1}} \u2502 Sisa          {x[4]:>{lebar - 16}}",
                f"  {'':<{lebar - 1}} \u2502 Serapan       {x[5] + ' %':>{lebar - 16}}", "")
        d.L("Sisi debit memuat pagu setelah revisi, sisi kredit realisasi s.d. 31 Desember dan sisa pagu.", "")
    return r


def r_papan(judul, lebar=46):
    """The capaian as the scoreboard (papan skor) of the office's lobby screen printed: two boards abreast,
    each framed in `#`, `IKU n` and the unit on the top line, the indicator wrapped, then `TARGET` and
    `REALISASI` side by side like the two teams' scores and `SKOR CAPAIAN n %` under them; the boards padded
    to one height. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Cetak layar: {judul}]", "")
        w = lebar - 4
        for i in range(0, len(rows), 2):
            papan = []
            for x in rows[i:i + 2]:
                nm = textwrap.wrap(x[1], w)
                papan.append([f"IKU {x[0]}  ({x[2]})"] + nm + ["@"] + [f"{'TARGET':^{w // 2}}{'REALISASI':^{w - w // 2}}",
                             f"{x[3]:^{w // 2}}{x[4]:^{w - w // 2}}", "",
                             f"SKOR CAPAIAN {x[5]}" + (" %" if angka(x[5]) is not None else "")])
            n = max(p.index("@") for p in papan)
            papan = [p[:p.index("@")] + [""] * (n - p.index("@")) + p[p.index("@") + 1:] for p in papan]
            d.L("   ".join("#" * lebar for _ in papan))
            for m in range(len(papan[0])):
                d.L("   ".join(f"# {p[m]:<{w}} #" for p in papan))
            d.L("   ".join("#" * lebar for _ in papan), "")
        d.L("Papan skor menampilkan target dan realisasi setiap indikator; skor = capaian.", "")
    return r
