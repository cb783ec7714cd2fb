# Third blind batch, documents 9-12 (dev3/). Run: python3 dev3/author3c.py  (deterministic)
from common3 import *  # noqa: F401,F403


def wrapcell(text, width):
    return textwrap.wrap(text, width)


# ====================================================================== 9. Sabu Raijua 2024
def sabu_raijua_2024():
    """Flattened: pdftotext without layout, one table row per line, cells separated by single spaces."""
    s, y = "5320", 2024
    d, c, rnd, W = buka("dev3/lkj-sabu-raijua-2024.txt", s, y, 110, flat=True)
    d.L("LAPORAN KINERJA SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA TAHUN ANGGARAN 2024", "")
    front(d, c, W, "Menia, 22 Januari 2025", "SAMUEL H. DJAMI, S.Sos", "NIP. 19760514 200701 1 018")
    bab1(d, c, W, 6)
    bab2(d, c, W, 3)
    bab3(d, c, W, head=("BAB III AKUNTABILITAS KINERJA",))
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2024")
    d.L("No Indikator Kinerja Target Realisasi Capaian")
    caps = [("jadwal", 100, 100), ("partisipasi", 80, 84.55), ("mutakhir", 100, 100), ("kompetensi", 85, 82.35),
            ("sarpras", 90, 94.6)]
    for i, (k, tn, rn) in enumerate(caps):
        cp = round(rn / tn * 100, 2)
        d.L(f"{i + 1} {SS[k]} {pct(tn)} {pct(rn)} {pct(cp)}")
        d.cap(SS[k], pct(tn), tn, pct(rn), rn, "persen", cp)
    d.L("")
    akip = skor(s, 2023)
    k = komps(s, 2023, rnd, 0.72)
    d.P(f"Hasil Evaluasi AKIP Tahun 2023 yang diterima pada tahun 2024 memberikan nilai {id_dec(akip)} dengan "
        f"predikat {predikat(akip)}, terdiri atas Perencanaan Kinerja {id_dec(k['perencanaan'][1])} (bobot 30), "
        f"Pengukuran Kinerja {id_dec(k['pengukuran'][1])} (bobot 30), Pelaporan Kinerja "
        f"{id_dec(k['pelaporan'][1])} (bobot 15) dan Evaluasi Akuntabilitas Kinerja Internal "
        f"{id_dec(k['evaluasi_internal'][1])} (bobot 25).", W)
    d.sakip(s, 2023, akip)
    d.komp(2023, k)
    d.PP(analisis(c, "partisipasi pemilih"), W)
    d.L("C. Data Pemilih", "")
    kec = [("SABU BARAT", 16), ("SABU TENGAH", 10), ("SABU TIMUR", 9), ("SABU LIAE", 11), ("HAWU MEHARA", 12),
           ("RAIJUA", 5)]
    _, t24, l24, p24 = pemilu24(s)
    rows = kec_split(random.Random(5320), [n for n, _ in kec], (l24, p24), t24, 63)
    d.P("Rekapitulasi DPT Pemilu Tahun 2024 per kecamatan (ditetapkan 20 Juni 2023):", W)
    d.L("No Kecamatan TPS Laki-laki Perempuan Jumlah")
    for i, (n, _, tp, ll, pp) in enumerate(rows):
        d.L(f"{i + 1} {n.title()} {tp} {id_int(ll)} {id_int(pp)} {id_int(ll + pp)}")
        d.dpt("pemilu", 2024, "kecamatan", n, None, tp, ll, pp, tidak=["jumlah_desa"])
    d.L(f"Jumlah {t24} {id_int(l24)} {id_int(p24)} {id_int(l24 + p24)}")
    d.dpt("pemilu", 2024, "kabupaten", REFNAME[s], None, t24, l24, p24, tidak=["jumlah_desa"])
    d.L("")
    tps, l, p = PILKADA24_REAL[s]
    rows = kec_split(random.Random(5320), [n for n, _ in kec], (l, p), tps, 63)
    d.P("Rekapitulasi DPT Pemilihan Serentak Tahun 2024 (Bupati dan Wakil Bupati Sabu Raijua serta Gubernur dan "
        "Wakil Gubernur NTT) per kecamatan:", W)
    d.L("No Kecamatan Desa/Kel TPS L P L+P")
    for i, ((n, _, tp, ll, pp), (_, de)) in enumerate(zip(rows, kec)):
        d.L(f"{i + 1} {n.title()} {de} {tp} {id_int(ll)} {id_int(pp)} {id_int(ll + pp)}")
        d.dpt("pilkada", 2024, "kecamatan", n, de, tp, ll, pp)
    d.L(f"Jumlah 63 {tps} {id_int(l)} {id_int(p)} {id_int(l + p)}")
    d.dpt("pilkada", 2024, "kabupaten", REFNAME[s], 63, tps, l, p)
    d.L("")
    d.L("D. Realisasi Anggaran", "")
    rows = gen_budget(rnd, y, [("076.01.WA", [("3355", 1486300000), ("3360", 792450000)]),
                               ("076.01.CQ", [("6639", 1284600000), ("6872", 2137900000)])])
    d.P("Realisasi anggaran Tahun Anggaran 2024 per program dan kegiatan (dalam rupiah):", W)
    d.L("Kode Program/Kegiatan Pagu Realisasi Sisa Persentase")
    for r in rows:
        if r["tingkat"] == "total":
            d.L(f"Total {id_int(r['pagu'])} {id_int(r['real'])} {id_int(r['pagu'] - r['real'])} "
                f"{pct(serapan(r['pagu'], r['real']))}")
            continue
        kode = r["kode"] if r["tingkat"] == "program" else dkode(r["induk"]) + "." + r["kode"]
        d.L(f"{kode} {r['nama']} {id_int(r['pagu'])} {id_int(r['real'])} {id_int(r['pagu'] - r['real'])} "
            f"{pct(serapan(r['pagu'], r['real']))}")
    ang_rows(d, rows, y)
    d.L("")
    d.P("Dana hibah Pemilihan Serentak dari Pemerintah Kabupaten Sabu Raijua sebesar Rp 14.250.000.000 dikelola "
        "di luar DIPA dan tidak termasuk dalam tabel di atas.", W)
    tutup(d, c, W, head=("BAB IV PENUTUP",))


# ====================================================================== 10. Malaka 2023
def malaka_2023():
    """Running header + `Dokumentasi Foto` inside tables; two copies of one target; last year's total."""
    s, y = "5321", 2023
    d, c, rnd, W = buka("dev3/lkj-malaka-2023.txt", s, y, 94)
    run = ["Laporan Kinerja KPU Kabupaten Malaka Tahun 2023 | Halaman %d", "=" * 60]
    pg = [1]

    def page():
        d.L(run[0] % pg[0])
        pg[0] += 1
        d.FF()
        d.L(run[1].replace("=", "-"))
    d.L("LAPORAN KINERJA INSTANSI PEMERINTAH", "KOMISI PEMILIHAN UMUM KABUPATEN MALAKA", "TAHUN 2023", "")
    page()
    front(d, c, W, "Betun, 30 Januari 2024", "YOSEF N. SERAN, S.H.", "NIP. 19800315 200903 1 002")
    d.L("IKHTISAR EKSEKUTIF", "")
    d.P("Ringkasan capaian indikator kinerja utama tahun 2023 disajikan pada tabel berikut; rincian dan analisis "
        "setiap indikator diuraikan pada Bab III.", W)
    d.R("Indikator", "Target", "Realisasi", "Capaian")
    d.R(SK["arsip"], "30%", "27,50%", "91,67%")
    d.R(SS["mutakhir"], "100%", "100%", "100%")
    d.B()
    page()
    bab1(d, c, W, 5)
    bab2(d, c, W, 3)
    pk = [("mutakhir", "100%"), ("kompetensi", "85%"), ("akip", "BB"), ("bpk", "WTP"), ("sengketa", "100%")]
    d.L("Tabel 2.1 Perjanjian Kinerja Tahun 2023")
    d.R("No", "Indikator Kinerja", "Target")
    for i, (k, tt) in enumerate(pk):
        d.R(i + 1, SS[k], tt)
    d.R(6, SK["arsip"], "25%")
    d.B()
    page()
    bab3(d, c, W, head=("BAB III AKUNTABILITAS KINERJA",))
    akip = skor(s, 2022)
    pa = predikat(akip)
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2023")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    d.R(1, SS["mutakhir"], "100%", "100%", "100%")
    d.cap(SS["mutakhir"], "100%", 100, "100%", 100, "persen", 100.0)
    d.R(2, SS["kompetensi"], "85%", "88,65%", "104,29%")
    d.cap(SS["kompetensi"], "85%", 85, "88,65%", 88.65, "persen", 104.29)
    d.R(3, SS["akip"], "BB", pa, "100%")
    d.cap(SS["akip"], "BB", None, pa, None, "predikat", 100.0, grade=True)
    d.R(4, SS["bpk"], "WTP", "WTP", "100%")
    d.cap(SS["bpk"], "WTP", None, "WTP", None, "opini", 100.0, grade=True)
    d.R(5, SS["sengketa"], "100%", "-", "-")
    d.cap(SS["sengketa"], "100%", 100, "-", None, "persen", None)
    d.R(6, SK["arsip"], "25%", "27,50%", "110%")
    d.cap(SK["arsip"], "25%", 25, "27,50%", 27.5, "persen", 110.0)
    d.L("Keterangan: tidak terdapat sengketa hukum yang diajukan terhadap KPU Kabupaten Malaka pada tahun 2023.", "")
    k21, k22 = komps(s, 2021, rnd, 0.68), komps(s, 2022, rnd, 0.73)
    d.P(f"Hasil evaluasi SAKIP Tahun 2022 adalah {id_dec(akip)} ({pa}), naik dari {id_dec(skor(s, 2021))} "
        f"({predikat(skor(s, 2021))}) pada tahun 2021. Rincian per komponen disajikan pada tabel berikut.", W)
    d.L("Tabel 3.2 Nilai Komponen Evaluasi SAKIP Tahun Kinerja 2021 dan 2022")
    d.R("Komponen", "Bobot", "Nilai 2021", "Nilai 2022")
    for i, kk in enumerate(("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")):
        if i == 2:
            d.L("Dokumentasi Foto: Penyerahan LHE SAKIP oleh KPU Provinsi NTT", "")
        d.R(KNM[kk], k21[kk][0], id_dec(k21[kk][1]), id_dec(k22[kk][1]))
    d.R("Nilai Akhir", 100, id_dec(skor(s, 2021)), id_dec(akip))
    d.komp(2021, k21)
    d.komp(2022, k22)
    d.sakip(s, 2021, skor(s, 2021))
    d.sakip(s, 2022, akip)
    d.B()
    rbn = 23.96
    d.P(f"Indeks Reformasi Birokrasi KPU Kabupaten Malaka Tahun 2023 sebesar {id_dec(rbn)} atau "
        f"{pct(rbv(d, 2023, rbn))} dari bobot maksimal 36,30.", W)
    page()
    d.L("C. Daftar Pemilih Tetap Pemilu 2024", "")
    d.P("KPU Kabupaten Malaka menetapkan DPT Pemilu Tahun 2024 pada tanggal 21 Juni 2023 dengan rincian sebagai "
        "berikut.", W)
    kec = [("MALAKA TENGAH", 20), ("MALAKA BARAT", 14), ("WEWIKU", 14), ("WELIMAN", 14), ("RINHAT", 12),
           ("IO KUFEU", 6), ("SASITAMEAN", 9), ("LAENMANEN", 12), ("MALAKA TIMUR", 6), ("KOBALIMA", 8),
           ("KOBALIMA TIMUR", 4), ("BOTIN LEOBELE", 8)]
    _, tps, l, p = pemilu24(s)
    rows = kec_split(rnd, [n for n, _ in kec], (l, p), tps, 127)
    d.L("Tabel 3.3 DPT Pemilu 2024 per Kecamatan")
    d.R("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Total Pemilih", "Pemilih Disabilitas")
    for i, ((n, _, tp, ll, pp), (_, de)) in enumerate(zip(rows, kec)):
        if i == 5:
            d.L("Dokumentasi Foto: Rapat Pleno Terbuka Rekapitulasi DPT Tingkat Kabupaten")
        if i == 8:
            page()
        d.R(i + 1, n.title(), de, tp, id_int(ll), id_int(pp), id_int(ll + pp), rnd.randint(40, 260))
        d.dpt("pemilu", 2024, "kecamatan", n, de, tp, ll, pp)
    d.R("", "TOTAL", 127, tps, id_int(l), id_int(p), id_int(l + p), "1.894")
    d.dpt("pemilu", 2024, "kabupaten", REFNAME[s], 127, tps, l, p)
    d.B()
    d.L("D. Realisasi Anggaran", "")
    rows = gen_budget(rnd, y, [("076.01.WA", [("3355", 2318400000), ("3358", 412600000), ("3360", 1146350000)]),
                               ("076.01.CQ", [("6640", 1863200000), ("6867", 6524800000)])], unit=1000)
    d.L("Tabel 3.4 Realisasi Anggaran Tahun 2023 (Rp 000)")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    for r in rows:
        rl = id_int(r["real"] // 1000)
        if r["kode"] == "3358":
            rl = rl[:-1]  # the PDF column was too narrow: pagu - sisa proves the value
        d.R("" if r["tingkat"] == "total" else r["kode"], "Total" if r["tingkat"] == "total" else r["nama"],
            id_int(r["pagu"] // 1000), rl, id_int((r["pagu"] - r["real"]) // 1000),
            id_dec(serapan(r["pagu"], r["real"])))
    ang_rows(d, rows, y)
    d.B()
    page()
    bab(d, ("BAB IV PENUTUP", ""), penutup(c)[:2], W)
    p22, r22 = 9874310000, 9714043000
    d.P(f"Sebagai catatan, pada Tahun Anggaran 2022 pagu anggaran sebesar Rp. {en_int(p22)} terealisasi sebesar "
        f"Rp. {en_int(r22)} atau {en_dec(serapan(p22, r22))}%, sehingga serapan tahun 2023 meningkat.", W)
    d.ang("TOTAL", "total", "", p22, r22, serapan(p22, r22), tahun=2022)
    d.P(penutup(c)[2], W)
    d.L(run[0] % pg[0])
    d.write()


# ====================================================================== 11. Nagekeo 2019
def nagekeo_2019():
    """Flattened `pdftotext -layout`: padded columns, two-line header, values on the middle line."""
    s, y = "5316", 2019
    d, c, rnd, W = buka("dev3/lkj-nagekeo-2019.txt", s, y, 90, flat=True)
    d.L("", "                    LAPORAN KINERJA (LKj)", "                  KPU KABUPATEN NAGEKEO",
        "                        Tahun 2019", "", "")
    front(d, c, W, "Mbay, 14 Februari 2020", "KORNELIS D. DHAE, S.Pd", "NIP. 19710707 199903 1 008")
    bab1(d, c, W, 6)
    bab2(d, c, W, 3)
    bab3(d, c, W, head=("BAB III  AKUNTABILITAS KINERJA",))
    caps = [("partisipasi", 77.5, 86.14), ("jadwal", 100, 100), ("mutakhir", 100, 100), ("kompetensi", 80, 76.35),
            ("sarpras", 85, 89.05)]
    tab = [("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")]
    for i, (k, tn, rn) in enumerate(caps):
        cp = round(rn / tn * 100, 2)
        lines = wrapcell(SS[k], 38)
        mid = len(lines) // 2 if len(lines) > 2 else 0
        for j, ln in enumerate(lines):
            vals = (pct(tn), pct(rn), pct(cp)) if j == mid else ("", "", "")
            tab.append((str(i + 1) if j == 0 else "", ln) + vals)
        d.cap(SS[k], pct(tn), tn, pct(rn), rn, "persen", cp)
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2019", "")
    layout(d, tab, right={2, 3, 4})
    d.B()
    h18 = [(2016, 48.76), (2017, 53.1), (2018, skor(s, 2018))]
    d.P("Hasil evaluasi SAKIP KPU Kabupaten Nagekeo terus meningkat: " + ", ".join(
        f"tahun {yy} sebesar {id_dec(v)} ({predikat(v)})" for yy, v in h18) + ".", W)
    for yy, v in h18:
        d.sakip(s, yy, v)
    k = komps(s, 2018, rnd, 0.58)
    tab = [("Komponen", "Bobot", "Nilai")] + [(KNM[x], str(k[x][0]), id_dec(k[x][1])) for x in
                                              ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal")]
    tab.append(("Jumlah", "100", id_dec(skor(s, 2018))))
    d.L("Tabel 3.1a Rincian Nilai SAKIP Tahun 2018", "")
    layout(d, tab, right={1, 2})
    d.komp(2018, k)
    d.B()
    d.L("C. Data Pemilih Pemilu 2019", "")
    kec = [("AESESA", 21), ("AESESA SELATAN", 10), ("BOAWAE", 25), ("KEO TENGAH", 14), ("MAUPONGGO", 20),
           ("NANGARORO", 14), ("WOLOWAE", 9)]
    _, tps, l, p = pemilu19(s)
    rows = kec_split(rnd, [n for n, _ in kec], (l, p), tps, 113)
    tab = [("No", "Kecamatan", "Desa/", "TPS", "", "DPT", ""),
           ("", "", "Kel", "", "L", "P", "L+P")]
    for i, ((n, _, tp, ll, pp), (_, de)) in enumerate(zip(rows, kec)):
        tab.append((str(i + 1), n, str(de), str(tp), id_int(ll), id_int(pp), id_int(ll + pp)))
        d.dpt("pemilu", 2019, "kecamatan", n, de, tp, ll, pp)
    tab.append(("", "JUMLAH", "113", str(tps), id_int(l), id_int(p), id_int(l + p)))
    d.dpt("pemilu", 2019, "kabupaten", REFNAME[s], 113, tps, l, p)
    d.L("Tabel 3.2 DPT Pemilu 2019 Kabupaten Nagekeo", "")
    layout(d, tab, right={2, 3, 4, 5, 6})
    d.B()
    d.PP(analisis(c, "partisipasi pemilih"), W)
    d.L("D. Realisasi Anggaran", "")
    rows = gen_budget(rnd, y, [("076.01.WA", [("3355", 1328700000), ("3360", 684500000)]),
                               ("076.01.CQ", [("6867", 1472300000), ("6872", 1046800000)])], unit=1000)
    tab = [("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")]
    for r in rows:
        vals = (id_int(r["pagu"] // 1000), id_int(r["real"] // 1000), id_int((r["pagu"] - r["real"]) // 1000),
                id_dec(serapan(r["pagu"], r["real"])))
        if r["tingkat"] == "program":
            lines = LONG[r["kode"]]
            for j, ln in enumerate(lines):
                tab.append((dkode(r["kode"]) if j == 0 else "", ln) + (vals if j == 1 else ("", "", "", "")))
        elif r["tingkat"] == "kegiatan":
            tab.append((r["kode"], SHORT[r["kode"]]) + vals)
        else:
            tab.append(("", "JUMLAH") + vals)
    d.L("Tabel 3.3 Realisasi Anggaran TA 2019 (dalam ribuan rupiah)", "")
    layout(d, tab, right={2, 3, 4, 5})
    ang_rows(d, rows, y)
    d.B()
    tutup(d, c, W)


LONG = {"076.01.WA": ["Program Dukungan", "Manajemen dan Pelaksanaan", "Tugas Teknis Lainnya"],
        "076.01.CQ": ["Program Penyelenggaraan", "Pemilu dalam Proses", "Konsolidasi Demokrasi"]}
SHORT = {"3355": "Pengelolaan Keuangan dan BMN", "3360": "Operasional Perkantoran",
         "6867": "Pembentukan Badan Adhoc", "6872": "Pemungutan dan Penghitungan Suara"}


# ====================================================================== 12. TTU 2022
def ttu_2022():
    """English numbers throughout; Capaian|Realisasi|Target order with Satuan; key:value SAKIP block."""
    s, y = "5303", 2022
    d, c, rnd, W = buka("dev3/lkj-ttu-2022.txt", s, y, 88)
    d.L("LAPORAN KINERJA TAHUN 2022", "KPU KABUPATEN TIMOR TENGAH UTARA", "", "Kefamenanu", "")
    d.FF()
    front(d, c, W, "Kefamenanu, 25 January 2023".replace("January", "Januari"), "MARSELINUS T. ABI, S.IP",
          "NIP. 19760909 200604 1 007")
    d.FF()
    bab1(d, c, W, 5)
    bab2(d, c, W, 3)
    d.FF()
    bab3(d, c, W)
    akip = skor(s, 2021)
    pa = predikat(akip)
    d.L("Table 3.1 Capaian Kinerja Sasaran Strategis 2022")
    d.R("No", "Indikator Kinerja", "Satuan", "Capaian (%)", "Realisasi", "Target")
    rows = [(SS["akip"], "Predikat", "100.00", pa, "B", None, None, "predikat"),
            (SS["bpk"], "Opini", "100.00", "WTP", "WTP", None, None, "opini"),
            (SS["mutakhir"], "%", "100.00", "100", "100", 100, 100, "persen"),
            (SS["kompetensi"], "%", "96.18", "81.75", "85", 81.75, 85, "persen"),
            (SS["sarpras"], "%", "102.39", "92.15", "90", 92.15, 90, "persen"),
            (SS["pelanggaran"], "%", "190.00", "0.5", "5", 0.5, 5, "persen"),
            (SS["kip"], "Nilai", "-", "Belum Penilaian", "80", None, 80, "nilai"),
            (SS["sengketa"], "%", "-", "-", "100", None, 100, "persen")]
    groups = {0: "Sasaran Strategis 1: Terwujudnya tata kelola organisasi yang akuntabel",
              2: "Sasaran Strategis 2: Meningkatnya kualitas penyelenggaraan Pemilu/Pemilihan",
              3: "Sasaran Strategis 3: Meningkatnya kapasitas dan profesionalitas sumber daya manusia",
              6: "Sasaran Strategis 4: Terwujudnya keterbukaan informasi dan kepastian hukum"}
    for i, (ind, sat, lap, rt, tt, rn, tn, satuan) in enumerate(rows):
        if i in groups:
            d.L(groups[i])
        d.R(i + 1, ind, sat, lap, rt, tt)
        lapn = None if lap == "-" else float(lap)
        if satuan in ("predikat", "opini"):
            d.cap(ind, tt, None, rt, None, satuan, lapn, grade=True)
        else:
            d.cap(ind, tt, tn, rt, rn, satuan, lapn, arah="turun" if ind == SS["pelanggaran"] else "naik")
    d.L("Source: Subbagian Perencanaan, Data dan Informasi", "")
    d.P("Nilai Keterbukaan Informasi Publik belum dinilai oleh Komisi Informasi Provinsi NTT pada tahun 2022, dan "
        "tidak ada sengketa hukum yang melibatkan KPU Kabupaten Timor Tengah Utara.", W)
    d.L("Table 3.2 Riwayat Nilai SAKIP")
    hist = [2018, 2019, 2020, 2021]
    d.R("Tahun yang Dinilai", *[str(h) for h in hist])
    d.R("Nilai", *[en_dec(skor(s, h)) for h in hist])
    d.R("Predikat", *[predikat(skor(s, h)) for h in hist])
    for h in hist:
        d.sakip(s, h, skor(s, h))
    d.B()
    k = komps(s, 2021, rnd, 0.66)
    d.L("Rincian Hasil Evaluasi AKIP Tahun 2021", "")
    for kk in ("perencanaan", "pengukuran", "pelaporan", "evaluasi_internal"):
        d.L(f"  {KNM[kk] + ' (bobot ' + str(k[kk][0]) + ')':<58}: {en_dec(k[kk][1])}")
    d.L(f"  {'Nilai Akhir':<58}: {en_dec(akip)} ({pa})", "")
    d.komp(2021, k)
    d.L("Table 3.3 Hasil Evaluasi Reformasi Birokrasi")
    d.R("Tahun", "Nilai", "Bobot", "Persen")
    for yy, v in ((2021, 21.05), (2022, 22.68)):
        persen = rbv(d, yy, v)
        d.R(yy, en_dec(v), "36.30", en_dec(persen) + "%")
    d.B()
    d.PP(analisis(c, "kesesuaian kompetensi pegawai"), W)
    _, tps, l, p = pemilu19(s)
    d.P(f"Jumlah Data Pemilih Berkelanjutan semester II tahun 2022 sebanyak 186,514 pemilih. Sebagai pembanding, "
        f"DPT Pemilu 2019 Kabupaten Timor Tengah Utara berjumlah {en_int(l + p)} pemilih terdiri atas "
        f"{en_int(l)} laki-laki dan {en_int(p)} perempuan di {tps} TPS.", W)
    d.dpt("pemilu", 2019, "kabupaten", REFNAME[s], None, tps, l, p, tidak=["jumlah_desa"])
    d.FF()
    d.L("B. Realisasi Anggaran", "")
    rows = gen_budget(rnd, y, [("076.01.WA", [("3355", 1618400000), ("3358", 286700000), ("3360", 952300000)]),
                               ("076.01.CQ", [("6640", 642500000), ("6709", 384900000)])], unit=1000)
    d.L("Table 3.4 Realisasi Anggaran TA 2022 (Rp 000)")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    for r in rows:
        kode = "" if r["tingkat"] == "total" else r["kode"]
        d.R(kode, "JUMLAH TOTAL" if r["tingkat"] == "total" else r["nama"], en_int(r["pagu"] // 1000),
            en_int(r["real"] // 1000), en_int((r["pagu"] - r["real"]) // 1000), en_dec(serapan(r["pagu"], r["real"])))
    ang_rows(d, rows, y)
    d.B()
    multi = {}
    for yy in (2018, 2019, 2020, 2021):
        if (s, yy) in KA:
            multi[yy] = KA[(s, yy)]
        else:
            pg = {2018: 6825400000, 2019: 19642300000, 2021: 3384100000}[yy]
            multi[yy] = (pg, int(pg * rnd.uniform(0.95, 0.995)) // 1000 * 1000)
    multi[2022] = (rows[-1]["pagu"], rows[-1]["real"])
    d.L("Table 3.5 Perkembangan Anggaran TA 2018-2022 (Rp 000)")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "Sisa", "% Serapan")
    for yy, (pg, rl) in sorted(multi.items()):
        d.R(yy, en_int(pg // 1000), en_int(rl // 1000), en_int((pg - rl) // 1000), en_dec(serapan(pg, rl)))
        if yy != 2022:
            d.ang("TOTAL", "total", "", pg, rl, serapan(pg, rl), tahun=yy)
    d.B()
    d.P("Nilai persediaan per 31 Desember 2022 sebesar Rp 48,215,300 dan aset tetap sebesar Rp 6,902,118,400 "
        "dicatat dalam Laporan Barang Milik Negara dan bukan bagian dari realisasi belanja.", W)
    tutup(d, c, W)


if __name__ == "__main__":
    for f in (sabu_raijua_2024, malaka_2023, nagekeo_2019, ttu_2022):
        f()
