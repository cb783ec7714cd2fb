# Shared helpers of this batch's authoring scripts (author50a.py, author50b.py). Everything of the
# earlier batches comes through ../dev49/common49.py (on ../dev48 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev49/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev49"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common49  # noqa: E402,F401  (puts ../dev48 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common49 import (_tot, _induk, _kab, _n, _pemilihan, _titik, abreast, angka, baris, buka, cap_lama,  # noqa: E402,F401
                      halaman, id_dec, id_int, IND, jenis, kpu, NAMA, persen_sel, predikat, r_kantor, r_tab, rapi,
                      rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai,
                      serapan, sumber, tahun_lalu, ulang)

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


def _dpt_isi(d, cap, rows):
    rows = [[str(c) for c in x] for x in rows]
    return [x for x in rows if x[0] != ""], _tot(rows), _pemilihan(cap)


# ---- new house styles ----
def r_julia(judul, var, berkas):
    """The DPT as a Julia REPL session of the data operator, typed again: `julia>` loads the recap into a
    Vector of NamedTuples and prints it, one `(kecamatan = "NAMA", desa = n, tps = n, l = n, p = n, jumlah = n)` a
    line (numbers without separators), then the kabupaten's NamedTuple bound to its own name and a `sum`
    check. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)
        nt = lambda nama, x: (f"(kecamatan = \"{nama}\", desa = {_n(x[2])}, tps = {_n(x[3])}, l = {_n(x[4])}, "
                              f"p = {_n(x[5])}, jumlah = {_n(x[6])})")
        d.L(cap, "", f"[Salinan layar: {judul} - sesi REPL Julia diketik ulang]", "",
            f"julia> include(\"{berkas}\")", "",
            f"julia> {var}", f"{len(isi)}-element Vector{{NamedTuple{{(:kecamatan, :desa, :tps, :l, :p, :jumlah), "
            "Tuple{String, Int64, Int64, Int64, Int64, Int64}}}:")
        for x in isi:
            d.L(" " + nt(x[1], x))
        d.L("", f"julia> {var}_kabupaten", nt(_kab(d), tot), "",
            f"julia> sum(r.jumlah for r in {var}) == {var}_kabupaten.jumlah", "true", "",
            "(kunci: desa = jumlah desa/kelurahan, tps = jumlah TPS, l / p / jumlah = pemilih laki-laki, perempuan "
            f"dan jumlah; {var}_kabupaten = jumlah seluruh kecamatan)", "")
    return r


def r_pascal(judul, berkas):
    """The DPT as the typed constant of the operator's old Turbo Pascal recap unit, typed again: a record type,
    then `const DataKec: array[1..n] of TKec = (` and one `(Nama: 'NAMA'; Desa: n; TPS: n; L: n; P: n; Jumlah: n)`
    a line (an apostrophe in a name doubled as Pascal writes it), then the kabupaten's constant `TotalKab`.
    Other tables plain TAB."""
    def q(s):
        return "'" + s.replace("'", "''") + "'"

    def rec(nama, x):
        return (f"(Nama: {q(nama)}; Desa: {_n(x[2])}; TPS: {_n(x[3])}; L: {_n(x[4])}; P: {_n(x[5])}; "
                f"Jumlah: {_n(x[6])})")

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - bagian konstanta unit {berkas} (Turbo Pascal) diketik ulang]", "",
            f"unit {berkas.split('.')[0]};", "{ Rekap DPT " + ("Pemilu" if pem == "pemilu" else "Pemilihan")
            + f" {th} per kecamatan }}", "interface", "type",
            "  TKec = record", "    Nama: string[30];", "    Desa, TPS: Integer;", "    L, P, Jumlah: LongInt;",
            "  end;", "const", f"  DataKec: array[1..{len(isi)}] of TKec = (")
        for i, x in enumerate(isi):
            d.L("    " + rec(x[1], x) + ("," if i < len(isi) - 1 else ""))
        d.L("  );", "  TotalKab: TKec =", "    " + rec(_kab(d), tot) + ";", "implementation", "end.", "",
            "(kunci: satu baris = satu kecamatan; TotalKab = jumlah kabupaten; dua tanda petik '' di dalam nama = "
            "satu tanda petik; L / P / Jumlah = pemilih laki-laki, perempuan dan jumlah)", "")
    return r


def r_clojure(judul, var, berkas):
    """The budget as a Clojure REPL session over the office's budget data, typed again: `user=>` reads the
    EDN file and prints a vector of maps, one `{:kode "…", :induk "…", :uraian "…", :pagu n, :realisasi n,
    :sisa n, :serapan 95.7}` a line (integers bare, the percent a double with a point), the total's map first
    with `:kode "TOTAL"`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = _tot(rows)
        docs = [("TOTAL", "", [tot[0], tot[1] or "JUMLAH"] + tot[2:])] + _induk(rows)
        d.L(cap, "", f"[Salinan layar: {judul} - sesi REPL Clojure diketik ulang]", "",
            f"user=> (def {var} (edn/read-string (slurp \"{berkas}\")))", f"#'user/{var}",
            f"user=> (count {var})", f"{len(docs)}", f"user=> {var}")
        for i, (k, induk, x) in enumerate(docs):
            a = "[" if i == 0 else " "
            z = "]" if i == len(docs) - 1 else ""
            d.L(f"{a}{{:kode \"{k}\", :induk \"{induk}\", :uraian \"{x[1]}\", :pagu {_n(x[2])}, "
                f":realisasi {_n(x[3])}, :sisa {_n(x[4])}, :serapan {_titik(x[5])}}}{z}")
        d.L("", "(kunci: nilai dalam rupiah; :serapan = realisasi terhadap pagu dalam persen, dengan titik desimal; "
            ":induk = kode baris di atasnya; :kode \"TOTAL\" = jumlah seluruh pagu)", "")
    return r


def r_dart(judul, berkas):
    """The budget as the Dart data file of the office's Flutter dashboard, typed again: a class with named
    fields, then `const anggaran = <Anggaran>[` and one `Anggaran(kode: '…', induk: '…', uraian: '…', pagu: n,
    realisasi: n, sisa: n, serapan: '96,62'),` a line (integers without separators, the percent a string), the
    total last as its own constant. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = _tot(rows)
        one = lambda k, induk, x: (f"Anggaran(kode: '{k}', induk: '{induk}', uraian: '{x[1]}', pagu: {_n(x[2])}, "
                                   f"realisasi: {_n(x[3])}, sisa: {_n(x[4])}, serapan: '{x[5]}')")
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} (Dart, dasbor Flutter) diketik ulang]", "",
            f"// {berkas}", f"// Realisasi anggaran tahun {d.tahun}, dalam rupiah",
            "class Anggaran {", "  final String kode, induk, uraian, serapan;", "  final int pagu, realisasi, sisa;",
            "  const Anggaran({required this.kode, required this.induk, required this.uraian, required this.pagu,",
            "      required this.realisasi, required this.sisa, required this.serapan});", "}", "",
            "const anggaran = <Anggaran>[")
        for k, induk, x in _induk(rows):
            d.L("  " + one(k, induk, x) + ",")
        d.L("];", "", "const total = " + one("TOTAL", "", [tot[0], tot[1] or "JUMLAH"] + tot[2:]) + ";", "",
            "(kunci: nilai dalam rupiah; serapan = realisasi terhadap pagu dalam persen; induk = kode baris di "
            "atasnya; total = jumlah seluruh pagu)", "")
    return r


def r_groovy(judul, var):
    """The capaian as a Groovy shell session of the monitoring script, typed again: `groovy:000>` defines a
    list of map literals, one `[nomor: 1, indikator: '…', satuan: '%', target: '80,00', realisasi: '82,67',
    capaian: '103,34'],` a row over two lines (the continuation prompt counting lines), then `===>` answers of a size check. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Salinan layar: {judul} - sesi groovysh diketik ulang]", "",
            f"groovy:000> {var} = [")
        for i, x in enumerate(rows):
            z = "]" if i == len(rows) - 1 else ","
            d.L(f"groovy:{2 * i + 1:03d}>   [nomor: {int(x[0])}, indikator: '{x[1]}',",
                f"groovy:{2 * i + 2:03d}>    satuan: '{x[2]}', target: '{x[3]}', realisasi: '{x[4]}', capaian: '{x[5]}']{z}")
        d.L("===> [...]", f"groovy:000> {var}.size()", f"===> {len(rows)}", "",
            "(kunci: target = target Perjanjian Kinerja; capaian = capaian kinerja dalam persen; nomor = nomor urut)",
            "")
    return r


def r_pharo(judul, kelas):
    """The SAKIP evaluation as a Pharo (Smalltalk) Playground of the evaluation data, typed again: keyword
    messages building the evaluation, one `add: (Komponen nama: '…' bobot: 30.00 nilai: 19.10);` a component
    (decimals with a point as Smalltalk writes them), then `printString` results in double-quoted comments.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        pt = lambda s: s.replace(".", "").replace(",", ".")
        d.L(cap, "", f"[Salinan layar: {judul} - Playground Pharo (Smalltalk) diketik ulang]", "",
            f"| evaluasi |", f"evaluasi := {kelas} new.", f"evaluasi tahunDinilai: {th}.",
            "evaluasi komponen")
        for i, x in enumerate(komp):
            z = ";" if i < len(komp) - 1 else "."
            d.L(f"    add: (Komponen nama: '{x[1]}' bobot: {pt(x[2])} nilai: {pt(x[3])}){z}")
        d.L(f"evaluasi nilaiAkhir: {pt(tot[3])}.", "evaluasi komponen size. \"" + str(len(komp)) + "\"",
            f"evaluasi predikat. \"'{predikat(angka(tot[3]))}'\"", "",
            "(kunci: tahunDinilai = tahun kinerja yang dievaluasi; bobot dan nilai dengan titik desimal; nilaiAkhir = "
            "nilai hasil evaluasi; teks di antara tanda petik ganda = hasil Print it)", "")
    return r
