# Shared helpers of the dev36/ authoring scripts (author36a.py, author36b.py). Everything of the
# earlier batches comes through ../dev35/common35.py (on ../dev34 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev35/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import math, os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev35"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common35  # noqa: E402,F401  (puts ../dev34 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common35 import (angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor, lipat,  # noqa: E402,F401
                      NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, polos_rp,
                      PERINGKAT, tercapai, garis, _prog)
from common7 import buka, kpu  # noqa: E402
from common12 import sec_dpt_prosa  # noqa: E402,F401

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


def abreast(d, blocks, sela=3, kiri=0):
    """Blocks of lines (each block's lines padded to its widest) set side by side."""
    t = max(len(b) for b in blocks)
    w = [max(len(x) for x in b) for b in blocks]
    blocks = [b + [""] * (t - len(b)) for b in blocks]
    for j in range(t):
        d.L((" " * kiri + (" " * sela).join(f"{b[j]:<{k}}" for b, k in zip(blocks, w))).rstrip())


# ---- new house styles ----
def r_heksagon(judul, per_baris=3):
    """The DPT as the hexagon tile map (peta heksagon) of the voters' infographic typed again: one
    hexagon a kecamatan, drawn with `/ \\ _`, holding `nn NAME` (wrapped), `desa/kel n` and `TPS n`,
    `L n`, `P n` and `L+P n`; three hexagons a row, every second row shifted half a cell (a honeycomb);
    the kabupaten's hexagon alone under the map. Other tables plain TAB."""
    def isi(d, x):
        nm = f"KABUPATEN {NAMA[d.satker].upper()}" if x[0] == "" else f"{int(x[0]):02d} {x[1]}"
        out = textwrap.wrap(nm, 18)
        out.append(f"desa/kel {x[2]}  TPS {x[3]}" if x[2] != "-" else f"TPS {x[3]}")
        out += [f"L   {x[4]:>9}", f"P   {x[5]:>9}", f"L+P {x[6]:>9}"]
        return out

    def hexa(baris_isi, base, n):
        # n content lines; the inner width grows by 2 a line to the middle, then narrows again
        half = (n + 1) // 2
        lebar = [base + 2 * min(i, n - 1 - i) for i in range(n)]
        full = base + 2 * (half - 1) + 2 + 2
        out = [(" " * ((full - base) // 2)) + "_" * base]
        for i, w in enumerate(lebar):
            kiri, kanan = ("/", "\\") if i < half else ("\\", "/")
            pad = (full - w - 2) // 2
            t = baris_isi[i] if i < len(baris_isi) else ""
            if i == n - 1:
                t = t.ljust(w, "_")
            out.append(" " * pad + kiri + f"{t:^{w}}"[:w].replace(" ", "_" if i == n - 1 else " ") + kanan)
        return [x.ljust(full) for x in out]

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        semua = [isi(d, x) for x in rows]
        n = max(len(s) for s in semua) + 1
        base = max(len(t) for s in semua for t in s) + 2
        d.L(cap, "", f"[Gambar: {judul} - teks peta heksagon diketik ulang]", "",
            "Satu heksagon = satu kecamatan; letak heksagon mengikuti urutan nomor kecamatan, bukan peta yang sebenarnya.", "")
        kec = semua[:-1]
        sel = len(hexa(kec[0], base, n)[0])
        for k in range(0, len(kec), per_baris):
            geser = (sel // 2) if (k // per_baris) % 2 else 0
            abreast(d, [hexa(s, base, n) for s in kec[k:k + per_baris]], sela=1, kiri=geser)
        d.L("")
        abreast(d, [hexa(semua[-1], base, n)], kiri=sel)
        d.L("", "Angka di dalam heksagon: " + ("jumlah desa/kelurahan, " if rows[-1][2] != "-" else "jumlah ")
            + "TPS dan pemilih DPT (L = laki-laki, P = perempuan).", "")
    return r


def r_leaflet(judul, sisi_luar, lebar=34):
    """The capaian as the inside of the office's trifold leaflet (leaflet lipat tiga) typed again: the
    outside side first (three panels of prose, no figures: sisi_luar), then the inside side, three panels
    of lebar columns side by side, separated by the fold marks `┆`, each indicator a block (`IKU n`, the
    name wrapped in the panel, `Satuan`, `Target`, `Realisasi`, `Capaian`), the blocks filling the
    first panel, then the second, then the third. Other tables plain TAB."""
    def panel(blok, tinggi):
        out = []
        for b in blok:
            out += b + [""]
        return out + [""] * (tinggi - len(out))

    def tiga(d, kolom):
        t = max(len(k) for k in kolom)
        kolom = [k + [""] * (t - len(k)) for k in kolom]
        for j in range(t):
            d.L(" \u2506 ".join(f"{k[j]:<{lebar}}" for k in kolom).rstrip())

    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - teks leaflet lipat tiga diketik ulang]", "")
        d.L("SISI LUAR (panel lipatan | panel belakang | sampul)", "")
        tiga(d, [textwrap.wrap(p, lebar) for p in sisi_luar])
        d.L("", "SISI DALAM", "")
        blok = []
        for x in rows:
            b = [f"IKU {x[0]}"] + textwrap.wrap(x[1], lebar) + [
                f"Satuan     : {x[2]}", f"Target     : {x[3]}", f"Realisasi  : {x[4]}",
                f"Capaian    : {x[5]}" + (" %" if x[5][:1].isdigit() else "")]
            blok.append(b)
        per = [blok[0:(len(blok) + 2) // 3], blok[(len(blok) + 2) // 3:(2 * len(blok) + 2) // 3],
               blok[(2 * len(blok) + 2) // 3:]]
        t = max(sum(len(b) + 1 for b in p) for p in per)
        tiga(d, [panel(p, t) for p in per])
        d.L("", "Leaflet dibagikan pada kegiatan sosialisasi; panel dalam dibaca dari kiri ke kanan.", "")
    return r


def r_jampasir(judul, lebar=34):
    """The budget as the hourglass charts (diagram jam pasir) of the budget infographic typed again: one
    hourglass a budget line, three abreast: the code and `induk` (the program a kegiatan belongs to),
    the name wrapped, the top rim `Pagu`, the upper bulb `Sisa` (its sand the unspent share, shape only),
    the neck, the lower bulb (the spent share) and the base `Realisasi` and `Serapan`; the total's
    hourglass first, then each program with its kegiatan. Other tables plain TAB."""
    def jam(x, induk, nama=None):
        p, s = angka(x[2]), angka(x[4])
        pasir_atas = max(0, min(4, round(s / p * 16))) if p else 0
        head = [x[0] or "TOTAL", f"induk: {induk}"] + textwrap.wrap(nama or x[1], lebar - 2)
        head += [""] * (6 - len(head))
        w = lebar
        body = ["\u2554" + "\u2550" * (w - 2) + "\u2557",
                "\u2551" + f" Pagu {x[2]:>{w - 9}} ".ljust(w - 2) + "\u2551",
                "\u255a\u2557" + f" Sisa {x[4]:>{w - 11}} ".ljust(w - 4) + "\u2554\u255d"]
        for k in range(4):
            dalam = w - 6 - 4 * k
            isi = ("\u2591" * dalam if k >= 4 - pasir_atas else " " * dalam)
            body.append(" " * (2 + 2 * k) + "\\" + isi + "/")
        body.append(" " * (w // 2 - 1) + ")(")
        for k in range(3, -1, -1):
            dalam = w - 6 - 4 * k
            body.append(" " * (2 + 2 * k) + "/" + "\u2593" * dalam + "\\")
        body += ["\u2554\u255d" + f" Realisasi {x[3]:>{w - 16}} ".ljust(w - 4) + "\u255a\u2557",
                 "\u2551" + f" Serapan {x[5]} %".ljust(w - 2) + "\u2551",
                 "\u255a" + "\u2550" * (w - 2) + "\u255d"]
        return head + body

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = next(x for x in rows if x[0] == "")
        d.L(cap, "", f"[Gambar: {judul} - teks diagram jam pasir diketik ulang]", "",
            "Pasir di bulatan atas = sisa anggaran, pasir di bulatan bawah = realisasi (bentuk saja).", "")
        abreast(d, [jam(tot, "-", f"TOTAL {tot[1]}")], kiri=lebar + 3)
        d.L("")
        prog = None
        grup = []
        for x in rows:
            if x[0] == "":
                continue
            if _prog(x[0]):
                prog = x[0]
                grup.append([jam(x, "-")])
            else:
                grup[-1].append(jam(x, prog))
        for g in grup:
            for i in range(0, len(g), 3):
                abreast(d, g[i:i + 3])
                d.L("")
        d.L("Setiap jam pasir satu baris anggaran; `induk` menunjukkan program tempat kegiatan bernaung.", "")
    return r


SIMBOL = ("\u2588", "\u2593", "\u2592", "\u2591")


def r_parlemen(judul, jari=(8, 11, 14, 17, 20), lebar=84):
    """The SAKIP evaluation as the hemicycle chart (diagram setengah lingkaran, the parliament chart of the
    seat tally) typed again: a hundred seats on five arcs, one seat a point of bobot, the seats of each
    component together from left to right in its own shade; the final score and predikat under the arc's
    middle; the legend under the chart, one line a component: its shade, name, `bobot` and `nilai`. The
    sentence above gives no score. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        banyak = [round(100 * R / sum(jari)) for R in jari]
        banyak[-1] = 100 - sum(banyak[:-1])
        tinggi = max(jari) + 1
        kursi = []
        for i, (R, n) in enumerate(zip(jari, banyak)):
            for k in range(n):
                th = math.pi - math.pi * k / (n - 1)
                kursi.append((round(-math.cos(th) * 1000000) + i, i, round(lebar // 2 + math.cos(th) * R * 2),
                              round(tinggi - 1 - math.sin(th) * R)))
        kursi.sort()
        bagi = [round(angka(x[2])) for x in komp]
        bagi[-1] = len(kursi) - sum(bagi[:-1])
        grid = [[" "] * (lebar + 1) for _ in range(tinggi)]
        j = 0
        for c, n in enumerate(bagi):
            for _ in range(n):
                _, _, x, y = kursi[j]
                grid[y][x] = SIMBOL[c]
                j += 1
        d.L(cap, "", f"[Gambar: {judul} - teks diagram setengah lingkaran diketik ulang]", "")
        for g in grid:
            if "".join(g).strip():
                d.L(("  " + "".join(g)).rstrip())
        d.L(("  " + f"NILAI AKHIR {tot[3]}".center(lebar)).rstrip(),
            ("  " + f"predikat {predikat(angka(tot[3]))}  (bobot {tot[2]})".center(lebar)).rstrip(), "")
        w = max(len(x[1]) for x in komp) + 3
        for c, x in enumerate(komp):
            d.L(f"   {SIMBOL[c]}{SIMBOL[c]}  {x[1]:<{w}}bobot {x[2]:>6}    nilai {x[3]:>6}")
        d.L("", "Satu kursi = satu poin bobot; kursi dikelompokkan per komponen dari kiri ke kanan.", "")
    return r


def r_timbangan(judul):
    """The DPT as the balance scales (timbangan) of the gender-balance infographic typed again: one scale
    a kecamatan, its name line `nn NAME · n desa/kel · n TPS`, the beam `┴`, the pan of the men `L n` at
    the left and of the women `P n` at the right, the heavier pan hanging one line lower, and the line
    `jumlah pemilih n` under the stand; the kabupaten's scale last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Gambar: {judul} - teks timbangan pemilih diketik ulang]", "")
        for x in rows:
            nm = f"KABUPATEN {NAMA[d.satker].upper()}" if x[0] == "" else f"{int(x[0]):02d} {x[1]}"
            ket = ([f"{x[2]} desa/kel"] if x[2] != "-" else []) + [f"{x[3]} TPS"]
            l, p = angka(x[4]), angka(x[5])
            pan_l = [f"\u2572 L {x[4]:>9} \u2571", " \u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594"]
            pan_p = [f"\u2572 P {x[5]:>9} \u2571", " \u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594\u2594"]
            kiri = (["", "       \u2502"] + pan_l) if l > p else (["       \u2502"] + pan_l + [""])
            kanan = (["", "       \u2502"] + pan_p) if p > l else (["       \u2502"] + pan_p + [""])
            d.L(" \u00b7 ".join([nm] + ket), "                    \u25b3",
                "       \u250c" + "\u2500" * 12 + "\u2534" + "\u2500" * 12 + "\u2510")
            for a, b in zip(kiri, kanan):
                d.L(f"{a:<26}{b}".rstrip())
            d.L("                   \u2550\u2567\u2550", f"            jumlah pemilih {x[6]}", "")
        d.L("Piring yang lebih rendah menunjukkan kelompok pemilih yang lebih banyak.", "")
    return r


def r_koin(judul, lebar=26, tinggi=10):
    """The budget as the stacked-coin chart (grafik tumpukan koin) of the budget infographic typed
    again: one stack of ten coins a budget line, four stacks abreast, a coin `(▓▓▓▓)` a tenth of the pagu
    spent and `(    )` a tenth unspent (shape only); under each stack its code, `induk` (the program a
    kegiatan belongs to, `-` for programs and the total), the name wrapped, `Pagu`, `Real.`, `Sisa` and
    the percent; the total's stack first. Other tables plain TAB."""
    def tumpuk(x, induk, nama=None):
        p, r_ = angka(x[2]), angka(x[3])
        n = int(r_ * tinggi // p) if p else 0
        out = [(" " * 7 + ("(\u2593\u2593\u2593\u2593)" if tinggi - k <= n else "(    )")) for k in range(tinggi)]
        out += [" " * 5 + "\u2594" * 10, x[0] or "TOTAL", f"induk: {induk}"] + textwrap.wrap(nama or x[1], lebar)
        out += [f"Pagu  {x[2]}", f"Real. {x[3]}", f"Sisa  {x[4]}", f"({x[5]} %)"]
        return out

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = next(x for x in rows if x[0] == "")
        stacks = [tumpuk(tot, "-", f"TOTAL {tot[1]}")]
        prog = None
        for x in rows:
            if x[0] == "":
                continue
            if _prog(x[0]):
                prog = x[0]
                stacks.append(tumpuk(x, "-"))
            else:
                stacks.append(tumpuk(x, prog))
        d.L(cap, "", f"[Gambar: {judul} - teks grafik tumpukan koin diketik ulang]", "",
            "Satu koin = 10% pagu; koin berisi = terealisasi, koin kosong = sisa (bentuk saja).", "")
        for i in range(0, len(stacks), 4):
            grup = stacks[i:i + 4]
            t = max(len(s) for s in grup)
            grup = [s[:tinggi + 1] + s[tinggi + 1:] + [""] * (t - len(s)) for s in grup]
            abreast(d, grup, sela=2)
            d.L("")
        d.L("Urutan tumpukan: total DIPA, lalu setiap program diikuti kegiatannya.", "")
    return r
