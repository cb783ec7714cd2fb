#!/usr/bin/env python3
# dev21/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, wrapped names, tables over pages).
# Run from etl/eval/testdata/blind/:   python3 dev21/author21a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (baris, bulat_ribu, cap_lama, dok, id_dec, id_int, persen_sel, predikat, r_kantor, rb_std,  # noqa: E402
                      revisi_baru, revisi_dipa, ribuan, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402
import common8  # noqa: E402
import common11  # noqa: E402


def lipat(R, lebar):
    """Renderer R whose long name cells run on to a continuation line (common8.bungkus)."""
    def r(d, cap, head, rows):
        mulai = len(d.lines) + 2
        R(d, cap, head, rows)
        common8.bungkus(d, mulai, lebar)
    return r


def tts_2023():
    """TTS 2023: captions over two lines (`Tabel 3.n` / title), capaian without Satuan and `(%)` in the
    headers, budget without Sisa (`Capaian (%)` last), DPT over three pages every twelve rows."""
    c, d = dok("lkj-tts-2023", "Timor Tengah Selatan", "Soe|25 Januari 2024|Marthen Luther Nubatonis, S.IP.|19770921 200312 1 006",
               ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2023"])
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target (%)", "Realisasi (%)", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa", "Capaian (%)"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "Laki-laki", "Perempuan", "Jumlah")}
    urut = {"cap": [0, 1, 3, 4, 5], "ang": [0, 1, 2, 3, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}\n{t}", kep.get, urut=urut.get,
                patah=(12, "Laporan Kinerja KPU Kabupaten Timor Tengah Selatan Tahun 2023"))
    rows = cap_lama("5302", 2023, baris("partisipasi 77.5 79.6, pemutakhiran 100 100, kompetensi 80 81.7"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2022)
    (y0, v0), = riwayat(d, [2021])
    d.P(f"Sebagai perbandingan, Hasil Evaluasi AKIP Tahun {y0} memperoleh nilai {id_dec(v0)} ({predikat(v0)}).")
    sec_anggaran(d, R, "u21tts23", total="Jumlah Total")
    sumber(d, "Sumber: OM-SPAN, posisi 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Dengan demikian dari total pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    d.P("Penerimaan Negara Bukan Pajak yang disetor selama 2023 sebesar Rp3.118.000 berasal dari penjualan barang "
        "bekas inventaris; jumlah ini tidak menambah pagu belanja.")
    revisi_dipa(d, lambda k, a: f"Selama 2023 DIPA direvisi sebanyak {k} kali" + (f" dari pagu awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="Sebagai bahan pembanding penyusunan DPT Pemilu 2024, berikut Daftar Pemilih Tetap Pemilu 2019 "
                "Kabupaten Timor Tengah Selatan (DPTHP-3) per kecamatan.")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPTHP-3 Pemilu 2019 Tingkat Kabupaten.")
    tps, l, p, tot = common11.dpt_kab(d, "pemilu", 2024)
    d.P(f"Sementara itu DPT Pemilu 2024 Kabupaten Timor Tengah Selatan yang ditetapkan pada 21 Juni 2023 berjumlah "
        f"{id_int(tot)} pemilih, terdiri atas {id_int(l)} laki-laki dan {id_int(p)} perempuan, tersebar di "
        f"{id_int(tps)} TPS; rincian per kecamatan dimuat dalam Laporan Kinerja tahun berikutnya.")
    selesai(d, c)


def manggarai_timur_2021():
    """Manggarai Timur 2021: upper-case captions, `Tingkat Capaian`, budget with the unit `(rupiah)` on
    a second header line, total `Total`."""
    c, d = dok("lkj-manggarai-timur-2021", "Manggarai Timur", "Borong|24 Januari 2022|Yohanes Don Bosco Jematu, S.Fil.|19810118 200604 1 007",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI TIMUR", "TAHUN ANGGARAN 2021"], W=100)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Tingkat Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-Laki", "Perempuan", "Total")}
    dua = {"ang": ("", "", "(rupiah)", "(rupiah)", "(rupiah)", "(%)"), "cap": ("", "", "", "", "", "(%)")}
    R = r_kantor(lambda n, t: f"TABEL 3.{n} {t.upper()}", kep.get, dua=dua.get)
    rows = cap_lama("5319", 2021, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 82.4"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2020)
    (y0, v0), = riwayat(d, [2019])
    d.P(f"Sebelumnya, Hasil Evaluasi AKIP Tahun {y0} memberikan nilai {id_dec(v0)} dengan predikat {predikat(v0)}.")
    nb = rb_std(d, 2021, 23.4)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2021 menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    sec_anggaran(d, R, "u21mt21", total="Total")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021 (diolah).")
    revisi_baru(d, 3, 412_350_000, lambda k, a: f"DIPA 2021 mengalami {k} kali revisi; pagu pada DIPA awal sebesar Rp{a} "
                "bertambah karena tambahan anggaran persiapan tahapan Pemilu 2024.")
    sec_dpt(d, R, "pemilu", 2019, label="Total",
            pre="Data pemilih terakhir yang ditetapkan KPU Kabupaten Manggarai Timur adalah DPT Hasil Perbaikan Ketiga "
                "Pemilu 2019 per kecamatan:")
    sumber(d)
    selesai(d, c)


def alor_2020():
    """Alor 2020: cover without the year, captions numbered through the document (`Tabel 4:`), headers
    over two lines, `%` in the capaian cells, `Anggaran` / `Sisa Anggaran` / `% Realisasi`."""
    c, d = dok("lkj-alor-2020", "Alor", "Kalabahi|22 Januari 2021|Yusak Lamma, S.E.|19790512 200502 1 003",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN ALOR"], W=90)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "%"),
           "ang": ("Kode", "Program/", "Anggaran", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/", "TPS", "Pemilih", "Pemilih", "Jumlah")}
    dua = {"cap": ("", "Kinerja", "", "", "", "Capaian"), "ang": ("", "Kegiatan", "", "", "Anggaran", "Realisasi"),
           "dpt": ("", "", "Kel.", "", "L", "P", "Pemilih")}
    R = r_kantor(lambda n, t: f"Tabel {n + 3}: {t}", kep.get, dua=dua.get, pct=True)
    rows = cap_lama("5305", 2020, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    persen_sel(d)
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 22.6)
    d.L("Tabel 5a: Hasil Evaluasi Reformasi Birokrasi 2020", "")
    d.R("Komponen", "Nilai", "Bobot", "Persentase")
    d.R("Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2]) + "%")
    d.B()
    sec_anggaran(d, R, "u21al20")
    sumber(d, "Sumber: OM-SPAN 31 Desember 2020.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2020 direvisi {k} kali" + (f" (pagu awal Rp{a})." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="Data pemilih yang berlaku sampai akhir 2020 adalah DPT Pemilu 2019 Kabupaten Alor (DPTHP-3):")
    sumber(d)
    selesai(d, c)


def rote_ndao_2020():
    """Rote Ndao 2020: `LAKIP` cover with the year alone, captions under the tables (`Tabel 3.n`),
    Realisasi before Target, `Capaian Kinerja (%)`, money headers with `(Rp)`, total `TOTAL`."""
    c, d = dok("lakip-rote-ndao-2020", "Rote Ndao", "Ba'a|28 Januari 2021|Yermias Ndun, S.Sos.|19780823 200604 1 012",
               ["LAKIP", "SEKRETARIAT KPU KABUPATEN ROTE NDAO", "", "2020"])
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian Kinerja (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Penyerapan (%)"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "L", "P", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, urut=lambda k: [0, 1, 2, 4, 3, 5] if k == "cap" else None,
                bawah=True)
    rows = cap_lama("5314", 2020, baris("partisipasi 77.5 79.9, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u21rn20", total="TOTAL")
    sumber(d, "Sumber: OM-SPAN.")
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Tahun sebelumnya (TA {y}) pagu sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)} atau "
            f"{id_dec(serapan(p, x))}%.")
    revisi_dipa(d, lambda k, a: f"DIPA 2020 direvisi sebanyak {k} kali" + (f"; pagu awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah Kab.",
            pre="DPT Pemilu 2019 Kabupaten Rote Ndao (DPTHP-3) per kecamatan:")
    selesai(d, c)


def sumba_tengah_2022():
    """Sumba Tengah 2022: a reporting period on the cover, captions numbered by section (`Tabel A.1`,
    `Tabel C.1`), `Alokasi` / `Sisa Dana` / `Persentase`, DPT `Pemilih Laki-laki` / `Jumlah Pemilih`,
    a SAKIP history table (`Tahun yang Dinilai`)."""
    c, d = dok("lkj-sumba-tengah-2022", "Sumba Tengah", "Waibakul|26 Januari 2023|Umbu Djaka Ndapamerang, S.H.|19800415 200604 1 016",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TENGAH", "Periode 1 Januari - 31 Desember 2022"], W=110)
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target 2022", "Realisasi 2022", "Capaian"),
           "ang": ("Kode", "Uraian", "Alokasi", "Realisasi", "Sisa Dana", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")}
    huruf = {1: "A.1", 2: "B.1", 3: "C.1", 4: "D.1"}
    R = r_kantor(lambda n, t: f"Tabel {huruf.get(n, n)} {t}", kep.get)
    rows = cap_lama("5317", 2022, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.9"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    s21 = sec_sakip(d, R, 2021)
    hist = riwayat(d, [2018, 2019, 2020]) + [(2021, s21)]
    d.P("Perkembangan nilai evaluasi AKIP Satker dari tahun ke tahun disajikan pada tabel berikut.")
    d.L("Tabel B.2 Perkembangan Nilai Evaluasi AKIP", "")
    d.R("No", "Tahun yang Dinilai", "Nilai", "Predikat")
    for i, (y, v) in enumerate(hist, 1):
        d.R(i, y, id_dec(v), predikat(v))
    d.B()
    nb = rb_std(d, 2022, 23.1)
    d.P(f"Untuk Reformasi Birokrasi, hasil evaluasi tahun 2022 mencatat nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])}, atau {id_dec(nb[2])}% dari bobot maksimal.")
    sec_anggaran(d, R, "u21st22", pre="Alokasi anggaran Tahun 2022 dan realisasinya (dalam rupiah):")
    sumber(d, "Sumber: SAKTI, Laporan Realisasi Anggaran per 31 Desember 2022.")
    revisi_dipa(d, lambda k, a: f"Sepanjang 2022 dilakukan {k} kali revisi DIPA" + (f" (pagu semula Rp{a})." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="Data pemilih yang terakhir ditetapkan adalah DPT Pemilu 2019 Kabupaten Sumba Tengah:")
    sumber(d)
    d.P("Selain itu pada hari pemungutan suara tercatat 318 pemilih DPTb dan 204 pemilih DPK; angka tersebut tidak "
        "termasuk dalam DPT di atas.")
    selesai(d, c)


def ende_2020():
    """Ende 2020: the title split over the cover's lines, the unit in the caption (`(dalam rupiah)`), long
    names wrapped on to a continuation line, total `Jumlah Keseluruhan`, DPT over two pages."""
    c, d = dok("lkj-ende-2020", "Ende", "Ende|27 Januari 2021|Maria Yasinta Wangge, S.E.|19800509 200604 2 012",
               ["LAPORAN", "KINERJA", "", "KPU KABUPATEN ENDE", "", "TAHUN", "2020"], W=85)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "L+P")}

    def gaya(n, t):
        return f"Tabel 3.{n} {t}" + (" (dalam rupiah)" if t.startswith("Realisasi Anggaran") else "")
    R = lipat(r_kantor(gaya, kep.get, patah=(11, "LKj KPU Kabupaten Ende 2020")), 30)
    rows = cap_lama("5308", 2020, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 82.0"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u21en20", total="Jumlah Keseluruhan")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    d.P("Nilai Barang Milik Negara (aset tetap) Satker per 31 Desember 2020 menurut SIMAK-BMN tercatat "
        "Rp4.602.915.300; nilai ini bukan bagian dari realisasi anggaran.")
    revisi_dipa(d, lambda k, a: f"DIPA 2020 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="DPT Pemilu 2019 Kabupaten Ende per kecamatan, hasil perbaikan ketiga:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(tts_2023, manggarai_timur_2021, alor_2020, rote_ndao_2020, sumba_tengah_2022, ende_2020)
