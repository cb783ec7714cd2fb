#!/usr/bin/env python3
# dev21/ documents 7-12, each in a house style no earlier batch used: TTU 2021 (the DPT printed by the
# logistics application beside the logistics it calls for), Sumba Barat 2023 (one small budget table per program, the grand
# total only in a sentence), Malaka 2022 (accountant's rule rows), Nagekeo 2022 (Word tables switched to
# right-to-left: columns mirrored), Lembata 2020 (Word's "Save as Plain Text" with line breaks at 80
# characters), Ngada 2023 (the DPT beside the voters who used their right and the turnout per kecamatan).
# Run from etl/eval/testdata/blind/:   python3 dev21/author21b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common21 import (bagi_pakai, baris, bulat_ribu, cap_lama, dok, id_dec, id_int, polos, predikat,  # noqa: E402
                      r_akuntan, r_cermin, r_logistik, r_partisipasi, r_per_program, r_tab, rb_std, revisi_baru, revisi_dipa, ribuan, riwayat, sec_anggaran,
                      sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402
import common11  # noqa: E402


def ttu_2021():
    """TTU 2021: the DPT table as the logistics application prints it, voters beside the ballots, boxes,
    booths and ink they call for."""
    c, d = dok("lkj-ttu-2021", "Timor Tengah Utara", "Kefamenanu|25 Januari 2022|Gregorius Taek, S.Sos.|19790226 200604 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN ANGGARAN 2021"], W=96)
    R = r_logistik("pilkada")
    rows = cap_lama("5303", 2021, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 23.0)
    d.P(f"Hasil evaluasi Reformasi Birokrasi 2021: nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u21tu21")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    revisi_dipa(d, lambda k, a: f"DIPA 2021 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="Data pemilih terakhir yang ditetapkan adalah DPT Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara "
                "Tahun 2020. Tabel berikut dicetak dari aplikasi SILOG dan memuat pula kebutuhan logistik yang dihitung "
                "dari DPT (surat suara sejumlah DPT ditambah 2,5 persen cadangan; satu kotak suara, empat bilik suara dan "
                "dua botol tinta untuk setiap TPS).")
    sumber(d, "Sumber: SILOG KPU, Rekapitulasi Kebutuhan Logistik Pemilihan 2020 (dicetak 14 Januari 2022).")
    selesai(d, c)


def sumba_barat_2023():
    """Sumba Barat 2023: one small budget table per program with its `Jumlah Program` line, the grand total
    in a sentence; the capaian in two small tables, one per sasaran."""
    c, d = dok("lkj-sumba-barat-2023", "Sumba Barat", "Waikabubak|29 Januari 2024|Yohanes Bili Kaka, S.Sos.|19790301 200502 1 006",
               ["LKj 2023", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA BARAT"], W=92)
    rows = cap_lama("5312", 2023, baris("partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, r_per_program, rows, ["partisipasi"])
    sec_sakip(d, r_per_program, 2022)
    sec_anggaran(d, r_per_program, "u21sb23",
                 pre="Pagu dan realisasi anggaran 2023 disajikan per program; setiap tabel memuat kegiatan dalam program "
                     "tersebut dan jumlahnya (dalam rupiah).")
    ulang(d, lambda p, x, q: f"Secara keseluruhan, pagu DIPA Tahun Anggaran 2023 sebesar Rp{p} terealisasi Rp{x} "
          f"atau {id_dec(q)}%.")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada Tahun Anggaran {y} realisasi tercatat Rp{id_int(x)} dari pagu Rp{id_int(p)} ({id_dec(serapan(p, x))}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2023 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_per_program, "pilkada", 2020, label="Jumlah",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def malaka_2022():
    """Malaka 2022: accountant's rule rows (dashes under the header, a single rule before the total, a
    double rule under it) in every table; the budget in thousands of rupiah."""
    c, d = dok("lkj-malaka-2022", "Malaka", "Betun|27 Januari 2023|Agustinus Seran Klau, S.E.|19781110 200604 1 013",
               ["LAPORAN KINERJA", "KPU KABUPATEN MALAKA", "Periode Januari s.d. Desember 2022"], W=88)
    rows = cap_lama("5321", 2022, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 82.5"))
    sec_capaian(d, c, r_akuntan, rows, ["partisipasi"])
    sec_sakip(d, r_akuntan, 2021)
    (y0, v0), = riwayat(d, [2020])
    d.P(f"Pada Hasil Evaluasi AKIP Tahun {y0} Satker memperoleh {id_dec(v0)} ({predikat(v0)}).")
    nb = rb_std(d, 2022, 22.7)
    d.P(f"Reformasi Birokrasi 2022 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, atau {id_dec(nb[2])} persen.")
    sec_anggaran(d, r_akuntan, "u21ml22", sel=ribuan, total="Jumlah",
                 pre="Pagu DIPA Tahun Anggaran 2022 setelah revisi dan realisasinya menurut program dan kegiatan, "
                     "dalam ribuan rupiah (Rp 000):")
    assert bulat_ribu(d)
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2022.")
    t = next(a for a in d.t["anggaran"] if a["kode"] == "TOTAL" and a["tahun"] == 2022)
    P, X = t["pagu"] // 1000, t["realisasi"] // 1000
    peg_p, mod_p = P * 41 // 100, P * 6 // 100
    peg_x, mod_x = peg_p * 99 // 100, mod_p
    jb = [("51", "Belanja Pegawai", peg_p, peg_x), ("52", "Belanja Barang", P - peg_p - mod_p, X - peg_x - mod_x),
          ("53", "Belanja Modal", mod_p, mod_x)]
    d.P("Menurut jenis belanja, pagu dan realisasi yang sama terbagi sebagai berikut (ribuan rupiah):")
    r_akuntan(d, "Tabel 3.3a Realisasi Anggaran 2022 menurut Jenis Belanja",
              ("Kode", "Jenis Belanja", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
              [[k, n, id_int(a), id_int(b), id_int(a - b), id_dec(serapan(a, b))] for k, n, a, b in jb] +
              [["", "Jumlah", id_int(P), id_int(X), id_int(P - X), id_dec(serapan(P, X))]])
    d.P("Penerimaan Negara Bukan Pajak tahun 2022 sebesar Rp1.960.000 (sewa aula) telah disetor ke kas negara.")
    revisi_dipa(d, lambda k, a: f"DIPA 2022 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_akuntan, "pilkada", 2020, label="Jumlah",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Malaka Tahun 2020 per kecamatan:")
    sumber(d)
    selesai(d, c)


def nagekeo_2022():
    """Nagekeo 2022: every Word table switched to right-to-left, so its columns stand mirrored."""
    c, d = dok("lkjip-nagekeo-2022", "Nagekeo", "Mbay|26 Januari 2023|Kristoforus Dhae, S.Sos.|19800617 200604 1 009",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN NAGEKEO", "TAHUN 2022"], W=100)
    rows = cap_lama("5316", 2022, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.8"))
    sec_capaian(d, c, r_cermin, rows, ["partisipasi"])
    sec_sakip(d, r_cermin, 2021)
    nb = rb_std(d, 2022, 22.5)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2022 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, r_cermin, "u21ng22", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2022.")
    revisi_dipa(d, lambda k, a: f"DIPA 2022 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_cermin, "pemilu", 2019, label="JUMLAH",
            pre="Data pemilih terakhir yang ditetapkan adalah DPT Pemilu 2019 Kabupaten Nagekeo per kecamatan:")
    sumber(d)
    selesai(d, c)


def lembata_2020():
    """Lembata 2020: Word's "Save as Plain Text" with line breaks inserted at 80 characters: every TAB row
    longer than that broken at its last space or TAB before the limit, the rest on the next line."""
    c, d = dok("lkj-lembata-2020", "Lembata", "Lewoleba|25 Januari 2021|Aloysius Lelaona Tuwan, S.E.|19800805 200604 1 014",
               ["LAPORAN KINERJA", "KPU KABUPATEN LEMBATA", "TAHUN", "2020"], W=78)
    rows = cap_lama("5313", 2020, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, r_tab, rows, ["partisipasi"])
    sec_sakip(d, r_tab, 2019)
    sec_anggaran(d, r_tab, "u21lb20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    revisi_dipa(d, lambda k, a: f"DIPA 2020 direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_tab, "pemilu", 2019, label="Jumlah",
            pre="DPT Pemilu 2019 Kabupaten Lembata per kecamatan (DPTHP-3):")
    sumber(d)
    tulis_ = d.write
    d.write = lambda: (polos(d, 80), tulis_())
    selesai(d, c)


def ngada_2023():
    """Ngada 2023: the DPT of the Pilkada 2020 beside the voters who used their right (L, P, Jumlah) and the
    turnout per kecamatan, as the rekapitulasi gives them; BAB III's budget figures also rounded in prose."""
    c, d = dok("lkj-ngada-2023", "Ngada", "Bajawa|30 Januari 2024|Fransiskus Wolo, S.Sos.|19790920 200604 1 011",
               ["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "TAHUN 2023"], W=94)
    kec = common11.kec_lama("5309", "pilkada", 2020)
    pakai = bagi_pakai(kec, 89867, 3)  # 81,46 % of 110.320, the turnout the corpus states for Ngada 2020
    R = r_partisipasi(pakai)
    rows = cap_lama("5309", 2023, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 82.1"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 23.3)
    d.P(f"Evaluasi Reformasi Birokrasi 2023 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u21nd23")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2023.")
    t = next(a for a in d.t["anggaran"] if a["kode"] == "TOTAL" and a["tahun"] == 2023)
    d.P(f"Secara ringkas, pagu sekitar Rp{id_dec(t['pagu'] / 1e9, 2)} miliar terserap kurang lebih "
        f"{id_dec(t['serapan_hitung'], 1)} persen; sisa anggaran terutama berasal dari efisiensi belanja perjalanan dinas.")
    revisi_baru(d, 5, -236_800_000, lambda k, a: f"Sepanjang 2023 DIPA direvisi sebanyak {k} kali; pagu DIPA awal tercatat "
                f"Rp{a}, kemudian berkurang karena penghematan belanja (pemblokiran).")
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="Data pemilih per kecamatan yang terakhir ditetapkan sebelum Pemilu 2024 adalah DPT Pemilihan Bupati dan "
                "Wakil Bupati Ngada Tahun 2020. Tabel berikut menyandingkannya dengan jumlah pengguna hak pilih hasil "
                "rekapitulasi, sehingga tingkat partisipasi per kecamatan dapat dibaca (pengguna hak pilih dibagi DPT).")
    sumber(d, "Sumber: Keputusan KPU Kabupaten Ngada tentang Penetapan DPT dan Rekapitulasi Hasil Penghitungan Suara "
              "Pemilihan 2020 (Model D.Hasil Kabupaten).")
    d.P("Pengguna hak pilih tersebut sudah termasuk pemilih DPTb dan DPK yang menggunakan hak pilihnya di TPS.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(ttu_2021, sumba_barat_2023, malaka_2022, nagekeo_2022, lembata_2020, ngada_2023)
