# Shared helpers of the dev26/ authoring scripts (author26a.py, author26b.py). Everything of the
# earlier batches comes through ../dev25/common25.py (on ../dev24 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev25/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once (set to dev25 by one sed when unseen23/ became dev25/).
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev25"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common25  # noqa: E402,F401  (puts ../dev24 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common25 import (baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, lipat, NAMA,  # noqa: E402,F401
                      persen_sel, predikat, r_kantor, r_tab, rata_kiri_kanan, rb_std, revisi_dipa, ribuan,
                      riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu,
                      ulang)
from common7 import buka, kpu  # noqa: E402
from common15 import juta  # noqa: E402,F401

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


def bil(c):
    """A printed Indonesian figure ("1.234.567", "95,19", "95,19%") as int or float; None if none."""
    s = str(c).replace("%", "").strip()
    if not re.fullmatch(r"-?[\d.]+(,\d+)?", s):
        return None
    s = s.replace(".", "").replace(",", ".")
    return float(s) if "." in s else int(s)


def revisi_semua(d):
    """The DIPA revisions the corpus states for the pair, if any, told in a sentence."""
    revisi_dipa(d, lambda k, a: f"Selama tahun berjalan DIPA direvisi sebanyak {k} kali"
                + (f"; pagu awal DIPA adalah Rp{a}." if a else "."))


# ---- ordinary documents ----
def sel_per_baris(d, mulai=0):
    """The document as `pdftotext` without `-layout` gives a Word report: every TAB row broken into its
    cells, one a line, in reading order; an empty cell leaves no line."""
    out = []
    for i, ln in enumerate(d.lines):
        if i >= mulai and "\t" in ln:
            out += [c for c in ln.split("\t") if c.strip()]
        else:
            out.append(ln)
    d.lines = out


# ---- new house styles ----
def r_pdftk(nama_form, berkas, tanggal):
    """The DPT as `pdftk <form>.pdf dump_data_fields` prints the fillable Model A-Rekap form the operator
    filled: one `---` block a field (FieldType, FieldName, FieldFlags, FieldValue, FieldJustification),
    the field names carrying the row (`kec07_l`), the values as typed (no thousands dots); the form's
    title, its check box and its date as further fields (the form's
    title names the kabupaten; the `tot_` fields are its row). Other tables plain TAB."""
    def blok(d, tipe, nama, nilai, rata="Left", flag=0, opsi=None):
        d.L("---", f"FieldType: {tipe}", f"FieldName: {nama}", f"FieldFlags: {flag}")
        if nilai is not None:
            d.L(f"FieldValue: {nilai}")
        for o in opsi or []:
            d.L(f"FieldStateOption: {o}")
        d.L(f"FieldJustification: {rata}")

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"Isian formulir {nama_form} (berkas {berkas}) sebagaimana dibaca dengan perintah",
            f"`pdftk {berkas} dump_data_fields`:", "")
        blok(d, "Text", "judul", nama_form, flag=1)
        for i, x in enumerate(rows, 1):
            awal = "tot" if str(x[0]) == "" else f"kec{i:02d}"
            if awal != "tot":
                blok(d, "Text", f"{awal}_nama", x[1])
            for kol, j in (("desa", 2), ("tps", 3), ("l", 4), ("p", 5), ("jml", 6)):
                v = str(x[j]).replace(".", "")
                blok(d, "Text", f"{awal}_{kol}", None if v == "-" else v, rata="Right")
        blok(d, "Button", "chk_pleno_terbuka", "Yes", opsi=["Off", "Yes"])
        blok(d, "Text", "tgl_penetapan", tanggal)
        d.L("")
    return r


def r_toml(berkas, sumber_data):
    """The budget as the TOML data file of the office's static web site (Hugo `data/` folder): comments
    naming the file and the template that reads it, the year's total in `[anggaran.total]`, then one
    `[[anggaran.program]]` table a program and `[[anggaran.program.kegiatan]]` under it, amounts as bare
    integers and the absorption a float with a dot (TOML's own notation). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        q = lambda s: '"' + str(s).replace('"', '\\"') + '"'
        f = lambda s: str(s).replace(",", ".")
        d.L(cap, "", f"# {berkas}", "# dibaca oleh layouts/partials/tabel-anggaran.html; jangan ubah nama kunci.",
            f"# satuan rupiah; serapan dalam persen. Sumber: {sumber_data}", "", "[anggaran]",
            f"tahun = {d.tahun}", 'satuan = "rupiah"', "")
        tot = next(x for x in rows if str(x[0]) == "")
        d.L("[anggaran.total]", f"label = {q(tot[1])}", f"pagu = {bil(tot[2])}", f"realisasi = {bil(tot[3])}",
            f"sisa = {bil(tot[4])}", f"serapan = {f(tot[5])}", "")
        for x in rows:
            kode = str(x[0])
            if kode == "":
                continue
            prog = "." in kode
            ind = "" if prog else "  "
            d.L(ind + ("[[anggaran.program]]" if prog else "[[anggaran.program.kegiatan]]"),
                f"{ind}kode = {q(kode)}", f"{ind}nama = {q(x[1])}", f"{ind}pagu = {bil(x[2])}",
                f"{ind}realisasi = {bil(x[3])}", f"{ind}sisa = {bil(x[4])}", f"{ind}serapan = {f(x[5])}", "")
    return r


def r_trello(papan, dicetak, d_fakta):
    """The capaian as the planning unit's Trello board printed from the browser: the board's name and
    print date, one list a status (`TERCAPAI`, `BELUM TERCAPAI`) with its card count, one card an
    indicator framed by `+----` lines: the card title (`[IKU-n]` and the indicator), its label, then
    `Target:`, `Realisasi:`, `Capaian:` as the card's custom fields, a checklist count and the badge
    line (comments, attachments). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        capai = {f["indikator"]: f["tercapai"] for f in d.t["capaian"] if f["tahun"] == d.tahun}
        d.L(cap, "", f"Papan Trello: {papan}", f"Dicetak dari trello.com pada {dicetak}", "")
        for judul, mau in (("TERCAPAI", True), ("BELUM TERCAPAI", False)):
            kartu = [x for x in rows if capai.get(str(x[1])) is mau]
            d.L(f"DAFTAR: {judul} ({len(kartu)} kartu)", "")
            for x in kartu:
                sat = "%" if x[2] == "%" else ""
                lab = {"Predikat": "Label: Predikat SAKIP", "Opini": "Label: Opini BPK"}.get(str(x[2]), "Label: IKU")
                d.L("+" + "-" * 60, f"| [IKU-{x[0]}] {x[1]}", f"|   {lab}", f"|   Target: {x[3]}{sat}",
                    f"|   Realisasi: {x[4]}{sat}")
                if str(x[5]) not in ("", "-"):
                    d.L(f"|   Capaian: {x[5]}%")
                n = 2 + int(x[0]) % 2
                d.L(f"|   Checklist Verifikasi data dukung: {n}/{n}",
                    f"|   Komentar: {1 + int(x[0]) % 3}   Lampiran: {int(x[0]) % 2 + 1}", "+" + "-" * 60, "")
        d.L("DAFTAR: ARSIP (0 kartu)", "")
    return r


def r_spss(judul_tabel):
    """The DPT as the text export of an SPSS Custom Tables output: the `CTABLES` syntax echoed, the
    title, a header of variable labels over statistic labels (`Sum`, `Count`), kecamatan rows with
    bare integers set in space-padded columns, the `Total` row SPSS adds; no TAB. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", "CTABLES", "  /TABLE kecamatan [C] BY desa [SUM F8.0] + tps [SUM F8.0] + jk [C][COUNT F8.0]",
            "  /CATEGORIES VARIABLES=kecamatan TOTAL=YES LABEL='Total'", "  /TITLES TITLE='" + judul_tabel + "'.", "",
            "Custom Tables", "", judul_tabel)
        sel = [[str(x[1]) if str(x[0]) != "" else "Total"] + [str(c).replace(".", "") for c in x[2:7]] for x in rows]
        w0 = max(len(x[0]) for x in sel) + 2
        ws = [max(11, max(len(x[j]) for x in sel) + 2) for j in range(1, 6)]
        garis = "-" * (w0 + sum(ws) + 3)
        d.L(garis)
        d.L(" " * w0 + "Jml Desa".rjust(ws[0]) + "Jml TPS".rjust(ws[1]) + " | " + "Jenis Kelamin Pemilih".center(ws[2] + ws[3])
            + "Total".rjust(ws[4]))
        d.L(" " * w0 + "".rjust(ws[0]) + "".rjust(ws[1]) + " | " + "Laki-laki".rjust(ws[2]) + "Perempuan".rjust(ws[3]))
        d.L(" " * w0 + "Sum".rjust(ws[0]) + "Sum".rjust(ws[1]) + " | " + "Count".rjust(ws[2]) + "Count".rjust(ws[3])
            + "Count".rjust(ws[4]))
        d.L(garis)
        d.L("Kecamatan")
        for x in sel:
            if x[0] == "Total":
                d.L(garis)
            d.L(("  " + x[0]).ljust(w0) + x[1].rjust(ws[0]) + x[2].rjust(ws[1]) + " | " + x[3].rjust(ws[2])
                + x[4].rjust(ws[3]) + x[5].rjust(ws[4]))
        d.L(garis, "", "")
    return r


def r_kerangka(judul_pres, mulai):
    """The budget as the Outline View of the office's presentation saved as text: one line a slide (its
    number, a TAB, its title), the slide's bullets under it indented by TABs (`\\t• …`, kegiatan one
    level deeper with `\\t\\t– …`), figures told inside the bullets. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"Kerangka (Outline) presentasi \"{judul_pres}\", slide {mulai} dan seterusnya:", "")
        n = mulai
        tot = next(x for x in rows if str(x[0]) == "")
        d.L(f"{n}\tRealisasi Anggaran Tahun {d.tahun}", f"\t• Pagu DIPA setelah revisi: Rp{tot[2]}",
            f"\t• Realisasi s.d. 31 Desember: Rp{tot[3]} ({tot[5]}%)", f"\t• Sisa anggaran: Rp{tot[4]}")
        for x in rows:
            kode = str(x[0])
            if kode == "":
                continue
            if "." in kode:
                n += 1
                d.L(f"{n}\tProgram {kode} – {x[1]}", f"\t• Pagu Rp{x[2]}; realisasi Rp{x[3]} ({x[5]}%)",
                    f"\t• Sisa Rp{x[4]}", "\t• Rincian per kegiatan:")
            else:
                d.L(f"\t\t– Kegiatan {kode} {x[1]}: realisasi Rp{x[3]} dari pagu Rp{x[2]} ({x[5]}%), sisa Rp{x[4]}")
        d.L(f"{n + 1}\tTerima Kasih", "\t• Pertanyaan dan masukan", "")
    return r


def lipat_ics(baris, batas=75):
    """An iCalendar content line folded as the exporting app does it: at the last space before the limit,
    the rest on a continuation line that opens with one space."""
    out = []
    while len(baris) > batas:
        k = baris.rfind(" ", 0, batas)
        out.append(baris[:k])
        baris = " " + baris[k + 1:]
    return out + [baris]


def r_ics(kalender, hari, jam_kab):
    """The DPT as the office's shared calendar exported to an `.ics` file: the VCALENDAR head (PRODID, the
    calendar's name, its time zone), then one VEVENT a plenary meeting - one a PPK (kecamatan), in table
    order, the kabupaten's penetapan last - whose DESCRIPTION holds the result the data officer noted (TPS,
    L, P, total; commas escaped `\\,`, long lines folded at 75 characters with a leading space on the
    continuation); hari(i) gives a kecamatan meeting's date, jam_kab the kabupaten's. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"(ekspor kalender bersama \"{kalender}\", berkas kalender-data-pemilih.ics)", "",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", f"X-WR-CALNAME:{kalender}", "X-WR-TIMEZONE:Asia/Makassar")
        for i, x in enumerate(rows, 1):
            kab = str(x[0]) == ""
            mulai = jam_kab if kab else hari(i)
            desa = "" if str(x[2]) == "-" else f"{x[2]} desa/kelurahan\\, "
            if kab:
                ring = (f"Hasil penetapan DPT tingkat kabupaten: {desa}{x[3]} TPS\\, pemilih laki-laki {x[4]}\\, "
                        f"perempuan {x[5]}\\, jumlah {x[6]}.")
                judul, tempat = f"Pleno Terbuka Penetapan DPT Kabupaten {NAMA[d.satker]}", "Aula KPU Kabupaten"
            else:
                ring = (f"Hasil rekapitulasi PPK: {desa}{x[3]} TPS\\, pemilih laki-laki {x[4]}\\, perempuan {x[5]}\\, "
                        f"jumlah {x[6]}.")
                judul, tempat = f"Pleno Rekapitulasi DPT PPK {kapital(x[1])}", f"Kantor Camat {kapital(x[1])}"
            d.L("BEGIN:VEVENT", f"DTSTART;TZID=Asia/Makassar:{mulai}", f"UID:pleno-dpt-{d.satker}-{i:02d}@kpu.go.id",
                *lipat_ics(f"DESCRIPTION:{ring}"), f"LOCATION:{tempat}", f"SUMMARY:{judul}", "END:VEVENT")
        d.L("END:VCALENDAR", "")
    return r
