from lib import *
from dev1 import IND, kab_doc

KNAMES = {"perencanaan": "Perencanaan Kinerja", "pengukuran": "Pengukuran Kinerja",
          "pelaporan": "Pelaporan Kinerja", "evaluasi_internal": "Evaluasi Akuntabilitas Kinerja Internal"}


def juta(x):  # rupiah -> "1.912,45"
    return id_dec(x / 1_000_000)


# ---------------------------------------------------------------- D3 TTS 2019
def tts_2019():
    d, c = kab_doc("dev/lakip-tts-2019.txt", "5302", 2019, "SoE", thn_kp="Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) Tahun 2019")
    d.L("LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)",
        "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN TAHUN 2019", "", "", "", "SoE - Timor Tengah Selatan")
    d.FF()
    d.L("KATA PENGANTAR", "")
    d.PP(kata_pengantar(c), 110)
    d.L("SoE, Maret 2020", "Sekretaris,", "", "", "Drs. MARTHEN L. TOSI", "Pembina (IV/a)", "NIP 19660505 199303 1 009")
    d.FF()
    bab(d, ("BAB I", "PENDAHULUAN", ""), pendahuluan(c)[:4], 110)
    d.L(*tugas_list(c)[:8])
    d.B()
    bab(d, ("BAB II", "PERENCANAAN KINERJA", ""), perencanaan(c)[:3], 110)
    d.FF()
    d.L("BAB III", "AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[1], 110)
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2019", "")
    d.R("No", "Sasaran Strategis / Indikator Kinerja", "Target", "Realisasi", "Capaian")
    rows = [
        ("Persentase partisipasi pemilih dalam Pemilu", "77,5%", 77.5, "79,12%", 79.12, "102,09%", "naik", "persen"),
        ("Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap", "3%", 3, "2,4%", 2.4, "120%", "turun", "persen"),
        ("Persentase KPU Kabupaten dalam menyelenggarakan Pemilu sesuai dengan jadwal", "100%", 100, "100%", 100, "100%", "naik", "persen"),
        ("Persentase Penyelenggara Pemilu yang terbukti melakukan Pelanggaran Pemilu", "5%", 5, "1,2%", 1.2, "176%", "turun", "persen"),
        ("Persentase Sengketa Hukum yang dimenangkan KPU", "100%", 100, "100%", 100, "100%", "naik", "persen"),
        ("Opini BPK atas Laporan Keuangan", "WTP", None, "WTP", None, "100%", "", "opini"),
        ("Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten", "B", None, "B", None, "100%", "", "predikat"),
    ]
    for i, (ind, tt, tn, rt, rn, cp, arah, sat) in enumerate(rows, 1):
        parts = textwrap.wrap(ind, 38)
        for j, q in enumerate(parts):
            last = j == len(parts) - 1
            d.R(i if j == 0 else "", q, tt if last else "", rt if last else "", cp if last else "")
        d.capaian(ind, tt, tn, rt, rn, sat, cp, sat in ("opini", "predikat"), arah=arah)
    d.B()
    d.P("Indikator persentase pemilih tidak terdaftar dan indikator pelanggaran penyelenggara merupakan indikator negatif, sehingga capaian dihitung dengan rumus (target - (realisasi - target)) / target x 100%. Tingkat partisipasi pemilih sebesar 79,12% merupakan yang tertinggi sejak Pemilu 2004 di Kabupaten Timor Tengah Selatan.", 110)
    d.PP(analisis(c, "partisipasi pemilih"), 110)
    sk = SAKIP[("5302", 2018)]
    kp = KOMP[("5302", 2018)]
    d.L("Tabel 3.2 Hasil Evaluasi Akuntabilitas Kinerja Tahun 2018", "")
    d.R("No", "Komponen yang Dinilai", "Bobot", "Nilai")
    for i, k in enumerate(BOBOT, 1):
        d.R(i, KNAMES[k], kp[k][0], id_dec(kp[k][1]))
    d.R("", "Nilai Akuntabilitas Kinerja", "100", id_dec(sk))
    d.R("", "Predikat", "", predikat(sk))
    d.sakip_komp("5302", 2018, sk, kp)
    d.B()
    d.P(f"Evaluasi SAKIP yang dilaksanakan Inspektorat KPU pada tahun 2019 atas kinerja tahun 2018 menghasilkan nilai {id_dec(sk)} dengan predikat {predikat(sk)} (Baik). Nilai ini menjadi dasar penetapan target indikator akuntabilitas kinerja tahun 2019.", 110)
    d.FF()
    d.L("C. Daftar Pemilih Tetap Pemilu 2019", "")
    d.P("Daftar Pemilih Tetap Hasil Perbaikan Tahap III (DPTHP-3) Kabupaten Timor Tengah Selatan ditetapkan dalam rapat pleno terbuka pada tanggal 8 April 2019. Selain DPT, pada hari pemungutan suara terdapat pemilih yang terdaftar dalam Daftar Pemilih Tambahan (DPTb) dan Daftar Pemilih Khusus (DPK) sebagaimana tabel berikut.", 110)
    kec = ["Mollo Utara", "Fatumnasi", "Tobu", "Nunbena", "Mollo Selatan", "Polen", "Mollo Barat",
           "Mollo Tengah", "Kota SoE", "Amanuban Barat", "Batu Putih", "Kuatnana", "Amanuban Selatan",
           "Noebeba", "Kuanfatu", "Kualin", "Amanuban Tengah", "Kolbano", "Oenino", "Amanuban Timur",
           "Fautmolo", "Fatukopa", "Kie", "Kot'olin", "Amanatun Selatan", "Boking", "Nunkolo",
           "Noebana", "Santian", "Amanatun Utara", "Toianas", "Kokbaun"]
    rnd = random.Random(5302)
    desa = [rnd.randint(6, 16) for _ in kec]
    tps = [rnd.randint(18, 70) for _ in kec]
    ls, ps = [], []
    for t in tps:
        v = t * rnd.randint(215, 260)
        l = int(v * rnd.uniform(0.48, 0.505))
        ls.append(l); ps.append(v - l)
    dptb = [rnd.randint(0, 60) for _ in kec]
    dpk = [rnd.randint(5, 120) for _ in kec]
    hdr = [("NO", "KECAMATAN", "JUMLAH", "JUMLAH", "DPT", "", "", "DPTb", "DPK"),
           ("", "", "DESA/KEL", "TPS", "L", "P", "L+P", "", "")]
    d.L("Tabel 3.4 Rekapitulasi DPT, DPTb dan DPK Pemilu Tahun 2019 Kabupaten Timor Tengah Selatan", "")
    for h in hdr:
        d.R(*h)
    for i, k in enumerate(kec):
        if i == 20:
            d.L("", "LAKIP KPU Kab. TTS Tahun 2019\t\t\t\t\t\t\t\t27")
            d.FF()
            for h in hdr:
                d.R(*h)
        d.R(i + 1, k.upper(), desa[i], tps[i], id_int(ls[i]), id_int(ps[i]), id_int(ls[i] + ps[i]), dptb[i], dpk[i])
        d.dpt("pemilu", 2019, "kecamatan", k.upper(), desa[i], tps[i], ls[i], ps[i])
    d.R("", "JUMLAH", sum(desa), sum(tps), id_int(sum(ls)), id_int(sum(ps)), id_int(sum(ls) + sum(ps)), sum(dptb), id_int(sum(dpk)))
    d.dpt("pemilu", 2019, "kabupaten", "TIMOR TENGAH SELATAN", sum(desa), sum(tps), sum(ls), sum(ps))
    d.L("Sumber: Berita Acara Rekapitulasi DPTHP-3 dan Model A.Rekap DPTb/DPK", "")
    d.P("Jumlah DPTb dan DPK tidak termasuk dalam DPT, namun diperhitungkan dalam penyediaan surat suara cadangan sebesar 2% dari jumlah DPT setiap TPS.", 110)
    d.FF()
    d.L("D. Realisasi Anggaran", "")
    struct = [("WA", "Program Dukungan Manajemen", [("3355", "Pengelolaan Keuangan dan BMN", 1_912_450_000, 1_890_120_000),
                                                   ("3360", "Operasional Perkantoran", 1_104_300_000, 1_086_770_000)]),
              ("CQ", "Program Penyelenggaraan Pemilu", [("6867", "Pembentukan Badan Adhoc", 14_208_600_000, 14_102_330_000),
                                                        ("6870", "Masa Kampanye Pemilu", 1_245_900_000, 1_198_070_000),
                                                        ("6871", "Pengelolaan Logistik", 3_560_200_000, 3_497_550_000),
                                                        ("6872", "Pemungutan dan Penghitungan Suara", 6_310_850_000, 6_200_410_000)])]
    tp_, tr_ = jumlah(k for _, _, ks in struct for k in ks)
    d.P(f"Pagu DIPA Sekretariat KPU Kabupaten Timor Tengah Selatan Tahun Anggaran 2019 setelah revisi adalah sebesar Rp {juta(tp_)} juta, dengan realisasi sebesar Rp {juta(tr_)} juta atau {id_dec(serapan(tp_, tr_))}%.", 110)
    d.L("Tabel 3.6 Realisasi Anggaran Tahun 2019 (Rp juta)", "")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan")
    for pk, pn, ks in struct:
        pp_, pr_ = jumlah(ks)
        d.RA((pk, pn, juta(pp_), juta(pr_), juta(pp_ - pr_), id_dec(serapan(pp_, pr_)) + "%"), f"076.01.{pk}", "program", "", pp_, pr_)
        for kc, kn, a, b in ks:
            d.RA((f"{pk}.{kc}", kn, juta(a), juta(b), juta(a - b), id_dec(serapan(a, b)) + "%"), kc, "kegiatan", f"076.01.{pk}", a, b)
    d.RA(("", "Total", juta(tp_), juta(tr_), juta(tp_ - tr_), id_dec(serapan(tp_, tr_)) + "%"), "TOTAL", "total", "", tp_, tr_)
    d.B()
    d.P("Anggaran Pemilu 2019 sebagian besar digunakan untuk honorarium badan adhoc (PPK, PPS dan KPPS) di 32 kecamatan serta distribusi logistik ke wilayah pegunungan yang hanya dapat dijangkau dengan kendaraan roda dua.", 110)
    d.FF()
    tutup(d, c, "SoE, Maret 2020", "Sekretaris KPU Kabupaten Timor Tengah Selatan", "", "Drs. MARTHEN L. TOSI", W=110, bab=("BAB IV", "PENUTUP", ""))


# ---------------------------------------------------------------- D4 Sumba Barat 2020 (flattened, one cell per line)
def sumba_barat_2020():
    d, c = kab_doc("dev/lkj-sumba-barat-2020.txt", "5312", 2020, "Waikabubak", thn_kp="periode ini", flat=True)
    d.L("LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT", "Periode Januari–Desember 2020", "", "")
    d.L("KATA PENGANTAR", "")
    d.PP(kata_pengantar(c))
    d.L("Waikabubak, Januari 2021", "Sekretaris KPU Kabupaten Sumba Barat", "", "UMBU DAPPA LEDE, S.E.")
    d.B()
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:6])
    d.P("Tahun 2020 merupakan tahun pelaksanaan Pemilihan Bupati dan Wakil Bupati Sumba Barat yang dilaksanakan secara serentak pada tanggal 9 Desember 2020 di tengah pandemi Covid-19, sehingga seluruh tahapan dilaksanakan dengan protokol kesehatan yang ketat.")
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[:3])
    d.L("BAB III AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[0])
    d.L("Tabel 3.1 Capaian Kinerja Sasaran Strategis Tahun 2020", "No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    rows = [(IND["kompetensi"], "85%", 85, "88%", 88, "103,53%"),
            ("Persentase Partisipasi Pemilih dalam Pemilihan", "77,5%", 77.5, "83,91%", 83.91, "108,27%"),
            (IND["jadwal"], "100%", 100, "100%", 100, "100%"),
            (IND["sarpras"], "100%", 100, "90%", 90, "90%")]
    cap_baris(d, rows)
    d.B()
    d.P("Indikator sarana dan prasarana belum mencapai target karena sebagian perangkat komputer dan kendaraan operasional mengalami kerusakan dan belum dapat diganti akibat refocusing anggaran untuk penanganan Covid-19.")
    d.PP(analisis(c, "partisipasi pemilih"))
    d.L("B. Daftar Pemilih Tetap Pemilihan Tahun 2020", "")
    kec = ["Kota Waikabubak", "Loli", "Lamboya", "Lamboya Barat", "Tana Righu", "Wanokaka"]
    desa = [13, 15, 11, 6, 21, 14]
    tps = [98, 64, 55, 22, 58, 44]
    rnd = random.Random(5312)
    ls = [t * rnd.randint(190, 220) for t in tps]
    ps = [int(l * rnd.uniform(0.95, 1.02)) for l in ls]
    d.P(f"DPT Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 ditetapkan pada tanggal 14 Oktober 2020 sebanyak {id_int(sum(ls) + sum(ps))} pemilih yang tersebar di {sum(tps)} TPS, dengan rincian sebagai berikut:")
    d.L("Tabel 3.3 Rekapitulasi DPT per Kecamatan", "No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
    for i in range(6):
        d.L(str(i + 1), kec[i], str(desa[i]), str(tps[i]), id_int(ls[i]), id_int(ps[i]), id_int(ls[i] + ps[i]))
        d.dpt("pilkada", 2020, "kecamatan", kec[i].upper(), desa[i], tps[i], ls[i], ps[i])
    d.L("Jumlah", str(sum(desa)), str(sum(tps)), id_int(sum(ls)), id_int(sum(ps)), id_int(sum(ls) + sum(ps)))
    d.dpt("pilkada", 2020, "kabupaten", "SUMBA BARAT", sum(desa), sum(tps), sum(ls), sum(ps))
    d.B()
    sk = SAKIP[("5312", 2019)]
    kp = KOMP[("5312", 2019)]
    d.L("C. Akuntabilitas Kinerja", "")
    d.P(f"Hasil Evaluasi AKIP Tahun 2019 yang diterima pada tahun 2020 menempatkan KPU Kabupaten Sumba Barat pada nilai {id_dec(sk)} dengan predikat {predikat(sk)}. Rincian nilai komponen adalah sebagai berikut.")
    d.L("Komponen", "Bobot", "Nilai")
    for k in BOBOT:
        d.L(KNAMES[k], str(kp[k][0]), id_dec(kp[k][1]))
    d.L("Jumlah", "100", id_dec(sk))
    d.sakip_komp("5312", 2019, sk, kp)
    d.B()
    d.L("D. Realisasi Anggaran", "")
    ks = [("3355", "Pengelolaan Keuangan dan BMN", 1_486_320_000, 1_452_118_410),
          ("3360", "Operasional Perkantoran", 702_150_000, 688_203_900)]
    pp_, pr_ = jumlah(ks)
    d.P(f"Total pagu anggaran DIPA KPU Kabupaten Sumba Barat Tahun Anggaran 2020 sebesar Rp {id_int(pp_)},- dengan realisasi sebesar Rp {id_int(pr_)},- atau {id_dec(serapan(pp_, pr_))}%. Anggaran Pemilihan Bupati dan Wakil Bupati bersumber dari hibah Pemerintah Kabupaten Sumba Barat dan dilaporkan tersendiri.")
    d.L("Tabel 3.5 Realisasi Anggaran DIPA 2020", "Kode", "Uraian", "Pagu", "Realisasi", "%")
    d.L("WA", "Program Dukungan Manajemen", id_int(pp_), id_int(pr_), id_dec(serapan(pp_, pr_)))
    d.ang("076.01.WA", "program", "", pp_, pr_, serapan(pp_, pr_))
    for kc, kn, a, b in ks:
        d.L(f"WA.{kc}", kn, id_int(a), id_int(b), id_dec(serapan(a, b)))
        d.ang(kc, "kegiatan", "076.01.WA", a, b, serapan(a, b))
    d.L("JUMLAH TOTAL", id_int(pp_), id_int(pr_), id_dec(serapan(pp_, pr_)))
    d.ang("TOTAL", "total", "", pp_, pr_, serapan(pp_, pr_))
    d.B()
    d.P("Sisa anggaran terutama berasal dari belanja perjalanan dinas yang tidak dapat dilaksanakan selama masa pembatasan sosial, yang sebagian telah direalokasi melalui revisi DIPA untuk pengadaan alat pelindung diri.")
    tutup(d, c, "Waikabubak, Januari 2021", "Sekretaris,", "", "UMBU DAPPA LEDE, S.E.")


if __name__ == "__main__":
    tulis(tts_2019, sumba_barat_2020)
