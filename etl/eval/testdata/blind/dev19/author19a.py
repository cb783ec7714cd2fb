#!/usr/bin/env python3
# dev19/ documents 1-6: Ngada 2020 (every derived cell shows the officer's worked computation),
# Manggarai 2019 (the text read back as Windows-1252: mojibake), Sumba Timur 2021 (flattened: the
# tables as Chart.js configurations from the dashboard's page source), Lembata 2021 (the review
# working paper: tick marks after every figure), Rote Ndao 2019 (PK Perubahan and revised DIPA:
# Semula / Menjadi columns), Manggarai Barat 2021 (narrow Word columns: figures broken inside their cell).
# Run from etl/eval/testdata/blind/:   python3 dev19/author19a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common19 import (baris, cap_lama, dok, dpt_kab, id_dec, id_int, r_centang, r_chart, r_hitung, r_lengkung,  # noqa: E402
                      r_semula, SEMULA, r_sempit, rb_std, revisi_dipa, ribuan, riwayat, rusak, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu)
from lib import tulis  # noqa: E402

RIBU_HEAD = ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)")


def ngada_2020():
    """Ngada 2020: the worked computation typed into every derived cell; budget in thousands."""
    c, d = dok("lkjip-ngada-2020", "Ngada", "Bajawa|27 Januari 2021|Maria Goreti Wea, S.E.|19800316 200604 2 011",
               ["LAPORAN", "KINERJA", "INSTANSI PEMERINTAH", "KPU KABUPATEN NGADA", "2020"])
    d.P("Agar setiap angka dapat ditelusuri, kolom hasil hitungan pada tabel bab ini memuat rumus yang dipakai "
        "beserta angka-angkanya, sebagaimana diketik pada kertas kerja Subbagian Perencanaan.")
    rows = cap_lama("5309", 2020, baris("partisipasi 77.5 81.06, pemutakhiran 100 100, kompetensi 80 82.4"))
    sec_capaian(d, c, r_hitung, rows, ["partisipasi"])
    sec_sakip(d, r_hitung, 2019)
    sec_anggaran(d, r_hitung, "u19ng20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020, diolah.")
    revisi_dipa(d, lambda k, a: f"Sepanjang tahun 2020 DIPA Satker direvisi sebanyak {k} kali" +
                (f"; pagu DIPA awal Rp{a}." if a else "."))
    d.P("Penerimaan Negara Bukan Pajak tahun 2020 berjumlah Rp3.118.400 dari sewa gedung aula dan tidak "
        "diperhitungkan sebagai realisasi belanja.")
    sec_dpt(d, r_hitung, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Ngada 2020 per kecamatan, ditetapkan dalam rapat pleno "
                "terbuka; jumlah pemilih dihitung dari pemilih laki-laki ditambah perempuan:")
    sumber(d)
    selesai(d, c)


def manggarai_2019():
    """Manggarai 2019: typographic marks of the Word text garbled (UTF-8 read as Windows-1252)."""
    c, d = dok("lkj-manggarai-2019", "Manggarai", "Ruteng|24 Januari 2020|Fransiskus Jehalu, S.H.|19750611 200212 1 004",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "TAHUN ANGGARAN 2019"])
    d.P("Catatan operator: berkas ini dikonversi dari dokumen pengolah kata ke teks polos untuk diunggah ke "
        "aplikasi e-SAKIP; tanda baca khusus (tanda pisah “–”, tanda petik ’ dan butir •) ikut terkonversi.")
    rows = cap_lama("5310", 2019, baris("partisipasi 77.5 82.37, pemutakhiran 100 100, kompetensi 80 81.9"))
    sec_capaian(d, c, r_lengkung, rows, ["partisipasi"])
    sec_sakip(d, r_lengkung, 2018)
    d.L("• Komponen dengan nilai terendah menjadi prioritas rencana aksi tahun 2020;",
        "• rekomendasi Inspektorat ditindaklanjuti paling lambat triwulan I.", "")
    sec_anggaran(d, r_lengkung, "u19mg19")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019 – diolah.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2019 mengalami {k} kali revisi" +
                (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_lengkung, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 17 April 2019 per kecamatan (hasil perbaikan terakhir) adalah sebagai berikut:")
    sumber(d)
    d.P("Pemilih yang menggunakan hak pilih dengan KTP-el (DPK) dan pemilih pindahan (DPTb) dicatat terpisah "
        "pada formulir Model C dan tidak termasuk DPT di atas.")
    selesai(d, c)
    d.lines = rusak(d.lines)
    d.write()


def sumba_timur_2021():
    """Sumba Timur 2021 (flattened): every table the Chart.js configuration of the dashboard page."""
    c, d = dok("lkj-sumba-timur-2021", "Sumba Timur", "Waingapu|26 Januari 2022|Umbu Hina Wohangara, S.E.|19790314 200501 1 012",
               ["LAPORAN KINERJA (LKj) 2021", "KPU KABUPATEN SUMBA TIMUR"], flat=True)
    d.P("Tabel pada bab ini tidak dicetak sebagai tabel. Data setiap tabel disalin dari kode sumber halaman "
        "dasbor kinerja pada laman resmi KPU Kabupaten Sumba Timur, yaitu konfigurasi grafik (Chart.js) yang "
        "memuat label baris dan satu deret data per kolom, dengan angka dalam notasi desimal titik.")
    rows = cap_lama("5311", 2021, baris("partisipasi 77.5 80.77, pemutakhiran 100 100, kompetensi 80 83.1"))
    sec_capaian(d, c, r_chart, rows, ["partisipasi"])
    sec_sakip(d, r_chart, 2020)
    (y0, v0), = riwayat(d, [2019])
    d.P(f"Pada evaluasi sebelumnya, Hasil Evaluasi AKIP Tahun {y0}, KPU Kabupaten Sumba Timur memperoleh nilai "
        f"{id_dec(v0)}.")
    sec_anggaran(d, r_chart, "u19st21")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2021 direvisi sebanyak {k} kali" +
                (f", dengan pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, r_chart, "pilkada", 2020, label="JUMLAH",
            pre="DPT terakhir yang ditetapkan adalah DPT Pemilihan Bupati dan Wakil Bupati Sumba Timur 2020 per "
                "kecamatan:")
    sumber(d)
    selesai(d, c)
    titik(d)
    d.write()


def titik(d):
    """The capaian cells' text as the page source prints them (`77.50`): *_teks in English notation."""
    for f in d.t["capaian"]:
        for k in ("target_teks", "realisasi_teks"):
            if f[k] and f[k][0].isdigit():
                f[k] = f[k].replace(".", "").replace(",", ".")


def lembata_2021():
    """Lembata 2021: the review working paper, a tick mark after every figure."""
    c, d = dok("lkj-lembata-2021", "Lembata", "Lewoleba|25 Januari 2022|Yohanes Belawa Lamak, S.Sos.|19781103 200604 1 008",
               ["LAPORAN KINERJA", "KPU KABUPATEN LEMBATA", "Periode 1 Januari s.d. 31 Desember 2021", "",
                "(salinan kertas kerja reviu Inspektorat)"])
    d.P("Naskah ini adalah salinan yang telah direviu Inspektorat Wilayah; tanda reviu di belakang angka "
        "dibiarkan sebagaimana dibubuhkan reviuwer, keterangannya ada di bawah setiap tabel.")
    R = r_centang("YBL/INSP, 14-01-2022")
    rows = cap_lama("5313", 2021, baris("partisipasi 77.5 79.84, pemutakhiran 100 100, kompetensi 80 82.9"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2020)
    nb = rb_std(d, 2021, 23.4)
    R(d, "Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2021", ("No", "Uraian", "Nilai", "Bobot", "Persentase (%)"),
      [[1, "Reformasi Birokrasi", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2])]])
    sec_anggaran(d, R, "u19lb21")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    revisi_dipa(d, lambda k, a: f"DIPA Tahun Anggaran 2021 mengalami {k} kali revisi" +
                (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="Data pemilih terakhir adalah DPT Pemilu 2019 per kecamatan (hasil perbaikan kedua):")
    sumber(d)
    selesai(d, c)


def rote_ndao_2019():
    """Rote Ndao 2019 (LAKIP): PK Perubahan and revised DIPA, Semula / Menjadi columns."""
    c, d = dok("lakip-rote-ndao-2019", "Rote Ndao", "Ba'a|29 Januari 2020|Yunus Ndolu, S.Sos.|19780604 200501 1 013",
               ["LAKIP", "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN ROTE NDAO", "TAHUN 2019"])
    d.P("Pada bulan Juli 2019 Perjanjian Kinerja diubah (PK Perubahan) dan DIPA direvisi. Tabel bab ini "
        "memuat angka semula dan angka menjadi; pengukuran memakai angka menjadi.")
    rows = cap_lama("5314", 2019, baris("partisipasi 77.5 80.52, pemutakhiran 100 100, kompetensi 80 81.6"))
    sec_capaian(d, c, r_semula, rows, ["partisipasi"])
    sec_sakip(d, r_semula, 2018)
    sec_anggaran(d, r_semula, "u19rn19")
    # Settled at conversion (see README): the first DIPA's amount is pagu_awal (BRIEF.md), on every row.
    for a in d.t["anggaran"]:
        if a["tahun"] == 2019 and a["kode"] in SEMULA:
            a["pagu_awal"] = SEMULA[a["kode"]]
    sumber(d, "Sumber: DIPA awal, DIPA revisi terakhir dan OM-SPAN per 31 Desember 2019.")
    for y, p, x in tahun_lalu(d, [2018]):
        d.P(f"Sebagai pembanding, pada Tahun Anggaran {y} pagu Satker sebesar Rp{id_int(p)} dengan realisasi "
            f"Rp{id_int(x)} (serapan {id_dec(serapan(p, x))} persen).")
    sec_dpt(d, r_semula, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 per kecamatan: DPT semula sebagaimana ditetapkan pertama kali dan DPT menjadi "
                "setelah perbaikan terakhir (DPTHP-2) yang dipakai pada hari pemungutan suara:")
    sumber(d)
    selesai(d, c)


def lebar_mb(k):
    """Column widths (characters) of the Manggarai Barat tables per kind."""
    return {"cap": [3, 26, 6, 6, 6, 7], "ang": [9, 26, 9, 9, 9, 6], "sakip": [3, 24, 6, 6],
            "dpt": [3, 14, 5, 4, 5, 5, 5]}[k]


def manggarai_barat_2021():
    """Manggarai Barat 2021: narrow Word columns, figures broken inside their cell."""
    c, d = dok("lkj-manggarai-barat-2021", "Manggarai Barat", "Labuan Bajo|28 Januari 2022|Stefanus Dangu, S.H.|19790822 200604 1 015",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM", "KABUPATEN MANGGARAI BARAT", "TAHUN", "2021"])
    R = r_sempit(lebar_mb)
    rows = cap_lama("5315", 2021, baris("partisipasi 77.5 79.12, pemutakhiran 100 100, kompetensi 80 81.7"))
    sec_capaian(d, c, R, rows, ["partisipasi"])
    sec_sakip(d, R, 2020)
    (y0, v0), = riwayat(d, [2019])
    d.P(f"Nilai tersebut naik dari Hasil Evaluasi AKIP Tahun {y0} sebesar {id_dec(v0)}.")
    sec_anggaran(d, R, "u19mb21")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    revisi_dipa(d, lambda k, a: f"Sepanjang tahun 2021 DIPA direvisi {k} kali" + (f"; pagu DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pilkada", 2020, label="JUMLAH",
            pre="DPT Pemilihan Bupati dan Wakil Bupati Manggarai Barat 2020 per kecamatan:")
    sumber(d)
    d.P("Pada hari pemungutan suara 9 Desember 2020 tercatat pula 1.206 pemilih yang memilih dengan KTP-el "
        "(DPTb) di luar DPT.")
    selesai(d, c)


if __name__ == "__main__":
    tulis(ngada_2020, manggarai_2019, sumba_timur_2021, lembata_2021, rote_ndao_2019, manggarai_barat_2021)
