# Shared helpers of this batch's authoring scripts (author49a.py, author49b.py). Everything of the
# earlier batches comes through ../dev48/common48.py (on ../dev47 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev48/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev48"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common48  # noqa: E402,F401  (puts ../dev47 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common48 import (_tot, _induk, _kab, _rp, abreast, angka, baris, buka, cap_lama, halaman, id_dec, id_int, IND,  # noqa: E402,F401
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


def _n(s):
    """A count or amount cell as a bare integer (dots dropped)."""
    return str(_rp(str(s)))


def _pemilihan(cap):
    """The election a DPT caption names: ("pemilu"|"pilkada", year)."""
    th = next((w for w in cap.split() if w.isdigit() and len(w) == 4), "")
    return ("pemilu" if "Pemilu" in cap else "pilkada"), th


# ---- new house styles ----
def r_prolog(judul, berkas):
    """The DPT as a Prolog fact base the data operator loaded in SWI-Prolog, typed again: `%` comments, a
    `:- module` line, one `dpt(kecamatan, 'NAMA', Desa, TPS, L, P, Jumlah).` fact a kecamatan (names quoted
    with single quotes, an apostrophe in a name doubled as Prolog writes it, numbers without separators), the
    `dpt(kabupaten, …)` fact last, then a query summing the kecamatan and its answer. Other tables plain TAB."""
    def q(s):
        return "'" + s.replace("'", "''") + "'"

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        isi = [x for x in rows if x[0] != ""]
        tot = _tot(rows)
        pem, th = _pemilihan(cap)
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} diketik ulang, dimuat di SWI-Prolog]", "",
            f"% {berkas}", f"% Basis fakta DPT {'Pemilu' if pem == 'pemilu' else 'Pemilihan'} {th} per kecamatan",
            "% dpt(Tingkat, Wilayah, DesaKel, TPS, PemilihL, PemilihP, Jumlah).",
            f":- module(dpt_{pem}{th}, [dpt/7]).", "")
        for x in isi:
            d.L(f"dpt(kecamatan, {q(x[1])}, {_n(x[2])}, {_n(x[3])}, {_n(x[4])}, {_n(x[5])}, {_n(x[6])}).")
        d.L(f"dpt(kabupaten, {q(_kab(d))}, {_n(tot[2])}, {_n(tot[3])}, {_n(tot[4])}, {_n(tot[5])}, {_n(tot[6])}).", "",
            "?- aggregate_all(sum(J), dpt(kecamatan, _, _, _, _, _, J), Total).", f"Total = {_n(tot[6])}.", "",
            "(kunci: Tingkat kecamatan = satu kecamatan, kabupaten = jumlah seluruh kecamatan; dua tanda petik '' di "
            "dalam nama = satu tanda petik; PemilihL / PemilihP / Jumlah = pemilih laki-laki, perempuan dan jumlah)", "")
    return r


def r_basic(judul, berkas):
    """The DPT as a GW-BASIC program listing of the old recap program, typed again: numbered lines, `REM`
    remarks, a READ/PRINT loop, then one `DATA "NAMA", desa, tps, l, p, jumlah` line a kecamatan and, after a
    REM saying so, the kabupaten's DATA line last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        isi = [x for x in rows if x[0] != ""]
        tot = _tot(rows)
        pem, th = _pemilihan(cap)
        nama = "PEMILU" if pem == "pemilu" else "PEMILIHAN"
        d.L(cap, "", f"[Lampiran: {judul} - listing {berkas} (GW-BASIC) dari komputer operator, diketik ulang]", "",
            f"10 REM {berkas} - REKAP DPT {nama} {th} KABUPATEN {_kab(d)}",
            "20 REM URUTAN DATA: KECAMATAN, DESA/KEL, TPS, LAKI-LAKI, PEREMPUAN, JUMLAH",
            "30 CLS : PRINT \"KECAMATAN\", \"L\", \"P\", \"L+P\"",
            f"40 FOR I = 1 TO {len(isi)}", "50 READ N$, D, T, L, P, J", "60 PRINT N$, L, P, J", "70 NEXT I",
            "80 READ N$, D, T, L, P, J : PRINT \"TOTAL \"; N$, L, P, J", "90 END")
        no = 1000
        for x in isi:
            d.L(f"{no} DATA \"{x[1]}\", {_n(x[2])}, {_n(x[3])}, {_n(x[4])}, {_n(x[5])}, {_n(x[6])}")
            no += 10
        d.L(f"{no} REM BARIS DATA TERAKHIR = JUMLAH KABUPATEN",
            f"{no + 10} DATA \"{_kab(d)}\", {_n(tot[2])}, {_n(tot[3])}, {_n(tot[4])}, {_n(tot[5])}, {_n(tot[6])}", "",
            "(kunci: urutan angka pada setiap baris DATA sesuai baris 20; nomor baris 10, 20, ... 1000, 1010, ... "
            "hanya nomor urut program, bukan data)", "")
    return r


def r_erlang(judul, berkas):
    """The budget as an Erlang term file of the reporting application's configuration (read with
    file:consult/1), typed again: `%%` comments, one tuple a budget line `{tingkat, "kode", "induk", "uraian",
    pagu, realisasi, sisa, "serapan"}.` (integers without separators), the total's tuple first, then the
    shell's check of the file. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = _tot(rows)
        baris_ = _induk(rows)
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} (term Erlang, dibaca dengan file:consult/1) "
                     "diketik ulang]", "",
            f"%% {berkas}", f"%% Realisasi anggaran tahun {d.tahun}, dalam rupiah",
            "%% {Tingkat, Kode, KodeInduk, Uraian, Pagu, Realisasi, Sisa, Serapan}.",
            f"{{total, \"TOTAL\", \"\", \"{tot[1] or 'JUMLAH'}\", {_n(tot[2])}, {_n(tot[3])}, {_n(tot[4])}, \"{tot[5]}\"}}.")
        for k, induk, x in baris_:
            lv = "program" if k.startswith("0") else "kegiatan" if k.isdigit() else "keluaran"
            d.L(f"{{{lv}, \"{k}\", \"{induk}\", \"{x[1]}\", {_n(x[2])}, {_n(x[3])}, {_n(x[4])}, \"{x[5]}\"}}.")
        d.L("", f"1> {{ok, Baris}} = file:consult(\"{berkas}\"), length(Baris).", f"{len(baris_) + 1}", "",
            "(kunci: total = jumlah seluruh pagu; program dan kegiatan menurut kodenya, KodeInduk = kode baris di "
            "atasnya; Serapan = realisasi terhadap pagu dalam persen)", "")
    return r


def _titik(s):
    """A percent cell `96,60` as Mathematica prints the real number: `96.6`."""
    v = s.replace(",", ".")
    if "." in v:
        v = v.rstrip("0")
        v = v + "0" if v.endswith(".") else v
    return v


def r_wolfram(judul, var, berkas):
    """The budget as a Wolfram Mathematica notebook's output, typed again: `In[n]:=` imports the SAKTI sheet,
    `Out[n]=` prints a list of Associations `<|"kode" -> "…", "induk" -> "…", "uraian" -> "…", "pagu" -> n,
    "realisasi" -> n, "sisa" -> n, "serapan" -> 96.62|>` (one a line, integers bare, the percent a real with a
    point), the total last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = _tot(rows)
        docs = _induk(rows) + [("TOTAL", "", [tot[0], tot[1] or "JUMLAH"] + tot[2:])]
        d.L(cap, "", f"[Salinan: {judul} - keluaran notebook Mathematica diketik ulang]", "",
            f"In[1]:= {var} = Import[\"{berkas}\", {{\"Data\", 1}}];",
            f"In[2]:= {var} // Length", f"Out[2]= {len(docs)}",
            f"In[3]:= {var}")
        for i, (k, induk, x) in enumerate(docs):
            a = "Out[3]= {" if i == 0 else "         "
            z = "}" if i == len(docs) - 1 else ","
            d.L(f"{a}<|\"kode\" -> \"{k}\", \"induk\" -> \"{induk}\", \"uraian\" -> \"{x[1]}\", \"pagu\" -> {_n(x[2])}, "
                f"\"realisasi\" -> {_n(x[3])}, \"sisa\" -> {_n(x[4])}, \"serapan\" -> {_titik(x[5])}|>{z}")
        d.L("", "(kunci: nilai dalam rupiah; serapan = realisasi terhadap pagu dalam persen, dengan titik desimal; "
            "induk = kode baris di atasnya; kode TOTAL = jumlah seluruh pagu)", "")
    return r


def r_utop(judul, var):
    """The capaian as an OCaml toplevel (utop) session of the monitoring tool, typed again: `#use` of the data
    file, the record type, then `val … : capaian list =` and one record a row over three lines (`{nomor = 1;`,
    `indikator = "…";`, `satuan = "%"; target = "…"; realisasi = "…"; capaian = "…"}`), closed by `]`, and a
    `List.length` check. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Salinan layar: {judul} - sesi utop (OCaml) diketik ulang]", "",
            f"utop # #use \"{var}.ml\";;",
            "type capaian = { nomor : int; indikator : string; satuan : string; target : string; realisasi : string; "
            "capaian : string; }", f"val {var} : capaian list =")
        for i, x in enumerate(rows):
            a = "  [" if i == 0 else "   "
            z = "]" if i == len(rows) - 1 else ";"
            d.L(f"{a}{{nomor = {int(x[0])};", f"    indikator = \"{x[1]}\";",
                f"    satuan = \"{x[2]}\"; target = \"{x[3]}\"; realisasi = \"{x[4]}\"; capaian = \"{x[5]}\"}}{z}")
        d.L(f"utop # List.length {var};;", f"- : int = {len(rows)}", "",
            "(kunci: target = target Perjanjian Kinerja; capaian = capaian kinerja dalam persen)", "")
    return r


def r_tcl(judul, berkas):
    """The SAKIP evaluation as a tclsh session over the evaluation's Tcl data file, typed again: `source`, then
    `dict get` of the year, one `puts` line a component as a Tcl list (`nomor 1 nama {Perencanaan Kinerja}
    bobot 30,00 nilai 17,40`, a name of several words in braces), the final score and predikat. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        br = lambda s: "{" + s + "}" if " " in s else s
        d.L(cap, "", f"[Salinan layar: {judul} - sesi tclsh atas berkas {berkas} diketik ulang]", "",
            f"% source {berkas}", "% dict get $evaluasi tahun_dinilai", th,
            "% foreach k [dict get $evaluasi komponen] { puts $k }")
        for x in komp:
            d.L(f"nomor {int(x[0])} nama {br(x[1])} bobot {x[2]} nilai {x[3]}")
        d.L("% dict get $evaluasi nilai_akhir", tot[3], "% dict get $evaluasi predikat", predikat(angka(tot[3])), "",
            "(kunci: tahun_dinilai = tahun kinerja yang dievaluasi; komponen = komponen evaluasi AKIP, bobot dalam "
            "persen; nilai_akhir = nilai hasil evaluasi; kurung kurawal hanya pengelompok nama)", "")
    return r
