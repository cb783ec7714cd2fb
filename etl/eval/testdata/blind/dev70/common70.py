# Shared helpers of this batch's authoring scripts (author70a.py, author70b.py). Everything of the
# earlier batches comes through ../dev69/common69.py (on ../dev68 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev69/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev69"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common69  # noqa: E402,F401  (puts ../dev68 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common69 import (_bil, _tot, _kab, _dpt_isi, _ang_isi,  # noqa: E402,F401
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


def _n(c):
    return int(round(_bil(c)))


# ---- new house styles ----
def r_segmen(judul):
    """The budget **with the DIPA code split into its segments, one column each** (as the RKA-K/L and DIPA
    prints lay it out): `BA`, `Es. I`, `Prog.`, `Keg.` (and `Output` when the budget has outputs), each row
    filling only the segments of its own level (a program `076 | 01 | WA`, a kegiatan only `3355`), then the
    name and the amounts; the total row with every code cell empty. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        ada_output = any(not k.startswith("0") and not k.isdigit() for k, _, _ in isi)
        d.L(cap, "", f"({judul}; kode menurut segmen DIPA: bagian anggaran, unit eselon I, program, kegiatan"
            + (", output" if ada_output else "") + ")", "")
        d.R("BA", "Es. I", "Prog.", "Keg.", *(["Output"] if ada_output else []), "Uraian", "Pagu (Rp)",
            "Realisasi (Rp)", "Sisa (Rp)", "%")
        for k, _, x in isi:
            if k.startswith("0"):
                seg = k.split(".") + [""]
            elif k.isdigit():
                seg = ["", "", "", k]
            else:
                keg, out = k.split(".", 1)
                seg = ["", "", "", keg, out]
            if ada_output:
                seg = (seg + [""] * 5)[:5]
            else:
                seg = seg[:4]
            d.R(*seg, *x[1:])
        d.R(*[""] * (5 if ada_output else 4), *tot[1:])
        d.B()
    return r


def r_pemula(judul):
    """The DPT **with a `Pemilih Pemula` column between `P` and `L+P`** (first-time voters, a part of L+P,
    not a third sex): No, Kecamatan, Desa/Kel., TPS, L, P, Pemilih Pemula, L+P; the kabupaten row last, its
    Pemilih Pemula the sum of the kecamatan's. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        pem = [_n(x[6]) * (61 + 7 * (i % 4)) // 1000 for i, x in enumerate(isi)]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Pemilih Pemula", "L+P")
        for x, p in zip(isi, pem):
            d.R(*x[:6], id_int(p), x[6])
        d.R(*tot[:6], id_int(sum(pem)), tot[6])
        d.L("", "Catatan: Pemilih Pemula adalah pemilih yang baru pertama kali memilih dan sudah termasuk dalam "
            "kolom L dan P.", "")
    return r


def r_tertimbang(judul):
    """The SAKIP components **with each component's own score on a scale of 100 beside its weighted score**
    (the evaluator's work sheet): No, Komponen, Bobot (%), Nilai Komponen (skala 100), Nilai Tertimbang; the
    weighted score is the component's value (bobot x nilai komponen / 100), the final row `Nilai Akhir` with an
    empty scale-100 cell. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot (%)", "Nilai Komponen (skala 100)", "Nilai Tertimbang")
        for x in [[str(c) for c in x] for x in rows]:
            if x[0] == "":
                d.R(x[0], x[1], x[2], "", x[3])
            else:
                d.R(x[0], x[1], x[2], id_dec(_bil(x[3]) / _bil(x[2]) * 100), x[3])
        d.B()
    return r


def r_diakui(judul):
    """The capaian **with a second percent column `Capaian Diakui (%)`, the capaian capped at 100** (as the
    office averages its indicators): No, Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%), Capaian
    Diakui (%); a grade row's two cells alike. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul}; capaian diakui paling tinggi 100%)", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Capaian Diakui (%)")
        for x in [[str(c) for c in x] for x in rows]:
            v = _bil(x[5])
            d.R(*x, x[5] if v is None or v <= 100 else "100,00")
        d.B()
    return r


def r_efisiensi(judul):
    """The budget **with its sisa split into `Efisiensi` and `Sisa Tidak Terserap`** and no Sisa column: Kode,
    Program/Kegiatan, Pagu, Realisasi, Efisiensi, Sisa Tidak Terserap, Serapan (%); the lowest rows' efisiensi
    three fifths of their sisa in whole thousands, a parent's the sum of its children's. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        anak = {}
        for k, i, _ in isi:
            anak.setdefault(i, []).append(k)
        ef = {}

        def hitung(k, x):
            if k in ef:
                return ef[k]
            if anak.get(k):
                ef[k] = sum(hitung(c, next(y for kk, _, y in isi if kk == c)) for c in anak[k])
            else:
                ef[k] = _n(x[4]) * 3 // 5 // 1000 * 1000
            return ef[k]
        for k, _, x in isi:
            hitung(k, x)
        ef_tot = sum(ef[k] for k, i, _ in isi if i == "")
        d.L(cap, "", f"({judul}; sisa anggaran dirinci atas efisiensi dan sisa yang tidak terserap)", "")
        d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Efisiensi", "Sisa Tidak Terserap", "Serapan (%)")
        for k, _, x in isi:
            d.R(x[0], x[1], x[2], x[3], id_int(ef[k]), id_int(_n(x[4]) - ef[k]), x[5])
        d.R(tot[0], tot[1], tot[2], tot[3], id_int(ef_tot), id_int(_n(tot[4]) - ef_tot), tot[5])
        d.B()
    return r


def r_per_tps(judul):
    """The DPT **with a `Rata-rata Pemilih per TPS` column after the total** (two decimals): No, Kecamatan,
    Desa/Kel., TPS, Laki-laki, Perempuan, Jumlah, Rata-rata Pemilih per TPS; the kabupaten row last. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah", "Rata-rata Pemilih per TPS")
        for x in isi + [tot]:
            d.R(*x, id_dec(_n(x[6]) / _n(x[3])))
        d.B()
    return r
