# Shared helpers of the dev29/ authoring scripts (author29a.py, author29b.py). Everything of the
# earlier batches comes through ../dev28/common28.py (on ../dev27 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev28/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev28"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common28  # noqa: E402,F401  (puts ../dev27 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common28 import (baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, lipat, NAMA,  # noqa: E402,F401
                      persen_sel, polos, predikat, r_kantor, r_tab, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang, lapor_kosong,
                      ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran)
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


# ---- new house styles ----
DEPAN = ["Yohanes", "Maria", "Fransiskus", "Agustinus", "Theresia", "Paulus", "Yosefina", "Kristoforus",
         "Emerensiana", "Dominikus", "Helena", "Bernadus", "Veronika", "Antonius", "Margaretha", "Gregorius",
         "Katarina", "Aloysius", "Bonifasius", "Skolastika", "Marselinus", "Yustina", "Wilhelmus", "Sesilia"]
BELAKANG = ["Meo", "Dhey", "Bhoko", "Wea", "Ndona", "Lado", "Tay", "Wake", "Rangga", "Seke", "Bupu", "Lengo",
            "Mite", "Rewo", "Nua", "Dopo", "Bata", "Pati", "Goa", "Jawa", "Wolo", "Noe", "Bela", "Kaka"]


def nama_orang(i):
    """A person's name from the fixed pools (no randomness)."""
    return f"{DEPAN[(i * 7) % len(DEPAN)]} {BELAKANG[(i * 11 + 3) % len(BELAKANG)]}"


def r_hadir(rapat, tanggal, tempat, lain):
    """The DPT as the attendance list (Daftar Hadir) of the plenary meeting: the meeting, day and place over
    a TAB table `No | Nama | Jabatan / Unsur | Desa/Kel | TPS | L | P | L+P | Tanda Tangan`; the KPU members and
    the guests lain first with empty figure cells, then one row a PPK chair (`Ketua PPK Kecamatan …`) with the
    figures that PPK handed in, the signature cell numbered and alternating left and right (`1. ........` /
    `      2. ........`) as such lists are; the sum row `Jumlah` last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L("DAFTAR HADIR", rapat.upper(), f"Hari/Tanggal : {tanggal}", f"Tempat       : {tempat}", "")
        d.R("No", "Nama", "Jabatan / Unsur", "Desa/Kel", "TPS", "L", "P", "L+P", "Tanda Tangan")
        n = 0
        ttd = lambda k: f"{k}. ........" if k % 2 else f"      {k}. ........"
        for j, (nm, jab) in enumerate(lain):
            n += 1
            d.R(n, nm, jab, "", "", "", "", "", ttd(n))
        for x in rows:
            if str(x[0]) == "":
                d.R("", "Jumlah", "", *[str(c) for c in x[2:7]], "")
                continue
            n += 1
            desa = "" if str(x[2]) == "-" else x[2]
            d.R(n, nama_orang(n + 5), f"Ketua PPK Kecamatan {kapital(x[1])}", desa, *x[3:7], ttd(n))
        d.B()
        d.L("Mengetahui,", f"Ketua KPU Kabupaten {NAMA[d.satker]}", "", "", "ttd", "")
    return r


def koma(c):
    """A printed figure in a calculator's English grouping (`5.714` -> `5,714`)."""
    return f"{int(polos(c)):,}"


def r_pita(merek, tanggal):
    """The budget as the printing calculator's paper rolls (pita kalkulator) of the finance clerk, pasted into
    the report and typed again: one roll for the pagu and one for the realisasi; on each the kegiatan amounts
    with `+`, each program closed with `*` (the key that totals and clears), the grand total `G*` last, figures
    in the calculator's English grouping; the clerk's pen notes (the code of every line) typed after `<-`.
    No percent anywhere; other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        prog = [x for x in rows if "." in str(x[0])]
        keg = {str(p[0]): [] for p in prog}
        cur = None
        for x in rows:
            if "." in str(x[0]):
                cur = str(x[0])
            elif str(x[0]) != "":
                keg[cur].append(x)
        tot = next(x for x in rows if str(x[0]) == "")
        d.L(cap, "")
        for j, judul in ((2, "PAGU"), (3, "REALISASI")):
            d.L(f"[pita kalkulator {merek} - {judul} TA {d.tahun} - {tanggal}]", "")
            d.L(f"{'0':>20} C")
            for p in prog:
                for k in keg[str(p[0])]:
                    d.L(f"{koma(k[j]):>20} +   <- {k[0]}")
                d.L(f"{koma(p[j]):>20} *   <- {p[0]}", "")
            d.L(f"{koma(tot[j]):>20} G*  <- total {judul.lower()}", "", "")
    return r


SUB = (("Pemenuhan", 20), ("Kualitas", 50), ("Implementasi", 30))


def r_lke(unit, evaluator):
    """The SAKIP evaluation as the summary sheet (Rekapitulasi) of the evaluators' worksheet, the Lembar Kerja
    Evaluasi (LKE), printed from its spreadsheet: fixed columns `No`, `Komponen / Sub Komponen`, `Bobot`,
    `Nilai`; each component (A, B, …) with its three sub-components (`1. Pemenuhan`, `2. Kualitas`,
    `3. Implementasi`) under it, whose values sum to the component's; `NILAI HASIL EVALUASI` and `TINGKAT
    AKUNTABILITAS KINERJA` last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        tot = rows[-1]
        nilai = float(str(tot[3]).replace(",", "."))
        f = lambda a, b, c, e: f"{a:<5}{b:<48}{c:>9}{e:>10}"
        d.L(cap, "", "LEMBAR KERJA EVALUASI (LKE) AKUNTABILITAS KINERJA - REKAPITULASI",
            f"Unit kerja        : {unit}", f"Tahun dievaluasi  : {str(cap).split()[-3]}",
            f"Evaluator         : {evaluator}", "=" * 72, f("No", "Komponen / Sub Komponen", "Bobot", "Nilai"), "-" * 72)
        for i, x in enumerate(rows[:-1]):
            b = round(float(str(x[2]).replace(",", ".")) * 100)
            v = round(float(str(x[3]).replace(",", ".")) * 100)
            d.L(f("ABCDE"[i], str(x[1]).upper(), x[2], x[3]))
            sisa_b, sisa_v = b, v
            for k, (nm, fr) in enumerate(SUB):
                if k < len(SUB) - 1:
                    sb, sv = b * fr // 100, v * fr // 100
                else:
                    sb, sv = sisa_b, sisa_v
                sisa_b -= sb
                sisa_v -= sv
                d.L(f("", f"  {k + 1}. {nm}", id_dec(sb / 100), id_dec(sv / 100)))
        d.L("-" * 72, f("", "NILAI HASIL EVALUASI", tot[2], tot[3]),
            f("", "TINGKAT AKUNTABILITAS KINERJA", "", predikat(nilai)), "=" * 72, "")
    return r


def r_label(merek, judul, per_baris=2, lebar=44):
    """The DPT as the sheet of box labels (stiker label) printed by mail merge for the boxes of DPT copies sent
    to each PPK: labels per_baris across, each `SALINAN DPT …`, `Kepada Yth. Ketua PPK Kecamatan …`, then
    `Desa/Kel`, `TPS`, `Laki-laki`, `Perempuan`, `Jumlah` with the figures as the merge gives them (no
    group separators); the kabupaten's own box `ARSIP KPU KABUPATEN …` with its totals last. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        label = []
        for x in rows:
            x = [str(c) for c in x]
            ke = (f"ARSIP KPU KABUPATEN {NAMA[d.satker].upper()} (REKAP KABUPATEN)" if x[0] == ""
                  else f"Kepada Yth. Ketua PPK Kecamatan {kapital(x[1])}")
            desa = [] if x[2] == "-" else [f"Desa/Kel  : {polos(x[2])}"]
            label.append([judul] + textwrap.wrap(ke, lebar) + desa + [
                f"TPS       : {polos(x[3])}", f"Laki-laki : {polos(x[4])}", f"Perempuan : {polos(x[5])}",
                f"Jumlah    : {polos(x[6])}"])
        d.L(cap, "", f"[lembar label {merek}, dicetak dari gabungan surat]", "")
        for i in range(0, len(label), per_baris):
            grup = label[i:i + per_baris]
            t = max(len(g) for g in grup)
            for k in range(t):
                d.L("".join((g[k] if k < len(g) else "").ljust(lebar + 4) for g in grup).rstrip())
            d.B()
    return r


def r_formulir(lembar):
    """The capaian as the screens of the spreadsheet's Data Form (Data > Formulir) typed again, one record a
    block: the sheet's name and `n dari N` over the fields `No`, `Indikator Kinerja`, `Satuan`, `Target`,
    `Realisasi`, `Capaian (%)`, the dialog's buttons down the right (`[ Baru ]`, `[ Hapus ]`, …). Other tables
    plain TAB."""
    tombol = ["[ Baru           ]", "[ Hapus          ]", "[ Pulihkan       ]", "[ Cari Sebelumnya ]",
              "[ Cari Berikutnya ]", "[ Kriteria       ]", "[ Tutup          ]"]

    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "")
        for i, x in enumerate(rows, 1):
            nm = str(x[1])
            potong = textwrap.wrap(nm, 46)
            kiri = [f"No                : {x[0]}", f"Indikator Kinerja : {potong[0]}"] + [" " * 20 + k for k in potong[1:]]
            kiri += [f"Satuan            : {x[2]}", f"Target            : {x[3]}", f"Realisasi         : {x[4]}",
                     f"Capaian (%)       : {x[5]}"]
            d.L(f"{lembar:<60}{i} dari {len(rows)}")
            for k in range(max(len(kiri), len(tombol))):
                a = kiri[k] if k < len(kiri) else ""
                d.L((a.ljust(68) + (tombol[k] if k < len(tombol) else "")).rstrip())
            d.B()
    return r


def r_cocok(sumber_a, sumber_b):
    """The DPT as the data-matching worksheet (Lembar Pencocokan Data) between two sources: a two-line TAB
    header (`Laki-laki`, `Perempuan`, `Jumlah` each over sumber_a and sumber_b), every figure twice, then
    `Selisih` (0) and `Ket.` (`Cocok`); the kabupaten's row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "", "Perempuan", "", "Jumlah", "", "Selisih", "Ket.")
        d.R("", "", "", "", sumber_a, sumber_b, sumber_a, sumber_b, sumber_a, sumber_b, "", "")
        for x in rows:
            x = [str(c) for c in x]
            nm = f"Kab. {NAMA[d.satker]}" if x[0] == "" else x[1]
            d.R(x[0], nm, x[2], x[3], x[4], x[4], x[5], x[5], x[6], x[6], "0", "Cocok")
        d.B()
    return r
