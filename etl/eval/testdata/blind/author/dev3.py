from lib import *
from dev1 import IND, kab_doc
from dev2 import KNAMES


def dec00(n):
    return id_int(n) + ",00"


def tahun_dec00(y, a, b):
    """A multi-year budget row: year, pagu and realisasi with ",00", serapan in %."""
    return y, dec00(a), dec00(b), id_dec(serapan(a, b)) + "%"


# ---------------------------------------------------------------- D5 Manggarai 2019
def manggarai_2019():
    d, c = kab_doc("dev/lkj-manggarai-2019.txt", "5310", 2019, "Ruteng")
    d.L("KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "", "LAPORAN KINERJA SEKRETARIAT", "", "",
        "Jl. Adi Sucipto, Ruteng")
    d.FF()
    d.L("KATA PENGANTAR", "")
    d.P("Puji dan syukur kami haturkan kepada Tuhan Yang Maha Kuasa karena atas rahmat-Nya Laporan Kinerja Sekretariat KPU Kabupaten Manggarai Tahun 2019 dapat diselesaikan. Laporan ini memuat capaian kinerja pada tahun pelaksanaan Pemilihan Umum Serentak 17 April 2019.", 100)
    d.PP(kata_pengantar(c)[1:], 100)
    d.L("Ruteng, 21 Februari 2020", "Sekretaris KPU Kabupaten Manggarai", "", "", "FRANSISKUS SALES JEHARUT, S.Fil")
    d.FF()
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:5], 100)
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[:4], 100)
    d.FF()
    d.L("BAB III AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja", "")
    d.P(akuntabilitas_intro(c)[0], 100)
    d.L("Tabel 3.1 Capaian Kinerja Sekretariat KPU Kabupaten Manggarai Tahun 2019", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    groups = [
        ("Sasaran Strategis 1: Meningkatnya kualitas penyelenggaraan Pemilu", [
            ("Persentase Partisipasi Pemilih dalam Pemilu", "77,5%", 77.5, "84,06%", 84.06, "108,46%", "naik", "persen"),
            (IND["jadwal"], "100%", 100, "100%", 100, "100%", "naik", "persen"),
            ("Persentase Penyelenggara Pemilu yang terbukti melakukan Pelanggaran", "5%", 5, "0%", 0, "200%", "turun", "persen")]),
        ("Sasaran Strategis 2: Meningkatnya akuntabilitas keuangan dan kinerja", [
            (IND["opini"], "WTP", None, "WTP", None, "100%", "", "opini"),
            (IND["akip"], "B", None, "CC", None, "75%", "", "predikat")]),
        ("Sasaran Strategis 3: Meningkatnya kapasitas SDM dan sarana prasarana", [
            (IND["kompetensi"], "80%", 80, "78,6%", 78.6, "98,25%", "naik", "persen"),
            (IND["sarpras"], "100%", 100, "100%", 100, "100%", "naik", "persen")])]
    for ind, tt, tn, rt, rn, cp, arah, sat in cap_grup(d, groups):
        d.capaian(ind, tt, tn, rt, rn, sat, cp, sat in ("opini", "predikat"), arah=arah)
    d.B()
    d.P("Indikator Nilai Evaluasi atas Akuntabilitas Kinerja belum mencapai target predikat B, karena hasil evaluasi atas kinerja tahun 2018 masih berada pada kategori CC. Indikator kesesuaian kompetensi pegawai juga belum tercapai karena dua pegawai belum mengikuti pelatihan teknis yang dipersyaratkan.", 100)
    d.PP(analisis(c, "partisipasi pemilih"), 100)
    d.FF()
    d.L("B. Akuntabilitas Kinerja Instansi", "")
    sk = SAKIP[("5310", 2018)]
    d.P(f"Berdasarkan Laporan Hasil Evaluasi AKIP Tahun 2018 yang disampaikan Inspektorat KPU pada bulan Agustus 2019, KPU Kabupaten Manggarai memperoleh predikat CC ({id_dec(sk)}). Nilai ini terus meningkat dari tahun ke tahun sebagaimana tabel berikut.", 100)
    d.sakip("5310", 2018, sk, "CC")
    hist = [(2015, 48.20), (2016, 52.35), (2017, 56.10), (2018, sk)]
    d.L("Tabel 3.3 Perkembangan Nilai AKIP KPU Kabupaten Manggarai", "")
    d.R("Tahun yang Dinilai", "Nilai", "Predikat", "Kenaikan")
    prev = None
    for y, v in hist:
        d.R(y, id_dec(v), predikat(v), "-" if prev is None else id_dec(v - prev))
        if y != 2018:
            d.sakip("5310", y, v)
        prev = v
    d.B()
    d.P("Peningkatan nilai terutama terjadi pada komponen perencanaan kinerja setelah seluruh subbagian menyusun perjanjian kinerja dan rencana aksi yang terukur.", 100)
    d.L("C. Pemilu Tahun 2019", "")
    d.P("Daftar Pemilih Tetap Pemilu Tahun 2019 Kabupaten Manggarai setelah perbaikan ketiga ditetapkan pada tanggal 8 April 2019. Rincian per kecamatan adalah sebagai berikut.", 100)
    kec = ["Satar Mese", "Satar Mese Barat", "Satar Mese Utara", "Langke Rembong", "Ruteng",
           "Wae Ri'i", "Lelak", "Rahong Utara", "Cibal", "Cibal Barat", "Reok", "Reok Barat"]
    rnd = random.Random(5310)
    desa, tps, ls, ps = kec_acak(rnd, len(kec), (9, 22), (40, 110), (200, 240), (0.485, 0.505))
    dptb = [rnd.randint(10, 300) for _ in kec]
    d.L("Tabel 3.5 DPT Pemilu 2019 per Kecamatan", "")
    d.R("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "Jumlah", "DPTb")
    for i, k in enumerate(kec):
        d.R(i + 1, k, desa[i], tps[i], id_int(ls[i]), id_int(ps[i]), id_int(ls[i] + ps[i]), dptb[i])
        d.dpt("pemilu", 2019, "kecamatan", k.upper(), desa[i], tps[i], ls[i], ps[i])
    d.R("", "Total Kab. Manggarai", sum(desa), sum(tps), id_int(sum(ls)), id_int(sum(ps)), id_int(sum(ls) + sum(ps)), id_int(sum(dptb)))
    d.dpt("pemilu", 2019, "kabupaten", "MANGGARAI", sum(desa), sum(tps), sum(ls), sum(ps))
    d.B()
    d.FF()
    d.L("D. Realisasi Anggaran", "")
    struct = [("WA", "Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya", [
        ("3355", "Pengelolaan Keuangan dan BMN", 2_206_118_000, 2_170_449_215),
        ("3360", "Operasional Perkantoran", 1_320_400_000, 1_301_128_760)]),
        ("CQ", "Program Penyelenggaraan Pemilu", [
            ("6867", "Pembentukan Badan Adhoc", 16_480_900_000, 16_402_611_000),
            ("6871", "Pengelolaan Logistik", 4_105_330_000, 4_011_096_450),
            ("6872", "Pemungutan dan Penghitungan Suara", 7_012_560_000, 6_890_704_300)])]
    tp_, tr_ = jumlah(k for _, _, ks in struct for k in ks)
    d.P(f"Realisasi belanja Tahun Anggaran 2019 mencapai Rp {id_int(tr_)},00 dari total pagu sebesar Rp {id_int(tp_)},00 atau {id_dec(serapan(tp_, tr_))} persen.", 100)
    d.L("Tabel 3.7 Realisasi Anggaran per Program dan Kegiatan", "")
    d.R("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "%")
    for pk, pn, ks in struct:
        pp_, pr_ = jumlah(ks)
        d.RA((pk, pn, dec00(pp_), dec00(pr_), id_dec(serapan(pp_, pr_))), f"076.01.{pk}", "program", "", pp_, pr_)
        for kc, kn, a, b in ks:
            d.RA((f"{pk}.{kc}", kn, dec00(a), dec00(b), id_dec(serapan(a, b))), kc, "kegiatan", f"076.01.{pk}", a, b)
    d.RA(("", "JUMLAH TOTAL", dec00(tp_), dec00(tr_), id_dec(serapan(tp_, tr_))), "TOTAL", "total", "", tp_, tr_)
    d.B()
    d.FF()
    tutup(d, c, "Ruteng, 21 Februari 2020", "Sekretaris,", "", "FRANSISKUS SALES JEHARUT, S.Fil", W=100)


# ---------------------------------------------------------------- D6 Belu 2022
def belu_2022():
    d, c = kab_doc("dev/lkj-belu-2022.txt", "5304", 2022, "Atambua")
    d.L("LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN BELU", "2022", "", "", "Atambua")
    d.FF()
    d.L(*daftar_isi(DI_STD))
    d.FF()
    d.L("KATA PENGANTAR", "")
    d.PP(kata_pengantar(c), 88)
    d.L("Atambua, 31 Januari 2023", "Plh. Sekretaris KPU Kabupaten Belu", "", "ADRIANUS BAU, S.IP")
    d.FF()
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:4], 88)
    d.L(*tugas_list(c))
    d.B()
    d.FF()
    d.L("BAB II PERENCANAAN KINERJA", "")
    d.P(perencanaan(c)[2], 88)
    inds = [
        ("Meningkatnya kapasitas SDM", IND["kompetensi"], "%", "88", 88, "91,20", 91.2, "persen", "103,64"),
        ("Terwujudnya dukungan sarana dan prasarana", IND["sarpras"], "%", "100", 100, "96,40", 96.4, "persen", "96,40"),
        ("Meningkatnya akuntabilitas", IND["akip"], "Predikat", "B", None, "Belum Penilaian", None, "predikat", "-"),
        ("Meningkatnya akuntabilitas", IND["rb"], "Nilai", "55", 55, "58,13", 58.13, "nilai", "105,69"),
        ("Terwujudnya data pemilih berkelanjutan", IND["datapemilih"], "%", "100", 100, "100", 100, "persen", "100"),
        ("Terwujudnya tata kelola arsip", "Persentase KPU Kabupaten dalam Mengelola Arsip Inaktif Sesuai Aturan Kearsipan", "%", "80", 80, "72", 72, "persen", "90"),
    ]
    d.L("Tabel 2.2 Perjanjian Kinerja Sekretariat KPU Kabupaten Belu Tahun 2022", "")
    d.R("No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target")
    for i, r in enumerate(inds, 1):
        d.R(i, r[0], r[1], r[2], r[3])
    d.B()
    d.P(perencanaan(c)[4], 88)
    d.FF()
    d.L("BAB III AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja Organisasi", "")
    d.P(akuntabilitas_intro(c)[1], 88)
    d.P("Realisasi masing-masing indikator kinerja dibandingkan dengan target dalam Perjanjian Kinerja sebagaimana Tabel 2.2 disajikan pada tabel berikut.", 88)
    d.L("Tabel 3.1 Realisasi Indikator Kinerja Tahun 2022", "")
    d.R("No", "Indikator Kinerja", "Satuan", "Realisasi", "Capaian (%)")
    for i, (ss, ind, sat, tt, tn, rt, rn, satuan, cp) in enumerate(inds, 1):
        d.R(i, ind, sat, rt, cp)
        lap = None if cp == "-" else float(cp.replace(",", "."))
        d.cap(ind, tt, tn, rt, rn, satuan, lap)
    d.L("Keterangan: - = tidak dapat dihitung", "")
    d.P("Selain indikator sasaran strategis, Sekretariat juga mengukur indikator kinerja kegiatan yang menjadi tanggung jawab masing-masing subbagian sebagai berikut.", 88)
    d.L("Tabel 3.2 Capaian Indikator Kinerja Kegiatan (Sasaran Kegiatan) Tahun 2022", "")
    d.R("No", "Indikator Kinerja Kegiatan", "Satuan", "Target", "Realisasi", "Capaian")
    skr = [("Jumlah laporan sistem akuntansi dan pelaporan keuangan", "Laporan", "2", 2, "2", 2, "100", "laporan"),
           ("Persentase pembayaran gaji dan tunjangan yang tepat waktu", "%", "100", 100, "100", 100, "100", "persen"),
           ("Jumlah revisi yang dilakukan terhadap rencana kerja yang telah ditetapkan", "Kali", "4", 4, "6", 6, "150", "kali"),
           ("Persentase Pegawai yang telah mengikuti Pendidikan dan Pelatihan dalam rangka Peningkatan Kompetensi SDM", "%", "60", 60, "54", 54, "90", "persen")]
    for i, (ind, sat, tt, tn, rt, rn, cp, satuan) in enumerate(skr, 1):
        d.R(i, ind, sat, tt, rt, cp)
        d.cap(ind, tt, tn, rt, rn, satuan, float(cp), tingkat="sasaran_kegiatan")
    d.B()
    d.P("Hasil evaluasi AKIP atas kinerja tahun 2022 baru akan dilaksanakan oleh Inspektorat Utama KPU pada tahun 2023, sehingga realisasi indikator Nilai Evaluasi atas Akuntabilitas Kinerja belum dapat diukur pada saat laporan ini disusun.", 88)
    sk = SAKIP[("5304", 2021)]
    kp = KOMP[("5304", 2021)]
    d.P(f"Sebagai gambaran, hasil Evaluasi AKIP Tahun 2021 yang diterima pada bulan Oktober 2022 memberikan nilai {id_dec(sk)} dengan predikat {predikat(sk)}, dengan rincian komponen sebagai berikut:", 88)
    d.R("Komponen", "Bobot", "Nilai", "Persentase")
    for k in BOBOT:
        d.R(KNAMES[k], f"{kp[k][0]},00", id_dec(kp[k][1]), id_dec(kp[k][1] / kp[k][0] * 100) + "%")
    d.R("Nilai Akhir", "100,00", id_dec(sk), "")
    d.sakip_komp("5304", 2021, sk, kp)
    d.B()
    d.L("B. Reformasi Birokrasi", "")
    d.P("Penilaian Mandiri Pelaksanaan Reformasi Birokrasi (PMPRB) KPU Kabupaten Belu Tahun 2022 yang telah diverifikasi oleh Tim Penilai Internal KPU memberikan hasil sebagai berikut.", 88)
    rb_tabel(d, "Tabel 3.4 Hasil Evaluasi Reformasi Birokrasi Tahun 2022",
             [("Komponen", "Nilai", "Bobot", "Persen"), ("Komponen Pengungkit", "16,35", "24,20", "67,56%"),
              ("Komponen Hasil", "4,75", "12,10", "39,26%"), ("Nilai RB", "21,10", "36,30", "58,13%")],
             2022, 21.10, 36.30, 58.13)
    d.PP(analisis(c, "Reformasi Birokrasi"), 88)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    ks = [("3355", "Pengelolaan Keuangan dan Barang Milik Negara", 2_640_118_000, 2_598_734_612),
          ("3358", "Pengelolaan Sumber Daya Manusia", 212_500_000, 203_918_400),
          ("3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", 905_260_000, 884_015_300)]
    cq = [("6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", 314_900_000, 298_450_000)]
    pw, rw, pc, rc, tp_, tr_ = dua_program(ks, cq)
    d.P(f"Pada Tahun Anggaran 2022 pagu anggaran Sekretariat KPU Kabupaten Belu adalah sebesar Rp {dec00(tp_)} dan terealisasi sebesar Rp {dec00(tr_)} atau {id_dec(serapan(tp_, tr_))}%.", 88)
    d.L("Tabel 3.6 Realisasi Anggaran per Program Tahun 2022", "")
    d.R("No", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    d.RA(("1", "076.01.WA Program Dukungan Manajemen", dec00(pw), dec00(rw), dec00(pw - rw), id_dec(serapan(pw, rw))), "076.01.WA", "program", "", pw, rw)
    for kc, kn, a, b in ks:
        d.RA(("", f"{kc} {kn}", dec00(a), dec00(b), dec00(a - b), id_dec(serapan(a, b))), kc, "kegiatan", "076.01.WA", a, b)
    d.RA(("2", "076.01.CQ Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", dec00(pc), dec00(rc), dec00(pc - rc), id_dec(serapan(pc, rc))), "076.01.CQ", "program", "", pc, rc)
    for kc, kn, a, b in cq:
        d.RA(("", f"{kc} {kn}", dec00(a), dec00(b), dec00(a - b), id_dec(serapan(a, b))), kc, "kegiatan", "076.01.CQ", a, b)
    d.RA(("", "", dec00(tp_), dec00(tr_), dec00(tp_ - tr_), id_dec(serapan(tp_, tr_))), "TOTAL", "total", "", tp_, tr_)
    d.B()
    d.P("Apabila dilihat menurut jenis belanja, realisasi anggaran Tahun 2022 adalah sebagai berikut.", 88)
    peg = 2_410_300_000; rpeg = 2_392_118_512
    mod = 185_000_000; rmod = 181_200_000
    bar = tp_ - peg - mod; rbar = tr_ - rpeg - rmod
    d.L("Tabel 3.7 Realisasi Anggaran per Jenis Belanja Tahun 2022", "")
    d.R("Jenis Belanja", "Pagu", "Realisasi", "%")
    for nm, a, b in (("Belanja Pegawai (51)", peg, rpeg), ("Belanja Barang (52)", bar, rbar), ("Belanja Modal (53)", mod, rmod)):
        d.R(nm, dec00(a), dec00(b), id_dec(serapan(a, b)))
    d.R("Jumlah", dec00(tp_), dec00(tr_), id_dec(serapan(tp_, tr_)))
    d.B()
    hist = [(2018, 2_870_450_000, 2_702_113_800), (2019, 19_806_120_000, 19_511_602_314),
            (2020, 3_102_660_000, 2_958_441_090), (2021, 3_650_980_000, 3_577_206_115)]
    d.P("Perkembangan pagu dan realisasi anggaran lima tahun terakhir disajikan pada tabel berikut. Lonjakan anggaran tahun 2019 disebabkan pelaksanaan Pemilu Serentak 2019.", 88)
    d.L("Tabel 3.8 Perbandingan Realisasi Anggaran TA 2018 - 2022", "")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "Persentase")
    total_tahun(d, hist + [(2022, tp_, tr_)], tahun_dec00, 2022)
    d.B()
    d.FF()
    tutup(d, c, "Atambua, 31 Januari 2023", "Plh. Sekretaris,", "", "ADRIANUS BAU, S.IP", W=88)


if __name__ == "__main__":
    tulis(manggarai_2019, belu_2022)
