#!/usr/bin/env python3
# dev7/ documents 1-4: Sumba Timur 2024 (every table in a Lampiran), TTS 2024 (narrow
# no-break spaces as thousands separators), Ende 2023 (Target Renstra beside Target PK and
# last year's realisation), Manggarai Timur 2022 (SAKIP history with components as columns,
# budget by rincian output with a Sumber Dana column). Run from etl/eval/testdata/blind/.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common7 import (analisis, anggaran, bahas, buka, capai, cp, dpt_of, huruf, id_dec, id_int, IND,
                     KEG, komponen, kpu, NAMA, nilai_akip, ORDER, predikat, PROG, selesai, serapan,
                     skor, tabel_anggaran, tabel_capaian, thin, total_of)
import random


def sumba_timur_2024():
    def pk_ref(d):
        d.P("Perjanjian Kinerja Tahun 2024 yang memuat sasaran strategis, indikator kinerja dan "
            "target tahunan disajikan lengkap pada Lampiran 1 laporan ini.")
    c = kpu("Sumba Timur", "Tahun Anggaran 2024")
    d = buka("dev7/lkj-sumba-timur-2024.txt", "5311", 2024, 100, c,
             ["KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TIMUR", "", "", "LAPORAN KINERJA", "TAHUN ANGGARAN 2024",
              "", "", "", "Jl. Prof. Dr. W. Z. Johannes, Waingapu", "2025"],
             ("Waingapu", "20 Januari 2025", "Yohanis Umbu Ndapa, S.E.", "19780312 200501 1 004"), lalu=pk_ref,
             bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja Organisasi", ""))

    rows = [  # key, satuan cell, unit, arah, target, realisasi, grade
        ("partisipasi", "%", "persen", "naik", 80.0, 82.47),
        ("perempuan", "%", "persen", "naik", 80.0, 85.12),
        ("pemutakhiran", "%", "persen", "naik", 100.0, 100.0),
        ("pelanggaran", "%", "persen", "turun", 5.0, 1.37),
        ("sengketa", "%", "persen", "naik", 100.0, 100.0),
        ("akip", "Predikat", "predikat", None, "BB", "B"),
        ("opini", "Opini", "opini", None, "WTP", "WTP"),
        ("kompetensi", "%", "persen", "naik", 85.0, 81.25),
    ]
    d.P("Hasil pengukuran kinerja atas seluruh indikator Perjanjian Kinerja Tahun 2024, lengkap dengan "
        "target, realisasi dan persentase capaiannya, disajikan pada Lampiran 2. Uraian berikut "
        "membahas setiap sasaran secara naratif tanpa mengulang angka tabel.")
    for k in ("partisipasi", "pelanggaran", "kompetensi"):
        d.PP(analisis(c, IND[k].lower()))
    d.P("Tingkat kehadiran pemilih pada Pemilu 14 Februari 2024 dan Pemilihan 27 November 2024 "
        "berbeda di setiap kecamatan; kecamatan di wilayah pesisir selatan mencatat kehadiran "
        "tertinggi, sedangkan kecamatan di wilayah pedalaman mencatat kehadiran terendah karena jarak "
        "tempuh ke TPS.")
    d.FF()
    d.L("B. Akuntabilitas Kinerja Instansi Pemerintah dan Reformasi Birokrasi", "")
    d.P("Berdasarkan Laporan Hasil Evaluasi atas Implementasi SAKIP yang diterima pada bulan Oktober "
        f"2024, KPU Kabupaten Sumba Timur memperoleh nilai {id_dec(skor('5311', 2023))} dengan predikat "
        f"{predikat(skor('5311', 2023))} atas kinerja tahun 2023, meningkat dibandingkan nilai "
        f"{id_dec(skor('5311', 2022))} ({predikat(skor('5311', 2022))}) atas kinerja tahun 2022.")
    nilai_akip(d, "5311", 2023, 2022)
    d.P("Nilai evaluasi pelaksanaan Reformasi Birokrasi Tahun 2024 beserta rincian komponen "
        "pengungkit dan komponen hasil dapat dilihat pada Lampiran 5.")
    d.L("C. Realisasi Anggaran", "")
    progs, tot = anggaran("st24", {"3355": 1.2, "3358": 0.5, "3360": 1.1},
                          {"6709": 1.5, "6867": 9.0, "6871": 6.0, "6872": 8.0})
    d.P("Rincian pagu dan realisasi anggaran per program dan kegiatan Tahun Anggaran 2024 disajikan "
        "pada Lampiran 3, sedangkan perbandingan lima tahun terakhir pada Lampiran 6. Di luar DIPA, "
        "Pemerintah Kabupaten Sumba Timur menyalurkan dana hibah Pemilihan Bupati dan Wakil Bupati "
        "sebesar Rp 24.615.000.000 melalui Naskah Perjanjian Hibah Daerah; pertanggungjawaban dana "
        "hibah tersebut disampaikan dalam laporan tersendiri.")
    d.L("D. Daftar Pemilih", "")
    d.P("Pada tahun 2024 KPU Kabupaten Sumba Timur melaksanakan dua pemilihan. Rekapitulasi Daftar "
        "Pemilih Tetap kedua pemilihan, beserta Daftar Pemilih Tambahan (DPTb) dan Daftar Pemilih "
        "Khusus (DPK), disajikan berdampingan pada Lampiran 4.")
    d.FF()

    def lampiran(d):
        d.FF()
        d.L("LAMPIRAN", "", "Lampiran 1. Perjanjian Kinerja Tahun 2024", "")
        d.R("No", "Sasaran Strategis", "Indikator Kinerja", "Target")
        sas = ["Meningkatnya partisipasi dan kualitas pemilih", "", "Terselenggaranya pemutakhiran data pemilih",
               "Meningkatnya integritas penyelenggara", "", "Terwujudnya tata kelola yang akuntabel", "", ""]
        for i, (k, sc, un, ar, t, r) in enumerate(rows, 1):
            d.R(i, sas[i - 1], IND[k], t if isinstance(t, str) else f"{id_dec(t)}%")
        d.B()
        d.L("Lampiran 2. Pengukuran Kinerja Tahun 2024", "")
        d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Ket.")
        for i, (k, sc, un, ar, t, r) in enumerate(rows, 1):
            if isinstance(t, str):
                ok = {"B": "Tidak Tercapai", "WTP": "Tercapai"}[r]
                cell = "-" if r == "B" else "100"
                d.R(i, IND[k], sc, t, r, cell, ok)
                d.capaian(IND[k], t, None, r, None, un, cell, grade=True)
            else:
                cell = cp(t, r, ar)
                d.R(i, IND[k], sc, id_dec(t), id_dec(r), cell,
                    "Tercapai" if capai(t, r, ar) >= 100 else "Tidak Tercapai")
                d.capaian(IND[k], id_dec(t), t, id_dec(r), r, un, cell, arah=ar)
        d.L("Sumber: Subbagian Perencanaan, Data dan Informasi", "")
        d.FF()
        d.L("Lampiran 3. Realisasi Anggaran per Program dan Kegiatan Tahun Anggaran 2024", "")
        d.R("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%")
        tabel_anggaran(d, progs, tot, lambda k, ind, u, p, x: (k, u, id_int(p), id_int(x), id_dec(serapan(p, x))))
        d.B()
        d.L("Lampiran 4. Rekapitulasi Daftar Pemilih Tetap, DPTb dan DPK Tahun 2024", "")
        d.R("No", "Jenis Pemilihan", "Penetapan DPT", "Jumlah TPS", "L", "P", "L+P", "DPTb", "DPK")
        pem, pil = dpt_of("5311", "pemilu", 2024), (507, 95704, 93122, 188826)
        d.R(1, "Pemilu Presiden dan Wakil Presiden, DPR, DPD dan DPRD", "21 Juni 2023", pem[0],
            id_int(pem[1]), id_int(pem[2]), id_int(pem[3]), "1.486", "377")
        d.R(2, "Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati", "20 September 2024",
            pil[0], id_int(pil[1]), id_int(pil[2]), id_int(pil[3]), "-", "1.032")
        for pm, v in (("pemilu", pem), ("pilkada", pil)):
            d.dpt(pm, 2024, "kabupaten", "Kabupaten Sumba Timur", None, v[0], v[1], v[2],
                  tidak=["jumlah_desa"])
        d.L("Keterangan: DPTb dan DPK tidak termasuk dalam jumlah DPT.", "")
        d.FF()
        d.L("Lampiran 5. Nilai Evaluasi Reformasi Birokrasi Tahun 2024", "")
        d.R("No", "Komponen", "Bobot", "Nilai", "Persentase")
        d.R(1, "Komponen Pengungkit", "23,10", "16,02", "69,35%")
        d.R(2, "Komponen Hasil", "13,20", "9,12", "69,09%")
        d.R("", "Nilai Reformasi Birokrasi", "36,30", "25,14", "69,26%")
        d.rb(2024, 25.14, 36.3, 69.26)
        d.B()
        d.L("Lampiran 6. Pagu dan Realisasi Anggaran Tahun 2020-2024", "")
        d.R("Tahun Anggaran", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)")
        years = [(2020,) + total_of("5311", 2020), (2021, 3512640000, 3401277510),
                 (2022,) + total_of("5311", 2022), (2023, 12476530000, 12201146822), (2024,) + tot]
        for y, p, x in years:
            d.R(y, id_int(p), id_int(x), id_dec(serapan(p, x)))
            if y != 2024:
                d.ang("TOTAL", "total", "", p, x, serapan(p, x), tahun=y)
        d.L("Sumber: Aplikasi SAKTI dan OM-SPAN, diolah", "")
        d.L("Lampiran 7. Perkembangan Partisipasi Pemilih", "")
        d.R("Tahun", "Pemilu/Pemilihan", "Partisipasi Pemilih (%)", "Partisipasi Pemilih Perempuan (%)")
        for y, jenis, a, b in ((2019, "Pemilu Serentak", 81.07, 83.4), (2020, "Pemilihan Bupati", 79.64, 81.92),
                               (2024, "Pemilu dan Pemilihan", 82.47, 85.12)):
            d.R(y, jenis, id_dec(a), id_dec(b))
            d.seri(IND["partisipasi"], y, "realisasi", id_dec(a), a, "persen")
            d.seri(IND["perempuan"], y, "realisasi", id_dec(b), b, "persen")

    selesai(d, c, lampiran=lampiran)


def tts_2024():
    c = kpu("Timor Tengah Selatan", "Tahun 2024")
    d = buka("dev7/lkj-tts-2024.txt", "5302", 2024, 96, c, ["LAPORAN", "KINERJA", "", "KOMISI PEMILIHAN UMUM", "KABUPATEN", "TIMOR TENGAH SELATAN",
                  "", "TAHUN", "2024"],
             ("Soe", "24 Januari 2025", "Marthen L. Nenoliu, S.Sos., M.Si.", "19750611 200212 1 003"), bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Pengukuran Capaian Kinerja", ""))
    rows = [("partisipasi", 77.5, 79.86, "naik"), ("disabilitas", 70.0, 58.4, "naik"),
            ("tidak_terdaftar", 3.0, 1.84, "turun"), ("jadwal", 100.0, 100.0, "naik"),
            ("logistik", 100.0, 98.7, "naik"), ("sarana", 90.0, 93.15, "naik")]
    tabel_capaian(d, "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024", ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"), rows,
                  lambda i, ind, tt, rt, cell: (i, ind, tt, rt, f"{cell}%"))
    d.L("Sumber: Data olahan Subbagian Perencanaan, Data dan Informasi", "")
    bahas(d, c, [r[0] for r in rows[:3]], "B. Evaluasi Akuntabilitas Kinerja")
    v = skor("5302", 2023)
    d.P(f"Hasil Evaluasi AKIP Tahun 2023 yang diterima KPU Kabupaten Timor Tengah Selatan pada tahun 2024 "
        f"adalah {predikat(v)} ({id_dec(v)}). Rekomendasi evaluator terutama menyangkut keselarasan "
        "indikator kinerja individu dengan indikator kinerja organisasi dan pemanfaatan hasil "
        "pengukuran kinerja triwulanan.")
    d.sakip("5302", 2023, v)
    d.L("C. Daftar Pemilih", "")
    pem = dpt_of("5302", "pemilu", 2024)
    d.P(f"Daftar Pemilih Tetap Pemilu Tahun 2024 yang ditetapkan dalam rapat pleno terbuka tanggal 21 Juni "
        f"2023 berjumlah {thin(pem[3])} pemilih, terdiri atas {thin(pem[1])} pemilih laki-laki dan "
        f"{thin(pem[2])} pemilih perempuan yang tersebar di {thin(pem[0])} TPS.")
    d.dpt("pemilu", 2024, "kabupaten", "Kabupaten Timor Tengah Selatan", None, pem[0], pem[1], pem[2],
          tidak=["jumlah_desa"])
    d.P("Untuk Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati Tahun 2024, DPT "
        "ditetapkan pada tanggal 21 September 2024 dengan rincian per kecamatan sebagai berikut.")
    kec = [k for k in KEC_TTS]
    tot = (770, 171843, 179196)
    w = [l + p for _, l, p in kec]
    r = random.Random("tts-pilkada")
    tps = [max(8, int(tot[0] * x / sum(w))) for x in w]
    tps[0] += tot[0] - sum(tps)
    ls = [int(tot[1] * (l + p) / sum(w) * r.uniform(0.985, 1.015)) for _, l, p in kec]
    ls[-1] = tot[1] - sum(ls[:-1])
    ps = [int(tot[2] * (l + p) / sum(w) * r.uniform(0.985, 1.015)) for _, l, p in kec]
    ps[-1] = tot[2] - sum(ps[:-1])

    def head(d):
        d.L("Tabel 3.2 DPT Pemilihan Tahun 2024 per Kecamatan", "")
        d.R("No", "Kecamatan", "TPS", "L", "P", "L+P")
    head(d)
    for i, ((nm, _, _), t, l, p) in enumerate(zip(kec, tps, ls, ps), 1):
        if i == 18:
            d.L("", "LKj KPU Kabupaten Timor Tengah Selatan 2024" + "\t" + "27")
            d.FF()
            d.L("Tabel 3.2 (lanjutan)")
            d.R("No", "Kecamatan", "TPS", "L", "P", "L+P")
        d.R(i, nm.title().replace("'O", "'o"), t, thin(l), thin(p), thin(l + p))
        d.dpt("pilkada", 2024, "kecamatan", nm, None, t, l, p, tidak=["jumlah_desa"])
    d.R("", "Jumlah", thin(tot[0]) if tot[0] < 1000 else thin(tot[0]), thin(tot[1]), thin(tot[2]),
        thin(tot[1] + tot[2]))
    d.dpt("pilkada", 2024, "kabupaten", "Kabupaten Timor Tengah Selatan", None, *tot, tidak=["jumlah_desa"])
    d.L("Sumber: Keputusan KPU Kabupaten Timor Tengah Selatan tentang Penetapan DPT Pemilihan 2024", "")
    d.FF()
    d.L("D. Realisasi Anggaran", "")
    progs, tt = anggaran("tts24", {"3355": 1.4, "3360": 1.3}, {"6867": 12.0, "6872": 14.5})
    d.P("Pada Tahun Anggaran 2024 KPU Kabupaten Timor Tengah Selatan mengelola DIPA dengan rincian "
        "program dan kegiatan sebagai berikut (dalam rupiah).")
    d.L("Tabel 3.3 Realisasi Anggaran Tahun 2024", "")
    d.R("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%")
    tabel_anggaran(d, progs, tt, lambda k, ind, u, p, x: (k, u, thin(p), thin(x), thin(p - x),
                                                          id_dec(serapan(p, x))), "Total")
    d.B()
    d.P("Sisa anggaran terutama berasal dari efisiensi honorarium badan ad hoc dan belanja perjalanan "
        "dinas. Selain itu, saldo persediaan barang konsumsi per 31 Desember 2024 tercatat sebesar "
        f"{thin(412675300)} rupiah dan tidak termasuk realisasi belanja.")
    selesai(d, c)


# Kecamatan of TTS as dev3 prints them for Pemilu 2024 (name, L, P): the Pilkada split follows them
KEC_TTS = []


def _kec_tts():
    import glob, json
    for f in glob.glob(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                    "dev3", "truth", "*.json")):
        t = json.load(open(f, encoding="utf-8"))
        for x in t["dpt"]:
            if x["satker_id"] == "5302" and x["tingkat_wilayah"] == "kecamatan":
                KEC_TTS.append((x["wilayah"], x["pemilih_l"], x["pemilih_p"]))


_kec_tts()


def ende_2023():
    c = kpu("Ende", "Tahun 2023")
    d = buka("dev7/lkj-ende-2023.txt", "5308", 2023, 92, c, ["LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN ENDE TAHUN 2023", "", "",
                  "Jalan Eltari No. 5, Ende, Flores, Nusa Tenggara Timur"],
             ("Ende", "29 Januari 2024", "Drs. Fransiskus X. Bata", "19700405 199803 1 006"), bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "3.1 Capaian Kinerja", ""))
    d.P("Tabel berikut menyandingkan target jangka menengah dalam Rencana Strategis dengan target "
        "tahunan yang disepakati dalam Perjanjian Kinerja Tahun 2023. Capaian dihitung terhadap "
        "target Perjanjian Kinerja; kolom Realisasi 2022 menunjukkan kinerja tahun lalu sebagai "
        "pembanding.")
    rows = [  # key, satuan, unit, arah, real 2022, renstra, pk, real 2023
        ("pemutakhiran", "%", "persen", "naik", 100.0, 100.0, 100.0, 100.0),
        ("informasi", "Nilai", "nilai", "naik", 71.3, 80.0, 75.0, 78.62),
        ("sengketa", "%", "persen", "naik", None, 100.0, 100.0, 100.0),
        ("pelanggaran", "%", "persen", "turun", 2.0, 5.0, 5.0, 2.86),
        ("kompetensi", "%", "persen", "naik", 83.4, 90.0, 85.0, 87.35),
        ("sarana", "%", "persen", "naik", 86.25, 95.0, 90.0, 88.9),
        ("simonika", "%", "persen", "naik", 100.0, 100.0, 100.0, 100.0),
        ("arsip", "%", "persen", "naik", None, 85.0, 80.0, 84.6),
    ]
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2023", "")
    d.R("No", "Indikator Kinerja", "Satuan", "Realisasi 2022", "Target Renstra 2023", "Target PK 2023",
        "Realisasi 2023", "Capaian (%)")
    for i, (k, sc, un, ar, r22, ren, pk, r23) in enumerate(rows, 1):
        cell = cp(pk, r23, ar)
        d.R(i, IND[k], sc, "-" if r22 is None else id_dec(r22), id_dec(ren), id_dec(pk), id_dec(r23), cell)
        d.capaian(IND[k], id_dec(pk), pk, id_dec(r23), r23, un, cell, arah=ar)
        d.seri(IND[k], 2022, "realisasi", "-" if r22 is None else id_dec(r22), r22, un)
    d.L("Sumber: Renstra KPU Kabupaten Ende 2020-2024, PK 2023 dan data realisasi 2023", "")
    bahas(d, c, ("informasi", "sarana"), "3.2 Evaluasi AKIP")
    own = skor("5308", 2022)
    d.P(f"Hasil Evaluasi AKIP Tahun 2022 yang disampaikan KPU RI pada tahun 2023 menempatkan KPU Kabupaten "
        f"Ende pada nilai {id_dec(own)} atau predikat {predikat(own)}. Sebagai bahan pembanding, hasil "
        "evaluasi seluruh satuan kerja di lingkungan KPU Provinsi Nusa Tenggara Timur dikelompokkan "
        "menurut predikat sebagai berikut.")
    d.L("Tabel 3.2 Hasil Evaluasi AKIP Tahun 2022 Satuan Kerja se-Provinsi NTT menurut Predikat", "")
    d.R("No", "Satuan Kerja", "Nilai")
    vals = sorted(((skor(s, 2022), s) for s in ORDER), reverse=True)
    label = {"BB": "Predikat BB (Sangat Baik)", "B": "Predikat B (Baik)", "CC": "Predikat CC (Cukup)",
             "A": "Predikat A (Memuaskan)"}
    n, cur = 0, None
    for v, s in vals:
        p = predikat(v)
        if p != cur:
            d.L(label[p])
            cur = p
        n += 1
        nm = "KPU Provinsi Nusa Tenggara Timur" if s == "53" else \
            ("KPU Kota Kupang" if s == "5371" else f"KPU Kabupaten {NAMA[s]}")
        d.R(n, nm, id_dec(v))
        d.sakip(s, 2022, v)
    d.L("Sumber: Laporan Hasil Evaluasi AKIP KPU Tahun 2022", "")
    d.FF()
    d.L("3.3 Realisasi Anggaran", "")
    progs, tt = anggaran("en23", {"3355": 1.1, "3360": 1.2}, {"6640": 1.4, "6709": 1.1, "6867": 6.5})
    awal = 9654200000
    d.P(f"DIPA induk KPU Kabupaten Ende Tahun Anggaran 2023 ditetapkan sebesar Rp {id_int(awal)}. Sepanjang "
        f"tahun DIPA mengalami 4 kali revisi; revisi ketiga menambah pagu sebesar Rp "
        f"{id_int(tt[0] - awal)} untuk kebutuhan pembentukan badan ad hoc Pemilu 2024.")
    d.L("Tabel 3.3 Realisasi Anggaran per Program dan Kegiatan Tahun 2023", "")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan")
    tabel_anggaran(d, progs, tt, lambda k, ind, u, p, x: (f"{ind[-2:]}.{k}" if ind else k[-2:], u, id_int(p),
                                                          id_int(x), id_int(p - x), f"{id_dec(serapan(p, x))}%"))
    d.t["anggaran"][0]["pagu_awal"] = awal
    d.t["anggaran"][0]["revisi_dipa"] = 4
    d.B()
    selesai(d, c)


def manggarai_timur_2022():
    c = kpu("Manggarai Timur", "Tahun 2022")
    d = buka("dev7/lkj-manggarai-timur-2022.txt", "5319", 2022, 98, c, ["LAPORAN KINERJA (LKj)", "TAHUN 2022", "", "SEKRETARIAT KOMISI PEMILIHAN UMUM",
                  "KABUPATEN MANGGARAI TIMUR", "", "Borong"],
             ("Borong", "30 Januari 2023", "Kornelius Jehamat, S.H.", "19761020 200312 1 002"), intro=2)
    rows = [("pemutakhiran", 100.0, 100.0, "naik"), ("informasi", 75.0, 79.4, "naik"),
            ("kompetensi", 85.0, 83.3, "naik"), ("sarana", 90.0, 94.2, "naik"),
            ("gaji", 100.0, 100.0, "naik"), ("arsip", 80.0, 86.75, "naik")]
    tabel_capaian(d, "Tabel 3.1 Capaian Kinerja Tahun 2022", ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"), rows,
                  lambda i, ind, tt, rt, cell: (i, ind, tt, rt, f"{cell}%"))
    huruf(d, (7, IND["akip"], "BB", "В", "-"), "akip", "BB", "B", "-")
    d.L("Sumber: Subbagian Perencanaan, Data dan Informasi", "")
    bahas(d, c, ["kompetensi"], "B. Perkembangan Nilai Evaluasi AKIP")
    d.P("Perkembangan hasil evaluasi akuntabilitas kinerja KPU Kabupaten Manggarai Timur selama empat "
        "tahun terakhir, lengkap dengan nilai setiap komponen, disajikan pada tabel berikut. Evaluasi "
        "atas kinerja tahun 2021 diterima pada tahun 2022.")
    d.L("Tabel 3.2 Nilai Komponen Evaluasi AKIP menurut Tahun yang Dinilai", "")
    d.R("Tahun yang Dinilai", "Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)",
        "Pelaporan Kinerja (15)", "Evaluasi Internal (25)", "Nilai Akhir", "Predikat")
    for y in (2018, 2019, 2020, 2021):
        ks = komponen("5319", y)
        v = skor("5319", y)
        assert abs(sum(x for _, x in ks.values()) - v) < 0.005
        p = predikat(v)
        d.R(y, *[id_dec(ks[k][1]) for k in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")],
            id_dec(v), p.replace("B", "В") if y >= 2020 else p)
        d.sakip("5319", y, v)
        d.komp(y, ks)
    d.L("Sumber: Laporan Hasil Evaluasi AKIP KPU Tahun 2019-2022", "")
    d.P("Kenaikan nilai pada tahun yang dinilai 2021 terutama berasal dari komponen perencanaan "
        "kinerja, setelah indikator kinerja individu diselaraskan dengan Perjanjian Kinerja.")
    d.L("C. Realisasi Anggaran per Rincian Output", "")
    d.P("Realisasi anggaran Tahun 2022 disajikan sampai tingkat rincian output (RO). Seluruh anggaran "
        "bersumber dari Rupiah Murni (RM).")
    r = random.Random("mt22")
    spec = [("076.01.WA", [("3355", [("EBA.994", "Layanan Dukungan Manajemen Internal", 640),
                                     ("EBA.956", "Layanan BMN", 210)]),
                           ("3360", [("EBA.962", "Layanan Umum", 380),
                                     ("EBB.951", "Layanan Sarana Internal", 1450)])]),
            ("076.01.CQ", [("6640", [("QDC.001", "Data Pemilih yang Dimutakhirkan", 520)]),
                           ("6709", [("QDB.001", "Sosialisasi dan Pendidikan Pemilih", 330)])])]
    table = []
    gp = gx = 0
    for prog, kegs in spec:
        prow = []
        pp = px = 0
        for k, outs in kegs:
            orows = []
            kp = kx = 0
            for code, nm, w in outs:
                op = int(w * r.uniform(0.95, 1.05)) * 1000000 + r.randint(1, 99) * 10000
                ox = int(op * r.uniform(0.92, 0.99))
                orows.append((f"{k}.{code}", nm, op, ox))
                kp += op
                kx += ox
            prow.append((k, orows, kp, kx))
            pp += kp
            px += kx
        table.append((prog, prow, pp, px))
        gp += pp
        gx += px
    d.L("Tabel 3.3 Realisasi Anggaran Tahun 2022 menurut Rincian Output", "")
    d.R("Kode", "Uraian", "Sumber Dana", "Pagu", "Realisasi", "Sisa", "%")

    def row(code, nm, p, x, tk, induk):
        d.R(code, nm, "RM", id_int(p), id_int(x), id_int(p - x), id_dec(serapan(p, x)))
        d.ang(code, tk, induk, p, x, serapan(p, x))
    d.ang("TOTAL", "total", "", gp, gx, serapan(gp, gx))
    for prog, prow, pp, px in table:
        row(prog, PROG[prog], pp, px, "program", "")
        for k, orows, kp, kx in prow:
            row(k, KEG[k], kp, kx, "kegiatan", prog)
            for code, nm, op, ox in orows:
                row(code, nm, op, ox, "output", k)
    d.R("", "Jumlah", "", id_int(gp), id_int(gx), id_int(gp - gx), id_dec(serapan(gp, gx)))
    d.B()
    d.P("Sisa anggaran pada rincian output Layanan Sarana Internal berasal dari selisih harga "
        "pengadaan kendaraan roda dua setelah proses e-purchasing.")
    selesai(d, c)


if __name__ == "__main__":
    sumba_timur_2024()
    tts_2024()
    ende_2023()
    manggarai_timur_2022()
