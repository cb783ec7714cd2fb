#!/usr/bin/env python3
# dev40/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, totals' labels, wrapped names, tables
# over pages, missing columns, page feet and heads, where the year stands).
# Run from etl/eval/testdata/blind/:   python3 dev40/author40a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common40 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common12 import ANG_PENDEK, sel_pendek  # noqa: E402
from lib import tulis  # noqa: E402


def kupang_2023():
    """Kupang 2023: cover `LAPORAN KINERJA` / `TAHUN ANGGARAN 2023` / `KPU KABUPATEN KUPANG`; captions with a
    Roman chapter and a colon after a hyphen (`Tabel III-n : Judul`); capaian `Indikator Kinerja` `Satuan`
    `Target` `Realisasi` `% Capaian`; budget in thousands when the corpus's budget is whole thousands, total
    `TOTAL DIPA`; the Pemilu 2019 DPT `Kecamatan` `Desa/Kel` `TPS` `Pria` `Wanita` `Jumlah`, broken after
    twelve rows, total `KAB. KUPANG`; foot `Hal. n`."""
    c, d = dok("lkj-kupang-2023", "Kupang", "Oelamasi|29 Januari 2024|Yosef Lado Tuan, S.H.|19800911 200604 1 004",
               ["LAPORAN KINERJA", "TAHUN ANGGARAN 2023", "", "KPU KABUPATEN KUPANG"], W=94)
    ribu = ribu_ok("5301", 2023)
    sat = " (Rp ribu)" if ribu else " (Rp)"
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan", f"Pagu{sat}", f"Realisasi{sat}", f"Sisa{sat}", "%"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Pria", "Wanita", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel III-{n} : {t}", kep.get, patah=(12, "LKj KPU Kabupaten Kupang 2023"))
    rows = cap_lama("5301", 2023, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Sebagai perbandingan, evaluasi atas tahun {y} menghasilkan {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.4)
    d.P(f"Penilaian Reformasi Birokrasi tahun 2023: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    if ribu:
        sec_anggaran(d, R, "u40kp23", sel=ribuan, total="TOTAL DIPA",
                     pre="Pagu dan realisasi DIPA tahun 2023 menurut program dan kegiatan, dalam ribuan rupiah:")
    else:
        sec_anggaran(d, R, "u40kp23", total="TOTAL DIPA")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Dengan demikian total pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Tahun anggaran sebelumnya ({y}) pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="KAB. KUPANG",
            pre="DPT Pemilu 2019 Kabupaten Kupang per kecamatan, pembanding bagi persiapan Pemilu 2024:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Hal. {n}")
    rapi(d)
    d.write()


def tts_2021():
    """Timor Tengah Selatan 2021: cover `LAKIP 2021` / `SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN` / `SOE`;
    captions `TABEL n` on a line of their own with the title under it in capitals (caption above); capaian
    `Indikator` `Target` `Realisasi` `Satuan` `Capaian`; budget `Kode` `Uraian` `Pagu Revisi` `Realisasi` `Sisa`
    `% Serapan`, total `JUMLAH KESELURUHAN`, names wrapped at 30; the Pemilu 2019 DPT `Kecamatan` `Desa`
    `TPS` `L` `P` `Total`, total `JUMLAH TTS`; foot `LAKIP TTS 2021 / n`."""
    c, d = dok("lakip-timor-tengah-selatan-2021", "Timor Tengah Selatan",
               "Soe|28 Januari 2022|Yeremias Nope, S.Sos.|19790712 200604 1 010",
               ["LAKIP 2021", "", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN", "SOE"], W=98)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu Revisi", "Realisasi", "Sisa", "% Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Total")}
    urut = {"cap": [0, 1, 3, 4, 2, 5]}
    R = lipat(r_kantor(lambda n, t: f"TABEL {n}\n{t.upper()}", kep.get, urut=urut.get), 30)
    rows = cap_lama("5302", 2021, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Atas tahun {y} nilai evaluasi {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, 2021, 21.9)
    d.P(f"Reformasi Birokrasi tahun 2021 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u40tt21", total="JUMLAH KESELURUHAN")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Pagu revisi Rp{p} dan realisasi Rp{x}, serapan {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH TTS",
            pre="DPT Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan (data dasar pemutakhiran berkelanjutan):")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"LAKIP TTS 2021 / {n}")
    d.write()


def ttu_2022():
    """Timor Tengah Utara 2022: cover `LAPORAN KINERJA INSTANSI PEMERINTAH` / `KPU KAB. TIMOR TENGAH UTARA` /
    `2022`; captions `Tab. n` + title; capaian `No` `Indikator Kinerja` `Satuan` `Target` `Realisasi` `Capaian`;
    **budget total on top** (`TOTAL`),
    `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Real. %`; the Pemilu 2019 DPT `Kecamatan` `Desa/Kelurahan` `TPS`
    `Laki-Laki` `Perempuan` `L+P`, total `Kab. TTU`; running head `LKjIP KPU TTU 2022`, foot `- n -`."""
    c, d = dok("lkjip-timor-tengah-utara-2022", "Timor Tengah Utara",
               "Kefamenanu|30 Januari 2023|Damianus Sasi, S.E.|19790504 200604 1 008",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KAB. TIMOR TENGAH UTARA", "", "2022"], W=92)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Real. %"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "L+P")}
    R = r_kantor(lambda n, t: f"Tab. {n} {t}", kep.get)
    rows = cap_lama("5303", 2022, baris("partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Nilai evaluasi atas tahun {y}: {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.3)
    d.P(f"Nilai Reformasi Birokrasi 2022: {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u40tu22", total="TOTAL", first=True,
                 pre="Pagu dan realisasi anggaran tahun 2022 (baris pertama adalah jumlah seluruhnya):")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu keseluruhan Rp{p}, realisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Tahun {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kab. TTU",
            pre="DPT Pemilu 2019 Kabupaten Timor Tengah Utara per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"- {n} -", "LKjIP KPU TTU 2022")
    d.write()


def sikka_2022():
    """Sikka 2022: cover `LKj` / `KOMISI PEMILIHAN UMUM KABUPATEN SIKKA` / `TAHUN 2022`; captions `Tabel 3.n`
    with the title after a colon; capaian `Indikator` `Satuan` `Target 2022` `Realisasi 2022` `Capaian`; budget
    `Kode` `Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `%`, total `JUMLAH`; the Pemilu 2019 DPT broken after
    eleven rows, total `KABUPATEN SIKKA`; foot `Halaman n`."""
    c, d = dok("lkj-sikka-2022", "Sikka", "Maumere|27 Januari 2023|Maria Goreti Woda, S.E.|19810425 200604 2 012",
               ["LKj", "KOMISI PEMILIHAN UMUM KABUPATEN SIKKA", "TAHUN 2022"], W=94)
    kep = {"cap": ("No", "Indikator", "Satuan", "Target 2022", "Realisasi 2022", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}: {t}", kep.get, patah=(11, "LKj KPU Kabupaten Sikka 2022"))
    rows = cap_lama("5307", 2022, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Atas tahun {y}, nilai yang diperoleh {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, 2022, 22.0)
    d.P(f"Reformasi Birokrasi tahun 2022: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u40sk22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Jumlah pagu Rp{p} dengan realisasi Rp{x}, atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="KABUPATEN SIKKA",
            pre="DPT Pemilu 2019 Kabupaten Sikka per kecamatan sebagai data dasar pemutakhiran:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"Halaman {n}")
    rapi(d)
    d.write()


def ende_2020():
    """Ende 2020: cover `LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN ENDE` / `TAHUN 2020`; captions `Tabel n` +
    title numbered through the document; capaian `Uraian` `Satuan` `Target` `Realisasi` `Persentase Capaian`;
    budget **without a Sisa column** (`Kode` `Uraian` `Pagu (Rp)` `Realisasi (Rp)` `%`), total `Total`; the
    Pemilu 2019 DPT `Kecamatan` `Desa/Kel.` `TPS` `Laki-laki` `Perempuan` `Jumlah`, total `Kab. Ende`; foot the
    bare page number."""
    c, d = dok("lkj-ende-2020", "Ende", "Ende|28 Januari 2021|Fransiska Rae, S.H.|19820306 200604 2 013",
               ["LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN ENDE", "TAHUN 2020"], W=96)
    kep = {"cap": ("No", "Uraian", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel {n} {t}", kep.get)
    rows = cap_lama("5308", 2020, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.7)
    d.P(f"Nilai Reformasi Birokrasi tahun 2020 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u40en20", sel=sel_pendek, head=ANG_PENDEK, total="Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kab. Ende",
            pre="DPT Pemilu 2019 Kabupaten Ende per kecamatan, data awal pemutakhiran data pemilih berkelanjutan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"{n}")
    rapi(d)
    d.write()


def sumba_timur_2024():
    """Sumba Timur 2024: cover `KPU KABUPATEN SUMBA TIMUR` / `LAPORAN KINERJA` / `2024`; captions `Tabel 3.n.`
    with the title on the same line; capaian `Indikator Kinerja Utama (IKU)`
    `Satuan` `Target` `Realisasi` `Capaian %`; budget `Kode` `Program/Kegiatan` `Pagu (Rp)` `Realisasi (Rp)`
    `Sisa (Rp)` `%`, total `JUMLAH TOTAL`; the Pemilu 2024 DPT with a two-line header (`Jumlah Pemilih` over
    `Laki-laki` `Perempuan` `Total`), total `KAB. SUMBA TIMUR`; running head `LKj 2024`, foot `hal. n`."""
    c, d = dok("lkj-sumba-timur-2024", "Sumba Timur",
               "Waingapu|27 Januari 2025|Umbu Remu Ndapamerang, S.Sos.|19800808 200604 1 019",
               ["KPU KABUPATEN SUMBA TIMUR", "", "LAPORAN KINERJA", "2024"], W=95)
    kep = {"cap": ("No", "Indikator Kinerja Utama (IKU)", "Satuan", "Target", "Realisasi", "Capaian %"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Jumlah Pemilih", "", "")}
    dua = {"dpt": ("", "", "", "", "Laki-laki", "Perempuan", "Total")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}. {t}", kep.get, dua=dua.get)
    rows = cap_lama("5311", 2024, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Evaluasi atas tahun {y} memberi nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2024, 22.6)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u40st24", total="JUMLAH TOTAL")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="KAB. SUMBA TIMUR",
            pre="DPT Pemilu 2024 Kabupaten Sumba Timur yang ditetapkan dalam rapat pleno terbuka, per kecamatan:")
    sumber(d)
    selesai(d, c)
    halaman(d, lambda n: f"hal. {n}", "LKj 2024")
    d.write()


if __name__ == "__main__":
    tulis(kupang_2023, tts_2021, ttu_2022, sikka_2022, ende_2020, sumba_timur_2024)
