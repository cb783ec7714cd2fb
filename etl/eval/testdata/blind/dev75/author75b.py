#!/usr/bin/env python3
# dev75/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev75/author75b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common75 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_kolom_program,  # noqa: E402
                      r_dua_baris, r_kec_kanan, r_rumus_nilai, r_kategori, r_anak_ringkas, rapi, rb_std, revisi_semua, riwayat,
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


def manggarai_2019():
    """Manggarai 2019: the budget as a flat kegiatan list with a Program column, no program rows."""
    baru("lkj-manggarai-2019", "Manggarai", "5310", "Ruteng|30 Januari 2020|Kanisius Jehabut, S.Fil.|19820603 200604 1 871",
         r_kolom_program("daftar kegiatan dari aplikasi SAKTI; kolom Program memuat kode program induknya"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u70mg19", ("pemilu", 2019),
         "KABUPATEN MANGGARAI",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, hasil rapat pleno "
         "terbuka:",
         (lambda n: f"LKj KPU Manggarai 2019 >> {n}", None), riw=0,
         pre="Realisasi anggaran disajikan menurut kegiatan sebagaimana diunduh dari aplikasi SAKTI; setiap baris "
             "kegiatan mencantumkan kode program yang menaunginya.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "TAHUN 2019", "RUTENG"])


def rote_ndao_2020():
    """Rote Ndao 2020: the capaian with each indicator on two lines, Target then Realisasi."""
    baru("lkj-rote-ndao-2020", "Rote Ndao", "5314", "Ba'a|28 Januari 2021|Daniel Ndolu, S.Pd.|19830927 200604 1 872",
         r_dua_baris("baris pertama target, baris kedua realisasi dan capaian"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u70rn20", ("pemilu", 2019),
         "KAB. ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2020:",
         (lambda n: f"LKj Rote Ndao 2020 - {n}", None),
         pre="Pada tabel pengukuran kinerja, setiap indikator ditulis dalam dua baris: baris target dan baris "
             "realisasi beserta capaiannya.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN ROTE NDAO", "TAHUN 2020", "BA'A"])


def sumba_timur_2021():
    """Sumba Timur 2021: the DPT with the kecamatan's name in the last column."""
    baru("lkj-sumba-timur-2021", "Sumba Timur", "5311", "Waingapu|27 Januari 2022|Umbu Kudu Lawu, S.H.|19840524 200604 1 873",
         r_kec_kanan("nama kecamatan pada kolom terakhir"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u70st21", ("pemilu", 2019),
         "KAB. SUMBA TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur per kecamatan, pangkal pemutakhiran data "
         "pemilih berkelanjutan 2021 (angka lebih dahulu, nama kecamatan pada kolom paling kanan):",
         (lambda n: f"Sumba Timur / LKj 2021 / {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "TAHUN 2021", "WAINGAPU"])


def manggarai_barat_2022():
    """Manggarai Barat 2022: the SAKIP components with no total row, the score as a sum under the table."""
    baru("lkj-manggarai-barat-2022", "Manggarai Barat", "5315",
         "Labuan Bajo|31 Januari 2023|Fransiskus Sales Ndahur, S.Sos.|19850906 200604 1 874",
         r_rumus_nilai("Nilai Akhir"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u70mb22", ("pemilu", 2019),
         "KAB. MANGGARAI BARAT",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Barat per kecamatan, pangkal pemutakhiran data "
         "pemilih berkelanjutan 2022:",
         (lambda n: f"LKj Mabar 2022 ({n})", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2022", "LABUAN BAJO"])


def sabu_raijua_2023():
    """Sabu Raijua 2023: the capaian with the category word in each capaian cell."""
    baru("lkj-sabu-raijua-2023", "Sabu Raijua", "5320", "Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875",
         r_kategori("capaian disertai kategori keberhasilan"),
         "partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u70sr23", ("pemilu", 2024),
         "KAB. SABU RAIJUA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam rapat pleno "
         "terbuka bulan Juni 2023:",
         (lambda n: f"KPU Sabu Raijua : LKj 2023 : {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2023", "SEBA"])


def manggarai_timur_2024():
    """Manggarai Timur 2024: the budget whose kegiatan rows carry only pagu and realisasi."""
    baru("lkj-manggarai-timur-2024", "Manggarai Timur", "5319",
         "Borong|31 Januari 2025|Yosef Nggarang, S.Fil.|19870215 200904 1 876",
         r_anak_ringkas("sisa dan persentase hanya pada baris program dan jumlah"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u70mt24", ("pemilu", 2024),
         "KAB. MANGGARAI TIMUR",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, yang digunakan pada "
         "pemungutan suara 14 Februari 2024:",
         (lambda n: f"LKj Manggarai Timur 2024 - hal {n}", None),
         pre="Tabel realisasi anggaran memuat sisa dan persentase serapan pada baris program dan baris jumlah; "
             "baris kegiatan hanya memuat pagu dan realisasinya.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2024", "BORONG"])


if __name__ == "__main__":
    tulis(manggarai_2019, rote_ndao_2020, sumba_timur_2021, manggarai_barat_2022, sabu_raijua_2023,
          manggarai_timur_2024)
