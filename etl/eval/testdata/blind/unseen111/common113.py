# Shared helpers of this batch's authoring scripts (author113a.py, author113b.py). Everything of the
# earlier batches comes through ../dev112/common112.py (on ../dev111 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev112/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev112"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common112  # noqa: E402,F401  (puts ../dev111 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common112 import (_ang_isi, baris, buka, cap_lama, halaman, id_dec, id_int,  # noqa: E402,F401
                       jenis, kpu, NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
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
KET = ["sisa anggaran berasal dari efisiensi belanja perjalanan dinas dan rapat koordinasi",
       "seluruh tahapan kegiatan terlaksana sesuai rencana penarikan dana",
       "sisa berasal dari selisih harga pengadaan barang persediaan",
       "penyerapan mengikuti jadwal tahapan yang ditetapkan KPU RI",
       "sisa anggaran berasal dari honorarium yang tidak dibayarkan karena rangkap jabatan",
       "belanja pemeliharaan gedung dan kendaraan dinas terlaksana seluruhnya",
       "sisa berasal dari penghematan belanja langganan daya dan jasa"]


def r_ket_baris(catatan):
    """The budget **with an explanation row under every kegiatan row**: the table `Kode  Program / Kegiatan
    Pagu (Rp)  Realisasi (Rp)  Sisa (Rp)  Serapan (%)` as usual, but under each kegiatan's row a row of one cell
    `Keterangan: …` (the office's note on that kegiatan, merged across the table in Word). Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        j = 0
        for _, induk, x in isi:
            d.R(*x)
            if induk:
                d.R(f"Keterangan: {KET[j % len(KET)]}.")
                j += 1
        d.R(*tot)
        d.B()
    return r


def r_ralat(salah):
    """The DPT **with an erratum (`Ralat`) under the table**: the table as printed carries typing errors in
    the cells named by salah ({row number: (column index, printed value)}), the kabupaten row and the row's
    Jumlah being right; a `Ralat:` paragraph under the table names each wrong cell and the figure it should
    hold. The truth holds the corrected figures. Other tables plain TAB."""
    nama_kol = {2: "Desa/Kel", 3: "TPS", 4: "Laki-laki", 5: "Perempuan"}

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "")
        d.R(*head)
        for x in rows:
            y = list(x)
            if x[0] in salah:
                i, v = salah[x[0]]
                y[i] = v
            d.R(*y)
        d.B()
        d.L("Ralat:")
        for x in rows:
            if x[0] in salah:
                i, v = salah[x[0]]
                d.L(f"- baris {x[0]} (Kecamatan {x[1].title()}), kolom {nama_kol[i]}: tertulis {v}, seharusnya {x[i]}.")
        d.L("")
    return r


def r_judul_bawah(catatan):
    """The capaian **with its column titles printed under the rows** (the title row at the foot of the table, as
    a sheet whose header row was sorted to the bottom): the rows first, then `No  Indikator Kinerja  Satuan
    Target  Realisasi  Capaian (%)`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({catatan})", "")
        for x in rows:
            d.R(*[str(c) for c in x])
        d.R(*head)
        d.B()
    return r


def r_akhir_dulu(catatan):
    """The SAKIP components **with the `Nilai Akhir` row first**, directly under the titles, and the four
    components under it, as the LHE's summary page lists the result before its parts. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        d.R(*rows[-1])
        for x in rows[:-1]:
            d.R(*x)
        d.B()
    return r


def r_anak_dulu(catatan):
    """The budget **with every program's row after its own kegiatan** (a report writer's group footer: the
    kegiatan rows first, then the program's code and name with its figures), the total last. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        prog = None
        for _, induk, x in isi:
            if not induk:
                if prog:
                    d.R(*prog)
                prog = x
                continue
            d.R(*x)
        if prog:
            d.R(*prog)
        d.R(*tot)
        d.B()
    return r


def r_status(judul_a, judul_b):
    """The capaian **split into two tables by status**: first the indicators achieved (`judul_a`), then those not
    achieved (`judul_b`), each under the same titles, each indicator keeping its PK number. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        fakta = [c for c in d.t["capaian"] if c["tahun"] == d.tahun]
        assert len(fakta) == len(rows)
        a = [x for x, c in zip(rows, fakta) if c["tercapai"]]
        b = [x for x, c in zip(rows, fakta) if not c["tercapai"]]
        d.L(cap, "", f"{cap[:9].strip()}a {judul_a}", "")
        d.R(*head)
        for x in a:
            d.R(*x)
        d.B()
        d.L(f"{cap[:9].strip()}b {judul_b}", "")
        d.R(*head)
        for x in b:
            d.R(*x)
        d.B()
    return r
