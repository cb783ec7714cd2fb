# Shared helpers of the dev41/ authoring scripts (author41a.py, author41b.py). Everything of the
# earlier batches comes through ../dev40/common40.py (on ../dev39 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev40/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev40"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common40  # noqa: E402,F401  (puts ../dev39 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common40 import (abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
                      lipat, NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, polos_rp,
                      PERINGKAT, tercapai, garis, _prog, buka, kpu, sec_dpt_prosa, kotak, tercapai_teks)

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


def _num(s):
    return s[:1].isdigit()


def KAB(d):
    return f"KPU Kabupaten {NAMA[d.satker]}"


def _lulus(x):
    """True when the row's indicator is reached (by the printed capaian, else by the grades)."""
    if _num(x[5]):
        return angka(x[5]) >= 100
    return tercapai_teks(x[3], x[4])


def _nama(n):
    """A kecamatan name as a statistics office prints it: each word capitalised, apostrophes kept."""
    return " ".join(w[:1] + w[1:].lower() for w in n.split())


# ---- new house styles ----
def r_kelulusan(judul, nomor):
    """The capaian as the announcement of a selection's results (pengumuman hasil seleksi) typed again: one
    `peserta` an indicator: `NO. PESERTA` (IKU-nn), `NAMA` the indicator (wrapped), `SATUAN`,
    `NILAI AMBANG BATAS` the target, `NILAI DIPEROLEH` the realisasi, `PERSENTASE` the printed capaian and
    `KETERANGAN` LULUS / TIDAK LULUS. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Salinan: {judul} - teks pengumuman diketik ulang]", "",
            "PENGUMUMAN".center(72).rstrip(), f"Nomor: {nomor}".center(72).rstrip(),
            "TENTANG".center(72).rstrip(), f"HASIL PENILAIAN CAPAIAN INDIKATOR KINERJA TAHUN {d.tahun}".center(72).rstrip(), "",
            "Berdasarkan hasil pengukuran kinerja, dengan ini diumumkan hasil penilaian setiap indikator (peserta)",
            "sebagai berikut. Nilai ambang batas adalah target Perjanjian Kinerja; nilai diperoleh adalah realisasi.", "")
        for x in rows:
            nm = textwrap.wrap(x[1], 48)
            d.L(f"  NO. PESERTA                 : IKU-{int(x[0]):02d}", f"  NAMA                        : {nm[0]}")
            for s in nm[1:]:
                d.L(f"                                {s}")
            d.L(f"  SATUAN                      : {x[2]}", f"  NILAI AMBANG BATAS          : {x[3]}",
                f"  NILAI DIPEROLEH             : {x[4]}", f"  PERSENTASE                  : {x[5]}",
                f"  KETERANGAN                  : {'LULUS' if _lulus(x) else 'TIDAK LULUS'}", "")
        d.L("Demikian pengumuman ini untuk diketahui. Keputusan panitia penilai tidak dapat diganggu gugat.", "")
    return r


def r_bursa(judul, jam="16.00 WITA"):
    """The capaian as the closing board of a stock exchange (papan bursa) in the infographic typed again: one
    ticker an indicator, `KODE` (IKUn), `ACUAN` the target, `PENUTUPAN` the realisasi, `SAT` the unit,
    `CAPAIAN %` the printed capaian and an arrow (up when reached); the indicator's name on the line under
    it. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        W = 74
        d.L(cap, "", f"[Gambar: {judul} - teks papan diketik ulang]", "",
            "#" * W, "#" + f"  BURSA KINERJA {KAB(d).upper()}".ljust(W - 24) + f"PENUTUPAN 31-12-{d.tahun}  #",
            f"#  Perdagangan ditutup pukul {jam}".ljust(W - 1) + "#", "#" * W,
            f"  {'KODE':<8}{'ACUAN':>12}{'PENUTUPAN':>14}{'SAT':>10}{'CAPAIAN %':>14}", "  " + "-" * (W - 4))
        for x in rows:
            ar = "\u25b2" if _lulus(x) else "\u25bc"
            d.L(f"  {'IKU' + str(x[0]):<8}{x[3]:>12}{x[4]:>14}{x[2]:>10}{x[5]:>14}  {ar}")
            for s in textwrap.wrap(x[1], W - 12):
                d.L(f"          {s}")
            d.L("  " + "-" * (W - 4))
        d.L("  ACUAN = target Perjanjian Kinerja; PENUTUPAN = realisasi akhir tahun; \u25b2 tercapai, \u25bc belum.", "")
    return r


def r_cat(judul):
    """The SAKIP evaluation as the result slip of a computer assisted test (lembar hasil ujian CAT) typed
    again: one `SUBTES` a component, `NILAI` (the nilai) before `MAKS` (the bobot), `NILAI AKHIR` the score
    over 100,00, `PREDIKAT` and `STATUS`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        wn = max(34, max(len(x[1]) for x in komp) + 4)
        W = wn + 24
        d.L(cap, "", f"[Cetak: {judul} - teks lembar hasil diketik ulang]", "",
            "=" * W, " LEMBAR HASIL PENILAIAN  -  SISTEM CAT", "-" * W,
            f" No. Peserta : 076-{d.satker}-{th}", f" Nama        : Sekretariat {KAB(d)}",
            f" Ujian       : Evaluasi AKIP Tahun {th}", "-" * W,
            f" {'SUBTES':<{wn}}{'NILAI':>9}   {'MAKS':>8}", "-" * W)
        for i, x in enumerate(komp, 1):
            d.L(f" {str(i) + '. ' + x[1]:<{wn}}{x[3]:>9} / {x[2]:>8}")
        d.L("-" * W, f" {'NILAI AKHIR':<{wn}}{tot[3]:>9} / {tot[2]:>8}",
            f" {'PREDIKAT':<{wn}}{predikat(angka(tot[3])):>9}",
            f" {'STATUS':<{wn}}{'SELESAI DINILAI':>20}", "=" * W,
            "NILAI = nilai komponen yang diperoleh; MAKS = bobot komponen; NILAI AKHIR = nilai evaluasi AKIP.", "")
    return r


def r_emonev(judul, triwulan="IV"):
    """The budget as the print of the e-Monev application's realisation form (formulir e-Monev) typed again:
    one record a budget line, `Tingkat`, `Kode`, `Uraian`, `Pagu Dana`, `Realisasi Keuangan` (with its
    percent in brackets), `Sisa Dana` and `Progres Fisik` (a physical progress, no money); a kegiatan's
    `Tingkat` names its program; the satker's record `JUMLAH SATKER` last. Other tables plain TAB."""
    def rec(d, tingkat, x):
        d.L(f"  Tingkat             : {tingkat}", f"  Kode                : {x[0] or '-'}")
        for i, s in enumerate(textwrap.wrap(x[1], 50)):
            d.L(("  Uraian              : " if i == 0 else "                        ") + s)
        d.L(f"  Pagu Dana           : Rp {x[2]}", f"  Realisasi Keuangan  : Rp {x[3]}  ({x[5]} %)",
            f"  Sisa Dana           : Rp {x[4]}", "  Progres Fisik       : 100 %", "  " + "." * 66)

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Cetak: {judul} - teks cetakan aplikasi diketik ulang]", "",
            f"  e-MONEV  |  FORMULIR REALISASI  |  TRIWULAN {triwulan} TAHUN {d.tahun}",
            f"  K/L : 076 KOMISI PEMILIHAN UMUM      Satker : {KAB(d).upper()}", "  " + "=" * 66)
        induk = None
        for x in rows:
            if x[0] == "":
                continue
            if _prog(x[0]):
                induk = x[0]
                rec(d, "PROGRAM", x)
            else:
                rec(d, f"KEGIATAN (Program {induk})", x)
        tot = next(x for x in rows if x[0] == "")
        rec(d, "JUMLAH SATKER", tot)
        d.L("  Realisasi Keuangan = realisasi belanja (SP2D); Progres Fisik = kemajuan pekerjaan, bukan uang.", "")
    return r


def r_bps(judul, kode0=10):
    """The DPT as a statistics office's bilingual table (publikasi Kabupaten Dalam Angka) typed again:
    the table number and title in Indonesian and English, a rule, the header in two languages
    (`Kecamatan/Subdistrict`, `Desa/Kel./Villages`, `TPS/Polling Stations`, `Laki-laki/Male`,
    `Perempuan/Female`, `Jumlah/Total`), the column numbers `(1)`..`(6)`, one row a kecamatan with a
    three-digit district code, the kabupaten's row last; fixed columns, no TAB. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        y = next((int(w) for w in cap.split() if w.isdigit()), d.tahun)
        kab = NAMA[d.satker]
        wn = max(26, max(len(x[1]) for x in rows) + 6)
        kol = [wn, 12, 10, 12, 12, 12]
        lebar = sum(kol)

        def sel(v):
            return (f"{v[0]:<{kol[0]}}" + "".join(f"{a:>{w}}" for a, w in zip(v[1:], kol[1:]))).rstrip()
        d.L(cap, "", f"[Kutipan: {judul} - teks tabel publikasi diketik ulang]", "",
            f"Tabel/Table 3.4", f"Jumlah Desa/Kelurahan, TPS, dan Pemilih Terdaftar dalam DPT Pemilu {y} menurut Kecamatan",
            f"di Kabupaten {kab}", f"Number of Villages, Polling Stations, and Registered Voters of the {y} General",
            f"Election by Subdistrict in {kab} Regency", "-" * lebar,
            sel(["Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah"]),
            sel(["Subdistrict", "Villages", "Polling", "Male", "Female", "Total"]),
            sel(["", "", "Stations", "", "", ""]), "-" * lebar,
            sel(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]), "-" * lebar)
        for i, x in enumerate(r for r in rows if r[0] != ""):
            d.L(sel([f"{kode0 * (i + 1):03d}. {_nama(x[1])}", x[2], x[3], x[4], x[5], x[6]]))
        tot = next(x for x in rows if x[0] == "")
        d.L("-" * lebar, sel([kab, tot[2], tot[3], tot[4], tot[5], tot[6]]), "-" * lebar,
            f"Sumber/Source: KPU Kabupaten {kab}", "")
    return r


def r_agenda(judul, tanggal, kode):
    """The DPT as the incoming-letter register (buku agenda surat masuk) of the secretariat typed again:
    one entry a PPK's letter of its kecamatan's DPT recapitulation, `|`-ruled columns `NO.AGD`, `TGL TERIMA`,
    `ASAL SURAT` (`PPK <kecamatan>`), `NO. SURAT`, `PERIHAL / ISI RINGKAS` (desa/kel., TPS, L, P, jumlah over
    three lines); the kabupaten's recapitulation by the Subbagian last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        y = next((int(w) for w in cap.split() if w.isdigit()), d.tahun)
        wa = max(20, max(len(_nama(x[1])) for x in rows) + 6)
        kol = [8, 12, wa, 22, 36]

        def sel(v):
            return "|" + "|".join(f" {a:<{w - 1}}" for a, w in zip(v, kol)) + "|"
        lebar = len(sel([""] * 5))
        d.L(cap, "", f"[Lampiran: {judul} - teks buku agenda diketik ulang]", "",
            f"BUKU AGENDA SURAT MASUK  -  SEKRETARIAT {KAB(d).upper()}", "=" * lebar,
            sel(["NO.AGD", "TGL TERIMA", "ASAL SURAT", "NO. SURAT", "PERIHAL / ISI RINGKAS"]), "=" * lebar)
        n = 0
        for x in rows:
            if x[0] == "":
                continue
            n += 1
            d.L(sel([f"{kode + n:03d}", tanggal, f"PPK {_nama(x[1])}", f"{n:02d}/PPK/DPT/{y - 1}",
                     f"Rekap DPT Pemilu {y}:"]),
                sel(["", "", "", "", f"desa/kel {x[2]}, TPS {x[3]},"]),
                sel(["", "", "", "", f"L {x[4]}, P {x[5]}, jml {x[6]}"]), "-" * lebar)
        tot = next(x for x in rows if x[0] == "")
        d.L(sel([f"{kode + n + 1:03d}", tanggal, "Subbag Program & Data", f"ND/{y - 1}/DPT",
                 f"Rekap DPT Pemilu {y}"]),
            sel(["", "", "", "", f"Kab. {NAMA[d.satker]}:"]),
            sel(["", "", "", "", f"desa/kel {tot[2]}, TPS {tot[3]},"]),
            sel(["", "", "", "", f"L {tot[4]}, P {tot[5]}, jml {tot[6]}"]), "=" * lebar,
            "L = pemilih laki-laki, P = pemilih perempuan, jml = L + P (sesuai berita acara PPK).", "")
    return r
