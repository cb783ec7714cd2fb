#!/usr/bin/env python3
# dev14/ documents 7-12: Sikka 2024 (flattened: every table a web input form printed from the
# browser, values in `[ … ]` boxes), Kabupaten Kupang 2023 (spreadsheet printed with Show Formulas
# on: computed cells are formulas `=E5/D5*100`, `=C6-D6`, `=SUM(…)`, the totals stated in prose),
# TTU 2023 (typed tables with ditto marks: `s.d.a.` and `"` for a cell equal to the one above),
# Malaka 2024 (flattened: every table an SQL INSERT statement pasted from a database dump; Pilkada
# 2024 recapitulation in prose), Manggarai Barat 2019 (merged first-column cells whose words
# pdftotext spread over the rows of their group), Sumba Barat Daya 2024 (dashboard export: trend
# arrows and the change against the year before glued to the figures, `87,90 ▲ 2,45`).
# Run from etl/eval/testdata/blind/:   python3 dev14/author14b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common14 import (ANG_HEAD, anggaran_std, bahas, baris, cap_lama, capaian_x, CAP_HEAD, dok, dpt_kab,  # noqa: E402
                      en_dec, id_dec, id_int, IND, kec_baris, kecamatan, KEG, KOMP_ID, komp_std, KNOWN, NAMA,
                      predikat, PROG, r_formulir, r_sebar, r_sql, r_tab, rb_std, riwayat, sec_anggaran,
                      sakip_tabel, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, skor, sumber, tahun_lalu,
                      tanpa_lapor_anggaran, tanpa_lapor_capaian, wil)
from lib import tulis  # noqa: E402


def sikka_2024():
    """Sikka 2024: every table a web input form printed from the browser (flattened)."""
    c, d = dok("lkj-sikka-2024", "Sikka", "Maumere|27 Januari 2025|Fransiskus Xaverius Da Cunha, S.H.|19771203 200501 1 009",
               ["LAPORAN KINERJA (LKj)", "SEKRETARIAT KPU KABUPATEN SIKKA", "TAHUN 2024"], flat=True)
    d.P("Data pada bab ini dicetak dari formulir isian aplikasi e-Kinerja melalui menu Cetak peramban; setiap "
        "nilai tampil di dalam kotak isian [ ] seperti pada layar.")
    rows = cap_lama("5307", 2024, baris("kompetensi 85 88.6, sarana 90 87.35, pemutakhiran 100 100, simonika 100 97.92, tidak_terdaftar- 2 1.53"))
    sec_capaian(d, c, lambda d, cap, head, rows: r_formulir()(d, cap, [head[i] for i in (0, 1, 2, 4, 3, 5)],
                                                              [[x[i] for i in (0, 1, 2, 4, 3, 5)] for x in rows]),
                rows, ["sarana"])
    sec_sakip(d, r_formulir(), 2023)
    nb = rb_std(d, 2024, 23.51)
    d.P(f"Nilai evaluasi Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, r_formulir(), "u14sk24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    d.P("Pendapatan Negara Bukan Pajak yang disetor selama 2024 sebesar Rp 8.730.000 berasal dari sewa "
        "kendaraan dinas dan tidak termasuk realisasi belanja.")
    sec_dpt(d, r_formulir(), "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 per kecamatan sebagaimana diisikan pada formulir rekapitulasi:")
    v = dpt_kab(d, "pilkada", 2024)
    d.P(f"DPT Pemilihan Bupati dan Wakil Bupati Sikka 2024 ditetapkan sebanyak {id_int(v[3])} pemilih "
        f"(laki-laki {id_int(v[1])}, perempuan {id_int(v[2])}) pada {v[0]} TPS.")
    selesai(d, c)


def kabupaten_kupang_2023():
    """Kabupaten Kupang 2023: tables printed from a spreadsheet with Show Formulas on."""
    c, d = dok("lkj-kabupaten-kupang-2023", "Kupang", "Oelamasi|26 Januari 2024|Yohanis Kase, S.Sos.|19761020 200312 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "TAHUN 2023"])
    d.P("Catatan: tabel-tabel berikut dicetak dari lembar kerja dengan pilihan Tampilkan Rumus (Show Formulas) "
        "yang tanpa sengaja masih aktif, sehingga kolom hasil hitungan tercetak sebagai rumusnya. Kolom lembar "
        "kerja berurutan A, B, C dan seterusnya dari kiri; baris pertama setiap tabel adalah baris 4 lembar kerja.")
    rows = cap_lama("5301", 2023, baris("kompetensi 85 82.6, sarana 90 93.05, pemutakhiran 100 100, simonika 100 96.15, tidak_terdaftar- 2 1.41"))
    turun = {IND[k] for k, _, _, a in rows if a == "turun"}
    num = set()

    def rumus(cells, f):
        r = 3 + cells[0]
        if f["target_nilai"] is not None:
            cells[5] = f"=(2*D{r}-E{r})/D{r}*100" if f["indikator"] in turun else f"=E{r}/D{r}*100"
            num.add(f["indikator"])
    cells = capaian_x(d, rows, rumus)
    tanpa_lapor_capaian(d, num)
    r_tab(d, "Tabel 3.1 Pengukuran Kinerja Tahun 2023", CAP_HEAD, cells)
    sumber(d)
    bahas(d, c, ["kompetensi"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2022)
    d.P(f"Hasil Evaluasi AKIP Tahun 2022 memberikan nilai {id_dec(s)} dengan predikat {predikat(s)}. Rinciannya:")
    r_tab(d, "Tabel 3.2 Nilai Evaluasi AKIP Tahun 2022 per Komponen", ("No", "Komponen", "Bobot", "Nilai"),
          [[i, KOMP_ID[k], id_dec(b), id_dec(v)] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
          + [["", "Nilai Akhir", "=SUM(C4:C7)", "=SUM(D4:D7)"]])
    hist = riwayat(d, (2020, 2021))
    d.P(f"Nilai tahun kinerja 2020 dan 2021 masing-masing {id_dec(hist[0][1])} dan {id_dec(hist[1][1])}.")
    for y in (2022, 2023):
        if ("rb", d.satker, y) in KNOWN:
            nb = rb_std(d, y, 0)
            d.P(f"Evaluasi Reformasi Birokrasi tahun {y}: nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau "
                f"{id_dec(nb[2])} persen.")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    at = {}

    def sel(k, nm, p, x, lv):
        r = 4 + len(at)
        at[k or "TOTAL"] = r
        if lv == 0:
            progs = [at[q] for q in at if q.startswith("076")]
            return ["", nm, "=" + "+".join(f"C{q}" for q in progs), "=" + "+".join(f"D{q}" for q in progs),
                    f"=C{r}-D{r}", f"=D{r}/C{r}*100"]
        return [k, nm, id_int(p), id_int(x), f"=C{r}-D{r}", f"=D{r}/C{r}*100"]
    rows_a, tot = anggaran_std(d, "u14kk23", sel)
    tanpa_lapor_anggaran(d)
    d.P(f"Pagu DIPA Tahun Anggaran 2023 setelah revisi berjumlah Rp {id_int(tot[0])} dan terealisasi sebesar "
        f"Rp {id_int(tot[1])}. Rincian per program dan kegiatan:")
    r_tab(d, "Tabel 3.3 Realisasi Anggaran Tahun 2023", ANG_HEAD, rows_a)
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023, diolah.")
    d.FF()
    d.L("D. Data Pemilih", "")
    v = dpt_kab(d, "pemilu", 2024)
    d.P(f"Rapat pleno terbuka 2023 menetapkan DPT Pemilu 2024 Kabupaten Kupang sebanyak {id_int(v[3])} pemilih "
        f"({id_int(v[1])} laki-laki dan {id_int(v[2])} perempuan) di {v[0]} TPS. Rekapitulasi per kecamatan dalam "
        "lembar kerja ini masih memuat DPT Pemilu 2019 sebagai pembanding.")
    kec = kecamatan(d, "pemilu", 2019)
    n = len(kec)
    rows_k = kec_baris(d, "pemilu", 2019, kec, "JUMLAH",
                       sel=lambda i, nm, de, t, a, b: [i, nm, de, t, id_int(a), id_int(b), f"=E{3 + i}+F{3 + i}"] if i != "" else
                       ["", nm, f"=SUM(C4:C{3 + n})", f"=SUM(D4:D{3 + n})", f"=SUM(E4:E{3 + n})", f"=SUM(F4:F{3 + n})",
                        f"=SUM(G4:G{3 + n})"])
    tot_k = [sum(k[j] for k in kec) for j in (1, 2, 3, 4)]
    d.P(f"DPT Pemilu 2019 Kabupaten Kupang berjumlah {id_int(tot_k[2] + tot_k[3])} pemilih, yaitu "
        f"{id_int(tot_k[2])} laki-laki dan {id_int(tot_k[3])} perempuan, di {tot_k[0]} desa/kelurahan dan "
        f"{tot_k[1]} TPS. Rekapitulasi per kecamatan:")
    r_tab(d, "Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"), rows_k)
    sumber(d)
    selesai(d, c)


def ttu_2023():
    """TTU 2023: typed tables with ditto marks (`s.d.a.`, `"`) for a cell equal to the one above."""
    c, d = dok("lkj-ttu-2023", "Timor Tengah Utara", "Kefamenanu|29 Januari 2024|Paulus Naben, S.Sos.|19740405 200212 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2023"])
    d.P("Tabel-tabel laporan ini diketik ulang dari arsip; sesuai kebiasaan pengetikan, isian yang sama dengan "
        "baris di atasnya ditulis dengan tanda \" atau singkatan s.d.a. (sama dengan atas).")
    rows = cap_lama("5303", 2023, baris("kompetensi 85 86.15, sarana 90 92.7, pemutakhiran 100 100, gaji 100 100, tidak_terdaftar- 2 1.29"))
    urut = ["rb", "kompetensi", "pemutakhiran", "gaji", "sarana"]  # the two 100/100 rows meet: a typist dittoes them
    rows = sorted(rows, key=lambda r: urut.index(r[0]) if r[0] in urut else len(urut))
    cells = capaian_x(d, rows)
    ss = ["Meningkatnya kualitas penyelenggaraan Pemilu"] * 3 + ["Meningkatnya tata kelola sekretariat"] * (len(cells) - 3)
    out, prev = [], None
    for i, x in enumerate(cells):
        row = [x[0], ss[i], x[1], x[2], x[3], x[4], x[5]]
        if prev:
            if row[1] == prev[1]:
                row[1] = "s.d.a."
            for j in (3, 4, 5, 6):  # Satuan, Target, Realisasi, Capaian
                if row[j] == prev[j]:
                    row[j] = "\""
        out.append(row)
        prev = [x[0], ss[i], x[1], x[2], x[3], x[4], x[5]]
    r_tab(d, "Tabel 3.1 Pengukuran Kinerja Tahun 2023",
          ("No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"), out)
    sumber(d)
    bahas(d, c, ["kompetensi"])
    sec_sakip(d, r_tab, 2022)
    for y in (2022, 2023):
        if ("rb", d.satker, y) in KNOWN:
            nb = rb_std(d, y, 0)
            d.P(f"Nilai Reformasi Birokrasi tahun {y} adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
                f"({id_dec(nb[2])}%).")
    prog = {}

    def juta(n):
        assert n % 10000 == 0, n  # the corpus's TTU 2023 amounts are whole tens of thousands
        return id_dec(n / 1000000)

    def sel(k, nm, p, x, lv):
        kol = [k, ""] if lv == 1 else (["s.d.a.", k] if lv == 2 else ["", ""])
        return kol + [nm, juta(p), juta(x), juta(p - x), id_dec(serapan(p, x))]
    sec_anggaran(d, r_tab, "u14tu23", sel=sel, head=("Program", "Kegiatan", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
                 pre="Pagu DIPA Tahun Anggaran 2023 setelah revisi dan realisasinya per program dan kegiatan, "
                     "dalam jutaan rupiah (Rp juta):")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023; angka dalam juta rupiah.")
    d.P("Nilai persediaan barang habis pakai per 31 Desember 2023 sebesar Rp 96.418.300 tercatat pada neraca dan "
        "bukan bagian dari realisasi belanja.")
    kec = kecamatan(d, "pemilu", 2024)
    sec_dpt(d, r_tab, "pemilu", 2024, label="JUMLAH",
            sel=lambda i, n, de, t, a, b: ["Pemilu 2024" if i == 1 else ("\"" if i != "" else ""), i, n, de, t,
                                           id_int(a), id_int(b), id_int(a + b)],
            head=("Pemilihan", "No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"),
            pre=f"DPT Pemilu 2024 yang ditetapkan pada 2023 untuk {len(kec)} kecamatan:")
    sumber(d)
    selesai(d, c)


def malaka_2024():
    """Malaka 2024: every table an SQL INSERT statement pasted from a database dump (flattened)."""
    c, d = dok("lkj-malaka-2024", "Malaka", "Betun|28 Januari 2025|Yohanes Seran Klau, S.IP.|19790207 200604 1 004",
               ["LAPORAN KINERJA", "KPU KABUPATEN MALAKA", "", "Periode Pelaporan", "1 Januari s.d. 31 Desember 2024"], flat=True)
    d.P("Operator data menyalin isi tabel dari cadangan basis data aplikasi kinerja (berkas dump SQL) apa adanya. "
        "Angka desimal memakai titik, nilai uang dalam rupiah penuh, dan NULL berarti sel kosong.")
    rows = cap_lama("5321", 2024, baris("kompetensi 85 87.35, sarana 90 91.6, pemutakhiran 100 100, gaji 100 100, tidak_terdaftar- 2 1.38"))
    sec_capaian(d, c, r_sql("capaian_kinerja", ("no", "indikator", "satuan", "target", "realisasi", "capaian"), {0, 3, 4, 5}),
                rows, ["kompetensi"], pct_en=True)
    s = sakip_tabel(d, r_sql("akip_komponen", ("no", "komponen", "bobot", "nilai"), {0, 2, 3}), 2023, fmt=en_dec)
    nb = rb_std(d, 2024, 22.97)
    d.P(f"Evaluasi Reformasi Birokrasi 2024 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    sel = lambda k, nm, p, x, lv: [k, nm, p, x, p - x, en_dec(serapan(p, x))]
    sec_anggaran(d, r_sql("realisasi_anggaran", ("kode", "uraian", "pagu", "realisasi", "sisa", "serapan"), {2, 3, 4, 5}),
                 "u14mk24", sel=sel, pre="Realisasi anggaran Tahun 2024 per program dan kegiatan (rupiah):")
    sumber(d, "Sumber: OM-SPAN, diolah.")
    dsel = lambda i, n, de, t, a, b: [i, n, de, t, a, b, a + b]
    cols = ("no", "kecamatan", "jml_desa", "jml_tps", "pemilih_l", "pemilih_p", "pemilih_total")
    sec_dpt(d, r_sql("dpt_pemilu_2024", cols, {0, 2, 3, 4, 5, 6}), "pemilu", 2024, label="JUMLAH", sel=dsel,
            pre="DPT Pemilu 2024 per kecamatan:")
    kec = kecamatan(d, "pilkada", 2024)
    d.P("DPT Pemilihan Bupati dan Wakil Bupati Malaka 2024 per kecamatan:")
    rows_k = kec_baris(d, "pilkada", 2024, kec, "JUMLAH", dsel)
    r_sql("dpt_pilkada_2024", cols, {0, 2, 3, 4, 5, 6})(d, "Tabel 3.5 DPT Pemilihan 2024 per Kecamatan", None, rows_k)
    tot = sum(k[3] + k[4] for k in kec)
    hadir = int(tot * 0.7413)
    d.P(f"Rekapitulasi hasil penghitungan suara Pemilihan 2024 di tingkat kabupaten mencatat {id_int(hadir)} "
        f"pengguna hak pilih, termasuk 1.204 pemilih DPTb dan 312 pemilih DPK, dengan 2.087 suara tidak sah. "
        "Angka pengguna hak pilih ini bukan DPT.")
    selesai(d, c)


def manggarai_barat_2019():
    """Manggarai Barat 2019: merged first-column cells whose words pdftotext spread over the rows."""
    c, d = dok("lkj-manggarai-barat-2019", "Manggarai Barat", "Labuan Bajo|30 Januari 2020|Fransiskus Mbaling, S.Fil.|19760911 200312 1 008",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT", "TAHUN 2019"])
    d.P("Tabel-tabel berikut diekspor dari dokumen dengan sel gabungan pada kolom pertama; teks sel gabungan "
        "tersebar pada baris-baris kelompoknya.")
    rows = cap_lama("5315", 2019, baris("kompetensi 80 83.65, sarana 90 88.4, pemutakhiran 100 100, partisipasi 77.5 81.2, tidak_terdaftar- 2 1.57"))
    cells = capaian_x(d, rows)
    ss = {1: "Meningkatnya kualitas penyelenggaraan Pemilu yang demokratis",
          2: "Meningkatnya kualitas tata kelola dan akuntabilitas sekretariat"}
    grp = [[1 if i < 4 else 2] + list(x) for i, x in enumerate(cells)]
    r_sebar(lambda r: r[0], lambda k: ss[k])(d, "Tabel 3.1 Pengukuran Kinerja Tahun 2019",
                                             ("Sasaran Strategis",) + CAP_HEAD, grp)
    sumber(d)
    bahas(d, c, ["sarana"])
    sec_sakip(d, r_tab, 2018)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    cur = {}

    def sel(k, nm, p, x, lv):
        if lv == 1:
            cur["p"] = k
        return [cur["p"] if lv else "T", k, nm, id_int(p), id_int(x), id_int(p - x), id_dec(serapan(p, x))]
    rows_a, tot = anggaran_std(d, "u14mb19", sel)
    d.P("Pagu DIPA Tahun Anggaran 2019 setelah revisi dan realisasinya per program dan kegiatan (rupiah):")
    nama = {"076.01.WA": "Program Dukungan Manajemen", "076.01.CQ": "Program Penyelenggaraan Pemilu", "T": ""}
    r_sebar(lambda r: r[0], lambda k: nama[k])(d, "Tabel 3.3 Realisasi Anggaran Tahun 2019",
                                               ("Program", "Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
                                               rows_a)
    sumber(d)
    kec = kecamatan(d, "pemilu", 2019)
    half = (len(kec) + 1) // 2
    dapil = lambda i: "" if i == "" else ("Dapil Manggarai Barat 1" if i <= half else "Dapil Manggarai Barat 2")
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("DPT Pemilu 2019 per kecamatan, dikelompokkan menurut daerah pemilihan DPRD kabupaten:")
    rows_k = kec_baris(d, "pemilu", 2019, kec, "JUMLAH",
                       sel=lambda i, n, de, t, a, b: [dapil(i), i, n, de, t, id_int(a), id_int(b), id_int(a + b)])
    r_sebar(lambda r: r[0], lambda k: k)(d, "Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan",
                                         ("Daerah Pemilihan",) + ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"), rows_k)
    sumber(d)
    selesai(d, c)


def sumba_barat_daya_2024():
    """Sumba Barat Daya 2024: dashboard export, trend arrows and changes glued to the figures."""
    c, d = dok("lkj-sumba-barat-daya-2024", "Sumba Barat Daya", "Tambolaka|28 Januari 2025|Dominggus Bulu Kaka, S.Sos.|19770314 200604 1 013",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2024"])
    d.P("Tabel pada bab ini diekspor dari dasbor kinerja. Dasbor menempelkan panah tren dan besarnya perubahan "
        "dibanding tahun sebelumnya langsung di belakang angka: ▲ naik, ▼ turun, ► tetap.")

    def geser(seed):
        """The dashboard's change against the year before (signed), drawn from seed."""
        delta = round(((seed * 37) % 400) / 100 + 0.15, 2)
        return delta if seed % 3 else -delta

    def tanda(v, delta, fmt):
        if abs(delta) < 0.005:
            return f"{v} ►"
        return f"{v} {'▲' if delta > 0 else '▼'} {fmt(abs(delta))}"

    def panah(v, seed):
        return tanda(v, geser(seed), id_dec)
    def jiwa(seed):
        n = 40 + (seed * 97) % 900
        return n if seed % 3 else -n
    rows = cap_lama("5318", 2024, baris("kompetensi 85 88.15, sarana 90 86.9, pemutakhiran 100 100, gaji 100 100, tidak_terdaftar- 2 1.46"))

    def tren(cells, f):
        if f["realisasi_nilai"] is not None:
            cells[4] = panah(cells[4], len(f["indikator"]) + cells[0])
            f["realisasi_teks"] = cells[4]  # the cell as printed, arrow and change kept (BRIEF: *_teks is the cell)
        # a grade row carries no arrow: the dashboard draws trends of numbers only
    cells = capaian_x(d, rows, tren)
    r_tab(d, "Tabel 3.1 Pengukuran Kinerja Tahun 2024", CAP_HEAD, cells)
    sumber(d, "Sumber: Dasbor e-Kinerja KPU Kabupaten Sumba Barat Daya, diunduh 10 Januari 2025.")
    bahas(d, c, ["sarana"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2023)
    d.P(f"Hasil Evaluasi AKIP Tahun 2023 memberikan nilai {id_dec(s)} dengan predikat {predikat(s)}.")
    r_tab(d, "Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", ("No", "Komponen", "Bobot", "Nilai"),
          [[i, KOMP_ID[k], id_dec(b), panah(id_dec(v), i * 5)] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
          + [["", "Nilai Akhir", "100,00", tanda(id_dec(s), sum(geser(i * 5) for i in range(1, 5)), id_dec)]])
    nb = rb_std(d, 2024, 23.84)
    d.P(f"Nilai Reformasi Birokrasi 2024: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    i_ = iter(range(1, 99))
    sec_anggaran(d, r_tab, "u14sbd24", sel=lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), id_int(p - x),
                                                                      panah(id_dec(serapan(p, x)), next(i_) * 7)])
    sumber(d)
    kec = kecamatan(d, "pilkada", 2024)
    d.FF()
    d.L("D. Data Pemilih", "")
    v = dpt_kab(d, "pemilu", 2024)
    d.P(f"DPT Pemilu 2024 yang ditetapkan pada 2023 berjumlah {id_int(v[3])} pemilih ({id_int(v[1])} laki-laki, "
        f"{id_int(v[2])} perempuan) di {v[0]} TPS. Untuk Pemilihan 2024, DPT per kecamatan beserta perubahan "
        "jumlah pemilih dibanding DPT Pemilu 2024:")
    rows_k = kec_baris(d, "pilkada", 2024, kec, "JUMLAH",
                       sel=lambda i, n, de, t, a, b: [i, n, de, t, id_int(a), id_int(b),
                                                      tanda(id_int(a + b), jiwa(i * 13 + 2) if i != "" else
                                                            sum(jiwa(j * 13 + 2) for j in range(1, len(kec) + 1)), id_int)])
    r_tab(d, "Tabel 3.4 DPT Pemilihan 2024 per Kecamatan", DPT_HEAD_SBD, rows_k)
    sumber(d)
    selesai(d, c)


DPT_HEAD_SBD = ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")

if __name__ == "__main__":
    tulis(sikka_2024, kabupaten_kupang_2023, ttu_2023, malaka_2024, manggarai_barat_2019, sumba_barat_daya_2024)
