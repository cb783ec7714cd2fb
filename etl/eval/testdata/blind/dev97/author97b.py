#!/usr/bin/env python3
# dev97/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev97/author97b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common97 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_rumus, r_komponen_balik,  # noqa: E402
                      r_huruf_kecil, r_total_bernomor, r_rasio, rb_skala, r_tab, halaman, rapi, rb_std,
                      revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None, pre_sakip=None, total="JUMLAH", rb_tab=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1, pre=pre_sakip)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Evaluasi atas kinerja tahun {y} sebelumnya menghasilkan nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    if rb_tab:
        rb_tab(d, tahun, nb)
    else:
        d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} mencatat nilai {id_dec(nb[0])} "
            f"dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total=total, pre=pre_ang)
    sumber(d, f"Sumber: Aplikasi SAKTI, Laporan Realisasi Anggaran per 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari pagu keseluruhan Rp{p}, yang terealisasi Rp{x} atau {id_dec(q)}%.")
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


def belu_2019():
    """Belu 2019: the budget whose column titles carry their formula letters."""
    baru("lkj-belu-2019", "Belu", "5304", "Atambua|28 Januari 2020|Maria Fatima Bere, S.Sos.|19840410 200604 2 861",
         r_rumus("dalam rupiah; a = pagu setelah revisi, b = realisasi, c = sisa, d = persentase serapan"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1", 21.2, "u71bl19", ("pemilu", 2019),
         "KABUPATEN BELU",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu per kecamatan sesuai berita acara rapat "
         "pleno terbuka KPU Kabupaten Belu:",
         (lambda n: f"LKj KPU Kabupaten Belu 2019 -- {n}", None), riw=0,
         pre_ang="Pagu DIPA setelah revisi (a), realisasinya (b), sisa (c) dan persentase serapan (d) menurut program "
                 "dan kegiatan tahun 2019 adalah sebagai berikut; rumus tiap kolom tertera pada judulnya.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN 2019", "ATAMBUA"])


def tts_2020():
    """Timor Tengah Selatan 2020: the SAKIP components in the reverse of the LHE's order."""
    baru("lkj-timor-tengah-selatan-2020", "Timor Tengah Selatan", "5302",
         "Soe|29 Januari 2021|Yermias Tallo, S.Th.|19830908 200604 1 862",
         r_komponen_balik("komponen disusun dari yang terakhir pada LHE; nomor menurut LHE"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u71ts20", ("pemilu", 2019),
         "KABUPATEN TIMOR TENGAH SELATAN",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, yang menjadi dasar "
         "pemutakhiran data pemilih berkelanjutan tahun 2020:",
         (lambda n: f"LKj TTS 2020 | hlm. {n}", None),
         pre_sakip="Inspektorat Utama KPU telah menyampaikan Lembar Hasil Evaluasi (LHE) AKIP Tahun 2019. Pada tabel "
                   "berikut komponen disusun dari komponen terakhir (evaluasi akuntabilitas kinerja internal) sampai "
                   "komponen pertama (perencanaan kinerja); nomornya tetap nomor komponen pada LHE.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2020", "SOE"])


def sikka_2021():
    """Sikka 2021: the DPT whose kecamatan names are in lower case."""
    baru("lkj-sikka-2021", "Sikka", "5307", "Maumere|27 Januari 2022|Yohanes Nong Sina, S.Fil.|19850216 200604 1 863",
         r_huruf_kecil("per kecamatan; nama kecamatan sebagaimana keluaran aplikasi"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u71sk21", ("pemilu", 2019),
         "KABUPATEN SIKKA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021. Nama kecamatan ditulis sebagaimana keluaran aplikasi (huruf kecil):",
         (lambda n: f"Laporan Kinerja KPU Sikka 2021 - {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "TAHUN 2021", "MAUMERE"])


def flores_timur_2022():
    """Flores Timur 2022: the DPT whose kabupaten row is numbered on like one more kecamatan."""
    baru("lkj-flores-timur-2022", "Flores Timur", "5306",
         "Larantuka|30 Januari 2023|Bernadus Boli Hurint, S.E.|19860311 200904 1 864",
         r_total_bernomor("per kecamatan; baris terakhir jumlah Kabupaten Flores Timur"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.8, "u71ft22", ("pemilu", 2019),
         "KABUPATEN FLORES TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022; baris terakhir tabel adalah jumlah kabupaten:",
         (lambda n: f"LKj Flores Timur 2022 | {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN FLORES TIMUR", "TAHUN 2022", "LARANTUKA"])


def malaka_2023():
    """Malaka 2023: the capaian whose Capaian column is titled Realisasi/Target (%)."""
    baru("lkj-malaka-2023", "Malaka", "5321", "Betun|30 Januari 2024|Kristoforus Bria Seran, S.H.|19860925 200904 1 865",
         r_rasio("capaian dihitung sebagai realisasi dibagi target, dalam persen"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4", 22.0, "u71mk23", ("pemilu", 2024),
         "KABUPATEN MALAKA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan dalam rapat "
         "pleno terbuka bulan Juni 2023:",
         (lambda n: f"LKj KPU Malaka 2023 :: {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MALAKA", "TAHUN 2023", "BETUN"])


def kota_kupang_2024():
    """Kota Kupang 2024: the RB self-assessment stated as a value on a scale whose top is the weight."""
    baru("lkj-kota-kupang-2024", "Kota Kupang", "5371", "Kupang|30 Januari 2025|Imelda Christina Fanggi, S.H.|19870421 200904 2 866",
         r_tab,
         "partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u71kk24", ("pemilu", 2024),
         "KOTA KUPANG",
         "Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Kota Kupang 2024 / {n}", None),
         rb_tab=lambda d, tahun, nb: rb_skala(d, tahun, nb),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KOTA KUPANG", "TAHUN 2024", "KUPANG"])


if __name__ == "__main__":
    tulis(belu_2019, tts_2020, sikka_2021, flores_timur_2022, malaka_2023, kota_kupang_2024)
