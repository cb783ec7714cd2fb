#!/usr/bin/env python3
# dev20/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, wrapped names, tables over pages).
# Run from etl/eval/testdata/blind/:   python3 dev20/author20a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common20 import (baris, cap_lama, dok, id_dec, id_int, persen_sel, predikat, r_biasa, rb_std, revisi_dipa,  # noqa: E402
                      ribuan, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber,
                      tahun_lalu)
from lib import tulis  # noqa: E402
import common8  # noqa: E402


def lipat(R, lebar):
    """Renderer R whose long name cells run on to a continuation line (common8.bungkus)."""
    def r(d, cap, head, rows):
        mulai = len(d.lines) + 2
        R(d, cap, head, rows)
        common8.bungkus(d, mulai, lebar)
    return r


def prosa_sakip(R):
    """Renderer R, but the SAKIP component table told as a paragraph."""
    def r(d, cap, head, rows):
        if str(head[1]) != "Komponen":
            return R(d, cap, head, rows)
        bag = [f"komponen {x[1]} memperoleh nilai {x[3]} dari bobot {x[2]}" for x in rows if str(x[0]) != ""]
        tot = rows[-1][3]
        d.P("Rincian penilaian per komponen: " + "; ".join(bag) + f". Jumlah nilai seluruh komponen adalah {tot}.")
    return r


def ulang(d, kalimat):
    """A paragraph restating the year's TOTAL row (kalimat(pagu, realisasi, serapan) as printed)."""
    t = next(a for a in d.t["anggaran"] if a["kode"] == "TOTAL" and a["tahun"] == d.tahun)
    d.P(kalimat(id_int(t["pagu"]), id_int(t["realisasi"]), t["serapan_hitung"]))


def kupang_2021():
    """Kupang 2021: captions `Tabel 3.n` above, no Satuan column, `%` in the cells, `% Capaian`,
    money headers with `(Rp)`, the DPT table over three pages with its header repeated."""
    c, d = dok("lkj-kabupaten-kupang-2021", "Kupang", "Oelamasi|20 Januari 2022|Yakobus Nitbani, S.E.|19780415 200604 1 009",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "TAHUN 2021"])
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "L", "P", "L+P")}
    R = r_biasa(lambda n, t: f"Tabel 3.{n} {t}", kep.get, urut=lambda k: [0, 1, 3, 4, 5] if k == "cap" else None,
                pct=True, patah=(10, "Laporan Kinerja KPU Kabupaten Kupang Tahun 2021"))
    rows = cap_lama("5301", 2021, baris("partisipasi 77.5 80.21, pemutakhiran 100 100, kompetensi 80 82.3"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    persen_sel(d)
    sec_sakip(d, R, 2020)
    (y0, v0), = riwayat(d, [2019])
    d.P(f"Pada Hasil Evaluasi AKIP Tahun {y0} nilai yang diperoleh adalah {id_dec(v0)} ({predikat(v0)}).")
    nb = rb_std(d, 2021, 22.9)
    d.L("Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2021", "")
    d.R("No", "Uraian", "Nilai", "Bobot", "Persentase (%)")
    d.R(1, "Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2]))
    d.B()
    sec_anggaran(d, R, "u20kp21")
    sumber(d, "Sumber: Aplikasi OM-SPAN, posisi 31 Desember 2021.")
    revisi_dipa(d, lambda k, a: f"Selama tahun 2021 DIPA KPU Kabupaten Kupang mengalami revisi sebanyak {k} kali" +
                (f" dengan pagu awal sebesar Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="Data pemilih terakhir yang dikelola adalah Daftar Pemilih Tetap Hasil Perbaikan Pemilu 2019, "
                "dengan rincian per kecamatan sebagai berikut.")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPTHP-3 Pemilu 2019.")
    d.P("Di luar DPT, pada hari pemungutan suara tercatat 2.114 pemilih pindahan (DPTb) dan 1.387 pemilih tambahan "
        "(DPK).")
    selesai(d, c)


def tts_2024():
    """TTS 2024: captions `Tabel III.n`, Realisasi before Target, `Tingkat Capaian (%)`, budget with
    the unit on a second header line, DPT header over two lines, running head."""
    c, d = dok("lkj-tts-2024", "Timor Tengah Selatan", "Soe|24 Januari 2025|Marthen Luther Nubatonis, S.IP.|19770921 200312 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN ANGGARAN 2024"])
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Tingkat Capaian (%)"),
           "ang": ("Kode", "Uraian", "Anggaran", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/", "Jumlah", "Pemilih", "", "")}
    dua = {"ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "Serapan"),
           "dpt": ("", "", "Kel.", "TPS", "L", "P", "Jml")}
    R = r_biasa(lambda n, t: f"Tabel III.{n} {t}", kep.get, urut=lambda k: [0, 1, 2, 4, 3, 5] if k == "cap" else None,
                dua=dua.get, patah=(14, "LKj KPU Kab. TTS TA 2024"))
    rows = cap_lama("5302", 2024, baris("partisipasi 77.5 74.86, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2023)
    sec_anggaran(d, R, "u20tts24",
                 pre="Realisasi anggaran Tahun Anggaran 2024 menurut program dan kegiatan (dalam rupiah penuh):")
    sumber(d, "Sumber: Laporan Realisasi Anggaran SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Dari pagu sebesar Rp{p}, anggaran yang terealisasi sampai dengan 31 Desember 2024 "
          f"adalah Rp{x} atau {id_dec(q)} persen.")
    d.P("Selain belanja, Satker mencatat Penerimaan Negara Bukan Pajak sebesar Rp4.215.000 (sewa gedung dan "
        "penjualan dokumen lelang) yang disetor ke kas negara.")
    revisi_dipa(d, lambda k, a: f"DIPA TA 2024 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pilkada", 2024, label="Jumlah",
            pre="DPT Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati Tahun 2024 di Kabupaten "
                "Timor Tengah Selatan per kecamatan adalah sebagai berikut.")
    sumber(d)
    selesai(d, c)


def manggarai_2022():
    """Manggarai 2022: captions under the tables, plain numbers (`Tabel 4`), budget without Sisa,
    total `Total Keseluruhan`, `Capaian` without unit."""
    c, d = dok("lkjip-manggarai-2022", "Manggarai", "Ruteng|26 Januari 2023|Kanisius Jehabut, S.Sos.|19790310 200501 1 011",
               ["LAPORAN KINERJA", "INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN MANGGARAI", "2022"])
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_biasa(lambda n, t: f"Tabel {n + 1}. {t}", kep.get, urut=lambda k: [0, 1, 2, 3, 5] if k == "ang" else None,
                bawah=True)
    rows = cap_lama("5310", 2022, baris("partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 24.1)
    d.P(f"Evaluasi pelaksanaan Reformasi Birokrasi tahun 2022 memberikan nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])} atau {id_dec(nb[2])} persen.")
    sec_anggaran(d, R, "u20mg22", total="Total Keseluruhan")
    sumber(d, "Sumber: OM-SPAN.")
    d.P("Nilai aset tetap (Barang Milik Negara) per 31 Desember 2022 menurut SIMAK BMN adalah Rp5.871.226.450.")
    revisi_dipa(d, lambda k, a: f"DIPA 2022 mengalami {k} kali revisi" + (f"; pagu awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pilkada", 2020, label="Total",
            pre="Data pemilih terakhir yang ditetapkan adalah DPT Pemilihan Bupati dan Wakil Bupati Manggarai 2020:")
    selesai(d, c)


def lembata_2023():
    """Lembata 2023: captions without a number, Satuan present, column-number row, long names
    wrapped on to a second line; cover without the year."""
    c, d = dok("lkj-lembata-2023", "Lembata", "Lewoleba|29 Januari 2024|Aloysius Lelaona Tuwan, S.E.|19800805 200604 1 014",
               ["LAPORAN KINERJA", "KPU KABUPATEN LEMBATA"])
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Penyerapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")}
    R = lipat(r_biasa(lambda n, t: t, kep.get, nomor_kol=True), 34)
    rows = cap_lama("5313", 2023, baris("partisipasi 77.5 79.2, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2022)
    sec_anggaran(d, R, "u20lb23")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan penyerapan anggaran tahun 2023 mencapai kurang lebih "
          f"{id_dec(q, 1)} persen dari pagu Rp{p}.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2023 direvisi sebanyak {k} kali" + (f" (pagu awal Rp{a})." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, label="Jumlah",
            pre="DPT Pemilu 2024 Kabupaten Lembata ditetapkan pada 21 Juni 2023 dengan rincian per kecamatan:")
    sumber(d)
    selesai(d, c)


def manggarai_barat_2020():
    """Manggarai Barat 2020: period on the cover, `Tabel 3.n:` captions, units on a second header
    line, SAKIP components and RB told in prose."""
    c, d = dok("lkj-manggarai-barat-2020", "Manggarai Barat", "Labuan Bajo|25 Januari 2021|Agustinus Jehamat, S.H.|19800704 200604 1 010",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "Periode Januari - Desember 2020"])
    kep = {"cap": ("No.", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No.", "Kecamatan", "Desa", "TPS", "Pemilih", "", "")}
    dua = {"cap": ("", "", "", "", "", "(%)"), "ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)"),
           "dpt": ("", "", "", "", "L", "P", "L+P")}
    R = prosa_sakip(r_biasa(lambda n, t: f"Tabel 3.{n}: {t}", kep.get, dua=dua.get))
    rows = cap_lama("5315", 2020, baris("partisipasi 77.5 80.66, pemutakhiran 100 100, kompetensi 80 81.8"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 23.7)
    d.P(f"Untuk Reformasi Birokrasi, hasil evaluasi tahun 2020 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u20mb20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    revisi_dipa(d, lambda k, a: f"DIPA 2020 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pilkada", 2020, label="Jumlah",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Manggarai Barat Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def manggarai_timur_2023():
    """Manggarai Timur 2023: `Tabel 3-n` captions, `Target PK` / `Realisasi s.d. Desember`, the
    DPT over pages every five rows with running head and page number, header repeated."""
    c, d = dok("lkj-manggarai-timur-2023", "Manggarai Timur", "Borong|30 Januari 2024|Yohanes Don Bosco Jematu, S.Fil.|19810118 200604 1 007",
               ["LKj 2023", "KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI TIMUR"])
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target PK", "Realisasi s.d. Desember", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Pemilih L", "Pemilih P", "Total")}
    R = r_biasa(lambda n, t: f"Tabel 3-{n} {t}", kep.get, patah=(5, "Laporan Kinerja 2023 — KPU Kabupaten Manggarai Timur"))
    rows = cap_lama("5319", 2023, baris("partisipasi 77.5 80.03, pemutakhiran 100 100, kompetensi 80 82.6"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2022)
    (y0, v0), (y1, v1) = riwayat(d, [2020, 2021])
    d.P(f"Riwayat nilai sebelumnya: Hasil Evaluasi AKIP Tahun {y0} sebesar {id_dec(v0)} dan Tahun {y1} sebesar "
        f"{id_dec(v1)}.")
    sec_anggaran(d, R, "u20mt23", total="Total")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Sebagai perbandingan, pagu Tahun Anggaran {y} sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2023 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, label="Total",
            pre="DPT Pemilu 2024 Kabupaten Manggarai Timur yang ditetapkan pada bulan Juni 2023:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2021, tts_2024, manggarai_2022, lembata_2023, manggarai_barat_2020, manggarai_timur_2023)
