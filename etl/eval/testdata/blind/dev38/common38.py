# Shared helpers of the dev38/ authoring scripts (author38a.py, author38b.py). Everything of the
# earlier batches comes through ../dev37/common37.py (on ../dev36 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev37/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev37"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common37  # noqa: E402,F401  (puts ../dev36 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common37 import (abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
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
def r_gizi(judul, lebar_=46):
    """The SAKIP evaluation as the nutrition facts label (label Informasi Nilai Gizi) of the evaluation
    infographic typed again: a heavy-ruled label `INFORMASI NILAI AKIP`, `Takaran evaluasi`, `Sajian per
    kemasan`, then `JUMLAH PER SAJIAN` with the score and the predikat, then one line a component with its
    bobot (as `% AKG`, the share of 100) and its nilai, a footnote under the label. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        wn = max(24, max(len(x[1]) for x in komp) + 2)
        lebar = max(lebar_, wn + 22)
        isi = lambda s: "\u2503 " + f"{s:<{lebar - 2}}" + " \u2503"
        tebal = lambda a, b: a + "\u2501" * lebar + b
        d.L(cap, "", f"[Gambar: {judul} - teks label diketik ulang]", "")
        d.L(tebal("\u250f", "\u2513"), isi("INFORMASI NILAI AKIP"), isi(f"Takaran evaluasi  : LKE AKIP Tahun {th}"),
            isi("Sajian per kemasan: 1 (satu) satker"), tebal("\u2523", "\u252b"), isi("JUMLAH PER SAJIAN"),
            isi(f"Nilai Akhir {tot[3]:>10}{'Predikat ' + predikat(angka(tot[3])):>{lebar - 24}}"),
            tebal("\u2523", "\u252b"), isi(f"{'':<{wn}}{'% AKG*':>10}{'Nilai':>10}"),
            "\u2503 " + "\u2500" * (lebar - 2) + " \u2503")
        for x in komp:
            d.L(isi(f"{x[1]:<{wn}}{x[2]:>10}{x[3]:>10}"))
        d.L("\u2503 " + "\u2500" * (lebar - 2) + " \u2503", isi(f"{'Jumlah':<{wn}}{tot[2]:>10}{tot[3]:>10}"),
            tebal("\u2517", "\u251b"),
            "*% AKG = Angka Kecukupan Bobot: bobot komponen dari nilai 100 menurut PermenPANRB 88/2021.", "")
    return r


def r_prangko(judul, per_baris=4, lebar=20):
    """The DPT as the sheet of postage stamps (lembar prangko) of the voters' infographic typed again: one
    stamp a kecamatan inside a perforated edge of `o`, at its top `PEMILU 2024` and the face value (the
    kecamatan's L+P) at the right, then `nn`, the name wrapped, `n desa · n TPS`, `L n`, `P n`; four stamps
    a row; the kabupaten's stamp last as the souvenir sheet (blok prangko). Other tables plain TAB."""
    def prangko(d, x, y):
        if x[0] == "":
            nm = textwrap.wrap(f"BLOK KAB. {NAMA[d.satker].upper()}", lebar - 2)
        else:
            nm = [f"{int(x[0]):02d}"] + textwrap.wrap(x[1], lebar - 2)
        isi = [f"{'PEMILU ' + str(y):<10}{x[6]:>{lebar - 10}}", ""] + nm
        isi += [""] * (5 - len(isi))
        isi += [(f"{x[2]} desa \u00b7 " if x[2] != "-" else "") + f"{x[3]} TPS", f"L {x[4]:>{lebar - 2}}", f"P {x[5]:>{lebar - 2}}"]
        tepi = " " + "o " * ((lebar + 4) // 2)
        return [tepi.rstrip()] + [f"o {s:<{lebar}} o" for s in isi] + [tepi.rstrip()]

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        y = next((int(w) for w in cap.split() if w.isdigit()), d.tahun)
        rows = [[str(c) for c in x] for x in rows]
        st = [prangko(d, x, y) for x in rows]
        d.L(cap, "", f"[Gambar: {judul} - teks lembar prangko diketik ulang]", "",
            "Setiap prangko satu kecamatan; nilai nominal di pojok kanan atas = jumlah pemilih (L+P).", "")
        for i in range(0, len(st) - 1, per_baris):
            abreast(d, st[i:i + per_baris], sela=2)
            d.L("")
        d.L("Blok prangko (kabupaten):")
        abreast(d, [st[-1]], kiri=lebar + 6)
        d.L("")
    return r


def r_cuaca(judul, per_baris=3, lebar=28):
    """The capaian as the weather forecast cards (kartu prakiraan cuaca) of the performance infographic typed
    again: one card an indicator, its weather by the capaian (`CERAH` at 100 % and above, `CERAH BERAWAN`
    from 90 %, `BERAWAN` below, `-` for a grade row), then the indicator wrapped, `Satuan`, `Target`,
    `Realisasi` and `Capaian` as the card's readings; three cards a row. Other tables plain TAB."""
    def cuaca(c):
        v = angka(c) if c[:1].isdigit() else None
        if v is None:
            return "\u2601/\u2600 LIHAT KETERANGAN"
        return "\u2600 CERAH" if v >= 100 else ("\u26c5 CERAH BERAWAN" if v >= 90 else "\u2601 BERAWAN")

    def kartu(x, t):
        nama = textwrap.wrap(x[1], lebar - 2)
        isi = [f"IKU {x[0]}", cuaca(x[5]), ""] + nama + [""] * (t - len(nama))
        isi += [f"Satuan    {x[2]}", f"Target    {x[3]}", f"Realisasi {x[4]}",
                f"Capaian   {x[5]}" + (" %" if x[5][:1].isdigit() else "")]
        return (["\u256d" + "\u2500" * lebar + "\u256e"] + ["\u2502 " + f"{s:<{lebar - 2}}" + " \u2502" for s in isi]
                + ["\u2570" + "\u2500" * lebar + "\u256f"])

    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        t = max(len(textwrap.wrap(x[1], lebar - 2)) for x in rows)
        d.L(cap, "", f"[Gambar: {judul} - teks kartu prakiraan diketik ulang]", "",
            "Cuaca setiap kartu menurut capaian: \u2600 CERAH = 100% ke atas, \u26c5 CERAH BERAWAN = 90% ke atas, "
            "\u2601 BERAWAN = di bawah 90%.", "")
        kt = [kartu(x, t) for x in rows]
        for i in range(0, len(kt), per_baris):
            abreast(d, kt[i:i + per_baris], sela=2)
            d.L("")
    return r


def r_papan(judul, tanggal):
    """The budget as the whiteboard of the budget meeting (papan tulis rapat), photographed and typed again
    line by line: a heading underlined with `=`, the total first (`TOTAL DIPA : pagu n -> real n | sisa n |
    n %`), then each program after `*` and its kegiatan after `-` indented under it, each with `pagu ... ->
    real ... | sisa ... | ... %`; the names after the codes as written; a circled note at the foot. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = next(x for x in rows if x[0] == "")
        angk = lambda x: f"pagu {x[2]} -> real {x[3]} | sisa {x[4]} | {x[5]} %"
        d.L(cap, "", f"[Foto: {judul}, {tanggal} - tulisan tangan diketik ulang]", "",
            f"   REALISASI ANGGARAN {d.tahun} (s.d. 31/12)", "   " + "=" * 34, "",
            f"   {tot[1]} : {angk(tot)}", "")
        for x in rows:
            if x[0] == "":
                continue
            if _prog(x[0]):
                d.L(f"   * {x[0]}  {x[1]}", f"       {angk(x)}")
            else:
                d.L(f"        - {x[0]}  {x[1]}", f"            {angk(x)}")
        d.L("", "   ( ! sisa dikembalikan ke kas negara / cek SP2D terakhir )", "")
    return r


def r_spbu(judul, lebar=38):
    """The budget as the fuel pump displays (tampilan pompa SPBU) of the budget infographic typed again: one
    pump a budget line, two pumps abreast: `POMPA n` in the top rule, the code and name, a window `RUPIAH
    TERISI` holding the realisasi, a window `KAPASITAS (PAGU)` holding the pagu, then `SISA n` and `TERISI n
    %`; the total's pump `POMPA UTAMA` alone first. Other tables plain TAB."""
    def pompa(x, n, t):
        judul_ = "POMPA UTAMA" if x[0] == "" else f"POMPA {n}"
        nama = textwrap.wrap((x[1] if x[0] == "" else f"{x[0]} {x[1]}"), lebar - 2)
        isi = nama + [""] * (t - len(nama))
        jendela = lambda lbl, v: ["\u250c " + lbl + " " + "\u2500" * (lebar - 5 - len(lbl)) + "\u2510",
                                  "\u2502" + f"{v:>{lebar - 4}} " + "\u2502",
                                  "\u2514" + "\u2500" * (lebar - 3) + "\u2518"]
        isi += jendela("RUPIAH TERISI", x[3]) + jendela("KAPASITAS (PAGU)", x[2])
        isi += [f"SISA {x[4]}", f"TERISI {x[5]} %"]
        return (["\u2554\u2550 " + judul_ + " " + "\u2550" * (lebar - 2 - len(judul_)) + "\u2557"]
                + ["\u2551 " + f"{s:<{lebar}}" + "\u2551" for s in isi]
                + ["\u255a" + "\u2550" * (lebar + 1) + "\u255d", "   \u2588\u2588\u2588\u2588  \u2502\u2502  selang"])

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        t = max(len(textwrap.wrap(f"{x[0]} {x[1]}", lebar - 2)) for x in rows)
        tot = next(x for x in rows if x[0] == "")
        d.L(cap, "", f"[Gambar: {judul} - teks tampilan pompa diketik ulang]", "",
            "Setiap pompa satu baris anggaran: RUPIAH TERISI = realisasi, KAPASITAS = pagu.", "")
        abreast(d, [pompa(tot, 0, t)])
        d.L("")
        ps = [pompa(x, n, t) for n, x in enumerate([x for x in rows if x[0] != ""], 1)]
        for i in range(0, len(ps), 2):
            abreast(d, ps[i:i + 2], sela=4)
            d.L("")
    return r


def r_baterai(judul, lebar=30):
    """The capaian as the battery indicators (ikon baterai) of the lobby screen typed again: one battery an
    indicator, `IKU n` and the name over it, the cell filled `█` to the capaian (full at 100 %, shape only)
    with the capaian after the terminal, then `Satuan` `Target` `Realisasi` under it; a grade row's battery
    left empty with its capaian cell as printed. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Gambar: {judul} - teks layar diketik ulang]", "")
        for x in rows:
            v = angka(x[5]) if x[5][:1].isdigit() else 0
            isi = min(lebar, round(v / 100 * lebar))
            d.L(f"  IKU {x[0]}  " + textwrap.wrap(x[1], 80)[0])
            for s in textwrap.wrap(x[1], 80)[1:]:
                d.L("          " + s)
            d.L("    \u250c" + "\u2500" * lebar + "\u2510",
                "    \u2502" + "\u2588" * isi + "\u2591" * (lebar - isi) + "\u2502\u258c  " + x[5] + (" %" if x[5][:1].isdigit() else ""),
                "    \u2514" + "\u2500" * lebar + "\u2518",
                f"    Satuan: {x[2]}   Target: {x[3]}   Realisasi: {x[4]}", "")
        d.L("Baterai penuh = capaian 100%; isi baterai hanya gambaran.", "")
    return r
