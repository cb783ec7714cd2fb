# Shared helpers of this batch's authoring scripts (author88a.py, author88b.py). Everything of the
# earlier batches comes through ../dev87/common87.py (on ../dev86 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev87/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev87"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common87  # noqa: E402,F401  (puts ../dev86 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common87 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
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


def _angka(s):
    """An Indonesian-notation figure ("1.234,56") as a float."""
    return float(str(s).replace(".", "").replace(",", "."))


# ---- new house styles ----
def r_nama_kapital(judul):
    """The capaian **whose indicator names are typed in capital letters** (`PERSENTASE PARTISIPASI ...`), as the
    office copies them from the Perjanjian Kinerja form printed in capitals; every other cell as usual: No,
    Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in [[str(c) for c in x] for x in rows]:
            d.R(x[0], x[1].upper(), *x[2:])
        d.B()
    return r


def r_sen_nol(judul):
    """The budget **whose amounts carry SAKTI's two decimals `,00`** (`2.155.258.000,00`), the percent as usual:
    Kode, Program/Kegiatan, Pagu (Rp), Realisasi (Rp), Sisa (Rp), Serapan (%), the total `JUMLAH`. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for x in [x for _, _, x in isi] + [tot]:
            d.R(x[0], x[1], *(f"{v},00" for v in x[2:5]), x[5])
        d.B()
    return r


def r_porsi_bobot(judul):
    """The SAKIP components **whose every Nilai cell carries, in parentheses, its share of the component's weight**
    (`18,65 (62,17%)`), the final score's row likewise (`60,60 (60,60%)`): No, Komponen, Bobot, Nilai. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai (% dari Bobot)")
        for x in [[str(c) for c in x] for x in rows]:
            porsi = id_dec(round(_angka(x[3]) / _angka(x[2]) * 100 + 1e-9, 2))
            d.R(x[0], x[1], x[2], f"{x[3]} ({porsi}%)")
        d.B()
    return r


def r_koma_ribuan(judul):
    """The DPT **whose figures carry English thousands commas** (`80,106`), as the data operator's sheet in an
    English-locale spreadsheet gave them, in a report otherwise in Indonesian notation: No, Kecamatan, Desa/Kel.,
    TPS, L, P, L+P, the kabupaten row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi + [tot]:
            d.R(x[0], x[1], *(v.replace(".", ",") for v in x[2:]))
        d.B()
    return r


def judul_kata(s):
    """A kecamatan's name in title case, word by word (an apostrophe keeps the letter after it small)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split(" "))


def r_kec_judul(judul):
    """The DPT **whose kecamatan names are typed in title case** (`Lamba Leda Selatan`), the kabupaten row in
    capitals as usual: No, Kecamatan, Desa/Kel., TPS, L, P, L+P. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(x[0], judul_kata(x[1]), *x[2:])
        d.R(*tot)
        d.B()
    return r


KODE_IKSS = ["IKSS 1.1", "IKSS 1.2", "IKSS 2.1", "IKSS 2.2", "IKSS 3.1", "IKSS 3.2", "IKSS 4.1", "IKSS 4.2"]


def r_kode_ikss(judul):
    """The capaian **whose first column holds the indicator's Renstra code in place of a row number** (`IKSS 1.1`,
    `IKSS 1.2`, `IKSS 2.1` ..): Kode, Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%). Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for i, x in enumerate([[str(c) for c in x] for x in rows]):
            d.R(KODE_IKSS[i], *x[1:])
        d.B()
    return r
