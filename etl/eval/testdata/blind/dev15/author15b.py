#!/usr/bin/env python3
# dev15/ documents 7-12: Manggarai 2023 (flattened: every table a pipe-delimited file downloaded
# from an application, snake-case field names, DPT keyed by kode wilayah), Lembata 2019 (LAKIP;
# the budget with gross realisation, returned spending and net realisation; a BMN value),
# Nagekeo 2020 (an in-cell bar chart column `█████░░░░░` beside every table), Sabu Raijua 2023
# (pairs of small tables set side by side on the page), Malaka 2023 (the reporting application's
# verification columns `Tgl Input`, `Verifikator`, `Status` left in every table), Ende 2024 (tables
# without their header row, the columns named in a sentence under the caption; budget in ribuan).
# Run from etl/eval/testdata/blind/:   python3 dev15/author15b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (ANG_HEAD, bahas, baris, budget_list, cap_lama, capaian_x, CAP_HEAD, dok, dpt_kab,  # noqa: E402
                      DPT_HEAD, id_dec, id_int, induk_of, kec_baris, kecamatan, KOMP_ID, komp_std, predikat,
                      r_batang, r_kosong_kepala, r_pipa, r_tab, r_verif, rb_std, ribu, riwayat, sandingkan,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu,
                      tanpa_lapor_anggaran, urut)
from lib import tulis  # noqa: E402


def rb_baris(nb):
    return [["Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]]


def manggarai_2023():
    """Manggarai 2023 (flattened): every table a pipe-delimited file from an application."""
    c, d = dok("lkj-manggarai-2023", "Manggarai", "Ruteng|26 Januari 2024|Kanisius Jehabut, S.Fil.|19770105 200501 1 010",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "TAHUN 2023"], flat=True)
    d.P("Tabel pada bab ini adalah berkas teks berpembatas garis tegak yang diunduh dari aplikasi dan ditempel apa "
        "adanya: baris pertama memuat nama kolom, setiap baris berikutnya satu data.")
    berkas = lambda cap: cap.split(" ", 2)[1].replace(".", "_") + "_kab_manggarai_2023.txt"
    R = r_pipa(berkas)
    rows = cap_lama("5310", 2023, baris("kompetensi 85 86.35, sarana 90 92.8, pemutakhiran 100 100, simonika 100 98.15"))
    sec_capaian(d, c, R, rows, ["sarana"])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 21.95)
    R(d, "Tabel 3.2a Nilai Reformasi Birokrasi Tahun 2023", ("Uraian", "Nilai", "Bobot", "Persentase (%)"), rb_baris(nb))
    sec_anggaran(d, R, "u15mg23")
    sumber(d, "Sumber: unduhan OM-SPAN per 31 Desember 2023.")
    kode = {}
    sel = lambda i, n, de, t, a, b: [kode.setdefault(n, f"53.10.{len(kode) + 1:02d}") if i != "" else "53.10", n, de, t,
                                     id_int(a), id_int(b), id_int(a + b)]
    sec_dpt(d, R, "pemilu", 2024, label="KABUPATEN MANGGARAI", sel=sel,
            head=("Kode Wilayah", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah"),
            pre="DPT Pemilu 2024 per kecamatan hasil rapat pleno terbuka 2023, diunduh dari aplikasi Sidalih beserta kode "
                "wilayahnya:")
    sumber(d, "Sumber: Sidalih, diunduh Januari 2024.")
    selesai(d, c)


def lembata_2019():
    """Lembata 2019 (LAKIP): gross realisation, returned spending and net realisation."""
    c, d = dok("lakip-lembata-2019", "Lembata", "Lewoleba|30 Januari 2020|Gabriel Ola Bebe, S.Sos.|19761112 200312 1 008",
               ["LAPORAN AKUNTABILITAS KINERJA", "INSTANSI PEMERINTAH (LAKIP)", "KPU KABUPATEN LEMBATA", "2019"])
    rows = cap_lama("5313", 2019, baris("kompetensi 80 82.95, sarana 90 91.6, pemutakhiran 100 100, partisipasi 77.5 80.45"))
    sec_capaian(d, c, r_tab, rows, ["partisipasi"])
    sec_sakip(d, r_tab, 2018)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    d.P("Realisasi pada aplikasi SAKTI dicatat bruto; pengembalian belanja (setoran kembali sisa uang persediaan dan "
        "pengembalian honorarium badan adhoc) mengurangi realisasi bruto menjadi realisasi neto. Serapan dihitung "
        "dari realisasi neto.")
    rows_a, tot = budget_list(d, "u15lb19")
    balik = lambda k: 350000 + (sum(map(ord, k)) * 7919) % 2150000  # returned spending of a kegiatan
    ind = induk_of(rows_a)
    kembali = {}
    for (k, nm, p, x, lv), pr in zip(rows_a, ind):
        if lv == 2:
            kembali[k] = balik(k)
            kembali[pr] = kembali.get(pr, 0) + kembali[k]
    kembali[""] = sum(v for k, v in kembali.items() if k.startswith("076"))
    out = []
    for k, nm, p, x, lv in rows_a:
        b = kembali[k]
        out.append([k, nm, id_int(p), id_int(x + b), id_int(b), id_int(x), id_int(p - x), id_dec(serapan(p, x))])
    r_tab(d, "Tabel 3.3 Realisasi Anggaran Tahun 2019", ("Kode", "Program / Kegiatan", "Pagu", "Realisasi Bruto",
                                                         "Pengembalian Belanja", "Realisasi Neto", "Sisa", "Serapan (%)"), out)
    sumber(d, "Sumber: SAKTI dan OM-SPAN per 31 Desember 2019.")
    d.P("Nilai Barang Milik Negara pada neraca per 31 Desember 2019 sebesar Rp 2.764.118.302 (aset tetap dan "
        "persediaan); angka ini tidak termasuk realisasi anggaran.")
    sec_dpt(d, r_tab, "pemilu", 2019, label="Jumlah",
            pre="DPT Pemilu 2019 per kecamatan yang ditetapkan dalam rapat pleno terbuka:")
    sumber(d)
    selesai(d, c)


def nagekeo_2020():
    """Nagekeo 2020: an in-cell bar chart column beside every table."""
    c, d = dok("lkj-nagekeo-2020", "Nagekeo", "Mbay|28 Januari 2021|Yohanes Don Bosco Ngole, S.E.|19800114 200604 1 005",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NAGEKEO", "TAHUN 2020"])
    d.P("Setiap tabel dilengkapi kolom Grafik: batang sepuluh ruas yang menggambarkan capaian, serapan, nilai "
        "komponen terhadap bobotnya, atau jumlah pemilih kecamatan terhadap kecamatan terbesar.")
    rows = cap_lama("5316", 2020, baris("kompetensi 80 83.25, sarana 90 91.85, pemutakhiran 100 100, gaji 100 100"))
    sec_capaian(d, c, r_batang(5, 100.0), rows, ["kompetensi"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2019)
    d.P(f"Hasil Evaluasi AKIP Tahun 2019 memberikan nilai {id_dec(s)} dengan predikat {predikat(s)}.")
    rows_k = [[i, KOMP_ID[k], id_dec(b), id_dec(v), id_dec(round(v / b * 100, 2))] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
    rows_k.append(["", "Nilai Akhir", "100,00", id_dec(s), id_dec(s)])
    r_batang(4, 100.0)(d, "Tabel 3.2 Nilai Evaluasi AKIP Tahun 2019 per Komponen",
                       ("No", "Komponen", "Bobot", "Nilai", "% Bobot"), rows_k)
    nb = rb_std(d, 2020, 20.6)
    r_batang(3, 100.0)(d, "Tabel 3.2a Nilai Reformasi Birokrasi Tahun 2020", ("Uraian", "Nilai", "Bobot", "Persentase (%)"),
                       rb_baris(nb))
    sec_anggaran(d, r_batang(5, 100.0), "u15ng20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    lalu = tahun_lalu(d, (2019,))
    tanpa_lapor_anggaran(d, 2019)  # the sentence prints no percent
    for y, p, x in lalu:
        d.P(f"Sebagai pembanding, pagu Tahun Anggaran {y} sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)}.")
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("DPT Pemilu 2019 per kecamatan, dasar pemutakhiran berkelanjutan 2020:")
    kec = kecamatan(d, "pemilu", 2019)
    rows_d = kec_baris(d, "pemilu", 2019, kec, "JUMLAH")
    top = max(k[3] + k[4] for k in kec)
    r_tab(d, "Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Kecamatan", list(DPT_HEAD) + ["Grafik"],
          [list(r) + ([__import__("common15").batang(int(r[6].replace(".", "")), top)] if r[0] != "" else [""])
           for r in rows_d])
    sumber(d)
    selesai(d, c)


def sabu_raijua_2023():
    """Sabu Raijua 2023: pairs of small tables set side by side on the page."""
    c, d = dok("lkj-sabu-raijua-2023", "Sabu Raijua", "Seba|29 Januari 2024|Yakobus Dida Lado, S.Pd.|19790916 200604 1 007",
               ["LAPORAN KINERJA", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2023"])
    d.P("Untuk menghemat halaman, tabel-tabel kecil disusun berdampingan: tabel kiri dan tabel kanan berdiri sendiri "
        "dan dibaca terpisah.")
    rows = cap_lama("5320", 2023, baris("kompetensi 85 87.6, sarana 90 93.35, pemutakhiran 100 100, gaji 100 100"))
    cap = capaian_x(d, rows)
    leg = [["%", "persen"], ["Predikat", "AA, A, BB, B, CC, C, D"], ["Opini", "WTP, WDP, TW, TMP"]]
    sandingkan(d, ("Tabel 3.1 Pengukuran Kinerja Tahun 2023", CAP_HEAD, cap),
               ("Keterangan satuan", ("Satuan", "Arti"), leg))
    sumber(d)
    bahas(d, c, ["sarana"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2022)
    hist = riwayat(d, (2020, 2021))
    d.P(f"Hasil Evaluasi AKIP Tahun 2022 memberikan nilai {id_dec(s)} ({predikat(s)}); di sebelah kanan rincian "
        "komponen disajikan riwayat nilai tiga tahun kinerja terakhir.")
    kiri = [[i, KOMP_ID[k], id_dec(b), id_dec(v)] for i, (k, (b, v)) in enumerate(ks.items(), 1)] + [["", "Nilai Akhir", "100,00", id_dec(s)]]
    kanan = [[y, id_dec(v), predikat(v)] for y, v in hist + [(2022, s)]]
    sandingkan(d, ("Tabel 3.2 Komponen Evaluasi AKIP 2022", ("No", "Komponen", "Bobot", "Nilai"), kiri),
               ("Tabel 3.2a Riwayat Nilai AKIP", ("Tahun yang Dinilai", "Nilai", "Predikat"), kanan))
    nb = rb_std(d, 2023, 22.1)
    d.P(f"Evaluasi Reformasi Birokrasi 2023 menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rows_a, tot = budget_list(d, "u15sr23")
    d.P("Realisasi anggaran per program dan kegiatan (rupiah), dan di sebelah kanan komposisi realisasi menurut jenis "
        "belanja:")
    ag = [[k, nm, id_int(p), id_int(x), id_int(p - x), id_dec(serapan(p, x))] for k, nm, p, x, lv in rows_a]
    peg = round(tot[1] * 0.31)
    mod = round(tot[1] * 0.06)
    jb = [["51", "Belanja Pegawai", id_int(peg)], ["52", "Belanja Barang", id_int(tot[1] - peg - mod)],
          ["53", "Belanja Modal", id_int(mod)], ["", "Jumlah", id_int(tot[1])]]
    sandingkan(d, ("Tabel 3.3 Realisasi Anggaran Tahun 2023", ANG_HEAD, ag),
               ("Tabel 3.3a Realisasi per Jenis Belanja", ("Akun", "Jenis Belanja", "Realisasi"), jb))
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    for y, p, x in tahun_lalu(d, (2022,)):
        d.P(f"Tahun Anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)}.")
    tanpa_lapor_anggaran(d, 2022)  # the sentence prints no percent
    d.P("Persediaan barang habis pakai per 31 Desember 2023 tercatat Rp 48.612.750 dalam Laporan Persediaan.")
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("DPT Pemilu 2024 per kecamatan yang ditetapkan pada 2023 dan, di kanan, tahapan penetapannya:")
    kec = kecamatan(d, "pemilu", 2024)
    rows_d = kec_baris(d, "pemilu", 2024, kec, "JUMLAH")
    tahap = [["Pengumuman DPS", "Maret 2023"], ["Rekapitulasi DPSHP", "Mei 2023"], ["Penetapan DPT", "21 Juni 2023"],
             ["DPTHP-3", "Desember 2023"]]
    sandingkan(d, ("Tabel 3.4 DPT Pemilu 2024 per Kecamatan", DPT_HEAD, rows_d),
               ("Tabel 3.4a Tahapan", ("Tahapan", "Waktu"), tahap))
    sumber(d)
    selesai(d, c)


def malaka_2023():
    """Malaka 2023: the application's verification columns left in every table."""
    c, d = dok("lkj-malaka-2023", "Malaka", "Betun|30 Januari 2024|Emanuel Seran Bria, S.H.|19780227 200604 1 006",
               ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN MALAKA", "TAHUN 2023"])
    d.P("Tabel dicetak dari aplikasi pelaporan kinerja beserta kolom verifikasinya (tanggal input, paraf verifikator "
        "dan status); kolom-kolom itu bukan data kinerja.")
    paraf = ["YSB", "MTN", "AKL", "RBS"]
    tgl = lambda mulai: (lambda i: f"{mulai + i % 9:02d}/01/2024")
    rows = cap_lama("5321", 2023, baris("kompetensi 85 86.85, sarana 90 92.35, pemutakhiran 100 100, arsip 70 74.4"))
    sec_capaian(d, c, r_verif(paraf, tgl(8)), rows, ["kompetensi"])
    s = sec_sakip(d, r_verif(paraf, tgl(10)), 2022)
    hist = riwayat(d, (2021,))
    d.P(f"Nilai tahun kinerja 2021 adalah {id_dec(hist[0][1])} ({predikat(hist[0][1])}).")
    nb = rb_std(d, 2023, 21.3)
    r_verif(paraf, tgl(11))(d, "Tabel 3.2a Nilai Reformasi Birokrasi Tahun 2023", ("Uraian", "Nilai", "Bobot", "Persentase (%)"),
                            rb_baris(nb))
    sec_anggaran(d, r_verif(paraf, tgl(12)), "u15ml23")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    lalu = tahun_lalu(d, (2022,))
    tanpa_lapor_anggaran(d, 2022)  # the sentence prints no percent
    for y, p, x in lalu:
        d.P(f"Pada Tahun Anggaran {y} pagu Sekretariat sebesar Rp {id_int(p)} terealisasi Rp {id_int(x)}.")
    sec_dpt(d, r_verif(paraf, tgl(15)), "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 per kecamatan yang ditetapkan dalam rapat pleno terbuka Juni 2023:")
    sumber(d)
    selesai(d, c)


def ende_2024():
    """Ende 2024: tables without their header row, columns named in a sentence; budget in ribuan."""
    c, d = dok("lkj-ende-2024", "Ende", "Ende|28 Januari 2025|Maria Yasinta Wara, S.Sos.|19810307 200604 2 009",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN ENDE", "TAHUN 2024"])
    d.P("Baris judul kolom tabel-tabel laporan ini berupa gambar yang tidak ikut tersalin; urutan kolom setiap tabel "
        "dituliskan di bawah judul tabel.")
    R = r_kosong_kepala
    rows = cap_lama("5308", 2024, baris("kompetensi 85 87.9, sarana 90 92.55, pemutakhiran 100 100, simonika 100 98.35"))
    sec_capaian(d, c, urut((0, 1, 2, 4, 3, 5), R), rows, ["kompetensi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 22.7)
    d.P(f"Nilai evaluasi Reformasi Birokrasi 2024 adalah {id_dec(nb[0])} (bobot {id_dec(nb[1])}; {id_dec(nb[2])} persen).")
    sel = lambda k, nm, p, x, lv: [k, nm, ribu(p), ribu(x), ribu(p - x), id_dec(serapan(p, x))]
    sec_anggaran(d, R, "u15en24", sel=sel, head=("Kode", "Program / Kegiatan", "Pagu (Rp ribu)", "Realisasi (Rp ribu)",
                                                  "Sisa (Rp ribu)", "Serapan (%)"),
                 pre="Pagu DIPA Tahun Anggaran 2024 setelah revisi dan realisasinya per program dan kegiatan.")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    d.P("Penerimaan Negara Bukan Pajak yang disetor selama 2024 berjumlah Rp 9.840.000 (sewa aula dan penjualan "
        "barang bekas), di luar realisasi belanja.")
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Ende 2024 per kecamatan:")
    sumber(d)
    v = dpt_kab(d, "pemilu", 2024)
    d.P(f"Untuk Pemilu 14 Februari 2024, DPT Kabupaten Ende berjumlah {id_int(v[3])} pemilih ({id_int(v[1])} laki-laki, "
        f"{id_int(v[2])} perempuan) di {id_int(v[0])} TPS.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(manggarai_2023, lembata_2019, nagekeo_2020, sabu_raijua_2023, malaka_2023, ende_2024)
