# Shared helpers of the dev16/ authoring scripts (author16a.py, author16b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev15/common15.py (on ../dev14 .. ../dev7 and ../author/lib.py); this module adds the facts of
# dev15/ to that memory (common9.ingat("dev15")), so every SAKIP score or component, budget total,
# RB value and kabupaten DPT row the corpus already states is reused, never contradicted (and,
# through cap_lama / angg_lama / kec_lama, the capaian rows, program budgets and kecamatan rows of
# a reused satker/year), plus the renderers of the dev16 house styles. Every renderer is
# R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set: row order is
# the order of the lists the section helpers build (or a permutation computed from the cells'
# characters), whatever PYTHONHASHSEED says.
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev15"))

import common15  # noqa: E402,F401  (puts ../dev14 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common15 import (ANG_HEAD, angka, bahas, baris, budget_list, cap_lama, capaian_x, CAP_HEAD, dpt_kab,  # noqa: E402,F401
                      DPT_HEAD, en_dec, id_dec, id_int, IND, induk_of, kec_baris, kecamatan, KEG, KOMP_ID, komp_std,
                      kpu, NAMA, predikat, PROG, r_tab, rb_std, ribu, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, skor, sumber, tahun_lalu, tanpa_lapor_anggaran, wil)
from common7 import buka  # noqa: E402
from common9 import terbilang  # noqa: E402

common9.ingat("dev15")
KNOWN = common9.KNOWN


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev16/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev16/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def total_row(row):
    """A total row: its first cell empty (the section helpers print totals that way)."""
    return str(row[0]) == ""


def acak(rows):
    """Rows in a submission order: a permutation computed from the cells' characters alone."""
    return sorted(rows, key=lambda r: (sum(ord(ch) * (i + 1) for i, ch in enumerate("|".join(map(str, r)))) % 101,
                                       "|".join(map(str, r))))


# ---- renderers: R(d, caption, header, rows) ----
def r_bot(nama_bot, operator, perintah, jam):
    """Flattened: a Telegram group exported as text. The operator sends a command, the bot answers
    one message per table: its caption, then one line a row, each cell after its column's name,
    cells joined by ` · `."""
    def r(d, cap, head, rows):
        t = jam + len(d.lines) // 3
        d.L(f"{operator}, [{t // 60 % 24:02d}:{t % 60:02d}]", f"/{perintah(cap)}", "",
            f"{nama_bot}, [{t // 60 % 24:02d}:{(t % 60):02d}]", f"📋 {cap}")
        for row in rows:
            d.L("▫️ " + " · ".join(f"{h} {c if str(c) != '' else '—'}" for h, c in zip(head, row)))
        d.B()
    return r


def r_form(email, tgl):
    """A Google Form's responses sheet pasted as TAB rows: `Timestamp` and `Alamat email` first,
    the header cells the form's questions, the rows in submission order (not the report's), no
    `No` column and no total row: the total is a sentence under the sheet naming its columns."""
    def r(d, cap, head, rows):
        drop = 1 if head[0] == "No" else 0
        isi = [x for x in rows if not total_row(x)]
        jml = [x for x in rows if total_row(x)]
        d.L(cap, "")
        d.R("Timestamp", "Alamat email", *[tanya(h) for h in head[drop:]])
        for i, x in enumerate(acak(isi)):
            d.R(tgl(i), email[i % len(email)], *x[drop:])
        d.B()
        for x in jml:
            d.P("Jumlah (dihitung dari lembar tanggapan): " + "; ".join(
                f"{h} {c}" for h, c in zip(head[1:], x[1:]) if str(c) != "") + ".")
    return r


def tanya(h):
    """A column header as a form's question."""
    return {"Indikator Kinerja": "Nama indikator kinerja", "Satuan": "Satuan indikator",
            "Target": "Target (sesuai PK)", "Realisasi": "Realisasi akhir tahun", "Capaian (%)": "Capaian (%)",
            "Komponen": "Komponen yang dinilai", "Bobot": "Bobot komponen", "Nilai": "Nilai yang diperoleh",
            "Kode": "Kode program/kegiatan", "Program / Kegiatan": "Uraian program/kegiatan",
            "Pagu": "Pagu (Rp)", "Sisa": "Sisa (Rp)", "Serapan (%)": "Serapan (%)",
            "Kecamatan": "Nama kecamatan", "Desa/Kel": "Jumlah desa/kelurahan", "TPS": "Jumlah TPS",
            "L": "Pemilih laki-laki (L)", "P": "Pemilih perempuan (P)", "L+P": "Jumlah pemilih (L+P)"}.get(h, h)


def r_akses(tabel):
    """An MS Access datasheet view printed: a record-selector column (`▶` on the current record),
    an `ID` AutoNumber column the database adds, the new-record line `*  (Baru)`, then the Totals
    row under it (`Total`: the table's total row), and the record navigator."""
    def r(d, cap, head, rows):
        isi = [x for x in rows if not total_row(x)]
        jml = [x for x in rows if total_row(x)]
        d.L(cap, "", f"[{tabel(cap)} : Tabel]")
        d.R("", "ID", *head)
        for i, x in enumerate(isi):
            d.R("▶" if i == 0 else "", 100 + 7 * i + len(cap) % 5, *x)
        d.R("*", "(Baru)", *[""] * len(head))
        for x in jml:
            d.R("", "Total", *x)
        d.L(f"Rekaman: |◀ ◀ 1 dari {len(isi)} ▶ ▶| ▶*   Tanpa Filter   Cari", "")
    return r


def r_kolom(d, cap, head, rows):
    """Flattened: a table as pdftotext's raw mode gives some PDFs - column after column, the header
    cell then every cell of that column one a line; an empty cell leaves no line."""
    d.L(cap, "")
    for j, h in enumerate(head):
        d.L(str(h))
        for x in rows:
            if str(x[j]) != "":
                d.L(str(x[j]))
    d.B()


def r_datatables(per=10):
    """A table of the web application printed with DataTables' paging: `Tampilkan 10 entri` and
    `Cari:` over every page, the header with sort arrows, `per` rows, the table footer (the total
    row, repeated on every page as the footer is), `Menampilkan a sampai b dari n entri` and the
    pager."""
    def r(d, cap, head, rows):
        isi = [x for x in rows if not total_row(x)]
        jml = [x for x in rows if total_row(x)]
        hal = (len(isi) + per - 1) // per
        d.L(cap, "")
        for p in range(hal):
            d.L(f"Tampilkan {per} entri                         Cari:")
            d.R(*[f"{h} ⇅" for h in head])
            for x in isi[p * per:(p + 1) * per]:
                d.R(*x)
            for x in jml:
                d.R(*x)
            a, b = p * per + 1, min(len(isi), (p + 1) * per)
            d.L(f"Menampilkan {a} sampai {b} dari {len(isi)} entri")
            d.L("« Sebelumnya  " + "  ".join(f"[{i + 1}]" if i == p else str(i + 1) for i in range(hal))
                + "  Selanjutnya »", "")
    return r


def r_dua_baris(kiri):
    """A print whose every record takes two lines (the application's narrow form): the first line
    the first kiri cells, the second line two empty cells then the remaining cells; the header the
    same way."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        for x in [list(head)] + [list(x) for x in rows]:
            d.R(*x[:kiri])
            d.R("", "", *x[kiri:])
        d.B()
    return r


def r_tsv(lebar=42):
    """A spreadsheet range copied into a text editor: TAB rows, but a cell holding a line break
    (long names, two-line headers) is wrapped in double quotes and its line break kept, so the row
    runs over several lines."""
    def sel(c, n):
        c = str(c)
        if len(c) <= n:
            return c
        return '"' + "\n".join(textwrap.wrap(c.replace('"', '""'), n)) + '"'

    def r(d, cap, head, rows):
        d.L(cap, "")
        d.L("\t".join(sel(h, 10 if i > 1 else lebar) if " " in str(h) else str(h) for i, h in enumerate(head)))
        for x in rows:
            d.L("\t".join(sel(c, lebar) for c in x))
        d.B()
    return r


def r_tegak(tegak_dari=2):
    """A table whose narrow column headers are set rotated 90 degrees, as pdftotext prints them:
    every header from column tegak_dari on stacked one character a line (top-aligned, a space an
    empty line cell), the horizontal headers on the last header line."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        tinggi = max(len(str(h)) for h in head[tegak_dari:])
        for i in range(tinggi):
            sel = []
            for j, h in enumerate(head):
                if j < tegak_dari:
                    sel.append(str(h) if i == tinggi - 1 else "")
                else:
                    ch = str(h)[i] if i < len(str(h)) else ""
                    sel.append(ch.strip())
            d.R(*sel)
        for x in rows:
            d.R(*x)
        d.B()
    return r


def r_ig(judul, tagar, ikon):
    """Flattened: the caption of the office's Instagram infographic post pasted under each table's
    heading: a title line, one line a row (a bullet icon, the row's name, then each value after
    its column's name; a budget row's code before its name), the hashtags."""
    def r(d, cap, head, rows):
        d.L(cap, "", f"📌 {judul(cap)}", "")
        for x in rows:
            kode = str(x[0])
            nama = (kode + " " if kode and not (kode.isdigit() and len(kode) <= 2) else "") + (str(x[1]) or "-")
            vals = " | ".join(f"{h}: {c}" for h, c in zip(head[2:], x[2:]) if str(c) != "")
            d.L(f"{ikon(x)} {nama} — {vals}")
        d.L("", tagar, "")
    return r


def nol(n, w):
    """A count or amount as the application's export file writes it: zero-padded to w digits."""
    return str(n).zfill(w)


def r_adk(nama_berkas):
    """A TAB table with the export file's upper-case field names as the header and its
    ADK name above it."""
    def r(d, cap, head, rows):
        d.L(cap, f"(data ADK: {nama_berkas(cap)})", "")
        d.R(*[str(h).upper().replace(" / ", "_").replace(" ", "_").replace("(%)", "PERSEN").replace("/", "_")
              .replace("+", "_") for h in head])
        for x in rows:
            d.R(*x)
        d.B()
    return r
