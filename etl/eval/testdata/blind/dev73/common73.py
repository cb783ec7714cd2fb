# Shared helpers of this batch's authoring scripts (author73a.py, author73b.py). Everything of the
# earlier batches comes through ../dev72/common72.py (on ../dev71 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev72/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev72"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common72  # noqa: E402,F401  (puts ../dev71 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common72 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
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


def _rasio(a, b, n=4):
    """a / b as a decimal fraction with n decimals and a decimal comma (`0,9550`)."""
    return f"{a / b:.{n}f}".replace(".", ",")


# ---- new house styles ----
def r_rasio(judul):
    """The budget **with its absorption stated as a ratio of one, not a percent**: Kode, Uraian, Pagu,
    Realisasi, Sisa, Rasio Realisasi (= realisasi / pagu, four decimals, `0,9550`), as a finance unit's
    spreadsheet prints it; the total `JUMLAH` with an empty code. The rows print no serapan percent, so
    their serapan_lapor is null; the total's stays, the paragraph after the table stating it. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul}; rasio realisasi = realisasi / pagu, 1,0000 = terserap penuh)", "")
        d.R("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Rasio Realisasi")
        for x in [y for _, _, y in isi] + [tot]:
            d.R(x[0], x[1], x[2], x[3], x[4], _rasio(_n(x[3]), _n(x[2])))
        d.B()
        for a in d.t["anggaran"]:
            if a["tahun"] == d.tahun and a["kode"] != "TOTAL":
                a["serapan_lapor"] = None
    return r


def _sasaran(nama):
    """The strategic goal (1 or 2) an indicator serves: the governance ones (SAKIP, budget, staff) 2."""
    s = nama.lower()
    return 2 if any(k in s for k in ("sakip", "akuntabilitas", "anggaran", "kompetensi", "pegawai", "sdm",
                                     "reformasi", "laporan", "keuangan", "gaji", "sarana", "opini")) else 1


SASARAN = {1: "Sasaran Strategis 1: Meningkatnya kualitas penyelenggaraan pemilu dan partisipasi pemilih",
           2: "Sasaran Strategis 2: Terwujudnya tata kelola kelembagaan yang akuntabel"}


def r_sasaran(judul):
    """The capaian **grouped under its strategic goals**: a heading row naming the goal
    (`Sasaran Strategis 1: …`, no figures) opens each group, the indicators numbered under it (`1.1`, `1.2`,
    `2.1`), as a Renstra-driven PK matrix prints it: No, Sasaran / Indikator Kinerja, Satuan, Target,
    Realisasi, Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Sasaran / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for g in (1, 2):
            grup = [x for x in xs if _sasaran(x[1]) == g]
            if not grup:
                continue
            d.R(f"{g}.", SASARAN[g])
            for i, x in enumerate(grup, 1):
                d.R(f"{g}.{i}", *x[1:])
        d.B()
    return r


def r_dpt_kalimat(judul):
    """The DPT **with no kabupaten row in the table: the kabupaten's totals stated in the sentence under
    it** (`Dengan demikian DPT Kabupaten … berjumlah 8.249 pemilih, terdiri atas 4.153 laki-laki dan 4.096
    perempuan, di 151 desa/kelurahan dan 35 TPS.`): No, Kecamatan, Desa/Kel., TPS, L, P, L+P. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for x in isi:
            d.R(*x)
        d.B()
        desa = f"di {tot[2]} desa/kelurahan dan " if tot[2] not in ("", "-") else "di "
        d.P(f"Dengan demikian DPT {tot[1]} berjumlah {tot[6]} pemilih, terdiri atas {tot[4]} laki-laki dan "
            f"{tot[5]} perempuan, {desa}{tot[3]} TPS.")
    return r


def r_sakip_judul(judul):
    """The SAKIP components **with no total row: the final score and its predikat stated in the table's own
    title line** (`Hasil Evaluasi AKIP Tahun 2021 - Nilai Akhir 68,93 (Predikat B)`), the four component rows
    under it: No, Komponen, Bobot, Nilai. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        tot = [x for x in xs if x[0] == ""][-1]
        d.L(cap, "", f"{judul} - Nilai Akhir {tot[3]} (Predikat {predikat(_n(tot[3]))})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in xs:
            if x[0] != "":
                d.R(*x)
        d.B()
    return r


def r_indeks(judul):
    """The capaian **stated as an index of one to four decimals (`1,0581`), never as a percent**: the
    achievement by the document's own rule (realisasi / target; for an indicator where lower is better, 2 −
    realisasi / target) as a fraction: No, Indikator Kinerja, Satuan, Target, Realisasi, Indeks Capaian (`-` for a grade). The truth
    keeps no printed capaian (capaian_lapor null); capaian_hitung is the arithmetic's. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        hit = {c["indikator"]: c.get("capaian_hitung") for c in d.t["capaian"] if c["tahun"] == d.tahun}
        d.L(cap, "", f"({judul}; indeks capaian 1,0000 = tepat sesuai target)", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Indeks Capaian")
        for x in [[str(c) for c in x] for x in rows]:
            t, v, h = _bil(x[3]), _bil(x[4]), hit.get(x[1])
            d.R(*x[:5], _rasio(h, 100) if (t is not None and v is not None and h is not None) else "-")
        d.B()
        for c in d.t["capaian"]:
            if c["tahun"] == d.tahun:
                c["capaian_lapor"] = None
    return r


def r_kegiatan_kalimat(judul):
    """The budget **with only the programs and the total in the table, each program's kegiatan stated in a
    sentence under it** (`Program Dukungan Manajemen (076.01.WA) terdiri atas kegiatan 076.01.WA.2886
    Dukungan … dengan pagu Rp…, realisasi Rp… (95,12%) dan sisa Rp…; …`): Kode, Program, Pagu, Realisasi,
    Sisa, %. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Program", "Pagu", "Realisasi", "Sisa", "%")
        prog = [x for _, induk, x in isi if induk == ""]
        for x in prog + [tot]:
            d.R(*x)
        d.B()
        grup = []
        for _, induk, x in isi:
            if induk == "":
                grup.append((x, []))
            else:
                grup[-1][1].append(x)
        for p, anak in grup:
            if not anak:
                continue
            d.P(f"{p[1]} ({p[0]}) terdiri atas " + "; ".join(
                f"kegiatan {x[0]} {x[1]} dengan pagu Rp{x[2]}, realisasi Rp{x[3]} ({x[5]}%) dan sisa Rp{x[4]}"
                for x in anak) + ".")
    return r
