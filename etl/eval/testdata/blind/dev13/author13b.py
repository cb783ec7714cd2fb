#!/usr/bin/env python3
# dev13/ documents 7-12: Alor 2021 (every table's header row printed under its rows; DPTb and
# DPK columns beside the DPT), Sikka 2022 (a newsletter layout: prose in two columns side by side
# as pdftotext -layout gives it, tables across the page), Lembata 2022 (the RTF source of the
# report, flattened), Provinsi NTT 2021 (tables running over a page, the budget with carried sums
# (`Jumlah dipindahkan` / `Pindahan`); the all-satker SAKIP 2020 table), Malaka 2021 (the SAKIP worksheet (LKE) with
# sub-components under each component), Kabupaten Kupang 2022 (the budget as a SAKTI realisation
# report: realisasi up to last period, this period and up to this period).
# Run from etl/eval/testdata/blind/:   python3 dev13/author13b.py
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common13 import (anggaran_std, bahas, baris, cap_lama, CAP_HEAD, capaian_std, dok, dpt_kab, dua_kolom, DPT_HEAD,  # noqa: E402
                      id_dec, id_int, KOMP_ID, komp_std, kec_baris, kec_lama, NAMA, ORDER, predikat, r_bawah, r_lanjut, r_rtf,
                      r_tab, rb_std, riwayat, rtf_dokumen, sec_anggaran, sec_capaian, sec_dpt, sec_dpt_prosa,
                      sec_sakip, selesai, serapan, skor, sumber, tahun_lalu, total_of)
from common11 import dpt_of  # noqa: E402
from lib import tulis  # noqa: E402


def sebelum_tulis(d, ubah):
    """ubah(d) run on the finished lines just before the document and its truth are written."""
    w = d.write
    d.write = lambda: (ubah(d), w())


def alor_2021():
    """Alor 2021: every table's header row printed under its rows; DPTb and DPK beside the DPT."""
    c, d = dok("lkj-alor-2021", "Alor", "Kalabahi|28 Januari 2022|Yakobus Mautuka, S.Sos.|19760915 200312 1 006",
               ["LAPORAN", "KINERJA", "", "SEKRETARIAT KPU KABUPATEN ALOR", "", "TAHUN 2021"])
    d.P("Tabel-tabel pada laporan ini dicetak dari templat lama yang menempatkan baris judul kolom di bagian "
        "bawah tabel, tepat di atas sumber data.")
    rows = cap_lama("5305", 2021, baris("pemutakhiran 100 100, kompetensi 80 76.45, sarana 90 93.2, pelanggaran- 5 0, simonika 100 97.92"))
    sec_capaian(d, c, r_bawah((0, 1, 4, 3, 2, 5)), rows, ["kompetensi"])
    sec_sakip(d, r_bawah(), 2020)
    hist = riwayat(d, (2018, 2019))
    d.P(f"Nilai tahun kinerja 2018 dan 2019 masing-masing {id_dec(hist[0][1])} ({predikat(hist[0][1])}) dan "
        f"{id_dec(hist[1][1])} ({predikat(hist[1][1])}).")
    nb = rb_std(d, 2021, 21.46)
    r_bawah()(d, "Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2021", ("Uraian", "Nilai", "Bobot", "Persentase"),
              [["Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    sec_anggaran(d, r_bawah((0, 1, 3, 2, 4, 5)), "u13al21")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    dptb = {}
    sel = lambda i, n, de, t, a, b: [i, n, de, t, id_int(a), id_int(b), id_int(a + b),
                                     id_int(dptb.setdefault(n, 40 + len(n) * 7 % 90)), id_int(dptb.get(n, 0) // 3 + 5)]
    kec = kec_lama(d.satker, "pemilu", 2019)
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("DPT Pemilu 2019 per kecamatan menjadi dasar pemutakhiran berkelanjutan. Kolom DPTb (pemilih pindahan) "
        "dan DPK (pemilih khusus) dicatat terpisah dan tidak termasuk dalam jumlah DPT L+P.")
    rk = kec_baris(d, "pemilu", 2019, kec, "JUMLAH", sel)
    rk[-1][7] = id_int(sum(40 + len(n.upper()) * 7 % 90 for n, *_ in kec))
    rk[-1][8] = id_int(sum((40 + len(n.upper()) * 7 % 90) // 3 + 5 for n, *_ in kec))
    r_bawah()(d, "Tabel 3.4 DPT, DPTb dan DPK Pemilu 2019 per Kecamatan", DPT_HEAD + ("DPTb", "DPK"), rk)
    sumber(d)
    selesai(d, c)


def sikka_2022():
    """Sikka 2022: a newsletter layout, prose in two columns side by side; RB and SAKIP history in prose."""
    c, d = dok("lkj-sikka-2022", "Sikka", "Maumere|27 Januari 2023|Fransiskus Xaverius Moa, S.H.|19770203 200501 1 009",
               ["LAPORAN KINERJA 2022", "Sekretariat KPU Kabupaten Sikka", "Edisi cetak untuk pemangku kepentingan"])
    rows = cap_lama("5307", 2022, baris("pemutakhiran 100 100, kompetensi 85 80.61, sarana 90 92.37, simonika 100 96.52, gaji 100 100"))
    sec_capaian(d, c, r_tab, rows, ["kompetensi", "simonika"])
    s = sec_sakip(d, r_tab, 2021)
    hist = riwayat(d, (2019, 2020))
    nb = rb_std(d, 2022, 22.95)
    d.P(f"Dalam tiga tahun terakhir nilai AKIP Sekretariat bergerak dari {id_dec(hist[0][1])} pada tahun kinerja 2019 "
        f"menjadi {id_dec(hist[1][1])} pada tahun kinerja 2020, lalu {id_dec(s)} pada tahun kinerja 2021. Predikat "
        f"{predikat(s)} dipertahankan. Selain itu evaluasi Reformasi Birokrasi tahun 2022 memberikan nilai "
        f"{id_dec(nb[0])} dari bobot {id_dec(nb[1])} atau {id_dec(nb[2])} persen, terutama ditopang komponen "
        "penataan tata laksana dan penguatan akuntabilitas yang terus dibenahi sepanjang tahun berjalan.")
    sec_anggaran(d, r_tab, "u13sk22")
    sec_dpt(d, r_tab, "pemilu", 2019, label="JUMLAH")
    sumber(d)
    sebelum_tulis(d, dua_kolom)
    selesai(d, c)


def lembata_2022():
    """Lembata 2022: the report's RTF source (flattened); RB in prose."""
    c, d = dok("lkj-lembata-2022", "Lembata", "Lewoleba|30 Januari 2023|Gregorius Amo Lamawuran, S.Sos.|19780426 200604 1 003",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2022"], flat=True)
    rows = cap_lama("5313", 2022, baris("pemutakhiran 100 100, kompetensi 80 78.27, sarana 85 88.34, sengketa 100 100, tidak_terdaftar- 2 1.57"))
    sec_capaian(d, c, r_rtf((567, 4536, 1134, 1134, 1134, 1134)), rows, ["kompetensi"])
    sec_sakip(d, r_rtf((567, 4536, 1134, 1134)), 2021)
    nb = rb_std(d, 2022, 21.37)
    d.P(f"Adapun evaluasi Reformasi Birokrasi tahun 2022 memberikan nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])}, atau {id_dec(nb[2])} persen.")
    sec_anggaran(d, r_rtf((1134, 3969, 1701, 1701, 1417, 1134)), "u13lb22")
    sec_dpt(d, r_rtf((567, 2835, 1134, 1134, 1417, 1417, 1417)), "pemilu", 2019, label="JUMLAH")
    sebelum_tulis(d, rtf_dokumen)
    selesai(d, c)


def provinsi_ntt_2021():
    """Provinsi NTT 2021: tables running over a page (`Lanjutan Tabel …`, the budget with carried
    sums `Jumlah dipindahkan` / `Pindahan`); the all-satker SAKIP 2020 table; RB table; DPT in prose."""
    c, d = dok("lkj-provinsi-ntt-2021", "Provinsi Nusa Tenggara Timur", "Kupang|31 Januari 2022|Drs. Yosef Nuwa Maran|19680505 199403 1 012",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "PROVINSI NUSA TENGGARA TIMUR", "TAHUN 2021"])
    K = "LKj Sekretariat KPU Provinsi NTT Tahun 2021"
    rows = cap_lama("53", 2021, baris("kompetensi 85 81.3, sarana 90 92.56, jadwal 100 100, pemutakhiran 100 100, simonika 100 95.83"))
    sec_capaian(d, c, r_lanjut(4, K), rows, ["kompetensi"])
    s = sec_sakip(d, r_tab, 2020)
    nb = rb_std(d, 2021, 23.74)
    d.P("Hasil evaluasi Reformasi Birokrasi tahun 2021:")
    r_tab(d, "Tabel 3.2a Nilai Reformasi Birokrasi Tahun 2021", ("Uraian", "Nilai", "Bobot", "Persentase (%)"),
                                   [["Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    d.FF()
    d.L("C. Hasil Evaluasi AKIP Satuan Kerja se-Provinsi", "")
    d.P("Hasil Evaluasi AKIP Tahun 2020 atas seluruh satuan kerja KPU di Provinsi Nusa Tenggara Timur yang "
        "disampaikan Inspektorat Utama KPU pada tahun 2021:")
    rs = []
    for i, sk in enumerate(ORDER, 1):
        v = skor(sk, 2020)
        nama = "KPU Provinsi NTT" if sk == "53" else ("KPU Kota Kupang" if sk == "5371" else "KPU Kab. " + NAMA[sk])
        rs.append([i, nama, id_dec(v), predikat(v)])
        if sk != "53":
            d.sakip(sk, 2020, v)
    assert skor("53", 2020) == s
    r_lanjut(14, K)(d, "Tabel 3.2b Hasil Evaluasi AKIP Tahun 2020 per Satuan Kerja",
                                            ("No", "Satuan Kerja", "Nilai", "Predikat"), rs)
    sec_anggaran(d, r_lanjut(3, K, (lambda x: str(x[0]).isdigit(), {2, 3, 4})), "u13pr21", judul="D. Realisasi Anggaran",
                 pre="Pagu DIPA Sekretariat KPU Provinsi Nusa Tenggara Timur Tahun Anggaran 2021 setelah revisi dan "
                     "realisasinya menurut program dan kegiatan (dalam rupiah).")
    tps, l, p, tot = dpt_of("53", "pemilu", 2019)
    d.FF()
    d.L("E. Data Pemilih", "")
    d.P(f"Pemutakhiran data pemilih berkelanjutan tahun 2021 berpijak pada DPT Pemilu 2019 Provinsi Nusa Tenggara "
        f"Timur sebanyak {id_int(tot)} pemilih, terdiri atas {id_int(l)} laki-laki dan {id_int(p)} perempuan, "
        f"yang tersebar di {id_int(tps)} TPS pada 22 kabupaten/kota.")
    d.dpt("pemilu", 2019, "provinsi", "Nusa Tenggara Timur", None, tps, l, p, tot, tidak=["jumlah_desa"])
    for r in d.t["capaian"]:
        r["indikator"] = r["indikator"].replace("KPU Kabupaten", "KPU Provinsi")
    d.lines = [ln.replace("KPU Kabupaten", "KPU Provinsi") if "\t" in ln else ln for ln in d.lines]
    selesai(d, c)


LKE_SUB = (("a", "Keberadaan", 0.2), ("b", "Kualitas", 0.3), ("c", "Pemanfaatan", 0.5))


def malaka_2021():
    """Malaka 2021: the SAKIP worksheet (LKE) with sub-components a-c under each component."""
    c, d = dok("lkj-malaka-2021", "Malaka", "Betun|26 Januari 2022|Yoseph Seran Klau, S.Pd.|19790707 200501 1 014",
               ["LKj", "KPU KAB. MALAKA", "T.A. 2021"])
    rows = cap_lama("5321", 2021, baris("kompetensi 75 77.38, sarana 85 86.41, simonika 100 95.83, gaji 100 100, arsip 70 68.27"))
    sec_capaian(d, c, r_tab, rows, ["arsip"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2020)
    d.P(f"Evaluasi atas implementasi SAKIP tahun 2020 dituangkan dalam Lembar Kerja Evaluasi (LKE). Nilai akhir "
        f"{id_dec(s)} menempatkan Sekretariat pada predikat {predikat(s)}. Rekapitulasi LKE per komponen dan sub "
        "komponen adalah sebagai berikut; kolom % menunjukkan nilai terhadap bobot masing-masing baris.")
    rnd = random.Random("u13ml21lke")
    d.L("Tabel 3.2 Rekapitulasi Lembar Kerja Evaluasi AKIP Tahun 2020", "")
    d.R("No", "Komponen / Sub Komponen", "Bobot", "Nilai", "%")
    for i, (k, (b, v)) in enumerate(ks.items(), 1):
        d.R(i, KOMP_ID[k], id_dec(b), id_dec(v), id_dec(v / b * 100))
        sub, acc = [], 0.0
        for j, (huruf, nama, w) in enumerate(LKE_SUB):
            if j < 2:
                x = round(min(b * w * 0.98, v * w * rnd.uniform(0.95, 1.05)), 2)
                acc += x
            else:
                x = round(v - acc, 2)
            assert 0 < x <= b * w, (k, x)
            sub.append(x)
            d.R("", f"{i}.{huruf} {nama}", id_dec(b * w), id_dec(x), id_dec(x / (b * w) * 100))
    d.R("", "Nilai Hasil Evaluasi", "100,00", id_dec(s), "")
    d.R("", "Predikat", "", predikat(s), "")
    d.B()
    sumber(d, "Sumber: LHE AKIP Inspektorat Utama KPU Tahun 2021.")
    hist = riwayat(d, (2018, 2019))
    d.P(f"Sebagai pembanding, nilai tahun kinerja 2018 adalah {id_dec(hist[0][1])} dan tahun kinerja 2019 "
        f"{id_dec(hist[1][1])}.")
    sec_anggaran(d, r_tab, "u13ml21")
    sec_dpt(d, r_tab, "pilkada", 2020, label="Jumlah")
    sumber(d)
    selesai(d, c)


def kabupaten_kupang_2022():
    """Kabupaten Kupang 2022: the budget as a SAKTI realisation report (s.d. periode lalu, periode
    ini, s.d. periode ini); multi-year totals; RB in prose."""
    c, d = dok("lkj-kabupaten-kupang-2022", "Kupang", "Oelamasi|31 Januari 2023|Yulius Nenobais, S.E.|19750811 200212 1 005",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN KUPANG", "TAHUN 2022"])
    rows = cap_lama("5301", 2022, baris("pemutakhiran 100 100, kompetensi 85 88.2, sarana 90 86.75, jadwal 100 100, simonika 100 97.22"))
    sec_capaian(d, c, r_tab, rows, ["sarana"])
    s = sec_sakip(d, r_tab, 2021)
    nb = rb_std(d, 2022, 21.64)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022 tercatat {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    d.P("Realisasi anggaran Tahun 2022 disajikan sebagaimana dicetak dari aplikasi SAKTI (Laporan Realisasi "
        "Anggaran periode Desember). Kolom Realisasi s.d. Periode Ini adalah realisasi setahun penuh.")
    rows_a, tot = anggaran_std(d, "u13kp22", lambda k, nm, p, x, lv: [k, nm, p, x, lv])
    rnd = random.Random("u13kp22des")
    des = {}
    for k, nm, p, x, lv in rows_a:
        if lv == 2:
            des[k] = int(x * rnd.uniform(0.11, 0.21))
    ini, prog = [], None
    for k, nm, p, x, lv in rows_a:  # a program's December sums its kegiatan's, the total's all
        if lv == 1:
            prog = k
        ini.append(des[k] if lv == 2 else None)
    for i, (k, nm, p, x, lv) in enumerate(rows_a):
        if lv == 1:
            j, acc = i + 1, 0
            while j < len(rows_a) and rows_a[j][4] == 2:
                acc += ini[j]
                j += 1
            ini[i] = acc
    ini[-1] = sum(v for v, r in zip(ini, rows_a) if r[4] == 2)
    d.L("KEMENTERIAN NEGARA/LEMBAGA : (076) KOMISI PEMILIHAN UMUM",
        "UNIT ORGANISASI            : (01) SEKRETARIAT JENDERAL KOMISI PEMILIHAN UMUM",
        "SATUAN KERJA               : (677214) KPU KABUPATEN KUPANG",
        "PERIODE                    : DESEMBER 2022", "",
        "LAPORAN REALISASI ANGGARAN BELANJA PER PROGRAM/KEGIATAN", "")
    d.R("KODE", "URAIAN", "PAGU", "REALISASI S.D. PERIODE LALU", "REALISASI PERIODE INI", "REALISASI S.D. PERIODE INI",
        "SISA PAGU", "% REAL")
    for (k, nm, p, x, lv), m in zip(rows_a, ini):
        d.R(k if lv else "", nm if lv else "JUMLAH SATKER", id_int(p), id_int(x - m), id_int(m), id_int(x), id_int(p - x),
            id_dec(serapan(p, x)))
    d.B()
    d.L("Dicetak oleh: operator_bmn pada 06-01-2023 10:14:33          Halaman 1 dari 1", "")
    lalu = tahun_lalu(d, (2019, 2020, 2021))
    d.P("Perkembangan pagu dan realisasi empat tahun terakhir:")
    d.L("Tabel 3.4 Perkembangan Anggaran Tahun 2019-2022", "")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "Serapan (%)")
    for y, p, x in lalu + [(2022, *tot)]:
        d.R(y, id_int(p), id_int(x), id_dec(serapan(p, x)))
    d.B()
    sec_dpt(d, r_tab, "pemilu", 2019, label="Total Kab. Kupang", judul="D. Data Pemilih")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(alor_2021, sikka_2022, lembata_2022, provinsi_ntt_2021, malaka_2021, kabupaten_kupang_2022)
