# Shared helpers of this batch's authoring scripts (author108a.py, author108b.py). Everything of the
# earlier batches comes through ../dev107/common107.py (on ../dev106 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev107/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev107"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common107  # noqa: E402,F401  (puts ../dev106 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common107 import (_ang_isi, _dpt_isi, _angka, _sen100, baris, buka, cap_lama, halaman, id_dec, id_int,  # noqa: E402,F401
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
def _int(c):
    return int(str(c).replace(".", ""))


def _pct(a, b):
    """a/b x 100 in Indonesian notation with two decimals, rounded half up in integers (no float)."""
    q = (a * 20000 + b) // (2 * b)
    return f"{q // 100},{q % 100:02d}"


def r_dua_lajur(catatan):
    """The capaian **two indicators a row**: the table's six columns printed twice side by side (`No  Indikator
    Kinerja  Satuan  Target  Realisasi  Capaian (%)` | the same again), indicator 1 in the left half and 2 in the
    right, 3 and 4 on the next row ..; an odd last indicator leaves the right half empty. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R(*head, *head)
        for i in range(0, len(rows), 2):
            kanan = rows[i + 1] if i + 1 < len(rows) else [""] * len(head)
            d.R(*rows[i], *kanan)
        d.B()
    return r


def r_program_kalimat(catatan):
    """The budget **with each program's figures stated in its heading line as a sentence** (`Program 076.01.WA
    Dukungan Manajemen: pagu Rp…, realisasi Rp…, sisa Rp… (serapan …%)`, no TAB), its kegiatan under it as TAB rows
    `Kode  Kegiatan  Pagu (Rp)  Realisasi (Rp)  Sisa (Rp)  Serapan (%)`, the total a TAB row at the end. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})")
        for _, induk, x in isi:
            if induk == "":
                d.L("", f"{x[1]} (kode {x[0]}): pagu Rp{x[2]}, realisasi Rp{x[3]}, sisa Rp{x[4]}, serapan {x[5]}%.")
                d.R("Kode", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
            else:
                d.R(*x)
        d.L("")
        d.R("", tot[1], *tot[2:])
        d.B()
    return r


def r_jumlah_judul(catatan):
    """The DPT **with the kabupaten's total stated in the table's caption and no kabupaten row**: `Tabel 3.4 … (jumlah
    Kabupaten Lembata: 151 desa/kelurahan, 394 TPS, 44.142 pemilih laki-laki, 45.708 pemilih perempuan, 89.850
    pemilih)`, then the kecamatan rows alone. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(f"{cap} (jumlah Kabupaten {NAMA[d.satker]}: {tot[2]} desa/kelurahan, {tot[3]} TPS, {tot[4]} pemilih "
            f"laki-laki, {tot[5]} pemilih perempuan, {tot[6]} pemilih)", "", f"({catatan})", "")
        d.R(*head)
        for x in isi:
            d.R(*x)
        d.B()
    return r


def r_skor_atas(catatan):
    """The SAKIP components **as lettered sub-rows of the score**: the score's row `Nilai Akhir` first under the
    titles, with its weight 100,00, then the four components lettered `a.` .. `d.` under it. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({catatan})", "")
        d.R("No", "Uraian", "Bobot", "Nilai")
        t = rows[-1]
        d.R("", "Nilai Akhir", t[2], t[3])
        for h, x in zip("abcd", rows[:-1]):
            d.R(f"{h}.", x[1], x[2], x[3])
        d.B()
    return r


def r_blok_satuan(catatan):
    """The capaian **in blocks by unit, each block opened by its own title row naming the unit in the Target and
    Realisasi titles** (`No  Indikator Kinerja  Target (%)  Realisasi (%)  Capaian (%)`, then `… Target (nilai)
    …`, `… Target (predikat) …`), no Satuan column, the numbers kept. Other tables plain TAB."""
    nama = {"%": "%", "Nilai": "nilai", "Predikat": "predikat", "Opini": "opini"}

    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        urut = []
        for x in rows:
            if x[2] not in urut:
                urut.append(x[2])
        d.L(cap, "", f"({catatan})", "")
        for s in urut:
            u = nama.get(s, s.lower())
            d.R(head[0], head[1], f"Target ({u})", f"Realisasi ({u})", head[5])
            for x in rows:
                if x[2] == s:
                    d.R(x[0], x[1], x[3], x[4], x[5])
        d.B()
    return r


def r_urut_serapan(catatan):
    """The budget **with the kegiatan under each program ordered by their serapan, the highest first**, programs in
    their own order, codes kept (`076.01.CQ` then `6867`, `6872`, `6871` ..). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({catatan})", "")
        d.R(*head)
        grup = []
        for _, induk, x in isi:
            if induk == "":
                grup.append((x, []))
            else:
                grup[-1][1].append(x)
        for prog, keg in grup:
            d.R(*prog)
            for x in sorted(keg, key=lambda x: -_sen100(x[5])):
                d.R(*x)
        d.R(*tot)
        d.B()
    return r
