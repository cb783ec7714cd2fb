# Shared helpers of this batch's authoring scripts (author98a.py, author98b.py). Everything of the
# earlier batches comes through ../dev97/common97.py (on ../dev96 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev97/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev97"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common97  # noqa: E402,F401  (puts ../dev96 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common97 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
                      kpu, NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common11 import komp_std, KOMP_ID  # noqa: E402

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
def r_kode_tingkat(judul):
    """The budget **whose Kode cells are led by their level word**, as the office's own sheet writes them:
    `Program 076.01.WA`, `Kegiatan 3355`, `Output 3355.EBA.994`; Kode, Uraian, Pagu (Rp), Realisasi (Rp), Sisa (Rp),
    Serapan (%); the total `JUMLAH` with an empty Kode cell. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, induk, x in isi:
            kata = "Program" if induk == "" else ("Kegiatan" if k.isdigit() else "Output")
            d.R(f"{kata} {k}", *x[1:])
        d.R(*tot)
        d.B()
    return r


def r_triwulan(judul):
    """The capaian **whose Target and Realisasi columns are titled as the quarterly monitoring application heads
    them**: `Target Akhir Tahun` and `Realisasi Kumulatif s.d. Triwulan IV` (the year's realisasi, only that
    column): No, Indikator Kinerja, Satuan, Target Akhir Tahun, Realisasi Kumulatif s.d. Triwulan IV, Capaian (%).
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target Akhir Tahun", "Realisasi Kumulatif s.d. Triwulan IV",
            "Capaian (%)")
        for x in rows:
            d.R(*[str(c) for c in x])
        d.B()
    return r


def r_nol_depan(judul):
    """The DPT **whose No cells are two digits with a leading zero** (`01` .. `07`), as the operator's sheet formats
    its row numbers: No, Kecamatan, Desa/Kel., TPS, L, P, L+P; the kabupaten row unnumbered. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(f"{int(x[0]):02d}", *x[1:])
        d.R(*tot)
        d.B()
    return r


DOKUMEN = {"Perencanaan Kinerja": "Renstra, Renja, Perjanjian Kinerja",
           "Pengukuran Kinerja": "IKU, data kinerja, e-Performance",
           "Pelaporan Kinerja": "LKj, publikasi kinerja",
           "Evaluasi Akuntabilitas Kinerja Internal": "evaluasi SAKIP internal, tindak lanjut"}


def r_komponen_dokumen(judul):
    """The SAKIP components **each named with the documents it judges in parentheses after its name**, as the
    LKE's guidance lists them: `Perencanaan Kinerja (Renstra, Renja, Perjanjian Kinerja)` .. ; No, Komponen, Bobot,
    Nilai; the score row `Nilai Akhir` last as usual. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in rows[:-1]:
            d.R(x[0], f"{x[1]} ({DOKUMEN[x[1]]})", *x[2:])
        d.R(*rows[-1])
        d.B()
    return r


def rb_kurang(d, tahun, nb):
    """The RB self-assessment (nb: nilai, bobot, persen) **stated by how far it falls short of the weight**:
    `… nilai 24,90, masih kurang 11,40 dari bobot maksimal 36,30; dengan demikian baru 68,60% dari bobot terpenuhi.`"""
    kurang = round(nb[1] - nb[0], 2)
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun {tahun} menghasilkan nilai {id_dec(nb[0])}, "
        f"masih kurang {id_dec(kurang)} dari bobot maksimal {id_dec(nb[1])}; dengan demikian baru {id_dec(nb[2])}% "
        f"dari bobot tersebut yang terpenuhi.")


BATAS = ((90, 100, "AA"), (80, 90, "A"), (70, 80, "BB"), (60, 70, "B"), (50, 60, "CC"), (30, 50, "C"), (0, 30, "D"))


def sakip_rentang(d, R, y, judul="B. Evaluasi Akuntabilitas Kinerja"):
    """Last year's SAKIP evaluation **stated by the band its score falls in**: `… nilai 62,50. Nilai tersebut berada
    pada rentang lebih dari 60 sampai dengan 70, yaitu predikat B.`, then the usual component table (No, Komponen,
    Bobot, Nilai, `Nilai Akhir` last)."""
    d.FF()
    d.L(judul, "")
    s, ks = komp_std(d, y)
    bawah, atas, pr = next(b for b in BATAS if s > b[0])
    d.P(f"Lembar Hasil Evaluasi AKIP Tahun {y} dari Inspektorat Utama KPU memberikan nilai {id_dec(s)}. Nilai tersebut "
        f"berada pada rentang lebih dari {bawah} sampai dengan {atas}, yaitu predikat {pr}. Rincian per komponen "
        f"adalah sebagai berikut.")
    assert pr == predikat(s)
    rows = [[i, KOMP_ID[k], id_dec(b), id_dec(v)] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
    rows.append(["", "Nilai Akhir", "100,00", id_dec(s)])
    R(d, f"Tabel 3.2 Nilai Evaluasi AKIP Tahun {y} per Komponen", ("No", "Komponen", "Bobot", "Nilai"), rows)
    return s
