#!/usr/bin/env python3
# dev20/ documents 7-12, each in a house style no earlier batch used: Sabu Raijua 2024 (program
# subtotals printed under their kegiatan), Kota Kupang 2020 (tables typed with dot leaders), Belu 2021
# (budget amounts stacked in Rincian / Jumlah columns), Ende 2022 (every table the lampiran of a Nota
# Dinas), TTU 2022 (Word tables with merged header cells over three lines), Flores Timur 2019
# (flattened: every table an R tibble printed in the console).
# Run from etl/eval/testdata/blind/:   python3 dev20/author20b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common20 import (baris, cap_lama, dok, id_dec, id_int, r_bawah, r_gabung, r_nota, r_susun, r_tibble,  # noqa: E402
                      r_titik, rb_std, ribuan, revisi_dipa, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai,
                      serapan, sumber, tahun_lalu)
from lib import tulis  # noqa: E402


def sabu_raijua_2024():
    """Sabu Raijua 2024: each program's kegiatan first, the program's line under them (`Sub Jumlah`)."""
    c, d = dok("lkj-sabu-raijua-2024", "Sabu Raijua", "Seba|27 Januari 2025|Yohanis Dju Bire, S.Sos.|19790914 200604 1 005",
               ["LAPORAN KINERJA", "KPU KABUPATEN SABU RAIJUA", "", "", "LKj_KPU_Sabu_Raijua_2024_final.pdf"])
    rows = cap_lama("5320", 2024, baris("partisipasi 77.5 83.15, pemutakhiran 100 100, kompetensi 80 82.1"))
    sec_capaian(d, c, r_bawah, rows, ["partisipasi"])
    sec_sakip(d, r_bawah, 2023)
    sec_anggaran(d, r_bawah, "u20sr24",
                 pre="Realisasi anggaran per kegiatan; jumlah setiap program dicantumkan di bawah kegiatannya (Sub Jumlah), "
                     "jumlah keseluruhan pada baris terakhir (dalam rupiah).")
    sumber(d, "Sumber: Laporan Realisasi Anggaran SAKTI per 31 Desember 2024.")
    revisi_dipa(d, lambda k, a: f"DIPA 2024 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_bawah, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Serentak 2024 di Kabupaten Sabu Raijua per kecamatan:")
    sumber(d)
    d.P("Pada hari pemungutan suara 27 November 2024 juga dilayani 412 pemilih pindahan (DPTb) dan 286 pemilih "
        "yang memilih dengan KTP-el (DPK); keduanya tidak termasuk angka DPT di atas.")
    selesai(d, c)


def kota_kupang_2020():
    """Kota Kupang 2020: every table typed with dot leaders after the name cell."""
    c, d = dok("lkj-kota-kupang-2020", "Kota Kupang", "Kupang|22 Januari 2021|Drs. Yohanes Leonard Nalle|19680712 199403 1 006",
               ["LAKIP", "KPU KOTA KUPANG", "TAHUN 2020"])
    R = r_titik(60)
    rows = cap_lama("5371", 2020, baris("partisipasi 77.5 78.9, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u20kk20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada Tahun Anggaran {y} pagu Satker Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2020 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kota Kupang per kecamatan (hasil perbaikan terakhir):")
    sumber(d)
    selesai(d, c)


def belu_2021():
    """Belu 2021: the budget's amounts stacked in Rincian (kegiatan) and Jumlah (program, total) columns."""
    c, d = dok("lkjip-belu-2021", "Belu", "Atambua|25 Januari 2022|Fransiskus Xaverius Bere, S.E.|19781203 200502 1 004",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN BELU", "TAHUN ANGGARAN 2021"])
    rows = cap_lama("5304", 2021, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, r_susun, rows, ["partisipasi"])
    sec_sakip(d, r_susun, 2020)
    nb = rb_std(d, 2021, 22.8)
    d.P(f"Hasil evaluasi Reformasi Birokrasi tahun 2021: nilai {id_dec(nb[0])}, bobot {id_dec(nb[1])}, "
        f"persentase {id_dec(nb[2])}%.")
    d.P("Penerimaan Negara Bukan Pajak (PNBP) tahun 2021 sebesar Rp2.745.500 berasal dari sewa aula dan telah disetor "
        "ke kas negara; penerimaan ini bukan bagian dari realisasi belanja.")
    sec_anggaran(d, r_susun, "u20bl21",
                 pre="Pagu dan realisasi menurut program dan kegiatan (dalam rupiah); angka kegiatan pada kolom Rincian, "
                     "angka program dan jumlah pada kolom Jumlah.")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    revisi_dipa(d, lambda k, a: f"DIPA 2021 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_susun, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Belu per kecamatan (DPTHP-3):")
    sumber(d)
    selesai(d, c)


def ende_2022():
    """Ende 2022: every table the lampiran of the Nota Dinas of the subbagian that compiled it."""
    c, d = dok("lkj-ende-2022", "Ende", "Ende|27 Januari 2023|Maria Yasinta Wangge, S.E.|19800509 200604 2 012",
               ["LAPORAN KINERJA", "KPU KABUPATEN ENDE", "TAHUN 2022"])
    dari = {"cap": ("Kepala Subbagian Perencanaan, Data dan Informasi", "Perjanjian Kinerja dan laporan capaian triwulan IV",
                    "Yosefina Rewo, S.Sos."),
            "sakip": ("Kepala Subbagian Perencanaan, Data dan Informasi", "Laporan Hasil Evaluasi AKIP",
                      "Yosefina Rewo, S.Sos."),
            "ang": ("Kepala Subbagian Keuangan, Umum dan Logistik", "OM-SPAN dan Laporan Realisasi Anggaran",
                    "Paulus Mbete, S.E."),
            "dpt": ("Kepala Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat",
                    "Keputusan KPU Kabupaten Ende tentang Rekapitulasi DPTHP-3", "Emanuel Wonga, S.H.")}
    R = r_nota(dari, "Sekretaris KPU Kabupaten Ende", (40, "PR.01-ND/5308/2023"), "9 Januari 2023", "")
    rows = cap_lama("5308", 2022, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 82.7"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2021)
    (y0, v0), = riwayat(d, [2020])
    d.P(f"Nilai tersebut dibandingkan dengan Hasil Evaluasi AKIP Tahun {y0} sebesar {id_dec(v0)}.")
    sec_anggaran(d, R, "u20en22")
    revisi_dipa(d, lambda k, a: f"DIPA 2022 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="Data pemilih yang terakhir ditetapkan adalah DPT Pemilu 2019 per kecamatan:")
    selesai(d, c)


def ttu_2022():
    """TTU 2022: Word tables with merged header cells, the header read over three lines."""
    c, d = dok("lkj-ttu-2022", "Timor Tengah Utara", "Kefamenanu|26 Januari 2023|Gregorius Taek, S.Sos.|19790226 200604 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN 2022"])
    rows = cap_lama("5303", 2022, baris("partisipasi 77.5 80.25, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, r_gabung, rows, ["partisipasi"])
    sec_sakip(d, r_gabung, 2021)
    d.satuan_ang = "Jumlah (dalam ribuan rupiah)"
    sec_anggaran(d, r_gabung, "u20tu22", sel=ribuan,
                 pre="Pagu DIPA setelah revisi dan realisasinya per program dan kegiatan, dalam ribuan rupiah:")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2022.")
    revisi_dipa(d, lambda k, a: f"DIPA 2022 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_gabung, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def flores_timur_2019():
    """Flores Timur 2019 (flattened): every table an R tibble printed in the console."""
    c, d = dok("lkj-flores-timur-2019", "Flores Timur", "Larantuka|28 Januari 2020|Bernardus Kopong Tukan, S.Sos.|19770615 200312 1 010",
               ["LAPORAN KINERJA", "KPU KABUPATEN FLORES TIMUR", "TAHUN 2019"], flat=True)
    d.P("Pengolahan data bab ini dilakukan dengan R (RStudio). Tabel disalin dari konsol sebagaimana dicetak; "
        "semua angka telah diformat ke notasi Indonesia dengan format(big.mark = \".\", decimal.mark = \",\"), "
        "sehingga kolomnya bertipe teks (<chr>); sel kosong tercetak NA.")
    obj = {1: "capaian_2019", 2: "akip_2018", 3: "realisasi_2019", 4: "dpt_pemilu_2019"}
    R = r_tibble(lambda cap, n: obj.get(n, f"tabel_{n}"))
    rows = cap_lama("5306", 2019, baris("partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 82.2"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u20ft19", sel=ribuan,
                 head=("Kode", "Program / Kegiatan", "Pagu (Rp ribu)", "Realisasi (Rp ribu)", "Sisa (Rp ribu)", "Serapan (%)"),
                 pre="Realisasi anggaran 2019 per program dan kegiatan; kolom uang dalam ribuan rupiah (dibagi 1000).")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    revisi_dipa(d, lambda k, a: f"DIPA 2019 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(sabu_raijua_2024, kota_kupang_2020, belu_2021, ende_2022, ttu_2022, flores_timur_2019)
