# Shared helpers of this batch's authoring scripts (author55a.py, author55b.py). Everything of the
# earlier batches comes through ../dev54/common54.py (on ../dev53 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev54/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev54"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common54  # noqa: E402,F401  (puts ../dev53 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common54 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, abreast, angka, baris,  # noqa: E402,F401
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
def r_wpcodes(judul, berkas):
    """The DPT as a WordPerfect document seen with Reveal Codes on (Alt+F3), the codes typed again as they show:
    `[Tab]` between cells, `[HRt]` at each line's end, `[Bold On]`/`[Bold Off]` around the header and the
    kabupaten's row, a `[Tab Set:…]` and `[Font:…]` code first; no real TAB. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)
        row = lambda x, nama: "[Tab]".join([nama, x[2], x[3], x[4], x[5], x[6]])
        d.L(cap, "", f"[Lampiran: {judul} - kode tampilan (Reveal Codes) WordPerfect {berkas} diketik ulang]", "",
            "[Open Style:InitialCodes][Font:Courier 10cpi][Tab Set:Rel; +2.4\",+3.2\",+3.9\",+4.8\",+5.7\"][HRt]",
            "[Bold On]KECAMATAN[Tab]DESA/KEL[Tab]TPS[Tab]L[Tab]P[Tab]JUMLAH[Bold Off][HRt]")
        for x in isi:
            d.L(row(x, x[1]) + "[HRt]")
        d.L(f"[Bold On]{row(tot, 'JUMLAH ' + _kab(d))}[Bold Off][HRt]", "[HPg]", "",
            "(kunci: [Tab] = pindah kolom, [HRt] = akhir baris; kolom berurutan: kecamatan, jumlah desa/kelurahan, TPS, "
            f"pemilih laki-laki (L), perempuan (P) dan jumlah; baris tebal terakhir = jumlah kabupaten; DPT {pem.title()} {th})",
            "")
    return r


def r_diff(judul, berkas):
    """The DPT as the unified diff (a new file) with which the data operator committed the recap to the office's
    git repository, typed again: `diff --git`, `new file mode`, `--- /dev/null`, `+++ b/…`, the hunk head
    `@@ -0,0 +1,n @@`, then one `+` line a row, cells separated by `; `; the kabupaten's row last. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)
        row = lambda x, nama: "+" + "; ".join([nama, x[2], x[3], x[4], x[5], x[6]])
        d.L(cap, "", f"[Lampiran: {judul} - tambalan (patch) git {berkas} diketik ulang]", "",
            f"diff --git a/rekap/{berkas} b/rekap/{berkas}", "new file mode 100644", "index 0000000..5e1c0a7",
            "--- /dev/null", f"+++ b/rekap/{berkas}", "@@ -0,0 +1,%d @@" % (len(isi) + 2),
            "+KECAMATAN; DESA/KEL; TPS; L; P; JUMLAH")
        for x in isi:
            d.L(row(x, x[1]))
        d.L(row(tot, "JUMLAH " + _kab(d)), "",
            "(kunci: tiap baris + = satu baris berkas rekap; kolom dipisah titik koma: kecamatan, jumlah desa/kelurahan, "
            f"TPS, pemilih laki-laki (L), perempuan (P), jumlah; baris terakhir = jumlah kabupaten; DPT {pem.title()} {th})",
            "")
    return r


def r_asa(judul, berkas):
    """The budget as the line-printer listing of the finance host with ASA carriage control in column 1, typed
    again: `1` (new page) on the heading, `0` (double space) before each program and the total, a blank (single
    space) before each kegiatan, `+` (overprint) underlining the header; fixed-width columns, figures with dots.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        wu = max(len(x[1]) for k, i, x in isi) + 2
        line = lambda c, k, u, p, x, s, q: f"{c}{k:<11}{u:<{wu}}{p:>16}{x:>16}{s:>15}{q:>8}"
        d.L(cap, "", f"[Lampiran: {judul} - cetakan printer baris {berkas} (kendali kereta ASA di kolom 1) diketik ulang]",
            "", f"1{_kab(d)} - DAFTAR REALISASI ANGGARAN PER PROGRAM/KEGIATAN{'HAL    1':>40}",
            line("0", "KODE", "URAIAN", "PAGU", "REALISASI", "SISA", "%"),
            line("+", "____", "______", "____", "_________", "____", "_"))
        for k, induk, x in isi:
            d.L(line("0" if not induk else " ", k, x[1], x[2], x[3], x[4], x[5]))
        d.L(line("0", "", tot[1], tot[2], tot[3], tot[4], tot[5]), "",
            "(kunci: kolom 1 = kendali kereta ASA (1 halaman baru, 0 spasi ganda, + cetak timpa, kosong spasi tunggal), "
            "bukan bagian kode; pagu, realisasi dan sisa dalam rupiah, % = serapan; kode berawalan 076 = program, kode "
            "empat angka = kegiatan di bawahnya; baris terakhir = jumlah seluruh pagu)", "")
    return r


def r_telnet(judul, berkas, host="keuangan.kpu.lokal"):
    """The budget as the telnet session log of the finance host's query program, typed again: the connection,
    `login:`, then per budget row the command `REALISASI> tampil <kode>` and its answer in `NAME  : value` lines
    (KODE, URAIAN, PAGU, REALISASI, SISA, SERAPAN %); the total's query (`tampil JUMLAH`) last. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)

        def q(kode, x):
            d.L(f"REALISASI> tampil {kode}", f"  KODE       : {kode}", f"  URAIAN     : {x[1]}", f"  PAGU       : {x[2]}",
                f"  REALISASI  : {x[3]}", f"  SISA       : {x[4]}", f"  SERAPAN %  : {x[5]}")
        d.L(cap, "", f"[Lampiran: {judul} - log sesi telnet {berkas} diketik ulang]", "",
            f"$ telnet {host}", "Trying 10.53.20.5...", f"Connected to {host}.", "Escape character is '^]'.", "",
            "login: operator", "Password:", "Selamat datang di layanan realisasi anggaran.")
        for k, induk, x in isi:
            q(k, x)
        q("JUMLAH", tot)
        d.L("REALISASI> keluar", "Connection closed by foreign host.", "",
            "(kunci: satu perintah tampil = satu baris anggaran; pagu, realisasi dan sisa dalam rupiah, serapan dalam "
            "persen; kode berawalan 076 = program, kode empat angka = kegiatan di bawahnya; tampil JUMLAH = jumlah "
            "seluruh pagu)", "")
    return r


def r_prompter(judul, berkas):
    """The capaian as the teleprompter script of the office's year-end video, typed again: a head line with the
    scroll speed, then per indicator `>> INDIKATOR n.`, the indicator's name, `>> SATUAN: …`, `>> TARGET: …`,
    `>> REALISASI: …`, `>> CAPAIAN: … PERSEN.` and a pause mark `///`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - naskah teleprompter {berkas} diketik ulang]", "",
            "[[ KECEPATAN GULIR 3 - KAMERA 1 - PEMBAWA: KETUA ]]", "")
        for x in rows:
            d.L(f">> INDIKATOR {x[0]}.", f">> {x[1]}", f">> SATUAN: {x[2]}", f">> TARGET: {x[3]}",
                f">> REALISASI: {x[4]}", f">> CAPAIAN: {x[5]} PERSEN.", "///", "")
        d.L("[[ SELESAI - POTONG KE GRAFIS ]]", "",
            "(kunci: satu blok INDIKATOR = satu baris tabel capaian: nama indikator, satuan, target, realisasi dan "
            "capaian dalam persen; /// = jeda)", "")
    return r


def r_lsl(judul, folder):
    """The SAKIP components as the `ls -l` listing of the folder where each component's evaluation sheet was
    scanned, the file named by the component, its weight and its score, typed again: `$ ls -l …`, `total n`,
    one `-rw-r--r--` line a file (names quoted, as ls shows names with blanks), the final score's file last.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        pr = predikat(angka(tot[3]))
        d.L(cap, "", f"[Lampiran: {judul} - daftar berkas (ls -l) folder {folder} diketik ulang]", "",
            f"$ ls -l {folder}", "total 2716")
        size = 401311
        for i, x in enumerate(komp, 1):
            d.L(f"-rw-r--r-- 1 tu tu {size:>7} Jan 15 09:{10 + i:02d} 'K{i} {x[1]} - bobot {x[2]} - nilai {x[3]}.pdf'")
            size = (size * 7 + 13) % 600000 + 100000
        d.L(f"-rw-r--r-- 1 tu tu {size:>7} Jan 15 09:30 'NILAI AKHIR AKIP {th} - {tot[3]} - predikat {pr}.pdf'", "",
            "(kunci: satu berkas K = satu komponen evaluasi: nama komponen, bobot dan nilai tertulis di nama berkas; "
            "berkas NILAI AKHIR = nilai hasil evaluasi dan predikatnya; angka kolom kelima = ukuran berkas dalam bait)", "")
    return r
