#!/usr/bin/env python3
# dev64/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev64/author64b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common64 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_apung, r_baris_patah,  # noqa: E402
                      r_kolom_teks, r_sarang, r_tata_letak, r_terproteksi, rapi, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, pre=None, riw=1, sampul=None, kaki=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Hasil evaluasi atas kinerja tahun {y} tercatat {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Nilai Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari seluruh pagu sebesar Rp{p} terealisasi Rp{x}, atau serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai pembanding, pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    if kaki:
        halaman(d, *kaki)
        rapi(d)
        d.write()


def manggarai_timur_2019():
    """Manggarai Timur 2019: the Pemilu 2019 DPT split by Excel's Text to Columns (space), names over cells."""
    baru("lkj-manggarai-timur-2019", "Manggarai Timur", "5319",
         "Borong|30 Januari 2020|Kanisius Jehaut, S.Fil.|19830612 200604 1 611",
         r_kolom_teks("Rekapitulasi DPT Pemilu 2019 per Kecamatan"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.4", 21.1, "u62mt19", ("pemilu", 2019),
         "KAB. MANGGARAI TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Timur per kecamatan. Teks rekapitulasi ditempel ke "
         "lembar kerja lalu dipecah menjadi kolom menurut spasi, dan dicetak apa adanya.", riw=0,
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2019", "BORONG"])


def sumba_timur_2020():
    """Sumba Timur 2020: the Pilkada 2020 DPT as a floating Word table with the prose wrapped beside it."""
    teks = ("Pemutakhiran data pemilih berkelanjutan tahun 2020 berpangkal pada Daftar Pemilih Tetap Pemilihan "
            "Bupati dan Wakil Bupati Sumba Timur 2020 yang ditetapkan dalam rapat pleno terbuka. Data itu kemudian "
            "dicocokkan dengan data kependudukan semester II, laporan pemilih meninggal dunia, pindah domisili dan "
            "pemilih baru dari pemerintah desa serta kelurahan. Setiap perubahan dicatat dalam berita acara bulanan "
            "dan disampaikan kepada KPU Provinsi Nusa Tenggara Timur bersama rekapitulasi per kecamatan. Tabel di "
            "samping menyajikan rekapitulasi penetapan tersebut menurut kecamatan, lengkap dengan jumlah desa dan "
            "kelurahan, jumlah TPS serta pemilih laki-laki dan perempuan. Jumlah kabupaten berada pada baris "
            "terakhir tabel. Pemutakhiran selanjutnya dilakukan setiap bulan dengan memperhatikan masukan "
            "masyarakat melalui layanan pengaduan daftar pemilih yang dibuka di kantor KPU Kabupaten Sumba Timur "
            "serta melalui kanal daring yang dikelola subbagian perencanaan, data dan informasi.")
    baru("lkj-sumba-timur-2020", "Sumba Timur", "5311",
         "Waingapu|29 Januari 2021|Umbu Pura Woha, S.Sos.|19820917 200604 1 612",
         r_apung("Rekapitulasi DPT Pemilihan 2020 per Kecamatan", teks),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.3", 21.5, "u62st20", ("pilkada", 2020),
         "KAB. SUMBA TIMUR",
         "Bagian ini menyajikan daftar pemilih hasil penetapan tahun 2020.", riw=1)


def nagekeo_2024():
    """Nagekeo 2024: the budget as the Excel window copied while the workbook was in Protected View."""
    baru("lkj-nagekeo-2024", "Nagekeo", "5316", "Mbay|30 Januari 2025|Yosef Dhosa Wea, S.Pd.|19840126 200604 1 613",
         r_terproteksi("Realisasi Anggaran 2024", "Realisasi_DIPA_2024.xlsx"),
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.9", 22.6, "u62nk24", ("pemilu", 2024),
         "KAB. NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Nagekeo per kecamatan (penetapan Juni 2023):",
         pre="Lembar realisasi anggaran dikirim bendahara sebagai lampiran surel; tampilan jendela Excel berkas itu "
             "disalin pada bagian Realisasi Anggaran sebelum penyuntingan diaktifkan.", riw=1)


def sabu_raijua_2024():
    """Sabu Raijua 2024: the budget as the sheet copied from Excel's Page Layout view (placeholders)."""
    baru("lkj-sabu-raijua-2024", "Sabu Raijua", "5320",
         "Seba|31 Januari 2025|Yohanis Riwu Kaho, S.Sos.|19830708 200604 1 614",
         r_tata_letak("Realisasi Anggaran 2024", 5),
         "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7", 22.4, "u62sr24", ("pilkada", 2024),
         "KAB. SABU RAIJUA",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sabu Raijua 2024 per kecamatan:",
         pre="Tabel realisasi anggaran disalin langsung dari lembar kerja subbagian keuangan yang sedang terbuka "
             "dalam tampilan Page Layout.", riw=1)


def sumba_tengah_2021():
    """Sumba Tengah 2021: the capaian as a table nested in the right cell of a layout table."""
    baru("lkj-sumba-tengah-2021", "Sumba Tengah", "5317",
         "Waibakul|28 Januari 2022|Umbu Lapu Ndima, S.H.|19840415 200604 1 615",
         r_sarang("Pengukuran Kinerja 2021", "Meningkatnya kualitas penyelenggaraan pemilu dan pemilihan serta "
                  "tata kelola kelembagaan KPU Kabupaten Sumba Tengah"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.8, "u62sg21", ("pemilu", 2019),
         "KAB. SUMBA TENGAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan, pangkal pemutakhiran 2021:",
         pre="Tabel pengukuran kinerja disusun dalam tabel tata letak: sasaran strategis di kolom kiri, indikator "
             "dan capaiannya dalam tabel di kolom kanan.", riw=1)


def ttu_2019():
    """Timor Tengah Utara 2019: the SAKIP 2018 components in a table whose row breaks across a page."""
    baru("lkj-timor-tengah-utara-2019", "Timor Tengah Utara", "5303",
         "Kefamenanu|30 Januari 2020|Mikael Sasi Bana, S.Sos.|19820223 200604 1 616",
         r_baris_patah("Hasil Evaluasi AKIP 2018", 14),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.2", 21.4, "u62tu19", ("pemilu", 2019),
         "KAB. TTU",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Utara per kecamatan:",
         pre="Tabel komponen evaluasi disusun dengan kolom Komponen yang sempit; baris tabel boleh terpotong "
             "pergantian halaman.", riw=0, kaki=(lambda n: f"LKj KPU TTU 2019 | {n}", "KPU Kabupaten Timor Tengah "
                                                 "Utara - Laporan Kinerja 2019"))


if __name__ == "__main__":
    tulis(manggarai_timur_2019, sumba_timur_2020, nagekeo_2024, sabu_raijua_2024, sumba_tengah_2021, ttu_2019)
