from lib import *
from dev1 import IND, kab_doc
from dev2 import KNAMES
from dev3 import dec00, tahun_dec00
from dev4 import std_front
from dev6 import PROV_CTX, sakip_all_table, TYPED


# ---------------------------------------------------------------- H1 Provinsi NTT 2023
def provinsi_2023():
    d = Doc("dev2/lkj-provinsi-ntt-2023.txt", "53", 2023)
    c = dict(PROV_CTX, thn_kp="KPU Provinsi Nusa Tenggara Timur Tahun 2023")
    d.W = 120
    d.L("Laporan Kinerja KPU Provinsi Nusa Tenggara Timur Tahun 2023", "", "", "")
    d.FF()
    d.L("KATA PENGANTAR", "")
    d.PP(kata_pengantar(c))
    d.L("Kupang, 12 Februari 2024", "SEKRETARIS KPU PROVINSI NUSA TENGGARA TIMUR,", "", "", "Drs. ELPIDIUS TEFA, M.Si")
    d.FF()
    bab(d, ("I. PENDAHULUAN", ""), pendahuluan(c)[:3])
    bab(d, ("II. PERENCANAAN KINERJA", ""), perencanaan(c)[:4])
    d.FF()
    d.L("III. AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[0])
    d.L("Tabel 3.1 Capaian Sasaran Strategis KPU Provinsi NTT Tahun 2023", "")
    d.R("Sasaran Strategis / Indikator", "Target 2023", "Realisasi 2023", "Capaian")
    groups = [("Sasaran Strategis 1 :", "Terwujudnya Sistem Informasi mengenai Partai Politik yang andal", [
        ("Persentase informasi mengenai partai politik yang mutakhir dan dipublikasikan pada publik", "30%", 30, "30%", 30, "100%", "persen")]),
        ("Sasaran Strategis 2 :", "Terwujudnya SDM dan Lembaga KPU yang Berkualitas", [
            ("Indeks Reformasi Birokrasi", "79", 79, "84,35", 84.35, "106,77%", "nilai"),
            ("Nilai Akuntabilitas Kinerja", "BB", None, "BB", None, "100%", "predikat"),
            ("Nilai Keterbukaan Informasi Publik", "95%", 95, "100%", 100, "105,26%", "persen")]),
        ("Sasaran Strategis 3 :", "Terwujudnya Koordinasi Penyelenggaraan Kepemiluan", [
            ("Persentase KPU Provinsi dan Kabupaten/Kota yang Menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku", "100%", 100, "100%", 100, "100%", "persen"),
            ("Persentase KPU Provinsi dalam memutakhirkan Data Pemilih Tepat Waktu", "100%", 100, "100%", 100, "100%", "persen")])]
    for h1, h2, rows in groups:
        d.L(h1, h2)
        for ind, tt, tn, rt, rn, cp, sat in rows:
            d.R(ind, tt, rt, cp)
            d.capaian(ind, tt, tn, rt, rn, sat, cp, sat == "predikat")
    d.B()
    d.P("Dalam Laporan Hasil Evaluasi Pelaksanaan Reformasi Birokrasi Tahun 2023, nilai evaluasi Reformasi Birokrasi KPU Provinsi Nusa Tenggara Timur adalah 30,62 (84,35%) dari bobot 36,30.")
    d.rb(2023, 30.62, 36.30, 84.35)
    own = SAKIP[("53", 2022)]
    kp = KOMP[("53", 2022)]
    d.P(f"Hasil Evaluasi AKIP Tahun 2022 atas KPU Provinsi Nusa Tenggara Timur memberikan nilai {id_dec(own)} (BB). Rincian nilai komponen:")
    d.R("Satker", "Perencanaan (30)", "Pengukuran (30)", "Pelaporan (15)", "Evaluasi Internal (25)", "Nilai Akhir", "Predikat")
    d.R("KPU Provinsi NTT", *[id_dec(kp[k][1]) for k in BOBOT], id_dec(own), "BB")
    d.sakip_komp("53", 2022, own, kp)
    d.B()
    d.P("Peringkat hasil Evaluasi AKIP Tahun 2022 KPU Kabupaten/Kota se-Nusa Tenggara Timur:")
    d.L("Tabel 3.5 Peringkat Evaluasi AKIP Tahun 2022", "")
    sakip_all_table(d, 2022, 2)
    d.B()
    d.FF()
    d.L("Halaman 27", "", "C. Daftar Pemilih Tetap Pemilu Tahun 2024", "")
    d.P("Rekapitulasi Daftar Pemilih Tetap Pemilu Tahun 2024 tingkat Provinsi Nusa Tenggara Timur ditetapkan dalam rapat pleno terbuka tanggal 2 Juli 2023. Rincian per kabupaten/kota:")
    d.R("NO", "KABUPATEN/KOTA", "JUMLAH TPS", "L", "P", "L+P")
    T = [0, 0, 0]
    for i, s in enumerate(ORDER[1:], 1):
        tps, l, p = PEMILU24[s]
        nm = TYPED[s].replace("MANGARAI", "MANGGARAI")
        if i == 12:
            d.L("Laporan Kinerja KPU Provinsi NTT 2023\t\t\t\t\t28")
            d.FF()
            d.R("NO", "KABUPATEN/KOTA", "JUMLAH TPS", "L", "P", "L+P")
        d.R(i, nm, en_int(tps), en_int(l), en_int(p), en_int(l + p))
        d.dpt("pemilu", 2024, "kabupaten", nm, None, tps, l, p, satker=s, tidak=["jumlah_desa"])
        T = [T[0] + tps, T[1] + l, T[2] + p]
    d.R("JUMLAH", "", en_int(T[0]), en_int(T[1]), en_int(T[2]), en_int(T[1] + T[2]))
    d.dpt("pemilu", 2024, "provinsi", "NUSA TENGGARA TIMUR", None, T[0], T[1], T[2], tidak=["jumlah_desa"])
    d.B()
    d.FF()
    d.L("D. Realisasi Anggaran", "")
    struct = [("WA", "Program Dukungan Manajemen", [("3355", "Pengelolaan Keuangan dan BMN", 7_450_220_000, 7_402_118_430),
                                                   ("3360", "Operasional Perkantoran", 4_318_900_000, 4_300_004_120)]),
              ("CQ", "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", [
                  ("6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", 28_604_150_000, 28_410_662_905),
                  ("6709", "Perencanaan Program dan Anggaran", 6_120_800_000, 6_098_301_550),
                  ("6867", "Pembentukan Badan Adhoc", 3_910_330_000, 3_877_004_100)])]
    tp_, tr_ = jumlah(k for _, _, ks in struct for k in ks)
    d.P(f"Total pagu anggaran Tahun Anggaran 2023 sebesar Rp. {en_int(tp_)} dengan realisasi Rp. {en_int(tr_)} ({en_dec(serapan(tp_, tr_))}%).")
    d.R("KODE", "URAIAN", "PAGU", "REALISASI", "SISA", "%")
    for pk, pn, ks in struct:
        pp_, pr_ = jumlah(ks)
        d.RA((pk, pn, en_int(pp_), en_int(pr_), en_int(pp_ - pr_), en_dec(serapan(pp_, pr_))), f"076.01.{pk}", "program", "", pp_, pr_)
        for kc, kn, a, b in ks:
            d.RA((f"{pk}.{kc}", kn, en_int(a), en_int(b), en_int(a - b), en_dec(serapan(a, b))), kc, "kegiatan", f"076.01.{pk}", a, b)
    d.RA(("", "JUMLAH TOTAL", en_int(tp_), en_int(tr_), en_int(tp_ - tr_), en_dec(serapan(tp_, tr_))), "TOTAL", "total", "", tp_, tr_)
    d.B()
    p22, r22 = 14_003_088_000, 13_899_542_896
    d.P(f"Sebagai pembanding, pada Tahun Anggaran 2022 total pagu anggaran sebesar Rp. {en_int(p22)} dengan realisasi sebesar Rp. {en_int(r22)} atau {en_dec(serapan(p22, r22))}%.")
    d.ang("TOTAL", "total", "", p22, r22, serapan(p22, r22), tahun=2022)
    d.FF()
    tutup(d, c, "Kupang, 12 Februari 2024", "Sekretaris,", "", "Drs. ELPIDIUS TEFA, M.Si", bab=("IV. PENUTUP", ""))


# ---------------------------------------------------------------- H2 TTU 2020 (flattened, mixed)
def ttu_2020():
    d, c = kab_doc("dev2/lkjip-ttu-2020.txt", "5303", 2020, "Kefamenanu", W=78, thn_kp="Instansi Pemerintah Tahun 2020", flat=True)
    d.L("LKjIP", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2020", "")
    std_front(d, c, 78, "Kefamenanu", "Februari 2021", "YOHANES TAEK, S.H.", 6)
    d.L("BAB III AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[0])
    d.L("Tabel 3.1 Capaian Kinerja", "No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    rows = [(IND["kompetensi"], "82%", 82, "86%", 86, "104,88%"),
            ("Persentase Partisipasi Pemilih dalam Pemilihan", "77,5%", 77.5, "79,85%", 79.85, "103,03%"),
            (IND["jadwal"], "100%", 100, "100%", 100, "100%"),
            (IND["sarpras"], "100%", 100, "92,50%", 92.5, "92,50%")]
    cap_baris(d, rows)
    d.B()
    d.PP(analisis(c, "partisipasi pemilih"))
    sk, kp = SAKIP[("5303", 2019)], KOMP[("5303", 2019)]
    d.P(f"Hasil Evaluasi AKIP Tahun 2019 KPU Kabupaten Timor Tengah Utara adalah {id_dec(sk)} dengan predikat {predikat(sk)}. Komponen Bobot Nilai " +
        " ".join(f"{KNAMES[k]} {kp[k][0]} {id_dec(kp[k][1])}" for k in BOBOT) + f" Total 100 {id_dec(sk)}")
    d.sakip_komp("5303", 2019, sk, kp)
    d.L("B. DPT Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara Tahun 2020", "")
    kec = ["Miomaffo Barat", "Miomaffo Tengah", "Musi", "Mutis", "Miomaffo Timur", "Noemuti", "Bikomi Selatan",
           "Bikomi Tengah", "Bikomi Nilulat", "Bikomi Utara", "Naibenu", "Insana Fafinesu", "Noemuti Timur",
           "Kota Kefamenanu", "Insana", "Insana Barat", "Insana Utara", "Insana Tengah", "Biboki Selatan",
           "Biboki Tanpah", "Biboki Moenleu", "Biboki Utara", "Biboki Anleu", "Biboki Feotleu"]
    rnd = random.Random(5303)
    tps = [rnd.randint(8, 40) for _ in kec]
    ls, ps = [], []
    for t in tps:
        v = t * rnd.randint(230, 280); l = int(v * rnd.uniform(0.485, 0.5)); ls.append(l); ps.append(v - l)
    d.P(f"DPT Pemilihan Tahun 2020 ditetapkan sebanyak {id_int(sum(ls) + sum(ps))} pemilih pada {sum(tps)} TPS di 24 kecamatan. Rincian (pdf halaman 31):")
    d.L("No Kecamatan TPS L P L+P")
    for i, k in enumerate(kec):
        d.L(f"{i + 1} {k} {tps[i]} {id_int(ls[i])} {id_int(ps[i])} {id_int(ls[i] + ps[i])}")
        d.dpt("pilkada", 2020, "kecamatan", k.upper(), None, tps[i], ls[i], ps[i], tidak=["jumlah_desa"])
    d.L(f"Jumlah {sum(tps)} {id_int(sum(ls))} {id_int(sum(ps))} {id_int(sum(ls) + sum(ps))}")
    d.dpt("pilkada", 2020, "kabupaten", "TIMOR TENGAH UTARA", None, sum(tps), sum(ls), sum(ps), tidak=["jumlah_desa"])
    d.B()
    d.L("C. Realisasi Anggaran", "")
    ks = [("3355", "Pengelolaan Keuangan dan BMN", 1_960_440, 1_922_871), ("3360", "Operasional Perkantoran", 830_200, 809_455)]
    pw, rw = jumlah(ks)
    d.P(f"Pagu DIPA Tahun 2020 sebesar Rp {id_int(pw * 1000)} terealisasi Rp {id_int(rw * 1000)} atau {id_dec(serapan(pw, rw))}%. Tabel realisasi (dalam ribuan rupiah):")
    d.L("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%")
    d.L("WA", "Program Dukungan Manajemen", id_int(pw), id_int(rw), id_int(pw - rw), id_dec(serapan(pw, rw)))
    d.ang("076.01.WA", "program", "", pw * 1000, rw * 1000, serapan(pw, rw))
    for kc, kn, a, b in ks:
        d.L(kc, kn, id_int(a), id_int(b), id_int(a - b), id_dec(serapan(a, b)))
        d.ang(kc, "kegiatan", "076.01.WA", a * 1000, b * 1000, serapan(a, b))
    d.L("Jumlah", id_int(pw), id_int(rw), id_int(pw - rw), id_dec(serapan(pw, rw)))
    d.ang("TOTAL", "total", "", pw * 1000, rw * 1000, serapan(pw, rw))
    d.B()
    tutup(d, c, "Kefamenanu, Februari 2021", "Sekretaris", "", "YOHANES TAEK, S.H.")


# ---------------------------------------------------------------- H3 Kabupaten Kupang 2024
def kupang_2024():
    d, c = kab_doc("dev2/lkj-kabupaten-kupang-2024.txt", "5301", 2024, "Oelamasi", W=98)
    d.L("", "", "LAPORAN", "KINERJA", "SEKRETARIAT KPU", "KABUPATEN KUPANG", "TAHUN", "ANGGARAN 2024", "", "Oelamasi")
    d.FF()
    std_front(d, c, 98, "Oelamasi", "3 Maret 2025", "ARNOLDUS NENOHAI, S.Sos., M.Si", 5)
    d.FF()
    d.L("BAB III AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[1])
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2024", "")
    d.R("No", "Indikator", "Target", "Realisasi", "Capaian")
    groups = [("Sasaran Strategis 1: Meningkatnya Kapasitas SDM yang berkompeten", [
        (IND["kompetensi"], "96%", 96, "98%", 98, "102,08%", "persen")]),
        ("Sasaran Strategis 2: Meningkatnya Akuntabilitas Keuangan dan Kinerja KPU", [
            (IND["akip"], "B", None, "BB", None, "125%", "predikat"),
            (IND["rb"], "80", 80, "61,57", 61.57, "76,96%", "nilai"),
            (IND["opini"], "WTP", None, "WTP", None, "100%", "opini")]),
        ("Sasaran Strategis 3: Terwujudnya Tahapan Pemilu/Pemilihan sesuai Jadwal", [
            (IND["jadwal"], "100%", 100, "100%", 100, "100%", "persen"),
            ("Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan", "77,5%", 77.5, "75,95%", 75.95, "98%", "persen")])]
    for ind, tt, tn, rt, rn, cp, sat in cap_grup(d, groups):
        d.capaian(ind, tt, tn, rt, rn, sat, cp, sat in ("predikat", "opini"))
    d.B()
    d.P("Hasil evaluasi pelaksanaan Reformasi Birokrasi Tahun 2024 disajikan pada tabel berikut.")
    rb_tabel(d, "Tabel 3.3 Nilai Evaluasi Reformasi Birokrasi Tahun 2024",
             [("Uraian", "Bobot", "Nilai", "Persentase"), ("A. Komponen Pengungkit", "24,20", "16,02", "66,20%"),
              ("B. Komponen Hasil", "12,10", "6,33", "52,31%"), ("Total Nilai RB", "36,30", "22,35", "61,57%")],
             2024, 22.35, 36.30, 61.57)
    sk, kp = SAKIP[("5301", 2023)], KOMP[("5301", 2023)]
    d.P(f"Hasil Evaluasi AKIP Tahun 2023 yang dilaksanakan pada bulan Juli 2024 menetapkan nilai KPU Kabupaten Kupang sebesar {id_dec(sk)} (BB).")
    d.R("No", "Komponen", "Bobot", "Nilai")
    for i, k in enumerate(BOBOT, 1):
        d.R(i, KNAMES[k], kp[k][0], id_dec(kp[k][1]))
    d.R("", "Nilai Evaluasi", 100, id_dec(sk))
    d.sakip_komp("5301", 2023, sk, kp)
    d.B()
    d.PP(analisis(c, "Reformasi Birokrasi"))
    d.FF()
    d.L("B. Daftar Pemilih", "")
    tp1, l1, p1 = PEMILU24["5301"]
    d.P(f"Pada Pemilu 14 Februari 2024, jumlah DPT Kabupaten Kupang adalah {id_int(l1 + p1)} pemilih (L: {id_int(l1)}; P: {id_int(p1)}) di {id_int(tp1)} TPS.")
    d.dpt("pemilu", 2024, "kabupaten", "KUPANG", None, tp1, l1, p1, tidak=["jumlah_desa"])
    tps, L_, P_ = PILKADA24["5301"]
    kec = ["Semau", "Semau Selatan", "Kupang Barat", "Nekamese", "Kupang Tengah", "Taebenu", "Amarasi",
           "Amarasi Barat", "Amarasi Selatan", "Amarasi Timur", "Kupang Timur", "Amabi Oefeto Timur",
           "Amabi Oefeto", "Sulamu", "Fatuleu", "Fatuleu Tengah", "Fatuleu Barat", "Takari",
           "Amfoang Selatan", "Amfoang Barat Daya", "Amfoang Utara", "Amfoang Barat Laut",
           "Amfoang Timur", "Amfoang Tengah"]
    rnd = random.Random(5301)
    w = [rnd.uniform(0.5, 1.6) for _ in kec]
    tpss = split_total(tps, len(kec), random.Random(7), 0.0)
    tpss = [max(6, int(tps * x / sum(w))) for x in w]; tpss[4] += tps - sum(tpss)
    ls = [int(L_ * t / tps) for t in tpss]; ls[4] += L_ - sum(ls)
    ps = [int(P_ * t / tps) + rnd.randint(-120, 120) for t in tpss]; ps[4] += P_ - sum(ps)
    d.P("DPT Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati Kupang Tahun 2024 per kecamatan:")
    d.L("Tabel 3.6 Rekapitulasi DPT Pemilihan Serentak 2024", "")
    d.R("No", "Kecamatan", "Jumlah", "Daftar Pemilih Tetap", "", "")
    d.R("", "", "TPS", "Laki-laki", "Perempuan", "Jumlah")
    for i, k in enumerate(kec):
        if i == 15:
            d.L("", "LKj KPU Kabupaten Kupang 2024 | 38")
            d.FF()
        d.R(i + 1, k, tpss[i], id_int(ls[i]), id_int(ps[i]), id_int(ls[i] + ps[i]))
        d.dpt("pilkada", 2024, "kecamatan", k.upper(), None, tpss[i], ls[i], ps[i], tidak=["jumlah_desa"])
    d.R("", "Total Kabupaten Kupang", tps, id_int(L_), id_int(P_), id_int(L_ + P_))
    d.dpt("pilkada", 2024, "kabupaten", "KUPANG", None, tps, L_, P_, tidak=["jumlah_desa"])
    d.B()
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    ks = [("3355", "Pengelolaan Keuangan dan Barang Milik Negara", 3_118_240_000, 3_104_905_760),
          ("3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", 1_406_110_000, 1_390_551_214)]
    cq = [("6867", "Pembentukan Badan Adhoc", 24_905_600_000, 24_871_330_500),
          ("6871", "Pengelolaan, Pengadaan, Laporan dan Dokumentasi Logistik", 3_612_900_000, 3_560_812_050),
          ("6872", "Pemungutan dan Penghitungan Suara", 6_204_330_000, 6_118_275_420)]
    pw, rw, pc, rc, tp_, tr_ = dua_program(ks, cq)
    d.P(f"Pagu awal DIPA Tahun 2024 sebesar Rp 12.406.550.000,00 bertambah melalui 14 kali revisi DIPA menjadi Rp {dec00(tp_)}. Realisasi sampai dengan 31 Desember 2024 sebesar Rp {dec00(tr_)} ({id_dec(serapan(tp_, tr_))}%).")
    d.L("Tabel 3.8 Realisasi Anggaran per Program/Kegiatan TA 2024", "")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "%", "Sisa")

    def cut(v):
        s = id_int(v)
        return "Rp. " + s[:-2]
    d.RA(("WA", "Program Dukungan Manajemen", dec00(pw), dec00(rw), id_dec(serapan(pw, rw)), cut(pw - rw)), "076.01.WA", "program", "", pw, rw)
    for kc, kn, a, b in ks:
        d.RA((f"WA.{kc}", kn, dec00(a), dec00(b), id_dec(serapan(a, b)), cut(a - b)), kc, "kegiatan", "076.01.WA", a, b)
    d.RA(("CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", dec00(pc), dec00(rc), id_dec(serapan(pc, rc)), cut(pc - rc)), "076.01.CQ", "program", "", pc, rc)
    for kc, kn, a, b in cq:
        d.RA((f"CQ.{kc}", kn, dec00(a), dec00(b), id_dec(serapan(a, b)), cut(a - b)), kc, "kegiatan", "076.01.CQ", a, b)
    d.RA(("", "Jumlah", dec00(tp_), dec00(tr_), id_dec(serapan(tp_, tr_)), cut(tp_ - tr_)), "TOTAL", "total", "", tp_, tr_, pagu_awal=12_406_550_000, revisi=14)
    d.B()
    peg = 3_402_118_000; rpeg = 3_398_004_150; mod = 240_500_000; rmod = 236_910_000
    d.L("Tabel 3.9 Realisasi per Jenis Belanja", "")
    d.R("Jenis Belanja", "Pagu", "Realisasi", "%")
    for nm, a, b in (("Belanja Pegawai", peg, rpeg), ("Belanja Barang", tp_ - peg - mod, tr_ - rpeg - rmod), ("Belanja Modal", mod, rmod)):
        d.R(nm, dec00(a), dec00(b), id_dec(serapan(a, b)))
    d.R("Jumlah", dec00(tp_), dec00(tr_), id_dec(serapan(tp_, tr_)))
    d.B()
    d.L("Tabel 3.10 Perbandingan Anggaran 2021 - 2024", "")
    d.R("TA", "Pagu", "Realisasi", "Serapan")
    total_tahun(d, [(2021, 3_850_400_000, 3_744_318_906), (2022, 4_912_760_000, 4_806_115_333), (2023, 27_604_180_000, 27_301_442_718), (2024, tp_, tr_)],
                tahun_dec00, 2024)
    d.B()
    d.FF()
    tutup(d, c, "Oelamasi, 3 Maret 2025", "Sekretaris,", "", "ARNOLDUS NENOHAI, S.Sos., M.Si")


# ---------------------------------------------------------------- H4 Ende 2019
def ende_2019():
    d, c = kab_doc("dev2/lakip-ende-2019.txt", "5308", 2019, "Ende", W=86, thn_kp="Akuntabilitas Kinerja Instansi Pemerintah (LAKIP)")
    d.L("L A K I P", "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "KOMISI PEMILIHAN UMUM KABUPATEN ENDE", "", "2019", "", "")
    d.FF()
    std_front(d, c, 86, "Ende", "Maret 2020", "SILVESTER SORE, S.H.", 6)
    pk = [("Persentase Partisipasi Pemilih dalam Pemilu", "%", "77,5", 77.5, "81,66", 81.66, "105,37"),
          ("Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap", "%", "2", 2, "2,3", 2.3, "85"),
          ("Persentase KPU Kabupaten dalam menyelenggarakan Pemilu sesuai dengan jadwal", "%", "100", 100, "100", 100, "100"),
          ("Jumlah laporan sistem akuntansi dan pelaporan keuangan", "Laporan", "2", 2, "2", 2, "100")]
    d.L("Tabel 2.1 Perjanjian Kinerja Tahun 2019", "")
    d.R("No", "Indikator Kinerja", "Satuan", "Target")
    for i, r in enumerate(pk, 1):
        d.R(i, r[0], r[1], r[2])
    d.R(5, "Opini BPK atas Laporan Keuangan", "Opini", "WTP")
    d.B()
    d.FF()
    d.L("BAB III AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[1])
    d.L("Tabel 3.1 Realisasi Kinerja Tahun 2019", "")
    d.R("No", "Indikator Kinerja", "Realisasi", "Satuan", "Capaian")
    for i, (ind, sat, tt, tn, rt, rn, cp) in enumerate(pk, 1):
        d.R(i, ind, rt, sat, cp)
        d.cap(ind, tt, tn, rt, rn, {"%": "persen", "Laporan": "laporan"}[sat], float(cp.replace(",", ".")),
              arah="turun" if "Tidak Masuk" in ind else "naik")
    d.R(5, "Opini BPK atas Laporan Keuangan", "WTP", "Opini", "100")
    d.cap("Opini BPK atas Laporan Keuangan", "WTP", None, "WTP", None, "opini", 100, grade=True)
    d.B()
    d.P("Indikator pemilih tidak terdaftar belum mencapai target karena masih terdapat pemilih yang menggunakan KTP elektronik pada hari pemungutan suara (DPK) melebihi perkiraan, terutama di Kecamatan Ende Selatan dan Ende Tengah.")
    d.R("Indikator", "2015", "2017", "2018", "Target 2019", "Realisasi 2019")
    sv = ["-", "66,41%", "71,20%", "77,5%", "81,66%"]
    ind = pk[0][0]
    d.R(ind, *sv)
    for (y, j), v in zip([(2015, "realisasi"), (2017, "realisasi"), (2018, "realisasi"), (2019, "target"), (2019, "realisasi")], sv):
        d.seri(ind, y, j, v, None if v == "-" else float(v.rstrip("%").replace(",", ".")), "persen")
    d.B()
    sk, kp = SAKIP[("5308", 2018)], KOMP[("5308", 2018)]
    d.P("Nilai hasil evaluasi AKIP Tahun 2018 per komponen:")
    d.R("Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)", "Evaluasi Internal (25)", "Jumlah", "Kategori")
    d.R(*[id_dec(kp[k][1]) for k in BOBOT], id_dec(sk), predikat(sk))
    d.sakip_komp("5308", 2018, sk, kp)
    d.B()
    d.FF()
    d.L("C. Daftar Pemilih Pemilu 2019", "")
    kec = ["Nangapanda", "Pulau Ende", "Maukaro", "Ende", "Ende Selatan", "Ende Timur", "Ende Tengah",
           "Ende Utara", "Ndona", "Ndona Timur", "Wolowaru", "Wolojita", "Lio Timur", "Kelimutu",
           "Ndori", "Maurole", "Kota Baru", "Detukeli", "Lepembusu Kelisoke", "Detusoko", "Wewaria"]
    rnd = random.Random(5308)
    tps = [rnd.randint(14, 70) for _ in kec]
    ls, ps = [], []
    for t in tps:
        v = t * rnd.randint(200, 245); l = int(v * rnd.uniform(0.47, 0.49)); ls.append(l); ps.append(v - l)
    dptb = [rnd.randint(0, 90) for _ in kec]; dpk = [rnd.randint(10, 200) for _ in kec]
    d.P(f"DPT Pemilu 2019 Kabupaten Ende setelah perbaikan ketiga berjumlah {id_int(sum(ls) + sum(ps))} pemilih, terdiri dari {id_int(sum(ls))} laki-laki dan {id_int(sum(ps))} perempuan pada {id_int(sum(tps))} TPS.")
    d.L("Tabel 3.4 Daftar Pemilih Pemilu 2019", "")
    d.R("No", "Kecamatan", "TPS", "DPT", "", "", "DPTb", "DPK")
    d.R("", "", "", "Laki-laki", "Perempuan", "Total Pemilih", "", "")
    for i, k in enumerate(kec):
        d.R(i + 1, k, tps[i], id_int(ls[i]), id_int(ps[i]), id_int(ls[i] + ps[i]), dptb[i], dpk[i])
        d.dpt("pemilu", 2019, "kecamatan", k.upper(), None, tps[i], ls[i], ps[i], tidak=["jumlah_desa"])
    d.R("", "Total Kabupaten Ende", id_int(sum(tps)), id_int(sum(ls)), id_int(sum(ps)), id_int(sum(ls) + sum(ps)), id_int(sum(dptb)), id_int(sum(dpk)))
    d.dpt("pemilu", 2019, "kabupaten", "ENDE", None, sum(tps), sum(ls), sum(ps), tidak=["jumlah_desa"])
    d.B()
    d.FF()
    d.L("D. Realisasi Anggaran", "")
    struct = [("WA", "Program Dukungan Manajemen", [("3355", "Pengelolaan Keuangan dan BMN", 2_044_810_000, 2_019_337_452),
                                                   ("3360", "Operasional Perkantoran", 1_230_600_000, 1_215_004_800)]),
              ("CQ", "Program Penyelenggaraan Pemilu", [("6867", "Pembentukan Badan Adhoc", 13_806_450_000, 13_790_118_000),
                                                        ("6872", "Pemungutan dan Penghitungan Suara", 5_902_300_000, 5_811_426_350)])]
    tp_, tr_ = jumlah(k for _, _, ks in struct for k in ks)
    d.P(f"Total pagu anggaran Tahun Anggaran 2019 sebesar Rp {id_int(tp_)} dengan realisasi sebesar Rp {id_int(tr_)} atau {id_dec(serapan(tp_, tr_))}%.")
    d.R("Program/Kegiatan", "Pagu", "Realisasi", "% Serapan")
    for pk_, pn, ks in struct:
        pp_, pr_ = jumlah(ks)
        d.RA((f"{pn} (076.01.{pk_})", f"Rp {id_int(pp_)}", f"Rp {id_int(pr_)}", id_dec(serapan(pp_, pr_))), f"076.01.{pk_}", "program", "", pp_, pr_)
        for kc, kn, a, b in ks:
            d.RA((f"- {kn} ({kc})", f"Rp {id_int(a)}", f"Rp {id_int(b)}", id_dec(serapan(a, b))), kc, "kegiatan", f"076.01.{pk_}", a, b)
    d.RA(("JUMLAH", f"Rp {id_int(tp_)}", f"Rp {id_int(tr_)}", id_dec(serapan(tp_, tr_))), "TOTAL", "total", "", tp_, tr_)
    d.B()
    d.FF()
    tutup(d, c, "Ende, Maret 2020", "Sekretaris KPU Kabupaten Ende", "", "SILVESTER SORE, S.H.")


if __name__ == "__main__":
    tulis(provinsi_2023, ttu_2020, kupang_2024, ende_2019)
