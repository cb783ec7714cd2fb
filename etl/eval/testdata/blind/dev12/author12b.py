#!/usr/bin/env python3
# dev12/ documents 7-12: Nagekeo 2021 (DPT table transposed, kecamatan as columns; every
# table followed by `Sumber:` and `Keterangan:` lines holding numbers), TTS 2022 (LKjIP; capaian
# as fractions in a `Rasio` column; prose rounding the budget to `Rp … miliar`), Sabu Raijua 2021
# (a cover letter of KPU Provinsi NTT bound before the report; Org-mode tables), Provinsi NTT 2023
# (a draft with line numbers in the left margin; the all-satker SAKIP table), Flores Timur 2022
# (a telegram-style text in capitals with `=` rules and `//` separators), Kota Kupang 2021 (the
# capaian as an INI-like export, one `[Indikator n]` block a row; budget with Rp ribu).
# Run from etl/eval/testdata/blind/:   python3 dev12/author12b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common12 import (ANG_PENDEK, cap_lama, REVISI, anggaran_std, bahas, baris, capaian_std, dok, dpt_kab, id_dec, id_int,  # noqa: E402
                      IND, kec_baris, kec_lama, KOMP_ID, komp_std, komponen, NAMA, nomor_baris, ORDER, predikat,
                      r_kapital, r_org, r_tab, rb_std, revisi, sec_dpt_prosa, r_grup, r_tanpa, pk_tabel, potong_total, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      sel_pendek, selesai, seri_fakta, serapan, skor, sumber)
from lib import total_tahun, tulis  # noqa: E402
from common7 import total_of  # noqa: E402


def nagekeo_2021():
    """Nagekeo 2021: DPT Pemilu 2019 transposed; Sumber/Keterangan lines with numbers; DPB trap."""
    c, d = dok("lkj-nagekeo-2021", "Nagekeo", "Mbay|27 Januari 2022|Vinsensius Dhae, S.Pd.|19760402 200212 1 007",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN NAGEKEO", "TAHUN 2021"])
    rows = cap_lama("5316", 2021, baris("kompetensi 75 77.31, sarana 85 89.06, gaji 100 100, arsip 75 78.14, simonika 100 95.83"))
    sec_capaian(d, c, r_grup({0: "Sasaran Strategis 1: Meningkatnya kapasitas SDM dan dukungan sarana kerja",
                              3: "Sasaran Strategis 2: Terwujudnya tata kelola keuangan, arsip dan kinerja yang akuntabel"}),
                rows, ["arsip"])
    cp = [r["capaian_hitung"] for r in d.t["capaian"] if r["capaian_hitung"] is not None]
    d.L(f"Keterangan: {len(cp)} indikator kuantitatif dan 2 indikator kualitatif; {sum(v > 100 for v in cp)} dari "
        f"{len(cp)} indikator kuantitatif melampaui target, rentang capaian {id_dec(min(cp))}% s.d. {id_dec(max(cp))}%.", "")
    sec_sakip(d, r_tab, 2020)
    s19 = skor(d.satker, 2019)
    d.sakip(d.satker, 2019, s19)
    d.P(f"Sebagai perbandingan, tahun kinerja 2019 memperoleh nilai {id_dec(s19)} dengan predikat {predikat(s19)}.")
    sumber(d, "Sumber: LHE AKIP Inspektorat Utama KPU Nomor 112/PW.01-LHE/04/2021.")
    d.L("Keterangan: bobot total 100; nilai minimal predikat BB adalah 70,01.", "")
    sec_anggaran(d, r_tab, "u12ng21")
    potong_total(d, "JUMLAH", 4, 3)  # the Sisa cell of the total row cut by the column edge
    sumber(d, "Sumber: Aplikasi OM-SPAN per 31 Desember 2021, diunduh 7 Januari 2022 pukul 09.15.")
    d.L("Keterangan: 2 program, 5 kegiatan; sisa anggaran telah dikembalikan ke kas negara.", "")
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("DPT Pemilu 2019 menjadi dasar Pemutakhiran Data Pemilih Berkelanjutan. Rekapitulasi DPB semester II 2021 "
        "mencatat 103.406 pemilih dan bukan DPT. Karena lebar halaman, tabel DPT disajikan dengan kecamatan "
        "sebagai kolom.")
    kec = kec_lama(d.satker, "pemilu", 2019)
    rows_k = kec_baris(d, "pemilu", 2019, kec, "Jumlah")  # [no, name, desa, tps, L, P, L+P]
    d.L("Tabel 3.4 DPT Pemilu 2019 Kabupaten Nagekeo per Kecamatan", "")
    d.R("Uraian", *[r[1] if r[0] != "" else "Jumlah" for r in rows_k])
    for j, lab in ((2, "Desa/Kel"), (3, "TPS"), (4, "Laki-laki"), (5, "Perempuan"), (6, "L+P")):
        d.R(lab, *[r[j] for r in rows_k])
    d.B()
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPT Nomor 21/PL.01.2-BA/5316/KPU-Kab/IX/2018.")
    d.L(f"Keterangan: {len(kec)} kecamatan; TPS terbanyak {max(k[2] for k in kec)} di satu kecamatan.", "")
    selesai(d, c)


def tts_2022():
    """TTS 2022: LKjIP; capaian as a fraction (`Rasio`); prose rounding amounts; RB table."""
    c, d = dok("lkjip-tts-2022", "Timor Tengah Selatan", "Soe|30 Januari 2023|Yohanis Nope, S.Sos.|19730817 200003 1 002",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2022"])
    rows = cap_lama("5302", 2022, baris("kompetensi 75 78.49, sarana 85 86.91, pemutakhiran 100 100, arsip 80 76.39, simonika 100 97.22"))
    cells = capaian_std(d, rows)
    d.L("Tabel 3.1 Pengukuran Kinerja Tahun 2022", "")
    d.P("Kolom Rasio memuat perbandingan realisasi terhadap target (1,0000 berarti target tercapai penuh); kolom "
        "Capaian (%) memuat nilai yang sama dalam persen.")
    d.R("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Rasio", "Capaian (%)")
    arah = {k: a for k, _, _, a in rows}
    for (no, ind, sat, t, r, cc), k in zip(cells, [k for k, *_ in rows] + ["akip", "opini"]):
        if sat != "%":
            ras = "1,0000" if cc != "-" else "-"
        else:
            tn, rn = (float(x.replace(",", ".")) for x in (t, r))
            ras = id_dec((rn / tn if arah[k] == "naik" else (2 * tn - rn) / tn), 4)
        d.R(no, ind, sat, t, r, ras, cc)
    d.B()
    sumber(d)
    bahas(d, c, ["arsip"])
    low = min((r for r in d.t["capaian"] if r["capaian_hitung"] is not None), key=lambda r: r["capaian_hitung"])
    if low["capaian_hitung"] < 100:
        d.P(f"Indikator {low['indikator'].lower()} belum mencapai target (rasio "
            f"{id_dec(low['realisasi_nilai'] / low['target_nilai'], 4)}); penyebabnya diuraikan di bawah.")
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2021)
    d.P(f"Hasil Evaluasi AKIP Tahun 2021 diterima pada bulan Maret 2022 dengan rincian komponen sebagai kolom:")
    r_tab(d, "Tabel 3.2 Nilai AKIP per Komponen", ("Tahun yang Dinilai",) + tuple(f"{KOMP_ID[k]} ({b})" for k, (b, _) in ks.items())
          + ("Nilai Akhir", "Predikat"), [[2021] + [id_dec(v) for _, v in ks.values()] + [id_dec(s), predikat(s)]])
    nb = rb_std(d, 2022, 20.31)  # 55,95 persen, the RB capaian dev6 states for 2022
    d.P("Evaluasi Reformasi Birokrasi tahun 2022:")
    r_tab(d, "Tabel 3.2a Nilai Reformasi Birokrasi Tahun 2022", ("Uraian", "Nilai", "Bobot", "Persentase"),
          [["Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    tot = sec_anggaran(d, r_tab, "u12ts22")
    d.P(f"Secara ringkas, dari pagu Rp {id_dec(tot[0] / 1e9)} miliar terealisasi Rp {id_dec(tot[1] / 1e9)} miliar, "
        f"sehingga sisa anggaran sekitar Rp {id_dec((tot[0] - tot[1]) / 1e6, 1)} juta.")
    d.L("Tabel 3.4 Perkembangan Pagu dan Realisasi Tahun 2020-2022", "")
    d.R("Tahun Anggaran", "Pagu", "Realisasi", "Serapan (%)")
    yrs = [(y, *total_of(d.satker, y)) for y in (2020, 2021, 2022)]
    total_tahun(d, yrs, lambda y, a, b: (y, id_int(a), id_int(b), id_dec(serapan(a, b))), 2022)
    d.B()
    d.P("Pagu tahun 2022 meningkat tajam karena dukungan tahapan awal Pemilu 2024.")
    sec_dpt_prosa(d, "pemilu", 2019, lambda tps, l, p, tot: (
        f"Sebagai pembanding pemutakhiran berkelanjutan, DPT Pemilu 2019 Kabupaten Timor Tengah Selatan: {l} "
        f"laki-laki dan {p} perempuan, jumlah {tot} pemilih pada {tps} TPS."))
    selesai(d, c)


def sabu_raijua_2021():
    """Sabu Raijua 2021: a cover letter of KPU Provinsi NTT bound first; Org-mode tables; PK apart."""
    rows = cap_lama("5320", 2021, baris("kompetensi 75 79.62, sarana 85 88.47, pemutakhiran 100 100, gaji 100 100, tidak_terdaftar- 2.5 1.88"))
    c, d = dok("lkj-sabu-raijua-2021", "Sabu Raijua", "Seba|25 Januari 2022|Dominggus Lado Djami, S.H.|19780110 200604 1 013",
               ["KOMISI PEMILIHAN UMUM PROVINSI NUSA TENGGARA TIMUR", "Jl. Polisi Militer No. 3, Kupang", "",
                "Nomor   : 142/PR.03.1-SD/53/Prov/II/2022", "Lampiran: 1 (satu) berkas", "Perihal : Penyampaian LKj KPU Kabupaten",
                "", "Kepada Yth. Sekretaris Jenderal KPU RI", "di Jakarta", "",
                "Bersama ini kami teruskan Laporan Kinerja Sekretariat KPU Kabupaten Sabu Raijua Tahun 2021 sebagai",
                "bagian dari 22 laporan kabupaten/kota yang diterima sampai dengan 15 Februari 2022. Pagu DIPA",
                "KPU Provinsi Nusa Tenggara Timur sendiri tidak termuat dalam laporan ini.", "",
                "Kupang, 16 Februari 2022", "Sekretaris KPU Provinsi NTT", "", "", "Drs. Yosef Nuwa Maran", "", "\f",
                "#+TITLE: LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN SABU RAIJUA TAHUN 2021", "#+LANGUAGE: id", "",
                "* LAPORAN KINERJA", "  TAHUN 2021"],
               kp_judul="* KATA PENGANTAR", h1=("* BAB I PENDAHULUAN",), h2=("* BAB II PERENCANAAN KINERJA",),
               sub=lambda n, t: f"** {n}. {t}", bab3=("* BAB III AKUNTABILITAS KINERJA", "", "** A. Capaian Kinerja", ""),
               lalu=pk_tabel(rows))
    d.L("Tabel-tabel pada laporan ini disalin dari berkas Org-mode penyusun; tabel anggaran disalin dari lembar kerja.", "")
    d.P("Target setiap indikator tercantum pada Tabel 2.1 Perjanjian Kinerja; tabel berikut memuat realisasi dan capaiannya.")
    sec_capaian(d, c, r_tanpa(3, r_org), rows, ["tidak_terdaftar"])
    s = sec_sakip(d, r_org, 2020, judul="** B. Evaluasi Akuntabilitas Kinerja")
    nb = rb_std(d, 2021, 21.84)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    tot = sec_anggaran(d, r_tab, "u12sr21", judul="** C. Realisasi Anggaran")
    kali, awal = REVISI[(d.satker, d.tahun)]  # as the corpus already states them
    d.P(f"DIPA awal sebesar Rp {id_int(awal)} mengalami {kali} kali revisi sepanjang tahun 2021; revisi terakhir "
        f"menambah pagu sebesar Rp {id_int(tot[0] - awal)}.")
    revisi(d, kali, awal)
    sec_dpt(d, r_org, "pemilu", 2019, judul="** D. Data Pemilih", label="JUMLAH")
    selesai(d, c, bab=("* BAB IV PENUTUP", ""))


def provinsi_ntt_2023():
    """Provinsi NTT 2023: a draft with line numbers in the margin; all-satker SAKIP 2022 table."""
    c, d = dok("lkj-provinsi-ntt-2023", "Provinsi Nusa Tenggara Timur", "Kupang|31 Januari 2024|Drs. Yosef Nuwa Maran|19680505 199403 1 012",
               ["RANCANGAN", "LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "PROVINSI NUSA TENGGARA TIMUR",
                "TAHUN 2023", "", "(naskah bernomor baris untuk pembahasan)"])
    rows = cap_lama("53", 2023, baris("kompetensi 80 83.19, sarana 90 92.64, jadwal 100 100, pemutakhiran 100 100, simonika 100 97.92, pelanggaran- 1 0.62"))
    sec_capaian(d, c, r_tab, rows, ["simonika"])
    sec_sakip(d, r_tab, 2022)
    nb = rb_std(d, 2023, 30.62)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2023 menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, "
        f"atau {id_dec(nb[2])} persen.")
    d.FF()
    d.L("C. Hasil Evaluasi AKIP Satuan Kerja se-Provinsi", "")
    d.P("Hasil Evaluasi AKIP Tahun 2022 seluruh satuan kerja KPU di Provinsi Nusa Tenggara Timur adalah sebagai berikut.")
    d.L("Tabel 3.3 Hasil Evaluasi AKIP Tahun 2022 per Satuan Kerja", "")
    d.R("No", "Satuan Kerja", "Nilai", "Predikat")
    vs = []
    for i, s in enumerate(ORDER, 1):
        v = skor(s, 2022)
        vs.append(v)
        nama = "KPU PROVINSI NTT" if s == "53" else ("KPU KOTA KUPANG" if s == "5371" else "KPU " + NAMA[s].upper())
        d.R(i, nama, id_dec(v), predikat(v))
        if s != "53":
            d.sakip(s, 2022, v)
    d.B()
    sec_anggaran(d, r_tab, "u12pr23", pre="Pagu DIPA Sekretariat KPU Provinsi Nusa Tenggara Timur Tahun Anggaran "
                 "2023 setelah revisi dan realisasinya menurut program dan kegiatan (dalam rupiah).")
    d.P("Hibah Pemilihan 2024 dari Pemerintah Provinsi yang diterima pada akhir tahun (Rp 212.575.000.000) "
        "dikelola dalam rekening tersendiri dan tidak termasuk DIPA di atas.")
    sec_dpt_prov(d)
    for r in d.t["capaian"]:
        r["indikator"] = r["indikator"].replace("KPU Kabupaten", "KPU Provinsi")
    d.lines = [ln.replace("KPU Kabupaten", "KPU Provinsi") if "\t" in ln else ln for ln in d.lines]
    selesai_bernomor(d, c)


def sec_dpt_prov(d):
    """The province's Pemilu 2024 DPT told in one sentence (the province row the corpus states)."""
    from common11 import dpt_of
    tps, l, p, tot = dpt_of("53", "pemilu", 2024)
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P(f"DPT Pemilu 2024 Provinsi Nusa Tenggara Timur yang ditetapkan pada 2 Juli 2023 berjumlah {id_int(tot)} "
        f"pemilih ({id_int(l)} laki-laki, {id_int(p)} perempuan) pada {id_int(tps)} TPS.")
    d.dpt("pemilu", 2024, "provinsi", "Nusa Tenggara Timur", None, tps, l, p, tot, tidak=["jumlah_desa"])


def selesai_bernomor(d, c):
    """selesai(), the margin line numbers put on every line before the document is written."""
    w = d.write
    d.write = lambda: (nomor_baris(d), w())
    selesai(d, c)


def flores_timur_2022():
    """Flores Timur 2022: a telegram-style capitals text, `=` rules and `//` separators."""
    c, d = dok("lkj-flores-timur-2022", "Flores Timur", "Larantuka|26 Januari 2023|Paulus Boli Kelen, S.H.|19751009 200312 1 006",
               ["=== LAPORAN KINERJA // SEKRETARIAT KPU KABUPATEN FLORES TIMUR // TAHUN 2022 ===",
                "DARI: SEKRETARIAT KPU KAB. FLORES TIMUR // KEPADA: KPU PROVINSI NTT // SIFAT: SEGERA"])
    rows = cap_lama("5306", 2022, baris("kompetensi 75 77.94, sarana 85 87.36, pemutakhiran 100 100, simonika 100 93.75, arsip 75 77.08"))
    sec_capaian(d, c, r_kapital, rows, ["simonika"])
    sec_sakip(d, r_kapital, 2021, judul="B. EVALUASI AKUNTABILITAS KINERJA //")
    nb = rb_std(d, 2022, 24.52)
    d.P(f"NILAI RB TAHUN 2022 = {id_dec(nb[0])} // BOBOT = {id_dec(nb[1])} // PERSEN = {id_dec(nb[2])} // TITIK.")
    sec_anggaran(d, r_kapital, "u12ft22", judul="C. REALISASI ANGGARAN //")
    sec_dpt(d, r_kapital, "pemilu", 2019, judul="D. DATA PEMILIH //", label="JUMLAH")
    d.lines = [ln if "\t" in ln or ln == "\f" else ln.upper() for ln in d.lines]
    selesai(d, c, bab=("BAB IV PENUTUP //", ""))


def kota_kupang_2021():
    """Kota Kupang 2021: capaian as an INI-like export ([Indikator n] blocks); budget in Rp ribu."""
    c, d = dok("lkj-kota-kupang-2021", "Kota Kupang", "Kupang|28 Januari 2022|Marthen Luther Bunga, S.E.|19740322 200112 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM KOTA KUPANG", "", "Periode Pelaporan:", "1 Januari s.d. 31 Desember 2021"])
    rows = cap_lama("5371", 2021, baris("kompetensi 75 78.83, sarana 85 88.12, gaji 100 100, arsip 80 82.47, simonika 100 91.67"))
    cells = capaian_std(d, rows, cyr=True)
    d.P("Capaian indikator kinerja diekspor dari aplikasi e-Performance dalam berkas konfigurasi berikut "
        "(satu blok per indikator).")
    d.L("; ekspor_capaian_2021.ini", "[Umum]", "satker = KPU Kota Kupang", "tahun = 2021", f"jumlah_indikator = {len(cells)}", "")
    for no, ind, sat, t, r, cc in cells:
        d.L(f"[Indikator {no}]", f"nama = {ind}", f"satuan = {sat}", f"target = {t}", f"realisasi = {r}", f"capaian = {cc}", "")
    bahas(d, c, ["simonika"])
    sec_sakip(d, r_tab, 2020)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    d.P("Realisasi anggaran Tahun 2021 per program dan kegiatan (dalam ribuan rupiah):")
    rows_a, tot = anggaran_std(d, "u12kk21", lambda k, nm, p, x, lv: [k, nm, id_int(p // 1000) if p % 1000 == 0 else id_dec(p / 1000, 3), id_dec(x / 1000, 3),
                                                                       id_dec(serapan(p, x))])
    r_tab(d, "Tabel 3.3 Realisasi Anggaran Tahun 2021 (Rp ribu)", ("Kode", "Uraian", "Pagu", "Realisasi", "%"), rows_a)
    sec_dpt(d, r_tab, "pemilu", 2019, label="JUMLAH")
    selesai(d, c)


if __name__ == "__main__":
    tulis(nagekeo_2021, tts_2022, sabu_raijua_2021, provinsi_ntt_2023, flores_timur_2022, kota_kupang_2021)
