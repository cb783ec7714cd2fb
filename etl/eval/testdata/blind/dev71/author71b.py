#!/usr/bin/env python3
# dev71/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev71/author71b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common71 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_kode_iku, r_loksus,  # noqa: E402
                      r_lra, r_porsi_sel, r_status, r_subkolom, rapi, rb_std, revisi_semua, riwayat,
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


def kota_kupang_2019():
    """Kota Kupang 2019: the budget as the LRA states it, Lebih/(Kurang) in parentheses instead of a Sisa."""
    baru("lkj-kota-kupang-2019", "Kota Kupang", "5371", "Kupang|29 Januari 2020|Yohanes Benyamin Pello, S.H.|19830911 200604 1 831",
         r_lra("Laporan Realisasi Anggaran Tahun 2019"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.4, "u69kk19", ("pemilu", 2019),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, hasil rapat pleno terbuka:",
         (lambda n: f"LKj KPU Kota Kupang 2019 ~ {n}", None), riw=0,
         pre="Tabel realisasi anggaran disajikan menurut format Laporan Realisasi Anggaran (LRA) dari SAKTI.",
         sampul=["LAPORAN KINERJA", "KPU KOTA KUPANG", "TAHUN 2019"])


def alor_2020():
    """Alor 2020: the DPT with each sex's share written in the cell after the count."""
    baru("lkj-alor-2020", "Alor", "5305", "Kalabahi|28 Januari 2021|Markus Lakamau, S.Sos.|19840918 200604 1 832",
         r_porsi_sel("DPT Pemilu 2019 per Kecamatan menurut jenis kelamin"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.5, "u69al20", ("pemilu", 2019),
         "KAB. ALOR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2020, dengan persentase pemilih laki-laki dan perempuan di setiap kecamatan:",
         (lambda n: f"hal. {n} :: LKj KPU Alor 2020", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN ALOR", "TAHUN 2020", "KALABAHI"])


def nagekeo_2021():
    """Nagekeo 2021: the SAKIP components with three sub-score columns before the component's score."""
    baru("lkj-nagekeo-2021", "Nagekeo", "5316", "Mbay|31 Januari 2022|Maria Yasinta Wea, S.E.|19870421 200904 2 833",
         r_subkolom("Rincian nilai evaluasi per komponen dan sub-komponen"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8", 21.8, "u69nk21", ("pemilu", 2019),
         "KAB. NAGEKEO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2021:",
         (lambda n: f"LKj Nagekeo 2021 / halaman {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN NAGEKEO", "TAHUN 2021", "MBAY"])


def sabu_raijua_2022():
    """Sabu Raijua 2022: the capaian stated in a status phrase with the percent inside."""
    baru("lkj-sabu-raijua-2022", "Sabu Raijua", "5320", "Seba|30 Januari 2023|Yermias Lado Kore, S.Pd.|19850126 200604 1 834",
         r_status("Pengukuran Kinerja 2022"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9", 22.1, "u69sr22", ("pemilu", 2019),
         "KAB. SABU RAIJUA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2022:",
         (lambda n: f"LKj KPU Sabu Raijua 2022 [{n}]", None),
         pre="Status capaian setiap indikator dituliskan bersama persentase capaiannya.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2022", "SEBA"])


def manggarai_barat_2023():
    """Manggarai Barat 2023: the capaian with the indicators named by code, the names in a key below."""
    baru("lkj-manggarai-barat-2023", "Manggarai Barat", "5315",
         "Labuan Bajo|31 Januari 2024|Stefanus Jemarut, S.Fil.|19860309 200904 1 835",
         r_kode_iku("Pengukuran Kinerja 2023"),
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.7", 22.3, "u69mb23", ("pemilu", 2024),
         "KAB. MANGGARAI BARAT",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan dalam rapat pleno "
         "Juni 2023:",
         (lambda n: f"LKj Mabar 2023 - {n}", None),
         pre="Indikator kinerja pada tabel pengukuran ditulis dengan kodenya; nama lengkapnya dimuat di bawah tabel.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2023", "LABUAN BAJO"])


def malaka_2024():
    """Malaka 2024: the DPT with its TPS split into regular and special-location TPS."""
    baru("lkj-malaka-2024", "Malaka", "5321", "Betun|30 Januari 2025|Agustinus Nahak Seran, S.H.|19850816 200604 1 836",
         r_loksus("DPT Pemilu 2024 per Kecamatan dan jumlah TPS"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2", 22.6, "u69mk24", ("pemilu", 2024),
         "KAB. MALAKA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024, dengan TPS reguler dan TPS lokasi khusus:",
         (lambda n: f"Malaka | LKj 2024 | {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MALAKA", "TAHUN 2024", "BETUN"])


if __name__ == "__main__":
    tulis(kota_kupang_2019, alor_2020, nagekeo_2021, sabu_raijua_2022, manggarai_barat_2023, malaka_2024)
