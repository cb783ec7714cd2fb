# Fourth blind batch (dev4/), documents 9-12. Run: python3 dev4/author4c.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common4 import *  # noqa: E402,F401


# ------------------------------------------------------------------ 9. Manggarai 2021
def manggarai_2021():
    """Saved from the KPU website's document viewer: one table cell a line (no TAB), prose
    wrapped at 76 columns; Pilkada 2020 DPT per kecamatan with WAE RI'I; SAKIP only in prose
    with earlier years; budget with Sisa one cell a line."""
    s, y, W = "5310", 2021, 76
    d, c = Doc("dev4/lkj-manggarai-2021.txt", s, y, flat=True), ctx(s, y)
    rnd = random.Random(53102021)
    cover(d, "LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "TAHUN 2021")
    pengantar(d, c, W, "Ruteng, 19 Januari 2022", "Sekretaris KPU Kabupaten Manggarai", "Yohanes Don Bosco Jehadu, S.Fil",
              "NIP 19740607 200212 1 003")
    d.FF()
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:6], W)
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[:3], W)
    d.FF()
    bab(d, ("BAB III AKUNTABILITAS KINERJA", ""), akuntabilitas_intro(c)[:2], W)
    sk = skor(s, 2020)
    d.L("Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2021")
    items = [
        dict(ind=SS["kompetensi"], tt="85%", tn=85, rt="81,25%", rn=81.25, sat="persen"),
        dict(ind=SS["sarpras"], tt="90%", tn=90, rt="93,80%", rn=93.8, sat="persen"),
        dict(ind=SS["mutakhir"], tt="100%", tn=100, rt="100%", rn=100, sat="persen"),
        dict(ind=SS["kip"], tt="70", tn=70, rt="74,36", rn=74.36, sat="nilai"),
        dict(ind=SS["bpk"], tt="WTP", rt="WTP", sat="opini", grade=True, cp="100%"),
        dict(ind=SS["akip"], tt="BB", rt=predikat(sk), sat="predikat", grade=True, cp="80%"),
    ]
    tabel(d, [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]], "cells")
    cap_tabel(d, items, ["no", "ind", "t", "r", "c"], mode="cells")
    d.L("Sumber: Subbag Perencanaan, Data dan Informasi", "")
    s19, s18 = skor(s, 2019), skor(s, 2018)
    d.P(f"Berdasarkan hasil evaluasi AKIP oleh Inspektorat KPU yang diterima pada tahun 2021, KPU Kabupaten "
        f"Manggarai memperoleh predikat B ({id_dec(sk)}) untuk tahun 2020. Nilai tahun 2019 adalah {id_dec(s19)} "
        f"dengan predikat yang sama, sedangkan tahun 2018 sebesar {id_dec(s18)} ({predikat(s18)}). Target predikat "
        f"BB belum tercapai; capaian dilaporkan 80% sesuai ketentuan pengukuran KPU.", W)
    for yy, v in ((2020, sk), (2019, s19), (2018, s18)):
        d.sakip(s, yy, v)
    d.P("Nilai Reformasi Birokrasi hasil PMPRB tahun 2021 sebesar 19,86 dari bobot 36,30 atau 54,71%.", W)
    d.rb(2021, 19.86, 36.3, 54.71)
    d.FF()
    d.L("Data Pemilih Pemilihan Serentak 2020", "")
    d.P("Pemilihan Bupati dan Wakil Bupati Manggarai Tahun 2020 dilaksanakan pada 9 Desember 2020. Daftar Pemilih "
        "Tetap per kecamatan yang ditetapkan dalam pleno terbuka adalah sebagai berikut.", W)
    kr = kec(rnd, KEC[s], (96842, 99617), 771, 198)
    d.L("Tabel 3.2 DPT Pemilihan Bupati dan Wakil Bupati Manggarai Tahun 2020")
    rows = [["No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"]]
    for i, (nm, ds, t, a, b) in enumerate(kr, 1):
        rows.append([i, nm.upper(), ds, t, id_int(a), id_int(b), id_int(a + b)])
    T = dpt_rows(d, "pilkada", 2020, kr)
    rows.append(["", "JUMLAH", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3])])
    tabel(d, rows, "cells")
    d.L("Sumber: Keputusan KPU Kabupaten Manggarai tentang Penetapan DPT", "")
    d.FF()
    d.L("Realisasi Anggaran", "")
    rows = budget(rnd, y, [("076.01.WA", [("3355", 2034500000), ("3358", 341800000), ("3360", 1147300000)]),
                           ("076.01.CQ", [("6640", 243600000), ("6709", 188200000)])])
    d.L("Tabel 3.3 Pagu dan Realisasi Anggaran Tahun 2021")
    tabel(d, [["Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"]], "cells")
    ang_tabel(d, rows, ["kode", "uraian", "pagu", "real", "sisa", "pct"], id_int,
              lambda r: "W.3360" if r["kode"] == "3360" else K(r), total="JUMLAH", mode="cells")
    d.L("")
    d.P("Realisasi hibah Pemilihan Serentak 2020 yang dipertanggungjawabkan pada awal 2021 sebesar "
        "Rp 1.215.430.000 tidak termasuk dalam realisasi DIPA.", W)
    d.FF()
    tutup(d, c, "Ruteng, 19 Januari 2022", "Sekretaris,", "", "Yohanes Don Bosco Jehadu, S.Fil", W=W)



# ------------------------------------------------------------------ 10. Sumba Barat 2022
def sumba_barat_2022():
    """Waikabubak house style: a units row under every table header ((Rp), (%)), Roman program
    numbers and codes in parentheses after the names; SAKIP component table with two evaluated
    years as rows (Cyrillic ВВ predikat); RB table with the eight pengungkit areas; revenue
    (PNBP) table and a balance-sheet excerpt as traps."""
    s, y, W = "5312", 2022, 102
    d, c = Doc("dev4/lkj-sumba-barat-2022.txt", s, y), ctx(s, y)
    rnd = random.Random(53122022)
    cover(d, "LAPORAN KINERJA INSTANSI", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA BARAT", "TAHUN ANGGARAN 2022", "",
          "Jl. Weekarou, Waikabubak")
    pengantar(d, c, W, "Waikabubak, 25 Januari 2023", "Sekretaris KPU Kabupaten Sumba Barat,", "Daniel Bulu Kaka, S.H.",
              "NIP. 19700921 199603 1 003")
    d.FF()
    bab(d, ("BAB I  PENDAHULUAN", ""), pendahuluan(c)[:5], W)
    bab(d, ("BAB II  PERENCANAAN KINERJA", ""), perencanaan(c)[:4], W)
    d.FF()
    bab(d, ("BAB III  AKUNTABILITAS KINERJA", "", "3.1 Capaian Kinerja", ""), akuntabilitas_intro(c)[:2], W)
    sk = skor(s, 2021)
    d.L("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis 2022")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Keterangan")
    d.R("", "", "", "", "(%)", "")
    its = [
        dict(ind=SS["akip"], tt="B", rt=predikat(sk).replace("B", "В"), sat="predikat", grade=True, cp="200", ket="Tercapai"),
        dict(ind=SS["bpk"], tt="WTP", rt="WTP", sat="opini", grade=True, cp="100", ket="Tercapai"),
        dict(ind=SS["rb"], tt="20", tn=20, rt="23,47*", rn=23.47, sat="nilai", ket="Tercapai"),
        dict(ind=SS["mutakhir"], tt="100%", tn=100, rt="100%", rn=100, sat="persen", ket="Tercapai"),
        dict(ind=SS["kompetensi"], tt="85%", tn=85, rt="79,35%", rn=79.35, sat="persen", ket="Tidak Tercapai"),
    ]
    for it in its:
        if not it.get("cp"):
            it["cp"] = id_dec(hitung(it["tn"], it["rn"]))
    cap_tabel(d, its, ["no", "ind", "t", "r", "c", "ket"])
    d.L("*) nilai hasil penilaian mandiri (PMPRB), belum divalidasi Inspektorat", "")
    d.L("Tabel 3.2 Pengukuran Kinerja Sasaran Kegiatan 2022")
    d.R("No", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian")
    d.R("", "", "", "", "(%)")
    # the first two indicators share one line (merged row), the second line holds only its name
    d.R("1", SK["lapakun"], "4 Laporan 2 Laporan", "4 Laporan 2 Laporan", "100,00 100,00")
    d.R("2", SK["bmn"], "", "", "")
    d.cap(SK["lapakun"], "4 Laporan", 4, "4 Laporan", 4, "laporan", 100.0, tingkat="sasaran_kegiatan")
    d.cap(SK["bmn"], "2 Laporan", 2, "2 Laporan", 2, "laporan", 100.0, tingkat="sasaran_kegiatan")
    kg = [
        dict(ind=SK["pleno"], tt="100%", tn=100, rt="92,31%", rn=92.31, sat="persen"),
        dict(ind=SK["kepeg"], tt="100%", tn=100, rt="100%", rn=100, sat="persen"),
        dict(ind="Jumlah dokumen perencanaan dan penganggaran yang disusun tepat waktu", tt="6 Dokumen", tn=6,
             rt="5 Dokumen", rn=5, sat="dokumen"),
    ]
    for it in kg:
        it["cp"] = id_dec(hitung(it["tn"], it["rn"]))
    cap_tabel(d, kg, ["no", "ind", "t", "r", "c"], tingkat="sasaran_kegiatan", no=3)
    d.L("")
    d.P("Satu dari tiga belas hasil rapat pleno terlambat ditindaklanjuti karena menunggu petunjuk teknis KPU RI.", W)
    d.P("Perkembangan realisasi dua indikator utama sejak tahun 2019 dibandingkan target nasional KPU RI:", W)
    d.L("Tabel 3.3a Realisasi Indikator 2019-2022")
    d.R("Indikator", "Realisasi 2019", "Realisasi 2020", "Realisasi 2021", "Realisasi 2022", "Target Nasional 2022")
    for ind, sat, vals, tnas in ((SS["rb"], "nilai", ["-", "17,92", "20,15", "23,47"], "22"),
                                 (SS["kompetensi"], "persen", ["70,50", "88,00", "76,85", "79,35"], "85")):
        d.R(ind, *vals, tnas)
        for yy, tx in zip(range(2019, 2023), vals):
            d.seri(ind, yy, "realisasi", tx, None if tx == "-" else float(tx.replace(",", ".")), sat)
        d.seri(ind, 2022, "target_nasional", tnas, float(tnas), sat)
    d.L("")
    d.L("3.2 Hasil Evaluasi SAKIP", "")
    k19, k21 = komps(s, 2019, rnd), komps(s, 2021, rnd, 0.71)
    s19 = skor(s, 2019)
    d.P("Perbandingan hasil evaluasi akuntabilitas kinerja dua periode evaluasi terakhir yang rinciannya "
        "diterima KPU Kabupaten Sumba Barat:", W)
    d.L("Tabel 3.3 Nilai Komponen Evaluasi AKIP")
    d.R("Tahun yang Dinilai", "Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Internal",
        "Nilai", "Predikat")
    d.R("", "(30)", "(30)", "(15)", "(25)", "(100)", "")
    for yy, kp, v in ((2019, k19, s19), (2021, k21, sk)):
        d.R(yy, *[id_dec(kp[k][1]) for k in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")],
            id_dec(v), predikat(v).replace("B", "В"))
        d.sakip_komp(s, yy, v, kp)
    d.L("Sumber: LHE AKIP Inspektorat KPU", "")
    d.P(f"Evaluasi atas tahun 2020 memberikan nilai {id_dec(skor(s, 2020))} tanpa rincian komponen.", W)
    d.sakip(s, 2020, skor(s, 2020))
    d.L("3.3 Reformasi Birokrasi", "")
    d.L("Tabel 3.4 Hasil PMPRB KPU Kabupaten Sumba Barat Tahun 2022")
    d.R("No", "Komponen/Area", "Bobot", "Nilai", "Persen")
    areas = [("Manajemen Perubahan", 2.31, 1.52), ("Deregulasi Kebijakan", 1.65, 1.08), ("Penataan Organisasi", 2.31, 1.43),
             ("Penataan Tatalaksana", 2.31, 1.61), ("Penataan Sistem Manajemen SDM", 4.62, 3.05),
             ("Penguatan Akuntabilitas", 3.3, 2.24), ("Penguatan Pengawasan", 4.62, 2.96),
             ("Peningkatan Kualitas Pelayanan Publik", 1.98, 1.37)]
    for i, (a, b, v) in enumerate(areas, 1):
        d.R(f"A.{i}", a, id_dec(b), id_dec(v), id_dec(v / b * 100))
    pb, pv = round(sum(b for _, b, _ in areas), 2), round(sum(v for _, _, v in areas), 2)
    d.R("A", "Komponen Pengungkit", id_dec(pb), id_dec(pv), id_dec(pv / pb * 100))
    d.R("B", "Komponen Hasil", "13,20", "8,21", id_dec(8.21 / 13.2 * 100))
    tb, tv = round(pb + 13.2, 2), round(pv + 8.21, 2)
    d.R("", "Nilai RB", id_dec(tb), id_dec(tv), id_dec(tv / tb * 100))
    d.rb(2022, tv, tb, round(tv / tb * 100, 2))
    d.L("")
    d.FF()
    d.L("3.4 Realisasi Anggaran", "")
    rows = budget(rnd, y, [("076.01.WA", [("3355", 1286400000), ("3358", 214500000), ("3360", 824700000)]),
                           ("076.01.CQ", [("6640", 139800000), ("6709", 97300000)])])
    d.L("Tabel 3.5 Realisasi Anggaran per Program dan Kegiatan")
    d.R("No", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan")
    d.R("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")
    roman, n = 0, 0
    for r in rows:
        a, b = r["pagu"], r["real"]
        if r["tingkat"] == "program":
            roman += 1
            n = 0
            no, nm = ["I", "II"][roman - 1], f"{r['nama']} ({r['kode']})"
        elif r["tingkat"] == "kegiatan":
            n += 1
            no, nm = str(n), f"{r['nama']} ({r['kode']})"
        else:
            no, nm = "", "JUMLAH TOTAL"
        d.R(no, nm, id_int(a), id_int(b), id_int(a - b), id_dec(serapan(a, b)))
    declare_budget(d, rows, y)
    d.L("")
    d.L("Tabel 3.6 Realisasi Penerimaan Negara Bukan Pajak Tahun 2022")
    d.R("No", "Jenis Pendapatan", "Target", "Realisasi", "%")
    d.R("", "", "(Rp)", "(Rp)", "(%)")
    d.R("1", "Pendapatan Sewa Tanah, Gedung dan Bangunan", "6.000.000", "4.500.000", "75,00")
    d.R("2", "Pendapatan Penjualan Aset", "0", "11.250.000", "-")
    d.R("", "Jumlah", "6.000.000", "15.750.000", "262,50")
    d.L("")
    d.L("Tabel 3.7 Ikhtisar Neraca per 31 Desember 2022")
    d.R("Uraian", "2022", "2021")
    d.R("", "(Rp)", "(Rp)")
    d.R("Aset Lancar (Persediaan)", "42.618.300", "37.905.150")
    d.R("Aset Tetap", "5.118.402.775", "5.276.880.410")
    d.R("Jumlah Aset", "5.161.021.075", "5.314.785.560")
    d.L("")
    d.FF()
    bab(d, ("BAB IV  PENUTUP", ""), penutup(c), W)
    d.L("Waikabubak, 25 Januari 2023", "Sekretaris,", "", "", "Daniel Bulu Kaka, S.H.", "")
    d.FF()
    d.L("LAMPIRAN", "", "Rekap Nilai AKIP Satker KPU se-NTT atas Kinerja Tahun 2021",
        "(hasil pindai lampiran surat KPU Provinsi NTT; sebagian tulisan tidak terbaca)", "")
    d.R("NO", "SATKER", "NILAI", "PREDIKAT")
    d.R("1 2", "KPU Provinsi NTT Kupang", "71,6O", "BB B")
    d.R("3", "Timor Tengah Se1atan", "", "B")
    d.R("4", "Timor Tengah Utara", "64,2Z", "B")
    d.R("5", "Belu", "67,00", "B")
    d.R("8", "Ende", "70,03", "BB")
    d.R("9", "Ngada", "67,55", "B")
    d.R("12", "Sumba Barat", "7l,05", "ВВ")
    d.R("13", "Lem bata", "6S,4O", "")
    d.R("", "", "12,33", "")
    d.R("16", "Nagekeo", "70,36", "BB")
    d.R("21", "Malaka", "65,88", "B")
    for sid in ("5304", "5308", "5309", "5316", "5321"):
        d.sakip(sid, 2021, skor(sid, 2021), keyakinan="rendah")
    d.L("", "Catatan: baris 6, 7, 10, 11, 14, 15 dan 17 s.d. 23 terpotong pada hasil pindai.")
    d.write()


# ------------------------------------------------------------------ 11. Rote Ndao 2019
def rote_ndao_2019():
    """Ba'a house style: 'Laporan Akuntabilitas Kinerja Instansi Pemerintah' spelled out on the
    cover; SAKIP history table with both the evaluation year and the year evaluated; Pemilu 2019
    DPT per kecamatan with DPTb and DPK columns beside L/P/L+P, split by a page break with running
    header and repeated header, 'Total Kab. Rote Ndao'; budget in ribuan with codes in parentheses
    before the names, total row with an empty first cell; multi-year 2015-2019 table with Sisa."""
    s, y, W = "5314", 2019, 100
    d, c = Doc("dev4/lakip-rote-ndao-2019.txt", s, y), ctx(s, y)
    rnd = random.Random(53142019)
    cover(d, "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "SEKRETARIAT KPU KABUPATEN ROTE NDAO",
          "TAHUN 2019", "", "Ba'a, Februari 2020")
    pengantar(d, c, W, "Ba'a, 12 Februari 2020", "Sekretaris KPU Kabupaten Rote Ndao", "Yusuf Ndun, S.Sos",
              "NIP. 19680915 199403 1 007")
    d.FF()
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:4], W)
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[2:5], W)
    d.FF()
    bab(d, ("BAB III AKUNTABILITAS KINERJA", ""), akuntabilitas_intro(c)[:2], W)
    sk = skor(s, 2018)
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2019")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
    its = [
        dict(ind="Persentase Partisipasi Pemilih dalam Pemilu Tahun 2019", tt="77,5", tn=77.5, rt="86,12", rn=86.12, sat="persen"),
        dict(ind=SS["jadwal"], tt="100", tn=100, rt="100", rn=100, sat="persen"),
        dict(ind=SS["logistik"], tt="100", tn=100, rt="98,96", rn=98.96, sat="persen"),
        dict(ind=SS["pelanggaran"], tt="5", tn=5, rt="2,40", rn=2.4, sat="persen", arah="turun"),
        dict(ind=SS["akip"], tt="B", rt=predikat(sk), sat="predikat", grade=True, cp="100"),
        dict(ind=SS["bpk"], tt="WTP", rt="WTP", sat="opini", grade=True, cp="100"),
    ]
    for it in its:
        it.setdefault("cp", None)
        if it["cp"] is None:
            it["cp"] = id_dec(hitung(it["tn"], it["rn"], it.get("arah", "naik")))
    cap_tabel(d, its, ["no", "ind", "t", "r", "c"], width=58, pos="last")
    d.L("Sumber: Subbagian Program dan Data", "")
    d.P("Partisipasi pemilih pada Pemilu 17 April 2019 jauh melampaui target nasional 77,5%. Satu kecamatan "
        "kepulauan (Ndao Nuse) menerima sebagian logistik melewati jadwal karena gelombang tinggi.", W)
    d.L("Tabel 3.2 Riwayat Hasil Evaluasi SAKIP")
    d.R("Tahun Evaluasi", "Tahun yang Dinilai", "Nilai", "Predikat")
    hist = [(2017, 2016, 52.4), (2018, 2017, 57.05), (2019, 2018, sk)]
    for ev, dn, v in hist:
        d.R(ev, dn, id_dec(v), predikat(v))
        d.sakip(s, dn, v)
    d.L("")
    d.FF()
    d.L("LAKIP KPU Kabupaten Rote Ndao 2019", "")
    d.L("3.2 Daftar Pemilih Tetap Pemilu 2019", "")
    tps, l, p = pemilu19(s)[1:]
    kr = kec(rnd, KEC[s], (l, p), tps, 119)
    hdr = ["No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P", "DPTb", "DPK"]
    tb = [rnd.randint(30, 260) for _ in kr]
    dk = [rnd.randint(5, 90) for _ in kr]
    d.L("Tabel 3.3 Rekapitulasi DPT, DPTb dan DPK Pemilu Tahun 2019")
    d.R(*hdr)
    for i, (nm, ds, t, a, b) in enumerate(kr, 1):
        if i == 7:
            d.L("", "- 21 -")
            d.FF()
            d.L("LAKIP KPU Kabupaten Rote Ndao 2019", "")
            d.R(*[h.replace("P", "Р") if h in ("P", "L+P") else h for h in hdr])
        d.R(i, nm, ds, t, id_int(a), id_int(b), id_int(a + b), tb[i - 1], dk[i - 1])
    T = dpt_rows(d, "pemilu", 2019, kr)
    d.R("", "Total Kab. Rote Ndao", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]), id_int(sum(tb)),
        id_int(sum(dk)))
    d.L("")
    d.L("3.3 Realisasi Anggaran", "")
    rows = budget(rnd, y, [("076.01.WA", [("3355", 2315400000), ("3360", 1408700000)]),
                           ("076.01.CQ", [("6639", 3112500000), ("6867", 3985600000), ("6871", 1264300000),
                                          ("6872", 1876900000)])], unit=1000)
    d.P("Realisasi anggaran Tahun 2019 disajikan dalam ribuan rupiah (Rp 000).", W)
    d.L("Tabel 3.4 Realisasi Anggaran TA 2019 (Rp 000)")
    d.R("Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    for r in rows[:-1]:
        r["nama"] = f"({r['kode']}) {r['nama']}"
    ang_tabel(d, rows, ["uraian", "pagu", "real", "sisa", "pct"], lambda n: id_int(n // 1000), K, total=None,
              extra=None)
    d.L("")
    d.P("Catatan: nama program dan kegiatan diawali kode dalam kurung pada dokumen DIPA.", W)
    P, R = rows[-1]["pagu"], rows[-1]["real"]
    d.L("Tabel 3.5 Perkembangan Anggaran 2015-2019 (Rp 000)")
    d.R("Tahun", "Pagu", "Realisasi", "Sisa", "Serapan (%)")
    yrs = [(2015, 2684300, 2517936), (2016, 2415800, 2330167), (2017, 2906450, 2788116), (2018, 5731900, 5588271),
           (2019, P // 1000, R // 1000)]
    for yy, a, b in yrs:
        d.R(yy, id_int(a), id_int(b), id_int(a - b), id_dec(serapan(a, b)))
        if yy != y:
            d.ang("TOTAL", "total", "", a * 1000, b * 1000, serapan(a, b), tahun=yy)
    d.L("")
    d.FF()
    tutup(d, c, "Ba'a, 12 Februari 2020", "Sekretaris,", "", "", "Yusuf Ndun, S.Sos", W=W)



# ------------------------------------------------------------------ 12. Kota Kupang 2021
def kota_kupang_2021():
    """Cover and foreword without a year: the year only in 'Perjanjian Kinerja Tahun 2021' and the
    signature 'Kupang, 17 Januari 2022'. Targets only in the PK table of BAB II, realisasi in a
    later table without targets; horizontal SAKIP history (years as columns); components as rows
    with percent of weight; budget total named 'Total' in a multi-year table; DPB trap."""
    s, y, W = "5371", 2021, 90
    d, c = Doc("dev4/lkj-kota-kupang-2021.txt", s, y), ctx(s, y)
    rnd = random.Random(53712021)
    cover(d, "LAPORAN KINERJA", "", "SEKRETARIAT KOMISI PEMILIHAN UMUM KOTA KUPANG", "", "Jalan Frans Seda, Kupang")
    d.L("KATA PENGANTAR", "")
    d.PP([p.replace(c["thn_kp"], c["kpu"]) for p in kata_pengantar(c)], W)
    d.L("Kupang, 17 Januari 2022", "Sekretaris KPU Kota Kupang,", "", "", "Benediktus Bata Keytimu, S.H.", "")
    d.FF()
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:6], W)
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[:2], W)
    d.L("2.3 Perjanjian Kinerja Tahun 2021", "")
    d.P("Perjanjian Kinerja Sekretariat KPU Kota Kupang memuat sasaran, indikator dan target berikut:", W)
    sk = skor(s, 2020)
    pk = [
        ("Terwujudnya tata kelola organisasi yang efektif dan akuntabel", [
            (SS["akip"].replace("Kabupaten", "Kota"), "B", None, predikat(sk), None, "predikat", "naik", True),
            (SS["bpk"], "WTP", None, "WTP", None, "opini", "naik", True),
            ("Persentase rekomendasi hasil pemeriksaan yang tidak ditindaklanjuti", "5%", 5, "8,5%", 8.5, "persen", "turun", False)]),
        ("Meningkatnya kualitas data pemilih dan layanan informasi", [
            (SS["mutakhir"].replace("Kabupaten", "Kota"), "100%", 100, "100%", 100, "persen", "naik", False),
            (SS["kip"], "80", 80, "83,15", 83.15, "nilai", "naik", False),
            ("Persentase permohonan informasi publik yang dilayani tepat waktu", "95%", 95, "100%", 100, "persen", "naik", False)]),
    ]
    d.L("Tabel 2.1 Perjanjian Kinerja")
    d.R("Sasaran Strategis", "Indikator Kinerja", "Target")
    for ss, its in pk:
        for j, it in enumerate(its):
            d.R(ss if j == 0 else "", it[0], it[1])
    d.L("")
    d.FF()
    bab(d, ("BAB III AKUNTABILITAS KINERJA", ""), akuntabilitas_intro(c), W)
    d.L("Tabel 3.1 Realisasi Indikator Kinerja Sasaran Strategis Tahun 2021")
    d.R("No", "Indikator Kinerja", "Realisasi", "Capaian (%)", "Kategori")
    n = 0
    for ss, its in pk:
        for ind, tt, tn, rt, rn, sat, arah, g in its:
            n += 1
            if g:
                cp, lap = ("100" if RANK[rt] >= RANK[tt] else "90"), None
                lap = float(cp)
                d.cap(ind, tt, None, rt, None, sat, lap, grade=True)
            else:
                h = hitung(tn, rn, arah)
                cp, lap = id_dec(h), h
                d.cap(ind, tt, tn, rt, rn, sat, lap, arah=arah)
            kat = "Sangat Baik" if lap > 100 else "Baik" if lap >= 85 else "Cukup" if lap >= 70 else "Kurang"
            d.R(n, ind, rt, cp, kat)
    d.L("Sumber: diolah dari aplikasi e-Performance", "")
    d.P("Indikator rekomendasi yang tidak ditindaklanjuti bersifat negatif. Sebagian rekomendasi BPK dan "
        "Inspektorat atas pengelolaan persediaan belum selesai ditindaklanjuti sehingga realisasi 8,5% melampaui "
        "batas 5%.", W)
    d.L("3.2 Evaluasi Akuntabilitas Kinerja", "")
    hist = [(2017, 54.1), (2018, skor(s, 2018)), (2019, skor(s, 2019)), (2020, sk)]
    d.P("Perkembangan nilai evaluasi SAKIP KPU Kota Kupang menurut tahun kinerja yang dievaluasi:", W)
    d.L("Tabel 3.2 Perkembangan Nilai SAKIP")
    d.R("Tahun yang Dinilai", *[str(a) for a, _ in hist])
    d.R("Nilai", *[id_dec(v) for _, v in hist])
    d.R("Predikat", *[predikat(v) for _, v in hist])
    for a, v in hist:
        d.sakip(s, a, v)
    d.L("")
    kp = komps(s, 2020, rnd, 0.62)
    d.L("Tabel 3.3 Komponen Evaluasi AKIP atas Kinerja Tahun 2020")
    d.R("Komponen", "Bobot", "Nilai", "% dari Bobot")
    for k in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"):
        d.R(KNM[k], kp[k][0], id_dec(kp[k][1]), id_dec(kp[k][1] / kp[k][0] * 100))
    d.R("Jumlah", "100", id_dec(sk), "")
    d.komp(2020, kp)
    d.L("")
    d.FF()
    d.L("3.3 Data Pemilih", "")
    tps, l, p = pemilu19(s)[1:]
    d.P(f"DPT Pemilu 2019 Kota Kupang berjumlah {id_int(l + p)} pemilih ({id_int(l)} laki-laki dan {id_int(p)} "
        f"perempuan) di {id_int(tps)} TPS. Rekapitulasi Daftar Pemilih Berkelanjutan (DPB) per 31 Desember 2021 "
        f"mencatat 246.118 pemilih, terdiri atas 121.874 laki-laki dan 124.244 perempuan.", W)
    d.dpt("pemilu", 2019, "kabupaten", REFNAME[s], None, tps, l, p, tidak=["jumlah_desa"])
    d.L("3.4 Realisasi Anggaran", "")
    rows = budget(rnd, y, [("076.01.WA", [("3355", 1753200000), ("3358", 305900000), ("3360", 1086700000)]),
                           ("076.01.CQ", [("6640", 215800000), ("6709", 171400000)])])
    d.L("Tabel 3.4 Pagu dan Realisasi Anggaran 2021")
    d.R("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan")
    ang_tabel(d, rows, ["kode", "uraian", "pagu", "real", "sisa", "pct"], lambda n: id_int(n) + ",00",
              lambda r: r["kode"], total="Total")
    d.L("")
    P, R = rows[-1]["pagu"], rows[-1]["real"]
    jb = split_total(P // 1000, 3, rnd, 0.5)
    jr = [int(x * 1000 * R / P) for x in jb]
    jr[0] += R - sum(jr)
    d.L("Tabel 3.5 Realisasi Anggaran menurut Jenis Belanja 2021")
    d.R("Jenis Belanja", "Pagu", "Realisasi", "%")
    for nm, a, b in zip(("Belanja Pegawai (51)", "Belanja Barang (52)", "Belanja Modal (53)"), jb, jr):
        d.R(nm, id_int(a * 1000) + ",00", id_int(b) + ",00", id_dec(serapan(a * 1000, b)))
    d.R("Jumlah", id_int(P) + ",00", id_int(R) + ",00", id_dec(serapan(P, R)))
    d.L("")
    p20, r20 = KA[(s, 2020)]
    d.L("Tabel 3.6 Perbandingan Anggaran 2019-2021")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "Serapan")
    for yy, a, b in ((2019, 21946500000, 21488216703), (2020, p20, r20), (2021, P, R)):
        d.R(yy, id_int(a), id_int(b), id_dec(serapan(a, b)) + "%")
        if yy != y:
            d.ang("TOTAL", "total", "", a, b, serapan(a, b), tahun=yy)
    d.L("")
    d.P("Penerimaan Negara Bukan Pajak tahun 2021 sebesar Rp 7.400.000 berasal dari sewa aula kantor.", W)
    d.FF()
    tutup(d, c, "Kupang, 17 Januari 2022", "Sekretaris,", "", "", "Benediktus Bata Keytimu, S.H.", W=W)


if __name__ == "__main__":
    tulis(manggarai_2021, sumba_barat_2022, rote_ndao_2019, kota_kupang_2021)
