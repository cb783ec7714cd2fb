# Shared helpers of the dev37/ authoring scripts (author37a.py, author37b.py). Everything of the
# earlier batches comes through ../dev36/common36.py (on ../dev35 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev36/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev36"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common36  # noqa: E402,F401  (puts ../dev35 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common36 import (abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
                      lipat, NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, polos_rp,
                      PERINGKAT, tercapai, garis, _prog, buka, kpu, sec_dpt_prosa)

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


def kotak(isi, lebar):
    """Lines boxed with single rules."""
    return (["\u250c" + "\u2500" * lebar + "\u2510"] + ["\u2502" + f"{t:<{lebar}}"[:lebar] + "\u2502" for t in isi]
            + ["\u2514" + "\u2500" * lebar + "\u2518"])


# ---- new house styles ----
def r_tabungan(judul, rekening, lebar_ket=16):
    """The budget as the treasurer's passbook-format budget book printed on the passbook printer (buku pagu,
    cetakan printer buku tabungan) typed again: one line `PGU` a budget line's pagu as a credit (its saldo the
    pagu), then one line `RLS` its realisasi as a debit with the percent in the description (its saldo the
    sisa); programs followed by their kegiatan, the total (`TOTAL`) last; the names in a key under the
    print. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        w = max(len(x[2]) for x in rows) + 2
        d.L(cap, "", f"[Lampiran: {judul} - teks cetakan buku diketik ulang]", "",
            f"  NO. BUKU  : {rekening}", f"  PEMEGANG  : BENDAHARA PENGELUARAN {NAMA_KPU_UP(d)}",
            f"  PERIODE   : 01-01-{d.tahun} S.D. 31-12-{d.tahun}", "")
        kop = f"  {'NO':>3}  {'TGL':<6}{'SANDI':<6}{'KETERANGAN':<{lebar_ket + 9}}{'DEBET':>{w}}{'KREDIT':>{w}}{'SALDO':>{w}}"
        d.L(kop, "  " + "-" * (len(kop) - 2))
        n = 0
        for x in rows:
            kode = x[0] or "TOTAL"
            n += 1
            d.L(f"  {n:>3}  {'31-12':<6}{'PGU':<6}{kode:<{lebar_ket + 9}}{'':>{w}}{x[2]:>{w}}{x[2]:>{w}}")
            n += 1
            d.L(f"  {n:>3}  {'31-12':<6}{'RLS':<6}{(kode + ' ' + x[5] + '%'):<{lebar_ket + 9}}{x[3]:>{w}}{'':>{w}}{x[4]:>{w}}")
        d.L("  " + "-" * (len(kop) - 2), "",
            "  SANDI: PGU = pagu DIPA setelah revisi (kredit), RLS = realisasi s.d. 31 Desember (debet);",
            "  saldo setelah RLS = sisa pagu. Kegiatan dicetak di bawah program induknya.", "")
        d.L("Keterangan kode:")
        for x in rows:
            if x[0]:
                d.L(f"  {x[0]:<{lebar_ket}} {x[1]}")
        d.L("")
    return r


def NAMA_KPU_UP(d):
    return f"KPU KABUPATEN {NAMA[d.satker].upper()}" if d.satker != "5371" else "KPU KOTA KUPANG"


def lambang(nama, pakai):
    """A kecamatan's two-letter symbol for the periodic table (first letter, then the first later letter
    that makes it unique), as the infographic's designer chose them."""
    nm = "".join(ch for ch in nama.title() if ch.isalpha())
    for ch in nm[1:]:
        s = nm[0] + ch.lower()
        if s not in pakai:
            pakai.append(s)
            return s
    pakai.append(nm[:2])
    return nm[:2]


def r_periodik(judul, per_baris=5, lebar=17):
    """The DPT as the voters' periodic table (tabel periodik pemilih) of the infographic typed again: one
    cell a kecamatan, its number at the top left and a two-letter symbol at the top right, the name
    (wrapped), `desa n` (when stated), `TPS n`, `L n`, `P n` and `Σ n` (L+P); five cells a row; the
    kabupaten's cell alone under the table like the table's separate row. Other tables plain TAB."""
    def sel(x, pakai, kab):
        if x[0] == "":
            top = f"{'':<3}{'KAB':>{lebar - 3}}"
            nama = textwrap.wrap(f"KAB. {kab}", lebar)
        else:
            top = f"{int(x[0]):<3}{lambang(x[1], pakai):>{lebar - 3}}"
            nama = textwrap.wrap(x[1], lebar)
        isi = [top] + nama + [""] * (2 - len(nama))
        if x[2] != "-":
            isi.append(f"desa {x[2]:>{lebar - 5}}")
        isi += [f"TPS  {x[3]:>{lebar - 5}}", f"L    {x[4]:>{lebar - 5}}", f"P    {x[5]:>{lebar - 5}}",
                f"\u03a3    {x[6]:>{lebar - 5}}"]
        return isi

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        pakai = []
        cells = [sel(x, pakai, NAMA[d.satker].upper()) for x in rows]
        t = max(len(c) for c in cells)
        cells = [kotak(c + [""] * (t - len(c)), lebar) for c in cells]
        d.L(cap, "", f"[Gambar: {judul} - teks tabel periodik diketik ulang]", "",
            "Satu kotak = satu kecamatan: nomor urut (kiri atas), lambang (kanan atas), nama, jumlah TPS,",
            "pemilih laki-laki (L), perempuan (P) dan jumlah (\u03a3).", "")
        kec = cells[:-1]
        for i in range(0, len(kec), per_baris):
            abreast(d, kec[i:i + per_baris], sela=1)
        d.L("")
        abreast(d, [cells[-1]], kiri=2 * (lebar + 3))
        d.L("")
    return r


def r_kereta(judul, lebar=30):
    """The capaian as the train (rangkaian kereta) of the performance infographic typed again: a locomotive
    with the title, then one carriage (gerbong) an indicator, three abreast joined by couplers `═╪═`: in
    the carriage `GERBONG n`, the name wrapped, `Satuan`, `Target`, `Realisasi`, `Capaian`; wheels under
    it. Other tables plain TAB."""
    def gerbong(x, t):
        isi = [f" GERBONG {x[0]}"] + [" " + s for s in textwrap.wrap(x[1], lebar - 2)]
        isi += [""] * (t - len(isi))
        isi += [f" Satuan    : {x[2]}", f" Target    : {x[3]}", f" Realisasi : {x[4]}",
                f" Capaian   : {x[5]}" + (" %" if x[5][:1].isdigit() else "")]
        out = ["\u256d" + "\u2500" * lebar + "\u256e"] + ["\u2502" + f"{s:<{lebar}}" + "\u2502" for s in isi]
        out.append("\u2570\u2500(o)\u2500(o)" + "\u2500" * (lebar - 16) + "(o)\u2500(o)\u2500\u256f")
        return out

    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        t = 1 + max(len(textwrap.wrap(x[1], lebar - 2)) for x in rows)
        d.L(cap, "", f"[Gambar: {judul} - teks rangkaian kereta diketik ulang]", "")
        lok = ["        ___", "  _____|   |___________", f" |  KERETA KINERJA {d.tahun} |\u2550\u2550",
               " |______________________|", "  (o)(o)          (o)(o)"]
        for s in lok:
            d.L(s)
        d.L("")
        gb = [gerbong(x, t) for x in rows]
        for i in range(0, len(gb), 3):
            grup = gb[i:i + 3]
            tinggi = len(grup[0])
            tengah = tinggi // 2
            for j in range(tinggi):
                sela = "\u2550\u256a\u2550" if j == tengah else "   "
                d.L(("  " + sela.join(g[j] for g in grup)).rstrip())
            d.L("")
        d.L("Gerbong dibaca berurutan dari kiri ke kanan, baris demi baris.", "")
    return r


def r_sempoa(judul, lebar=40):
    """The SAKIP evaluation as the abacus (sempoa) of the evaluation infographic typed again: one rod a
    component inside the frame, its beads `●` pushed to the left the points earned (one bead for two and a
    half points, shape only), `○` the rest of its bobot at the right; at the rod's left its name, at its
    right `bobot n | nilai n`; under the frame `JUMLAH NILAI n` and the predikat. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        wn = max(len(x[1]) for x in komp)
        d.L(cap, "", f"[Gambar: {judul} - teks sempoa diketik ulang]", "")
        d.L(" " * (wn + 2) + "\u2554" + "\u2550" * (lebar + 2) + "\u2557")
        for x in komp:
            b, v = angka(x[2]), angka(x[3])
            isi, semua = round(v / 2.5), round(b / 2.5)
            manik = "\u25cf" * isi + "\u2500" * (lebar - semua) + "\u25cb" * (semua - isi)
            d.L(f"{x[1]:>{wn}}  \u2551 {manik} \u2551  bobot {x[2]:>6} | nilai {x[3]:>6}")
            d.L(" " * (wn + 2) + "\u2551" + " " * (lebar + 2) + "\u2551")
        d.L(" " * (wn + 2) + "\u255a" + "\u2550" * (lebar + 2) + "\u255d")
        d.L(" " * (wn + 4) + f"JUMLAH NILAI {tot[3]}  (bobot {tot[2]})  -  predikat {predikat(angka(tot[3]))}", "",
            "Setiap manik mewakili 2,5 poin; manik hitam = nilai yang diperoleh, manik putih = sisa bobot.", "")
    return r


def r_domino(judul, per_baris=3):
    """The DPT as the domino tiles (kartu domino) of the voters' infographic typed again: one tile a
    kecamatan, over it `nn NAME` (wrapped) and `n TPS` (and `n desa/kel` when stated), the left half of the
    tile the men `L` and the right half the women `P`, under it `L+P n`; three tiles a row, the kabupaten's
    tile last. Other tables plain TAB."""
    def ubin(d, x, lebar):
        nm = f"KAB. {NAMA[d.satker].upper()}" if x[0] == "" else f"{int(x[0]):02d} {x[1]}"
        atas = textwrap.wrap(nm, 2 * lebar + 1)
        atas += [""] * (2 - len(atas))
        atas.append((f"{x[2]} desa/kel \u00b7 " if x[2] != "-" else "") + f"{x[3]} TPS")
        h = lebar
        out = atas + ["\u250c" + "\u2500" * h + "\u252c" + "\u2500" * h + "\u2510",
                      "\u2502" + f" \u25cf L".ljust(h) + "\u2502" + f" \u25cf P".ljust(h) + "\u2502",
                      "\u2502" + f"{x[4]:>{h - 1}} " + "\u2502" + f"{x[5]:>{h - 1}} " + "\u2502",
                      "\u2514" + "\u2500" * h + "\u2534" + "\u2500" * h + "\u2518",
                      f" L+P {x[6]}"]
        return out

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        lebar = max(len(x[4]) for x in rows) + 4
        d.L(cap, "", f"[Gambar: {judul} - teks kartu domino diketik ulang]", "",
            "Setiap kartu domino satu kecamatan: belahan kiri pemilih laki-laki (L), belahan kanan pemilih",
            "perempuan (P); di bawah kartu jumlah pemilih.", "")
        ub = [ubin(d, x, lebar) for x in rows]
        kec = ub[:-1]
        for i in range(0, len(kec), per_baris):
            abreast(d, kec[i:i + per_baris], sela=4)
            d.L("")
        abreast(d, [ub[-1]], kiri=2 * lebar + 7)
        d.L("")
    return r


def r_rakbuku(judul, lebar=64):
    """The budget as the bookshelf (rak buku) of the budget infographic typed again: one book a budget
    line lying flat with its spine to the reader, a program's kegiatan stacked on the program's book (the
    thickest at the bottom), one shelf a program; each spine `kode · name` over `Pagu n · Real. n · Sisa n
    · n %`; the total's book alone on the top shelf. Other tables plain TAB."""
    def buku(x, geser, nama=None, tebal=False):
        w = LEBAR[0] - geser
        kiri, kanan, ats, bwh, garis_ = (("\u2503", "\u2503", "\u250f", "\u2517", "\u2501") if tebal else
                                         ("\u2502", "\u2502", "\u256d", "\u2570", "\u2500"))
        isi = [f" {nama}" if not x[0] else f" {x[0]} \u00b7 {nama or x[1]}"]
        isi = textwrap.wrap(isi[0], w - 2)
        isi.append(f" Pagu {x[2]} \u00b7 Real. {x[3]} \u00b7 Sisa {x[4]} \u00b7 {x[5]} %")
        return [" " * geser + ats + garis_ * w + ("\u2513" if tebal else "\u256e")] + \
            [" " * geser + kiri + f"{s:<{w}}" + kanan for s in isi] + \
            [" " * geser + bwh + garis_ * w + ("\u251b" if tebal else "\u256f")]

    LEBAR = [lebar]

    def rak(d, label):
        d.L("\u2580" * (LEBAR[0] + 2) + f"  {label}", "")

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        LEBAR[0] = max(lebar, max(len(f" Pagu {x[2]} \u00b7 Real. {x[3]} \u00b7 Sisa {x[4]} \u00b7 {x[5]} %") for x in rows) + 6)
        tot = next(x for x in rows if x[0] == "")
        d.L(cap, "", f"[Gambar: {judul} - teks rak buku diketik ulang]", "",
            "Setiap buku satu baris anggaran; buku kegiatan ditumpuk di atas buku program induknya (buku tebal di",
            "dasar tumpukan); satu rak satu program.", "")
        for s in buku(tot, 0, f"TOTAL {tot[1]}", tebal=True):
            d.L(s)
        rak(d, "rak 1: total DIPA")
        grup = []
        for x in rows:
            if x[0] == "":
                continue
            if _prog(x[0]):
                grup.append([x])
            else:
                grup[-1].append(x)
        for n, g in enumerate(grup, 2):
            for k, x in enumerate(reversed(g[1:])):
                for s in buku(x, 2 + (k * 3) % 7):
                    d.L(s)
            for s in buku(g[0], 0, tebal=True):
                d.L(s)
            rak(d, f"rak {n}: program {g[0][0]}")
        d.L("Buku dibaca dari atas ke bawah; buku tebal di dasar setiap rak adalah programnya.", "")
    return r
