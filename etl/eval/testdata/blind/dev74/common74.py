# Shared helpers of this batch's authoring scripts (author74a.py, author74b.py). Everything of the
# earlier batches comes through ../dev73/common73.py (on ../dev72 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev73/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev73"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common73  # noqa: E402,F401  (puts ../dev72 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common73 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
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
def r_induk_bawah(judul):
    """The budget **with each program's row printed after its kegiatan, not before them**, as a report writer's
    group footer sets it: the kegiatan rows of a program first, then the program's own row (its code and name,
    its pagu, realisasi, sisa and %), then the next program's kegiatan; the total `JUMLAH` last: Kode, Uraian,
    Pagu, Realisasi, Sisa, %. A note under the caption says so. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%")
        prog = None
        for _, induk, x in isi:
            if induk == "":
                if prog:
                    d.R(*prog)
                prog = x
            else:
                d.R(*x)
        if prog:
            d.R(*prog)
        d.R(*tot)
        d.B()
    return r


_MINIMAL = ("tidak masuk", "pelanggaran", "terbukti", "sengketa", "keberatan", "kesalahan")


def r_polaritas(judul):
    """The capaian **with a `Polaritas` column stating each indicator's direction** (`Maksimal` where a higher
    realisasi is better, `Minimal` where a lower one is, as the IKU manual of the Renstra defines it), the capaian
    computed by it: No, Indikator Kinerja, Polaritas, Satuan, Target, Realisasi, Capaian (%), with a key line
    under the table. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        hit = {c["indikator"]: c.get("capaian_hitung") for c in d.t["capaian"] if c["tahun"] == d.tahun}
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Polaritas", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in [[str(c) for c in x] for x in rows]:
            t, v, h = _bil(x[3]), _bil(x[4]), hit.get(x[1])
            if t and v is not None and h is not None and abs(v / t * 100 - h) > 0.01:
                arah = "Minimal"
            elif t and v is not None and h is not None and abs(v - t) > 1e-9:
                arah = "Maksimal"
            else:
                arah = "Minimal" if any(k in x[1].lower() for k in _MINIMAL) else "Maksimal"
            d.R(x[0], x[1], arah, *x[2:])
        d.B()
        d.L("Polaritas: Maksimal = capaian = realisasi / target x 100; Minimal = capaian = (target - (realisasi - "
            "target)) / target x 100.", "")
    return r


def r_jumlah_kec(judul):
    """The DPT **with the number of kecamatan written into the total row's label** (`JUMLAH 12 KECAMATAN`), as
    a recap sheet sums its rows; the columns No, Kecamatan, Desa/Kel., TPS, L, P, L+P. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(*x)
        d.R("", f"JUMLAH {len(isi)} KECAMATAN", *tot[2:])
        d.B()
    return r


def r_bobot_catatan(judul):
    """The SAKIP components **with no Bobot column: each component's weight stated in a note line above the
    table** (`Bobot komponen menurut PermenPANRB 88/2021: Perencanaan Kinerja 30,00; …`), the table itself No,
    Komponen, Nilai and the `Nilai Akhir` row. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        kom = [x for x in xs if x[0] != ""]
        tot = [x for x in xs if x[0] == ""][-1]
        d.L(cap, "")
        d.P(f"{judul}: " + "; ".join(f"{x[1]} {x[2]}" for x in kom) + f"; jumlah bobot {tot[2]}.")
        d.R("No", "Komponen", "Nilai")
        for x in kom:
            d.R(x[0], x[1], x[3])
        d.R("", tot[1], tot[3])
        d.B()
    return r


def r_urut_besar(judul):
    """The DPT **ordered by the size of each kecamatan's roll, the largest first** (not by the kecamatan's code
    or name), `No` counting the new order, as a recap sorted in a spreadsheet before printing: No, Kecamatan,
    Desa/Kel., TPS, L, P, L+P, the kabupaten row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        urut = sorted(isi, key=lambda x: (-_n(x[6]), x[1]))
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for i, x in enumerate(urut, 1):
            d.R(str(i), *x[1:])
        d.R("", *tot[1:])
        d.B()
    return r


def r_kode_kanan(judul):
    """The budget **with the code in the last column**: Uraian, Pagu, Realisasi, Sisa, %, Kode, the names
    first as a reader scans them and the DIPA code kept at the right edge for reference; the total's code cell
    empty. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Uraian", "Pagu", "Realisasi", "Sisa", "%", "Kode")
        for x in [y for _, _, y in isi] + [tot]:
            d.R(x[1], x[2], x[3], x[4], x[5], x[0])
        d.B()
    return r
