# Shared helpers of this batch's authoring scripts (author84a.py, author84b.py). Everything of the
# earlier batches comes through ../dev83/common83.py (on ../dev82 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev83/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev83"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common83  # noqa: E402,F401  (puts ../dev82 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common83 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
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
def r_kata_capaian(judul):
    """The capaian **whose graded indicators (predikat, opini) state their attainment as a word in the Capaian
    column** (`Tercapai` / `Belum Tercapai`) instead of a percent, the numeric indicators keeping theirs: No,
    Indikator Kinerja, Satuan, Target, Realisasi, Capaian. The graded rows' printed capaian is then no figure
    (capaian_lapor null). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian")
        fakta = {f["indikator"]: f for f in d.t["capaian"]}
        for x in [[str(c) for c in x] for x in rows]:
            if x[2] in ("Predikat", "Opini"):
                f = fakta[x[1]]
                f["capaian_lapor"] = None
                x[5] = "Tercapai" if f["tercapai"] else "Belum Tercapai"
            d.R(*x)
        d.B()
    return r


def r_rekap_program(judul):
    """The budget **as a recapitulation per program followed by a detail per kegiatan that names each
    kegiatan's program by its code in a `Program` column** (no program rows in the detail): first Kode,
    Program, Pagu (Rp), Realisasi (Rp), Sisa (Rp), Serapan (%) with the programs and `JUMLAH`; then Program,
    Kode, Kegiatan, Pagu (Rp), Realisasi (Rp), Sisa (Rp), Serapan (%) with every kegiatan. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(f"{cap} (a. rekapitulasi per program)", "", f"({judul})", "")
        d.R("Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, induk, x in isi:
            if induk == "":
                d.R(*x)
        d.R("", tot[1], *tot[2:])
        d.B()
        d.L(f"{cap} (b. rincian per kegiatan)", "")
        d.R("Program", "Kode", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, induk, x in isi:
            if induk != "":
                d.R(induk, *x)
        d.B()
    return r


def r_persentase(judul):
    """The DPT **closed by a `PERSENTASE` row under the kabupaten row**, giving the men's and women's shares of
    the kabupaten's voters in the L and P columns and `100,00` in the L+P column (villages and TPS empty): No,
    Kecamatan, Desa/Kel., TPS, L, P, L+P. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi + [tot]:
            d.R(*x)
        l, p, j = _n(tot[4]), _n(tot[5]), _n(tot[6])
        d.R("", "PERSENTASE (%)", "", "", id_dec(l / j * 100), id_dec(p / j * 100), "100,00")
        d.B()
    return r


def r_bobot_persen(judul):
    """The SAKIP components **with their weights written as percentages of the score** (`30%`, `15%`, the
    `Nilai Akhir` row `100%`) beside the values in points: No, Komponen, Bobot, Nilai. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in [[str(c) for c in x] for x in rows]:
            b = x[2][:-3] if x[2].endswith(",00") else x[2]
            d.R(x[0], x[1], b + "%", x[3])
        d.B()
    return r


def r_satu_desimal(judul):
    """The budget **with its serapan printed to one decimal** (`95,0`), as the finance sheet's number format
    sets it, the amounts in full rupiah: Kode, Program/Kegiatan, Pagu (Rp), Realisasi (Rp), Sisa (Rp),
    Serapan (%). The printed percent is the one-decimal figure (serapan_lapor). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        lapor = {}
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, _, x in isi + [("TOTAL", "", ["", tot[1]] + tot[2:])]:
            s = id_dec(round(_bil(x[3]) / _bil(x[2]) * 100 + 1e-9, 1), 1)
            lapor[k] = _bil(s)
            d.R(*x[:5], s)
        for a in d.t["anggaran"]:
            if a["tahun"] == d.tahun and a["kode"] in lapor:
                a["serapan_lapor"] = lapor[a["kode"]]
        d.B()
    return r


def r_rata_rata(judul):
    """The DPT **closed by a `RATA-RATA PER KECAMATAN` row under the kabupaten row**, the mean of the kecamatan
    rows in every figure column to two decimals (`10,42`, `4.812,67`), as a worksheet's AVERAGE row: No,
    Kecamatan, Desa/Kel., TPS, L, P, L+P. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi + [tot]:
            d.R(*x)
        n = len(isi)
        d.R("", "RATA-RATA PER KECAMATAN", *(id_dec(_n(c) / n) for c in tot[2:]))
        d.B()
    return r
