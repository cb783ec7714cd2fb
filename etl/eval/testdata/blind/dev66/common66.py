# Shared helpers of this batch's authoring scripts (author66a.py, author66b.py). Everything of the
# earlier batches comes through ../dev65/common65.py (on ../dev64 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev65/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev65"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common65  # noqa: E402,F401  (puts ../dev64 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common65 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, _tingkat, _kabnama,  # noqa: E402,F401
                      _v, _polos, abreast, angka, baris, buka, cap_lama, halaman, id_dec, id_int, IND, jenis, kpu,
                      NAMA, persen_sel, predikat, r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)

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
def _bil(c):
    """A printed Indonesian figure (`4.574`, `95,74`) as a number, or None."""
    s = str(c).strip().rstrip("%")
    try:
        return float(s.replace(".", "").replace(",", "."))
    except ValueError:
        return None


def r_na(judul, prefiks, gagal):
    """The DPT as the operator's Excel sheet with a **VLOOKUP column `Kode Kec.`** that fetches each kecamatan's
    Kemendagri code from a code sheet: the codes printed as `53.20.01`, and for the kecamatan whose name is
    spelled otherwise in the code sheet (row number gagal) Excel's error value `#N/A`; the kabupaten row's code
    is the kabupaten's own. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - lembar kerja Excel; kolom Kode Kec. diisi rumus VLOOKUP dari lembar "
            "KODE_WIL]", "")
        d.R("No", "Kecamatan", "Kode Kec.", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")
        for i, x in enumerate(isi, 1):
            d.R(x[0], x[1], "#N/A" if i == gagal else f"{prefiks}.{i:02d}", *x[2:7])
        d.R("", tot[1], prefiks, *tot[2:7])
        d.L("", "(kunci: #N/A = nama kecamatan tidak ditemukan pada lembar KODE_WIL, bukan data pemilih; baris "
            "terakhir = jumlah kabupaten)", "")
    return r


def r_mutasi(judul):
    """The DPT as the **recap of the change from DPS to DPT** the PPK sheets carry: per kecamatan the DPS, the
    voters struck off as `TMS` (tidak memenuhi syarat), the `Pemilih Baru` added, then the DPT by sex and its
    total (DPS - TMS + Baru = DPT); the kabupaten row last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, tahun) = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"[Lampiran: {judul} - rekap perubahan DPS menjadi DPT, model rekap PPK]", "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "DPS", "TMS", "Pemilih Baru", "DPT Laki-laki", "DPT Perempuan",
            "DPT Jumlah")
        st = [0, 0, 0]
        for x in isi:
            jml = int(_bil(x[6]))
            tms = 150 + (jml * 7) % 401
            baru = 60 + (jml * 3) % 251
            dps = jml + tms - baru
            st = [st[0] + dps, st[1] + tms, st[2] + baru]
            d.R(x[0], x[1], x[2], x[3], id_int(dps), id_int(tms), id_int(baru), x[4], x[5], x[6])
        d.R("", tot[1], tot[2], tot[3], *[id_int(v) for v in st], tot[4], tot[5], tot[6])
        d.L("", "(kunci: DPS - TMS + Pemilih Baru = DPT Jumlah; TMS = tidak memenuhi syarat; baris terakhir = "
            "jumlah kabupaten)", "")
    return r


def r_cek(judul):
    """The budget as the treasurer's Excel sheet with a **check column `Cek`** whose formula (`=C5-D5=E5`, pagu
    less realisasi equals sisa) prints Indonesian Excel's boolean `BENAR` on every row, the total row too.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"[Lampiran: {judul} - lembar kerja bendahara; kolom Cek berisi rumus =Pagu-Realisasi=Sisa]", "")
        d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)", "Cek")
        for k, induk, x in isi:
            d.R(*x[:6], "BENAR")
        d.R(*tot[:6], "BENAR")
        d.L("", "(kunci: BENAR = hasil rumus pemeriksaan Excel, bukan angka; baris tanpa kode = jumlah DIPA)", "")
    return r


def r_ref(judul):
    """The budget as an Excel sheet whose column `Rencana Penarikan` was linked to a sheet since deleted: every
    cell of it, the total's too, prints Excel's error value **`#REF!`**, between `Pagu` and `Realisasi`. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"[Lampiran: {judul} - lembar kerja Excel; kolom Rencana Penarikan tertaut ke lembar RPD yang "
            "telah dihapus]", "")
        d.R("Kode", "Uraian", "Pagu", "Rencana Penarikan", "Realisasi", "Sisa", "%")
        for k, induk, x in isi:
            d.R(x[0], x[1], x[2], "#REF!", *x[3:6])
        d.R(tot[0], tot[1], tot[2], "#REF!", *tot[3:6])
        d.L("", "(kunci: #REF! = rujukan rumus yang hilang, bukan angka; baris tanpa kode = jumlah)", "")
    return r


PERINGKAT = ["D", "C", "CC", "B", "BB", "A", "AA"]


def _tercapai(x):
    """True when the capaian row x (no, indikator, satuan, target, realisasi, capaian) is achieved."""
    t, rl = str(x[3]).strip().rstrip("*"), str(x[4]).strip().rstrip("*")
    if t in PERINGKAT and rl in PERINGKAT:
        return PERINGKAT.index(rl) >= PERINGKAT.index(t)
    if t == "WTP":
        return rl == "WTP"
    v = _bil(x[5])
    return v is not None and v >= 100


def r_centang(judul):
    """The capaian as a **Google Sheets range with checkbox columns**, copied: a checkbox copies as `TRUE` or
    `FALSE`, so the first column `Diverifikasi` (the checker's tick) and the last column `Tercapai` (ticked by
    hand where capaian reaches 100) print the words (the last row, the BPK opinion, not yet ticked as verified). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - disalin dari Google Sheets bersama; kolom kotak centang tersalin sebagai "
            "TRUE/FALSE]", "")
        d.R("Diverifikasi", *head, "Tercapai")
        for i, x in enumerate(rows, 1):
            d.R("FALSE" if i == len(rows) else "TRUE", *x, "TRUE" if _tercapai(x) else "FALSE")
        d.L("", "(kunci: TRUE = kotak dicentang, FALSE = tidak dicentang)", "")
    return r


BATAS = [("0,00", "D"), ("30,01", "C"), ("50,01", "CC"), ("60,01", "B"), ("70,01", "BB"), ("80,01", "A"),
         ("90,01", "AA")]


def r_bantu(judul):
    """The SAKIP components as the Excel range with its **VLOOKUP helper table beside it**: the components
    (`No Komponen Bobot Nilai`, `Nilai Akhir`, then `Predikat` fetched by `=VLOOKUP(D9;G4:H10;2;TRUE)`), one
    empty column, and on the same rows the band table `Batas Bawah` / `Predikat` the formula reads (seven
    rows, so it runs two rows below the components). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        kiri = [[str(c) for c in head]] + [[str(c) for c in x] for x in rows]
        akhir = kiri[-1][3]
        kiri.append(["", "Predikat", "", predikat(_bil(akhir))])
        kanan = [["Batas Bawah", "Predikat"]] + [list(b) for b in BATAS]
        d.L(cap, "", f"[Lampiran: {judul} - rentang Excel bersama tabel bantu VLOOKUP predikat di sebelahnya]", "")
        for i in range(max(len(kiri), len(kanan))):
            a = kiri[i] if i < len(kiri) else ["", "", "", ""]
            b = kanan[i] if i < len(kanan) else ["", ""]
            d.R(*a, "", *b)
        d.L("", "(kunci: kolom Batas Bawah/Predikat di kanan = tabel bantu rumus VLOOKUP, bukan nilai komponen; "
            "baris Nilai Akhir = nilai evaluasi AKIP)", "")
    return r
