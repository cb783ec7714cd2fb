#!/usr/bin/env python3
# dev26/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, wrapped names, tables over pages).
# Run from etl/eval/testdata/blind/:   python3 dev26/author26a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common26 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat, r_kantor,  # noqa: E402
                      juta, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, sel_per_baris,
                      selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def tts_2019():
    """TTS 2019: captions `Tabel 3.n Title` above; Satuan column, `Capaian (%)`; the budget in millions
    with two decimals and the unit in every money header (`Pagu (Rp juta)`), total `JUMLAH TOTAL`; the Pemilu 2019 DPT
    of 32 kecamatan over three pages every twelve rows (page number, running head, header repeated)."""
    c, d = dok("lkj-tts-2019", "Timor Tengah Selatan", "Soe|24 Januari 2020|Marthen Luther Nope, S.H.|19750312 200312 1 004",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2019"], W=96)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp juta)", "Realisasi (Rp juta)", "Sisa (Rp juta)", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Nama Kecamatan", "Jumlah Desa/Kel", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, patah=(12, "LKj KPU Kabupaten Timor Tengah Selatan 2019"))
    rows = cap_lama("5302", 2019, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 80.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u26ts19", sel=lambda k, nm, p, x, lv: [k, nm, juta(p), juta(x), juta(p - x), id_dec(serapan(p, x))],
                 total="JUMLAH TOTAL",
                 pre="Realisasi anggaran Tahun 2019 menurut program dan kegiatan (dalam juta rupiah, dua desimal) adalah "
                     "sebagai berikut.")
    sumber(d, "Sumber: Laporan Realisasi Anggaran (SAS), 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Dalam rupiah penuh, pagu Rp{p} terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="Daftar Pemilih Tetap Pemilu Tahun 2019 hasil perbaikan (DPTHP-3) per kecamatan adalah sebagai berikut.")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPTHP-3 Kabupaten Timor Tengah Selatan.")
    selesai(d, c)


def belu_2020():
    """Belu 2020: `LKjIP`; captions `Tabel III.n` **under** the tables; capaian **Realisasi before Target**
    with Satuan, `Tingkat Capaian`; budget `Anggaran (Rp)` `Realisasi (Rp)` **`%` before `Sisa (Rp)`**,
    total `Jumlah Anggaran`; DPT `Jml Desa` `Jml TPS` `Pemilih L` `Pemilih P` `Jumlah` and the voting day's
    `DPTb` and `DPK` after the total (no facts)."""
    c, d = dok("lkjip-belu-2020", "Belu", "Atambua|27 Januari 2021|Agustinus Bere Mau, S.IP.|19780816 200501 1 009",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN BELU", "TAHUN 2020"], W=91)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Tingkat Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "Pemilih L", "Pemilih P", "Jumlah", "DPTb", "DPK")}
    urut = {"cap": [0, 1, 2, 4, 3, 5], "ang": [0, 1, 2, 3, 5, 4]}
    tambah = []  # the DPTb and DPK of voting day per kecamatan (no facts), summed on the total line

    def sel_dpt(i, n, de, t, a, b):
        if i == "":
            dptb, dpk = sum(x[0] for x in tambah), sum(x[1] for x in tambah)
        else:
            dptb, dpk = 8 + (a + 3 * len(n)) % 61, (b + i) % 17
            tambah.append((dptb, dpk))
        return [i, n, de, t, id_int(a), id_int(b), id_int(a + b), id_int(dptb), id_int(dpk)]
    R = r_kantor(lambda n, t: f"Tabel III.{n} {t}", kep.get, urut=urut.get, bawah=True)
    rows = cap_lama("5304", 2020, baris("partisipasi 77.5 79.8, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.7)
    d.P(f"Reformasi Birokrasi KPU Kabupaten Belu tahun 2020 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, "
        f"atau {id_dec(nb[2])} persen.")
    sec_anggaran(d, R, "u26be20", total="Jumlah Anggaran")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan anggaran Rp{p} terserap Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Sebagai pembanding, pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Belu", sel=sel_dpt,
            head=("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P", "DPTb", "DPK"),
            pre="Data pemilih terakhir yang ditetapkan adalah DPT Pemilu 2019. Tabel berikut memuat DPT per kecamatan "
                "(laki-laki, perempuan dan jumlah) serta pemilih tambahan (DPTb) dan pemilih khusus (DPK) yang "
                "tercatat pada hari pemungutan suara 17 April 2019; DPTb dan DPK tidak termasuk dalam jumlah DPT.")
    sumber(d)
    selesai(d, c)


def manggarai_2024():
    """Manggarai 2024: flattened, the PDF through `pdftotext` **without** `-layout`: every table cell on
    a line of its own in reading order (an empty cell leaves no line); captions numbered through the
    document (`Tabel 6.` .. `Tabel 9.`); `Target 2024` `Realisasi 2024`; the Pilkada 2024 DPT of 12
    kecamatan; bare page numbers at every page foot."""
    c, d = dok("lkj-manggarai-2024", "Manggarai", "Ruteng|28 Januari 2025|Fransiskus Jemadu, S.E.|19790521 200604 1 008",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN 2024"], W=94, flat=True)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target 2024", "Realisasi 2024", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "Total")}
    R = r_kantor(lambda n, t: f"Tabel {n + 5}. {t}", kep.get)
    rows = cap_lama("5310", 2024, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 23.4)
    d.P(f"Nilai Reformasi Birokrasi tahun 2024 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u26mg24", total="Jumlah")
    sumber(d, "Sumber: SAKTI, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu sebesar Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2024, label="Jumlah",
            pre="DPT Pemilihan Serentak Tahun 2024 Kabupaten Manggarai per kecamatan:")
    sumber(d)
    selesai(d, c)
    sel_per_baris(d)
    halaman(d, lambda n: str(n))
    d.write()


def lembata_2021():
    """Lembata 2021: captions `Tabel 3.n – Title` with an en dash; **every header over two lines**, the
    second line the unit (`(%)`, `(Rp)`, `(jiwa)`); capaian without Satuan; budget `Alokasi` `Realisasi`
    `Sisa` `Penyerapan`, total `Total`; the Pemilu 2019 DPT of 9 kecamatan; SAKIP history in prose."""
    c, d = dok("lkj-lembata-2021", "Lembata", "Lewoleba|25 Januari 2022|Bernardus Beda Keraf, S.Sos.|19770930 200604 1 012",
               ["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN ANGGARAN 2021"], W=92)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Alokasi", "Realisasi", "Sisa", "Penyerapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/", "Jumlah", "Pemilih", "Pemilih", "Jumlah")}
    dua = {"cap": ("", "", "", "(%)", "(%)", "(%)"), "ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)"),
           "sakip": ("", "", "(%)", "(angka)"), "dpt": ("", "", "Kel.", "TPS", "Laki-laki", "Perempuan", "(jiwa)")}
    urut = {"cap": [0, 1, 3, 4, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} \u2013 {t}", kep.get, urut=urut.get, dua=dua.get)
    rows = cap_lama("5313", 2021, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    for y, v in riwayat(d, [2019]):
        d.P(f"Hasil evaluasi atas kinerja tahun {y} sebelumnya adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    sec_anggaran(d, R, "u26lb21", total="Total")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Penyerapan anggaran 2021 mencapai {id_dec(q)}%, yakni Rp{x} dari alokasi Rp{p}.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Total",
            pre="DPT Pemilu 2019 masih menjadi basis pemutakhiran data pemilih berkelanjutan tahun 2021:")
    sumber(d, "Sumber: Keputusan KPU Kabupaten Lembata tentang Penetapan DPTHP-3 Pemilu 2019.")
    selesai(d, c)


def sumba_tengah_2021():
    """Sumba Tengah 2021: captions abbreviated `Tab. 3.n`; **long names wrapped** on continuation lines
    in every table; capaian `Target PK` `Realisasi` `% Capaian`; budget `Pagu (Rp)` `Realisasi (Rp)`
    `Sisa (Rp)` `Serapan (%)`, total `TOTAL`; DPT **without a No column**; RB in a small table."""
    c, d = dok("lkj-sumba-tengah-2021", "Sumba Tengah", "Waibakul|26 Januari 2022|Yohanis Umbu Tagela, S.Pd.|19800227 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TENGAH", "2021"], W=90)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target PK", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    urut = {"dpt": [1, 2, 3, 4, 5, 6]}
    R = lipat(r_kantor(lambda n, t: f"Tab. 3.{n} {t}", kep.get, urut=urut.get), 32)
    rows = cap_lama("5317", 2021, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 22.1)
    d.P("Hasil penilaian Reformasi Birokrasi tahun 2021 disajikan pada tabel kecil berikut.")
    d.L("Tab. 3.2a Nilai Reformasi Birokrasi", "")
    d.R("Tahun", "Nilai RB", "Bobot", "Persentase (%)")
    d.R("2021", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2]))
    d.B()
    sec_anggaran(d, R, "u26st21", total="TOTAL")
    sumber(d, "Sumber: SAKTI dan OM-SPAN, Desember 2021.")
    ulang(d, lambda p, x, q: f"Jumlah realisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, label="Kabupaten Sumba Tengah",
            pre="Rekapitulasi DPT Pemilu 2019 per kecamatan di Kabupaten Sumba Tengah:")
    sumber(d)
    selesai(d, c)


def kota_kupang_2023():
    """Kota Kupang 2023: captions `Tabel 3.n` above; capaian **without Satuan**, `%` in the cells,
    `Capaian (%)`; budget **without Sisa** (`Pagu` `Realisasi` `% Realisasi`), total `Jumlah Total`;
    the Pemilu 2024 DPT of 6 kecamatan over two pages every three rows (page number, running head,
    `Lanjutan Tabel 3.4`, header repeated)."""
    c, d = dok("lkj-kota-kupang-2023", "Kota Kupang", "Kupang|29 Januari 2024|Drs. Yosef Lewar|19720704 199803 1 007",
               ["LAPORAN KINERJA", "TAHUN 2023", "", "KPU KOTA KUPANG"], W=94)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "% Realisasi"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "L", "P", "L + P")}
    urut = {"cap": [0, 1, 3, 4, 5], "ang": [0, 1, 2, 3, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, urut=urut.get, pct=True)
    R_dpt = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, patah=(3, "Laporan Kinerja KPU Kota Kupang Tahun 2023"))
    rows = cap_lama("5371", 2023, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.8)
    d.P(f"Untuk Reformasi Birokrasi, nilai tahun 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u26kk23", total="Jumlah Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Tabel di atas tidak memuat sisa anggaran: dari pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    sec_dpt(d, R_dpt, "pemilu", 2024, label="Kota Kupang",
            pre="DPT Pemilu 2024 Kota Kupang yang ditetapkan pada 21 Juni 2023, per kecamatan:")
    sumber(d, "Sumber: Berita Acara Model A-Rekap DPT Kota Kupang.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(tts_2019, belu_2020, manggarai_2024, lembata_2021, sumba_tengah_2021, kota_kupang_2023)
