#!/usr/bin/env python3
# dev24/ documents 7-12: house styles no earlier batch used (see README.md).
# Run from etl/eval/testdata/blind/:   python3 dev24/author24b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common24 import (baris, cap_lama, dok, giliran, id_dec, id_int, jenis, piagam, predikat, r_berita,  # noqa: E402
                      r_ppid, r_radio, r_skp, r_tab, r_utas, rb_std, revisi_dipa, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, tanpa_lapor,
                      teks_satuan, ulang)
from lib import tulis  # noqa: E402


def flotim_2024():
    """Flores Timur 2024: the Pemilu 2024 DPT as the office's thread on X, three kecamatan a post, the
    kabupaten in the last post, a reader's reply with a wrong round figure; other tables plain TAB."""
    c, d = dok("lkj-flores-timur-2024", "Flores Timur", "Larantuka|28 Januari 2025|Bernardus Tukan, S.E.|19800827 200604 1 009",
               ["LAPORAN KINERJA", "KPU KABUPATEN FLORES TIMUR", "TAHUN 2024"], W=95)
    R = r_utas("KPU Kab. Flores Timur", "kpuflotim", "21 Jun 2023")
    rows = cap_lama("5306", 2024, baris("partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 23.8)
    d.P(f"Reformasi Birokrasi 2024 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u24ft24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Realisasi keseluruhan Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2024 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024,
            pre="Penetapan DPT Pemilu 2024 diumumkan juga melalui akun X (Twitter) resmi KPU Kabupaten Flores Timur "
                "dalam bentuk utas. Utas itu dikutip di bawah ini sebagaimana tampil, termasuk balasan warganet.")
    sumber(d, "Sumber: x.com/kpuflotim, diakses 8 Januari 2025.")
    selesai(d, c)


def sumba_tengah_2023():
    """Sumba Tengah 2023: the SAKIP 2022 evaluation as the script of the office's interactive radio
    programme, one component a turn, the final score at the end; RB 2023 in a later turn; other tables
    plain TAB."""
    c, d = dok("lkj-sumba-tengah-2023", "Sumba Tengah", "Waibakul|29 Januari 2024|Umbu Kaledi Lapu, S.Pd.|19810909 200604 1 012",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2023"], W=92)
    R = r_radio("\"Sapa Pemilih\" - RRI Waingapu Pro 1, Kamis 16 Maret 2023, 09.00-10.00 WITA",
                "Maria Lodang", "Sekretaris KPU Kabupaten Sumba Tengah")
    rows = cap_lama("5317", 2023, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022, pre="Hasil evaluasi AKIP atas kinerja tahun 2022 disosialisasikan kepada masyarakat melalui "
              "siaran dialog interaktif di RRI. Petikan naskah siaran tersebut disajikan berikut ini.")
    nb = rb_std(d, 2022, 22.8)
    giliran(d, "PENYIAR", "Satu lagi, Pak. Bagaimana dengan reformasi birokrasi?")
    giliran(d, "NARASUMBER", f"Untuk reformasi birokrasi tahun 2022 nilai kami {id_dec(nb[0])} dari bobot "
            f"{id_dec(nb[1])}, atau {id_dec(nb[2])} persen.")
    d.L("[JINGLE PENUTUP]", "")
    sec_anggaran(d, R, "u24st23")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Dari pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2023 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024,
            pre="DPT Pemilu 2024 Kabupaten Sumba Tengah ditetapkan dalam rapat pleno terbuka tanggal 21 Juni 2023:")
    sumber(d)
    selesai(d, c)


def lembata_2024():
    """Lembata 2024: the budget as a clipping of an online news article (lead with the total, `ADVERTISEMENT`
    and `Baca Juga:` lines, the programs and kegiatan as a bulleted list); other tables plain TAB."""
    c, d = dok("lkj-lembata-2024", "Lembata", "Lewoleba|31 Januari 2025|Stefanus Ola Kedang, S.H.|19791104 200604 1 005",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2024"], W=96)
    R = r_berita("lewolebapos.id", "KPU Lembata Serap Anggaran Hampir Penuh, Sisa Dikembalikan ke Kas Negara",
                 "Lewoleba", "Senin, 6 Januari 2025", ("Yohanes Bala", "Maria Ina"))
    rows = cap_lama("5313", 2024, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 23.3)
    d.P(f"Nilai Reformasi Birokrasi 2024: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u24lb24",
                 pre="Realisasi anggaran Tahun 2024 diberitakan oleh media daring setempat berdasarkan siaran pers "
                     "Sekretariat. Kliping berita itu dikutip utuh di bawah ini.")
    sumber(d, "Sumber angka: OM-SPAN per 31 Desember 2024 (siaran pers Sekretariat).")
    revisi_dipa(d, lambda k, a: f"DIPA 2024 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024,
            pre="DPT Pemilu 2024 Kabupaten Lembata per kecamatan (ditetapkan 21 Juni 2023):")
    sumber(d)
    selesai(d, c)


def mabar_2023():
    """Manggarai Barat 2023: the capaian table as the e-Kinerja printout of the Sekretaris's SKP
    evaluation (work plans, aspect, indicator, target and realisation with the unit in the cell, no
    capaian percent); other tables plain TAB."""
    c, d = dok("lkj-manggarai-barat-2023", "Manggarai Barat", "Labuan Bajo|30 Januari 2024|Aloysius Jebarus, S.IP.|19800215 200604 1 016",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "TAHUN 2023"], W=95)
    R = r_skp(("Aloysius Jebarus, S.IP.", "19800215 200604 1 016", "Pembina / IV.a", "Sekretaris",
               "Sekretariat KPU Kabupaten Manggarai Barat"),
              ("Drs. Petrus Hamu", "19690411 199503 1 002", "Pembina Utama Muda / IV.c", "Sekretaris",
               "Sekretariat KPU Provinsi Nusa Tenggara Timur"),
              "1 JANUARI 2023 S.D. 31 DESEMBER 2023")
    rows = cap_lama("5315", 2023, baris("partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    tanpa_lapor(d)
    teks_satuan(d, " %")
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 23.5)
    d.P(f"Nilai Reformasi Birokrasi 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u24mb23")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p}, realisasi Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2023 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, pre="DPT Pemilu 2024 Kabupaten Manggarai Barat (pleno 21 Juni 2023):")
    sumber(d)
    selesai(d, c)


def ende_2021():
    """Ende 2021: the SAKIP results as the certificates (piagam penghargaan) the office received, their
    centred text quoted (the 2020 score and the 2019 one), the 2020 components in a plain table after the
    first; other tables plain TAB."""
    c, d = dok("lkj-ende-2021", "Ende", "Ende|28 Januari 2022|Yohanes Don Bosco Wangge, S.Fil.|19790630 200604 1 014",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ENDE", "Periode 1 Januari - 31 Desember 2021"], W=93)

    def R(d, cap, head, rows):
        if jenis(head) != "sakip":
            return r_tab(d, cap, head, rows)
        y = int(cap.split()[-3])
        piagam(d, "Sekretariat KPU Kabupaten Ende", y, float(rows[-1][3].replace(",", ".")),
               f"{117 + y % 7}/HM.01-PG/01/2021", "Jakarta, 14 Desember 2021")
        d.L("Rincian nilai per komponen (lampiran piagam):", "")
        r_tab(d, cap, ("No", "Komponen", "Bobot", "Nilai"), rows)
    rows = cap_lama("5308", 2021, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020, pre="Atas hasil evaluasi implementasi SAKIP, Sekretariat KPU Kabupaten Ende menerima piagam "
              "penghargaan dari Sekretaris Jenderal KPU. Teks piagam dikutip sebagaimana tercetak.")
    for y, v in riwayat(d, [2019]):
        if v > 60:
            d.P("Piagam tahun sebelumnya:")
            piagam(d, "Sekretariat KPU Kabupaten Ende", y, v, f"{88 + y % 5}/HM.01-PG/01/2020", "Jakarta, 18 Desember 2020")
        else:
            d.P(f"Untuk kinerja tahun {y} kantor ini belum menerima piagam: nilai evaluasinya {id_dec(v)} dengan "
                f"predikat {predikat(v)}, sehingga perbaikan tahun {y + 1} dipusatkan pada komponen evaluasi internal.")
    sec_anggaran(d, R, "u24en21")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2021 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, pre="Data pemilih terakhir adalah DPT Pemilu 2019 Kabupaten Ende per kecamatan:")
    sumber(d)
    selesai(d, c)


def matim_2024():
    """Manggarai Timur 2024: the Pemilu 2024 DPT as the PPID's written answer to an information request
    (the form's fields and ticked boxes, then the table with short headers `Kec.` `Ds/Kel` `Lk` `Pr` `Jml`);
    other tables plain TAB."""
    c, d = dok("lkj-manggarai-timur-2024", "Manggarai Timur", "Borong|29 Januari 2025|Kanisius Jemadu, S.Sos.|19820114 200604 1 003",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN 2024"], W=94)
    R = r_ppid("014/PPID/KPU-Kab/VII/2023", "011/PPID/VII/2023", ("Fransiska Nggadas", "Desa Golo Kantar, Borong"),
               "3 Juli 2023")
    rows = cap_lama("5319", 2024, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 23.1)
    d.P(f"Reformasi Birokrasi 2024: nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u24mt24")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2024 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    d.P("Nilai Barang Milik Negara yang dikelola per 31 Desember 2024 sebesar Rp4.318.772.640 (setelah penyusutan), "
        "terdiri atas peralatan dan mesin serta gedung kantor.")
    sec_dpt(d, R, "pemilu", 2024,
            pre="Layanan informasi publik juga melayani permintaan data pemilih. Salah satu jawaban PPID atas "
                "permohonan data DPT Pemilu 2024 dikutip di bawah ini; angkanya adalah DPT yang ditetapkan pada "
                "rapat pleno terbuka 21 Juni 2023.")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(flotim_2024, sumba_tengah_2023, lembata_2024, mabar_2023, ende_2021, matim_2024)
