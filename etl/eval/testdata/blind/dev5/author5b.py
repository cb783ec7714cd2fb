# Fifth blind batch (dev5/), documents 5-8. Run: python3 dev5/author5b.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import *  # noqa: E402,F401


# ====================================================================== 5. Nagekeo 2021 (flattened)
def nagekeo_2021():
    """Flattened as a web page in reader mode: every table became a bulleted list, one row a
    bullet, its cells labelled in words. SAKIP 2020 components, RB 2020, Pemilu 2019 DPT and
    two earlier years' totals as bullets; PNBP trap."""
    d, c, rnd = buka("dev5/lkj-nagekeo-2021.txt", "5316", 2021, 0, (
        "Laporan Kinerja Sekretariat KPU Kabupaten Nagekeo Tahun 2021", "Diunggah: 3 Februari 2022",
        "Kategori: Dokumen Perencanaan dan Pelaporan"), flat=True)
    pengantar(d, c, ("Mbay, 28 Januari 2022", "Sekretaris KPU Kabupaten Nagekeo", "", "HILARIUS K. DHOSA, S.H.",
                     "NIP. 19760713 200701 1 012"))
    bab(d, "Ikhtisar Eksekutif", [
        "Tahun 2021 adalah tahun pertama tanpa tahapan pemilihan setelah Pemilu 2019. Kegiatan sekretariat "
        "berfokus pada pemutakhiran data pemilih berkelanjutan, pendidikan pemilih, penguatan tata kelola "
        "keuangan dan persiapan tahapan Pemilu Serentak 2024.",
        "Dari tujuh indikator kinerja utama, enam indikator mencapai atau melampaui target, sedangkan indikator "
        "kesesuaian kompetensi pegawai belum mencapai target."])
    bab(d, "Bab I Pendahuluan", pendahuluan(c))
    d.L("Tugas KPU Kabupaten/Kota:", *tugas_list(c), "")
    d.L("Komposisi pegawai per 31 Desember 2021:")
    for u, n in (("Sekretaris", 1), ("Subbagian Keuangan, Umum dan Logistik", 7), ("Subbagian Teknis dan Hupmas", 5),
                 ("Subbagian Hukum dan SDM", 4), ("Subbagian Perencanaan, Data dan Informasi", 5)):
        d.L(f"• {u}: {n} orang")
    d.B()
    d.FF()
    bab(d, "Bab II Perencanaan Kinerja", perencanaan(c))
    d.FF()
    bab(d, "Bab III Akuntabilitas Kinerja", akuntabilitas_intro(c), "Capaian Indikator Kinerja Utama 2021")
    s20 = skor("5316", 2020)
    items = [Ind("akip", "B", predikat(s20), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("rb", 55, 58.64, "nilai"), Ind("mutakhir", 100, 100), Ind("kompetensi", 85, 82.7),
             Ind("sarpras", 90, 93.45), Ind("kip", 75, 79.3, "nilai")]
    for it in items:
        f = (lambda v: v) if it.grade else ((lambda v: angka(v) + "%") if it.sat == "persen" else angka)
        d.L(f"• {it.ind}: target {f(it.t)}, realisasi {f(it.r)}, capaian {id_dec(it.cp)}%")
        it.fakta(d, f(it.t), f(it.r))
    d.B()
    d.PP(analisis(c, "nilai evaluasi reformasi birokrasi")[:1] + [
        "Pemutakhiran data pemilih berkelanjutan dilaksanakan setiap bulan dan rekapitulasinya ditetapkan dalam "
        "rapat pleno terbuka setiap akhir semester, sehingga indikator pemutakhiran data pemilih tepat waktu "
        "tercapai penuh.",
        "Kesesuaian kompetensi pegawai belum mencapai target karena dua jabatan fungsional baru belum diisi oleh "
        "pegawai yang telah mengikuti uji kompetensi. Pada tahun berikutnya sekretariat mengusulkan pegawai "
        "tersebut mengikuti pelatihan dan uji kompetensi jabatan.",
        "Ketersediaan sarana dan prasarana melampaui target setelah pengadaan perangkat pengolah data dan "
        "perbaikan gudang logistik selesai pada triwulan III."] + analisis(c, "")[1:])
    d.L("Evaluasi SAKIP", "")
    d.P(f"Hasil Evaluasi AKIP Tahun 2020 atas Sekretariat KPU Kabupaten Nagekeo memberikan nilai {id_dec(s20)} "
        f"dengan predikat {predikat(s20)}. Nilai per komponen:")
    k = komponen("5316", 2020, rnd, s20 / 100)
    for kk in KOMPONEN:
        d.L(f"• {KNM[kk]} (bobot {k[kk][0]}): {id_dec(k[kk][1])}")
    d.L(f"• Jumlah (bobot 100): {id_dec(s20)}")
    d.sakip_komp("5316", 2020, s20, k)
    d.B()
    rbn, rbb = 21.78, 36.3
    rbp = round(rbn / rbb * 100, 2)
    d.P(f"Nilai evaluasi Reformasi Birokrasi Tahun 2020 adalah {id_dec(rbn)} ({id_dec(rbp)}%) dari bobot "
        f"{id_dec(rbb)}. Realisasi indikator Reformasi Birokrasi tahun 2021 pada daftar di atas berasal dari "
        "penilaian mandiri (PMPRB) tahun 2021.")
    d.rb(2020, rbn, rbb, rbp)
    d.FF()
    d.L("Data Pemilih", "")
    dpt_kalimat(d, "pemilu", 2019, lambda n, l, p, tps: "Sebagai dasar pemutakhiran data pemilih berkelanjutan "
                f"digunakan DPT Pemilu Tahun 2019 yang berjumlah {n} pemilih, terdiri atas {l} laki-laki dan {p} "
                f"perempuan, di {tps} TPS. Daftar Pemilih Berkelanjutan per Desember 2021 tercatat 104.380 pemilih.")
    d.L("Realisasi Anggaran Tahun 2021", "")
    rows = baru(rnd, 3_946_200_000, 0.9661,
                [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709"])])
    P, R = rows[-1]["pagu"], rows[-1]["real"]
    for r in rows:
        nm = "Jumlah seluruhnya" if r["kode"] == "TOTAL" else f"{r['nama']} ({r['kode']})"
        d.L(f"• {nm}: pagu {rp(r['pagu'])}, realisasi {rp(r['real'])}, sisa {rp(r['pagu'] - r['real'])}, "
            f"serapan {id_dec(serapan(r['pagu'], r['real']))}%")
    nyatakan(d, rows)
    d.B()
    d.L("Perbandingan realisasi tiga tahun terakhir:")
    P20, R20 = tahun_baru(rnd, 3_702_450_000, 0.9588)
    for y, (a, b) in ((2019, total_lama("5316", 2019)), (2020, (P20, R20)), (2021, (P, R))):
        d.L(f"• Tahun Anggaran {y}: pagu {rp(a)}, realisasi {rp(b)} ({id_dec(serapan(a, b))}%)")
        if y != 2021:
            d.ang("TOTAL", "total", "", a, b, serapan(a, b), tahun=y)
    d.B()
    d.P("Penerimaan Negara Bukan Pajak yang disetor ke kas negara pada tahun 2021 sebesar Rp 2.450.000 berasal "
        "dari sewa rumah dinas dan tidak termasuk realisasi belanja.")
    tutup(d, c, "", "Mbay, 28 Januari 2022", "Sekretaris KPU Kabupaten Nagekeo", "", "HILARIUS K. DHOSA, S.H.",
          "NIP. 19760713 200701 1 012", bab=("Bab IV Penutup", ""))


# ====================================================================== 6. Malaka 2022
def malaka_2022():
    """A landscape capaian table with two-level headers (2021 over Target/Realisasi, 2022 over
    Target/Realisasi/Capaian): only 2022 is capaian, 2021 is capaian_seri; SAKIP components as
    columns; RB table of the eight areas of change; budget in Rp ribu with realisasi per
    triwulan (not facts) and a negative sisa in parentheses."""
    d, c, rnd = buka("dev5/lkj-malaka-2022.txt", "5321", 2022, 96, (
        "LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN MALAKA", "TAHUN 2022", "", "",
        "Betun, Malaka"))
    pengantar(d, c, ("Betun, 20 Februari 2023", "Sekretaris,", "", "", "YOSEF A. SERAN, S.IP",
                     "NIP. 19780115 200604 1 009"))
    d.FF()
    bab(d, "BAB I\nPENDAHULUAN", pendahuluan(c)[:7])
    d.FF()
    bab(d, "BAB II\nPERENCANAAN KINERJA", perencanaan(c)[:4])
    d.FF()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c), "A. Perbandingan Capaian 2021 dan 2022")
    rows = [(Ind("rb", 60, 62.15, "nilai"), 55, 52.76), (Ind("mutakhir", 100, 100), 100, 100),
            (Ind("kompetensi", 90, 88.6), 85, 86.25), (Ind("sarpras", 95, 96.4), 90, 91.35),
            (Ind("kip", 80, 83.72, "nilai"), 75, 78.1), (Ind("arsip", 90, 92.6, tingkat="sasaran_kegiatan"), 85, 80)]
    d.L("(halaman ini dicetak mendatar / landscape)", "")
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2021 dan 2022", "")
    d.R("No", "Indikator Kinerja", "Satuan", "2021", "", "2022", "", "", "Ket.")
    d.R("", "", "", "Target", "Realisasi", "Target", "Realisasi", "Capaian", "")
    for i, (it, t1, r1) in enumerate(rows, 1):
        if it.tingkat == "sasaran_kegiatan":
            d.R("", "Indikator Kinerja Kegiatan", "", "", "", "", "", "", "")
        sc = "%" if it.sat == "persen" else "Nilai"
        v = [angka(x) for x in (t1, r1, it.t, it.r)]
        d.R(i, it.ind, sc, *v, id_dec(it.cp), "Tercapai" if it.cp >= 100 else "Belum tercapai")
        it.fakta(d, v[2], v[3])
        d.seri(it.ind, 2021, "target", v[0], float(t1), it.sat)
        d.seri(it.ind, 2021, "realisasi", v[1], float(r1), it.sat)
    d.B()
    d.PP(analisis(c, "persentase kesesuaian kompetensi pegawai"))
    s21 = skor("5321", 2021)
    k = komponen("5321", 2021, rnd)
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    d.P(f"Laporan Hasil Evaluasi AKIP yang diterima pada tahun 2022 menilai kinerja tahun 2021 dengan hasil "
        "sebagai berikut.")
    d.L("Tabel 3.2 Hasil Evaluasi AKIP Tahun 2021", "")
    d.R("Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)", "Evaluasi Internal (25)",
        "Nilai", "Predikat")
    d.R(*[id_dec(k[kk][1]) for kk in KOMPONEN], id_dec(s21), predikat(s21))
    d.sakip_komp("5321", 2021, s21, k)
    d.B()
    d.FF()
    d.L("C. Reformasi Birokrasi", "")
    d.P("Penilaian Mandiri Pelaksanaan Reformasi Birokrasi (PMPRB) Tahun 2022 mencakup delapan area perubahan "
        "pada komponen pengungkit dan dua komponen hasil.")
    areas = [("Manajemen Perubahan", 4, 3.12), ("Deregulasi Kebijakan", 3, 2.19), ("Penataan dan Penguatan Organisasi", 3, 2.07),
             ("Penataan Tatalaksana", 5, 3.64), ("Penataan Sistem Manajemen SDM Aparatur", 15, 10.38),
             ("Penguatan Akuntabilitas", 6, 4.41), ("Penguatan Pengawasan", 15, 9.87),
             ("Peningkatan Kualitas Pelayanan Publik", 9, 6.53)]
    hasil = [("Kapasitas dan Akuntabilitas Kinerja Organisasi", 20, 12.46), ("Pemerintah yang Bersih dan Bebas KKN", 20, 14.12)]
    tab = [("Komponen / Area Perubahan", "Bobot", "Nilai", "% Capaian"), ("A. Pengungkit", "", "", "")]
    for grp in (areas, [("B. Hasil", None, None)] + hasil):
        for a, b, n in grp:
            tab.append((a, "", "", "") if b is None else (a, angka(b), id_dec(n), id_dec(n / b * 100)))
    nilai = round(sum(n for _, _, n in areas + hasil), 2)
    tab.append(("Indeks Reformasi Birokrasi", "100", id_dec(nilai), id_dec(nilai)))
    rb_tabel(d, "Tabel 3.3 Hasil PMPRB Tahun 2022", tab, 2022, nilai, 100.0, nilai)
    d.FF()
    d.L("D. Realisasi Anggaran", "")
    P, R = total_lama("5321", 2022)
    rows = anggaran(rnd, [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709", "6867"])], P, R, 1000, 1000)
    a, b = rows[3], rows[2]          # 3360 overspent by a late revision of the POK; 3358 gives it back
    a["real"], b["real"] = a["pagu"] + 1_275_000, b["real"] - (a["pagu"] + 1_275_000 - a["real"])
    d.P("Realisasi anggaran per triwulan disajikan dalam ribuan rupiah (Rp ribu). Kolom triwulan menunjukkan "
        "realisasi pada masing-masing triwulan, bukan realisasi kumulatif.")
    d.L("Tabel 3.5 Realisasi Anggaran per Triwulan Tahun 2022 (Rp ribu)", "")
    d.R("Kode", "Uraian", "Pagu", "TW I", "TW II", "TW III", "TW IV", "Realisasi s.d. TW IV", "Sisa", "%")
    tws = {}
    for r in rows:                   # a kegiatan's quarters; a program's and the total's are their sums
        if r["tingkat"] == "kegiatan":
            tw = [int(r["real"] * f * rnd.uniform(0.9, 1.1)) // 1000 * 1000 for f in (0.17, 0.26, 0.24)]
            tws[r["kode"]] = tw + [r["real"] - sum(tw)]
            for up in (r["induk"], "TOTAL"):
                tws[up] = [a + b for a, b in zip(tws.get(up, [0] * 4), tws[r["kode"]])]
    for r in rows:
        tw, tot = tws[r["kode"]], r["kode"] == "TOTAL"
        d.R("" if tot else kode_pendek(r), "Jumlah" if tot else r["nama"], ribu(r["pagu"]), *[ribu(x) for x in tw],
            ribu(r["real"]), kurung((r["pagu"] - r["real"]) // 1000), id_dec(serapan(r["pagu"], r["real"])))
    nyatakan(d, rows)
    d.B()
    d.P("Realisasi kegiatan operasional perkantoran melampaui pagu sebesar Rp 1.275.000 karena revisi POK yang "
        "menambah pagu kegiatan tersebut belum disahkan sampai akhir tahun; kelebihan itu ditampilkan sebagai "
        "sisa negatif dalam tanda kurung dan ditutup dari sisa kegiatan pengelolaan SDM.")
    tutup(d, c, "", "Betun, 20 Februari 2023", "Sekretaris KPU Kabupaten Malaka,", "", "", "YOSEF A. SERAN, S.IP",
          "NIP. 19780115 200604 1 009")



# ====================================================================== 7. Ngada 2020
def ngada_2020():
    """Amounts with Rp glued to the digits (`Rp3.412.000.000`); a Kategori column of words;
    Pilkada 2020 DPT per kecamatan and a TPS-only table with KPPS counts (no new facts);
    multi-year table 2018-2020; SAKIP 2019 as `nilai 64,49 (B)`."""
    d, c, rnd = buka("dev5/lkj-ngada-2020.txt", "5309", 2020, 88, (
        "KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "", "LAPORAN KINERJA", "TAHUN 2020", "", "",
        "Jl. Soekarno-Hatta, Bajawa"))
    pengantar(d, c, ("Bajawa, 18 Januari 2021", "Sekretaris KPU Kabupaten Ngada,", "", "",
                     "PAULUS W. LOBO, S.Sos", "NIP. 19740806 200212 1 006"))
    d.FF()
    bab(d, "BAB I\nPENDAHULUAN", pendahuluan(c)[:6], "1.1 Latar Belakang")
    d.FF()
    bab(d, "BAB II\nPERENCANAAN KINERJA", perencanaan(c)[:5])
    d.FF()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c), "3.1 Capaian Kinerja Sasaran Strategis")
    s19 = skor("5309", 2019)
    items = [Ind("partisipasi", 77.5, 81.46), Ind("jadwal", 100, 100), Ind("mutakhir", 100, 100),
             Ind("logistik", 100, 100), Ind("pelanggaran", 3, 1.2, arah="turun"),
             Ind("akip", "B", predikat(s19), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True)]
    akip_kalimat(d, 2019, lambda v, p: "Indikator akuntabilitas kinerja diukur dari hasil evaluasi SAKIP tahun 2019 "
                 f"yang diterima pada bulan Juni 2020, yaitu nilai {v} ({p}).")
    kat = lambda cp: "Sangat Baik" if cp > 100 else ("Baik" if cp >= 85 else "Cukup")
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2020", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Kategori")
    for i, it in enumerate(items, 1):
        tt, rt = (it.t, it.r) if it.grade else (angka(it.t) + "%", angka(it.r) + "%")
        d.R(i, it.ind, tt, rt, id_dec(it.cp) + "%", kat(it.cp))
        it.fakta(d, tt, rt)
    d.B()
    d.PP(analisis(c, "partisipasi pemilih"))
    d.FF()
    d.L("3.2 Daftar Pemilih Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2020", "")
    names = ["Aimere", "Inerie", "Jerebuu", "Bajawa", "Golewa", "Golewa Selatan", "Golewa Barat", "Bajawa Utara",
             "Soa", "Riung", "Riung Barat", "Wolomeze"]
    tps, l, p = pemilih("5309", "pilkada", 2020)
    rows = kecamatan(rnd, names, tps, l, p, KNOWN_DESA["5309"])
    d.L("Tabel 3.3 DPT Pemilihan Tahun 2020 per Kecamatan", "")
    # Cyrillic Р in the header, as the Word file had it
    T = cetak_dpt(d, "pilkada", 2020, rows, [("No", "Kecamatan", "Desa/Kel", "TPS", "L", "Р", "L+Р")], "Total")
    d.B()
    d.P("Setiap TPS dilayani tujuh anggota KPPS. Sebaran TPS dan anggota KPPS per kecamatan adalah:")
    d.L("Tabel 3.4 Jumlah TPS dan KPPS per Kecamatan", "")
    d.R("Kecamatan", "Jumlah TPS", "Anggota KPPS")
    for r in rows:
        d.R(r[0], r[2], r[2] * 7)
    d.R("Jumlah", T[1], T[1] * 7)
    d.B()
    d.FF()
    d.L("3.3 Realisasi Anggaran", "")
    rows = baru(rnd, 3_871_930_000, 0.9647,
                [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6639", "6640", "6709"])])
    P, R = rows[-1]["pagu"], rows[-1]["real"]
    d.L("Tabel 3.5 Realisasi Anggaran Tahun 2020", "")
    cetak_anggaran(d, rows, ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan"),
                   sel_baku("JUMLAH TOTAL", uang=rpg, pct=lambda x: id_dec(x) + "%"))
    d.B()
    d.P("Perbandingan pagu dan realisasi tiga tahun terakhir disajikan pada tabel berikut.")
    d.L("Tabel 3.6 Perbandingan Realisasi Anggaran 2018-2020", "")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "Serapan")
    total_tahun(d, [(2018, *tahun_baru(rnd, 4_105_300_000, 0.9512)), (2019, *tahun_baru(rnd, 12_884_650_000, 0.9688)), (2020, P, R)],
                lambda y, a, b: (y, rpg(a), rpg(b), id_dec(serapan(a, b)) + "%"), 2020)
    d.B()
    d.P("Kenaikan pagu tahun 2019 disebabkan oleh penyelenggaraan Pemilu Serentak 2019, sedangkan Pemilihan 2020 "
        "dibiayai dengan dana hibah Pemerintah Kabupaten Ngada sebesar Rp14.820.000.000 melalui NPHD.")
    tutup(d, c, "", "Bajawa, 18 Januari 2021", "Sekretaris KPU Kabupaten Ngada,", "", "",
          "PAULUS W. LOBO, S.Sos", "NIP. 19740806 200212 1 006")


# ====================================================================== 8. Kota Kupang 2024
def kota_kupang_2024():
    """Capaian rows wrapped with the values on the first line; grade not achieved; Pemilu 2024 in
    prose; Pilkada 2024 per kecamatan (totals of the real province report); the all-satker SAKIP
    2023 table quoted from the province's letter; budget without Sisa and a cut-off total
    realisasi proven by its programs."""
    d, c, rnd = buka("dev5/lkj-kota-kupang-2024.txt", "5371", 2024, 94, (
        "LAPORAN KINERJA", "SEKRETARIAT KPU KOTA KUPANG", "Periode 1 Januari - 31 Desember 2024", "", "", "Jl. Jenderal Sudirman, Kupang"))
    pengantar(d, c, ("Kupang, 10 Februari 2025", "Sekretaris KPU Kota Kupang,", "", "",
                     "AMBROSIUS S. NDOEN, S.H., M.H.", "NIP. 19720405 199803 1 005"))
    d.FF()
    bab(d, "BAB I\nPENDAHULUAN", pendahuluan(c)[:5])
    d.FF()
    bab(d, "BAB II\nPERENCANAAN KINERJA", perencanaan(c)[1:4])
    d.FF()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c)[:2], "A. Capaian Kinerja")
    s23 = skor("5371", 2023)
    items = [Ind("akip", "BB", predikat(s23), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("partisipasi", 80, 76.61), Ind("jadwal", 100, 100), Ind("mutakhir", 100, 100),
             Ind("kompetensi", 90, 92.1), Ind("sarpras", 95, 94.3)]
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2024", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    for i, it in enumerate(items, 1):
        tt, rt = (it.t, it.r) if it.grade else (angka(it.t) + "%", angka(it.r) + "%")
        for j, part in enumerate(textwrap.wrap(it.ind, 46)):
            d.R(*((i, part, tt, rt, id_dec(it.cp) + "%") if j == 0 else ("", part, "", "", "")))
        it.fakta(d, tt, rt)
    d.B()
    d.P(f"Target predikat BB belum tercapai: hasil evaluasi SAKIP tahun 2023 memberikan nilai {id_dec(s23)} "
        f"dengan predikat {predikat(s23)}. Perbandingan dengan satuan kerja lain se-Nusa Tenggara Timur "
        "berdasarkan surat KPU Provinsi NTT disajikan pada Tabel 3.2.")
    d.L("Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 KPU Provinsi dan KPU Kabupaten/Kota se-NTT", "")
    d.R("No", "Satuan Kerja", "Nilai", "Predikat")
    for i, s in enumerate(ORDER, 1):
        v = skor(s, 2023)
        d.R(i, "KPU Provinsi NTT" if s == "53" else "KPU " + REFNAME[s].replace("Kabupaten", "Kab."), id_dec(v), predikat(v))
        d.sakip(s, 2023, v)
    d.B()
    d.FF()
    d.L("B. Data Pemilih Tahun 2024", "")
    dpt_kalimat(d, "pemilu", 2024, lambda n, l, p, tps: f"Daftar Pemilih Tetap Pemilu Tahun 2024 di Kota Kupang "
                f"ditetapkan sebanyak {n} pemilih, terdiri atas {l} pemilih laki-laki dan {p} pemilih perempuan, "
                f"tersebar di {tps} TPS. Pemilih yang pindah memilih (DPTb) tercatat 4.812 orang.")
    rows = sebanding(rnd, DPT_LAMA["5371"], *PILKADA24_REAL["5371"])
    d.P("Untuk Pemilihan Gubernur dan Wakil Gubernur serta Walikota dan Wakil Walikota Kupang Tahun 2024, DPT "
        "per kecamatan adalah sebagai berikut.")
    d.L("Tabel 3.4 DPT Pemilihan Serentak 2024 per Kecamatan", "")
    cetak_dpt(d, "pilkada", 2024, rows, [("No", "Kecamatan", "Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah")],
              "Kota Kupang")
    d.B()
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rows = baru(rnd, 31_764_800_000, 0.9766,
                [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6639", "6867"])])
    d.L("Tabel 3.6 Realisasi Anggaran Tahun 2024", "")
    cetak_anggaran(d, rows, ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "%"), lambda r, tot: (
        "" if tot else r["kode"], "Total" if tot else r["nama"], id_int(r["pagu"]),
        id_int(r["real"])[:-1] if tot else id_int(r["real"]), id_dec(serapan(r["pagu"], r["real"]))))
    d.L("Sumber: OM-SPAN per 31 Desember 2024", "")
    d.P("Dana hibah Pemilihan Serentak 2024 dari Pemerintah Kota Kupang sebesar Rp 24.500.000.000 dilaporkan "
        "terpisah dan tidak termasuk dalam realisasi DIPA di atas.")
    tutup(d, c, "", "Kupang, 10 Februari 2025", "Sekretaris KPU Kota Kupang,", "", "",
          "AMBROSIUS S. NDOEN, S.H., M.H.", "NIP. 19720405 199803 1 005")


if __name__ == "__main__":
    tulis(nagekeo_2021, malaka_2022, ngada_2020, kota_kupang_2024)
