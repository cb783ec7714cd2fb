#!/usr/bin/env python3
# dev19/ documents 7-12: Nagekeo 2024 (an electronically signed PDF: the BSrE footer on every page,
# tables running over pages without their header), Manggarai Timur 2024 (Excel with AutoFilter marks
# and the status bar of the selected column), Sabu Raijua 2020 (the open-data portal's dataset pages:
# metadata, data dictionary, `_id` preview), Malaka 2020 (the KPU RI template with its guidance and
# example rows left in, placeholders on the cover), Kota Kupang 2024 (Word fields broken: caption
# numbers and total-row sums show error texts, totals in prose), Sikka 2023 (SIDALIH disability
# columns in the DPT, blocked budget `Blokir` / `Pagu Efektif`).
# Run from etl/eval/testdata/blind/:   python3 dev19/author19b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import (baris, cap_lama, disabilitas, disabilitas_jumlah, dok, dpt_kab, DPT_HEAD, id_dec, id_int,  # noqa: E402
                      jenis, r_blokir, r_filter, r_halaman, r_portal, r_ruas, r_tab, r_templat, rb_std, revisi_dipa,
                      ribuan, riwayat, SALAH_REF, sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan,
                      sumber, tahun_lalu, tte)
from lib import tulis  # noqa: E402

RIBU_HEAD = ("Kode", "Program / Kegiatan", "Pagu (Rp 000)", "Realisasi (Rp 000)", "Sisa (Rp 000)", "Serapan (%)")


def nagekeo_2024():
    """Nagekeo 2024: an electronically signed PDF's text, the BSrE footer on every page."""
    c, d = dok("lkj-nagekeo-2024", "Nagekeo", "Mbay|31 Januari 2025|Hendrikus Dhae, S.E.|19790415 200604 1 012",
               ["Nama berkas: LKJ_KPU_NAGEKEO_2024_ttd_elektronik.pdf"])
    R = r_halaman(5)
    rows = cap_lama("5316", 2024, baris("partisipasi 77.5 81.37, pemutakhiran 100 100, kompetensi 85 86.9"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 25.1)
    d.P(f"Hasil evaluasi Reformasi Birokrasi tahun 2024 memberikan nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])}, setara {id_dec(nb[2])} persen.")
    sec_anggaran(d, R, "u19nk24", sel=ribuan, head=RIBU_HEAD,
                 pre="Pagu DIPA Tahun Anggaran 2024 setelah revisi dan realisasinya per program dan kegiatan, "
                     "dalam ribuan rupiah:")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024 (dalam ribuan rupiah).")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2024 direvisi sebanyak {k} kali" +
                (f"; pagu pada DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Nagekeo 2024 per kecamatan, ditetapkan dalam rapat pleno "
                "terbuka bulan September 2024:")
    sumber(d)
    tps, l, p, t = dpt_kab(d, "pemilu", 2024)
    d.P(f"Sebelumnya, DPT Pemilu 14 Februari 2024 Kabupaten Nagekeo ditetapkan {id_int(t)} pemilih "
        f"({id_int(l)} laki-laki, {id_int(p)} perempuan) di {id_int(tps)} TPS.")
    selesai(d, c)
    d.lines = tte(d.lines, "5316-LKJ24-7Q2F-0131")
    d.write()


def lembar_mt(cap):
    """The sheet tabs under a Manggarai Timur table, the table's own sheet in brackets."""
    nama = ["Capaian", "SAKIP", "RB", "Anggaran", "DPT"]
    aktif = {"3.1": "Capaian", "3.2": "SAKIP", "3.2a": "RB", "3.3": "Anggaran", "3.4": "DPT"}[cap.split(" ")[1]]
    return "  ".join(f"[{n}]" if n == aktif else n for n in nama)


def manggarai_timur_2024():
    """Manggarai Timur 2024: Excel sheets with AutoFilter marks and the status bar."""
    c, d = dok("lkj-manggarai-timur-2024", "Manggarai Timur", "Borong|29 Januari 2025|Kornelis Jaru, S.Sos.|19780122 200604 1 010",
               ["LAPORAN KINERJA 2024", "KPU KABUPATEN MANGGARAI TIMUR"])
    d.P("Tabel bab ini dicetak langsung dari buku kerja Excel Subbagian Perencanaan beserta baris status "
        "lembar kerja; angka pada baris status adalah hitungan otomatis kolom yang sedang dipilih.")
    R = r_filter(lembar_mt)
    rows = cap_lama("5319", 2024, baris("partisipasi 77.5 79.88, pemutakhiran 100 100, kompetensi 85 86.4"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 24.2)
    R(d, "Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2024", ("Uraian", "Nilai", "Bobot", "Persentase (%)"),
      [["Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    sec_anggaran(d, R, "u19mt24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2024 mengalami {k} kali revisi" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    d.P("Nilai Barang Milik Negara pada neraca per 31 Desember 2024 tercatat Rp6.912.347.880; angka ini adalah "
        "nilai aset dan bukan realisasi anggaran.")
    sec_dpt(d, R, "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 per kecamatan yang ditetapkan dalam rapat pleno terbuka tanggal 21 Juni 2023:")
    sumber(d)
    selesai(d, c)


def sabu_raijua_2020():
    """Sabu Raijua 2020: every table a dataset page of the open-data portal."""
    c, d = dok("lkj-sabu-raijua-2020", "Sabu Raijua", "Menia|27 Januari 2021|Yohanis Rihi Jara, S.E.|19790527 200604 1 009",
               ["LAPORAN KINERJA", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2020"])
    d.P("Seluruh data tabel bab ini juga diterbitkan sebagai dataset terbuka pada portal Satu Data; yang dicetak "
        "di sini adalah halaman dataset dari portal itu, termasuk kamus data dan pratinjau datanya.")
    R = r_portal("KPU Kabupaten Sabu Raijua", "12 Januari 2021", lambda cap: 19 + len(cap) % 23)
    rows = cap_lama("5320", 2020, baris("partisipasi 77.5 80.21, pemutakhiran 100 100, kompetensi 80 81.3"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2019)
    (y0, v0), = riwayat(d, [2018])
    d.P(f"Hasil Evaluasi AKIP Tahun {y0} sebelumnya memberi nilai {id_dec(v0)}.")
    sec_anggaran(d, R, "u19sr20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Pada Tahun Anggaran {y} pagu Satker Rp{id_int(p)} terealisasi Rp{id_int(x)} "
            f"(serapan {id_dec(serapan(p, x))} persen).")
    d.P("Penerimaan Negara Bukan Pajak yang disetor selama 2020 sebesar Rp1.475.000 (sewa aula) tidak termasuk "
        "realisasi belanja.")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sabu Raijua 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def malaka_2020():
    """Malaka 2020: the KPU RI template with guidance lines and example rows left in."""
    c, d = dok("lkj-malaka-2020", "Malaka", "Betun|28 Januari 2021|Agustinus Seran Bria, S.Sos.|19781208 200604 1 006",
               ["LAPORAN KINERJA", "KPU KABUPATEN «NAMA KABUPATEN/KOTA»", "TAHUN «TAHUN LAPORAN»", "",
                "[templat LKj satuan kerja – versi 2020]"])
    rows = cap_lama("5321", 2020, baris("partisipasi 77.5 79.41, pemutakhiran 100 100, kompetensi 80 81.8"))
    sec_capaian(d, c, r_templat, rows, ["partisipasi"])
    sec_sakip(d, r_templat, 2019)
    ys = riwayat(d, [2017, 2018])
    d.P("Nilai evaluasi tahun-tahun sebelumnya: " + "; ".join(f"Hasil Evaluasi AKIP Tahun {y} {id_dec(v)}" for y, v in ys) + ".")
    sec_anggaran(d, r_templat, "u19ml20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2020 mengalami {k} kali revisi" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_templat, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Malaka 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def kota_kupang_2024():
    """Kota Kupang 2024: broken Word fields (caption numbers, total-row sums); totals in prose."""
    c, d = dok("lkj-kota-kupang-2024", "Kota Kupang", "Kupang|30 Januari 2025|Yosafat Koli, S.H.|19800909 200604 1 014",
               ["LAPORAN KINERJA", "KPU KOTA KUPANG", "TAHUN ANGGARAN 2024"])
    d.P(f"Ringkasan capaian disajikan pada {SALAH_REF} Rincian setiap tabel diuraikan di bawah ini.")
    rows = cap_lama("5371", 2024, baris("partisipasi 77.5 78.92, pemutakhiran 100 100, kompetensi 85 86.1"))
    sec_capaian(d, c, r_ruas, rows, ["partisipasi"])
    s = sec_sakip(d, r_ruas, 2023)
    d.P(f"Nilai akhir Hasil Evaluasi AKIP Tahun 2023 adalah {id_dec(s)}, jumlah nilai keempat komponen di atas.")
    nb = rb_std(d, 2024, 24.9)
    r_ruas(d, "Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2024", ("No", "Uraian", "Nilai", "Bobot", "Persentase (%)"),
           [[1, "Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    p, x = sec_anggaran(d, r_ruas, "u19kk24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    d.P(f"Secara keseluruhan pagu DIPA Tahun Anggaran 2024 sebesar Rp{id_int(p)} terealisasi Rp{id_int(x)}, "
        f"sehingga sisa anggaran Rp{id_int(p - x)}.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2024 direvisi sebanyak {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    kec = sec_dpt(d, r_ruas, "pilkada", 2024, label="JUMLAH",
                  pre="DPT Pemilihan Walikota dan Wakil Walikota Kupang 2024 per kecamatan:")
    sumber(d)
    l, pp = sum(k[3] for k in kec), sum(k[4] for k in kec)
    d.P(f"Jumlah DPT Kota Kupang pada Pemilihan 2024 adalah {id_int(l + pp)} pemilih, terdiri atas {id_int(l)} "
        f"laki-laki dan {id_int(pp)} perempuan. Pada hari pemungutan suara tercatat pula 2.318 pemilih tambahan "
        "(DPTb) dan 977 pemilih khusus (DPK) di luar DPT.")
    selesai(d, c)


SIDALIH_HEAD = DPT_HEAD + ("L", "P", "L+P")


def r_sidalih(d, cap, head, rows):
    """Sikka's tables: the budget with Blokir and Pagu Efektif (r_blokir); the DPT as SIDALIH's recap
    prints it, a group line (`Pemilih` over L, P, L+P; `Pemilih Disabilitas` over the next three)
    over the header; other tables plain."""
    k = jenis(head)
    if k == "ang":
        return r_blokir(d, cap, head, rows)
    if k != "dpt":
        return r_tab(d, cap, head, rows)
    rows = disabilitas_jumlah([list(x) for x in rows])
    d.L(cap, "Model A-Rekap DPT (SIDALIH) | Tahapan: Penetapan DPT", "")
    d.R("", "", "", "", "Pemilih", "", "", "Pemilih Disabilitas", "", "")
    d.R(*head)
    for x in rows:
        d.R(*x)
    d.B()


def sikka_2023():
    """Sikka 2023 (LKjIP): SIDALIH disability columns, blocked budget."""
    c, d = dok("lkjip-sikka-2023", "Sikka", "Maumere|30 Januari 2024|Maria Yasinta Mbele, S.E.|19800412 200604 2 013",
               ["LKjIP", "KPU KABUPATEN SIKKA", "2023"])
    rows = cap_lama("5307", 2023, baris("partisipasi 77.5 80.66, pemutakhiran 100 100, kompetensi 85 86.5"))
    sec_capaian(d, c, r_sidalih, rows, ["partisipasi"])
    sec_sakip(d, r_sidalih, 2022)
    sec_anggaran(d, r_sidalih, "u19sk23",
                 pre="Pagu DIPA Tahun Anggaran 2023 setelah revisi beserta blokir anggaran dan realisasinya menurut "
                     "program dan kegiatan (dalam rupiah). Pagu efektif adalah pagu dikurangi blokir.")
    sumber(d, "Sumber: SAKTI dan OM-SPAN per 31 Desember 2023.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2023 mengalami {k} kali revisi" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_sidalih, "pemilu", 2024, label="JUMLAH", sel=disabilitas, head=SIDALIH_HEAD,
            pre="DPT Pemilu 2024 per kecamatan yang ditetapkan dalam rapat pleno terbuka tanggal 21 Juni 2023, "
                "dengan rincian pemilih penyandang disabilitas yang termasuk di dalamnya:")
    sumber(d, "Sumber: SIDALIH, rekapitulasi DPT tingkat kabupaten.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(nagekeo_2024, manggarai_timur_2024, sabu_raijua_2020, malaka_2020, kota_kupang_2024, sikka_2023)
