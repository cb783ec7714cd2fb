#!/usr/bin/env python3
# dev56/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev56/author56b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common56 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_adif, r_cue, r_edlin, r_exif,  # noqa: E402
                      r_grepn, r_po, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, pre=None, riw=1):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Hasil evaluasi atas tahun {y}: nilai {id_dec(v)}, predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Evaluasi Reformasi Birokrasi tahun {tahun} memberi nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, posisi 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari seluruh pagu Rp{p}, realisasinya Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)



def sbd_2024():
    """Sumba Barat Daya 2024: the Pemilu 2024 DPT as the ADIF export of the ORARI ham-radio relay log."""
    baru("lkj-sumba-barat-daya-2024", "Sumba Barat Daya", "5318", "Tambolaka|28 Januari 2025|Yohanes Bili Kii, S.Sos.|19830308 200604 1 281",
         r_adif("Rekapitulasi DPT Pemilu 2024 lewat Relai Radio", "RELAI_DPT2024.ADI", "YC9KPU", 2023),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 22.1, "u54sd24", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Barat Daya per kecamatan. Karena sinyal seluler di "
         "beberapa kecamatan lemah, rekap tiap PPK dikirim lewat relai radio amatir (ORARI) dan dicatat program "
         "log stasiun kantor; ekspor ADIF log itu diketik ulang di bawah ini.", riw=1)


def sumba_barat_2023():
    """Sumba Barat 2023: the Pilkada 2020 DPT as the exiftool dump of the photographed recap sheets."""
    baru("lkj-sumba-barat-2023", "Sumba Barat", "5312", "Waikabubak|30 Januari 2024|Daniel Bora Kaka, S.E.|19810415 200604 1 282",
         r_exif("Foto Lembar Rekap DPT Pemilihan 2020 per Kecamatan", "/arsip/foto/rekap_dpt_2020/", 2020),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.8", 21.9, "u54sb23", ("pilkada", 2020), "JUMLAH",
         "Sebagai pembanding, DPT Pemilihan Bupati dan Wakil Bupati Sumba Barat 2020 per kecamatan. Lembar rekap tiap "
         "kecamatan difoto dan angkanya dicatat pada keterangan foto (Image Description); keluaran exiftool atas "
         "folder foto itu diketik ulang di bawah ini.", riw=2)


def nagekeo_2021():
    """Nagekeo 2021: the budget as an MS-DOS EDLIN session on the finance clerk's text file."""
    baru("lkj-nagekeo-2021", "Nagekeo", "5316", "Mbay|27 Januari 2022|Kornelis Sebo Dhae, S.Pd.|19820522 200604 1 283",
         r_edlin("Daftar Realisasi Anggaran", "REAL2021.TXT"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4", 21.6, "u54ng21", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 per kecamatan, data dasar pemutakhiran data pemilih berkelanjutan "
         "tahun 2021:",
         pre="Daftar realisasi anggaran masih disimpan bendahara sebagai berkas teks di komputer lama dan dibuka dengan "
             "EDLIN; tampilan sesi EDLIN-nya diketik ulang pada bagian Realisasi Anggaran.", riw=1)


def malaka_2022():
    """Malaka 2022: the budget as the output of grep -n over the finance export."""
    baru("lkj-malaka-2022", "Malaka", "5321", "Betun|26 Januari 2023|Yoseph Seran Klau, S.IP.|19830726 200604 1 284",
         r_grepn("Realisasi Anggaran per Program dan Kegiatan", "ekspor_realisasi_2022.txt"),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6", 21.8, "u54ml22", ("pilkada", 2020), "JUMLAH",
         "Sebagai pembanding, DPT Pemilihan Bupati dan Wakil Bupati Malaka 2020 per kecamatan:",
         pre="Baris program dan kegiatan disaring dari berkas ekspor aplikasi keuangan dengan perintah grep -n; "
             "keluarannya diketik ulang pada bagian Realisasi Anggaran.", riw=1)


def sumba_tengah_2020():
    """Sumba Tengah 2020: the capaian as the gettext translation file (.po) of the public dashboard."""
    baru("lkj-sumba-tengah-2020", "Sumba Tengah", "5317", "Waibakul|28 Januari 2021|Umbu Djima Lapu, S.Sos.|19800619 200604 1 285",
         r_po("Dasbor Capaian Kinerja 2020", "id_en.po", 2020),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.1", 21.5, "u54st20", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan:",
         pre="Capaian kinerja ditampilkan di dasbor publik kantor dalam dua bahasa; berkas terjemahan gettext (.po) "
             "dasbor itu diketik ulang pada bagian Capaian Kinerja.", riw=1)


def sabu_2023():
    """Sabu Raijua 2023: the SAKIP 2022 components as the cue sheet of the exit meeting's recording."""
    baru("lkj-sabu-raijua-2023", "Sabu Raijua", "5320", "Seba|31 Januari 2024|Aleksander Lado Hina, S.H.|19840901 200604 1 286",
         r_cue("Rekaman Exit Meeting Evaluasi AKIP", "exit_meeting_akip_2022.wav", 2023),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.9", 22.2, "u54sr23", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, data dasar pemutakhiran tahun 2023:",
         pre="Exit meeting evaluasi AKIP direkam dan dibagi per komponen; lembar isyarat (cue sheet) rekamannya, yang "
             "judul treknya memuat bobot dan nilai tiap komponen, diketik ulang pada bagian Evaluasi AKIP.", riw=2)


if __name__ == "__main__":
    tulis(sbd_2024, sumba_barat_2023, nagekeo_2021, malaka_2022, sumba_tengah_2020, sabu_2023)
