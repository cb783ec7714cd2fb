# Shared helpers of the dev30/ authoring scripts (author30a.py, author30b.py). Everything of the
# earlier batches comes through ../dev29/common29.py (on ../dev28 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev29/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev29"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common29  # noqa: E402,F401  (puts ../dev28 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common29 import (baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, lipat, NAMA,  # noqa: E402,F401
                      persen_sel, polos, predikat, r_kantor, r_tab, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang, lapor_kosong,
                      ribu_ok, ribuan, tanpa_lapor, tanpa_lapor_anggaran, nama_orang)
from common7 import buka, kpu  # noqa: E402

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


def kantor(d):
    """`KPU KABUPATEN ENDE` / `KPU KOTA KUPANG`: the satker's office in capitals."""
    return ("KPU KOTA KUPANG" if d.satker == "5371" else f"KPU KABUPATEN {NAMA[d.satker].upper()}")


# ---- new house styles ----
def r_sakti(kode_satker, pengguna, dicetak):
    """The budget as the report the finance application prints (a banded report from its report engine):
    a page head with the application's name, the report's title, the satker and the period at the left
    and `Tanggal Cetak`, `Dicetak Oleh`, `Halaman` at the right; fixed columns `KODE` `URAIAN` `PAGU`
    `REALISASI` `SISA PAGU` `%` between `=` rules; each program opened by a group line `PROGRAM : code
    NAME` (no figures), its kegiatan as detail lines (a long name wrapped within its column, the figures
    on the first line), closed by `SUB TOTAL PROGRAM code` with the program's figures; `TOTAL SATKER`
    last; the page foot `Dicetak dari SAKTI …`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        W = 118
        f = lambda a, b, c, e, g, h: f"{a:<10}{b:<44}{c:>18}{e:>18}{g:>18}{h:>10}"
        kanan = lambda a, b: f"{a:<84}{b}"
        d.L(cap, "")
        d.L(kanan("SAKTI - SISTEM APLIKASI KEUANGAN TINGKAT INSTANSI", f"Tanggal Cetak : {dicetak}"),
            kanan("LAPORAN REALISASI ANGGARAN PER PROGRAM DAN KEGIATAN", f"Dicetak Oleh  : {pengguna}"),
            kanan(f"Satker  : {kode_satker} - {kantor(d)}", "Halaman       : 1 dari 1"),
            f"Periode : Januari s.d. Desember {d.tahun}", "=" * W,
            f("KODE", "URAIAN", "PAGU", "REALISASI", "SISA PAGU", "%"), "=" * W)
        prog = None
        for x in rows + [None]:
            if x is None or "." in str(x[0]) or str(x[0]) == "":
                if prog is not None:
                    d.L(" " * 10 + "-" * (W - 10),
                        f("", f"SUB TOTAL PROGRAM {prog[0]}", *[str(c) for c in prog[2:6]]), "")
                    prog = None
                if x is None:
                    break
                if str(x[0]) == "":
                    d.L("=" * W, f("", "TOTAL SATKER", *[str(c) for c in x[2:6]]), "=" * W)
                    continue
                prog = x
                d.L(f"PROGRAM : {x[0]}  {str(x[1]).upper()}")
                continue
            potong = textwrap.wrap(str(x[1]), 42)
            d.L(f(f"  {x[0]}", potong[0], *[str(c) for c in x[2:6]]))
            for k in potong[1:]:
                d.L(f("", k, "", "", "", "").rstrip())
        d.L(f"{'Dicetak dari SAKTI pada ' + dicetak + ' oleh ' + pengguna:<100}{'Hal. 1/1':>18}", "")
    return r


def ringkas(n):
    """A figure as a dashboard scorecard shows it in compact form (`58412` -> `58,4 rb`)."""
    n = int(n)
    if n >= 1000:
        return f"{id_dec(round(n / 1000, 1))[:-1]} rb"
    return str(n)


def r_dasbor(judul, pemilihan, diperbarui, dicetak):
    """The DPT as the page of the office's Google Data Studio dashboard printed from the browser: the
    report's name and the print line, the filter controls (`Kecamatan: Semua ▾` …), a row of scorecards
    in compact figures (`58,4 rb`: no facts), then the table chart - the kecamatan sorted by `Jumlah
    Pemilih ▼` (descending), Data Studio's row numbers `1.` …, figures grouped, the summary row `Total
    keseluruhan` last and the pager `1 - n / n`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        kec = [[str(c) for c in x] for x in rows if str(x[0]) != ""]
        tot = [str(c) for c in next(x for x in rows if str(x[0]) == "")]
        kec.sort(key=lambda x: -int(polos(x[6])))
        f = lambda a, b, c, e, g, h, i: f"{a:>4}  {b:<24}{c:>10}{e:>8}{g:>13}{h:>13}{i:>20}"
        d.L(cap, "", f"[cetakan peramban - Google Data Studio - \"{judul}\" - dicetak {dicetak} - halaman 1/1]", "",
            judul.upper() + "   |   " + kantor(d), pemilihan,
            "Kecamatan: Semua \u25be      Jenis Kelamin: Semua \u25be      Status: DPT ditetapkan \u25be", "")
        kartu = [("Desa/Kelurahan", tot[2]), ("TPS", tot[3]), ("Laki-laki", ringkas(polos(tot[4]))),
                 ("Perempuan", ringkas(polos(tot[5]))), ("Jumlah Pemilih", ringkas(polos(tot[6])))]
        d.L("".join(f"{a:<18}" for a, _ in kartu).rstrip(), "".join(f"{b:<18}" for _, b in kartu).rstrip(), "")
        d.L(f("", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah Pemilih \u25bc"))
        for i, x in enumerate(kec, 1):
            d.L(f(f"{i}.", x[1], "" if x[2] == "-" else x[2], *x[3:7]))
        d.L(f("", "Total keseluruhan", "" if tot[2] == "-" else tot[2], *tot[3:7]),
            f"{f'1 - {len(kec)} / {len(kec)}    <    >':>92}", "",
            f"Sumber data: Sidalih (ekspor ke Google Spreadsheet). Data terakhir diperbarui: {diperbarui}", "")
    return r


SARAN = {
    "Perencanaan Kinerja": ("Selaraskan indikator kinerja pada Renstra, Rencana Kinerja Tahunan dan Perjanjian "
                            "Kinerja, serta tetapkan target yang menantang.",
                            "Reviu indikator dan Perjanjian Kinerja dilaksanakan bersama seluruh subbagian; "
                            "PK ditandatangani ulang."),
    "Pengukuran Kinerja": ("Bangun mekanisme pengumpulan data kinerja yang berkala dan terdokumentasi.",
                           "Disusun SOP pengumpulan data kinerja dan lembar kerja pengukuran triwulanan."),
    "Pelaporan Kinerja": ("Sajikan analisis efisiensi sumber daya dan perbandingan capaian antartahun dalam "
                          "laporan kinerja.",
                          "Format laporan kinerja tahun berjalan telah memuat analisis efisiensi dan "
                          "perbandingan capaian."),
    "Evaluasi Akuntabilitas Kinerja Internal": ("Laksanakan evaluasi internal atas capaian kinerja secara berkala dan tindak lanjuti "
                          "hasilnya.",
                          "Rapat evaluasi kinerja triwulanan dijadwalkan; notulen dan tindak lanjutnya "
                          "diarsipkan."),
}


def r_tindak(lebar=34):
    """The SAKIP evaluation as the follow-up matrix of the evaluators' recommendations (Matriks Tindak Lanjut
    Rekomendasi Hasil Evaluasi), a TAB table `No` `Komponen` `Bobot` `Nilai` `Rekomendasi Evaluator`
    `Tindak Lanjut` `Status`: each component's figures on its first line, the two long text cells wrapped
    on continuation lines (only those cells filled); the `Nilai Hasil Evaluasi` row last with the predikat
    in the Status cell. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        d.L(cap, "")
        d.R("No", "Komponen", "Bobot", "Nilai", "Rekomendasi Evaluator", "Tindak Lanjut", "Status")
        for x in rows:
            if str(x[0]) == "":
                v = float(str(x[3]).replace(",", "."))
                d.R("", "Nilai Hasil Evaluasi", x[2], x[3], "", "", f"Predikat {predikat(v)}")
                continue
            a, b = SARAN[str(x[1])]
            a, b = textwrap.wrap(a, lebar), textwrap.wrap(b, lebar)
            for k in range(max(len(a), len(b))):
                sa, sb = (a[k] if k < len(a) else ""), (b[k] if k < len(b) else "")
                if k == 0:
                    d.R(x[0], x[1], x[2], x[3], sa, sb, "Selesai" if int(x[0]) % 2 else "Dalam proses")
                else:
                    d.R("", "", "", "", sa, sb, "")
        d.B()
    return r


def r_srikandi(nomor, tanggal, berkas, riwayat_naskah):
    """The SAKIP evaluation as the detail page of the incoming letter in SRIKANDI (the government's
    e-office application) printed from the browser: the breadcrumb and buttons, the letter's metadata as
    `Field : value` lines (`Nomor Naskah`, `Tanggal Naskah`, `Jenis Naskah`, `Sifat Naskah`, `Klasifikasi`,
    `Hal`, `Asal Naskah`, `Tujuan`, `Tembusan`, `Berkas Lampiran`), the `Isi Ringkas` field holding the
    components (`a. Perencanaan Kinerja   30,00   19,50`), `Nilai Hasil Evaluasi` and `Predikat`, and the
    letter's history (`Riwayat Naskah`: time-stamped lines). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        y = str(cap).split()[-3]
        tot = rows[-1]
        v = float(str(tot[3]).replace(",", "."))
        g = "-" * 100
        k = lambda a, b: f"{a:<22}: {b}"
        s = lambda a, b, c: f"    {a:<44}{b:>10}{c:>11}"
        d.L(cap, "", f"{'SRIKANDI  >  Naskah Masuk  >  Detail Naskah':<64}[ Tindak Lanjut ] [ Disposisi ] [ Unduh ]", g,
            k("Nomor Naskah", nomor), k("Tanggal Naskah", tanggal), k("Jenis Naskah", "Surat Dinas"),
            k("Sifat Naskah", "Biasa"), k("Klasifikasi", "PW.01 - Pengawasan Internal"),
            k("Hal", f"Laporan Hasil Evaluasi Akuntabilitas Kinerja Tahun {y}"),
            k("Asal Naskah", "Inspektorat Utama Komisi Pemilihan Umum"),
            k("Tujuan", f"Sekretaris {kantor(d).replace('KPU KABUPATEN', 'KPU Kabupaten').title().replace('Kpu', 'KPU')}"),
            k("Tembusan", "Ketua KPU Provinsi Nusa Tenggara Timur"), k("Berkas Lampiran", berkas), g,
            "Isi Ringkas:",
            f"  Disampaikan hasil evaluasi atas implementasi SAKIP Tahun {y} pada satuan kerja Saudara dengan",
            "  rincian penilaian sebagai berikut:", s("Komponen", "Bobot", "Nilai"))
        for i, x in enumerate(rows[:-1]):
            d.L(s(f"{'abcde'[i]}. {x[1]}", x[2], x[3]))
        d.L(s("Nilai Hasil Evaluasi", tot[2], tot[3]), s("Predikat", "", predikat(v)),
            "  Rekomendasi perbaikan tercantum dalam berkas laporan hasil evaluasi yang dilampirkan.", g,
            "Riwayat Naskah")
        for w, t in riwayat_naskah:
            d.L(f"  {w:<20}{t}")
        d.L(g, "")
    return r


def r_siaran(nomor, tanggal, judul, pembuka, penutup):
    """The DPT as the office's press release (siaran pers) pasted into the report: `SIARAN PERS`, the
    number and `Untuk segera disiarkan`, the headline, the dateline paragraph (pembuka(total line) with the
    kabupaten's figures), then one bullet a kecamatan (`• Kecamatan X: 29 desa/kelurahan, 65 TPS, 9.876
    pemilih (laki-laki 4.800, perempuan 5.076)`), the closing paragraph, the contact line and `###`.
    Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        tot = [str(c) for c in next(x for x in rows if str(x[0]) == "")]
        desa = lambda x: "" if x[2] == "-" else f"{x[2]} desa/kelurahan, "
        d.L(cap, "", "SIARAN PERS", kantor(d), f"{'Nomor: ' + nomor:<60}Untuk segera disiarkan", "", judul, "")
        d.P(f"{tanggal} - " + pembuka(desa(tot), *tot[3:7]))
        d.L("")
        for x in rows:
            x = [str(c) for c in x]
            if x[0] == "":
                continue
            d.L(f"\u2022 Kecamatan {kapital(x[1])}: {desa(x)}{x[3]} TPS, {x[6]} pemilih "
                f"(laki-laki {x[4]}, perempuan {x[5]})")
        d.L("")
        d.P(penutup)
        d.L("", "Narahubung: Subbagian Teknis dan Hubungan Partisipasi Masyarakat "
            f"KPU {'Kota' if d.satker == '5371' else 'Kabupaten'} {NAMA[d.satker].replace('Kota ', '')}", "", "###", "")
    return r


PANAH = "\u25b2"
BIDANG = (("PERSPEKTIF PEMANGKU KEPENTINGAN", 1), ("PERSPEKTIF PROSES INTERNAL", None),
          ("PERSPEKTIF TATA KELOLA", None))


def r_peta(judul, lebar=40):
    """The capaian as the office's strategy map (Peta Strategi) with its results, typed again from the
    chart: three bands (`PERSPEKTIF …`), in each the boxes of its indicators two across, a box being its
    code (`[ IK-2 ]`), the indicator wrapped inside the box, then `Satuan`, `Target`, `Realisasi` and
    `Capaian` lines; an arrow line (`▲`) between the bands. The first numeric row stands in the top band,
    the other numeric rows in the middle band, the grade rows in the bottom band. Other tables plain
    TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        angka = [x for x in rows if str(x[2]) not in ("Predikat", "Opini")]
        huruf = [x for x in rows if str(x[2]) in ("Predikat", "Opini")]
        pita = [angka[:1], angka[1:], huruf]
        d.L(cap, "", judul, "(bagan peta strategi diketik ulang; setiap kotak satu indikator)", "")
        for b, ((nm, _), isi) in enumerate(zip(BIDANG, pita)):
            if b:
                d.L(PANAH.center(2 * lebar + 6).rstrip(), "")
            d.L(nm, "")
            kotak = []
            for x in isi:
                x = [str(c) for c in x]
                kotak.append([f"[ IK-{x[0]} ]"] + textwrap.wrap(x[1], lebar) + [
                    f"Satuan    : {x[2]}", f"Target    : {x[3]}", f"Realisasi : {x[4]}", f"Capaian   : {x[5]}"])
            for i in range(0, len(kotak), 2):
                grup = kotak[i:i + 2]
                t = max(len(g) for g in grup)
                for k in range(t):
                    d.L(("  " + "".join((g[k] if k < len(g) else "").ljust(lebar + 6) for g in grup)).rstrip())
                d.B()
    return r
