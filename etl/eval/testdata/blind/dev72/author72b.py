#!/usr/bin/env python3
# dev72/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev72/author72b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common72 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_program_kalimat, r_selisih,  # noqa: E402
                      r_lke, r_desa_nama, r_tak_terserap, r_target_nama, rapi, rb_std, revisi_semua, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
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
        d.P(f"Evaluasi atas kinerja tahun {y} sebelumnya menghasilkan nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Reformasi Birokrasi tahun {tahun} dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, posisi 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari pagu keseluruhan Rp{p} telah terealisasi Rp{x}, atau serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y} mencatat pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()


def sumba_tengah_2019():
    """Sumba Tengah 2019: the budget's absorption stated by its complement, `% Tidak Terserap`, no Sisa."""
    baru("lkj-sumba-tengah-2019", "Sumba Tengah", "5317", "Waibakul|30 Januari 2020|Umbu Pati Lakawa, S.Sos.|19830822 200604 1 851",
         r_tak_terserap("Pagu dan realisasi per program dan kegiatan Tahun 2019"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1", 21.3, "u70st19", ("pemilu", 2019),
         "KAB. SUMBA TENGAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan, hasil rapat pleno terbuka:",
         (lambda n: f"LKj KPU Sumba Tengah 2019 :: {n}", None), riw=0,
         pre="Tabel realisasi anggaran memuat persentase anggaran yang tidak terserap pada setiap program dan "
             "kegiatan, sebagai bahan analisis efisiensi.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2019", "WAIBAKUL"])


def flores_timur_2020():
    """Flores Timur 2020: the capaian with each target inside the indicator's name cell."""
    baru("lkj-flores-timur-2020", "Flores Timur", "5306", "Larantuka|29 Januari 2021|Yosef Kopong Tukan, S.Fil.|19840306 200604 1 852",
         r_target_nama("Pengukuran Kinerja 2020"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4", 21.5, "u70ft20", ("pemilu", 2019),
         "KAB. FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, pangkal pemutakhiran data "
         "pemilih berkelanjutan 2020:",
         (lambda n: f"hlm. {n} / LKj KPU Flores Timur 2020", None),
         pre="Target setiap indikator kinerja dituliskan dalam kurung di belakang nama indikatornya, sesuai "
             "matriks Perjanjian Kinerja.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN FLORES TIMUR", "TAHUN 2020", "LARANTUKA"])


def lembata_2021():
    """Lembata 2021: the DPT with each kecamatan's village count inside its name cell."""
    baru("lkj-lembata-2021", "Lembata", "5313", "Lewoleba|28 Januari 2022|Petrus Bala Wukak, S.E.|19850129 200604 1 853",
         r_desa_nama("DPT Pemilu 2019 per Kecamatan"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7", 21.7, "u70lb21", ("pemilu", 2019),
         "KAB. LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2021, dengan jumlah desa/kelurahan setiap kecamatan:",
         (lambda n: f"LKj Lembata 2021 <{n}>", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN LEMBATA", "TAHUN 2021", "LEWOLEBA"])


def kota_kupang_2022():
    """Kota Kupang 2022: the SAKIP components as the LKE worksheet states them, to three decimals."""
    baru("lkj-kota-kupang-2022", "Kota Kupang", "5371", "Kupang|30 Januari 2023|Maria Goreti Lelo, S.H.|19860512 200904 2 854",
         r_lke("Rekapitulasi Lembar Kerja Evaluasi AKIP"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9", 22.0, "u70kk22", ("pemilu", 2019),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2022:",
         (lambda n: f"KPU Kota Kupang * LKj 2022 * {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KOTA KUPANG", "TAHUN 2022"])


def ttu_2023():
    """Timor Tengah Utara 2023: the capaian stated by its difference from the target, no capaian percent."""
    baru("lkj-timor-tengah-utara-2023", "Timor Tengah Utara", "5303",
         "Kefamenanu|31 Januari 2024|Dominikus Taolin, S.Fil.|19860703 200904 1 855",
         r_selisih("Pengukuran Kinerja 2023"),
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.8", 22.3, "u70tu23", ("pemilu", 2024),
         "KAB. TIMOR TENGAH UTARA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Timor Tengah Utara per kecamatan, ditetapkan dalam rapat "
         "pleno Juni 2023:",
         (lambda n: f"LKj KPU TTU 2023 ({n})", None),
         pre="Pengukuran kinerja dinyatakan dengan selisih realisasi terhadap target; selisih positif berarti "
             "realisasi di atas target.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2023", "KEFAMENANU"])


def belu_2024():
    """Belu 2024: each program stated in a sentence, only its kegiatan in a table under it."""
    baru("lkj-belu-2024", "Belu", "5304", "Atambua|30 Januari 2025|Fransiskus Xaverius Mau, S.H.|19870314 200904 1 856",
         r_program_kalimat("Realisasi Anggaran per Program dan Kegiatan Tahun 2024"),
         "partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3", 22.7, "u70bl24", ("pemilu", 2024),
         "KAB. BELU",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"Belu - LKj 2024 - {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN BELU", "TAHUN 2024", "ATAMBUA"])


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, ttu_2023, belu_2024)
