# Shared helpers of this batch's authoring scripts (author90a.py, author90b.py). Everything of the
# earlier batches comes through ../dev89/common89.py (on ../dev88 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev89/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev89"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common89  # noqa: E402,F401  (puts ../dev88 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common89 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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
def r_tanda_judul(judul, catatan):
    """The capaian **whose column titles carry note marks** (`Target ¹⁾`, `Realisasi ²⁾`, `Capaian (%) ³⁾`), the
    notes under the table saying what each column holds (catatan: three texts), as a Word table whose header
    cells were given superscript note numbers: No, Indikator Kinerja, Satuan, Target, Realisasi, Capaian. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target ¹⁾", "Realisasi ²⁾", "Capaian (%) ³⁾")
        for x in rows:
            d.R(*x)
        d.B()
        for m, t in zip("¹²³", catatan):
            d.L(f"{m}⁾ {t}")
        d.B()
    return r


def r_kelompok_anggaran(judul):
    """The budget **whose amounts stand under two group titles, `Anggaran` over Pagu and Sisa and `Realisasi` over
    its amount (titled `Jumlah (Rp)`) and its percent**, as a Word table with two merged title cells gives it: a first
    header row `Kode  Program/Kegiatan  Anggaran  ·  Realisasi  ·` (each group title in its first column's place, the
    cell after it empty), a second `·  ·  Pagu (Rp)  Sisa (Rp)  Jumlah (Rp)  %` under it; the rows Kode, name, pagu,
    sisa, realisasi, serapan; the total `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Anggaran", "", "Realisasi", "")
        d.R("", "", "Pagu (Rp)", "Sisa (Rp)", "Jumlah (Rp)", "%")
        for x in [x for _, _, x in isi] + [tot]:
            d.R(x[0], x[1], x[2], x[4], x[3], x[5])
        d.B()
    return r


HURUF = "ABCD"


def r_komponen_huruf(judul):
    """The SAKIP components **lettered A-D and their score's row labelled by the sum of the letters**
    (`Nilai Hasil Evaluasi (A+B+C+D)`), as the LHE's recapitulation sheet letters them: No, Komponen, Bobot,
    Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for h, x in zip(HURUF, rows[:4]):
            d.R(h, *x[1:])
        d.R("", "Nilai Hasil Evaluasi (A+B+C+D)", *rows[4][2:])
        d.B()
    return r


def r_tahun_judul(judul, th, kab):
    """The DPT **whose figure columns carry the roll's election year in their titles** (`TPS 2019`, `Laki-laki
    2019`, `Perempuan 2019`, `Jumlah 2019`), as the data section's sheet names its columns when it keeps every
    election's roll side by side and one year's columns were copied: No, Kecamatan, Kelurahan, then the four; the
    kabupaten row kab last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Kelurahan", f"TPS {th}", f"Laki-laki {th}", f"Perempuan {th}", f"Jumlah {th}")
        for x in isi:
            d.R(*x)
        d.R("", kab, *tot[2:])
        d.B()
    return r


def r_rumus_judul(judul, kab):
    """The DPT **whose sum column is titled by its formula over lettered columns** (`Laki-laki (a)`, `Perempuan
    (b)`, `Jumlah (a+b)`), as the recapitulation form letters its columns: No, Kecamatan, Desa/Kel., TPS, then the
    three; the kabupaten row kab last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki (a)", "Perempuan (b)", "Jumlah (a+b)")
        for x in isi:
            d.R(*x)
        d.R("", kab, *tot[2:])
        d.B()
    return r


def r_jumlah_hitung(judul):
    """The budget **whose total row's label counts the rows it sums** (`JUMLAH (2 PROGRAM, 9 KEGIATAN)`), as the
    office's budget sheet labels its grand total: Kode, Program/Kegiatan, Pagu (Rp), Realisasi (Rp), Sisa (Rp),
    Serapan (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        n_prog = sum(1 for k, _, _ in isi if not k.isdigit())
        n_keg = sum(1 for k, _, _ in isi if k.isdigit())
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for _, _, x in isi:
            d.R(*x)
        d.R("", f"JUMLAH ({n_prog} PROGRAM, {n_keg} KEGIATAN)", *tot[2:])
        d.B()
    return r
