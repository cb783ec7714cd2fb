#!/usr/bin/env python3
# dev10/ documents 1-6: Kupang 2020 (a wiki page's source, tables in MediaWiki markup,
# flattened), Ende 2020 (a LaTeX source, `&` between cells and `\\` at row ends), Sumba Timur
# 2021 (an e-mail reply quoting the report line by line with `> `), Ngada 2019 (LAKIP with its
# tables pasted as semicolon-separated values, flattened), Lembata 2021 (a fixed-width mainframe
# print with `----` underlines, flattened), Manggarai 2022 (budget per jenis belanja 51/52/53 as
# columns, hierarchical numbering 1 / 1.1 / 1.1.1).
# Run from etl/eval/testdata/blind/:   python3 dev10/author10a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common10 import (bagian, bahas, budget_rows, cap_baris, cap_tabel, cetak, dok, dpt_of,  # noqa: E402
                      fakta_anggaran, id_dec, id_int, IND, kec_bagi, kec_baris, kec_corpus, KEG,
                      KOMP_ID, komponen, NAMA, ORDER, predikat, PROG, rb_of, sakip_prosa, satuan_kol, selesai, serapan, skor, T, total_or,
                      wil, latex)
from lib import tulis  # noqa: E402

KOMP_KOL = ("Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)",
            "Evaluasi Internal (25)")


def kupang_2020():
    """Kupang 2020: the report kept as a wiki page; its source has MediaWiki tables (flattened)."""
    c, d = dok("lkj-kabupaten-kupang-2020", None, "Kupang", "Oelamasi|27 Januari 2021|Anderias Bessie, S.Sos.|19730814 199903 1 005",
                 ["'''LAPORAN KINERJA'''", "'''INSTANSI PEMERINTAH'''", "'''KOMISI PEMILIHAN UMUM KABUPATEN KUPANG'''",
                  "'''TAHUN ANGGARAN'''", "'''2020'''", "", "[[Berkas:Logo KPU.png|120px|center]]"],
                 flat=True, h1=("= BAB I PENDAHULUAN =",), h2=("= BAB II PERENCANAAN KINERJA =",),
                 sub=lambda n, t: f"== {n}. {t} ==",
                 bab3=("= BAB III AKUNTABILITAS KINERJA =", "", "== A. Capaian Kinerja ==", ""))
    rows = [("kompetensi", 80.0, 84.27, "naik"), ("sarana", 90.0, 93.64, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("simonika", 100.0, 95.65, "naik"),
            ("tidak_terdaftar", 2.0, 1.74, "turun")]
    tab = cap_baris(d, rows, [("akip", "B", predikat(skor("5301", 2019))), ("opini", "WTP", "WTP")],
                    lambda i, ind, t, r, cc: [i, ind, satuan_kol(ind), t, r, cc])
    T(d, ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"), tab, "wiki",
      caption="Tabel 3.1 Pengukuran Kinerja Tahun 2020")
    d.P("''Sumber: Subbagian Program, Data dan Informasi, diolah.''")
    bahas(d, c, ["simonika", "tidak_terdaftar"])
    d.L("== B. Evaluasi Akuntabilitas Kinerja ==", "")
    s = skor("5301", 2019)
    ks = komponen("5301", 2019)
    d.P(f"Hasil Evaluasi AKIP Tahun 2019 yang disampaikan Inspektorat KPU pada tahun 2020 per komponen "
        f"disajikan pada tabel berikut; nilai akhirnya {id_dec(s)} dengan predikat {predikat(s)}.")
    T(d, ("Tahun yang Dinilai",) + KOMP_KOL + ("Nilai", "Predikat"),
      [[2019] + [id_dec(v) for _, v in ks.values()] + [id_dec(s), predikat(s)]], "wiki",
      caption="Tabel 3.2 Nilai SAKIP per Komponen")
    d.sakip("5301", 2019, s)
    d.komp(2019, ks)
    bagian(d, "== C. Realisasi Anggaran ==")
    progs, tot = total_or("5301", 2020, "u8ku20", {"3355": 1.0, "3358": 0.5, "3360": 1.5}, {"6640": 0.6, "6709": 0.4})
    d.P("Realisasi anggaran Tahun 2020 menurut program dan kegiatan (dalam rupiah) adalah sebagai berikut.")
    T(d, ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
      budget_rows(progs, tot, lambda k, nm, p, x, lv: [k, ("'''" + nm + "'''") if lv < 2 else nm, id_int(p), id_int(x),
                                                        id_int(p - x), id_dec(serapan(p, x))], "'''JUMLAH'''"),
      "wiki", caption="Tabel 3.3 Realisasi Anggaran per Program dan Kegiatan")
    fakta_anggaran(d, progs, tot)
    d.P("Sisa anggaran sebagian besar berasal dari penghematan belanja perjalanan dinas akibat pembatasan "
        "kegiatan tatap muka selama pandemi Covid-19.")
    bagian(d, "== D. Data Pemilih ==")
    d.P("Pemutakhiran Data Pemilih Berkelanjutan tahun 2020 berpijak pada Daftar Pemilih Tetap Pemilu 2019 per "
        "kecamatan. Sebagai catatan, rekapitulasi Daftar Pemilih Berkelanjutan (DPB) semester II 2020 mencatat "
        "236.418 pemilih; angka ini masih bersifat sementara dan belum ditetapkan sebagai DPT.")
    kec = kec_corpus("dev6", "lkj-kabupaten-kupang-2019", "5301", "pemilu", 2019)
    T(d, ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"), kec_baris(d, "pemilu", 2019, kec, "'''JUMLAH'''"),
      "wiki", caption="Tabel 3.4 DPT Pemilu 2019 per Kecamatan")
    d.L("[[Kategori:Laporan Kinerja]]", "[[Kategori:KPU Kabupaten Kupang]]", "")
    selesai(d, c, bab=("= BAB IV PENUTUP =", ""))


def ende_2020():
    """Ende 2020: the LaTeX source of the report; `&` between cells (a TAB before each), `\\\\`."""
    c, d = dok("lkj-ende-2020", 100, "Ende", "Ende|26 Januari 2021|Yohanes Don Bosco Rega, S.Fil.|19740926 200212 1 003",
                 ["\\documentclass[12pt,a4paper]{report}", "\\usepackage[bahasa]{babel}", "\\begin{document}",
                  "\\begin{titlepage}", "\\centering", "{\\Large LAPORAN KINERJA}\\\\[4pt]",
                  "{\\large SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN ENDE}\\\\[4pt]", "{\\large TAHUN 2020}\\\\[2cm]",
                  "Ende, Januari 2021", "\\end{titlepage}"],
                 kp_judul="\\chapter*{KATA PENGANTAR}", h1=("\\chapter{PENDAHULUAN}",),
                 h2=("\\chapter{PERENCANAAN KINERJA}",), sub=lambda n, t: f"\\section{{{t}}}",
                 bab3=("\\chapter{AKUNTABILITAS KINERJA}", "", "\\section{Capaian Kinerja}", ""))
    rows = [("kompetensi", 75.0, 78.36, "naik"), ("sarana", 85.0, 88.74, "naik"),
            ("simonika", 100.0, 93.75, "naik"), ("pelanggaran", 5.0, 3.2, "turun"), ("gaji", 100.0, 100.0, "naik")]
    sel = lambda i, ind, t, r, cc: [i, ind, r, t, cc]
    tab = cap_baris(d, rows, [], sel)
    tab.append(sel(6, IND["lap_keu"], "4 Laporan", "4 Laporan", "100,00"))
    d.capaian(IND["lap_keu"], "4 Laporan", 4.0, "4 Laporan", 4.0, "laporan", "100,00")
    tab += [[7] + r[1:] for r in cap_baris(d, [], [("akip", "B", predikat(skor("5308", 2019)))], sel)]
    d.L("\\begin{table}[h]", "\\caption{Pengukuran Kinerja Tahun 2020}", "\\small")
    d.L(*latex(("No", "Indikator Kinerja", "Realisasi (%)", "Target (%)", "Capaian (%)"), tab, spec="|c|p{7cm}|r|r|r|"))
    d.L("\\end{table}", "")
    seri = [(2018, 70.0, 71.85), (2019, 72.5, 74.12), (2020, 75.0, 78.36)]
    d.P("Perkembangan indikator kesesuaian kompetensi pegawai dalam tiga tahun terakhir:")
    d.L(*latex(("Tahun", "Target (%)", "Realisasi (%)"), [[y, id_dec(t), id_dec(r)] for y, t, r in seri], spec="|c|r|r|"))
    for y, t, r in seri:
        d.seri(IND["kompetensi"], y, "target", id_dec(t), t, "persen")
        d.seri(IND["kompetensi"], y, "realisasi", id_dec(r), r, "persen")
    d.B()
    d.P("Indikator persentase penyelenggara yang terbukti melakukan pelanggaran bersifat negatif: semakin kecil "
        "realisasinya semakin baik, sehingga capaiannya dihitung dengan rumus $\\frac{T-(R-T)}{T}\\times 100\\%$.")
    bahas(d, c, ["pelanggaran"])
    s19, s18 = skor("5308", 2019), skor("5308", 2018)
    d.L("\\section{Evaluasi Akuntabilitas Kinerja}", "")
    d.P(f"Hasil evaluasi atas implementasi SAKIP tahun kinerja 2019 yang diterima pada tahun 2020 adalah "
        f"\\textbf{{{predikat(s19)} ({id_dec(s19)})}}, turun dibandingkan tahun kinerja 2018 yang memperoleh "
        f"{predikat(s18)} ({id_dec(s18)}). Rincian nilai tahun kinerja 2019 per komponen:")
    d.sakip("5308", 2019, s19)
    d.sakip("5308", 2018, s18)
    ks = komponen("5308", 2019)
    d.L(*latex(("Komponen", "Bobot", "Nilai"), [[KOMP_ID[k], id_dec(b), id_dec(v)] for k, (b, v) in ks.items()] +
               [["Jumlah", "100,00", id_dec(s19)]], bold_last=True))
    d.komp(2019, ks)
    d.B()
    d.FF()
    d.L("\\section{Realisasi Anggaran}", "")
    progs, tot = total_or("5308", 2020, "u8en20", {"3355": 1.0, "3358": 0.4, "3360": 1.6}, {"6640": 0.5, "6709": 0.5})
    d.P("Pagu DIPA Sekretariat KPU Kabupaten Ende Tahun Anggaran 2020 setelah revisi dan realisasinya per program "
        "dan kegiatan (dalam rupiah):\\footnote{Penerimaan Negara Bukan Pajak sebesar Rp~3.150.000 dari sewa "
        "kendaraan dinas disetor langsung ke kas negara dan tidak termasuk realisasi belanja.}")
    d.L("\\begin{longtable}{|l|p{6cm}|r|r|r|}")
    d.L(*latex(("Kode", "Uraian", "Pagu", "Realisasi", "Serapan"),
               budget_rows(progs, tot, lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), id_dec(serapan(p, x)) + "%"],
                           "JUMLAH"), bold_last=True)[1:-1])
    d.L("\\end{longtable}", "")
    fakta_anggaran(d, progs, tot)
    p18, r18 = 3946120000, 3802751300
    p19, r19 = total_of_known("5308", 2019)
    d.P("Perkembangan pagu dan realisasi tiga tahun terakhir:")
    yrs = [(2018, p18, r18), (2019, p19, r19), (2020, tot[0], tot[1])]
    d.L(*latex(("Tahun Anggaran", "Pagu", "Realisasi", "Serapan"),
               [[y, id_int(p), id_int(x), id_dec(serapan(p, x)) + "%"] for y, p, x in yrs], spec="|c|r|r|r|"))
    for y, p, x in yrs[:2]:
        d.ang("TOTAL", "total", "", p, x, serapan(p, x), tahun=y)
    d.B()
    d.P("Lonjakan pagu tahun 2019 disebabkan oleh penyelenggaraan Pemilu Serentak 2019.")
    d.L("\\section{Data Pemilih}", "")
    tps, lk, pr, _ = dpt_of("5308", "pemilu", 2019)
    d.P(f"Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ende yang menjadi dasar pemutakhiran data pemilih "
        f"berkelanjutan berjumlah {id_int(lk + pr)} pemilih, terdiri dari {id_int(lk)} laki-laki dan "
        f"{id_int(pr)} perempuan, yang tersebar di {tps} TPS.")
    d.dpt("pemilu", 2019, "kabupaten", wil("5308"), None, tps, lk, pr, tidak=["jumlah_desa"])
    selesai(d, c, bab=("\\chapter{PENUTUP}", ""), lampiran=lambda d: d.L("\\end{document}"))


def total_of_known(s, y):
    from common10 import total_of
    v = total_of(s, y)
    assert v, (s, y)
    return v


def sumba_timur_2021():
    """Sumba Timur 2021: an e-mail reply that quotes the whole draft report with `> `."""
    c, d = dok("lkj-sumba-timur-2021", 78, "Sumba Timur", "Waingapu|21 Januari 2022|Umbu Djawa Rihi, S.E.|19760419 200501 1 008",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TIMUR", "TAHUN 2021", "", "Waingapu"])
    rows = [("kompetensi", 80.0, 81.92, "naik"), ("sarana", 90.0, 91.48, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("simonika", 100.0, 97.22, "naik"),
            ("arsip", 70.0, 74.63, "naik")]
    d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
    cetak(d, cap_baris(d, rows, [("akip", "B", predikat(skor("5311", 2020))), ("opini", "WTP", "WTP")],
                       lambda i, ind, t, r, cc: [i, ind, satuan_kol(ind), t, r, cc]))
    d.B()
    d.L("[[KOMENTAR]] Tabel 3.1 sudah sesuai dengan PK yang ditandatangani. -- ydp", "")
    bahas(d, c, ["simonika"])
    sakip_prosa(d, 2020, lambda s20: f"Berdasarkan hasil evaluasi Inspektorat KPU atas tahun kinerja 2020, SAKIP Sekretariat "
                f"KPU Kabupaten Sumba Timur memperoleh nilai {id_dec(s20)} dengan predikat {predikat(s20)}.")
    bagian(d, "B. Realisasi Anggaran")
    progs, tot = total_or("5311", 2021, "u8st21", {"3355": 1.0, "3358": 0.5, "3360": 1.5}, {"6640": 0.5, "6709": 0.4})
    d.R("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
    for r in budget_rows(progs, tot, lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), id_int(p - x), id_dec(serapan(p, x))]):
        d.R(*r)
    fakta_anggaran(d, progs, tot)
    d.B()
    d.L("[[KOMENTAR]] Angka PNBP Rp 1.875.000 (lelang kendaraan) jangan dimasukkan ke realisasi belanja, cukup", "disebut di catatan. -- ydp", "")
    bagian(d, "C. Data Pemilih Pemilihan 2020")
    d.P("Rekapitulasi Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Timur Tahun 2020 per kecamatan, "
        "beserta Daftar Pemilih Tambahan (DPTb) dan Daftar Pemilih Khusus (DPK) pada hari pemungutan suara:")
    kec = kec_corpus("dev6", "lkj-sumba-timur-2020", "5311", "pilkada", 2020)
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "DPT L", "DPT P", "DPT L+P", "DPTb", "DPK")
    import random
    rnd = random.Random("u8st-dptb")
    # DPTb and DPK (not facts) drawn per kecamatan; the JUMLAH line prints the year's recap figures
    tb = lambda i: [rnd.randint(3, 60), rnd.randint(0, 25)] if i != "" else [612, 247]
    cetak(d, kec_baris(d, "pilkada", 2020, kec, "JUMLAH",
                       lambda i, n, de, t, a, b: [i, n, de, t, id_int(a), id_int(b), id_int(a + b)] + tb(i)))
    d.B()

    def surel(d):
        body = [ln for ln in d.lines if ln != "\f"]
        quoted = [ln if ln.startswith("[[KOMENTAR]]") or (body[i - 1].startswith("[[KOMENTAR]]") and ln and not ln.startswith(">"))
                  and ln == "disebut di catatan. -- ydp" else ("> " + ln if ln else ">") for i, ln in enumerate(body)]
        quoted = [q.replace("[[KOMENTAR]] ", "") for q in quoted]
        d.lines = ["From: Yosef Dedi Pekuwali <program.kpusumbatimur@gmail.com>",
                   "To: Sekretariat KPU Kab. Sumba Timur <sekretariat.kpusumbatimur@gmail.com>",
                   "Cc: Subbag Keuangan KPU Sumba Timur <keuangan.kpusumbatimur@gmail.com>",
                   "Subject: Re: Draf LKj Tahun 2021 untuk dikoreksi",
                   "Date: Mon, 24 Jan 2022 09:14:03 +0800", "",
                   "Selamat pagi Pak Sekretaris,", "",
                   "Berikut draf LKj 2021 dengan koreksi saya di sela-sela teks (baris yang tidak diawali tanda >).",
                   "Angka capaian dan anggaran sudah saya cocokkan dengan aplikasi SAKTI dan dokumen PK.", "",
                   "Salam,", "Yosef", "", "Pada tanggal Jum, 21 Jan 2022 pukul 16.02, Sekretariat KPU Kab. Sumba Timur menulis:"] + quoted
    selesai(d, c, lampiran=surel)


def ngada_2019():
    """Ngada 2019: LAKIP whose tables were pasted as semicolon-separated values (flattened)."""
    c, d = dok("lakip-ngada-2019", 90, "Ngada", "Bajawa|30 Januari 2020|Fransiskus Xaverius Bhara, S.H.|19690507 199403 1 009",
               ["LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "(LAKIP)", "SEKRETARIAT KPU KABUPATEN NGADA",
                "TAHUN ANGGARAN", "2019", "", "Bajawa"], flat=True)
    rows = [("partisipasi", 77.5, 84.63, "naik"), ("perempuan", 77.5, 86.18, "naik"),
            ("jadwal", 100.0, 100.0, "naik"), ("pemutakhiran", 100.0, 100.0, "naik"),
            ("logistik", 100.0, 98.64, "naik")]
    sas = ["Meningkatnya partisipasi pemilih"] * 2 + ["Terselenggaranya Pemilu yang berkualitas"] * 3 + \
        ["Meningkatnya akuntabilitas kinerja"] * 2
    tab = cap_baris(d, rows, [("akip", "CC", predikat(skor("5309", 2018))), ("opini", "WTP", "WTP")],
                    lambda i, ind, t, r, cc: [i, sas[i - 1], ind, t, r, cc])
    d.P("Tabel 3.1 Pengukuran Kinerja Tahun 2019 (disalin dari lembar kerja pengukuran kinerja):")
    T(d, ("No", "Sasaran Strategis", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)"), tab, "csv")
    bahas(d, c, ["partisipasi", "logistik"])
    s18 = skor("5309", 2018)
    ks = komponen("5309", 2018)
    d.P("Tabel 3.2 Nilai Evaluasi SAKIP tahun kinerja 2018 per komponen (diterima tahun 2019):")
    T(d, ("Tahun Kinerja",) + KOMP_KOL + ("Total", "Predikat"),
      [[2018] + [id_dec(v) for _, v in ks.values()] + [id_dec(s18), predikat(s18)]], "csv")
    d.sakip("5309", 2018, s18)
    d.komp(2018, ks)
    bagian(d, "B. Realisasi Anggaran")
    progs, tot = total_or("5309", 2019, "u8ng19", {"3355": 0.8, "3358": 0.4, "3360": 1.2},
                          {"6639": 1.4, "6640": 0.7, "6709": 0.6, "6871": 1.1, "6872": 2.5})
    d.P("Tabel 3.3 Realisasi Anggaran Tahun 2019 per program dan kegiatan (rupiah):")
    T(d, ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Serapan (%)"),
      budget_rows(progs, tot, lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), id_dec(serapan(p, x))], "JUMLAH TOTAL"), "csv")
    fakta_anggaran(d, progs, tot)
    p18, r18 = total_of_known("5309", 2018)
    d.P(f"Dibandingkan Tahun Anggaran 2018 dengan pagu Rp {id_int(p18)} dan realisasi Rp {id_int(r18)} "
        f"({id_dec(serapan(p18, r18))}%), pagu tahun 2019 meningkat tajam karena tahapan Pemilu Serentak.")
    d.ang("TOTAL", "total", "", p18, r18, serapan(p18, r18), tahun=2018)
    bagian(d, "C. Daftar Pemilih Tetap Pemilu 2019")
    ref = kec_corpus("dev5", "lkj-ngada-2020", "5309", "pilkada", 2020)
    tps, lk, pr, _ = dpt_of("5309", "pemilu", 2019)
    kec = kec_bagi("u8ng19", [r[0] for r in ref], [r[1] for r in ref], tps, lk, pr)
    d.P("Daftar Pemilih Sementara (DPS) Pemilu 2019 yang diumumkan pada Juni 2018 berjumlah 103.906 pemilih; "
        "setelah masukan dan tanggapan masyarakat, DPT hasil perbaikan per kecamatan adalah sebagai berikut.")
    d.P("Tabel 3.4 DPT Pemilu 2019 per Kecamatan:")
    T(d, ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"), kec_baris(d, "pemilu", 2019, kec, "JUMLAH"), "csv")
    selesai(d, c)


SATKER_KAPITAL = {"53": "PROVINSI NTT", "5302": "TTS", "5303": "TTU", "5319": "MANGARAI TIMUR", "5371": "KOTA KUPANG"}


def lembata_2021():
    """Lembata 2021: a fixed-width print, `----` under each header (flattened); PK targets apart."""
    rows = [("kompetensi", 80.0, 82.56, "naik"), ("sarana", 90.0, 88.47, "naik"),
            ("pemutakhiran", 100.0, 100.0, "naik"), ("simonika", 100.0, 94.44, "naik"),
            ("arsip", 75.0, 78.91, "naik")]

    def pk(d):
        d.P("Perjanjian Kinerja Tahun 2021 memuat indikator dan target sebagai berikut.")
        T(d, ("NO", "INDIKATOR KINERJA", "SATUAN", "TARGET"),
          [[i, IND[k], "%", id_dec(t)] for i, (k, t, _, _) in enumerate(rows, 1)] +
          [[6, IND["akip"], "Predikat", "BB"], [7, IND["opini"], "Opini", "WTP"]], "tetap", maks={1: 46})
    c, d = dok("lkj-lembata-2021", 84, "Lembata", "Lewoleba|25 Januari 2022|Paulus Kia Lamanepa, S.Sos.|19700211 199603 1 004",
               ["KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "LAPORAN KINERJA TAHUN 2021", "", "Lewoleba, Januari 2022"],
               flat=True, lalu=pk)
    tab = cap_baris(d, rows, [("akip", "BB", predikat(skor("5313", 2020))), ("opini", "WTP", "WTP")],
                    lambda i, ind, t, r, cc: [i, ind, r, cc])
    d.P("Realisasi dan capaian indikator kinerja tahun 2021 (target sebagaimana Perjanjian Kinerja pada Bab II):")
    T(d, ("NO", "INDIKATOR KINERJA", "REALISASI", "CAPAIAN %"), tab, "tetap", maks={1: 46})
    bahas(d, c, ["sarana"])
    ys = [2018, 2019]
    d.P("Riwayat hasil evaluasi SAKIP Sekretariat KPU Kabupaten Lembata sebelum tahun kinerja 2020:")
    T(d, ("TAHUN YANG DINILAI", "NILAI", "PREDIKAT"), [[y, id_dec(skor("5313", y)), predikat(skor("5313", y))] for y in ys], "tetap")
    for y in ys:
        d.sakip("5313", y, skor("5313", y))
    s20 = skor("5313", 2020)
    d.P(f"Hasil evaluasi tahun kinerja 2020 yang diterima pada tahun 2021 adalah {predikat(s20)} ({id_dec(s20)}). "
        "Hasil evaluasi seluruh satuan kerja KPU di Provinsi Nusa Tenggara Timur atas tahun kinerja 2020, menurut "
        "kode wilayah, sebagai pembanding:")
    T(d, ("KODE", "SATKER", "NILAI", "PREDIKAT"),
      [[s[:2] + ("." + s[2:] if len(s) > 2 else ""), SATKER_KAPITAL.get(s, NAMA[s].upper()), id_dec(skor(s, 2020)),
        predikat(skor(s, 2020))] for s in ORDER], "tetap")
    for s in ORDER:
        d.sakip(s, 2020, skor(s, 2020))
    nb = rb_of("5313", 2021, 0)
    d.P("Hasil penilaian mandiri pelaksanaan Reformasi Birokrasi (PMPRB) tahun 2021:")
    peng = round(nb[0] * 0.62, 2)
    T(d, ("KOMPONEN RB", "BOBOT", "NILAI", "PERSEN"),
      [["Komponen Pengungkit", "21,78", id_dec(peng), id_dec(peng / 21.78 * 100)],
       ["Komponen Hasil", "14,52", id_dec(round(nb[0] - peng, 2)), id_dec(round(nb[0] - peng, 2) / 14.52 * 100)],
       ["INDEKS RB", id_dec(nb[1]), id_dec(nb[0]), id_dec(nb[2])]], "tetap")
    d.rb(2021, *nb)
    bagian(d, "B. REALISASI ANGGARAN")
    progs, tot = total_or("5313", 2021, "u8lb21", {"3355": 1.0, "3358": 0.5, "3360": 1.5}, {"6640": 0.5, "6709": 0.4})
    d.P("Realisasi anggaran per program dan kegiatan, dicetak dari aplikasi SAKTI modul monitoring:")
    T(d, ("KODE", "URAIAN", "PAGU", "REALISASI", "SISA", "%"),
      budget_rows(progs, tot, lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), id_int(p - x), id_dec(serapan(p, x))], "JUMLAH"),
      "tetap", maks={1: 34})
    fakta_anggaran(d, progs, tot)
    bagian(d, "C. DAFTAR PEMILIH")
    kec = kec_corpus("dev8", "lakip-lembata-2019", "5313", "pemilu", 2019)
    d.P("DPT Pemilu 2019 per kecamatan yang menjadi dasar pemutakhiran berkelanjutan:")
    T(d, ("NO", "KECAMATAN", "DESA/KEL", "TPS", "LAKI-LAKI", "PEREMPUAN", "L+P"),
      kec_baris(d, "pemilu", 2019, kec, "JUMLAH"), "tetap")
    selesai(d, c)


def manggarai_2022():
    """Manggarai 2022: budget per jenis belanja (51/52/53) as columns, numbering 1 / 1.1 / 1.1.1."""
    c, d = dok("lkj-manggarai-2022", 94, "Manggarai", "Ruteng|20 Januari 2023|Maksimus Jehamat, S.Fil.|19750304 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI", "TAHUN 2022", "", "Ruteng"])
    groups = [("1", "Meningkatnya kualitas penyelenggaraan Pemilu dan Pemilihan",
               [("pemutakhiran", 100.0, 100.0, "naik"), ("sengketa", 100.0, 100.0, "naik")]),
              ("2", "Meningkatnya kualitas tata kelola kesekretariatan",
               [("kompetensi", 82.0, 85.31, "naik"), ("sarana", 90.0, 87.96, "naik"), ("simonika", 100.0, 98.61, "naik")])]
    d.L("Tabel 3.1 Capaian Indikator Kinerja Tahun 2022", "")
    d.R("No", "Sasaran / Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
    for g, nm, rows in groups:
        d.R(g, nm, "", "", "")
        for j, (k, tt, rt, cc) in enumerate(cap_tabel(d, rows), 1):
            d.R(f"{g}.{j}", IND[k], tt, rt, cc)
    akip = predikat(skor("5310", 2021))
    d.R("3", "Meningkatnya akuntabilitas kinerja", "", "", "")
    cyr = akip.replace("B", "\u0412").replace("C", "\u0421")  # the realisasi typed with Cyrillic letters
    cetak(d, cap_baris(d, [], [("akip", "B", cyr), ("opini", "WTP", "WTP")],
                       lambda i, ind, t, r, cc: [f"3.{i}", ind, t, r, cc]))
    d.B()
    bahas(d, c, ["sarana"])
    sakip_prosa(d, 2021, lambda s21: f"Evaluasi SAKIP atas tahun kinerja 2021 yang hasilnya diterima pada bulan November "
                f"2022 memberikan nilai {id_dec(s21)} dengan predikat {predikat(s21)}.")
    bagian(d, "B. Realisasi Anggaran per Jenis Belanja")
    progs, tot = total_or("5310", 2022, "u8mg22", {"3355": 1.0, "3358": 0.5, "3360": 1.6}, {"6640": 0.7, "6709": 0.5})
    d.P("Tabel berikut merinci pagu menurut jenis belanja (51 Belanja Pegawai, 52 Belanja Barang, 53 Belanja Modal) "
        "beserta jumlah pagu dan realisasinya, dalam rupiah. Output kegiatan 3360 dirinci sampai tingkat output.")
    import random
    rnd = random.Random("u8mg22-jb")
    outs = {"3360": [("3360.EBA.994", 0.72), ("3360.EBB.951", 0.28)]}
    d.R("No", "Kode", "Uraian", "51", "52", "53", "Jumlah Pagu", "Realisasi", "%")

    def jb(p, lv, kode):
        if kode.startswith("3358") or kode == "3358":
            a = int(p * 0.55) // 1000 * 1000
        elif kode in ("076.01.WA", ""):
            return None
        else:
            a = 0
        m = int(p * 0.18) // 1000 * 1000 if kode in ("3360", "3360.EBB.951") else 0
        return a, p - a - m, m

    def baris(no, kode, nm, p, x, parts):
        cells = [id_int(v) if v else "-" for v in parts] if parts else ["", "", ""]
        d.R(no, kode, nm, *cells, id_int(p), id_int(x), id_dec(serapan(p, x)))
    for i, (prog, ks, p, x) in enumerate(progs, 1):
        d.R(i, prog, PROG[prog], "", "", "", id_int(p), id_int(x), id_dec(serapan(p, x)))
        for j, (k, kp, kx) in enumerate(ks, 1):
            baris(f"{i}.{j}", k, KEG[k], kp, kx, jb(kp, 2, k))
            if k in outs:
                acc_p = acc_x = 0
                for n, (ok, w) in enumerate(outs[k], 1):
                    last = n == len(outs[k])
                    op = kp - acc_p if last else int(kp * w) // 1000 * 1000
                    ox = kx - acc_x if last else int(kx * w * rnd.uniform(0.99, 1.01))
                    acc_p += op
                    acc_x += ox
                    nm = {"3360.EBA.994": "Layanan Perkantoran", "3360.EBB.951": "Layanan Sarana Internal"}[ok]
                    baris(f"{i}.{j}.{n}", ok, nm, op, ox, jb(op, 3, ok))
                    d.ang(ok, "output", k, op, ox, serapan(op, ox))
    d.R("", "", "JUMLAH", "", "", "", id_int(tot[0]), id_int(tot[1]), id_dec(serapan(*tot)))
    fakta_anggaran(d, progs, tot)
    d.B()
    d.P("Selain belanja, satuan kerja mencatat Penerimaan Negara Bukan Pajak sebesar Rp 4.260.000 dan nilai aset "
        "tetap per 31 Desember 2022 sebesar Rp 2.981.445.120 sebagaimana Laporan Barang Milik Negara.")
    bagian(d, "C. Data Pemilih Pemilihan Serentak 2020")
    d.P("Sebagai dasar pemutakhiran data pemilih berkelanjutan tahun 2022, berikut DPT Pemilihan Bupati dan Wakil "
        "Bupati Manggarai Tahun 2020 per kecamatan.")
    head = ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
    d.R(*head)
    kec = kec_corpus("dev4", "lkj-manggarai-2021", "5310", "pilkada", 2020)
    cetak(d, kec_baris(d, "pilkada", 2020, kec, "Total Kab. Manggarai"), (7, lambda d: (
        d.L("", "Laporan Kinerja KPU Kabupaten Manggarai Tahun 2022 - 31", "\f", "Tabel 3.3 (lanjutan)"), d.R(*head))))
    d.B()
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2020, ende_2020, sumba_timur_2021, ngada_2019, lembata_2021, manggarai_2022)
