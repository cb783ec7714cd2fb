# Shared helpers of this batch's authoring scripts (author82a.py, author82b.py). Everything of the
# earlier batches comes through ../dev81/common81.py (on ../dev80 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev81/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev81"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common81  # noqa: E402,F401  (puts ../dev80 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common81 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang, GRADE)
from common7 import IND  # noqa: E402

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
SATUAN_JUDUL = {"%": "Satuan: persen (%)", "Nilai": "Satuan: nilai", "Predikat": "Satuan: predikat",
                "Opini": "Satuan: opini BPK", "Laporan": "Satuan: laporan", "Kali": "Satuan: kali"}


def r_judul_satuan(judul):
    """The capaian **grouped by unit under heading rows, without a Satuan column**: No, Indikator Kinerja, Target,
    Realisasi, Capaian (%); before each group a figureless row whose indicator cell names the unit of the rows
    under it (`Satuan: persen (%)`, `Satuan: predikat`, `Satuan: opini BPK`), the groups in the order their
    unit first occurs, the rows numbered on through the groups. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        urut = []
        for x in xs:
            if x[2] not in urut:
                urut.append(x[2])
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
        no = 0
        for s in urut:
            d.R("", SATUAN_JUDUL.get(s, f"Satuan: {s}"))
            for x in xs:
                if x[2] == s:
                    no += 1
                    d.R(str(no), x[1], *x[3:])
        d.B()
    return r


def r_blok_program(judul):
    """The budget **with each program in a left block beside its kegiatan in a right block, on the same rows**:
    Kode, Program, Pagu, Realisasi, Sisa, % of the program, then Kode, Kegiatan, Pagu, Realisasi, Sisa, % of the
    kegiatan; the program's cells stand on its first kegiatan's row only (merged down over its kegiatan, the rows
    under it empty on the left), as a planning sheet lays the two levels side by side; `JUMLAH` in the left block's
    Program cell of a last row. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%",
            "Kode", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
        kiri = None
        for kode, induk, x in isi:
            if not induk:
                kiri = list(x)
                continue
            d.R(*(kiri or [""] * 6), *x)
            kiri = None
        d.R(*tot)
        d.B()
    return r


HURUF = "abcdefghijklmnopqrstuvwxyz"


def r_no_huruf(judul):
    """The DPT **with its kecamatan numbered by letters in the No column** (`a.`, `b.`, … as Word's lettered list
    gives them), No, Kecamatan, Desa/Kel., TPS, L, P, L+P; the kabupaten row last, unlettered, its label in the
    Kecamatan column. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for i, x in enumerate(isi):
            d.R(f"{HURUF[i]}.", *x[1:])
        d.R("", *tot[1:])
        d.B()
    return r


def r_nilai_judul(judul):
    """The SAKIP components **with the score and its predikat stated in the caption and no total row**: the
    caption `Tabel 3.2 Nilai Evaluasi AKIP Tahun Y per Komponen (Nilai Akhir 63,37; Predikat B)`, then No,
    Komponen, Bobot, Nilai and the four components only. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        akhir = [x for x in xs if x[1] == "Nilai Akhir"][0]
        nilai = float(akhir[3].replace(".", "").replace(",", "."))
        d.L(f"{cap} (Nilai Akhir {akhir[3]}; Predikat {predikat(nilai)})", "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in xs:
            if x[1] != "Nilai Akhir":
                d.R(*x)
        d.B()
    return r


def r_jumlah_dulu(judul):
    """The DPT **with the voters' total before the men and women**: No, Kecamatan, Desa/Kel., TPS, Jumlah
    Pemilih, Laki-laki, Perempuan (the total in the fifth column, L and P after it); the kabupaten row last.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "Jumlah Pemilih", "Laki-laki", "Perempuan")
        for x in isi:
            d.R(*x[:4], x[6], x[4], x[5])
        d.R("", *tot[1:4], tot[6], tot[4], tot[5])
        d.B()
    return r


def r_jumlah_kalimat(judul, wilayah):
    """The DPT **whose kabupaten total is a sentence in a last row merged across the table**: No, Kecamatan,
    Desa/Kel., TPS, L, P, L+P for the kecamatan, then one merged cell `Jumlah Kabupaten …: n desa/kelurahan, n TPS,
    n pemilih laki-laki dan n pemilih perempuan, seluruhnya n pemilih.` instead of a total row of figures. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(*x)
        d.R(f"Jumlah {wilayah}: {tot[2]} desa/kelurahan, {tot[3]} TPS, {tot[4]} pemilih laki-laki dan {tot[5]} "
            f"pemilih perempuan, seluruhnya {tot[6]} pemilih.")
        d.B()
    return r
