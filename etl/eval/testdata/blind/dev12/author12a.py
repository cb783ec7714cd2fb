#!/usr/bin/env python3
# dev12/ documents 1-6: Sumba Barat 2019 (LAKIP; tables pasted as a JSON export, flattened),
# Manggarai Barat 2020 (a Confluence wiki-markup source, `||head||`, flattened), Sumba Barat Daya
# 2020 (a Google Docs export with suggested edits left in), Manggarai Timur 2023 (a screen-reader
# export naming the column before every cell, flattened), Belu 2023 (budget realisasi per month,
# Jan .. Des and a total column), Ende 2021 (capaian of two years side by side, only the report
# year a fact). Run from etl/eval/testdata/blind/:   python3 dev12/author12a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (ANG_PENDEK, cap_lama, baris, bahas, capaian_std, dok, dpt_kab, id_dec, id_int, IND,  # noqa: E402
                      kec_baris, kec_lama, KOMP_ID, komp_std, komponen, predikat, r_baca, r_conf, r_json, r_saran, r_tab,
                      rb_std, revisi, r_bungkus, r_patah, sec_anggaran, sec_dpt_prosa, sec_capaian, sec_dpt, sec_sakip, sel_pendek, selesai,
                      seri_fakta, serapan, skor, sumber, anggaran_std, CAP_HEAD)
from lib import split_total, tulis  # noqa: E402
import random  # noqa: E402


def sumba_barat_2019():
    """Sumba Barat 2019: every table pasted as a JSON export (flattened); DPS trap; series."""
    c, d = dok("lakip-sumba-barat-2019", "Sumba Barat", "Waikabubak|27 Januari 2020|Yulius Umbu Dewa, S.Sos.|19740816 200312 1 003",
               ["LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "(LAKIP)", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA BARAT", "TAHUN 2019", "",
                "Waikabubak, Januari 2020"], flat=True)
    d.P("Catatan: tabel-tabel pada bab ini merupakan hasil ekspor data dari aplikasi pelaporan kinerja dalam "
        "format JSON yang ditempel apa adanya oleh operator data; angka ditulis sebagai teks.")
    rows = baris("partisipasi 77.5 79.84, perempuan 77.5 86.33, jadwal 100 100, pemutakhiran 100 100, kompetensi 70 73.44, tidak_terdaftar- 2 1.71")
    sec_capaian(d, c, r_json, rows, ["partisipasi", "tidak_terdaftar"])
    d.P("Perkembangan partisipasi pemilih pada tiga penyelenggaraan terakhir disajikan dalam ekspor berikut.")
    seri = [(2014, 75.0, 76.92), (2015, 77.5, 74.38), (2019, 77.5, 79.84)]
    r_json(d, "Tabel 3.1a Tren Partisipasi Pemilih", ("Tahun", "Target (%)", "Realisasi (%)"),
           [[y, id_dec(t), id_dec(r)] for y, t, r in seri])
    seri_fakta(d, "partisipasi", seri)
    sec_sakip(d, r_json, 2018)
    sec_anggaran(d, r_json, "u12sb19", judul="C. Realisasi Anggaran")
    sec_dpt_prosa(d, "pemilu", 2019, lambda tps, l, p, tot: (
        "Daftar Pemilih Sementara (DPS) Pemilu 2019 yang diumumkan pada bulan Juni 2018 memuat 83.912 pemilih. "
        f"Setelah perbaikan, DPT Pemilu 2019 Kabupaten Sumba Barat ditetapkan berjumlah {tot} pemilih, terdiri "
        f"dari {l} pemilih laki-laki dan {p} pemilih perempuan, yang tersebar pada {tps} TPS."))
    selesai(d, c)


def manggarai_barat_2020():
    """Manggarai Barat 2020: the Confluence wiki source (flattened); DIPA revised twice."""
    c, d = dok("lkj-manggarai-barat-2020", "Manggarai Barat", "Labuan Bajo|29 Januari 2021|Fransiskus Sales Jehaut, S.E.|19760923 200501 1 008",
               ["h1. LAPORAN KINERJA (LKj) TAHUN 2020", "", "{panel:title=Sekretariat KPU Kabupaten Manggarai Barat}",
                "Halaman ini adalah sumber laporan kinerja yang disusun bersama di ruang kerja Confluence.", "{panel}"],
               flat=True, kp_judul="h2. KATA PENGANTAR", h1=("h2. BAB I PENDAHULUAN",), h2=("h2. BAB II PERENCANAAN KINERJA",),
               sub=lambda n, t: f"h3. {n}. {t}", bab3=("h2. BAB III AKUNTABILITAS KINERJA", "", "h3. A. Capaian Kinerja", ""))
    rows = baris("partisipasi 77.5 79.26, perempuan 77.5 81.09, jadwal 100 100, logistik 100 100, sarana 85 87.71, pelanggaran- 3 2.2")
    sec_capaian(d, c, r_conf, rows, ["partisipasi", "pelanggaran"])
    sec_sakip(d, r_conf, 2019, judul="h3. B. Evaluasi Akuntabilitas Kinerja")
    tot = sec_anggaran(d, r_conf, "u12mb20", sel=sel_pendek, head=ANG_PENDEK, judul="h3. C. Realisasi Anggaran")
    awal = (tot[0] - 612_400_000) // 1000 * 1000
    d.P(f"DIPA awal Tahun Anggaran 2020 ditetapkan sebesar Rp {id_int(awal)}. Selama tahun berjalan DIPA direvisi "
        f"sebanyak 2 kali, antara lain untuk tambahan anggaran protokol kesehatan Pemilihan sebesar Rp 612.400.000.")
    revisi(d, 2, awal)
    sec_dpt(d, r_conf, "pilkada", 2020, judul="h3. D. Data Pemilih", label="JUMLAH",
            pre="{info}DPT Pemilihan Bupati dan Wakil Bupati Manggarai Barat Tahun 2020, hasil rapat pleno terbuka.{info}")
    selesai(d, c, bab=("h2. BAB IV PENUTUP", ""))


def sumba_barat_daya_2020():
    """Sumba Barat Daya 2020: a Google Docs export with suggested edits in the cells."""
    c, d = dok("lkj-sumba-barat-daya-2020", "Sumba Barat Daya", "Tambolaka|26 Januari 2021|Agustinus Bulu Kaka, S.H.|19770218 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2020", "",
                "[Dokumen bersama - diekspor dari Google Dokumen dengan saran penyuntingan]"])
    d.P("Catatan ekspor: saran penyuntingan yang belum diterima atau ditolak tercetak dalam kurung siku; nilai "
        "di belakang [ditambahkan: ...] adalah nilai yang disetujui pimpinan.")
    rows = baris("partisipasi 77.5 78.64, perempuan 77.5 80.37, pemutakhiran 100 100, gaji 100 100, simonika 100 91.67, tidak_terdaftar- 2.5 2.06")
    sec_capaian(d, c, r_saran({(0, 3): "75,00", (4, 4): "87,50", (5, 4): "2,31"}), rows, ["simonika"])
    s = skor(d.satker, 2019)
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    d.P(f"Berdasarkan Laporan Hasil Evaluasi yang diterima pada bulan April 2020, nilai SAKIP tahun kinerja 2019 "
        f"adalah {id_dec(s)} dengan predikat {predikat(s)} [komentar: mohon cek kembali ke surat Inspektorat].")
    d.sakip(d.satker, 2019, s)
    ks = komponen(d.satker, 2019)
    d.komp(2019, ks)
    r_saran({(0, 3): id_dec(ks["perencanaan"][1] - 0.5)})(d, "Tabel 3.2 Nilai per Komponen Tahun 2019", ("No", "Komponen", "Bobot", "Nilai"),
                              [[i, KOMP_ID[k], id_dec(b), id_dec(v)] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
                              + [["", "Jumlah", "100,00", id_dec(s)]])
    nb = rb_std(d, 2019, 19.73)
    d.P(f"Adapun hasil evaluasi pelaksanaan Reformasi Birokrasi tahun 2019 memperoleh nilai {id_dec(nb[0])} dari "
        f"bobot {id_dec(nb[1])} atau {id_dec(nb[2])} persen.")
    sec_anggaran(d, r_saran({(1, 3): "1.001.250.000"}), "u12sbd20", judul="C. Realisasi Anggaran")
    d.P("Pendapatan Negara Bukan Pajak dari sewa rumah dinas sebesar Rp 7.200.000 disetor ke kas negara dan "
        "bukan bagian dari realisasi belanja.")
    sec_dpt_prosa(d, "pemilu", 2019, lambda tps, l, p, tot: (
        f"Sebagai bahan pemutakhiran berkelanjutan dipakai DPT Pemilu 2019: {l} laki-laki, {p} perempuan, "
        f"seluruhnya {tot} [dihapus: 209.261] pemilih di {tps} TPS."))
    selesai(d, c)


def manggarai_timur_2023():
    """Manggarai Timur 2023: a screen-reader export (flattened); DPT Pemilu 2024 per kecamatan."""
    c, d = dok("lkj-manggarai-timur-2023", "Manggarai Timur", "Borong|30 Januari 2024|Kanisius Jehabut, S.Fil.|19790304 200604 1 005",
               ["Judul dokumen: Laporan Kinerja Sekretariat KPU Kabupaten Manggarai Timur Tahun 2023",
                "Bahasa: Indonesia. Versi aksesibel untuk pembaca layar.", "", "Tingkat judul 1: LAPORAN KINERJA", "TAHUN 2023"],
               flat=True, kp_judul="Tingkat judul 1: KATA PENGANTAR", h1=("Tingkat judul 1: BAB I PENDAHULUAN",),
               h2=("Tingkat judul 1: BAB II PERENCANAAN KINERJA",), sub=lambda n, t: f"Tingkat judul 2: {n}. {t}",
               bab3=("Tingkat judul 1: BAB III AKUNTABILITAS KINERJA", "", "Tingkat judul 2: A. Capaian Kinerja", ""))
    rows = baris("kompetensi 80 82.67, sarana 90 91.48, pemutakhiran 100 100, logistik 100 100, simonika 100 95.83, tidak_terdaftar- 1.5 1.27")
    sec_capaian(d, c, r_baca, rows, ["kompetensi", "tidak_terdaftar"])
    sec_sakip(d, r_baca, 2022, judul="Tingkat judul 2: B. Evaluasi Akuntabilitas Kinerja")
    sec_anggaran(d, r_baca, "u12mt23", judul="Tingkat judul 2: C. Realisasi Anggaran")
    sec_dpt(d, r_baca, "pemilu", 2024, judul="Tingkat judul 2: D. Data Pemilih", label="JUMLAH",
            pre="Daftar Pemilih Tetap Pemilu 2024 ditetapkan pada 21 Juni 2023. Tabel berikut dibacakan baris demi baris.")
    selesai(d, c, bab=("Tingkat judul 1: BAB IV PENUTUP", ""))


NAMA_BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
              "Oktober", "November", "Desember")
BULAN = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def belu_2023():
    """Belu 2023: budget realisasi per month (Jan .. Des and Jumlah); DPTb trap."""
    c, d = dok("lkj-belu-2023", "Belu", "Atambua|31 Januari 2024|Maria Goreti Bere, S.E.|19800521 200801 2 009",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "", "TAHUN ANGGARAN 2023"])
    rows = cap_lama("5304", 2023, baris("kompetensi 80 84.05, sarana 90 93.37, jadwal 100 100, pemutakhiran 100 100, simonika 100 97.22, pelanggaran- 2 1.4"))
    sec_capaian(d, c, r_bungkus(46), rows, ["simonika", "pelanggaran"])
    sec_sakip(d, r_tab, 2022)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    d.P("Realisasi anggaran Tahun 2023 dipantau setiap bulan melalui aplikasi OM-SPAN. Tabel berikut memuat pagu "
        "setelah revisi per program dan kegiatan, realisasi setiap bulan dan jumlah realisasi sampai dengan "
        "31 Desember 2023 (dalam rupiah).")
    rows_a, tot = anggaran_std(d, "u12be23", lambda k, nm, p, x, lv: (k, nm, p, x, lv))
    for a in d.t["anggaran"]:  # the monthly table prints no percent; the prose gives the total's
        a["serapan_lapor"] = a["serapan_lapor"] if a["kode"] == "TOTAL" else None
    rnd = random.Random("u12be23m")
    d.L("Tabel 3.3 Realisasi Anggaran per Bulan Tahun 2023", "")
    d.R("Kode", "Uraian", "Pagu", *BULAN, "Jumlah")
    bulan = {i: split_total(r[3], 12, rnd, 0.5) for i, r in enumerate(rows_a) if r[4] == 2}
    for i, (k, nm, p, x, lv) in enumerate(rows_a):  # a program's months sum its kegiatan's, the total's all
        if lv != 2:
            ikut = [j for j in bulan if rows_a[j][4] == 2 and (lv == 0 or (j > i and all(rows_a[m][4] == 2 for m in range(i + 1, j + 1))))]
            bulan[i] = [sum(bulan[j][m] for j in ikut) for m in range(12)]
        assert sum(bulan[i]) == x, (k, sum(bulan[i]), x)
        d.R(k, nm, id_int(p), *[id_int(v) for v in bulan[i]], id_int(x))
    d.B()
    tb = bulan[len(rows_a) - 1]
    d.P(f"Penyerapan tertinggi terjadi pada bulan {NAMA_BULAN[tb.index(max(tb))]}, sejalan dengan pembayaran honorarium "
        f"badan adhoc dan pengadaan logistik Pemilu 2024. Secara keseluruhan realisasi mencapai {id_dec(serapan(*tot))}% dari pagu.")
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("Daftar Pemilih Tetap Pemilu 2024 ditetapkan pada bulan Juni 2023; sesudahnya tercatat pula Daftar "
        "Pemilih Tambahan (DPTb) yang bukan bagian dari DPT.")
    kec = kec_lama(d.satker, "pemilu", 2024)
    dptb = [37 + (i * 29) % 83 for i in range(len(kec))]  # DPTb per kecamatan (no fact)
    sel = lambda i, n, de, t, a, b: [i, n, de, t, id_int(a), id_int(b), id_int(a + b),
                                     id_int(sum(dptb) if i == "" else dptb[i - 1])]
    d.P(f"Kolom DPTb memuat pemilih tambahan sampai dengan H-30 ({id_int(sum(dptb))} pemilih); DPTb tidak "
        "dijumlahkan ke dalam DPT.")
    r_tab(d, "Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
          ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P", "DPTb"), kec_baris(d, "pemilu", 2024, kec, "JUMLAH", sel))
    sumber(d)
    selesai(d, c)


def ende_2021():
    """Ende 2021: capaian of 2020 and 2021 side by side (only 2021 a fact); DPT Pemilu 2019."""
    c, d = dok("lkj-ende-2021", "Ende", "Ende|28 Januari 2022|Yosef Mbira, S.Sos.|19720714 199903 1 004",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ENDE", "", "2021"])
    rows = cap_lama("5308", 2021, baris("kompetensi 75 78.86, sarana 85 88.24, gaji 100 100, arsip 80 83.47, simonika 100 93.75"))
    lalu = {"kompetensi": ("75,00", "78,36"), "sarana": ("85,00", "88,74"), "gaji": ("100,00", "100,00"),
            "arsip": ("75,00", "72,40"), "simonika": ("100,00", "93,75")}  # 2020 as dev10's Ende 2020 states
    cells = capaian_std(d, rows)
    d.P("Untuk memudahkan perbandingan, tabel berikut menyandingkan target dan realisasi tahun 2020 dengan "
        "tahun 2021. Capaian dihitung untuk tahun 2021.")
    d.L("Tabel 3.1 Perbandingan Capaian Kinerja Tahun 2020 dan 2021", "")
    d.R("No", "Indikator Kinerja", "Target 2020", "Realisasi 2020", "Target 2021", "Realisasi 2021", "Capaian 2021 (%)")
    keys = [r[0] for r in rows] + ["akip", "opini"]
    lalu["akip"] = ("B", "CC")
    lalu["opini"] = ("WTP", "WTP")
    for k, (no, ind, sat, t, r, cc) in zip(keys, cells):
        d.R(no, ind, *lalu.get(k, ("-", "-")), t, r, cc)
        # The 2020 columns are capaian_seri of 2020 (BRIEF.md, "Earlier years beside the report
        # year"); added when the holdout became dev12: its first truth left them out.
        cap = next(x for x in d.t["capaian"] if x["indikator"] == ind)
        for jenis, teks in zip(("target", "realisasi"), lalu.get(k, ("-", "-"))):
            nilai = None if teks in ("-", "B", "CC", "WTP") else float(teks.replace(",", "."))
            d.seri(ind, 2020, jenis, teks, nilai, cap["satuan"])
    d.B()
    sumber(d)
    bahas(d, c, ["arsip"])
    s = skor(d.satker, 2020)
    sec_sakip(d, r_tab, 2020, pre=f"Laporan Hasil Evaluasi AKIP Tahun 2020 menetapkan nilai Sekretariat "
              f"{predikat(s)} ({id_dec(s)}). Rincian per komponen adalah sebagai berikut.")
    tot = sec_anggaran(d, r_tab, "u12en21")
    d.P(f"Dengan demikian dari pagu sekitar Rp {id_dec(tot[0] / 1e9)} miliar telah terserap Rp "
        f"{id_dec(tot[1] / 1e9)} miliar atau {id_dec(serapan(*tot))} persen.")
    sec_dpt(d, r_patah(12, "LKj KPU Kabupaten Ende Tahun 2021"), "pemilu", 2019, label="TOTAL",
            pre="Data pemilih yang menjadi dasar pemutakhiran berkelanjutan tahun 2021 adalah DPT Pemilu 2019 berikut.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(sumba_barat_2019, manggarai_barat_2020, sumba_barat_daya_2020, manggarai_timur_2023, belu_2023, ende_2021)
