# Shared helpers of this batch's authoring scripts (author103a.py, author103b.py). Everything of the
# earlier batches comes through ../dev102/common102.py (on ../dev101 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev102/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev102"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common102  # noqa: E402,F401  (puts ../dev101 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common102 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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


def _ang(kepala):
    """A budget renderer with the column titles kepala (six titles) over the usual cells; other tables plain TAB."""
    def buat(judul, catatan=None):
        def r(d, cap, head, rows):
            if jenis(head) != "ang":
                r_tab(d, cap, head, rows)
                return
            isi, tot = _ang_isi(rows)
            d.L(cap, "", f"({judul})", "")
            d.R(*kepala)
            for k, induk, x in isi:
                d.R(k, *x[1:])
            d.R(*tot)
            d.B()
            if catatan:
                d.L(catatan, "")
        return r
    return buat


def _cap(kepala):
    """A capaian renderer with the column titles kepala (six titles) over the usual cells; other tables plain TAB."""
    def buat(judul, catatan=None):
        def r(d, cap, head, rows):
            if jenis(head) != "cap":
                r_tab(d, cap, head, rows)
                return
            d.L(cap, "", f"({judul})", "")
            d.R(*kepala)
            for x in rows:
                d.R(*[str(c) for c in x])
            d.B()
            if catatan:
                d.L(catatan, "")
        return r
    return buat


# ---- new house styles ----
# The budget **whose allotment is titled as the funds available, used and not used**, no title holding `Pagu`,
# `Realisasi`, `Sisa` or `Serapan`: Kode, Program/Kegiatan, Dana Tersedia (Rp), Dana Digunakan (Rp), Dana Tidak
# Digunakan (Rp), Tingkat Penggunaan (%).
r_dana = _ang(("Kode", "Program/Kegiatan", "Dana Tersedia (Rp)", "Dana Digunakan (Rp)", "Dana Tidak Digunakan (Rp)",
               "Tingkat Penggunaan (%)"))

# The capaian **headed as the success measures with their figures**: No, Ukuran Keberhasilan, Satuan, Angka
# Target, Angka Realisasi, Angka Capaian (%).
r_angka = _cap(("No", "Ukuran Keberhasilan", "Satuan", "Angka Target", "Angka Realisasi", "Angka Capaian (%)"))

# The budget **titled by the two documents it compares, the DIPA and the LRA**: Kode, Program/Kegiatan, Nilai DIPA
# (Rp), Nilai LRA (Rp), Sisa DIPA (Rp), LRA thd DIPA (%).
r_dipa_lra = _ang(("Kode", "Program/Kegiatan", "Nilai DIPA (Rp)", "Nilai LRA (Rp)", "Sisa DIPA (Rp)", "LRA thd DIPA (%)"))

# The capaian **headed in the words of the performance agreement's promise and its result**: No, Indikator Kinerja,
# Satuan, Janji Kinerja, Hasil Kinerja, Capaian (%).
r_janji = _cap(("No", "Indikator Kinerja", "Satuan", "Janji Kinerja", "Hasil Kinerja", "Capaian (%)"))


def r_terdaftar(judul):
    """The DPT **with the voters titled as the registered, by sex and in all**: No, Kecamatan, Desa/Kel, TPS,
    Terdaftar Laki-laki, Terdaftar Perempuan, Total Terdaftar; a line under the table says what is registered.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Terdaftar Laki-laki", "Terdaftar Perempuan", "Total Terdaftar")
        for x in rows:
            d.R(*[str(c) for c in x])
        d.B()
        d.L("Terdaftar = pemilih yang terdaftar dalam Daftar Pemilih Tetap.", "")
    return r


def r_skor(judul):
    """The SAKIP components **titled as the score available and the score attained**: No, Komponen, Skor
    Tersedia, Skor Diraih, the score row `Skor AKIP`; no title holding `Bobot` or `Nilai`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Skor Tersedia", "Skor Diraih")
        for x in rows:
            x = [str(c) for c in x]
            if x[0] == "":
                x[1] = "Skor AKIP"
            d.R(*x)
        d.B()
    return r
