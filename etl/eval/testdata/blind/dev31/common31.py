# Shared helpers of the dev31/ authoring scripts (author31a.py, author31b.py). Everything of the
# earlier batches comes through ../dev30/common30.py (on ../dev29 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev30/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev30"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common30  # noqa: E402,F401  (puts ../dev29 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common30 import (baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, lipat, NAMA,  # noqa: E402,F401
                      persen_sel, polos, predikat, r_kantor, r_tab, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang, lapor_kosong,
                      ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, kantor)
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


def angka(s):
    """A printed Indonesian decimal as a float, or None."""
    try:
        return float(str(s).replace(".", "").replace(",", ".").rstrip("%* "))
    except ValueError:
        return None


# ---- new house styles ----
def r_lampu(judul, per):
    """The capaian as the monitoring sheet's traffic-light report (rapor lampu kinerja) printed with its
    conditional formatting: a title and `Posisi data`, the legend of the three lamps (`● HIJAU` capaian at
    least 100 %, `● KUNING` 90 to under 100 %, `● MERAH` under 90 %, `○ ABU-ABU` a grade), then one block a
    indicator in fixed columns: the lamp first (`● HIJAU`), `IKU-n`, the indicator wrapped in its column,
    Satuan, Target, Realisasi and Capaian on the first line; a dotted rule between the blocks and the count
    of lamps at the foot. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        f = lambda a, b, c, e, g, h, i: f"{a:<11}{b:<7}{c:<40}{e:<10}{g:>9}{h:>11}{i:>10}"
        d.L(cap, "", judul, f"Posisi data: {per}", "",
            "Keterangan lampu:  \u25cf HIJAU  capaian \u2265 100%    \u25cf KUNING  90% s.d. < 100%    "
            "\u25cf MERAH  < 90%    \u25cb ABU-ABU  predikat/opini", "",
            f("LAMPU", "KODE", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN"), "\u00b7" * 98)
        hit = {}
        for x in rows:
            x = [str(c) for c in x]
            v = angka(x[5]) if x[2] not in ("Predikat", "Opini") else None
            lampu = ("\u25cb ABU-ABU" if v is None else "\u25cf HIJAU" if v >= 100 else
                     "\u25cf KUNING" if v >= 90 else "\u25cf MERAH")
            hit[lampu] = hit.get(lampu, 0) + 1
            nm = textwrap.wrap(x[1], 38)
            d.L(f(lampu, f"IKU-{x[0]}", nm[0], x[2], x[3], x[4], x[5]))
            for k in nm[1:]:
                d.L(f("", "", k, "", "", "", "").rstrip())
            d.L("\u00b7" * 98)
        d.L("Jumlah lampu: " + ", ".join(f"{k} {v}" for k, v in sorted(hit.items())), "")
    return r


def r_sebaran(judul, skala, batas):
    """The DPT as the thematic map of the voters' distribution (Peta Sebaran Pemilih) with its labels typed
    again: the map's title and `Skala`, the legend of three classes (`███ lebih dari a pemilih`, `▓▓▓ b s.d.
    a`, `░░░ kurang dari b`), then the labels of the map grouped by class as they were read off the map (each
    class its kecamatan in the kecamatan's order): the name in capitals, and under it `Desa/Kel n · TPS n ·
    L n · P n · Jumlah n`; the map's information box with the kabupaten's figures last; the source and the
    map maker's line. batas = (a, b). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        a, b = batas
        kec = [[str(c) for c in x] for x in rows if str(x[0]) != ""]
        tot = [str(c) for c in next(x for x in rows if str(x[0]) == "")]
        kelas = [("\u2588\u2588\u2588", f"lebih dari {id_int(a)} pemilih", lambda v: v > a),
                 ("\u2593\u2593\u2593", f"{id_int(b)} s.d. {id_int(a)} pemilih", lambda v: b <= v <= a),
                 ("\u2591\u2591\u2591", f"kurang dari {id_int(b)} pemilih", lambda v: v < b)]
        isi = lambda x: (("" if x[2] == "-" else f"Desa/Kel {x[2]} \u00b7 ")
                         + f"TPS {x[3]} \u00b7 L {x[4]} \u00b7 P {x[5]} \u00b7 Jumlah {x[6]}")
        d.L(cap, "", f"[Gambar 3.1 {judul} - legenda dan label peta diketik ulang]", "", judul.upper(),
            f"Skala {skala}        \u2191 U        Proyeksi: Geografis WGS 84", "", "LEGENDA")
        for sim, ket, _ in kelas:
            d.L(f"   {sim}   {ket}")
        d.L("   ---   batas kecamatan", "   ===   jalan kabupaten", "")
        for sim, ket, cocok in kelas:
            pilih = [x for x in kec if cocok(int(polos(x[6])))]
            if not pilih:
                continue
            d.L(f"Label wilayah kelas {sim} ({ket}):")
            for x in pilih:
                d.L(f"   {x[1]}", f"      {isi(x)}")
            d.L("")
        d.L("KOTAK INFORMASI PETA", f"   {kantor(d).replace('KPU ', '')}", f"      {isi(tot)}", "",
            "Sumber: DPT hasil rapat pleno; batas administrasi BIG. Peta dibuat oleh Subbagian Teknis dan Hupmas.", "")
    return r


def r_surel(pengirim, penerima, tanggal_kirim, tanggal_balas, subjek, isi, balasan):
    """The budget as the e-mail thread printed from the webmail (Gmail's print view): the print head (`Gmail -
    Fwd: …`, the account), the forwarded message's head (`---------- Forwarded message ---------`, `Dari`,
    `Date`, `Subject`, `To`), the treasurer's reply on top, then her earlier message with the table **quoted
    with `> `**: a plain-text table in fixed columns (`Kode`, `Uraian`, `Pagu`, `Realisasi`, `Sisa`, `%`),
    long names wrapped within their column on quoted continuation lines, the total row `TOTAL`; the e-mail
    signature. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        q = "> "
        f = lambda a, b, c, e, g, h: f"{a:<11}{b:<36}{c:>17}{e:>17}{g:>15}{h:>7}"
        d.L(cap, "", f"{'Gmail - Fwd: ' + subjek:<86}{tanggal_balas.split(' pukul')[0]}", penerima[0], "",
            "---------- Forwarded message ---------", f"Dari: {pengirim[0]} <{pengirim[1]}>",
            f"Date: {tanggal_balas}", f"Subject: Re: {subjek}", f"To: {penerima[1]}", "")
        for p in balasan:
            d.L(*textwrap.wrap(p, 96), "")
        d.L(f"Pada {tanggal_kirim} {pengirim[0]} <{pengirim[1]}> menulis:", "")
        for p in isi:
            d.L(*[q + k for k in textwrap.wrap(p, 94)], q.rstrip())
        d.L(q + f("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"), q + "-" * 103)
        for x in rows:
            x = [str(c) for c in x]
            nm = textwrap.wrap(x[1] if x[0] else "TOTAL", 34)
            d.L(q + f(x[0], nm[0], *x[2:6]))
            for k in nm[1:]:
                d.L((q + f("", k, "", "", "", "")).rstrip())
        d.L(q + "-" * 103, q.rstrip(), q + "Salam,", q + pengirim[0].split(" KPU")[0], q + "--", q + pengirim[0], "")
    return r


def r_skala(judul):
    """The SAKIP evaluation as the score card on the cover of the evaluation report, typed again: the
    title, the predikat scale as a ruler from 0 to 100 with its bands `D` `C` `CC` `B` `BB` `A` `AA` over it
    and the limits under it, a pointer `▲` under the score's place with the score beneath it, then `Nilai
    Hasil Evaluasi : n (Predikat x)` and the components as `nilai / bobot` pairs (`Perencanaan Kinerja
    ........ 19,50 / 30,00`). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        tot = rows[-1]
        v = float(str(tot[3]).replace(",", "."))
        k = 0.8  # characters per point
        pita = [" "] * 82
        for nm, lo, hi in (("D", 0, 30), ("C", 30, 50), ("CC", 50, 60), ("B", 60, 70), ("BB", 70, 80),
                           ("A", 80, 90), ("AA", 90, 100)):
            p = int((lo + hi) / 2 * k) - len(nm) // 2
            pita[p:p + len(nm)] = list(nm)
        bawah = [" "] * 84
        for t in (0, 30, 50, 60, 70, 80, 90, 100):
            s = str(t)
            p = int(t * k) + 4 - len(s) // 2
            bawah[p:p + len(s)] = list(s)
        garis = "|" + "".join("|" if int(i / k) in (30, 50, 60, 70, 80, 90) and int((i - 1) / k) != int(i / k)
                              else "-" for i in range(1, 80)) + "|"
        p = round(v * k) + 4
        d.L(cap, "", "+" + "=" * 88 + "+", f"  {judul}", f"  {kantor(d).replace('KPU', 'SEKRETARIAT KPU')}", "",
            "    " + "".join(pita).rstrip(), "    " + garis, "".join(bawah).rstrip(),
            " " * p + "\u25b2", " " * (p - 2) + str(tot[3]), "",
            f"  Nilai Hasil Evaluasi : {tot[3]} (Predikat {predikat(v)})", "", "  Rincian nilai per komponen (nilai / bobot):")
        for x in rows[:-1]:
            d.L(f"    {str(x[1]) + ' ':.<52} {x[3]:>6} / {x[2]}")
        d.L(f"    {'Jumlah ':.<52} {tot[3]:>6} / {tot[2]}", "+" + "=" * 88 + "+", "")
    return r


def r_chevron(lebar=34, sel=13):
    """The capaian as a SmartArt graphic (Basic Chevron Process) typed again from the figure: one row of
    chevrons a indicator, the first chevron its number and name (wrapped inside it) with `(satuan: …)`, then
    `Target`, `Realisasi`, `Capaian` chevrons each with its value under the word; the chevrons' points drawn
    as `❯` at their right edges; a blank line between the rows. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", "[Gambar: SmartArt \u201cProses Chevron Dasar\u201d, teks setiap bentuk diketik ulang]", "")
        for x in rows:
            x = [str(c) for c in x]
            kiri = textwrap.wrap(f"{x[0]}. {x[1]}", lebar) + [f"(satuan: {x[2]})"]
            kanan = [("Target", x[3]), ("Realisasi", x[4]), ("Capaian", x[5])]
            for i, ln in enumerate(kiri):
                s = f" {ln:<{lebar}} \u276f"
                for nm, v in kanan:
                    s += f"  {(nm if i == 0 else v if i == 1 else ''):<{sel}}\u276f"
                d.L(s)
            d.L("")
    return r


def r_akordeon(judul, alamat, dicetak):
    """The DPT as the public recap page of the office's website printed after `Buka semua` was pressed:
    the browser's print head (the page title and the date) and foot (the address and `1/1`), the page's
    heading and buttons, the kabupaten's section `▾ KABUPATEN …` with its summary line, then one expanded
    accordion section a kecamatan: `▾ NAME` and under it the fields `Desa/Kelurahan`, `TPS`, `Laki-laki`,
    `Perempuan`, `Jumlah Pemilih` as `label : value` lines. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        tot = [str(c) for c in next(x for x in rows if str(x[0]) == "")]
        k = lambda a, b: f"        {a:<16}: {b}"
        d.L(cap, "", f"{dicetak:<20}{judul}", "", judul.upper(), "[ Buka semua ]  [ Tutup semua ]  [ Unduh PDF ]", "")
        d.L(f"\u25be {kantor(d).replace('KPU ', '')}",
            ("" if tot[2] == "-" else f"    {tot[2]} desa/kelurahan \u00b7 ")
            + f"{tot[3]} TPS \u00b7 laki-laki {tot[4]} \u00b7 perempuan {tot[5]} \u00b7 jumlah pemilih {tot[6]}", "")
        for x in rows:
            x = [str(c) for c in x]
            if x[0] == "":
                continue
            d.L(f"    \u25be {x[1]}")
            if x[2] != "-":
                d.L(k("Desa/Kelurahan", x[2]))
            d.L(k("TPS", x[3]), k("Laki-laki", x[4]), k("Perempuan", x[5]), k("Jumlah Pemilih", x[6]), "")
        d.L(f"{alamat:<96}1/1", "")
    return r
