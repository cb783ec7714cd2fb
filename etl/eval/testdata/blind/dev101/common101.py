# Shared helpers of this batch's authoring scripts (author101a.py, author101b.py). Everything of the
# earlier batches comes through ../dev100/common100.py (on ../dev99 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev100/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev100"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common100  # noqa: E402,F401  (puts ../dev99 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common100 import (_ang_isi, _dpt_isi, baris, buka, cap_lama, halaman, id_dec, id_int, jenis,  # noqa: E402,F401
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


def _dec(s):
    """An Indonesian decimal cell ("18,45") as a Decimal, or None when the cell is no number."""
    try:
        return Decimal(s.replace(".", "").replace(",", "."))
    except Exception:
        return None


def _int(s):
    """An Indonesian whole-number cell ("19.012") as an int."""
    return int(s.replace(".", ""))


# ---- new house styles ----
def r_real_serap(judul):
    """The budget **whose realisasi cell carries its serapan in brackets, no Serapan column**: Kode,
    Program/Kegiatan, Pagu (Rp), Realisasi (Rp) (Serapan), Sisa (Rp); `3.475.956.186 (96,85%)`; the total
    `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp) (Serapan)", "Sisa (Rp)")
        for k, x in [(k, y) for k, _, y in isi] + [(tot[0], tot)]:
            d.R(k, x[1], x[2], f"{x[3]} ({x[5]}%)", x[4])
        d.B()
    return r


def r_poin_100(judul):
    """The capaian **whose capaian is printed as the signed points above (+) or below (-) 100 %**: No,
    Indikator Kinerja, Satuan, Target, Realisasi, Capaian thd 100% (poin); `105,95` printed `+5,95`, `96,80`
    printed `-3,20`, `100,00` printed `0,00`; a grade row's cell as it is. The truth's capaian_lapor of a
    row so printed is null (the percent stands nowhere as printed; capaian_hitung keeps it). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian thd 100% (poin)")
        for x in rows:
            x = [str(c) for c in x]
            v = _dec(x[5])
            if v is not None:
                g = v - Decimal(100)
                s = id_dec(float(abs(g)))
                x[5] = "0,00" if g == 0 else ("+" if g > 0 else "-") + s
                # the percent itself is printed nowhere in the table: capaian_lapor null (capaian_hitung stays)
                for f in d.t["capaian"]:
                    if f["indikator"] == x[1]:
                        f["capaian_lapor"] = None
            d.R(*x)
        d.B()
        d.L("Keterangan: kolom terakhir = capaian (realisasi dibagi target, dalam persen) dikurangi 100; "
            "tanda + berarti di atas target, tanda - di bawah target.", "")
    return r


def r_bagian_lp(judul):
    """The DPT **whose L and P cells each carry their share of the kecamatan's L+P in brackets**: No,
    Kecamatan, Desa/Kel., TPS, L (%), P (%), L+P; `19.012 (50,42%)`; the kabupaten row likewise. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L (%)", "P (%)", "L+P")
        for x in isi + [tot]:
            t = Decimal(_int(x[6]))
            ql = (Decimal(_int(x[4])) / t * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            qp = (Decimal(_int(x[5])) / t * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            d.R(x[0], x[1], x[2], x[3], f"{x[4]} ({id_dec(float(ql))}%)", f"{x[5]} ({id_dec(float(qp))}%)", x[6])
        d.B()
    return r


def r_bobot_pecahan(judul):
    """The SAKIP components **with every weight written as a fraction of one** (`0,30`, the score row
    `1,00`), the values as usual: No, Komponen, Bobot (dari 1), Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot (dari 1)", "Nilai")
        for x in rows:
            b = (_dec(x[2]) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            d.R(x[0], x[1], id_dec(float(b)), x[3])
        d.B()
        d.L("Catatan: bobot dinyatakan sebagai pecahan dari 1 (0,30 = 30 dari nilai maksimum 100).", "")
    return r


def r_kinerja_keuangan(judul):
    """The budget **titled in the words of financial performance**: Kode, Program/Kegiatan, Pagu (Rp),
    Realisasi Keuangan (Rp), Sisa (Rp), Kinerja Keuangan (%); the total `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi Keuangan (Rp)", "Sisa (Rp)", "Kinerja Keuangan (%)")
        for k, induk, x in isi:
            d.R(k, *x[1:])
        d.R(*tot)
        d.B()
    return r


def r_rencana_tingkat(judul):
    """The capaian **headed in the words of the old RKT/PK form**: No, Tolok Ukur Kinerja, Satuan, Rencana
    Tingkat Capaian, Realisasi, Tingkat Pencapaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Tolok Ukur Kinerja", "Satuan", "Rencana Tingkat Capaian", "Realisasi", "Tingkat Pencapaian (%)")
        for x in rows:
            d.R(*[str(c) for c in x])
        d.B()
    return r
