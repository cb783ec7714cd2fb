#!/usr/bin/env python3
# dev17/ documents 1-6: Kupang 2019 (flattened: every table the MySQL client's vertical `\G`
# output), Manggarai 2020 (every figure with its amount in words in parentheses), Manggarai Timur 2019
# (a Word table with the unit in a cell of its own: `Rp` before amounts, `%` after percents), TTU
# 2024 (a spreadsheet printed as on screen: figures too wide for their column show as `#####`),
# Sumba Timur 2019 (paired columns sharing one cell: `Target / Realisasi`, `L / P`), Alor 2019 (the
# report as a saved e-mail whose body is quoted-printable: soft line breaks `=`, `=3D`, `=E2=80=93`).
# Run from etl/eval/testdata/blind/:   python3 dev17/author17a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common17 import (baris, juta, serapan, cap_lama, dok, dpt_kab, id_dec, id_int, qp, r_garis, r_pagar, r_satuan_sel,  # noqa: E402
                      r_tab, r_terbilang, r_vertikal, rb_std, riwayat, predikat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, sumber, tahun_lalu, tanpa_lapor_anggaran)
from lib import tulis  # noqa: E402


def kupang_2019():
    """Kupang 2019 (flattened): every table the MySQL client's vertical output."""
    c, d = dok("lkj-kabupaten-kupang-2019", "Kupang", "Oelamasi|29 Januari 2020|Yohanis Tefa, S.Sos.|19770412 200501 1 009",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN KUPANG", "TAHUN 2019"], flat=True)
    d.P("Data tabel bab ini diambil langsung dari basis data aplikasi kinerja Sekretariat oleh operator data. "
        "Hasil kueri disalin apa adanya dalam tampilan vertikal: setiap baris tabel menjadi satu blok, nama kolom "
        "di kiri tanda titik dua dan nilainya di kanan.")
    tb = lambda cap: {"3.1": "v_capaian_2019", "3.2": "v_akip_2018", "3.3": "v_realisasi_2019",
                      "3.4": "v_dpt_pemilu_2019"}[cap.split()[1]]
    R = r_vertikal(tb)
    rows = cap_lama("5301", 2019, baris("partisipasi 77.5 81.36, pemutakhiran 100 100, kompetensi 80 78.25"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u17kp19")
    sumber(d, "Sumber: basis data aplikasi kinerja, disinkronkan dengan OM-SPAN per 31 Desember 2019.")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 per kecamatan yang ditetapkan dalam rapat pleno terbuka, dari tabel rekapitulasi "
                "basis data pemilih:")
    sumber(d)
    selesai(d, c)


def manggarai_2020():
    """Manggarai 2020: every figure followed by its amount in words."""
    c, d = dok("lkj-manggarai-2020", "Manggarai", "Ruteng|28 Januari 2021|Fransiskus Jehadun, S.H.|19760514 200212 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI", "TAHUN ANGGARAN 2020"])
    d.P("Sesuai kebiasaan naskah dinas Sekretariat, setiap angka dalam tabel laporan ini ditulis dengan angka dan "
        "huruf, agar tidak ada angka yang dapat diubah atau salah dibaca.")
    R = r_terbilang(3)
    rows = cap_lama("5310", 2020, baris("kompetensi 75 77.92, sarana 85 88.64, pemutakhiran 100 100"))
    sec_capaian(d, c, R, rows, ["sarana"])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, r_terbilang(2), "u17mg20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    d.P("Penerimaan Negara Bukan Pajak yang disetor ke kas negara selama Tahun Anggaran 2020 berjumlah Rp3.275.000 "
        "(tiga juta dua ratus tujuh puluh lima ribu rupiah); penerimaan ini bukan bagian dari realisasi belanja.")
    sec_dpt(d, r_terbilang(2), PEM_MG[0], PEM_MG[1], label="JUMLAH")
    sumber(d)
    selesai(d, c)


PEM_MG = ("pilkada", 2020)


def manggarai_timur_2019():
    """Manggarai Timur 2019: the unit in a cell of its own."""
    c, d = dok("lkj-manggarai-timur-2019", "Manggarai Timur", "Borong|30 Januari 2020|Kornelis Jaru, S.Sos.|19780122 200604 1 010",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI TIMUR", "", "2019"])
    d.P("Tabel-tabel laporan ini disusun dalam tabel Word Subbagian Program; satuan rupiah dan persen diketik pada "
        "sel sempit tersendiri supaya angka tersusun rata.")
    rows = cap_lama("5319", 2019, baris("partisipasi 77.5 79.84, pemutakhiran 100 100, kompetensi 80 82.15"))
    sec_capaian(d, c, r_satuan_sel((), (5,)), rows, ["partisipasi"])
    sec_sakip(d, r_tab, 2018)
    sec_anggaran(d, r_satuan_sel((2, 3, 4), (5,)), "u17mt19")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    sec_dpt(d, r_tab, "pilkada", 2018, label="JUMLAH",
            pre="Data pemilih terakhir yang ditetapkan sebelum Pemilu 2019 adalah DPT Pemilihan Bupati dan Wakil Bupati "
                "Tahun 2018 per kecamatan berikut.")
    sumber(d)
    d.P("Untuk Pemilu 2019 sendiri, DPT tingkat kabupaten disajikan dalam Laporan Penyelenggaraan Pemilu 2019.")
    selesai(d, c)


def ttu_2024():
    """TTU 2024: a spreadsheet printed as on screen, too-wide figures shown as `#` marks."""
    c, d = dok("lkj-ttu-2024", "Timor Tengah Utara", "Kefamenanu|31 Januari 2025|Yoseph Sasi, S.E.|19790711 200501 1 007",
               ["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2024"])
    d.P("Tabel bab ini dicetak langsung dari lembar kerja Excel Subbagian Perencanaan tanpa menyesuaikan lebar kolom; "
        "angka yang lebih lebar dari kolomnya tercetak sebagai deretan tanda pagar. Angka lengkapnya ada pada "
        "lembar kerja asli.")
    rows = cap_lama("5303", 2024, baris("partisipasi 77.5 79.12, pemutakhiran 100 100, kompetensi 85 86.4"))
    sec_capaian(d, c, r_pagar({5: 5}), rows, ["partisipasi"])
    sec_sakip(d, r_tab, 2023)
    nb = rb_std(d, 2024, 24.2)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2024 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    sel = lambda k, nm, p, x, lv: [k, nm, juta(p), juta(x), juta(p - x), id_dec(serapan(p, x))]
    sec_anggaran(d, r_pagar({4: 5}), "u17tu24", sel=sel,
                 head=("Kode", "Program / Kegiatan", "Pagu (Rp juta)", "Realisasi (Rp juta)", "Sisa (Rp juta)",
                       "Serapan (%)"),
                 pre="Pagu DIPA Tahun Anggaran 2024 setelah revisi dan realisasinya menurut program dan kegiatan, "
                     "dalam juta rupiah.")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    sec_dpt(d, r_tab, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Serentak 2024 per kecamatan yang ditetapkan dalam rapat pleno terbuka:")
    sumber(d)
    tps, l, p, t = dpt_kab(d, "pemilu", 2024)
    d.P(f"Sebelumnya, DPT Pemilu 2024 Kabupaten Timor Tengah Utara berjumlah {id_int(t)} pemilih ({id_int(l)} "
        f"laki-laki dan {id_int(p)} perempuan) di {id_int(tps)} TPS.")
    selesai(d, c)


def sumba_timur_2019():
    """Sumba Timur 2019: paired columns sharing one cell."""
    c, d = dok("lkj-sumba-timur-2019", "Sumba Timur", "Waingapu|29 Januari 2020|Umbu Tamu Ridi, S.E.|19790309 200604 1 012",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA TIMUR", "TAHUN 2019"])
    d.P("Untuk menghemat lebar halaman, dua besaran yang berpasangan ditulis dalam satu sel dan dipisah garis miring, "
        "urutannya sesuai judul kolom.")
    rows = cap_lama("5311", 2019, baris("partisipasi 77.5 80.27, pemutakhiran 100 100, kompetensi 80 83.4"))
    sec_capaian(d, c, r_garis([(3, 4)]), rows, ["partisipasi"])
    sec_sakip(d, r_garis([(2, 3)]), 2018)
    sec_anggaran(d, r_garis([(2, 3)]), "u17st19")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    sec_dpt(d, r_garis([(2, 3), (4, 5)]), "pemilu", 2019, label="JUMLAH")
    sumber(d)
    d.P("Pada hari pemungutan suara 17 April 2019 juga menggunakan hak pilih 1.186 pemilih tambahan (DPTb) dan 742 "
        "pemilih khusus (DPK); keduanya tidak termasuk DPT pada tabel di atas.")
    selesai(d, c)


def alor_2019():
    """Alor 2019: the report as a saved e-mail, its body quoted-printable."""
    c, d = dok("lkjip-alor-2019", "Alor", "Kalabahi|31 Januari 2020|Marthen Maure, S.Sos.|19760803 200312 1 008",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "KPU KABUPATEN ALOR", "TAHUN 2019"])
    rows = cap_lama("5305", 2019, baris("partisipasi 77.5 80.42, pemutakhiran 100 100, kompetensi 80 79.15"))
    sec_capaian(d, c, r_tab, rows, ["partisipasi"])
    sec_sakip(d, r_tab, 2018)
    sec_anggaran(d, r_tab, "u17al19")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    sec_dpt(d, r_tab, "pemilu", 2019, label="JUMLAH")
    sumber(d)
    tulis_asli = d.write

    def write():
        d.lines = ["From: \"Sekretariat KPU Kab. Alor\" <sekretariat.kpualor@gmail.com>",
                   "To: renev.kpuntt@gmail.com",
                   "Subject: =?UTF-8?Q?LKjIP_2019_KPU_Kabupaten_Alor_=E2=80=93_teks?=",
                   "Date: Fri, 31 Jan 2020 15:42:07 +0800",
                   "MIME-Version: 1.0",
                   "Content-Type: text/plain; charset=\"UTF-8\"",
                   "Content-Transfer-Encoding: quoted-printable", ""] + qp(d.lines)
        tulis_asli()
    d.write = write
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2019, manggarai_2020, manggarai_timur_2019, ttu_2024, sumba_timur_2019, alor_2019)
