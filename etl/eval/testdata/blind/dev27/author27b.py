#!/usr/bin/env python3
# dev27/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev27/author27b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common27 import (baris, cap_lama, dok, id_dec, id_int, lapor_kosong, predikat, r_catatan, r_isian,  # noqa: E402
                      r_marquee, r_ocr, r_sqlplus, r_youtube, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def ende_2019():
    """Ende 2019: the Pemilu 2019 DPT as the running text of the office's web site copied into the report (one
    long line, items between `★`); the DPT without village counts; a file name above a cover without the year;
    other tables plain TAB."""
    c, d = dok("lkj-ende-2019", "Ende", "Ende|29 Januari 2020|Aloysius Wangge, S.Sos.|19750821 200212 1 005",
               ["lkj_kpu_ende_2019_final.docx", "", "", "LAPORAN KINERJA", "KPU KABUPATEN ENDE"], W=94)
    R = r_marquee("kab-ende.kpu.go.id", "6 Januari 2020")
    rows = cap_lama("5308", 2019, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 80.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u27en19", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, pre=(
        "DPT Pemilu 2019 diumumkan kepada masyarakat antara lain melalui teks berjalan pada laman resmi KPU "
        "Kabupaten Ende. Teks itu disalin utuh di bawah ini; jumlah desa/kelurahan per kecamatan tidak dimuat di sana."))
    sumber(d, "Sumber: Keputusan KPU Kabupaten Ende tentang Penetapan DPTHP-3 Pemilu 2019.")
    selesai(d, c)


def ngada_2021():
    """Ngada 2021: the budget as a SQL*Plus spool of the finance database (BREAK ON program, COMPUTE SUM
    per program and on the report, `n rows selected.`); a PNBP sentence (no fact); Pilkada 2020 DPT."""
    c, d = dok("lkj-ngada-2021", "Ngada", "Bajawa|26 Januari 2022|Hieronimus Dopo, S.E.|19780605 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN ANGGARAN 2021"], W=93)
    R = r_sqlplus("realisasi_2021.lst", "v_realisasi_kegiatan")
    rows = cap_lama("5309", 2021, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 22.5)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u27nd21", total="TOTAL", pre=(
        "Operator keuangan menarik realisasi per kegiatan langsung dari basis data aplikasi keuangan dengan SQL*Plus; "
        "berkas spool-nya disalin di bawah ini. Jumlah per program dan total dihitung oleh perintah COMPUTE."))
    lapor_kosong(d, ("program", "total"))
    ulang(d, lambda p, x, q: f"Dengan demikian pagu Rp{p} terealisasi Rp{x}.")
    revisi_semua(d)
    d.P("Penerimaan Negara Bukan Pajak yang disetor ke kas negara tahun 2021 sebesar Rp2.764.300 (jasa giro dan "
        "pengembalian sisa uang persediaan) tidak termasuk realisasi belanja.")
    sec_dpt(d, R, "pilkada", 2020, label="Jumlah",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def sumba_barat_2021():
    """Sumba Barat 2021: the capaian and the SAKIP components as the Notes Pages of the presentation to the
    Inspektorat printed (`Slide n`, `Catatan:` with the figures in the speaker's sentences); RB in prose;
    Pilkada 2020 DPT as a plain TAB table."""
    c, d = dok("lkj-sumba-barat-2021", "Sumba Barat", "Waikabubak|25 Januari 2022|Lukas Dapa Bili, S.Pd.|19790919 200604 1 006",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT", "TAHUN 2021"], W=92)
    R = r_catatan("Paparan Capaian Kinerja 2021 - Reviu Inspektorat", [2])
    rows = cap_lama("5312", 2021, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 80.6"))
    d.P("Capaian kinerja dipaparkan dalam rapat reviu bersama Inspektorat. Berikut cetakan halaman catatan "
        "presentasi itu; angka dibacakan oleh Kasubbag Program dan Data sebagaimana tertulis pada catatannya.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 21.6)
    d.P(f"Reformasi Birokrasi tahun 2021 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u27sb21", total="Jumlah")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Total realisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, label="Jumlah")
    sumber(d)
    selesai(d, c)


def sbd_2024():
    """Sumba Barat Daya 2024: the Pemilu 2024 DPT as the description of the live stream of the plenary
    meeting on YouTube (chapter list `0:12:40 PPK …: n desa/kel, n TPS, L …, P …, total …`); a period on
    the cover."""
    c, d = dok("lkj-sumba-barat-daya-2024", "Sumba Barat Daya", "Tambolaka|28 Januari 2025|Agustinus Malo Bulu, S.Sos.|19800415 200604 1 018",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT DAYA", "Periode Januari - Desember 2024"], W=95)
    R = r_youtube("Live Rapat Pleno Terbuka Rekapitulasi DPT Pemilu 2024 KPU Kabupaten Sumba Barat Daya",
                  "KPU Kabupaten Sumba Barat Daya", "2 Jul 2023", "1.482")
    rows = cap_lama("5318", 2024, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 23.1)
    d.P(f"Reformasi Birokrasi tahun 2024 memperoleh nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u27sd24", total="Jumlah")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2024, pre=(
        "Rapat pleno terbuka rekapitulasi DPT Pemilu 2024 disiarkan langsung di kanal YouTube kantor. Hasil setiap "
        "PPK tercatat pada daftar bab di deskripsi video, yang disalin di bawah ini."))
    sumber(d, "Sumber: youtube.com, kanal KPU Kabupaten Sumba Barat Daya.")
    selesai(d, c)


def manggarai_timur_2021():
    """Manggarai Timur 2021: the Pemilu 2019 DPT as the OCR text of the scanned Model A-Rekap lampiran (rules
    read as `|` `I` `l` `!` `]`, `m` as `rn` in words, figures intact); other tables plain TAB."""
    c, d = dok("lkj-manggarai-timur-2021", "Manggarai Timur", "Borong|27 Januari 2022|Kanisius Jehabut, S.Fil.|19770810 200604 1 013",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2021"], W=92)
    R = r_ocr("Rekapitulasi Daftar Pemilih Tetap Hasil Perbaikan Ketiga Pemilu Tahun 2019 Kabupaten Manggarai Timur",
              "Lampiran Model A-Rekap DPTHP-3 (berkas scan_dpthp3_matim.pdf, halaman 2)")
    rows = cap_lama("5319", 2021, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 22.0)
    d.P(f"Nilai Reformasi Birokrasi tahun 2021 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u27mt21", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Realisasi total Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, pre=(
        "Basis data pemilih berkelanjutan tahun 2021 adalah DPTHP-3 Pemilu 2019. Berkas Word lampirannya tidak "
        "ditemukan lagi; tabel berikut diambil dari pindaian lampiran itu dengan aplikasi OCR dan disalin apa adanya "
        "(garis tabel terbaca sebagai tanda lain)."))
    sumber(d, "Sumber: Arsip Subbagian Teknis dan Hupmas, pindaian Model A-Rekap DPTHP-3.")
    selesai(d, c)


def sabu_raijua_2020():
    """Sabu Raijua 2020: the Pilkada 2020 DPT as the Berita Acara forms of the plenary meetings with the
    figures typed into the dotted blanks (one a PPK, the kabupaten's last); cover without the year."""
    c, d = dok("lkj-sabu-raijua-2020", "Sabu Raijua", "Seba|29 Januari 2021|Nikodemus Rihi Here, S.H.|19780128 200604 1 004",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SABU RAIJUA"], W=94)
    hari = lambda i: [("Senin", "12", "Oktober"), ("Selasa", "13", "Oktober"), ("Rabu", "14", "Oktober")][min(i // 3, 2)] \
        if i < 6 else ("Sabtu", "17", "Oktober")
    R = r_isian("Rekapitulasi Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sabu Raijua Tahun 2020",
                ("Model A.2-KWK", "Model A.3-KWK"), hari)
    rows = cap_lama("5320", 2020, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Atas kinerja tahun {y}, nilai evaluasi yang diterima adalah {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u27sr20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Realisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, pre=(
        "Rekapitulasi DPT Pemilihan 2020 dilakukan berjenjang. Berita acara PPK dan berita acara KPU Kabupaten, "
        "yang diisi tangan lalu diketik ulang oleh operator, disalin berikut ini."))
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(ende_2019, ngada_2021, sumba_barat_2021, sbd_2024, manggarai_timur_2021, sabu_raijua_2020)
