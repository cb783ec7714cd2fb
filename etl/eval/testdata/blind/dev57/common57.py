# Shared helpers of this batch's authoring scripts (author57a.py, author57b.py). Everything of the
# earlier batches comes through ../dev56/common56.py (on ../dev55 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev56/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev56"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common56  # noqa: E402,F401  (puts ../dev55 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common56 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, abreast, angka, baris,  # noqa: E402,F401
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
def r_pocsag(judul, alat, th):
    """The DPT as the decoder log of the office's pager receiver (multimon-ng on the POCSAG channel the PPK
    used for their recap), typed again: the command, then one `POCSAG1200: Address: … Function: 3  Alpha:   …`
    line a kecamatan, the recap in the alphanumeric message (`DPT19 KEC … DS 13 TPS 98 L 19.012 P 18.373 JML
    37.385<EOT>`), the kabupaten's page last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        kode = ("PL" if pem == "pilkada" else "DPT") + str(tahun)[2:]
        d.L(cap, "", f"[Lampiran: {judul} - log dekoder penyeranta (pager) {alat} diketik ulang]", "",
            f"$ rtl_fm -f 148.150M -s 22050 | multimon-ng -t raw -a POCSAG1200 -f alpha /dev/stdin",
            "multimon-ng 1.1.9", "Enabled demodulators: POCSAG1200")
        for i, x in enumerate(isi + [tot]):
            nama = f"KEC {x[1].upper()}" if x is not tot else f"KAB {_kab(d)}"
            d.L(f"POCSAG1200: Address: {1530100 + i * 7:>7}  Function: 3  Alpha:   {kode} {nama} DS {x[2]} "
                f"TPS {x[3]} L {x[4]} P {x[5]} JML {x[6]}<EOT>")
        d.L("", f"(kunci: satu baris POCSAG1200 = satu pesan penyeranta dari PPK; Address dan Function = alamat pager "
            f"dan jenis pesan, bukan data; DS = jumlah desa/kelurahan, TPS, L / P = pemilih laki-laki / perempuan, "
            f"JML = jumlah; pesan KAB terakhir = jumlah kabupaten; {kode} = DPT {pem.title()} {tahun})", "")
    return r


def r_ussd(judul, kode, th):
    """The DPT as the screens of the USSD check service the office tested on a feature phone, typed again:
    the dialled code, then screens of at most a few rows (`1 Kota: DS 13, TPS 98, L 19.012, P 18.373, Jml
    37.385`), `9 Lanjut` / `0 Kembali` between screens, the kabupaten's screen last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - layar layanan USSD {kode} diketik ulang]", "",
            f"Panggil: {kode}", "Menghubungkan... USSD")
        for s in range(0, len(isi), 3):
            d.L("", f"+-- Layar {s // 3 + 1} --", f"DPT {pem.title()} {tahun} Kab. {_kab(d).title()}")
            for j, x in enumerate(isi[s:s + 3], s + 1):
                d.L(f"{j} {x[1]}: DS {x[2]}, TPS {x[3]}, L {x[4]}, P {x[5]}, Jml {x[6]}")
            d.L("9 Lanjut  0 Kembali", "Balas: 9")
        d.L("", "+-- Layar akhir --", f"Total Kab. {_kab(d).title()}: DS {tot[2]}, TPS {tot[3]}, L {tot[4]}, P {tot[5]}, "
            f"Jml {tot[6]}", "00 Selesai", "Balas: 00", "Sesi USSD berakhir.", "",
            "(kunci: baris bernomor = satu kecamatan; DS = desa/kelurahan, TPS, L / P = pemilih laki-laki / perempuan, "
            "Jml = jumlah; 9, 0 dan 00 = pilihan menu, bukan data; layar akhir = jumlah kabupaten)", "")
    return r


def r_teletext(judul, hal, th):
    """The budget as the pages of the regional TV's teletext service the office fed, typed again: each page a
    header line `P301  KPU-TEKS  301 Sab 31 Des  23:59:00`, its subpage `1/n`, then two lines a row (the code and
    name; the figures under them `Pagu … Real … Sisa … …%`); the total on the last subpage. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        sub = [isi[s:s + 5] for s in range(0, len(isi), 5)]
        d.L(cap, "", f"[Lampiran: {judul} - halaman teleteks {hal} diketik ulang]", "")
        for i, part in enumerate(sub, 1):
            d.L(f"P{hal}  KPU-TEKS  {hal} Sab 31 Des  23:5{i}:0{i}", f"  {judul.upper()[:34]}   {i}/{len(sub)}",
                "  " + "=" * 36)
            for k, induk, x in part:
                d.L(f"  {k} {x[1]}", f"     Pagu {x[2]}  Real {x[3]}  Sisa {x[4]}  {x[5]}%")
            if i == len(sub):
                d.L("  " + "-" * 36, f"  JUMLAH", f"     Pagu {tot[2]}  Real {tot[3]}  Sisa {tot[4]}  {tot[5]}%")
            d.L(f"  {hal + i if i < len(sub) else hal + 10} >>  Merah: Capaian  Hijau: DPT  Kuning: Indeks", "")
        d.L("(kunci: P301 dan baris kepala = nomor halaman, jam siaran, bukan data; angka n/m = subhalaman; tiap pos "
            "anggaran dua baris: kode dan nama, lalu pagu, realisasi (Real), sisa (rupiah) dan serapan (%); kode "
            "berawalan 076 = program, kode empat angka = kegiatan; JUMLAH = jumlah seluruh pagu)", "")
    return r


def r_fido(judul, area, inisial, th):
    """The budget as a FidoNet echomail reply on the old provincial BBS, typed again: the message header
    (`AREA:`, `From`, `To`, `Subj`), the reply quoting the treasurer's table line by line with her initials
    (`TS> 076.01.WA  Program …  2.126.188.000 …`), the reply text, the tearline and `* Origin:` line. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        wu = max(len(x[1]) for k, i, x in isi) + 2
        q = lambda k, u, p, x, s, c: f" {inisial}> {k:<11}{u:<{wu}}{p:>16}{x:>16}{s:>15}{c:>8}"
        d.L(cap, "", f"[Lampiran: {judul} - pesan echomail {area} diketik ulang]", "",
            f"AREA:{area}", f" Msg  : 118 of 131", f" From : Sekretaris KPU {_kab(d).title()}   2:5301/{th % 100}",
            f" To   : Bendahara   2:5301/{th % 100}.1", f" Subj : Re: realisasi {th} per program", "-" * 60,
            f" Bendahara menulis:", "",
            q("KODE", "URAIAN", "PAGU", "REALISASI", "SISA", "%"))
        for k, induk, x in isi:
            d.L(q(k, x[1], x[2], x[3], x[4], x[5]))
        d.L(q("", tot[1], tot[2], tot[3], tot[4], tot[5]), "",
            "Angka sudah dicocokkan dengan SAKTI, terima kasih.", "", "--- GoldED+/W32 1.1.5",
            f" * Origin: BBS Flobamora - KPU {_kab(d).title()} (2:5301/{th % 100})", "",
            f"(kunci: baris berawalan {inisial}> = kutipan pesan bendahara; pagu, realisasi dan sisa dalam rupiah, % = "
            "serapan; kode berawalan 076 = program, kode empat angka = kegiatan; baris tanpa kode = jumlah seluruh pagu; "
            "2:5301/.. = alamat FidoNet, bukan data)", "")
    return r


def r_kindle(judul, buku, th):
    """The capaian as the e-reader's `My Clippings.txt`, typed again: one clipping an indicator (the book's
    title line, `- Your Highlight on page n | Location a-b | Added on …`, a blank line, the highlighted row
    `IKU 1 <indikator>: satuan %, target 70,00, realisasi 73,64, capaian 105,20%`, then `==========`). Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - berkas My Clippings.txt pembaca buku elektronik diketik ulang]", "")
        for i, x in enumerate(rows):
            loc = 180 + 9 * i
            d.L(f"{buku} (KPU {_kab(d).title()})",
                f"- Your Highlight on page {12 + i // 3} | Location {loc}-{loc + 2} | Added on Monday, "
                f"{10 + i} January {th + 1} 09:{(31 + 4 * i) % 60:02d}:00", "",
                f"IKU {x[0]} {x[1]}: satuan {x[2]}, target {x[3]}, realisasi {x[4]}, capaian {x[5]}%", "==========")
        d.L("", "(kunci: satu sorotan (highlight) = satu baris tabel capaian; page, Location dan Added on = letak dan "
            "waktu sorotan, bukan data; teks sorotan: indikator, satuan, target, realisasi dan capaian)", "")
    return r


def r_cg(judul, acara, th):
    """The SAKIP components as the character-generator (CG) rundown of the local TV's talk show on the evaluation,
    typed again: one `CG nn | IN mm:ss | L1: … | L2: …` line a lower third, a component's name on L1 and its
    weight and score on L2, the final score's lower third last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        y = next((w for w in cap.split() if w.isdigit()), "")
        d.L(cap, "", f"[Lampiran: {judul} - rundown CG (lower third) acara {acara} diketik ulang]", "",
            f"RUNDOWN CG - {acara} - tayang {th}", "CG 01 | IN 00:15 | L1: " + f"Evaluasi AKIP {y} KPU {_kab(d).title()}"
            + " | L2: Bincang Akuntabilitas")
        for i, x in enumerate(komp, 2):
            d.L(f"CG {i:02d} | IN {i * 3:02d}:{(i * 17) % 60:02d} | L1: {x[1]} | L2: Bobot {x[2]} - Nilai {x[3]}")
        i = len(komp) + 2
        d.L(f"CG {i:02d} | IN {i * 3:02d}:{(i * 17) % 60:02d} | L1: Nilai Akhir AKIP {y} | L2: {tot[3]} - Predikat "
            f"{predikat(angka(tot[3]))}", "",
            "(kunci: satu baris CG = satu teks bawah layar; IN = menit:detik tayang, bukan data; L1 = komponen evaluasi, "
            "L2 = bobot dan nilainya; CG terakhir = nilai akhir dan predikat)", "")
    return r
