# Shared helpers of this batch's authoring scripts (author81a.py, author81b.py). Everything of the
# earlier batches comes through ../dev80/common80.py (on ../dev79 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev80/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev80"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common80  # noqa: E402,F401  (puts ../dev79 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common80 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
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
SASARAN = (("Sasaran Strategis 1: Meningkatnya kualitas penyelenggaraan Pemilu dan Pemilihan",
            ("partisipasi", "perempuan", "disabilitas", "tidak_terdaftar", "jadwal", "pelanggaran", "sengketa",
             "pemutakhiran", "logistik")),
           ("Sasaran Strategis 2: Meningkatnya kapasitas kelembagaan dan sumber daya manusia",
            ("kompetensi", "sarana", "arsip", "gaji", "informasi", "simonika", "lap_keu", "lap_bmn", "rb")),
           ("Sasaran Strategis 3: Terwujudnya akuntabilitas kinerja dan keuangan", ("akip", "opini")))


def _sasaran_of(nama):
    for j, (_, keys) in enumerate(SASARAN):
        if any(IND[k] == nama for k in keys):
            return j
    return 1


def r_kepala_sasaran(judul):
    """The capaian **in one table whose header row is typed again for every sasaran, the sasaran's name standing
    in the header's indicator cell** (`No | Sasaran Strategis 1: … | Satuan | Target | Realisasi | Capaian (%)`),
    the indicators of that sasaran under it, the rows numbered on through the groups; as a Word table whose
    indicator column heading was overwritten per group. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        no = 0
        for j, (nama, _) in enumerate(SASARAN):
            grup = [x for x in xs if _sasaran_of(x[1]) == j]
            if not grup:
                continue
            d.R("No", nama, "Satuan", "Target", "Realisasi", "Capaian (%)")
            for x in grup:
                no += 1
                d.R(str(no), *x[1:])
        d.B()
    return r


def _dalam(isi):
    """Each budget row's depth under the programs (0 program, 1 kegiatan, 2 output)."""
    induk_of = {k: induk for k, induk, x in isi}
    out = []
    for k, induk, x in isi:
        n, i = 0, induk
        while i:
            n, i = n + 1, induk_of.get(i, "")
        out.append(n)
    return out


def r_bertingkat(judul):
    """The budget **with the names in stepped columns, one a level**: Kode, Program, Kegiatan (and Output when
    the budget has outputs), Pagu (Rp), Realisasi (Rp), Sisa (Rp), %; a program's name stands in the Program
    column with the Kegiatan cell empty, a kegiatan's in the Kegiatan column with the Program cell empty, as an
    Excel sheet shows its levels by column instead of by indent; `JUMLAH` in the Program column. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        dalam = _dalam(isi)
        lv = max(dalam) + 1
        nama = ["Program", "Kegiatan", "Output"][:lv]
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", *nama, "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
        for (k, induk, x), n in zip(isi, dalam):
            sel = [""] * lv
            sel[n] = x[1]
            d.R(x[0], *sel, *x[2:])
        sel = [""] * lv
        sel[0] = tot[1]
        d.R(tot[0], *sel, *tot[2:])
        d.B()
    return r


def r_dapil(judul, awalan, n_dapil):
    """The DPT **with a Dapil column whose merged cell is left on the first kecamatan of each electoral district**
    (the other rows of the district an empty cell), No, Dapil, Kecamatan, Desa/Kel., TPS, L, P, L+P; no dapil
    subtotal; the kabupaten row last with its label in the Kecamatan column. The districts are the kecamatan in
    the roll's order, cut into n_dapil runs. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        m = len(isi)
        awal = [(i * m) // n_dapil for i in range(n_dapil)]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Dapil", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for i, x in enumerate(isi):
            dp = f"{awalan} {awal.index(i) + 1}" if i in awal else ""
            d.R(x[0], dp, *x[1:])
        d.R("", "", *tot[1:])
        d.B()
    return r


CATATAN = {"Perencanaan Kinerja": "Catatan evaluator: Renstra dan Perjanjian Kinerja telah selaras; rencana aksi "
                                  "belum memuat target triwulanan.",
           "Pengukuran Kinerja": "Catatan evaluator: pengumpulan data kinerja berjalan; pemanfaatan hasil "
                                 "pengukuran belum terdokumentasi.",
           "Pelaporan Kinerja": "Catatan evaluator: laporan kinerja disampaikan tepat waktu; analisis efisiensi "
                                "sumber daya perlu dipertajam.",
           "Evaluasi Akuntabilitas Kinerja Internal": "Catatan evaluator: evaluasi internal dilaksanakan; tindak "
                                                      "lanjut rekomendasi belum dipantau berkala."}


def r_catatan_komponen(judul):
    """The SAKIP components **each followed by the evaluators' note as a row merged across the table** (the merged
    cell keeps the note in the Komponen column, the figure cells empty), No, Komponen, Bobot, Nilai, `Nilai Akhir`
    last; the notes hold no figure. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in xs:
            d.R(*x)
            if x[1] in CATATAN:
                d.R("", CATATAN[x[1]])
        d.B()
    return r


def r_nomor_sel(judul):
    """The DPT **without a No column, each kecamatan's number left in its name cell by Word's automatic list
    numbering** (`1. MIOMAFFO BARAT`, `2. MIOMAFFO TIMUR`, …), Kecamatan, Desa/Kel., TPS, Laki-laki, Perempuan,
    Jumlah; the kabupaten row unnumbered. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")
        for x in isi:
            d.R(f"{x[0]}. {x[1]}", *x[2:])
        d.R(*tot[1:])
        d.B()
    return r


def r_baris_dipa(judul, nomor, tanggal):
    """The budget **with the DIPA's identity as the table's first row, above the column titles** (the row merged
    across the figure columns: `DIPA` in the code column, `Petikan Nomor SP DIPA-… tanggal …` in the name
    column), as the finance sheet's template heads its grid; then Kode, Uraian, Pagu (Rp), Realisasi (Rp), Sisa
    (Rp), Serapan (%), the rows and `JUMLAH`. The DIPA number and date are no facts. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("DIPA", f"Petikan Nomor {nomor} tanggal {tanggal}")
        d.R("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, induk, x in isi:
            d.R(*x)
        d.R(*tot)
        d.B()
    return r
