# Shared helpers of this batch's authoring scripts (author68a.py, author68b.py). Everything of the
# earlier batches comes through ../dev67/common67.py (on ../dev66 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev67/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev67"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common67  # noqa: E402,F401  (puts ../dev66 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common67 import _tercapai  # noqa: E402,F401
from common67 import (_bil, _tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, _tingkat, _kabnama,  # noqa: E402,F401
                      _v, _polos, abreast, angka, baris, buka, cap_lama, halaman, id_dec, id_int, IND, jenis, kpu,
                      NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
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
def _kel(x):
    """How many of a kecamatan's villages are kelurahan (urban wards): fixed by its name and TPS count, never
    more than a third of its villages."""
    desa = int(_bil(x[2]))
    return min(desa // 3, (len(x[1]) + int(_bil(x[3]))) % 4)


def r_desakel(judul):
    """The DPT with **desa and kelurahan counted apart** under a spanner: a two-row header, `Desa/Kelurahan`
    spanning `Desa`, `Kel.` and `Jumlah`, then `TPS` and `Pemilih` spanning `L`, `P` and `L+P`; Desa + Kel. =
    Jumlah on every row; the kabupaten row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        kel = [_kel(x) for x in isi]
        d.L(cap, "", f"[Lampiran: {judul} - desa dan kelurahan dihitung terpisah]", "")
        d.R("No", "Kecamatan", "Desa/Kelurahan", "", "", "TPS", "Pemilih", "", "")
        d.R("", "", "Desa", "Kel.", "Jumlah", "", "L", "P", "L+P")
        for x, k in zip(isi, kel):
            d.R(x[0], x[1], id_int(int(_bil(x[2])) - k), id_int(k), x[2], x[3], x[4], x[5], x[6])
        kt = sum(kel)
        d.R(tot[0], tot[1], id_int(int(_bil(tot[2])) - kt), id_int(kt), tot[2], tot[3], tot[4], tot[5], tot[6])
        d.L("", "(kunci: Desa + Kel. = Jumlah desa/kelurahan; baris terakhir = jumlah kabupaten)", "")
    return r


def r_duatabel(judul):
    """The DPT **in two tables keyed by kecamatan**: first the electoral map (`Wilayah dan TPS`: No, Kecamatan,
    Desa/Kel., TPS), then, after a paragraph, the voters (`Pemilih`: No, Kecamatan, Laki-laki, Perempuan,
    Jumlah), each with the kabupaten row last; a kecamatan's figures stand in both. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - bagian a: wilayah dan TPS; bagian b: pemilih]", "",
            "a. Wilayah dan TPS", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS")
        for x in isi + [tot]:
            d.R(*x[:4])
        d.L("")
        d.P("Jumlah pemilih menurut jenis kelamin pada kecamatan yang sama disajikan pada bagian b; urutan "
            "kecamatan mengikuti bagian a.")
        d.L("b. Pemilih", "")
        d.R("No", "Kecamatan", "Laki-laki", "Perempuan", "Jumlah")
        for x in isi + [tot]:
            d.R(x[0], x[1], x[4], x[5], x[6])
        d.L("", "(kunci: baris terakhir tiap bagian = jumlah kabupaten)", "")
    return r


def r_level(judul):
    """The budget **split by level into two tables**: first the programs (Kode, Program, Pagu, Realisasi, Sisa, %)
    with the total last, then every kegiatan in one table whose second column `Kode Program` names its
    program (Kode Program, Kode, Kegiatan, Pagu, Realisasi, Sisa, %), no total. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"[Lampiran: {judul} - a. per program; b. per kegiatan]", "", "a. Per Program", "")
        d.R("Kode", "Program", "Pagu", "Realisasi", "Sisa", "%")
        for k, i, x in isi:
            if not i:
                d.R(*x)
        d.R(*tot)
        d.L("")
        d.P("Rincian per kegiatan berikut memuat kode program induk setiap kegiatan; jumlah kegiatan dalam satu "
            "program sama dengan angka program pada bagian a.")
        d.L("b. Per Kegiatan", "")
        d.R("Kode Program", "Kode", "Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
        for k, i, x in isi:
            if i:
                d.R(i, *x)
        d.L("", "(kunci: Kode Program = program induk kegiatan; jumlah DIPA pada bagian a)", "")
    return r


def r_pagu(judul):
    """The budget **with its pagu and its realisasi in two tables**: first the DIPA's allocation (Kode, Uraian,
    Pagu DIPA Revisi) with its total, then, after a paragraph, the realisation (Kode, Uraian, Realisasi, Sisa,
    Serapan %) with its total; no table holds both pagu and realisasi. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        todo = [x for _, _, x in isi] + [tot]
        d.L(cap, "", f"[Lampiran: {judul} - alokasi dan realisasi disajikan terpisah]", "",
            "Alokasi (Pagu DIPA setelah revisi terakhir):", "")
        d.R("Kode", "Uraian", "Pagu DIPA Revisi")
        for x in todo:
            d.R(*x[:3])
        d.L("")
        d.P("Atas alokasi tersebut, realisasi belanja sampai dengan 31 Desember menurut kode yang sama adalah "
            "sebagai berikut; sisa dihitung dari pagu pada tabel alokasi.")
        d.L("Realisasi:", "")
        d.R("Kode", "Uraian", "Realisasi", "Sisa", "Serapan (%)")
        for x in todo:
            d.R(x[0], x[1], x[3], x[4], x[5])
        d.L("", "(kunci: kode kosong = jumlah DIPA)", "")
    return r


def _pecah(r, nama):
    """A numerator and denominator whose quotient, as a percent to two decimals, prints as r: the denominator
    fixed by the indicator's name, the numerator rounded from it."""
    pen = 180000 + 1733 * len(nama) if "artisipasi" in nama else 240 + 37 * len(nama)
    while True:
        pem = round(r * pen / 100)
        if round(pem / pen * 100, 2) == round(r, 2):
            return pem, pen
        pen += 1


def r_rasio(judul):
    """The capaian **with the realisasi's numerator and denominator** (`Pembilang`, `Penyebut`) before it, as
    the indicator's manual defines it (realisasi = pembilang / penyebut x 100): No, Indikator, Satuan, Target,
    Pembilang, Penyebut, Realisasi, Capaian (%); grades and values with `-` in both. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"[Lampiran: {judul} - realisasi = pembilang / penyebut x 100]", "")
        d.R("No", "Indikator", "Satuan", "Target", "Pembilang", "Penyebut", "Realisasi", "Capaian (%)")
        for x in [[str(c) for c in x] for x in rows]:
            v = _bil(x[4])
            if x[2] == "%" and v is not None:
                pem, pen = _pecah(v, x[1])
                d.R(x[0], x[1], x[2], x[3], id_int(pem), id_int(pen), x[4], x[5])
            else:
                d.R(x[0], x[1], x[2], x[3], "-", "-", x[4], x[5])
        d.L("", "(kunci: Pembilang dan Penyebut menurut definisi operasional indikator; '-' = tidak dihitung "
            "dengan rumus)", "")
    return r


CATATAN = ("Renstra dan PK selaras; dua indikator belum punya definisi operasional",
           "Pengukuran berkala berjalan; satu triwulan terlambat diunggah",
           "LKj tepat waktu; analisis efisiensi sumber daya belum lengkap",
           "Evaluasi internal dilaksanakan; tindak lanjut belum terdokumentasi")


def r_catatan(judul):
    """The SAKIP components **with the evaluators' note beside each** (`Catatan Evaluator`, a sentence that holds
    no score), the final row's note its predikat. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - dengan catatan tim evaluator per komponen]", "")
        d.R("No", "Komponen", "Bobot", "Nilai", "Catatan Evaluator")
        for i, x in enumerate(rows):
            if x[0]:
                d.R(*x, CATATAN[(int(x[0]) - 1) % 4])
            else:
                d.R(*x, f"Predikat {predikat(_bil(x[3]))}")
        d.L("", "(kunci: catatan diringkas dari Laporan Hasil Evaluasi; nilai akhir = jumlah nilai komponen)", "")
    return r
