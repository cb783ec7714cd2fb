# Shared helpers of this batch's authoring scripts (author95a.py, author95b.py). Everything of the
# earlier batches comes through ../dev94/common94.py (on ../dev93 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev94/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev94"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common94  # noqa: E402,F401  (puts ../dev93 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common94 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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


def _fakta_cap(d, nama):
    """The declared capaian fact of the indicator named nama (the name cell of its row)."""
    cocok = [t for t in d.t["capaian"] if t["indikator"] == nama]
    assert len(cocok) == 1, nama
    return cocok[0]


def _angka(s):
    return float(s.replace(".", "").replace(",", "."))


# ---- new house styles ----
def r_capaian_anggaran(judul):
    """The budget **whose serapan column is titled `Capaian Anggaran (%)`**, the capaian family's word for the
    budget's percent: Kode, Program/Kegiatan, Pagu (Rp), Realisasi (Rp), Sisa (Rp), Capaian Anggaran (%); the total
    `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Capaian Anggaran (%)")
        for _, _, x in isi:
            d.R(*x)
        d.R(*tot)
        d.B()
    return r


def r_batas_kata(judul):
    """The capaian **whose numeric targets are written as bounds in words**: `minimal 77,50` for a higher-is-better
    indicator, `maksimal 5,00` for the lower-is-better one; grade targets as they are. No, Indikator Kinerja,
    Satuan, Target, Realisasi, Capaian (%). The truth's target_teks is the cell. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in rows:
            x = [str(c) for c in x]
            t = _fakta_cap(d, x[1])
            if t["target_nilai"] is not None and t["satuan"] not in ("predikat", "opini"):
                tn, rn, hit = t["target_nilai"], t["realisasi_nilai"], t["capaian_hitung"]
                naik = round(rn / tn * 100, 2) == hit if rn is not None and hit is not None else True
                turun = rn is not None and hit is not None and round((tn - (rn - tn)) / tn * 100, 2) == hit
                if naik and turun:
                    naik = "elanggaran" not in x[1]
                x[3] = ("minimal " if naik else "maksimal ") + x[3]
                t["target_teks"] = x[3]
            d.R(*x)
        d.B()
    return r


def r_kata_kecamatan(judul):
    """The DPT **whose name cells carry the word `KECAMATAN` before the name** (`KECAMATAN GOLEWA SELATAN`), as the
    region names of the voters' roll are written in full: No, Nama Kecamatan, Desa/Kel., TPS, L, P, L+P; the total
    row as usual. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Nama Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(x[0], "KECAMATAN " + x[1], *x[2:])
        d.R(*tot)
        d.B()
    return r


def r_skor_predikat(judul):
    """The SAKIP components **whose score cell carries the predikat in parentheses** (`63,70 (B)`) on the `Nilai
    Akhir` row: No, Komponen, Bobot, Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in rows[:-1]:
            d.R(*x)
        s = rows[-1]
        d.R(s[0], s[1], s[2], f"{s[3]} ({predikat(_angka(s[3]))})")
        d.B()
    return r


def rb_persen_kata(d, tahun, nb):
    """The RB self-assessment (nb: nilai, bobot, persen) **stated value first, then the percent spelled `persen`
    and named as a share of the weight**: `… nilai 22,70, atau 62,53 persen dari bobot 36,30.`"""
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun {tahun} memberikan nilai {id_dec(nb[0])}, "
        f"atau {id_dec(nb[2])} persen dari bobot {id_dec(nb[1])}.")


def r_sesuai_target(judul):
    """The capaian **whose grade rows state their Capaian in words** (`Sesuai Target` where the realisasi is the
    target's grade, `Melampaui Target` where it is higher) instead of `100,00`; numeric rows as usual: No,
    Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%). Those rows' capaian_lapor is null. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in rows:
            x = [str(c) for c in x]
            t = _fakta_cap(d, x[1])
            if t["satuan"] in ("predikat", "opini") and x[5] == "100,00" and t["tercapai"]:
                x[5] = "Sesuai Target" if x[3].rstrip("*") == x[4].rstrip("*") else "Melampaui Target"
                t["capaian_lapor"] = None
            d.R(*x)
        d.B()
    return r
