# Fourth blind batch (dev4/), documents 5-8. Run: python3 dev4/author4b.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common4 import *  # noqa: E402,F401


# ------------------------------------------------------------------ 5. Belu 2019
def belu_2019():
    """Atambua house style: Ikhtisar as a 'Key : value' block, capaian table with a Sasaran column
    filled only on a group's first row, 'Rp. 2.586.252.000,-' cells, DIPA revision amounts,
    Pemilu 2019 DPT per kecamatan with DPTb/DPK columns and 'Total Kab. Belu'."""
    s, y, W = "5304", 2019, 100
    d, c = Doc("dev4/lkj-belu-2019.txt", s, y), ctx(s, y)
    rnd = random.Random(53042019)
    cover(d, "LAPORAN KINERJA (LKj)", "SEKRETARIAT KPU KABUPATEN BELU", "TAHUN 2019", "", "ATAMBUA, FEBRUARI 2020")
    pengantar(d, c, W, "Atambua, 14 Februari 2020", "Sekretaris KPU Kabupaten Belu", "Agustinus Bria Seran, SE",
              "NIP. 19690817 199503 1 002")
    d.FF()
    P, R = KA[(s, 2019)]
    tps, l, p = pemilu19(s)[1:]
    d.L("IKHTISAR EKSEKUTIF", "")
    d.P("Ringkasan pelaksanaan tugas Sekretariat KPU Kabupaten Belu Tahun 2019:", W)
    for k, v in [("Satuan Kerja", "Sekretariat KPU Kabupaten Belu (653428)"), ("Periode", "1 Januari - 31 Desember 2019"),
                 ("Jumlah Indikator Kinerja", "6 (enam) indikator"), ("Indikator tercapai", "4 (empat) indikator"),
                 ("Pagu DIPA (setelah revisi)", "Rp. " + id_int(P) + ",-"), ("Realisasi DIPA", "Rp. " + id_int(R) + ",-"),
                 ("Daya serap", id_dec(serapan(P, R)) + " %")]:
        d.L(f"{k:<30}: {v}")
    d.L("")
    d.FF()
    bab(d, ("BAB I", "PENDAHULUAN", ""), pendahuluan(c)[:5], W)
    bab(d, ("BAB II", "PERENCANAAN KINERJA", ""), perencanaan(c)[:4], W)
    d.FF()
    bab(d, ("BAB III", "AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja Organisasi", ""), akuntabilitas_intro(c)[:2], W)
    sk = skor(s, 2018)
    d.L("Tabel 3.1 Pengukuran Kinerja Sekretariat KPU Kabupaten Belu Tahun 2019")
    d.R("No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    rows = [
        ("Meningkatnya kualitas penyelenggaraan Pemilu", [
            dict(ind="Persentase Partisipasi Pemilih dalam Pemilu Tahun 2019", tt="77,5%", tn=77.5, rt="83,16%", rn=83.16, sat="persen"),
            dict(ind=SS["jadwal"], tt="100%", tn=100, rt="100%", rn=100, sat="persen"),
            dict(ind=SS["pelanggaran"], tt="5%", tn=5, rt="6,25%", rn=6.25, sat="persen", arah="turun")]),
        ("Meningkatnya akuntabilitas pengelolaan organisasi", [
            dict(ind=SS["akip"], tt="B", rt=predikat(sk), sat="predikat", grade=True, cp="103%"),
            dict(ind=SS["bpk"], tt="WTP", rt="WTP", sat="opini", grade=True, cp="100%"),
            dict(ind=SS["kompetensi"], tt="80%", tn=80, rt="76,40%", rn=76.4, sat="persen")]),
    ]
    n = 1
    for ss, its in rows:
        for j, it in enumerate(its):
            cp = it.get("cp") or pc(hitung(it["tn"], it["rn"], it.get("arah", "naik")))
            d.R(n, ss if j == 0 else "", it["ind"], it["tt"], it["rt"], cp)
            n += 1
            lap = float(cp.rstrip("%").replace(",", "."))
            if it.get("grade"):
                d.cap(it["ind"], it["tt"], None, it["rt"], None, it["sat"], lap, grade=True)
            else:
                d.cap(it["ind"], it["tt"], it["tn"], it["rt"], it["rn"], it["sat"], lap, arah=it.get("arah", "naik"))
    d.L("Sumber: Subbagian Program dan Data KPU Kabupaten Belu", "")
    d.P("Indikator persentase penyelenggara yang terbukti melakukan pelanggaran tidak tercapai: dari 48 anggota "
        "PPK, 3 orang diberhentikan karena terbukti melanggar kode etik. Kompetensi pegawai belum mencapai target "
        "karena mutasi pegawai organik menjelang tahapan rekapitulasi.", W)
    ind = "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"
    d.P("Perkembangan partisipasi pemilih di Kabupaten Belu pada empat penyelenggaraan terakhir:", W)
    d.L("Tabel 3.1a Tingkat Partisipasi Pemilih 2014-2019")
    d.R("Tahun", "Pemilu/Pemilihan", "Target", "Realisasi")
    for yy, nm, tt, rt in ((2014, "Pemilu Legislatif dan Presiden", "75%", "72,15%"),
                           (2015, "Pemilihan Bupati dan Wakil Bupati", "-", "68,40%"),
                           (2018, "Pemilihan Gubernur dan Wakil Gubernur", "77,5%", "73,92%"),
                           (2019, "Pemilu Serentak", "77,5%", "83,16%")):
        d.R(yy, nm, tt, rt)
        for jenis, tx in (("target", tt), ("realisasi", rt)):
            d.seri(ind, yy, jenis, tx, None if tx == "-" else float(tx.rstrip("%").replace(",", ".")), "persen")
    d.L("")
    d.L("B. Akuntabilitas Kinerja Instansi", "")
    d.P(f"Hasil evaluasi SAKIP tahun 2018 yang diterima pada tahun 2019 menempatkan KPU Kabupaten Belu pada "
        f"predikat {predikat(sk)} dengan nilai {id_dec(sk)}, dengan rincian komponen sebagai berikut.", W)
    kp = komps(s, 2018, rnd, 0.64)
    d.L("Tabel 3.2 Komponen Evaluasi AKIP Tahun 2018")
    d.R("Komponen", "Bobot (%)", "Nilai")
    for k in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"):
        d.R(KNM[k], kp[k][0], id_dec(kp[k][1]))
    d.R("Nilai Akuntabilitas Kinerja", "100", id_dec(sk))
    d.sakip_komp(s, 2018, sk, kp)
    d.L("")
    d.FF()
    d.L("C. Daftar Pemilih Tetap Pemilu 2019", "")
    d.P("Daftar Pemilih Tetap Pemilu Tahun 2019 ditetapkan dalam rapat pleno terbuka setelah tiga kali "
        "perbaikan (DPTHP-1 sampai DPTHP-3). Rekapitulasi per kecamatan sebagai berikut.", W)
    names = ["Atambua Barat", "Atambua Selatan", "Kota Atambua", "Kakuluk Mesak", "Tasifeto Barat",
             "Tasifeto Timur", "Lasiolat", "Lamaknen", "Lamaknen Selatan", "Raihat", "Nanaet Duabesi", "Raimanuk"]
    kr = kec(rnd, names, (l, p), tps, 81)
    d.L("Tabel 3.3 Rekapitulasi DPT, DPTb dan DPK Pemilu 2019")
    d.R("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-laki", "Perempuan", "Total Pemilih", "DPTb", "DPK")
    tb = [rnd.randint(40, 420) for _ in kr]
    dk = [rnd.randint(10, 160) for _ in kr]
    for i, (nm, ds, t, a, b) in enumerate(kr, 1):
        if i == 8:
            d.L("Dokumentasi Foto: Rapat Pleno Terbuka Penetapan DPT Pemilu 2019, Aula KPU Kabupaten Belu")
        d.R(i, nm, ds, t, id_int(a), id_int(b), id_int(a + b), tb[i - 1], dk[i - 1])
    T = dpt_rows(d, "pemilu", 2019, kr)
    d.R("", "Total Kab. Belu", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]), id_int(sum(tb)),
        id_int(sum(dk)))
    d.L("Sumber: Subbagian Teknis dan Hupmas", "")
    d.FF()
    d.L("D. Realisasi Anggaran", "")
    pa, rev = 18556120000, 6
    d.P(f"Pagu awal DIPA Sekretariat KPU Kabupaten Belu Tahun Anggaran 2019 sebesar Rp. {id_int(pa)},- dan "
        f"selama tahun berjalan mengalami {rev} (enam) kali revisi DIPA. Revisi keempat menambah pagu sebesar "
        f"Rp. 1.250.000.000,- untuk honorarium badan adhoc, sehingga pagu akhir menjadi Rp. {id_int(P)},-.", W)
    rows = fit_budget(rnd, [("076.01.WA", ["3355", "3360"]), ("076.01.CQ", ["6639", "6867", "6871", "6872"])], P, R)
    d.L("Tabel 3.4 Realisasi Anggaran per Program dan Kegiatan")
    d.R("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    ang_tabel(d, rows, ["kode", "uraian", "pagu", "real", "sisa", "pct"], lambda n: "Rp. " + id_int(n) + ",-",
              K, total="JUMLAH", wrapw=24, pos="mid", pagu_awal=pa, revisi=rev)
    d.L("")
    d.P("Sisa anggaran terutama berasal dari efisiensi perjalanan dinas dan pengadaan logistik pendukung. "
        "Penerimaan Negara Bukan Pajak tahun 2019 yang disetor ke kas negara "
        "sebesar Rp. 14.650.000,-.", W)
    d.FF()
    tutup(d, c, "Atambua, 14 Februari 2020", "Sekretaris KPU Kabupaten Belu,", "", "", "Agustinus Bria Seran, SE", W=W, bab=("BAB IV", "PENUTUP", ""))



# ------------------------------------------------------------------ 6. Alor 2020
def alor_2020():
    """Kalabahi house style: one small table per indicator ('Tabel 3.n' with a single row), the
    analysis after each; SAKIP components as a 'Key : value' block; budget with Rp in its own
    cell and Sisa cut off by the PDF (one realisasi too, proven by pagu - sisa); DPB trap."""
    s, y, W = "5305", 2020, 96
    d, c = Doc("dev4/lkj-alor-2020.txt", s, y), ctx(s, y)
    rnd = random.Random(53052020)
    cover(d, "LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN ALOR", "", "Periode 1 Januari s.d. 31 Desember 2020",
          "", "Kalabahi, Januari 2021")
    pengantar(d, c, W, "Kalabahi, 22 Januari 2021", "Sekretaris,", "Imanuel Mautuka, S.Sos", "NIP. 19720403 199803 1 006")
    d.FF()
    bab(d, ("BAB I", "PENDAHULUAN", ""), pendahuluan(c)[:7], W)
    bab(d, ("BAB II", "PERENCANAAN KINERJA", ""), perencanaan(c), W)
    d.FF()
    bab(d, ("BAB III", "AKUNTABILITAS KINERJA", ""), akuntabilitas_intro(c)[:1], W)
    sk = skor(s, 2019)
    its = [
        dict(ind=SS["kompetensi"], tt="80%", tn=80, rt="84,61%", rn=84.61, sat="persen",
             why="Sebagian besar pegawai telah memenuhi standar kompetensi jabatan setelah mengikuti pelatihan daring."),
        dict(ind=SS["sarpras"], tt="95%", tn=95, rt="91,30%", rn=91.3, sat="persen",
             why="Beberapa unit komputer dan kendaraan operasional dalam kondisi rusak berat dan menunggu penghapusan."),
        dict(ind=SS["mutakhir"], tt="100%", tn=100, rt="100%", rn=100, sat="persen",
             why="Rekapitulasi Daftar Pemilih Berkelanjutan disampaikan tepat waktu setiap bulan."),
        dict(ind=SS["akip"], tt="B", rt=predikat(sk), sat="predikat", grade=True, cp="Tercapai",
             why=f"Hasil evaluasi atas kinerja tahun 2019 adalah {id_dec(sk)} dengan predikat {predikat(sk)}."),
        dict(ind=SS["bpk"], tt="WTP", rt="WTP", sat="opini", grade=True, cp="Tercapai",
             why="Laporan Keuangan KPU Tahun 2019 kembali memperoleh opini Wajar Tanpa Pengecualian."),
        dict(ind="Persentase temuan BPK yang tidak ditindaklanjuti", tt="10%", tn=10, rt="4%", rn=4, sat="persen",
             arah="turun", why="Dari 25 rekomendasi, hanya 1 rekomendasi yang belum selesai ditindaklanjuti."),
    ]
    for i, it in enumerate(its, 2):
        d.L(f"Indikator {i - 1}: {it['ind']}", "")
        cp = it.get("cp") or pc(hitung(it["tn"], it["rn"], it.get("arah", "naik")))
        d.L(f"Tabel 3.{i}")
        d.R("Target", "Realisasi", "Capaian")
        d.R(it["tt"], it["rt"], cp)
        d.L("")
        d.P(it["why"] + " " + analisis(c, "ini")[i % 2], W)
        if it.get("grade"):
            d.cap(it["ind"], it["tt"], None, it["rt"], None, it["sat"], None, grade=True)
        else:
            d.cap(it["ind"], it["tt"], it["tn"], it["rt"], it["rn"], it["sat"], float(cp.rstrip("%").replace(",", ".")),
                  arah=it.get("arah", "naik"))
    d.L("Indikator Kinerja Kegiatan", "")
    d.P("Selain indikator sasaran strategis, Sekretariat mengukur indikator kinerja kegiatan berikut:", W)
    d.L("Tabel 3.8")
    d.R("No", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian")
    kg = [(SK["lapakun"], "4 Laporan", 4, "4 Laporan", 4, "laporan"),
          (SK["bmn"], "2 Laporan", 2, "2 Laporan", 2, "laporan"),
          (SK["gaji"], "100%", 100, "100%", 100, "persen"),
          (SK["arsip"], "60%", 60, "47,50%", 47.5, "persen")]
    for i, (ind, tt, tn, rt, rn, sat) in enumerate(kg, 1):
        cp = pc(hitung(tn, rn))
        d.R(i, ind, tt, rt, cp)
        d.cap(ind, tt, tn, rt, rn, sat, float(cp.rstrip("%").replace(",", ".")), tingkat="sasaran_kegiatan")
    d.L("")
    d.P("Nilai Reformasi Birokrasi KPU Kabupaten Alor tahun 2020 berdasarkan penilaian mandiri adalah 20,47 "
        "dari bobot 36,30 atau 56,39%.", W)
    d.rb(2020, 20.47, 36.3, 56.39)
    d.FF()
    d.L("Evaluasi AKIP", "")
    s18 = skor(s, 2018)
    d.P(f"Nilai evaluasi AKIP KPU Kabupaten Alor mengalami peningkatan dari {id_dec(s18)} pada evaluasi tahun 2018 "
        f"menjadi {id_dec(sk)} pada evaluasi tahun 2019. Rincian nilai per komponen evaluasi tahun 2019:", W)
    kp = komps(s, 2019, rnd, 0.645)
    for k in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"):
        d.L(f"  {KNM[k]} (bobot {kp[k][0]})".ljust(58) + f": {id_dec(kp[k][1])}")
    d.L("  Nilai Akhir".ljust(58) + f": {id_dec(sk)} ({predikat(sk)})", "")
    d.sakip_komp(s, 2019, sk, kp)
    d.sakip(s, 2018, s18)
    tps, l, p = pemilu19(s)[1:]
    d.L("Data Pemilih", "")
    d.P(f"Sebagai pembanding, Daftar Pemilih Tetap Pemilu Tahun 2019 di Kabupaten Alor berjumlah "
        f"{id_int(l + p)} pemilih, terdiri atas {id_int(l)} laki-laki dan {id_int(p)} perempuan, pada {tps} TPS "
        f"di 175 desa/kelurahan. Hasil pemutakhiran Daftar Pemilih Berkelanjutan (DPB) semester II tahun 2020 "
        f"mencatat 141.206 pemilih (68.950 laki-laki dan 72.256 perempuan); angka DPB ini bukan DPT.", W)
    d.dpt("pemilu", 2019, "kabupaten", REFNAME[s], 175, tps, l, p)
    d.FF()
    d.L("Realisasi Anggaran", "")
    rows = budget(rnd, y, [("076.01.WA", [("3355", 1915600000), ("3358", 208400000), ("3360", 1052700000)]),
                           ("076.01.CQ", [("6639", 214300000), ("6709", 96500000)])])
    P = rows[-1]["pagu"]
    d.P(f"Pagu DIPA Tahun Anggaran 2020 setelah refocusing anggaran untuk penanganan Covid-19 adalah "
        f"Rp {id_int(P)}. Realisasi per kegiatan:", W)
    d.R("Kode", "Uraian", "", "Pagu", "", "Realisasi", "", "Sisa")
    cut = {"3358": "sisa", "6709": "sisa", "3360": "real"}
    for r in rows:
        a, b = r["pagu"], r["real"]
        sa = id_int(a - b)
        rb_ = id_int(b)
        if cut.get(r["kode"]) == "sisa":
            sa = sa[:-1]
        if cut.get(r["kode"]) == "real":
            rb_ = rb_[:-1]
        kode = "" if r["kode"] == "TOTAL" else K(r)
        d.R(kode, "JUMLAH" if r["kode"] == "TOTAL" else r["nama"], "Rp", id_int(a), "Rp", rb_, "Rp", sa)
    declare_budget(d, rows, y, lapor=False)
    d.L("Keterangan: beberapa angka terpotong pada saat ekspor; lihat lampiran SAKTI.", "")
    d.P("Sebagai perbandingan, pada Tahun Anggaran 2019 (tahun Pemilu) total pagu anggaran Sekretariat adalah "
        "Rp 18.945.320.000 dengan realisasi sebesar Rp 18.501.117.436 atau " + id_dec(serapan(18945320000, 18501117436)) + "%.", W)
    d.ang("TOTAL", "total", "", 18945320000, 18501117436, serapan(18945320000, 18501117436), tahun=2019)
    d.P("Nilai persediaan per 31 Desember 2020 tercatat Rp 86.412.500 dan nilai aset tetap Rp 7.905.217.880.", W)
    d.FF()
    tutup(d, c, "Kalabahi, 22 Januari 2021", "Sekretaris KPU Kabupaten Alor", "", "", "Imanuel Mautuka, S.Sos", W=W, bab=("BAB IV", "PENUTUP", ""))



# ------------------------------------------------------------------ 7. Sikka 2023
def sikka_2023():
    """Maumere house style: two-line headers everywhere (the year under the column word), the
    Capaian column before Target; DPT Pemilu 2024 (fixed in 2023) per kecamatan with a DPSHP
    column and 'DPT L / DPT P / DPT L+P', split by a page break WITHOUT repeated header; budget
    (Rp 000) with a multi-year table 2021-2023 without Sisa."""
    s, y, W = "5307", 2023, 94
    d, c = Doc("dev4/lkj-sikka-2023.txt", s, y), ctx(s, y)
    rnd = random.Random(53072023)
    cover(d, "LAPORAN", "KINERJA", "", "KPU KABUPATEN SIKKA", "", "TAHUN ANGGARAN 2023")
    pengantar(d, c, W, "Maumere, 31 Januari 2024", "SEKRETARIS KPU KABUPATEN SIKKA", "Maria Goreti Da Silva, S.E., M.M.",
              "NIP 19760512 200212 2 004")
    d.FF()
    bab(d, ("I. PENDAHULUAN", ""), pendahuluan(c)[:3] + pendahuluan(c)[5:], W)
    bab(d, ("II. PERENCANAAN KINERJA", ""), perencanaan(c)[:4], W)
    d.FF()
    bab(d, ("III. AKUNTABILITAS KINERJA", ""), akuntabilitas_intro(c)[:2], W)
    sk = skor(s, 2022)
    d.L("Tabel 3.1", "Capaian Kinerja Sasaran Strategis")
    tabel(d, [["No", "Indikator Kinerja", "Capaian", "Target", "Realisasi"],
              ["", "", "(%)", "2023", "2023"]])
    its = [
        dict(ind=SS["mutakhir"], tt="100%", tn=100, rt="100%", rn=100, sat="persen"),
        dict(ind="Persentase KPU Kabupaten dalam melaksanakan tahapan Pemilu 2024 sesuai jadwal", tt="100%", tn=100,
             rt="97,14%", rn=97.14, sat="persen"),
        dict(ind=SS["akip"], tt="B", rt=predikat(sk), sat="predikat", grade=True, cp="100"),
        dict(ind=SS["bpk"], tt="WTP", rt="WTP", sat="opini", grade=True, cp="100"),
        dict(ind=SS["kip"], tt="85", tn=85, rt="88,60", rn=88.6, sat="nilai"),
        dict(ind="Persentase pengaduan masyarakat yang tidak ditindaklanjuti", tt="10%", tn=10, rt="12,5%", rn=12.5,
             sat="persen", arah="turun"),
    ]
    for i, it in enumerate(its, 1):
        cp = it.get("cp") or id_dec(hitung(it["tn"], it["rn"], it.get("arah", "naik")))
        d.R(i, it["ind"], cp, it["tt"], it["rt"])
        lap = float(cp.replace(",", "."))
        if it.get("grade"):
            d.cap(it["ind"], it["tt"], None, it["rt"], None, it["sat"], lap, grade=True)
        else:
            d.cap(it["ind"], it["tt"], it["tn"], it["rt"], it["rn"], it["sat"], lap, arah=it.get("arah", "naik"))
    d.L("Sumber: Subbagian Perencanaan, Data dan Informasi", "")
    d.P("Pengaduan masyarakat yang tidak ditindaklanjuti adalah indikator negatif. Dari 16 pengaduan selama "
        "tahapan pencalonan anggota DPRD, 2 pengaduan belum ditindaklanjuti sampai akhir tahun.", W)
    s21, s20 = skor(s, 2021), skor(s, 2020)
    d.P(f"Pada tahun 2023 KPU Kabupaten Sikka menerima Laporan Hasil Evaluasi AKIP atas kinerja tahun 2022 "
        f"dengan nilai {id_dec(sk)} (predikat {predikat(sk)}). Nilai ini meningkat dibanding evaluasi atas tahun "
        f"2021 sebesar {id_dec(s21)} dan sedikit di atas evaluasi atas tahun 2020 sebesar {id_dec(s20)}; ketiganya "
        f"berada pada predikat yang sama.", W)
    for yy, v in ((2022, sk), (2021, s21), (2020, s20)):
        d.sakip(s, yy, v)
    d.FF()
    d.L("3.2 Penetapan Daftar Pemilih Tetap Pemilu 2024", "")
    tps, l, p = pemilu24(s)[1:]
    kr = kec(rnd, KEC[s], (l, p), tps, 160)
    d.P("Pada tanggal 21 Juni 2023 KPU Kabupaten Sikka menetapkan Daftar Pemilih Tetap (DPT) Pemilu Tahun 2024 "
        "dalam rapat pleno terbuka. Rincian per kecamatan beserta jumlah Daftar Pemilih Sementara Hasil "
        "Perbaikan (DPSHP) sebagai pembanding:", W)
    d.L("Tabel 3.2", "Rekapitulasi DPT Pemilu 2024 per Kecamatan")
    tabel(d, [["No", "Kecamatan", "Desa/", "TPS", "DPSHP", "DPT L", "DPT P", "DPT L+P"],
              ["", "", "Kel.", "", "(L+P)", "", "", ""]])
    dl = split_total(3871, len(kr), rnd, 0.7)
    for i, (nm, ds, t, a, b) in enumerate(kr, 1):
        if i == 12:
            d.L("", "Laporan Kinerja KPU Kabupaten Sikka 2023" + " " * 30 + "- 19 -")
            d.FF()
        d.R(i, nm, ds, t, id_int(a + b + dl[i - 1]), id_int(a), id_int(b), id_int(a + b))
    T = dpt_rows(d, "pemilu", 2024, kr)
    d.R("", "Jumlah", T[0], T[1], id_int(T[2] + T[3] + 3871), id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]))
    d.L("")
    d.P("Jumlah DPT turun 3.871 pemilih dibanding DPSHP karena pencoretan pemilih meninggal dunia, pindah "
        "domisili dan ganda.", W)
    d.L("3.3 Realisasi Anggaran", "")
    rows = budget(rnd, y, [("076.01.WA", [("3355", 1944300000), ("3358", 386000000), ("3360", 1262800000)]),
                           ("076.01.CQ", [("6640", 1105200000), ("6867", 8347400000), ("6709", 918600000)])], unit=1000)
    d.L("Tabel 3.3", "Realisasi Anggaran TA 2023 (Rp 000)")
    tabel(d, [["Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"],
              ["", "", "2023", "2023", "", "(%)"]])
    ang_tabel(d, rows, ["kode", "uraian", "pagu", "real", "sisa", "pct"], lambda n: id_int(n // 1000),
              lambda r: r["kode"] if r["tingkat"] == "program" else r["kode"], total="Total")
    d.L("")
    P, R = rows[-1]["pagu"], rows[-1]["real"]
    p21, r21 = KA[(s, 2021)]
    p22, r22 = 5238410000, 5104766000
    d.L("Tabel 3.4", "Perkembangan Anggaran 2021-2023 (dalam rupiah, disalin dari aplikasi Monev DJA)")
    tabel(d, [["Uraian", "TA", "TA", "TA"], ["", "2021", "2022", "2023"],
              ["Pagu", en_int(p21), en_int(p22), en_int(P)],
              ["Realisasi", en_int(r21), en_int(r22), en_int(R)],
              ["Serapan (%)", en_dec(serapan(p21, r21)), en_dec(serapan(p22, r22)), en_dec(serapan(P, R))]])
    for yy, a, b in ((2021, p21, r21), (2022, p22, r22)):
        d.ang("TOTAL", "total", "", a, b, serapan(a, b), tahun=yy)
    d.L("")
    d.FF()
    tutup(d, c, "Maumere, 31 Januari 2024", "SEKRETARIS,", "", "", "Maria Goreti Da Silva, S.E., M.M.", W=W, bab=("IV. PENUTUP", ""))



# ------------------------------------------------------------------ 8. Ende 2024
def ende_2024():
    """Flattened with pdftotext -layout: no TAB, columns padded with spaces, numbers
    right-aligned, centred headings; capaian rows wrapped with values on the FIRST line;
    Pilkada 2024 DPT per kecamatan (totals = real province report); budget in ribuan with
    program names over three lines and amounts on the middle line."""
    s, y, W = "5308", 2024, 88
    d, c = Doc("dev4/lkj-ende-2024.txt", s, y, flat=True), ctx(s, y)
    rnd = random.Random(53082024)
    ctr = lambda t: " " * max(0, (88 - len(t)) // 2) + t
    cover(d, ctr("LAPORAN KINERJA"), ctr("SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN ENDE"), "", ctr("TAHUN 2024"), "",
          ctr("Jalan El Tari, Ende"))
    d.L(ctr("KATA PENGANTAR"), "")
    d.PP(kata_pengantar(c), W)
    d.L(" " * 50 + "Ende, 24 Januari 2025", " " * 50 + "Sekretaris KPU Kabupaten Ende,", "", "",
        " " * 50 + "Yoseph Dhae Wangge, S.Pd", " " * 50 + "NIP 19750228 200501 1 009", "")
    d.FF()
    bab(d, (ctr("BAB I"), ctr("PENDAHULUAN"), ""), pendahuluan(c)[:4], W)
    bab(d, (ctr("BAB II"), ctr("PERENCANAAN KINERJA"), ""), perencanaan(c)[1:4], W)
    d.FF()
    bab(d, (ctr("BAB III"), ctr("AKUNTABILITAS KINERJA"), ""), akuntabilitas_intro(c)[:1], W)
    sk = skor(s, 2023)
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2024", "")
    items = [
        dict(ind=SS["partisipasi"] + " (Pemilu 2024)", tt="78%", tn=78, rt="84,37%", rn=84.37, sat="persen"),
        dict(ind=SS["partisipasi"] + " (Pemilihan 2024)", tt="78%", tn=78, rt="69,42%", rn=69.42, sat="persen"),
        dict(ind=SS["aman"], tt="100%", tn=100, rt="100%", rn=100, sat="persen"),
        dict(ind=SS["pelanggaran"], tt="2%", tn=2, rt="0,8%", rn=0.8, sat="persen", arah="turun"),
        dict(ind=SS["akip"], tt="BB", rt=predikat(sk), sat="predikat", grade=True, cp="-", lapor=None),
        dict(ind=SS["bpk"], tt="WTP", rt="WTP", sat="opini", grade=True, cp="100%"),
        dict(ind=SS["kip"], tt="80", tn=80, rt="Belum Penilaian", rn=None, sat="nilai", cp="-"),
    ]
    rows = [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]]
    tmp = Doc("x", s, y)
    cap_tabel(tmp, items, ["no", "ind", "t", "r", "c"], mode="tab", width=44, pos="first")
    rows += [l.split("\t") for l in tmp.lines]
    d.t["capaian"] += tmp.t["capaian"]
    tabel(d, rows, "layout")
    d.L("", "Sumber: Subbagian Perencanaan, Data dan Informasi", "")
    d.P(f"Nilai evaluasi AKIP atas kinerja tahun 2023 adalah {id_dec(sk)} dengan predikat {predikat(sk)}, sehingga "
        f"target predikat BB belum tercapai. Penilaian Keterbukaan Informasi Publik tahun 2024 belum dilaksanakan "
        f"oleh Komisi Informasi Provinsi. Partisipasi pada Pemilihan Serentak 27 November 2024 berada di bawah "
        f"target karena kejenuhan pemilih setelah Pemilu Februari.", W)
    ind = "Persentase Partisipasi Pemilih dalam Pemilu"
    d.P("Perbandingan partisipasi pemilih pada tiga Pemilu terakhir:", W)
    d.L("Tabel 3.1a Partisipasi Pemilih Pemilu 2014, 2019 dan 2024", "")
    ser = {"target": ["75%", "77,5%", "78%"], "realisasi": ["70,12%", "81,66%", "84,37%"]}
    tabel(d, [["Uraian", "2014", "2019", "2024"]] + [[j.capitalize()] + ser[j] for j in ("target", "realisasi")],
          "layout")
    for j in ("target", "realisasi"):
        for yy, tx in zip((2014, 2019, 2024), ser[j]):
            d.seri(ind, yy, j, tx, float(tx.rstrip("%").replace(",", ".")), "persen")
    d.L("")
    kp = komps(s, 2023, rnd, 0.69)
    d.L("Tabel 3.2 Rincian Hasil Evaluasi AKIP Tahun 2023", "")
    tabel(d, [["No", "Komponen", "Bobot", "Nilai"]] +
          [[str(i), KNM[k], str(kp[k][0]), id_dec(kp[k][1])] for i, k in
           enumerate(("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"), 1)] +
          [["", "Nilai Akuntabilitas Kinerja", "100", id_dec(sk)]], "layout")
    d.sakip_komp(s, 2023, sk, kp)
    d.L("")
    d.FF()
    tps, l, p = pemilu24(s)[1:]
    d.P(f"Pada Pemilu 14 Februari 2024, DPT Kabupaten Ende berjumlah {id_int(l + p)} pemilih ({id_int(l)} laki-laki, "
        f"{id_int(p)} perempuan) yang tersebar di {tps} TPS, ditambah 1.106 pemilih DPTb dan 2.385 pemilih DPK.", W)
    d.dpt("pemilu", 2024, "kabupaten", REFNAME[s], None, tps, l, p, tidak=["jumlah_desa"])
    tp, L, Pp = PILKADA24_REAL[s]
    kr = kec(rnd, KEC[s], (L, Pp), tp, 278)
    d.P("DPT Pemilihan Bupati dan Wakil Bupati Ende Tahun 2024 per kecamatan:", W)
    d.L("Tabel 3.3 DPT Pemilihan Serentak 2024", "")
    rows = [["No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah"]]
    for i, (nm, ds, t, a, b) in enumerate(kr, 1):
        rows.append([str(i), nm, str(ds), str(t), id_int(a), id_int(b), id_int(a + b)])
    T = dpt_rows(d, "pilkada", 2024, kr)
    rows.append(["", "JUMLAH", str(T[0]), str(T[1]), id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3])])
    tabel(d, rows, "layout")
    d.L("")
    d.FF()
    d.L("3.4 Realisasi Anggaran", "")
    rows = budget(rnd, y, [("076.01.WA", [("3355", 4125300000), ("3360", 2734900000)]),
                           ("076.01.CQ", [("6639", 11650200000), ("6867", 15873500000), ("6872", 3488400000)])], unit=1000)
    d.P("Realisasi anggaran DIPA Tahun Anggaran 2024 (dalam ribuan rupiah):", W)
    tmp = Doc("x", s, y)
    ang_tabel(tmp, rows, ["kode", "uraian", "pagu", "real", "sisa", "pct"], lambda n: id_int(n // 1000),
              lambda r: r["kode"], total="JUMLAH", wrapw=22, pos="mid")
    tabel(d, [["Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"]] + [l.split("\t") for l in tmp.lines],
          "layout")
    d.t["anggaran"] += tmp.t["anggaran"]
    d.L("")
    d.P("Selain DIPA, KPU Kabupaten Ende mengelola dana hibah Pemilihan dari APBD sebesar Rp 29.500.000.000 yang "
        "dipertanggungjawabkan secara terpisah.", W)
    d.FF()
    tutup(d, c, " " * 50 + "Ende, 24 Januari 2025", " " * 50 + "Sekretaris,", "", "", " " * 50 + "Yoseph Dhae Wangge, S.Pd", W=W, bab=(ctr("BAB IV"), ctr("PENUTUP"), ""))


if __name__ == "__main__":
    tulis(belu_2019, alor_2020, sikka_2023, ende_2024)
