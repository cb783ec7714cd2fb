# Shared helpers of this batch's authoring scripts (author52a.py, author52b.py). Everything of the
# earlier batches comes through ../dev51/common51.py (on ../dev50 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev51/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev51"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common51  # noqa: E402,F401  (puts ../dev50 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common51 import (_tot, _induk, _kab, _n, _pemilihan, _titik, _dpt_isi, _ang_isi, abreast, angka, baris,  # noqa: E402,F401
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
def r_zpl(judul, berkas):
    """The DPT as the ZPL code of the logistics office's box labels (Zebra label printer), typed again: one
    label `^XA … ^XZ` a kecamatan over three lines, each field `^FO x,y^A0N,h,w^FD text^FS` (numbers without
    separators: `^FDDESA/KEL 25^FS`, `^FDDPT L 11612^FS`), the kabupaten's recap label last. Other tables
    plain TAB."""
    def label(judul_label, nama, x):
        return ["^XA^CI28^PW812^LL406",
                f"^FO30,24^A0N,28,28^FD{judul_label}^FS^FO30,64^A0N,40,40^FD{nama}^FS",
                f"^FO30,120^A0N,26,26^FDDESA/KEL {_n(x[2])}^FS^FO330,120^A0N,26,26^FDTPS {_n(x[3])}^FS"
                f"^FO30,160^A0N,26,26^FDDPT L {_n(x[4])}^FS^FO330,160^A0N,26,26^FDDPT P {_n(x[5])}^FS"
                f"^FO30,200^A0N,30,30^FDDPT L+P {_n(x[6])}^FS^PQ1^XZ"]

    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)
        nama_pem = "PEMILU" if pem == "pemilu" else "PEMILIHAN"
        d.L(cap, "", f"[Lampiran: {judul} - kode label {berkas} (ZPL, printer label Zebra) diketik ulang]", "",
            f"^XA^FX {berkas}: label kotak logistik per kecamatan, DPT {nama_pem} {th}^FS^XZ")
        for x in isi:
            d.L(*label(f"KOTAK LOGISTIK {nama_pem} {th} - KECAMATAN", x[1], x))
        d.L(*label(f"REKAP DPT {nama_pem} {th} - KABUPATEN", _kab(d), tot))
        d.L("", "(kunci: satu label ^XA ... ^XZ = satu kecamatan; DESA/KEL = jumlah desa/kelurahan, TPS = jumlah "
            "TPS, DPT L / DPT P / DPT L+P = pemilih laki-laki, perempuan dan jumlah; label REKAP = jumlah "
            "kabupaten; ^FO, ^A0N dan ^PW adalah posisi dan ukuran huruf)", "")
    return r


def r_ps(judul, berkas):
    """The DPT as the PostScript program the office's old recap sent to the printer, typed again: the DSC
    comments, a procedure `baris` that sets one row, then one line a kecamatan with the name as a string and
    the figures bare on the operand stack, `(AESESA) 21 70 6794 6757 13551 baris`, the kabupaten's line
    calling `jumlah` last, `showpage`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, (pem, th) = _dpt_isi(d, cap, rows)
        q = lambda t: "(" + t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
        ops = lambda x: f"{_n(x[2])} {_n(x[3])} {_n(x[4])} {_n(x[5])} {_n(x[6])}"
        d.L(cap, "", f"[Lampiran: {judul} - program {berkas} (PostScript) diketik ulang]", "",
            "%!PS-Adobe-3.0", f"%%Title: {berkas} - rekap DPT per kecamatan", "%%Pages: 1", "%%EndComments",
            "/Helvetica findfont 9 scalefont setfont", "/y 760 def",
            "/kanan { dup stringwidth pop neg 0 rmoveto show } def",
            "/sel { y moveto 12 string cvs kanan } def  % angka x  sel  -",
            "/baris { % (nama) desa tps laki-laki perempuan jumlah  baris  -",
            "  500 sel 430 sel 360 sel 290 sel 230 sel 40 y moveto show /y y 12 sub def } def",
            "/jumlah { /Helvetica-Bold findfont 9 scalefont setfont baris } def")
        for x in isi:
            d.L(f"{q(x[1])} {ops(x)} baris")
        d.L(f"{q(_kab(d))} {ops(tot)} jumlah", "showpage", "%%EOF", "",
            "(kunci: tiap baris = nama kecamatan, jumlah desa/kelurahan, jumlah TPS, pemilih laki-laki, perempuan "
            "dan jumlah; baris yang memanggil jumlah = jumlah kabupaten)", "")
    return r


def r_sylk(judul, berkas):
    """The budget as the SYLK file the office's spreadsheet saved for the old finance application, typed
    again: `ID;P…`, then one `C;Yrow;Xcol;K…` record a cell (text in quotes, integers bare, the percent with a
    point), the Sisa cells with their formula `ERC[-2]-RC[-1]`, the total row last, `E`. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        pt = lambda s: s.replace(",", ".")
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} (SYLK) diketik ulang]", "",
            "ID;PWXL;N;E", f"B;Y{len(isi) + 2};X6;D0 0 {len(isi) + 1} 5", "P;P#,##0", "P;P0.00",
            'C;Y1;X1;K"Kode"', 'C;Y1;X2;K"Uraian"', 'C;Y1;X3;K"Pagu"', 'C;Y1;X4;K"Realisasi"', 'C;Y1;X5;K"Sisa"',
            'C;Y1;X6;K"Serapan %"')

        def baris_sylk(y, kode, x):
            d.L(f'C;Y{y};X1;K"{kode}"', f'C;Y{y};X2;K"{x[1]}"', f"C;Y{y};X3;K{_n(x[2])}", f"C;Y{y};X4;K{_n(x[3])}",
                f"C;Y{y};X5;K{_n(x[4])};ERC[-2]-RC[-1]", f"C;Y{y};X6;K{pt(x[5])}")
        for i, (k, induk, x) in enumerate(isi, 2):
            baris_sylk(i, k, x)
        baris_sylk(len(isi) + 2, "", tot)
        d.L("E", "", "(kunci: C;Y = baris, X = kolom, K = isi sel; X3 pagu, X4 realisasi, X5 sisa dalam rupiah, X6 "
            "serapan dalam persen dengan titik desimal; kode berawalan 076 = program, kode empat angka = kegiatan "
            "di bawahnya; baris terakhir = jumlah seluruh pagu)", "")
    return r


def r_dif(judul, berkas):
    """The budget as the DIF file (Data Interchange Format) the office's spreadsheet saved for the province's
    recap, typed again: the header `TABLE` / `VECTORS` / `TUPLES` / `DATA`, then one tuple a budget row opened by
    `-1,0` / `BOT`, each cell over two lines: a text cell `1,0` / `"…"`, a number cell `0,value` / `V`
    (integers bare, the percent with a point), the total's tuple last, `-1,0` / `EOD`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        pt = lambda s: s.replace(",", ".")
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} (DIF) diketik ulang]", "",
            "TABLE", "0,1", f"\"{berkas[:-4]}\"", "VECTORS", "0,6", "\"\"", "TUPLES", f"0,{len(isi) + 2}", "\"\"",
            "DATA", "0,0", "\"\"")

        def tuple_dif(kode, x, judul_baris=False):
            d.L("-1,0", "BOT")
            if judul_baris:
                for h in x:
                    d.L("1,0", f"\"{h}\"")
                return
            d.L("1,0", f"\"{kode}\"", "1,0", f"\"{x[1]}\"")
            for v in (_n(x[2]), _n(x[3]), _n(x[4]), pt(x[5])):
                d.L(f"0,{v}", "V")
        tuple_dif("", ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan %"), True)
        for k, induk, x in isi:
            tuple_dif(k, x)
        tuple_dif("", tot)
        d.L("-1,0", "EOD", "",
            "(kunci: satu BOT = satu baris; 1,0 = sel teks pada baris berikutnya, 0,n = sel angka n; kolom: kode, "
            "uraian, pagu, realisasi, sisa dalam rupiah, serapan dalam persen dengan titik desimal; kode berawalan "
            "076 = program, kode empat angka = kegiatan di bawahnya; tuple terakhir = jumlah seluruh pagu)", "")
    return r


def r_texinfo(judul, berkas):
    """The capaian as the Texinfo source of the office's handbook chapter, typed again: `@node`, `@float`,
    `@multitable @columnfractions …`, `@headitem` and one `@item … @tab …` line an indicator, `@end
    multitable`, `@caption{…}`, `@end float`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        esc = lambda s: s.replace("@", "@@").replace("{", "@{").replace("}", "@}")
        d.L(cap, "", f"[Lampiran: {judul} - sumber Texinfo {berkas} diketik ulang]", "",
            "@node Capaian Kinerja", "@section Capaian Kinerja", "", "@float Tabel,tab:capaian",
            "@multitable @columnfractions .05 .43 .10 .14 .14 .14",
            "@headitem No @tab Indikator Kinerja @tab Satuan @tab Target @tab Realisasi @tab Capaian (%)")
        for x in rows:
            d.L("@item " + " @tab ".join(esc(v) for v in x[:6]))
        d.L("@end multitable", f"@caption{{{esc(cap)}}}", "@end float", "",
            "(kunci: satu @item = satu indikator; kolom dipisah @tab; Capaian = capaian kinerja dalam persen)", "")
    return r


def r_fdf(judul, berkas, formulir):
    """The SAKIP components as the FDF file exported from the filled PDF form of the AKIP evaluation, typed
    again: `%FDF-1.2`, one object holding `/Fields [ … ]`, one `<< /T (name) /V (value) >>` a line (the
    component's name, weight and score as three fields `k1_nama`, `k1_bobot`, `k1_nilai`, Indonesian decimal
    commas), then `tahun_dinilai`, `nilai_akhir` and `predikat`, the trailer. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        d.L(cap, "", f"[Lampiran: {judul} - data formulir {berkas} (FDF, diekspor dari formulir PDF) diketik ulang]",
            "", "%FDF-1.2", "%\u00e2\u00e3\u00cf\u00d3", "1 0 obj", "<<", f"/FDF << /F ({formulir})", "/Fields [",
            f"<< /T (tahun_dinilai) /V ({th}) >>")
        for i, x in enumerate(komp, 1):
            d.L(f"<< /T (k{i}_nama) /V ({x[1]}) >> << /T (k{i}_bobot) /V ({x[2]}) >> << /T (k{i}_nilai) /V ({x[3]}) >>")
        d.L(f"<< /T (nilai_akhir) /V ({tot[3]}) >>", f"<< /T (predikat) /V ({predikat(angka(tot[3]))}) >>",
            "] >>", ">>", "endobj", "trailer", "<< /Root 1 0 R >>", "%%EOF", "",
            "(kunci: kN_nama / kN_bobot / kN_nilai = nama, bobot dan nilai komponen ke-N; nilai_akhir = nilai hasil "
            "evaluasi; tahun_dinilai = tahun kinerja yang dievaluasi)", "")
    return r
