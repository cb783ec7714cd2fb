# Shared helpers of this batch's authoring scripts (author48a.py, author48b.py). Everything of the
# earlier batches comes through ../dev47/common47.py (on ../dev46 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev47/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev47"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common47  # noqa: E402,F401  (puts ../dev46 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common47 import (_tot, abreast, angka, baris, buka, cap_lama, halaman, id_dec, id_int, IND, jenis, kpu,  # noqa: E402,F401
                      NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
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


def _rp(s):
    """An amount cell as an integer (the cell is printed with dots)."""
    return int(s.replace(".", ""))


def _induk(rows):
    """(kode, induk, row) of every budget line (the total left out): a kegiatan's parent is its program, an
    output's its kegiatan."""
    prog = keg = ""
    out = []
    for x in rows:
        if x[0] == "":
            continue
        k = x[0]
        if k.startswith("0"):
            induk, prog, keg = "", k, k
        elif k.isdigit():
            induk, keg = prog, k
        else:
            induk = keg
        out.append((k, induk, x))
    return out


def _kab(d):
    return ("KOTA " if d.satker == "5371" else "") + NAMA[d.satker].upper().replace("KOTA ", "")


# ---- new house styles ----
def r_arff(judul, berkas, relasi):
    """The DPT as the Weka ARFF file the data operator exported for analysis, typed again: `%` comments,
    `@RELATION`, one `@ATTRIBUTE` a column, `@DATA`, one comma-separated line a kecamatan (names in double
    quotes, numbers without separators), the kabupaten's line last with `?` (missing) as its number. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        isi = [x for x in rows if x[0] != ""]
        tot = _tot(rows)
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} diketik ulang]", "",
            f"% {berkas}", "% Rekap DPT per kecamatan untuk analisis partisipasi (Weka 3.8)",
            f"% baris terakhir (no = ?) adalah jumlah Kabupaten {NAMA[d.satker]}", "%",
            f"@RELATION {relasi}", "",
            "@ATTRIBUTE no NUMERIC", "@ATTRIBUTE kecamatan STRING", "@ATTRIBUTE desa_kel NUMERIC",
            "@ATTRIBUTE tps NUMERIC", "@ATTRIBUTE pemilih_laki NUMERIC", "@ATTRIBUTE pemilih_perempuan NUMERIC",
            "@ATTRIBUTE pemilih_jumlah NUMERIC", "", "@DATA")
        for x in isi:
            d.L(f"{int(x[0])}, \"{x[1]}\", {_rp(x[2])}, {_rp(x[3])}, {_rp(x[4])}, {_rp(x[5])}, {_rp(x[6])}")
        d.L(f"?, \"{_kab(d)}\", {_rp(tot[2])}, {_rp(tot[3])}, {_rp(tot[4])}, {_rp(tot[5])}, {_rp(tot[6])}", "",
            "(kunci: desa_kel = jumlah desa/kelurahan; pemilih_laki / pemilih_perempuan / pemilih_jumlah = pemilih "
            "laki-laki, perempuan dan jumlah)", "")
    return r


def r_pprint(judul, var, sel):
    """The budget as a Jupyter notebook cell of the finance staff, typed again: `In [n]:` with `pprint(...)`, then
    Python's pretty print of a list of dicts, one key a line (`'kode'`, `'induk'`, `'uraian'`, `'pagu'`,
    `'realisasi'`, `'sisa'` as integers, `'serapan'` as a string), the dict `'TOTAL'` last. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = _tot(rows)
        docs = _induk(rows) + [("TOTAL", "", [tot[0], tot[1] or "JUMLAH"] + tot[2:])]
        d.L(cap, "", f"[Salinan: {judul} - keluaran sel notebook Jupyter diketik ulang]", "",
            f"In [{sel}]: from pprint import pprint", "",
            f"In [{sel + 1}]: pprint({var}, sort_dicts=False)")
        for i, (k, induk, x) in enumerate(docs):
            a = "[{" if i == 0 else " {"
            z = "}]" if i == len(docs) - 1 else "},"
            d.L(f"{a}'kode': '{k}',", f"  'induk': '{induk}',", f"  'uraian': '{x[1]}',", f"  'pagu': {_rp(x[2])},",
                f"  'realisasi': {_rp(x[3])},", f"  'sisa': {_rp(x[4])},", f"  'serapan': '{x[5]}'{z}")
        d.L("", "(kunci: nilai dalam rupiah; serapan = realisasi terhadap pagu dalam persen; induk = kode baris di "
            "atasnya; kode TOTAL = jumlah seluruh pagu)", "")
    return r


def r_irb(judul, model):
    """The capaian as an irb session on the e-Kinerja application's server (Ruby on Rails console), typed
    again: the prompt `irb(main):00n:0>` with a query, then `pp` of one hash an indicator (`"nomor"=>`,
    `"indikator"=>`, `"satuan"=>`, `"target"=>`, `"realisasi"=>`, `"capaian"=>`), `=> nil` last. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Salinan layar: {judul} - sesi rails console diketik ulang]", "",
            f"irb(main):001:0> {model}.where(tahun: {d.tahun}).count", f"=> {len(rows)}",
            f"irb(main):002:0> {model}.where(tahun: {d.tahun}).order(:nomor).each {{ |c| pp c.attributes.slice("
            "\"nomor\", \"indikator\", \"satuan\", \"target\", \"realisasi\", \"capaian\") }; nil")
        for x in rows:
            d.L(f"{{\"nomor\"=>{int(x[0])},", f" \"indikator\"=>", f"  \"{x[1]}\",", f" \"satuan\"=>\"{x[2]}\",",
                f" \"target\"=>\"{x[3]}\",", f" \"realisasi\"=>\"{x[4]}\",", f" \"capaian\"=>\"{x[5]}\"}}")
        d.L("=> nil", "", "(kunci: target = target Perjanjian Kinerja; capaian = capaian kinerja dalam persen)", "")
    return r


def r_graphql(judul, url):
    """The SAKIP evaluation as a GraphQL query to the evaluation application's API and its JSON answer, typed
    again: the query `evaluasiAkip(tahunDinilai: n)` with `komponen { nomor nama bobot nilai }`, `nilaiAkhir`,
    `predikat`, then `{"data": {"evaluasiAkip": {...}}}` with the values as strings. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        d.L(cap, "", f"[Lampiran: {judul} - permintaan ke {url} dan jawabannya diketik ulang]", "",
            "# permintaan", "query {", f"  evaluasiAkip(satker: \"{d.satker}\", tahunDinilai: {th}) {{",
            "    tahunDinilai", "    komponen { nomor nama bobot nilai }", "    nilaiAkhir", "    predikat", "  }", "}",
            "", "# jawaban", "{", "  \"data\": {", "    \"evaluasiAkip\": {", f"      \"tahunDinilai\": {th},",
            "      \"komponen\": [")
        for i, x in enumerate(komp):
            z = "," if i < len(komp) - 1 else ""
            d.L(f"        {{ \"nomor\": {int(x[0])}, \"nama\": \"{x[1]}\", \"bobot\": \"{x[2]}\", \"nilai\": \"{x[3]}\" }}{z}")
        d.L("      ],", f"      \"nilaiAkhir\": \"{tot[3]}\",", f"      \"predikat\": \"{predikat(angka(tot[3]))}\"",
            "    }", "  }", "}", "",
            "(kunci: komponen = komponen evaluasi AKIP; nilaiAkhir = nilai hasil evaluasi; bobot dalam persen)", "")
    return r


def _esc(s):
    return s.replace(" ", "\\ ").replace(",", "\\,")


def r_influx(judul, bucket, waktu):
    """The DPT as InfluxDB line protocol of the data operator's monitoring (an `influx write` batch), typed
    again: one line a kecamatan `dpt,pemilihan=…,kecamatan=NAMA\\ KECAMATAN desa=ni,tps=ni,laki=ni,perempuan=ni,
    jumlah=ni <timestamp>` (spaces in tag values escaped), the kabupaten's line (tag `kabupaten=`) last. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        isi = [x for x in rows if x[0] != ""]
        tot = _tot(rows)
        pem = next((w for w in cap.split() if w.isdigit()), "")
        tag = ("pemilu" if "Pemilu" in cap else "pilkada") + pem
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas line protocol untuk bucket {bucket} diketik ulang]", "",
            f"# influx write --bucket {bucket} --precision s --file dpt_{tag}.lp")
        for x in isi:
            d.L(f"dpt,pemilihan={tag},kecamatan={_esc(x[1])} desa={_rp(x[2])}i,tps={_rp(x[3])}i,laki={_rp(x[4])}i,"
                f"perempuan={_rp(x[5])}i,jumlah={_rp(x[6])}i {waktu}")
        d.L(f"dpt,pemilihan={tag},kabupaten={_esc(_kab(d))} desa={_rp(tot[2])}i,tps={_rp(tot[3])}i,"
            f"laki={_rp(tot[4])}i,perempuan={_rp(tot[5])}i,jumlah={_rp(tot[6])}i {waktu}", "",
            "(kunci: tanda \\ sebelum spasi hanya penanda spasi dalam nama wilayah; akhiran i = bilangan bulat; laki / "
            "perempuan / jumlah = pemilih laki-laki, perempuan dan jumlah; baris kabupaten = jumlah seluruh kecamatan)", "")
    return r


def r_wbs(judul, berkas):
    """The budget as a PlantUML work-breakdown diagram's source (`@startwbs`), typed again: one multi-line node
    `*:…;` a budget line, its depth the level (`*` the total, `**` a program, `***` a kegiatan, `****` an
    output), the lines `Pagu`, `Realisasi`, `Sisa`, `Serapan` inside. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = _tot(rows)
        d.L(cap, "", f"[Lampiran: {judul} - sumber diagram {berkas} diketik ulang]", "",
            "@startwbs", f"title Struktur Anggaran Tahun {d.tahun} (rupiah)",
            f"*:{tot[1] or 'JUMLAH'}", f"Pagu: {tot[2]}", f"Realisasi: {tot[3]}", f"Sisa: {tot[4]}", f"Serapan: {tot[5]}%;")
        for k, induk, x in _induk(rows):
            lv = 2 if k.startswith("0") else 3 if k.isdigit() else 4
            d.L(f"{'*' * lv}:{k} {x[1]}", f"Pagu: {x[2]}", f"Realisasi: {x[3]}", f"Sisa: {x[4]}", f"Serapan: {x[5]}%;")
        d.L("@endwbs", "", "(kunci: jumlah bintang = tingkat: * jumlah, ** program, *** kegiatan, **** keluaran; "
            "nilai dalam rupiah; serapan dalam persen)", "")
    return r
