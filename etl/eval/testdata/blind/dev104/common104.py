# Shared helpers of this batch's authoring scripts (author104a.py, author104b.py). Everything of the
# earlier batches comes through ../dev103/common103.py (on ../dev102 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev103/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev103"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common103  # noqa: E402,F401  (puts ../dev102 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common103 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
                       kpu, NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                       sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common48 import _kab  # noqa: E402

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


# ---- new house styles (each changes a table's shape or the way a fact is stated) ----
def r_jumlah_judul(catatan):
    """The budget **with no total row, its total stated in the caption**: the caption line ends with the whole
    DIPA's pagu, realisasi and serapan in brackets; the table holds the programs and their kegiatan only.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(f"{cap} (jumlah pagu Rp{tot[2]}, realisasi Rp{tot[3]} atau {tot[5]}%)", "", f"({catatan})", "")
        d.R(*head)
        for k, induk, x in isi:
            d.R(k, *x[1:])
        d.B()
    return r


def r_wilayah(catatan):
    """The DPT **as the voter-register application exports it, every row repeating its province and kabupaten
    in two leading columns**: Provinsi, Kabupaten/Kota, Kecamatan, Jml Desa/Kel, Jml TPS, Pemilih L, Pemilih P,
    Pemilih L+P; no No column; the kabupaten's row last with `JUMLAH` in the Kecamatan column. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        kab = _kab(d)
        d.L(cap, "", f"({catatan})", "")
        d.R("Provinsi", "Kabupaten/Kota", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Pemilih L", "Pemilih P",
            "Pemilih L+P")
        for x in isi:
            d.R("NUSA TENGGARA TIMUR", kab, x[1], *x[2:])
        d.R("NUSA TENGGARA TIMUR", kab, "JUMLAH", *tot[2:])
        d.B()
    return r


def r_catatan_mutu(catatan):
    """The capaian **whose graded indicators (AKIP predikat, BPK opini) stand in a numbered note under the table,
    not in it**: the table holds the numeric indicators; `Catatan:` then one line a graded indicator with its
    number, name, target, realisasi and capaian. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        angka = [x for x in rows if x[2] not in ("Predikat", "Opini")]
        mutu = [x for x in rows if x[2] in ("Predikat", "Opini")]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for x in angka:
            d.R(*x)
        d.B()
        d.L("Catatan: indikator yang diukur dengan predikat atau opini tidak dimuat dalam tabel di atas, yaitu:")
        for x in mutu:
            sebut = "predikat " if x[2] == "Predikat" else "opini "
            d.L(f"({x[0]}) {x[1]}: target {sebut}{x[3]}, realisasi {sebut}{x[4]}, capaian {x[5]}%.")
        d.B()
    return r


def r_bobot_nilai_pisah(aturan):
    """The SAKIP components **in two tables, the weights apart from the values**: `Tabel 3.2a` the components
    and their weights as the regulation aturan sets them (a `Jumlah` row of 100,00), a sentence, then
    `Tabel 3.2b` the same components with the values the evaluation gave (`Nilai Akhir` last); no table holds
    both. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        nomor, _, judul = cap.partition(" ")[2].partition(" ")
        tahun = cap.split()[-3] if cap.split()[-2] == "per" else cap.split()[-1]
        d.L(f"Tabel {nomor}a Bobot Komponen Evaluasi Akuntabilitas Kinerja menurut {aturan}", "")
        d.R("No", "Komponen", "Bobot")
        for x in rows:
            d.R(x[0], "Jumlah" if x[0] == "" else x[1], x[2])
        d.B()
        d.P("Atas komponen-komponen tersebut, nilai yang diberikan evaluator untuk kinerja tahun "
            f"{tahun} adalah sebagai berikut.")
        d.L(f"Tabel {nomor}b Nilai Komponen Hasil Evaluasi AKIP Tahun {tahun}", "")
        d.R("No", "Komponen", "Nilai")
        for x in rows:
            d.R(x[0], x[1], x[3])
        d.B()
    return r


def r_tingkat(catatan):
    """The budget **ordered by level, not by parent**: every kegiatan of every program first (in code order), then
    the program rows, then the total `JUMLAH`; no kegiatan stands next to its program, so each kegiatan's program is
    proven by the arithmetic (the kegiatan of a program sum to its row) and by the code. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for k, induk, x in isi:
            if induk != "":
                d.R(k, *x[1:])
        for k, induk, x in isi:
            if induk == "":
                d.R(k, *x[1:])
        d.R(*tot)
        d.B()
    return r


def r_sel_gabung(catatan):
    """The capaian **whose target and realisasi, where equal, are printed once in one cell merged across both
    columns**: such a row has five cells (No, Indikator, Satuan, the merged figure, Capaian), the others six.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for x in rows:
            x = [str(c) for c in x]
            if x[3] == x[4]:
                d.R(x[0], x[1], x[2], x[3], x[5])
            else:
                d.R(*x)
        d.B()
    return r
