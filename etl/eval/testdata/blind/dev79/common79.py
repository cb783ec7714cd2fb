# Shared helpers of this batch's authoring scripts (author79a.py, author79b.py). Everything of the
# earlier batches comes through ../dev78/common78.py (on ../dev77 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev78/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev78"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common78  # noqa: E402,F401  (puts ../dev77 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common78 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
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
def r_kode_iku(judul, awalan="IKU"):
    """The capaian **with each indicator's code from the IKU decree in its own column before the name**
    (`IKU-01`, `IKU-02`, ...), as the Renstra's IKU list numbers them; No, Kode IKU, Indikator Kinerja, Satuan,
    Target, Realisasi, Capaian (%). The codes are no facts. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kode IKU", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for i, x in enumerate(xs, 1):
            d.R(x[0], f"{awalan}-{i:02d}", *x[1:])
        d.B()
    return r


def r_per_program(judul):
    """The budget **in one table per program**: `a. Program …`, `b. Program …`, each table with its own header
    (Kode, Uraian, Pagu (Rp), Realisasi (Rp), Sisa (Rp), %), the program's row first and its kegiatan under it;
    then a last one-row table `Rekapitulasi` holding the total `JUMLAH` under the same header. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        kop = ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
        progs = [x for k, induk, x in isi if induk == ""]
        for j, p in enumerate(progs):
            d.L(f"{'abcdefgh'[j]}. {p[1]}", "")
            d.R(*kop)
            d.R(*p)
            ikut = False
            for k, induk, x in isi:
                if x is p:
                    ikut = True
                    continue
                if ikut and induk == "":
                    break
                if ikut:
                    d.R(*x)
            d.B()
        d.L(f"{'abcdefgh'[len(progs)]}. Rekapitulasi seluruh program", "")
        d.R(*kop)
        d.R(*tot)
        d.B()
    return r


SUB = (("Perencanaan", ("a. Keberadaan dokumen perencanaan kinerja", "b. Kualitas dokumen perencanaan kinerja",
                        "c. Pemanfaatan dokumen perencanaan kinerja")),
       ("Pengukuran", ("a. Keberadaan sistem pengukuran kinerja", "b. Kualitas pengukuran kinerja",
                       "c. Pemanfaatan hasil pengukuran kinerja")),
       ("Pelaporan", ("a. Keberadaan laporan kinerja", "b. Kualitas laporan kinerja",
                      "c. Pemanfaatan laporan kinerja")),
       ("Evaluasi", ("a. Keberadaan evaluasi akuntabilitas kinerja internal",
                     "b. Kualitas evaluasi akuntabilitas kinerja internal",
                     "c. Pemanfaatan hasil evaluasi akuntabilitas kinerja internal")))


def r_subkomponen(judul):
    """The SAKIP components **each followed by the names of its three sub-components, without figures**
    (`a. Keberadaan …`, `b. Kualitas …`, `c. Pemanfaatan …`), as the LHE's worksheet lists what each component
    assesses; No, Komponen / Sub Komponen, Bobot, Nilai; only the components carry figures; `Nilai Akhir` last.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen / Sub Komponen", "Bobot", "Nilai")
        for x in xs:
            d.R(*x)
            sub = next((v for k, v in SUB if x[1].startswith(k)), ())
            for s in sub:
                d.R("", s, "", "")
        d.B()
    return r


def r_dua_lajur(judul):
    """The DPT **in two halves side by side** on the same lines, as a long Word table set in two column
    groups to save a page: the first half of the kecamatan on the left, the rest on the right, the header
    repeated over each half (No, Kecamatan, Desa/Kel., TPS, L, P, L+P); the kabupaten row alone on the last
    line, under the left half. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        h = (len(isi) + 1) // 2
        kop = ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        d.L(cap, "", f"({judul})", "")
        d.R(*kop, *kop)
        for i in range(h):
            kanan = isi[i + h] if i + h < len(isi) else []
            d.R(*isi[i], *kanan)
        d.R(*tot)
        d.B()
    return r


def r_desa_tps(judul):
    """The DPT **with the villages and the TPS in one cell** (`Desa / TPS`: `12 / 45`), as the office's recap
    form pairs them; No, Kecamatan, Desa / TPS, Laki-laki, Perempuan, Jumlah; the kabupaten row last. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa / TPS", "Laki-laki", "Perempuan", "Jumlah")
        for x in isi + [tot]:
            d.R(x[0], x[1], f"{x[2]} / {x[3]}", *x[4:])
        d.B()
    return r


def r_satuan_nama(judul):
    """The capaian **with each indicator's unit in brackets at the end of its name** (`Persentase Partisipasi
    Pemilih (%)`, `Predikat Nilai Akuntabilitas Kinerja (Predikat)`) and no Satuan column; No, Indikator Kinerja
    (Satuan), Target, Realisasi, Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja (Satuan)", "Target", "Realisasi", "Capaian (%)")
        for x in xs:
            d.R(x[0], f"{x[1]} ({x[2]})", *x[3:])
        d.B()
    return r
