# Shared helpers of this batch's authoring scripts (author105a.py, author105b.py). Everything of the
# earlier batches comes through ../dev104/common104.py (on ../dev103 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev104/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev104"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common104  # noqa: E402,F401  (puts ../dev103 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common104 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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


# ---- new house styles (each changes a table's shape or the way a fact is stated) ----
def r_baris_ganda(catatan):
    """The budget **with every item in two rows, a `Pagu` row and under it a `Realisasi` row**: Kode, Program/Kegiatan,
    Uraian, Jumlah (Rp), Sisa (Rp), Serapan (%); the first row of an item holds its code, name, `Pagu` and the pagu,
    the second only `Realisasi`, the realised amount, the sisa and the percent; the total `JUMLAH` alike. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("Kode", "Program/Kegiatan", "Uraian", "Jumlah (Rp)", "Sisa (Rp)", "Serapan (%)")
        for x in [y for _, _, y in isi] + [tot]:
            d.R(x[0], x[1], "Pagu", x[2], "", "")
            d.R("", "", "Realisasi", x[3], x[4], x[5])
        d.B()
    return r


SUBBAG = (("Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat",
           ("partisipasi", "pemilu/pemilihan", "jadwal", "pelanggaran", "sosialisasi")),
          ("Subbagian Perencanaan, Data dan Informasi", ("data pemilih", "akuntabilitas", "perencanaan", "daftar pemilih")),
          ("Subbagian Keuangan, Umum dan Logistik", ("sarana", "arsip", "anggaran", "gaji", "opini", "keuangan", "logistik")),
          ("Subbagian Hukum dan Sumber Daya Manusia", ("kompetensi", "pegawai", "hukum")))


def _subbag(nama):
    """The subbagian answering for an indicator, by the words of its name (the first group that matches)."""
    n = nama.lower()
    for i, (_, kata) in enumerate(SUBBAG):
        if any(k in n for k in kata):
            return i
    return 1


def r_subbag(catatan):
    """The capaian **grouped under the subbagian that answers for each indicator**: a heading row (`""`, the
    subbagian's name) then its indicators, each keeping its number, the groups in the secretariat's order (teknis,
    perencanaan, keuangan, hukum and SDM), so the numbers run out of order. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for i, (nama, _) in enumerate(SUBBAG):
            isi = [x for x in rows if _subbag(x[1]) == i]
            if not isi:
                continue
            d.R("", nama)
            for x in isi:
                d.R(*x)
        d.B()
    return r


def r_nama_di_atas(catatan):
    """The DPT **with each kecamatan's name on a row of its own and its figures on the row under it** (No and name
    on the first row, the figures under their titles on the second, its first two cells empty); the kabupaten's two
    rows last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
        for x in isi + [tot]:
            d.R(x[0], x[1])
            d.R("", "", *x[2:])
        d.B()
    return r


def _angka(s):
    return float(s.replace(".", "").replace(",", "."))


def r_urut_nilai(catatan):
    """The SAKIP components **ordered by their value, the highest first**, each keeping its number in the LHE's order
    (`2  Pengukuran Kinerja …`, `1  Perencanaan Kinerja …`), the `Nilai Akhir` row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp = sorted(rows[:-1], key=lambda x: (-_angka(x[3]), int(x[0])))
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        for x in komp + rows[-1:]:
            d.R(*x)
        d.B()
    return r


def r_kode_saja(catatan):
    """The budget **whose table holds the codes only, the names of the programs and kegiatan in a key of codes under
    it**: `Kode  Pagu (Rp)  Realisasi (Rp)  Sisa (Rp)  Serapan (%)`, the total `JUMLAH` in the code column; then
    `Keterangan kode:` and one line `code : name` a row. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R("Kode", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for _, _, x in isi:
            d.R(x[0], *x[2:])
        d.R("JUMLAH", *tot[2:])
        d.B()
        d.L("Keterangan kode:")
        for _, _, x in isi:
            d.L(f"{x[0]} : {x[1]}")
        d.B()
    return r


def _turun(x):
    """Whether a capaian row is lower-is-better: numeric target and realisasi, the realisasi below the target and the
    capaian above 100."""
    try:
        t, v, c = _angka(x[3]), _angka(x[4]), _angka(x[5])
    except ValueError:
        return False
    return v < t and c > 100


def r_arah(catatan_a, catatan_b):
    """The capaian **split by the direction of its indicators into two tables**: `Tabel 3.1a` the indicators whose
    higher realisation is better (the grades with them), a sentence, then `Tabel 3.1b` those whose lower realisation
    is better, each row keeping its number. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        nomor, _, judul = cap.partition(" ")[2].partition(" ")
        naik = [x for x in rows if not _turun(x)]
        turun = [x for x in rows if _turun(x)]
        d.L(f"Tabel {nomor}a {judul}: Indikator dengan Arah Semakin Tinggi Semakin Baik", "", f"({catatan_a})", "")
        d.R(*head)
        for x in naik:
            d.R(*x)
        d.B()
        d.P("Indikator yang arah kinerjanya semakin rendah semakin baik diukur tersendiri; capaiannya dihitung dengan "
            "rumus target dikurangi selisih realisasi dan target, dibagi target, dikali seratus persen.")
        d.L(f"Tabel {nomor}b {judul}: Indikator dengan Arah Semakin Rendah Semakin Baik", "", f"({catatan_b})", "")
        d.R(*head)
        for x in turun:
            d.R(*x)
        d.B()
    return r
