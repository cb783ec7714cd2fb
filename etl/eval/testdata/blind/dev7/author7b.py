#!/usr/bin/env python3
# dev7/ documents 5-8: Sabu Raijua 2020 (flattened: pdftotext read every table column after
# column), Nagekeo 2024 (flattened: tables exported as ASCII boxes, `+----+` and `|`), Kota
# Kupang 2019 (column codes K1, K2 ... explained in a legend line), Sumba Barat Daya 2021 (LAKIP,
# letter-spaced headings and table headers). Run from etl/eval/testdata/blind/.
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (anggaran, bahas, buka, cp, dpt_of, fakta_anggaran, huruf, id_dec, id_int, IND,
                     KEG, komponen, kpu, nilai_akip, predikat, PROG, selesai, serapan, skor,
                     tabel_anggaran, total_of)


def kolom(d, cols):
    """A table as pdftotext gives it when it reads column after column: each column's header,
    then its cells, one per line."""
    for head, cells in cols:
        d.L(head, *[str(x) for x in cells])
    d.B()


def sabu_raijua_2020():
    c = kpu("Sabu Raijua", "Tahun 2020")
    d = buka("dev7/lkj-sabu-raijua-2020.txt", "5320", 2020, 90, c, ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "TAHUN 2020", "",
                  "Seba, Sabu Raijua"],
             ("Seba", "25 Januari 2021", "Yulius Ratu Kore, S.Sos.", "19740716 200701 1 011"), flat=True, bab3=("BAB III AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja Tahun 2020", ""))
    rows = [("partisipasi", 77.5, 81.36, "naik"), ("perempuan", 77.5, 84.02, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("pelanggaran", 5.0, 0.94, "turun"),
            ("jadwal", 100.0, 100.0, "naik"), ("kompetensi", 85.0, 88.1, "naik")]
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2020", "")
    kolom(d, [("No", range(1, 7)), ("Indikator Kinerja", [IND[k] for k, *_ in rows]),
              ("Target (%)", [id_dec(t) for _, t, _, _ in rows]),
              ("Realisasi (%)", [id_dec(r) for _, _, r, _ in rows]),
              ("Capaian (%)", [cp(t, r, a) for _, t, r, a in rows])])
    for k, t, r, a in rows:
        d.capaian(IND[k], id_dec(t), t, id_dec(r), r, "persen", cp(t, r, a), arah=a)
    d.L("Sumber: Subbagian Program dan Data", "")
    bahas(d, c, ["partisipasi"], "B. Akuntabilitas Kinerja Instansi Pemerintah")
    v19, v18 = nilai_akip(d, "5320", 2019, 2018)
    ks = komponen("5320", 2019)
    d.P(f"Hasil Evaluasi AKIP Tahun 2019 yang diterima pada bulan Maret 2020 memberikan nilai {id_dec(v19)} "
        f"({predikat(v19)}) kepada KPU Kabupaten Sabu Raijua, naik dari {id_dec(v18)} ({predikat(v18)}) "
        f"pada Evaluasi AKIP Tahun 2018. Nilai tersebut terdiri atas perencanaan kinerja "
        f"{id_dec(ks['perencanaan'][1])} dari bobot 30, pengukuran kinerja {id_dec(ks['pengukuran'][1])} "
        f"dari bobot 30, pelaporan kinerja {id_dec(ks['pelaporan'][1])} dari bobot 15 dan evaluasi "
        f"internal {id_dec(ks['evaluasi_internal'][1])} dari bobot 25.")
    d.komp(2019, ks)
    d.L("C. Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Tahun 2020", "")
    d.P("Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sabu Raijua Tahun 2020 ditetapkan dalam "
        "rapat pleno terbuka pada tanggal 14 Oktober 2020 dengan rincian per kecamatan sebagai berikut.")
    kec = [("Raijua", 11, 24, 5528, 5343), ("Hawu Mehara", 17, 39, 7206, 7154),
           ("Sabu Barat", 9, 37, 5225, 5071), ("Sabu Liae", 10, 29, 5413, 5252),
           ("Sabu Tengah", 8, 46, 3919, 3612), ("Sabu Timur", 8, 23, 4996, 4909)]
    tot = [sum(x[i] for x in kec) for i in (1, 2, 3, 4)]
    assert tuple(tot[1:]) == dpt_of("5320", "pilkada", 2020)[:3], tot
    d.L("Tabel 3.2 DPT Pemilihan Tahun 2020 per Kecamatan", "")
    kolom(d, [("Kecamatan", [k[0] for k in kec] + ["Jumlah"]),
              ("Desa/Kel", [k[1] for k in kec] + [tot[0]]),
              ("TPS", [k[2] for k in kec] + [tot[1]]),
              ("L", [id_int(k[3]) for k in kec] + [id_int(tot[2])]),
              ("P", [id_int(k[4]) for k in kec] + [id_int(tot[3])]),
              ("L+P", [id_int(k[3] + k[4]) for k in kec] + [id_int(tot[2] + tot[3])])])
    for nm, ds, tp, l, p in kec:
        d.dpt("pilkada", 2020, "kecamatan", nm.upper(), ds, tp, l, p)
    d.dpt("pilkada", 2020, "kabupaten", "Kabupaten Sabu Raijua", *tot)
    d.P("Pemerintah Kabupaten Sabu Raijua menyalurkan dana hibah Pemilihan sebesar Rp 14.250.000.000 "
        "yang terealisasi Rp 13.016.842.300; dana hibah dilaporkan tersendiri dan tidak termasuk DIPA.")
    d.FF()
    d.L("D. Realisasi Anggaran", "")
    progs, tt = anggaran("sr20", {"3355": 0.7, "3358": 0.3, "3360": 1.0}, {"6639": 0.5, "6709": 0.3},
                         *total_of("5320", 2020))
    d.P("Realisasi anggaran DIPA Tahun 2020 per program dan kegiatan (dalam rupiah):")
    codes, names, pg, rl, ss = [], [], [], [], []
    for prog, ks2, p, x in progs:
        codes.append(prog); names.append(PROG[prog]); pg.append(p); rl.append(x)
        for k, kp, kx in ks2:
            codes.append(k); names.append(KEG[k]); pg.append(kp); rl.append(kx)
    codes.append(""); names.append("Jumlah"); pg.append(tt[0]); rl.append(tt[1])
    kolom(d, [("Kode", [x for x in codes if x]), ("Program/Kegiatan", names),
              ("Pagu", [id_int(x) for x in pg]), ("Realisasi", [id_int(x) for x in rl]),
              ("Sisa", [id_int(a - b) for a, b in zip(pg, rl)])])
    fakta_anggaran(d, progs, tt, lapor=False)
    d.P("Sisa anggaran terbesar berada pada kegiatan operasional perkantoran karena pembatasan "
        "perjalanan dinas selama masa pandemi Covid-19.")
    selesai(d, c, ("BAB IV PENUTUP", ""))


def box(d, head, rows, right=None):
    """An ASCII box table as a database client prints it: `+---+` rules, `|` between cells,
    numbers right-aligned (columns in right)."""
    right = right or set()
    w = [max(len(str(r[i])) for r in [head] + rows) for i in range(len(head))]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"

    def line(r):
        return "|" + "|".join(" " + (str(v).rjust(w[i]) if i in right else str(v).ljust(w[i])) + " "
                              for i, v in enumerate(r)) + "|"
    d.L(rule, line(head), rule, *[line(r) for r in rows], rule)


def nagekeo_2024():
    c = kpu("Nagekeo", "Tahun 2024")
    d = buka("dev7/lkj-nagekeo-2024.txt", "5316", 2024, 94, c, ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN NAGEKEO", "TAHUN 2024", "",
                  "Mbay"],
             ("Mbay", "31 Januari 2025", "Agustinus Dhae, S.E.", "19790828 200604 1 008"), flat=True, bab3=("BAB III AKUNTABILITAS KINERJA", "", "3.1 Capaian Kinerja", ""))
    d.P("Tabel dalam bab ini diekspor langsung dari aplikasi monitoring kinerja internal.")
    rows = [("partisipasi", 80.0, 84.27, "naik"), ("perempuan", 80.0, 87.4, "naik"),
            ("disabilitas", 60.0, 55.85, "naik"), ("tidak_terdaftar", 2.0, 0.64, "turun"),
            ("jadwal", 100.0, 100.0, "naik"), ("logistik", 100.0, 100.0, "naik"),
            ("sengketa", 100.0, 100.0, "naik"), ("sarana", 90.0, 92.3, "naik")]
    body = []
    for i, (k, t, r, a) in enumerate(rows, 1):
        body.append((i, IND[k], f"{id_dec(t)}%", f"{id_dec(r)}%", f"{cp(t, r, a)}%"))
        d.capaian(IND[k], f"{id_dec(t)}%", t, f"{id_dec(r)}%", r, "persen", cp(t, r, a), arah=a)
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2024", "")
    box(d, ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"), body, {0, 2, 3, 4})
    d.B()
    bahas(d, c, ["disabilitas"], "3.2 Daftar Pemilih")
    pem = dpt_of("5316", "pemilu", 2024)
    d.P(f"DPT Pemilu Tahun 2024 di Kabupaten Nagekeo ditetapkan sebanyak {id_int(pem[3])} pemilih, "
        f"terdiri atas {id_int(pem[1])} laki-laki dan {id_int(pem[2])} perempuan, tersebar di 113 "
        f"desa/kelurahan dan {pem[0]} TPS.")
    d.dpt("pemilu", 2024, "kabupaten", "Kabupaten Nagekeo", 113, *pem[:3])
    d.P("Untuk Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati Tahun 2024, DPT "
        "ditetapkan pada tanggal 22 September 2024 sebagai berikut.")
    base = [("Aesesa", 19, 5540, 5587), ("Aesesa Selatan", 13, 11626, 11795), ("Boawae", 18, 7395, 7916),
            ("Keo Tengah", 24, 9542, 9446), ("Mauponggo", 12, 8045, 8540), ("Nangaroro", 14, 6524, 6905),
            ("Wolowae", 13, 10181, 10635)]
    tot = (308, 57964, 61703)
    sw = sum(l + p for _, _, l, p in base)
    r = random.Random("ngk24")
    tps = [int(tot[0] * (l + p) / sw) for _, _, l, p in base]
    tps[1] += tot[0] - sum(tps)
    ls = [int(tot[1] * (l + p) / sw * r.uniform(0.99, 1.01)) for _, _, l, p in base]
    ls[-1] += tot[1] - sum(ls)
    ps = [int(tot[2] * (l + p) / sw * r.uniform(0.99, 1.01)) for _, _, l, p in base]
    ps[-1] += tot[2] - sum(ps)
    body = []
    for (nm, ds, _, _), t, l, p in zip(base, tps, ls, ps):
        body.append((nm.upper(), ds, t, id_int(l), id_int(p), id_int(l + p)))
        d.dpt("pilkada", 2024, "kecamatan", nm.upper(), ds, t, l, p)
    body.append(("TOTAL", 113, tot[0], id_int(tot[1]), id_int(tot[2]), id_int(tot[1] + tot[2])))
    d.dpt("pilkada", 2024, "kabupaten", "Kabupaten Nagekeo", 113, *tot)
    d.L("Tabel 3.2 DPT Pemilihan Tahun 2024 per Kecamatan", "")
    box(d, ("KECAMATAN", "DESA_KEL", "TPS", "L", "P", "L_P"), body, {1, 2, 3, 4, 5})
    d.B()
    d.P("Untuk melayani pemilih tersebut dibentuk badan ad hoc sebagai berikut (jumlah orang):")
    box(d, ("BADAN_ADHOC", "PEMILU_2024", "PEMILIHAN_2024"),
        [("PPK", 35, 35), ("PPS", 339, 339), ("KPPS", 3206, 2156), ("Pantarlih", 458, 308)], {1, 2})
    d.B()
    d.FF()
    d.L("3.3 Evaluasi AKIP dan Reformasi Birokrasi", "")
    v23, v22 = nilai_akip(d, "5316", 2023, 2022)
    d.P(f"KPU Kabupaten Nagekeo memperoleh predikat {predikat(v23)} dengan nilai {id_dec(v23)} dalam Hasil "
        f"Evaluasi AKIP Tahun 2023, setelah pada Evaluasi AKIP Tahun 2022 memperoleh {id_dec(v22)} "
        f"({predikat(v22)}).")
    d.P("Hasil evaluasi Reformasi Birokrasi Tahun 2023 yang diterima pada tahun 2024:")
    box(d, ("KOMPONEN_RB", "BOBOT", "NILAI", "PERSEN"),
        [("Pengungkit", "23,10", "17,01", "73,64"), ("Hasil", "13,20", "8,79", "66,59"),
         ("Indeks RB", "36,30", "25,80", "71,07")], {1, 2, 3})
    d.rb(2023, 25.8, 36.3, 71.07)
    d.B()
    d.L("3.4 Realisasi Anggaran", "")
    progs, tt = anggaran("ngk24b", {"3355": 1.0, "3360": 1.2}, {"6867": 5.5, "6871": 3.2, "6872": 6.0},
                         17843560000, unit=10000, runit=10000)
    d.P("Realisasi anggaran DIPA Tahun Anggaran 2024 (dalam juta rupiah):")
    body = []
    for prog, ks, p, x in progs:
        body.append((prog, PROG[prog], id_dec(p / 1e6), id_dec(x / 1e6), id_dec(serapan(p, x))))
        for k, kp, kx in ks:
            body.append((k, KEG[k], id_dec(kp / 1e6), id_dec(kx / 1e6), id_dec(serapan(kp, kx))))
    body.append(("", "TOTAL", id_dec(tt[0] / 1e6), id_dec(tt[1] / 1e6), id_dec(serapan(*tt))))
    box(d, ("KODE", "URAIAN", "PAGU_RP_JUTA", "REALISASI_RP_JUTA", "SERAPAN_PERSEN"), body, {2, 3, 4})
    fakta_anggaran(d, progs, tt)
    d.B()
    d.P("Di luar DIPA, KPU Kabupaten Nagekeo menerima dana hibah Pemilihan dari Pemerintah Kabupaten "
        "Nagekeo sebesar Rp 18.400.000.000 yang dipertanggungjawabkan dalam laporan tersendiri.")
    selesai(d, c, ("BAB IV PENUTUP", ""))


def legenda(d, names):
    """The legend line that explains the column codes K1, K2, ... of the table below it."""
    d.L("Keterangan kolom: " + "; ".join(f"K{i} = {n}" for i, n in enumerate(names, 1)))
    d.R(*[f"K{i}" for i in range(1, len(names) + 1)])


def kota_kupang_2019():
    c = kpu("Kota Kupang", "Tahun 2019", kota=True)
    d = buka("dev7/lkj-kota-kupang-2019.txt", "5371", 2019, 100, c, ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2019"],
             ("Kupang", "27 Januari 2020", "Drs. Paulus Rohi Bire", "19680923 199503 1 002"), bab3=("BAB III AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja", ""), intro=2)
    d.P("Untuk menghemat ruang, setiap tabel dalam bab ini memakai kode kolom K1, K2 dan seterusnya "
        "yang dijelaskan pada baris keterangan di atas tabel.")
    rows = [("partisipasi", 77.5, 80.94, "naik"), ("perempuan", 77.5, 82.16, "naik"),
            ("disabilitas", 50.0, 46.3, "naik"), ("pemutakhiran", 100.0, 100.0, "naik"),
            ("pelanggaran", 5.0, 2.12, "turun"), ("logistik", 100.0, 99.24, "naik"),
            ("jadwal", 100.0, 100.0, "naik"), ("kompetensi", 85.0, 79.6, "naik")]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2019")
    legenda(d, ["Nomor", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)"])
    for i, (k, t, r, a) in enumerate(rows, 1):
        d.R(i, IND[k], id_dec(t), id_dec(r), cp(t, r, a))
        d.capaian(IND[k], id_dec(t), t, id_dec(r), r, "persen", cp(t, r, a), arah=a)
    d.B()
    bahas(d, c, ["disabilitas"], "B. Daftar Pemilih Tetap Pemilu Tahun 2019")
    d.P("DPT Pemilu Tahun 2019 Kota Kupang ditetapkan melalui rapat pleno terbuka dan dimutakhirkan "
        "kembali dalam DPTHP-3; rincian per kecamatan sebagai berikut.")
    kec = [("Alak", 12, 130, 22735, 22094, 1104), ("Maulafa", 9, 209, 15740, 15323, 812),
           ("Oebobo", 7, 171, 16489, 16874, 1377), ("Kelapa Lima", 5, 138, 19739, 19854, 1046),
           ("Kota Raja", 8, 185, 18690, 18622, 693), ("Kota Lama", 10, 177, 25176, 24246, 958)]
    d.L("Tabel 3.2 DPT Pemilu 2019 per Kecamatan")
    legenda(d, ["Kecamatan", "Jumlah Kelurahan", "Jumlah TPS", "DPT Laki-laki", "DPT Perempuan",
                "DPT L+P", "DPTb"])
    for nm, ds, tp, l, p, b in kec:
        d.R(nm, ds, tp, id_int(l), id_int(p), id_int(l + p), id_int(b))
        d.dpt("pemilu", 2019, "kecamatan", nm.upper(), ds, tp, l, p)
    tot = [sum(k[i] for k in kec) for i in range(1, 6)]
    assert tuple(tot[1:4]) == dpt_of("5371", "pemilu", 2019)[:3]
    d.R("Jumlah", tot[0], id_int(tot[1]), id_int(tot[2]), id_int(tot[3]), id_int(tot[2] + tot[3]),
        id_int(tot[4]))
    d.dpt("pemilu", 2019, "kabupaten", "Kota Kupang", *tot[:4])
    d.L("Sumber: Berita Acara Rekapitulasi DPTHP-3 Pemilu Tahun 2019", "")
    d.FF()
    d.L("C. Evaluasi Akuntabilitas Kinerja", "")
    v18, v17 = nilai_akip(d, "5371", 2018, 2017)
    ks = komponen("5371", 2018)
    d.P(f"Evaluasi AKIP Tahun 2018 menghasilkan nilai {id_dec(v18)} dengan predikat {predikat(v18)}; "
        f"pada Evaluasi AKIP Tahun 2017 KPU Kota Kupang memperoleh {id_dec(v17)} dengan predikat yang sama. "
        "Rincian nilai per komponen Evaluasi AKIP Tahun 2018:")
    d.L("Tabel 3.3 Komponen Evaluasi AKIP Tahun 2018")
    legenda(d, ["Komponen", "Bobot", "Nilai"])
    nm = {"perencanaan": "Perencanaan Kinerja", "pengukuran": "Pengukuran Kinerja",
          "pelaporan": "Pelaporan Kinerja", "evaluasi_internal": "Evaluasi Internal"}
    for k, (b, v) in ks.items():
        d.R(nm[k], b, id_dec(v))
    d.R("Nilai AKIP", 100, id_dec(v18))
    d.komp(2018, ks)
    d.B()
    d.L("D. Realisasi Anggaran", "")
    progs, tt = anggaran("kk19", {"3355": 0.9, "3358": 0.4, "3360": 1.3}, {"6639": 7.0, "6640": 2.0, "6709": 3.0},
                         *total_of("5371", 2019))
    d.L("Tabel 3.4 Realisasi Anggaran Tahun 2019")
    legenda(d, ["Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"])
    tabel_anggaran(d, progs, tt, lambda k, ind, u, p, x: (k, u, id_int(p), id_int(x) if k else id_int(x)[:-1],
                                                          id_int(p - x), id_dec(serapan(p, x))), "Jumlah")
    d.B()
    d.P("Selain belanja, KPU Kota Kupang mencatat Penerimaan Negara Bukan Pajak sebesar Rp 14.250.000 "
        "yang berasal dari penjualan dokumen lelang dan sewa rumah dinas, yang seluruhnya telah disetor "
        "ke Kas Negara.")
    selesai(d, c, ("BAB IV PENUTUP", ""))


def sp(s):
    """Letter-spaced text: each word's letters one space apart, words three spaces apart."""
    return "   ".join(" ".join(w) for w in s.split())


def sumba_barat_daya_2021():
    c = kpu("Sumba Barat Daya", "Tahun 2021")
    d = buka("dev7/lakip-sumba-barat-daya-2021.txt", "5318", 2021, 96, c, [sp("LAKIP"), "", "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH",
                  "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA BARAT DAYA", "TAHUN 2021", "", "Tambolaka"],
             ("Tambolaka", "26 Januari 2022", "Fransiskus Malo Bulu, S.H.", "19770202 200604 1 017"), kp_judul=sp("KATA PENGANTAR"), h1=(sp("BAB I"), sp("PENDAHULUAN")), h2=(sp("BAB II"), sp("PERENCANAAN KINERJA")), bab3=(sp("BAB III"), sp("AKUNTABILITAS KINERJA"), "", "A. Capaian Kinerja", ""))
    rows = [("pemutakhiran", 100.0, 100.0, "naik"), ("informasi", 75.0, 77.85, "naik"),
            ("sengketa", 100.0, 100.0, "naik"), ("kompetensi", 85.0, 86.3, "naik"),
            ("sarana", 90.0, 87.45, "naik"), ("simonika", 100.0, 100.0, "naik")]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2021", "")
    d.R(sp("NO"), sp("INDIKATOR KINERJA"), sp("TARGET"), sp("REALISASI"), sp("CAPAIAN"))
    for i, (k, t, r, a) in enumerate(rows, 1):
        words = IND[k].split()
        h = len(words) // 3
        parts = [" ".join(words[:h]), " ".join(words[h:2 * h]), " ".join(words[2 * h:])]
        d.R("", parts[0], "", "", "")
        d.R(i, parts[1], f"{id_dec(t)}%", f"{id_dec(r)}%", f"{cp(t, r, a)}%")
        d.R("", parts[2], "", "", "")
        d.capaian(IND[k], f"{id_dec(t)}%", t, f"{id_dec(r)}%", r, "persen", cp(t, r, a), arah=a)
    huruf(d, (7, IND["akip"], "B", "B", "100%"), "akip", "B", "B", "100%")
    huruf(d, (8, IND["opini"], "WTP", "WTP", "100%"), "opini", "WTP", "WTP", "100%")
    d.L("Sumber: Subbagian Program, Data dan Organisasi SDM", "")
    d.P("Realisasi dua indikator sumber daya dalam tiga tahun terakhir:")
    d.L("Tabel 3.1a Realisasi Indikator Sumber Daya 2019-2021", "")
    d.R(sp("INDIKATOR KINERJA"), "2019", "2020", "2021")
    for k, vals in (("kompetensi", (78.4, 82.15, 86.3)), ("sarana", (84.6, 85.9, 87.45))):
        d.R(IND[k], *[f"{id_dec(v)}%" for v in vals])
        for y, v in zip((2019, 2020, 2021), vals):
            d.seri(IND[k], y, "realisasi", f"{id_dec(v)}%", v, "persen")
    d.B()
    bahas(d, c, ["sarana"], "B. Evaluasi AKIP")
    d.P("Perkembangan nilai evaluasi akuntabilitas kinerja selama tiga tahun terakhir:")
    d.L("Tabel 3.2 Riwayat Nilai Evaluasi AKIP", "")
    d.R(sp("TAHUN YANG DINILAI"), sp("NILAI"), sp("PREDIKAT"))
    for y in (2018, 2019, 2020):
        v = skor("5318", y)
        d.R(y, id_dec(v), predikat(v))
        d.sakip("5318", y, v)
    d.B()
    ks = komponen("5318", 2020)
    d.P("Rincian nilai Evaluasi AKIP atas kinerja tahun 2020 per komponen:")
    d.L("Tabel 3.3 Komponen Evaluasi AKIP Tahun 2020", "")
    d.R(sp("KOMPONEN"), sp("BOBOT"), sp("NILAI"))
    nm = {"perencanaan": "Perencanaan Kinerja", "pengukuran": "Pengukuran Kinerja",
          "pelaporan": "Pelaporan Kinerja", "evaluasi_internal": "Evaluasi Internal"}
    for k, (b, v) in ks.items():
        d.R(nm[k], id_dec(b), id_dec(v))
    d.R(sp("JUMLAH"), "100,00", id_dec(skor("5318", 2020)))
    d.komp(2020, ks)
    d.B()
    d.P("Nilai evaluasi Reformasi Birokrasi KPU Kabupaten Sumba Barat Daya Tahun 2021 adalah 22,41 "
        "(61,74%) dari bobot 36,30, dengan catatan perbaikan pada area manajemen perubahan dan "
        "penguatan pengawasan.")
    d.rb(2021, 22.41, 36.3, 61.74)
    d.L("C. Realisasi Anggaran", "")
    progs, tt = anggaran("sbd21", {"3355": 0.8, "3358": 0.35, "3360": 1.3}, {"6639": 0.45, "6640": 0.6, "6709": 0.4})
    d.L("Tabel 3.4 Realisasi Anggaran Tahun 2021 (dalam rupiah)", "")
    d.R(sp("KODE"), sp("URAIAN"), sp("PAGU"), sp("REALISASI"), sp("SISA"), "%")
    tabel_anggaran(d, progs, tt, lambda k, ind, u, p, x: (k, u, id_int(p), id_int(x), id_int(p - x),
                                                          id_dec(serapan(p, x))), sp("JUMLAH"))
    d.B()
    d.L("Tabel 3.5 Perbandingan Anggaran Tahun 2019-2021", "")
    d.R(sp("TAHUN"), sp("PAGU"), sp("REALISASI"), "%")
    for y, p, x in ((2019, 16843250000, 16402779134), (2020, 4127580000, 3968244517)):
        d.R(y, id_int(p), id_int(x), id_dec(serapan(p, x)))
        d.ang("TOTAL", "total", "", p, x, serapan(p, x), tahun=y)
    d.R(2021, id_int(tt[0]), id_int(tt[1]), id_dec(serapan(*tt)))
    d.B()
    selesai(d, c, (sp("BAB IV"), sp("PENUTUP"), ""))


if __name__ == "__main__":
    sabu_raijua_2020()
    nagekeo_2024()
    kota_kupang_2019()
    sumba_barat_daya_2021()
