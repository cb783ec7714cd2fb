#!/usr/bin/env python3
# dev35/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev35/author35a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common35 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_dpt_prosa,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common11 import dpt_kab  # noqa: E402
from lib import tulis  # noqa: E402


def tts_2023():
    """Timor Tengah Selatan 2023: cover `LAPORAN KINERJA INSTANSI PEMERINTAH` / `(LKjIP)` / office /
    `TAHUN ANGGARAN 2023`; captions `Tabel 3.n - Judul`; capaian `No` `Uraian Indikator Kinerja` `Satuan`
    `Target 2023` `Realisasi 2023` `Capaian (%)`; budget `Kode` `Uraian` `Pagu DIPA Revisi` `Realisasi s.d. 31
    Des` `Sisa Pagu` `% Real.`, total `TOTAL DIPA`; the Pemilu 2019 DPT of 32 kecamatan (the continuous roll's
    base) **broken after sixteen rows**, total `JUMLAH KABUPATEN`; the Pemilu 2024 DPT of the kabupaten in
    prose; foot `- n -`."""
    c, d = dok("lkj-tts-2023", "Timor Tengah Selatan", "SoE|29 Januari 2024|Yoksan Tefa, S.H.|19800103 200604 1 012",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN",
                "TAHUN ANGGARAN 2023"], W=100)
    kep = {"cap": ("No", "Uraian Indikator Kinerja", "Satuan", "Target 2023", "Realisasi 2023", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu DIPA Revisi", "Realisasi s.d. 31 Des", "Sisa Pagu", "% Real."),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} - {t}", kep.get, patah=(16, "LKjIP KPU Kabupaten Timor Tengah Selatan 2023"))
    rows = cap_lama("5302", 2023, baris("partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Adapun hasil evaluasi atas kinerja tahun {y} adalah {id_dec(v)} (predikat {predikat(v)}).")
    sec_anggaran(d, R, "u35ts23", total="TOTAL DIPA")
    sumber(d, "Sumber: aplikasi SAKTI, posisi 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Dari pagu DIPA revisi Rp{p} telah direalisasikan Rp{x}, atau {id_dec(q)}%.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH KABUPATEN",
            pre="Data dasar pemutakhiran data pemilih berkelanjutan tahun 2023 adalah DPT Pemilu 2019 per kecamatan:")
    sumber(d)
    tps, l, p, tot = (id_int(v) for v in dpt_kab(d, "pemilu", 2024))
    d.P(f"Untuk Pemilu 2024, rapat pleno terbuka bulan Juni 2023 menetapkan DPT Kabupaten Timor Tengah Selatan "
        f"sebanyak {tot} pemilih ({l} laki-laki dan {p} perempuan) yang tersebar di {tps} TPS.")
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -")
    rapi(d)
    d.write()


def sumba_barat_2024():
    """Sumba Barat 2024: cover `LAPORAN KINERJA` / the commission / `Periode: Januari s.d. Desember 2024`;
    captions `Tabel n. Judul` numbered through; capaian `No` `Indikator Kinerja Utama` `Satuan` `Target`
    `Realisasi` `% Capaian`; budget `No. Akun` `Program/Kegiatan` `Anggaran` `Realisasi` `Saldo` `Realisasi (%)`,
    total `Total Anggaran`; SAKIP 2023 components, 2022 and RB 2024 in prose; Pemilu 2024 DPT of the kabupaten
    in prose (no kecamatan table); running head and foot `hal. n`."""
    c, d = dok("lkj-sumba-barat-2024", "Sumba Barat", "Waikabubak|30 Januari 2025|Daniel Bili Kaka, S.Sos.|19780830 200604 1 011",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA BARAT", "", "Periode: Januari s.d. Desember 2024"], W=92)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("No. Akun", "Program/Kegiatan", "Anggaran", "Realisasi", "Saldo", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai Komponen"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel {n}. {t}", kep.get)
    rows = cap_lama("5312", 2024, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022, 2021]):
        d.P(f"Evaluasi atas kinerja tahun {y} memberikan nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2024, 23.4)
    d.P(f"Penilaian mandiri Reformasi Birokrasi tahun 2024 menghasilkan nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u35sb24", total="Total Anggaran")
    sumber(d, "Sumber: Laporan Realisasi Anggaran, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Total anggaran Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Tahun anggaran {y} sebelumnya mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt_prosa(d, "pemilu", 2024, lambda tps, l, p, tot: (
        f"Pada Pemilu 14 Februari 2024 jumlah pemilih dalam DPT Kabupaten Sumba Barat adalah {tot} orang, terdiri "
        f"atas {l} pemilih laki-laki dan {p} pemilih perempuan, yang melayani hak pilihnya di {tps} TPS."),
        judul="D. Data Pemilih Pemilu 2024")
    selesai(d, c)
    halaman(d, lambda n: f"hal. {n}", "LKj KPU Kabupaten Sumba Barat 2024")
    d.write()


def ngada_2019():
    """Ngada 2019: cover `LAKIP` / office / `TAHUN 2019`; captions `TABEL III.n JUDUL` in capitals; a
    **second header line of units** under every table's header (`(%)`, `(Rp)`, `(orang)`); budget `Kode`
    `Uraian` `Pagu` `Realisasi` `Sisa Anggaran` `Penyerapan`, total `JUMLAH TOTAL`, TA 2018 in prose; DPT
    Pemilu 2019 `Desa` `TPS` `Laki-laki` `Perempuan` `Jumlah`, total `KAB. NGADA`; foot `LAKIP KPU Ngada
    2019 | Halaman n`."""
    c, d = dok("lakip-ngada-2019", "Ngada", "Bajawa|28 Januari 2020|Fransiskus Bhoko, S.Sos.|19781112 200604 1 009",
               ["LAKIP", "SEKRETARIAT KPU KABUPATEN NGADA", "TAHUN 2019"], W=97)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa Anggaran", "Penyerapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    dua = {"cap": ("", "", "", "", "", "(%)"), "ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)"),
           "dpt": ("", "", "", "", "(orang)", "(orang)", "(orang)")}
    R = r_kantor(lambda n, t: f"TABEL III.{n} {t.upper()}", kep.get, dua=dua.get)
    rows = cap_lama("5309", 2019, baris("partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u35ng19", total="JUMLAH TOTAL")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Penyerapan anggaran tahun 2019 sebesar {id_dec(q)}%, yaitu Rp{x} dari pagu Rp{p}.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Sebagai perbandingan, pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="KAB. NGADA", pre="Rekapitulasi DPT Pemilu 2019 Kabupaten Ngada per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LAKIP KPU Ngada 2019 | Halaman {n}")
    d.write()


def sumba_timur_2022():
    """Sumba Timur 2022: cover `LAPORAN KINERJA` / `TAHUN 2022` / office / `WAINGAPU`; captions `Tabel 3-n:
    Judul`; names **wrapped at 34** (capaian and budget); capaian `Sasaran / Indikator Kinerja` `Persentase
    Capaian`; budget `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `%`, total `Jumlah`; Pilkada 2020 DPT of 22
    kecamatan `Jml Desa/Kel` `Jml TPS` `Pemilih L` `Pemilih P` `Total`, **broken after fourteen rows**,
    total `Kab. Sumba Timur`; running head with the report's title, a bare page number at the foot."""
    c, d = dok("lkj-sumba-timur-2022", "Sumba Timur", "Waingapu|27 Januari 2023|Yohanis Hiwa Wunu, S.E.|19790318 200604 1 005",
               ["LAPORAN KINERJA", "TAHUN 2022", "", "KPU KABUPATEN SUMBA TIMUR", "WAINGAPU"], W=94)
    kep = {"cap": ("No", "Sasaran / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Pemilih L", "Pemilih P", "Total")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3-{n}: {t}", kep.get,
                       patah=(14, "Laporan Kinerja KPU Kabupaten Sumba Timur Tahun 2022")), 34)
    rows = cap_lama("5311", 2022, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 22.9)
    d.P(f"Nilai Reformasi Birokrasi tahun 2022: {id_dec(nb[0])} (bobot {id_dec(nb[1])}; {id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u35st22", total="Jumlah")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Realisasi anggaran tahun 2022 mencapai Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, label="Kab. Sumba Timur",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sumba Timur Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"{n}", "Laporan Kinerja KPU Kabupaten Sumba Timur Tahun 2022")
    rapi(d)
    d.write()


def nagekeo_2020():
    """Nagekeo 2020: cover `LAPORAN KINERJA (LKj) 2020` / commission's secretariat over two lines; captions
    `Tabel 3.n` and a tab-less title; capaian **Realisasi before Target** (`No` `Indikator` `Satuan`
    `Realisasi` `Target` `Capaian`) with `%` in the percent cells; budget `Kode` `Uraian Kegiatan` `Pagu`
    `Realisasi` `Sisa` `Serapan (%)`, total `JUMLAH`; DPT Pemilu 2019 `Desa/Kel.` `TPS` `L` `P` `Total`, total
    `Jumlah Kab. Nagekeo`; SAKIP 2019 components; RB 2020 in prose; foot `LKj Nagekeo 2020 - n`."""
    c, d = dok("lkj-nagekeo-2020", "Nagekeo", "Mbay|28 Januari 2021|Paulus Bupu, S.H.|19800505 200604 1 014",
               ["LAPORAN KINERJA (LKj) 2020", "", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN NAGEKEO"], W=96)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Total")}
    urut = {"cap": [0, 1, 2, 4, 3, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, urut=urut.get, pct=True)
    rows = cap_lama("5316", 2020, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.6)
    d.P(f"Hasil penilaian Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot maksimal "
        f"{id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u35nk20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p}; realisasi Rp{x}; serapan {id_dec(q)}%.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah Kab. Nagekeo", pre="DPT Pemilu 2019 Kabupaten Nagekeo per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LKj Nagekeo 2020 - {n}")
    d.write()


def sumba_tengah_2021():
    """Sumba Tengah 2021: cover `LKj` / office / `TA. 2021`; captions `Tabel 3.n  -  Judul`; capaian `No.`
    `Indikator Kinerja` `Sat` `Target` `Real.` `Capaian %`; budget `Kode` `Program dan Kegiatan` `Pagu`
    `Realisasi` `Sisa` `Serapan`, total `Total`; TA 2019 and 2020 totals in prose; SAKIP 2020 components with
    2018 and 2019 in prose; RB 2021 in prose; DPT Pemilu 2019 of 5 kecamatan, total `Sumba Tengah`; running
    head `KPU Kab. Sumba Tengah` and foot `Hal. n`."""
    c, d = dok("lkj-sumba-tengah-2021", "Sumba Tengah", "Waibakul|31 Januari 2022|Agustinus Umbu Dewa, S.Pd.|19790906 200604 1 016",
               ["LKj", "KPU KABUPATEN SUMBA TENGAH", "TA. 2021"], W=90)
    kep = {"cap": ("No.", "Indikator Kinerja", "Sat", "Target", "Real.", "Capaian %"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No.", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No.", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}  -  {t}", kep.get)
    rows = cap_lama("5317", 2021, baris("partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2018, 2019]):
        d.P(f"Nilai evaluasi AKIP atas tahun {y}: {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2021, 21.9)
    d.P(f"Reformasi Birokrasi 2021 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u35sg21", total="Total")
    sumber(d, "Sumber: SAKTI, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu tahun 2021 sebesar Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019, 2020]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Sumba Tengah", pre="DPT Pemilu 2019 Kabupaten Sumba Tengah per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal. {n}", "KPU Kab. Sumba Tengah")
    d.write()


if __name__ == "__main__":
    tulis(tts_2023, sumba_barat_2024, ngada_2019, sumba_timur_2022, nagekeo_2020, sumba_tengah_2021)
