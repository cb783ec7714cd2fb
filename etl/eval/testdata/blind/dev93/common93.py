# Shared helpers of this batch's authoring scripts (author93a.py, author93b.py). Everything of the
# earlier batches comes through ../dev92/common92.py (on ../dev91 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev92/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev92"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common92  # noqa: E402,F401  (puts ../dev91 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common92 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
                      kpu, NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

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
def r_tanggal_judul(judul, tgl_pk, tgl_real):
    """The capaian **whose Target and Realisasi column titles carry the dates of the documents they come from**
    (`Target (PK 18-02-2019)`, `Realisasi (per 31-12-2019)`): No, Indikator Kinerja, Satuan, the two dated titles,
    Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", f"Target (PK {tgl_pk})", f"Realisasi (per {tgl_real})", "Capaian (%)")
        for x in rows:
            d.R(*x)
        d.B()
    return r


def r_serapan_dulu(judul):
    """The budget **whose Serapan column stands right after the names, before the amounts**: Kode, Program/Kegiatan,
    Serapan (%), Pagu (Rp), Realisasi (Rp), Sisa (Rp); the total `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Serapan (%)", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)")
        for _, _, x in isi:
            x = list(x)
            d.R(x[0], x[1], x[5], x[2], x[3], x[4])
        d.R("", "JUMLAH", tot[5], tot[2], tot[3], tot[4])
        d.B()
    return r


def r_satuan_judul(judul):
    """The DPT **whose column titles carry their counting words** (`Desa/Kel. (buah)`, `TPS (buah)`, `Laki-laki
    (orang)`, `Perempuan (orang)`, `Jumlah (orang)`), in the titles themselves, no row of units. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel. (buah)", "TPS (buah)", "Laki-laki (orang)", "Perempuan (orang)",
            "Jumlah (orang)")
        for x in isi:
            d.R(*x)
        d.R(*tot)
        d.B()
    return r


def r_skor_dulu(judul):
    """The SAKIP components **under their score: the score's row first, right under the titles**, then the four
    components numbered 1-4 (`Nilai Hasil Evaluasi  100,00  63,61`, `1  Perencanaan Kinerja  30,00  …`). Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        d.R("", "Nilai Hasil Evaluasi", *rows[4][2:])
        for x in rows[:4]:
            d.R(*x)
        d.B()
    return r


def rb_rumus(d, tahun, nb):
    """The RB self-assessment (nb: nilai, bobot, persen) **stated as its computation, an equation**: `Capaian PMPRB
    tahun 2023 = nilai : bobot x 100% = 30,12 : 36,30 x 100% = 82,98%.`"""
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun {tahun} dihitung sebagai berikut: "
        f"Capaian PMPRB = nilai : bobot x 100% = {id_dec(nb[0])} : {id_dec(nb[1])} x 100% = {id_dec(nb[2])}%.")


HURUF = "abcdefghijklmnopqrstuvwxyz"


def r_huruf_baris(judul):
    """The DPT **whose kecamatan rows are lettered `a.` `b.` `c.` … in the No column** instead of numbered: No,
    Kecamatan, Desa/Kel., TPS, Laki-laki, Perempuan, Jumlah; the total row as usual. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        assert len(isi) <= len(HURUF)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")
        for i, x in enumerate(isi):
            d.R(HURUF[i] + ".", *x[1:])
        d.R(*tot)
        d.B()
    return r
