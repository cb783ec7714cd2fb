#!/usr/bin/env python3
# dev77/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev77/author77b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common77 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_kode_garis_miring,  # noqa: E402
                      r_predikat_kata, r_badan_adhoc, r_dua_sejajar, r_tps_akhir, r_kode_tengah, rapi, rb_std, revisi_semua, riwayat,
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


def tts_2019():
    """Timor Tengah Selatan 2019: the budget with each kegiatan's code joined to its program's by a slash."""
    baru("lkj-timor-tengah-selatan-2019", "Timor Tengah Selatan", "5302",
         "Soe|29 Januari 2020|Marthen Luther Tefu, S.H.|19820917 200604 1 821",
         r_kode_garis_miring("kode kegiatan ditulis di belakang kode singkat programnya"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.1, "u69ts19", ("pemilu", 2019),
         "KAB. TIMOR TENGAH SELATAN",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, hasil "
         "rapat pleno terbuka KPU Kabupaten Timor Tengah Selatan:",
         (lambda n: f"LKj TTS 2019 - hlm. {n}", None), riw=0,
         pre="Dalam tabel realisasi anggaran, setiap kegiatan diberi kode gabungan: kode singkat program (WA atau "
             "CQ), garis miring, lalu kode kegiatan, sebagaimana lembar kerja Subbagian Keuangan, Umum dan Logistik.",
         sampul=["LAPORAN KINERJA", "TAHUN 2019", "KPU KABUPATEN TIMOR TENGAH SELATAN", "SOE"])


def kupang_2020():
    """Kupang 2020: the capaian with every grade cell spelled with its category words."""
    baru("lkj-kupang-2020", "Kupang", "5301", "Oelamasi|29 Januari 2021|Yosua Benu, S.Pd.|19830405 200604 1 822",
         r_predikat_kata("predikat dan opini ditulis beserta sebutannya"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.4", 21.3, "u69kp20", ("pemilu", 2019),
         "KABUPATEN KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, yang menjadi pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2020:",
         (lambda n: f"Laporan Kinerja KPU Kabupaten Kupang 2020 - {n}", None),
         pre="Predikat hasil evaluasi akuntabilitas kinerja dan opini BPK dituliskan lengkap dengan sebutannya "
             "sebagaimana tercantum dalam laporan hasil evaluasi dan laporan hasil pemeriksaan.",
         sampul=["LAPORAN KINERJA TAHUN 2020", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "OELAMASI"])


def ngada_2021():
    """Ngada 2021: the DPT with its villages and TPS stated as the PPS and KPPS formed for them."""
    baru("lkj-ngada-2021", "Ngada", "5309", "Bajawa|28 Januari 2022|Gregorius Bhoka Lado, S.Fil.|19840323 200604 1 823",
         r_badan_adhoc("badan ad hoc dan pemilih per kecamatan",
                       "Keterangan: PPS dibentuk satu di setiap desa/kelurahan dan KPPS satu di setiap TPS."),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.7, "u69ng21", ("pemilu", 2019),
         "KABUPATEN NGADA",
         "Pada Pemilu 2019 KPU Kabupaten Ngada membentuk PPK di setiap kecamatan, PPS di setiap desa dan "
         "kelurahan, serta KPPS di setiap TPS. Jumlah badan ad hoc dan Daftar Pemilih Tetap per kecamatan, "
         "pangkal pemutakhiran data pemilih berkelanjutan 2021:",
         (lambda n: f"KPU Ngada | LKj 2021 | {n}", None),
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN 2021"])


def lembata_2022():
    """Lembata 2022: the SAKIP components two to a row."""
    baru("lkj-lembata-2022", "Lembata", "5313", "Lewoleba|31 Januari 2023|Theodorus Laba Kolin, S.E.|19850611 200604 1 824",
         r_dua_sejajar("komponen 1-2 pada baris pertama, komponen 3-4 pada baris kedua"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9", 21.9, "u69lb22", ("pemilu", 2019),
         "KAB. LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Lembata 2022 | {n}", None),
         sampul=["KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "LAPORAN KINERJA", "TAHUN 2022", "LEWOLEBA"])


def sumba_tengah_2023():
    """Sumba Tengah 2023: the DPT with the TPS count last, after the voters."""
    baru("lkj-sumba-tengah-2023", "Sumba Tengah", "5317",
         "Waibakul|30 Januari 2024|Umbu Rauta Djawa, S.Sos.|19860214 200904 1 825",
         r_tps_akhir("pemilih per kecamatan dan TPS yang dibutuhkan"),
         "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u69st23", ("pemilu", 2024),
         "KABUPATEN SUMBA TENGAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan, ditetapkan dalam rapat pleno "
         "Juni 2023, beserta jumlah TPS yang ditetapkan berdasarkan daftar tersebut:",
         (lambda n: f"LKj 2023 - KPU Sumba Tengah - {n}", None),
         sampul=["LAPORAN KINERJA (LKj)", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2023"])


def sikka_2024():
    """Sikka 2024: the budget with the code column between the name and the amounts."""
    baru("lkj-sikka-2024", "Sikka", "5307", "Maumere|31 Januari 2025|Yakobus Moa Nong, S.Fil.|19870212 200904 1 826",
         r_kode_tengah("program bernomor huruf, kegiatan bernomor angka; kode di antara uraian dan pagu"),
         "partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.0", 22.5, "u69sk24", ("pemilu", 2024),
         "SIKKA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"Hal {n} | LKj KPU Sikka Tahun 2024", None),
         sampul=["KPU KABUPATEN SIKKA", "LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2024", "MAUMERE"])


if __name__ == "__main__":
    tulis(tts_2019, kupang_2020, ngada_2021, lembata_2022, sumba_tengah_2023, sikka_2024)
