# Shared helpers of this batch's authoring scripts (author76a.py, author76b.py). Everything of the
# earlier batches comes through ../dev75/common75.py (on ../dev74 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev75/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev75"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common75  # noqa: E402,F401  (puts ../dev74 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common75 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

common9.ingat(PREV)
KNOWN = common9.KNOWN
BATCH = os.path.basename(HERE)
GRADE = ("Predikat", "Opini")


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of this batch opened up to BAB III's first table: the satker named nama, the year
    the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"{BATCH}/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


# ---- new house styles ----
def r_tanpa_jumlah(judul):
    """The DPT **with no L+P column**: each kecamatan row gives its villages, TPS, men and women only
    (No, Kecamatan, Desa/Kel., TPS, Laki-laki, Perempuan), the kabupaten row the same; the voters' grand
    total is stated only in the sentence under the table. A kecamatan's total is L + P by rule. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan")
        for x in isi + [tot]:
            d.R(*x[:6])
        d.B()
        d.L(f"Dengan demikian jumlah pemilih seluruhnya, laki-laki dan perempuan, adalah {tot[6]} orang.", "")
    return r


def r_dua_jenis(judul_kuan, judul_kual):
    """The capaian **in two tables by the kind of indicator**: the quantitative indicators (a number and a
    unit) with No, Indikator Kinerja, Satuan, Target, Realisasi, Capaian (%), then the qualitative ones (a
    predikat or an opini) with No, Indikator Kinerja, Target, Realisasi, Keterangan (`Tercapai` / `Belum
    Tercapai`) and **no capaian column**, their numbering going on. A graded row's printed capaian is null.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        kuan = [x for x in xs if x[2] not in GRADE]
        kual = [x for x in xs if x[2] in GRADE]
        d.L(cap, "", f"a. {judul_kuan}", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in kuan:
            d.R(*x)
        d.B()
        d.L(f"b. {judul_kual}", "")
        d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Keterangan")
        nama = [x[1] for x in kual]
        for x in kual:
            c = next(c for c in d.t["capaian"] if c["tahun"] == d.tahun and c["indikator"] == x[1])
            d.R(x[0], x[1], x[3], x[4], "Tercapai" if c["tercapai"] else "Belum Tercapai")
        d.B()
        for c in d.t["capaian"]:
            if c["tahun"] == d.tahun and c["indikator"] in nama:
                c["capaian_lapor"] = None
    return r


def r_bobot_nama(judul):
    """The SAKIP components **with no Bobot column: each component's weight written in its own name cell**
    (`Perencanaan Kinerja (bobot 30%)`), the table No, Komponen, Nilai, the final row `Nilai Akhir (bobot
    100%)` with the score, as the evaluation letter's attachment gives the weights beside the names. Other
    tables plain TAB."""
    def pct(b):
        v = _bil(b)
        return f"{int(v)}%" if v == int(v) else f"{b}%"

    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Nilai")
        for x in xs:
            nama = "Nilai Akhir" if x[0] == "" else x[1]
            d.R(x[0], f"{nama} (bobot {pct(x[2])})", x[3])
        d.B()
    return r


def r_kode_uraian(judul):
    """The budget **with no code column: each row's code opens its name cell** (`076.01.WA - Program Dukungan
    Manajemen`, `3355 - Pengelolaan Keuangan ...`), as OM-SPAN's monitoring print joins code and name:
    Program/Kegiatan, Pagu, Realisasi, Sisa, %; the total `JUMLAH` with no code. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
        for k, induk, x in isi:
            d.R(f"{x[0]} - {x[1]}", *x[2:])
        d.R(tot[1], *tot[2:])
        d.B()
    return r


PJ = (("Persentase Partisipasi", "Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat"),
      ("Persentase kesesuaian", "Subbagian Hukum dan Sumber Daya Manusia"),
      ("Persentase tersedianya", "Subbagian Keuangan, Umum dan Logistik"),
      ("Persentase pembayaran", "Subbagian Keuangan, Umum dan Logistik"),
      ("Persentase KPU Kabupaten dalam Menyampaikan", "Subbagian Keuangan, Umum dan Logistik"),
      ("Persentase KPU Kabupaten dalam memutakhirkan", "Subbagian Perencanaan, Data dan Informasi"),
      ("Persentase KPU Kabupaten dalam Mengelola", "Subbagian Hukum dan Sumber Daya Manusia"),
      ("Persentase Satker", "Subbagian Keuangan, Umum dan Logistik"),
      ("Persentase Pemilih", "Subbagian Perencanaan, Data dan Informasi"),
      ("Nilai Evaluasi", "Subbagian Perencanaan, Data dan Informasi"),
      ("Opini BPK", "Subbagian Keuangan, Umum dan Logistik"))


def r_penanggung_jawab(judul):
    """The capaian **with the unit in charge of each indicator in a last column `Penanggung Jawab`** (the
    subbagian that owns the indicator in the Perjanjian Kinerja, words only): No, Indikator Kinerja, Satuan,
    Target, Realisasi, Capaian (%), Penanggung Jawab. Other tables plain TAB."""
    def pj(nama):
        return next((v for k, v in PJ if nama.startswith(k)), "Sekretaris")

    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Penanggung Jawab")
        for x in xs:
            d.R(*x, pj(x[1]))
        d.B()
    return r


def r_persen_dulu(judul):
    """The budget **with the absorption percent right after the name, before the amounts**: Kode, Uraian,
    Serapan (%), Pagu, Realisasi, Sisa, as the office's monitoring sheet puts the figure it watches first;
    the total `JUMLAH` the same way. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Uraian", "Serapan (%)", "Pagu", "Realisasi", "Sisa")
        for k, induk, x in isi + [("", "", tot)]:
            d.R(x[0], x[1], x[5], x[2], x[3], x[4])
        d.B()
    return r
