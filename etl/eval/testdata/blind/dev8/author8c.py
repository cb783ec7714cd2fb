#!/usr/bin/env python3
# dev8/ documents 9-12: Lembata 2019 (LAKIP, flattened: a definition list, `Label : value`
# on its own line under each indicator, budget line and kecamatan), Rote Ndao 2020 (LKjIP,
# budget realisasi by quarter TW I-IV, `Kategori` words, series with years as columns), Manggarai
# Barat 2022 (PK targets only in BAB II; an all-satker SAKIP 2021 ranking with `Peringkat`),
# Sumba Tengah 2022 (reporting period only; indicators by IKU/IKK code with a legend table; budget
# in Rp juta; RB table). Run from etl/eval/testdata/blind/:   python3 dev8/author8c.py
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common8 import (bahas, buka, cp, dpt_of, dpt_rows, fakta_anggaran, grade_fact, id_dec, id_int, IND,
                     kec_bagi, kec_corpus, KEG, kolom, komponen, kpu, NAMA, num_fact, ORDER, predikat, PROG,
                     rb_of, rb_prosa, selesai, serapan, skor, tabel_anggaran, total_or)  # noqa: E402
from lib import tulis  # noqa: E402

NAMA_K = {k: k.replace("_", " ").title() for k in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")}


def lembata_2019():
    """Lembata 2019 (LAKIP), flattened: `Label : value` lines under every indicator, budget line
    and kecamatan."""
    c = kpu("Lembata", "Tahun 2019")
    d = buka("dev8/lakip-lembata-2019.txt", "5313", 2019, 88, c,
             ["LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "(LAKIP)", "KPU KABUPATEN LEMBATA",
              "TAHUN 2019"],
             ("Lewoleba", "24 Januari 2020", "Bernadus Lamahoda, S.Pd.", "19730505 200604 1 015"),
             flat=True, bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Capaian Indikator Kinerja", ""), intro=2)
    rows = [("partisipasi", 77.5, 84.26, "naik"), ("perempuan", 77.5, 86.71, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("logistik", 100.0, 97.37, "naik"),
            ("pelanggaran", 5.0, 0.96, "turun"), ("tidak_terdaftar", 2.0, 1.12, "turun")]
    for i, (k, t, r, a) in enumerate(rows, 1):
        num_fact(d, k, t, r, a, tt=f"{id_dec(t)}%", rt=f"{id_dec(r)}%", cell=f"{cp(t, r, a)}%")
        d.L(f"{i}. {IND[k]}", f"   Target : {id_dec(t)}%", f"   Realisasi : {id_dec(r)}%",
            f"   Capaian : {cp(t, r, a)}%", "")
    d.L(f"7. {IND['opini']}", "   Target : WTP", "   Realisasi : WTP", "   Capaian : 100%", "")
    grade_fact(d, "opini", "WTP", "WTP", "100%")
    bahas(d, c, ["logistik"])
    d.L("B. Hasil Evaluasi SAKIP", "")
    s18 = skor("5313", 2018)
    ks = komponen("5313", 2018)
    d.P("Hasil evaluasi atas implementasi SAKIP tahun 2018, diterima pada tahun 2019:")
    for k, (b, v) in ks.items():
        d.L(f"{NAMA_K[k]} (bobot {b}) : {id_dec(v)}")
    d.L(f"Nilai Akhir : {id_dec(s18)}", f"Predikat : {predikat(s18)}", "")
    d.sakip_komp("5313", 2018, s18, ks)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    progs, tot = total_or("5313", 2019, "lb19", {"3355": 1.0, "3358": 0.5, "3360": 1.3},
                          {"6639": 2.2, "6867": 3.1, "6872": 4.0})
    for prog, ks2, p, x in progs:
        for kode, ur, pp, xx in [(prog, PROG[prog], p, x)] + [(k, KEG[k], kp, kx) for k, kp, kx in ks2]:
            d.L(f"Kode : {kode}", f"Uraian : {ur}", f"Pagu : Rp {id_int(pp)}", f"Realisasi : Rp {id_int(xx)}",
                f"Persentase : {id_dec(serapan(pp, xx))}%", "")
    d.L("Jumlah Seluruhnya", f"Pagu : Rp {id_int(tot[0])}", f"Realisasi : Rp {id_int(tot[1])}",
        f"Persentase : {id_dec(serapan(*tot))}%", "")
    fakta_anggaran(d, progs, tot)
    d.FF()
    d.L("D. Daftar Pemilih Tetap Pemilu 2019", "")
    d.P("DPT Pemilu Tahun 2019 hasil perbaikan kedua per kecamatan adalah sebagai berikut.")
    names = ["Nubatukan", "Ile Ape", "Ile Ape Timur", "Lebatukan", "Omesuri", "Buyasari", "Atadei", "Nagawutung", "Wulandoni"]
    desa = {n.upper(): de for n, de, *_ in kec_corpus("dev", "lkj-lembata-2023", "5313", "pemilu", 2024)}
    tps, lk, pr, _ = dpt_of("5313", "pemilu", 2019)
    kec = kec_bagi("lb19-dpt", names, [desa[n.upper()] for n in names], tps, lk, pr)
    for n, de, t, a, b in kec:
        d.L(f"Kecamatan : {n}", f"Jumlah Desa/Kelurahan : {de}", f"Jumlah TPS : {t}", f"Pemilih Laki-laki : {id_int(a)}",
            f"Pemilih Perempuan : {id_int(b)}", f"Jumlah Pemilih : {id_int(a + b)}", "")
    d.L("Kabupaten Lembata", f"Jumlah Desa/Kelurahan : {sum(k[1] for k in kec)}", f"Jumlah TPS : {tps}",
        f"Pemilih Laki-laki : {id_int(lk)}", f"Pemilih Perempuan : {id_int(pr)}", f"Jumlah Pemilih : {id_int(lk + pr)}", "")
    dpt_rows(d, "pemilu", 2019, kec, sum(k[1] for k in kec))
    d.P("Jumlah pemilih yang menggunakan hak pilih dengan KTP-el dan terdaftar dalam Daftar Pemilih Khusus "
        "adalah 1.284 orang.")
    selesai(d, c)


def kategori(v):
    return "Sangat Baik" if v > 100 else "Baik" if v >= 85 else "Cukup" if v >= 70 else "Kurang"


def rote_ndao_2020():
    """Rote Ndao 2020 (LKjIP): budget realisasi by quarter, Kategori words, a three-year series."""
    c = kpu("Rote Ndao", "Tahun 2020")
    d = buka("dev8/lkjip-rote-ndao-2020.txt", "5314", 2020, 95, c,
             ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "", "KOMISI PEMILIHAN UMUM", "KABUPATEN ROTE NDAO",
              "", "TAHUN 2020"],
             ("Ba'a", "26 Januari 2021", "Yusuf Messakh, S.H.", "19760714 200501 1 009"),
             bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Pengukuran Kinerja", ""))
    rows = [("kompetensi", 85.0, 88.24, "naik"), ("sarana", 90.0, 84.71, "naik"), ("pemutakhiran", 100.0, 100.0, "naik"),
            ("arsip", 80.0, 71.43, "naik"), ("simonika", 100.0, 100.0, "naik"), ("gaji", 100.0, 100.0, "naik")]
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Kategori")
    for i, (k, t, r, a) in enumerate(rows, 1):
        v = num_fact(d, k, t, r, a, tt=f"{id_dec(t)}%", rt=f"{id_dec(r)}%", cell=f"{cp(t, r, a)}%")
        d.R(i, IND[k], f"{id_dec(t)}%", f"{id_dec(r)}%", f"{cp(t, r, a)}%", kategori(v))
    d.R(7, IND["akip"], "BB", "B", "-", "Kurang")
    grade_fact(d, "akip", "BB", "B", "-")
    d.R(8, IND["opini"], "WTP", "WTP", "-", "Sangat Baik")
    grade_fact(d, "opini", "WTP", "WTP", "-")
    d.B()
    bahas(d, c, ["sarana", "arsip"])
    d.P("Perkembangan realisasi dua indikator dalam tiga tahun terakhir:")
    d.R("Indikator", "Realisasi 2018", "Realisasi 2019", "Realisasi 2020")
    for k, vs in (("kompetensi", (76.47, 82.35, 88.24)), ("sarana", (81.2, 86.9, 84.71))):
        d.R(IND[k], *[f"{id_dec(v)}%" for v in vs])
        for y, v in zip((2018, 2019, 2020), vs):
            d.seri(IND[k], y, "realisasi", f"{id_dec(v)}%", v, "persen")
    d.B()
    d.FF()
    d.L("B. Evaluasi SAKIP dan Reformasi Birokrasi", "")
    s19 = skor("5314", 2019)
    ks = komponen("5314", 2019)
    d.P(f"Hasil evaluasi SAKIP atas kinerja tahun 2019, diterima pada tahun 2020, adalah {id_dec(s19)} "
        f"({predikat(s19)}), dengan rincian:")
    d.R("No", "Komponen", "Bobot", "Nilai")
    for i, (k, (b, v)) in enumerate(ks.items(), 1):
        d.R(i, NAMA_K[k], b, id_dec(v))
    d.R("", "Nilai Akhir", 100, id_dec(s19))
    d.sakip_komp("5314", 2019, s19, ks)
    d.B()
    rb_prosa(d, 2020, 19.42, lambda n, b, pc: (
                    f"Evaluasi Reformasi Birokrasi Tahun 2020 menghasilkan nilai {id_dec(n)} dari bobot {id_dec(b)} "
                    f"({id_dec(pc)}%)."))
    d.L("C. Realisasi Anggaran per Triwulan", "")
    progs, tot = total_or("5314", 2020, "rn20", {"3355": 1.1, "3358": 0.5, "3360": 1.4}, {"6640": 0.8, "6709": 0.6})
    d.P("Realisasi anggaran Tahun 2020 per program dan kegiatan menurut triwulan pencairan (SP2D):")
    d.R("Kode", "Uraian", "Pagu", "TW I", "TW II", "TW III", "TW IV", "Jumlah Realisasi", "%")
    rnd = random.Random("rn20-tw")

    def tw(x):
        q = [int(x * f) for f in (rnd.uniform(0.12, 0.18), rnd.uniform(0.2, 0.26), rnd.uniform(0.22, 0.28))]
        return q + [x - sum(q)]
    tabel_anggaran(d, progs, tot, lambda k, induk, u, p, x: (k, u, id_int(p), *[id_int(v) for v in tw(x)], id_int(x),
                                                            id_dec(serapan(p, x))), total="Jumlah")
    d.B()
    d.P("Rencana Penarikan Dana (RPD) triwulan IV sebesar Rp 1.146.210.000 tidak seluruhnya terealisasi "
        "karena penghematan belanja perjalanan dinas selama pandemi COVID-19.")
    selesai(d, c)


def manggarai_barat_2022():
    """Manggarai Barat 2022: targets only in the PK table of BAB II; the SAKIP 2021 ranking of
    all 23 satkers; budget without serapan."""
    rows = [("kompetensi", 85.0, 86.96, "naik"), ("sarana", 90.0, 93.18, "naik"), ("informasi", 80.0, 77.24, "naik"),
            ("arsip", 80.0, 81.87, "naik"), ("simonika", 100.0, 100.0, "naik"), ("pemutakhiran", 100.0, 100.0, "naik")]

    def pk(d):
        d.L("Tabel 2.1 Perjanjian Kinerja Tahun 2022", "")
        d.R("No", "Sasaran Strategis", "Indikator Kinerja", "Target")
        for i, (k, t, r, a) in enumerate(rows, 1):
            d.R(i, "Terwujudnya tata kelola yang akuntabel" if i == 1 else "", IND[k],
                id_dec(t) if k == "informasi" else f"{id_dec(t)}%")
        d.R(7, "", IND["opini"], "WTP")
        d.B()
    c = kpu("Manggarai Barat", "Tahun 2022")
    d = buka("dev8/lkj-manggarai-barat-2022.txt", "5315", 2022, 93, c,
             ["KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI BARAT", "", "LAPORAN KINERJA", "TAHUN 2022", "",
              "Labuan Bajo"],
             ("Labuan Bajo", "23 Januari 2023", "Fransiskus Jehadit, S.E.", "19800909 200801 1 013"), lalu=pk,
             bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Realisasi dan Capaian Kinerja", ""))
    d.P("Target setiap indikator tercantum pada Tabel 2.1 (Perjanjian Kinerja). Tabel berikut memuat "
        "realisasi dan capaian terhadap target tersebut.")
    d.L("Tabel 3.1 Realisasi dan Capaian Kinerja Tahun 2022", "")
    d.R("No", "Indikator Kinerja", "Realisasi", "Capaian")
    for i, (k, t, r, a) in enumerate(rows, 1):
        un = "nilai" if k == "informasi" else "persen"
        tt, rt = (id_dec(t), id_dec(r)) if un == "nilai" else (f"{id_dec(t)}%", f"{id_dec(r)}%")
        num_fact(d, k, t, r, a, satuan=un, tt=tt, rt=rt, cell=f"{cp(t, r, a)}%")
        d.R(i, IND[k], rt, f"{cp(t, r, a)}%")
    d.R(7, IND["opini"], "WTP", "100%")
    grade_fact(d, "opini", "WTP", "WTP", "100%")
    d.B()
    bahas(d, c, ["informasi"])
    d.FF()
    d.L("B. Hasil Evaluasi SAKIP", "")
    own = skor("5315", 2021)
    ks = komponen("5315", 2021)
    d.P(f"KPU Kabupaten Manggarai Barat memperoleh nilai {id_dec(own)} dengan predikat {predikat(own)} atas "
        "kinerja tahun 2021. Rincian per komponen:")
    d.R("Komponen", "Bobot", "Nilai", "Persentase terhadap Bobot")
    for k, (b, v) in ks.items():
        d.R(NAMA_K[k], id_dec(b), id_dec(v), f"{id_dec(v / b * 100)}%")
    d.komp(2021, ks)
    d.B()
    d.P("Peringkat hasil evaluasi SAKIP tahun yang dinilai 2021 di lingkungan KPU Provinsi Nusa Tenggara Timur "
        "dan 22 KPU Kabupaten/Kota, sebagaimana disampaikan KPU Provinsi NTT, adalah sebagai berikut:")
    d.L("Tabel 3.2 Peringkat Nilai SAKIP Tahun yang Dinilai 2021", "")
    d.R("Peringkat", "Satuan Kerja", "Nilai", "Predikat")
    allv = sorted(((skor(s, 2021), s) for s in ORDER), key=lambda x: (-x[0], x[1]))
    for i, (v, s) in enumerate(allv, 1):
        nm = "KPU Provinsi NTT" if s == "53" else ("KPU Kota Kupang" if s == "5371" else f"KPU Kab. {NAMA[s]}")
        d.R(i, nm, id_dec(v), predikat(v))
        d.sakip(s, 2021, v)
    d.L("Sumber: KPU Provinsi Nusa Tenggara Timur", "")
    d.L("C. Realisasi Anggaran", "")
    progs, tot = total_or("5315", 2022, "mb22", {"3355": 1.2, "3358": 0.5, "3360": 1.5}, {"6639": 0.9, "6640": 1.0})
    d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)")
    tabel_anggaran(d, progs, tot, kolom(id_int, sisa=True, pct=None), total="Jumlah", lapor=False)
    d.B()
    selesai(d, c)


def sumba_tengah_2022():
    """Sumba Tengah 2022: period only on the cover; indicators by IKU/IKK code with a legend
    table; Renstra targets 2022-2024 as a target series; RB table; budget in Rp juta; SAKIP
    2021 components as columns."""
    iku = [("IKU-01", "kompetensi", "%", "persen", 85.0, 82.61), ("IKU-02", "sarana", "%", "persen", 90.0, 94.74),
           ("IKU-03", "informasi", "Nilai", "nilai", 75.0, 80.33), ("IKU-04", "pemutakhiran", "%", "persen", 100.0, 100.0),
           ("IKU-05", "simonika", "%", "persen", 100.0, 95.83)]
    ikk = [("IKK-01", "lap_keu", 14, 14), ("IKK-02", "lap_bmn", 4, 4)]
    c = kpu("Sumba Tengah", "periode 1 Januari sampai dengan 31 Desember 2022")
    d = buka("dev8/lkj-sumba-tengah-2022.txt", "5317", 2022, 99, c,
             ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TENGAH", "",
              "Periode 1 Januari s.d. 31 Desember 2022", "", "Waibakul"],
             ("Waibakul", "Januari 2023", "Yulius Umbu Sogara, S.T.", "19820101 201001 1 007"),
             bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Capaian Indikator Kinerja Utama (IKU)", ""))
    d.P("Untuk keringkasan, indikator disebut dengan kodenya. Daftar kode indikator:")
    d.R("Kode", "Indikator")
    for code, k, *_ in iku:
        d.R(code, IND[k])
    d.R("IKU-06", IND["opini"])
    for code, k, *_ in ikk:
        d.R(code, IND[k])
    d.B()
    d.L("Tabel 3.1 Pengukuran IKU periode laporan", "")
    d.R("Kode", "Satuan", "Target", "Realisasi", "Capaian (%)")
    for code, k, sc, un, t, r in iku:
        num_fact(d, k, t, r, satuan=un)
        d.R(code, sc, id_dec(t), id_dec(r), cp(t, r))
    d.R("IKU-06", "Opini", "WTP", "WTP", "100,00")
    grade_fact(d, "opini", "WTP", "WTP", "100,00")
    d.B()
    d.L("Tabel 3.2 Pengukuran Indikator Kinerja Kegiatan (IKK)", "")
    d.R("Kode", "Satuan", "Target", "Realisasi", "Capaian (%)")
    for code, k, t, r in ikk:
        d.R(code, "Laporan", t, r, cp(t, r))
        num_fact(d, k, float(t), float(r), satuan="laporan", tt=str(t), rt=str(r), tingkat="sasaran_kegiatan")
    d.B()
    d.P("Target jangka menengah (Renstra 2020-2024) untuk IKU-02 dan IKU-03:")
    d.R("Kode", "Target 2022", "Target 2023", "Target 2024")
    for code, k, un, vs in (("IKU-02", "sarana", "persen", (90.0, 92.5, 95.0)), ("IKU-03", "informasi", "nilai", (75.0, 77.5, 80.0))):
        d.R(code, *[id_dec(v) for v in vs])
        for y, v in zip((2022, 2023, 2024), vs):
            d.seri(IND[k], y, "target", id_dec(v), v, un)
    d.B()
    bahas(d, c, ["kompetensi", "simonika"])
    d.FF()
    d.L("B. Evaluasi SAKIP dan Reformasi Birokrasi", "")
    s21, s20 = skor("5317", 2021), skor("5317", 2020)
    d.P(f"Hasil evaluasi SAKIP yang diterima dalam periode laporan menilai kinerja tahun 2021 sebesar "
        f"{predikat(s21)} ({id_dec(s21)}); evaluasi sebelumnya, atas kinerja tahun 2020, {predikat(s20)} ({id_dec(s20)}).")
    d.sakip("5317", 2020, s20)
    ks = komponen("5317", 2021)
    d.R("Tahun Dinilai", *[f"{NAMA_K[k]} ({b})" for k, (b, _) in ks.items()], "Jumlah")
    d.R(2021, *[id_dec(v) for _, v in ks.values()], id_dec(s21))
    d.sakip_komp("5317", 2021, s21, ks)
    d.B()
    rb = rb_of("5317", 2022, 22.41)
    pg = round(rb[0] * 0.66, 2)
    d.L("Tabel 3.3 Nilai Reformasi Birokrasi", "")
    d.R("Komponen", "Bobot", "Nilai", "%")
    d.R("Pengungkit", "23,10", id_dec(pg), id_dec(pg / 23.1 * 100))
    d.R("Hasil", "13,20", id_dec(round(rb[0] - pg, 2)), id_dec(round(rb[0] - pg, 2) / 13.2 * 100))
    d.R("Indeks RB", id_dec(rb[1]), id_dec(rb[0]), id_dec(rb[2]))
    d.rb(2022, *rb)
    d.B()
    d.L("C. Realisasi Anggaran", "")
    progs, tot = total_or("5317", 2022, "sg22", {"3355": 1.0, "3358": 0.5, "3360": 1.2}, {"6639": 0.7, "6640": 0.8},
                          pagu=3847210000, unit=10000, runit=10000)
    d.L("Tabel 3.4 Realisasi Anggaran (Rp juta)", "")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    tabel_anggaran(d, progs, tot, kolom(lambda n: id_dec(n / 1000000), sisa=True), total="Jumlah")
    d.B()
    selesai(d, c)


if __name__ == "__main__":
    tulis(lembata_2019, rote_ndao_2020, manggarai_barat_2022, sumba_tengah_2022)
