# Shared helpers of the dev32/ authoring scripts (author32a.py, author32b.py). Everything of the
# earlier batches comes through ../dev31/common31.py (on ../dev30 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev31/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev31"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common31  # noqa: E402,F401  (puts ../dev30 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common31 import (angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor, lipat,  # noqa: E402,F401
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


# ---- new house styles ----
def r_mutu(nomor, revisi, berlaku, unit):
    """The capaian as the ISO 9001 quality-objective form (Formulir Pencapaian Sasaran Mutu) of the office's
    quality management system, typed with box-drawing characters: the document-control box (the office at
    the left; `No. Dokumen`, `Revisi`, `Tgl. Berlaku`, `Halaman` at the right) over the form's title, the
    unit and period line, then the grid (`│` between cells, `├─┼─┤` between rows), a long indicator wrapped
    inside its cell over several grid lines, the figures on the row's first line, a `Status` column
    (`Tercapai` / `Belum Tercapai`), the legend and the sign-off boxes under the grid. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        w = [4, 36, 10, 9, 11, 11, 16]
        garis = lambda a, b, c: a + b.join("\u2500" * x for x in w) + c
        sel = lambda cs: "\u2502" + "\u2502".join(
            (f" {c:<{x - 1}}" if j in (0, 1, 2, 6) else f"{c:>{x - 1}} ") for j, (c, x) in enumerate(zip(cs, w))) + "\u2502"
        lebar = sum(w) + len(w) - 1
        kiri = 38
        d.L(cap, "", "\u250c" + "\u2500" * kiri + "\u252c" + "\u2500" * (lebar - kiri - 1) + "\u2510")
        kepala = [f"  {kantor(d)}", "  SEKRETARIAT", "  Sistem Manajemen Mutu", "  SNI ISO 9001:2015"]
        kanan = [f" No. Dokumen  : {nomor}", f" Revisi       : {revisi}", f" Tgl. Berlaku : {berlaku}", " Halaman      : 1 dari 1"]
        for a, b in zip(kepala, kanan):
            d.L("\u2502" + f"{a:<{kiri}}" + "\u2502" + f"{b:<{lebar - kiri - 1}}" + "\u2502")
        d.L("\u251c" + "\u2500" * kiri + "\u2534" + "\u2500" * (lebar - kiri - 1) + "\u2524",
            "\u2502" + f"FORMULIR PENCAPAIAN SASARAN MUTU TAHUN {d.tahun}".center(lebar) + "\u2502",
            "\u2514" + "\u2500" * lebar + "\u2518", "",
            f"Unit Kerja : {unit}", f"Periode    : Januari s.d. Desember {d.tahun}", "",
            garis("\u250c", "\u252c", "\u2510"),
            sel(["No", "Sasaran Mutu / Indikator", "Satuan", "Target", "Realisasi", "Capaian %", "Status"]),
            garis("\u251c", "\u253c", "\u2524"))
        for i, x in enumerate(rows):
            x = [str(c) for c in x]
            nm = textwrap.wrap(x[1], 34)
            d.L(sel([x[0], nm[0], x[2], x[3], x[4], x[5], "Tercapai" if tercapai(x) else "Belum Tercapai"]))
            for k in nm[1:]:
                d.L(sel(["", k, "", "", "", "", ""]))
            d.L(garis("\u251c", "\u253c", "\u2524") if i < len(rows) - 1 else garis("\u2514", "\u2534", "\u2518"))
        d.L("Status: Tercapai bila capaian \u2265 100% (predikat/opini: sama atau lebih baik dari target).", "",
            f"{'Dibuat oleh,':<44}{'Diperiksa oleh,':<36}Disahkan oleh,",
            f"{'Penanggung Jawab Sasaran Mutu':<44}{'Wakil Manajemen Mutu':<36}Sekretaris", "", "",
            f"{'(....................................)':<44}{'(..............................)':<36}(..............................)", "")
    return r


def r_donat(judul):
    """The SAKIP evaluation as the doughnut chart of the evaluation's infographic, typed again: the score
    and predikat in the ring's hole, the components' labels at the four corners around the ring (two
    labels side by side on the same lines: name, `Bobot`, `Nilai`), joined to the ring by leader lines;
    `Jumlah bobot 100,00` under the chart. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        tot = [str(c) for c in rows[-1]]
        ks = [[str(c) for c in x] for x in rows[:-1]]
        lab = lambda x: textwrap.wrap(x[1].upper(), 26) + [f"Bobot {x[2]}", f"Nilai {x[3]}"]
        dua = lambda a, b, tengah: [f"  {p:<28}{t:^36}{q:>28}" for p, t, q in zip(a, tengah, b)]
        v = angka(tot[3])
        cincin = ["    .-''''''-.    ", "  .'          '.  ", " /              \\ ", "|                |",
                  "|  NILAI AKHIR   |", "|" + f"{tot[3]:^16}" + "|", "|" + f"PREDIKAT {predikat(v)}".center(16) + "|",
                  "|                |", " \\              / ", "  '.          .'  ", "    '-......-'    "]
        d.L(cap, "", f"[Gambar: {judul} - teks grafik diketik ulang]", "")
        d.L(f"{judul.upper():^96}".rstrip(), "")
        kosong = ["", "", "", ""]
        for i in range(0, len(ks), 4):
            grup = ks[i:i + 4] + [kosong] * (4 - len(ks[i:i + 4]))
            lb = [lab(x) if x[1] else [] for x in grup]
            na = max(len(lb[0]), len(lb[1]), 3)
            nb_ = max(len(lb[2]), len(lb[3]), 3)
            kiri = [""] * (na - len(lb[0])) + lb[0] + ["\u2500" * 26 + "\u25ba"] + [""] * 3 + ["\u2500" * 26 + "\u25ba"] \
                + lb[2] + [""] * (nb_ - len(lb[2]))
            kanan = [""] * (na - len(lb[1])) + lb[1] + ["\u25c4" + "\u2500" * 26] + [""] * 3 + ["\u25c4" + "\u2500" * 26] \
                + lb[3] + [""] * (nb_ - len(lb[3]))
            tengah = [""] * (na - 3) + cincin + [""] * (nb_ - 3)
            for p, t, q in zip(kiri, tengah, kanan):
                d.L(f"  {p:<28}{t:^36}{q:>28}".rstrip())
        d.L("", f"  Jumlah bobot {tot[2]}; nilai akhir {tot[3]} (predikat {predikat(v)}).",
            "  Sumber: Laporan Hasil Evaluasi AKIP, Inspektorat Utama KPU.", "")
    return r


def r_piramida(judul, lebar=18):
    """The DPT as the voters' pyramid (piramida pemilih, a butterfly chart) typed again from the figure: one
    bar line a kecamatan, the men's figure and bar to the left of the kecamatan's name, the women's bar and
    figure to the right, under it the villages, TPS and the sum (`11 desa/kel · 43 TPS · Σ 5.123`); the
    kabupaten's figures in the chart's note. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        KIRI, KANAN = "\u25c4 LAKI-LAKI", "PEREMPUAN \u25ba"
        kec = [[str(c) for c in x] for x in rows if str(x[0]) != ""]
        tot = [str(c) for c in next(x for x in rows if str(x[0]) == "")]
        top = max(max(int(x[4].replace(".", "")), int(x[5].replace(".", ""))) for x in kec)
        bar = lambda v: "\u2588" * max(1, round(int(v.replace(".", "")) / top * lebar))
        d.L(cap, "", f"[Gambar: {judul} - label grafik diketik ulang]", "", f"{judul.upper():^100}".rstrip(), "",
            f"{KIRI:>{lebar + 10}}  {'KECAMATAN':^34}  {KANAN}", "")
        for x in kec:
            d.L(f"{x[4]:>9} {bar(x[4]):>{lebar}} \u2502{x[1]:^34}\u2502 {bar(x[5]):<{lebar}} {x[5]}")
            ket = ("" if x[2] == "-" else f"{x[2]} desa/kel \u00b7 ") + f"{x[3]} TPS \u00b7 \u03a3 {x[6]}"
            d.L(f"{'':>{lebar + 10}} \u2502{ket:^34}\u2502")
        d.L("", "Catatan grafik: panjang batang sebanding dengan jumlah pemilih.",
            f"Kabupaten {NAMA[d.satker]}: " + ("" if tot[2] == "-" else f"{tot[2]} desa/kelurahan, ")
            + f"{tot[3]} TPS, laki-laki {tot[4]}, perempuan {tot[5]}, jumlah {tot[6]} pemilih.", "")
    return r


def r_piktogram(judul, satu=1000):
    """The DPT as the pictogram chart (isotype) of the voters' infographic typed again: the key (`♂` for a
    thousand men, `♀` for a thousand women, the last icon rounded), then one block a kecamatan: its number,
    name, villages, TPS and sum on the first line, a row of `♂` icons with the men's figure and a row of `♀`
    icons with the women's figure; the kabupaten's figures in a closing line. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        kec = [[str(c) for c in x] for x in rows if str(x[0]) != ""]
        tot = [str(c) for c in next(x for x in rows if str(x[0]) == "")]
        ikon = lambda ch, v: ch * max(1, round(int(v.replace(".", "")) / satu))
        d.L(cap, "", f"[Infografis: {judul} - teks dan ikon diketik ulang]", "", judul.upper(),
            f"Keterangan: \u2642 = {id_int(satu)} pemilih laki-laki   \u2640 = {id_int(satu)} pemilih perempuan   "
            "(ikon terakhir dibulatkan)", "")
        for x in kec:
            d.L(f"{x[0]:>2}. {x[1]}  \u2014  " + ("" if x[2] == "-" else f"{x[2]} desa/kel, ") + f"{x[3]} TPS, jumlah {x[6]} pemilih",
                f"    {ikon(chr(0x2642), x[4])}  {x[4]}", f"    {ikon(chr(0x2640), x[5])}  {x[5]}")
        d.L("", f"KABUPATEN {NAMA[d.satker].upper()}  \u2014  " + ("" if tot[2] == "-" else f"{tot[2]} desa/kelurahan, ")
            + f"{tot[3]} TPS, \u2642 {tot[4]}, \u2640 {tot[5]}, jumlah {tot[6]} pemilih", "")
    return r


def r_treemap(judul, lebar=98):
    """The budget as the treemap of the monitoring dashboard typed again: one large box a program (its
    code and name on the top border, `Pagu · Realisasi · %` inside), the program's kegiatan as smaller
    boxes inside it two abreast (the code, the name wrapped, `Pagu`, `Real.` with the percent), each box as
    wide as its share of the pair's pagu; the total under the map. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = next(x for x in rows if x[0] == "")
        blok = []
        for x in rows:
            if "." in x[0]:
                blok.append([x, []])
            elif x[0]:
                blok[-1][1].append(x)
        d.L(cap, "", f"[Gambar: {judul} - label peta pohon (treemap) diketik ulang]", "")
        dalam = lebar - 4
        for prog, kegs in blok:
            atas = f"\u250c\u2500 {prog[0]}  {prog[1]} "
            if len(atas) > lebar - 2:
                atas = atas[:lebar - 6] + "\u2026 "
            d.L(atas + "\u2500" * (lebar - 1 - len(atas)) + "\u2510")
            isi = lambda s: "\u2502 " + f"{s:<{lebar - 4}}" + " \u2502"
            d.L(isi(f"Pagu {prog[2]} \u00b7 Realisasi {prog[3]} \u00b7 {prog[5]}%"))
            for i in range(0, len(kegs), 2):
                pr = kegs[i:i + 2]
                if len(pr) == 2:
                    p1, p2 = (int(polos_rp(k[2])) for k in pr)
                    w1 = min(max(34, round((dalam - 1) * p1 / (p1 + p2))), dalam - 35)
                    ws = [w1, dalam - 1 - w1]
                else:
                    ws = [dalam]
                kot = []
                for k, w in zip(pr, ws):
                    t = [k[0]] + textwrap.wrap(k[1], w - 4) + [f"Pagu {k[2]}", f"Real. {k[3]} ({k[5]}%)"]
                    kot.append((w, t))
                n = max(len(t) for _, t in kot)
                gabung = lambda f: "\u2502 " + " ".join(f(w, j) for j, (w, _) in enumerate(kot)) + " \u2502"
                d.L(gabung(lambda w, j: "\u250c" + "\u2500" * (w - 2) + "\u2510"))
                for m in range(n):
                    d.L(gabung(lambda w, j: "\u2502 " + f"{(kot[j][1][m] if m < len(kot[j][1]) else ''):<{w - 4}}" + " \u2502"))
                d.L(gabung(lambda w, j: "\u2514" + "\u2500" * (w - 2) + "\u2518"))
            d.L("\u2514" + "\u2500" * (lebar - 2) + "\u2518")
        d.L("", f"Keseluruhan (TOTAL): Pagu {tot[2]} \u00b7 Realisasi {tot[3]} \u00b7 Sisa {tot[4]} \u00b7 {tot[5]}%",
            "Luas kotak sebanding dengan pagu. Sumber: dasbor monitoring anggaran, posisi 31 Desember.", "")
    return r


def polos_rp(s):
    return str(s).replace(".", "")


def r_termometer(judul, per_baris=4, lebar=24, tinggi=12):
    """The capaian as the row of thermometer charts on the performance dashboard typed again: four
    thermometers abreast, each a column of text (`IKU n`, the indicator wrapped in the column, `(satuan)`,
    `Target`, `Realisasi`, the glass drawn with `│█│` filled to the capaian on a scale to 120 %, the bulb,
    then `Capaian n %`); the columns padded to the same height, so each printed line holds four columns'
    pieces side by side. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"[Gambar: {judul} - teks grafik diketik ulang]", "")
        rows = [[str(c) for c in x] for x in rows]
        for i in range(0, len(rows), per_baris):
            kol = []
            for x in rows[i:i + per_baris]:
                v = angka(x[5]) if x[2] not in ("Predikat", "Opini") else None
                isi = 0 if v is None else min(tinggi, round(v / 120 * tinggi))
                nm = textwrap.wrap(x[1], lebar - 2)
                kaca = [" \u256d\u2500\u256e 120"] + [" \u2502" + ("\u2588" if tinggi - j <= isi else " ") + "\u2502"
                                                    for j in range(tinggi)] + [" (\u25cf)"]
                kol.append((f"IKU {x[0]}", nm, f"({x[2]})", [f"Target    {x[3]}", f"Realisasi {x[4]}"], kaca,
                            f"Capaian {x[5]}" + ("%" if v is not None else "")))
            nmax = max(len(k[1]) for k in kol)
            baris_ = []
            for k in kol:
                b = [k[0]] + k[1] + [""] * (nmax - len(k[1])) + [k[2]] + k[3] + k[4] + [k[5]]
                baris_.append(b)
            for m in range(len(baris_[0])):
                d.L("".join(f"{b[m]:<{lebar}}" for b in baris_).rstrip())
            d.L("")
        d.L("Skala termometer 0-120%; garis isi menunjukkan capaian. Predikat dan opini tanpa isi.", "")
    return r
