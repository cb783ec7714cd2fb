# Shared helpers of this batch's authoring scripts (author47a.py, author47b.py). Everything of the
# earlier batches comes through ../dev46/common46.py (on ../dev45 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev46/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev46"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common46  # noqa: E402,F401  (puts ../dev44 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common46 import (_tot, _rp, abreast, angka, baris, cap_lama, halaman, id_dec, id_int, IND, jenis, kapital, kantor,  # noqa: E402,F401
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
def r_prom(judul, host):
    """The DPT as the Prometheus text exposition (`/metrics`) of the data operator's monitoring exporter typed
    again: `# HELP` / `# TYPE` lines a metric family, then one sample a kecamatan (label `kecamatan="..."`), the
    kabupaten's samples (label `kabupaten="..."`) last in each family; families `dpt_jumlah_desa`, `dpt_jumlah_tps`
    and `dpt_pemilih` (label `jenis="laki"`, `"perempuan"`, `"jumlah"`). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        isi = [x for x in rows if x[0] != ""]
        tot = _tot(rows)
        kab = NAMA[d.satker].upper()
        d.L(cap, "", f"[Salinan: {judul} - keluaran http://{host}/metrics diketik ulang]", "")
        for nama, j, ket in (("dpt_jumlah_desa", 2, "Jumlah desa/kelurahan"), ("dpt_jumlah_tps", 3, "Jumlah TPS")):
            d.L(f"# HELP {nama} {ket} per wilayah.", f"# TYPE {nama} gauge")
            for x in isi:
                d.L(f"{nama}{{kecamatan=\"{x[1]}\"}} {_rp(x[j])}")
            d.L(f"{nama}{{kabupaten=\"{kab}\"}} {_rp(tot[j])}")
        d.L("# HELP dpt_pemilih Jumlah pemilih dalam DPT per wilayah dan jenis kelamin.", "# TYPE dpt_pemilih gauge")
        for x in isi:
            for jn, j in (("laki", 4), ("perempuan", 5), ("jumlah", 6)):
                d.L(f"dpt_pemilih{{kecamatan=\"{x[1]}\",jenis=\"{jn}\"}} {_rp(x[j])}")
        for jn, j in (("laki", 4), ("perempuan", 5), ("jumlah", 6)):
            d.L(f"dpt_pemilih{{kabupaten=\"{kab}\",jenis=\"{jn}\"}} {_rp(tot[j])}")
        d.L("", f"(kunci: laki = pemilih laki-laki, perempuan = pemilih perempuan; sampel kabupaten = jumlah "
            f"Kabupaten {NAMA[d.satker]})", "")
    return r


def r_props(judul, berkas):
    """The budget as the Java `.properties` file the finance application exports typed again: `#` comments,
    `anggaran.tahun`, the total's keys `anggaran.total.*`, then one numbered block `anggaran.baris.nn.*` a
    budget line (kode, induk, uraian, pagu, realisasi, sisa, serapan). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = _tot(rows)
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} diketik ulang]", "",
            f"# {berkas}", "# ekspor aplikasi pengelolaan keuangan satker; nilai dalam rupiah, desimal koma",
            f"anggaran.tahun={d.tahun}", f"anggaran.total.uraian={tot[1] or 'JUMLAH'}", f"anggaran.total.pagu={tot[2]}",
            f"anggaran.total.realisasi={tot[3]}", f"anggaran.total.sisa={tot[4]}", f"anggaran.total.serapan={tot[5]}")
        prog = keg = ""
        for i, x in enumerate([x for x in rows if x[0] != ""], 1):
            k = x[0]
            if k.startswith("0"):
                induk, prog, keg = "", k, k
            elif k.isdigit():
                induk, keg = prog, k
            else:
                induk = keg
            p = f"anggaran.baris.{i:02d}"
            d.L("", f"{p}.kode={k}", f"{p}.induk={induk}", f"{p}.uraian={x[1]}", f"{p}.pagu={x[2]}",
                f"{p}.realisasi={x[3]}", f"{p}.sisa={x[4]}", f"{p}.serapan={x[5]}")
        d.L("", "(kunci: induk = kode baris di atasnya; serapan = realisasi terhadap pagu dalam persen)", "")
    return r


def r_textproto(judul, berkas):
    """The capaian as a protocol-buffer text-format file of the office's performance application typed again:
    `# proto-file:` / `# proto-message:` comments, `tahun:`, then one `indikator { ... }` block an indicator with
    `nomor`, `nama`, `satuan`, `target`, `realisasi`, `capaian_persen` fields. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"[Lampiran: {judul} - isi berkas {berkas} diketik ulang]", "",
            "# proto-file: kinerja/v1/capaian.proto", "# proto-message: kinerja.v1.LaporanCapaian", "",
            f"tahun: {d.tahun}", f"satker: \"KPU Kabupaten {NAMA[d.satker]}\"")
        for x in rows:
            d.L("indikator {", f"  nomor: {int(x[0])}", f"  nama: \"{x[1]}\"", f"  satuan: \"{x[2]}\"",
                f"  target: \"{x[3]}\"", f"  realisasi: \"{x[4]}\"", f"  capaian_persen: \"{x[5]}\"", "}")
        d.L("", "(kunci: target = target Perjanjian Kinerja; capaian_persen = capaian kinerja dalam persen)", "")
    return r


def r_vba(judul, makro):
    """The SAKIP evaluation as the Immediate window of the Excel VBA editor typed again: the macro call, its
    `Debug.Print` lines (one a component: number, name, `Bobot:`, `Nilai:`), `Jumlah bobot`, `Nilai akhir`,
    `Predikat`, then a `?` query of the sheet. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        komp, tot = rows[:-1], rows[-1]
        th = next((w for w in cap.split() if w.isdigit()), "")
        wk = max(len(x[1]) for x in komp) + 2
        d.L(cap, "", f"[Salinan layar: {judul} - isi jendela Immediate editor VBA diketik ulang]", "",
            f"Call {makro}({th})", f"Rekap komponen evaluasi AKIP tahun dinilai {th}")
        for x in komp:
            d.L(f"Komponen {x[0]}     {x[1]:<{wk}}Bobot: {x[2]:>6}     Nilai: {x[3]:>6}")
        d.L(f"Jumlah bobot: {tot[2]}", f"Nilai akhir: {tot[3]}", f"Predikat: {predikat(angka(tot[3]))}",
            "?Sheets(\"Evaluasi\").Range(\"E9\").Value", f" {tot[3]}", "",
            "(kunci: baris Komponen = komponen evaluasi; Nilai akhir = nilai hasil evaluasi AKIP)", "")
    return r


def r_mongo(judul, db, koleksi):
    """The DPT as a mongosh session on the data operator's database typed again: `find().sort()` printing one
    document a kecamatan (`no`, `kecamatan`, `desa`, `tps`, `laki`, `perempuan`, `jumlah`, numbers without
    separators), then an `aggregate` with `$sum` printing the kabupaten's sums. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        isi = [x for x in rows if x[0] != ""]
        tot = _tot(rows)
        kab = NAMA[d.satker].upper()
        d.L(cap, "", f"[Salinan layar: {judul} - keluaran mongosh diketik ulang]", "",
            f"{db}> db.{koleksi}.find({{}}, {{ _id: 0 }}).sort({{ no: 1 }})", "[")
        for i, x in enumerate(isi):
            d.L("  {", f"    no: {int(x[0])},", f"    kecamatan: '{x[1]}',", f"    desa: {_rp(x[2])},",
                f"    tps: {_rp(x[3])},", f"    laki: {_rp(x[4])},", f"    perempuan: {_rp(x[5])},",
                f"    jumlah: {_rp(x[6])}", "  }" + ("," if i < len(isi) - 1 else ""))
        d.L("]", f"{db}> db.{koleksi}.aggregate([ {{ $group: {{ _id: '{kab}', desa: {{ $sum: '$desa' }}, "
            "tps: { $sum: '$tps' }, laki: { $sum: '$laki' }, perempuan: { $sum: '$perempuan' }, "
            "jumlah: { $sum: '$jumlah' } } } ])",
            "[", "  {", f"    _id: '{kab}',", f"    desa: {_rp(tot[2])},", f"    tps: {_rp(tot[3])},",
            f"    laki: {_rp(tot[4])},", f"    perempuan: {_rp(tot[5])},", f"    jumlah: {_rp(tot[6])}", "  }", "]", "",
            f"(kunci: laki = pemilih laki-laki, perempuan = pemilih perempuan; hasil aggregate = jumlah Kabupaten "
            f"{NAMA[d.satker]})", "")
    return r


def r_firestore(judul, proyek, koleksi):
    """The budget as the Firebase console's document view typed again: the path `koleksi > dokumen` a budget
    line, its fields `nama: nilai (tipe)` (kode, induk, uraian as strings; pagu, realisasi, sisa as numbers
    without separators; serapan as a string), the document `TOTAL` last. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        rows = [[str(c) for c in x] for x in rows]
        tot = _tot(rows)
        d.L(cap, "", f"[Salinan layar: {judul} - tampilan dokumen Cloud Firestore proyek {proyek} diketik ulang]", "")
        prog = keg = ""
        docs = []
        for x in rows:
            if x[0] == "":
                continue
            k = x[0]
            if k.startswith("0"):
                induk, prog, keg = "", k, k
            elif k.isdigit():
                induk, keg = prog, k
            else:
                induk = keg
            docs.append((k, induk, x))
        docs.append(("TOTAL", "", [tot[0], tot[1] or "JUMLAH"] + tot[2:]))
        for k, induk, x in docs:
            d.L(f"{koleksi} > {k}", f"    kode: \"{k}\" (string)", f"    induk: \"{induk}\" (string)",
                f"    uraian: \"{x[1]}\" (string)", f"    pagu: {_rp(x[2])} (number)",
                f"    realisasi: {_rp(x[3])} (number)", f"    sisa: {_rp(x[4])} (number)",
                f"    serapan: \"{x[5]}\" (string)", "")
        d.L("(kunci: nilai dalam rupiah; serapan = realisasi terhadap pagu dalam persen; induk = dokumen di atasnya)", "")
    return r
