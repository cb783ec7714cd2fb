#!/usr/bin/env python3
# dev18/ documents 7-12: Flores Timur 2024 (analysts' extra columns: signed deviations, a running
# total of the DPT), Manggarai 2024 (flattened: a Word mail merge, one merged letter a row), Lembata
# 2024 (the table as it came back from the review, note lines under rows), Nagekeo 2023 (Excel
# printed with its cell comments at the end of each sheet), Sumba Tengah 2019 (every figure in the digit boxes of a paper form), Sumba Timur 2020
# (a diagonal watermark's letters falling between the lines).
# Run from etl/eval/testdata/blind/:   python3 dev18/author18b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common18 import (angka_ke, baris, cap_lama, dok, dpt_kab, id_dec, id_int, r_analisis, r_kotak,  # noqa: E402
                      r_komentar, r_reviu, r_surat, r_tab, rb_std, revisi_dipa, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tanda_air)
from lib import tulis  # noqa: E402


def flores_timur_2024():
    """Flores Timur 2024: analysts' extra columns (deviations, running total)."""
    c, d = dok("lkj-flores-timur-2024", "Flores Timur", "Larantuka|30 Januari 2025|Petrus Kia Beda, S.H.|19770915 200312 1 005",
               ["LAPORAN KINERJA", "KPU KABUPATEN FLORES TIMUR", "TAHUN 2024"])
    d.P("Tabel bab ini memuat kolom analisis tambahan dari Subbagian Perencanaan: deviasi realisasi terhadap target "
        "atau pagu (bertanda plus atau minus) dan jumlah kumulatif pemilih.")
    rows = cap_lama("5306", 2024, baris("partisipasi 77.5 81.02, pemutakhiran 100 100, kompetensi 85 86.9"))
    sec_capaian(d, c, r_analisis, rows, ["partisipasi"])
    sec_sakip(d, r_analisis, 2023)
    nb = rb_std(d, 2024, 24.9)
    d.P(f"Evaluasi pelaksanaan Reformasi Birokrasi tahun 2024 memberikan nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])} ({id_dec(nb[2])} persen).")
    sec_anggaran(d, r_analisis, "u18ft24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    sec_dpt(d, r_analisis, "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 per kecamatan yang ditetapkan dalam rapat pleno terbuka tanggal 20 Juni 2023:")
    sumber(d)
    d.P("Pada hari pemungutan suara 14 Februari 2024 juga memilih 1.874 pemilih tambahan (DPTb) dan 926 pemilih "
        "khusus (DPK), di luar DPT di atas.")
    selesai(d, c)


def penerima_mg(k, x):
    if k == "cap":
        return "Penanggung Jawab Indikator, Sekretariat KPU Kabupaten Manggarai"
    if k == "ang":
        return "Pejabat Pembuat Komitmen, Sekretariat KPU Kabupaten Manggarai"
    if k == "sakip":
        return "Kepala Subbagian Perencanaan, Data dan Informasi"
    return f"Ketua PPK Kecamatan {x[1].title()}" if x[0] != "" else "Ketua KPU Kabupaten Manggarai"


def manggarai_2024():
    """Manggarai 2024 (flattened): every table a Word mail merge, one letter a record."""
    c, d = dok("lkj-manggarai-2024", "Manggarai", "Ruteng|31 Januari 2025|Fransiskus Jehadun, S.H.|19760514 200212 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN 2024"], flat=True)
    d.P("Data tabel bab ini disampaikan kepada para penanggung jawab dengan surat gabungan (mail merge) dari lembar "
        "data Sekretariat; hasil gabungan dilampirkan apa adanya, satu surat untuk setiap baris data.")
    R = r_surat(penerima_mg)
    rows = cap_lama("5310", 2024, baris("partisipasi 77.5 80.77, pemutakhiran 100 100, kompetensi 85 86.3"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 24.3)
    d.P(f"Nilai evaluasi Reformasi Birokrasi tahun 2024 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    sec_anggaran(d, R, "u18mg24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2024 direvisi sebanyak {k} kali" +
                (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pilkada", 2024, label="KABUPATEN MANGGARAI",
            pre="DPT Pemilihan Serentak 2024 per kecamatan, dari rapat pleno terbuka, disampaikan kepada PPK:")
    sumber(d)
    tps, l, p, t = dpt_kab(d, "pemilu", 2024)
    d.P(f"DPT Pemilu 2024 Kabupaten Manggarai berjumlah {id_int(t)} pemilih ({id_int(l)} laki-laki, {id_int(p)} "
        f"perempuan) di {id_int(tps)} TPS.")
    selesai(d, c)


def catat_lb(k, i, x):
    """The review notes of Lembata 2024: some cite the draft's old figure or a document number."""
    if k == "cap" and i == 0:
        r = angka_ke(x[4])
        return f"angka realisasi pada konsep 15 Januari tertulis {id_dec(r - 0.42)}, dikoreksi sesuai data dukung."
    if k == "cap" and i == 2:
        return "sesuai berita acara serah terima logistik di 9 kecamatan."
    if k == "ang" and i == 0:
        return "sesuai OM-SPAN; konsep memakai pagu sebelum revisi POK."
    if k == "ang" and x[0] == "":
        return "jumlah sesuai Laporan Realisasi Anggaran semester II."
    if k == "dpt" and i % 4 == 1:
        return f"sesuai BA Rekapitulasi Nomor {12 + i}/PL.01.2-BA/5313/2023."
    if k == "sakip" and i == 0:
        return "nilai sesuai LHE Inspektorat Utama Nomor 21/PW.02-LHE/01/2024."
    return None


def lembata_2024():
    """Lembata 2024: the tables as they came back from the Inspektorat's review."""
    c, d = dok("lkj-lembata-2024", "Lembata", "Lewoleba|29 Januari 2025|Bernadus Boli Ladjar, S.Sos.|19781012 200501 1 011",
               ["LAPORAN KINERJA", "KPU KABUPATEN LEMBATA", "TAHUN ANGGARAN 2024"])
    d.P("Laporan ini telah direviu Aparat Pengawasan Intern; catatan reviu dibiarkan di bawah baris yang direviu "
        "sebagai jejak perbaikan.")
    R = r_reviu(catat_lb)
    rows = cap_lama("5313", 2024, baris("partisipasi 77.5 80.58, pemutakhiran 100 100, kompetensi 85 86.6"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 24.7)
    R(d, "Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2024", ("No", "Uraian", "Nilai", "Bobot", "Persentase"),
      [[1, "Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    sec_anggaran(d, R, "u18lb24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH")
    sumber(d)
    selesai(d, c)


def catat_nk(k, i, x):
    """The cell comments of Nagekeo 2023's sheets: (column index, author, text), citing other figures."""
    if k == "cap" and i == 0:
        return 4, "Renev", f"angka konsep {id_dec(angka_ke(x[4]) - 0.37)}; diganti setelah rekapitulasi akhir."
    if k == "cap" and i == 1:
        return 3, "Renev", "target sesuai PK yang ditandatangani 4 Januari 2023."
    if k == "sakip" and x[0] == "":
        return 3, "Kasubbag", "LHE diterima 12 Mei 2023."
    if k == "ang" and i == 0:
        return 2, "Keu", "pagu setelah revisi; lihat catatan revisi DIPA."
    if k == "ang" and x[0] == "":
        return 5, "Keu", "sesuai LRA semester II."
    if k == "dpt" and i == 2:
        return 3, "Data", f"semula {x[3] + 2} TPS; 2 TPS digabung saat penetapan."
    return None


def nagekeo_2023():
    """Nagekeo 2023: Excel sheets printed with their cell comments at the end; budget in thousands."""
    c, d = dok("lakip-nagekeo-2023", "Nagekeo", "Mbay|30 Januari 2024|Hendrikus Sebo, S.E.|19790215 200604 1 008",
               ["LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "(LAKIP)", "KPU KABUPATEN NAGEKEO", "TAHUN 2023"])
    rows = cap_lama("5316", 2023, baris("partisipasi 77.5 79.88, pemutakhiran 100 100, kompetensi 85 86.1"))
    R = r_komentar(catat_nk)
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2022)
    (y0, v0), = riwayat(d, [2021])
    d.P(f"Hasil Evaluasi AKIP Tahun {y0} sebelumnya memberi nilai {id_dec(v0)}.")
    for y, nl in ((2022, 22.4), (2023, 23.6)):
        nb = rb_std(d, y, nl)
        d.P(f"Evaluasi Reformasi Birokrasi tahun {y} memberi nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
            f"({id_dec(nb[2])} persen).")
    sec_anggaran(d, R, "u18nk23", sel=ribuan,
                 head=("Kode", "Program / Kegiatan", "Pagu (Rp 000)", "Realisasi (Rp 000)", "Sisa (Rp 000)",
                       "Serapan (%)"),
                 pre="Pagu DIPA Tahun Anggaran 2023 setelah revisi dan realisasinya menurut program dan kegiatan, "
                     "dalam ribuan rupiah.")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    revisi_dipa(d, lambda k, a: f"Selama tahun 2023 DIPA direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH KABUPATEN",
            pre="DPT Pemilu 2024 per kecamatan yang ditetapkan pada 21 Juni 2023:")
    sumber(d)
    selesai(d, c)


def sumba_tengah_2019():
    """Sumba Tengah 2019: every figure in the digit boxes of a paper form."""
    c, d = dok("lkj-sumba-tengah-2019", "Sumba Tengah", "Waibakul|29 Januari 2020|Umbu Pura Woha, S.Sos.|19780420 200604 1 014",
               ["LAPORAN", "KINERJA", "SEKRETARIAT KPU", "KABUPATEN SUMBA TENGAH", "2019"])
    d.P("Tabel bab ini disalin dari formulir isian data kinerja yang diisi tangan oleh setiap subbagian; "
        "setiap angka ditulis satu digit per kotak, kotak kosong di depan dibiarkan.")
    rows = cap_lama("5317", 2019, baris("partisipasi 77.5 81.44, pemutakhiran 100 100, kompetensi 80 82.35"))
    sec_capaian(d, c, r_kotak, rows, ["partisipasi"])
    sec_sakip(d, r_kotak, 2018)
    sec_anggaran(d, r_kotak, "u18sg19")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    sec_dpt(d, r_kotak, "pemilu", 2019, label="JUMLAH")
    sumber(d)
    tps, l, p, t = dpt_kab(d, "pilkada", 2018)
    d.P(f"Sebagai pembanding, DPT Pemilihan Serentak 2018 di Kabupaten Sumba Tengah "
        f"berjumlah {id_int(t)} pemilih ({id_int(l)} laki-laki, {id_int(p)} perempuan) di {id_int(tps)} TPS.")
    selesai(d, c)


def sumba_timur_2020():
    """Sumba Timur 2020: a diagonal watermark's letters between the lines."""
    c, d = dok("lkj-sumba-timur-2020", "Sumba Timur", "Waingapu|28 Januari 2021|Umbu Tamu Ridi, S.E.|19790309 200604 1 012",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "TAHUN 2020"])
    rows = cap_lama("5311", 2020, baris("partisipasi 77.5 80.91, pemutakhiran 100 100, kompetensi 80 81.76"))
    sec_capaian(d, c, r_tab, rows, ["partisipasi"])
    sec_sakip(d, r_tab, 2019)
    sec_anggaran(d, r_tab, "u18st20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    revisi_dipa(d, lambda k, a: f"DIPA 2020 mengalami {k} kali revisi, antara lain karena penghematan anggaran "
                                f"penanganan pandemi" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    d.P("Pendapatan Negara Bukan Pajak yang diterima selama 2020 sebesar Rp2.860.000 dari sewa gedung; jumlah ini "
        "bukan bagian dari realisasi belanja.")
    sec_dpt(d, r_tab, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati 2020 per kecamatan yang ditetapkan dalam rapat pleno terbuka:")
    sumber(d)
    selesai(d, c)
    d.lines = tanda_air(d.lines)
    d.write()


if __name__ == "__main__":
    tulis(flores_timur_2024, manggarai_2024, lembata_2024, nagekeo_2023, sumba_tengah_2019, sumba_timur_2020)
