#!/usr/bin/env python3
# dev13/ documents 1-6: Manggarai 2021 (every table in long format, one row per measure),
# Ngada 2022 (tables pasted as pandas prints from the Python REPL, flattened), Sumba Tengah 2021
# (LKjIP; tables pasted as psql query results, flattened), Rote Ndao 2022 (tables as an XML
# export, flattened; reporting period only), Sumba Timur 2022 (Excel PivotTables: rows sorted by
# label, `… Total` subtotals, `Grand Total`; no year on the cover), Kota Kupang 2022 (DPT per
# kelurahan with kecamatan subtotal rows).
# Run from etl/eval/testdata/blind/:   python3 dev13/author13a.py
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (ANG_HEAD, anggaran_std, bagi_bulat, bahas, baris, cap_lama, CAP_HEAD, capaian_std, dok,  # noqa: E402
                      en_dec, id_dec, id_int, IND, kec_baris, kec_lama, KOMP_ID, komp_std, nama_desa, pivot_anggaran,
                      predikat, r_pandas, r_panjang, r_psql, r_tab, r_xml, rb_std, riwayat, sakip_tabel, sec_anggaran,
                      sec_capaian, sec_dpt, sec_dpt_prosa, sec_sakip, selesai, serapan, skor, sumber, tahun_lalu, wil)
from common10 import cap_tabel, grade_cell  # noqa: E402
from common8 import grade_fact  # noqa: E402
from lib import tulis  # noqa: E402


def manggarai_2021():
    """Manggarai 2021: every table in long format (identifier columns, then Ukuran and Nilai)."""
    c, d = dok("lkj-manggarai-2021", "Manggarai", "Ruteng|27 Januari 2022|Yohanes Don Bosco Ndoi, S.Sos.|19740512 200212 1 004",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "TAHUN 2021"])
    d.P("Catatan penyajian: tabel-tabel pada bab ini diambil dari basis data kinerja dalam format panjang, "
        "yaitu satu baris untuk setiap ukuran. Kolom Ukuran menyebut besaran yang dicatat (misalnya Target, "
        "Realisasi atau Capaian) dan kolom Nilai memuat angkanya.")
    rows = cap_lama("5310", 2021, baris("kompetensi 85 81.25, sarana 90 93.8, pemutakhiran 100 100, simonika 100 95.83, tidak_terdaftar- 2 1.64"))
    sec_capaian(d, c, r_panjang(3), rows, ["kompetensi", "tidak_terdaftar"])
    sec_sakip(d, r_panjang(2), 2020)
    s19 = skor(d.satker, 2019)
    d.sakip(d.satker, 2019, s19)
    d.P(f"Nilai tersebut naik tipis dibanding hasil evaluasi tahun kinerja 2019 sebesar {id_dec(s19)} ({predikat(s19)}).")
    nb = rb_std(d, 2021, 19.86)
    d.P("Hasil evaluasi Reformasi Birokrasi tahun 2021 dicatat dengan cara yang sama:")
    r_panjang(1)(d, "Tabel 3.2a Evaluasi Reformasi Birokrasi Tahun 2021", ("Uraian", "Nilai", "Bobot", "Persentase (%)"),
                 [["Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    sec_anggaran(d, r_panjang(2), "u13mg21")
    sumber(d, "Sumber: Aplikasi OM-SPAN per 31 Desember 2021.")
    kec = kec_lama(d.satker, "pilkada", 2020)
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("DPT Pemilihan Bupati dan Wakil Bupati Manggarai Tahun 2020 menjadi dasar pemutakhiran data pemilih "
        "berkelanjutan pada tahun 2021. Jumlah desa/kelurahan tidak dimuat dalam ekspor ini.")
    rows_k = kec_baris(d, "pilkada", 2020, [(n, None, t, l, p) for n, _, t, l, p in kec], "JUMLAH",
                       lambda i, n, de, t, a, b: [i, n, t, id_int(a), id_int(b), id_int(a + b)])
    r_panjang(2)(d, "Tabel 3.4 DPT Pemilihan 2020 per Kecamatan", ("No", "Kecamatan", "TPS", "L", "P", "L+P"), rows_k)
    sumber(d)
    selesai(d, c)


def ngada_2022():
    """Ngada 2022: every table a pandas DataFrame printed in the REPL (flattened), English numbers."""
    c, d = dok("lkj-ngada-2022", "Ngada", "Bajawa|30 Januari 2023|Maria Fatima Wea, S.E.|19790811 200501 2 006",
               ["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "2022"], flat=True)
    d.P("Catatan: tabel pada bab ini diolah operator data dengan Python (pustaka pandas) dan disalin langsung "
        "dari layar konsol. Angka desimal memakai titik; sel kosong tercetak NaN.")
    rows = cap_lama("5309", 2022, baris("kompetensi 85 87.9, sarana 90 85.45, pemutakhiran 100 100, gaji 100 100, tidak_terdaftar- 2 1.38"))
    sec_capaian(d, c, r_pandas("capaian"), rows, ["sarana"], pct_en=True)
    s = sakip_tabel(d, r_pandas("komponen"), 2021, fmt=en_dec)
    hist = riwayat(d, (2018, 2019, 2020))
    d.P("Perkembangan nilai AKIP beberapa tahun terakhir:")
    r_pandas("riwayat_akip")(d, "Riwayat Nilai AKIP", ("Tahun yang Dinilai", "Nilai", "Predikat"),
                             [[y, en_dec(v), predikat(v)] for y, v in hist + [(2021, s)]])
    nb = rb_std(d, 2022, 24.87)
    r_pandas("rb")(d, "Tabel 3.2a Evaluasi Reformasi Birokrasi 2022", ("Uraian", "Nilai", "Bobot", "Persen"),
                   [["Reformasi Birokrasi", en_dec(nb[0]), en_dec(nb[1]), en_dec(nb[2])]])
    sel = lambda k, nm, p, x, lv: [k, nm, p, x, p - x, en_dec(serapan(p, x))]
    sec_anggaran(d, r_pandas("anggaran"), "u13ng22", sel=sel, head=("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan"),
                 pre="Pagu dan realisasi anggaran Tahun 2022 per program dan kegiatan (rupiah penuh):")
    lalu = tahun_lalu(d, (2019, 2020, 2021))
    d.P("Pagu dan realisasi tiga tahun sebelumnya sebagai pembanding:")
    r_pandas("tren")(d, "Perkembangan Anggaran", ("Tahun", "Pagu", "Realisasi", "Serapan"),
                     [[y, p, x, en_dec(serapan(p, x))] for y, p, x in lalu])
    sec_dpt(d, r_pandas("dpt"), "pilkada", 2020, label="JUMLAH", sel=lambda i, n, de, t, a, b: [i, n, de, t, a, b, a + b],
            pre="DPT Pemilihan 2020 per kecamatan, dasar pemutakhiran berkelanjutan tahun 2022:")
    selesai(d, c)


def sumba_tengah_2021():
    """Sumba Tengah 2021: LKjIP whose tables are psql query results (flattened)."""
    c, d = dok("lkjip-sumba-tengah-2021", "Sumba Tengah", "Waibakul|28 Januari 2022|Umbu Remu Lende, S.Pd.|19780119 200312 1 010",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2021"], flat=True)
    d.P("Data kinerja tahun ini dikelola dalam basis data PostgreSQL milik subbagian program. Tabel-tabel "
        "berikut adalah hasil kueri yang disalin dari terminal psql apa adanya; sel kosong berarti tidak ada nilai.")
    rows = cap_lama("5317", 2021, baris("pemutakhiran 100 100, kompetensi 75 72.45, sarana 80 84.71, sengketa 100 100, arsip 50 56.4"))
    sec_capaian(d, c, r_psql("v_capaian_2021 ORDER BY no", ("no", "indikator", "satuan", "target", "realisasi", "capaian_persen"),
                             {0, 3, 4, 5}), rows, ["kompetensi"], pct_en=True)
    s = sakip_tabel(d, r_psql("v_akip_komponen WHERE tahun_dinilai = 2020",
                              ("no", "komponen", "bobot", "nilai"), {0, 2, 3}), 2020, fmt=en_dec)
    hist = riwayat(d, (2018, 2019))
    d.P("Riwayat nilai evaluasi AKIP:")
    r_psql("v_akip_riwayat ORDER BY tahun_dinilai", ("tahun_dinilai", "nilai", "predikat"), {0, 1})(
        d, "Riwayat AKIP", None, [[y, en_dec(v), predikat(v)] for y, v in hist + [(2020, s)]])
    nb = rb_std(d, 2021, 20.11)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2021 memberikan nilai {id_dec(nb[0])} dari bobot maksimal "
        f"{id_dec(nb[1])}, setara {id_dec(nb[2])} persen.")
    sel = lambda k, nm, p, x, lv: [k, nm, p, x, p - x, en_dec(serapan(p, x))]
    sec_anggaran(d, r_psql("v_realisasi_2021", ("kode", "uraian", "pagu", "realisasi", "sisa", "serapan_persen"), {2, 3, 4, 5}),
                 "u13st21", sel=sel, pre="Realisasi anggaran per program dan kegiatan (rupiah):")
    sec_dpt(d, r_psql("v_dpt_pemilu_2019", ("no", "kecamatan", "jml_desa", "jml_tps", "pemilih_l", "pemilih_p", "pemilih_total"),
                      {0, 2, 3, 4, 5, 6}), "pemilu", 2019, label="JUMLAH",
            sel=lambda i, n, de, t, a, b: [i, n, de, t, a, b, a + b],
            pre="DPT Pemilu 2019 per kecamatan tetap menjadi rujukan pemutakhiran data pemilih berkelanjutan:")
    selesai(d, c)


def rote_ndao_2022():
    """Rote Ndao 2022: tables as an XML export (flattened); the cover names the period only."""
    c, d = dok("lkj-rote-ndao-2022", "Rote Ndao", "Ba'a|27 Januari 2023|Yermias Ndun, S.H.|19770630 200604 1 012",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ROTE NDAO", "", "Periode Pelaporan:", "1 Januari sampai dengan 31 Desember 2022"],
               flat=True)
    d.P("Tabel pada bab ini adalah berkas XML yang diekspor dari aplikasi e-Kinerja dan ditempel tanpa diubah. "
        "Setiap elemen baris memuat satu indikator, komponen, kegiatan atau kecamatan.")
    d.L('<?xml version="1.0" encoding="UTF-8"?>', f'<ekspor aplikasi="e-Kinerja" satker="KPU Kabupaten Rote Ndao" periode="{d.tahun}">', "")
    rows = cap_lama("5314", 2022, baris("kompetensi 88 90, sarana 100 98.5, pemutakhiran 100 100, arsip 75 80, pelanggaran- 2 1.15"))
    sec_capaian(d, c, r_xml("indikator", ("no", "nama", "satuan", "target", "realisasi", "capaian")), rows, ["sarana"])
    sec_sakip(d, r_xml("komponen", ("no", "nama", "bobot", "nilai")), 2021)
    nb = rb_std(d, 2022, 20.44)
    d.P("Nilai Reformasi Birokrasi tahun 2022:")
    d.L(f'<reformasi_birokrasi tahun="2022"><nilai>{id_dec(nb[0])}</nilai><bobot>{id_dec(nb[1])}</bobot>'
        f"<persentase>{id_dec(nb[2])}</persentase></reformasi_birokrasi>", "")
    sec_anggaran(d, r_xml("anggaran", ("kode", "uraian", "pagu", "realisasi", "sisa", "serapan")), "u13rn22")
    sec_dpt(d, r_xml("wilayah", ("no", "kecamatan", "desa_kel", "tps", "laki_laki", "perempuan", "jumlah")), "pemilu", 2019,
            label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Rote Ndao per kecamatan (ekspor data pemilih):")
    d.L("</ekspor>", "")
    selesai(d, c)


def sumba_timur_2022():
    """Sumba Timur 2022: tables pasted from Excel PivotTables; no year on the cover."""
    c, d = dok("lkj-sumba-timur-2022", "Sumba Timur", "Waingapu|26 Januari 2023|Lukas Rihi Ngongu, S.Sos.|19750304 200212 1 008",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TIMUR"])
    d.P("Rekapitulasi pada bab ini disusun dengan PivotTable Microsoft Excel dari lembar data kinerja; baris "
        "tersusun menurut abjad label dan baris Grand Total adalah penjumlahan otomatis Excel.")
    rows = cap_lama("5311", 2022, baris("pemutakhiran 100 100, kompetensi 90 87.5, sarana 95 96.15, informasi 85 88.4, gaji 100 100"))
    rows = [r + ("nilai",) if r[0] == "informasi" else r for r in rows]  # a bare score of a "Nilai …" indicator
    cells = cap_tabel(d, rows)
    d.L("Tabel 3.1 Capaian Indikator Kinerja Kuantitatif Tahun 2022 (PivotTable)", "")
    d.R("Row Labels", "Sum of Target", "Sum of Realisasi", "Sum of Capaian (%)")
    num = lambda x: float(x.replace(".", "").replace(",", "."))
    for k, tt, rt, cc in sorted(cells, key=lambda x: IND[x[0]]):
        d.R(IND[k], tt, rt, cc)
    d.R("Grand Total", *[id_dec(sum(num(x[j]) for x in cells)) for j in (1, 2, 3)])
    d.B()
    pr = predikat(skor(d.satker, 2021))
    d.P("Indikator kualitatif tidak dapat diringkas dalam PivotTable dan disajikan tersendiri:")
    d.L("Tabel 3.1a Indikator Kinerja Kualitatif Tahun 2022", "")
    d.R("Indikator", "Target", "Realisasi", "Capaian (%)")
    for k, t, r in (("akip", "B", pr), ("opini", "WTP", "WTP")):
        cell = grade_cell(t, r)
        d.R(IND[k], t, r, cell)
        grade_fact(d, k, t, r, cell)
    d.B()
    sumber(d)
    bahas(d, c, ["kompetensi"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2021)
    d.P(f"Hasil Evaluasi AKIP Tahun 2021 menempatkan Sekretariat pada predikat {predikat(s)}. Rincian per komponen:")
    d.L("Tabel 3.2 Nilai AKIP Tahun 2021 per Komponen (PivotTable)", "")
    d.R("Row Labels", "Sum of Bobot", "Sum of Nilai")
    for k, (b, v) in sorted(ks.items(), key=lambda x: KOMP_ID[x[0]]):
        d.R(KOMP_ID[k], id_dec(b), id_dec(v))
    d.R("Grand Total", "100,00", id_dec(s))
    d.B()
    nb = rb_std(d, 2022, 24.86)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    d.P("Pagu setelah revisi dan realisasi Tahun Anggaran 2022 per kode program dan kegiatan (rupiah):")
    pivot_anggaran(d, "u13stm22", "Tabel 3.3 Realisasi Anggaran Tahun 2022 (PivotTable)")
    sumber(d, "Sumber: lembar kerja realisasi dari OM-SPAN, diolah.")
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("Rekapitulasi DPT Pemilihan 2020 per kecamatan disusun dari data per desa/kelurahan. Kolom Sum of DPK "
        "memuat Daftar Pemilih Khusus yang memilih pada hari pemungutan suara dan bukan bagian dari DPT.")
    kec = sorted(kec_lama(d.satker, "pilkada", 2020))
    rows_k = kec_baris(d, "pilkada", 2020, kec, "Grand Total")
    dpk = [3 + (i * 17) % 41 for i in range(len(kec))]
    d.L("Tabel 3.4 DPT Pemilihan 2020 per Kecamatan (PivotTable)", "")
    d.R("Row Labels", "Count of Desa/Kel", "Sum of TPS", "Sum of L", "Sum of P", "Sum of L+P", "Sum of DPK")
    for i, r in enumerate(rows_k):
        d.R(*r[1:], id_int(sum(dpk) if r[0] == "" else dpk[i]))
    d.B()
    sumber(d)
    selesai(d, c)


def kota_kupang_2022():
    """Kota Kupang 2022: DPT per kelurahan with kecamatan subtotal rows (kelurahan rows no facts)."""
    c, d = dok("lkj-kota-kupang-2022", "Kota Kupang", "Kupang|30 Januari 2023|Marthen Luther Bunga, S.E.|19740322 200112 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2022"])
    rows = cap_lama("5371", 2022, baris("kompetensi 80 83.41, sarana 90 91.3, sengketa 100 100, simonika 100 97.92, tidak_terdaftar- 1.5 1.21"))
    sec_capaian(d, c, r_tab, rows, ["simonika"])
    sec_sakip(d, r_tab, 2021)
    sec_anggaran(d, r_tab, "u13kk22")
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("Pemutakhiran data pemilih berkelanjutan tahun 2022 berpijak pada DPT Pemilu 2019. Rekapitulasi berikut "
        "dicetak dari aplikasi data pemilih per kelurahan; baris Jumlah Kecamatan adalah subtotal setiap kecamatan "
        "dan kolom Jml Kel. hanya terisi pada baris subtotal.")
    kec = kec_lama(d.satker, "pemilu", 2019)
    rnd, pakai = random.Random("u13kk22d"), set()
    d.L("Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kelurahan", "")
    d.R("No", "Kecamatan / Kelurahan", "Jml Kel.", "TPS", "L", "P", "L+P")
    no = 0
    for n, de, t, l, p in kec:
        d.R("", "KECAMATAN " + n.upper())
        w = [rnd.uniform(0.6, 1.4) for _ in range(de)]  # a kelurahan's size; L and P follow it closely
        ts, ls = bagi_bulat(t, w, 1), bagi_bulat(l, [x * rnd.uniform(0.97, 1.03) for x in w])
        ps = bagi_bulat(p, [x * rnd.uniform(0.97, 1.03) for x in w])
        for j in range(de):
            no += 1
            d.R(no, nama_desa(rnd, pakai), "", ts[j], id_int(ls[j]), id_int(ps[j]), id_int(ls[j] + ps[j]))
        d.R("", f"Jumlah Kecamatan {n}", de, t, id_int(l), id_int(p), id_int(l + p))
    kec_baris(d, "pemilu", 2019, kec, "TOTAL")  # declares the kecamatan and kota rows
    tot = [sum(k[j] for k in kec) for j in (1, 2, 3, 4)]
    d.R("", "TOTAL KOTA KUPANG", tot[0], tot[1], id_int(tot[2]), id_int(tot[3]), id_int(tot[2] + tot[3]))
    d.B()
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPT Pemilu 2019 KPU Kota Kupang, diolah.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(manggarai_2021, ngada_2022, sumba_tengah_2021, rote_ndao_2022, sumba_timur_2022, kota_kupang_2022)
