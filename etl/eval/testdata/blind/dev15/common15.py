# Shared helpers of the dev15/ authoring scripts (author15a.py, author15b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev14/common14.py (on ../dev13 .. ../dev7 and ../author/lib.py); this module adds the facts of
# dev14/ to that memory (common9.ingat("dev14")), so every SAKIP score or component, budget total,
# RB value and kabupaten DPT row the corpus already states is reused, never contradicted (and,
# through cap_lama / angg_lama / kec_lama, the capaian rows, program budgets and kecamatan rows of
# a reused satker/year), plus the renderers of the dev15 house styles. Every renderer is
# R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set: row order
# is the order of the lists the section helpers build, whatever PYTHONHASHSEED says.
import os, re, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev14"))

import common14  # noqa: E402,F401  (puts ../dev13 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common14 import (ANG_HEAD, anggaran_std, bahas, baris, cap_lama, capaian_x, CAP_HEAD, dpt_kab,  # noqa: E402,F401
                      DPT_HEAD, en_dec, id_dec, id_int, IND, kec_baris, kecamatan, KEG, KOMP_ID, komp_std, kpu,
                      NAMA, predikat, PROG, r_tab, rb_std, ribu, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, skor, sumber, tahun_lalu, tanpa_lapor_anggaran,
                      tanpa_lapor_capaian, wil)
from common7 import buka  # noqa: E402

common9.ingat("dev14")
KNOWN = common9.KNOWN


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev15/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev15/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def angka(c):
    """A printed Indonesian figure cell as a float ("1.234", "98,75", "98,75 %"), else None."""
    s = str(c).replace("%", "").replace(" ", "").replace(".", "").replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def si_int(n):
    """2981442000 -> '2 981 442 000' (SI grouping with plain spaces)."""
    return f"{n:,}".replace(",", " ")


def juta(n):
    """Whole rupiah shown in a table "dalam juta rupiah" with two decimals (amounts that are whole
    multiples of Rp10.000 where this is used; asserted)."""
    assert n % 10000 == 0, n
    return id_dec(n / 1000000)


def urut(perm, R):
    """Renderer R with the columns in the order perm (indexes into the header)."""
    def r(d, cap, head, rows):
        R(d, cap, [head[i] for i in perm], [[row[i] for i in perm] for row in rows])
    return r


def budget_list(d, seed, **kw):
    """The year's budget (anggaran_std, declared) as a list of (kode, nama, pagu, realisasi, level)
    rows, the total row last (level 0), and the total (pagu, realisasi)."""
    return anggaran_std(d, seed, lambda k, nm, p, x, lv: (k, nm, p, x, lv), **kw)


def induk_of(rows):
    """For each budget row, its program's code (kegiatan rows) or None."""
    out, prog = [], None
    for k, nm, p, x, lv in rows:
        if lv == 1:
            prog = k
        out.append(prog if lv == 2 else None)
    return out


def snake(h):
    """A header as an application's field name: `Program / Kegiatan` -> `program_kegiatan`."""
    return re.sub(r"[^0-9a-z]+", "_", str(h).lower().replace("%", "persen").replace("+", "_")).strip("_")


# ---- renderers: R(d, caption, header, rows) ----
def r_tabstop(lebar=8):
    """A table typed with the TAB key against the word processor's default tab stops (every lebar
    characters) instead of a table object: every cell followed by as many TABs as it takes to
    reach its column's stop, so a short cell is followed by two or three TABs and an empty cell
    is only TABs."""
    def r(d, cap, head, rows):
        cells = [[str(h) for h in head]] + [[str(c) for c in row] for row in rows]
        n = len(head)
        w = [max(len(x[j]) for x in cells) for j in range(n)]
        stop = [0]
        for j in range(n - 1):
            stop.append((stop[-1] + w[j]) // lebar * lebar + lebar)
        d.L(cap, "")
        for x in cells:
            out = ""
            for j, c in enumerate(x):
                out += c
                if j < n - 1:
                    pos = stop[j] + len(c)
                    out += "\t" * ((stop[j + 1] - pos // lebar * lebar) // lebar)
            d.lines.append(out.rstrip("\t"))
        d.B()
    return r


def r_kartu(per=3, lebar=36, sela=3):
    """A mobile dashboard's KPI cards copied as text (flattened): every record a card, its first
    two cells the card's title, the others `Field  value` lines; per cards side by side, the next
    row of cards under a blank line."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        kartu = []
        for row in rows:
            judul = " ".join(str(c) for c in row[:2] if str(c) != "").strip() or "-"
            isi = textwrap.wrap(judul, lebar) + ["-" * lebar]
            for h, c in zip(head[2:], row[2:]):
                isi.append(f"{h}: {c if str(c) != '' else '-'}")
            kartu.append(isi)
        for a in range(0, len(kartu), per):
            grup = kartu[a:a + per]
            tinggi = max(len(k) for k in grup)
            for i in range(tinggi):
                d.L("".join((k[i] if i < len(k) else "").ljust(lebar + sela) for k in grup).rstrip())
            d.B()
    return r


def r_log(modul, jam):
    """An application's audit log exported as text (flattened): one line a row, a timestamp, the
    level, the module, then `key="value"` pairs named after the header (snake case)."""
    kunci = snake

    def r(d, cap, head, rows):
        d.L(f"# {cap}")
        for i, row in enumerate(rows):
            t = jam[0] * 3600 + jam[1] * 60 + 7 * len(d.lines) + 3 * i
            stamp = f"{jam[2]} {t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d}"
            pairs = " ".join(f'{kunci(h)}="{c}"' for h, c in zip(head, row))
            d.L(f"{stamp} INFO [{modul}] {pairs}")
        d.B()
    return r


def r_pipa(berkas):
    """A pipe-delimited text file downloaded from an application and pasted (flattened): the file
    name, a header of snake-case field names, one line a row, cells joined by `|` without padding
    or outer pipes, then the row count."""
    kunci = snake

    def r(d, cap, head, rows):
        d.L(cap, f"[berkas: {berkas(cap)}]", "|".join(kunci(h) for h in head))
        for row in rows:
            d.L("|".join(str(c) for c in row))
        d.L(f"[{len(rows)} baris]", "")
    return r


def batang(v, skala=100.0, n=10):
    """A text bar of n cells for v on skala: `█` filled, `░` empty."""
    k = max(0, min(n, int(round(v / skala * n))))
    return "█" * k + "░" * (n - k)


def r_batang(kol, skala=None):
    """A TAB table with a bar column `Grafik` appended (a report template's in-cell bar chart):
    the bar of cell kol on skala (the column's largest figure when skala is None)."""
    def r(d, cap, head, rows):
        vals = [angka(row[kol]) for row in rows]
        top = skala or max(v for v in vals if v is not None)
        r_tab(d, cap, list(head) + ["Grafik"],
              [list(row) + [batang(v, top) if v is not None else ""] for row, v in zip(rows, vals)])
    return r


def r_kosong_kepala(d, cap, head, rows):
    """A TAB table without its header row (the header was an image the copy dropped); the caption
    is followed by a sentence naming the columns in order."""
    d.L(cap, "")
    d.P("Kolom tabel berturut-turut: " + "; ".join(str(h) for h in head) + ".")
    for row in rows:
        d.R(*row)
    d.B()


def r_verif(paraf, tanggal):
    """A TAB table of the reporting application with its verification columns left in: `Tgl Input`
    (dd/mm/yyyy), `Verifikator` (initials) and `Status` after the data columns of every row."""
    def r(d, cap, head, rows):
        r_tab(d, cap, list(head) + ["Tgl Input", "Verifikator", "Status"],
              [list(row) + [tanggal(i), paraf[i % len(paraf)], "Valid" if i % 5 else "Valid*"]
               for i, row in enumerate(rows)])
        d.L("* diverifikasi ulang setelah perbaikan isian", "")
    return r


def sandingkan(d, kiri, kanan, jarak=1):
    """Two tables set side by side on the page, as pdftotext gives a two-column layout: each line
    the left table's cells, jarak empty cells, then the right table's; captions likewise. kiri and
    kanan are (caption, header, rows)."""
    (ca, ha, ra), (cb, hb, rb) = kiri, kanan
    na, nb = len(ha), len(hb)
    d.R(ca, *[""] * (na - 1 + jarak), cb)
    d.B()
    la = [list(ha)] + [list(x) for x in ra]
    lb = [list(hb)] + [list(x) for x in rb]
    for i in range(max(len(la), len(lb))):
        a = la[i] if i < len(la) else [""] * na
        b = lb[i] if i < len(lb) else []
        d.R(*(a + [""] * jarak + b)) if b else d.R(*a)
    d.B()
