#!/usr/bin/env python3
# dev25/ documents 7-12: house styles no earlier batch used (see README.md).
# Run from etl/eval/testdata/blind/:   python3 dev25/author25b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common25 import (baris, cap_lama, doku_halaman, dok, id_dec, id_int, ikpa, lynx_halaman, predikat,  # noqa: E402
                      r_arsip, r_doku, r_keep, r_lynx, r_sambutan, r_tab, rb_std, ribuan, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def ngada_2023():
    """Ngada 2023: the report as the source of the office's internal wiki page (DokuWiki): headings
    `===== … =====`, every table in DokuWiki markup (`^` header cells, `|` body cells, figures
    right-aligned by two spaces), the budget with a `Program` column merged down over its kegiatan
    (`:::`), total labels spanning two cells (`||`); no page breaks."""
    c, d = dok("lkj-ngada-2023", "Ngada", "Bajawa|26 Januari 2024|Yohanes Wawo Dhiu, S.Fil.|19790127 200604 1 010",
               ["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "TAHUN 2023"], W=96, flat=True)
    R = r_doku
    rows = cap_lama("5309", 2023, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 80.9"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    for y, v in riwayat(d, [2021]):
        d.P(f"Catatan: hasil evaluasi sebelumnya (kinerja {y}) bernilai {id_dec(v)}, predikat {predikat(v)}.")
    nb = rb_std(d, 2023, 22.8)
    d.P(f"Reformasi Birokrasi 2023: nilai {id_dec(nb[0])}, bobot {id_dec(nb[1])}, persentase {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u25ng23", total="Jumlah")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Total realisasi Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    sec_dpt(d, R, "pilkada", 2020, label="Kabupaten Ngada",
            pre="DPT terakhir yang ditetapkan di tingkat kabupaten adalah DPT Pemilihan 2020, per kecamatan:")
    sumber(d)
    selesai(d, c)
    doku_halaman(d, "Laporan Kinerja KPU Kabupaten Ngada Tahun 2023", "wiki:subbag-program-data:lkj:2023 | 2 Februari 2024 09:14")
    d.write()


def malaka_2022():
    """Malaka 2022: the report as `lynx -dump` of the office's web page: the site's menu as numbered
    links, every line indented three spaces, tables set in space-padded columns without TAB, the budget
    codes and kecamatan names carrying lynx's link numbers (`[12]076.01.WA`, `[20]Malaka Tengah`), the
    References list at the end; no page breaks."""
    c, d = dok("lkj-malaka-2022", "Malaka", "Betun|27 Januari 2023|Yustinus Seran Bria, S.H.|19800430 200604 1 013",
               ["LAPORAN KINERJA", "KPU KABUPATEN MALAKA", "TAHUN 2022"], W=88, flat=True)
    url = "https://kab-malaka.kpu.go.id/informasi-publik/lkj-2022"
    daftar = []

    def tautan(d, teks):
        slug = str(teks).lower().replace(" ", "-").replace(".", "-")
        daftar.append(f"{url}/rincian/{slug}")
        return 8 + len(daftar)
    R = r_lynx(tautan)
    rows = cap_lama("5321", 2022, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Evaluasi atas kinerja tahun {y} sebelumnya memberikan nilai {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.1)
    d.P(f"Nilai Reformasi Birokrasi 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u25ml22", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    sec_dpt(d, R, "pilkada", 2020, label="Kabupaten Malaka",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Malaka Tahun 2020 per kecamatan (klik nama kecamatan untuk "
                "rincian per desa):")
    sumber(d)
    selesai(d, c)
    lynx_halaman(d, "https://kab-malaka.kpu.go.id", "                 Laporan Kinerja (LKj) KPU Kabupaten Malaka Tahun 2022",
                 daftar)
    d.write()


def ttu_2024():
    """TTU 2024: the Pilkada 2024 DPT as the operator's Google Keep checklist note shared as text
    (unchecked to-do items, then one checked item a kecamatan and the kabupaten last); the budget in
    thousands of rupiah; other tables plain TAB."""
    c, d = dok("lkj-ttu-2024", "Timor Tengah Utara", "Kefamenanu|28 Januari 2025|Agustinus Taek, S.Sos.|19780818 200604 1 019",
               ["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN ANGGARAN 2024"], W=94)
    R = r_keep("Pleno DPT Pilkada 2024 per kecamatan \u2714", "DPT, Pilkada2024, Pleno", "19 Sep 2024 21.47",
               ["Kirim salinan BA Model A-Rekap ke KPU Provinsi", "Unggah pengumuman DPT ke laman resmi",
                "Arsipkan softcopy di folder bersama"])
    rows = cap_lama("5303", 2024, baris("partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 23.5)
    d.P(f"Reformasi Birokrasi tahun 2024 memperoleh nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau "
        f"{id_dec(nb[2])}%.")

    def RA(d, cap, head, rows):
        r_tab(d, cap + " (dalam ribuan rupiah)", head, rows)
    sec_anggaran(d, RA, "u25tu24", sel=ribuan, total="JUMLAH",
                 pre="Pagu DIPA tahun 2024 setelah revisi dan realisasinya per program dan kegiatan, dalam ribuan rupiah:")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2024 (diolah, dibulatkan ke ribuan rupiah).")
    sec_dpt(d, R, "pilkada", 2024,
            pre="Selama rapat pleno penetapan DPT Pilkada 2024 di tingkat kabupaten, operator mencatat hasil tiap "
                "kecamatan pada catatan daftar periksa di ponsel. Catatan itu dibagikan sebagai teks dan disalin apa "
                "adanya di bawah ini.")
    sumber(d, "Sumber: catatan operator, dicocokkan dengan Berita Acara Model A-Rekap.")
    selesai(d, c)


def sumba_barat_2022():
    """Sumba Barat 2022: the budget as the archive list (Daftar Arsip Aktif) of the budget files, the
    amounts inside the `Uraian Informasi Arsip` cells, a PNBP file after the DIPA file (no fact); other
    tables plain TAB."""
    c, d = dok("lkj-sumba-barat-2022", "Sumba Barat", "Waikabubak|30 Januari 2023|Daniel Bili Radu, S.Sos.|19790121 200604 1 015",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN SUMBA BARAT", "TAHUN 2022"], W=93)
    R = r_arsip("KU.02", "Januari - Desember 2022", pnbp="2.915.400")
    rows = cap_lama("5312", 2022, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 80.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 22.0)
    d.P(f"Reformasi Birokrasi 2022 dinilai {id_dec(nb[0])} dari {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u25sb22", pre="Realisasi anggaran tahun 2022 disajikan dari daftar arsip aktif berkas keuangan "
                 "yang disusun arsiparis unit pengolah, karena setiap berkas memuat ringkasan pagu dan realisasinya.")
    sumber(d, "Sumber: Daftar Arsip Aktif Subbagian Keuangan, Umum dan Logistik, 2022.")
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Sebagai perbandingan, TA {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, label="Jumlah",
            pre="DPT terakhir yang ditetapkan KPU Kabupaten Sumba Barat adalah DPT Pemilihan 2020:")
    sumber(d)
    selesai(d, c)


def ende_2024():
    """Ende 2024: the OM-SPAN IKPA monitoring page copied beside the budget (the year's pagu and realisasi
    in full rupiah, then IKPA scores and weights that are no facts); the budget table in thousands of
    rupiah; other tables plain TAB."""
    c, d = dok("lkj-ende-2024", "Ende", "Ende|27 Januari 2025|Maria Goreti Wangge, S.E.|19820417 200604 2 006",
               ["LAPORAN KINERJA", "KPU KABUPATEN ENDE", "TAHUN 2024"], W=95)
    R = r_tab
    rows = cap_lama("5308", 2024, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 23.0)
    d.P(f"Reformasi Birokrasi 2024: nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")

    def RA(d, cap, head, rows):
        r_tab(d, cap + " (dalam ribuan rupiah)", head, rows)
    sec_anggaran(d, RA, "u25en24", sel=ribuan, total="Jumlah",
                 pre="Pagu DIPA Sekretariat KPU Kabupaten Ende Tahun Anggaran 2024 setelah revisi beserta realisasinya "
                     "menurut program dan kegiatan disajikan dalam ribuan rupiah pada tabel berikut.")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2024.")
    d.P("Kualitas pelaksanaan anggaran diukur dengan Indikator Kinerja Pelaksanaan Anggaran (IKPA). Tampilan "
        "monitoring IKPA pada OM-SPAN per Desember 2024 disalin sebagai berikut; nilai indikator adalah skor, "
        "bukan persentase realisasi.")
    ikpa(d, "419755", (100.0, 92.35, 97.12, 100.0, 99.41, 100.0, 98.63), (10, 15, 20, 10, 10, 10, 25))
    sec_dpt(d, R, "pilkada", 2024, label="Jumlah",
            pre="DPT Pemilihan 2024 Kabupaten Ende per kecamatan ditetapkan pada September 2024:")
    sumber(d)
    selesai(d, c)


def nagekeo_2022():
    """Nagekeo 2022: the capaian told in the Ketua's speech at the report's launch (naskah sambutan), one
    paragraph an indicator with target, realisasi and capaian; other tables plain TAB."""
    c, d = dok("lkj-nagekeo-2022", "Nagekeo", "Mbay|26 Januari 2023|Kristoforus Ngole, S.H.|19790717 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NAGEKEO", "TAHUN 2022"], W=92)
    R = r_sambutan("Peluncuran Laporan Kinerja Tahun 2022, Aula KPU Kabupaten Nagekeo, Mbay, 3 Februari 2023")
    rows = cap_lama("5316", 2022, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 80.6"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 22.4)
    d.P(f"Reformasi Birokrasi tahun 2022 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u25nk22", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Realisasi seluruhnya Rp{x} dari pagu Rp{p} ({id_dec(q)}%).")
    d.P("Barang Milik Negara yang dikelola Sekretariat per 31 Desember 2022 bernilai Rp3.684.215.900 (nilai buku); "
        "nilai ini bukan realisasi anggaran.")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="DPT Pemilu 2019 Kabupaten Nagekeo per kecamatan, sebagai DPT terakhir yang ditetapkan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(ngada_2023, malaka_2022, ttu_2024, sumba_barat_2022, ende_2024, nagekeo_2022)
