# Shared helpers of this batch's authoring scripts (author56a.py, author56b.py). Everything of the
# earlier batches comes through ../dev55/common55.py (on ../dev54 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev55/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev55"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common55  # noqa: E402,F401  (puts ../dev54 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common55 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, abreast, angka, baris,  # noqa: E402,F401
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
def _adif(tag, v):
    return f"<{tag}:{len(v)}>{v}"


def r_adif(judul, berkas, stasiun, th):
    """The DPT as the ADIF export of the ham-radio relay log (ORARI) that carried each kecamatan's recap from the
    PPK to the office, typed again: a header ending `<EOH>`, then one QSO record a kecamatan, every field
    `<NAME:length>value`, the recap in `APP_KPU_*` fields, the record closed by `<EOR>`; the kabupaten's record
    (sent by the office itself) last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - ekspor log ADIF {berkas} stasiun relai {stasiun} diketik ulang]", "",
            f"ADIF ekspor log relai ORARI {_kab(d).title()} - stasiun {stasiun}",
            " ".join([_adif("ADIF_VER", "3.1.4"), _adif("PROGRAMID", "LOGRELAI"), "<EOH>"]), "")
        for i, x in enumerate(isi + [tot]):
            kec = x[1] if x is not tot else _kab(d)
            call = f"YD9P{chr(65 + i // 26)}{chr(65 + i % 26)}" if x is not tot else stasiun
            d.L(" ".join([_adif("CALL", call), _adif("QSO_DATE", f"{th}0621"), _adif("TIME_ON", f"{9 + i // 6:02d}{(i * 7) % 60:02d}"),
                          _adif("BAND", "40m"), _adif("MODE", "SSB"), _adif("APP_KPU_WILAYAH", kec),
                          _adif("APP_KPU_DESA", x[2]), _adif("APP_KPU_TPS", x[3]), _adif("APP_KPU_L", x[4]),
                          _adif("APP_KPU_P", x[5]), _adif("APP_KPU_JML", x[6]), "<EOR>"]))
        d.L("", "(kunci: satu rekaman <EOR> = satu kecamatan; APP_KPU_WILAYAH = kecamatan, APP_KPU_DESA = jumlah "
            "desa/kelurahan, APP_KPU_TPS = TPS, APP_KPU_L / APP_KPU_P = pemilih laki-laki / perempuan, APP_KPU_JML = "
            f"jumlah; angka sesudah titik dua di dalam <...> = panjang isian, bukan data; rekaman terakhir dikirim "
            f"stasiun kantor = jumlah kabupaten; DPT {pem.title()} {tahun})", "")
    return r


def r_exif(judul, folder, th):
    """The DPT as the exiftool dump of the folder of photographs of each kecamatan's recap sheet, typed again:
    `$ exiftool -FileName -DateTimeOriginal -Model -GPSPosition -ImageDescription …`, one `======== file`
    block a photograph with `Tag Name    : value` lines, the recap in the Image Description; the kabupaten's
    sheet last, `n image files read` at the end. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - keluaran exiftool folder {folder} diketik ulang]", "",
            f"$ exiftool -FileName -DateTimeOriginal -Model -GPSPosition -ImageDescription {folder}*.jpg")
        for i, x in enumerate(isi + [tot]):
            nama = f"Kec. {x[1]}" if x is not tot else f"Kab. {_kab(d)}"
            f = f"IMG_{th}0612_{931 + i * 4:04d}.jpg"
            d.L(f"======== {folder}{f}", f"File Name                       : {f}",
                f"Date/Time Original              : {th}:06:12 {9 + i // 5:02d}:{(i * 11) % 60:02d}:{(i * 17) % 60:02d}",
                "Camera Model Name               : SM-A505F",
                f"GPS Position                    : 9 deg {38 + i} min {12 + i}.00 sec S, 119 deg {24 + i} min 5.00 sec E",
                f"Image Description               : Rekap DPT {nama} - desa/kel {x[2]}, TPS {x[3]}, L {x[4]}, P {x[5]}, "
                f"jumlah {x[6]}")
        d.L(f"   {len(isi) + 1} image files read", "",
            "(kunci: satu blok ======== = satu foto lembar rekap; data ada di Image Description: jumlah desa/kelurahan, "
            "TPS, pemilih laki-laki (L), perempuan (P) dan jumlah; waktu, kamera dan posisi GPS bukan data DPT; foto "
            f"terakhir = lembar rekap kabupaten; DPT {pem.title()} {tahun})", "")
    return r


def r_edlin(judul, berkas):
    """The budget as an MS-DOS EDLIN session on the finance clerk's old text file, typed again: `EDLIN file`,
    `End of input file`, the list command `*1,nL` and its answer, one `n:` line a row (the current line
    marked `n:*`), fixed-width columns with dotted figures; the total's line last, `*Q` to quit. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        wu = max(len(x[1]) for k, i, x in isi) + 2
        line = lambda n, cur, k, u, p, x, s, q: f"{n:>8}:{'*' if cur else ' '}{k:<11}{u:<{wu}}{p:>16}{x:>16}{s:>15}{q:>8}"
        n = len(isi) + 2
        d.L(cap, "", f"[Lampiran: {judul} - sesi EDLIN atas berkas {berkas} diketik ulang]", "",
            f"C:\\KEUANGAN>EDLIN {berkas}", "End of input file", f"*1,{n}L",
            line(1, True, "KODE", "URAIAN", "PAGU", "REALISASI", "SISA", "%"))
        for i, (k, induk, x) in enumerate(isi, 2):
            d.L(line(i, False, k, x[1], x[2], x[3], x[4], x[5]))
        d.L(line(n, False, "", tot[1], tot[2], tot[3], tot[4], tot[5]), "*Q", "Abort edit (Y/N)? Y", "", "C:\\KEUANGAN>",
            "", "(kunci: angka sebelum titik dua = nomor baris EDLIN, bukan data; * = baris aktif; pagu, realisasi dan "
            "sisa dalam rupiah, % = serapan; kode berawalan 076 = program, kode empat angka = kegiatan di bawahnya; "
            "baris terakhir = jumlah seluruh pagu)", "")
    return r


def r_grepn(judul, berkas):
    """The budget as the output of `grep -n` over the finance export, typed again: the command, then one
    `line:cells` line a row (the file's line number first), cells separated by ` | `; the total's line last.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"[Lampiran: {judul} - keluaran grep -n atas berkas ekspor {berkas} diketik ulang]", "",
            f"$ grep -n -E '^(KODE|076|[0-9]{{4}} |JUMLAH)' {berkas}")
        ln = 7
        d.L(f"{ln}:" + " | ".join(["KODE", "URAIAN", "PAGU", "REALISASI", "SISA", "SERAPAN %"]))
        for k, induk, x in isi:
            ln += 3 if not induk else 2
            d.L(f"{ln}:" + " | ".join([k, x[1], x[2], x[3], x[4], x[5]]))
        ln += 4
        d.L(f"{ln}:" + " | ".join(["JUMLAH", tot[1], tot[2], tot[3], tot[4], tot[5]]), "$", "",
            "(kunci: angka sebelum titik dua = nomor baris di berkas ekspor, bukan data; kolom dipisah garis tegak: kode, "
            "uraian, pagu, realisasi, sisa (rupiah) dan serapan (persen); kode berawalan 076 = program, kode empat angka "
            "= kegiatan di bawahnya; baris JUMLAH = jumlah seluruh pagu)", "")
    return r


def _en(s):
    """An Indonesian figure in English notation (77,50 -> 77.50; 1.234 -> 1,234)."""
    return s.replace(".", "\x00").replace(",", ".").replace("\x00", ",")


def r_po(judul, berkas, th):
    """The capaian as the gettext translation file (.po) of the office's public performance dashboard, typed
    again: the header entry, then per indicator a `#:` source reference, `msgid "…"` in Indonesian with unit,
    target, realisasi and capaian, and `msgstr "…"` its English translation (figures in English notation).
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - berkas terjemahan gettext {berkas} diketik ulang]", "",
            f"# Terjemahan dasbor capaian kinerja {_kab(d).title()} {th}.", "#", 'msgid ""', 'msgstr ""',
            f'"Project-Id-Version: dasbor-kinerja {th}\\n"', '"Language: en\\n"',
            '"Content-Type: text/plain; charset=UTF-8\\n"', "")
        for i, x in enumerate(rows):
            d.L(f"#: capaian.php:{41 + 6 * i}",
                f'msgid "IKU {x[0]}. {x[1]} - satuan {x[2]} - target {x[3]} - realisasi {x[4]} - capaian {x[5]}%"',
                f'msgstr "KPI {x[0]}. {x[1]} - unit {x[2]} - target {_en(x[3])} - actual {_en(x[4])} - '
                f'achievement {_en(x[5])}%"', "")
        d.L("(kunci: satu pasang msgid/msgstr = satu baris tabel capaian; msgid = teks asli berbahasa Indonesia, msgstr = "
            "terjemahan Inggris dengan angka yang sama; angka sesudah capaian.php: = nomor baris program, bukan data)", "")
    return r


def r_cue(judul, berkas, th):
    """The SAKIP components as the CD cue sheet of the recording of the evaluators' exit meeting, typed again:
    `PERFORMER`, `TITLE`, `FILE … WAVE`, then per component a `TRACK nn AUDIO` with its `TITLE "Kn <komponen> -
    bobot … - nilai …"` and `INDEX 01 mm:ss:ff`; the final score's track last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        y = next((w for w in cap.split() if w.isdigit()), "")
        d.L(cap, "", f"[Lampiran: {judul} - lembar isyarat (cue sheet) rekaman {berkas} diketik ulang]", "",
            f'REM DATE {th}', 'REM COMMENT "Rekaman exit meeting evaluasi AKIP"', 'PERFORMER "Tim Evaluator AKIP"',
            f'TITLE "Exit Meeting Evaluasi AKIP {y} - KPU {_kab(d).title()}"', f'FILE "{berkas}" WAVE',
            "  TRACK 01 AUDIO", '    TITLE "Pembukaan"', "    INDEX 01 00:00:00")
        for i, x in enumerate(komp, 2):
            d.L(f"  TRACK {i:02d} AUDIO", f'    TITLE "K{i - 1} {x[1]} - bobot {x[2]} - nilai {x[3]}"',
                f"    INDEX 01 {3 + 7 * i:02d}:{(i * 13) % 60:02d}:{(i * 29) % 75:02d}")
        i = len(komp) + 2
        d.L(f"  TRACK {i:02d} AUDIO", f'    TITLE "Nilai akhir AKIP {y} - {tot[3]} - predikat {predikat(angka(tot[3]))}"',
            f"    INDEX 01 {3 + 7 * i:02d}:{(i * 13) % 60:02d}:{(i * 29) % 75:02d}", "",
            "(kunci: satu TRACK = satu bagian rekaman; judul trek K = komponen evaluasi dengan bobot dan nilainya; trek "
            "terakhir = nilai akhir dan predikat; INDEX = waktu mulai trek (menit:detik:bingkai), bukan data)", "")
    return r
