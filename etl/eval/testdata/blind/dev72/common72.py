# Shared helpers of this batch's authoring scripts (author72a.py, author72b.py). Everything of the
# earlier batches comes through ../dev71/common71.py (on ../dev70 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev71/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev71"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common71  # noqa: E402,F401  (puts ../dev70 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common71 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

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


def _tanda(v):
    """A signed difference as an office prints it: `+2,96`, `-1,20`, `0,00`."""
    return ("+" if v > 0 else "-" if v < 0 else "") + id_dec(abs(v))


# ---- new house styles ----
def r_tak_terserap(judul):
    """The budget **with its absorption stated by the complement: no Sisa column and no serapan, but `% Tidak
    Terserap` (= (pagu − realisasi) / pagu, two decimals)**, as an office reporting on efficiency prints it:
    Kode, Uraian, Pagu, Realisasi, % Tidak Terserap; the total `JUMLAH` with an empty code. Other tables plain
    TAB. The table's rows print no serapan, so their serapan_lapor is null; the total's stays, the paragraph
    after the table stating it."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul}; % tidak terserap = (pagu - realisasi) / pagu x 100)", "")
        d.R("Kode", "Uraian", "Pagu", "Realisasi", "% Tidak Terserap")
        for x in [y for _, _, y in isi] + [tot]:
            p, s = _n(x[2]), _n(x[4])
            d.R(x[0], x[1], x[2], x[3], id_dec(s / p * 100))
        d.B()
        for a in d.t["anggaran"]:
            if a["tahun"] == d.tahun and a["kode"] != "TOTAL":
                a["serapan_lapor"] = None
    return r


def r_target_nama(judul):
    """The capaian **with each indicator's target written inside its name cell** (`Persentase … (target
    80,00%)`, `… (target B)`), as the office's PK matrix carries it, and no Target column: No, Indikator Kinerja
    (Target), Satuan, Realisasi, Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul}; target tahun {d.tahun} menurut Perjanjian Kinerja dalam kurung)", "")
        d.R("No", "Indikator Kinerja (Target)", "Satuan", "Realisasi", "Capaian (%)")
        for x in [[str(c) for c in x] for x in rows]:
            t = f"{x[3]}%" if x[2] == "%" else x[3]
            d.R(x[0], f"{x[1]} (target {t})", x[2], x[4], x[5])
        d.B()
    return r


def r_desa_nama(judul):
    """The DPT **with each kecamatan's village count written inside its name cell** (`AMARASI (12 desa/kel.)`)
    and no village column: No, Kecamatan (Jumlah Desa/Kel.), TPS, L, P, L+P; the kabupaten row last, its
    count too. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul}; angka dalam kurung: jumlah desa/kelurahan)", "")
        d.R("No", "Kecamatan (Jumlah Desa/Kel.)", "TPS", "L", "P", "L+P")
        for x in isi + [tot]:
            d.R(x[0], f"{x[1]} ({x[2]} desa/kel.)", *x[3:])
        d.B()
    return r


def r_lke(judul):
    """The SAKIP components **as the evaluators' LKE worksheet states them, every weight and score to three
    decimals** (`30,000`, `20,150`, the final `68,930`), the worksheet's columns `Kode` (`A` .. `D`), `Komponen`,
    `Bobot`, `Nilai`, the final row `Nilai Akhir` with an empty code. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul}; nilai dalam tiga angka desimal sesuai Lembar Kerja Evaluasi)", "")
        d.R("Kode", "Komponen", "Bobot", "Nilai")
        for i, x in enumerate(xs):
            kode = "ABCD"[i] if x[0] != "" else ""
            d.R(kode, x[1], x[2] + "0", x[3] + "0")
        d.B()
    return r


def r_selisih(judul):
    """The capaian **stated by its difference from the target, with no capaian percent**: No, Indikator
    Kinerja, Satuan, Target, Realisasi, Selisih (+/-) (= realisasi − target, signed; `-` for a grade). The
    truth keeps no printed capaian (capaian_lapor null); capaian_hitung is the arithmetic's. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul}; selisih = realisasi dikurangi target)", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Selisih (+/-)")
        for x in [[str(c) for c in x] for x in rows]:
            t, v = _bil(x[3]), _bil(x[4])
            d.R(*x[:5], _tanda(round(v - t, 2)) if (t is not None and v is not None) else "-")
        d.B()
        for c in d.t["capaian"]:
            if c["tahun"] == d.tahun:
                c["capaian_lapor"] = None
    return r


def r_program_kalimat(judul):
    """The budget **with each program stated in a sentence and only its kegiatan in a table under it**:
    `Program Dukungan Manajemen (076.01.WA): pagu Rp…, realisasi Rp… (95,12%), sisa Rp….`, then `Kode
    Kegiatan Pagu Realisasi Sisa %` for its kegiatan; the year's total in a closing sentence. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        buka_tabel = False
        for k, induk, x in isi:
            if induk == "":
                if buka_tabel:
                    d.B()
                d.P(f"{x[1]} ({x[0]}): pagu Rp{x[2]}, realisasi Rp{x[3]} ({x[5]}%), sisa Rp{x[4]}. "
                    "Rincian per kegiatan:")
                d.R("Kode", "Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
                buka_tabel = True
            else:
                d.R(*x)
        d.B()
        d.P(f"Jumlah seluruh program: pagu Rp{tot[2]}, realisasi Rp{tot[3]} ({tot[5]}%), sisa Rp{tot[4]}.")
    return r
