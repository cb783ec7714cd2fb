#!/usr/bin/env python3
# dev14/ documents 1-6: Belu 2024 (every table an Excel sheet printed with its row and column
# headings), Sumba Timur 2024 (every table transposed: records as columns), Rote Ndao 2023 (LAKIP;
# targets written with a sign `≥ 85,00` / `≤ 2,00`, `%` only in the header, budget in ribuan),
# Sumba Tengah 2023 (LKjIP; one performance-budget matrix: indicators and the kegiatan funding
# them side by side), Alor 2023 (flattened: every table a tree view copied from an application),
# Ngada 2019 (the unit written in every cell: `85,00 %`, `Rp 1.234.000`, `12 desa`, `45 TPS`,
# `12.345 jiwa`; a file name above a cover without year).
# Run from etl/eval/testdata/blind/:   python3 dev14/author14a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common14 import (ANG_HEAD, anggaran_std, bahas, baris, cap_lama, capaian_x, CAP_HEAD, dok, dpt_kab,  # noqa: E402
                      en_dec, id_dec, id_int, IND, kec_baris, kecamatan, KEG, KOMP_ID, komp_std, NAMA, predikat,
                      PROG, r_excel, r_pohon, r_tab, r_trans, rb_std, ribu, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, skor, sumber, tahun_lalu, tanpa_lapor_anggaran, wil)
from lib import tulis  # noqa: E402


def rb_baris(nb):
    return [["Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]]


def belu_2024():
    """Belu 2024: every table an Excel sheet printed with row numbers and column letters."""
    c, d = dok("lkj-belu-2024", "Belu", "Atambua|24 Januari 2025|Agustinus Bere Mau, S.Sos.|19760815 200312 1 007",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN BELU", "TAHUN ANGGARAN 2024"])
    d.P("Catatan penyajian: tabel-tabel pada bab ini dicetak langsung dari buku kerja Microsoft Excel dengan "
        "pilihan cetak judul baris dan kolom. Huruf A, B, C di atas tabel adalah nama kolom lembar kerja dan "
        "angka di tepi kiri adalah nomor baris lembar kerja, bukan nomor urut indikator.")
    rows = cap_lama("5304", 2024, baris("kompetensi 85 87.2, sarana 90 92.35, pemutakhiran 100 100, simonika 100 97.5, tidak_terdaftar- 2 1.44"))
    sec_capaian(d, c, r_excel("Capaian IKU"), rows, ["kompetensi"])
    sec_sakip(d, r_excel("AKIP 2023"), 2023)
    nb = rb_std(d, 2024, 22.31)
    d.P("Evaluasi pelaksanaan Reformasi Birokrasi tahun 2024 dicatat pada lembar kerja tersendiri:")
    r_excel("RB 2024")(d, "Tabel 3.2a Nilai Reformasi Birokrasi Tahun 2024", ("Uraian", "Nilai", "Bobot", "Persentase (%)"),
                       rb_baris(nb))
    sec_anggaran(d, r_excel("Realisasi 2024"), "u14bl24")
    sumber(d, "Sumber: Aplikasi OM-SPAN per 31 Desember 2024, diolah.")
    d.P("Selain belanja, Sekretariat mencatat Penerimaan Negara Bukan Pajak dari sewa aula dan penjualan "
        "dokumen lelang sebesar Rp 14.250.000 yang disetor ke Kas Negara; penerimaan ini bukan bagian dari "
        "realisasi anggaran di atas.")
    sec_dpt(d, r_excel("DPT Pemilu 2024"), "pemilu", 2024, label="JUMLAH",
            pre="Daftar Pemilih Tetap Pemilu 2024 per kecamatan yang ditetapkan dalam rapat pleno terbuka "
                "pada 21 Juni 2023 menjadi dasar pemungutan suara 14 Februari 2024:")
    sumber(d)
    selesai(d, c)


def sumba_timur_2024():
    """Sumba Timur 2024: every table transposed (a record a column, a field a row)."""
    c, d = dok("lkj-sumba-timur-2024", "Sumba Timur", "Waingapu|27 Januari 2025|Yulius Umbu Hina, S.E.|19780621 200604 1 011",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TIMUR", "2024"])
    d.P("Semua tabel pada bab ini disajikan mendatar: setiap kolom memuat satu indikator, komponen, kegiatan "
        "atau kecamatan, dan setiap baris memuat satu besaran. Tabel yang terlalu lebar dilanjutkan pada blok "
        "berikutnya dengan judul baris yang sama.")
    rows = cap_lama("5311", 2024, baris("kompetensi 90 86.7, sarana 95 97.15, pemutakhiran 100 100, gaji 100 100, tidak_terdaftar- 2 1.31"))
    sec_capaian(d, c, r_trans(4), rows, ["kompetensi"])
    s = sec_sakip(d, r_trans(), 2023)
    hist = riwayat(d, (2020, 2021, 2022))
    d.P("Perkembangan nilai AKIP empat tahun terakhir:")
    r_trans()(d, "Tabel 3.2b Riwayat Nilai AKIP", ("Tahun yang Dinilai", "Nilai", "Predikat"),
              [[y, id_dec(v), predikat(v)] for y, v in hist + [(2023, s)]])
    nb = rb_std(d, 2024, 23.05)
    r_trans()(d, "Tabel 3.2c Evaluasi Reformasi Birokrasi 2024", ("Uraian", "Nilai", "Bobot", "Persentase (%)"), rb_baris(nb))
    sec_anggaran(d, r_trans(5), "u14stm24")
    sumber(d, "Sumber: Aplikasi SAKTI, Laporan Realisasi Anggaran per 31 Desember 2024.")
    sec_dpt(d, r_trans(8), "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 per kecamatan (ditetapkan 2023) menjadi dasar pemutakhiran untuk Pemilihan 2024:")
    v = dpt_kab(d, "pilkada", 2024)
    d.P(f"Untuk Pemilihan Bupati dan Wakil Bupati Sumba Timur 2024, DPT ditetapkan sebanyak {id_int(v[3])} pemilih "
        f"({id_int(v[1])} laki-laki dan {id_int(v[2])} perempuan) yang tersebar di {v[0]} TPS.")
    selesai(d, c)


def rote_ndao_2023():
    """Rote Ndao 2023 (LAKIP): targets with a sign, % in the header only, budget in ribuan."""
    c, d = dok("lakip-rote-ndao-2023", "Rote Ndao", "Ba'a|29 Januari 2024|Yermias Ndun, S.H.|19770630 200604 1 012",
               ["LAKIP", "LAPORAN AKUNTABILITAS KINERJA", "SEKRETARIAT KPU KABUPATEN ROTE NDAO", "TAHUN 2023"])
    d.P("Target Perjanjian Kinerja ditulis sebagai batas: tanda ≥ berarti paling sedikit, tanda ≤ berarti paling "
        "banyak. Semua angka indikator dalam persen kecuali predikat dan opini.")
    rows = cap_lama("5314", 2023, baris("kompetensi 85 88.3, sarana 90 87.65, pemutakhiran 100 100, arsip 75 78.4"))
    rows += baris("pelanggaran- 2 1.35")  # a lower-is-better row after the earlier document's six
    turun = {IND[k] for k, _, _, a in rows if a == "turun"}

    def tanda(cells, f):
        if f["target_nilai"] is not None:
            cells[3] = ("≤ " if f["indikator"] in turun else "≥ ") + cells[3]
            f["target_teks"] = cells[3]
    cells = capaian_x(d, rows, tanda)
    r_tab(d, "Tabel 3.1 Pengukuran Kinerja Tahun 2023", ("No", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)"),
          [[x[0], x[1], x[3], x[4], x[5]] for x in cells])
    sumber(d)
    bahas(d, c, ["sarana"])
    s = sec_sakip(d, r_tab, 2022)
    hist = riwayat(d, (2020, 2021))
    d.P(f"Sebagai pembanding, nilai AKIP tahun kinerja 2020 adalah {id_dec(hist[0][1])} ({predikat(hist[0][1])}) dan "
        f"tahun kinerja 2021 adalah {id_dec(hist[1][1])} ({predikat(hist[1][1])}); nilai tahun kinerja 2022 sebesar "
        f"{id_dec(s)} melanjutkan kenaikan itu.")
    nb = rb_std(d, 2023, 21.74)
    d.P(f"Hasil evaluasi Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} atau "
        f"{id_dec(nb[2])} persen dari nilai maksimal.")
    sel = lambda k, nm, p, x, lv: [k, nm, ribu(p), ribu(x), ribu(p - x), id_dec(serapan(p, x))]
    sec_anggaran(d, r_tab, "u14rn23", sel=sel,
                 head=("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
                 pre="Pagu DIPA setelah revisi dan realisasinya per program dan kegiatan (dalam ribuan rupiah):")
    sumber(d, "Sumber: OM-SPAN, diolah; angka dalam ribuan rupiah (Rp 000).")
    d.P("Nilai Barang Milik Negara yang dikelola Sekretariat per 31 Desember 2023 tercatat Rp 3.871.226.450 "
        "menurut Laporan BMN; nilai aset ini tidak termasuk dalam realisasi anggaran.")
    dptb = lambda n: 9 + (len(n) * 7 + sum(map(ord, n))) % 23  # pemilih pindahan of a kecamatan (no fact)
    jml_b = sum(dptb(k[0].upper()) for k in kecamatan(d, "pemilu", 2024))
    sec_dpt(d, r_tab, "pemilu", 2024, label="JUMLAH",
            sel=lambda i, n, de, t, a, b: [i, n, de, t, id_int(a), id_int(b), id_int(a + b), jml_b if i == "" else dptb(n)],
            head=("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P", "DPTb"),
            pre="DPT Pemilu 2024 yang ditetapkan pada rapat pleno 2023; kolom DPTb memuat pemilih pindahan yang "
                "dicatat sesudah penetapan dan tidak termasuk dalam DPT.")
    sumber(d)
    selesai(d, c)


def sumba_tengah_2023():
    """Sumba Tengah 2023 (LKjIP): one performance-budget matrix, then a program recapitulation."""
    c, d = dok("lkjip-sumba-tengah-2023", "Sumba Tengah", "Waibakul|26 Januari 2024|Umbu Remu Lende, S.Pd.|19780119 200312 1 010",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2023"])
    d.P("Capaian kinerja dan anggaran disajikan dalam satu matriks kinerja-anggaran: bagian kiri memuat indikator "
        "kinerja, bagian kanan memuat kegiatan yang membiayai pencapaiannya beserta pagu dan realisasinya "
        "(rupiah). Kedua bagian dibaca terpisah; baris yang sama tidak berarti satu indikator dibiayai satu kegiatan.")
    rows = cap_lama("5317", 2023, baris("kompetensi 80 82.35, sarana 90 91.7, pemutakhiran 100 100, simonika 100 96.15, arsip 60 63.8"))
    cap = capaian_x(d, rows)
    prog_rows = []
    keg = []

    def ambil(k, nm, p, x, lv):
        if lv == 1:
            prog_rows.append((k, nm, p, x))
        elif lv == 2:
            keg.append((prog_rows[-1][0], k, nm, p, x))
        return (k, nm, p, x, lv)
    _, tot = anggaran_std(d, "u14st23", ambil)
    d.L("Tabel 3.1 Matriks Kinerja dan Anggaran Tahun 2023", "")
    d.R("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Program", "Kegiatan", "Uraian Kegiatan",
        "Pagu", "Realisasi Anggaran", "Serapan (%)")
    for i in range(max(len(cap), len(keg))):
        kiri = [cap[i][0], cap[i][1], cap[i][3], cap[i][4], cap[i][5]] if i < len(cap) else [""] * 5
        kanan = ([keg[i][0], keg[i][1], keg[i][2], id_int(keg[i][3]), id_int(keg[i][4]), id_dec(serapan(keg[i][3], keg[i][4]))]
                 if i < len(keg) else [""] * 6)
        d.R(*kiri, *kanan)
    d.R("", "", "", "", "", "", "", "JUMLAH", id_int(tot[0]), id_int(tot[1]), id_dec(serapan(*tot)))
    d.B()
    sumber(d)
    bahas(d, c, ["kompetensi"])
    d.P("Rekapitulasi anggaran per program dari matriks di atas:")
    r_tab(d, "Tabel 3.1a Rekapitulasi Anggaran per Program Tahun 2023", ANG_HEAD,
          [[k, nm, id_int(p), id_int(x), id_int(p - x), id_dec(serapan(p, x))] for k, nm, p, x in prog_rows]
          + [["", "JUMLAH", id_int(tot[0]), id_int(tot[1]), id_int(tot[0] - tot[1]), id_dec(serapan(*tot))]])
    lalu = tahun_lalu(d, (2022,))
    tanpa_lapor_anggaran(d, 2022)  # the sentence prints no percent
    for y, p, x in lalu:
        d.P(f"Sebagai pembanding, pagu Tahun Anggaran {y} adalah Rp{id_int(p)} dengan realisasi Rp{id_int(x)}.")
    s = sec_sakip(d, r_tab, 2022)
    hist = riwayat(d, (2020, 2021))
    d.P(f"Nilai tahun kinerja 2022 ({id_dec(s)}) melanjutkan hasil dua tahun sebelumnya: {id_dec(hist[0][1])} untuk "
        f"tahun kinerja 2020 dan {id_dec(hist[1][1])} untuk tahun kinerja 2021.")
    nb = rb_std(d, 2023, 20.87)
    d.P(f"Nilai evaluasi Reformasi Birokrasi tahun 2023 tercatat {id_dec(nb[0])} (bobot {id_dec(nb[1])}; "
        f"{id_dec(nb[2])}%).")
    sec_dpt(d, r_tab, "pemilu", 2024, label="JUMLAH", judul="C. Data Pemilih",
            pre="DPT Pemilu 2024 per kecamatan yang ditetapkan KPU Kabupaten Sumba Tengah pada tahun 2023:")
    sumber(d)
    selesai(d, c)


def alor_2023():
    """Alor 2023 (LKjIP): every table a tree view copied from an application (flattened)."""
    c, d = dok("lkjip-alor-2023", "Alor", "Kalabahi|25 Januari 2024|Yosep Lamma Koly, S.Sos.|19750912 200312 1 005",
               ["LAPORAN", "KINERJA INSTANSI", "PEMERINTAH", "KPU KABUPATEN ALOR", "2023"], flat=True)
    d.P("Tabel kinerja pada bab ini disalin dari tampilan pohon (tree view) aplikasi e-Kinerja: setiap cabang "
        "adalah satu indikator, komponen, program, kegiatan atau kecamatan, dan angka-angkanya tertulis pada "
        "cabang itu.")
    rows = cap_lama("5305", 2023, baris("kompetensi 85 86.4, sarana 90 88.15, pemutakhiran 100 100, gaji 100 100, tidak_terdaftar- 2 1.47"))
    cap = capaian_x(d, rows)
    d.L("Tabel 3.1 Pohon Kinerja Tahun 2023", "", "Kinerja Sekretariat KPU Kabupaten Alor 2023")
    grup = [("Sasaran Strategis 1: Meningkatnya kualitas penyelenggaraan Pemilu", cap[:3]),
            ("Sasaran Strategis 2: Meningkatnya kualitas tata kelola sekretariat", cap[3:])]
    for gi, (judul, xs) in enumerate(grup):
        akhir = gi == len(grup) - 1
        d.L(("└── " if akhir else "├── ") + judul)
        for j, x in enumerate(xs):
            sat = "" if x[2] in ("Predikat", "Opini") else " %"
            d.L(("    " if akhir else "│   ") + ("└── " if j == len(xs) - 1 else "├── ")
                + f"IK {x[0]}. {x[1]} — target {x[3]}{sat}; realisasi {x[4]}{sat}; capaian {x[5]}")
    d.B()
    sumber(d)
    bahas(d, c, ["sarana"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2022)
    d.P(f"Hasil Evaluasi AKIP Tahun 2022 memberikan nilai {id_dec(s)} dengan predikat {predikat(s)}.")
    r_pohon(lambda r: (f"{r[0]} — bobot {r[1]}; nilai {r[2]}", 1),
            lambda rows: f"Nilai AKIP {id_dec(s)} ({predikat(s)})")(
        d, "Tabel 3.2 Komponen Evaluasi AKIP Tahun 2022", None,
        [[KOMP_ID[k], id_dec(b), id_dec(v)] for k, (b, v) in ks.items()])
    nb = rb_std(d, 2023, 21.06)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2023 menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    d.P("Struktur anggaran Tahun 2023 menurut program dan kegiatan (rupiah):")
    rows_a, tot = anggaran_std(d, "u14al23", lambda k, nm, p, x, lv: (k, nm, p, x, lv))
    isi = lambda k, nm, p, x: (f"{k} {nm} — pagu Rp{id_int(p)}; realisasi Rp{id_int(x)}; sisa Rp{id_int(p - x)}; "
                               f"serapan {id_dec(serapan(p, x))}%")
    r_pohon(lambda r: (isi(*r[:4]), r[4]) if r[4] else None,
            lambda rows: "JUMLAH DIPA 2023 — " + isi("", "", *tot).split("— ", 1)[1])(
        d, "Tabel 3.3 Pohon Anggaran Tahun 2023", None, rows_a)
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    d.FF()
    d.L("D. Data Pemilih", "")
    v = dpt_kab(d, "pemilu", 2024)
    d.P(f"Pada 2023 KPU Kabupaten Alor menetapkan DPT Pemilu 2024 sebanyak {id_int(v[3])} pemilih, terdiri atas "
        f"{id_int(v[1])} laki-laki dan {id_int(v[2])} perempuan, di {v[0]} TPS. Rincian per kecamatan yang tersedia "
        "dalam aplikasi masih DPT Pemilu 2019 berikut.")
    kec = kecamatan(d, "pemilu", 2019)
    rows_k = kec_baris(d, "pemilu", 2019, kec, "Kabupaten Alor", sel=lambda i, n, de, t, a, b: (i, n, de, t, a, b))
    cab = lambda i, n, de, t, a, b: f"{n} — desa/kel {de}; TPS {t}; L {id_int(a)}; P {id_int(b)}; L+P {id_int(a + b)}"
    r_pohon(lambda r: (cab(*r), 1) if r[0] != "" else None, lambda rows: "DPT Pemilu 2019 " + cab(*rows[-1]).upper())(
        d, "Tabel 3.4 Pohon DPT Pemilu 2019", None, rows_k)
    sumber(d)
    selesai(d, c)


def ngada_2019():
    """Ngada 2019: the unit written in every cell; a file name above a cover without year."""
    c, d = dok("lkj-ngada-2019", "Ngada", "Bajawa|28 Januari 2020|Maria Fatima Wea, S.E.|19790811 200501 2 006",
               ["LKj_KPU_Kab_Ngada_2019_final.docx", "", "", "LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN NGADA"])
    d.P("Sesuai kebiasaan penyusunan di lingkungan Sekretariat, setiap sel tabel memuat satuannya sendiri "
        "(persen, rupiah, poin, desa, TPS atau jiwa).")
    rows = cap_lama("5309", 2019, baris("kompetensi 80 83.1, sarana 90 91.45, pemutakhiran 100 100, partisipasi 77.5 80.35, tidak_terdaftar- 2 1.62"))

    def satuan(cells, f):
        if f["target_nilai"] is not None:
            cells[3], cells[4] = cells[3] + " %", cells[4] + " %"
            f["target_teks"], f["realisasi_teks"] = cells[3], cells[4]
        if cells[5] != "-":
            cells[5] += " %"
    cells = capaian_x(d, rows, satuan)
    r_tab(d, "Tabel 3.1 Pengukuran Kinerja Tahun 2019", ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"),
          [[x[0], x[1], x[3], x[4], x[5]] for x in cells])
    sumber(d)
    bahas(d, c, ["partisipasi"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2018)
    d.P(f"Hasil Evaluasi AKIP Tahun 2018 yang diterima pada 2019 memberikan nilai {id_dec(s)} poin dengan predikat "
        f"{predikat(s)}.")
    r_tab(d, "Tabel 3.2 Nilai Evaluasi AKIP Tahun 2018 per Komponen", ("No", "Komponen", "Bobot", "Nilai"),
          [[i, KOMP_ID[k], id_dec(b) + " poin", id_dec(v) + " poin"] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
          + [["", "Nilai Akhir", "100,00 poin", id_dec(s) + " poin"]])
    sel = lambda k, nm, p, x, lv: [k, nm, "Rp " + id_int(p), "Rp " + id_int(x), "Rp " + id_int(p - x), id_dec(serapan(p, x)) + " %"]
    sec_anggaran(d, r_tab, "u14ng19", sel=sel, head=("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"))
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    lalu = tahun_lalu(d, (2017, 2018))
    for y, _, _ in lalu:
        tanpa_lapor_anggaran(d, y)  # the sentence prints no percent
    if lalu:
        d.P("Sebagai pembanding, " + "; ".join(f"pagu Tahun Anggaran {y} adalah Rp {id_int(p)} dengan realisasi Rp {id_int(x)}"
                                               for y, p, x in lalu) + ".")
    sec_dpt(d, r_tab, "pemilu", 2019, label="JUMLAH",
            sel=lambda i, n, de, t, a, b: [i, n, f"{de} desa", f"{t} TPS", f"{id_int(a)} jiwa", f"{id_int(b)} jiwa",
                                           f"{id_int(a + b)} jiwa"],
            head=("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah"),
            pre="DPT Pemilu 2019 Kabupaten Ngada per kecamatan hasil rapat pleno terbuka:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(belu_2024, sumba_timur_2024, rote_ndao_2023, sumba_tengah_2023, alor_2023, ngada_2019)
