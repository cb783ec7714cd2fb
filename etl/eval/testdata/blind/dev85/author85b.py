#!/usr/bin/env python3
# dev85/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev85/author85b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common85 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_persen_bulat,  # noqa: E402
                      r_tanpa_total, r_pita_predikat, r_awalan_kec, r_label_dipa, r_kata_satuan, r_tab, rapi, rb_std,
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


def belu_2019():
    """Belu 2019: the capaian whose Capaian column is printed as a whole percent."""
    baru("lkj-belu-2019", "Belu", "5304", "Atambua|28 Januari 2020|Maria Fatima Bere, S.Sos.|19840410 200604 2 861",
         r_persen_bulat("persentase capaian dibulatkan ke bilangan bulat"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1", 21.2, "u71bl19", ("pemilu", 2019),
         "KAB. BELU",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu per kecamatan, sebagaimana ditetapkan dalam rapat pleno "
         "terbuka KPU Kabupaten Belu:",
         (lambda n: f"LKj KPU Belu 2019 ~ {n}", None), riw=0,
         pre="Pada tabel pengukuran kinerja, target dan realisasi ditulis dengan dua angka desimal, sedangkan "
             "persentase capaian dibulatkan ke bilangan bulat terdekat.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN 2019", "ATAMBUA"])


def tts_2020():
    """Timor Tengah Selatan 2020: the budget with no total row, the total in the sentence under the table."""
    baru("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan", "5302",
         "Soe|29 Januari 2021|Yermias Tallo, S.Th.|19830908 200604 1 862",
         r_tanpa_total("dalam rupiah; jumlah seluruhnya disajikan di bawah tabel"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u71ts20", ("pemilu", 2019),
         "KABUPATEN TIMOR TENGAH SELATAN",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, dasar "
         "pemutakhiran data pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU TTS 2020 :: {n}", None), total="JUMLAH TTS",
         pre_ang="Pagu DIPA setelah revisi beserta realisasinya menurut program dan kegiatan disajikan pada tabel "
                 "berikut (dalam rupiah). Tabel tidak memuat baris jumlah; jumlah seluruhnya dinyatakan pada "
                 "paragraf di bawah tabel.",
         sampul=["LAPORAN KINERJA INSTANSI", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2020", "SOE"])


def sikka_2021():
    """Sikka 2021: the SAKIP score written into its predikat's row of the band table."""
    baru("lkj-sikka-2021", "Sikka", "5307", "Maumere|27 Januari 2022|Yohanes Nong Sina, S.Fil.|19850216 200604 1 863",
         r_pita_predikat("tanpa baris nilai akhir; nilai akhir tercantum pada tabel kategori predikat", "KPU Sikka"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u71sk21", ("pemilu", 2019),
         "KABUPATEN SIKKA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"Laporan Kinerja KPU Sikka 2021 | hal. {n}", None),
         pre_sakip="Inspektorat Utama KPU telah menyampaikan Laporan Hasil Evaluasi AKIP Tahun 2020. Nilai setiap "
                   "komponen disajikan pada tabel berikut, dan nilai akhir beserta predikatnya ditunjukkan pada "
                   "tabel kategori predikat di bawahnya.",
         sampul=["LKj TAHUN 2021", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "MAUMERE"])


def flores_timur_2022():
    """Flores Timur 2022: the DPT whose kecamatan cells carry the prefix KEC."""
    baru("lkj-flores-timur-2022", "Flores Timur", "5306",
         "Larantuka|30 Januari 2023|Bernadus Boli Hurint, S.E.|19860311 200904 1 864",
         r_awalan_kec("nama kecamatan sebagaimana tertulis pada rekapitulasi"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u71ft22", ("pemilu", 2019),
         "KAB. FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"KPU Flores Timur / LKj 2022 / {n}", None),
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN 2022", "LARANTUKA"])


def malaka_2023():
    """Malaka 2023: the budget whose total row is labelled by the DIPA's number alone."""
    baru("lkj-malaka-2023", "Malaka", "5321", "Betun|30 Januari 2024|Kristoforus Bria Seran, S.H.|19860925 200904 1 865",
         r_label_dipa("dalam rupiah; baris terakhir memuat pagu dan realisasi seluruh DIPA", "DIPA-076.01.2.675877/2023"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u71mk23", ("pemilu", 2024),
         "KABUPATEN MALAKA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan dalam rapat "
         "pleno terbuka bulan Juni 2023:",
         (lambda n: f"LKj Malaka 2023 / halaman {n}", None),
         pre_ang="Pagu dan realisasi menurut program dan kegiatan disajikan sebagaimana laporan realisasi aplikasi "
                 "SAKTI (dalam rupiah); baris terakhir tabel memuat pagu dan realisasi seluruh DIPA Satker KPU "
                 "Kabupaten Malaka Tahun Anggaran 2023.",
         sampul=["LAPORAN KINERJA (LKj)", "KPU KABUPATEN MALAKA", "TAHUN 2023", "BETUN"])


def kota_kupang_2024():
    """Kota Kupang 2024: the capaian with each figure's unit word in its own cell, no Satuan column."""
    baru("lkj-kota-kupang-2024", "Kota Kupang", "5371",
         "Kupang|30 Januari 2025|Imelda Christina Fanggi, S.H.|19870421 200904 2 866",
         r_kata_satuan("satuan tertulis bersama angkanya"),
         "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u71kk24", ("pemilu", 2024),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Kota Kupang 2024 - {n}", None),
         pre="Tabel pengukuran kinerja tidak memuat kolom satuan: setiap angka ditulis bersama satuannya, "
             "sedangkan indikator predikat dan opini ditulis dengan hurufnya.",
         sampul=["LAPORAN KINERJA TAHUN 2024", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "KUPANG"])


if __name__ == "__main__":
    tulis(belu_2019, tts_2020, sikka_2021, flores_timur_2022, malaka_2023, kota_kupang_2024)
