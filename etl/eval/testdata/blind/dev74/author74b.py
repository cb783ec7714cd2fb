#!/usr/bin/env python3
# dev74/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev74/author74b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common74 import (baris, cap_lama, dok, halaman, id_dec, id_int, predikat, r_induk_bawah,  # noqa: E402
                      r_polaritas, r_jumlah_kec, r_bobot_catatan, r_urut_besar, r_kode_kanan, rapi, rb_std, revisi_semua, riwayat,
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
    """Timor Tengah Selatan 2019: the budget with each program's row after its kegiatan (a group footer)."""
    baru("lkj-timor-tengah-selatan-2019", "Timor Tengah Selatan", "5302",
         "Soe|29 Januari 2020|Marthen Luther Tefu, S.H.|19820917 200604 1 821",
         r_induk_bawah("baris program dicetak di bawah kegiatannya"),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.1, "u69ts19", ("pemilu", 2019),
         "TIMOR TENGAH SELATAN",
         "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan menurut kecamatan, hasil "
         "rapat pleno terbuka:",
         (lambda n: f"LKj KPU TTS 2019 # {n}", None), riw=0,
         pre="Pada tabel realisasi anggaran, baris setiap program dicetak sesudah baris kegiatan yang menjadi "
             "bagiannya, sebagaimana laporan dari aplikasi SAKTI.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2019", "SOE"])


def kupang_2020():
    """Kupang 2020: the capaian with a Polaritas column (Maksimal / Minimal) stating each indicator's direction."""
    baru("lkj-kupang-2020", "Kupang", "5301", "Oelamasi|29 Januari 2021|Yosua Benu, S.Pd.|19830405 200604 1 822",
         r_polaritas("Pengukuran Kinerja Tahun 2020 menurut polaritas indikator"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.4", 21.3, "u69kp20", ("pemilu", 2019),
         "KAB. KUPANG",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2020:",
         (lambda n: f"LKj KPU Kab. Kupang 2020 (hlm. {n})", None),
         pre="Setiap indikator kinerja utama memiliki polaritas: maksimal bila realisasi yang lebih tinggi lebih "
             "baik, minimal bila realisasi yang lebih rendah lebih baik; capaian dihitung menurut polaritasnya.",
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN KUPANG", "TAHUN 2020", "OELAMASI"])


def ngada_2021():
    """Ngada 2021: the DPT with the number of kecamatan in the total row's label."""
    baru("lkj-ngada-2021", "Ngada", "5309", "Bajawa|28 Januari 2022|Gregorius Bhoka Lado, S.Fil.|19840323 200604 1 823",
         r_jumlah_kec("DPT Pemilu 2019 per Kecamatan"),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.7, "u69ng21", ("pemilu", 2019),
         "KAB. NGADA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, yang menjadi pangkal pemutakhiran data "
         "pemilih berkelanjutan 2021:",
         (lambda n: f"Ngada - LKj 2021 - {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "TAHUN 2021", "BAJAWA"])


def lembata_2022():
    """Lembata 2022: the SAKIP components with no Bobot column, the weights in a note above the table."""
    baru("lkj-lembata-2022", "Lembata", "5313", "Lewoleba|31 Januari 2023|Theodorus Laba Kolin, S.E.|19850611 200604 1 824",
         r_bobot_catatan("Bobot komponen menurut Peraturan Menteri PANRB Nomor 88 Tahun 2021"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9", 21.9, "u69lb22", ("pemilu", 2019),
         "KABUPATEN LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
         "berkelanjutan 2022:",
         (lambda n: f"LKj Lembata 2022 ~ hal {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN LEMBATA", "TAHUN 2022", "LEWOLEBA"])


def sumba_tengah_2023():
    """Sumba Tengah 2023: the DPT ordered by the size of each kecamatan's roll, the largest first."""
    baru("lkj-sumba-tengah-2023", "Sumba Tengah", "5317",
         "Waibakul|30 Januari 2024|Umbu Rauta Djawa, S.Sos.|19860214 200904 1 825",
         r_urut_besar("diurutkan menurut jumlah pemilih, terbanyak di atas"),
         "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u69st23", ("pemilu", 2024),
         "KAB. SUMBA TENGAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan, ditetapkan dalam rapat pleno "
         "Juni 2023, diurutkan dari kecamatan dengan pemilih terbanyak:",
         (lambda n: f"Sumba Tengah | LKj 2023 | hlm {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2023", "WAIBAKUL"])


def sikka_2024():
    """Sikka 2024: the budget with the DIPA code in the last column, the names first."""
    baru("lkj-sikka-2024", "Sikka", "5307", "Maumere|31 Januari 2025|Yakobus Moa Nong, S.Fil.|19870212 200904 1 826",
         r_kode_kanan("kode DIPA pada kolom terakhir"),
         "partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.0", 22.5, "u69sk24", ("pemilu", 2024),
         "KAB. SIKKA",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, yang digunakan pada pemungutan suara "
         "14 Februari 2024:",
         (lambda n: f"LKj KPU Sikka 2024 -- {n}", None),
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SIKKA", "TAHUN 2024", "MAUMERE"])


if __name__ == "__main__":
    tulis(tts_2019, kupang_2020, ngada_2021, lembata_2022, sumba_tengah_2023, sikka_2024)
