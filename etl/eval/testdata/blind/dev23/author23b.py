#!/usr/bin/env python3
# dev23/ documents 7-12: house styles no earlier batch used (see README.md).
# Run from etl/eval/testdata/blind/:   python3 dev23/author23b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common23 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_calk, r_fb, r_lhe, r_qgis, r_srt,  # noqa: E402
                      r_stata, r_tab, rb_std, revisi_dipa, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402
import common11  # noqa: E402


def sumba_timur_2024():
    """Sumba Timur 2024: the Pemilu 2024 DPT as the subtitle file (SRT) of the livestreamed plenary,
    the reader's sentence for each kecamatan over two cues; other tables plain TAB."""
    c, d = dok("lkj-sumba-timur-2024", "Sumba Timur", "Waingapu|27 Januari 2025|Umbu Remi Kalumbang, S.Sos.|19800704 200604 1 017",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "TAHUN 2024"], W=96)
    R = r_srt(3 * 3600 + 14 * 60 + 7.4, "Anggota KPU, Divisi Perencanaan, Data dan Informasi")
    rows = cap_lama("5311", 2024, baris("partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2023, 23.2)
    d.P(f"Nilai Reformasi Birokrasi tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u23st24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    revisi_dipa(d, lambda k, a: f"DIPA 2024 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024,
            pre="Rapat pleno terbuka rekapitulasi DPT Pemilu 2024 disiarkan langsung melalui kanal YouTube KPU "
                "Kabupaten Sumba Timur. Bagian pembacaan rekapitulasi dikutip dari berkas teks terjemahan (subtitle) "
                "siaran tersebut setelah disunting; nomor dan kode waktu adalah milik berkas itu.")
    sumber(d, "Sumber: siaran langsung Rapat Pleno Terbuka Rekapitulasi DPT Pemilu 2024, 20 Juni 2023.")
    selesai(d, c)


def ttu_2023():
    """TTU 2023: the Pemilu 2024 DPT as the office's Facebook page post, kecamatan names and headings in
    Unicode bold letters, a comment with a wrong figure under it; other tables plain TAB."""
    c, d = dok("lkj-ttu-2023", "Timor Tengah Utara", "Kefamenanu|29 Januari 2024|Emanuel Kolo Taolin, S.IP.|19790830 200604 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN ANGGARAN 2023"], W=94)
    R = r_fb("KPU Kabupaten Timor Tengah Utara", "22 Juni 2023 pukul 19.05", 412)
    rows = cap_lama("5303", 2023, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.9)
    d.P(f"Reformasi Birokrasi 2023 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])} persen).")
    sec_anggaran(d, R, "u23tu23")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Realisasi seluruhnya Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2023 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024,
            pre="Penetapan DPT Pemilu 2024 diumumkan kepada masyarakat melalui halaman Facebook resmi KPU Kabupaten "
                "Timor Tengah Utara. Unggahan tersebut dikutip utuh di bawah ini, termasuk komentar pembaca.")
    sumber(d, "Sumber: facebook.com/kpu.ttu, diakses 10 Januari 2024.")
    selesai(d, c)


def rote_ndao_2023():
    """Rote Ndao 2023: the Pemilu 2024 DPT as the attribute table of the office's map layer (QGIS),
    shapefile fields first, integers without separators, no total row; the kabupaten's sums in the
    Statistics panel under it; other tables plain TAB."""
    c, d = dok("lkj-rote-ndao-2023", "Rote Ndao", "Ba'a|30 Januari 2024|Yohanis Ndun, S.E.|19810501 200604 1 011",
               ["LAPORAN KINERJA", "KPU KABUPATEN ROTE NDAO", "TAHUN 2023"], W=98)
    R = r_qgis("sebaran_dpt_pemilu2024_rote_ndao")
    rows = cap_lama("5314", 2023, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 23.0)
    d.P(f"Nilai RB 2023: {id_dec(nb[0])} dari {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u23rn23")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p}, realisasi Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2023 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024,
            pre="Untuk peta sebaran pemilih, DPT Pemilu 2024 yang ditetapkan pada 21 Juni 2023 dimasukkan ke lapisan "
                "peta kecamatan. Tabel atribut lapisan itu dicetak di bawah ini; kolom Shape_Leng dan Shape_Area adalah "
                "keliling dan luas dalam derajat dari berkas batas wilayah.")
    sumber(d, "Sumber: olah data Subbagian Perencanaan, Data dan Informasi (QGIS 3.28).")
    selesai(d, c)


def malaka_2024():
    """Malaka 2024: the budget as the log of a Stata do-file (tabstat by code over programs and each
    program's kegiatan, comma thousands, absorption listed and displayed); other tables plain TAB."""
    c, d = dok("lkj-malaka-2024", "Malaka", "Betun|28 Januari 2025|Benediktus Seran Bria, S.H.|19780610 200604 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN MALAKA", "TAHUN 2024"], W=96)
    R = r_stata("5321", 2024, "realisasi_anggaran")
    rows = cap_lama("5321", 2024, baris("partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2023, 23.3)
    d.P(f"Evaluasi Reformasi Birokrasi 2023 memberi nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u23ml24",
                 pre="Realisasi anggaran diolah dari unduhan SAKTI dengan Stata oleh Subbagian Keuangan. Log pengolahan "
                     "dikutip apa adanya; angka rupiah memakai koma sebagai pemisah ribuan dan titik untuk desimal.")
    revisi_dipa(d, lambda k, a: f"DIPA 2024 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, label="Jumlah",
            pre="DPT Pemilu 2024 Kabupaten Malaka per kecamatan:")
    sumber(d)
    selesai(d, c)


def sbd_2021():
    """Sumba Barat Daya 2021: the budget as the quoted notes to the financial statements (CaLK): PNBP,
    spending by type, spending by program and kegiatan with the variance in parentheses, fixed assets;
    other tables plain TAB."""
    c, d = dok("lkj-sumba-barat-daya-2021", "Sumba Barat Daya", "Tambolaka|28 Januari 2022|Agustinus Ngongo Bora, S.H.|19800112 200604 1 004",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2021"], W=95)
    R = r_calk((("Belanja Pegawai", 41250, 42180), ("Belanja Modal", 5875, 5790), ("Belanja Barang", 0, 0)), 2_870_500, 1_926_408_300)
    rows = cap_lama("5318", 2021, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Hasil evaluasi atas kinerja tahun {y}: {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 22.7)
    d.P(f"Nilai Reformasi Birokrasi 2021 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u23sd21",
                 pre="Realisasi anggaran tahun 2021 disajikan dengan mengutip Catatan atas Laporan Keuangan yang telah "
                     "direviu; angka dalam rupiah penuh.")
    revisi_dipa(d, lambda k, a: f"DIPA 2021 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Sebagai pembanding, realisasi belanja TA {y} adalah Rp{id_int(x)} dari pagu Rp{id_int(p)} "
            f"({id_dec(serapan(p, x))}%).")
    d.FF()
    d.L("D. Data Pemilih", "")
    tps, l, p, tot = common11.dpt_kab(d, "pemilu", 2019)
    d.P(f"Tidak ada pemilihan pada tahun 2021. Data pemilih terakhir yang ditetapkan adalah DPT Pemilu 2019 sebanyak "
        f"{id_int(tot)} pemilih ({id_int(l)} laki-laki dan {id_int(p)} perempuan) di {id_int(tps)} TPS.")
    selesai(d, c)


def sumba_barat_2024():
    """Sumba Barat 2024: the SAKIP 2023 evaluation as the Inspektorat Utama's evaluation report letter
    quoted whole (components as a lettered list, the previous score in paragraph 3); other tables TAB."""
    c, d = dok("lkj-sumba-barat-2024", "Sumba Barat", "Waikabubak|30 Januari 2025|Petrus Rangga Ledo, S.Pd.|19790606 200604 1 006",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT", "TAHUN 2024"], W=93)
    rows = cap_lama("5312", 2024, baris("partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, r_tab, rows, ["partisipasi"])
    lalu = riwayat(d, [2022])[0]
    R = r_lhe("118/PW.02-LHE/06/2024", "27 Mei 2024", lalu)
    sec_sakip(d, R, 2023, pre="Hasil evaluasi SAKIP tahun 2023 disampaikan Inspektorat Utama KPU dengan surat yang "
                              "salinannya dimuat di bawah ini.")
    nb = rb_std(d, 2024, 23.5)
    d.P(f"Adapun Reformasi Birokrasi tahun 2024 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, r_tab, "u23sb24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2024 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    d.FF()
    d.L("D. Data Pemilih", "")
    tps, l, p, tot = common11.dpt_kab(d, "pemilu", 2024)
    d.P(f"DPT Pemilu 2024 Kabupaten Sumba Barat berjumlah {id_int(tot)} pemilih, terdiri atas {id_int(l)} laki-laki "
        f"dan {id_int(p)} perempuan, di {id_int(tps)} TPS.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(sumba_timur_2024, ttu_2023, rote_ndao_2023, malaka_2024, sbd_2021, sumba_barat_2024)
