from lib import *
from dev1 import IND, kab_doc
from dev2 import KNAMES
from dev3 import dec00
from dev4 import std_front

PROV_CTX = {"kpu": "KPU Provinsi Nusa Tenggara Timur", "wil": "Provinsi Nusa Tenggara Timur",
            "thn_kp": "", "ibukota": "Kupang"}
# names as a province clerk types them (typos on purpose)
TYPED = {"53": "KPU PROVINSI NTT", "5301": "KUPANG", "5302": "TIMOR TENGAH SELATAN", "5303": "TIMOR TENGAH UTARA",
         "5304": "BELU", "5305": "ALOR", "5306": "FLORES TIMUR", "5307": "SIKKA", "5308": "ENDE",
         "5309": "NGADA", "5310": "MANGGARAI", "5311": "SUMBA TIMUR", "5312": "SUMBA BARAT",
         "5313": "LEMBATA", "5314": "ROTE NDAO", "5315": "MANGGARAI BARAT", "5316": "NAGEKEO",
         "5317": "SUMBA TENGAH", "5318": "SUMBA BARAT DAYA", "5319": "MANGARAI TIMUR",
         "5320": "SABU RAIJUA", "5321": "MALAKA", "5371": "KOTA KUPANG"}


def sakip_all_table(d, y, style):
    """All-satker SAKIP table for tahun_dinilai y."""
    vals = []
    if style == 1:
        d.R("No", "Satuan Kerja", "Nilai", "Predikat")
        for i, s in enumerate(ORDER, 1):
            v = SAKIP[(s, y)]
            d.R(i, TYPED[s], id_dec(v), predikat(v))
            d.sakip(s, y, v)
            vals.append(v)
        d.R("", "Rata-rata", id_dec(round(sum(vals) / len(vals), 2)), "")
    else:
        d.R("NO", "KPU KAB/KOTA", "NILAI AKIP " + str(y), "KATEGORI", "PERINGKAT")
        order = sorted(ORDER[1:], key=lambda s: -SAKIP[(s, y)])
        for rank, s in enumerate(order, 1):
            v = SAKIP[(s, y)]
            nm = TYPED[s].title().replace("Kota Kupang", "Kota Kupang")
            d.R(rank, nm, en_dec(v), predikat(v), rank)
            d.sakip(s, y, v)
            vals.append(v)
        d.R("", "Rata-rata Kabupaten/Kota", en_dec(round(sum(vals) / len(vals), 2)), "", "")


# ---------------------------------------------------------------- D11 Provinsi NTT 2022
def provinsi_2022():
    d = Doc("dev/lkj-provinsi-ntt-2022.txt", "53", 2022)
    c = dict(PROV_CTX, thn_kp="KPU Provinsi Nusa Tenggara Timur Tahun 2022")
    d.W = 105
    d.L("LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM PROVINSI NUSA TENGGARA TIMUR", "TAHUN 2022", "", "", "Jl. Polisi Militer No. 3, Kupang")
    d.FF()
    d.L("KATA PENGANTAR", "")
    d.PP(kata_pengantar(c))
    d.L("Kupang, Februari 2023", "Sekretaris KPU Provinsi Nusa Tenggara Timur", "", "", "Drs. ELPIDIUS TEFA, M.Si")
    d.FF()
    d.L("BAB I PENDAHULUAN", "")
    for p in pendahuluan(c)[:3] + pendahuluan(c)[5:7]:
        d.P(p.replace("KPU Kabupaten/Kota bertugas", "KPU Provinsi bertugas"))
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[:3])
    d.FF()
    d.L("BAB III AKUNTABILITAS KINERJA", "", "A. Pengukuran Kinerja", "")
    d.P(akuntabilitas_intro(c)[1])
    d.L("Tabel:", "Pengukuran Kinerja KPU Provinsi NTT Tahun 2022", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    own = SAKIP[("53", 2021)]
    groups = [
        ("Sasaran Strategis 1: Terwujudnya Sistem Informasi mengenai Partai Politik yang andal dan berkualitas", [
            (IND["opini"].replace("Opini BPK atas Laporan Keuangan", "Persentase informasi mengenai partai politik yang mutakhir dan dipublikasikan pada publik"), "25%", 25, "25%", 25, "100%", "persen")]),
        ("Sasaran Strategis 2: Terwujudnya Sumber Daya Manusia dan Lembaga KPU yang Berkualitas", [
            ("Indeks Reformasi Birokrasi", "78", 78, "82,98*", 82.98, "106,38%", "nilai"),
            ("Nilai Akuntabilitas Kinerja", "В", None, "ВВ", None, "125%", "predikat"),
            ("Nilai Keterbukaan Informasi Publik", "90%", 90, "92,40%", 92.4, "102,67%", "persen")]),
        ("Sasaran Strategis 3: Terwujudnya koordinasi penyelenggaraan kepemiluan sesuai Standar Pelayanan Publik", [
            ("Persentase KPU Kabupaten/Kota dalam memutakhirkan Data Pemilih Tepat Waktu", "100%", 100, "100%", 100, "100%", "persen"),
            ("Persentase KPU Provinsi dan KPU Kabupaten/Kota yang mendapatkan nilai akuntabilitas kinerja minimal B", "100%", 100, "100%", 100, "100%", "persen")])]
    for ind, tt, tn, rt, rn, cp, sat in cap_grup(d, groups):
        lap = persen(cp)
        if sat == "predikat":
            d.cap(ind, "B", None, "BB", None, sat, lap, grade=True)
        else:
            d.cap(ind, tt, tn, rt, rn, sat, lap)
    d.L("*) nilai Indeks RB hasil penilaian mandiri yang telah diverifikasi", "")
    d.P("Indikator persentase KPU Provinsi dan KPU Kabupaten/Kota dengan nilai akuntabilitas kinerja minimal B tercapai 100%, karena seluruh 22 KPU Kabupaten/Kota dan KPU Provinsi memperoleh predikat minimal B pada Evaluasi AKIP Tahun 2021.")
    d.P("Nilai evaluasi Reformasi Birokrasi KPU Provinsi Nusa Tenggara Timur Tahun 2022 adalah 30,12 (82,98%) dari bobot 36,30, sehingga indikator Indeks Reformasi Birokrasi melampaui target 78.")
    d.rb(2022, 30.12, 36.30, 82.98)
    d.FF()
    d.L("B. Akuntabilitas Kinerja", "")
    kp = KOMP[("53", 2021)]
    d.P(f"Evaluasi atas implementasi SAKIP Tahun 2021 dilaksanakan oleh Inspektorat Utama KPU pada tahun 2022. KPU Provinsi Nusa Tenggara Timur memperoleh nilai {id_dec(own)} dengan predikat ВВ, dengan rincian sebagai berikut:")
    d.R("No", "Komponen", "Bobot", "Nilai", "%")
    for i, k in enumerate(BOBOT, 1):
        d.R(i, KNAMES[k], kp[k][0], id_dec(kp[k][1]), id_dec(kp[k][1] / kp[k][0] * 100) + "%")
    d.R("", "Jumlah", 100, id_dec(own), "")
    d.komp(2021, kp)
    d.B()
    d.P("Selain evaluasi atas satuan kerja sendiri, KPU Provinsi melakukan koordinasi dan pendampingan evaluasi AKIP terhadap 22 KPU Kabupaten/Kota. Hasil Evaluasi AKIP Tahun 2021 seluruh satuan kerja di wilayah Provinsi Nusa Tenggara Timur adalah sebagai berikut.")
    d.L("Tabel 3.4 Hasil Evaluasi AKIP Tahun 2021 Satuan Kerja se-Provinsi NTT", "")
    sakip_all_table(d, 2021, 1)
    d.B()
    d.P("Predikat BB diperoleh oleh sebagian kecil satuan kerja, sedangkan satuan kerja lainnya memperoleh predikat B. Kelemahan yang umum ditemukan adalah belum dimanfaatkannya hasil pengukuran kinerja dalam perbaikan perencanaan.")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    struct = [("WA", "Program Dukungan Manajemen", [
        ("3355", "Pengelolaan Keuangan dan Barang Milik Negara", [("3355.EBA.994", "Layanan Perkantoran", 7_204_118_000, 7_150_339_846)]),
        ("3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", [("3360.EBA.994", "Layanan Perkantoran", 3_870_400_000, 3_861_005_150),
                                                                          ("3360.EBB.951", "Layanan Sarana Internal", 412_000_000, 409_870_000)])]),
        ("CQ", "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", [
            ("6709", "Perencanaan Program dan Anggaran", [("6709.QGE.001", "Perencanaan dan Penganggaran Pemilu", 1_906_350_000, 1_880_214_500)]),
            ("6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", [("6639.BDB.001", "Fasilitasi Pengelolaan Daerah Pemilihan dan Alokasi Kursi", 610_220_000, 598_113_400)])])]
    tot_p, tot_r = jumlah(o for _, _, ks in struct for _, _, os_ in ks for o in os_)
    d.P(f"Total pagu anggaran KPU Provinsi NTT Tahun Anggaran 2022 sebesar Rp {en_int(tot_p)} dengan realisasi sebesar Rp {en_int(tot_r)} atau {en_dec(serapan(tot_p, tot_r))}%.")
    d.R("KODE", "PROG/KEG/OUTPUT", "PAGU", "REALISASI", "SISA", "% REALISASI")
    for pk, pn, kegs in struct:
        pp2, pr2 = jumlah(o for _, _, os_ in kegs for o in os_)
        d.RA((pk, pn, en_int(pp2), en_int(pr2), en_int(pp2 - pr2), en_dec(serapan(pp2, pr2)) + "%"), f"076.01.{pk}", "program", "", pp2, pr2)
        for kc, kn, outs in kegs:
            kp2, kr2 = jumlah(outs)
            d.RA((f"{pk}.{kc}", kn, en_int(kp2), en_int(kr2), en_int(kp2 - kr2), en_dec(serapan(kp2, kr2)) + "%"), kc, "kegiatan", f"076.01.{pk}", kp2, kr2)
            for oc, on, op, orl in outs:
                d.RA((oc, on, en_int(op), en_int(orl), en_int(op - orl), en_dec(serapan(op, orl)) + "%"), oc, "output", kc, op, orl)
    d.RA(("", "TOTAL", en_int(tot_p), en_int(tot_r), en_int(tot_p - tot_r), en_dec(serapan(tot_p, tot_r)) + "%"), "TOTAL", "total", "", tot_p, tot_r)
    d.B()
    d.FF()
    tutup(d, c, "Kupang, Februari 2023", "Sekretaris,", "", "Drs. ELPIDIUS TEFA, M.Si")


# ---------------------------------------------------------------- D12 Manggarai Barat 2024
def mabar_2024():
    d, c = kab_doc("dev/lkj-manggarai-barat-2024.txt", "5315", 2024, "Labuan Bajo", W=90)
    d.L("LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT TAHUN 2024", "", "", "Labuan Bajo")
    d.FF()
    std_front(d, c, 90, "Labuan Bajo", "Februari 2025", "KRISTIANUS JEMADU, S.E., M.M.", 5)
    d.FF()
    d.L("BAB III AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[0])
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2024", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    rows = [(IND["kompetensi"], "96%", 96, "96,80%", 96.8, "100,83%", "persen"),
            (IND["sarpras"], "100%", 100, "100%", 100, "100%", "persen"),
            (IND["akip"], "B", None, "BB", None, "200%", "predikat"),
            (IND["rb"], "80", 80, "-", None, "-", "nilai"),
            (IND["datapemilih"], "100%", 100, "100%", 100, "100%", "persen"),
            (IND["logistik"], "100%", 100, "100%", 100, "100%", "persen"),
            ("Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan", "80%", 80, "78,44%", 78.44, "98,05%", "persen")]
    for i, (ind, tt, tn, rt, rn, cp, sat) in enumerate(rows, 1):
        parts = textwrap.wrap(ind, 40)
        for j, q in enumerate(parts):
            last = j == len(parts) - 1
            d.R(f"{i}." if j == 0 else "", q, tt if last else "", rt if last else "", cp if last else "")
        d.capaian(ind, tt, tn, rt, rn, sat, cp, sat == "predikat")
    d.B()
    d.P("Realisasi indikator Reformasi Birokrasi Tahun 2024 belum dapat diukur karena Laporan Hasil Evaluasi RB belum diterbitkan. Sebagai gambaran, nilai evaluasi Reformasi Birokrasi KPU Kabupaten Manggarai Barat Tahun 2023 adalah 23,05 (63,50%) dari bobot 36,30.")
    d.rb(2023, 23.05, 36.30, 63.50)
    d.P("Perbandingan realisasi indikator partisipasi pemilih dengan periode sebelumnya dan target nasional disajikan pada tabel berikut.")
    ind = "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"
    d.R("Indikator", "Realisasi 2019", "Realisasi 2020", "Target 2024", "Realisasi 2024", "Target Nasional 2024")
    vals = ["81,07%", "84,70%", "80%", "78,44%", "82%"]
    d.R(ind, *vals)
    for (y, j), v in zip([(2019, "realisasi"), (2020, "realisasi"), (2024, "target"), (2024, "realisasi"), (2024, "target_nasional")], vals):
        d.seri(ind, y, j, v, float(v.rstrip("%").replace(",", ".")), "persen")
    d.B()
    d.PP(analisis(c, "partisipasi pemilih"))
    sk = SAKIP[("5315", 2023)]
    hist = [(2019, SAKIP[("5315", 2019)]), (2020, SAKIP[("5315", 2020)]), (2021, SAKIP[("5315", 2021)]),
            (2022, SAKIP[("5315", 2022)]), (2023, sk)]
    d.P("Perkembangan nilai Evaluasi AKIP KPU Kabupaten Manggarai Barat dalam lima tahun terakhir:")
    d.L("Tabel 3.4 Riwayat Nilai Evaluasi AKIP", "")
    d.R("Tahun Kinerja yang Dievaluasi", "2019", "2020", "2021", "2022", "2023")
    d.R("Nilai", *[id_dec(v) for _, v in hist])
    d.R("Predikat", *[predikat(v) for _, v in hist])
    for y, v in hist:
        d.sakip("5315", y, v)
    d.B()
    d.FF()
    d.L("B. Daftar Pemilih", "")
    tps, L_, P_ = PEMILU24["5315"]
    kec = ["Komodo", "Boleng", "Sano Nggoang", "Mbeliling", "Lembor", "Lembor Selatan", "Welak",
           "Kuwus", "Kuwus Barat", "Macang Pacar", "Ndoso", "Pacar"]
    wts = [0.22, 0.07, 0.07, 0.06, 0.11, 0.08, 0.07, 0.07, 0.05, 0.08, 0.07, 0.05]
    desa = [19, 13, 15, 13, 20, 15, 16, 12, 11, 21, 16, 15]
    rnd = random.Random(5315)
    tpss = bagi(tps, wts)
    ls = bagi(L_, wts)
    ps = bagi(P_, wts, acak=lambda: rnd.randint(-150, 150))
    d.L("Tabel 3.6 Rekapitulasi DPT Pemilu Tahun 2024", "")
    d.R("No", "Kecamatan", "Desa/Kel", "Jumlah TPS", "Laki-laki", "Perempuan", "Total Pemilih")
    for i, k in enumerate(kec):
        d.R(i + 1, k, desa[i], tpss[i], id_int(ls[i]), id_int(ps[i]), id_int(ls[i] + ps[i]))
        d.dpt("pemilu", 2024, "kecamatan", k.upper(), desa[i], tpss[i], ls[i], ps[i])
    d.R("", "Total Kab. Manggarai Barat", sum(desa), tps, id_int(L_), id_int(P_), id_int(L_ + P_))
    d.dpt("pemilu", 2024, "kabupaten", "MANGGARAI BARAT", sum(desa), tps, L_, P_)
    d.B()
    t2, l2, p2 = PILKADA24["5315"]
    d.P(f"Untuk Pemilihan Bupati dan Wakil Bupati Manggarai Barat Tahun 2024, DPT ditetapkan pada tanggal 20 September 2024 sebanyak {en_int(l2 + p2)} pemilih (laki-laki {en_int(l2)}, perempuan {en_int(p2)}) yang tersebar di {t2} TPS.")
    d.dpt("pilkada", 2024, "kabupaten", "MANGGARAI BARAT", None, t2, l2, p2, tidak=["jumlah_desa"])
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    struct = [("WA", ["Program Dukungan", "Manajemen", "(076.01.WA)"], [
        ("3355", "Pengelolaan Keuangan dan BMN", 2_804_612_000, 2_792_004_318),
        ("3360", "Operasional Perkantoran", 1_198_400_000, 1_180_660_912)]),
        ("CQ", ["Program Penyelenggaraan", "Pemilu dalam Proses Konsolidasi", "Demokrasi (076.01.CQ)"], [
            ("6867", "Pembentukan Badan Adhoc", 21_406_900_000, 21_388_125_640),
            ("6871", "Pengelolaan Logistik", 2_911_300_000, 2_867_551_200),
            ("6872", "Pemungutan dan Penghitungan Suara", 5_440_780_000, 5_301_962_411)])]
    tp_, tr_ = jumlah(k for _, _, ks in struct for k in ks)
    d.P(f"Total pagu anggaran Tahun Anggaran 2024 sebesar Rp {dec00(tp_)} dengan realisasi sebesar Rp {dec00(tr_)} atau {id_dec(serapan(tp_, tr_))}%. Di samping itu, Realisasi Pendapatan Negara Bukan Pajak Tahun 2024 sebesar Rp8.215.400,00 telah disetorkan ke Kas Negara.")
    d.L("Tabel 3.8 Realisasi Anggaran Tahun 2024", "")
    d.R("No", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    for n, (pk, pn, ks) in enumerate(struct, 1):
        pp_, pr_ = jumlah(ks)
        for j, part in enumerate(pn):
            if j == 1:
                d.R("", part, dec00(pp_), dec00(pr_), dec00(pp_ - pr_), id_dec(serapan(pp_, pr_)))
            else:
                d.R(n if j == 0 else "", part, "", "", "", "")
        d.ang(f"076.01.{pk}", "program", "", pp_, pr_, serapan(pp_, pr_))
        for kc, kn, a, b in ks:
            d.RA(("", f"{kc} - {kn}", dec00(a), dec00(b), dec00(a - b), id_dec(serapan(a, b))), kc, "kegiatan", f"076.01.{pk}", a, b)
    d.RA(("", "JUMLAH", dec00(tp_), dec00(tr_), dec00(tp_ - tr_), id_dec(serapan(tp_, tr_))), "TOTAL", "total", "", tp_, tr_)
    d.B()
    d.FF()
    tutup(d, c, "Labuan Bajo, Februari 2025", "Sekretaris,", "", "KRISTIANUS JEMADU, S.E., M.M.")


if __name__ == "__main__":
    tulis(provinsi_2022, mabar_2024)
