# Shared helpers of the dev39/ authoring scripts (author39a.py, author39b.py). Everything of the
# earlier batches comes through ../dev38/common38.py (on ../dev37 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev38/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev38"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common38  # noqa: E402,F401  (puts ../dev37 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common38 import (abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
                      lipat, NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, polos_rp,
                      PERINGKAT, tercapai, garis, _prog, buka, kpu, sec_dpt_prosa, kotak)

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


# ---- new house styles ----
def r_lab(judul, no_lab, lebar_nama=38):
    """The capaian as the result sheet of a laboratory examination (lembar hasil pemeriksaan laboratorium)
    of the office's "medical check-up" of its performance, typed again: a head (`Pasien`, `No. Lab`,
    `Periode`, `Pemeriksa`), then one examination an indicator in fixed columns `PEMERIKSAAN` `HASIL`
    `SATUAN` `NILAI RUJUKAN` `CAPAIAN` `KET`: HASIL the realisasi, NILAI RUJUKAN the target after `>=` (a
    lower-is-better row `<=`, a grade `min.`), CAPAIAN the printed capaian, KET `N` (normal, achieved) or `*`;
    a name longer than its column runs on under it. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        W = lebar_nama + 56
        kiri_kanan = lambda a, b: " " + a + b.rjust(W - 1 - len(a))
        d.L(cap, "", f"[Lampiran: {judul} - teks lembar hasil diketik ulang]", "", "=" * W,
            kiri_kanan("LABORATORIUM KINERJA", "LEMBAR HASIL PEMERIKSAAN"),
            kiri_kanan(f"Pasien    : Sekretariat {NAMA_KPU_UP(d)}", f"No. Lab   : {no_lab}"),
            kiri_kanan(f"Periode   : 1 Januari - 31 Desember {d.tahun}", "Pemeriksa : Tim SPIP"),
            "=" * W,
            f" {'PEMERIKSAAN':<{lebar_nama}}{'HASIL':>10}  {'SATUAN':<9}{'NILAI RUJUKAN':<16}{'CAPAIAN':>9}  KET",
            "-" * W)
        for x in rows:
            t, rl, cp = x[3], x[4], x[5]
            if _num(t) and _num(rl):
                tv, rv = angka(t), angka(rl)
                rendah = _num(cp) and tv and abs((2 * tv - rv) / tv * 100 - angka(cp)) < 0.01 and abs(rv - tv) > 1e-9
                ruj = ("<= " if rendah else ">= ") + t
            else:
                ruj = "min. " + t
            if _num(cp) and _num(t):
                ket = "N" if angka(cp) >= 100 else "*"
            else:
                ket = "N" if tercapai_teks(t, rl) else "*"
            nm = textwrap.wrap(f"{x[0]}. {x[1]}", lebar_nama - 1)
            d.L(f" {nm[0]:<{lebar_nama}}{rl:>10}  {x[2]:<9}{ruj:<16}{cp:>9}  {ket}")
            for s in nm[1:]:
                d.L(f"    {s}")
        d.L("-" * W, " KET: N = dalam nilai rujukan (target tercapai); * = di luar nilai rujukan.",
            " Nilai rujukan = target Perjanjian Kinerja; hasil = realisasi 31 Desember.", "=" * W, "")
    return r


def tercapai_teks(t, r):
    rank = ["D", "C", "CC", "B", "BB", "A", "AA"]
    t, r = t.rstrip("*"), r.rstrip("*")
    if t in rank and r in rank:
        return rank.index(r) >= rank.index(t)
    return t == r


def NAMA_KPU_UP(d):
    return f"KPU Kabupaten {NAMA[d.satker]}"


def r_bandara(judul, jam="07.00"):
    """The DPT as the split-flap departure board (papan keberangkatan bandara) of the voters' infographic
    "Menuju TPS" typed again: a heavy-ruled board headed `KEBERANGKATAN  DEPARTURES`, one flight a
    kecamatan in flap cells parted by `▌`: `PENERBANGAN` (`KPU-nn`), `TUJUAN` the kecamatan, `DESA`, `TPS`,
    `PRIA`, `WANITA`, `PENUMPANG` (L+P) and `STATUS`; the kabupaten's line `SEMUA TUJUAN` under a rule.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        y = next((int(w) for w in cap.split() if w.isdigit()), d.tahun)
        wn = max(20, max(len(x[1]) for x in rows) + 1)
        wv = max(8, max(len(x[6]) for x in rows) + 1)
        kol = [("PENERBANGAN", 11), ("TUJUAN", wn), ("DESA", 5), ("TPS", 5), ("PRIA", wv), ("WANITA", wv),
               ("PENUMPANG", max(wv, 9)), ("STATUS", 10)]

        def sel(vals):
            out = []
            for (h, w), v in zip(kol, vals):
                out.append(f"{v:<{w}}" if h in ("PENERBANGAN", "TUJUAN", "STATUS") else f"{v:>{w}}")
            return "\u2551 " + "\u258c".join(out) + " \u2551"
        lebar = len(sel([""] * len(kol))) - 2
        kanan = "MENUJU TPS " + str(y) + " \u00b7 " + jam + " WITA  "
        d.L(cap, "", f"[Gambar: {judul} - teks papan keberangkatan diketik ulang]", "",
            "Setiap penerbangan satu kecamatan: PENUMPANG = jumlah pemilih (PRIA + WANITA), TPS = jumlah TPS.", "",
            "\u2554" + "\u2550" * lebar + "\u2557",
            "\u2551" + "  \u2708 KEBERANGKATAN  DEPARTURES" + kanan.rjust(lebar - 28) + "\u2551",
            "\u2560" + "\u2550" * lebar + "\u2563", sel([h for h, _ in kol]),
            "\u255f" + "\u2500" * lebar + "\u2562")
        for x in rows:
            if x[0] == "":
                continue
            d.L(sel([f"KPU-{int(x[0]):02d}", x[1], x[2], x[3], x[4], x[5], x[6], "BOARDING"]))
        tot = next(x for x in rows if x[0] == "")
        d.L("\u255f" + "\u2500" * lebar + "\u2562",
            sel(["TOTAL", "SEMUA TUJUAN", tot[2], tot[3], tot[4], tot[5], tot[6], "TEPAT"]),
            "\u255a" + "\u2550" * lebar + "\u255d", "")
    return r


def r_khs(judul, prodi="Akuntabilitas Kinerja Instansi Pemerintah"):
    """The SAKIP evaluation as a student's result card (Kartu Hasil Studi, KHS) of the evaluation
    infographic typed again: the head (`Nama`, `Program Studi`, `Semester`), one course (`Mata Kuliah`) a
    component with its `Kode MK`, `SKS` (the bobot, as the key says) and `Nilai`; `Jumlah SKS / Jumlah
    Nilai`, `Indeks Prestasi (Nilai Akhir)` and `Predikat`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        wn = max(34, max(len(x[1]) for x in komp) + 2)
        W = wn + 32
        d.L(cap, "", f"[Gambar: {judul} - teks kartu diketik ulang]", "",
            f"{'KARTU HASIL STUDI (KHS)':^{W}}", f"{'EVALUASI AKIP TAHUN ' + th:^{W}}", "",
            f"Nama            : Sekretariat {NAMA_KPU_UP(d)}", f"Program Studi   : {prodi}",
            f"Semester        : Tahun Kinerja {th}", "-" * W,
            f"{'No':<4}{'Kode MK':<10}{'Mata Kuliah':<{wn}}{'SKS':>8}{'Nilai':>10}", "-" * W)
        for i, x in enumerate(komp, 1):
            d.L(f"{i:<4}{'AKIP-' + f'{i:02d}':<10}{x[1]:<{wn}}{x[2]:>8}{x[3]:>10}")
        d.L("-" * W, f"{'':<14}{'Jumlah SKS / Jumlah Nilai':<{wn}}{tot[2]:>8}{tot[3]:>10}",
            f"{'':<14}{'Indeks Prestasi (Nilai Akhir)':<{wn}}{'':>8}{tot[3]:>10}",
            f"{'':<14}{'Predikat':<{wn}}{'':>8}{predikat(angka(tot[3])):>10}", "-" * W,
            "SKS = bobot komponen (jumlah 100); Nilai = nilai yang diperoleh; Indeks Prestasi = nilai akhir AKIP.", "")
    return r


def r_kartu_kredit(judul, bank="BANK DIPA"):
    """The budget as the credit card statements (lembar tagihan kartu kredit) of the budget infographic typed
    again: one statement a budget line, the total's `KARTU UTAMA` first: `No. Kartu` the code, `Pemegang`
    the name, `Limit Kredit` the pagu, `Total Pemakaian` the realisasi, `Sisa Limit` the sisa, `Pemakaian`
    the percent; a kegiatan's card is `Kartu tambahan dari` its program. Other tables plain TAB."""
    def kartu(x, induk, lebar=64):
        jd = "KARTU UTAMA" if x[0] == "" else ("KARTU PROGRAM" if _prog(x[0]) else "KARTU TAMBAHAN")
        isi = [f"No. Kartu        : {x[0] or 'DIPA ' + judul.split()[-1]}"]
        nm = textwrap.wrap(x[1], lebar - 22)
        isi += [f"Pemegang         : {nm[0]}"] + [f"                   {s}" for s in nm[1:]]
        if induk:
            isi.append(f"Kartu tambahan dari: {induk}")
        isi += ["", f"Limit Kredit      Rp {x[2]:>18}", f"Total Pemakaian   Rp {x[3]:>18}",
                f"Sisa Limit        Rp {x[4]:>18}", f"Pemakaian            {x[5]:>15} %"]
        return (["\u250c\u2500 " + jd + " " + "\u2500" * (lebar - len(jd) - len(bank) - 6) + " " + bank + " \u2500\u2510"]
                + ["\u2502 " + f"{s:<{lebar - 2}}" + " \u2502" for s in isi] + ["\u2514" + "\u2500" * lebar + "\u2518"])

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = next(x for x in rows if x[0] == "")
        d.L(cap, "", f"[Gambar: {judul} - teks lembar tagihan diketik ulang]", "",
            "Setiap kartu satu baris anggaran: Limit Kredit = pagu, Total Pemakaian = realisasi, Sisa Limit = sisa pagu.", "")
        for s in kartu(tot, None):
            d.L(s)
        d.L("")
        induk = None
        for x in rows:
            if x[0] == "":
                continue
            if _prog(x[0]):
                induk = x[0]
                k = kartu(x, None)
            else:
                k = kartu(x, induk)
            for s in k:
                d.L(s)
            d.L("")
    return r


def r_surat_jalan(judul, nomor):
    """The DPT as the delivery notes (surat jalan) of the logistics distribution typed again: one note a
    kecamatan, numbered `SJ-nn/<nomor>`, `Tujuan : PPK Kecamatan X`, `Desa/Kel` and `TPS`, then the load
    counted from the DPT: `Pemilih Laki-laki`, `Pemilih Perempuan`, `Jumlah Pemilih`; the kabupaten's recap
    note (`REKAPITULASI SURAT JALAN`) last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        y = next((int(w) for w in cap.split() if w.isdigit()), d.tahun)
        W = 66
        d.L(cap, "", f"[Lampiran: {judul} - teks surat jalan diketik ulang]", "",
            "Setiap surat jalan satu kecamatan; muatan dihitung dari DPT kecamatan itu.", "")
        for x in rows:
            if x[0] == "":
                continue
            d.L("+" + "-" * W + "+",
                f"| {'SURAT JALAN':<30}{'No. SJ-' + f'{int(x[0]):02d}' + '/' + nomor:>{W - 32}} |",
                f"| {'Tujuan   : PPK Kecamatan ' + x[1]:<{W - 2}} |",
                f"| {'Desa/Kel : ' + x[2]:<30}{'TPS : ' + x[3]:<{W - 32}} |",
                f"| {'Muatan menurut DPT Pemilihan ' + str(y) + ':':<{W - 2}} |",
                f"|   {'Pemilih Laki-laki':<26}{x[4]:>12}{'':<{W - 42}} |",
                f"|   {'Pemilih Perempuan':<26}{x[5]:>12}{'':<{W - 42}} |",
                f"|   {'Jumlah Pemilih':<26}{x[6]:>12}{'':<{W - 42}} |",
                f"| {'Pengirim: Subbag Logistik       Penerima: ..................':<{W - 2}} |",
                "+" + "-" * W + "+", "")
        tot = next(x for x in rows if x[0] == "")
        d.L("=" * (W + 2), f"  REKAPITULASI SURAT JALAN - KABUPATEN {NAMA[d.satker].upper()}",
            f"  Desa/Kel : {tot[2]}    TPS : {tot[3]}",
            f"  Pemilih Laki-laki {tot[4]:>12}   Pemilih Perempuan {tot[5]:>12}   Jumlah Pemilih {tot[6]:>12}",
            "=" * (W + 2), "")
    return r


def r_kuota(judul):
    """The budget as the data-quota screen of a phone operator's app (layar Sisa Kuota) typed again: one
    package a budget line: the code and name as the package, `Kuota` the pagu, `Terpakai` the realisasi with
    the percent in brackets, `Sisa` the sisa and a bar drawn to the use (shape only); the total's package
    `KUOTA UTAMA` first; a kegiatan's package indented under its program's. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = next(x for x in rows if x[0] == "")
        d.L(cap, "", f"[Gambar: {judul} - teks layar aplikasi diketik ulang]", "",
            "Kuota = pagu, Terpakai = realisasi (persentase dalam kurung), Sisa = sisa pagu.", "",
            "  \u25c9 Sisa Kuota Anggaran" + f"{'TA ' + str(d.tahun):>40}", "  " + "\u2500" * 60)

        def paket(x, ind, nama):
            v = angka(x[5]) if _num(x[5]) else 0
            n = min(20, round(v / 5))
            d.L(f"{ind}{nama}")
            d.L(f"{ind}  Kuota     Rp {x[2]:>17}",
                f"{ind}  Terpakai  Rp {x[3]:>17}  ({x[5]}%)",
                f"{ind}  Sisa      Rp {x[4]:>17}  [" + "\u2593" * n + "\u2591" * (20 - n) + "]", "")
        paket(tot, "  ", "KUOTA UTAMA - " + tot[1])
        for x in rows:
            if x[0] == "":
                continue
            if _prog(x[0]):
                paket(x, "  ", f"\u25b8 {x[0]}  {x[1]}")
            else:
                paket(x, "      ", f"\u00b7 {x[0]}  {x[1]}")
        d.L("  " + "\u2500" * 60, "  Masa berlaku: s.d. 31 Desember " + str(d.tahun), "")
    return r
