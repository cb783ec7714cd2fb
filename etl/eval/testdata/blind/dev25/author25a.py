#!/usr/bin/env python3
# dev25/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, wrapped names, tables over pages).
# Run from etl/eval/testdata/blind/:   python3 dev25/author25a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common25 import (baris, cap_lama, dok, halaman, id_dec, id_int, lipat, persen_sel, predikat, r_kantor,  # noqa: E402
                      rata_kiri_kanan, rb_std, revisi_dipa, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def kupang_2024():
    """Kupang 2024: cover with the year before the satker; captions `Tabel 3.n :` above the table;
    capaian `Indikator Kinerja Utama (IKU)`, `Satuan`, `Target 2024`, `Realisasi 2024`, `Capaian (%)`;
    budget `Pagu Akhir (Rp)`, `Realisasi (Rp)`, `Sisa Pagu (Rp)`, `Serapan (%)`, total `TOTAL REALISASI`;
    the Pilkada 2024 DPT of 24 kecamatan over three pages every ten rows with `Halaman n` at the foot,
    the running head and the header repeated."""
    c, d = dok("lkj-kabupaten-kupang-2024", "Kupang", "Oelamasi|27 Januari 2025|Drs. Yakobus Tefa|19740611 200212 1 006",
               ["LAPORAN KINERJA", "TAHUN 2024", "", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN KUPANG"], W=97)
    kep = {"cap": ("No", "Indikator Kinerja Utama (IKU)", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu Akhir (Rp)", "Realisasi (Rp)", "Sisa Pagu (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel.", "Jumlah TPS", "Laki-Laki", "Perempuan", "Jumlah Pemilih")}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} : {t}", kep.get, patah=(10, "Laporan Kinerja Sekretariat KPU Kabupaten Kupang 2024"))
    rows = cap_lama("5301", 2024, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 23.1)
    d.P(f"Untuk Reformasi Birokrasi, evaluasi tahun 2024 menempatkan KPU Kabupaten Kupang pada nilai {id_dec(nb[0])} "
        f"dari bobot maksimal {id_dec(nb[1])}, yaitu {id_dec(nb[2])} persen.")
    sec_anggaran(d, R, "u25kp24", total="TOTAL REALISASI")
    sumber(d, "Sumber: Aplikasi SAKTI modul Bendahara, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Total realisasi belanja tahun 2024 sebesar Rp{x} dari pagu akhir Rp{p}, atau {id_dec(q)} persen.")
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Tahun sebelumnya (TA {y}) realisasi tercatat Rp{id_int(x)} dari pagu Rp{id_int(p)} "
              f"(serapan {id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2024, label="Jumlah Kabupaten",
            pre="Daftar Pemilih Tetap Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati Tahun 2024 "
                "ditetapkan dalam rapat pleno terbuka. Rinciannya per kecamatan adalah sebagai berikut.")
    sumber(d, "Sumber: Berita Acara Model A-Rekap DPT, September 2024.")
    selesai(d, c)


def sumba_timur_2023():
    """Sumba Timur 2023: captions in capitals with Roman chapter numbers and a dash (`TABEL III.1 - …`);
    capaian **Realisasi before Target**, `Capaian Kinerja`, no Satuan column and `%` in the cells;
    budget `Anggaran` `Realisasi` `Persentase` `Sisa Anggaran` (Sisa last), total `Jumlah Total`; DPT
    `Kecamatan` first with no `No` column, `Desa/Kel.` `TPS` `Pria` `Wanita` `Total`."""
    c, d = dok("lkj-sumba-timur-2023", "Sumba Timur", "Waingapu|24 Januari 2024|Umbu Rihi Meha, S.Sos.|19790305 200604 1 011",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN SUMBA TIMUR", "TAHUN ANGGARAN 2023"], W=93)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian Kinerja"),
           "ang": ("Kode", "Program dan Kegiatan", "Anggaran", "Realisasi", "Sisa Anggaran", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Pria", "Wanita", "Total")}
    urut = {"cap": [0, 1, 4, 3, 5], "ang": [0, 1, 2, 3, 5, 4], "dpt": [1, 2, 3, 4, 5, 6]}
    R = r_kantor(lambda n, t: f"TABEL III.{n} - {t.upper()}", kep.get, urut=urut.get, pct=True)
    rows = cap_lama("5311", 2023, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.9)
    d.P(f"Penilaian Reformasi Birokrasi tahun 2023 memberikan nilai {id_dec(nb[0])} (bobot {id_dec(nb[1])}; "
        f"{id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u25st23", total="Jumlah Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2023.")
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Realisasi ini lebih baik dibanding TA {y}, ketika realisasi Rp{id_int(x)} dari pagu Rp{id_int(p)} "
            f"({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pemilu", 2024, label="Kabupaten Sumba Timur",
            pre="Daftar Pemilih Tetap Pemilu 2024 hasil rapat pleno terbuka 20 Juni 2023, per kecamatan:")
    sumber(d, "Sumber: Model A-Rekap DPT Kabupaten Sumba Timur.")
    selesai(d, c)


def alor_2023():
    """Alor 2023: a period on the cover; captions `Tabel 3-n.` with the title on the same line; every header
    over two lines (`Target` / `(%)`, `Pagu` / `(Rp)`, `Jumlah` / `L`); budget total `JUMLAH`; the Pemilu
    2019 DPT of 17 kecamatan; SAKIP history in prose."""
    c, d = dok("lkjip-alor-2023", "Alor", "Kalabahi|26 Januari 2024|Ahmad Bapa, S.AP.|19800715 200604 1 014",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN ALOR", "Periode 1 Januari s.d. 31 Desember 2023"], W=90)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Realisasi"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah", "Jumlah", "Pemilih", "Pemilih", "Jumlah")}
    dua = {"cap": ("", "", "", "(%)", "(%)", "(%)"), "ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)"),
           "sakip": ("", "", "(maks)", "(perolehan)"), "dpt": ("", "", "Desa", "TPS", "L", "P", "Pemilih")}
    R = r_kantor(lambda n, t: f"Tabel 3-{n}. {t}", kep.get, dua=dua.get)
    rows = cap_lama("5305", 2023, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Nilai tersebut meningkat dari hasil evaluasi atas kinerja tahun {y} yaitu {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2023, 22.6)
    d.P(f"Evaluasi Reformasi Birokrasi 2023: nilai {id_dec(nb[0])} dari {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u25al23", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN dan SAKTI, Desember 2023.")
    ulang(d, lambda p, x, q: f"Sampai dengan 31 Desember 2023 anggaran terserap Rp{x} ({id_dec(q)}%) dari Rp{p}.")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="Sebagai data pemilih terakhir yang telah ditetapkan sebelum Pemilu 2024, berikut DPT Pemilu 2019 "
                "Kabupaten Alor per kecamatan.")
    sumber(d)
    selesai(d, c)


def sikka_2022():
    """Sikka 2022: the PDF through `pdftotext -layout` (no TAB; cells aligned by spaces, figures right-
    aligned), captions `Tabel III.n` on their own line and the title on the next; `Tingkat Capaian`;
    budget `Pagu DIPA` `Realisasi` `Sisa` `%`, total `Jumlah Seluruhnya`; `Halaman n dari N`-less
    footers `- n -` centred and no running head; DPT of 21 kecamatan with `Desa/Kel` `TPS` `Lk` `Pr` `Jml`."""
    c, d = dok("lkj-sikka-2022", "Sikka", "Maumere|25 Januari 2023|Yohanes Don Bosco Parera, S.H.|19780402 200604 1 016",
               ["LAPORAN KINERJA", "KPU KABUPATEN SIKKA", "TAHUN 2022"], W=94, flat=True)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Tingkat Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu DIPA", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Lk", "Pr", "Jml")}
    R = lipat(r_kantor(lambda n, t: f"Tabel III.{n}\n{t}", kep.get), 44)
    rows = cap_lama("5307", 2022, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 22.3)
    d.P(f"Reformasi Birokrasi 2022 memperoleh nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u25sk22", total="Jumlah Seluruhnya")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Dengan demikian pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="Daftar Pemilih Tetap terakhir yang ditetapkan KPU Kabupaten Sikka adalah DPT Pemilu 2019:")
    sumber(d)
    selesai(d, c)
    d.lines = [x for ln in d.lines for x in ln.split("\n")]
    rata_kiri_kanan(d)
    halaman(d, lambda n: f"- {n} -".center(94).rstrip())
    d.write()


def rote_ndao_2024():
    """Rote Ndao 2024: captions numbered with Roman numerals alone (`Tabel I.`, `Tabel II.` …) above the
    table; long names wrapped on continuation lines; capaian `Target Kinerja` `Realisasi Kinerja`
    `% Capaian`; budget `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Daya Serap (%)`, total `Total`; DPT
    `Jml Desa` `Jml TPS` `L` `P` `L + P`, total `Kabupaten`; RB in a small table."""
    c, d = dok("lakip-rote-ndao-2024", "Rote Ndao", "Ba'a|29 Januari 2025|Mesakh Ndun, S.Sos.|19810612 200604 1 005",
               ["LAKIP", "(LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH)", "KPU KABUPATEN ROTE NDAO",
                "TAHUN 2024"], W=92)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target Kinerja", "Realisasi Kinerja", "% Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Daya Serap (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "L", "P", "L + P")}
    rom = ("I", "II", "III", "IV", "V")
    R = lipat(r_kantor(lambda n, t: f"Tabel {rom[n - 1]}. {t}", kep.get), 36)
    rows = cap_lama("5314", 2024, baris("partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 23.3)
    d.P("Hasil evaluasi Reformasi Birokrasi tahun 2024:")
    d.L("Tabel II.a Reformasi Birokrasi", "")
    d.R("Tahun", "Nilai", "Bobot", "Persentase")
    d.R("2024", id_dec(nb[0]), id_dec(nb[1]), f"{id_dec(nb[2])}%")
    d.B()
    sec_anggaran(d, R, "u25rn24", total="Total")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p}; realisasi Rp{x}; daya serap {id_dec(q)}%.")
    sec_dpt(d, R, "pemilu", 2024, label="Kabupaten",
            pre="Penetapan DPT Pemilu 2024 Kabupaten Rote Ndao per kecamatan:")
    sumber(d, "Sumber: Berita Acara Penetapan DPT, 21 Juni 2023.")
    selesai(d, c)


def sbd_2023():
    """Sumba Barat Daya 2023: a cover without the year (identity from the foreword and signature); captions
    `Tabel 3.n` under the table with the source line under them;
    capaian without Satuan, the unit after the figures (`%` in the cells), `Tingkat Capaian`; budget
    **without Sisa** (`Pagu Anggaran` `Realisasi Anggaran` `%`), total `Total Anggaran`; the DPT of 11
    kecamatan over two pages every six rows (bare page number, running head, header repeated)."""
    c, d = dok("lkj-sumba-barat-daya-2023", "Sumba Barat Daya", "Tambolaka|30 Januari 2024|Paulus Bulu Kaka, S.E.|19800909 200604 1 017",
               ["LAPORAN KINERJA (LKj)", "SEKRETARIAT KPU", "KABUPATEN SUMBA BARAT DAYA"], W=95)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Tingkat Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa", "%"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    urut = {"cap": [0, 1, 3, 4, 5], "ang": [0, 1, 2, 3, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, urut=urut.get, bawah=True, pct=True,
                 patah=(6, "LKj KPU Kabupaten Sumba Barat Daya Tahun 2023"))
    rows = cap_lama("5318", 2023, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.5)
    d.P(f"Adapun Reformasi Birokrasi dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} atau {id_dec(nb[2])} persen "
        "pada tahun 2023.")
    sec_anggaran(d, R, "u25sb23", total="Total Anggaran")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Sisa anggaran tidak ditampilkan dalam tabel; dari pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} realisasi Rp{id_int(x)} dari pagu Rp{id_int(p)}, atau {id_dec(serapan(p, x))}%.")
    sec_dpt(d, R, "pemilu", 2024, label="Total",
            pre="DPT Pemilu 2024 Kabupaten Sumba Barat Daya yang ditetapkan pada Juni 2023:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2024, sumba_timur_2023, alor_2023, sikka_2022, rote_ndao_2024, sbd_2023)
