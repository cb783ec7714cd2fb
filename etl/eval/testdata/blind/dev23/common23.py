# Shared helpers of the dev23/ authoring scripts (author23a.py, author23b.py). Everything of the
# earlier batches comes through ../dev22/common22.py (on ../dev21 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev22/'s facts to the memory (common9.ingat(PREV)), so
# nothing stated there is contradicted, plus the renderers of this batch's house styles. Every renderer
# is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev22"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common22  # noqa: E402,F401  (puts ../dev21 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common22 import (angka, angka_ke, baris, bulat_ribu, cap_lama, id_dec, id_int, IND, jenis, NAMA,  # noqa: E402,F401
                      persen_sel, predikat, r_kantor, r_tab, rb_std, revisi_dipa, ribuan, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
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


def kapital(nama):
    """`KOTA WAINGAPU` -> `Kota Waingapu` (apostrophes kept: `WAE RI'I` -> `Wae Ri'i`)."""
    return " ".join(w[:1] + w[1:].lower() for w in str(nama).split(" "))


def tebal(s):
    """Letters and digits in Unicode sans-serif bold, as a Facebook post's "bold text" generator writes
    them (U+1D5D4.. for A-Z, U+1D5EE.. for a-z, U+1D7EC.. for 0-9); other characters unchanged."""
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5D4 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5EE + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7EC + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


def _jam(detik):
    ms = (detik * 1000) % 1000
    s = int(detik)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d},{int(ms):03d}"


# ---- new house styles ----
def r_srt(mulai, pembaca):
    """The DPT as the subtitle file (SRT) of the office's livestream of the plenary meeting: numbered
    cues, `hh:mm:ss,mmm --> hh:mm:ss,mmm`, at most two short lines a cue, the reader's sentence for a
    kecamatan running over two or three cues; the kabupaten's sum read last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Rekapitulasi DPT", "Transkrip Pembacaan Rekapitulasi DPT"), "")
        d.L("[berkas: pleno_rekap_dpt.srt]", "")
        t, n = float(mulai), 1

        def cue(*baris):
            nonlocal t, n
            dur = 2.2 + 0.9 * len(" ".join(baris)) / 20
            d.L(str(n), f"{_jam(t)} --> {_jam(t + dur)}", *baris, "")
            t += dur + 0.36 + (n * 7 % 5) / 10
            n += 1
        cue(f"{pembaca}:", "baik, kami bacakan rekapitulasinya")
        cue("per kecamatan, berturut-turut", "desa, TPS, laki-laki, perempuan,")
        cue("dan jumlah pemilih.")
        for x in rows:
            if str(x[0]) == "":
                cue("Jadi total untuk kabupaten,", f"desa/kelurahan {x[2]}, TPS {x[3]},")
                cue(f"laki-laki {x[4]},", f"perempuan {x[5]},")
                cue(f"jumlah seluruhnya {x[6]} pemilih.")
                continue
            desa = f"{x[2]} desa, " if str(x[2]) != "-" else ""
            cue(f"Kecamatan {kapital(x[1])},", f"{desa}{x[3]} TPS,")
            cue(f"laki-laki {x[4]}, perempuan {x[5]},", f"jumlah {x[6]}.")
        cue("(tepuk tangan)")
        cue("Ketua: terima kasih, apakah ada", "tanggapan dari Bawaslu?")
        d.L("[akhir berkas]", "")
        d.B()
    return r


def r_fb(halaman, tanggal, suka):
    """The DPT as the office's Facebook page post: the page name and date, a heading in Unicode bold
    letters, one block a kecamatan (its name in bold letters; villages and TPS on one line, L, P and
    the total on the next; figures plain), the kabupaten block last, hashtags, the reactions line and
    two comments under the post. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Rekapitulasi DPT", "Unggahan Halaman Facebook: Rekapitulasi DPT"), "")
        d.L(halaman, f"{tanggal} \u00b7 \U0001F30F", "")
        d.L("\U0001F4E2 " + tebal("REKAPITULASI DAFTAR PEMILIH TETAP (DPT)"),
            tebal(f"PEMILU TAHUN 2024 - {NAMA[d.satker].upper()}"), "")
        d.L("Sahabat pemilih, berikut hasil rekapitulasi DPT yang ditetapkan dalam rapat pleno terbuka, per kecamatan:", "")
        for x in rows:
            if str(x[0]) == "":
                d.L("\u2705 " + tebal(f"TOTAL KABUPATEN {NAMA[d.satker].upper()}"),
                    f"\U0001F3D8\uFE0F {x[2]} desa/kel \u00b7 \U0001F5F3\uFE0F {x[3]} TPS",
                    f"\U0001F468 L {x[4]} \u00b7 \U0001F469 P {x[5]} \u00b7 \U0001F465 {x[6]} pemilih", "")
                continue
            d.L("\U0001F4CD " + tebal(str(x[1])),
                f"\U0001F3D8\uFE0F {x[2]} desa/kel \u00b7 \U0001F5F3\uFE0F {x[3]} TPS",
                f"\U0001F468 L {x[4]} \u00b7 \U0001F469 P {x[5]} \u00b7 \U0001F465 {x[6]} pemilih", "")
        d.L("Cek namamu di cekdptonline.kpu.go.id \U0001F50E", "#PemiluDamai #KPUMelayani #TemanPemilih", "",
            f"\U0001F44D\u2764\uFE0F {suka} \u00b7 {suka // 9} komentar \u00b7 {suka // 4} kali dibagikan", "",
            "Komentar teratas", "Yoseph Taek: min, tahun lalu katanya hampir 200 ribu? \U0001F914",
            f"{halaman}: Halo kak, angka resmi DPT adalah yang tertera di atas ya. Terima kasih \U0001F64F", "")
    return r


def r_qgis(lapisan):
    """The DPT as the attribute table of the office's map layer (QGIS), pasted as TSV: the shapefile's
    own fields (`fid`, `KDCPUM`, `WADMKC`, `WADMKK`, `WADMPR`, `Shape_Leng`, `Shape_Area`) before the
    office's fields (`DESA`, `TPS`, `DPT_L`, `DPT_P`, `DPT_JML`), integers without separators, no total
    row; the kabupaten's sums in the Statistics panel printed under it (Count, Sum, Mean, Median, Min,
    Max for each field). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Rekapitulasi DPT", "Tabel Atribut Peta Sebaran DPT"), "")
        d.L(f"Lapisan: {lapisan} | Fitur: {len(rows) - 1}, tersaring: {len(rows) - 1}, terpilih: 0", "")
        d.R("fid", "KDCPUM", "WADMKC", "WADMKK", "WADMPR", "Shape_Leng", "Shape_Area", "DESA", "TPS", "DPT_L",
            "DPT_P", "DPT_JML")
        kec = [x for x in rows if str(x[0]) != ""]
        for i, x in enumerate(kec, 1):
            h = (i * 7919 + len(str(x[1])) * 104729 + angka(x[6])) % 1000003
            leng = 0.31 + h % 900001 / 1e6
            area = 0.0031 + h % 21011 / 1e6
            d.R(i, f"{d.satker[:2]}.{d.satker[2:]}.{i:02d}", kapital(x[1]).upper(), NAMA[d.satker].upper(),
                "NUSA TENGGARA TIMUR", f"{leng:.6f}", f"{area:.7f}", x[2], x[3], angka(x[4]), angka(x[5]), angka(x[6]))
        d.B()
        d.L("Panel Statistik (lapisan yang sama, semua fitur):", "")
        for j, nama in ((2, "DESA"), (3, "TPS"), (4, "DPT_L"), (5, "DPT_P"), (6, "DPT_JML")):
            if nama == "DESA" and str(kec[0][2]) == "-":
                continue
            v = sorted(angka(x[j]) for x in kec)
            n = len(v)
            med = v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
            d.L(f"Kolom: {nama}")
            d.R("Statistik", "Nilai")
            d.R("Cacah", n)
            d.R("Jumlah", sum(v))
            d.R("Rerata", f"{sum(v) / n:.4f}")
            d.R("Median", f"{med:g}" if isinstance(med, float) else med)
            d.R("Minimum", v[0])
            d.R("Maksimum", v[-1])
            d.B()
    return r


def r_stata(satker, tahun, berkas):
    """The budget as the log of the office's Stata do-file: the commands (`. use`, `. tabstat`, `. list`,
    `. display`), `tabstat ..., by(kode) stat(sum)` over the programs (its `Total` the year's total), then
    over each program's kegiatan (`if program=="…"`, `nototal`), figures `%17.0fc` (comma thousands) and
    the absorption `%6.2f` (dot decimals) listed per code and displayed for the total. Other tables TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Realisasi Anggaran", "Log Olah Data Realisasi Anggaran"), "")
        lebar = 13
        garis = "-" * lebar + "+" + "-" * 54
        prog = [x for x in rows if "." in str(x[0])]
        keg = {}
        p = ""
        for x in rows:
            if "." in str(x[0]):
                p = str(x[0])
            elif str(x[0]):
                keg.setdefault(p, []).append(x)
        tot = next(x for x in rows if str(x[0]) == "")
        fc = lambda s: f"{angka(s):,}"

        def tab(daftar, kondisi, total):
            d.L(f". tabstat pagu realisasi sisa if {kondisi}, by(kode) stat(sum) format(%17.0fc)"
                + ("" if total else " nototal"), "", "Summary statistics: Sum", "Group variable: kode ", "",
                f"{'kode':>{lebar - 1}} |{'pagu':>18}{'realisasi':>18}{'sisa':>18}", garis)
            for x in daftar:
                d.L(f"{str(x[0]):>{lebar - 1}} |{fc(x[2]):>18}{fc(x[3]):>18}{fc(x[4]):>18}")
            if total:
                d.L(garis, f"{'Total':>{lebar - 1}} |{fc(tot[2]):>18}{fc(tot[3]):>18}{fc(tot[4]):>18}")
            d.L("-" * (lebar + 55), "")
        d.L("----------------------------------------------------------------------------------",
            "      name:  <unnamed>", f"       log:  C:\\LKj\\{tahun}\\olah\\{berkas}.smcl", "  log type:  smcl",
            f" opened on:  {6 + tahun % 5} Jan {tahun + 1}, 09:{14 + tahun % 30:02d}:07",
            "----------------------------------------------------------------------------------", "",
            f'. use "C:\\LKj\\{tahun}\\data\\realisasi_{satker}_{tahun}.dta", clear',
            f"(Realisasi DIPA {tahun} per program dan kegiatan, sumber SAKTI)", "")
        tab(prog, 'level=="program"', True)
        for x in prog:
            tab(keg.get(str(x[0]), []), f'program=="{x[0]}" & level=="kegiatan"', False)
        d.L(". generate serapan = 100*realisasi/pagu", "", ". format serapan %6.2f", "",
            ". list kode serapan, noobs clean", "", f"{'kode':>12}   serapan")
        for x in rows:
            if str(x[0]):
                d.L(f"{str(x[0]):>12}   {angka_ke(x[5]):>7.2f}")
        d.L("", ". quietly summarize realisasi if level==\"program\"", "", ". local r = r(sum)", "",
            ". quietly summarize pagu if level==\"program\"", "",
            ". display \"Serapan total = \" %6.2f 100*`r'/r(sum) \" persen\"",
            f"Serapan total = {angka_ke(tot[5]):6.2f} persen", "", ". log close", "")
    return r


def r_calk(d_jenis, pnbp, aset):
    """The budget as the notes to the financial statements (Catatan atas Laporan Keuangan) quoted in
    the LKj: B.1 the PNBP revenue (no budget fact), B.2 the spending by type (Jenis Belanja: no fact),
    B.3 the spending by program and kegiatan with `Realisasi di atas/(di bawah) Anggaran` in parentheses
    and `%`, total `Jumlah Belanja`, then C.1 the fixed assets of the balance sheet (no fact). Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        tot = next(x for x in rows if str(x[0]) == "")
        th = d.tahun
        d.L(f"Kutipan Catatan atas Laporan Keuangan (CaLK) Tahun Anggaran {th} (audited)", "",
            "B. PENJELASAN ATAS POS-POS LAPORAN REALISASI ANGGARAN", "", "B.1 Pendapatan Negara Bukan Pajak")
        d.P(f"Realisasi Pendapatan Negara Bukan Pajak TA {th} sebesar Rp{id_int(pnbp)} berasal dari penerimaan "
            "kembali belanja tahun anggaran yang lalu dan jasa giro; pendapatan ini tidak dianggarkan dalam DIPA.")
        d.L("", "B.2 Belanja")
        d.P(f"Realisasi Belanja TA {th} adalah sebesar Rp{tot[3]} atau {tot[5]}% dari anggaran belanja "
            f"sebesar Rp{tot[2]}. Rincian menurut jenis belanja:")
        d.R("Uraian", "Anggaran", "Realisasi", "%")
        pg, rl = angka(tot[2]), angka(tot[3])
        bag = []
        for i, (nm, fa, fb) in enumerate(d_jenis):
            if i < len(d_jenis) - 1:
                a, b = pg * fa // 100000 // 1000 * 1000, rl * fb // 100000
            else:
                a, b = pg - sum(x[1] for x in bag), rl - sum(x[2] for x in bag)
            bag.append((nm, a, b))
        urut = ("Belanja Pegawai", "Belanja Barang", "Belanja Modal")
        for nm, a, b in sorted(bag, key=lambda t: urut.index(t[0]) if t[0] in urut else len(urut)):
            d.R(nm, id_int(a), id_int(b), id_dec(serapan(a, b)))
        d.R("Jumlah Belanja", tot[2], tot[3], tot[5])
        d.B()
        d.L("B.3 Belanja menurut Program dan Kegiatan")
        d.P("Anggaran dan realisasi belanja menurut program dan kegiatan, dengan selisih realisasi di atas/(di "
            "bawah) anggaran; angka dalam kurung berarti realisasi di bawah anggaran.")
        d.R("Kode", "Uraian", "Anggaran", "Realisasi", "Realisasi di atas/(di bawah) Anggaran", "%")
        for x in rows:
            s = angka(x[4])
            sel = f"({id_int(s)})" if s > 0 else ("0" if s == 0 else id_int(-s))
            lab = "Jumlah Belanja" if str(x[0]) == "" else x[1]
            d.R(x[0], lab, x[2], x[3], sel, x[5])
        d.B()
        d.L("C. PENJELASAN ATAS POS-POS NERACA", "", "C.1 Aset Tetap")
        d.P(f"Nilai Aset Tetap per 31 Desember {th} sebesar Rp{id_int(aset)} (setelah akumulasi penyusutan), "
            "terdiri atas peralatan dan mesin, gedung dan bangunan, serta aset tetap lainnya.")
        d.L("", "(kutipan CaLK selesai)", "")
    return r


def r_lhe(nomor, tanggal, lalu):
    """The SAKIP evaluation as the evaluation report letter of the Inspektorat Utama (LHE AKIP) quoted
    whole: the letter's head (Nomor, Sifat, Lampiran, Hal), numbered paragraphs, the components as a
    lettered list inside paragraph 2 (`a. Perencanaan Kinerja, bobot 30,00: nilai 19,80;`), the final
    score and predikat, the previous year's score in paragraph 3, recommendations. Other tables TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        akhir = rows[-1]
        y = int(cap.split()[-3])
        d.L("Salinan surat sebagaimana diterima:", "", "KOMISI PEMILIHAN UMUM", "INSPEKTORAT UTAMA", "",
            f"Nomor    : {nomor}", "Sifat    : Terbatas", "Lampiran : 1 (satu) berkas",
            f"Hal      : Laporan Hasil Evaluasi atas Implementasi SAKIP Tahun {y}", "",
            f"Yth. Ketua KPU Kabupaten {NAMA[d.satker]}", "di tempat", "")
        d.P(f"1. Berdasarkan Peraturan Menteri PANRB Nomor 88 Tahun 2021, Inspektorat Utama telah melakukan "
            f"evaluasi atas implementasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) Tahun {y} pada "
            f"KPU Kabupaten {NAMA[d.satker]}.")
        d.P(f"2. Hasil evaluasi menunjukkan nilai {akhir[3]} dengan predikat \"{predikat(angka_ke(akhir[3]))}\", "
            "dengan rincian per komponen sebagai berikut:")
        huruf = "abcdefgh"
        for i, x in enumerate(rows[:-1]):
            d.L(f"   {huruf[i]}. {x[1]}, bobot {x[2]}: nilai {x[3]};")
        if lalu:
            d.B()
            d.P(f"3. Nilai tersebut {'naik' if angka_ke(akhir[3]) > lalu[1] else 'turun'} dibandingkan hasil "
                f"evaluasi tahun {lalu[0]} sebesar {id_dec(lalu[1])} ({predikat(lalu[1])}).")
        d.P("4. Rekomendasi: (1) menyelaraskan indikator kinerja individu dengan Perjanjian Kinerja; (2) "
            "memanfaatkan hasil pengukuran kinerja triwulanan dalam pengambilan keputusan; (3) menindaklanjuti "
            "rekomendasi ini paling lambat 60 hari sejak surat diterima.")
        d.L("", f"Jakarta, {tanggal}", "Inspektur Utama,", "", "ttd.", "", "")
    return r
