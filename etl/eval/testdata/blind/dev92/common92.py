# Shared helpers of this batch's authoring scripts (author92a.py, author92b.py). Everything of the
# earlier batches comes through ../dev91/common91.py (on ../dev89 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev91/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev91"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common91  # noqa: E402,F401  (puts ../dev90 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common91 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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
def r_nomor_kolom(judul):
    """The capaian **under a second title row that numbers the columns, the Capaian column's number stating its
    computation** `(1) (2) (3) (4) (5) (6)=(5):(4)`, as government forms number them: No, Indikator Kinerja, Satuan,
    Target, Realisasi, Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        d.R("(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5):(4)")
        for x in rows:
            d.R(*x)
        d.B()
    return r


def r_pagu_dipa(judul, dipa):
    """The budget **whose Pagu column's title names the DIPA it comes from** (`Pagu menurut DIPA Nomor …`): Kode,
    Program/Kegiatan, the Pagu, Realisasi (Rp), Sisa (Rp), Serapan (%); the total `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", f"Pagu menurut DIPA Nomor {dipa} (Rp)", "Realisasi (Rp)", "Sisa (Rp)",
            "Serapan (%)")
        for _, _, x in isi:
            d.R(*x)
        d.R("", "JUMLAH", *tot[2:])
        d.B()
    return r


def r_hitung_kec(judul, kab):
    """The DPT **whose total row's label counts the kecamatan it sums** (`KAB. NAGEKEO (7 KECAMATAN)`): No,
    Kecamatan, Desa/Kel., TPS, Laki-laki, Perempuan, Jumlah. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")
        for x in isi:
            d.R(*x)
        d.R("", f"{kab} ({len(isi)} KECAMATAN)", *tot[2:])
        d.B()
    return r


def r_lhe(judul, lhe):
    """The SAKIP components **whose score row's label cites the evaluation letter it comes from** (`Nilai Hasil
    Evaluasi menurut LHE Nomor 045/PW.01/IX/2022`): No, Komponen, Bobot, Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in rows[:4]:
            d.R(*x)
        d.R("", f"Nilai Hasil Evaluasi menurut LHE Nomor {lhe}", *rows[4][2:])
        d.B()
    return r


VOLUME = {"3355": "12 Dokumen", "3358": "12 Layanan", "3360": "12 Layanan", "6639": "1 Dokumen", "6640": "4 Dokumen",
          "6709": "6 Kegiatan", "6871": "1 Layanan", "6872": "1 Layanan"}


def r_volume(judul):
    """The budget **whose kegiatan names close with their output's volume in parentheses** (`Pengelolaan Keuangan
    dan Barang Milik Negara (12 Dokumen)`), as the RKA-K/L names an output with its target: Kode, Uraian, Pagu (Rp),
    Realisasi (Rp), Sisa (Rp), Serapan (%); program rows without a volume; the total `JUMLAH`. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for _, _, x in isi:
            x = list(x)
            if x[0].isdigit():
                x[1] = f"{x[1]} ({VOLUME.get(x[0], '1 Layanan')})"
            d.R(*x)
        d.R("", "JUMLAH", *tot[2:])
        d.B()
    return r


def rb_bobot_dulu(d, tahun, nb):
    """The RB self-assessment (nb: nilai, bobot, persen) **stated weight first** in one sentence: `Dari bobot
    maksimal 36,30, PMPRB tahun 2023 memberikan nilai 30,12, atau 82,98% dari bobot.`"""
    d.P(f"Dari bobot maksimal {id_dec(nb[1])}, penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun "
        f"{tahun} memberikan nilai {id_dec(nb[0])}, atau {id_dec(nb[2])}% dari bobot tersebut.")
