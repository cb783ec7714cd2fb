#!/usr/bin/env python3
# dev30/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and every dev*/pdf/make_pdf.py); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev30/author30b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common30 import (baris, cap_lama, dok, id_dec, id_int, lapor_kosong, predikat, r_dasbor, r_peta,  # noqa: E402
                      r_sakti, r_siaran, r_srikandi, r_tindak, rb_std, revisi_semua, ribu_ok, ribuan, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def rote_ndao_2022():
    """Rote Ndao 2022: the budget as the banded report the finance application (SAKTI) prints - page head
    with `Tanggal Cetak` / `Dicetak Oleh`, group line per program, kegiatan detail lines, `SUB TOTAL PROGRAM`,
    `TOTAL SATKER`; other tables plain TAB."""
    c, d = dok("lkj-rote-ndao-2022", "Rote Ndao", "Ba'a|30 Januari 2023|Yohanis Ndolu, S.Sos.|19790303 200604 1 014",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ROTE NDAO", "TAHUN 2022"], W=94)
    R = r_sakti("654310", "bendahara.rotendao", "06-01-2023 09:41:17")
    rows = cap_lama("5314", 2022, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 22.0)
    d.P(f"Reformasi Birokrasi tahun 2022 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u30rn22", total="JUMLAH", pre=(
        "Realisasi anggaran per program dan kegiatan diambil dari laporan realisasi anggaran yang dicetak dari "
        "aplikasi SAKTI pada awal Januari 2023. Cetakan laporan itu disalin berikut apa adanya."))
    ulang(d, lambda p, x, q: f"Dengan demikian pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Sebagai pembanding, TA {y} mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Rote Ndao per kecamatan, basis pemutakhiran data pemilih berkelanjutan:")
    sumber(d)
    selesai(d, c)


def malaka_2020():
    """Malaka 2020: the Pilkada 2020 DPT as the printed page of the office's Google Data Studio dashboard
    (compact scorecards, the table sorted by `Jumlah Pemilih ▼`, `Total keseluruhan`, the pager); the budget
    in thousands; other tables plain TAB."""
    c, d = dok("lkj-malaka-2020", "Malaka", "Betun|29 Januari 2021|Fransiskus Xaverius Seran, S.Sos.|19790815 200604 1 013",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN MALAKA", "TAHUN 2020"], W=93)
    R = r_dasbor("Dasbor Data Pemilih", "Pemilihan Bupati dan Wakil Bupati Malaka Tahun 2020 - Daftar Pemilih Tetap",
                 "15/09/2020 16.42.08", "20/01/2021")
    rows = cap_lama("5321", 2020, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 80.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.5)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    assert ribu_ok("5321", 2020)  # the corpus's budget is whole thousands: the table in ribuan is exact
    sec_anggaran(d, R, "u30ml20", sel=ribuan, total="Jumlah",
                 pre="Pagu DIPA Tahun Anggaran 2020 dan realisasinya per program dan kegiatan (dalam ribuan rupiah):")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu keseluruhan Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, pre=(
        "Data pemilih Pemilihan 2020 dipantau melalui dasbor data yang disusun Subbagian Program dan Data dari "
        "ekspor Sidalih. Halaman dasbor setelah penetapan DPT dicetak dan dilampirkan berikut."))
    selesai(d, c)


def sumba_tengah_2020():
    """Sumba Tengah 2020: the SAKIP 2019 evaluation as the follow-up matrix of the evaluators'
    recommendations (components with their figures, recommendation and follow-up wrapped, status); other
    tables plain TAB."""
    c, d = dok("lkj-sumba-tengah-2020", "Sumba Tengah", "Waibakul|28 Januari 2021|Umbu Tamu Ndima, S.E.|19770918 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA TENGAH", "TAHUN 2020"], W=92)
    R = r_tindak()
    rows = cap_lama("5317", 2020, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019, pre=(
        "Atas implementasi SAKIP tahun 2019 Inspektorat Utama KPU menyampaikan laporan hasil evaluasi beserta "
        "rekomendasinya. Sekretariat menuangkan nilai per komponen dan tindak lanjut setiap rekomendasi dalam "
        "matriks berikut."))
    for y, v in riwayat(d, [2018]):
        d.P(f"Pada evaluasi atas tahun {y} nilai yang diperoleh adalah {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2020, 21.7)
    d.P(f"Reformasi Birokrasi tahun 2020 memperoleh nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u30st20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah", pre="DPT Pemilu 2019 Kabupaten Sumba Tengah per kecamatan:")
    sumber(d)
    selesai(d, c)


def flotim_2022():
    """Flores Timur 2022: the SAKIP 2021 evaluation as the detail page of the incoming letter in SRIKANDI
    (metadata fields, the components in `Isi Ringkas`, the letter's history); other tables plain TAB."""
    c, d = dok("lkj-flores-timur-2022", "Flores Timur", "Larantuka|27 Januari 2023|Yosef Lamablawa, S.Sos.|19780921 200604 1 009",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "TAHUN 2022"], W=93)
    R = r_srikandi("045/PW.01-LHE/IT/IV/2022", "11 April 2022", "LHE_AKIP_Flores_Timur.pdf (1 berkas)",
                   [("11-04-2022 14:22", "Naskah dikirim oleh Inspektorat Utama KPU"),
                    ("11-04-2022 15:03", "Naskah diterima oleh Sekretaris KPU Kabupaten Flores Timur"),
                    ("12-04-2022 08:17", "Disposisi kepada Kasubbag Perencanaan, Data dan Informasi: "
                                         "\"Pelajari dan siapkan tindak lanjut\"")])
    rows = cap_lama("5306", 2022, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021, pre=(
        "Laporan hasil evaluasi AKIP tahun 2021 diterima melalui aplikasi SRIKANDI. Halaman rincian naskah "
        "tersebut dicetak dan disalin berikut."))
    for y, v in riwayat(d, [2020]):
        d.P(f"Nilai evaluasi atas tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2022, 22.6)
    d.P(f"Nilai RB tahun 2022 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u30ft22", total="Total")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Total realisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Flores Timur",
            pre="DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan (basis data pemilih berkelanjutan):")
    sumber(d)
    selesai(d, c)


def ende_2020():
    """Ende 2020: the Pemilu 2019 DPT as the office's press release (siaran pers) on the launch of the
    continuous voter-data update, one bullet a kecamatan; other tables plain TAB."""
    c, d = dok("lkj-ende-2020", "Ende", "Ende|29 Januari 2021|Stefanus Mbipi, S.H.|19771204 200604 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN ENDE", "TAHUN 2020"], W=94)
    R = r_siaran("03/HM.02-SP/5308/II/2020", "Ende, 17 Februari 2020",
                 "KPU Ende Mulai Pemutakhiran Data Pemilih Berkelanjutan",
                 lambda desa, tps, l, p, tot: (
                     "Komisi Pemilihan Umum Kabupaten Ende memulai pemutakhiran data pemilih berkelanjutan tahun "
                     f"2020. Basis datanya adalah DPT Pemilu 2019 sebanyak {tot} pemilih, terdiri atas {l} "
                     f"laki-laki dan {p} perempuan, di {tps} TPS"
                     + (f" pada {desa.replace(', ', '')}" if desa else "") + " di seluruh kecamatan. Rincian per "
                     "kecamatan adalah sebagai berikut:"),
                 "Masyarakat yang belum terdaftar, pindah domisili, atau mengetahui anggota keluarganya telah "
                 "meninggal dunia diminta melapor ke kantor KPU Kabupaten Ende atau melalui PPS setempat.")
    rows = cap_lama("5308", 2020, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u30en20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, pre=(
        "Peluncuran pemutakhiran data pemilih berkelanjutan diumumkan kepada media melalui siaran pers yang "
        "memuat data DPT Pemilu 2019 per kecamatan sebagai basis data. Siaran pers itu disalin berikut."))
    sumber(d, "Sumber: Arsip siaran pers Subbagian Teknis dan Hupmas KPU Kabupaten Ende.")
    selesai(d, c)


def nagekeo_2021():
    """Nagekeo 2021: the capaian as the strategy map (Peta Strategi) with its results typed again from the
    chart (three perspective bands, boxes two across); other tables plain TAB."""
    c, d = dok("lkj-nagekeo-2021", "Nagekeo", "Mbay|28 Januari 2022|Paulus Nuwa Dhey, S.Sos.|19790617 200604 1 007",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NAGEKEO", "TAHUN 2021"], W=92)
    R = r_peta("PETA STRATEGI DAN CAPAIAN KINERJA SEKRETARIAT KPU KABUPATEN NAGEKEO TAHUN 2021")
    rows = cap_lama("5316", 2021, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.6"))
    d.P("Capaian setiap indikator dipetakan pada peta strategi Sekretariat, yang menautkan sasaran menurut "
        "perspektifnya. Bagan peta strategi beserta capaiannya diketik ulang berikut.")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Evaluasi atas tahun {y} memberikan nilai {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u30nk21", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Tahun sebelumnya (TA {y}) pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", pre="DPT Pemilu 2019 Kabupaten Nagekeo per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(rote_ndao_2022, malaka_2020, sumba_tengah_2020, flotim_2022, ende_2020, nagekeo_2021)
