from lib import *

IND = {
    "kompetensi": "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya",
    "sarpras": "Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik",
    "akip": "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten",
    "rb": "Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi KPU Kabupaten",
    "datapemilih": "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu",
    "rancangan": "Persentase Rancangan Keputusan KPU yang disusun dan diharmonisasi dengan tepat waktu sesuai dengan kerangka Regulasi KPU",
    "logistik": "Persentase Satker dalam mendistribusikan logistik Pemilu/Pemilihan secara tepat sasaran, tepat jumlah, tepat jenis, tepat mutu, dan tepat waktu",
    "jadwal": "Persentase KPU Kabupaten dalam menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal",
    "partisipasi": "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan",
    "opini": "Opini BPK atas Laporan Keuangan",
}


def kab_doc(rel, s, thn, ibukota, W=None, thn_kp=None, flat=False):
    """A new kabupaten/kota document and its context; W (when given) is the
    paragraph width of the whole document, thn_kp replaces the Kata Pengantar's
    "Tahun ..." phrase."""
    d = Doc(rel, s, thn, flat=flat)
    c = kab_ctx(s, thn, ibukota)
    if thn_kp:
        c["thn_kp"] = thn_kp
    if W:
        d.W = W
    return d, c


def kab_ctx(s, thn, ibukota):
    nm = NAMA[s]
    kpu = f"KPU Kota Kupang" if s == "5371" else f"KPU Kabupaten {nm}"
    return {"kpu": kpu, "wil": ("Kota Kupang" if s == "5371" else f"Kabupaten {nm}"),
            "thn_kp": f"Tahun {thn}", "ibukota": ibukota}


# ---------------------------------------------------------------- D1 Ngada 2024
def ngada_2024():
    d, c = kab_doc("dev/lkj-ngada-2024.txt", "5309", 2024, "Bajawa")
    W = 95
    d.B(2)
    d.L("KOMISI PEMILIHAN UMUM", "", "LAPORAN KINERJA",
        "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "TAHUN ANGGARAN 2024", "", "",
        "Jalan Soekarno-Hatta, Bajawa, Kabupaten Ngada", "Nusa Tenggara Timur")
    d.FF()
    d.L("KATA PENGANTAR", "")
    d.PP(kata_pengantar(c), W)
    d.L("Bajawa, 14 Februari 2025", "Sekretaris KPU Kabupaten Ngada,", "", "",
        "YOHANES DON BOSCO MEO, S.Sos", "NIP. 19750312 200212 1 004")
    d.FF()
    d.L("IKHTISAR EKSEKUTIF", "")
    d.P("Tahun 2024 merupakan tahun yang sangat padat bagi Sekretariat KPU Kabupaten Ngada karena dua agenda besar dilaksanakan sekaligus, yaitu Pemilihan Umum serentak pada tanggal 14 Februari 2024 dan Pemilihan Bupati dan Wakil Bupati Ngada serentak pada tanggal 27 November 2024.", W)
    d.P("Dari 9 (sembilan) indikator kinerja sasaran strategis yang diperjanjikan, 7 (tujuh) indikator mencapai atau melampaui target, sedangkan 2 (dua) indikator belum mencapai target yaitu indikator sarana dan prasarana serta indikator Reformasi Birokrasi.", W)
    d.FF()
    d.L("BAB I", "PENDAHULUAN", "", "A. Latar Belakang", "")
    pp = pendahuluan(c)
    d.PP(pp[:3], W)
    d.L("B. Struktur Organisasi", "")
    d.PP(pp[4:6], W)
    d.L("LKj Sekretariat KPU Kabupaten Ngada 2024", "3")
    d.FF()
    bab(d, ("BAB II", "PERENCANAAN KINERJA", ""), perencanaan(c)[:4], W)
    bab(d, ("BAB III", "AKUNTABILITAS KINERJA", "", "A. Pengukuran Capaian Kinerja", ""), akuntabilitas_intro(c)[:2], W)
    d.L("Tabel 3.1", "Pengukuran Kinerja Sasaran Strategis Sekretariat KPU Kabupaten Ngada Tahun 2024", "")
    d.R("No", "Indikator Kinerja", "Realisasi", "Target", "Capaian (%)")
    rows = [
        ("kompetensi", "97,50%", 97.5, "96%", 96, "101,56"),
        ("sarpras", "92,30%", 92.3, "100%", 100, "92,30"),
        ("akip", "ВВ", None, "В", None, "125"),
        ("rb", "58,68", 58.68, "60", 60, "97,80"),
        ("datapemilih", "100%", 100, "100%", 100, "100"),
        ("rancangan", "100%", 100, "100%", 100, "100"),
        ("logistik", "100%", 100, "100%", 100, "100"),
        ("jadwal", "100%", 100, "100%", 100, "100"),
        ("partisipasi", "81,34%", 81.34, "77,5%", 77.5, "104,95"),
    ]
    for i, (k, rt, rn, tt, tn, cp) in enumerate(rows, 1):
        text = IND[k]
        parts = textwrap.wrap(text, 42)
        d.R(i, parts[0], rt, tt, cp)
        for q in parts[1:]:
            d.R("", q, "", "", "")
        if k == "akip":
            d.cap(text, "B", None, "BB", None, "predikat", 125, grade=True)
        elif k == "rb":
            d.cap(text, "60", 60, "58,68", 58.68, "nilai", 97.8)
        else:
            d.cap(text, tt, tn, rt, rn, "persen", float(cp.replace(",", ".")))
    d.L("Sumber: Subbagian Perencanaan, Data dan Informasi, diolah", "")
    d.P("Dari tabel di atas terlihat bahwa sebagian besar indikator telah tercapai. Capaian di atas 100% pada indikator partisipasi pemilih menunjukkan keberhasilan sosialisasi dan pendidikan pemilih yang dilaksanakan bersama badan adhoc di 12 kecamatan.", W)
    d.PP(analisis(c, "kesesuaian kompetensi pegawai"), W)
    d.L("LKj Sekretariat KPU Kabupaten Ngada 2024", "21")
    d.FF()
    # SAKIP components as columns
    d.L("B. Nilai Evaluasi atas Akuntabilitas Kinerja", "")
    sk = SAKIP[("5309", 2023)]
    kp = KOMP[("5309", 2023)]
    d.P(f"Evaluasi atas implementasi SAKIP dilaksanakan oleh Inspektorat Utama KPU pada bulan Juli 2024 terhadap dokumen kinerja Tahun 2023. Berdasarkan Laporan Hasil Evaluasi AKIP Tahun 2023, KPU Kabupaten Ngada memperoleh nilai {id_dec(sk)} dengan predikat ВВ (Sangat Baik). Rincian nilai per komponen disajikan pada tabel berikut.", W)
    d.L("Tabel 3.5 Hasil Evaluasi AKIP KPU Kabupaten Ngada Tahun 2023", "")
    d.R("Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal", "Total", "Predikat")
    d.R("(30)", "(30)", "(15)", "(25)", "(100)", "")
    d.R(*[id_dec(kp[k][1]) for k in BOBOT], id_dec(sk), "ВВ")
    d.B()
    d.sakip_komp("5309", 2023, sk, kp, "BB")
    d.P("Nilai tersebut meningkat dibandingkan tahun sebelumnya, terutama pada komponen pelaporan kinerja yang telah memanfaatkan aplikasi SAKIP KPU secara tepat waktu.", W)
    d.L("C. Reformasi Birokrasi", "")
    d.P("Pelaksanaan Reformasi Birokrasi di lingkungan KPU Kabupaten Ngada berpedoman pada Keputusan KPU Nomor 314/ORT.07-Kpt/01/KPU/V/2021. Dalam Laporan Hasil Evaluasi Pelaksanaan Reformasi Birokrasi Tahun 2024, nilai evaluasi Reformasi Birokrasi KPU Kabupaten Ngada adalah 21,30 (58,68%) dari bobot 36,30, sehingga target nilai 60 belum tercapai.", W)
    d.rb(2024, 21.30, 36.30, 58.68)
    d.FF()
    # DPT pilkada with page break
    d.L("D. Pemutakhiran Data Pemilih", "")
    tps, L_, P_ = PILKADA24["5309"]
    tp, lp, pp_ = PEMILU24["5309"]
    d.P(f"Pada Pemilu Tahun 2024, Daftar Pemilih Tetap Kabupaten Ngada ditetapkan sebanyak {id_int(lp + pp_)} pemilih yang terdiri dari {id_int(lp)} pemilih laki-laki dan {id_int(pp_)} pemilih perempuan, tersebar di {id_int(tp)} TPS.", W)
    d.dpt("pemilu", 2024, "kabupaten", "NGADA", None, tp, lp, pp_, tidak=["jumlah_desa"])
    d.P("Untuk Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2024, rekapitulasi DPT per kecamatan ditetapkan dalam rapat pleno terbuka tanggal 20 September 2024 sebagai berikut.", W)
    kec = ["Aimere", "Inerie", "Jerebuu", "Bajawa", "Golewa", "Golewa Selatan", "Golewa Barat",
           "Bajawa Utara", "Soa", "Riung", "Riung Barat", "Wolomeze"]
    rnd = random.Random(5309)
    tpss = split_total(tps, 12, rnd, 0.5)
    ls = split_total(L_, 12, random.Random(1), 0.0)
    # make L proportional to tps
    ls = [int(L_ * t / tps) for t in tpss]; ls[3] += L_ - sum(ls)
    ps = [int(P_ * t / tps) + rnd.randint(-150, 150) for t in tpss]; ps[3] += P_ - sum(ps)
    desa = [15, 9, 11, 22, 14, 11, 9, 14, 14, 21, 6, 5]
    hdr = [("No", "Kecamatan", "Jml Desa/Kel", "Jumlah", "Jumlah Pemilih", "", ""),
           ("", "", "", "TPS", "L", "P", "L+P")]
    d.L("Tabel 3.9 Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2024", "")
    for h in hdr:
        d.R(*h)
    for i in range(12):
        if i == 7:
            d.L("LKj Sekretariat KPU Kabupaten Ngada 2024", "34")
            d.FF()
            d.L("LKj Sekretariat KPU Kabupaten Ngada 2024", "")
            for h in hdr:
                d.R(*h)
        d.R(i + 1, kec[i].upper(), desa[i], tpss[i], id_int(ls[i]), id_int(ps[i]), id_int(ls[i] + ps[i]))
        d.dpt("pilkada", 2024, "kecamatan", kec[i].upper(), desa[i], tpss[i], ls[i], ps[i])
    d.R("", "JUMLAH", sum(desa), tps, id_int(L_), id_int(P_), id_int(L_ + P_))
    d.dpt("pilkada", 2024, "kabupaten", "NGADA", sum(desa), tps, L_, P_)
    d.L("Sumber: Keputusan KPU Kabupaten Ngada Nomor 412 Tahun 2024", "")
    d.P("Jumlah pemilih pada Pemilihan Serentak meningkat dibandingkan Pemilu Februari 2024 karena adanya pemilih pemula yang genap berusia 17 tahun pada hari pemungutan suara serta anggota TNI/Polri yang memasuki masa pensiun.", W)
    d.FF()
    # budget in thousands
    d.L("E. Realisasi Anggaran", "")
    prog = {"WA": ("Program Dukungan Manajemen", [
        ("3355", "Pengelolaan Keuangan dan Barang Milik Negara", 2104310, 2093877),
        ("3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", 877132, 861009)]),
        "CQ": ("Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", [
            ("6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", 3210455, 3188412),
            ("6867", "Pembentukan Badan Adhoc", 11402660, 11379150),
            ("6871", "Pengelolaan, Pengadaan, Laporan dan Dokumentasi Logistik", 2318920, 2216004),
            ("6872", "Pemungutan dan Penghitungan Suara", 4223075, 4066510)])}
    tp_, tr_ = jumlah(k for v in prog.values() for k in v[1])
    d.P(f"Pada awal tahun anggaran, Sekretariat KPU Kabupaten Ngada menerima alokasi anggaran awal sebesar Rp 9.804.500.000,- yang kemudian mengalami 11 kali revisi DIPA. Total pagu anggaran Tahun Anggaran 2024 sebesar Rp {id_int(tp_ * 1000)},- dengan realisasi sebesar Rp {id_int(tr_ * 1000)},- atau {id_dec(serapan(tp_, tr_))}%.", W)
    d.P("Selain belanja, satuan kerja juga mencatat penerimaan negara. Realisasi Pendapatan Negara Bukan Pajak Tahun 2024 yang berasal dari penerimaan kembali belanja tahun anggaran lalu dan denda keterlambatan pekerjaan adalah sebesar Rp3.907.589.", W)
    d.L("Tabel 3.12 Realisasi Anggaran per Program dan Kegiatan Tahun 2024", "(dalam ribuan rupiah)", "")
    d.R("Uraian", "Pagu", "Realisasi", "Sisa", "%")
    for pk, (pn, kegs) in prog.items():
        pp2, pr2 = jumlah(kegs)
        d.R(f"{pn} ({pk})", id_int(pp2), id_int(pr2), id_int(pp2 - pr2), id_dec(serapan(pp2, pr2)))
        d.ang(f"076.01.{pk}", "program", "", pp2 * 1000, pr2 * 1000, serapan(pp2, pr2))
        for kc, kn, kpg, krl in kegs:
            d.R(f"   {kn} ({kc})", id_int(kpg), id_int(krl), id_int(kpg - krl), id_dec(serapan(kpg, krl)))
            d.ang(kc, "kegiatan", f"076.01.{pk}", kpg * 1000, krl * 1000, serapan(kpg, krl))
    d.R("JUMLAH", id_int(tp_), id_int(tr_), id_int(tp_ - tr_), id_dec(serapan(tp_, tr_)))
    d.ang("TOTAL", "total", "", tp_ * 1000, tr_ * 1000, serapan(tp_, tr_), pagu_awal=9804500000, revisi=11)
    d.L("Sumber: OM-SPAN, data per 31 Desember 2024", "")
    d.P("Sisa anggaran terbesar terdapat pada kegiatan Pemungutan dan Penghitungan Suara, karena efisiensi pada belanja perjalanan dinas dan honorarium yang tidak terserap seluruhnya akibat penyesuaian jumlah TPS pada Pemilihan Serentak.", W)
    d.FF()
    tutup(d, c, "Bajawa, 14 Februari 2025", "Sekretaris,", "", "YOHANES DON BOSCO MEO, S.Sos", W=W, bab=("BAB IV", "PENUTUP", ""))


# ---------------------------------------------------------------- D2 Kota Kupang 2023
def kota_kupang_2023():
    d, c = kab_doc("dev/lkjip-kota-kupang-2023.txt", "5371", 2023, "Kupang", thn_kp="Instansi Pemerintah (LKjIP) Tahun 2023")
    d.L("LKjIP", "LAPORAN KINERJA INSTANSI PEMERINTAH", "SEKRETARIAT KPU KOTA KUPANG", "",
        "2023", "", "", "Jl. Palapa No. 11, Oebobo, Kota Kupang")
    d.FF()
    d.L("KATA PENGANTAR", "")
    d.PP(kata_pengantar(c))
    d.L("Kupang, 29 Januari 2024", "SEKRETARIS KPU KOTA KUPANG", "", "ttd", "",
        "MARIA GORETI DA SILVA, S.H., M.Si")
    d.FF()
    d.L(*daftar_isi(DI_STD))
    d.FF()
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[1:5])
    d.L("1.2 Tugas dan Wewenang", "", "Sesuai Undang-Undang Nomor 7 Tahun 2017, tugas KPU Kabupaten/Kota adalah:")
    d.L(*tugas_list(c))
    d.B()
    d.L("1.1 Kondisi Umum", "")
    d.P("Kota Kupang sebagai ibu kota Provinsi Nusa Tenggara Timur terdiri dari 6 kecamatan dan 51 kelurahan, dengan karakteristik pemilih perkotaan yang mobilitasnya tinggi sehingga pemutakhiran data pemilih memerlukan perhatian khusus, terutama bagi mahasiswa dan pekerja dari luar daerah.")
    d.FF()
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[1:4])
    d.L("BAB III AKUNTABILITAS KINERJA", "", "3.1 Capaian Kinerja Organisasi", "")
    d.P(akuntabilitas_intro(c)[0])
    d.L("Tabel 3.1 Capaian Indikator Kinerja Sasaran Strategis Tahun 2023", "")
    d.R("No", "Indikator Kinerja", "Satuan", "Target", "Capaian (%)", "Realisasi")
    rows = [
        (IND["kompetensi"], "%", "90", 90, "100.00", "90.00", 90, "persen"),
        (IND["sarpras"], "%", "100", 100, "95.50", "95.50", 95.5, "persen"),
        ("Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kota", "Predikat", "B", None, "100", "B", None, "predikat"),
        ("Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi KPU Kota", "Nilai", "55", 55, "104.93", "57.71", 57.71, "nilai"),
        ("Persentase KPU Kota dalam memutakhirkan Data Pemilih Tepat Waktu", "%", "100", 100, "100.00", "100.00", 100, "persen"),
        ("Persentase Rancangan Keputusan KPU yang disusun dan diharmonisasikan tepat waktu sesuai dengan kerangka regulasi KPU", "%", "100", 100, "100.00", "100.00", 100, "persen"),
        ("Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap", "%", "2", 2, "125.00", "1.50", 1.5, "persen"),
        (IND["opini"], "Opini", "WTP", None, "100", "WTP", None, "opini"),
    ]
    for i, (ind, sat, tt, tn, cp, rt, rn, satuan) in enumerate(rows, 1):
        d.R(i, ind, sat, tt, cp, rt)
        if satuan in ("predikat", "opini"):
            d.cap(ind, tt, None, rt, None, satuan, float(cp), grade=True)
        else:
            arah = "turun" if "Tidak Masuk" in ind else "naik"
            d.cap(ind, tt, tn, rt, rn, satuan, float(cp), arah=arah)
    d.L("Sumber: Aplikasi e-Performance KPU, diolah", "")
    d.P("Indikator persentase pemilih yang berhak memilih tetapi tidak masuk DPT merupakan indikator dengan arah negatif, sehingga realisasi yang lebih kecil dari target menunjukkan kinerja yang lebih baik. Realisasi 1.50% diperoleh dari hasil pencermatan tanggapan masyarakat selama masa DPSHP.")
    d.P("Perbandingan realisasi dua indikator utama dengan tahun-tahun sebelumnya disajikan pada tabel berikut.")
    d.L("Tabel 3.2 Perbandingan Realisasi Kinerja 2020-2023", "")
    d.R("Indikator Kinerja", "Realisasi 2020", "Realisasi 2021", "Realisasi 2022", "Target 2023", "Realisasi 2023")
    ser = [(IND["kompetensi"], ["-", "85.00%", "88.00%", "90%", "90.00%"]),
           (IND["sarpras"], ["92.10%", "93.40%", "97.00%", "100%", "95.50%"])]
    for ind, vals in ser:
        d.R(ind, *vals)
        for y, v, j in zip([2020, 2021, 2022, 2023, 2023], vals,
                           ["realisasi", "realisasi", "realisasi", "target", "realisasi"]):
            d.seri(ind, y, j, v, None if v == "-" else float(v.rstrip("%")), "persen")
    d.B()
    d.P("Penurunan realisasi indikator sarana dan prasarana pada tahun 2023 disebabkan oleh kerusakan dua unit kendaraan roda empat operasional dan beberapa perangkat komputer yang telah melewati masa manfaat namun belum dapat diganti karena keterbatasan pagu belanja modal.")
    d.FF()
    d.L("3.2 Akuntabilitas Kinerja", "")
    sk = SAKIP[("5371", 2022)]
    kp = KOMP[("5371", 2022)]
    prev = [(2019, SAKIP[("5371", 2019)]), (2020, SAKIP[("5371", 2020)]), (2021, SAKIP[("5371", 2021)])]
    d.P("Hasil evaluasi AKIP sebelumnya menunjukkan tren yang terus meningkat: pada Evaluasi AKIP Tahun 2019 KPU Kota Kupang memperoleh nilai " + f"{id_dec(prev[0][1])} ({predikat(prev[0][1])}), Evaluasi AKIP Tahun 2020 nilai {id_dec(prev[1][1])} ({predikat(prev[1][1])}), dan Evaluasi AKIP Tahun 2021 nilai {id_dec(prev[2][1])} ({predikat(prev[2][1])}).")
    for y, v in prev:
        d.sakip("5371", y, v)
    d.P(f"Pada tahun 2023 Inspektorat Utama KPU melakukan evaluasi atas implementasi SAKIP Tahun 2022 dengan hasil nilai {id_dec(sk)} atau kategori {predikat(sk)}, sebagaimana rincian berikut:")
    d.sakip_komp("5371", 2022, sk, kp)
    d.R("No", "Komponen", "Bobot", "Nilai")
    names = {"perencanaan": "Perencanaan Kinerja", "pengukuran": "Pengukuran Kinerja",
             "pelaporan": "Pelaporan Kinerja", "evaluasi_internal": "Evaluasi Akuntabilitas Kinerja Internal"}
    for i, k in enumerate(BOBOT, 1):
        d.R(f"{i}.", names[k], f"{kp[k][0]:.2f}", f"{kp[k][1]:.2f}")
    d.R("", "Nilai Akhir", "100.00", f"{sk:.2f}")
    d.B()
    d.P("Catatan rekomendasi dari tim evaluator antara lain agar indikator kinerja individu diselaraskan dengan indikator kinerja organisasi dan agar hasil monitoring capaian kinerja triwulanan dimanfaatkan dalam pengambilan keputusan pimpinan.")
    d.FF()
    d.L("3.3 Pemutakhiran Data Pemilih", "")
    d.P("Berdasarkan Keputusan KPU Kota Kupang Nomor 167 Tahun 2023, Daftar Pemilih Tetap untuk Pemilu Tahun 2024 ditetapkan pada rapat pleno terbuka tanggal 21 Juni 2023 dengan rincian per kecamatan sebagai berikut.")
    d.L("Tabel 3.6 Rekapitulasi Daftar Pemilih Tetap Pemilu Tahun 2024", "")
    d.R("No", "Kecamatan", "Kelurahan", "TPS", "Laki-laki", "Perempuan", "Total Pemilih")
    tps, L_, P_ = PEMILU24["5371"]
    kec = ["Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama"]
    kel = [12, 9, 7, 5, 8, 10]
    rnd = random.Random(5371)
    wts = [0.21, 0.24, 0.2, 0.15, 0.11, 0.09]
    tpss = bagi(tps, wts)
    ls = bagi(L_, wts, sisa_ke=1)
    ps = bagi(P_, wts, sisa_ke=2, acak=lambda: rnd.randint(-400, 400))
    for i in range(6):
        d.R(i + 1, kec[i], kel[i], en_int(tpss[i]), en_int(ls[i]), en_int(ps[i]), en_int(ls[i] + ps[i]))
        d.dpt("pemilu", 2024, "kecamatan", kec[i].upper(), kel[i], tpss[i], ls[i], ps[i])
    d.R("", "Total Kota Kupang", sum(kel), en_int(tps), en_int(L_), en_int(P_), en_int(L_ + P_))
    d.dpt("pemilu", 2024, "kabupaten", "KOTA KUPANG", sum(kel), tps, L_, P_)
    d.B()
    d.P("Data tersebut akan terus diperbarui melalui mekanisme Daftar Pemilih Tambahan (DPTb) bagi pemilih yang pindah memilih sampai dengan H-30 hari pemungutan suara.")
    d.FF()
    d.L("3.4 Realisasi Anggaran", "")
    struct = [("WA", "Program Dukungan Manajemen", [
        ("3355", "Pengelolaan Keuangan dan Barang Milik Negara", [("3355.EBA.994", "Layanan Perkantoran", 2_318_604_000, 2_301_115_870)]),
        ("3360", "Operasional Perkantoran dan Dukungan Sarana Prasarana", [("3360.EBA.994", "Layanan Perkantoran", 1_046_220_000, 1_021_904_150)])]),
        ("CQ", "Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", [
            ("6867", "Pembentukan Badan Adhoc", [("6867.QGE.001", "Rekrutmen Badan Adhoc", 412_730_000, 398_640_500),
                                                  ("6867.QGE.002", "Operasional Badan Adhoc", 9_864_500_000, 9_790_310_200)]),
            ("6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", [("6639.BDB.001", "Fasilitasi Pengelolaan Desain Surat Suara, Dokumentasi, Daerah Pemilihan dan Alokasi Kursi", 186_455_000, 181_392_000)])])]
    tot_p, tot_r = jumlah(o for _, _, ks in struct for _, _, os_ in ks for o in os_)
    d.P(f"Total pagu anggaran KPU Kota Kupang Tahun Anggaran 2023 sebesar Rp {en_int(tot_p)} dengan realisasi sebesar Rp {en_int(tot_r)} atau {en_dec(serapan(tot_p, tot_r))}%. Rincian per program, kegiatan dan output disajikan pada tabel di bawah ini.")
    d.L("Tabel 3.8 Realisasi Anggaran TA 2023", "")
    d.R("KODE", "URAIAN", "PAGU (Rp)", "REALISASI (Rp)", "%")
    for pk, pn, kegs in struct:
        pp2, pr2 = jumlah(o for _, _, os_ in kegs for o in os_)
        d.RA((f"076.01.{pk}", pn, en_int(pp2), en_int(pr2), en_dec(serapan(pp2, pr2))), f"076.01.{pk}", "program", "", pp2, pr2)
        for kc, kn, outs in kegs:
            kp2, kr2 = jumlah(outs)
            d.RA((f"{pk}.{kc}", kn, en_int(kp2), en_int(kr2), en_dec(serapan(kp2, kr2))), kc, "kegiatan", f"076.01.{pk}", kp2, kr2)
            for oc, on, op, orl in outs:
                d.RA((oc, on, en_int(op), en_int(orl), en_dec(serapan(op, orl))), oc, "output", kc, op, orl)
    d.RA(("", "JUMLAH", en_int(tot_p), en_int(tot_r), en_dec(serapan(tot_p, tot_r))), "TOTAL", "total", "", tot_p, tot_r)
    d.B()
    d.P("Kegiatan Pembentukan Badan Adhoc menyerap porsi anggaran terbesar, karena pada tahun 2023 telah dibentuk dan dibiayai operasional PPK di 6 kecamatan dan PPS di 51 kelurahan untuk Pemilu Tahun 2024.")
    d.FF()
    tutup(d, c, "Kupang, 29 Januari 2024", "Sekretaris KPU Kota Kupang", "", "MARIA GORETI DA SILVA, S.H., M.Si")


if __name__ == "__main__":
    tulis(ngada_2024, kota_kupang_2023)
