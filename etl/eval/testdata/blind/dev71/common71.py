# Shared helpers of this batch's authoring scripts (author71a.py, author71b.py). Everything of the
# earlier batches comes through ../dev70/common70.py (on ../dev69 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev70/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev70"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common70  # noqa: E402,F401  (puts ../dev69 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common70 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

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
def _kurung(v):
    """An amount in the accounting notation of the LRA: a negative one in parentheses, zero as `0`."""
    return f"({id_int(-v)})" if v < 0 else id_int(v)


def r_lra(judul):
    """The budget **as the Laporan Realisasi Anggaran states it: no Sisa column, but `Lebih/(Kurang)` =
    realisasi − anggaran in the accounting notation**, a shortfall in parentheses (`(41.230.500)`): Kode,
    Uraian, Anggaran, Realisasi, Lebih/(Kurang), % Realisasi; the total `JUMLAH` with an empty code. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul}; kolom Lebih/(Kurang) = Realisasi dikurangi Anggaran, angka dalam kurung "
            "berarti realisasi kurang dari anggaran)", "")
        d.R("Kode", "Uraian", "Anggaran", "Realisasi", "Lebih/(Kurang)", "% Realisasi")
        for x in [y for _, _, y in isi] + [tot]:
            d.R(x[0], x[1], x[2], x[3], _kurung(_n(x[3]) - _n(x[2])), x[5])
        d.B()
    return r


def r_porsi_sel(judul):
    """The DPT **with each sex's share of the row written in the same cell after the count**
    (`7.123 (49,62%)`), as the office's Excel concatenates them: No, Kecamatan, Desa/Kel, TPS, Laki-laki (%),
    Perempuan (%), Jumlah; the kabupaten row last, its shares the kabupaten's. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul}; angka dalam kurung: persentase terhadap jumlah pemilih kecamatan)", "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki (%)", "Perempuan (%)", "Jumlah")
        for x in isi + [tot]:
            l, p, j = _n(x[4]), _n(x[5]), _n(x[6])
            d.R(*x[:4], f"{x[4]} ({id_dec(l / j * 100)}%)", f"{x[5]} ({id_dec(p / j * 100)}%)", x[6])
        d.B()
    return r


def r_subkolom(judul):
    """The SAKIP components **with the evaluator's three sub-scores as columns** (`Pemenuhan`, `Kualitas`,
    `Pemanfaatan`, 20/30/50 % of the component's score, in two decimals, the last taking the rest) **before the
    component's `Nilai`**: No, Komponen, Bobot, Pemenuhan, Kualitas, Pemanfaatan, Nilai; the final row `Nilai
    Akhir` with its three sub-score cells summed. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul}; nilai komponen = pemenuhan + kualitas + pemanfaatan)", "")
        d.R("No", "Komponen", "Bobot", "Pemenuhan", "Kualitas", "Pemanfaatan", "Nilai")
        jum = [0, 0, 0]
        for x in [[str(c) for c in x] for x in rows]:
            if x[0] == "":
                d.R(x[0], x[1], x[2], *(id_dec(v / 100) for v in jum), x[3])
                continue
            n = int(round(_bil(x[3]) * 100))
            a, b = int(round(n * 0.2)), int(round(n * 0.3))
            sub = [a, b, n - a - b]
            jum = [j + s for j, s in zip(jum, sub)]
            d.R(x[0], x[1], x[2], *(id_dec(v / 100) for v in sub), x[3])
        d.B()
    return r


def r_status(judul):
    """The capaian **stated in a status phrase, the percent in it**: No, Indikator Kinerja, Satuan, Target,
    Realisasi, Status Capaian with `Tercapai (103,87%)`, `Tidak tercapai (95,12%)` (the word from the truth's
    `tercapai`), a grade row with its printed percent (`Tercapai (100,00%)`). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Status Capaian")
        ind = {c["indikator"]: c for c in d.t["capaian"]}
        for x in [[str(c) for c in x] for x in rows]:
            f = ind.get(x[1])
            kata = "Tercapai" if (f is None or f["tercapai"]) else "Tidak tercapai"
            v = _bil(x[5])
            isi = f"{kata} ({x[5]}%)" if v is not None else f"{kata} ({x[4]})"
            d.R(*x[:5], isi)
        d.B()
    return r


def r_kode_iku(judul, awalan="IK"):
    """The capaian **with each indicator named by its code only (`IK.01` …) and the names in a key under the
    table** (`IK.01 : Persentase …`), as the office's Renstra matrix abbreviates them: No, Kode IK, Satuan,
    Target, Realisasi, Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul}; nama indikator menurut kode pada keterangan di bawah tabel)", "")
        d.R("No", "Kode IK", "Satuan", "Target", "Realisasi", "Capaian (%)")
        xs = [[str(c) for c in x] for x in rows]
        for i, x in enumerate(xs, 1):
            d.R(x[0], f"{awalan}.{i:02d}", *x[2:])
        d.L("", "Keterangan kode indikator kinerja:")
        for i, x in enumerate(xs, 1):
            d.L(f"{awalan}.{i:02d} : {x[1]}")
        d.B()
    return r


def r_loksus(judul):
    """The DPT **with the TPS split into `TPS Reguler` and `TPS Lokasi Khusus` before `Jumlah TPS`** (a
    polling station in a prison or hospital counted apart, one in each of the two kecamatan with the most TPS):
    No, Kecamatan, Desa/Kel., TPS Reguler, TPS Lokasi Khusus, Jumlah TPS, L, P, L+P; the kabupaten row last.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        urut = sorted(range(len(isi)), key=lambda i: (-_n(isi[i][3]), i))[:2]
        ks = [1 if i in urut else 0 for i in range(len(isi))]
        d.L(cap, "", f"({judul}; TPS Lokasi Khusus di lembaga pemasyarakatan dan rumah sakit)", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS Reguler", "TPS Lokasi Khusus", "Jumlah TPS", "L", "P", "L+P")
        for x, k in zip(isi, ks):
            d.R(*x[:3], id_int(_n(x[3]) - k), str(k), x[3], *x[4:])
        d.R(*tot[:3], id_int(_n(tot[3]) - sum(ks)), str(sum(ks)), tot[3], *tot[4:])
        d.B()
    return r
