# Shared helpers of the dev27/ authoring scripts (author27a.py, author27b.py). Everything of the
# earlier batches comes through ../dev26/common26.py (on ../dev25 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev26/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev26"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common26  # noqa: E402,F401  (puts ../dev25 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common26 import (baris, bil, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, lipat, NAMA,  # noqa: E402,F401
                      persen_sel, predikat, r_kantor, r_tab, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common7 import buka, kpu  # noqa: E402
from common24 import ribu_ok, tanpa_lapor  # noqa: E402,F401
from common18 import ribuan  # noqa: E402,F401
from common14 import tanpa_lapor_anggaran  # noqa: E402,F401

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


def lapor_kosong(d, tingkat):
    """The budget facts of the levels tingkat whose row prints no percent: serapan_lapor null."""
    for a in d.t["anggaran"]:
        if a["tingkat"] in tingkat and a["tahun"] == d.tahun:
            a["serapan_lapor"] = None


# ---- ordinary documents ----
ANGKA = re.compile(r"^-?[\d.]+(,\d+)?%?$")


def tata_letak(d, jarak=3, lebar=44):
    """The document as `pdftotext -layout` gives a Word report: every run of TAB rows set in columns
    padded with spaces (text cells left, figures right, at least jarak spaces between), a text cell
    longer than lebar wrapped on continuation lines that hold that column alone (the row's figures
    stay on its first line), no TAB left."""
    import textwrap
    out, blok = [], []

    def tutup():
        if not blok:
            return
        sel = [ln.split("\t") for ln in blok]
        n = max(len(x) for x in sel)
        sel = [x + [""] * (n - len(x)) for x in sel]
        kanan = [j > 0 and sum(1 for x in sel if ANGKA.match(x[j])) * 2 > len(sel) for j in range(n)]
        pecah = [[textwrap.wrap(c, lebar) or [""] if not kanan[j] else [c] for j, c in enumerate(x)] for x in sel]
        w = [max(len(p) for x in pecah for p in x[j]) for j in range(n)]
        for x in pecah:
            for i in range(max(len(c) for c in x)):
                cs = [(c[i] if i < len(c) else "") for c in x]
                out.append((" " * jarak).join(c.rjust(w[j]) if kanan[j] else c.ljust(w[j])
                                              for j, c in enumerate(cs)).rstrip())
        blok.clear()
    for ln in d.lines:
        if "\t" in ln:
            blok.append(ln)
            continue
        tutup()
        out.append(ln)
    tutup()
    d.lines = out


# ---- new house styles ----
def r_sqlplus(spool, tabel):
    """The budget as the SQL*Plus spool file of a query on the finance database: the SET/COLUMN/BREAK/
    COMPUTE commands echoed, a header of upper-case column names over dashed underlines, one line a
    kegiatan, the program code printed on the first line of its group only (BREAK ON program), a
    `************` line and the program's sums (COMPUTE SUM LABEL 'Jumlah') under each group, the
    report's sums (LABEL 'TOTAL') at the end and `n rows selected.`; figures with the Indonesian group
    separator (NLS_NUMERIC_CHARACTERS=',.'). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        w = [12, 8, 44, 15, 15, 15, 7]
        kol = ["PROGRAM", "KEGIATAN", "NAMA_KEGIATAN", "PAGU", "REALISASI", "SISA", "PERSEN"]
        kanan = [False, False, False, True, True, True, True]
        fmt = lambda cs: " ".join((str(c).rjust(w[j]) if kanan[j] else str(c)[:w[j]].ljust(w[j]))
                                  for j, c in enumerate(cs)).rstrip()
        d.L(cap, "", f"SQL> spool {spool}", "SQL> set linesize 140 pagesize 60",
            "SQL> alter session set nls_numeric_characters=',.';", "", "Session altered.", "",
            "SQL> column nama_kegiatan format a44 truncated", "SQL> column pagu format 999G999G999G999", "SQL> column realisasi format 999G999G999G999",
            "SQL> column sisa format 999G999G999G999", "SQL> column persen format 990D00",
            "SQL> break on program skip 1 on report",
            "SQL> compute sum label 'Jumlah' of pagu realisasi sisa on program",
            "SQL> compute sum label 'TOTAL' of pagu realisasi sisa on report",
            f"SQL> select program, kegiatan, nama_kegiatan, pagu, realisasi, sisa, persen from {tabel}",
            f"  2  where tahun = {d.tahun} order by program, kegiatan;", "")
        d.L(fmt(kol), " ".join("-" * x for x in w))
        n, prog, jml = 0, None, None
        garis_sum = " ".join(("*" * w[0]) if j == 0 else (("-" * w[j]) if j in (3, 4, 5) else " " * w[j])
                             for j in range(len(w))).rstrip()

        def tutup():
            if prog is not None:
                d.L(garis_sum, fmt(["Jumlah", "", "", jml[2], jml[3], jml[4], ""]), "")
        for x in rows:
            kode = str(x[0])
            if kode == "":
                tutup()
                d.L(" ".join(("*" * w[0]) if j == 0 else (("-" * w[j]) if j in (3, 4, 5) else " " * w[j])
                             for j in range(len(w))).rstrip())
                d.L(fmt(["TOTAL", "", "", x[2], x[3], x[4], ""]), "")
                break
            if "." in kode:
                tutup()
                prog, jml, baru = kode, x, True
                continue
            d.L(fmt([prog if baru else "", kode, x[1], x[2], x[3], x[4], x[5]]))
            n += 1
            baru = False
        d.L(f"{n} rows selected.", "", "SQL> spool off", "")
    return r


def r_catatan(judul_pres, mulai):
    """The capaian and the SAKIP components as the Notes Pages of the office's presentation printed
    (`Halaman Catatan`): one page a slide, the slide's number and title, the slide's short caption, then
    `Catatan:` and the speaker's own words giving the figures in sentences; one slide an indicator,
    one slide the SAKIP score with its components. Other tables plain TAB."""
    def r(d, cap, head, rows):
        k = jenis(head)
        if k not in ("cap", "sakip"):
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"(cetakan Halaman Catatan presentasi \"{judul_pres}\")", "")
        n = mulai[0]
        if k == "cap":
            for x in rows:
                n += 1
                sat = "%" if x[2] == "%" else ""
                d.L("-" * 70, f"Slide {n}    {x[1]}", f"[gambar slide: grafik batang target dan realisasi]", "",
                    "Catatan:")
                if x[2] == "%":
                    kal = (f"Bapak/Ibu, untuk indikator ini target dalam Perjanjian Kinerja adalah {x[3]}{sat}. "
                           f"Realisasi yang kita capai {x[4]}{sat}, sehingga tingkat capaiannya {x[5]}%.")
                else:
                    kal = (f"Indikator ini tidak berupa angka. Targetnya {x[2].lower()} {x[3]}, "
                           f"realisasinya {x[2].lower()} {x[4]}" + (f", dicatat sebagai capaian {x[5]}%." if str(x[5]) not in ("", "-") else "."))
                d.P(kal)
                d.L(f"Halaman Catatan {n}", "")
        else:
            n += 1
            tot = rows[-1]
            d.L("-" * 70, f"Slide {n}    Hasil Evaluasi AKIP", "[gambar slide: tabel komponen]", "", "Catatan:")
            d.P(f"Nilai akhir evaluasi adalah {tot[3]}. Rinciannya: " + "; ".join(
                f"{x[1]} memperoleh {x[3]} dari bobot {x[2]}" for x in rows[:-1]) + ".")
            d.L(f"Halaman Catatan {n}", "")
        d.L("-" * 70, "")
        mulai[0] = n
    return r


def r_youtube(judul_video, kanal, tayang, ditonton):
    """The DPT as the description of the live stream of the plenary meeting on the office's YouTube
    channel, copied as the page shows it: title, view count and stream date, the channel, the
    description, then the chapter list (`0:12:40 PPK …: n desa/kel, n TPS, L …, P …, total …`), the
    kabupaten's penetapan last, and the hashtags. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", judul_video, f"{ditonton} x ditonton  Streaming langsung pada {tayang}", kanal,
            "Subscribe", "", "Deskripsi:")
        d.P("Siaran langsung Rapat Pleno Terbuka Rekapitulasi dan Penetapan Daftar Pemilih Tetap. "
            "Hasil setiap PPK dibacakan dan dicatat pada daftar bab video di bawah ini.")
        d.L("", "Bab:", "0:00:00 Pembukaan dan pembacaan tata tertib", "0:07:35 Sambutan Ketua KPU Kabupaten")
        t = 12 * 60 + 40
        for x in rows:
            jam = f"{t // 3600}:{t // 60 % 60:02d}:{t % 60:02d}"
            desa = "" if str(x[2]) == "-" else f"{x[2]} desa/kel, "
            if str(x[0]) == "":
                d.L(f"{jam} Penetapan DPT tingkat kabupaten: {desa}{x[3]} TPS, L {x[4]}, P {x[5]}, total {x[6]}")
            else:
                d.L(f"{jam} PPK {kapital(x[1])}: {desa}{x[3]} TPS, L {x[4]}, P {x[5]}, total {x[6]}")
            t += 397 + 61 * (len(str(x[1])) % 5)
        d.L(f"{t // 3600}:{t // 60 % 60:02d}:{t % 60:02d} Penandatanganan berita acara dan penutup", "",
            "#PemiluDamai #KPUMelayani #DataPemilih", "")
    return r


def r_marquee(laman, disalin):
    """The DPT as the running text (teks berjalan) of the office's web site copied into the report: one
    long line, the items between `★` marks, a kecamatan an item (`Kec. Nangapanda: 19 TPS, L 2.049 / P
    2.207 = 4.256 pemilih`), the kabupaten's total an item after them, greetings around. Other tables
    plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        item = [f"DPT PEMILU {d.t['dpt'][0]['tahun']} KABUPATEN {NAMA[d.satker].upper()}"]
        for x in rows:
            desa = "" if str(x[2]) == "-" else f"{x[2]} desa/kel, "
            if str(x[0]) == "":
                item.append(f"TOTAL KABUPATEN {NAMA[d.satker].upper()}: {desa}{x[3]} TPS, L {x[4]} / P {x[5]} = {x[6]} pemilih")
            else:
                item.append(f"Kec. {kapital(x[1])}: {desa}{x[3]} TPS, L {x[4]} / P {x[5]} = {x[6]} pemilih")
        item.append("Cek nama Anda di lindungihakpilihmu.kpu.go.id")
        d.L(cap, "", f"(teks berjalan laman {laman}, disalin {disalin})", "", "\u2605 " + " \u2605 ".join(item) + " \u2605", "")
    return r


OCR_GARIS = ("|", "I", "l", "!", "|", "]")


def r_ocr(judul, halaman):
    """The DPT as the OCR text of the scanned lampiran of the Model A-Rekap form pasted into the report: the
    form's vertical rules read as `|`, `I`, `l`, `!` or `]` (a fixed pattern by row and column) with uneven
    spaces around them, `m` read as `rn` and `I` as `l` in the printed words (never inside a figure), the
    kecamatan names as printed; the horizontal rules lost. Other tables plain TAB."""
    def rusak(t):
        return t.replace("m", "rn").replace("IL", "lL").replace("SI", "Sl")

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"[teks hasil OCR pindaian {halaman}; tidak disunting]", "", rusak(judul.upper()), "")
        hh = ["NO", "NAMA KECAMATAN", "Jumlah Desa/Kel", "Jumlah TPS", "Pemilih L", "Pemilih P", "Jumlah"]
        for i, x in enumerate([hh] + [list(map(str, y)) for y in rows]):
            cs = [rusak(c) if i == 0 else c for c in x]
            out = ""
            for j, c in enumerate(cs):
                g = OCR_GARIS[(i * 7 + j * 3) % len(OCR_GARIS)]
                out += (g + " " * (1 + (i + j) % 2) if j else "") + c + " " * (1 + (i * j) % 3)
            d.L(out.rstrip())
        d.L("")
    return r


def r_isian(judul, model, hari):
    """The DPT as the Berita Acara forms of the plenary meetings typed into the form's dotted blanks:
    one form a PPK (kecamatan) in table order, the kabupaten's last; the figures written between dots
    (`: ......9.123......`), day and date as further blanks. Other tables plain TAB."""
    def isi(v, n=26):
        s = f"{v}"
        kiri = (n - len(s)) // 2
        return "." * kiri + s + "." * (n - len(s) - kiri)

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "")
        for i, x in enumerate(rows):
            kab = str(x[0]) == ""
            tgl = hari(i)
            d.L("=" * 72, f"{model[1] if kab else model[0]}".rjust(72), "BERITA ACARA", judul.upper(),
                ("TINGKAT KABUPATEN" if kab else "TINGKAT KECAMATAN"), "")
            if kab:
                d.L(f"Pada hari ini {isi(tgl[0], 14)} tanggal {isi(tgl[1], 8)} bulan {isi(tgl[2], 14)} tahun Dua Ribu Dua Puluh,",
                    f"KPU Kabupaten {NAMA[d.satker]} telah menetapkan rekapitulasi daftar pemilih dengan hasil:")
            else:
                d.L(f"Pada hari ini {isi(tgl[0], 14)} tanggal {isi(tgl[1], 8)} bulan {isi(tgl[2], 14)} tahun Dua Ribu Dua Puluh,",
                    f"PPK Kecamatan {isi(kapital(x[1]), 30)} Kabupaten {NAMA[d.satker]} telah melaksanakan",
                    "rapat pleno terbuka rekapitulasi daftar pemilih dengan hasil:")
            subs = ([] if str(x[2]) == "-" else [("Jumlah desa/kelurahan", x[2])]) + [
                ("Jumlah TPS", x[3]), ("Jumlah pemilih laki-laki", x[4]), ("Jumlah pemilih perempuan", x[5]),
                ("Jumlah pemilih (L + P)", x[6])]
            for j, (lab, v) in enumerate(subs, 1):
                d.L(f"  {j}. {lab.ljust(28)} : {isi(v)}")
            d.L("", "Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.", "")
        d.L("=" * 72, "")
    return r
