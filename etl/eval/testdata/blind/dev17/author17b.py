#!/usr/bin/env python3
# dev17/ documents 7-12: Flores Timur 2023 (every table given in two halves in two places, joined
# by a key: PK targets then realisations by `No`, pagu then realisation by `Kode`, villages and TPS
# then voters by kecamatan), Ende 2019 (Word tables with merged header cells over two header lines; the
# DPT grouped by electoral district with `Jumlah Dapil` subtotals), Nagekeo 2019 (flattened: every
# table a printed poster's text, each figure on a line with its label under it), Sabu Raijua 2019
# (flattened: every table the inbox of the office's SMS gateway, rows sent as `KODE#field#…`), Kota
# Kupang 2023 (every table a reconciliation sheet: each figure from two sources and `Selisih`),
# Sumba Tengah 2024 (every table with a `Keterangan` column whose notes cite other figures).
# Run from etl/eval/testdata/blind/:   python3 dev17/author17b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (baris, budget_list, cap_lama, capaian_x, dok, dpt_kab, id_dec, id_int, kec_baris,  # noqa: E402
                      kecamatan, predikat, r_dua_kepala, r_ket, r_poster, r_rekon, r_sms, r_tab, rb_std, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu,
                      tanpa_lapor_anggaran, bahas)
from lib import tulis  # noqa: E402


def flores_timur_2023():
    """Flores Timur 2023: every table in two halves in two places, joined by a key."""
    c, d = dok("lkj-flores-timur-2023", "Flores Timur", "Larantuka|30 Januari 2024|Bernadus Kopong Liat, S.Sos.|19760921 200604 1 008",
               ["LKj_KPU_Flotim_TA2023_final.docx", "", "LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR"])
    d.P("Bab ini memisahkan rencana dari hasil: target Perjanjian Kinerja, pagu DIPA dan data wilayah disajikan "
        "lebih dahulu, lalu realisasinya pada tabel tersendiri dengan nomor, kode atau nama kecamatan yang sama.")
    rows = cap_lama("5306", 2023, baris("kompetensi 80 83.15, sarana 90 92.77, pemutakhiran 100 100"))
    cap = capaian_x(d, rows)
    r_tab(d, "Tabel 3.1 Target Perjanjian Kinerja Tahun 2023", ("No", "Indikator Kinerja", "Satuan", "Target"),
          [x[:4] for x in cap])
    d.P("Realisasi dan capaian atas target tersebut, menurut nomor indikator pada Tabel 3.1:")
    r_tab(d, "Tabel 3.2 Realisasi Kinerja Tahun 2023", ("No", "Realisasi", "Capaian (%)"), [[x[0], x[4], x[5]] for x in cap])
    sumber(d)
    bahas(d, c, ["kompetensi"])
    sec_sakip(d, r_tab, 2022)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rows_a, tot = budget_list(d, "u17ft23")
    d.P("Pagu DIPA Tahun Anggaran 2023 setelah revisi menurut program dan kegiatan (rupiah):")
    r_tab(d, "Tabel 3.3 Pagu DIPA Tahun Anggaran 2023", ("Kode", "Program / Kegiatan", "Pagu"),
          [[k, nm, id_int(p)] for k, nm, p, x, lv in rows_a])
    d.P("Realisasi sampai 31 Desember 2023 menurut kode pada Tabel 3.3; sisa pagu adalah pagu dikurangi realisasi.")
    r_tab(d, "Tabel 3.4 Realisasi Anggaran per Kode Tahun 2023", ("Kode", "Realisasi", "Serapan (%)"),
          [[k if lv else "JUMLAH", id_int(x), id_dec(serapan(p, x))] for k, nm, p, x, lv in rows_a])
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    d.FF()
    d.L("D. Data Pemilih", "")
    kec = kecamatan(d, "pemilu", 2024)
    rows_k = kec_baris(d, "pemilu", 2024, kec, "JUMLAH", None)
    d.P("Wilayah kerja dan TPS Pemilu 2024 per kecamatan, sesuai penetapan DPT pada 21 Juni 2023:")
    r_tab(d, "Tabel 3.5 Desa/Kelurahan dan TPS Pemilu 2024 per Kecamatan", ("No", "Kecamatan", "Desa/Kel", "TPS"),
          [x[:4] for x in rows_k])
    d.P("Daftar Pemilih Tetap Pemilu 2024 per kecamatan yang sama:")
    r_tab(d, "Tabel 3.6 DPT Pemilu 2024 per Kecamatan", ("Kecamatan", "L", "P", "L+P"), [x[1:2] + x[4:] for x in rows_k])
    sumber(d)
    selesai(d, c)


DAPIL_ENDE = [5, 4, 4, 4, 4]


def ende_2019():
    """Ende 2019: merged header cells; the DPT grouped by electoral district."""
    c, d = dok("lakip-ende-2019", "Ende", "Ende|28 Januari 2020|Yohanes Don Bosco Rega, S.H.|19770905 200312 1 004",
               ["LAKIP", "KPU KABUPATEN ENDE", "TAHUN 2019"])
    rows = cap_lama("5308", 2019, baris("partisipasi 77.5 80.64, pemutakhiran 100 100, kompetensi 80 77.25"))
    sec_capaian(d, c, r_dua_kepala({3: ("Kinerja Tahun 2019", 3)}), rows, ["partisipasi"])
    sec_sakip(d, r_dua_kepala({2: ("Hasil Evaluasi", 2)}), 2018)
    sec_anggaran(d, r_dua_kepala({2: ("Anggaran Tahun 2019 (Rp)", 3), 5: ("Penyerapan", 1)}), "u17en19")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    d.FF()
    d.L("D. Data Pemilih", "")
    kec = kecamatan(d, "pemilu", 2019)
    assert sum(DAPIL_ENDE) == len(kec)
    rows_k = kec_baris(d, "pemilu", 2019, kec, "JUMLAH KABUPATEN", None)
    d.P("DPT Pemilu 2019 per kecamatan, dikelompokkan menurut daerah pemilihan (dapil) anggota DPRD Kabupaten Ende; "
        "baris Jumlah Dapil adalah jumlah kecamatan dalam dapil itu.")
    out, i = [], 0
    for n, sz in enumerate(DAPIL_ENDE, 1):
        grup = kec[i:i + sz]
        out += rows_k[i:i + sz]
        out.append(["", f"Jumlah Dapil Ende {n}", "-" if grup[0][1] is None else sum(k[1] for k in grup),
                    sum(k[2] for k in grup),
                    id_int(sum(k[3] for k in grup)), id_int(sum(k[4] for k in grup)),
                    id_int(sum(k[3] + k[4] for k in grup))])
        i += sz
    out.append(rows_k[-1])
    r_dua_kepala({2: ("Jumlah", 2), 4: ("Pemilih", 3)})(d, "Tabel 3.4 Rekapitulasi DPT Pemilu 2019 per Dapil dan Kecamatan",
                                                       ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"), out)
    sumber(d)
    selesai(d, c)


def nagekeo_2019():
    """Nagekeo 2019 (flattened): every table a printed poster's text."""
    c, d = dok("lkj-nagekeo-2019", "Nagekeo", "Mbay|27 Januari 2020|Kristoforus Dhae, S.Sos.|19780414 200604 1 006",
               ["LAPORAN KINERJA", "KPU KABUPATEN NAGEKEO", "TAHUN 2019"], flat=True)
    d.P("Ringkasan angka bab ini juga dicetak sebagai poster papan informasi publik di ruang pelayanan. Teks poster "
        "disalin ke laporan: setiap angka berdiri pada barisnya sendiri dan keterangannya di bawahnya.")
    rows = cap_lama("5316", 2019, baris("partisipasi 77.5 82.74, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, r_poster({3: "target ({sat})", 4: "realisasi ({sat})", 5: "capaian (%)"}), rows, ["partisipasi"])
    sec_sakip(d, r_poster({2: "bobot", 3: "nilai"}, lambda x: f"Komponen {x[0]}: {x[1]}" if x[0] != "" else "NILAI AKHIR"), 2018)
    riw = riwayat(d, (2017, 2016))
    d.P(f"Nilai tahun kinerja 2017 adalah {id_dec(riw[0][1])} ({predikat(riw[0][1])}), tahun kinerja 2016 "
        f"{id_dec(riw[1][1])} ({predikat(riw[1][1])}).")
    sec_anggaran(d, r_poster({2: "pagu (Rp)", 3: "realisasi (Rp)", 4: "sisa (Rp)", 5: "serapan (%)"},
                             lambda x: f"{x[0]} {x[1]}" if x[0] != "" else f"{x[1]} SELURUH PROGRAM"), "u17ng19")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    for y, p, x in tahun_lalu(d, (2018,)):
        d.P(f"Pada Tahun Anggaran {y} pagu tercatat Rp{id_int(p)} dengan realisasi Rp{id_int(x)}.")
    tanpa_lapor_anggaran(d, 2018)
    sec_dpt(d, r_poster({2: "desa/kelurahan", 3: "TPS", 4: "pemilih laki-laki", 5: "pemilih perempuan",
                         6: "jumlah pemilih (L+P)"},
                        lambda x: f"Kecamatan {x[1]}" if x[0] != "" else "KABUPATEN NAGEKEO (JUMLAH)"), "pemilu", 2019,
            label="JUMLAH")
    sumber(d)
    selesai(d, c)


def sabu_raijua_2019():
    """Sabu Raijua 2019 (flattened): every table the inbox of the office's SMS gateway."""
    c, d = dok("lkjip-sabu-raijua-2019", "Sabu Raijua", "Seba|30 Januari 2020|Ferdinand Bire Kana, S.Pd.|19790620 200604 1 009",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2019"], flat=True)
    d.P("Karena jaringan data di Raijua belum stabil, angka kinerja dan data pemilih dikirim para pengelola lewat SMS "
        "berformat ke gerbang SMS kantor. Kotak masuk gerbang SMS disalin di bawah setiap judul tabel; satu SMS "
        "memuat satu baris tabel, kolomnya dipisah tanda pagar dan urutannya mengikuti baris Format.")
    kode = lambda cap: {"3.1": ("CAP", "08/01/2020"), "3.2": ("AKIP", "09/01/2020"), "3.3": ("ANG", "10/01/2020"),
                        "3.4": ("DPT", "13/01/2020")}[cap.split()[1]]
    R = r_sms(kode, "+6281338xxx214", 8 * 3600 + 12 * 60)
    rows = cap_lama("5320", 2019, baris("partisipasi 77.5 83.92, pemutakhiran 100 100, kompetensi 80 80.95"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2018)
    riw = riwayat(d, (2017, 2016))
    d.P(f"Pada evaluasi sebelumnya nilai AKIP adalah {id_dec(riw[0][1])} (tahun kinerja 2017) dan "
        f"{id_dec(riw[1][1])} (tahun kinerja 2016).")
    sec_anggaran(d, R, "u17sr19")
    sumber(d, "Sumber: SMS pengelola keuangan, dicocokkan dengan OM-SPAN per 31 Desember 2019.")
    for y, p, x in tahun_lalu(d, (2018,)):
        d.P(f"Tahun Anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)}.")
    tanpa_lapor_anggaran(d, 2018)
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH")
    sumber(d)
    selesai(d, c)


def kota_kupang_2023():
    """Kota Kupang 2023: every table a reconciliation sheet of two sources."""
    c, d = dok("lkj-kota-kupang-2023", "Kota Kupang", "Kupang|29 Januari 2024|Yosef Lelo Lewar, S.H.|19751120 200312 1 005",
               ["LAPORAN KINERJA", "KPU KOTA KUPANG", "Periode 1 Januari - 31 Desember 2023"])
    d.P("Setiap angka bab ini telah direkonsiliasi: angka dari aplikasi disandingkan dengan angka dokumen sumber, "
        "dan kolom Selisih menunjukkan perbedaannya. Seluruh selisih tahun ini nol.")
    rows = cap_lama("5371", 2023, baris("kompetensi 80 84.05, sarana 90 93.18, pemutakhiran 100 100"))
    sec_capaian(d, c, r_rekon((4,), "e-SAKIP", "Dokumen"), rows, ["kompetensi"])
    sec_sakip(d, r_tab, 2022)
    riw = riwayat(d, (2021, 2020))
    d.P(f"Nilai tahun kinerja 2021 adalah {id_dec(riw[0][1])} ({predikat(riw[0][1])}) dan tahun kinerja 2020 "
        f"{id_dec(riw[1][1])} ({predikat(riw[1][1])}).")
    sec_anggaran(d, r_rekon((3,), "SAKTI", "OM-SPAN"), "u17kk23")
    sumber(d, "Sumber: Berita Acara Rekonsiliasi SAKTI dan OM-SPAN Semester II 2023.")
    for y, p, x in tahun_lalu(d, (2022,)):
        d.P(f"Sebagai pembanding, pagu Tahun Anggaran {y} sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)}.")
    tanpa_lapor_anggaran(d, 2022)
    d.P("Nilai Barang Milik Negara menurut rekonsiliasi SIMAK-BMN per 31 Desember 2023 adalah Rp4.906.312.775; "
        "angka ini adalah nilai aset, bukan realisasi anggaran.")
    sec_dpt(d, r_rekon((6,), "Pleno", "SIDALIH"), "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 per kecamatan yang ditetapkan dalam rapat pleno terbuka 21 Juni 2023, disandingkan "
                "dengan rekapitulasi aplikasi SIDALIH:")
    sumber(d)
    selesai(d, c)


def sumba_tengah_2024():
    """Sumba Tengah 2024: every table with a Keterangan column of notes citing other figures."""
    c, d = dok("lkj-sumba-tengah-2024", "Sumba Tengah", "Waibakul|30 Januari 2025|Umbu Remu Samapati, S.Sos.|19800117 200604 1 005",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TENGAH", "TAHUN ANGGARAN 2024"])
    note = {
        "3.1": lambda x: "Dokumen pendukung: SK 21/PL.01-Kpt/5317/2024" if x[2] == "%" else "Hasil evaluasi diterima 14 Juni 2024",
        "3.2": lambda x: "LHE Nomor 118/PW.01/2024" if x[0] == "" else f"Sub-komponen {3 + len(str(x[1])) % 3} butir",
        "3.2a": lambda x: "Disampaikan Inspektorat Utama 6 Mei 2024",
        "3.3": lambda x: "Revisi POK terakhir 12 Desember 2024" if x[0] == "" else ("SP2D terakhir 27/12/2024" if "." in str(x[0]) else "-"),
        "3.4": lambda x: "Pleno 20 September 2024" if x[0] == "" else f"{1 + len(str(x[1])) % 4} TPS lokasi terjauh",
    }
    R = r_ket(lambda cap, x: note[cap.split()[1]](x))
    rows = cap_lama("5317", 2024, baris("kompetensi 85 86.72, sarana 90 93.36, pemutakhiran 100 100"))
    sec_capaian(d, c, R, rows, ["kompetensi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2023, 23.8)
    d.P("Hasil evaluasi Reformasi Birokrasi terakhir yang diterima adalah evaluasi tahun 2023:")
    R(d, "Tabel 3.2a Nilai Evaluasi Reformasi Birokrasi Tahun 2023", ("Tahun", "Nilai", "Bobot", "Persentase (%)"),
      [[2023, id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    sec_anggaran(d, R, "u17sg24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Serentak 2024 per kecamatan yang ditetapkan dalam rapat pleno terbuka:")
    sumber(d)
    tps, l, p, t = dpt_kab(d, "pemilu", 2024)
    d.P(f"DPT Pemilu 2024 yang ditetapkan pada tahun sebelumnya berjumlah {id_int(t)} pemilih ({id_int(l)} laki-laki, "
        f"{id_int(p)} perempuan) di {id_int(tps)} TPS.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(flores_timur_2023, ende_2019, nagekeo_2019, sabu_raijua_2019, kota_kupang_2023, sumba_tengah_2024)
