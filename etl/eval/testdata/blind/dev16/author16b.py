#!/usr/bin/env python3
# dev16/ documents 7-12: Sumba Timur 2023 (every table a web application's page printed with
# DataTables paging: `Tampilkan 10 entri`, sort arrows, the footer total on every page, `Menampilkan
# 1 sampai 10 dari 22 entri`), Sumba Barat 2021 (every record printed over two lines; an SPSE
# procurement list beside the budget), Rote Ndao 2021 (spreadsheet ranges copied as TSV: cells with
# a line break in double quotes, the row running over several lines), Sumba Tengah 2020 (narrow
# column headers rotated, one character a line), Sumba Barat Daya 2023 (flattened: every table the
# caption of an Instagram infographic post), Kota Kupang 2019 (the application's ADK export:
# upper-case field names, counts and amounts zero-padded).
# Run from etl/eval/testdata/blind/:   python3 dev16/author16b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common16 import (ANG_HEAD, bahas, baris, budget_list, cap_lama, capaian_x, CAP_HEAD, dok, dpt_kab,  # noqa: E402
                      id_dec, id_int, kec_baris, kecamatan, nol, predikat, r_adk, r_datatables, r_dua_baris, r_ig,
                      r_tab, r_tegak, r_tsv, rb_std, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai,
                      serapan, sumber, tahun_lalu, tanpa_lapor_anggaran)
from lib import tulis  # noqa: E402


def sumba_timur_2023():
    """Sumba Timur 2023: every table a web page printed with DataTables paging."""
    c, d = dok("lkj-sumba-timur-2023", "Sumba Timur", "Waingapu|26 Januari 2024|Umbu Tamu Ridi, S.E.|19790309 200604 1 012",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "TAHUN ANGGARAN 2023"])
    d.P("Tabel bab ini dicetak dari aplikasi web internal Sekretariat. Tampilan tabel aplikasi membagi data per "
        "halaman sepuluh entri; baris jumlah adalah kaki tabel dan ikut tercetak pada setiap halaman.")
    R = r_datatables(10)
    rows = cap_lama("5311", 2023, baris("kompetensi 80 82.47, sarana 90 92.58, pemutakhiran 100 100"))
    sec_capaian(d, c, R, rows, ["kompetensi"])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 24.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau "
        f"{id_dec(nb[2])} persen.")
    sec_anggaran(d, R, "u16st23")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    lalu = tahun_lalu(d, (2022,))
    tanpa_lapor_anggaran(d, 2022)
    for y, p, x in lalu:
        d.P(f"Tahun Anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)}.")
    d.P("Nilai aset tetap Barang Milik Negara menurut laporan SIMAK-BMN per 31 Desember 2023 adalah "
        "Rp3.118.624.410; nilai aset ini bukan realisasi anggaran.")
    sec_dpt(d, R, "pemilu", 2024, label="TOTAL",
            pre="DPT Pemilu 2024 per kecamatan, ditetapkan dalam rapat pleno terbuka 21 Juni 2023:")
    sumber(d)
    selesai(d, c)


SPSE = [("Pengadaan Alat Pengolah Data", 186400000, 182950000, 176330000),
        ("Belanja Jasa Konsultansi Penataan Arsip", 94500000, 93880000, 91200000),
        ("Pemeliharaan Gedung Kantor", 142700000, 141100000, 138645000)]


def sumba_barat_2021():
    """Sumba Barat 2021: every record printed over two lines; an SPSE list beside the budget."""
    c, d = dok("lkj-sumba-barat-2021", "Sumba Barat", "Waikabubak|28 Januari 2022|Lukas Bili Ngongo, S.Sos.|19770925 200604 1 010",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT", "TAHUN 2021"])
    d.P("Tabel-tabel dicetak dari aplikasi pelaporan dengan kertas tegak; karena sempit, setiap rekaman dicetak "
        "dalam dua baris: baris kedua memuat kolom-kolom angka.")
    rows = cap_lama("5312", 2021, baris("kompetensi 75 79.3, sarana 85 82.64, pemutakhiran 100 100"))
    sec_capaian(d, c, r_dua_baris(3), rows, ["sarana"])
    sec_sakip(d, r_dua_baris(2), 2020)
    hist = riwayat(d, (2019,))
    d.P(f"Pada tahun kinerja 2019 nilai yang diperoleh {id_dec(hist[0][1])} ({predikat(hist[0][1])}).")
    sec_anggaran(d, r_dua_baris(2), "u16sb21")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    d.P("Paket pengadaan yang dilelang lewat SPSE tahun 2021 (nilai paket, bukan realisasi anggaran):")
    r_dua_baris(2)(d, "Tabel 3.3a Paket Pengadaan melalui SPSE Tahun 2021",
                   ("No", "Nama Paket", "Pagu Paket (Rp)", "HPS (Rp)", "Nilai Kontrak (Rp)"),
                   [[i, n, id_int(a), id_int(b), id_int(k)] for i, (n, a, b, k) in enumerate(SPSE, 1)])
    lalu = tahun_lalu(d, (2020,))
    tanpa_lapor_anggaran(d, 2020)
    for y, p, x in lalu:
        d.P(f"Sebagai pembanding, Tahun Anggaran {y} memiliki pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)}.")
    sec_dpt(d, r_dua_baris(4), "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan, rujukan pemutakhiran 2021:")
    sumber(d)
    selesai(d, c)


def rote_ndao_2021():
    """Rote Ndao 2021: spreadsheet ranges copied as TSV, line-broken cells in double quotes."""
    c, d = dok("lkj-rote-ndao-2021", "Rote Ndao", "Ba'a|27 Januari 2022|Yermias Ndun, S.H.|19780714 200501 1 007",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ROTE NDAO", "TAHUN 2021"])
    d.P("Tabel disalin dari lembar kerja ke penyunting teks; sel yang memuat ganti baris diapit tanda petik dua, "
        "sehingga satu baris tabel dapat menempati beberapa baris teks.")
    R = r_tsv(40)
    rows = cap_lama("5314", 2021, baris("kompetensi 80 83.4, sarana 90 91.7, pemutakhiran 100 100"))
    sec_capaian(d, c, R, rows, ["kompetensi"])
    sec_sakip(d, R, 2020)
    sec_anggaran(d, R, "u16rn21")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    lalu = tahun_lalu(d, (2019, 2020))
    tanpa_lapor_anggaran(d, 2019)
    tanpa_lapor_anggaran(d, 2020)
    for y, p, x in lalu:
        d.P(f"Tahun Anggaran {y}: pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)}.")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 per kecamatan, dasar pemutakhiran data pemilih berkelanjutan 2021:")
    sumber(d)
    selesai(d, c)


def sumba_tengah_2020():
    """Sumba Tengah 2020: narrow column headers rotated, one character a line."""
    c, d = dok("lakip-sumba-tengah-2020", "Sumba Tengah", "Waibakul|29 Januari 2021|Yulius Umbu Dingu, S.Pd.|19760518 200604 1 009",
               ["LAKIP", "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2020"])
    d.P("Agar tabel muat pada kertas tegak, judul kolom angka dicetak tegak (diputar 90 derajat); pada salinan "
        "teks judul itu terbaca satu huruf per baris.")
    rows = cap_lama("5317", 2020, baris("kompetensi 70 73.64, sarana 80 83.27, pemutakhiran 100 100"))
    sec_capaian(d, c, r_tegak(2), rows, ["kompetensi"])
    sec_sakip(d, r_tegak(2), 2019)
    hist = riwayat(d, (2018,))
    d.P(f"Nilai tahun kinerja 2018 adalah {id_dec(hist[0][1])}.")
    nb = rb_std(d, 2020, 21.9)
    r_tegak(1)(d, "Tabel 3.2a Nilai Reformasi Birokrasi Tahun 2020", ("Uraian", "Nilai", "Bobot", "Persentase"),
               [["Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    sec_anggaran(d, r_tegak(2), "u16stg20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    lalu = tahun_lalu(d, (2019,))
    tanpa_lapor_anggaran(d, 2019)
    for y, p, x in lalu:
        d.P(f"Tahun Anggaran {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)}.")
    sec_dpt(d, r_tegak(2), "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 per kecamatan, rujukan pemutakhiran berkelanjutan 2020:")
    sumber(d)
    selesai(d, c)


def sbd_2023():
    """Sumba Barat Daya 2023 (flattened): every table an Instagram infographic's caption."""
    c, d = dok("lkj-sumba-barat-daya-2023", "Sumba Barat Daya", "Tambolaka|29 Januari 2024|Agustinus Bulu Kaka, S.IP.|19800402 200604 1 015",
               ["LAPORAN", "KINERJA", "", "KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA", "BARAT DAYA", "", "2023"], flat=True)
    d.P("Angka bab ini juga disiarkan Humas lewat akun Instagram resmi; keterangan unggahan infografis disalin di "
        "bawah setiap judul tabel.")
    judul = lambda cap: "INFOGRAFIS | " + cap.split(" ", 2)[2].upper()
    ikon = lambda x: "🗳️" if str(x[0]) == "" else ("📍" if len(x) == 7 else "🔹")
    R = r_ig(judul, "#KPUSBD #TemanPemilih #PemiluDamai2024", ikon)
    rows = cap_lama("5318", 2023, baris("partisipasi 80 83.59, kompetensi 80 78.47, sarana 90 92.31"))
    sec_capaian(d, c, R, rows, ["kompetensi"])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 24.2)
    d.P(f"Evaluasi Reformasi Birokrasi 2023: nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    sec_anggaran(d, R, "u16sbd23")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    lalu = tahun_lalu(d, (2022,))
    tanpa_lapor_anggaran(d, 2022)
    for y, p, x in lalu:
        d.P(f"Tahun Anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)}.")
    sec_dpt(d, R, "pemilu", 2024, label="TOTAL SUMBA BARAT DAYA",
            pre="DPT Pemilu 2024 per kecamatan, ditetapkan 21 Juni 2023:")
    sumber(d)
    selesai(d, c)


def kota_kupang_2019():
    """Kota Kupang 2019: the application's ADK export, zero-padded counts and amounts."""
    c, d = dok("lkj-kota-kupang-2019", "Kota Kupang", "Kupang|30 Januari 2020|Yosef Lelo Lewar, S.H.|19751120 200312 1 005",
               ["LAPORAN KINERJA", "KPU KOTA KUPANG", "Periode 1 Januari s.d. 31 Desember 2019"])
    d.P("Tabel bab ini adalah isi berkas ADK yang diunduh dari aplikasi; nama kolom ditulis seperti nama field "
        "berkas, jumlah dan nilai rupiah ditulis dengan nol di depan sepanjang field.")
    adk = lambda cap: "KIN" + cap.split()[1].replace(".", "") + "_5371_2019.ADK"
    R = r_adk(adk)
    rows = cap_lama("5371", 2019, baris("partisipasi 77.5 80.94, pemutakhiran 100 100"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2018)
    hist = riwayat(d, (2017,))
    d.P(f"Nilai tahun kinerja 2017 sebelumnya {id_dec(hist[0][1])}.")
    sel = lambda k, nm, p, x, lv: [k, nm, nol(p, 15), nol(x, 15), nol(p - x, 15), id_dec(serapan(p, x))]
    sec_anggaran(d, R, "u16kk19", sel=sel)
    sumber(d, "Sumber: ADK OM-SPAN per 31 Desember 2019.")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            sel=lambda i, n, de, t, a, b: [i, n, nol(de, 4) if de != "-" else de, nol(t, 5), nol(a, 7), nol(b, 7),
                                           nol(a + b, 7)],
            pre="DPT Pemilu 2019 per kecamatan hasil rapat pleno terbuka:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(sumba_timur_2023, sumba_barat_2021, rote_ndao_2021, sumba_tengah_2020, sbd_2023, kota_kupang_2019)
