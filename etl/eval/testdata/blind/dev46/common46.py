# Shared helpers of the dev46/ authoring scripts (author46a.py, author46b.py). Everything of the
# earlier batches comes through ../dev45/common45.py (on ../dev44 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev45/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev45"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common45  # noqa: E402,F401  (puts ../dev44 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common45 import (abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
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
def _tot(rows):
    return next(x for x in rows if x[0] == "")


def r_gherkin(judul, berkas):
    """The capaian as the acceptance-test feature file of the office's monitoring application (Gherkin in
    Indonesian, `# language: id`) typed again: `Fitur:`, one `Skenario:` an indicator with `Dengan target`,
    `Ketika realisasi`, `Maka capaian` and `Dan status` steps. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} diketik ulang]", "",
            "# language: id", f"Fitur: Capaian indikator kinerja tahun {d.tahun}",
            "  Agar capaian setiap indikator dapat diperiksa ulang",
            "  Sebagai operator Subbagian Perencanaan, Data dan Informasi",
            "  Saya ingin setiap target dan realisasi dibandingkan secara otomatis", "")
        for x in rows:
            d.L(f"  Skenario: IKK {int(x[0]):02d} - {x[1]}",
                f"    Dengan target \"{x[3]}\" dalam satuan \"{x[2]}\"",
                f"    Ketika realisasi tahun {d.tahun} tercatat \"{x[4]}\"",
                f"    Maka capaian kinerja adalah \"{x[5]}\" persen",
                f"    Dan status indikator \"{'tercapai' if _lulus(x) else 'tidak tercapai'}\"", "")
        d.L("(kunci: target = target Perjanjian Kinerja; realisasi = realisasi; capaian = capaian kinerja)", "")
    return r


def r_ini(judul, berkas):
    """The SAKIP evaluation as the INI settings file the evaluation application exports, typed again: a
    `[evaluasi]` section (tahun_dinilai, nilai_total, bobot_total, predikat), then one `[komponen.n]` section a
    component (nama, bobot, nilai); `;` comments. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} diketik ulang]", "",
            f"; {berkas} - ekspor aplikasi evaluasi AKIP", "; desimal memakai koma", "",
            "[evaluasi]", f"tahun_dinilai = {th}", f"nilai_total = {tot[3]}", f"bobot_total = {tot[2]}",
            f"predikat = {predikat(angka(tot[3]))}", "")
        for i, x in enumerate(komp, 1):
            d.L(f"[komponen.{i}]", f"nama = {x[1]}", f"bobot = {x[2]}", f"nilai = {x[3]}", "")
    return r


def r_dot(judul, berkas):
    """The budget as the Graphviz (DOT) source the finance application exports for its budget tree, typed
    again: one `record` node a budget line with pagu, realisasi, sisa and serapan in its label, the total node
    `TOTAL` on top, edges from each parent to its children. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = _tot(rows)
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} diketik ulang]", "",
            f"digraph anggaran_{d.tahun} {{", "  rankdir=LR;", "  node [shape=record, fontname=\"DejaVu Sans\"];",
            f"  \"TOTAL\" [label=\"{{{tot[1] or 'JUMLAH'}|pagu {tot[2]}|realisasi {tot[3]}|sisa {tot[4]}|serapan {tot[5]}%}}\"];")
        sisi, prog, keg = [], "TOTAL", "TOTAL"
        for x in rows:
            if x[0] == "":
                continue
            k = x[0]
            if k.startswith("0"):
                induk, prog, keg = "TOTAL", k, k
            elif k.isdigit():
                induk, keg = prog, k
            else:
                induk = keg
            d.L(f"  \"{k}\" [label=\"{{{k} {x[1]}|pagu {x[2]}|realisasi {x[3]}|sisa {x[4]}|serapan {x[5]}%}}\"];")
            sisi.append(f"  \"{induk}\" -> \"{k}\";")
        d.L(*sisi)
        d.L("}", "(kunci: pagu, realisasi dan sisa dalam rupiah; serapan = realisasi terhadap pagu)", "")
    return r


def r_redis(judul, host, kunci):
    """The DPT as a redis-cli session on the data operator's cache server typed again: `HGETALL` of one hash a
    kecamatan printing numbered field/value lines (kecamatan, desa, tps, laki, perempuan, jumlah), the
    kabupaten's hash last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]

        def hash_(nama, x, wil="kecamatan"):
            d.L(f"{host}:6379> HGETALL {nama}")
            for i, (f, v) in enumerate(zip((wil, "desa", "tps", "laki", "perempuan", "jumlah"),
                                           (x[1], x[2], x[3], x[4], x[5], x[6])), 0):
                d.L(f"{2 * i + 1:>2}) \"{f}\"", f"{2 * i + 2:>2}) \"{v}\"")
        d.L(cap, "", f"[Salinan layar: {judul} - teks keluaran redis-cli diketik ulang]", "")
        for i, x in enumerate([x for x in rows if x[0] != ""], 1):
            hash_(f"{kunci}:kec:{i:02d}", x)
        tot = _tot(rows)
        hash_(f"{kunci}:kab", [tot[0], NAMA[d.satker].upper()] + tot[2:], "kabupaten")
        d.L(f"{host}:6379> QUIT",
            "(kunci: laki = pemilih laki-laki; perempuan = pemilih perempuan; jumlah = jumlah pemilih)", "")
    return r


def r_http(judul, host, jalur):
    """The budget as the raw HTTP exchange of the e-monitoring service typed again: the request line and
    headers, the `HTTP/1.1 200 OK` response and headers, then a form-urlencoded body, one line a budget line
    (`kode=...&uraian=...&pagu=...&realisasi=...&sisa=...&serapan=...`), `kode=TOTAL` last. Other tables
    plain TAB."""
    def enc(s):
        return s.replace("%", "%25").replace("&", "%26").replace("/", "%2F").replace(",", "%2C").replace(" ", "+")

    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        badan = [f"kode={x[0]}&uraian={enc(x[1])}&pagu={x[2]}&realisasi={x[3]}&sisa={x[4]}&serapan={x[5]}"
                 for x in rows if x[0] != ""]
        tot = _tot(rows)
        badan.append(f"kode=TOTAL&uraian={enc(tot[1] or 'JUMLAH')}&pagu={tot[2]}&realisasi={tot[3]}&sisa={tot[4]}&serapan={tot[5]}")
        d.L(cap, "", f"[Salinan: {judul} - pertukaran HTTP diketik ulang]", "",
            f"GET {jalur}?tahun={d.tahun} HTTP/1.1", f"Host: {host}", "Accept: application/x-www-form-urlencoded",
            "User-Agent: monev-cli/1.4", "",
            "HTTP/1.1 200 OK", "Content-Type: application/x-www-form-urlencoded; charset=utf-8",
            f"X-Jumlah-Baris: {len(badan)}", "Connection: close", "")
        d.L(*badan)
        d.L("", "(kunci: pagu, realisasi dan sisa dalam rupiah; serapan dalam persen; tanda + = spasi)", "")
    return r


def r_sasprint(judul, waktu):
    """The DPT as the listing of a SAS `PROC PRINT` with a SUM statement typed again: the page title
    `The SAS System`, the `Obs` column, the kecamatan columns, the sums under a `=` rule (no label). Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        isi = [x for x in rows if x[0] != ""]
        wk = max(len(x[1]) for x in isi) + 2
        fmt = lambda o, k, a, b, c_, e, f: f"{o:>5}    {k:<{wk}}{a:>6}{b:>7}{c_:>10}{e:>10}{f:>10}"
        d.L(cap, "", f"[Salinan: {judul} - listing SAS diketik ulang]", "",
            f"{'The SAS System':^70}{waktu}   1", "",
            fmt("Obs", "KECAMATAN", "DESA", "TPS", "L", "P", "JUMLAH"), "")
        for i, x in enumerate(isi, 1):
            d.L(fmt(str(i), x[1], x[2], x[3], x[4], x[5], x[6]))
        tot = _tot(rows)
        d.L(fmt("", "", "=" * 5, "=" * 6, "=" * 9, "=" * 9, "=" * 9), fmt("", "", tot[2], tot[3], tot[4], tot[5], tot[6]), "",
            f"(baris di bawah tanda = adalah jumlah Kabupaten {NAMA[d.satker]}; L = laki-laki, P = perempuan)", "")
    return r
