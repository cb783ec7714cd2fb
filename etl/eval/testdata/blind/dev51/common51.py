# Shared helpers of this batch's authoring scripts (author51a.py, author51b.py). Everything of the
# earlier batches comes through ../dev50/common50.py (on ../dev49 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev50/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev50"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common50  # noqa: E402,F401  (puts ../dev49 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common50 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, abreast, angka, baris, buka,  # noqa: E402,F401
                      cap_lama, halaman, id_dec, id_int, IND, jenis, kpu, NAMA, persen_sel, predikat, r_kantor,
                      r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      selesai, serapan, sumber, tahun_lalu, ulang)

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


def _ang_isi(rows):
    rows = [[str(c) for c in x] for x in rows]
    tot = _tot(rows)
    return _induk(rows), [tot[0], tot[1] or "JUMLAH"] + tot[2:]


# ---- new house styles ----
def r_ogr(judul, berkas, lapisan, berkas_kab, lapisan_kab):
    """The DPT as the GIS operator's `ogrinfo -al -geom=NO` listing of the kecamatan boundary layer, typed
    again: the layer's field list, then one `OGRFeature(layer):n` block a kecamatan, one `  FIELD (Type) =
    value` line a field (numbers without separators), then a second listing of the kabupaten layer with its
    one feature. Other tables plain TAB."""
    fields = [("JML_DESA", 2), ("JML_TPS", 3), ("PMLH_L", 4), ("PMLH_P", 5), ("PMLH_JML", 6)]

    def lapis(d, f, lay, nm, recs):
        d.L(f"$ ogrinfo -al -geom=NO {f}", f"INFO: Open of `{f}'", "      using driver `ESRI Shapefile' successful.",
            "", f"Layer name: {lay}", "Geometry: Polygon", f"Feature Count: {len(recs)}",
            "Layer SRS WKT:", "(tidak diketik ulang)", f"{nm}: String (40.0)")
        for k, _ in fields:
            d.L(f"{k}: Integer (9.0)")
        for i, (nama, x) in enumerate(recs):
            d.L(f"OGRFeature({lay}):{i}", f"  {nm} (String) = {nama}")
            for k, j in fields:
                d.L(f"  {k} (Integer) = {_n(x[j])}")
            d.L("")

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Salinan layar: {judul} - keluaran ogrinfo (GDAL) diketik ulang]", "")
        lapis(d, berkas, lapisan, "NAMA_KEC", [(x[1], x) for x in isi])
        lapis(d, berkas_kab, lapisan_kab, "NAMA_KAB", [(_kab(d), tot)])
        d.L("(kunci: JML_DESA = jumlah desa/kelurahan, JML_TPS = jumlah TPS, PMLH_L / PMLH_P / PMLH_JML = pemilih "
            f"laki-laki, perempuan dan jumlah; lapisan {lapisan_kab} = jumlah kabupaten)", "")
    return r


def r_kdl(judul, berkas):
    """The DPT as the KDL configuration file of the office's recap application, typed again: one node
    `kecamatan "NAMA" desa=n tps=n laki-laki=n perempuan=n jumlah=n` a line inside a `rekap-dpt` node, the
    kabupaten's node `kabupaten "NAMA" …` last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)
        one = lambda kind, nama, x: (f"    {kind} \"{nama}\" desa={_n(x[2])} tps={_n(x[3])} laki-laki={_n(x[4])} "
                                     f"perempuan={_n(x[5])} jumlah={_n(x[6])}")
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} (KDL) diketik ulang]", "",
            f"// {berkas}", "// dibaca oleh aplikasi rekap DPT kantor; satu node = satu wilayah",
            f"rekap-dpt pemilihan=\"{pem}\" tahun={th} {{")
        for x in isi:
            d.L(one("kecamatan", x[1], x))
        d.L(one("kabupaten", _kab(d), tot), "}", "",
            "(kunci: desa = jumlah desa/kelurahan, tps = jumlah TPS; laki-laki / perempuan / jumlah = pemilih; node "
            "kabupaten = jumlah seluruh kecamatan)", "")
    return r


def r_hocon(judul, berkas):
    """The budget as the HOCON configuration of the office's budget dashboard, typed again: `anggaran { … }`
    with the total's object first (`total { … }`, one field a line), then `baris { … }` holding one object a
    line under its quoted code (`"076.01.WA" { induk = "", uraian = "…", pagu = n, realisasi = n, sisa = n,
    serapan = 95.33 }`, integers bare, the percent a number with a point). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        pt = lambda s: s.replace(",", ".")
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} (HOCON) diketik ulang]", "",
            f"# {berkas} - dasbor realisasi anggaran", "include \"kantor.conf\"", "anggaran {",
            f"  tahun = {d.tahun}", "  satuan = rupiah", "  total {", f"    uraian = \"{tot[1]}\"",
            f"    pagu = {_n(tot[2])}", f"    realisasi = {_n(tot[3])}", f"    sisa = {_n(tot[4])}",
            f"    serapan = {pt(tot[5])}", "  }", "  baris {")
        for k, induk, x in isi:
            d.L(f"    \"{k}\" {{ induk = \"{induk}\", uraian = \"{x[1]}\", pagu = {_n(x[2])}, realisasi = {_n(x[3])}, "
                f"sisa = {_n(x[4])}, serapan = {pt(x[5])} }}")
        d.L("  }", "}", "",
            "(kunci: nilai dalam rupiah; serapan = realisasi terhadap pagu dalam persen, titik desimal; induk = kode "
            "baris di atasnya; total = jumlah seluruh pagu)", "")
    return r


def r_rexx(judul, berkas):
    """The budget as the REXX script of the office's old recap, typed again: stem variables, each budget line
    over two lines of clauses (`ang.1.kode = '076.01.WA'; ang.1.induk = ''; …` / `ang.1.pagu = n; …;
    ang.1.serapan = '95,33'`), the total in the stem `tot.` after the lines, then the `do` loop that prints
    them. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"[Lampiran: {judul} - skrip {berkas} (REXX) diketik ulang]", "",
            f"/* REXX {berkas} - realisasi anggaran tahun {d.tahun}, dalam rupiah */", "ang. = ''",
            f"ang.0 = {len(isi)}")
        for i, (k, induk, x) in enumerate(isi, 1):
            d.L(f"ang.{i}.kode = '{k}'; ang.{i}.induk = '{induk}'; ang.{i}.uraian = '{x[1]}'",
                f"ang.{i}.pagu = {_n(x[2])}; ang.{i}.realisasi = {_n(x[3])}; ang.{i}.sisa = {_n(x[4])}; "
                f"ang.{i}.serapan = '{x[5]}'")
        d.L(f"tot.uraian = '{tot[1]}'", f"tot.pagu = {_n(tot[2])}; tot.realisasi = {_n(tot[3])}; tot.sisa = {_n(tot[4])}; "
            f"tot.serapan = '{tot[5]}'", "do i = 1 to ang.0",
            "  say left(ang.i.kode, 14) right(ang.i.pagu, 14) right(ang.i.realisasi, 14) ang.i.serapan", "end",
            "exit 0", "",
            "(kunci: ang.n = baris anggaran ke-n; induk = kode baris di atasnya; tot. = jumlah seluruh pagu; serapan "
            "= realisasi terhadap pagu dalam persen)", "")
    return r


def r_wpmerge(judul, berkas):
    """The capaian as the WordPerfect secondary merge file of the office's assessment letters, typed again
    with the merge codes in braces: `{FIELDNAMES}…~~{END RECORD}`, then one field a line ending `{END FIELD}`,
    each record closed by `{END RECORD}` and the hard page line WordPerfect shows. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        garis = "=" * 60
        d.L(cap, "", f"[Lampiran: {judul} - berkas data gabung {berkas} (WordPerfect) diketik ulang; kode gabung "
            "ditulis dalam kurung kurawal]", "",
            "{FIELDNAMES}NO~INDIKATOR~SATUAN~TARGET~REALISASI~CAPAIAN~~{END RECORD}", garis)
        for x in rows:
            for v in x[:6]:
                d.L(f"{v}{{END FIELD}}")
            d.L("{END RECORD}", garis)
        d.L("", "(kunci: satu rekaman = satu indikator; TARGET = target Perjanjian Kinerja; CAPAIAN = capaian "
            "kinerja dalam persen)", "")
    return r


def r_pq(judul):
    """The SAKIP evaluation as the query of the evaluation workbook in Excel's Power Query Advanced Editor
    (M), typed again: `#table(type table […], {{1, "Perencanaan Kinerja", 30, 18.4}, …})`, one component a
    line (numbers with a point), then the evaluated year, final score and predikat as steps. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        d.L(cap, "", f"[Salinan layar: {judul} - Editor Lanjutan Power Query (Excel) diketik ulang]", "",
            "let", "    Sumber = #table(",
            "        type table [No = Int64.Type, Komponen = text, Bobot = number, Nilai = number],", "        {")
        for i, x in enumerate(komp):
            z = "," if i < len(komp) - 1 else ""
            d.L(f"            {{{int(x[0])}, \"{x[1]}\", {_titik(x[2])}, {_titik(x[3])}}}{z}")
        d.L("        }", "    ),", f"    TahunDinilai = {th},",
            f"    NilaiAkhir = {_titik(tot[3])}, // = List.Sum(Sumber[Nilai])",
            f"    Predikat = \"{predikat(angka(tot[3]))}\"", "in", "    Sumber", "",
            "(kunci: TahunDinilai = tahun kinerja yang dievaluasi; Bobot dan Nilai dengan titik desimal; NilaiAkhir "
            "= nilai hasil evaluasi)", "")
    return r
