#!/usr/bin/env python3
# dev18/ documents 1-6: Ngada 2024 (an application grid's printout, long text cells cut with `…`),
# Rote Ndao 2024 (flattened: the PHP application's `print_r` debug output), Manggarai Barat 2023
# (an old finance form: amounts over `Rp` and `Sen` columns, circled row numbers, `∑` total), Manggarai
# Timur 2020 (figures printed as protected fields, `Rp****2.981.442.000`), Sabu Raijua 2022
# (flattened: Word's formatting marks shown, `¤` `¶` `·`), TTU 2020 (realisasi fisik beside realisasi
# keuangan in the budget, a sex-ratio column in the DPT).
# Run from etl/eval/testdata/blind/:   python3 dev18/author18a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common18 import (baris, cap_lama, dok, dpt_kab, DPT_HEAD, id_dec, id_int, r_cek, r_potong, r_printr, r_sen,  # noqa: E402
                      r_tab, r_tanda, rb_std, revisi_dipa, ribuan, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      ribu, sec_sakip, selesai, serapan, sumber, tahun_lalu, tanda)
from lib import tulis  # noqa: E402

RIBU_HEAD = ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)")


def ngada_2024():
    """Ngada 2024: an application grid's printout, long text cells cut; budget in thousands."""
    c, d = dok("lkj-ngada-2024", "Ngada", "Bajawa|30 Januari 2025|Maria Goreti Wea, S.E.|19800316 200604 2 011",
               ["LAPORAN", "KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN NGADA", "TAHUN ANGGARAN", "2024"])
    d.P("Tabel bab ini dicetak langsung dari tampilan grid aplikasi e-Kinerja; kolom teks pada grid berlebar tetap, "
        "sehingga uraian yang panjang terpotong dan diakhiri tanda elipsis.")
    R = r_potong(40)
    rows = cap_lama("5309", 2024, baris("partisipasi 77.5 80.14, pemutakhiran 100 100, kompetensi 85 86.2"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 25.4)
    d.P(f"Evaluasi pelaksanaan Reformasi Birokrasi tahun 2024 memberikan nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])}, atau {id_dec(nb[2])} persen.")
    sec_anggaran(d, R, "u18ng24", sel=ribuan, head=RIBU_HEAD,
                 pre="Pagu DIPA Tahun Anggaran 2024 setelah revisi dan realisasinya menurut program dan kegiatan "
                     "disajikan dalam ribuan rupiah (Rp 000).")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024, diolah (dalam ribuan rupiah).")
    revisi_dipa(d, lambda k, a: f"Sepanjang tahun 2024 DIPA Satker direvisi sebanyak {k} kali; pagu pada DIPA awal "
                                f"adalah Rp{a}." if a else f"Sepanjang tahun 2024 DIPA Satker direvisi sebanyak {k} kali.")
    d.P("Penerimaan Negara Bukan Pajak yang disetor selama 2024 berjumlah Rp4.215.600, berasal dari sewa ruang "
        "rapat dan penjualan dokumen lelang; penerimaan itu tidak dihitung sebagai realisasi belanja.")
    sec_dpt(d, R, "pilkada", 2024, label="JUMLAH",
            pre="DPT Pemilihan Serentak 2024 per kecamatan yang ditetapkan dalam rapat pleno terbuka:")
    sumber(d)
    tps, l, p, t = dpt_kab(d, "pemilu", 2024)
    d.P(f"Untuk Pemilu 14 Februari 2024, DPT Kabupaten Ngada ditetapkan {id_int(t)} pemilih, terdiri atas "
        f"{id_int(l)} laki-laki dan {id_int(p)} perempuan, tersebar di {id_int(tps)} TPS.")
    selesai(d, c)


def rote_ndao_2024():
    """Rote Ndao 2024 (flattened): every table the PHP application's print_r output."""
    c, d = dok("lkj-rote-ndao-2024", "Rote Ndao", "Ba'a|29 Januari 2025|Yunus Ndolu, S.Sos.|19780604 200501 1 013",
               ["LKj_KPU_RoteNdao_TA2024_final.docx"], flat=True)
    d.P("Aplikasi e-Kinerja Sekretariat belum menyediakan fitur cetak tabel; data tabel bab ini disalin operator dari "
        "keluaran debug aplikasi (print_r) apa adanya, satu blok untuk setiap baris data.")
    rows = cap_lama("5314", 2024, baris("partisipasi 77.5 79.66, pemutakhiran 100 100, kompetensi 85 87.1"))
    sec_capaian(d, c, r_printr, rows, ["partisipasi"])
    sec_sakip(d, r_printr, 2023)
    nb = rb_std(d, 2024, 24.6)
    r_printr(d, "Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2024", ("No", "Uraian", "Nilai", "Bobot", "Persentase (%)"),
           [[1, "Nilai Evaluasi Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    sec_anggaran(d, r_printr, "u18rn24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    sec_dpt(d, r_printr, "pemilu", 2024, label="JUMLAH")
    sumber(d)
    d.P("Pada hari pemungutan suara juga tercatat 1.312 pemilih tambahan (DPTb) dan 684 pemilih khusus (DPK); "
        "keduanya tidak termasuk DPT di atas.")
    selesai(d, c)


def manggarai_barat_2023():
    """Manggarai Barat 2023: an old finance form (Rp and Sen columns, circled numbers, ∑ total)."""
    c, d = dok("lkj-manggarai-barat-2023", "Manggarai Barat", "Labuan Bajo|31 Januari 2024|Stefanus Dangu, S.H.|19790822 200604 1 015",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "Periode 1 Januari s.d. 31 Desember 2023"])
    d.P("Tabel bab ini mengikuti format blanko lama Subbagian Keuangan: rupiah dan sen pada kolom terpisah, nomor "
        "urut dilingkari, baris jumlah ditandai lambang sigma.")
    rows = cap_lama("5315", 2023, baris("partisipasi 77.5 78.94, pemutakhiran 100 100, kompetensi 85 86.7"))
    sec_capaian(d, c, r_sen, rows, ["partisipasi"])
    sec_sakip(d, r_sen, 2022)
    nb = rb_std(d, 2023, 23.9)
    d.P(f"Nilai evaluasi Reformasi Birokrasi tahun 2023 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    sec_anggaran(d, r_sen, "u18mb23")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    sec_dpt(d, r_sen, "pemilu", 2024, label="JUMLAH",
            pre="DPT Pemilu 2024 per kecamatan, ditetapkan dalam rapat pleno terbuka tanggal 21 Juni 2023:")
    sumber(d)
    selesai(d, c)


def manggarai_timur_2020():
    """Manggarai Timur 2020: figures printed as protected fields."""
    c, d = dok("lkj-manggarai-timur-2020", "Manggarai Timur", "Borong|28 Januari 2021|Kornelis Jaru, S.Sos.|19780122 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR", "TAHUN ANGGARAN 2020"])
    d.P("Tabel bab ini dicetak dari aplikasi keuangan Sekretariat; angka dicetak sebagai ruas terlindung, diawali "
        "tanda bintang agar tidak dapat ditambah angka lain.")
    rows = cap_lama("5319", 2020, baris("partisipasi 77.5 80.31, pemutakhiran 100 100, kompetensi 80 82.6"))
    sec_capaian(d, c, r_cek, rows, ["partisipasi"])
    sec_sakip(d, r_cek, 2019)
    nb = rb_std(d, 2020, 22.8)
    r_cek(d, "Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2020", ("Uraian", "Nilai", "Bobot", "Persentase (%)"),
          [["Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    sec_anggaran(d, r_cek, "u18mt20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2020 mengalami {k} kali revisi" +
                (f"; pagu DIPA awal Rp{a}." if a else "."))
    d.P("Nilai Barang Milik Negara pada neraca per 31 Desember 2020 tercatat Rp3.846.120.450; angka ini adalah "
        "nilai aset, bukan realisasi anggaran.")
    sec_dpt(d, r_cek, "pemilu", 2019, label="JUMLAH",
            pre="Data pemilih terakhir sebelum tahun laporan adalah DPT Pemilu 2019 per kecamatan:")
    sumber(d)
    selesai(d, c)


def sabu_raijua_2022():
    """Sabu Raijua 2022 (flattened): Word's formatting marks shown."""
    c, d = dok("lkj-sabu-raijua-2022", "Sabu Raijua", "Menia|27 Januari 2023|Yohanis Rihi Jara, S.E.|19790527 200604 1 009",
               ["LAPORAN KINERJA", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2022"], flat=True)
    rows = cap_lama("5320", 2022, baris("partisipasi 77.5 79.03, pemutakhiran 100 100, kompetensi 80 81.4"))
    sec_capaian(d, c, r_tanda, rows, ["kompetensi"])
    sec_sakip(d, r_tanda, 2021)
    (y0, v0), = riwayat(d, [2020])
    d.P(f"Sebagai pembanding, Hasil Evaluasi AKIP Tahun {y0} memberi nilai {id_dec(v0)}.")
    nb = rb_std(d, 2021, 22.1)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2021 memberi nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    sec_anggaran(d, r_tanda, "u18sr22")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2022.")
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada Tahun Anggaran {y} pagu Satker sebesar Rp{id_int(p)} dengan realisasi Rp{id_int(x)} "
              f"(serapan {id_dec(serapan(p, x))} persen).")
    sec_dpt(d, r_tanda, "pilkada", 2020, label="JUMLAH",
            pre="DPT terakhir yang ditetapkan adalah DPT Pemilihan Bupati dan Wakil Bupati 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)
    d.lines = tanda(d.lines)
    d.write()


def fisik(k, nm, p, x, lv):
    """Budget cells with realisasi fisik beside realisasi keuangan (thousands of rupiah): the physical
    progress percent is the kegiatan's own measure, never the serapan."""
    sr = serapan(p, x)
    fs = min(100.0, round(sr + 1.75 + (len(nm) % 4) * 0.5, 2))
    return [k, nm, ribu(p), ribu(x), id_dec(sr), id_dec(fs), ribu(p - x)]


def rasio(i, n, de, t, a, b):
    """DPT cells with the sex ratio (L per 100 P) after L+P."""
    return [i, n, de, t, id_int(a), id_int(b), id_int(a + b), id_dec(a / b * 100)]


def ttu_2020():
    """TTU 2020: realisasi fisik beside keuangan; a sex-ratio column in the DPT."""
    c, d = dok("lkjip-ttu-2020", "Timor Tengah Utara", "Kefamenanu|29 Januari 2021|Yoseph Sasi, S.E.|19790711 200501 1 007",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN TIMOR TENGAH UTARA", "2020"])
    rows = cap_lama("5303", 2020, baris("partisipasi 77.5 78.66, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, r_tab, rows, ["partisipasi"])
    sec_sakip(d, r_tab, 2019)
    sec_anggaran(d, r_tab, "u18tu20", sel=fisik,
                 head=("Kode", "Program / Kegiatan", "Pagu (Rp 000)", "Realisasi Keuangan (Rp 000)",
                       "Realisasi Keuangan (%)", "Realisasi Fisik (%)", "Sisa (Rp 000)"),
                 pre="Pagu DIPA Tahun Anggaran 2020 setelah revisi beserta realisasi keuangan dan realisasi fisik "
                     "kegiatan, dalam ribuan rupiah. Realisasi fisik adalah kemajuan pekerjaan menurut laporan "
                     "penanggung jawab kegiatan.")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020 (keuangan); laporan kemajuan kegiatan (fisik).")
    sec_dpt(d, r_tab, "pilkada", 2020, label="JUMLAH", sel=rasio, head=DPT_HEAD + ("Rasio JK",),
            pre="DPT Pemilihan Bupati dan Wakil Bupati 2020 per kecamatan yang ditetapkan dalam rapat pleno terbuka; "
                "Rasio JK adalah banyaknya pemilih laki-laki per 100 pemilih perempuan:")
    sumber(d)
    d.P("Pada hari pemungutan suara 9 Desember 2020 juga menggunakan hak pilih 2.147 pemilih pindahan (DPPh) dan "
        "1.093 pemilih tambahan (DPTb); mereka tidak termasuk DPT di atas.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(ngada_2024, rote_ndao_2024, manggarai_barat_2023, manggarai_timur_2020, sabu_raijua_2022, ttu_2020)
