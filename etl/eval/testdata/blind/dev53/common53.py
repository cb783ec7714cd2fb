# Shared helpers of this batch's authoring scripts (author53a.py, author53b.py). Everything of the
# earlier batches comes through ../dev52/common52.py (on ../dev51 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev52/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev52"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common52  # noqa: E402,F401  (puts ../dev51 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common52 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, abreast, angka, baris,  # noqa: E402,F401
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
def r_hpgl(judul, berkas):
    """The DPT as the HP-GL file the office's pen plotter drew the recap poster from, typed again: `IN;`,
    `SP1;`, `DT*;` (label terminator `*`), the heading label, then one line a kecamatan: the pen moved up to each
    column's place `PU x,y;` and the cell written as a label `LB…*` (numbers without separators), the
    kabupaten's line last drawn with pen 2, `SP0;`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)
        nama_pem = "PEMILU" if pem == "pemilu" else "PEMILIHAN"
        xs = (400, 3200, 4400, 5600, 7000, 8400)

        def garis(y, sel):
            return "".join(f"PU{x},{y};LB{s}*" for x, s in zip(xs, sel))
        d.L(cap, "", f"[Lampiran: {judul} - berkas plotter {berkas} (HP-GL) diketik ulang]", "",
            "IN;", "SP1;", "DT*;", "SI0.25,0.35;", f"PU400,9000;LBREKAP DPT {nama_pem} {th} PER KECAMATAN*",
            "SI0.18,0.25;", garis(8600, ("KECAMATAN", "DESA/KEL", "TPS", "LAKI-LAKI", "PEREMPUAN", "JUMLAH")))
        y = 8200
        for x in isi:
            d.L(garis(y, (x[1], _n(x[2]), _n(x[3]), _n(x[4]), _n(x[5]), _n(x[6]))))
            y -= 400
        d.L("SP2;", garis(y - 200, (_kab(d), _n(tot[2]), _n(tot[3]), _n(tot[4]), _n(tot[5]), _n(tot[6]))),
            "PU0,0;SP0;", "",
            "(kunci: PU x,y = posisi pena, LB ... * = tulisan; tiap baris = satu kecamatan: nama, jumlah "
            "desa/kelurahan, TPS, pemilih laki-laki, perempuan dan jumlah; baris dengan pena SP2 = jumlah "
            "kabupaten)", "")
    return r


def r_sqlupd(judul, berkas):
    """The DPT as the SQL UPDATE script the data operator ran on the office's recap database, typed again:
    one `UPDATE rekap_dpt SET desa = 13, tps = 66, pemilih_l = 6488, pemilih_p = 6691, pemilih_total = 13179
    WHERE kecamatan = 'ATAMBUA BARAT';` a kecamatan over two lines, the kabupaten's row (`tingkat = 'KAB'`)
    last, `COMMIT;`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)
        q = lambda t: "'" + t.replace("'", "''") + "'"
        st = lambda x: (f"UPDATE rekap_dpt SET desa = {_n(x[2])}, tps = {_n(x[3])}, pemilih_l = {_n(x[4])}, "
                        f"pemilih_p = {_n(x[5])}, pemilih_total = {_n(x[6])}")
        d.L(cap, "", f"[Lampiran: {judul} - skrip {berkas} (SQL) diketik ulang]", "",
            f"-- {berkas}: pemutakhiran tabel rekap_dpt, {pem} {th}", "BEGIN;")
        for x in isi:
            d.L(st(x), f"  WHERE pemilihan = '{pem.upper()} {th}' AND tingkat = 'KEC' AND kecamatan = {q(x[1])};")
        d.L(st(tot), f"  WHERE pemilihan = '{pem.upper()} {th}' AND tingkat = 'KAB' AND kecamatan = {q(_kab(d))};",
            "COMMIT;", "",
            "(kunci: satu UPDATE = satu kecamatan; desa = jumlah desa/kelurahan, tps = jumlah TPS, pemilih_l / "
            "pemilih_p / pemilih_total = pemilih laki-laki, perempuan dan jumlah; tingkat KAB = jumlah kabupaten)", "")
    return r


def r_xbase(judul, berkas):
    """The budget as the dBase/Clipper program (.PRG) that filled the old finance application's table, typed
    again: `USE`, then per budget row `APPEND BLANK` and a `REPLACE KODE WITH "…", URAIAN WITH "…"` line and a
    `REPLACE PAGU WITH …, REALISASI WITH …, SISA WITH …, PERSEN WITH 94.17` line (numbers bare, the percent with
    a point), the total's record last, `USE`, `RETURN`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        pt = lambda s: s.replace(",", ".")

        def rec(kode, x):
            d.L("APPEND BLANK", f'REPLACE KODE WITH "{kode}", URAIAN WITH "{x[1]}"',
                f"REPLACE PAGU WITH {_n(x[2])}, REALISASI WITH {_n(x[3])}, SISA WITH {_n(x[4])}, "
                f"PERSEN WITH {pt(x[5])}")
        d.L(cap, "", f"[Lampiran: {judul} - program {berkas} (dBase/Clipper) diketik ulang]", "",
            f"* {berkas} - isi tabel REALANG.DBF", "SET DATE BRITISH", "USE REALANG EXCLUSIVE", "ZAP")
        for k, induk, x in isi:
            rec(k, x)
        rec("", tot)
        d.L("USE", "RETURN", "",
            "(kunci: satu APPEND BLANK = satu baris anggaran; PAGU, REALISASI, SISA dalam rupiah, PERSEN = serapan "
            "dengan titik desimal; kode berawalan 076 = program, kode empat angka = kegiatan di bawahnya; record "
            "terakhir dengan KODE kosong = jumlah seluruh pagu)", "")
    return r


def r_qr(judul, berkas):
    """The budget as the texts of the QR codes printed on each row of the realisation control card, read by
    the phone's scanner app and typed again: one `Hasil pindai n:` line a row holding the payload
    `KPU-ANG|th|kode|uraian|PAGU=…|REAL=…|SISA=…|SERAPAN=94,17`, the total's code `JUMLAH`. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        th = d.tahun
        pl = lambda kode, x: (f"KPU-ANG|{th}|{kode}|{x[1]}|PAGU={_n(x[2])}|REAL={_n(x[3])}|SISA={_n(x[4])}|"
                              f"SERAPAN={x[5]}")
        d.L(cap, "", f"[Lampiran: {judul} - hasil pindai kode QR {berkas} diketik ulang]", "")
        for i, (k, induk, x) in enumerate(isi, 1):
            d.L(f"Hasil pindai {i}: {pl(k, x)}")
        d.L(f"Hasil pindai {len(isi) + 1}: {pl('JUMLAH', tot)}", "",
            "(kunci: satu hasil pindai = satu baris anggaran; PAGU, REAL (realisasi), SISA dalam rupiah, SERAPAN "
            "dalam persen; kode berawalan 076 = program, kode empat angka = kegiatan di bawahnya; kode JUMLAH = "
            "jumlah seluruh pagu)", "")
    return r


def r_listtable(judul, berkas):
    """The capaian as the reStructuredText source of the office's website page, typed again: a `.. list-table::`
    directive with `:widths:` and `:header-rows: 1`, one `* - …` bullet a row and one `  - …` line a cell."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - sumber reStructuredText {berkas} diketik ulang]", "",
            f".. list-table:: {cap}", "   :widths: 5 45 10 13 13 14", "   :header-rows: 1", "")
        for x in [["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]] + rows:
            d.L(f"   * - {x[0]}", *[f"     - {v}" for v in x[1:6]])
        d.L("", "(kunci: satu butir * = satu baris; sel berurutan: nomor, indikator, satuan, target, realisasi, "
            "capaian dalam persen)", "")
    return r


def r_atsms(judul, berkas):
    """The SAKIP components as the AT-command log of the office's GSM modem that sent the evaluation result by
    SMS to the commissioners, typed again: `AT+CMGF=1` / `OK`, then per component `AT+CMGS="+62…"`, the prompt
    `> ` with the message `AKIP 2023 K1 Perencanaan Kinerja bobot 30,00 nilai 22,65`, `+CMGS: n`, `OK`; the last
    message the score and predikat. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        d.L(cap, "", f"[Lampiran: {judul} - log modem {berkas} (perintah AT) diketik ulang]", "",
            "AT", "OK", "AT+CMGF=1", "OK")
        ref = 41
        for i, x in enumerate(komp, 1):
            d.L('AT+CMGS="+6281237004410"', f"> AKIP {th} K{i} {x[1]} bobot {x[2]} nilai {x[3]}<Ctrl-Z>",
                f"+CMGS: {ref}", "OK")
            ref += 1
        d.L('AT+CMGS="+6281237004410"',
            f"> AKIP {th} NILAI AKHIR {tot[3]} PREDIKAT {predikat(angka(tot[3]))}<Ctrl-Z>", f"+CMGS: {ref}", "OK",
            "", "(kunci: tiap pesan AKIP = satu komponen evaluasi: nomor, nama, bobot dan nilai; pesan NILAI AKHIR = "
            "nilai hasil evaluasi dan predikatnya)", "")
    return r
