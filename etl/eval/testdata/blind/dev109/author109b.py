#!/usr/bin/env python3
# dev109/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev109/author109b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common109 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_desa_catatan, r_induk,  # noqa: E402
                      r_pita, r_skor_samping, r_sasaran_tengah, r_total_kepala, halaman, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None, pre_sakip=None, total="JUMLAH", sakip=None, jumlah=True):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    if sakip:
        sakip(d, R, tahun - 1)
    else:
        sec_sakip(d, R, tahun - 1, pre=pre_sakip)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Evaluasi atas kinerja tahun {y} memberikan nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} menghasilkan nilai {id_dec(nb[0])} "
        f"dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total, pre=pre_ang)
    sumber(d, f"Sumber: Aplikasi SAKTI, Laporan Realisasi Anggaran per 31 Desember {tahun}.")
    if jumlah:
        ulang(d, lambda p, x, q: f"Dari pagu keseluruhan Rp{p}, terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *kaki)
    rapi(d)
    d.write()


def belu_2019():
    """Belu 2019: the DPT with no Desa/Kel column, the village counts in a note under the table."""
    baru("lkj-belu-2019", "Belu", "5304", "Atambua|28 Januari 2020|Maria Fatima Bere, S.Sos.|19840410 200604 2 861",
         r_desa_catatan("per kecamatan; jumlah desa/kelurahan setiap kecamatan pada keterangan di bawah tabel"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1", 21.2, "u74bl19", ("pemilu", 2019),
         "JUMLAH",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu per kecamatan sesuai berita acara rapat "
         "pleno terbuka KPU Kabupaten Belu:",
         (lambda n: f"LKj KPU Belu 2019 # {n}", None), riw=0,
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN 2019", "ATAMBUA"])


def tts_2020():
    """Timor Tengah Selatan 2020: the budget as an adjacency list, each row pointing at its parent's No."""
    baru("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan", "5302",
         "Soe|29 Januari 2021|Yermias Tallo, S.Th.|19830908 200604 1 862",
         r_induk("dalam rupiah; kolom Induk memuat nomor baris induk setiap kegiatan, tanda - untuk program"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u74ts20", ("pemilu", 2019),
         "KABUPATEN TIMOR TENGAH SELATAN",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, yang menjadi dasar "
         "pemutakhiran data pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj KPU TTS 2020 | hlm. {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2020", "SOE"])


def sikka_2021():
    """Sikka 2021: the capaian grouped under band rows by achievement."""
    baru("lkj-sikka-2021", "Sikka", "5307", "Maumere|27 Januari 2022|Yohanes Nong Sina, S.Fil.|19850216 200604 1 863",
         r_pita("dikelompokkan menurut kategori capaian; nomor indikator sesuai Perjanjian Kinerja"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u74sk21", ("pemilu", 2019),
         "KABUPATEN SIKKA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"LKj KPU Sikka 2021 -- {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "TAHUN 2021", "MAUMERE"])


def flores_timur_2022():
    """Flores Timur 2022: the SAKIP score in a column merged down beside the components."""
    baru("lkj-flores-timur-2022", "Flores Timur", "5306",
         "Larantuka|30 Januari 2023|Bernadus Boli Hurint, S.E.|19860311 200904 1 864",
         r_skor_samping("kolom Nilai Akhir digabung untuk keempat komponen"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u74ft22", ("pemilu", 2019),
         "KABUPATEN FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Flores Timur 2022 / hal {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR", "TAHUN 2022", "LARANTUKA"])


def malaka_2023():
    """Malaka 2023: the capaian with a Sasaran Strategis column merged down, its words on the middle row."""
    baru("lkj-malaka-2023", "Malaka", "5321", "Betun|30 Januari 2024|Kristoforus Bria Seran, S.H.|19860925 200904 1 865",
         r_sasaran_tengah("kolom Sasaran Strategis digabung untuk indikator-indikator sasaran yang sama; nomor "
                          "indikator sesuai Perjanjian Kinerja"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u74mk23", ("pemilu", 2024),
         "KABUPATEN MALAKA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan dalam rapat "
         "pleno terbuka bulan Juni 2023:",
         (lambda n: f"LKj KPU Malaka 2023 ({n})", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MALAKA", "TAHUN 2023", "BETUN"])


def kota_kupang_2024():
    """Kota Kupang 2024: the budget with no total row, its totals in the column titles."""
    baru("lkj-kota-kupang-2024", "Kota Kupang", "5371",
         "Kupang|30 Januari 2025|Imelda Christina Fanggi, S.H.|19870421 200904 2 866",
         r_total_kepala("dalam rupiah; jumlah seluruh program pada judul setiap kolom"),
         "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u74kk24", ("pemilu", 2024),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Kota Kupang 2024 + {n}", None), jumlah=False,
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2024", "KUPANG"])


if __name__ == "__main__":
    tulis(belu_2019, tts_2020, sikka_2021, flores_timur_2022, malaka_2023, kota_kupang_2024)
