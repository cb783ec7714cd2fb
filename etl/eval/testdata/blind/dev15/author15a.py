#!/usr/bin/env python3
# dev15/ documents 1-6: Kupang 2024 (every table typed against tab stops: runs of TABs between
# cells), TTS 2019 (LAKIP; the budget printed as the POK worksheet with akun and volume x harga
# detail lines under each kegiatan; DPT with DPTb, DPK and a Jumlah Pemilih column), TTU 2019
# (flattened: every table a row of KPI cards copied from a mobile dashboard), Belu 2020 (SI
# thousands with plain spaces `2 981 442 000` throughout; a reporting period on the cover),
# Flores Timur 2021 (flattened: every table an application's audit log, `key="value"` pairs),
# Sikka 2020 (LKjIP; share-of-total columns beside every table: IKU weight, Porsi Pagu, % DPT).
# Run from etl/eval/testdata/blind/:   python3 dev15/author15a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common15 import (ANG_HEAD, bahas, baris, budget_list, cap_lama, capaian_x, CAP_HEAD, dok, dpt_kab,  # noqa: E402
                      id_dec, id_int, IND, induk_of, kec_baris, kecamatan, KEG, KOMP_ID, komp_std, NAMA, predikat,
                      PROG, r_kartu, r_log, r_tab, r_tabstop, rb_std, ribu, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, si_int, sumber, tahun_lalu, tanpa_lapor_anggaran, juta, urut)
from lib import tulis  # noqa: E402


def kupang_2024():
    """Kupang 2024: every table typed with the TAB key against the default tab stops."""
    c, d = dok("lkj-kabupaten-kupang-2024", "Kupang", "Oelamasi|27 Januari 2025|Yohanis Tefa, S.Sos.|19770412 200501 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN KUPANG", "TAHUN ANGGARAN 2024"])
    R = r_tabstop()
    d.P("Tabel-tabel pada bab ini diketik langsung dengan perhentian tab pengolah kata, tidak dengan fasilitas "
        "tabel; karena itu jarak antarkolom tidak selalu sama.")
    rows = cap_lama("5301", 2024, baris("kompetensi 85 87.15, sarana 90 92.4, pemutakhiran 100 100, simonika 100 97.35, tidak_terdaftar- 2 1.38"))
    sec_capaian(d, c, R, rows, ["sarana"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 22.4)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2024 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, "
        f"atau {id_dec(nb[2])} persen dari bobot maksimal.")
    sec_anggaran(d, R, "u15kp24", pre="Pagu DIPA Tahun Anggaran 2024 setelah revisi dan realisasinya per program "
                                      "dan kegiatan (rupiah).")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024, diolah.")
    lalu = tahun_lalu(d, (2023,))
    tanpa_lapor_anggaran(d, 2023)  # the sentence prints no percent
    for y, p, x in lalu:
        d.P(f"Sebagai pembanding, pagu Tahun Anggaran {y} adalah Rp{id_int(p)} dengan realisasi Rp{id_int(x)}.")
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Kupang 2024 per kecamatan yang ditetapkan dalam rapat pleno "
                "terbuka September 2024:")
    sumber(d)
    v = dpt_kab(d, "pemilu", 2024)
    d.P(f"Sebelumnya, DPT Pemilu 2024 Kabupaten Kupang ditetapkan sebanyak {id_int(v[3])} pemilih ({id_int(v[1])} "
        f"laki-laki dan {id_int(v[2])} perempuan) di {id_int(v[0])} TPS.")
    d.P("Pada hari pemungutan suara Pemilihan 27 November 2024 tercatat 1.904 pemilih DPTb dan 2.317 pemilih DPK "
        "menggunakan hak pilihnya, dengan 3.118 surat suara dinyatakan tidak sah; angka rekapitulasi ini tidak "
        "mengubah DPT di atas.")
    selesai(d, c)


AKUN = [("521211", "Belanja Bahan", "Penggandaan dan penjilidan", "PKT"),
        ("522151", "Belanja Jasa Profesi", "Honorarium narasumber", "OJ"),
        ("524111", "Belanja Perjalanan Dinas Biasa", "Perjalanan dinas dalam kabupaten", "OP")]


def pok(k, p, x):
    """The akun lines of kegiatan k (pagu p, realisasi x, both whole multiples of Rp10.000): two or
    three akun, pagu and realisasi shares rounded to Rp10.000, the last akun taking the remainder;
    each with one detail line volume x harga satuan = the akun's pagu (harga in juta, exact)."""
    n = 2 + int(k) % 2
    w = [0.45, 0.55] if n == 2 else [0.3, 0.25, 0.45]
    ps = [round(p * f / 10000) * 10000 for f in w[:-1]]
    ps.append(p - sum(ps))
    xs = [round(x * pi / p / 10000) * 10000 for pi in ps[:-1]]
    xs.append(x - sum(xs))
    out = []
    for (kode, nama, det, sat), pi, xi in zip(AKUN[:n], ps, xs):
        assert 0 < xi <= pi, (k, pi, xi)
        vol = next(v for v in (24, 12, 10, 8, 6, 4, 2, 1) if (pi // 10000) % v == 0)
        out.append((kode, nama, pi, xi, (det, f"{vol} {sat if vol > 1 else 'PKT'}", juta(pi // vol))))
    return out


def tts_2019():
    """TTS 2019 (LAKIP): the budget as the POK worksheet with akun and detail lines."""
    c, d = dok("lakip-tts-2019", "Timor Tengah Selatan", "Soe|30 Januari 2020|Daniel Nenobais, S.H.|19740219 200212 1 004",
               ["LAKIP", "KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2019"])
    rows = cap_lama("5302", 2019, baris("kompetensi 80 83.6, sarana 90 92.15, pemutakhiran 100 100, partisipasi 77.5 79.35"))
    sec_capaian(d, c, r_tab, rows, ["partisipasi"])
    sec_sakip(d, r_tab, 2018)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    d.P("Realisasi anggaran disajikan dalam susunan Petunjuk Operasional Kegiatan (POK): di bawah setiap kegiatan "
        "dicantumkan akun belanja dan rincian volume kali harga satuan. Baris akun dan rincian adalah bagian dari "
        "kegiatan di atasnya.")
    rows_a, tot = budget_list(d, "u15tts19")
    d.L("Tabel 3.3 Realisasi Anggaran Tahun 2019 menurut POK (dalam juta rupiah)", "")
    d.R("Kode", "Uraian", "Volume", "Harga Satuan", "Pagu", "Realisasi", "Sisa", "%")
    for k, nm, p, x, lv in rows_a:
        if lv == 0:
            d.R("", "JUMLAH", "", "", juta(p), juta(x), juta(p - x), id_dec(serapan(p, x)))
            continue
        d.R(k, nm, "", "", juta(p), juta(x), juta(p - x), id_dec(serapan(p, x)))
        if lv == 2:
            for ak, an, pi, xi, (det, vol, harga) in pok(k, p, x):
                d.R(ak, an, "", "", juta(pi), juta(xi), juta(pi - xi), id_dec(serapan(pi, xi)))
                d.R("", "- " + det, vol, harga, juta(pi), "", "", "")
    d.B()
    sumber(d, "Sumber: POK revisi terakhir dan OM-SPAN per 31 Desember 2019; angka dalam juta rupiah (Rp juta).")
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("DPT Pemilu 2019 per kecamatan beserta pemilih tambahan (DPTb) dan pemilih khusus (DPK) yang menggunakan hak "
        "pilih pada 17 April 2019. Kolom Jumlah Pemilih adalah DPT ditambah DPTb dan DPK.")
    kec = kecamatan(d, "pemilu", 2019)
    tb = lambda n: 11 + (len(n) * 13 + sum(map(ord, n))) % 41  # DPTb of a kecamatan (no fact)
    tk = lambda n: 4 + (len(n) * 5 + sum(map(ord, n))) % 19  # DPK of a kecamatan (no fact)
    jb, jk = sum(tb(k[0].upper()) for k in kec), sum(tk(k[0].upper()) for k in kec)
    sel = lambda i, n, de, t, a, b: ([i, n, de, t, id_int(a), id_int(b), id_int(a + b), id_int(jb if i == "" else tb(n)),
                                      id_int(jk if i == "" else tk(n)),
                                      id_int(a + b + (jb + jk if i == "" else tb(n) + tk(n)))])
    rows_k = kec_baris(d, "pemilu", 2019, kec, "JUMLAH", sel)
    r_tab(d, "Tabel 3.4 DPT, DPTb dan DPK Pemilu 2019 per Kecamatan",
          ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "DPT (L+P)", "DPTb", "DPK", "Jumlah Pemilih"), rows_k)
    sumber(d)
    selesai(d, c)


def ttu_2019():
    """TTU 2019 (flattened): every table a row of KPI cards copied from a mobile dashboard."""
    c, d = dok("lkj-ttu-2019", "Timor Tengah Utara", "Kefamenanu|29 Januari 2020|Fransiskus Taolin, S.IP.|19750803 200312 1 006",
               ["LAPORAN", "KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN", "TIMOR TENGAH UTARA", "", "2019"], flat=True)
    d.P("Angka pada bab ini disalin dari kartu-kartu dasbor aplikasi pemantauan kinerja pada telepon genggam; setiap "
        "kartu memuat satu indikator, komponen, program, kegiatan atau kecamatan.")
    rows = cap_lama("5303", 2019, baris("kompetensi 80 82.7, sarana 90 91.3, pemutakhiran 100 100, partisipasi 77.5 80.15"))
    sec_capaian(d, c, r_kartu(3, 34), rows, ["kompetensi"])
    sec_sakip(d, r_kartu(2, 34), 2018)
    sec_anggaran(d, r_kartu(2, 40), "u15ttu19", head=("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)",
                                                     "Sisa (Rp)", "Serapan (%)"))
    sumber(d, "Sumber: dasbor keuangan, data OM-SPAN per 31 Desember 2019.")
    sec_dpt(d, r_kartu(4, 24), "pemilu", 2019, label="KABUPATEN TTU",
            sel=lambda i, n, de, t, a, b: [f"{i}." if i != "" else "", n, de, t, id_int(a), id_int(b), id_int(a + b)],
            head=("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"),
            pre="DPT Pemilu 2019 per kecamatan, hasil rapat pleno terbuka; kartu terakhir memuat jumlah kabupaten.")
    sumber(d)
    selesai(d, c)


def belu_2020():
    """Belu 2020: SI thousands with plain spaces throughout; a reporting period on the cover."""
    c, d = dok("lkj-belu-2020", "Belu", "Atambua|28 Januari 2021|Maria Goreti Bau, S.E.|19780310 200604 2 013",
               ["LAPORAN KINERJA", "KPU KABUPATEN BELU", "Periode 1 Januari s.d. 31 Desember 2020"])
    d.P("Sesuai gaya selingkung yang dipakai Sekretariat sejak 2020, angka ribuan dipisahkan dengan spasi "
        "(misalnya 12 345) dan desimal dengan koma.")
    rows = cap_lama("5304", 2020, baris("kompetensi 85 86.9, sarana 90 93.25, pemutakhiran 100 100, gaji 100 100"))
    sec_capaian(d, c, urut((0, 1, 2, 3, 5, 4), r_tab), rows, ["sarana"])
    s = sec_sakip(d, r_tab, 2019)
    sel = lambda k, nm, p, x, lv: [k, nm, si_int(p), si_int(x), si_int(p - x), id_dec(serapan(p, x))]
    tot = sec_anggaran(d, r_tab, "u15bl20", sel=sel)
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    d.P(f"Dengan demikian dari pagu Rp {si_int(tot[0])} terealisasi Rp {si_int(tot[1])}. Di luar belanja, "
        "Sekretariat menyetor Penerimaan Negara Bukan Pajak sebesar Rp 6 475 000 dari sewa gedung dan denda "
        "keterlambatan; PNBP ini bukan realisasi anggaran.")
    sec_dpt(d, r_tab, "pemilu", 2019, label="Jumlah",
            sel=lambda i, n, de, t, a, b: [i, n, de, t, si_int(a), si_int(b), si_int(a + b)],
            pre="Data pemilih yang menjadi acuan pemutakhiran berkelanjutan tahun 2020 adalah DPT Pemilu 2019 per "
                "kecamatan berikut.")
    sumber(d)
    selesai(d, c)


def flores_timur_2021():
    """Flores Timur 2021 (flattened): every table an application's audit log of key="value" pairs."""
    c, d = dok("lkj-flores-timur-2021", "Flores Timur", "Larantuka|31 Januari 2022|Bernadus Kopong Liat, S.Sos.|19760921 200604 1 008",
               ["lkj_kpu_flotim_2021_final.pdf", "", "LAPORAN KINERJA", "KPU KABUPATEN FLORES TIMUR"], flat=True)
    d.P("Data pengukuran pada bab ini diekspor dari log audit aplikasi e-Kinerja: setiap baris log mencatat satu "
        "isian yang disimpan, dengan nama kolom di depan setiap nilai.")
    rows = cap_lama("5306", 2021, baris("kompetensi 85 87.45, sarana 90 88.7, pemutakhiran 100 100, arsip 70 73.2"))
    sec_capaian(d, c, r_log("ekinerja.capaian", (9, 12, "2022-01-14")), rows, ["sarana"])
    s = sec_sakip(d, r_log("ekinerja.akip", (10, 3, "2022-01-14")), 2020)
    hist = riwayat(d, (2019,))
    d.P(f"Nilai tahun kinerja 2020 tersebut naik dari {id_dec(hist[0][1])} ({predikat(hist[0][1])}) pada tahun "
        f"kinerja 2019.")
    nb = rb_std(d, 2021, 21.5)
    r_log("ekinerja.rb", (10, 9, "2022-01-14"))(d, "Tabel 3.2a Nilai Reformasi Birokrasi Tahun 2021",
                                                 ("Uraian", "Nilai", "Bobot", "Persentase"),
                                                 [["Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    sec_anggaran(d, r_log("ekinerja.anggaran", (11, 40, "2022-01-17")), "u15ft21")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021, diolah.")
    sec_dpt(d, r_log("ekinerja.pemilih", (8, 55, "2022-01-18")), "pemilu", 2019, label="JUMLAH",
            pre="Pemutakhiran data pemilih berkelanjutan 2021 berpangkal pada DPT Pemilu 2019 per kecamatan:")
    sumber(d)
    selesai(d, c)


def sikka_2020():
    """Sikka 2020 (LKjIP): share-of-total columns beside every table."""
    c, d = dok("lkjip-sikka-2020", "Sikka", "Maumere|27 Januari 2021|Yuliana Moi, S.Sos.|19790522 200502 2 006",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN SIKKA", "TAHUN 2020"])
    d.P("Setiap tabel pada laporan ini dilengkapi kolom porsi: bobot indikator dalam Perjanjian Kinerja, porsi pagu "
        "terhadap jumlah pagu, dan porsi pemilih terhadap jumlah pemilih kabupaten.")
    rows = cap_lama("5307", 2020, baris("kompetensi 80 82.45, sarana 90 92.6, pemutakhiran 100 100, gaji 100 100, arsip 75 77.9"))
    bobot = ["20,00", "20,00", "15,00", "15,00", "10,00", "10,00", "10,00", "10,00"]
    cap = capaian_x(d, rows)
    assert len(cap) <= len(bobot)
    r_tab(d, "Tabel 3.1 Pengukuran Kinerja Tahun 2020", ("No", "Indikator Kinerja", "Bobot (%)", "Satuan", "Realisasi",
                                                         "Target", "Capaian (%)"),
          [[x[0], x[1], bobot[i], x[2], x[4], x[3], x[5]] for i, x in enumerate(cap)])
    sumber(d)
    bahas(d, c, ["kompetensi"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2019)
    d.P(f"Hasil Evaluasi AKIP Tahun 2019 memberikan nilai {id_dec(s)} ({predikat(s)}). Kolom porsi menunjukkan "
        "sumbangan setiap komponen terhadap nilai akhir.")
    r_tab(d, "Tabel 3.2 Nilai Evaluasi AKIP Tahun 2019 per Komponen", ("No", "Komponen", "Bobot", "Nilai", "Porsi Nilai (%)"),
          [[i, KOMP_ID[k], id_dec(b), id_dec(v), id_dec(round(v / s * 100, 2))] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
          + [["", "Nilai Akhir", "100,00", id_dec(s), "100,00"]])
    hist = riwayat(d, (2018,))
    d.P(f"Sebagai pembanding, nilai tahun kinerja 2018 adalah {id_dec(hist[0][1])}.")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rows_a, tot = budget_list(d, "u15sk20")
    d.P("Pagu dan realisasi per program dan kegiatan Tahun Anggaran 2020 (rupiah); kolom Porsi Pagu adalah pagu "
        "baris itu dibagi jumlah pagu.")
    porsi = lambda p: id_dec(round(p / tot[0] * 100, 2))
    r_tab(d, "Tabel 3.3 Realisasi Anggaran Tahun 2020", ("Kode", "Program / Kegiatan", "Pagu", "Porsi Pagu (%)",
                                                         "Realisasi", "Sisa", "Serapan (%)"),
          [[k if lv else "", nm, id_int(p), porsi(p), id_int(x), id_int(p - x), id_dec(serapan(p, x))]
           for k, nm, p, x, lv in rows_a])
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    d.FF()
    d.L("D. Data Pemilih", "")
    d.P("DPT Pemilu 2019 per kecamatan yang menjadi dasar pemutakhiran berkelanjutan 2020; kolom terakhir adalah "
        "porsi pemilih kecamatan terhadap jumlah kabupaten.")
    kec = kecamatan(d, "pemilu", 2019)
    jml = sum(k[3] + k[4] for k in kec)
    sel = lambda i, n, de, t, a, b: [i, n, de, t, id_int(a), id_int(b), id_int(a + b), id_dec(round((a + b) / jml * 100, 2))]
    r_tab(d, "Tabel 3.4 DPT Pemilu 2019 per Kecamatan", ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P", "% DPT"),
          kec_baris(d, "pemilu", 2019, kec, "JUMLAH", sel))
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2024, tts_2019, ttu_2019, belu_2020, flores_timur_2021, sikka_2020)
