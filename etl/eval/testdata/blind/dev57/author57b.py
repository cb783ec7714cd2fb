#!/usr/bin/env python3
# dev57/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev57/author57b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common57 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_cg, r_fido, r_kindle, r_pocsag,  # noqa: E402
                      r_teletext, r_ussd, rb_std, revisi_semua, riwayat, sec_anggaran,
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



def lembata_2023():
    """Lembata 2023: the Pemilu 2019 DPT as the decoder log of the office's pager receiver (POCSAG)."""
    baru("lkj-lembata-2023", "Lembata", "5313", "Lewoleba|29 Januari 2024|Yohanes Boli Making, S.Sos.|19820406 200604 1 311",
         r_pocsag("Rekapitulasi DPT Pemilu 2019 lewat Penyeranta", "RTL-SDR kantor", 2019),
         "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.9, "u55lb23", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, dasar pemutakhiran tahun 2023. Pada "
         "rekapitulasi 2019 sebagian PPK di pulau kecil mengirim rekap lewat pemancar penyeranta (pager) milik "
         "mitra radio; log dekoder penerima di kantor diketik ulang di bawah ini.", riw=2)


def rote_2020():
    """Rote Ndao 2020: the Pemilu 2019 DPT as the screens of the USSD check service."""
    baru("lkj-rote-ndao-2020", "Rote Ndao", "5314", "Ba'a|28 Januari 2021|Daniel Lenggu Ndun, S.E.|19810219 200604 1 312",
         r_ussd("Layanan Cek Rekap DPT", "*141*5314#", 2020),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3", 21.6, "u55rn20", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan. Rekap ini juga dibuka untuk umum "
         "lewat layanan USSD operator seluler; layar layanan itu, dicoba pada telepon seluler biasa, diketik ulang "
         "di bawah ini.", riw=1)


def mabar_2024():
    """Manggarai Barat 2024: the budget as the pages of the regional TV's teletext service."""
    baru("lkj-manggarai-barat-2024", "Manggarai Barat", "5315", "Labuan Bajo|30 Januari 2025|Stefanus Nggarang Jemadu, S.H.|19830812 200604 1 313",
         r_teletext("Realisasi Anggaran 2024", 301, 2024),
         "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6", 22.2, "u55mb24", ("pemilu", 2024), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan:",
         pre="Realisasi anggaran disiarkan juga pada layanan teleteks televisi lokal (halaman 301); halaman teleteks "
             "itu diketik ulang pada bagian Realisasi Anggaran.", riw=1)


def kota_2021():
    """Kota Kupang 2021: the budget as a FidoNet echomail reply quoting the treasurer's table."""
    baru("lkj-kota-kupang-2021", "Kota Kupang", "5371", "Kupang|26 Januari 2022|Ignasius Fanggi Lay, S.Kom.|19820927 200604 1 314",
         r_fido("Realisasi Anggaran per Program dan Kegiatan", "KPU.KEUANGAN", "BN", 2021),
         "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.9", 21.7, "u55kk21", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran berkelanjutan 2021:",
         pre="Bendahara mengirim tabel realisasi lewat papan buletin (BBS) FidoNet kantor; balasan sekretaris yang "
             "mengutip tabel itu diketik ulang pada bagian Realisasi Anggaran.", riw=1)


def kupang_2023():
    """Kupang 2023: the capaian as the e-reader's My Clippings.txt of the highlighted Perjanjian Kinerja."""
    baru("lkj-kupang-2023", "Kupang", "5301", "Oelamasi|31 Januari 2024|Yohanis Tefa Nomleni, S.Sos.|19830519 200604 1 271",
         r_kindle("Sorotan Capaian Kinerja 2023", "Pengukuran Kinerja 2023", 2023),
         "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.9, "u55kp23", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, dasar pemutakhiran tahun 2023:",
         pre="Kepala subbagian menandai baris-baris tabel pengukuran kinerja pada pembaca buku elektronik; berkas "
             "My Clippings.txt-nya diketik ulang pada bagian Capaian Kinerja.", riw=1)


def matim_2020():
    """Manggarai Timur 2020: the SAKIP 2019 components as the CG (lower third) rundown of a local TV talk show."""
    baru("lkj-manggarai-timur-2020", "Manggarai Timur", "5319", "Borong|27 Januari 2021|Yosef Nambut Jehamat, S.Fil.|19820117 200604 1 276",
         r_cg("Bincang Akuntabilitas di Televisi Lokal", "Dialog Publik KPU Matim", 2020),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.2", 21.5, "u55mt20", ("pemilu", 2019), "JUMLAH",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Timur per kecamatan:",
         pre="Hasil evaluasi AKIP dibahas dalam dialog di televisi lokal; rundown teks bawah layar (CG) acara itu, "
             "yang memuat bobot dan nilai tiap komponen, diketik ulang pada bagian Evaluasi AKIP.", riw=1)


if __name__ == "__main__":
    tulis(lembata_2023, rote_2020, mabar_2024, kota_2021, kupang_2023, matim_2020)
