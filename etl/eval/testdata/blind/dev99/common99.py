# Shared helpers of this batch's authoring scripts (author99a.py, author99b.py). Everything of the
# earlier batches comes through ../dev98/common98.py (on ../dev97 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev98/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev98"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common98  # noqa: E402,F401  (puts ../dev97 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common98 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
                      kpu, NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common11 import komp_std, KOMP_ID  # noqa: E402
from common7 import skor  # noqa: E402

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
def r_terpakai(judul):
    """The budget **whose realised and remaining amounts are titled by use**, as an office's own spending sheet heads
    them: `Terpakai (Rp)` for the realisasi, `Tidak Terpakai (Rp)` for the sisa and `Terpakai (%)` for the serapan:
    Kode, Program/Kegiatan, Pagu (Rp), Terpakai (Rp), Tidak Terpakai (Rp), Terpakai (%); the total `JUMLAH`. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Terpakai (Rp)", "Tidak Terpakai (Rp)", "Terpakai (%)")
        for k, induk, x in isi:
            d.R(k, *x[1:])
        d.R(*tot)
        d.B()
    return r


def r_satuan_kurung(judul):
    """The capaian **with no Satuan column, each indicator's unit in square brackets at the end of its name**, as
    engineering-minded offices write `Persentase … [%]`, `Nilai Evaluasi … [Predikat]`: No, Indikator Kinerja
    [Satuan], Target, Realisasi, Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja [Satuan]", "Target", "Realisasi", "Capaian (%)")
        for x in rows:
            x = [str(c) for c in x]
            d.R(x[0], f"{x[1]} [{x[2]}]" if x[2] else x[1], *x[3:])
        d.B()
    return r


def r_kata_kecamatan(judul):
    """The DPT **whose kecamatan cells are led by the word KECAMATAN**, as the kabupaten's administrative list
    names them (`KECAMATAN KOTA WAINGAPU`): No, Wilayah, Desa/Kel., TPS, L, P, L+P; the kabupaten row unnumbered as
    usual. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Wilayah", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(x[0], f"KECAMATAN {x[1]}", *x[2:])
        d.R(*tot)
        d.B()
    return r


def r_dari_bobot(judul):
    """The SAKIP components **with each value stated against its weight in one cell**, as the LHE's summary writes
    them: `20,90 dari 30,00`; No, Komponen, Nilai dari Bobot; the score row `Nilai Akhir  67,34 dari 100,00`. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Nilai dari Bobot")
        for x in rows:
            d.R(x[0], x[1], f"{x[3]} dari {x[2]}")
        d.B()
    return r


def sakip_naik(d, R, y, judul="B. Evaluasi Akuntabilitas Kinerja"):
    """Last year's SAKIP evaluation **stated as its change from the year before**: `Nilai AKIP Tahun 2022 naik 1,23
    poin, dari 66,11 pada Tahun 2021 menjadi 67,34 (predikat B).` (`turun` when it fell), then the usual component
    table (No, Komponen, Bobot, Nilai, `Nilai Akhir` last). Both scores are declared."""
    d.FF()
    d.L(judul, "")
    s, ks = komp_std(d, y)
    (y0, s0), = riwayat(d, [y - 1])
    beda = round(s - s0, 2)
    arah = "naik" if beda > 0 else "turun"
    assert beda != 0
    d.P(f"Berdasarkan Lembar Hasil Evaluasi dari Inspektorat Utama KPU, nilai AKIP Tahun {y} {arah} "
        f"{id_dec(abs(beda))} poin, dari {id_dec(s0)} pada Tahun {y0} menjadi {id_dec(s)} (predikat {predikat(s)}). "
        f"Rincian per komponen adalah sebagai berikut.")
    rows = [[i, KOMP_ID[k], id_dec(b), id_dec(v)] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
    rows.append(["", "Nilai Akhir", "100,00", id_dec(s)])
    R(d, f"Tabel 3.2 Nilai Evaluasi AKIP Tahun {y} per Komponen", ("No", "Komponen", "Bobot", "Nilai"), rows)
    return s


def r_capaian_realisasi(judul):
    """The capaian **whose realisasi column is titled `Capaian` and its percent `Persentase Capaian (%)`**, as many
    offices head them (the word capaian naming the achieved value): No, Indikator Kinerja, Satuan, Target, Capaian,
    Persentase Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Capaian", "Persentase Capaian (%)")
        for x in rows:
            d.R(*[str(c) for c in x])
        d.B()
    return r
