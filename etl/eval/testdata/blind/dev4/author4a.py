# Fourth blind batch (dev4/), documents 1-4. Run: python3 dev4/author4a.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common4 import *  # noqa: E402,F401


# ------------------------------------------------------------------ 1. Provinsi NTT 2020
def provinsi_2020():
    """Numbered outline headings (3.1.2), 'Tabel 3.4.' captions with the title on the same line,
    Title Case headers; all-satker SAKIP 2019 table with a Kode column and local abbreviations."""
    s, y, W = "53", 2020, 98
    d, c = Doc("dev4/lkj-provinsi-ntt-2020.txt", s, y), ctx(s, y)
    rnd = random.Random(532020)
    cover(d, "LAPORAN KINERJA", "(LKj)", "", "SEKRETARIAT", "KOMISI PEMILIHAN UMUM", "PROVINSI NUSA TENGGARA TIMUR",
          "", "TAHUN 2020", "", "Jl. Polisi Militer No. 4, Kota Kupang")
    pengantar(d, c, W, "Kupang, 29 Januari 2021", "Sekretaris KPU Provinsi Nusa Tenggara Timur,",
              "Drs. Yosef Nahak Seran, M.Si", "NIP. 196703121993031008")
    d.FF()
    d.L("IKHTISAR EKSEKUTIF", "")
    d.P("Tahun 2020 merupakan tahun pelaksanaan Pemilihan Serentak di sembilan kabupaten di wilayah "
        "Nusa Tenggara Timur di tengah pandemi Covid-19. KPU Provinsi melaksanakan supervisi, monitoring "
        "dan pendampingan atas seluruh tahapan, sekaligus menjalankan dukungan manajemen kesekretariatan.", W)
    d.FF()
    bab(d, ("1. PENDAHULUAN", "", "1.1 Latar Belakang", ""), pendahuluan(c)[:3], W)
    bab(d, ("1.2 Struktur Organisasi", ""), pendahuluan(c)[4:6], W)
    bab(d, ("2. PERENCANAAN KINERJA", "", "2.1 Rencana Strategis", ""), perencanaan(c)[:2], W)
    bab(d, ("2.2 Perjanjian Kinerja Tahun 2020", ""), perencanaan(c)[2:4], W)
    d.FF()
    bab(d, ("3. AKUNTABILITAS KINERJA", "", "3.1 Capaian Kinerja Organisasi", ""), akuntabilitas_intro(c), W)
    sk = skor("53", 2019)
    pk = predikat(sk)
    items = [
        dict(ind="Nilai Evaluasi atas Akuntabilitas Kinerja KPU Provinsi", tt="ВВ", rt=pk, sat="predikat",
             grade=True, scell="Predikat", cp="-", lapor=None),
        dict(ind="Opini BPK atas Laporan Keuangan KPU", tt="WTP", rt="WTP", sat="opini", grade=True,
             scell="Opini", cp="100%"),
        dict(ind="Persentase KPU Kabupaten/Kota dalam memutakhirkan Data Pemilih Tepat Waktu", tt="100%", tn=100,
             rt="100%", rn=100, sat="persen", scell="%"),
        dict(ind="Persentase KPU Kabupaten/Kota yang melaksanakan Pemilihan yang Aman dan Damai", tt="100%",
             tn=100, rt="88,89%", rn=88.89, sat="persen", scell="%"),
        dict(ind="Persentase Partisipasi Pemilih dalam Pemilihan Serentak 2020", tt="77,5%", tn=77.5,
             rt="78,43%", rn=78.43, sat="persen", scell="%"),
        dict(ind="Persentase Penyelenggara Pemilihan yang terbukti melakukan Pelanggaran Kode Etik", tt="5%",
             tn=5, rt="3,12%", rn=3.12, sat="persen", scell="%", arah="turun"),
    ]
    for it in items:
        it["ket"] = "Tercapai"
    items[0]["ket"] = "Tidak Tercapai"
    items[3]["ket"] = "Tidak Tercapai"
    d.L("Tabel 3.1. Pengukuran Kinerja Sasaran Strategis KPU Provinsi NTT Tahun 2020")
    d.R("No.", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian", "Ket.")
    cap_tabel(d, items, ["no", "ind", "sat", "t", "r", "c", "ket"])
    d.L("Sumber: Subbagian Program dan Data, 2021", "")
    d.P("Pada indikator Pemilihan yang Aman dan Damai, satu dari sembilan kabupaten penyelenggara mengalami "
        "gangguan keamanan ringan pada masa rekapitulasi sehingga realisasi hanya 88,89%. Indikator pelanggaran "
        "kode etik bersifat negatif: semakin kecil realisasi, semakin baik kinerja.", W)
    d.L("3.1.1 Analisis Akuntabilitas Kinerja Instansi", "")
    prev = skor("53", 2018)
    d.P(f"Hasil evaluasi AKIP yang dilakukan Inspektorat KPU pada tahun 2020 atas kinerja tahun 2019 memberikan "
        f"nilai {id_dec(sk)} dengan predikat \"{pk}\". Nilai tersebut meningkat dari hasil evaluasi atas tahun 2018 "
        f"sebesar {id_dec(prev)} ({predikat(prev)}) dan tahun 2017 sebesar 57,12 (CC). Target predikat ВВ pada "
        f"Perjanjian Kinerja belum dapat dicapai.", W)
    d.sakip("53", 2019, sk)
    d.sakip("53", 2018, prev)
    d.sakip("53", 2017, 57.12)
    kp = komps("53", 2019, rnd, 0.66)
    d.L("Tabel 3.2. Rincian Nilai Evaluasi AKIP KPU Provinsi NTT (Tahun yang Dinilai 2019)")
    d.R("No.", "Komponen Yang Dinilai", "Bobot", "Nilai", "% thd Bobot")
    for i, k in enumerate(["perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"], 1):
        b, v = kp[k]
        d.R(i, KNM[k], b, id_dec(v), id_dec(v / b * 100))
    d.R("", "Nilai Hasil Evaluasi", "100", id_dec(sk), "")
    d.komp(2019, kp)
    d.L("")
    d.FF()
    d.L("LKj KPU Provinsi NTT Tahun 2020", "")
    d.L("3.1.2 Hasil Evaluasi AKIP Satuan Kerja di Lingkungan KPU Provinsi NTT", "")
    d.P("Sebagai pembina satuan kerja kabupaten/kota, KPU Provinsi memantau hasil evaluasi AKIP seluruh "
        "satker. Hasil evaluasi tahun 2020 (atas kinerja tahun 2019) disajikan berikut; nama satker ditulis "
        "sebagaimana daftar rekap Inspektorat.", W)
    d.L("Tabel 3.3. Nilai dan Predikat AKIP Satker se-NTT Tahun 2019")
    d.R("No.", "Kode", "Satuan Kerja", "Nilai", "Predikat")
    nama = dict(NAMA)
    nama.update({"53": "KPU Provinsi NTT", "5301": "Kupang", "5302": "TTS", "5303": "TTU",
                 "5318": "SBD", "5371": "Kota Kupang", "5319": "Mangarai Timur"})
    tot = []
    for i, sid in enumerate(ORDER, 1):
        v = skor(sid, 2019)
        kode = sid if sid == "53" else sid[:2] + "." + sid[2:]
        d.R(i, kode, nama[sid], id_dec(v), predikat(v))
        if sid != "53":
            d.sakip(sid, 2019, v)
            tot.append(v)
    avg = round(sum(tot) / len(tot), 2)
    d.R("", "", "Rata-rata Kab/Kota", id_dec(avg), predikat(avg))
    d.L("Sumber: Inspektorat KPU, 2020", "")
    d.P("Masih terdapat satker dengan predikat CC sehingga pendampingan penyusunan dokumen perencanaan "
        "dan pengukuran kinerja menjadi prioritas tahun 2021.", W)
    d.L("3.1.3 Reformasi Birokrasi", "")
    d.L("Tabel 3.4. Hasil Penilaian Mandiri Pelaksanaan RB (PMPRB) Tahun 2020")
    d.R("Komponen", "Bobot", "Nilai", "Persentase")
    d.R("A. Komponen Pengungkit", "23,1", "14,07", id_dec(14.07 / 23.1 * 100) + "%")
    d.R("B. Komponen Hasil", "13,2", "8,11", id_dec(8.11 / 13.2 * 100) + "%")
    d.R("Indeks RB", "36,3", "22,18", id_dec(22.18 / 36.3 * 100) + "%")
    d.rb(2020, 22.18, 36.3, round(22.18 / 36.3 * 100, 2))
    d.L("")
    d.FF()
    d.L("3.2 Realisasi Anggaran", "")
    d.P("Pagu DIPA Sekretariat KPU Provinsi NTT Tahun Anggaran 2020 setelah revisi terakhir dialokasikan pada "
        "dua program. Rincian per kegiatan disajikan dalam ribu rupiah.", W)
    rows = budget(rnd, y, [("076.01.WA", [("3355", 2618300000), ("3358", 412500000), ("3360", 3044800000)]),
                           ("076.01.CQ", [("6639", 1482600000), ("6709", 655400000)])], unit=1000)
    d.L("Tabel 3.5. Pagu dan Realisasi per Kegiatan TA 2020 (Rp ribu)")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    ang_tabel(d, rows, ["kode", "uraian", "pagu", "real", "sisa", "pct"], lambda n: id_int(n // 1000),
              lambda r: r["kode"], total="JUMLAH TOTAL")
    d.L("Sumber: Aplikasi SAKTI/OM-SPAN per 31 Desember 2020", "")
    d.P("Selain belanja, Sekretariat mencatat Penerimaan Negara Bukan Pajak (PNBP) dari sewa rumah dinas dan "
        "penjualan barang inventaris sebesar Rp 48.215.000, dan nilai Aset Tetap dalam neraca per 31 Desember "
        "2020 sebesar Rp 21.604.877.316. Keduanya tidak termasuk realisasi belanja.", W)
    d.FF()
    d.L("4. PENUTUP", "")
    d.PP([p.replace("dengan KPU Provinsi Nusa Tenggara Timur", "dengan KPU RI dan KPU Kabupaten/Kota se-NTT")
          for p in penutup(c)], W)
    d.L("Kupang, 29 Januari 2021", "Sekretaris,", "", "", "Drs. Yosef Nahak Seran, M.Si")
    d.write()



# ------------------------------------------------------------------ 2. Kabupaten Kupang 2022
def kupang_2022():
    """Converted with a docx-to-markdown tool: every table is a pipe table (no TAB anywhere),
    group rows in bold inside the table, SAKIP components as columns, Cyrillic В in prose."""
    s, y, W = "5301", 2022, 0
    d, c = Doc("dev4/lkj-kabupaten-kupang-2022.txt", s, y, flat=True), ctx(s, y)
    rnd = random.Random(53012022)
    cover(d, "# LAPORAN KINERJA", "", "## KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "",
          "**Tahun Anggaran 2022**", "", "Oelamasi")
    d.L("# KATA PENGANTAR", "")
    d.PP(kata_pengantar(c), W)
    d.L("Oelamasi, 16 Januari 2023", "", "**Sekretaris KPU Kabupaten Kupang**", "", "", "Marthen L. Baun, S.Sos", "")
    d.FF()
    bab(d, ("# BAB I PENDAHULUAN", ""), pendahuluan(c)[:4], W)
    d.L("## Tugas KPU Kabupaten/Kota", "")
    d.L(*tugas_list(c))
    d.L("")
    d.PP(pendahuluan(c)[4:7], W)
    tps, l, p = pemilu19("5301")[1:]
    d.P(f"Pada Pemilu Serentak Tahun 2019, KPU Kabupaten Kupang menetapkan Daftar Pemilih Tetap sebanyak "
        f"{id_int(l + p)} pemilih yang terdiri atas {id_int(l)} pemilih laki-laki dan {id_int(p)} pemilih perempuan, "
        f"tersebar pada {id_int(tps)} TPS di 24 kecamatan. Data tersebut menjadi dasar pemeliharaan data pemilih "
        f"berkelanjutan yang dilaksanakan sepanjang tahun 2022.", W)
    d.dpt("pemilu", 2019, "kabupaten", REFNAME[s], None, tps, l, p, tidak=["jumlah_desa"])
    d.FF()
    bab(d, ("# BAB II PERENCANAAN KINERJA", ""), perencanaan(c), W)
    d.L("**Tabel 2.1 Perjanjian Kinerja Tahun 2022**", "",
        "| No | Indikator Kinerja Utama | Target 2022 |", "|---|---|---|",
        "| 1 | " + SS["akip"] + " | B |", "| 2 | " + SS["bpk"] + " | WTP |", "| 3 | " + SS["rb"] + " | 20 |",
        "| 4 | " + SS["mutakhir"] + " | 100% |", "| 5 | " + SS["kip"] + " | 80 |",
        "| 6 | " + SS["kompetensi"] + " | 85% |", "| 7 | " + SS["sarpras"] + " | 90% |",
        "| 8 | " + SS["sengketa"] + " | 100% |", "")
    d.FF()
    bab(d, ("# BAB III AKUNTABILITAS KINERJA", "", "## A. Capaian Kinerja", ""), akuntabilitas_intro(c)[:2], W)
    d.L("**Tabel 3.1 Capaian Indikator Kinerja Sasaran Strategis Tahun 2022**", "")
    sk21 = skor("5301", 2021)
    G = [
        "**Sasaran Strategis 1: Terwujudnya tata kelola organisasi yang akuntabel**",
        dict(ind=SS["akip"], tt="B", rt=predikat(sk21), sat="predikat", grade=True, cp="100%"),
        dict(ind=SS["bpk"], tt="WTP", rt="WTP", sat="opini", grade=True, cp="100%"),
        dict(ind=SS["rb"], tt="20", tn=20, rt="21,64", rn=21.64, sat="nilai"),
        "**Sasaran Strategis 2: Meningkatnya kualitas data pemilih dan partisipasi masyarakat**",
        dict(ind=SS["mutakhir"], tt="100%", tn=100, rt="100%", rn=100, sat="persen"),
        dict(ind=SS["kip"], tt="80", tn=80, rt="76,45", rn=76.45, sat="nilai"),
        "**Sasaran Strategis 3: Meningkatnya kapasitas sumber daya manusia dan sarana prasarana**",
        dict(ind=SS["kompetensi"], tt="85%", tn=85, rt="88,20%", rn=88.2, sat="persen"),
        dict(ind=SS["sarpras"], tt="90%", tn=90, rt="86,75%", rn=86.75, sat="persen"),
        dict(ind=SS["sengketa"], tt="100%", tn=100, rt="-", rn=None, sat="persen", cp="-"),
    ]
    rows = ["| No | Sasaran / Indikator Kinerja | Target | Realisasi | Capaian (%) |", "|---|---|---|---|---|"]
    tabel(d, rows, "tab") if False else d.L(*rows)
    n = 1
    for it in G:
        if isinstance(it, str):
            d.L("| " + it + " | | | | |")
            continue
        cp = it.get("cp") or id_dec(hitung(it["tn"], it["rn"]))
        d.L(f"| {n} | {it['ind']} | {it['tt']} | {it['rt']} | {cp} |")
        n += 1
        lap = None if cp == "-" else float(cp.rstrip("%").replace(",", "."))
        if it.get("grade"):
            d.cap(it["ind"], it["tt"], None, it["rt"], None, it["sat"], lap, grade=True)
        else:
            d.cap(it["ind"], it["tt"], it["tn"], it["rt"], it["rn"], it["sat"], lap)
    d.L("", "*Sumber: Subbagian Perencanaan, Data dan Informasi*", "")
    d.P("Indikator sengketa hukum tidak dapat diukur karena sepanjang tahun 2022 tidak terdapat gugatan "
        "terhadap KPU Kabupaten Kupang. Nilai Keterbukaan Informasi Publik belum mencapai target karena "
        "pemutakhiran konten laman PPID belum dilakukan secara berkala.", W)
    d.L("## B. Akuntabilitas Kinerja (SAKIP)", "")
    sk20, sk19 = skor("5301", 2020), skor("5301", 2019)
    cyr = lambda g: g.replace("B", "В")
    d.P(f"Berdasarkan Laporan Hasil Evaluasi AKIP yang diterima pada tahun 2022, KPU Kabupaten Kupang "
        f"memperoleh predikat {cyr(predikat(sk21))} ({id_dec(sk21)}) untuk tahun kinerja 2021. Sebagai "
        f"pembanding, nilai tahun kinerja 2020 adalah {id_dec(sk20)} dan tahun kinerja 2019 adalah {id_dec(sk19)}. "
        f"Rincian nilai per komponen:", W)
    d.sakip(s, 2021, sk21)
    d.sakip(s, 2020, sk20)
    d.sakip(s, 2019, sk19)
    kp = komps(s, 2021, rnd, 0.66)
    d.L("| Tahun Dinilai | Perencanaan Kinerja (30) | Pengukuran Kinerja (30) | Pelaporan Kinerja (15) | Evaluasi Internal (25) | Nilai Akhir |",
        "|---|---|---|---|---|---|",
        "| 2021 | " + " | ".join(id_dec(kp[k][1]) for k in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"))
        + f" | {id_dec(sk21)} |", "")
    d.komp(2021, kp)
    d.P("Nilai Reformasi Birokrasi KPU Kabupaten Kupang tahun 2022 hasil penilaian mandiri adalah 21,64 "
        "dari bobot maksimal 36,30 atau 59,61%.", W)
    d.rb(2022, 21.64, 36.3, 59.61)
    d.FF()
    d.L("## C. Realisasi Anggaran", "")
    P, R = KA[(s, 2022)]
    rows = fit_budget(rnd, [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709"])], P, R)
    d.P("Realisasi anggaran per program dan kegiatan Tahun Anggaran 2022 (dalam rupiah):", W)
    d.L("| Kode | Program / Kegiatan | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | Serapan |", "|---|---|---|---|---|---|")
    for r in rows:
        if r["kode"] == "TOTAL":
            d.L(f"| **JUMLAH** | | **{id_int(P)}** | **{id_int(R)}** | **{id_int(P - R)}** | **{id_dec(serapan(P, R))}%** |")
        else:
            d.L(f"| {K(r)} | {r['nama']} | {id_int(r['pagu'])} | {id_int(r['real'])} | {id_int(r['pagu'] - r['real'])} | {id_dec(serapan(r['pagu'], r['real']))}% |")
    declare_budget(d, rows, 2022)
    d.L("")
    p21, r21 = KA[(s, 2021)]
    p20, r20 = 3287150000, 3196340000
    d.P("Perbandingan realisasi anggaran tiga tahun terakhir:", W)
    d.L("| Tahun Anggaran | Pagu | Realisasi | % |", "|---|---|---|---|")
    for yy, a, b in ((2020, p20, r20), (2021, p21, r21), (2022, P, R)):
        d.L(f"| {yy} | {id_int(a)} | {id_int(b)} | {id_dec(serapan(a, b))} |")
        if yy != 2022:
            d.ang("TOTAL", "total", "", a, b, serapan(a, b), tahun=yy)
    d.L("")
    d.P("Realisasi Penerimaan Negara Bukan Pajak (bukan bagian dari realisasi belanja):", W)
    d.L("| Jenis Penerimaan | Target | Realisasi |", "|---|---|---|",
        "| Pendapatan sewa gedung/aula | 12.000.000 | 9.750.000 |",
        "| Pendapatan lain-lain (TGR) | 0 | 3.418.200 |", "")
    d.P("Kenaikan pagu tahun 2022 terutama untuk persiapan tahapan Pemilu 2024, yaitu pembentukan badan adhoc "
        "dan pemutakhiran data pemilih berkelanjutan.", W)
    d.FF()
    tutup(d, c, "Oelamasi, 16 Januari 2023", "Sekretaris,", "", "Marthen L. Baun, S.Sos", W=W, bab=("# BAB IV PENUTUP", ""))



# ------------------------------------------------------------------ 3. TTS 2021
def tts_2021():
    """LKjIP, title with the year alone on its line; capaian SERIES tables with the years as
    columns (Target/Realisasi rows per indicator); budget total row cut off; multi-year table."""
    s, y, W = "5302", 2021, 104
    d, c = Doc("dev4/lkjip-tts-2021.txt", s, y), ctx(s, y)
    rnd = random.Random(53022021)
    cover(d, "LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN",
          "", "2021", "", "SoE")
    pengantar(d, c, W, "SoE, 10 Februari 2022", "Sekretaris KPU Kabupaten Timor Tengah Selatan",
              "Yohanis Tse, S.H.", "NIP 19701105 199803 1 004")
    d.FF()
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:6], W)
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c), W)
    d.FF()
    bab(d, ("BAB III AKUNTABILITAS KINERJA", "", "3.1 Pengukuran Kinerja Tahun 2021", ""), akuntabilitas_intro(c)[:2], W)
    sk20 = skor(s, 2020)
    items = [
        dict(ind=SS["akip"], tt="B", rt=predikat(sk20), sat="predikat", grade=True, cp="100%", scell="Predikat"),
        dict(ind=SS["bpk"], tt="WTP", rt="WTP", sat="opini", grade=True, cp="100%", scell="Opini"),
        dict(ind=SS["kompetensi"], tt="80", tn=80, rt="83,40", rn=83.4, sat="persen", scell="%"),
        dict(ind=SS["sarpras"], tt="90", tn=90, rt="92,65", rn=92.65, sat="persen", scell="%"),
        dict(ind=SS["kip"], tt="75", tn=75, rt="71,82", rn=71.82, sat="nilai", scell="Nilai"),
        dict(ind=SS["pelanggaran"], tt="2", tn=2, rt="0", rn=0, sat="persen", scell="%", arah="turun"),
    ]
    d.L("Tabel 3.1", "Capaian Indikator Kinerja Utama KPU Kabupaten TTS Tahun 2021")
    d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
    cap_tabel(d, items, ["no", "ind", "sat", "t", "r", "c"], width=52, pos="last")
    d.L("Sumber: Subbag Program dan Data", "")
    d.P("Indikator persentase penyelenggara yang terbukti melanggar merupakan indikator dengan polaritas negatif; "
        "realisasi 0 (nol) menghasilkan capaian 200%.", W)
    d.L("3.2 Perbandingan Capaian dengan Tahun-Tahun Sebelumnya", "")
    d.P("Untuk melihat kecenderungan kinerja, berikut disajikan realisasi indikator selama lima tahun terakhir. "
        "Tanda - berarti indikator belum ditetapkan pada tahun tersebut.", W)
    d.L("Tabel 3.2", "Realisasi Indikator Tahun 2017 s.d. 2021")
    d.R("Indikator", "Uraian", "2017", "2018", "2019", "2020", "2021")
    ser = [
        (SS["kompetensi"], "persen", {"target": ["-", "70", "75", "80", "80"], "realisasi": ["-", "68,50", "77,10", "81,25", "83,40"]}),
        (SS["kip"], "nilai", {"target": ["-", "-", "70", "72", "75"], "realisasi": ["-", "-", "64,18", "69,90", "71,82"]}),
        ("Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan", "persen",
         {"target": ["-", "77,5", "77,5", "-", "-"], "realisasi": ["-", "74,36", "79,12", "-", "-"]}),
    ]
    for ind, sat, rows in ser:
        first = True
        for jenis in ("target", "realisasi"):
            d.R(ind if first else "", jenis.capitalize(), *rows[jenis])
            first = False
            for yy, tx in zip(range(2017, 2022), rows[jenis]):
                d.seri(ind, yy, jenis, tx, None if tx == "-" else float(tx.replace(",", ".")), sat)
    d.L("Sumber: LKjIP 2017-2020 dan data olahan", "")
    d.P("Partisipasi pemilih hanya diukur pada tahun penyelenggaraan, yaitu Pemilihan Gubernur 2018 dan Pemilu "
        "Serentak 2019. Kompetensi pegawai meningkat seiring pelaksanaan diklat daring selama pandemi.", W)
    d.L("3.3 Hasil Evaluasi AKIP", "")
    s19, s18 = skor(s, 2019), skor(s, 2018)
    d.P(f"Hasil evaluasi atas implementasi SAKIP tahun 2020 yang disampaikan Inspektorat pada bulan Juni 2021 "
        f"adalah {id_dec(sk20)} dengan predikat {predikat(sk20)}. Pada dua evaluasi sebelumnya KPU Kabupaten TTS "
        f"memperoleh {id_dec(s19)} ({predikat(s19)}) untuk tahun 2019 dan {id_dec(s18)} ({predikat(s18)}) untuk "
        f"tahun 2018.", W)
    d.sakip(s, 2020, sk20)
    d.sakip(s, 2019, s19)
    d.sakip(s, 2018, s18)
    d.FF()
    d.L("LKjIP KPU Kabupaten TTS 2021" + " " * 40 + "23")
    d.L("3.4 Realisasi Anggaran", "")
    P, R = KA[(s, 2021)]
    rows = fit_budget(rnd, [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709"])], P, R)
    d.L("Tabel 3.4", "Realisasi Anggaran per Kegiatan TA 2021")
    d.R("No", "Kode", "Program/Kegiatan", "Anggaran", "Realisasi", "%")
    k = 0
    for r in rows:
        if r["kode"] == "TOTAL":
            d.R("", "", "JUMLAH", id_int(P), id_int(R)[:-2], id_dec(serapan(P, R)))
            continue
        k += 1
        d.R(k, r["kode"] if r["tingkat"] == "program" else r["kode"], r["nama"], id_int(r["pagu"]),
            id_int(r["real"]), id_dec(serapan(r["pagu"], r["real"])))
    declare_budget(d, rows, y)
    d.L("Sumber: OM-SPAN, 31 Desember 2021", "")
    d.P("Serapan anggaran tahun 2021 lebih rendah dibanding tahun 2020 karena pembatasan perjalanan dinas "
        "selama pemberlakuan PPKM dan penundaan kegiatan sosialisasi tatap muka.", W)
    d.L("Tabel 3.5", "Realisasi Anggaran Tahun 2019-2021")
    d.R("Tahun", "Pagu", "Realisasi", "Serapan")
    for yy in (2019, 2020, 2021):
        a, b = KA[(s, yy)]
        d.R(yy, id_int(a), id_int(b), id_dec(serapan(a, b)) + "%")
        if yy != y:
            d.ang("TOTAL", "total", "", a, b, serapan(a, b), tahun=yy)
    d.L("")
    d.P("Realisasi belanja menurut jenis belanja tahun 2021 adalah Belanja Pegawai 1.287.610.400, Belanja Barang "
        "1.979.218.544 dan Belanja Modal 108.000.000.", W)
    d.FF()
    tutup(d, c, "SoE, 10 Februari 2022", "Sekretaris,", "", "", "Yohanis Tse, S.H.", W=W)



# ------------------------------------------------------------------ 4. TTU 2024
def ttu_2024():
    """Kefamenanu house style: chapter titles centred in capitals with dotted rules, headers with
    abbreviations (Tgt PK, Real., % Cap.), budget in Rp juta without Sisa; Pilkada 2024 DPT per
    kecamatan with a two-line header, split by a page break with footer and repeated header."""
    s, y, W = "5303", 2024, 92
    d, c = Doc("dev4/lkj-ttu-2024.txt", s, y), ctx(s, y)
    rnd = random.Random(53032024)
    rule = "." * 60
    cover(d, "LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH UTARA",
          "TAHUN ANGGARAN 2024", "", "KEFAMENANU", "JANUARI 2025")
    pengantar(d, c, W, "Kefamenanu, 20 Januari 2025", "Sekretaris KPU Kabupaten Timor Tengah Utara,",
              "Fransiskus X. Tefa, S.IP", "NIP. 19780310 200604 1 011")
    d.FF()
    bab(d, (rule, "BAB I", "PENDAHULUAN", rule, ""), pendahuluan(c)[:3] + pendahuluan(c)[6:], W)
    bab(d, (rule, "BAB II", "PERENCANAAN KINERJA", rule, ""), perencanaan(c)[2:], W)
    d.FF()
    bab(d, (rule, "BAB III", "AKUNTABILITAS KINERJA", rule, ""), akuntabilitas_intro(c)[:2], W)
    sk = skor(s, 2023)
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2024", "")
    d.R("No", "Indikator Kinerja", "Sat.", "Tgt PK", "Real.", "% Cap.")
    items = [
        "Sasaran Strategis 1: Meningkatnya kualitas penyelenggaraan Pemilu dan Pemilihan",
        dict(ind=SS["partisipasi"] + " Tahun 2024 (Pemilu)", tt="80", tn=80, rt="82,73", rn=82.73, sat="persen", scell="%"),
        dict(ind=SS["partisipasi"] + " Tahun 2024 (Pemilihan Serentak)", tt="77", tn=77, rt="71,38", rn=71.38, sat="persen", scell="%"),
        dict(ind=SS["logistik"], tt="100", tn=100, rt="100", rn=100, sat="persen", scell="%"),
        dict(ind=SS["pelanggaran"], tt="3", tn=3, rt="1,46", rn=1.46, sat="persen", scell="%", arah="turun"),
        "Sasaran Strategis 2: Terwujudnya tata kelola organisasi yang akuntabel",
        dict(ind=SS["akip"], tt="BB", rt=predikat(sk), sat="predikat", grade=True, cp="100%", scell="Predikat"),
        dict(ind=SS["bpk"], tt="WTP", rt="WTP", sat="opini", grade=True, cp="100%", scell="Opini"),
        dict(ind=SS["rb"], tt="22", tn=22, rt="24,18", rn=24.18, sat="nilai", scell="Nilai"),
    ]
    cap_tabel(d, items, ["no", "ind", "sat", "t", "r", "c"], width=46, pos="mid")
    d.L("Sumber: Subbagian Perencanaan, Data dan Informasi", "")
    d.P("Partisipasi pemilih pada Pemilihan Serentak 27 November 2024 menurun dibandingkan Pemilu 14 Februari "
        "2024 karena banyak pemilih usia produktif bekerja di luar daerah.", W)
    d.L("3.2 Akuntabilitas Kinerja dan Reformasi Birokrasi", "")
    d.P(f"Berdasarkan Laporan Hasil Evaluasi Akuntabilitas Kinerja yang diterima pada tahun 2024, nilai SAKIP "
        f"KPU Kabupaten Timor Tengah Utara adalah {predikat(sk)} ({id_dec(sk)}). Perkembangan nilai lima tahun "
        f"terakhir disajikan pada tabel berikut.", W)
    d.L("Tabel 3.2 Riwayat Nilai Evaluasi AKIP")
    d.R("Tahun Kinerja yang Dievaluasi", "Nilai", "Predikat", "Keterangan")
    for yy in range(2019, 2024):
        v = skor(s, yy)
        d.R(yy, id_dec(v), predikat(v), "naik" if yy > 2019 and v > skor(s, yy - 1) else "-")
        d.sakip(s, yy, v)
    d.L("")
    d.P("Nilai Reformasi Birokrasi hasil penilaian mandiri (PMPRB) tahun 2024 adalah 24,18 dari bobot 36,30 "
        "(66,61%), terdiri atas komponen pengungkit dan komponen hasil.", W)
    d.rb(2024, 24.18, 36.3, 66.61)
    d.FF()
    d.L("3.3 Data Pemilih", "")
    tps, l, p = pemilu24(s)[1:]
    d.P(f"DPT Pemilu Tahun 2024 KPU Kabupaten Timor Tengah Utara ditetapkan sebanyak {id_int(l + p)} pemilih "
        f"({id_int(l)} laki-laki dan {id_int(p)} perempuan) pada {id_int(tps)} TPS. Pada hari pemungutan suara "
        f"tercatat pula 1.284 pemilih pindahan (DPTb) dan 2.917 pemilih khusus (DPK).", W)
    d.dpt("pemilu", 2024, "kabupaten", REFNAME[s], None, tps, l, p, tidak=["jumlah_desa"])
    tp, L, Pp = PILKADA24_REAL[s]
    rows = kec(rnd, KEC[s], (L, Pp), tp, 193)
    d.P("Rekapitulasi Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati serta Gubernur dan Wakil "
        "Gubernur Tahun 2024 per kecamatan:", W)
    hdr = [["No", "Kecamatan", "Jumlah", "", "Daftar Pemilih Tetap", "", ""],
           ["", "", "Desa/Kel", "TPS", "L", "P", "L+P"]]
    d.L("Tabel 3.3 DPT Pemilihan Serentak 2024 Kabupaten TTU")
    tabel(d, hdr)
    for i, (nm, ds, t, a, b) in enumerate(rows, 1):
        if i == 14:
            d.L("", "LKj KPU Kabupaten TTU Tahun 2024 | 27")
            d.FF()
            tabel(d, hdr)
        d.R(i, nm, ds, t, id_int(a), id_int(b), id_int(a + b))
    T = dpt_rows(d, "pilkada", 2024, rows)
    d.R("", "TOTAL", T[0], T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]))
    d.L("Sumber: Keputusan KPU Kabupaten TTU tentang Penetapan DPT", "")
    d.L("3.4 Realisasi Anggaran", "")
    rows = budget(rnd, y, [("076.01.WA", [("3355", 3815420000), ("3360", 2470380000)]),
                           ("076.01.CQ", [("6639", 9215700000), ("6867", 14208640000), ("6871", 2954300000)])],
                  unit=10000)
    d.P("Realisasi DIPA Tahun Anggaran 2024 per program dan kegiatan (dalam Rp juta):", W)
    d.R("Kode", "Uraian", "Pagu", "Realisasi", "% Real.")
    ang_tabel(d, rows, ["kode", "uraian", "pagu", "real", "pct"], lambda n: id_dec(n / 1e6),
              lambda r: r["kode"].split(".")[-1], total="Total")
    d.L("")
    d.P("Dana hibah Pemilihan Serentak 2024 dari Pemerintah Kabupaten Timor Tengah Utara sebesar "
        "Rp 38.750.000.000 dengan realisasi Rp 36.912.448.150 dikelola melalui rekening hibah dan dilaporkan "
        "terpisah; angka tersebut tidak termasuk realisasi DIPA di atas.", W)
    d.FF()
    tutup(d, c, "Kefamenanu, 20 Januari 2025", "Sekretaris,", "", "", "Fransiskus X. Tefa, S.IP", W=W, bab=(rule, "BAB IV", "PENUTUP", rule, ""))


if __name__ == "__main__":
    tulis(provinsi_2020, kupang_2022, tts_2021, ttu_2024)
