#!/usr/bin/env python3
# dev69/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev69/author69b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common69 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_figur, r_potong,  # noqa: E402
                      r_ribu, r_sela_baris, r_sela_kolom, r_ujung, rapi, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None):
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
    halaman(d, *kaki)
    rapi(d)
    d.write()


def alor_2022():
    """Alor 2022: the Pemilu 2019 DPT in thousands of voters, to three decimals."""
    baru("lkj-alor-2022", "Alor", "5305", "Kalabahi|30 Januari 2023|Yohanis Mau Lelang, S.Sos.|19840521 200604 1 791",
         r_ribu("Rekapitulasi DPT Pemilu 2019 per Kecamatan"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u67al22", ("pemilu", 2019),
         "KAB. ALOR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2022; jumlah pemilih disajikan dalam ribu jiwa sebagaimana tabel statistik kependudukan:",
         (lambda n: f"LKj Alor 2022 ~ {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN ALOR", "TAHUN 2022", "KALABAHI"])


def sumba_tengah_2022():
    """Sumba Tengah 2022: the budget with the row's code at both ends."""
    baru("lkj-sumba-tengah-2022", "Sumba Tengah", "5317",
         "Waibakul|31 Januari 2023|Umbu Dewa Ndapa Ngguli, S.E.|19850214 200604 1 792",
         r_ujung("Realisasi Anggaran 2022"),
         "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.4", 21.7, "u67st22", ("pemilu", 2019),
         "KAB. SUMBA TENGAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2022:",
         (lambda n: f"{n} :: LKj Sumba Tengah 2022", None),
         pre="Tabel realisasi anggaran yang lebar mengulang kode program dan kegiatan pada kolom paling kanan.")


def lembata_2023():
    """Lembata 2023: the capaian printed from the spreadsheet with wrap text off, names cut."""
    baru("lkj-lembata-2023", "Lembata", "5313", "Lewoleba|31 Januari 2024|Paulus Ola Lamanepa, S.Pd.|19860703 200904 1 793",
         r_potong("Pengukuran Kinerja 2023, lembar IKU"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.8", 22.1, "u67lb23", ("pemilu", 2024),
         "KAB. LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Lembata per kecamatan, ditetapkan dalam rapat pleno "
         "Juni 2023:",
         (lambda n: f"Lembata / LKj 2023 / {n}", None),
         pre="Tabel capaian disalin dari lembar kerja pengukuran kinerja sebagaimana tercetak.")


def sumba_barat_daya_2023():
    """Sumba Barat Daya 2023: the Pemilu 2024 DPT with a blank spacer row between every two rows."""
    baru("lkj-sumba-barat-daya-2023", "Sumba Barat Daya", "5318",
         "Tambolaka|30 Januari 2024|Yohanes Bili Kii, S.H.|19840930 200604 1 794",
         r_sela_baris("DPT Pemilu 2024 per Kecamatan"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3", 21.6, "u67sd23", ("pemilu", 2024),
         "KAB. SUMBA BARAT DAYA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Barat Daya per kecamatan, ditetapkan dalam rapat pleno "
         "Juni 2023:",
         (lambda n: f"LKj SBD 2023 -- hal {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2023", "TAMBOLAKA"])


def sumba_timur_2024():
    """Sumba Timur 2024: the SAKIP components with an empty spacer column between every two columns."""
    baru("lkj-sumba-timur-2024", "Sumba Timur", "5311",
         "Waingapu|30 Januari 2025|Rambu Ana Lika, S.Sos.|19870112 200904 2 795",
         r_sela_kolom("Nilai per komponen, Laporan Hasil Evaluasi"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2", 22.5, "u67sm24", ("pemilu", 2024),
         "KAB. SUMBA TIMUR",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Timur per kecamatan, yang digunakan pada pemungutan "
         "suara 14 Februari 2024:",
         (lambda n: f"LKj Sumba Timur 2024 [{n}]", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "TAHUN 2024", "WAINGAPU"])


def manggarai_barat_2024():
    """Manggarai Barat 2024: the budget with its figures right-aligned by figure spaces."""
    baru("lkj-manggarai-barat-2024", "Manggarai Barat", "5315",
         "Labuan Bajo|31 Januari 2025|Stefanus Hamsi Jemadu, S.Fil.|19860422 200904 1 796",
         r_figur("Realisasi Anggaran 2024 menurut program dan kegiatan"),
         "partisipasi 77.5 81.9, pemutakhiran 100 100, kompetensi 80 82.0", 22.8, "u67mb24", ("pemilu", 2024),
         "KAB. MANGGARAI BARAT",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, yang digunakan pada "
         "pemungutan suara 14 Februari 2024:",
         (lambda n: f"KPU Mabar | LKj 2024 | {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2024", "LABUAN BAJO"])


if __name__ == "__main__":
    tulis(alor_2022, sumba_tengah_2022, lembata_2023, sumba_barat_daya_2023, sumba_timur_2024, manggarai_barat_2024)
