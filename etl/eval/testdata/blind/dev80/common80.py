# Shared helpers of this batch's authoring scripts (author80a.py, author80b.py). Everything of the
# earlier batches comes through ../dev79/common79.py (on ../dev78 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev79/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev79"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common79  # noqa: E402,F401  (puts ../dev78 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common79 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang, GRADE)

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


# ---- new house styles ----
SATUAN_KATA = {"%": "persen (%)", "Predikat": "predikat", "Opini": "opini BPK", "Nilai": "nilai"}


def r_per_satuan(judul):
    """The capaian **in one small table per unit of measure, the unit named in each table's heading and no Satuan
    column**: `a. Indikator dengan satuan persen (%)`, `b. Indikator dengan satuan predikat`, `c. Indikator dengan
    satuan opini BPK`, each under the same header No, Indikator Kinerja, Target, Realisasi, Capaian (%), the rows
    numbered on through the tables. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        urut = []
        for x in xs:
            if x[2] not in urut:
                urut.append(x[2])
        d.L(cap, "", f"({judul})", "")
        for j, sat in enumerate(urut):
            d.L(f"{'abcdef'[j]}. Indikator dengan satuan {SATUAN_KATA.get(sat, sat)}", "")
            d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
            for x in xs:
                if x[2] == sat:
                    d.R(x[0], x[1], *x[3:])
            d.B()
    return r


def r_jejak(judul):
    """The budget **with each kegiatan's name written as its path from the program** (`Program Dukungan
    Manajemen › Pengelolaan Keuangan …`), as the finance application's tree view copies a row's full path;
    Kode, Uraian (Program › Kegiatan), Pagu (Rp), Realisasi (Rp), Sisa (Rp), %; the total `JUMLAH` last. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        nama = {k: x[1] for k, induk, x in isi}
        induk_of = {k: induk for k, induk, x in isi}
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Uraian (Program › Kegiatan)", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
        for k, induk, x in isi:
            jalan, i = [x[1]], induk
            while i:
                jalan.insert(0, nama[i])
                i = induk_of[i]
            d.R(x[0], " › ".join(jalan), *x[2:])
        d.R(*tot)
        d.B()
    return r


def r_per_ukuran(judul):
    """The DPT **in three tables, one a measure, each listing every kecamatan and the kabupaten**: `a. Pemilih
    laki-laki` (No, Kecamatan, Laki-laki), `b. Pemilih perempuan` (No, Kecamatan, Perempuan), `c. Jumlah pemilih,
    desa/kelurahan dan TPS` (No, Kecamatan, Desa/Kel., TPS, Jumlah (L+P)), as three sheets of the recap copied one
    after another; the kabupaten row last in each. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        for nm, kop, sel in (("a. Pemilih laki-laki", ("No", "Kecamatan", "Laki-laki"), (0, 1, 4)),
                             ("b. Pemilih perempuan", ("No", "Kecamatan", "Perempuan"), (0, 1, 5)),
                             ("c. Jumlah pemilih, desa/kelurahan dan TPS",
                              ("No", "Kecamatan", "Desa/Kel.", "TPS", "Jumlah (L+P)"), (0, 1, 2, 3, 6))):
            d.L(nm, "")
            d.R(*kop)
            for x in isi + [tot]:
                d.R(*[x[j] for j in sel])
            d.B()
    return r


def r_bobot_nilai(judul, aturan):
    """The SAKIP components **in two tables: the weights first, as the evaluation's guideline sets them (No,
    Komponen, Bobot, `Jumlah 100,00`), then the values the evaluators gave (No, Komponen, Nilai, `Nilai Akhir`)**;
    no line holds a component's weight and value together. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.L(f"a. Bobot komponen menurut {aturan}", "")
        d.R("No", "Komponen", "Bobot")
        for x in xs:
            d.R(x[0], "Jumlah" if x[0] == "" else x[1], x[2])
        d.B()
        d.L("b. Nilai komponen hasil evaluasi", "")
        d.R("No", "Komponen", "Nilai")
        for x in xs:
            d.R(x[0], x[1], x[3])
        d.B()
    return r


def rb_ringkas(d, tahun, s, nb):
    """The RB self-assessment **as the second row of a summary table of the year's evaluations** (No, Jenis
    Evaluasi, Tahun, Nilai, Nilai Maksimum, Persentase (%)): the AKIP score of tahun-1 on 100, then the PMPRB
    nilai on its bobot with the percent."""
    d.L(f"Tabel 3.2a Ringkasan Hasil Evaluasi Akuntabilitas dan Reformasi Birokrasi", "")
    d.R("No", "Jenis Evaluasi", "Tahun", "Nilai", "Nilai Maksimum", "Persentase (%)")
    d.R("1", "Evaluasi Akuntabilitas Kinerja (AKIP)", str(tahun - 1), id_dec(s), "100,00", id_dec(s))
    d.R("2", "Penilaian Mandiri Reformasi Birokrasi (PMPRB)", str(tahun), id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2]))
    d.B()


def r_satuan_ganda(judul):
    """The capaian **with the unit in its own narrow column after each figure** (`Target`, `Sat.`, `Realisasi`,
    `Sat.`), as an Excel sheet keeps the unit beside the number it qualifies; No, Indikator Kinerja, Target, Sat.,
    Realisasi, Sat., Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Target", "Sat.", "Realisasi", "Sat.", "Capaian (%)")
        for x in xs:
            d.R(x[0], x[1], x[3], x[2], x[4], x[2], x[5])
        d.B()
    return r
