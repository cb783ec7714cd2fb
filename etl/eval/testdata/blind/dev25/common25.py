# Shared helpers of the dev25/ authoring scripts (author25a.py, author25b.py). Everything of the
# earlier batches comes through ../dev24/common24.py (on ../dev23 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev24/'s facts to the memory (common9.ingat(PREV)), so
# nothing stated there is contradicted, plus the renderers of this batch's house styles. Every renderer
# is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once: when dev24/ is renamed, `sed -i s#dev24#devNN# dev25/*.py` fixes it.
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev24"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common24  # noqa: E402,F401  (puts ../dev23 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common24 import (angka, angka_ke, baris, bulat_ribu, cap_lama, id_dec, id_int, IND, jenis, kapital,  # noqa: E402,F401
                      lipat, NAMA, persen_sel, predikat, r_kantor, r_tab, rata_kiri_kanan, rb_std, revisi_dipa,
                      ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, tanpa_lapor, ulang)
from common7 import buka, kpu  # noqa: E402
from common14 import tanpa_lapor_anggaran  # noqa: E402,F401

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


def halaman(d, kaki, kepala=None):
    """Every form feed of the document given a footer line kaki(n) before it and a running head after it."""
    n, out = 1, []
    for ln in d.lines:
        if ln == "\f":
            out += ["", kaki(n), "\f"] + ([kepala, ""] if kepala else [])
            n += 1
            continue
        out.append(ln)
    d.lines = out


# ---- new house styles ----
JUDUL_BAGIAN = re.compile(r"^(BAB [IVX]+|[A-E]\. [A-Z].*|KATA PENGANTAR|PENDAHULUAN|PERENCANAAN KINERJA|"
                          r"AKUNTABILITAS KINERJA|PENUTUP|DAFTAR ISI)$")


def r_doku(d, cap, head, rows):
    """A table in DokuWiki markup as the office's internal wiki page holds it: the caption in bold,
    `^` around header cells, `|` around body cells, figures right-aligned by two leading spaces; in the
    budget a first column `Program` whose kegiatan rows carry DokuWiki's `:::` (cell merged with the one
    above); the total row's label spans two cells (`||`)."""
    k = jenis(head)
    d.L(f"**{cap}**", "")
    hh = [str(h) for h in head]
    num = lambda c: bool(re.fullmatch(r"[\d.,%-]+", str(c))) and str(c) != "-" or str(c) == "-"
    sel = lambda c: f"  {c} " if num(c) and str(c) != "" else f" {c} "
    if k == "ang":
        d.L("^ Program " + "".join(f"^ {h} " for h in hh) + "^")
        for x in rows:
            kode = str(x[0])
            if kode == "":
                d.L(f"| {x[1]} ||" + "".join(f"|{sel(c)}" for c in x[2:]) + "|")
                continue
            prog = kode if "." in kode else ":::"
            d.L(f"| {prog} " + "".join(f"|{sel(c)}" for c in x) + "|")
    else:
        d.L("".join(f"^ {h} " for h in hh) + "^")
        for x in rows:
            if str(x[0]) == "" and len(x) > 2:
                d.L(f"| {x[1]} ||" + "".join(f"|{sel(c)}" for c in x[2:]) + "|")
            else:
                d.L("".join(f"|{sel(c)}" for c in x) + "|")
    d.B()


def doku_halaman(d, judul, ruang):
    """The whole document as a DokuWiki page's source: a breadcrumb comment, the page title as a level-1
    heading, section lines as `==== … ====` headings, no page breaks (a wiki page has none)."""
    out = [f"/* {ruang} */", f"====== {judul} ======", "", "{{tag>lkj sakip anggaran dpt}}", ""]
    for ln in d.lines:
        if ln == "\f":
            continue
        if JUDUL_BAGIAN.match(ln.strip()) and "\t" not in ln:
            out.append(f"===== {ln.strip()} =====" if ln.startswith("BAB") else f"==== {ln.strip()} ====")
            continue
        out.append(ln)
    out += ["", "~~DISCUSSION:off~~", f"//Terakhir diubah: {ruang.split('|')[-1].strip()}//"]
    d.lines = out


def r_lynx(tautan):
    """A table as a text browser (lynx -dump) renders the web page's HTML table: cells set in columns
    padded with spaces (no TAB), the caption a line above; the cells that are links carry lynx's
    reference number in brackets glued before their text (`[17]Golewa`); tautan(d, text) gives the number
    and records the URL for the References list."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        sel = [[str(h) for h in head]] + [[str(c) for c in x] for x in rows]
        k = jenis(head)
        for x in sel[1:]:
            if k == "dpt" and x[0] != "":
                x[1] = f"[{tautan(d, x[1])}]{x[1]}"
            if k == "ang" and x[0] != "":
                x[0] = f"[{tautan(d, x[0])}]{x[0]}"
        n = len(sel[0])
        lebar = [max(len(x[i]) for x in sel) for i in range(n)]
        angka_kol = [all(re.fullmatch(r"[\d.,%-]*", x[i]) for x in sel[1:]) for i in range(n)]
        for x in sel:
            cel = [(x[i].rjust(lebar[i]) if angka_kol[i] else x[i].ljust(lebar[i])) for i in range(n)]
            d.L(("  ".join(cel)).rstrip())
        d.B()
    return r


def lynx_halaman(d, url, judul, tautan_daftar):
    """The whole document as `lynx -dump` of the office's web page: the site's menu as numbered links,
    every line indented three spaces (lynx's margin), headings unindented, no page breaks, and the
    References list of every numbered link at the end."""
    menu = ["Beranda", "Profil", "Informasi Publik", "Pemilu 2024", "Pemilihan 2024", "Kontak"]
    out = [f"   {' '.join(f'[{i}]{m}' for i, m in enumerate(menu, 1))}", "", f"{judul}", "",
           f"   [{len(menu) + 1}]Unduh PDF   [{len(menu) + 2}]Cetak", ""]
    for ln in d.lines:
        if ln == "\f":
            out.append("")
            continue
        if JUDUL_BAGIAN.match(ln.strip()):
            out.append(ln.strip())
            continue
        out.append(("   " + ln) if ln else "")
    out += ["", "   (c) 2022 KPU Kabupaten " + NAMA[d.satker] + ". Hak cipta dilindungi.", "", "References", ""]
    base = url.rstrip("/")
    semua = [f"{base}/", f"{base}/profil", f"{base}/informasi-publik", f"{base}/pemilu-2024", f"{base}/pilkada-2024",
             f"{base}/kontak", f"{base}/lkj-{d.tahun}.pdf", f"{base}/lkj-{d.tahun}#cetak"] + tautan_daftar
    for i, u in enumerate(semua, 1):
        out.append(f"{i:4d}. {u}")
    d.lines = out


def r_keep(judul, label, diedit, belum):
    """The DPT as a Google Keep checklist note shared as text: the note's title, the unchecked items
    (things still to do, no figures) with `☐`, then `n item dicentang` and one checked item `☑` per
    kecamatan (name, villages and TPS, then L, P and the total after a dash), the kabupaten as the last
    checked item, the labels and the edit time at the foot. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Rekapitulasi DPT", "Catatan Google Keep operator: Rekapitulasi DPT"), "", "-" * 44, judul, "")
        for b in belum:
            d.L(f"\u2610 {b}")
        d.L("", f"{len(rows)} item dicentang")
        for x in rows:
            desa = f"{x[2]} desa/kel, " if str(x[2]) != "-" else ""
            if str(x[0]) == "":
                d.L(f"\u2611 TOTAL KABUPATEN {NAMA[d.satker].upper()}: {desa}{x[3]} TPS \u2014 L {x[4]}, P {x[5]}, "
                    f"jumlah {x[6]}")
            else:
                d.L(f"\u2611 Kec. {kapital(x[1])}: {desa}{x[3]} TPS \u2014 L {x[4]}, P {x[5]}, jumlah {x[6]}")
        d.L("", f"Label: {label}", f"Diedit {diedit}", "-" * 44, "")
    return r


def r_arsip(kode_kl, kurun, pnbp=None):
    """The budget as the office's archive list (Daftar Arsip Aktif) of its budget files: one file (berkas)
    a program or kegiatan, the amounts told inside the `Uraian Informasi Arsip` cell (pagu, realisasi and
    the absorption in brackets), the classification code, period, development stage, quantity and the box
    number as the other columns; the file of the whole DIPA last, then (pnbp) the file of the revenue
    deposits (no budget fact). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Realisasi Anggaran", "Daftar Arsip Aktif Berkas Realisasi Anggaran"), "",
            "DAFTAR ARSIP AKTIF", f"UNIT PENGOLAH : SUBBAGIAN KEUANGAN, UMUM DAN LOGISTIK", f"KURUN WAKTU  : {kurun}", "")
        d.R("No", "Kode Klasifikasi", "Uraian Informasi Arsip", "Kurun Waktu", "Tingkat Perkembangan", "Jumlah",
            "Lokasi")
        for i, x in enumerate(rows, 1):
            kode = str(x[0])
            if kode == "":
                u = (f"Berkas DIPA petikan dan Laporan Realisasi Anggaran seluruh program Tahun {d.tahun}: "
                     f"pagu Rp{x[2]}, realisasi Rp{x[3]} ({x[5]}%)")
                kl = f"{kode_kl}.01"
            elif "." in kode:
                u = f"Berkas LRA {x[1]} ({kode}): pagu Rp{x[2]}, realisasi Rp{x[3]} ({x[5]}%)"
                kl = f"{kode_kl}.02"
            else:
                u = f"Berkas SPJ dan SP2D kegiatan {kode} {x[1]}: pagu Rp{x[2]}, realisasi Rp{x[3]} ({x[5]}%)"
                kl = f"{kode_kl}.03"
            jml = 1 + (len(str(x[1])) + i) % 4
            d.R(i, kl, u, kurun, "Asli" if i % 3 else "Asli dan Salinan", f"{jml} berkas", f"Boks {1 + i // 3}")
        if pnbp:
            n = len(rows) + 1
            d.R(n, f"{kode_kl}.05", f"Berkas setoran Penerimaan Negara Bukan Pajak (jasa giro dan pengembalian belanja) "
                f"Tahun {d.tahun}: Rp{pnbp}", kurun, "Asli", "1 berkas", f"Boks {1 + n // 3}")
        d.B()
        d.L("Keterangan: disusun oleh arsiparis unit pengolah sesuai Jadwal Retensi Arsip KPU; nilai rupiah dikutip "
            "dari LRA akhir tahun.", "")
    return r


def ikpa(d, kode_satker, nilai, bobot):
    """The Indicator of Budget Implementation Performance (IKPA) page of OM-SPAN as copied into the report:
    the app's head (satker code, period), the pagu and realisasi of the year (the TOTAL row, in full
    rupiah), then the IKPA indicators with their score, weight and weighted score (scores, not absorption)
    and the final IKPA value with its category."""
    t = next(a for a in d.t["anggaran"] if a["kode"] == "TOTAL" and a["tahun"] == d.tahun)
    d.L("MONITORING IKPA SATKER - OM-SPAN", f"Kode Satker      : {kode_satker}",
        f"Nama Satker      : KOMISI PEMILIHAN UMUM KAB. {NAMA[d.satker].upper()}", f"Periode          : Desember {d.tahun}",
        f"Pagu DIPA        : {id_int(t['pagu'])}", f"Realisasi        : {id_int(t['realisasi'])}",
        f"Persentase Real. : {id_dec(t['serapan_hitung'])}", "")
    d.R("No", "Indikator IKPA", "Nilai", "Bobot", "Nilai Akhir")
    tot = 0.0
    for i, (nm, v) in enumerate(zip(("Revisi DIPA", "Deviasi Halaman III DIPA", "Penyerapan Anggaran",
                                     "Belanja Kontraktual", "Penyelesaian Tagihan", "Pengelolaan UP dan TUP",
                                     "Capaian Output"), nilai), 1):
        na = round(v * bobot[i - 1] / 100, 2)
        tot += na
        d.R(i, nm, id_dec(v), f"{bobot[i - 1]}%", id_dec(na))
    d.R("", "Nilai IKPA", "", "", id_dec(tot))
    d.L("", f"Kategori         : {'Sangat Baik' if tot >= 95 else 'Baik'}", "")


def r_sambutan(pembuka):
    """The capaian told in the Ketua's speech (naskah sambutan) at the report's launch: the protocol
    greetings, then one paragraph an indicator (target, realisasi and capaian in words around the
    figures), the grade rows alike. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Pengukuran Kinerja", "Kutipan Naskah Sambutan Ketua: Pengukuran Kinerja"), "")
        d.L("NASKAH SAMBUTAN KETUA", pembuka, "", "Yth. Bapak/Ibu Anggota KPU Kabupaten,",
            "Yth. Sekretaris dan para Kepala Subbagian,", "Hadirin yang berbahagia,", "",
            "Assalamualaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua.", "")
        d.P("Perkenankan saya menyampaikan capaian kinerja kita secara ringkas, indikator demi indikator.")
        urutan = ("Pertama", "Kedua", "Ketiga", "Keempat", "Kelima", "Keenam", "Ketujuh", "Kedelapan")
        for i, x in enumerate(rows):
            ind = str(x[1])
            sat = " persen" if x[2] == "%" else ""
            cc = str(x[5])
            cp = f"capaian {cc} persen" if cc not in ("", "-") else "capaiannya belum dapat dihitung"
            d.P(f"{urutan[i % len(urutan)]}, {ind[0].lower()}{ind[1:]}. Target yang kita sepakati dalam Perjanjian "
                f"Kinerja adalah {x[3]}{sat}, dan realisasinya {x[4]}{sat}; dengan demikian {cp}.")
        d.P("Capaian ini adalah buah kerja keras seluruh jajaran, termasuk 35 orang badan ad hoc yang membantu "
            "kami sepanjang tahun. Terima kasih atas perhatiannya.")
        d.L("Wassalamualaikum warahmatullahi wabarakatuh.", "")
    return r
