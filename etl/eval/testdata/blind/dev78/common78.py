# Shared helpers of this batch's authoring scripts (author78a.py, author78b.py). Everything of the
# earlier batches comes through ../dev77/common77.py (on ../dev76 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev77/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set and
# nothing is random.
#
# PREV is named once (one sed fixes it when this batch's predecessor is renamed).
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev77"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common77  # noqa: E402,F401  (puts ../dev76 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common77 import (_bil, _tot, _kab, _dpt_isi, _ang_isi, _n,  # noqa: E402,F401
                      baris, buka, cap_lama, halaman, id_dec, id_int, jenis, kpu, NAMA, persen_sel, predikat,
                      r_kantor, r_tab, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang, GRADE)

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
def r_peringkat(judul):
    """The capaian **ranked by its achievement**: the percent indicators ordered by their Capaian (%), the
    highest first, each with its rank in a leading `Peringkat` column (equal percents share a rank); the
    predikat and opini rows after them, unranked (`-`); Peringkat, Indikator Kinerja, Satuan, Target,
    Realisasi, Capaian (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        angka = [x for x in xs if x[2] not in GRADE]
        huruf = [x for x in xs if x[2] in GRADE]
        urut = sorted(angka, key=lambda x: -_bil(x[5]))  # sorted() is stable: equal percents keep their order
        d.L(cap, "", f"({judul})", "")
        d.R("Peringkat", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
        prev, rank = None, 0
        for i, x in enumerate(urut, 1):
            if x[5] != prev:
                rank, prev = i, x[5]
            d.R(str(rank), *x[1:])
        for x in huruf:
            d.R("-", *x[1:])
        d.B()
    return r


def r_tanggal_pleno(judul, tanggal, tanggal_kab):
    """The DPT **with the date of each kecamatan's PPK plenary** in a column after the name (`Tanggal Pleno
    PPK`, `09-08-2018`), as the recapitulation sheet logs when each PPK fixed its figures; the kabupaten row
    carries the date of the KPU plenary. No, Kecamatan, Tanggal Pleno PPK, Desa/Kel., TPS, L, P, L+P. The
    dates come from tanggal in turn (the list, not a random draw). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Kecamatan", "Tanggal Pleno PPK", "Desa/Kel.", "TPS", "L", "P", "L+P")
        for i, x in enumerate(isi):
            d.R(x[0], x[1], tanggal[i % len(tanggal)], *x[2:])
        d.R(tot[0], tot[1], tanggal_kab, *tot[2:])
        d.B()
    return r


def r_angka_polos(judul):
    """The budget **with its amounts as plain digits**, no thousands separator (`3176700000`), as the
    SAKTI download's unformatted cells were pasted into the Word table; the percent keeps its comma; Kode,
    Uraian, Pagu (Rp), Realisasi (Rp), Sisa (Rp), Serapan (%); the total `JUMLAH`. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        isi, tot = _ang_isi(rows)
        d.L(cap, "", f"({judul})", "")
        d.R("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
        for k, induk, x in isi + [("", "", tot)]:
            d.R(x[0], x[1], *[_n(v) for v in x[2:5]], x[5])
        d.B()
    return r


def r_rb_dalam_sakip(judul):
    """The SAKIP components table **with the RB self-assessment as one more row under `Nilai Akhir`**
    (`Reformasi Birokrasi (PMPRB 2022)` with its bobot and nilai in the Bobot and Nilai columns), as the office
    keeps one table of its yearly evaluations; the RB percent in the note under the table. The RB facts come
    from d.rb_tabel (set by the author script before the table). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        nilai, bobot, persen = d.rb_tabel
        d.L(cap.replace("per Komponen", "dan Reformasi Birokrasi"), "", f"({judul})", "")
        d.R("No", "Komponen", "Bobot", "Nilai")
        for x in xs:
            d.R(*x)
        d.R("", f"Reformasi Birokrasi (PMPRB {d.tahun})", id_dec(bobot), id_dec(nilai))
        d.B()
        d.L(f"Keterangan: Nilai Akhir adalah jumlah keempat komponen evaluasi AKIP; baris Reformasi Birokrasi "
            f"adalah hasil penilaian mandiri RB tahun {d.tahun}, setara {id_dec(persen)}% dari bobotnya.", "")
    return r


def r_per_pulau(judul, pulau):
    """The DPT **in one table per island**: `a. Pulau …` and `b. Pulau …`, each No, Kecamatan, TPS,
    Laki-laki, Perempuan, Jumlah with its numbering from 1, the kabupaten row only under the last table
    (the sum of both); pulau is [(island, [kecamatan names])]. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        isi, tot, _ = _dpt_isi(d, cap, rows)
        d.L(cap, "", f"({judul})", "")
        for j, (nama, kec) in enumerate(pulau):
            d.L(f"{'abc'[j]}. Pulau {nama}", "")
            d.R("No", "Kecamatan", "TPS", "Laki-laki", "Perempuan", "Jumlah")
            no = 0
            for x in isi:
                if x[1] in kec:
                    no += 1
                    d.R(str(no), x[1], *x[3:])
            if j == len(pulau) - 1:
                d.R("", tot[1], *tot[3:])
            d.B()
    return r


FORMULA = (  # (a word of the indicator's name, its formula), the first match wins
    ("Perempuan", "jumlah pemilih perempuan yang menggunakan hak pilih : jumlah pemilih perempuan dalam DPT x 100%"),
    ("Disabilitas", "jumlah pemilih disabilitas yang menggunakan hak pilih : jumlah pemilih disabilitas dalam DPT x 100%"),
    ("Partisipasi", "jumlah pemilih yang menggunakan hak pilih : jumlah pemilih dalam DPT x 100%"),
    ("Tidak Masuk", "jumlah pemilih berhak yang tidak terdaftar dalam DPT : jumlah pemilih berhak x 100%"),
    ("Pelanggaran", "jumlah penyelenggara yang terbukti melanggar : jumlah penyelenggara x 100%"),
    ("Sengketa", "jumlah sengketa yang dimenangkan KPU : jumlah sengketa x 100%"),
    ("kompetensi", "jumlah pegawai yang kompetensinya sesuai standar : jumlah pegawai x 100%"),
    ("tersedianya sarana", "jumlah sarana dan prasarana yang berfungsi baik : jumlah yang dibutuhkan x 100%"),
    ("memutakhirkan", "jumlah tahapan pemutakhiran yang tepat waktu : jumlah tahapan x 100%"),
    ("gaji", "jumlah pembayaran gaji dan tunjangan tepat waktu : jumlah pembayaran x 100%"),
    ("Arsip", "jumlah arsip inaktif yang dikelola sesuai aturan : jumlah arsip inaktif x 100%"),
    ("jadwal", "jumlah tahapan yang sesuai jadwal : jumlah tahapan x 100%"),
    ("SIMONIKA", "jumlah laporan tepat waktu dan valid : jumlah laporan wajib x 100%"),
    ("logistik", "jumlah logistik terdistribusi sesuai ketentuan : jumlah logistik x 100%"),
    ("Akuntabilitas", "predikat hasil evaluasi AKIP oleh Inspektorat Utama KPU"),
    ("Opini", "opini BPK atas laporan keuangan KPU"),
)


def formulasi(ind):
    return next((v for k, v in FORMULA if k in ind), "realisasi : target x 100%")


def r_formulasi(judul):
    """The capaian **with each indicator's formula in its own column** after the name (`Formulasi`: `jumlah
    pegawai yang kompetensinya sesuai standar : jumlah pegawai x 100%`), as the IKU manual's definitions are
    copied into the measurement table; No, Indikator Kinerja, Formulasi, Satuan, Target, Realisasi, Capaian
    (%). Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        xs = [[str(c) for c in x] for x in rows]
        d.L(cap, "", f"({judul})", "")
        d.R("No", "Indikator Kinerja", "Formulasi", "Satuan", "Target", "Realisasi", "Capaian (%)")
        for x in xs:
            d.R(x[0], x[1], formulasi(x[1]), *x[2:])
        d.B()
    return r
