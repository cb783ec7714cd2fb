#!/usr/bin/env python3
# dev87/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev87/author87b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common87 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_capaian_depan,  # noqa: E402
                      r_kode_tangga, r_kab_kode, r_skor_surat, r_tanda_kec, r_pagu_belakang, r_tab, rapi, rb_std,
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


def manggarai_2019():
    """Manggarai 2019: the capaian whose Capaian column stands first, before the indicator's name."""
    baru("lkj-manggarai-2019", "Manggarai", "5310", "Ruteng|30 Januari 2020|Kanisius Jehabut, S.Fil.|19820603 200604 1 871",
         r_capaian_depan("kolom capaian ditempatkan di depan nama indikator"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u71mg19", ("pemilu", 2019),
         "KAB. MANGGARAI",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, sebagaimana ditetapkan dalam rapat "
         "pleno terbuka KPU Kabupaten Manggarai:",
         (lambda n: f"LKj KPU Manggarai 2019 . hal {n}", None), riw=0,
         pre="Pada tabel pengukuran kinerja berikut, persentase capaian setiap indikator ditempatkan pada kolom kedua, "
             "langsung sesudah nomor urut dan sebelum nama indikator, sebagaimana lembar kerja pemantauan kinerja "
             "kantor menyajikannya.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "TAHUN 2019", "RUTENG"])


def rote_ndao_2020():
    """Rote Ndao 2020: the budget whose codes stand in a stepped pair of code columns, one a level."""
    baru("lkj-rote-ndao-2020", "Rote Ndao", "5314", "Ba'a|28 Januari 2021|Daniel Ndolu, S.Pd.|19830927 200604 1 872",
         r_kode_tangga("dalam rupiah; kode program dan kode kegiatan pada kolomnya masing-masing"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.4, "u71rn20", ("pemilu", 2019),
         "KABUPATEN ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2020:",
         (lambda n: f"Laporan Kinerja KPU Rote Ndao 2020 - {n}", None),
         pre_ang="Pagu DIPA setelah revisi beserta realisasinya disajikan pada tabel berikut (dalam rupiah). Kode "
                 "program ditulis pada kolom Kode Program dan kode kegiatan pada kolom Kode Kegiatan, sehingga setiap "
                 "kegiatan berada di bawah program induknya.",
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN ROTE NDAO", "TAHUN 2020", "BA'A"])


def sumba_timur_2021():
    """Sumba Timur 2021: the DPT whose kabupaten row is labelled by the region code alone."""
    baru("lkj-sumba-timur-2021", "Sumba Timur", "5311",
         "Waingapu|27 Januari 2022|Umbu Kudu Lawu, S.H.|19840524 200604 1 873",
         r_kab_kode("baris berkode 53.11 memuat jumlah Kabupaten Sumba Timur", "53.11"),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 21.6, "u71sm21", ("pemilu", 2019),
         "KABUPATEN SUMBA TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021. Baris terakhir tabel, yang diberi kode wilayah Kabupaten Sumba Timur (53.11), "
         "memuat jumlah seluruh kecamatan:",
         (lambda n: f"LKj Sumba Timur 2021 | hlm. {n}", None),
         sampul=["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA TIMUR", "TAHUN 2021", "WAINGAPU"])


def manggarai_barat_2022():
    """Manggarai Barat 2022: the SAKIP components whose score's row is labelled by the LHE's number alone."""
    nomor = "117/PW.02-LHE/IV/2022"
    baru("lkj-manggarai-barat-2022", "Manggarai Barat", "5315",
         "Labuan Bajo|31 Januari 2023|Fransiskus Sales Ndahur, S.Sos.|19850906 200604 1 874",
         r_skor_surat("rekapitulasi nilai per komponen sesuai Laporan Hasil Evaluasi", nomor),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8", 22.0, "u71mb22", ("pemilu", 2019),
         "KABUPATEN MANGGARAI BARAT",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Barat per kecamatan, pangkal pemutakhiran data "
         "pemilih berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Manggarai Barat 2022 - hal. {n}", None),
         pre_sakip="Inspektorat Utama KPU menyampaikan Laporan Hasil Evaluasi (LHE) AKIP Tahun 2021 dengan surat "
                   f"nomor {nomor}. Tabel berikut menyalin rekapitulasi nilai per komponen dari LHE tersebut; baris "
                   "terakhir, yang diberi nomor surat LHE, memuat nilai akhir hasil evaluasi, yaitu jumlah keempat "
                   "komponen.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2022", "LABUAN BAJO"])


def ttu_2023():
    """Timor Tengah Utara 2023: the DPT whose kecamatan names carry superscript note marks."""
    baru("lkj-timor-tengah-utara-2023", "Timor Tengah Utara", "5303",
         "Kefamenanu|31 Januari 2024|Yohanes Kolo Sasi, S.Fil.|19860411 200904 1 865",
         r_tanda_kec("keterangan tanda angka kecil di belakang nama kecamatan ada di bawah tabel", CATATAN_TTU),
         "partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.8", 22.3, "u71tu23", ("pemilu", 2024),
         "KABUPATEN TIMOR TENGAH UTARA",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Timor Tengah Utara per kecamatan, ditetapkan "
         "dalam rapat pleno terbuka pada bulan Juni 2023:",
         (lambda n: f"LKj TTU 2023 ~ {n}", None),
         sampul=["KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH UTARA", "LAPORAN KINERJA TAHUN 2023", "KEFAMENANU"])


CATATAN_TTU = [(1, "kecamatan dengan jumlah desa/kelurahan terbanyak"),
               (9, "kecamatan yang berbatasan darat dengan Distrik Oecusse (RDTL)"),
               (13, "ibu kota kabupaten")]


def manggarai_timur_2024():
    """Manggarai Timur 2024: the budget whose Pagu column stands after Realisasi and Sisa."""
    baru("lkj-manggarai-timur-2024", "Manggarai Timur", "5319",
         "Borong|31 Januari 2025|Yosef Nggarang, S.Fil.|19870215 200904 1 876",
         r_pagu_belakang("dalam rupiah; kolom pagu sesudah kolom realisasi dan sisa"),
         "partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.1", 22.6, "u71mt24", ("pemilu", 2024),
         "KABUPATEN MANGGARAI TIMUR",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, yang digunakan "
         "pada pemungutan suara 14 Februari 2024:",
         (lambda n: f"KPU Kab. Manggarai Timur | LKj 2024 | {n}", None),
         pre_ang="Realisasi dan sisa anggaran per program dan kegiatan disajikan pada tabel berikut (dalam rupiah); "
                 "kolom pagu ditempatkan sesudah kolom realisasi dan sisa, karena pagu adalah jumlah keduanya.",
         sampul=["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI TIMUR", "TAHUN 2024", "BORONG"])


if __name__ == "__main__":
    tulis(manggarai_2019, rote_ndao_2020, sumba_timur_2021, manggarai_barat_2022, ttu_2023, manggarai_timur_2024)
