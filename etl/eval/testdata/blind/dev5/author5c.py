# Fifth blind batch (dev5/), documents 9-12. Run: python3 dev5/author5c.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import *  # noqa: E402,F401


def ringkas(d, c, ttd, sub2=None):
    """Foreword, BAB I and BAB II as plain prose (ttd: the signature lines)."""
    pengantar(d, c, ttd)
    d.FF()
    bab(d, "BAB I\nPENDAHULUAN", pendahuluan(c)[:6])
    d.FF()
    bab(d, "BAB II\nPERENCANAAN KINERJA", perencanaan(c)[:4], sub2)


# ====================================================================== 9. Rote Ndao 2021
def rote_ndao_2021():
    """Targets only in the PK table of BAB II; the BAB III realisation table has no target and a
    Tercapai/Tidak Tercapai column; sasaran-kegiatan counts (`Laporan`); SAKIP 2020 components as
    rows; budget rows wrapped with the amounts on the last line; multi-year table 2019-2021 that
    agrees with earlier reports; Pemilu 2019 DPT in prose beside a DPB figure."""
    d, c, rnd = buka("dev5/lkj-rote-ndao-2021.txt", "5314", 2021, 90, (
        "LAPORAN", "KINERJA", "", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN ROTE NDAO", "", "2021", "", "Ba'a"))
    ttd = ("Ba'a, 21 Januari 2022", "Sekretaris KPU Kabupaten Rote Ndao,", "", "", "JUSUF M. ADOE, S.E.",
           "NIP. 19730630 200212 1 003")
    ringkas(d, c, ttd, "2.1 Perjanjian Kinerja Tahun 2021")
    s20 = skor("5314", 2020)
    items = [Ind("akip", "B", predikat(s20), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("rb", 55, 53.9, "nilai"), Ind("mutakhir", 100, 100), Ind("kompetensi", 80, 83.4),
             Ind("sarpras", 90, 91.7), Ind("lapakun", 4, 4, "laporan", tingkat="sasaran_kegiatan"),
             Ind("bmn", 2, 2, "laporan", tingkat="sasaran_kegiatan"), Ind("kepeg", 95, 96.2, tingkat="sasaran_kegiatan")]
    cell = lambda it, v: v if it.grade else (f"{angka(v)} Laporan" if it.sat == "laporan" else
                                             (angka(v) + "%" if it.sat == "persen" else angka(v)))
    d.L("Tabel 2.1 Target Perjanjian Kinerja Tahun 2021", "")
    d.R("No", "Indikator Kinerja", "Target")
    for i, it in enumerate(items, 1):
        if i == 7:
            d.R("", "Indikator Kinerja Kegiatan", "")
        d.R(i, it.ind, cell(it, it.t))
    d.B()
    d.FF()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c), "3.1 Realisasi Indikator Kinerja")
    d.P("Realisasi setiap indikator dibandingkan dengan target Perjanjian Kinerja pada Tabel 2.1.")
    d.L("Tabel 3.1 Realisasi Indikator Kinerja Tahun 2021", "")
    d.R("No", "Indikator Kinerja", "Realisasi", "Capaian", "Keterangan")
    for i, it in enumerate(items, 1):
        if i == 7:
            d.R("", "Indikator Kinerja Kegiatan", "", "", "")
        d.R(i, it.ind, cell(it, it.r), id_dec(it.cp) + "%", "Tercapai" if it.cp >= 100 else "Tidak Tercapai")
        it.fakta(d, cell(it, it.t), cell(it, it.r))
    d.B()
    d.PP(analisis(c, "nilai reformasi birokrasi"))
    d.L("3.2 Evaluasi SAKIP", "")
    k = komponen("5314", 2020, rnd, s20 / 100)
    d.P(f"Hasil evaluasi implementasi SAKIP tahun 2020 yang diterima pada tahun 2021 adalah {id_dec(s20)} "
        f"({predikat(s20)}) dengan rincian komponen berikut.")
    d.L("Tabel 3.2 Komponen Evaluasi SAKIP Tahun 2020", "")
    komp_baris(d, 2020, s20, k, jumlah="Nilai Akhir", nomor=True)
    d.P("Pemutakhiran data pemilih berkelanjutan berpedoman pada DPT Pemilu 2019. Rekapitulasi Daftar Pemilih "
        "Berkelanjutan (DPB) semester II 2021 mencatat 91.436 pemilih. Keduanya per kecamatan:")
    rows = DPT_LAMA["5314"]
    dpb = sebanding(rnd, rows, sum(r[2] for r in rows), 45_027, 46_409)
    d.L("Tabel 3.3 DPT Pemilu 2019 dan DPB Semester II 2021 per Kecamatan", "")
    cetak_dpt(d, "pemilu", 2019, rows, [("No", "Kecamatan", "Desa/Kel", "TPS", "DPT Pemilu 2019", "", "",
                                          "DPB Semester II 2021", "", ""),
                                         ("", "", "", "", "L", "P", "L+P", "L", "P", "L+P")], "Jumlah",
              tambah=lambda i: tuple(id_int(x) for x in ((45_027, 46_409, 91_436) if i is None else
                                                          (dpb[i][3], dpb[i][4], dpb[i][3] + dpb[i][4]))))
    d.B()
    d.FF()
    d.L("3.3 Realisasi Anggaran", "")
    P, R = total_lama("5314", 2021)
    rows = anggaran(rnd, [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709"])], P, R)
    d.L("Tabel 3.4 Realisasi Anggaran per Kegiatan Tahun 2021", "")
    d.R("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
    for r in rows:
        tot = r["kode"] == "TOTAL"
        parts = ["JUMLAH"] if tot else textwrap.wrap(r["nama"], 30)
        for j, part in enumerate(parts):
            last = j == len(parts) - 1
            d.R(kode_pendek(r) if j == 0 and not tot else "", part,
                *((id_int(r["pagu"]), id_int(r["real"]), id_int(r["pagu"] - r["real"]),
                   id_dec(serapan(r["pagu"], r["real"]))) if last else ("", "", "", "")))
    nyatakan(d, rows)
    d.B()
    d.L("Tabel 3.5 Realisasi Anggaran Tahun 2019-2021", "")
    d.R("Tahun", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)")
    total_tahun(d, [(y, *total_lama("5314", y)) for y in (2019, 2020)] + [(2021, P, R)],
                lambda y, a, b: (y, id_int(a), id_int(b), id_dec(serapan(a, b))), 2021)
    d.B()
    d.P("Nilai aset tetap Sekretariat KPU Kabupaten Rote Ndao per 31 Desember 2021 tercatat sebesar "
        "Rp 2.914.603.250 dan persediaan sebesar Rp 48.215.400, sebagaimana disajikan dalam Laporan Keuangan.")
    tutup(d, c, "", *ttd)


# ====================================================================== 10. Sumba Barat Daya 2022
OUTPUT = {"3355": [("EBD.955", "Layanan Manajemen Keuangan"), ("EBA.956", "Layanan BMN")],
          "3358": [("EBD.953", "Layanan Pendidikan dan Pelatihan"), ("EBA.962", "Layanan Umum")],
          "3360": [("EBA.994", "Layanan Perkantoran"), ("EBB.951", "Layanan Sarana Internal")],
          "6640": [("QDC.001", "Pemutakhiran Data Pemilih Berkelanjutan")],
          "6709": [("QDB.001", "Sosialisasi dan Pendidikan Pemilih"), ("QDB.002", "Layanan Informasi Publik")]}


def keluaran(rnd, rows):
    """Inserts the outputs of OUTPUT under each kegiatan row, splitting its pagu (by 1000) and
    realisasi so that they sum to the kegiatan."""
    out = []
    for r in rows:
        out.append(r)
        outs = OUTPUT.get(r["kode"], []) if r["tingkat"] == "kegiatan" else []
        pg = [r["pagu"]] if len(outs) == 1 else [r["pagu"] * 3 // 5 // 1000 * 1000]
        rl = [r["real"]] if len(outs) == 1 else [min(int(pg[0] * r["real"] / r["pagu"] * rnd.uniform(0.99, 1.01)), pg[0])]
        if len(outs) == 2:
            pg.append(r["pagu"] - pg[0])
            rl.append(r["real"] - rl[0])
        for (suf, nama), a, b in zip(outs, pg, rl):
            assert b <= a
            out.append({"kode": f"{r['kode']}.{suf}", "tingkat": "output", "induk": r["kode"], "nama": nama,
                        "pagu": a, "real": b})
    return out


def sbd_2022():
    """Full-path budget codes (`076.01.WA.3355.EBD.955`) down to outputs; Cyrillic `ВВ` target;
    lower-is-better indicator; SAKIP of three evaluated years in one sentence; RB in prose;
    Pemilu 2019 DPT in prose beside a DPB figure."""
    d, c, rnd = buka("dev5/lkj-sumba-barat-daya-2022.txt", "5318", 2022, 98, (
        "LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN ANGGARAN 2022", "", "", "Tambolaka"))
    ttd = ("Tambolaka, 27 Januari 2023", "Sekretaris,", "", "", "SAMUEL B. LEDE, S.Pd", "NIP. 19760118 200212 1 002")
    ringkas(d, c, ttd)
    d.FF()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c), "3.1 Capaian Indikator Kinerja")
    s21, s20, s19 = skor("5318", 2021), skor("5318", 2020), skor("5318", 2019)
    items = [(Ind("akip", "BB", predikat(s21), "predikat", grade=True), "ВВ"),
             (Ind("bpk", "WTP", "WTP", "opini", grade=True), "WTP"), (Ind("rb", 60, 61.35, "nilai"), None),
             (Ind("mutakhir", 100, 100), None), (Ind("kompetensi", 88, 90.4), None), (Ind("sarpras", 95, 92.8), None),
             (Ind("sengketa", 100, 100), None), (Ind("pelanggaran", 1, 0, arah="turun"), None)]
    d.L("Tabel 3.1 Capaian Indikator Kinerja Sasaran Strategis Tahun 2022", "")
    d.R("No", "Indikator", "Target", "Realisasi", "% Capaian")
    for i, (it, tcell) in enumerate(items, 1):
        if it.grade:
            tt, rt = tcell, it.r
        else:
            tt, rt = (angka(it.t), angka(it.r)) if it.sat == "nilai" else (angka(it.t) + "%", angka(it.r) + "%")
        d.R(i, it.ind, tt, rt, id_dec(it.cp))
        it.fakta(d, tt.replace("В", "B"), rt)
    d.B()
    d.PP(analisis(c, "persentase tersedianya sarana dan prasarana"))
    d.P(f"Evaluasi AKIP Tahun 2021 sebesar {id_dec(s21)} ({predikat(s21)}), Evaluasi AKIP Tahun 2020 sebesar "
        f"{id_dec(s20)} ({predikat(s20)}) dan Evaluasi AKIP Tahun 2019 sebesar {id_dec(s19)} ({predikat(s19)}). "
        "Target predikat BB untuk tahun 2022 belum tercapai.")
    for y, v in ((2021, s21), (2020, s20), (2019, s19)):
        d.sakip("5318", y, v)
    rbn, rbb = 22.27, 36.3
    rbp = round(rbn / rbb * 100, 2)
    d.P(f"Nilai evaluasi Reformasi Birokrasi tahun 2022 adalah {id_dec(rbn)} ({id_dec(rbp)}%) dari bobot "
        f"{id_dec(rbb)}, dikonversi menjadi 61,35 pada skala 100.")
    d.rb(2022, rbn, rbb, rbp)
    dpt_kalimat(d, "pemilu", 2019, lambda n, l, p, tps: f"DPT Pemilu Tahun 2019 Kabupaten Sumba Barat Daya "
                f"berjumlah {n} pemilih, terdiri atas {l} laki-laki dan {p} perempuan, di {tps} TPS; Daftar Pemilih "
                "Berkelanjutan Desember 2022 berjumlah 236.904 pemilih.")
    d.FF()
    d.L("3.2 Realisasi Anggaran", "")
    rows = keluaran(rnd, baru(rnd, 4_386_270_000, 0.9702,
                              [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709"])]))
    full = {}
    for r in rows[:-1]:  # a code under its parent's full code: 076.01.WA, 076.01.WA.3355, 076.01.WA.3355.EBD.955
        full[r["kode"]] = (full[r["induk"]] + "." + r["kode"].split(".", 1)[-1]) if r["induk"] else r["kode"]
    d.L("Tabel 3.3 Realisasi Anggaran sampai dengan Rincian Output Tahun 2022", "")
    cetak_anggaran(d, rows, ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
                   sel_baku("Jumlah", kode=lambda r: full[r["kode"]]))
    d.B()
    d.P("Seluruh kode pada tabel ditulis lengkap sesuai struktur RKA-K/L: program, kegiatan, klasifikasi rincian "
        "output dan rincian output.")
    tutup(d, c, "", "Tambolaka, 27 Januari 2023", "Sekretaris KPU Kabupaten Sumba Barat Daya,", "", "",
          "SAMUEL B. LEDE, S.Pd", "NIP. 19760118 200212 1 002")



# ====================================================================== 11. Manggarai Timur 2019
def manggarai_timur_2019():
    """Capaian with letter group rows and Capaian before Realisasi; SAKIP 2018 written
    `CC (55,74)` with component rows; Pilgub 2018 DPT per kecamatan split by a page break
    (footer, running header, no repeated header); Pemilu 2019 DPT in prose with DPTb/DPK;
    budget in rupiah with `Rp.` cells and two cut-off Sisa cells."""
    d, c, rnd = buka("dev5/lkj-manggarai-timur-2019.txt", "5319", 2019, 96, (
        "LAPORAN KINERJA", "(LKj)", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2019", "", "Borong"))
    ttd = ("Borong, 24 Januari 2020", "Sekretaris KPU Kabupaten Manggarai Timur,", "", "",
           "KRISPINUS A. NGALU, S.H.", "NIP. 19740219 200312 1 004")
    ringkas(d, c, ttd)
    d.FF()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c), "A. Pengukuran Capaian Kinerja")
    s18 = skor("5319", 2018)
    groups = [("A. Sasaran: Meningkatnya kualitas penyelenggaraan Pemilu", [
        Ind("partisipasi", 77.5, 80.92), Ind("jadwal", 100, 100), Ind("logistik", 100, 96.5),
        Ind("pelanggaran", 2, 0.8, arah="turun")]),
        ("B. Sasaran: Meningkatnya akuntabilitas dan kapasitas kelembagaan", [
            Ind("akip", "B", predikat(s18), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
            Ind("kompetensi", 75, 78.6)])]
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2019", "")
    d.R("No", "Indikator Kinerja", "Target", "Capaian", "Realisasi")
    n = 0
    for head, items in groups:
        d.R("", head, "", "", "")
        for it in items:
            n += 1
            tt, rt = (it.t, it.r) if it.grade else (angka(it.t) + "%", angka(it.r) + "%")
            d.R(n, it.ind, tt, id_dec(it.cp) + "%", rt)
            it.fakta(d, tt, rt)
    d.B()
    d.PP(analisis(c, "partisipasi pemilih"))
    d.L("B. Evaluasi SAKIP", "")
    k = komponen("5319", 2018, rnd, s18 / 100)
    d.P(f"Hasil evaluasi SAKIP tahun 2018 yang disampaikan KPU RI pada tahun 2019 adalah {skor_prosa('5319', 2018)}, "
        "sehingga target predikat B belum tercapai. Rincian penilaian:")
    komp_baris(d, 2018, s18, k, ("Komponen yang Dinilai", "Bobot", "Nilai"), "Nilai Evaluasi Tahun 2018")
    d.FF()
    d.L("LKj KPU Kabupaten Manggarai Timur 2019", "", "C. Data Pemilih", "")
    dpt_kalimat(d, "pemilu", 2019, lambda n, l, p, tps: "Daftar Pemilih Tetap Pemilu Tahun 2019 Kabupaten "
                f"Manggarai Timur berjumlah {n} pemilih ({l} laki-laki, {p} perempuan) di {tps} TPS. Selain itu "
                "tercatat 1.206 pemilih dalam Daftar Pemilih Tambahan (DPTb) dan 2.318 pemilih dalam Daftar Pemilih "
                "Khusus (DPK).")
    d.P("Sebagai pembanding, DPT Pemilihan Gubernur dan Wakil Gubernur NTT Tahun 2018 per kecamatan adalah:")
    names = ["Borong", "Rana Mese", "Kota Komba", "Elar", "Elar Selatan", "Sambi Rampas", "Poco Ranaka",
             "Poco Ranaka Timur", "Lamba Leda", "Congkar"]
    desa = [25, 15, 15, 19, 19, 20, 18, 15, 11, 19]
    rows = kecamatan(rnd, names, *pemilih("5319", "pilkada", 2018), desa)
    d.L("Tabel 3.4 DPT Pemilihan Gubernur dan Wakil Gubernur NTT Tahun 2018", "")
    d.R("KECAMATAN", "DESA/KEL.", "TPS", "PEMILIH LAKI-LAKI", "PEMILIH PEREMPUAN", "TOTAL")
    for i, r in enumerate(rows):
        if i == 6:
            d.L("", "Halaman 17 dari 29")
            d.FF()
            d.L("LKj KPU Kabupaten Manggarai Timur 2019", "")
        d.R(r[0].upper(), r[1], r[2], id_int(r[3]), id_int(r[4]), id_int(r[3] + r[4]))
    T = dpt_kec(d, "pilkada", 2018, rows)
    d.R("JUMLAH", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]))
    d.B()
    d.FF()
    d.L("D. Realisasi Anggaran", "")
    rows = baru(rnd, 13_372_940_000, 0.9631,
                [("076.01.WA", ["3355", "3360"]), ("076.01.CQ", ["6639", "6867", "6871", "6872"])])
    d.L("Tabel 3.6 Realisasi Anggaran Tahun 2019", "")
    potong = {rows[2]["kode"], rows[6]["kode"]}   # their Sisa cells lost the last digit in the PDF
    baku = sel_baku("JUMLAH", uang=lambda n: "Rp. " + id_int(n))
    cetak_anggaran(d, rows, ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"), lambda r, tot: tuple(
        c[:-1] if i == 4 and r["kode"] in potong else c for i, c in enumerate(baku(r, tot))))
    d.B()
    tutup(d, c, "", *ttd)


# ====================================================================== 12. Kupang 2020
def manggarai_2023():
    """`LAKIP` title; a Kondisi Awal column (realisasi 2022, capaian_seri) before the 2023
    target/realisasi; sasaran-kegiatan table; SAKIP 2022 component rows; DPT Pemilu 2024 fixed in
    2023 per kecamatan with `Wae Ri'i`; pagu awal, revisi DIPA count and a self-blocking amount
    (trap) in prose; Jenis Belanja table (no facts); OCR lampiran with space separators."""
    d, c, rnd = buka("dev5/lakip-manggarai-2023.txt", "5310", 2023, 90, (
        "LAKIP", "KPU KABUPATEN MANGGARAI", "2023", "", "Laporan Akuntabilitas Kinerja Instansi Pemerintah", "Ruteng"))
    ttd = ("Ruteng, 29 Januari 2024", "Sekretaris,", "", "", "ADRIANUS J. NGGOANG, S.Sos", "NIP. 19720910 199803 1 008")
    ringkas(d, c, ttd)
    d.FF()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c)[:2], "3.1 Capaian Kinerja")
    rows = [(Ind("rb", 60, 57.42, "nilai"), 52.3), (Ind("mutakhir", 100, 100), 100), (Ind("kompetensi", 85, 84.35), 81.5),
            (Ind("sarpras", 90, 92.1), 86.4), (Ind("kip", 80, 84.6, "nilai"), 76.2), (Ind("sengketa", 100, 100), 100)]
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2023", "")
    d.R("No", "Indikator Kinerja", "Satuan", "Kondisi Awal (Realisasi 2022)", "Target 2023", "Realisasi 2023", "Capaian (%)")
    for i, (it, awal) in enumerate(rows, 1):
        sat = "%" if it.sat == "persen" else "Nilai"
        v = [angka(x) for x in (awal, it.t, it.r)]
        d.R(i, it.ind, sat, v[0], v[1], v[2], id_dec(it.cp))
        it.fakta(d, v[1], v[2])
        d.seri(it.ind, 2022, "realisasi", v[0], float(awal), it.sat)
    d.B()
    ikk = [Ind("gaji", 100, 100, tingkat="sasaran_kegiatan"), Ind("lapakun", 14, 14, "laporan", tingkat="sasaran_kegiatan"),
           Ind("kepeg", 95, 97.1, tingkat="sasaran_kegiatan")]
    d.L("Tabel 3.2 Capaian Indikator Kinerja Kegiatan Tahun 2023", "")
    d.R("No", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian (%)")
    for i, it in enumerate(ikk, 1):
        tt, rt = (f"{it.t} Laporan", f"{it.r} Laporan") if it.sat == "laporan" else (angka(it.t) + "%", angka(it.r) + "%")
        d.R(i, it.ind, tt, rt, id_dec(it.cp))
        it.fakta(d, tt, rt)
    d.B()
    d.PP(analisis(c, "persentase tersedianya sarana dan prasarana"))
    s22 = skor("5310", 2022)
    k = komponen("5310", 2022, rnd, s22 / 100)
    d.L("3.2 Hasil Evaluasi AKIP Tahun 2022", "")
    d.P(f"Evaluasi AKIP yang dilaksanakan pada tahun 2023 menilai tahun 2022 dengan nilai {id_dec(s22)} "
        f"atau predikat {predikat(s22)}, dengan rincian:")
    komp_baris(d, 2022, s22, k, jumlah="Total", bobot=id_dec)
    d.FF()
    d.L("3.3 Daftar Pemilih Tetap Pemilu Tahun 2024", "")
    d.P("DPT Pemilu Tahun 2024 Kabupaten Manggarai ditetapkan dalam rapat pleno terbuka tanggal 22 Juni 2023 "
        "dengan rincian per kecamatan sebagai berikut.")
    names = ["Satar Mese", "Satar Mese Barat", "Satar Mese Utara", "Langke Rembong", "Ruteng", "Wae Ri'i", "Lelak",
             "Rahong Utara", "Cibal", "Cibal Barat", "Reok", "Reok Barat"]
    desa = [15, 9, 21, 17, 21, 20, 18, 19, 14, 14, 13, 17]
    d.L("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "")
    cetak_dpt(d, "pemilu", 2024, kecamatan(rnd, names, *pemilih("5310", "pemilu", 2024), desa),
              [("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")], "Kab. Manggarai")
    d.B()
    d.FF()
    d.L("3.4 Realisasi Anggaran", "")
    P, R = tahun_baru(rnd, 16_482_350_000, 0.9688)
    awal = 17_126_900_000
    d.P(f"Pada Tahun Anggaran 2023 KPU Kabupaten Manggarai memperoleh alokasi anggaran awal sebesar {rp(awal)}. "
        f"Sepanjang tahun dilakukan 5 kali revisi DIPA; revisi keempat berupa pemblokiran mandiri (self-blocking) "
        f"sebesar {rp(awal - P)}, sehingga pagu akhir menjadi {rp(P)}.")
    rows = anggaran(rnd, [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709", "6867"])], P, R)
    d.L("Tabel 3.5 Realisasi Anggaran per Kegiatan", "")
    cetak_anggaran(d, rows, ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Persentase"),
                   sel_baku("Jumlah Total", uang=lambda n: id_int(n) + ",00", pct=lambda x: id_dec(x) + "%"),
                   pagu_awal=awal, revisi=5)
    d.B()
    peg = P * 41 // 100 // 1000 * 1000
    mod = 187_500_000
    jb = [("Belanja Pegawai", peg, int(peg * 0.9871)), ("Belanja Barang", P - peg - mod, 0), ("Belanja Modal", mod, 186_940_000)]
    jb[1] = (jb[1][0], jb[1][1], R - jb[0][2] - jb[2][2])
    d.L("Tabel 3.6 Realisasi Anggaran menurut Jenis Belanja", "")
    d.R("Jenis Belanja", "Pagu", "Realisasi", "Persentase")
    for nm, a, b in jb:
        d.R(nm, id_int(a) + ",00", id_int(b) + ",00", id_dec(serapan(a, b)) + "%")
    d.R("Jumlah", id_int(P) + ",00", id_int(R) + ",00", id_dec(serapan(P, R)) + "%")
    d.B()
    d.L("BAB IV", "PENUTUP", "")
    d.PP(penutup(c))
    d.L("", *ttd)
    d.FF()
    d.L("LAMPIRAN", "Pindaian Laporan Realisasi Anggaran per Program (hasil OCR, salinan arsip)", "")
    d.R("Kode", "Program", "Pagu", "Realisasi")
    for r in rows:
        if r["tingkat"] in ("program", "total"):
            d.R(kode_pendek(r) if r["kode"] != "TOTAL" else "", r["nama"] if r["kode"] != "TOTAL" else "Jumlah",
                f"{r['pagu']:,}".replace(",", " "), f"{r['real']:,}".replace(",", " "))
    d.write()


if __name__ == "__main__":
    tulis(rote_ndao_2021, sbd_2022, manggarai_timur_2019, manggarai_2023)
