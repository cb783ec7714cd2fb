#!/usr/bin/env python3
# dev88/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev88/author88b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common88 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_nama_kapital,  # noqa: E402
                      r_sen_nol, r_porsi_bobot, r_koma_ribuan, r_kec_judul, r_kode_ikss, r_tab, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None, pre_sakip=None, total="JUMLAH"):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    s = sec_sakip(d, R, tahun - 1, pre=pre_sakip)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Untuk kinerja tahun {y}, nilai evaluasi yang diterima adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Hasil penilaian mandiri Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total, pre=pre_ang)
    sumber(d, f"Sumber: Aplikasi SAKTI dan OM-SPAN, data 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Pagu keseluruhan Rp{p} terealisasi sebesar Rp{x}, atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Adapun tahun anggaran {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()



def ngada_2019():
    """Ngada 2019: the capaian whose indicator names are typed in capital letters."""
    baru("lkj-ngada-2019", "Ngada", "5309", "Bajawa|29 Januari 2020|Yosef Djawa Ngole, S.Fil.|19840617 200604 1 871",
         r_nama_kapital("nama indikator sesuai formulir Perjanjian Kinerja"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u71ng19", ("pemilu", 2019),
         "KAB. NGADA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, sebagaimana ditetapkan dalam "
         "rapat pleno terbuka KPU Kabupaten Ngada:",
         (lambda n: f"LKj KPU Ngada 2019 :: hal. {n}", None), riw=0,
         pre="Nama indikator pada tabel pengukuran kinerja berikut ditulis dengan huruf kapital, sebagaimana tertulis "
             "pada formulir Perjanjian Kinerja Tahun 2019 yang ditandatangani Ketua KPU Kabupaten Ngada.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "TAHUN 2019", "BAJAWA"])


def nagekeo_2020():
    """Nagekeo 2020: the budget whose amounts carry SAKTI's two decimals ,00."""
    baru("lkj-nagekeo-2020", "Nagekeo", "5316", "Mbay|28 Januari 2021|Paulus Sebho Dhae, S.E.|19850822 200604 1 872",
         r_sen_nol("dalam rupiah, dua angka desimal sebagaimana keluaran aplikasi SAKTI"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9", 21.3, "u71nk20", ("pemilu", 2019),
         "KABUPATEN NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU Nagekeo 2020 | {n}", None),
         pre_ang="Pagu DIPA setelah revisi beserta realisasinya menurut program dan kegiatan disajikan pada tabel "
                 "berikut, disalin dari laporan realisasi anggaran aplikasi SAKTI; setiap jumlah rupiah ditulis "
                 "dengan dua angka desimal (,00) sebagaimana keluaran aplikasi tersebut.",
         sampul=["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN NAGEKEO", "TAHUN 2020", "MBAY"])


def sumba_barat_2021():
    """Sumba Barat 2021: the SAKIP components whose Nilai cells carry their share of the weight in parentheses."""
    baru("lkj-sumba-barat-2021", "Sumba Barat", "5312",
         "Waikabubak|28 Januari 2022|Umbu Dedu Ngara, S.Pd.|19850503 200604 1 873",
         r_porsi_bobot("angka dalam kurung: persentase nilai terhadap bobot komponen"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u71sb21", ("pilkada", 2020),
         "KABUPATEN SUMBA BARAT",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 per kecamatan, yang menjadi "
         "pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:",
         (lambda n: f"Laporan Kinerja 2021 - KPU Sumba Barat - {n}", None),
         pre_sakip="Inspektorat Utama KPU menyampaikan Laporan Hasil Evaluasi AKIP Tahun 2020. Tabel berikut memuat "
                   "nilai setiap komponen; angka dalam kurung di belakang nilai menunjukkan persentase nilai itu "
                   "terhadap bobot komponennya, dan baris Nilai Akhir memuat jumlah keempat komponen.",
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT", "TAHUN 2021", "WAIKABUBAK"])


def manggarai_2022():
    """Manggarai 2022: the DPT whose figures carry English thousands commas."""
    baru("lkj-manggarai-2022", "Manggarai", "5310", "Ruteng|30 Januari 2023|Hironimus Jemarut, S.Fil.|19860217 200904 1 874",
         r_koma_ribuan("angka sebagaimana lembar rekapitulasi operator data; pemisah ribuan koma"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u71mg22", ("pemilu", 2019),
         "KABUPATEN MANGGARAI",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2022. Tabel disalin dari lembar kerja operator data, sehingga angka ribuan dipisahkan "
         "dengan tanda koma (misalnya 1,250 berarti seribu dua ratus lima puluh pemilih):",
         (lambda n: f"KPU Kabupaten Manggarai - LKj 2022 - {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI", "TAHUN 2022", "RUTENG"])


def manggarai_timur_2023():
    """Manggarai Timur 2023: the DPT whose kecamatan names are typed in title case."""
    baru("lkj-manggarai-timur-2023", "Manggarai Timur", "5319",
         "Borong|31 Januari 2024|Kanisius Jehabut, S.Sos.|19860919 200904 1 875",
         r_kec_judul("nama kecamatan sebagaimana tertulis pada keputusan KPU Kabupaten Manggarai Timur"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6", 22.2, "u71mt23", ("pemilu", 2024),
         "KABUPATEN MANGGARAI TIMUR",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka bulan Juni 2023:",
         (lambda n: f"LKj Manggarai Timur 2023 / {n}", None),
         sampul=["LAPORAN KINERJA TAHUN 2023", "SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR", "BORONG"])


def rote_ndao_2024():
    """Rote Ndao 2024: the capaian whose first column holds the indicator's Renstra code in place of a number."""
    baru("lkj-rote-ndao-2024", "Rote Ndao", "5314", "Ba'a|30 Januari 2025|Daniel Mesakh Lenggu, S.E.|19840909 200604 1 876",
         r_kode_ikss("kode indikator kinerja sasaran strategis sesuai Renstra"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u71rn24", ("pemilu", 2024),
         "KAB. ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Rote Ndao 2024 # {n}", None),
         pre="Setiap indikator pada tabel pengukuran kinerja berikut ditandai dengan kode Indikator Kinerja Sasaran "
             "Strategis (IKSS) sebagaimana tercantum dalam Rencana Strategis, sebagai pengganti nomor urut.",
         sampul=["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN ROTE NDAO", "TAHUN 2024", "BA'A"])


if __name__ == "__main__":
    tulis(ngada_2019, nagekeo_2020, sumba_barat_2021, manggarai_2022, manggarai_timur_2023, rote_ndao_2024)
