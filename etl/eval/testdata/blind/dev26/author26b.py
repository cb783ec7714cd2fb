#!/usr/bin/env python3
# dev26/ documents 7-12: each a house style no earlier batch used (checked against every
# dev*/README.md and dev25/README.md); the other tables of each document plain TAB.
# Run from etl/eval/testdata/blind/:   python3 dev26/author26b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common26 import (baris, cap_lama, dok, id_dec, id_int, persen_sel, predikat, r_ics, r_kerangka, r_pdftk, r_spss,  # noqa: E402
                      r_toml, r_trello, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def ttu_2021():
    """TTU 2021: the Pilkada 2020 DPT as the office's shared calendar exported to `.ics`: one VEVENT a
    plenary meeting (a PPK's rekapitulasi, the kabupaten's penetapan last), the result in its DESCRIPTION
    (TPS, L, P, jumlah; `\\,` escapes, lines folded at 75 characters); `TAHUN ANGGARAN 2021`; other tables
    plain TAB."""
    c, d = dok("lkj-ttu-2021", "Timor Tengah Utara", "Kefamenanu|26 Januari 2022|Wilhelmus Taek, S.H.|19760418 200312 1 006",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH UTARA", "TAHUN ANGGARAN 2021"], W=93)
    R = r_ics("Pleno KPU TTU 2020", lambda i: f"202010{5 + (i - 1) // 8:02d}T{9 + (i - 1) % 8:02d}0000",
              "20201012T100000")
    rows = cap_lama("5303", 2021, baris("partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 80.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 22.2)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2021 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u26tu21", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2021.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada TA {y}, tahun Pemilihan, pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    sec_dpt(d, R, "pilkada", 2020, pre=(
        "DPT Pemilihan Bupati dan Wakil Bupati Timor Tengah Utara Tahun 2020 direkap pada formulir Model A-Rekap "
        "melalui rapat pleno PPK di setiap kecamatan, lalu ditetapkan dalam rapat pleno terbuka KPU Kabupaten. Operator "
        "data mencatat hasil setiap rapat pada kalender bersama kantor; ekspor kalender itu disalin di bawah ini."))
    sumber(d, "Sumber: Subbagian Perencanaan, Data dan Informasi.")
    selesai(d, c)


def alor_2022():
    """Alor 2022: the budget as the TOML data file of the office's web site (`[anggaran.total]`,
    `[[anggaran.program]]`, `[[anggaran.program.kegiatan]]`, bare integers, `serapan = 95.19`); a PNBP
    sentence (no fact); SAKIP of 2021 with components and 2020 in prose; the Pemilu 2019 DPT."""
    c, d = dok("lkj-alor-2022", "Alor", "Kalabahi|25 Januari 2023|Yusuf Lamma, S.Sos.|19790822 200604 1 015",
               ["LAPORAN KINERJA", "KPU KABUPATEN ALOR", "TAHUN 2022"], W=94)
    R = r_toml("data/lkj/anggaran-2022.toml", "SAKTI, 31 Desember 2022")
    rows = cap_lama("5305", 2022, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    for y, v in riwayat(d, [2020]):
        d.P(f"Setahun sebelumnya, atas kinerja tahun {y}, nilai yang diperoleh {id_dec(v)} ({predikat(v)}).")
    nb = rb_std(d, 2022, 22.4)
    d.P(f"Reformasi Birokrasi tahun 2022: nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u26al22", total="Jumlah", pre=(
        "Tabel realisasi anggaran pada halaman laporan di situs web kantor dibangun dari berkas data berikut; "
        "berkas itu disalin utuh ke dalam laporan ini agar angka di situs dan di laporan sama."))
    ulang(d, lambda p, x, q: f"Dengan kata lain, pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_semua(d)
    d.P("Selain belanja, kantor menyetor Penerimaan Negara Bukan Pajak (jasa giro dan pengembalian belanja) sebesar "
        "Rp4.318.750 ke kas negara; penerimaan ini bukan bagian dari realisasi anggaran.")
    sec_dpt(d, R, "pemilu", 2019, pre="DPT Pemilu 2019 Kabupaten Alor per kecamatan:")
    sumber(d)
    selesai(d, c)


def flotim_2020():
    """Flores Timur 2020: the capaian as the planning unit's Trello board printed (lists `TERCAPAI` /
    `BELUM TERCAPAI`, one card an indicator with `Target:` `Realisasi:` `Capaian:` fields); `LAKIP`; a
    BMN asset figure (no fact); the Pemilu 2019 DPT; other tables plain TAB."""
    c, d = dok("lakip-flores-timur-2020", "Flores Timur", "Larantuka|28 Januari 2021|Petrus Kia Lein, S.Sos.|19780509 200604 1 013",
               ["LAKIP", "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN FLORES TIMUR", "TAHUN 2020"],
               W=92)
    R = r_trello("\"IKU & PK 2020 - Subbag Program dan Data\"", "11 Januari 2021 pukul 09.42 WITA", None)
    rows = cap_lama("5306", 2020, baris("partisipasi 77.5 79.9, pemutakhiran 100 100, kompetensi 80 80.3"))
    d.P("Pemantauan capaian indikator dilakukan pada papan kerja daring Subbagian Program dan Data; setiap kartu "
        "memuat satu indikator dengan target, realisasi dan capaiannya. Cetakan papan per akhir tahun:")
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u26ft20", total="JUMLAH")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Realisasi belanja Rp{x} dari pagu Rp{p}, atau {id_dec(q)}%.")
    revisi_semua(d)
    d.P("Nilai Barang Milik Negara pada neraca per 31 Desember 2020 tercatat Rp3.846.215.400; angka ini nilai aset, "
        "bukan realisasi anggaran.")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="DPT Pemilu 2019 Kabupaten Flores Timur per kecamatan:")
    sumber(d)
    selesai(d, c)


def mabar_2019():
    """Manggarai Barat 2019: the Pemilu 2019 DPT as the text export of an SPSS Custom Tables output (the
    `CTABLES` syntax, `Sum` / `Count` statistic labels, bare integers, SPSS's `Total` row); a period on
    the cover; other tables plain TAB."""
    c, d = dok("lkj-manggarai-barat-2019", "Manggarai Barat", "Labuan Bajo|30 Januari 2020|Gregorius Ndahu, S.H.|19770613 200312 1 009",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "Periode Januari - Desember 2019"], W=95)
    R = r_spss("Rekapitulasi DPT Pemilu 2019 menurut Kecamatan dan Jenis Kelamin")
    rows = cap_lama("5315", 2019, baris("partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 80.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2018)
    sec_anggaran(d, R, "u26mb19", total="JUMLAH")
    sumber(d, "Sumber: SAS dan OM-SPAN, 31 Desember 2019.")
    ulang(d, lambda p, x, q: f"Total pagu Rp{p}, realisasi Rp{x}, serapan {id_dec(q)}%.")
    revisi_semua(d)
    sec_dpt(d, R, "pemilu", 2019, pre=(
        "Data DPT hasil penetapan diolah oleh operator dengan SPSS dari berkas per kecamatan; keluaran tabelnya "
        "disalin sebagai teks berikut (jumlah desa dan TPS dijumlahkan, pemilih dihitung menurut jenis kelamin)."))
    sumber(d, "Sumber: olahan SIDALIH, DPTHP-3 Pemilu 2019.")
    selesai(d, c)


def matim_2023():
    """Manggarai Timur 2023: the budget as the Outline View of the office's presentation saved as text
    (slide number, TAB, title; bullets indented by TABs; kegiatan a level deeper, figures in the
    bullets); cover without the year; the Pemilu 2024 DPT; other tables plain TAB."""
    c, d = dok("lkj-manggarai-timur-2023", "Manggarai Timur", "Borong|29 Januari 2024|Kornelis Jehalut, S.IP.|19810301 200604 1 011",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU", "KABUPATEN MANGGARAI TIMUR"], W=92)
    R = r_kerangka("Paparan LKj 2023 di depan Pleno", 7)
    rows = cap_lama("5319", 2023, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 80.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.7)
    d.P(f"Nilai Reformasi Birokrasi 2023 sebesar {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, setara {id_dec(nb[2])} persen.")
    sec_anggaran(d, R, "u26mt23", total="Jumlah", pre=(
        "Realisasi anggaran dipaparkan dalam rapat pleno evaluasi kinerja; kerangka bahan paparan itu disalin di "
        "bawah ini (angka dalam rupiah penuh)."))
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2023.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [2022]):
        d.P(f"Pada TA {y} serapan anggaran {id_dec(serapan(p, x))}% (Rp{id_int(x)} dari Rp{id_int(p)}).")
    sec_dpt(d, R, "pemilu", 2024, label="Jumlah",
            pre="DPT Pemilu 2024 Kabupaten Manggarai Timur per kecamatan (ditetapkan Juni 2023):")
    sumber(d)
    selesai(d, c)


def sabu_2022():
    """Sabu Raijua 2022: the Pilkada 2020 DPT as `pdftk … dump_data_fields` of the filled Model A-Rekap
    form (one `---` block a field, `kecNN_nama` / `_desa` / `_tps` / `_l` / `_p` / `_jml`, `tot_…` for the
    kabupaten, values without thousands dots); other tables plain TAB."""
    c, d = dok("lkj-sabu-raijua-2022", "Sabu Raijua", "Seba|27 Januari 2023|Ir. Daniel Lado Bire|19740222 200312 1 005",
               ["LAPORAN KINERJA", "KPU KABUPATEN SABU RAIJUA", "TAHUN 2022"], W=93)
    R = r_pdftk("MODEL A-REKAP DPT PEMILIHAN 2020 KABUPATEN SABU RAIJUA", "a-rekap-dpt-sabu-raijua-2020-isian.pdf", "12 Oktober 2020")
    rows = cap_lama("5320", 2022, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 22.0)
    d.P(f"Reformasi Birokrasi: nilai {id_dec(nb[0])}, bobot {id_dec(nb[1])}, persentase {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u26sr22", total="JUMLAH")
    sumber(d, "Sumber: SAKTI, 31 Desember 2022.")
    ulang(d, lambda p, x, q: f"Serapan anggaran 2022 mencapai {id_dec(q)}% (Rp{x} dari Rp{p}).")
    revisi_semua(d)
    sec_dpt(d, R, "pilkada", 2020, pre=(
        "DPT terakhir yang ditetapkan KPU Kabupaten Sabu Raijua adalah DPT Pemilihan 2020, direkap pada formulir "
        "Model A-Rekap yang diisi langsung dalam berkas PDF isian. Isian formulir itu dikutip di bawah ini apa adanya."))
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(ttu_2021, alor_2022, flotim_2020, mabar_2019, matim_2023, sabu_2022)
