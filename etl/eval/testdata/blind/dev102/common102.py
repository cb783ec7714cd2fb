# Shared helpers of this batch's authoring scripts (author102a.py, author102b.py). Everything of the
# earlier batches comes through ../dev101/common101.py (on ../dev100 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev101/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev101"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common101  # noqa: E402,F401  (puts ../dev100 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common101 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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


def _dec(s):
    """An Indonesian decimal cell ("18,45") as a Decimal, or None when the cell is no number."""
    try:
        return Decimal(s.replace(".", "").replace(",", "."))
    except Exception:
        return None


def _int(s):
    """An Indonesian whole-number cell ("19.012") as an int."""
    return int(s.replace(".", ""))


# ---- new house styles ----
def r_pencairan(judul):
    """The budget **whose realised amount is titled as the disbursement of funds**, no title of the table
    holding `Realisasi`: Kode, Program/Kegiatan, Pagu (Rp), Pencairan Dana (Rp), Sisa Dana (Rp), Tingkat
    Pencairan (%); the total `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Pencairan Dana (Rp)", "Sisa Dana (Rp)", "Tingkat Pencairan (%)")
        for k, induk, x in isi:
            d.R(k, *x[1:])
        d.R(*tot)
        d.B()
    return r


def r_hasil_ukur(judul):
    """The capaian **headed in the words of a measurement sheet**: No, Indikator Kinerja, Satuan, Target,
    Hasil Pengukuran, Persentase Keberhasilan (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Hasil Pengukuran", "Persentase Keberhasilan (%)")
        for x in rows:
            d.R(*[str(c) for c in x])
        d.B()
    return r


def r_lk_pr(judul):
    """The DPT **with the voters titled in a clerk's abbreviations**: No, Kecamatan, Desa/Kel., TPS, Lk., Pr.,
    Lk.+Pr.; a key line under the table. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "Lk.", "Pr.", "Lk.+Pr.")
        for x in rows:
            d.R(*[str(c) for c in x])
        d.B()
        d.L("Keterangan: Lk. = pemilih laki-laki; Pr. = pemilih perempuan; Lk.+Pr. = jumlah pemilih.", "")
    return r


def r_ppk(judul, total):
    """The DPT **whose kecamatan column is titled by the committee that keeps its roll**: No, Nama PPK,
    Kelurahan, TPS, L, P, L+P, each PPK named as its kecamatan; the total row `total`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Nama PPK", "Kelurahan", "TPS", "L", "P", "L+P")
        for x in rows:
            x = [str(c) for c in x]
            if x[0] == "":
                x[1] = total
            d.R(*x)
        d.B()
        d.L("PPK = Panitia Pemilihan Kecamatan; setiap PPK bertugas di kecamatan yang sama namanya.", "")
    return r


def r_nilai_tahun(judul):
    """The SAKIP components **with the value column titled by the year evaluated** (`Nilai Tahun 2022`) and
    the score row labelled `Nilai AKIP Tahun 2022`: No, Komponen, Bobot, Nilai Tahun Y. Other tables plain TAB."""
    import re

    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        y = re.search(r"Tahun (\d{4})", cap).group(1)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", f"Nilai Tahun {y}")
        for x in rows:
            x = [str(c) for c in x]
            if x[0] == "":
                x[1] = f"Nilai AKIP Tahun {y}"
            d.R(*x)
        d.B()
    return r


def r_direncanakan(judul):
    """The capaian **headed as planned and achieved performance**: No, Indikator Kinerja, Satuan, Kinerja
    yang Direncanakan, Kinerja yang Dicapai, Persentase Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Kinerja yang Direncanakan", "Kinerja yang Dicapai",
            "Persentase Capaian (%)")
        for x in rows:
            d.R(*[str(c) for c in x])
        d.B()
    return r
