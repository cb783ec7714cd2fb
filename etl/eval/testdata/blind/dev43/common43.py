# Shared helpers of the dev43/ authoring scripts (author43a.py, author43b.py). Everything of the
# earlier batches comes through ../dev42/common42.py (on ../dev41 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev42/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev42"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common42  # noqa: E402,F401  (puts ../dev41 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common42 import (abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
                      lipat, NAMA, persen_sel, polos, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang,
                      lapor_kosong, ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang, polos_rp,
                      PERINGKAT, tercapai, garis, _prog, buka, kpu, sec_dpt_prosa, kotak, tercapai_teks, KAB, _num,
                      _lulus)

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


def _rp(s):
    """An amount cell as an integer (the cell is printed with dots)."""
    return int(s.replace(".", ""))


# ---- new house styles ----
def r_kalibrasi(judul, nomor):
    """The capaian as a calibration certificate (sertifikat kalibrasi) typed again: a head naming the instrument
    (the office's performance) and the method, then a `|`-ruled table `Titik` `Besaran Ukur` `Satuan` `Nilai
    Nominal` (the target) `Nilai Terbaca` (the realisasi) `Terbaca/Nominal (%)` (the printed capaian) with names
    wrapped in their column, a `Keterangan` column (DALAM / LUAR TOLERANSI); a key and the laboratory's
    signature. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        wn = 34
        fmt = lambda a, b, c_, e, f, g, h: (f"| {a:<5} | {b:<{wn}} | {c_:<8} | {e:>9} | {f:>9} | {g:>10} | {h:<16} |")
        W = len(fmt("", "", "", "", "", "", ""))
        d.L(cap, "", f"[Salinan: {judul} - teks sertifikat diketik ulang]", "",
            "SERTIFIKAT KALIBRASI".center(W).rstrip(), f"No. {nomor}".center(W).rstrip(), "",
            f"Alat yang dikalibrasi : Capaian Kinerja Sekretariat {KAB(d)}",
            f"Tanggal kalibrasi     : 31 Desember {d.tahun}",
            "Metode                : perbandingan langsung terhadap standar (target Perjanjian Kinerja)",
            "Kondisi lingkungan    : suhu (23 +/- 2) C, kelembaban 55 % RH", "", "HASIL KALIBRASI:", "-" * W,
            fmt("Titik", "Besaran Ukur", "Satuan", "Nominal", "Terbaca", "Terbaca/", "Keterangan"),
            fmt("", "", "", "", "", "Nominal(%)", ""), "-" * W)
        for x in rows:
            nm = textwrap.wrap(x[1], wn)
            ket = "DALAM TOLERANSI" if _lulus(x) else "LUAR TOLERANSI"
            d.L(fmt(x[0], nm[0], x[2], x[3], x[4], x[5], ket))
            for s in nm[1:]:
                d.L(fmt("", s, "", "", "", "", ""))
        d.L("-" * W, "Nilai Nominal = target Perjanjian Kinerja; Nilai Terbaca = realisasi; Terbaca/Nominal = "
            "capaian (%).", "Ketidakpastian diperluas dinyatakan pada tingkat kepercayaan 95 %, k = 2.", "",
            "Kepala Laboratorium Kalibrasi Kinerja,", "", "(ttd)", "")
    return r


def r_angsuran(judul, koperasi):
    """The budget as the loan cards of the staff cooperative (kartu angsuran pinjaman koperasi) typed again: one
    card a budget line, `Peminjam` the code and name, `Penjamin` the parent program of a kegiatan, `Plafon
    Pinjaman` the pagu, four quarterly instalments, `Jumlah Angsuran` the realisasi, `Sisa Pinjaman` the sisa,
    `Persentase Lunas` the serapan; the card `REKAP SELURUH PINJAMAN` last. Other tables plain TAB."""
    W = 72

    def kartu(d, n, x, penjamin):
        p, r_ = _rp(x[2]), _rp(x[3])
        tw = [r_ * 15 // 100, r_ * 25 // 100, r_ * 27 // 100]
        tw.append(r_ - sum(tw))
        nm = textwrap.wrap(x[1], W - 18)
        d.L("#" * W, f"  {koperasi}".ljust(W - 18) + f"Kartu No. {n:03d}", "  KARTU ANGSURAN PINJAMAN", "-" * W,
            f"  Peminjam        : {x[0] or '-'}")
        for s in nm:
            d.L(f"                    {s}")
        if penjamin:
            d.L(f"  Penjamin        : {penjamin}")
        d.L(f"  Plafon Pinjaman : Rp {x[2]:>20}", "-" * W, f"  {'Angsuran':<16}{'Tanggal':<14}{'Pokok Dibayar (Rp)':>22}",
            "-" * W)
        sisa = p
        for i, (bl, v) in enumerate(zip(("31-03", "30-06", "30-09", "31-12"), tw), 1):
            sisa -= v
            d.L(f"  {'ke-' + str(i):<16}{bl + '-' + str(d.tahun):<14}{id_int(v):>22}")
        d.L("-" * W, f"  Jumlah Angsuran  : Rp {x[3]:>20}", f"  Sisa Pinjaman    : Rp {x[4]:>20}",
            f"  Persentase Lunas : {x[5]} %", "#" * W, "")

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Salinan: {judul} - teks kartu diketik ulang]", "",
            f"{koperasi}: Plafon Pinjaman = pagu, Jumlah Angsuran = realisasi, Sisa Pinjaman = sisa pagu.", "")
        induk, n = None, 0
        for x in rows:
            if x[0] == "":
                continue
            n += 1
            if _prog(x[0]):
                induk = x[0]
                kartu(d, n, x, None)
            else:
                kartu(d, n, x, f"program {induk}")
        tot = next(x for x in rows if x[0] == "")
        kartu(d, n + 1, ["REKAP SELURUH PINJAMAN", "Jumlah seluruh kartu"] + tot[2:], None)
        d.L("Kartu dibukukan oleh Bendahara Pengeluaran selaku pengurus koperasi.", "")
    return r


def r_skor_kredit(judul, nomor):
    """The SAKIP evaluation as a credit score report (laporan skor kredit) typed again: a head with `Nomor
    Laporan`, `Debitur`, `Periode Penilaian`, one `FAKTOR` a component with `BOBOT MAKS.` (the bobot), `SKOR`
    (the nilai) and a bar of its share, `SKOR AKHIR` the score over 100,00, `PERINGKAT` the predikat,
    `Kolektibilitas` a word. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        wn = max(36, max(len(x[1]) for x in komp) + 4)
        W = wn + 40
        d.L(cap, "", f"[Cetak: {judul} - teks laporan diketik ulang]", "", "=" * W,
            "LAPORAN SKOR KREDIT KINERJA", f"Nomor Laporan     : {nomor}",
            f"Debitur           : Sekretariat {KAB(d)}", f"Periode Penilaian : Januari - Desember {th}",
            "Lembaga Pemeringkat: Inspektorat Utama KPU", "=" * W,
            f"{'FAKTOR PENILAIAN':<{wn}}{'BOBOT MAKS.':>12}{'SKOR':>10}  PEMENUHAN", "-" * W)
        for i, x in enumerate(komp, 1):
            n = int(round(angka(x[3]) / angka(x[2]) * 10))
            d.L(f"{'F' + str(i) + '  ' + x[1]:<{wn}}{x[2]:>12}{x[3]:>10}  [{'*' * n}{' ' * (10 - n)}]")
        d.L("-" * W, f"{'SKOR AKHIR':<{wn}}{tot[2]:>12}{tot[3]:>10}",
            f"{'PERINGKAT':<{wn}}{'':>12}{predikat(angka(tot[3])):>10}",
            f"{'Kolektibilitas':<{wn}}{'':>12}{'Lancar':>10}", "=" * W,
            "BOBOT MAKS. = bobot komponen; SKOR = nilai komponen; SKOR AKHIR = nilai evaluasi AKIP;",
            "PERINGKAT = predikat. Laporan ini bukan informasi debitur perbankan.", "")
    return r


def r_mt940(judul, bank="BRINIDJA", rek="0076-01-00"):
    """The budget as a bank's MT940 customer statement export typed again: one message a budget line, `:20:` a
    reference, `:25:` the account, `:60F:` the opening balance (the pagu), `:61:` one debit entry (the
    realisasi), `:86:` the code and name (and `INDUK` the parent program of a kegiatan), `:62F:` the closing
    balance (the sisa); amounts in MT940 notation (no thousands separator, comma decimals); the rekap message
    last. Other tables plain TAB."""
    def pesan(d, n, x, induk):
        yy = str(d.tahun)[2:]
        nm = (f"{x[0]} {x[1]}" if x[0] else x[1]).upper()
        d.L(f"{{1:F01{bank}AXXX{int(d.satker):04d}{n:06d}}}{{2:O940{bank}XXXX}}{{4:",
            f":20:KPU{d.satker}-{yy}-{n:03d}", f":25:{rek}{d.satker}-30-{n}", ":28C:00001/001",
            f":60F:C{yy}0101IDR{_rp(x[2])},00", f":61:{yy}1231D{_rp(x[3])},00NTRFSP2D//{n:04d}")
        for i, s in enumerate(textwrap.wrap(nm, 60)[:5]):
            d.L((":86:" if i == 0 else "") + s)
        if induk:
            d.L(f"INDUK {induk}")
        d.L(f":62F:C{yy}1231IDR{_rp(x[4])},00", "-}", "")

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Ekspor: {judul} - teks pesan diketik ulang]", "",
            "Kunci: :60F: saldo awal = pagu; :61: debet = realisasi; :62F: saldo akhir = sisa pagu (dalam rupiah).", "")
        induk, n = None, 0
        for x in rows:
            if x[0] == "":
                continue
            n += 1
            if _prog(x[0]):
                induk = x[0]
                pesan(d, n, x, None)
            else:
                pesan(d, n, x, induk)
        tot = next(x for x in rows if x[0] == "")
        pesan(d, n + 1, ["", "REKAP SELURUH REKENING SATKER"] + tot[2:], None)
        d.L("Pesan terakhir adalah rekapitulasi seluruh rekening (jumlah pagu, realisasi dan sisa).", "")
    return r


def r_coklit(judul, pemilihan, per):
    """The DPT as the progress dashboard of the e-Coklit application printed: a head with the election and the
    date, one block a kecamatan (`> NAME`, a progress bar at 100 %, `Desa/Kel. selesai n / n`, `TPS`, `Pemilih L
    / P`, `Total Pemilih`); the city's or kabupaten's block last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        W = 64

        def blok(nama, x):
            d.L(f"> {nama}", f"    Progres coklit      [{'=' * 20}] 100 %",
                f"    Desa/Kel. selesai : {x[2]} / {x[2]}", f"    TPS               : {x[3]}",
                f"    Pemilih L / P     : {x[4]} / {x[5]}", f"    Total Pemilih     : {x[6]}", "")
        d.L(cap, "", f"[Cetak layar: {judul} - teks layar diketik ulang]", "", "_" * W,
            f"e-COKLIT | Dasbor Progres Pencocokan dan Penelitian | {KAB(d)}",
            f"Pemilihan: {pemilihan}    Data per: {per}", "_" * W, "")
        for x in rows:
            if x[0] == "":
                continue
            blok(x[1], x)
        tot = next(x for x in rows if x[0] == "")
        blok(f"{NAMA[d.satker].upper()} (seluruh kecamatan)", tot)
        d.L("_" * W, "Angka pada dasbor adalah DPT hasil rekapitulasi yang ditetapkan; blok terakhir jumlah seluruh kecamatan.", "")
    return r


def r_galang(judul, situs):
    """The capaian as the campaign page of a fund-raising site (halaman penggalangan dana) printed: one campaign an
    indicator, `#nn` and its name (wrapped), `Terkumpul` the realisasi, `dari target` the target, a bar and the
    printed capaian `% tercapai`, `Satuan`; a key. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        W = 70
        d.L(cap, "", f"[Cetak halaman: {judul} - teks halaman diketik ulang]", "", f"{situs}  |  Kampanye Kinerja "
            f"{KAB(d)} {d.tahun}", "~" * W, "")
        for x in rows:
            nm = textwrap.wrap(x[1], W - 6)
            d.L(f"#{int(x[0]):02d}  {nm[0]}")
            for s in nm[1:]:
                d.L(f"     {s}")
            if _num(x[5]):
                n = max(0, min(24, int(round(angka(x[5]) / 100 * 24))))
                bar = "(" + "|" * n + " " * (24 - n) + ")"
            else:
                bar = "(" + " " * 24 + ")"
            d.L(f"     Terkumpul {x[4]}  dari target {x[3]}   (Satuan: {x[2]})", f"     {bar} {x[5]} % tercapai",
                f"     Status: {'TARGET TERPENUHI' if _lulus(x) else 'MASIH BERJALAN'}", "")
        d.L("~" * W, "Terkumpul = realisasi; target = target Perjanjian Kinerja; angka sebelum `% tercapai` = capaian.", "")
    return r
