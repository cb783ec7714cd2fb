#!/usr/bin/env python3
# dev63/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev63/author63b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common63 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_moodle, r_onenote, r_outlook,  # noqa: E402
                      r_prn, r_satuan_sel, r_solver, rb_std, revisi_semua, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def baru(base, nama, satker, tanda, R, cap_rows, rb, seed, dpt, label, dpt_pre, pre=None, riw=1, sampul=None):
    tahun = int(base[-4:])
    kpu = "KOMISI PEMILIHAN UMUM " + ("KOTA KUPANG" if satker == "5371" else f"KABUPATEN {nama.upper()}")
    c, d = dok(base, nama, tanda, sampul or ["LAPORAN KINERJA", kpu, f"TAHUN {tahun}"], W=96)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    if pre:
        d.P(pre)
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Hasil evaluasi atas kinerja tahun {y} tercatat {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Nilai Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, seed, total="JUMLAH")
    sumber(d, f"Sumber: SAKTI dan OM-SPAN, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dari seluruh pagu sebesar Rp{p} terealisasi Rp{x}, atau serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai pembanding, pada tahun anggaran {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=dpt_pre)
    sumber(d)
    selesai(d, c)


def sumba_timur_2019():
    """Sumba Timur 2019: the Pemilu 2019 DPT pasted from a sheet whose cells carry their units (custom formats)."""
    baru("lkj-sumba-timur-2019", "Sumba Timur", "5311",
         "Waingapu|30 Januari 2020|Umbu Remu Hamakonda, S.Sos.|19830514 200604 1 511",
         r_satuan_sel("Rekapitulasi DPT Pemilu 2019 per Kecamatan", "Excel Subbagian Program dan Data"),
         "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5", 21.2, "u61st19", ("pemilu", 2019),
         "KAB. SUMBA TIMUR",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur per kecamatan. Tabel disalin dari lembar kerja "
         "rekapitulasi subbagian; format angka selnya menuliskan satuan di belakang setiap angka.", riw=0,
         sampul=["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "TAHUN 2019", "WAINGAPU"])


def lembata_2020():
    """Lembata 2020: the Pemilu 2019 DPT as Excel's Formatted Text (Space delimited) .prn export."""
    baru("lkj-lembata-2020", "Lembata", "5313", "Lewoleba|29 Januari 2021|Petrus Boli Tukan, S.Pd.|19820728 200604 1 512",
         r_prn("Rekapitulasi DPT Pemilu 2019 per Kecamatan", "DPT2019_LEMBATA.prn"),
         "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.3", 21.6, "u61lb20", ("pemilu", 2019),
         "KABUPATEN LEMBATA",
         "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih 2020. "
         "Lembar kerja rekapitulasi disimpan sebagai teks berformat (dipisah spasi) dan dimuat apa adanya.", riw=1)


def malaka_2021():
    """Malaka 2021: the budget as the finance officer's e-mail printed from Outlook (Accounting-format Rp cells)."""
    baru("lkj-malaka-2021", "Malaka", "5321", "Betun|28 Januari 2022|Yohanes Klau Seran, S.H.|19810905 200604 1 513",
         r_outlook("Realisasi Anggaran 2021", "Maria Goreti Luruk <keuangan.malaka@kpu.go.id>",
                   "Sekretaris KPU Kabupaten Malaka", "Friday, January 7, 2022 9:12 AM",
                   "Realisasi DIPA 2021 per 31 Desember 2021"),
         "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4", 21.9, "u61ml21", ("pilkada", 2020),
         "KABUPATEN MALAKA",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Malaka 2020 per kecamatan, pangkal pemutakhiran "
         "2021:",
         pre="Realisasi anggaran dilaporkan bendahara melalui surel; cetakan surel itu dimuat pada bagian Realisasi "
             "Anggaran.", riw=1)


def sumba_tengah_2023():
    """Sumba Tengah 2023: the budget as the Answer Report of Excel's Solver (pagu in the Formula, Slack the sisa)."""
    baru("lkj-sumba-tengah-2023", "Sumba Tengah", "5317",
         "Waibakul|30 Januari 2024|Umbu Djoka Tamu Ama, S.Sos.|19840212 200604 1 514",
         r_solver("Realisasi Anggaran 2023", "realisasi_2023.xlsx", "DIPA", "1/12/2024 10:05:31 AM"),
         "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.6", 22.2, "u61sg23", ("pemilu", 2024),
         "KAB. SUMBA TENGAH",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan, ditetapkan Juni 2023:",
         pre="Subbagian keuangan menguji batas realisasi setiap program dan kegiatan terhadap pagunya dengan Solver "
             "pada lembar kerja Excel; laporan jawabannya (Answer Report) disalin pada bagian Realisasi Anggaran.",
         riw=1)


def ttu_2024():
    """Timor Tengah Utara 2024: the capaian as a page of the office's OneNote notebook (note tags)."""
    baru("lkj-timor-tengah-utara-2024", "Timor Tengah Utara", "5303",
         "Kefamenanu|30 Januari 2025|Yoakim Abi Taek, S.Fil.|19830319 200604 1 515",
         r_onenote("Pengukuran Kinerja 2024", "Buku Catatan Perencanaan KPU TTU", "Senin, 13 Januari 2025    10:42"),
         "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7", 22.5, "u61tu24", ("pilkada", 2024),
         "KAB. TTU",
         "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara 2024 per kecamatan:",
         pre="Pengukuran kinerja dicatat pada buku catatan OneNote subbagian perencanaan; halaman itu dicetak dan "
             "dimuat pada bagian Capaian Kinerja.", riw=1)


def rote_ndao_2024():
    """Rote Ndao 2024: the SAKIP 2023 components as the User report of the inspectorate's Moodle gradebook."""
    baru("lkj-rote-ndao-2024", "Rote Ndao", "5314", "Ba'a|30 Januari 2025|Yusuf Ndun Messakh, S.Sos.|19840822 200604 1 516",
         r_moodle("Hasil Evaluasi AKIP 2023", "Evaluasi AKIP Satker 2023", "KPU Kabupaten Rote Ndao"),
         "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8", 22.7, "u61rn24", ("pemilu", 2024),
         "ROTE NDAO",
         "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan (penetapan Juni 2023):",
         pre="Evaluasi AKIP dijalankan pada situs e-learning evaluator; laporan nilai satker (User report) dari "
             "gradebook-nya dicetak dan dimuat pada bagian Evaluasi Akuntabilitas Kinerja.", riw=1)


if __name__ == "__main__":
    tulis(sumba_timur_2019, lembata_2020, malaka_2021, sumba_tengah_2023, ttu_2024, rote_ndao_2024)
