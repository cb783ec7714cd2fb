# Fifth blind batch (dev5/), documents 1-4. Run: python3 dev5/author5a.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import *  # noqa: E402,F401


# ====================================================================== 1. Sumba Tengah 2024
def sumba_tengah_2024():
    """Identity only in the running footer, PK caption and signature; dotted table of contents;
    capaian with a No. column and Roman group rows; Pemilu 2024 beside Pilkada 2024 per
    kecamatan under a two-level header; unit in every budget header; hibah trap."""
    d, c, rnd = buka("dev5/lkj-sumba-tengah-2024.txt", "5317", 2024, 92, (
        "", "LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TENGAH", "", "",
        "Jalan Umbu Tipuk Marisi, Waibakul", "Sumba Tengah - Nusa Tenggara Timur"))
    hal = [1]

    def ganti(kepala=True):
        hal[0] += 1
        halaman(d, "SEKRETARIAT KPU KABUPATEN SUMBA TENGAH" if kepala else None,
                f"LKj KPU Kab. Sumba Tengah Tahun 2024 | hal. {hal[0]}")
    c0 = dict(c, thn_kp=c["kpu"])
    pengantar(d, c0, ("Waibakul, 24 Februari 2025", "Sekretaris,", "", "", "MARTHEN L. UMBU NDAKULARAK, S.Sos",
                      "NIP. 19740512 200212 1 004"), paras=kata_pengantar(c0))
    ganti(False)
    isi(d, [("KATA PENGANTAR", "i"), ("DAFTAR ISI", "ii"), ("BAB I PENDAHULUAN", 1),
            ("1.1 Latar Belakang", 1), ("1.2 Tugas dan Fungsi", 2), ("BAB II PERENCANAAN KINERJA", 4),
            ("2.1 Perjanjian Kinerja", 4), ("BAB III AKUNTABILITAS KINERJA", 6),
            ("3.1 Pengukuran Kinerja", 6), ("3.2 Data Pemilih", 9), ("3.3 Realisasi Anggaran", 11),
            ("BAB IV PENUTUP", 13)])
    ganti()
    bab(d, "BAB I\nPENDAHULUAN", pendahuluan(c)[:4], "1.1 Latar Belakang")
    d.L("1.2 Tugas dan Fungsi", "")
    d.L(*tugas_list(c)[:9])
    d.B()
    ganti()
    bab(d, "BAB II\nPERENCANAAN KINERJA", perencanaan(c)[:4], "2.1 Perjanjian Kinerja")
    own = skor("5317", 2023)
    rbn, rbb = 24.63, 36.3
    rbp = round(rbn / rbb * 100, 2)
    groups = [
        ("I.", "Meningkatnya akuntabilitas kinerja dan keuangan", [
            (Ind("akip", "BB", predikat(own), "predikat", grade=True), "Predikat"),
            (Ind("bpk", "WTP", "WTP", "opini", grade=True), "Opini"),
            (Ind("rb", 65, 67.85, "nilai"), "Nilai")]),
        ("II.", "Terselenggaranya Pemilu dan Pemilihan yang berkualitas", [
            (Ind("mutakhir", 100, 100), "%"),
            (Ind("jadwal", 100, 100), "%"),
            (Ind("partisipasi", 77.5, 81.37), "%"),
            (Ind("pelanggaran", 2, 1, arah="turun"), "%")]),
        ("III.", "Meningkatnya kualitas sumber daya dan sarana kerja", [
            (Ind("kompetensi", 90, 88.4), "%"),
            (Ind("sarpras", 95, 97.26), "%")])]
    d.L("Tabel 2.1 Perjanjian Kinerja Tahun 2024", "")
    d.R("No.", "Sasaran Strategis / Indikator Kinerja", "Satuan", "Target")
    for rom, sas, items in groups:
        d.R(rom, sas, "", "")
        for i, (it, sc) in enumerate(items, 1):
            d.R(f"{i}.", it.ind, sc, it.t if it.grade else angka(it.t))
    d.B()
    d.P("Perjanjian Kinerja ditandatangani pada awal tahun oleh Sekretaris dan Ketua KPU Kabupaten Sumba "
        "Tengah dan menjadi dasar penilaian kinerja sekretariat sepanjang tahun.")
    ganti()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c), "3.1 Pengukuran Kinerja")
    d.L("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis", "")
    d.R("No.", "Sasaran Strategis / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
    for rom, sas, items in groups:
        d.R(rom, sas, "", "", "", "")
        for i, (it, sc) in enumerate(items, 1):
            tt, rt = (it.t, it.r) if it.grade else (angka(it.t), angka(it.r))
            d.R(f"{i}.", it.ind, sc, tt, rt, id_dec(it.cp))
            it.fakta(d, tt, rt)
    d.B()
    d.P(f"Nilai evaluasi akuntabilitas kinerja yang menjadi realisasi indikator pertama adalah hasil evaluasi "
        f"atas implementasi SAKIP tahun 2023 yang diterima pada tahun berjalan, yaitu {skor_prosa('5317', 2023)}. "
        f"Target predikat BB dalam Perjanjian Kinerja dengan demikian tercapai.")
    d.sakip("5317", 2023, own)
    d.P(f"Untuk Reformasi Birokrasi, nilai evaluasi pelaksanaan Reformasi Birokrasi tahun 2023 adalah "
        f"{id_dec(rbn)} ({id_dec(rbp)}%) dari bobot {id_dec(rbb)}. Nilai ini dikonversi ke skala 100 menjadi "
        f"67,85 sebagai realisasi indikator Reformasi Birokrasi pada Tabel 3.1.")
    d.rb(2023, rbn, rbb, rbp)
    for it in (groups[1][2][2][0], groups[2][2][0][0]):
        d.PP(analisis(c, it.ind.lower()))
    ganti()
    d.L("3.2 Data Pemilih", "")
    d.P("Tahun 2024 adalah tahun penyelenggaraan dua pemungutan suara: Pemilu serentak pada 14 Februari 2024 "
        "dan Pemilihan Gubernur serta Bupati dan Wakil Bupati pada 27 November 2024. Perbandingan daftar "
        "pemilih tetap keduanya per kecamatan disajikan berikut ini.")
    names = ["Katikutana", "Katikutana Selatan", "Mamboro", "Umbu Ratu Nggay", "Umbu Ratu Nggay Barat"]
    desa = [15, 12, 14, 15, 9]
    pem = kecamatan(rnd, names, *pemilih("5317", "pemilu", 2024), desa)
    pil = sebanding(rnd, pem, *PILKADA24_REAL["5317"])
    d.L("Tabel 3.5 DPT Pemilu 2024 dan DPT Pemilihan Serentak 2024 per Kecamatan", "")
    d.R("No.", "Kecamatan", "Jumlah", "DPT Pemilu 2024", "", "", "", "DPT Pemilihan 2024", "", "", "")
    d.R("", "", "Desa/Kel", "TPS", "L", "P", "L+P", "TPS", "L", "P", "L+P")
    for i, (a, b) in enumerate(zip(pem, pil), 1):
        d.R(i, a[0], a[1], *[id_int(x) for x in (a[2], a[3], a[4], a[3] + a[4], b[2], b[3], b[4], b[3] + b[4])])
    T1, T2 = dpt_kec(d, "pemilu", 2024, pem), dpt_kec(d, "pilkada", 2024, pil)
    d.R("", "Jumlah", T1[0], *[id_int(x) for x in (T1[1], T1[2], T1[3], T1[2] + T1[3], T2[1], T2[2], T2[3], T2[2] + T2[3])])
    d.L("Sumber: Keputusan KPU Kabupaten Sumba Tengah tentang Penetapan DPT", "")
    d.P("Jumlah TPS pada Pemilihan 2024 lebih sedikit karena batas pemilih per TPS dinaikkan menjadi paling "
        "banyak 600 pemilih, sedangkan pada Pemilu 2024 paling banyak 300 pemilih per TPS.")
    ganti()
    d.L("3.3 Realisasi Anggaran", "")
    rows = baru(rnd, 21_486_300_000, 0.9712,
                [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6639", "6640", "6867", "6871"])])
    d.P("Realisasi anggaran DIPA Sekretariat KPU Kabupaten Sumba Tengah per 31 Desember menurut program "
        "dan kegiatan adalah sebagai berikut.")
    d.L("Tabel 3.7 Realisasi Anggaran per Program dan Kegiatan", "")
    cetak_anggaran(d, rows, ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
                   sel_baku("JUMLAH"))
    d.L("Sumber: Aplikasi SAKTI, data per 31 Desember 2024", "")
    d.P("Di luar DIPA, Pemilihan Serentak 2024 dibiayai dengan dana hibah Pemerintah Kabupaten Sumba Tengah "
        "berdasarkan NPHD sebesar Rp 17.850.000.000, dengan realisasi Rp 16.934.112.500 atau 94,87%. Dana hibah "
        "dipertanggungjawabkan dalam laporan tersendiri dan tidak termasuk dalam tabel di atas.")
    ganti()
    tutup(d, c, "", "Waibakul, 24 Februari 2025", "Sekretaris KPU Kabupaten Sumba Tengah,", "", "",
          "MARTHEN L. UMBU NDAKULARAK, S.Sos", "NIP. 19740512 200212 1 004", "",
          f"LKj KPU Kab. Sumba Tengah Tahun 2024 | hal. {hal[0] + 1}")



# ====================================================================== 2. Manggarai Barat 2021
def manggarai_barat_2021():
    """English chapter headings and captions in an Indonesian report; Realisasi before Target
    with bilingual headers; SAKIP components of two evaluated years as columns; Pilkada 2020 DPT
    beside Disabilitas columns under two-level headers; a per-desa table of one kecamatan (no
    facts); a budget by Sumber Dana (RM/PNBP, no facts)."""
    d, c, rnd = buka("dev5/lkj-manggarai-barat-2021.txt", "5315", 2021, 100, (
        "LAPORAN KINERJA (LKj)", "PERFORMANCE REPORT", "", "SEKRETARIAT KPU KABUPATEN MANGGARAI BARAT",
        "TAHUN 2021", "", "Jl. Frans Nala, Labuan Bajo"))
    pengantar(d, c, ("Labuan Bajo, 31 Januari 2022", "Sekretaris,", "", "", "FRANSISKUS SALES JEHAMAN, S.H.",
                     "NIP. 19781002 200604 1 011"), judul="FOREWORD / KATA PENGANTAR")
    d.FF()
    d.L("EXECUTIVE SUMMARY", "")
    d.PP(pendahuluan(c)[1:3])
    d.FF()
    bab(d, "CHAPTER I\nINTRODUCTION", pendahuluan(c)[3:8], "1.1 Background")
    d.L("1.2 Duties and Functions", "")
    d.L(*tugas_list(c))
    d.B()
    d.FF()
    bab(d, "CHAPTER II\nPERFORMANCE PLANNING", perencanaan(c), "2.1 Strategic Plan")
    d.FF()
    bab(d, "CHAPTER III\nPERFORMANCE ACCOUNTABILITY", akuntabilitas_intro(c)[:2], "3.1 Performance Achievement")
    s20, s19 = skor("5315", 2020), skor("5315", 2019)
    items = [Ind("akip", "B", predikat(s20), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("rb", 60, 63.42, "nilai"), Ind("mutakhir", 100, 100), Ind("kompetensi", 85, 87.3),
             Ind("sarpras", 90, 86.75), Ind("kip", 80, 84.12, "nilai")]
    d.L("Table 3.1 Key Performance Indicators 2021", "")
    d.R("No", "Indikator Kinerja (Indicator)", "Realisasi (Actual)", "Target", "Capaian (Achievement)")
    for i, it in enumerate(items, 1):
        f = (lambda v: v) if it.grade else ((lambda v: angka(v) + "%") if it.sat == "persen" else angka)
        d.R(i, it.ind, f(it.r), f(it.t), id_dec(it.cp) + "%")
        it.fakta(d, f(it.t), f(it.r))
    d.L("Source: Perjanjian Kinerja 2021 dan data Subbagian Perencanaan", "")
    d.PP(analisis(c, "kesesuaian kompetensi pegawai"))
    d.FF()
    d.L("3.2 Government Agency Performance Accountability (SAKIP)", "")
    d.P("Hasil evaluasi atas implementasi SAKIP yang diterima dari KPU RI memberikan nilai untuk tahun kinerja "
        f"2020 sebesar {id_dec(s20)} dengan predikat {predikat(s20)}, turun dari {id_dec(s19)} pada tahun kinerja 2019. "
        "Rincian per komponen disajikan pada tabel berikut.")
    k19, k20 = komponen("5315", 2019, rnd), komponen("5315", 2020, rnd)
    d.L("Table 3.3 AKIP Evaluation by Component (Tahun yang Dinilai 2019 dan 2020)", "")
    d.R("Komponen", "Bobot", "Nilai 2019", "Nilai 2020")
    for k in KOMPONEN:
        d.R(KNM[k], angka(k19[k][0]), id_dec(k19[k][1]), id_dec(k20[k][1]))
    d.R("Nilai Akuntabilitas Kinerja", "100", id_dec(s19), id_dec(s20))
    d.R("Predikat", "", predikat(s19), predikat(s20))
    d.B()
    d.sakip_komp("5315", 2019, s19, k19)
    d.sakip_komp("5315", 2020, s20, k20)
    d.P("Penurunan nilai terutama terjadi pada komponen pengukuran kinerja, karena aplikasi pengumpulan data "
        "kinerja belum digunakan secara penuh selama tahapan Pemilihan 2020.")
    d.FF()
    d.L("3.3 Voter Data of the 2020 Regional Election", "")
    d.P("Pemilihan Bupati dan Wakil Bupati Manggarai Barat Tahun 2020 dilaksanakan pada 9 Desember 2020. Daftar "
        "Pemilih Tetap per kecamatan, termasuk pemilih penyandang disabilitas, ditetapkan sebagai berikut.")
    names = ["Komodo", "Boleng", "Sano Nggoang", "Mbeliling", "Lembor", "Lembor Selatan", "Welak", "Kuwus",
             "Kuwus Barat", "Macang Pacar", "Ndoso", "Pacar"]
    desa = [19, 13, 15, 13, 20, 15, 16, 12, 11, 21, 16, 15]
    rows = kecamatan(rnd, names, 641, 89652, 89148, desa)
    dis = [(rnd.randint(20, 90), rnd.randint(20, 90)) for _ in rows]
    d.L("Table 3.5 DPT Pemilihan Tahun 2020 per Kecamatan", "")
    dis.append((sum(a for a, _ in dis), sum(b for _, b in dis)))
    cetak_dpt(d, "pilkada", 2020, rows, [("No", "Kecamatan", "Desa/Kel", "TPS", "Daftar Pemilih Tetap", "", "",
                                          "Pemilih Disabilitas", "", ""),
                                         ("", "", "", "", "L", "P", "L+P", "L", "P", "Jml")], "Total",
              tambah=lambda i: dis[-1 if i is None else i] + (sum(dis[-1 if i is None else i]),))
    d.B()
    d.P("Sebagai contoh rincian di tingkat desa, daftar pemilih Kecamatan Komodo, yang mencakup kota Labuan "
        "Bajo, per desa dan kelurahan adalah:")
    kd = ["Labuan Bajo", "Batu Cermin", "Gorontalo", "Wae Kelambu", "Macang Tanggar", "Nggorang", "Golo Bilas",
          "Compang Longgo", "Warloka", "Golo Mori", "Tanjung Boleng", "Pasir Panjang", "Papagarang", "Komodo",
          "Coal", "Watu Nggelek", "Batu Tiga", "Golo Pongkor", "Seraya Marannu"]
    km = rows[0]
    d.L("Table 3.6 DPT Kecamatan Komodo per Desa/Kelurahan", "")
    d.R("No", "Desa/Kelurahan", "TPS", "L", "P", "L+P")
    for i, r in enumerate(kecamatan(rnd, kd, km[2], km[3], km[4], 19), 1):
        d.R(i, r[0], r[2], id_int(r[3]), id_int(r[4]), id_int(r[3] + r[4]))
    d.R("", "Jumlah Kecamatan Komodo", km[2], id_int(km[3]), id_int(km[4]), id_int(km[3] + km[4]))
    d.B()
    d.FF()
    d.L("3.4 Budget Realization", "")
    rows = baru(rnd, 4_118_650_000, 0.9634,
                [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709"])])
    P, R = rows[-1]["pagu"], rows[-1]["real"]
    d.L("Table 3.8 Budget Realization by Program and Activity, Fiscal Year 2021", "")
    cetak_anggaran(d, rows, ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"), sel_baku("Total"))
    d.B()
    pn, pr = 24_600_000, 24_600_000
    d.L("Table 3.9 Budget by Funding Source (Sumber Dana)", "")
    d.R("Sumber Dana", "Pagu", "Realisasi", "%")
    d.R("Rupiah Murni (RM)", id_int(P - pn), id_int(R - pr), id_dec(serapan(P - pn, R - pr)))
    d.R("Penerimaan Negara Bukan Pajak (PNBP)", id_int(pn), id_int(pr), "100,00")
    d.R("Jumlah", id_int(P), id_int(R), id_dec(serapan(P, R)))
    d.B()
    d.P("Pagu PNBP berasal dari penggunaan kembali penerimaan sewa rumah dinas. Selain itu KPU Kabupaten "
        "Manggarai Barat menyetor Penerimaan Negara Bukan Pajak ke kas negara sebesar Rp 3.150.000 dari "
        "penjualan dokumen lelang, yang bukan merupakan realisasi belanja.")
    tutup(d, c, "", "Labuan Bajo, 31 Januari 2022", "Sekretaris KPU Kabupaten Manggarai Barat,", "", "",
          "FRANSISKUS SALES JEHAMAN, S.H.", "NIP. 19781002 200604 1 011", bab=("CHAPTER IV", "CLOSING", ""))



# ====================================================================== 3. Flores Timur 2023 (flattened)
def flores_timur_2023():
    """Flattened: every table pasted from a spreadsheet as semicolon-separated rows (no TAB);
    Tahun Anggaran title; sasaran-kegiatan rows inside the capaian table; Pemilu 2024 DPT fixed
    in 2023 per kecamatan; SAKIP 2022 in prose."""
    d, c, rnd = buka("dev5/lkj-flores-timur-2023.txt", "5306", 2023, 80, (
        "LAPORAN KINERJA INSTANSI PEMERINTAH", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN ANGGARAN 2023",
        "", "Jalan Soekarno-Hatta, Larantuka"), flat=True)
    sc = lambda *cells: d.L(";".join(str(x) for x in cells))
    pengantar(d, c, ("Larantuka, 26 Januari 2024", "Sekretaris KPU Kabupaten Flores Timur", "", "",
                     "YOHANES B. KOLI HERIN, S.E.", "NIP. 19730915 199903 1 007"))
    d.FF()
    bab(d, "BAB I PENDAHULUAN", pendahuluan(c)[:6])
    d.FF()
    bab(d, "BAB II PERENCANAAN KINERJA", perencanaan(c)[1:])
    d.P("Catatan: tabel dalam laporan ini disalin dari lembar kerja pengolah angka; kolom dipisahkan dengan "
        "tanda titik koma.")
    d.FF()
    bab(d, "BAB III AKUNTABILITAS KINERJA", akuntabilitas_intro(c)[:2], "A. Capaian Kinerja Organisasi")
    s22 = skor("5306", 2022)
    items = [Ind("akip", "BB", predikat(s22), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("mutakhir", 100, 100), Ind("kompetensi", 90, 91.2), Ind("sarpras", 95, 93.8),
             Ind("pelanggaran", 5, 3, arah="turun"),
             Ind("lapakun", 4, 4, "laporan", tingkat="sasaran_kegiatan"),
             Ind("gaji", 100, 100, tingkat="sasaran_kegiatan")]
    sat = {"predikat": "Predikat", "opini": "Opini", "persen": "%", "laporan": "Laporan"}
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2023", "")
    sc("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
    for i, it in enumerate(items, 1):
        if it.tingkat == "sasaran_kegiatan" and items[i - 2].tingkat != it.tingkat:
            sc("", "Indikator Kinerja Kegiatan", "", "", "", "")
        tt, rt = (it.t, it.r) if it.grade else (angka(it.t), angka(it.r))
        sc(i, it.ind, sat[it.sat], tt, rt, id_dec(it.cp))
        it.fakta(d, tt, rt)
    d.B()
    akip_kalimat(d, 2022, lambda v, p: "Realisasi indikator akuntabilitas kinerja adalah Hasil Evaluasi AKIP Tahun "
                 f"2022 yang diterima pada tahun 2023, dengan nilai {v} atau predikat {p}.")
    d.PP(analisis(c, "persentase tersedianya sarana dan prasarana"))
    d.FF()
    d.L("B. Daftar Pemilih Tetap Pemilu 2024", "")
    d.P("Rapat pleno terbuka rekapitulasi Daftar Pemilih Tetap Pemilu Tahun 2024 dilaksanakan pada 21 Juni 2023. "
        "Sebelumnya Daftar Pemilih Sementara (DPS) diumumkan sebanyak 207.318 pemilih dan setelah tanggapan "
        "masyarakat menjadi DPSHP. Rekapitulasi DPT per kecamatan adalah sebagai berikut.")
    names = ["Wulanggitang", "Titehena", "Ile Bura", "Tanjung Bunga", "Lewolema", "Larantuka", "Ile Mandiri",
             "Demon Pagong", "Solor Barat", "Solor Selatan", "Solor Timur", "Adonara Barat", "Wotan Ulumado",
             "Adonara Tengah", "Adonara Timur", "Kelubagolit", "Witihama", "Ile Boleng", "Adonara"]
    desa = [23, 12, 17, 15, 15, 13, 13, 12, 15, 11, 13, 15, 11, 9, 9, 12, 9, 13, 13]
    rows = kecamatan(rnd, names, *pemilih("5306", "pemilu", 2024), desa)
    d.L("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "")
    cetak_dpt(d, "pemilu", 2024, rows, [("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")],
              "Jumlah", sc)
    d.B()
    d.P("Dibandingkan Daftar Pemilih Berkelanjutan semester I 2023 sebanyak 206.911 pemilih, jumlah DPT "
        "bertambah karena pencocokan dan penelitian menemukan pemilih baru yang telah berusia 17 tahun.")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rows = baru(rnd, 14_284_750_000, 0.9571,
                [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709", "6867"])])
    d.L("Tabel 3.6 Realisasi Anggaran Tahun Anggaran 2023", "")
    cetak_anggaran(d, rows, ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan (%)"), sel_baku("JUMLAH"), sc)
    d.B()
    d.P("Sisa anggaran terbesar terdapat pada kegiatan pembentukan badan ad hoc, karena honorarium PPK dan PPS "
        "bulan Desember dibayarkan sesuai jumlah anggota yang aktif.")
    tutup(d, c, "", "Larantuka, 26 Januari 2024", "Sekretaris KPU Kabupaten Flores Timur", "", "",
          "YOHANES B. KOLI HERIN, S.E.", "NIP. 19730915 199903 1 007")


# ====================================================================== 4. Sabu Raijua 2019
def sabu_raijua_2019():
    """LKjIP; percentages written out (`95 persen`); a Keterangan column with numbers in free
    text; SAKIP history table and component rows; Pemilu 2019 DPT with DPTb/DPK columns; budget
    in juta rupiah with decimals."""
    d, c, rnd = buka("dev5/lkjip-sabu-raijua-2019.txt", "5320", 2019, 86, (
        "LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "", "KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA",
        "2019", "", "Seba, Sabu Raijua"))
    pengantar(d, c, ("Seba, 14 Februari 2020", "Sekretaris KPU Kabupaten Sabu Raijua,", "", "",
                     "ARNOLDUS H. DJAWA, S.Sos", "NIP. 19750321 200112 1 003"))
    d.FF()
    bab(d, "BAB I\nPENDAHULUAN", pendahuluan(c)[:5])
    d.L(*tugas_list(c)[:8])
    d.B()
    d.FF()
    bab(d, "BAB II\nPERENCANAAN KINERJA", perencanaan(c)[2:])
    d.FF()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c)[:2], "3.1 Capaian Kinerja")
    s18 = skor("5320", 2018)
    items = [(Ind("partisipasi", 77.5, 83.14), "Naik 4,6 persen dibanding Pemilihan Gubernur 2018"),
             (Ind("jadwal", 100, 100), "Seluruh 8 tahapan tepat waktu"),
             (Ind("mutakhir", 100, 100), "DPT ditetapkan 15 Desember 2018 (DPTHP-2)"),
             (Ind("logistik", 100, 100), "Diterima 217 TPS sebelum 16 April 2019"),
             (Ind("pelanggaran", 2, 0.15, arah="turun"), "2 dari 1.302 anggota KPPS diberi teguran"),
             (Ind("akip", "B", predikat(s18), "predikat", grade=True), "Nilai 2018 belum mencapai 60"),
             (Ind("bpk", "WTP", "WTP", "opini", grade=True), "Opini atas LK KPU Tahun 2018")]
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2019", "")
    d.R("No", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian", "Keterangan")
    for i, (it, ket) in enumerate(items, 1):
        tt, rt = (it.t, it.r) if it.grade else (kata_persen(it.t), kata_persen(it.r))
        d.R(i, it.ind, tt, rt, kata_persen(it.cp), ket)
        it.fakta(d, tt, rt)
    d.B()
    d.PP(analisis(c, "partisipasi pemilih"))
    d.L("3.2 Evaluasi Akuntabilitas Kinerja", "")
    d.P("Perkembangan nilai evaluasi SAKIP Sekretariat KPU Kabupaten Sabu Raijua dalam tiga tahun terakhir "
        "disajikan pada tabel berikut.")
    hist = [(2016, skor("5320", 2016, 52.4)), (2017, skor("5320", 2017, 55.18)), (2018, s18)]
    d.L("Tabel 3.2 Riwayat Nilai SAKIP", "")
    d.R("Tahun yang Dinilai", "Nilai", "Predikat", "Sumber")
    for y, v in hist:
        d.R(y, id_dec(v), predikat(v), f"LHE KPU RI Tahun {y + 1}")
        d.sakip("5320", y, v)
    d.B()
    k = komponen("5320", 2018, rnd, s18 / 100)
    d.L("Tabel 3.3 Nilai per Komponen Evaluasi Tahun 2018", "")
    komp_baris(d, 2018, s18, k, sakip=False)
    d.FF()
    d.L("3.3 Daftar Pemilih Pemilu 2019", "")
    names = ["Raijua", "Sabu Barat", "Hawu Mehara", "Sabu Liae", "Sabu Tengah", "Sabu Timur"]
    desa = [11, 9, 17, 10, 8, 8]
    rows = kecamatan(rnd, names, *pemilih("5320", "pemilu", 2019), desa)
    d.L("Tabel 3.4 DPT, DPTb dan DPK Pemilu Tahun 2019 per Kecamatan", "")
    tb, tk = [rnd.randint(15, 70) for _ in rows], [rnd.randint(5, 60) for _ in rows]
    cetak_dpt(d, "pemilu", 2019, rows, [("No", "Kecamatan", "Desa/Kel", "TPS", "DPT L", "DPT P", "DPT L+P", "DPTb", "DPK")],
              "Jumlah", tambah=lambda i: (sum(tb), sum(tk)) if i is None else (tb[i], tk[i]))
    d.B()
    d.FF()
    d.L("3.4 Realisasi Anggaran", "")
    rows = baru(rnd, 9_716_480_000, 0.9587,
                [("076.01.WA", ["3355", "3360"]), ("076.01.CQ", ["6639", "6867", "6871", "6872"])], 10000, 10000)
    d.L("Tabel 3.5 Realisasi Anggaran Tahun 2019 (dalam juta rupiah)", "")
    cetak_anggaran(d, rows, ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
                   sel_baku("Jumlah", kode=lambda r: r["kode"], uang=juta))
    d.B()
    tutup(d, c, "", "Seba, 14 Februari 2020", "Sekretaris KPU Kabupaten Sabu Raijua,", "", "",
          "ARNOLDUS H. DJAWA, S.Sos", "NIP. 19750321 200112 1 003")


if __name__ == "__main__":
    tulis(sumba_tengah_2024, manggarai_barat_2021, flores_timur_2023, sabu_raijua_2019)
