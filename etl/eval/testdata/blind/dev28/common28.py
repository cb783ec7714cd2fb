# Shared helpers of the dev28/ authoring scripts (author28a.py, author28b.py). Everything of the
# earlier batches comes through ../dev27/common27.py (on ../dev26 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev27/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev27"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common27  # noqa: E402,F401  (puts ../dev26 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common27 import (baris, bil, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, lipat, NAMA,  # noqa: E402,F401
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


# ---- new house styles ----
from common27 import r_tab  # noqa: E402,F811

def polos(c):
    """A printed figure without its group separators (`5.714` -> `5714`), as a CSV holds it."""
    return str(c).replace(".", "")


def r_foto(kegiatan, tanggal, juru):
    """The DPT as the captions of the photo documentation of the plenary meetings pasted into the report:
    one photo a PPK (a `[foto]` placeholder with the picture's file name, then `Gambar 3.n` and a caption
    giving that kecamatan's villages, TPS, male, female and total voters), the KPU's own plenary last with the
    kabupaten's figures; tanggal(i) the day the photo was taken, juru the photographer. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(f"Dokumentasi {kegiatan}", "")
        for i, x in enumerate(rows, 1):
            desa = "" if str(x[2]) == "-" else f"{x[2]} desa/kelurahan, "
            angka = f"{desa}{x[3]} TPS, pemilih laki-laki {x[4]}, perempuan {x[5]}, jumlah {x[6]}"
            if str(x[0]) == "":
                d.L(f"[foto: IMG_2023{i:04d}_pleno_kpu.jpg]")
                d.P(f"Gambar 3.{i + 4} Ketua KPU Kabupaten {NAMA[d.satker]} membacakan penetapan DPT tingkat "
                    f"kabupaten: {angka}. (Foto: {juru}, {tanggal(i)})")
            else:
                d.L(f"[foto: IMG_2023{i:04d}_ppk_{str(x[1]).lower().replace(' ', '_')}.jpg]")
                d.P(f"Gambar 3.{i + 4} Ketua PPK {kapital(x[1])} menyerahkan hasil rekapitulasi kepada KPU "
                    f"Kabupaten {NAMA[d.satker]}: {angka}. (Foto: {juru}, {tanggal(i)})")
            d.B()
    return r


def r_powershell(folder, berkas):
    """The budget as the operator's Windows PowerShell session pasted into the report: `Import-Csv` of the
    realisation file, `Format-Table -AutoSize` of its rows (program and kegiatan, figures as the CSV holds them,
    no group separators, the percent with a decimal comma, long names cut with `...`), then `Measure-Object
    -Sum` over the program rows, one block a property (`Count`, `Average`, `Sum`, `Maximum`, `Minimum`,
    `Property`): the report's totals. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        prompt = f"PS {folder}>"
        kol = ["Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Persen"]
        isi = []
        for x in rows:
            if str(x[0]) == "":
                continue
            nm = str(x[1])
            nm = nm if len(nm) <= 40 else nm[:37] + "..."
            isi.append([str(x[0]), nm, polos(x[2]), polos(x[3]), polos(x[4]), str(x[5])])
        w = [max(len(k), max(len(y[j]) for y in isi)) for j, k in enumerate(kol)]
        kanan = [False] * 6  # Import-Csv gives strings: Format-Table sets them left
        fmt = lambda cs: " ".join(c.rjust(w[j]) if kanan[j] else c.ljust(w[j]) for j, c in enumerate(cs)).rstrip()
        d.L(cap, "", f"{prompt} $r = Import-Csv .\\{berkas} -Delimiter ';'",
            f"{prompt} $r | Format-Table Kode, Uraian, Pagu, Realisasi, Sisa, Persen -AutoSize", "")
        d.L(fmt(kol), fmt(["-" * len(k) for k in kol]))
        for y in isi:
            d.L(fmt(y))
        d.L("", "", f"{prompt} $r | Where-Object {{ $_.Kode -like '*.*' }} | Measure-Object Pagu, Realisasi, Sisa -Sum", "")
        tot = next(x for x in rows if str(x[0]) == "")
        n = sum(1 for y in isi if "." in y[0])
        for prop, v in (("Pagu", tot[2]), ("Realisasi", tot[3]), ("Sisa", tot[4])):
            d.L(f"Count    : {n}", "Average  :", f"Sum      : {polos(v)}", "Maximum  :", "Minimum  :",
                f"Property : {prop}", "")
        d.L(f"{prompt} ", "")
    return r


def r_xmind(berkas, pusat):
    """The capaian as the text export of the planning unit's XMind mind map: the central topic, a branch
    `Sasaran Strategis`, one sub-topic an indicator and under it four leaves `Satuan: …`, `Target: …`,
    `Realisasi: …`, `Capaian: …`, each level indented four spaces deeper. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "", f"[ekspor teks peta pikiran {berkas}]", "", pusat)
        d.L("    Sasaran Strategis dan Indikator Kinerja")
        for x in rows:
            d.L(f"        {x[1]}", f"            Satuan: {x[2]}", f"            Target: {x[3]}",
                f"            Realisasi: {x[4]}", f"            Capaian: {x[5]}" + ("%" if str(x[5])[:1].isdigit() else ""))
        d.L("    Catatan", "        Angka capaian dihitung oleh Subbagian Perencanaan, Data dan Informasi", "")
    return r


def r_disposisi(surat, agenda, kepada, tanggal):
    """The SAKIP evaluation as the disposition sheet (Lembar Disposisi) of the inspectorate's letter, typed
    again from the original: the office's head, the letter's fields (`Surat dari`, `No. Surat`, `Tgl. Surat`,
    `Perihal`, `Diterima tgl`, `No. Agenda`, `Sifat` with check boxes), `Diteruskan kepada` and `Dengan hormat
    harap` with check boxes, then the Sekretaris's note giving the score and every component's value with its
    weight; dashed rules between the blocks. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        tot = rows[-1]
        garis = "-" * 76
        nilai = float(str(tot[3]).replace(",", "."))
        d.L(f"Lampiran: lembar disposisi surat {surat[0]} (diketik ulang dari aslinya)", "", garis, "LEMBAR DISPOSISI".center(76).rstrip(),
            f"SEKRETARIAT KPU KABUPATEN {NAMA[d.satker].upper()}".center(76).rstrip(), garis,
            f"Surat dari   : {surat[0]}", f"No. Surat    : {surat[1]}", f"Tgl. Surat   : {surat[2]}",
            f"Perihal      : {surat[3]}", f"Diterima tgl : {tanggal}", f"No. Agenda   : {agenda}",
            "Sifat        : [ ] Sangat Segera   [x] Segera   [ ] Rahasia", garis, "Diteruskan kepada Sdr.:")
        for k, on in kepada:
            d.L(f"  [{'x' if on else ' '}] {k}")
        d.L("Dengan hormat harap:", "  [x] Tanggapan dan saran   [x] Proses lebih lanjut   [ ] Arsip", garis,
            "Catatan / isi disposisi:")
        d.P(f"Nilai AKIP kita {tot[3]} ({predikat(nilai)}). Per komponen: " + "; ".join(
            f"{x[1]} {x[3]} (bobot {x[2]})" for x in rows[:-1]) + ". Komponen perencanaan dan evaluasi internal "
            "paling banyak rekomendasinya; siapkan rencana tindak lanjut sebelum akhir April.")
        d.L("Paraf Sekretaris: ttd", garis, "")
    return r


def r_lacak(inisial, ubah):
    """The DPT table copied from the draft with Word's Track Changes still on and printed with all markup:
    the table's cells hold the final figures, the balloons in the right margin stand at the end of their row
    as further cells (`Dihapus: 4.615` for a figure replaced, `Dikomentari [AB1]: …`, `Diformat: Tebal`);
    ubah(i) gives the amount a row's laki-laki figure stood higher in the draft (0: untouched). Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "")
        d.R(*head, f"Dikomentari [{inisial}1]: angka diselaraskan dengan BA pleno tingkat kabupaten")
        k = 2
        for i, x in enumerate(rows):
            x = [str(c) for c in x]
            if x[0] == "":
                d.R(*x, "Diformat: Font: Tebal")
                continue
            u = ubah(i)
            if u:
                lama = [id_int(int(polos(x[4])) + u), id_int(int(polos(x[6])) + u)]
                d.R(*x, f"Dihapus: {lama[0]}", f"Dihapus: {lama[1]}")
            elif i % 7 == 4:
                d.R(*x, f"Dikomentari [{inisial}{k}]: cek ulang TPS lokasi khusus")
                k += 1
            else:
                d.R(*x)
        d.B()
    return r


def r_peta(judul, dilihat, diubah, titik):
    """The DPT as the office's Google My Maps layer list printed: the map's title, views and last edit, the
    layer `DPT per Kecamatan (n item)`, one placemark a kecamatan (`📍` name, the coordinates, then its
    description `Desa/Kel: … | TPS: … | Laki-laki: … | Perempuan: … | Jumlah: …`), the kabupaten's total as the
    one placemark of a second layer. titik(i) gives the coordinates. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        kec = [x for x in rows if str(x[0]) != ""]
        d.L(cap, "", judul, f"Google My Maps \u00b7 {dilihat} kali dilihat \u00b7 Terakhir diubah {diubah}", "",
            f"Lapisan: DPT per Kecamatan ({len(kec)} item)", "")
        for i, x in enumerate(rows):
            desa = "" if str(x[2]) == "-" else f"Desa/Kel: {x[2]} | "
            teks = f"{desa}TPS: {x[3]} | Laki-laki: {x[4]} | Perempuan: {x[5]} | Jumlah: {x[6]}"
            if str(x[0]) == "":
                d.L("Lapisan: Kabupaten (1 item)", "", f"\U0001F4CD KPU Kabupaten {NAMA[d.satker]}",
                    f"   {titik(i)}", f"   Total Kabupaten {NAMA[d.satker]} \u2014 {teks}", "")
            else:
                d.L(f"\U0001F4CD {kapital(x[1])}", f"   {titik(i)}", f"   {teks}", "")
    return r
