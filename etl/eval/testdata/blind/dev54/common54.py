# Shared helpers of this batch's authoring scripts (author54a.py, author54b.py). Everything of the
# earlier batches comes through ../dev53/common53.py (on ../dev52 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev53/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev53"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common53  # noqa: E402,F401  (puts ../dev52 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common53 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, abreast, angka, baris,  # noqa: E402,F401
                      buka, cap_lama, halaman, id_dec, id_int, IND, jenis, kpu, NAMA, persen_sel, predikat, r_kantor,
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


# ---- new house styles ----
def r_ahk(judul, berkas):
    """The DPT as the AutoHotkey macro the data operator ran to type the recap into the web form, typed again:
    a `;` comment, `#NoEnv`, `SetKeyDelay`, the hotkey `^!r::`, then per kecamatan a `; Kecamatan …` comment,
    `Click`, and one `SendInput, …{Tab}` line a cell (name, villages, TPS, L, P, total; numbers bare), the last
    cell sent with `{Enter}`, `Sleep, 800`; the kabupaten's block last; `return`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)

        def blok(kom, x, nama):
            d.L(f"; {kom}", "Click, 412, 238")
            sel = [nama, _n(x[2]), _n(x[3]), _n(x[4]), _n(x[5])]
            for s in sel:
                d.L(f"SendInput, {s}{{Tab}}")
            d.L(f"SendInput, {_n(x[6])}{{Enter}}", "Sleep, 800")
        d.L(cap, "", f"[Lampiran: {judul} - makro AutoHotkey {berkas} diketik ulang]", "",
            f"; {berkas} - isi formulir rekap DPT {pem.upper()} {th}", "#NoEnv", "SetKeyDelay, 40", "^!r::")
        for x in isi:
            blok(f"Kecamatan {x[1]}", x, x[1])
        blok("Jumlah kabupaten", tot, _kab(d))
        d.L("return", "",
            "(kunci: satu blok = satu kecamatan; isian berurutan: nama kecamatan, jumlah desa/kelurahan, TPS, pemilih "
            "laki-laki, perempuan, lalu jumlah pemilih sebelum {Enter}; blok terakhir = jumlah kabupaten)", "")
    return r


def r_zoom(judul, berkas, jam="10:02"):
    """The DPT as the chat of the online plenary meeting (Zoom), saved as a text file and typed again: one
    `HH:MM:SS From  PPK <Kecamatan>  to  Everyone:` line and an indented message a kecamatan
    (`Desa/Kel 25, TPS 93, L 11.612, P 11.998, Jumlah 23.610`), the secretariat's message of the kabupaten's sum
    last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)
        msg = lambda x: f"\tDesa/Kel {x[2]}, TPS {x[3]}, L {x[4]}, P {x[5]}, Jumlah {x[6]}"
        d.L(cap, "", f"[Lampiran: {judul} - obrolan rapat daring {berkas} diketik ulang]", "")
        h, m = (int(v) for v in jam.split(":"))
        s = 7
        for x in isi:
            d.L(f"{h:02d}:{m:02d}:{s:02d} From  PPK {x[1].title()}  to  Everyone:", msg(x))
            s += 41
            m, s = m + s // 60, s % 60
        d.L(f"{h:02d}:{m + 2:02d}:15 From  Sekretariat KPU  to  Everyone:",
            f"\tJUMLAH {_kab(d)}: " + msg(tot)[1:], "",
            "(kunci: tiap pesan PPK = satu kecamatan: jumlah desa/kelurahan, TPS, pemilih laki-laki (L), perempuan (P) "
            "dan jumlah; pesan Sekretariat = jumlah kabupaten)", "")
    return r


def r_imacros(judul, berkas):
    """The budget as the iMacros browser macro (.iim) that typed the realisation into the finance web form, typed
    again: `VERSION BUILD=…`, `URL GOTO=…`, then per budget row one `TAG POS=1 TYPE=INPUT:TEXT FORM=NAME:frmreal
    ATTR=NAME:… CONTENT=…` line a field (kode, uraian with `<SP>` for blanks, pagu, realisasi, sisa, persen with a
    point) and the submit button's `TAG`; the total's row (kode `JUMLAH`) last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        tag = "TAG POS=1 TYPE=INPUT:TEXT FORM=NAME:frmreal ATTR=NAME:"

        def rec(kode, x):
            d.L(f"{tag}kode CONTENT={kode}", f"{tag}uraian CONTENT={x[1].replace(' ', '<SP>')}",
                f"{tag}pagu CONTENT={_n(x[2])}", f"{tag}realisasi CONTENT={_n(x[3])}", f"{tag}sisa CONTENT={_n(x[4])}",
                f"{tag}persen CONTENT={x[5].replace(',', '.')}",
                "TAG POS=1 TYPE=INPUT:SUBMIT FORM=NAME:frmreal ATTR=VALUE:Simpan", "WAIT SECONDS=1")
        d.L(cap, "", f"[Lampiran: {judul} - makro iMacros {berkas} diketik ulang]", "",
            "VERSION BUILD=10021450", "TAB T=1", "URL GOTO=http://keuangan.lokal/realisasi/isi")
        for k, induk, x in isi:
            rec(k, x)
        rec("JUMLAH", tot)
        d.L("", "(kunci: satu kelompok TAG = satu baris anggaran: kode, uraian (<SP> = spasi), pagu, realisasi dan sisa "
            "dalam rupiah, persen = serapan dengan titik desimal; kode berawalan 076 = program, kode empat angka = "
            "kegiatan di bawahnya; kode JUMLAH = jumlah seluruh pagu)", "")
    return r


def r_robot(judul, berkas):
    """The budget as the Robot Framework test suite the IT staff ran to check the finance application's realisation
    page, typed again: `*** Settings ***`, `*** Test Cases ***`, then one test case a budget row (`Baris 076.01.WA
    Program Dukungan Manajemen`) with keyword lines separated by four spaces: `Buka Baris    076.01.WA`,
    `Element Text Should Be    id:pagu    3.154.660.000` … `id:serapan    97,43`; the total's case last. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        sp = "    "

        def case(kode, x):
            d.L(f"Baris {kode} {x[1]}", f"{sp}Buka Baris{sp}{kode}")
            for f, v in (("pagu", x[2]), ("realisasi", x[3]), ("sisa", x[4]), ("serapan", x[5])):
                d.L(f"{sp}Element Text Should Be{sp}id:{f}{sp}{v}")
            d.L("")
        d.L(cap, "", f"[Lampiran: {judul} - berkas uji Robot Framework {berkas} diketik ulang]", "",
            "*** Settings ***", f"Library{sp}SeleniumLibrary", f"Resource{sp}keuangan.resource", "",
            "*** Test Cases ***")
        for k, induk, x in isi:
            case(k, x)
        case("JUMLAH", tot)
        d.L("(kunci: satu test case = satu baris anggaran; id:pagu, id:realisasi, id:sisa dalam rupiah, id:serapan "
            "dalam persen; kode berawalan 076 = program, kode empat angka = kegiatan di bawahnya; Baris JUMLAH = "
            "jumlah seluruh pagu)", "")
    return r


def r_nvda(judul, berkas):
    """The capaian as the NVDA screen reader's Speech Viewer log of a staff member reading the table, typed again:
    one spoken line a cell, the first of a row `baris n  No  kolom 1  …`, the others `<column title>  kolom k
    <cell>`, the header row first. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        kol = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
        d.L(cap, "", f"[Lampiran: {judul} - log Penampil Ucapan NVDA {berkas} diketik ulang]", "",
            "tabel dengan 6 kolom dan %d baris" % (len(rows) + 1), "baris 1  kolom 1  No")
        for k in range(2, 7):
            d.L(f"kolom {k}  {kol[k - 1]}")
        for i, x in enumerate(rows, 2):
            d.L(f"baris {i}  No  kolom 1  {x[0]}")
            for k in range(2, 7):
                d.L(f"{kol[k - 1]}  kolom {k}  {x[k - 1]}")
        d.L("keluar dari tabel", "",
            "(kunci: satu baris ucapan = satu sel; 'baris n' membuka satu baris tabel, lalu sel berurutan: indikator, "
            "satuan, target, realisasi dan capaian dalam persen)", "")
    return r


def r_gift(judul, berkas):
    """The SAKIP components as the Moodle GIFT quiz the office's e-learning room made from the evaluation result,
    typed again: a `// …` comment, `$CATEGORY: …`, then one numeric question a component
    `::K1 Perencanaan Kinerja:: Berapa nilai komponen Perencanaan Kinerja (bobot 30,00) pada evaluasi AKIP 2023?
    {#22,65}`, the last question the final score and its predikat. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        d.L(cap, "", f"[Lampiran: {judul} - bank soal GIFT {berkas} diketik ulang]", "",
            f"// {berkas} - kuis internal hasil evaluasi AKIP {th}", f"$CATEGORY: $course$/AKIP/{th}", "")
        for i, x in enumerate(komp, 1):
            d.L(f"::K{i} {x[1]}:: Berapa nilai komponen {x[1]} (bobot {x[2]}) pada evaluasi AKIP {th}? "
                f"{{#{x[3]}}}", "")
        pr = predikat(angka(tot[3]))
        salah = " ".join("~" + p for p in ("A", "BB", "B", "CC") if p != pr)
        d.L(f"::NILAI AKHIR:: Nilai akhir evaluasi AKIP {th} adalah {{#{tot[3]}}}, dengan predikat "
            f"{{={pr} {salah}}}", "",
            "(kunci: satu soal K = satu komponen evaluasi: nama, bobot dalam kurung dan nilai sebagai jawaban {#...}; "
            "soal NILAI AKHIR = nilai hasil evaluasi dan jawaban benar (=) predikatnya)", "")
    return r
