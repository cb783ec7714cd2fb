from lib import *
from dev1 import IND, kab_doc
from dev2 import KNAMES
from dev3 import dec00
from dev4 import std_front


def rb_ind(nm):
    return f"Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi KPU Kabupaten"


# ---------------------------------------------------------------- D9 Malaka 2020
def malaka_2020():
    d, c = kab_doc("dev/lkj-malaka-2020.txt", "5321", 2020, "Betun", W=96)
    d.L("", "LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN MALAKA", "TAHUN 2020", "", "", "Betun, Malaka")
    d.FF()
    std_front(d, c, 96, "Betun", "8 Februari 2021", "YOSEFINA SERAN KLAU, S.Sos", 5)
    d.L(*tugas_list(c)[:6])
    d.B()
    d.FF()
    d.L("BAB III AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[0])
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2020", "")
    d.R("No", "Indikator Kinerja", "Realisasi", "Target", "% Capaian")
    rows = [(IND["kompetensi"], "84%", 84, "80%", 80, "105%"),
            ("Persentase Partisipasi Pemilih dalam Pemilihan", "82,35%", 82.35, "77,5%", 77.5, "106,26%"),
            ("Persentase KPU Kabupaten dalam menyelenggarakan Pemilihan sesuai dengan jadwal", "100%", 100, "100%", 100, "100%"),
            ("Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap", "1,8%", 1.8, "2%", 2, "110%"),
            (IND["sarpras"], "94%", 94, "100%", 100, "94%")]
    for i, (ind, rt, rn, tt, tn, cp) in enumerate(rows, 1):
        d.R(i, ind, rt, tt, cp)
        d.cap(ind, tt, tn, rt, rn, "persen", persen(cp),
              arah="turun" if "Tidak Masuk" in ind else "naik")
    d.B()
    d.PP(analisis(c, "partisipasi pemilih"))
    sk, kp = SAKIP[("5321", 2019)], KOMP[("5321", 2019)]
    s17, s18 = 55.85, SAKIP[("5321", 2018)]
    d.P(f"Hasil Evaluasi AKIP Tahun 2019 menunjukkan nilai {id_dec(sk)} dengan predikat {predikat(sk)}, meningkat dari Evaluasi AKIP Tahun 2018 sebesar {id_dec(s18)} ({predikat(s18)}) dan Evaluasi AKIP Tahun 2017 sebesar {id_dec(s17)} ({predikat(s17)}).")
    d.sakip("5321", 2019, sk); d.sakip("5321", 2018, s18); d.sakip("5321", 2017, s17)
    d.R("Komponen", "Bobot", "Nilai 2019")
    for k in BOBOT:
        d.R(KNAMES[k], kp[k][0], id_dec(kp[k][1]))
    d.R("Total", 100, id_dec(sk))
    d.komp(2019, kp)
    d.B()
    d.FF()
    d.L("B. Pemilihan Bupati dan Wakil Bupati Malaka Tahun 2020", "")
    d.P("Penyusunan daftar pemilih Pemilihan Tahun 2020 melalui tahapan penyusunan Daftar Pemilih Sementara (DPS), Daftar Pemilih Sementara Hasil Perbaikan (DPSHP) dan penetapan Daftar Pemilih Tetap (DPT) pada tanggal 15 Oktober 2020. Perkembangan jumlah pemilih pada tiap tahapan disajikan pada tabel berikut.")
    kec = ["Malaka Tengah", "Malaka Barat", "Wewiku", "Weliman", "Rinhat", "Io Kufeu",
           "Sasitamean", "Laenmanen", "Malaka Timur", "Kobalima", "Kobalima Timur", "Botin Leobele"]
    rnd = random.Random(5321)
    desa, tps, ls, ps = kec_acak(rnd, len(kec), (6, 17), (15, 60), (220, 260), (0.48, 0.5))
    dps = [l + p + rnd.randint(200, 900) for l, p in zip(ls, ps)]
    dpshp = [x - rnd.randint(50, 180) for x in dps]
    d.L("Tabel 3.3 Rekapitulasi DPS, DPSHP dan DPT Pemilihan Tahun 2020", "")
    hdr = ("No", "Kecamatan", "Jml Desa/Kel", "TPS", "DPS", "DPSHP", "DPT L", "DPT P", "DPT L+P")
    d.R(*hdr)
    for i, k in enumerate(kec):
        if i == 6:
            d.L("LKj Sekretariat KPU Kabupaten Malaka 2020", "- 31 -")
        d.R(i + 1, k, desa[i], tps[i], id_int(dps[i]), id_int(dpshp[i]), id_int(ls[i]), id_int(ps[i]), id_int(ls[i] + ps[i]))
        d.dpt("pilkada", 2020, "kecamatan", k.upper(), desa[i], tps[i], ls[i], ps[i])
    d.R("", "JUMLAH", sum(desa), sum(tps), id_int(sum(dps)), id_int(sum(dpshp)), id_int(sum(ls)), id_int(sum(ps)), id_int(sum(ls) + sum(ps)))
    d.dpt("pilkada", 2020, "kabupaten", "MALAKA", sum(desa), sum(tps), sum(ls), sum(ps))
    d.B()
    d.P("Penurunan jumlah pemilih dari DPS ke DPT terutama disebabkan oleh pencoretan pemilih yang meninggal dunia, pindah domisili, dan pemilih ganda berdasarkan tanggapan masyarakat.")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    ks = [("3355", "Pengelolaan Keuangan dan BMN", 1_842_120, 1_801_553),
          ("3360", "Operasional Perkantoran", 765_400, 748_112)]
    cq = [("6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", 240_350, 231_904)]
    pw, rw, pc, rc, tp_, tr_ = dua_program(ks, cq)
    d.P(f"Anggaran DIPA Tahun 2020 Sekretariat KPU Kabupaten Malaka setelah revisi sebesar Rp {id_int(tp_ * 1000)},- terealisasi sebesar Rp {id_int(tr_ * 1000)},- ({id_dec(serapan(tp_, tr_))}%).")
    d.L("Tabel 3.5 Realisasi Anggaran 2020 (Rp 000)", "")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    d.R("076.01.WA", "Program Dukungan Manajemen", id_int(pw), id_int(rw), id_int(pw - rw), id_dec(serapan(pw, rw)))
    d.ang("076.01.WA", "program", "", pw * 1000, rw * 1000, serapan(pw, rw))
    for kc, kn, a, b in ks:
        d.R(kc, kn, id_int(a), id_int(b), id_int(a - b), id_dec(serapan(a, b)))
        d.ang(kc, "kegiatan", "076.01.WA", a * 1000, b * 1000, serapan(a, b))
    d.R("076.01.CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", id_int(pc), id_int(rc), id_int(pc - rc), id_dec(serapan(pc, rc)))
    d.ang("076.01.CQ", "program", "", pc * 1000, rc * 1000, serapan(pc, rc))
    for kc, kn, a, b in cq:
        d.R(kc, kn, id_int(a), id_int(b), id_int(a - b), id_dec(serapan(a, b)))
        d.ang(kc, "kegiatan", "076.01.CQ", a * 1000, b * 1000, serapan(a, b))
    d.R("", "JUMLAH TOTAL", id_int(tp_), id_int(tr_), id_int(tp_ - tr_), id_dec(serapan(tp_, tr_)))
    d.ang("TOTAL", "total", "", tp_ * 1000, tr_ * 1000, serapan(tp_, tr_))
    d.B()
    d.P("Perbandingan dengan tahun-tahun sebelumnya (dalam ribuan rupiah):")
    d.L("Tabel 3.6 Realisasi Anggaran Tahun 2017 - 2020", "")
    d.R("Tahun", "Pagu", "Realisasi", "Sisa", "%")
    total_tahun(d, [(2017, 2_450_800, 2_301_114), (2018, 2_690_330, 2_566_402), (2019, 17_204_615, 16_950_221), (2020, tp_, tr_)],
                lambda y, a, b: (y, id_int(a), id_int(b), id_int(a - b), id_dec(serapan(a, b))), 2020, scale=1000)
    d.B()
    d.FF()
    tutup(d, c, "Betun, 8 Februari 2021", "Sekretaris,", "", "YOSEFINA SERAN KLAU, S.Sos")


# ---------------------------------------------------------------- D10 Rote Ndao 2022
def rote_ndao_2022():
    d, c = kab_doc("dev/lkj-rote-ndao-2022.txt", "5314", 2022, "Ba'a", W=100, thn_kp="periode Januari sampai dengan Desember")
    d.L("LAPORAN KINERJA (LKj)", "SEKRETARIAT KPU KABUPATEN ROTE NDAO", "Periode Januari–Desember 2022", "", "")
    d.FF()
    std_front(d, c, 100, "Ba'a", "Januari 2023", "JEFRI M. PELLO, S.H.", 6)
    d.FF()
    bab(d, ("BAB III AKUNTABILITAS KINERJA", ""), akuntabilitas_intro(c)[:2])
    d.L("Tabel 3.1 Capaian Indikator Kinerja", "")
    d.R("No", "Indikator Kinerja", "Target", "Capaian", "Realisasi")
    sk = SAKIP[("5314", 2021)]
    rows = [(IND["kompetensi"], "88%", 88, "102,27%", "90%", 90, "persen"),
            (IND["sarpras"], "100%", 100, "98,50%", "98,50%", 98.5, "persen"),
            (IND["akip"], "B", None, "100%", "B*", None, "predikat"),
            (IND["rb"], "55", 55, "102,38", "56,31", 56.31, "nilai"),
            (IND["datapemilih"], "100%", 100, "100%", "100%", 100, "persen"),
            ("Persentase KPU Kabupaten dalam Mengelola Arsip Inaktif Sesuai Aturan Kearsipan", "75%", 75, "106,67%", "80%", 80, "persen")]
    for i, (ind, tt, tn, cp, rt, rn, sat) in enumerate(rows, 1):
        d.R(i, ind, tt, cp, rt)
        d.capaian(ind, tt, tn, rt, rn, sat, cp, sat == "predikat")
    d.L("* menggunakan hasil Evaluasi AKIP Tahun 2021", "")
    d.P(f"Hasil Evaluasi AKIP Tahun 2021 yang diterima pada tahun 2022 memberikan predikat B ({id_dec(sk)}). Predikat yang sama telah diperoleh pada Evaluasi AKIP Tahun 2020 dengan nilai {id_dec(SAKIP[('5314', 2020)])}, sedangkan Evaluasi AKIP Tahun 2019 menghasilkan nilai {id_dec(SAKIP[('5314', 2019)])} ({predikat(SAKIP[('5314', 2019)])}).")
    d.sakip("5314", 2021, sk, "B"); d.sakip("5314", 2020, SAKIP[("5314", 2020)]); d.sakip("5314", 2019, SAKIP[("5314", 2019)])
    kp = KOMP[("5314", 2021)]
    d.R("Komponen", "Bobot", "Nilai")
    for k in BOBOT:
        d.R(KNAMES[k], f"{kp[k][0]}%", id_dec(kp[k][1]))
    d.R("Nilai Hasil Evaluasi", "100%", id_dec(sk))
    d.komp(2021, kp)
    d.B()
    d.P("Dalam Laporan Hasil Evaluasi Pelaksanaan Reformasi Birokrasi Tahun 2022, nilai evaluasi Reformasi Birokrasi KPU Kabupaten Rote Ndao adalah 20,44 (56,31%) dari bobot 36,30.")
    d.rb(2022, 20.44, 36.30, 56.31)
    d.P("Perbandingan realisasi indikator Reformasi Birokrasi dan kompetensi pegawai dengan tahun sebelumnya serta target nasional adalah sebagai berikut:")
    d.L("Tabel 3.3 Perbandingan Capaian 2019 - 2022", "")
    d.R("Indikator Kinerja", "2019", "2020", "2021", "Target 2022", "Realisasi 2022", "Target Nasional 2022")
    ser = [(IND["rb"], ["-", "41,20", "52,76", "55", "56,31", "60"], "nilai"),
           (IND["kompetensi"], ["75%", "80%", "85%", "88%", "90%", "90%"], "persen")]
    for ind, vals, sat in ser:
        d.R(ind, *vals)
        for (y, j), v in zip([(2019, "realisasi"), (2020, "realisasi"), (2021, "realisasi"), (2022, "target"),
                              (2022, "realisasi"), (2022, "target_nasional")], vals):
            d.seri(ind, y, j, v, None if v == "-" else float(v.rstrip("%").replace(",", ".")), sat)
    d.B()
    d.PP(analisis(c, "Reformasi Birokrasi"))
    d.FF()
    d.L("B. Realisasi Anggaran", "")
    ks = [("3355", "Pengelolaan Keuangan dan Barang Milik Negara", 2_288_400_000, 2_240_915_600),
          ("3359", "Pengelolaan Hukum dan Hubungan Masyarakat", 118_700_000, 110_842_000),
          ("3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", 812_950_000, 799_104_275)]
    cq = [("6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", 421_300_000, 405_118_900),
          ("6867", "Pembentukan Badan Adhoc", 1_066_500_000, 1_041_220_000)]
    pw, rw, pc, rc, tp_, tr_ = dua_program(ks, cq)
    d.P(f"Realisasi anggaran Tahun Anggaran 2022 adalah sebesar Rp {id_int(tr_)} dari total pagu sebesar Rp {id_int(tp_)}, atau mencapai {id_dec(serapan(tp_, tr_))}%.")
    d.L("Tabel 3.5 Realisasi Anggaran per Program dan Kegiatan", "")
    d.R("Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan")
    d.RA(("Program Dukungan Manajemen (076.01.WA)", id_int(pw), id_int(rw), id_int(pw - rw), id_dec(serapan(pw, rw)) + "%"), "076.01.WA", "program", "", pw, rw)
    for kc, kn, a, b in ks:
        d.RA((f"{kn} ({kc})", id_int(a), id_int(b), id_int(a - b), id_dec(serapan(a, b)) + "%"), kc, "kegiatan", "076.01.WA", a, b)
    d.RA(("Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi (076.01.CQ)", id_int(pc), id_int(rc), id_int(pc - rc), id_dec(serapan(pc, rc)) + "%"), "076.01.CQ", "program", "", pc, rc)
    for kc, kn, a, b in cq:
        d.RA((f"{kn} ({kc})", id_int(a), id_int(b), id_int(a - b), id_dec(serapan(a, b)) + "%"), kc, "kegiatan", "076.01.CQ", a, b)
    d.RA(("Total", id_int(tp_), id_int(tr_), id_int(tp_ - tr_), id_dec(serapan(tp_, tr_)) + "%"), "TOTAL", "total", "", tp_, tr_)
    d.B()
    d.L("Tabel 3.6 Perbandingan Realisasi Anggaran 2020 - 2022", "")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "Sisa", "%")
    total_tahun(d, [(2020, 3_204_550_000, 3_050_118_212), (2021, 3_388_120_000, 3_301_556_870), (2022, tp_, tr_)],
                lambda y, a, b: (f"TA {y}", f"Rp {id_int(a)}", f"Rp {id_int(b)}", f"Rp {id_int(a - b)}", id_dec(serapan(a, b)) + "%"), 2022)
    d.B()
    d.FF()
    tutup(d, c, "Ba'a, Januari 2023", "Sekretaris KPU Kabupaten Rote Ndao", "", "JEFRI M. PELLO, S.H.")


if __name__ == "__main__":
    tulis(malaka_2020, rote_ndao_2022)
