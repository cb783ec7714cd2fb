# Shared helpers of the dev42/ authoring scripts (author42a.py, author42b.py). Everything of the
# earlier batches comes through ../dev41/common41.py (on ../dev40 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev41/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev41"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common41  # noqa: E402,F401  (puts ../dev40 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common41 import (abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
                      lipat, NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, polos_rp,
                      PERINGKAT, tercapai, garis, _prog, buka, kpu, sec_dpt_prosa, kotak, tercapai_teks, dok as _dok41)

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


def KAB(d):
    """The office's name: `KPU Kota Kupang` for 5371, else `KPU Kabupaten <name>`."""
    return f"KPU {NAMA[d.satker]}" if d.satker == "5371" else f"KPU Kabupaten {NAMA[d.satker]}"


def _num(s):
    return s[:1].isdigit()


def _lulus(x):
    """True when the row's indicator is reached (by the printed capaian, else by the grades)."""
    if _num(x[5]):
        return angka(x[5]) >= 100
    return tercapai_teks(x[3], x[4])


# ---- new house styles ----
def r_juri(judul, lomba):
    """The SAKIP evaluation as the score sheet of a competition's jury (lembar penilaian dewan juri lomba) typed
    again: a head naming the competition and the participant, one `KRITERIA` a component with its `BOBOT MAKS.`
    (the bobot) and `NILAI JURI` (the nilai), `JUMLAH NILAI` the score, `PREDIKAT`, the jury's signatures.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        wn = max(40, max(len(x[1]) for x in komp) + 6)
        W = wn + 30
        d.L(cap, "", f"[Salinan: {judul} - teks lembar juri diketik ulang]", "",
            "LEMBAR PENILAIAN DEWAN JURI".center(W).rstrip(), f"{lomba} TAHUN {th}".center(W).rstrip(), "",
            f"Nama Peserta   : Sekretariat {KAB(d)}", f"Nomor Undian   : {int(d.satker[2:]):02d}",
            f"Babak          : Final (tahun kinerja {th})", "~" * W,
            f"{'NO':<4}{'KRITERIA PENILAIAN':<{wn - 4}}{'BOBOT MAKS.':>14}{'NILAI JURI':>16}", "~" * W)
        for i, x in enumerate(komp, 1):
            d.L(f"{str(i) + '.':<4}{x[1]:<{wn - 4}}{x[2]:>14}{x[3]:>16}")
        d.L("~" * W, f"{'':<4}{'JUMLAH NILAI':<{wn - 4}}{tot[2]:>14}{tot[3]:>16}",
            f"{'':<4}{'PREDIKAT':<{wn - 4}}{'':>14}{predikat(angka(tot[3])):>16}", "~" * W,
            "BOBOT MAKS. = nilai tertinggi yang dapat diraih pada kriteria itu; NILAI JURI = nilai yang diberikan.",
            "", "Ketua Dewan Juri,            Anggota Juri I,            Anggota Juri II,",
            "", "(ttd)                        (ttd)                      (ttd)", "")
    return r


def r_lelang(judul, nomor):
    """The capaian as the minutes of an auction (risalah lelang) typed again: one `LOT` an indicator, `Barang`
    its name (wrapped), `Satuan`, `Harga Limit` the target, `Harga Terbentuk` the realisasi, `Persentase thd
    Limit` the printed capaian, `Status` LAKU / TIDAK LAKU. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Salinan: {judul} - teks risalah diketik ulang]", "",
            "RISALAH LELANG".center(76).rstrip(), f"Nomor {nomor}".center(76).rstrip(), "",
            f"Pada hari ini, 31 Desember {d.tahun}, dilaksanakan lelang capaian kinerja {KAB(d)} dengan ketentuan:",
            "Harga Limit adalah target Perjanjian Kinerja; Harga Terbentuk adalah realisasi akhir tahun.", "")
        for x in rows:
            nm = textwrap.wrap(x[1], 50)
            d.L(f"LOT {int(x[0]):>2}   Barang                   : {nm[0]}")
            for s in nm[1:]:
                d.L(f"                                   {s}")
            d.L(f"         Satuan                   : {x[2]}", f"         Harga Limit              : {x[3]}",
                f"         Harga Terbentuk          : {x[4]}", f"         Persentase thd Limit     : {x[5]}",
                f"         Status                   : {'LAKU' if _lulus(x) else 'TIDAK LAKU'}", "")
        d.L("Demikian risalah lelang ini dibuat dengan sebenarnya. Pejabat Lelang: Kasubbag Program dan Data.", "")
    return r


def r_timbang(judul, pos="Pos Timbang Sekretariat"):
    """The budget as the tickets of a weighbridge (tiket jembatan timbang) typed again: one `+`-boxed ticket a
    budget line, `No. Tiket`, `Muatan` the code and name, `Asal` the parent program of a kegiatan, `BRUTO` the
    pagu, `TARA` the sisa, `NETTO` the realisasi, `Netto/Bruto` its percent; `REKAP TIMBANG SATKER` last.
    Other tables plain TAB."""
    W = 70

    def kotak_(d, isi):
        d.L("+" + "-" * (W - 2) + "+")
        for s in isi:
            d.L("| " + s.ljust(W - 4) + " |")
        d.L("+" + "-" * (W - 2) + "+")

    def tiket(d, n, x, asal):
        nm = textwrap.wrap(x[1], W - 24)
        isi = [f"JEMBATAN TIMBANG ANGGARAN {d.tahun}".ljust(W - 20) + f"No. Tiket: {n:04d}",
               f"Muatan    : {x[0] or '-'}"] + [f"            {s}" for s in nm]
        if asal:
            isi.append(f"Asal      : {asal}")
        isi += [f"BRUTO     : Rp {x[2]:>22}", f"TARA      : Rp {x[4]:>22}", f"NETTO     : Rp {x[3]:>22}",
                f"Netto/Bruto : {x[5]} %"]
        kotak_(d, isi)

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Cetak: {judul} - teks tiket diketik ulang]", "",
            f"{pos} {KAB(d)}  -  BRUTO = pagu, TARA = sisa pagu, NETTO = realisasi (BRUTO - TARA)", "")
        induk, n = None, 0
        for x in rows:
            if x[0] == "":
                continue
            n += 1
            if _prog(x[0]):
                induk = x[0]
                tiket(d, n, x, None)
            else:
                tiket(d, n, x, f"program {induk}")
        tot = next(x for x in rows if x[0] == "")
        tiket(d, n + 1, ["REKAP TIMBANG SATKER", "Jumlah seluruh muatan"] + tot[2:], None)
        d.L("Petugas timbang: Bendahara Pengeluaran. Tiket tanpa cap tidak berlaku.", "")
    return r


def r_kartu_pemilih(judul, pemilihan):
    """The DPT as voter cards (kartu pemilih) typed again: one `=`-ruled card a kecamatan, `Kecamatan`,
    `Jumlah Desa/Kel.`, `Jumlah TPS`, `Pemilih Laki-laki`, `Pemilih Perempuan`, `Jumlah Pemilih`; the
    kabupaten's card last (`Kabupaten`). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        W = 56

        def kartu(no, jenis_, nama, x):
            d.L("=" * W, f"  KARTU PEMILIH  -  {pemilihan}".ljust(W - 12) + f"No. {no}",
                "-" * W, f"  {jenis_:<20}: {nama}", f"  {'Jumlah Desa/Kel.':<20}: {x[2]}",
                f"  {'Jumlah TPS':<20}: {x[3]}", f"  {'Pemilih Laki-laki':<20}: {x[4]}",
                f"  {'Pemilih Perempuan':<20}: {x[5]}", f"  {'Jumlah Pemilih':<20}: {x[6]}", "=" * W, "")
        d.L(cap, "", f"[Lampiran: {judul} - teks kartu diketik ulang]", "")
        n = 0
        for x in rows:
            if x[0] == "":
                continue
            n += 1
            kartu(f"{d.satker}-{n:02d}", "Kecamatan", x[1], x)
        tot = next(x for x in rows if x[0] == "")
        kartu(f"{d.satker}-00", "Kabupaten", NAMA[d.satker].upper(), tot)
        d.L("Kartu terakhir adalah rekapitulasi kabupaten (jumlah seluruh kecamatan).", "")
    return r


def r_hitung_cepat(judul, jam="23.59 WITA"):
    """The capaian as the screen of a quick count (hitung cepat) typed again: a head with `DATA MASUK 100,00 %`,
    one numbered panel an indicator: its name, `SATUAN`, `SASARAN` the target, `PEROLEHAN` the realisasi, a bar
    of `#` and the printed capaian. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        W = 78
        d.L(cap, "", f"[Tangkapan layar: {judul} - teks layar diketik ulang]", "",
            "*" * W, f"* HITUNG CEPAT KINERJA {KAB(d).upper()} {d.tahun}".ljust(W - 1) + "*",
            f"* DATA MASUK 100,00 %   |   pembaruan terakhir 31-12-{d.tahun} {jam}".ljust(W - 1) + "*", "*" * W, "")
        for x in rows:
            nm = textwrap.wrap(x[1], W - 6)
            d.L(f"[{int(x[0]):02d}] {nm[0]}")
            for s in nm[1:]:
                d.L(f"     {s}")
            if _num(x[5]):
                n = max(0, min(20, int(round(angka(x[5]) / 5))))
                bar = "[" + "#" * n + "." * (20 - n) + "]"
            else:
                bar = "[" + " " * 20 + "]"
            d.L(f"     SATUAN {x[2]:<10} SASARAN {x[3]:>8}   PEROLEHAN {x[4]:>8}   {bar} {x[5]}", "")
        d.L("SASARAN = target Perjanjian Kinerja; PEROLEHAN = realisasi; angka di ujung batang = capaian (%).", "")
    return r


def r_slip(judul, bulan="Desember"):
    """The SAKIP evaluation as a pay slip (slip gaji) typed again: a head with `Nama`, `NIP`, `Periode`, one
    `PENGHASILAN` line a component with `PAGU` (the bobot) before `DITERIMA` (the nilai), `PENGHASILAN
    BERSIH` the score over 100,00 and `GOLONGAN` the predikat. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        wn = max(38, max(len(x[1]) for x in komp) + 6)
        W = wn + 24
        d.L(cap, "", f"[Cetak: {judul} - teks slip diketik ulang]", "",
            "SLIP PENGHASILAN KINERJA".ljust(W - 22) + f"Periode: {bulan} {th}", "." * W,
            f"Nama    : Sekretariat {KAB(d)}", f"NIP     : 076.{d.satker}.{th}", "Jabatan : Satuan Kerja", "." * W,
            f"{'PENGHASILAN (KOMPONEN)':<{wn}}{'PAGU':>10}{'DITERIMA':>14}", "." * W)
        for i, x in enumerate(komp, 1):
            d.L(f"{chr(96 + i) + '. ' + x[1]:<{wn}}{x[2]:>10}{x[3]:>14}")
        d.L("." * W, f"{'PENGHASILAN BERSIH':<{wn}}{tot[2]:>10}{tot[3]:>14}",
            f"{'GOLONGAN':<{wn}}{'':>10}{predikat(angka(tot[3])):>14}", "." * W,
            "PAGU = bobot komponen; DITERIMA = nilai komponen; PENGHASILAN BERSIH = nilai evaluasi AKIP;",
            "GOLONGAN = predikat.", "")
    return r
