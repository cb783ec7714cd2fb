#!/usr/bin/env python3
# dev11/ documents 7-12: Nagekeo 2020 (each indicator a sentence of a numbered list; budget
# in Rp ribu with three decimals), Sumba Tengah 2020 (percentages with a dot decimal in an
# otherwise Indonesian text; a two-year budget table; a Jenis Belanja trap), Sumba Barat Daya 2019
# (SAKIP and RB only in a chart's data labels left in the text, all 23 satkers in one chart),
# Manggarai Timur 2021 (assembled from two drafts, the capaian chapter twice and both copies
# agreeing; DPT one table per dapil with a dapil subtotal each), Sabu Raijua 2023 (`Total
# Keseluruhan` first, negatives with a trailing minus, DPTb/DPK beside the DPT), Malaka 2019
# (LAKIP with an all-satker SAKIP table and an errata page that corrects one figure).
# Run from etl/eval/testdata/blind/:   python3 dev11/author11b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common11 import (baris, pk_tabel, potong_total, r_tanpa, bahas, capaian_std, CAP_HEAD, dok, DPT_HEAD, en_dec, id_dec, id_int, IND,  # noqa: E402
                      kec_baris, kec_lama, KOMP_ID, komponen, NAMA, ORDER, predikat, r_bungkus, r_grup, r_patah, r_tab, rb_std,
                      sec_anggaran, sec_capaian, sec_dpt, sec_dpt_prosa, sec_sakip, selesai, serapan, seri_fakta, skor, sumber)
from common10 import total_of  # noqa: E402
from lib import tulis  # noqa: E402

SINGKAT = {"53": "Prov. NTT", "5302": "TTS", "5303": "TTU", "5371": "Kota Kupang"}


def ribu(v):
    """Rupiah as Rp ribu with three decimals: 3702450000 -> 3.702.450,000."""
    return id_dec(v / 1000, 3)


def nagekeo_2020():
    """Nagekeo 2020: indicators as numbered sentences; budget in Rp ribu with decimals; RB table."""
    c, d = dok("lkj-nagekeo-2020", "Nagekeo", "Mbay|28 Januari 2021|Yohanes Donbosko Ngebu, S.Pd.|19720615 199803 1 008",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN NAGEKEO", "", "TAHUN ANGGARAN", "2020"], W=90)
    rows = baris("kompetensi 75 79.46, sarana 85 87.21, gaji 100 100, simonika 100 95.83, tidak_terdaftar- 3 2.47")
    d.P("Capaian indikator kinerja sasaran strategis Tahun 2020 diuraikan satu per satu sebagai berikut.")
    for no, ind, sat, t, r, cc in capaian_std(d, rows):
        if sat == "%":
            d.P(f"{no}. {ind}: target {t}%, terealisasi {r}%, sehingga capaian kinerjanya {cc}%.")
        else:
            d.P(f"{no}. {ind}: target {sat.lower()} {t}, realisasi {sat.lower()} {r}"
                + (f", capaian {cc}%." if cc != "-" else ", target belum tercapai."))
    sumber(d)
    seri = [(2018, 70.0, 72.18), (2019, 72.5, 75.64), (2020, 75.0, 79.46)]
    d.P("Perkembangan indikator kesesuaian kompetensi pegawai tiga tahun terakhir:")
    for y, t, r in seri:
        d.L(f"- Tahun {y}: target {id_dec(t)}%, realisasi {id_dec(r)}%;")
    seri_fakta(d, "kompetensi", seri)
    d.B()
    bahas(d, c, ["simonika"])
    sec_sakip(d, r_tab, 2019)
    nilai, bobot, pct = rb_std(d, 2020, 21.78)
    r_tab(d, "Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2020", ("Uraian", "Nilai", "Bobot", "%"),
          [["Komponen Pengungkit dan Hasil", id_dec(nilai), id_dec(bobot), id_dec(pct)]])
    sec_anggaran(d, r_tab, "u11ng20", head=("Kode", "Program / Kegiatan", "Pagu (Rp ribu)", "Realisasi (Rp ribu)",
                                             "Sisa (Rp ribu)", "%"),
                 sel=lambda k, nm, p, x, lv: [k, nm, ribu(p), ribu(x), ribu(p - x), id_dec(serapan(p, x))],
                 pre="Realisasi anggaran Tahun 2020 disajikan dalam ribuan rupiah dengan tiga angka desimal, "
                     "sebagaimana keluaran aplikasi SAKTI.")
    sec_dpt(d, r_patah(4, "LKj KPU Kabupaten Nagekeo Tahun 2020"), "pemilu", 2019, label="Jumlah")
    selesai(d, c)


def sumba_tengah_2020():
    """Sumba Tengah 2020: dot-decimal percentages; a 2019-2020 budget table; Jenis Belanja trap."""
    c, d = dok("lkj-sumba-tengah-2020", "Sumba Tengah", "Waibakul|29 Januari 2021|Umbu Djoka Landu, S.H.|19790308 200604 1 005",
               ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2020"], W=100)
    rows = baris("kompetensi 70 73.64, sarana 80 83.27, pemutakhiran 100 100, simonika 100 92.86, pelanggaran- 5 4.2")
    sec_capaian(d, c, r_tab, rows, ["simonika", "pelanggaran"], pct_en=True)
    sec_sakip(d, r_tab, 2019)
    s18 = skor("5317", 2018)
    d.sakip("5317", 2018, s18)
    d.P(f"Sebagai pembanding, nilai tahun kinerja 2018 adalah {id_dec(s18)} dengan predikat {predikat(s18)}.")
    seri = [(2019, 75.0, 78.27), (2020, 80.0, 83.27)]
    r_tab(d, "Tabel 3.2a Tren Ketersediaan Sarana dan Prasarana", ("Tahun", "Target (%)", "Realisasi (%)"),
          [[y, en_dec(t), en_dec(r)] for y, t, r in seri])
    seri_fakta(d, "sarana", seri, en_dec)
    nilai, bobot, pct = rb_std(d, 2020, 19.74)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2020 memberikan nilai {id_dec(nilai)} dari bobot {id_dec(bobot)}, "
        f"setara {en_dec(pct)}% dari nilai maksimal.")
    tot = sec_anggaran(d, r_tab, "u11st20", sel=lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), id_int(p - x),
                                                                         en_dec(serapan(p, x))])
    p19, x19 = total_of("5317", 2019)
    d.ang("TOTAL", "total", "", p19, x19, serapan(p19, x19), tahun=2019)
    r_tab(d, "Tabel 3.3a Perbandingan Realisasi Anggaran 2019-2020", ("Tahun Anggaran", "Pagu", "Realisasi", "Serapan (%)"),
          [[y, id_int(p), id_int(x), en_dec(serapan(p, x))] for y, (p, x) in ((2019, (p19, x19)), (2020, tot))])
    gp = int(tot[1] * 0.52)
    gb = int(tot[1] * 0.45)
    r_tab(d, "Tabel 3.3b Realisasi Menurut Jenis Belanja Tahun 2020", ("Jenis Belanja", "Realisasi"),
          [["Belanja Pegawai", id_int(gp)], ["Belanja Barang", id_int(gb)], ["Belanja Modal", id_int(tot[1] - gp - gb)]])
    sec_dpt(d, r_tab, "pemilu", 2019, label="Kab. Sumba Tengah")
    selesai(d, c)


def grafik(judul, pasangan):
    """A chart's data labels as the PDF's text layer leaves them: caption, then label: value pairs
    joined by ` | `, wrapped after every six."""
    out = [judul]
    for i in range(0, len(pasangan), 6):
        out.append(" | ".join(f"{a}: {b}" for a, b in pasangan[i:i + 6]))
    return out + [""]


def sumba_barat_daya_2019():
    """SBD 2019: SAKIP 2018 of all 23 satkers and RB 2019 only in charts' data labels."""
    c, d = dok("lkj-sumba-barat-daya-2019", "Sumba Barat Daya", "Tambolaka|24 Januari 2020|Agustinus Bora Ngongo, S.Sos.|19740510 200312 1 009",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA BARAT DAYA", "TAHUN ANGGARAN 2019"])
    rows = baris("partisipasi 77.5 85.29, perempuan 77.5 86.73, jadwal 100 100, logistik 100 100, tidak_terdaftar- 2 1.86")
    sec_capaian(d, c, r_grup({0: "Sasaran Strategis 1: Meningkatnya kualitas penyelenggaraan Pemilu",
                              2: "Sasaran Strategis 2: Terselenggaranya tahapan Pemilu tepat waktu",
                              5: "Sasaran Strategis 3: Meningkatnya akuntabilitas kinerja dan keuangan"}),
                rows, ["partisipasi", "logistik"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    d.P("Hasil evaluasi SAKIP tahun kinerja 2018 seluruh satuan kerja KPU di Nusa Tenggara Timur yang diterima pada "
        "tahun 2019 ditampilkan pada grafik berikut (label data grafik).")
    pas = []
    for s in ORDER:
        v = skor(s, 2018)
        d.sakip(s, 2018, v)
        pas.append((SINGKAT.get(s, NAMA[s]), id_dec(v)))
    d.L(*grafik("Gambar 3.1 Nilai Evaluasi AKIP Tahun 2018 Satker KPU se-NTT", pas))
    ks = komponen("5318", 2018)
    d.komp(2018, ks)
    d.L(*grafik("Gambar 3.2 Nilai per Komponen SAKIP 2018 KPU Kab. Sumba Barat Daya",
                [(f"{KOMP_ID[k]} ({b})", id_dec(v)) for k, (b, v) in ks.items()]))
    nilai, bobot, pct = rb_std(d, 2019, 20.96)
    d.L(*grafik("Gambar 3.3 Evaluasi Reformasi Birokrasi 2019", [("Nilai", id_dec(nilai)), ("Bobot", id_dec(bobot)),
                                                                  ("Persentase", id_dec(pct))]))
    d.P("Nilai-nilai di atas hanya tersedia dalam bentuk grafik pada Lembar Hasil Evaluasi.")
    sec_anggaran(d, r_tab, "u11sd19", total="TOTAL")
    sec_dpt_prosa(d, "pemilu", 2019, lambda tps, l, p, tot: (
        f"DPT Pemilu 2019 Kabupaten Sumba Barat Daya hasil perbaikan ketiga (DPTHP-3) ditetapkan sebanyak {tot} "
        f"pemilih ({l} laki-laki dan {p} perempuan) di {tps} TPS. Sebelumnya DPS berjumlah "
        "212.447 pemilih."))
    selesai(d, c)


def manggarai_timur_2021():
    """Manggarai Timur 2021: two drafts joined (capaian chapter twice); DPT per dapil."""
    c, d = dok("lkj-manggarai-timur-2021", "Manggarai Timur", "Borong|25 Januari 2022|Ignasius Hadun, S.Fil.|19760114 200212 1 003",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2021", "", "(gabungan draf 1 dan draf 2)"], W=92)
    rows = baris("kompetensi 80 81.93, sarana 90 92.68, pemutakhiran 100 100, arsip 75 77.12, simonika 100 96.15")
    cap = capaian_std(d, rows)
    for draf in ("[draf 1 - 10 Januari 2022]", "[draf 2 - 18 Januari 2022, bab ini tidak berubah]"):
        d.L(draf, "")
        r_tab(d, "Tabel 3.1 Pengukuran Kinerja Tahun 2021", CAP_HEAD, cap)
        sumber(d)
        bahas(d, c, ["arsip"])
    sec_sakip(d, r_tab, 2020)
    sec_anggaran(d, r_tab, "u11mt21", total="Jumlah", head=("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "%"),
                 sel=lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), id_dec(serapan(p, x))])
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("DPT Pemilu 2019 menjadi dasar pemutakhiran data pemilih berkelanjutan tahun 2021. Rekapitulasinya disajikan "
        "per daerah pemilihan (dapil), masing-masing dengan jumlah dapil.")
    kec = kec_lama("5319", "pemilu", 2019)
    rows = kec_baris(d, "pemilu", 2019, kec, "TOTAL KAB. MANGGARAI TIMUR")
    for i, (a, b) in enumerate(((0, 3), (3, 6), (6, len(kec))), 1):
        d.L(f"Dapil Manggarai Timur {i}")
        d.R(*DPT_HEAD)
        grp = kec[a:b]
        for r in rows[a:b]:
            d.R(*r)
        d.R("", f"Jumlah Dapil {i}", sum(k[1] for k in grp), sum(k[2] for k in grp), id_int(sum(k[3] for k in grp)),
            id_int(sum(k[4] for k in grp)), id_int(sum(k[3] + k[4] for k in grp)))
        d.B()
    d.R(*rows[-1])
    d.B()
    selesai(d, c)


def minus(v):
    """An amount as the ledger prints it: negatives with a trailing minus (1.234-)."""
    return id_int(-v) + "-" if v < 0 else id_int(v)


def sabu_raijua_2023():
    """Sabu Raijua 2023: `Total Keseluruhan` first, trailing-minus Selisih; DPTb/DPK beside DPT."""
    rows = baris("kompetensi 80 83.57, sarana 90 94.21, pemutakhiran 100 100, jadwal 100 100, simonika 100 97.37")
    c, d = dok("lkj-sabu-raijua-2023", "Sabu Raijua", "Seba|26 Januari 2024|Yulius Rohi Bire, S.E.|19781203 200701 1 004",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA", "Periode Januari - Desember 2023"], W=98,
               lalu=pk_tabel(rows))
    d.P("Target setiap indikator tercantum pada Tabel 2.1 (Perjanjian Kinerja); tabel berikut memuat realisasinya.")
    sec_capaian(d, c, r_tanpa(3), rows, ["simonika"])
    s22 = sec_sakip(d, r_tab, 2022)
    s21, s20 = skor("5320", 2021), skor("5320", 2020)
    d.sakip("5320", 2021, s21)
    d.sakip("5320", 2020, s20)
    d.P(f"Dua evaluasi sebelumnya memberikan {predikat(s20)} ({id_dec(s20)}) untuk tahun kinerja 2020 dan "
        f"{predikat(s21)} ({id_dec(s21)}) untuk tahun kinerja 2021, sehingga nilai {id_dec(s22)} tahun kinerja 2022 "
        f"{'melanjutkan kenaikan' if s22 > s21 else 'belum melampaui capaian sebelumnya'}.")
    nilai, bobot, pct = rb_std(d, 2023, 24.12)
    d.P(f"Nilai evaluasi Reformasi Birokrasi tahun 2023: {id_dec(nilai)} dari bobot {id_dec(bobot)} ({id_dec(pct)}%).")
    sec_anggaran(d, r_bungkus(34), "u11sr23", total="Total Keseluruhan", first=True,
                 head=("Kode", "Uraian", "Pagu", "Realisasi", "Selisih", "%"),
                 sel=lambda k, nm, p, x, lv: [k, nm, id_int(p), id_int(x), minus(x - p), id_dec(serapan(p, x))],
                 pre="Kolom Selisih adalah realisasi dikurangi pagu; angka negatif ditulis dengan tanda minus di "
                     "belakang, sesuai cetakan aplikasi. Pagu telah mengalami 4 kali revisi DIPA.")
    next(a for a in d.t["anggaran"] if a["kode"] == "TOTAL").update(revisi_dipa=4)  # as Sumba Barat 2024
    kec = kec_lama("5320", "pemilu", 2024)
    sel = lambda i, n, de, t, a, b: [i, n, de, t, id_int(a), id_int(b), id_int(a + b), id_int((a + b) // 190), id_int((a + b) // 410)]
    sec_dpt(d, r_tab, "pemilu", 2024, label="Jumlah", sel=sel,
            head=("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P", "DPTb", "DPK"),
            pre="DPT Pemilu 2024 ditetapkan 21 Juni 2023; kolom DPTb dan DPK adalah data hari pemungutan suara.")
    selesai(d, c)


def malaka_2019():
    """Malaka 2019: LAKIP; all-satker SAKIP 2018 table; an errata page corrects one realisasi."""
    c, d = dok("lakip-malaka-2019", "Malaka", "Betun|30 Januari 2020|Benediktus Seran Klau, S.Sos.|19750427 200112 1 003",
               ["LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "(LAKIP)", "KPU KABUPATEN MALAKA", "TAHUN 2019"], W=94)
    rows = baris("partisipasi 77.5 84.38, disabilitas 60 63.45, jadwal 100 100, sengketa 100 100, tidak_terdaftar- 2 1.48")
    cap = capaian_std(d, rows)
    salah = [list(r) for r in cap]
    salah[1][4], salah[1][5] = "65,45", "109,08"
    r_tab(d, f"Tabel 3.1 Pengukuran Kinerja Tahun 2019", CAP_HEAD, salah)
    sumber(d)
    bahas(d, c, ["partisipasi", "disabilitas"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    d.P("Hasil Evaluasi AKIP Tahun 2018 seluruh satuan kerja KPU se-Provinsi Nusa Tenggara Timur adalah sebagai berikut.")
    tab = []
    for i, s in enumerate(ORDER, 1):
        v = skor(s, 2018)
        d.sakip(s, 2018, v)
        nm = "KPU Provinsi NTT" if s == "53" else ("KPU Kota Kupang" if s == "5371" else "KPU Kab. " + NAMA[s])
        tab.append([i, nm, id_dec(v), predikat(v)])
    r_tab(d, "Tabel 3.2 Nilai SAKIP Tahun 2018 Satker KPU se-NTT", ("No", "Satuan Kerja", "Nilai", "Predikat"), tab)
    ks = komponen("5321", 2018)
    d.komp(2018, ks)
    r_tab(d, "Tabel 3.3 Komponen SAKIP 2018 KPU Kabupaten Malaka", ("Komponen", "Bobot", "Nilai"),
          [[KOMP_ID[k], id_dec(b), id_dec(v)] for k, (b, v) in ks.items()])
    sec_anggaran(d, r_tab, "u11ml19", total="JUMLAH")
    sec_dpt_prosa(d, "pemilu", 2019, lambda tps, l, p, tot: (
        f"Pemilu 2019 di Kabupaten Malaka diikuti oleh {tot} pemilih DPT ({l} laki-laki, {p} "
        f"perempuan) yang tersebar di {tps} TPS."))

    def errata(d):
        d.FF()
        d.L("ERRATA", "")
        d.P(f"Pada Tabel 3.1 baris 2 ({IND['disabilitas']}) tertulis realisasi 65,45% dan capaian 109,08%. "
            f"Seharusnya realisasi {cap[1][4]}% dan capaian {cap[1][5]}%. Angka yang benar adalah yang tercantum pada "
            "errata ini.")
    selesai(d, c, lampiran=errata)


if __name__ == "__main__":
    tulis(nagekeo_2020, sumba_tengah_2020, sumba_barat_daya_2019, manggarai_timur_2021, sabu_raijua_2023, malaka_2019)
