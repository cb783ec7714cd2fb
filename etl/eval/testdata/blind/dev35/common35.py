# Shared helpers of the dev35/ authoring scripts (author35a.py, author35b.py). Everything of the
# earlier batches comes through ../dev34/common34.py (on ../dev33 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev34/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev34"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common34  # noqa: E402,F401  (puts ../dev33 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common34 import (angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor, lipat,  # noqa: E402,F401
                      NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, polos_rp,
                      PERINGKAT, tercapai)
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


def rapi(d):
    """After halaman(): a table broken over pages (r_kantor's patah) printed its own page number and running
    head beside the page's foot and head; each is kept once (a line repeated after a blank line goes, and a
    bare number right before the page's foot naming the same number goes)."""
    out = []
    for ln in d.lines:
        if len(out) >= 2 and ln and "\t" not in ln and out[-1] == "" and (
                out[-2] == ln or (out[-2].isdigit() and out[-2] in ln.split())):
            out = out[:-2]
        out.append(ln)
    d.lines = out


def _prog(k):
    return k.count(".") == 2 and k.split(".")[-1].isalpha()


# ---- new house styles ----
def r_wafel(judul, kolom=20):
    """The DPT as the waffle charts (diagram wafel) of the voters' infographic typed again: one waffle a
    kecamatan, 5 rows of kolom squares (100 in all), each square one per cent of the kecamatan's voters,
    `■` for men and `□` for women; beside the waffle's rows the kecamatan's name, its villages and TPS,
    `■ L`, `□ P` and `Σ L+P`; the kabupaten's waffle last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Gambar: {judul} - teks diagram wafel diketik ulang]", "",
            "Satu kotak = 1% pemilih kecamatan;  \u25a0 laki-laki   \u25a1 perempuan", "")
        for x in rows:
            l, t = angka(x[4]), angka(x[6])
            n = round(l / t * 100)
            sel = "\u25a0" * n + "\u25a1" * (100 - n)
            nm = f"KABUPATEN {NAMA[d.satker].upper()}" if x[0] == "" else f"{x[0]}. {x[1]}"
            sisi = [nm, (f"desa/kel {x[2]} \u00b7 TPS {x[3]}" if x[2] != "-" else f"TPS {x[3]}"),
                    f"\u25a0 L    {x[4]:>9}", f"\u25a1 P    {x[5]:>9}", f"\u03a3 L+P  {x[6]:>9}"]
            for k in range(5):
                d.L(f"  {sel[k * kolom:(k + 1) * kolom]}    {sisi[k]}")
            d.L("")
        d.L("Bentuk wafel hanya menunjukkan perbandingan; angka di sampingnya adalah jumlah pemilih DPT.", "")
    return r


def r_icicle(judul, lebar=96):
    """The SAKIP evaluation as the icicle chart (diagram icicle) of the evaluation summary typed again: a
    top block across the whole width with the final score, under it one block a component, its width in
    proportion to its bobot, holding the component's name (wrapped in the block), `bobot` and `nilai`; under
    each block a strip filled in proportion to nilai/bobot (shape only). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        dalam = lebar - 2
        w = [round(angka(x[2]) / 100 * dalam) for x in komp]
        w[-1] = dalam - sum(w[:-1]) - (len(w) - 1)  # the separators take one column each
        d.L(cap, "", f"[Gambar: {judul} - teks diagram icicle diketik ulang]", "")
        d.L("\u250c" + "\u2500" * dalam + "\u2510")
        d.L("\u2502" + f" NILAI AKHIR  bobot {tot[2]}  nilai {tot[3]}  predikat {predikat(angka(tot[3]))}".ljust(dalam) + "\u2502")
        d.L("\u251c" + "\u252c".join("\u2500" * k for k in w) + "\u2524")
        isi = []
        for x, k in zip(komp, w):
            nm = textwrap.wrap(x[1], k - 2)
            isi.append(nm + [""] * (3 - len(nm)) + [f"bobot {x[2]}", f"nilai {x[3]}"])
        tinggi = max(len(b) for b in isi)
        for j in range(tinggi):
            d.L("\u2502" + "\u2502".join(f" {(b[j] if j < len(b) else ''):<{k - 1}}" for b, k in zip(isi, w)) + "\u2502")
        d.L("\u251c" + "\u253c".join("\u2500" * k for k in w) + "\u2524")
        pita = []
        for x, k in zip(komp, w):
            n = round(angka(x[3]) / angka(x[2]) * k)
            pita.append("\u2593" * n + "\u2591" * (k - n))
        d.L("\u2502" + "\u2502".join(pita) + "\u2502", "\u2514" + "\u2534".join("\u2500" * k for k in w) + "\u2518", "",
            "Lebar blok sebanding dengan bobot komponen; pita bawah menunjukkan nilai terhadap bobot (bentuk saja).", "")
    return r


TULANG = (("Manusia", "Metode", "Sarana", "Lingkungan"),
          ("bimtek petugas", "jadwal tahapan", "jaringan internet", "kondisi geografis"),
          ("beban kerja pegawai", "SOP layanan", "kendaraan operasional", "cuaca"),
          ("koordinasi internal", "supervisi berjenjang", "aplikasi KPU", "akses desa terpencil"))


def r_tulang(judul):
    """The capaian as the fishbone diagrams (diagram tulang ikan / Ishikawa) of the performance analysis
    typed again: one diagram an indicator - four bones (Manusia, Metode, Sarana, Lingkungan) with a cause
    each, the spine `═══▶` pointing at the head, a frame holding `IKU n`, the indicator's name (wrapped),
    `satuan`, `T` target, `R` realisasi and `C` capaian. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Gambar: {judul} - teks diagram tulang ikan diketik ulang]", "")
        for i, x in enumerate(rows):
            b = TULANG[0]
            s1, s2 = TULANG[1 + i % 3][0], TULANG[1 + (i + 1) % 3][1]
            s3, s4 = TULANG[1 + (i + 2) % 3][2], TULANG[1 + i % 3][3]
            nm = textwrap.wrap(x[1], 44)
            kepala = [f"IKU {x[0]}"] + nm + [f"satuan: {x[2]}", f"T = {x[3]}", f"R = {x[4]}", f"C = {x[5]}"]
            def taruh(*isi):
                ln = [" "] * 56
                for pos, teks in isi:
                    ln[pos:pos + len(teks)] = list(teks)
                return "".join(ln).rstrip()
            kiri = [taruh((2, b[0]), (28, b[1])), taruh((4, "\\ " + s1), (30, "\\ " + s2)), taruh((5, "\\"), (31, "\\")),
                    " " + "\u2550" * 53 + "\u25b6",
                    taruh((5, "/"), (31, "/")), taruh((4, "/ " + s3), (30, "/ " + s4)), taruh((2, b[2]), (28, b[3]))]
            lk = max(len(k) for k in kepala) + 2
            kanan = ["\u250f" + "\u2501" * lk + "\u2513"] + [f"\u2503 {k:<{lk - 1}}\u2503" for k in kepala] + ["\u2517" + "\u2501" * lk + "\u251b"]
            n = max(len(kiri), len(kanan))
            atas = (n - len(kiri)) // 2
            kiri = [""] * atas + kiri + [""] * (n - len(kiri) - atas)
            kanan = kanan + [""] * (n - len(kanan))
            for a, c in zip(kiri, kanan):
                d.L(f"{a:<56} {c}".rstrip())
            d.L("")
        d.L("Tulang: faktor penyebab (manusia, metode, sarana, lingkungan); kepala ikan: T target, R realisasi, "
            "C capaian (%).", "")
    return r


def r_rute(judul, gudang, jalur=("BARAT", "TENGAH", "TIMUR")):
    """The DPT as the route map of the logistics distribution (peta rute distribusi logistik) typed again:
    the kecamatan as stops on three routes out of the warehouse (gudang), in the table's order split into
    three, each stop `┣━● nn NAME` with `TPS n │ L n │ P n │ DPT n` (and `n desa/kel` when known) on the
    line under it; the kabupaten's figures in the box at the foot. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        kec, tot = rows[:-1], rows[-1]
        n = len(kec)
        batas = [0, (n + 2) // 3, (2 * n + 2) // 3, n]
        ket = lambda x: ((f"{x[2]} desa/kel \u2502 " if x[2] != "-" else "") +
                         f"TPS {x[3]} \u2502 L {x[4]} \u2502 P {x[5]} \u2502 DPT {x[6]}")
        d.L(cap, "", f"[Gambar: {judul} - teks peta rute diketik ulang]", "")
        for j, nama in enumerate(jalur):
            grup = kec[batas[j]:batas[j + 1]]
            d.L(f"JALUR {nama} (truk {j + 1})", f" \u25c9 {gudang}", " \u2503")
            for k, x in enumerate(grup):
                akhir = k == len(grup) - 1
                cabang, terus = ("\u2517", " ") if akhir else ("\u2523", "\u2503")
                d.L(f" {cabang}\u2501\u25cf {int(x[0]):02d} {x[1]}", f" {terus}      {ket(x)}")
                if not akhir:
                    d.L(" \u2503")
            d.L("")
        isi = [f"KABUPATEN {NAMA[d.satker].upper()}", ket(tot)]
        lb = max(len(k) for k in isi) + 2
        d.L("\u2554" + "\u2550" * lb + "\u2557", *[f"\u2551 {k:<{lb - 1}}\u2551" for k in isi], "\u255a" + "\u2550" * lb + "\u255d", "",
            "\u25c9 gudang logistik  \u25cf kecamatan (titik serah PPK); urutan menurut jalur pengiriman.", "")
    return r


def garis(n, isi):
    """A line of n columns holding the characters isi ((column, char), later ones over earlier ones)."""
    ln = [" "] * n
    for k, ch in isi:
        ln[k] = ch
    return "".join(ln).rstrip()


def r_bagan(judul, lebar=28, sela=3):
    """The budget as the hierarchy chart (bagan berjenjang) of the budget monitoring typed again: the total
    box on top, joined by connectors to one box a program, and under a line naming each program the boxes
    of its kegiatan side by side (three to a row), each box `code`, the name wrapped inside, `Pagu`,
    `Real.`, `Sisa` and the percent. Other tables plain TAB."""
    def kotak(x, judul_kotak=None):
        nm = textwrap.wrap(judul_kotak or x[1], lebar - 4)
        isi = ([x[0]] if x[0] else []) + nm + [f"Pagu  {x[2]}", f"Real. {x[3]}", f"Sisa  {x[4]}", f"Serapan {x[5]}%"]
        return (["\u250c" + "\u2500" * (lebar - 2) + "\u2510"] + [f"\u2502 {k:<{lebar - 3}}\u2502" for k in isi]
                + ["\u2514" + "\u2500" * (lebar - 2) + "\u2518"])

    def sebaris(d, boxes, kiri=0):
        t = max(len(b) for b in boxes)
        boxes = [b[:-1] + [f"\u2502{'':<{lebar - 2}}\u2502"] * (t - len(b)) + b[-1:] for b in boxes]
        for j in range(t):
            d.L((" " * kiri + (" " * sela).join(b[j] for b in boxes)).rstrip())

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = next(x for x in rows if x[0] == "")
        progs = []
        for x in rows:
            if _prog(x[0]):
                progs.append((x, []))
            elif x[0]:
                progs[-1][1].append(x)
        full = 3 * lebar + 2 * sela
        d.L(cap, "", f"[Gambar: {judul} - teks bagan berjenjang diketik ulang]", "")
        sebaris(d, [kotak(tot, f"TOTAL {tot[1]}")], (full - lebar) // 2)
        tengah = [i * (lebar + sela) + lebar // 2 for i in range(3)]
        d.L(garis(full, [(full // 2, "\u2502")]))
        d.L(garis(full, [(tengah[0], "\u250c")] + [(k, "\u2500") for k in range(tengah[0] + 1, tengah[2])] + [(full // 2, "\u2534"), (tengah[2], "\u2510")]))
        d.L(garis(full, [(tengah[0], "\u2502"), (tengah[2], "\u2502")]))
        # the program boxes: the first at the left, the second at the right
        pb = [kotak(p) for p, _ in progs]
        t = max(len(b) for b in pb)
        pb = [b[:-1] + [f"\u2502{'':<{lebar - 2}}\u2502"] * (t - len(b)) + b[-1:] for b in pb]
        for j in range(t):
            d.L((pb[0][j] + " " * (full - 2 * lebar) + (pb[1][j] if len(pb) > 1 else "")).rstrip())
        d.L("")
        for p, kegs in progs:
            d.L(f"Kegiatan di bawah {p[0]}:", garis(full, [(tengah[0], "\u2502")]))
            for i in range(0, len(kegs), 3):
                grup = kegs[i:i + 3]
                ujung = tengah[len(grup) - 1]
                if len(grup) > 1:
                    d.L(garis(full, [(k, "\u2500") for k in range(tengah[0], ujung)] + [(tengah[0], "\u251c"), (tengah[1], "\u252c"), (ujung, "\u2510")]))
                sebaris(d, [kotak(k) for k in grup])
            d.L("")
        d.L("Kotak atas: total DIPA; kotak tengah: program; kotak bawah: kegiatan. Serapan = realisasi / pagu.", "")
    return r


def r_balon(judul, tinggi=(120, 100, 80, 60, 40, 20)):
    """The capaian as the column chart with callout balloons (grafik batang dengan balon keterangan) of the
    performance poster typed again: one column a numeric indicator (its height the capaian, shape only) with
    its number under the axis, then one rounded balloon an indicator - `(n)` and the name (wrapped), the
    unit, `target`, `realisasi` and `capaian` - its tail pointing at column n; the grade indicators' balloons
    say `tanpa batang`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Gambar: {judul} - grafik batang dan balon keterangan diketik ulang]", "", " capaian (%)")
        for lv in tinggi:
            d.L((f" {lv:>4} \u2524" + "".join(("  \u2588\u2588  " if (angka(x[5]) or 0) >= lv - 10 and x[2] == "%" else "      ") for x in rows)).rstrip())
        d.L("    0 \u253c" + "\u2500" * (6 * len(rows)), ("       " + "".join(f"{('(' + x[0] + ')') if x[2] == '%' else '':^6}" for x in rows)).rstrip(), "")
        for x in rows:
            isi = textwrap.wrap(f"({x[0]}) {x[1]}", 70, subsequent_indent="    ") + [f"    satuan {x[2]}  \u00b7  target {x[3]}  \u00b7  realisasi {x[4]}",
                                                            f"    capaian {x[5]} %"]
            lb = max(len(k) for k in isi) + 2
            d.L("  \u256d" + "\u2500" * lb + "\u256e", *[f"  \u2502 {k:<{lb - 1}}\u2502" for k in isi],
                "  \u2570\u2500\u2500\u252c" + "\u2500" * (lb - 3) + "\u256f",
                "     \u2570\u2500\u25b6 " + (f"batang ({x[0]})" if x[2] == "%" else "tanpa batang (predikat/opini)"), "")
        d.L("Balon keterangan memuat angka setiap indikator; tinggi batang hanya menggambarkan capaian.", "")
    return r
