# Shared helpers of this batch's authoring scripts (author77a.py, author77b.py). Everything of the
# earlier batches comes through ../dev76/common76.py (on ../dev75 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev76/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev76"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common76  # noqa: E402,F401  (puts ../dev75 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common76 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

common9.ingat(PREV)
KNOWN = common9.KNOWN
BATCH = os.path.basename(HERE)
GRADE = ("Predikat", "Opini")


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of this batch opened up to BAB III's first table: the satker named nama, the year
    the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"{BATCH}/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


# ---- new house styles ----
def r_kode_garis_miring(judul):
    """The budget **with each kegiatan's code joined to its program's short code by a slash** (`WA/3355`,
    `CQ/6639`), as the office's own spreadsheet keys a kegiatan under its program; the program rows keep
    their full code (`076.01.WA`); Kode, Program/Kegiatan, Pagu, Realisasi, Sisa, Serapan (%); the total
    `JUMLAH` with no code. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)")
        for k, induk, x in isi:
            kode = f"{induk.split('.')[-1]}/{k}" if induk else k
            d.R(kode, *x[1:])
        d.R(*tot)
        d.B()
    return r


HURUF = {"AA": "Sangat Memuaskan", "A": "Memuaskan", "BB": "Sangat Baik", "B": "Baik", "CC": "Cukup",
         "C": "Kurang", "D": "Sangat Kurang", "WTP": "Wajar Tanpa Pengecualian", "WDP": "Wajar Dengan Pengecualian"}


def r_predikat_kata(judul):
    """The capaian **with every grade cell spelled with its category words**: a predikat written `B (Baik)`,
    `CC (Cukup)`, `BB (Sangat Baik)`, the BPK opinion `Wajar Tanpa Pengecualian (WTP)`, as the evaluation
    letter and the audit report word them; No, Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%).
    The graded rows' `target_teks` and `realisasi_teks` become the cell text. Other tables plain TAB."""
    def kata(s):
        g = s.rstrip("*")
        if g not in HURUF:
            return s
        return f"{HURUF[g]} ({s})" if g in ("WTP", "WDP") else f"{s} ({HURUF[g]})"

    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in xs:
            if x[2] in GRADE:
                c = next(c for c in d.t["capaian"] if c["tahun"] == d.tahun and c["indikator"] == x[1])
                x[3], x[4] = kata(x[3]), kata(x[4])
                c["target_teks"], c["realisasi_teks"] = x[3], x[4]
            d.R(*x)
        d.B()
    return r


def r_badan_adhoc(judul, catatan):
    """The DPT **with its villages and TPS stated as the ad hoc bodies formed for them**: No, Kecamatan, PPS,
    KPPS, Laki-laki, Perempuan, Jumlah Pemilih - one PPS in every desa/kelurahan and one KPPS at every TPS,
    as a note under the caption says; the kabupaten row the same. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", catatan, "")
        d.R("No", "Kecamatan", "PPS", "KPPS", "Laki-laki", "Perempuan", "Jumlah Pemilih")
        for x in isi + [tot]:
            d.R(*x)
        d.B()
    return r


def r_dua_sejajar(judul):
    """The SAKIP components **two to a row**: the table No, Komponen, Bobot, Nilai, No, Komponen, Bobot, Nilai
    with components 1 and 2 on its first row and 3 and 4 on its second, as a half-width form laid in two
    columns; the final row `Nilai Akhir` with the weight 100,00 and the score under the left half, the right half
    left empty. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        komp = [x for x in xs if x[0] != ""]
        akhir = next(x for x in xs if x[0] == "")
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai", "No", "Komponen", "Bobot", "Nilai")
        for i in range(0, len(komp), 2):
            d.R(*komp[i], *komp[i + 1])
        d.R("", akhir[1], akhir[2], akhir[3])
        d.B()
    return r


def r_tps_akhir(judul):
    """The DPT **with the TPS count last, after the voters**: No, Kecamatan, Desa/Kel., Laki-laki, Perempuan,
    L+P, TPS, as the TPS mapping sheet is laid out (the roll first, then the polling stations it needs); the
    kabupaten row the same. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "Laki-laki", "Perempuan", "L+P", "TPS")
        for x in isi + [tot]:
            d.R(x[0], x[1], x[2], x[4], x[5], x[6], x[3])
        d.B()
    return r


def r_kode_tengah(judul):
    """The budget **with the code column between the name and the amounts**: No, Program/Kegiatan, Kode,
    Pagu, Realisasi, Sisa, %, the programs lettered `A`, `B` and their kegiatan numbered `1`, `2` … in the No
    column, the total `JUMLAH` with empty No and Kode. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Program/Kegiatan", "Kode", "Pagu", "Realisasi", "Sisa", "%")
        p = n = 0
        for k, induk, x in isi:
            if induk:
                n += 1
                no = str(n)
            else:
                no, n = "ABCDEFGH"[p], 0
                p += 1
            d.R(no, x[1], x[0], *x[2:])
        d.R("", tot[1], "", *tot[2:])
        d.B()
    return r
