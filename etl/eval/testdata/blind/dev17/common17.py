# Shared helpers of the dev17/ authoring scripts (author17a.py, author17b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev16/common16.py (on ../dev15 .. ../dev7 and ../author/lib.py); this module adds the facts of
# dev16/ to that memory (common9.ingat("dev16")), so every SAKIP score or component, budget total,
# RB value and kabupaten DPT row the corpus already states is reused, never contradicted (and,
# through cap_lama / angg_lama / kec_lama, the capaian rows, program budgets and kecamatan rows of
# a reused satker/year), plus the renderers of the dev17 house styles. Every renderer is
# R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set: row order is
# the order of the lists the section helpers build, whatever PYTHONHASHSEED says.
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev16"))

import common16  # noqa: E402,F401  (puts ../dev15 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common16 import (ANG_HEAD, bahas, baris, budget_list, cap_lama, capaian_x, CAP_HEAD, dpt_kab,  # noqa: E402,F401
                      DPT_HEAD, id_dec, id_int, IND, kec_baris, kecamatan, KOMP_ID, komp_std, kpu, NAMA, predikat,
                      r_tab, rb_std, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, skor,
                      sumber, tahun_lalu, tanpa_lapor_anggaran, terbilang, total_row)
from common15 import juta  # noqa: E402,F401
from common7 import buka  # noqa: E402
from common9 import terbilang_koma  # noqa: E402

common9.ingat("dev16")
KNOWN = common9.KNOWN
ANGKA = re.compile(r"^\d{1,3}(\.\d{3})*(,\d+)?$")


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev17/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev17/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def angka_ke(c):
    """A printed Indonesian figure cell ('12.345', '84,27') as a number, else None."""
    c = str(c)
    if not ANGKA.match(c):
        return None
    return float(c.replace(".", "").replace(",", "."))


def sebut(c):
    """A figure cell with its amount in words, as on an official act: '84,27 (delapan puluh empat
    koma dua tujuh)'; other cells as they stand."""
    v = angka_ke(c)
    if v is None:
        return str(c)
    if "," in str(c):
        return f"{c} ({terbilang_koma(v)})"
    return f"{c} ({terbilang(int(v)) or 'nol'})"


# ---- renderers: R(d, caption, header, rows) ----
def r_vertikal(tabel):
    """Flattened: the MySQL client's vertical output (`\\G`): one block a row under a line of
    stars with the row number, every field name right-aligned before `: value`, NULL for an
    empty cell, then `n rows in set`."""
    def r(d, cap, head, rows):
        d.L(cap, "", f"mysql> SELECT * FROM {tabel(cap)}\\G")
        w = max(len(str(h)) for h in head)
        for i, x in enumerate(rows, 1):
            d.L(f"{'*' * 27} {i}. row {'*' * 27}")
            for h, c in zip(head, x):
                d.L(f"{str(h).rjust(w)}: {c if str(c) != '' else 'NULL'}")
        d.L(f"{len(rows)} rows in set (0.00 sec)", "")
    return r


def r_terbilang(dari=2):
    """A TAB table whose every figure from column dari on carries its amount in words in
    parentheses (`12.345 (dua belas ribu tiga ratus empat puluh lima)`)."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head)
        for x in rows:
            d.R(*[c if j < dari else sebut(c) for j, c in enumerate(x)])
        d.B()
    return r


def r_satuan_sel(rp_kol=(), pct_kol=()):
    """A Word table with the unit in a narrow cell of its own: `Rp` before every amount of the
    columns rp_kol, `%` after every percent of the columns pct_kol; the header names the pair in
    its first cell and leaves the second empty (a merged header cell)."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        hh = []
        for j, h in enumerate(head):
            hh += [h, ""] if j in rp_kol or j in pct_kol else [h]
        d.R(*hh)
        for x in rows:
            out = []
            for j, c in enumerate(x):
                if j in rp_kol:
                    out += ["Rp" if str(c) != "" else "", c]
                elif j in pct_kol:
                    out += [c, "%" if angka_ke(c) is not None else ""]
                else:
                    out.append(c)
            d.R(*out)
        d.B()
    return r


def r_pagar(lebar):
    """A spreadsheet printed as it is on the screen: a figure wider than its column (lebar: column
    index -> characters) shows as `#` marks filling the column. The fact the cell held is then
    unreadable: a Capaian or Serapan cell so hidden leaves capaian_lapor / serapan_lapor null
    (sisa is pagu - realisasi either way)."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head)
        for x in rows:
            out = list(x)
            for j, w in sorted(lebar.items()):
                if j < len(out) and angka_ke(out[j]) is not None and len(str(out[j])) > w:
                    out[j] = "#" * w
                    hapus(d, head[j], x)
            d.R(*out)
        d.B()
    return r


def hapus(d, kol, x):
    """The printed percent of row x is unreadable: its *_lapor becomes null."""
    if kol.startswith("Capaian"):
        f = [c for c in d.t["capaian"] if c["indikator"] == x[1]]
        assert len(f) == 1, x
        f[0]["capaian_lapor"] = None
    elif kol.startswith("Serapan"):
        kode = str(x[0]) or "TOTAL"
        f = [a for a in d.t["anggaran"] if a["kode"] == kode and a["tahun"] == d.tahun]
        assert len(f) == 1, x
        f[0]["serapan_lapor"] = None


def r_garis(pasang):
    """A TAB table whose paired columns share one cell, the two figures split by ` / ` and the
    header saying so (`Target / Realisasi`); pasang lists the (left, right) column pairs."""
    def r(d, cap, head, rows):
        kiri = {a: b for a, b in pasang}
        kanan = {b for _, b in pasang}

        def gabung(x, hdr=False):
            out = []
            for j, c in enumerate(x):
                if j in kanan:
                    continue
                if j in kiri:
                    a, b = str(c), str(x[kiri[j]])
                    out.append(f"{a} / {b}" if (a or b) and not hdr else (f"{a} / {b}" if hdr else ""))
                else:
                    out.append(c)
            return out
        d.L(cap, "")
        d.R(*gabung(head, True))
        for x in rows:
            d.R(*gabung(x))
        d.B()
    return r


def r_poster(label, nama=None):
    """Flattened: the table as the office's printed poster (A3, on the wall of the front office)
    gives it when its text is copied: the row's name on a line (nama(row)), then each figure on a
    line of its own with its label under it (label: column index -> words, `{sat}` the row's
    Satuan cell), a blank line between rows."""
    nama = nama or (lambda x: f"{x[0]}. {x[1]}" if str(x[0]) != "" else str(x[1]))

    def r(d, cap, head, rows):
        d.L(cap.upper(), "")
        for x in rows:
            d.L(nama(x))
            for j in sorted(label):
                if str(x[j]) != "":
                    d.L(str(x[j]), label[j].format(sat=x[2]))
            d.B()
    return r


def r_sms(kode, nomor, jam):
    """Flattened: the inbox of the office's SMS gateway: each row sent as an SMS in the fixed
    format `KODE#field#field…` (figures with no thousands separator, decimals with a comma), one
    line an inbox entry `dd/mm/yyyy hh:mm:ss | sender | text`; the format line above."""
    def r(d, cap, head, rows):
        k, tgl = kode(cap)
        d.L(cap, "", f"Format SMS: {k}#" + "#".join(str(h).upper().replace(" ", "_") for h in head), "")
        t = jam
        for x in rows:
            t += 3 + len(str(x[1])) % 7
            isi = "#".join((str(c).replace(".", "") if angka_ke(c) is not None else str(c)) or "-" for c in x)
            d.L(f"{tgl} {t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d} | {nomor} | {k}#{isi}")
        d.B()
    return r


def r_rekon(kol, sumber_a, sumber_b):
    """A reconciliation sheet: every figure column in kol printed twice, once per source
    (`Realisasi (SAKTI)`, `Realisasi (OM-SPAN)`), then `Selisih` (0 where they agree: here always)."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        hh = []
        for j, h in enumerate(head):
            hh += [f"{h} ({sumber_a})", f"{h} ({sumber_b})", "Selisih"] if j in kol else [h]
        d.R(*hh)
        for x in rows:
            out = []
            for j, c in enumerate(x):
                out += [c, c, "0" if str(c) != "" else ""] if j in kol else [c]
            d.R(*out)
        d.B()
    return r


def r_ket(catatan):
    """A TAB table with a last `Keterangan` column of notes that cite other figures (numbers of
    decrees, earlier years' values, dates): catatan(cap, row) gives the note."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head, "Keterangan")
        for x in rows:
            d.R(*x, catatan(cap, x))
        d.B()
    return r


def r_dua_kepala(grup):
    """A Word table with merged header cells: a first header line naming the column groups
    (grup: first column index -> (name, span)), the group name in its first column, empty cells
    under the rest of the span, then the second header line with the columns' own names."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        atas, bawah = [], []
        j = 0
        while j < len(head):
            if j in grup:
                nm, n = grup[j]
                atas += [nm] + [""] * (n - 1)
                bawah += list(head[j:j + n])
                j += n
            else:
                atas.append(head[j])
                bawah.append("")
                j += 1
        d.R(*atas)
        d.R(*bawah)
        for x in rows:
            d.R(*x)
        d.B()
    return r


def qp(lines, lebar=76):
    """Lines as a quoted-printable e-mail body: `=` written `=3D`, a non-ASCII character as its
    UTF-8 bytes (`=E2=80=93`), a form feed `=0C`, a blank or TAB at a line's end encoded, a line
    longer than lebar broken with a soft break (`=` at the end), never inside a figure or a code."""
    out = []
    for ln in lines:
        enc = []
        for ch in ln:
            if ch == "=" or ch == "\f" or ord(ch) > 126:
                enc.append("".join(f"={b:02X}" for b in ch.encode("utf-8")))
            else:
                enc.append(ch)
        if enc and enc[-1] in (" ", "\t"):
            enc[-1] = f"={ord(enc[-1]):02X}"
        while sum(len(e) for e in enc) > lebar - 1:
            n, k = 0, 0
            while k < len(enc) and n + len(enc[k]) <= lebar - 1:
                n += len(enc[k])
                k += 1
            while k > 1 and (re.match(r"[\w.,/()%-]", enc[k - 1]) and re.match(r"[\w.,/()%-]", enc[k])):
                k -= 1
            out.append("".join(enc[:k]) + "=")
            enc = enc[k:]
        out.append("".join(enc))
    return out
