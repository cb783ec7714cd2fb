#!/usr/bin/env python3
# unseen111/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 unseen111/author113b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common113 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_ket_baris, r_ralat,  # noqa: E402
                       r_judul_bawah, r_akhir_dulu, r_anak_dulu, r_status, halaman, rapi, rb_std,
                       revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                       sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, kaki, pre=None, riw=1, sampul=None,
         pre_ang=None, pre_sakip=None, total="JUMLAH", jumlah=True):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=95)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
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


def tts_2019():
    """Timor Tengah Selatan 2019: the budget with an explanation row under every kegiatan row."""
    baru("lkj-timor-tengah-selatan-2019", "Timor Tengah Selatan", "5302",
         "Soe|30 Januari 2020|Agustinus Nenobais, S.Sos.|19830514 200604 1 881",
         r_ket_baris("dalam rupiah; di bawah setiap kegiatan dicantumkan keterangan pelaksanaannya"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.1, "u72ts19", ("pemilu", 2019),
         "JUMLAH KABUPATEN TTS",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan hasil rapat "
         "pleno terbuka KPU Kabupaten Timor Tengah Selatan:",
         (lambda n: f"LKj KPU Timor Tengah Selatan 2019 :: {n}", None), riw=0,
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2019", "SOE"])


def kupang_2020():
    """Kupang 2020: the DPT with an erratum (Ralat) under the table correcting two of its cells."""
    baru("lkj-kupang-2020", "Kupang", "5301", "Oelamasi|28 Januari 2021|Yakob Nope, S.H.|19840211 200604 1 882",
         r_ralat({"4": (4, "4.302"), "15": (3, "31")}),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.4", 21.3, "u72kp20", ("pemilu", 2019),
         "KABUPATEN KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, yang menjadi dasar pemutakhiran data "
         "pemilih berkelanjutan tahun 2020 (dengan ralat di bawah tabel):",
         (lambda n: f"LKj KPU Kupang 2020 -- {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "TAHUN 2020", "OELAMASI"])


def ngada_2021():
    """Ngada 2021: the capaian with its column titles printed under the rows."""
    baru("lkj-ngada-2021", "Ngada", "5309", "Bajawa|27 Januari 2022|Fransiskus Wolo Bate, S.Fil.|19850719 200604 1 883",
         r_judul_bawah("judul kolom tercantum di bawah baris terakhir tabel"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.7, "u72ng21", ("pemilu", 2019),
         "KABUPATEN NGADA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan tahun 2021:",
         (lambda n: f"LKj KPU Ngada 2021 >> {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "TAHUN 2021", "BAJAWA"])


def lembata_2022():
    """Lembata 2022: the SAKIP components with the Nilai Akhir row first."""
    baru("lkj-lembata-2022", "Lembata", "5313", "Lewoleba|30 Januari 2023|Yosef Ola Kedang, S.E.|19860120 200904 1 884",
         r_akhir_dulu("nilai akhir pada baris pertama, rincian komponen di bawahnya"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9", 21.9, "u72lb22", ("pemilu", 2019),
         "KABUPATEN LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, dasar pemutakhiran data pemilih "
         "berkelanjutan tahun 2022:",
         (lambda n: f"LKj KPU Lembata 2022 (( {n} ))", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2022", "LEWOLEBA"])


def sumba_tengah_2023():
    """Sumba Tengah 2023: the budget with every program's row after its own kegiatan."""
    baru("lkj-sumba-tengah-2023", "Sumba Tengah", "5317",
         "Waibakul|31 Januari 2024|Umbu Kahumbu Nggiku, S.Pd.|19870305 200904 1 885",
         r_anak_dulu("dalam rupiah; baris program dicantumkan sesudah kegiatan-kegiatannya"),
         "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u72st23", ("pemilu", 2024),
         "KABUPATEN SUMBA TENGAH",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan, ditetapkan dalam "
         "rapat pleno terbuka bulan Juni 2023:",
         (lambda n: f"LKj KPU Sumba Tengah 2023 + {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TENGAH", "TAHUN 2023", "WAIBAKUL"])


def sikka_2024():
    """Sikka 2024: the capaian split into two tables by status (achieved, not achieved)."""
    baru("lkj-sikka-2024", "Sikka", "5307", "Maumere|30 Januari 2025|Paulus Dhey Nong, S.Fil.|19870814 200904 1 886",
         r_status("Indikator Kinerja yang Tercapai", "Indikator Kinerja yang Belum Tercapai"),
         "partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.0", 22.5, "u72sk24", ("pemilu", 2024),
         "KABUPATEN SIKKA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Sikka 2024 ## hlm {n}", None),
         sampul=["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "TAHUN 2024", "MAUMERE"])


if __name__ == "__main__":
    tulis(tts_2019, kupang_2020, ngada_2021, lembata_2022, sumba_tengah_2023, sikka_2024)
