#!/usr/bin/env python3
# dev22/ documents 7-12: house styles no earlier batch used (see README.md).
# Run from etl/eval/testdata/blind/:   python3 dev22/author22b.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common22 import (baris, cap_lama, dok, id_dec, id_int, predikat, r_dhasil, r_kartu, r_manual_iku, r_notulen,  # noqa: E402
                      r_tab, r_umur, rb_std, revisi_dipa, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      selesai, serapan, sumber, tahun_lalu, tipeset, ulang)
from lib import tulis  # noqa: E402
import common11  # noqa: E402


def sumba_barat_2020():
    """Sumba Barat 2020: the Pilkada 2020 DPT as the blocks of the Model D.Hasil recapitulation, one per
    kecamatan (DPT, DPTb, DPK and their sum under L, P, JML), the kabupaten block last."""
    c, d = dok("lkj-sumba-barat-2020", "Sumba Barat", "Waikabubak|27 Januari 2021|Daniel Bili Kaka, S.E.|19790302 200604 1 010",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT", "TAHUN ANGGARAN 2020"], W=95)
    R = r_dhasil("PEMILIHAN BUPATI DAN WAKIL BUPATI SUMBA BARAT TAHUN 2020")
    rows = cap_lama("5312", 2020, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2019)
    for y, v in riwayat(d, [2018]):
        d.P(f"Nilai AKIP tahun {y} adalah {id_dec(v)} ({predikat(v)}).")
    sec_anggaran(d, R, "u22sb20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020.")
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Tahun anggaran {y}: pagu Rp{id_int(p)}, realisasi Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2020 direvisi {k} kali" + (f"; pagu awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pilkada", 2020,
            pre="Data pemilih Pemilihan 2020 disajikan sebagaimana tercatat dalam formulir rekapitulasi hasil "
                "penghitungan suara (Model D.Hasil) tingkat kecamatan dan kabupaten, bagian I Data Pemilih. "
                "Baris 1 memuat pemilih dalam DPT yang ditetapkan; DPTb dan DPK adalah pemilih tambahan pada "
                "hari pemungutan suara.")
    sumber(d, "Sumber: Model D.Hasil Kecamatan dan Model D.Hasil Kabupaten Pemilihan 2020.")
    selesai(d, c)


def tts_2021():
    """TTS 2021: the text of a typeset PDF: ligatures as single code points in prose and headers, soft
    hyphens inside long header words, no-break spaces after `Rp` and before `%`."""
    c, d = dok("lkjip-tts-2021", "Timor Tengah Selatan", "Soe|26 Januari 2022|Marthen Luther Nubatonis, S.IP.|19770921 200312 1 006",
               ["LKjIP", "KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2021"], W=104)
    R = r_tab
    rows = cap_lama("5302", 2021, baris("partisipasi 77.5 79.7, pemutakhiran 100 100, kompetensi 80 81.8"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2020)
    (y0, v0), = riwayat(d, [2019])
    d.P(f"Hasil evaluasi AKIP tahun {y0} sebelumnya memberikan nilai {id_dec(v0)} ({predikat(v0)}); kenaikan ini "
        "mencerminkan perbaikan dokumen perencanaan dan definisi indikator kinerja.")
    sec_anggaran(d, R, "u22tt21")
    sumber(d, "Sumber: OM-SPAN, posisi 31 Desember 2021.")
    ulang(d, lambda p, x, q: f"Dari pagu efektif Rp {p} terealisasi Rp {x} atau {id_dec(q)} %.")
    for y, p, x in tahun_lalu(d, [2020]):
        d.P(f"Pada tahun anggaran {y} pagu Rp {id_int(p)} terealisasi Rp {id_int(x)} ({id_dec(serapan(p, x))} %).")
    revisi_dipa(d, lambda k, a: f"DIPA 2021 direvisi {k} kali" + (f"; pagu awal Rp {a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="DPT Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, hasil perbaikan ketiga, tetap menjadi "
                "data pemilih definitif sampai pemutakhiran berkelanjutan tahun 2021 selesai.")
    sumber(d)
    w = d.write
    d.write = lambda: (tipeset(d), w())
    selesai(d, c)


def sbd_2019():
    """Sumba Barat Daya 2019: BAB III as the minutes of the plenary evaluation meeting, every table shown
    as an item (`Pukul 09.17 WITA - Butir 1`, the speaker and the material), the plenary's response
    under it; the prose of the report between the items."""
    c, d = dok("lakip-sumba-barat-daya-2019", "Sumba Barat Daya", "Tambolaka|29 Januari 2020|Yohanis Lende Bulu, S.Sos.|19781109 200604 1 015",
               ["LAKIP", "KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN 2019"], W=96)
    d.L("Bab ini disusun dari Notulen Rapat Pleno Evaluasi Kinerja Tahun 2019 tanggal 17 Januari 2020; bahan yang "
        "ditayangkan dalam rapat dimuat sebagaimana adanya.", "")
    R = r_notulen()
    rows = cap_lama("5318", 2019, baris("partisipasi 77.5 82.1, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2018)
    nb = rb_std(d, 2019, 22.4)
    d.P(f"Sekretaris menyampaikan hasil evaluasi Reformasi Birokrasi 2019: nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])} ({id_dec(nb[2])} persen).")
    sec_anggaran(d, R, "u22sd19")
    ulang(d, lambda p, x, q: f"Ketua menyimpulkan bahwa pagu Rp{p} telah direalisasikan Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2019 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Sebagai pembanding, realisasi TA {y} adalah Rp{id_int(x)} dari pagu Rp{id_int(p)} ({id_dec(serapan(p, x))}%).")
    d.FF()
    d.L("D. Data Pemilih", "")
    tps, l, p, tot = common11.dpt_kab(d, "pemilu", 2019)
    d.L("Pukul 11.40 WITA - Butir 5", "Anggota Divisi Perencanaan, Data dan Informasi menyampaikan secara lisan:")
    d.P(f"DPT Pemilu 2019 Kabupaten Sumba Barat Daya hasil perbaikan ketiga berjumlah {id_int(tot)} pemilih "
        f"({id_int(l)} laki-laki, {id_int(p)} perempuan) di {id_int(tps)} TPS. Pada hari pemungutan suara tercatat "
        "pula 1.046 pemilih DPTb dan 388 pemilih DPK.")
    d.L("Tanggapan pleno: disepakati dimuat dalam LKj tanpa perubahan angka.", "")
    selesai(d, c)


def manggarai_barat_2022():
    """Manggarai Barat 2022: the budget as the control cards of each kegiatan (SP2D lines with a running
    total, `Jumlah Realisasi`, `Sisa Pagu`) and a recapitulation per program after them."""
    c, d = dok("lkj-manggarai-barat-2022", "Manggarai Barat", "Labuan Bajo|26 Januari 2023|Fransiskus Sales Jehamat, S.E.|19791012 200604 1 013",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "2022"], W=92)
    R = r_kartu(2022, "5315")
    rows = cap_lama("5315", 2022, baris("partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.0"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2021)
    sec_anggaran(d, R, "u22mb22", total="JUMLAH",
                 pre="Realisasi anggaran dipantau melalui kartu pengawasan tiap kegiatan; nilai SP2D dalam rupiah.")
    for a in d.t["anggaran"]:
        if a["tingkat"] == "kegiatan":
            a["serapan_lapor"] = None  # a card prints no percent; the recapitulation lists programs only
    ulang(d, lambda p, x, q: f"Total pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2022 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    d.P("Pendapatan (PNBP) dari pengembalian belanja tahun lalu yang disetor tahun 2022 sebesar Rp1.860.000 tidak "
        "termasuk realisasi di atas.")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="DPT Pemilu 2019 Kabupaten Manggarai Barat per kecamatan:")
    sumber(d)
    selesai(d, c)


def manggarai_barat_2024():
    """Manggarai Barat 2024: the DPT as SIDALIH's recapitulation by age band (six bands summing to the
    total) beside L, P and Jumlah; other tables plain TAB."""
    c, d = dok("lkj-manggarai-barat-2024", "Manggarai Barat", "Labuan Bajo|24 Januari 2025|Fransiskus Sales Jehamat, S.E.|19791012 200604 1 013",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI BARAT", "PERIODE JANUARI - DESEMBER 2024"], W=98)
    R = r_umur
    rows = cap_lama("5315", 2024, baris("partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2023, 23.0)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2023 memberi nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u22mb24")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2024.")
    revisi_dipa(d, lambda k, a: f"DIPA 2024 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, label="Jumlah",
            pre="DPT Pemilu 2024 Kabupaten Manggarai Barat menurut kelompok umur (umur pada hari pemungutan suara "
                "14 Februari 2024) adalah sebagai berikut.")
    sumber(d, "Sumber: SIDALIH, rekapitulasi DPT Pemilu 2024 menurut kelompok umur.")
    selesai(d, c)


def sumba_barat_2022():
    """Sumba Barat 2022: the capaian as the Manual IKU sheets of e-SAKIP, one per indicator (name,
    definition, formula, unit, data source, target, realisasi, capaian); other tables plain TAB."""
    c, d = dok("lkj-sumba-barat-2022", "Sumba Barat", "Waikabubak|27 Januari 2023|Daniel Bili Kaka, S.E.|19790302 200604 1 010",
               ["LAPORAN KINERJA", "KPU KABUPATEN SUMBA BARAT", "TAHUN 2022"], W=94)
    R = r_manual_iku
    rows = cap_lama("5312", 2022, baris("partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2021)
    nb = rb_std(d, 2022, 23.3)
    d.P(f"Nilai evaluasi Reformasi Birokrasi 2022 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    sec_anggaran(d, R, "u22sb22")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2022.")
    for y, p, x in tahun_lalu(d, [2021]):
        d.P(f"Pada TA {y} pagu Rp{id_int(p)} terealisasi Rp{id_int(x)} atau {id_dec(serapan(p, x))}%.")
    revisi_dipa(d, lambda k, a: f"DIPA 2022 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pilkada", 2020, label="Jumlah",
            pre="Data pemilih terakhir yang ditetapkan adalah DPT Pemilihan 2020 Kabupaten Sumba Barat:")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(sumba_barat_2020, tts_2021, sbd_2019, manggarai_barat_2022, manggarai_barat_2024, sumba_barat_2022)
