#!/usr/bin/env python3
# dev53/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev53/author52a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common53 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
                      r_kantor, rapi, rb_std, revisi_semua, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402


def biasa(base, nama, satker, tanda, sampul, W, cap, kep, cap_rows, rb, seed, total, dpt, label, foot, pre,
          urut=None, pct=False, bawah=False, patah=None, dua=None, riw=1):
    tahun = int(base[-4:])
    c, d = dok(base, nama, tanda, sampul, W=W)
    kw = {}
    if urut:
        kw["urut"] = urut.get
    if patah:
        kw["patah"] = patah
    if dua:
        kw["dua"] = dua.get
    R = r_kantor(cap, kep.get, pct=pct, bawah=bawah, **kw)
    rows = cap_lama(satker, tahun, baris(cap_rows))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    if pct:
        persen_sel(d)
    sec_sakip(d, R, tahun - 1)
    for y, v in riwayat(d, list(range(tahun - 2, tahun - 2 - riw, -1))):
        d.P(f"Untuk perbandingan, hasil evaluasi atas kinerja tahun {y} adalah {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri Reformasi Birokrasi tahun {tahun} memperoleh nilai {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: OM-SPAN dan SAKTI, data 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Seluruh pagu sebesar Rp{p} terserap Rp{x}, yaitu {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai pembanding, tahun anggaran {y} mencatat pagu Rp{id_int(p)} dengan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def lembata_2019():
    """Lembata 2019: cover LAPORAN KINERJA / KANTOR KPU KABUPATEN LEMBATA / TAHUN ANGGARAN 2019; captions `Tab. n
    | Judul`; capaian `Uraian Indikator` `Tgt` `Real.` `% Capaian`; budget `Kode Akun` `Nama Program/Kegiatan`
    `Alokasi` `Terserap` `Sisa Dana` `% Serapan`, total `TOTAL ALOKASI`; Pemilu 2019 DPT, total `KAB. LEMBATA`; foot
    `Lembata - LKj 2019 - hal. n`."""
    kep = {"cap": ("No.", "Uraian Indikator", "Satuan", "Tgt", "Real.", "% Capaian"),
           "ang": ("Kode Akun", "Nama Program/Kegiatan", "Alokasi", "Terserap", "Sisa Dana", "% Serapan"),
           "sakip": ("No.", "Komponen Manajemen Kinerja", "Bobot", "Nilai Komponen"),
           "dpt": ("No.", "Nama Kecamatan", "Jml Desa/Kel", "Jml TPS", "Pemilih L", "Pemilih P", "Pemilih L+P")}
    biasa("lkj-lembata-2019", "Lembata", "5313", "Lewoleba|24 Januari 2020|Paulus Kia Making, S.Pd.|19790723 200604 1 211",
          ["LAPORAN KINERJA", "KANTOR KPU KABUPATEN LEMBATA", "TAHUN ANGGARAN 2019"], 91,
          lambda n, t: f"Tab. {n} | {t}", kep,
          "partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5", 21.2, "u51lb19", "TOTAL ALOKASI",
          ("pemilu", 2019), "KAB. LEMBATA",
          (lambda n: f"Lembata - LKj 2019 - hal. {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu Serentak 2019 di Kabupaten Lembata menurut kecamatan:",
          urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=0)


def rote_2021():
    """Rote Ndao 2021: cover BA'A / LAPORAN KINERJA KPU KABUPATEN ROTE NDAO / 2021; captions `Daftar n. Judul`;
    budget `Pagu DIPA (Rp)` `Realisasi s.d. Desember (Rp)` `Sisa Pagu (Rp)` `Capaian Serapan`, total `JUMLAH
    SELURUH PROGRAM`; Pemilu 2019 DPT, total `ROTE NDAO`; foot `- n -`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja Utama (IKU)", "Satuan", "Target 2021", "Realisasi 2021", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu DIPA (Rp)", "Realisasi s.d. Desember (Rp)", "Sisa Pagu (Rp)",
                   "Capaian Serapan"),
           "sakip": ("No", "Komponen", "Bobot Maksimal", "Nilai Diperoleh"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-Laki", "Perempuan", "L + P")}
    biasa("lkj-rote-ndao-2021", "Rote Ndao", "5314", "Ba'a|25 Januari 2022|Yusuf Ndolu Mesakh, S.H.|19800404 200604 1 212",
          ["BA'A", "LAPORAN KINERJA KPU KABUPATEN ROTE NDAO", "2021"], 93,
          lambda n, t: f"Daftar {n}. {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7", 21.5, "u51rn21", "JUMLAH SELURUH PROGRAM",
          ("pemilu", 2019), "ROTE NDAO",
          (lambda n: f"- {n} -", "Laporan Kinerja KPU Kabupaten Rote Ndao Tahun 2021"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan, yang menjadi "
          "data awal pemutakhiran data pemilih berkelanjutan tahun 2021:", riw=2)


def flotim_2022():
    """Flores Timur 2022: cover KPU KABUPATEN FLORES TIMUR / LAPORAN KINERJA INSTANSI PEMERINTAH / TAHUN 2022 /
    LARANTUKA; captions `Tabel 3-n  Judul`; capaian `%` in the cells; budget `Pagu Akhir` `Realisasi` `Sisa`
    `Serapan (%)`, total `TOTAL KESELURUHAN`, header over two lines; Pemilu 2019 DPT, total `FLORES TIMUR`; foot
    `LKIP KPU Flotim 2022 | n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Akhir", "Realisasi", "Sisa", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Pria", "Wanita", "Jumlah")}
    biasa("lkj-flores-timur-2022", "Flores Timur", "5306", "Larantuka|30 Januari 2023|Bernadus Kopong Liwu, S.Fil.|19810606 200604 1 213",
          ["KPU KABUPATEN FLORES TIMUR", "LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2022", "LARANTUKA"], 97,
          lambda n, t: f"Tabel 3-{n}  {t}", kep,
          "partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.2", 21.7, "u51ft22", "TOTAL KESELURUHAN",
          ("pemilu", 2019), "FLORES TIMUR",
          (lambda n: f"LKIP KPU Flotim 2022 | {n}",),
          "Data pemilih Pemilu 2019 per kecamatan (pria dan wanita) sebagai dasar pemutakhiran berkelanjutan "
          "tahun 2022:", pct=True,
          dua={"ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")}, riw=1)


def kupang_2023():
    """Kupang 2023: cover LAPORAN KINERJA (LKj) 2023 / SEKRETARIAT KPU KABUPATEN KUPANG / OELAMASI; captions under
    the tables `Tabel n: Judul`; capaian Realisasi before Target; budget `Pagu` `Realisasi` `Sisa` `%`, total `JUMLAH
    TOTAL`; Pemilu 2019 DPT, total `KABUPATEN KUPANG`, broken after four rows; foot `LKj 2023 -
    n`, running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Total")}
    biasa("lkj-kupang-2023", "Kupang", "5301", "Oelamasi|29 Januari 2024|Yohanes Lado Neno, S.Sos.|19820808 200604 1 214",
          ["LAPORAN KINERJA (LKj) 2023", "SEKRETARIAT KPU KABUPATEN KUPANG", "OELAMASI"], 94,
          lambda n, t: f"Tabel {n}: {t}", kep,
          "partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6", 21.9, "u51kp23", "JUMLAH TOTAL",
          ("pemilu", 2019), "KABUPATEN KUPANG",
          (lambda n: f"LKj 2023 - {n}", "KPU Kabupaten Kupang - Laporan Kinerja 2023"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, data dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2023:",
          urut={"cap": [0, 1, 2, 4, 3, 5]}, bawah=True,
          patah=(4, "KPU Kabupaten Kupang - Laporan Kinerja 2023"), riw=2)


def tts_2024():
    """Timor Tengah Selatan 2024: cover KOMISI PEMILIHAN UMUM / KABUPATEN TIMOR TENGAH SELATAN / LAPORAN KINERJA
    TAHUN 2024 / SOE; captions `TABEL n - JUDUL`; budget `Anggaran` `Realisasi` `Sisa Anggaran` `Persentase`,
    total `TOTAL ANGGARAN 2024`; Pilkada 2024 DPT with the TPS before the villages, total `TOTAL TTS`; foot
    `Halaman n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Anggaran", "Realisasi", "Sisa Anggaran", "Persentase"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-timor-tengah-selatan-2024", "Timor Tengah Selatan", "5302",
          "Soe|31 Januari 2025|Markus Tefa Nenobais, S.Pd.|19830909 200604 1 215",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN TIMOR TENGAH SELATAN", "LAPORAN KINERJA TAHUN 2024", "SOE"], 95,
          lambda n, t: f"TABEL {n} - {t.upper()}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.4", 22.2, "u51ts24", "TOTAL ANGGARAN 2024",
          ("pilkada", 2024), "TOTAL TTS",
          (lambda n: f"Halaman {n}",),
          "Rekapitulasi DPT Pemilihan Bupati dan Wakil Bupati Timor Tengah Selatan 2024 menurut kecamatan (jumlah "
          "TPS sebelum jumlah desa/kelurahan):",
          urut={"dpt": [0, 1, 3, 2, 4, 5, 6]}, riw=1)


def sumba_tengah_2019():
    """Sumba Tengah 2019: cover LKj / KPU KABUPATEN SUMBA TENGAH / TAHUN 2019; captions `Tabel II.n  Judul`;
    capaian Capaian before Realisasi and Satuan last; budget `Nilai Pagu` `Nilai Realisasi` `Saldo` `Serapan`, total
    `JUMLAH PAGU 2019`; Pemilu 2019 DPT, total `KAB SUMBA TENGAH`; foot `[n]`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Nilai Pagu", "Nilai Realisasi", "Saldo", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Skor"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "L+P")}
    biasa("lkj-sumba-tengah-2019", "Sumba Tengah", "5317", "Waibakul|27 Januari 2020|Yohanes Umbu Sogara, S.E.|19790202 200604 1 216",
          ["LKj", "KPU KABUPATEN SUMBA TENGAH", "TAHUN 2019"], 92,
          lambda n, t: f"Tabel II.{n}  {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.9", 21.1, "u51st19", "JUMLAH PAGU 2019",
          ("pemilu", 2019), "KAB SUMBA TENGAH",
          (lambda n: f"[{n}]",),
          "Daftar Pemilih Tetap Pemilu Serentak 17 April 2019 Kabupaten Sumba Tengah per kecamatan:",
          urut={"cap": [0, 1, 3, 5, 4, 2]}, riw=0)


if __name__ == "__main__":
    tulis(lembata_2019, rote_2021, flotim_2022, kupang_2023, tts_2024, sumba_tengah_2019)
