# Shared helpers of this batch's authoring scripts (author58a.py, author58b.py). Everything of the
# earlier batches comes through ../dev57/common57.py (on ../dev56 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev57/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev57"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common57  # noqa: E402,F401  (puts ../dev56 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common57 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, abreast, angka, baris,  # noqa: E402,F401
                      buka, cap_lama, halaman, id_dec, id_int, IND, jenis, kpu, NAMA, persen_sel, predikat, r_kantor,
                      r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      selesai, serapan, sumber, tahun_lalu, ulang)

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


def _tingkat(isi):
    """{kode: depth} of the budget lines (program 0, kegiatan 1, output 2) from their parents."""
    t = {}
    for k, induk, x in isi:
        t[k] = 0 if not induk else t.get(induk, 0) + 1
    return t


# ---- new house styles ----
def r_halaman(judul, lembar, th):
    """The DPT as the Excel sheet printed with the page order `Over, then down` (Ke kanan, lalu ke bawah) and
    the Kecamatan column as print title: the sheet is wider than the paper, so page 1 holds No, Kecamatan, Desa
    and TPS for every row (the kabupaten row last), page 2 the Kecamatan column again with L, P and L+P. Excel's
    own page header (the sheet's name) and footer (`Halaman n dari 2`) on each. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        hh = [str(h) for h in head]
        semua = isi + [tot]
        nama = lambda x: x[1] if x is not tot else f"KAB. {_kab(d)}"
        d.L(cap, "", f"[Lampiran: {judul} - lembar kerja {lembar} dicetak dari Excel, urutan halaman \"Ke kanan, lalu "
            f"ke bawah\" (Over, then down), kolom Kecamatan sebagai judul cetak]", "", f"{lembar}", "")
        d.R(hh[0], hh[1], hh[2], hh[3])
        for x in semua:
            d.R(x[0], nama(x), x[2], x[3])
        d.L("", "Halaman 1 dari 2", "\f", f"{lembar}", "")
        d.R(hh[1], hh[4], hh[5], hh[6])
        for x in semua:
            d.R(nama(x), x[4], x[5], x[6])
        d.L("", "Halaman 2 dari 2", "",
            "(kunci: lembar kerja lebih lebar dari kertas; halaman 1 memuat No, Kecamatan, Desa/Kel dan TPS, halaman 2 "
            "memuat lagi kolom Kecamatan (judul cetak) dengan pemilih L, P dan L+P baris demi baris; baris KAB. = "
            "jumlah kabupaten)", "")
    return r


def r_notif(judul, aplikasi, tanggal, th):
    """The DPT as the Android notification history of the data operator's phone, typed again: `Riwayat
    notifikasi`, then one notification a kecamatan (the app, the sender and the time on the first line, the
    title, then the text `13 desa/kel · 98 TPS · L 19.012 · P 18.373 · Jumlah 37.385`), newest first, the
    kabupaten's notification on top. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - riwayat notifikasi ponsel Android operator data diketik ulang]", "",
            "Setelan > Notifikasi > Riwayat notifikasi", "", "Ditutup baru-baru ini")
        jam = lambda i: f"{16 - i // 4:02d}.{(55 - 13 * i) % 60:02d}"
        d.L("", f"{aplikasi} \u00b7 KPU Kab. {_kab(d).title()} \u00b7 {tanggal}, {jam(0)}",
            f"DPT {pem.title()} {tahun} KABUPATEN {_kab(d)} ditetapkan",
            f"{tot[2]} desa/kel \u00b7 {tot[3]} TPS \u00b7 L {tot[4]} \u00b7 P {tot[5]} \u00b7 Jumlah {tot[6]}")
        for i, x in enumerate(reversed(isi), 1):
            d.L("", f"{aplikasi} \u00b7 PPK {x[1].title()} \u00b7 {tanggal}, {jam(i)}",
                f"DPT {pem.title()} {tahun} Kec. {x[1]} ditetapkan",
                f"{x[2]} desa/kel \u00b7 {x[3]} TPS \u00b7 L {x[4]} \u00b7 P {x[5]} \u00b7 Jumlah {x[6]}")
        d.L("", "Kelola", "",
            "(kunci: satu notifikasi = satu rekap; baris pertama = aplikasi, pengirim dan jam, bukan data; desa/kel = "
            "jumlah desa/kelurahan, L / P = pemilih laki-laki / perempuan; notifikasi KABUPATEN = jumlah kabupaten)", "")
    return r


def r_gnucash(judul, buku, th):
    """The budget as the GnuCash Budget Report the treasurer keeps beside SAKTI, exported as text: the report's
    title, the book and the period, the columns `Anggaran`, `Aktual`, `Selisih` and `%`, the accounts indented by
    depth under `Beban` (a program two spaces, a kegiatan four, an output six), `Total Beban` last. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        wu = max(len(x[0]) + 1 + len(x[1]) + 2 * t[k] for k, i, x in isi) + 6
        q = lambda a, p, x, s, c: f"{a:<{wu}}{p:>16}{x:>16}{s:>15}{c:>8}"
        d.L(cap, "", f"[Lampiran: {judul} - laporan anggaran (Budget Report) GnuCash diekspor sebagai teks]", "",
            f"Laporan Anggaran - {buku}", f"Anggaran: DIPA {th}    Periode: 01/01/{th} - 31/12/{th}", "",
            q("Akun", "Anggaran", "Aktual", "Selisih", "%"), "Beban")
        for k, induk, x in isi:
            d.L(q("  " + "  " * t[k] + f"{x[0]} {x[1]}", x[2], x[3], x[4], x[5]))
        d.L(q("Total Beban", tot[2], tot[3], tot[4], tot[5]), "",
            "(kunci: Anggaran = pagu, Aktual = realisasi, Selisih = sisa, dalam rupiah; % = serapan; akun menjorok dua "
            "spasi = program, empat spasi = kegiatan; Total Beban = jumlah seluruh pagu)", "")
    return r


def r_alv(judul, transaksi, th):
    """The budget as the ALV list of the SAP GUI screen of the regional bank's treasury module the office's
    accounts sit in, printed: the report header, `|` columns `Program`, `Kegiatan`, `Uraian`, `Pagu`, `Realisasi`,
    `Sisa`, `%`, one line a kegiatan, a subtotal line `*` under each program (the program's own figures, named by
    code and name), the grand total `**` last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        t = _tingkat(isi)
        assert max(t.values()) <= 1, "ALV list: programs and kegiatan only"
        prog = [(k, x) for k, i, x in isi if t[k] == 0]
        anak = {k: [(kk, x) for kk, i, x in isi if i == k] for k, x in prog}
        wu = max(len(x[1]) for k, i, x in isi) + 2
        q = lambda a, b, u, p, x, s, c: (f"|{a:<3}|{b:<11}|{u:<{wu}}|{p:>15} |{x:>15} |{s:>14} |"
                                         f"{c:>7} |")
        garis = "-" * len(q("", "", "", "", "", "", ""))
        d.L(cap, "", f"[Lampiran: {judul} - daftar ALV SAP GUI (transaksi {transaksi}) dicetak]", "",
            f"Realisasi Anggaran per Kegiatan                        Tanggal 31.12.{th}   Hal. 1",
            f"Satker: KPU Kabupaten {_kab(d).title()}", garis,
            q("", "Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"), garis)
        for k, x in prog:
            for kk, y in anak[k]:
                d.L(q("", y[0], y[1], y[2], y[3], y[4], y[5]))
            d.L(q("*", k, x[1], x[2], x[3], x[4], x[5]), garis)
        d.L(q("**", "", "JUMLAH", tot[2], tot[3], tot[4], tot[5]), garis, "",
            "(kunci: baris biasa = kegiatan; baris * = jumlah antara satu program (kode dan nama program); baris ** = "
            "jumlah seluruh pagu; pagu, realisasi dan sisa dalam rupiah, % = serapan)", "")
    return r


def r_tsv(judul, berkas, th):
    """The SAKIP components as the word table (TSV) Tesseract wrote for the scanned page of the evaluation
    report, pasted: the TSV header, then one line a word (level 5) with its page, block, paragraph, line and
    word numbers, its box (left, top, width, height), the confidence and the word; a component's name and its
    weight and score on one OCR line, the final score on the last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - keluaran TSV Tesseract OCR halaman pindaian LHE ({berkas}) ditempel]", "",
            f"$ tesseract {berkas} - -l ind tsv")
        d.R("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height",
            "conf", "text")
        for i, x in enumerate([["", "Komponen", "Bobot", "Nilai"]] + rows, 1):
            kata = x[1].split() + [x[2], x[3]]
            top = 412 + 58 * i
            for j, w in enumerate(kata, 1):
                if j > len(kata) - 2:
                    left = 1180 + 240 * (j - len(kata) + 1)
                else:
                    left = 214 + sum(len(v) * 21 + 18 for v in kata[:j - 1])
                conf = 96 - ((i * 7 + j * 5) % 11) + ((i + j) % 4) / 4
                d.R("5", "1", "3", str(i), "1", str(j), str(left), str(top + (j % 3)), str(len(w) * 21), "34",
                    f"{conf:.6f}", w)
        d.L("", "(kunci: satu baris = satu kata hasil OCR; kolom left/top/width/height = letak kata (piksel) dan "
            "conf = keyakinan OCR, bukan data; kata dengan par_num yang sama = satu baris tabel: komponen, bobot dan "
            "nilai; baris Nilai Akhir = nilai AKIP dan bobot 100)", "")
    return r


def r_endnote(judul, th):
    """The capaian as a Word table whose figures were put in endnotes: the table names the indicator and its
    unit, the column `Catatan` holds the endnote mark (i, ii, iii, … as Word numbers endnotes); the endnotes follow
    under `Catatan Akhir`, each `i  Target 77,50; realisasi 80,20; capaian 103,48 persen.`"""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        rom = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
        d.L(cap, "")
        d.R("No", "Indikator Kinerja", "Satuan", "Catatan")
        for i, x in enumerate(rows):
            d.R(x[0], x[1], x[2], rom[i])
        d.L("", f"[{judul}: angka target, realisasi dan capaian tiap indikator dimuat pada Catatan Akhir di bawah]",
            "", "Catatan Akhir", "")
        for i, x in enumerate(rows):
            d.L(f"{rom[i]}  Target {x[3]}; realisasi {x[4]}; capaian {x[5]} persen.")
        d.L("", "(kunci: tanda i, ii, iii ... pada kolom Catatan menunjuk catatan akhir yang sama; satuan menurut kolom "
            "Satuan)", "")
    return r
