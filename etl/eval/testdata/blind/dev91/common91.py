# Shared helpers of this batch's authoring scripts (author91a.py, author91b.py). Everything of the
# earlier batches comes through ../dev90/common90.py (on ../dev89 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev90/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev90"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common90  # noqa: E402,F401  (puts ../dev89 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common90 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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
def _angka(s):
    """An Indonesian decimal cell ("62,93") as a float."""
    return float(s.replace(".", "").replace(",", "."))


def r_tiga_judul(judul, kab):
    """The DPT **under three title rows**, as a Word table with merged title cells gives them: the first row
    `No  Kecamatan  Wilayah  ·  Daftar Pemilih Tetap  ·  ·` (each group title in its first column's place), the
    second `·  ·  Desa/Kel.  TPS  Jenis Kelamin  ·  Jumlah` (the sum's title on the middle row), the third
    `·  ·  ·  ·  Laki-laki  Perempuan  ·`; then the kecamatan rows and the kabupaten row kab. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Wilayah", "", "Daftar Pemilih Tetap", "", "")
        d.R("", "", "Desa/Kel.", "TPS", "Jenis Kelamin", "", "Jumlah")
        d.R("", "", "", "", "Laki-laki", "Perempuan", "")
        for x in isi:
            d.R(*x)
        d.R("", kab, *tot[2:])
        d.B()
    return r


def r_judul_gabung(judul):
    """The capaian **whose first column title is merged over the number and the name columns**, so the title
    row is one cell short: `Sasaran / Indikator Kinerja  Satuan  Target  Realisasi  Capaian (%)` (five titles)
    over rows of six cells `1  Persentase …  %  77,50  83,16  107,30`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("Sasaran / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in rows:
            d.R(*x)
        d.B()
    return r


def r_predikat_baris(judul):
    """The SAKIP components **whose score row is labelled by the predikat it earns**
    (`Nilai Akhir (Predikat B)`): No, Komponen, Bobot, Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in rows[:4]:
            d.R(*x)
        d.R("", f"Nilai Akhir (Predikat {predikat(_angka(rows[4][3]))})", *rows[4][2:])
        d.B()
    return r


def r_judul_rumus(judul):
    """The budget **whose Sisa and serapan titles state their computation in words** (`Sisa (Rp) = Pagu -
    Realisasi`, `Serapan (%) = Realisasi : Pagu`): Kode, Program/Kegiatan, Pagu (Rp), Realisasi (Rp), then the two;
    the total `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp) = Pagu - Realisasi",
            "Serapan (%) = Realisasi : Pagu")
        for _, _, x in isi:
            d.R(*x)
        d.R("", "JUMLAH", *tot[2:])
        d.B()
    return r


def r_jumlah_no(judul):
    """The DPT **whose total row carries its label `JUMLAH` in the No column, the Kecamatan cell left empty**
    (the kabupaten named only by the caption): No, Kecamatan, Desa/Kel., TPS, L, P, L+P. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(*x)
        d.R("JUMLAH", "", *tot[2:])
        d.B()
    return r


def rb_bobot_judul(d, tahun, nb, judul):
    """The RB self-assessment (nb: nilai, bobot, persen) **stated only in a one-row table whose value column's
    title carries the weight** (`Nilai PMPRB (bobot 36,30)`): Tahun, the value, `Persentase terhadap Bobot (%)`;
    no sentence repeats the figures."""
    d.L(f"Hasil Penilaian Mandiri Pelaksanaan Reformasi Birokrasi (PMPRB) Tahun {tahun}", "", f"({judul})", "")
    d.R("Tahun", f"Nilai PMPRB (bobot {id_dec(nb[1])})", "Persentase terhadap Bobot (%)")
    d.R(str(tahun), id_dec(nb[0]), id_dec(nb[2]))
    d.B()
