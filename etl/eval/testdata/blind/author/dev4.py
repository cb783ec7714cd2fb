from lib import *
from dev1 import IND, kab_doc
from dev2 import KNAMES
from dev3 import dec00


def std_front(d, c, W, kota, tgl, nama, extra_pend=4):
    d.L("KATA PENGANTAR", "")
    d.PP(kata_pengantar(c), W)
    d.L(f"{kota}, {tgl}", "Sekretaris", "", "", nama)
    d.FF()
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:extra_pend], W)
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[:3], W)


# ---------------------------------------------------------------- D7 Sikka 2021 (pdftotext, single spaces)
def sikka_2021():
    d, c = kab_doc("dev/lkjip-sikka-2021.txt", "5307", 2021, "Maumere", W=84, thn_kp="Instansi Pemerintah (LKjIP) Tahun 2021", flat=True)
    d.L("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2021", "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "", "Maumere", "")
    std_front(d, c, None, "Maumere", "Januari 2022", "MARIA ANASTASIA NONA, S.E.", 6)
    d.L(*tugas_list(c)[:10])
    d.B()
    d.P("Perjanjian Kinerja Tahun 2021 memuat lima indikator sasaran strategis sebagai berikut: No Sasaran Strategis Indikator Kinerja Target")
    pk = [("Meningkatnya kapasitas SDM", IND["kompetensi"], "85%", 85, "87,50%", 87.5, "102,94%"),
          ("Terwujudnya dukungan sarana dan prasarana", IND["sarpras"], "100%", 100, "97%", 97, "97%"),
          ("Terwujudnya data pemilih berkelanjutan", IND["datapemilih"], "100%", 100, "100%", 100, "100%"),
          ("Terlaksananya penetapan keputusan", IND["rancangan"], "100%", 100, "100%", 100, "100%")]
    for i, r in enumerate(pk, 1):
        d.L(f"{i} {r[0]} {r[1]} {r[2]}")
    d.L("5 Meningkatnya akuntabilitas Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten B")
    d.B()
    bab(d, ("BAB III AKUNTABILITAS KINERJA", ""), akuntabilitas_intro(c))
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2021", "No Indikator Kinerja Target Realisasi Capaian")
    for i, r in enumerate(pk, 1):
        d.L(f"{i} {r[1]} {r[2]} {r[4]} {r[6]}")
        d.cap(r[1], r[2], r[3], r[4], r[5], "persen", persen(r[6]))
    sk20 = SAKIP[("5307", 2020)]
    d.L(f"5 {IND['akip']} B {predikat(sk20)} 100%")
    d.cap(IND["akip"], "B", None, predikat(sk20), None, "predikat", 100, grade=True)
    d.B()
    d.PP(analisis(c, "kesesuaian kompetensi pegawai"))
    kp = KOMP[("5307", 2020)]
    s18, s19 = SAKIP[("5307", 2018)], SAKIP[("5307", 2019)]
    d.P(f"Hasil Evaluasi AKIP Tahun 2020 yang disampaikan Inspektorat Utama KPU pada tahun 2021 memberikan nilai {id_dec(sk20)} dengan predikat {predikat(sk20)}. Sebelumnya, Evaluasi AKIP Tahun 2018 memberikan nilai {id_dec(s18)} ({predikat(s18)}) dan Evaluasi AKIP Tahun 2019 nilai {id_dec(s19)} ({predikat(s19)}). Rincian nilai tahun 2020:")
    d.sakip("5307", 2020, sk20); d.sakip("5307", 2018, s18); d.sakip("5307", 2019, s19)
    d.L("No Komponen Bobot Nilai")
    for i, k in enumerate(BOBOT, 1):
        d.L(f"{i} {KNAMES[k]} {kp[k][0]} {id_dec(kp[k][1])}")
    d.L(f"Jumlah 100 {id_dec(sk20)}")
    d.komp(2020, kp)
    d.B()
    tps, l, p = 587, 112_406, 120_931
    d.P(f"Sebagai gambaran kondisi daftar pemilih, pada Pemilu Tahun 2019 Daftar Pemilih Tetap Kabupaten Sikka berjumlah {id_int(l + p)} pemilih, terdiri atas {id_int(l)} laki-laki dan {id_int(p)} perempuan, yang tersebar di 160 desa/kelurahan dan {tps} TPS. Angka tersebut menjadi basis pemutakhiran data pemilih berkelanjutan pada tahun 2021.")
    d.dpt("pemilu", 2019, "kabupaten", "SIKKA", 160, tps, l, p)
    d.L("D. Realisasi Anggaran", "")
    ks = [("3355", "Pengelolaan Keuangan dan BMN", 2_201_650_000, 2_154_017_880),
          ("3358", "Pengelolaan SDM", 148_300_000, 139_650_000),
          ("3360", "Operasional Perkantoran", 887_120_000, 861_092_440)]
    cq = [("6640", "Pemutakhiran Data Pemilih Berkelanjutan", 96_500_000, 94_210_000)]
    pw, rw, pc, rc, tp_, tr_ = dua_program(ks, cq)
    d.P(f"Total pagu anggaran Tahun Anggaran 2021 sebesar Rp {id_int(tp_)} dengan realisasi sebesar Rp {id_int(tr_)} atau {id_dec(serapan(tp_, tr_))}%. Realisasi Pendapatan Negara Bukan Pajak Tahun 2021 sebesar Rp12.450.000 berasal dari penjualan barang inventaris yang dihapuskan dan tidak termasuk dalam realisasi belanja.")
    d.L("Tabel 3.5 Realisasi Anggaran TA 2021", "Kode Uraian Pagu Realisasi Sisa %")
    d.L(f"WA Program Dukungan Manajemen {id_int(pw)} {id_int(rw)} {id_int(pw - rw)} {id_dec(serapan(pw, rw))}")
    d.ang("076.01.WA", "program", "", pw, rw, serapan(pw, rw))
    for kc, kn, a, b in ks:
        d.L(f"{kc} {kn} {id_int(a)} {id_int(b)} {id_int(a - b)} {id_dec(serapan(a, b))}")
        d.ang(kc, "kegiatan", "076.01.WA", a, b, serapan(a, b))
    d.L(f"CQ Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi {id_int(pc)} {id_int(rc)} {id_int(pc - rc)} {id_dec(serapan(pc, rc))}")
    d.ang("076.01.CQ", "program", "", pc, rc, serapan(pc, rc))
    for kc, kn, a, b in cq:
        d.L(f"{kc} {kn} {id_int(a)} {id_int(b)} {id_int(a - b)} {id_dec(serapan(a, b))}")
        d.ang(kc, "kegiatan", "076.01.CQ", a, b, serapan(a, b))
    d.L(f"Jumlah {id_int(tp_)} {id_int(tr_)} {id_int(tp_ - tr_)} {id_dec(serapan(tp_, tr_))}")
    d.ang("TOTAL", "total", "", tp_, tr_, serapan(tp_, tr_))
    d.B()
    d.P("Sisa anggaran sebagian besar berasal dari belanja perjalanan dinas dan paket meeting yang tidak terlaksana akibat Pemberlakuan Pembatasan Kegiatan Masyarakat (PPKM) pada pertengahan tahun 2021.")
    tutup(d, c, "Maumere, Januari 2022", "Sekretaris KPU Kabupaten Sikka", "", "MARIA ANASTASIA NONA, S.E.")


# ---------------------------------------------------------------- D8 Lembata 2023
def lembata_2023():
    d, c = kab_doc("dev/lkj-lembata-2023.txt", "5313", 2023, "Lewoleba")
    W = 92
    d.L("LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "", "", "", "")
    d.FF()
    std_front(d, c, W, "Lewoleba", "Januari 2024", "PETRUS BOLI TUKAN, S.Sos", 5)
    d.FF()
    d.L("BAB III AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[0], W)
    d.L("Tabel 3.1 Capaian Kinerja Sasaran Strategis Tahun 2023", "")
    d.R("No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    sk = SAKIP[("5313", 2022)]
    rows = [("Meningkatnya kapasitas SDM", IND["kompetensi"], "90%", 90, "91,25%", 91.25, "101,39%", "persen"),
            ("Terwujudnya dukungan sarpras", IND["sarpras"], "100%", 100, "88,60%", 88.6, "88,60%", "persen"),
            ("Meningkatnya akuntabilitas", IND["akip"], "В", None, "ВВ*", None, "200%", "predikat"),
            ("Meningkatnya akuntabilitas", IND["rb"], "60", 60, "61,27", 61.27, "102,12%", "nilai"),
            ("Terwujudnya data pemilih", IND["datapemilih"], "100%", 100, "100%", 100, "100%", "persen"),
            ("Terwujudnya dukungan logistik", IND["logistik"], "100%", 100, "100%", 100, "100%", "persen")]
    for i, (ss, ind, tt, tn, rt, rn, cp, sat) in enumerate(rows, 1):
        a, b = textwrap.wrap(ss, 22), textwrap.wrap(ind, 34)
        for j in range(max(len(a), len(b))):
            d.R(i if j == 0 else "", a[j] if j < len(a) else "", b[j] if j < len(b) else "",
                tt if j == 0 else "", rt if j == 0 else "", cp if j == 0 else "")
        lap = persen(cp)
        if sat == "predikat":
            d.cap(ind, "B", None, "BB*", None, sat, lap, grade=True)
        else:
            d.cap(ind, tt, tn, rt, rn, sat, lap)
    d.L("*) Realisasi menggunakan hasil Evaluasi AKIP Tahun 2022", "")
    d.P(f"Berdasarkan Laporan Hasil Evaluasi AKIP Tahun 2022 yang diterima pada bulan Juli 2023, KPU Kabupaten Lembata memperoleh nilai {id_dec(sk)} dengan predikat ВВ.", W)
    d.sakip("5313", 2022, sk, "BB")
    d.P("Dalam Laporan Hasil Evaluasi Pelaksanaan Reformasi Birokrasi Tahun 2023, nilai evaluasi Reformasi Birokrasi KPU Kabupaten Lembata adalah 22,24 (61,27%) dari bobot 36,30. Nilai tersebut telah melampaui target 60 yang ditetapkan dalam Perjanjian Kinerja.", W)
    d.rb(2023, 22.24, 36.30, 61.27)
    d.PP(analisis(c, "sarana dan prasarana"), W)
    d.FF()
    d.L("B. Penyusunan Daftar Pemilih Pemilu 2024", "")
    tps, L_, P_ = PEMILU24["5313"]
    d.P(f"Rapat pleno terbuka rekapitulasi dan penetapan DPT Pemilu Tahun 2024 tingkat Kabupaten Lembata dilaksanakan pada tanggal 20 Juni 2023. Jumlah DPT yang ditetapkan sebanyak {id_int(L_ + P_)} pemilih, terdiri dari pemilih laki-laki {id_int(L_)} orang dan pemilih perempuan {id_int(P_)} orang, yang akan memberikan suara di {id_int(tps)} TPS pada 151 desa/kelurahan.", W)
    kec = ["Nubatukan", "Ile Ape", "Ile Ape Timur", "Lebatukan", "Omesuri", "Buyasari", "Atadei", "Nagawutung", "Wulandoni"]
    wts = [0.27, 0.1, 0.07, 0.11, 0.12, 0.07, 0.08, 0.1, 0.08]
    desa = [19, 17, 9, 18, 21, 15, 17, 20, 15]
    rnd = random.Random(5313)
    tpss = bagi(tps, wts)
    ls = bagi(L_, wts)
    ps = bagi(P_, wts, acak=lambda: rnd.randint(-200, 200))
    d.L("Tabel 3.4 DPT Pemilu 2024 per Kecamatan", "")
    d.R("NO", "KECAMATAN", "DESA/KEL", "TPS", "L", "Р", "L+Р")
    for i, k in enumerate(kec):
        d.R(i + 1, k.upper(), desa[i], tpss[i], id_int(ls[i]), id_int(ps[i]), id_int(ls[i] + ps[i]))
        d.dpt("pemilu", 2024, "kecamatan", k.upper(), desa[i], tpss[i], ls[i], ps[i])
    d.R("", "TOTAL", sum(desa), tps, id_int(L_), id_int(P_), id_int(L_ + P_))
    d.dpt("pemilu", 2024, "kabupaten", "LEMBATA", sum(desa), tps, L_, P_)
    d.B()
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    struct = [("WA", ["Program Dukungan Manajemen dan", "Pelaksanaan Tugas Teknis Lainnya"], [
        ("3355", "Pengelolaan Keuangan dan BMN", 2_480_916_000, 2_468_465_620),
        ("3360", "Operasional Perkantoran", 1_120_300_000, 1_107_849_610)]),
        ("CQ", ["Program Penyelenggaraan Pemilu", "dalam Proses Konsolidasi", "Demokrasi"], [
            ("6867", "Pembentukan Badan Adhoc", 8_904_200_000, 8_890_112_740),
            ("6868", "Pemutakhiran dan Penyusunan Daftar Pemilih", 412_650_000, 404_438_210)])]
    tp_, tr_ = jumlah(k for _, _, ks in struct for k in ks)
    d.P(f"Total pagu anggaran KPU Kabupaten Lembata Tahun Anggaran 2023 sebesar Rp. {id_int(tp_)},- dengan realisasi sebesar Rp. {id_int(tr_)},- atau {id_dec(serapan(tp_, tr_))}%.", W)
    d.L("Tabel 3.6 Realisasi Anggaran Tahun 2023", "")
    d.R("No", "Program/Kegiatan", "Pagu", "Realisasi", "%", "Sisa")

    def cut(v):  # a sisa cell cut off by a narrow PDF column
        s = id_int(v)
        return "Rp. " + (s[:-1] if len(s) > 9 else s)
    for n, (pk, pn, ks) in enumerate(struct, 1):
        pp_, pr_ = jumlah(ks)
        mid = len(pn) // 2
        for j, part in enumerate(pn):
            if j == mid:
                d.R("", part, f"Rp. {id_int(pp_)}", f"Rp. {id_int(pr_)}", id_dec(serapan(pp_, pr_)) + "%", cut(pp_ - pr_))
            else:
                d.R(f"{n}." if j == 0 else "", (f"076.01.{pk} " if j == 0 else "") + part, "", "", "", "")
        d.ang(f"076.01.{pk}", "program", "", pp_, pr_, serapan(pp_, pr_))
        for kc, kn, a, b in ks:
            d.RA(("", f"{kc} {kn}", f"Rp. {id_int(a)}", f"Rp. {id_int(b)}", id_dec(serapan(a, b)) + "%", cut(a - b)), kc, "kegiatan", f"076.01.{pk}", a, b)
    d.RA(("", "JUMLAH", f"Rp. {id_int(tp_)}", f"Rp. {id_int(tr_)}", id_dec(serapan(tp_, tr_)) + "%", cut(tp_ - tr_)), "TOTAL", "total", "", tp_, tr_)
    d.B()
    d.P("Penyerapan anggaran kegiatan Pembentukan Badan Adhoc hampir mencapai 100% karena seluruh honorarium PPK dan PPS dibayarkan tepat waktu setiap bulan.", W)
    d.FF()
    tutup(d, c, "Lewoleba, Januari 2024", "Sekretaris KPU Kabupaten Lembata", "", "PETRUS BOLI TUKAN, S.Sos", W=W)


if __name__ == "__main__":
    tulis(sikka_2021, lembata_2023)
