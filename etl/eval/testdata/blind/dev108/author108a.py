#!/usr/bin/env python3
# dev108/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev108/author108a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common108 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Adapun evaluasi atas kinerja tahun {y} memberikan nilai {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Untuk Reformasi Birokrasi, penilaian mandiri (PMPRB) tahun {tahun} menghasilkan nilai {id_dec(nb[0])} "
        f"dari bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: Aplikasi SAKTI, data per 31 Desember {tahun} (diolah).")
    ulang(d, lambda p, x, q: f"Secara keseluruhan, pagu Rp{p} terealisasi sebesar Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Sebagai perbandingan, pada tahun anggaran {y} pagu sebesar Rp{id_int(p)} terealisasi "
            f"Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d, "Sumber: Subbagian Perencanaan, Data dan Informasi, diolah.")
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def manggarai_2019():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu DIPA (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen yang Dievaluasi', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'L', 'P', 'L+P')}
    biasa('lkj-manggarai-2019', 'Manggarai', '5310', 'Ruteng|30 Januari 2020|Kanisius Jehabut, S.Fil.|19820603 200604 1 871',
          ['LAPORAN KINERJA', 'KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI', 'TAHUN 2019', 'RUTENG'], 95,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          'partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2', 21.2, 'u73mg19', 'JUMLAH',
          ('pemilu', 2019), 'JUMLAH KABUPATEN MANGGARAI',
          (lambda n: f"Laporan Kinerja KPU Kabupaten Manggarai 2019 | Halaman {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan menurut berita acara rapat pleno terbuka KPU Kabupaten Manggarai:', riw=0)


def rote_ndao_2020():
    kep = {'cap': ('No', 'Indikator Kinerja Utama (IKU)', 'Satuan', 'Target 2020', 'Realisasi 2020', 'Capaian (%)'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '% Serapan'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jumlah Desa/Kel', 'Jumlah TPS', 'Laki-laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-rote-ndao-2020', 'Rote Ndao', '5314', "Ba'a|28 Januari 2021|Daniel Ndolu, S.Pd.|19830927 200604 1 872",
          ['LAPORAN KINERJA (LKj)', 'KPU KABUPATEN ROTE NDAO', 'TAHUN 2020', "BA'A"], 94,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          'partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.5', 21.4, 'u73rn20', 'TOTAL',
          ('pemilu', 2019), 'TOTAL KAB. ROTE NDAO',
          (lambda n: f"LKj KPU Rote Ndao Tahun 2020 - {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Rote Ndao per kecamatan, yang menjadi pangkal pemutakhiran data pemilih berkelanjutan tahun 2020:', urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def sumba_timur_2021():
    kep = {'cap': ('No', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Tingkat Capaian (%)'), 'ang': ('Kode', 'Uraian Program/Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Sisa Anggaran (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen Penilaian', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Pemilih L', 'Pemilih P', 'Jumlah Pemilih')}
    biasa('lkj-sumba-timur-2021', 'Sumba Timur', '5311', 'Waingapu|27 Januari 2022|Umbu Kudu Lawu, S.H.|19840524 200604 1 873',
          ['SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TIMUR', 'LAPORAN KINERJA TAHUN 2021', 'WAINGAPU'], 96,
          lambda n, t: f"Tabel {n}. {t}", kep,
          'partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.6', 21.6, 'u73sm21', 'JUMLAH SELURUHNYA',
          ('pemilu', 2019), 'KABUPATEN SUMBA TIMUR',
          (lambda n: f"{n}", "Laporan Kinerja KPU Kabupaten Sumba Timur Tahun 2021"),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Timur per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2021:', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def manggarai_barat_2022():
    kep = {'cap': ('No', 'Sasaran Strategis / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu Revisi (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Realisasi (%)'), 'sakip': ('No', 'Komponen AKIP', 'Bobot', 'Nilai Komponen'), 'dpt': ('No', 'Kecamatan', 'Jml Desa/Kel', 'Jml TPS', 'L', 'P', 'Total')}
    biasa('lkj-manggarai-barat-2022', 'Manggarai Barat', '5315', 'Labuan Bajo|31 Januari 2023|Fransiskus Sales Ndahur, S.Sos.|19850906 200604 1 874',
          ['LAPORAN KINERJA', 'KPU KABUPATEN MANGGARAI BARAT', 'TAHUN ANGGARAN 2022', 'LABUAN BAJO'], 93,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          'partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.8', 22.0, 'u73mb22', 'JUMLAH TOTAL',
          ('pemilu', 2019), 'TOTAL MANGGARAI BARAT',
          (lambda n: f"hal. {n}", "LKj KPU Kabupaten Manggarai Barat 2022"),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai Barat per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2022:', bawah=True, riw=1)


def ttu_2023():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Persentase Capaian'), 'ang': ('Kode', 'Program dan Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa Pagu (Rp)', 'Persentase (%)'), 'sakip': ('No', 'Komponen', 'Bobot (%)', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kelurahan', 'TPS', 'Laki-Laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-timor-tengah-utara-2023', 'Timor Tengah Utara', '5303', 'Kefamenanu|31 Januari 2024|Yohanes Kolo Sasi, S.Fil.|19860411 200904 1 865',
          ['LAPORAN KINERJA INSTANSI PEMERINTAH', 'KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH UTARA', 'TAHUN 2023', 'KEFAMENANU'], 95,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          'partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.8', 22.3, 'u73tu23', 'JUMLAH',
          ('pemilu', 2024), 'JUMLAH KAB. TTU',
          (lambda n: f"LKj KPU Kab. TTU 2023 / {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Timor Tengah Utara per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023:', pct=True, riw=0)


def manggarai_timur_2024():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target PK', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Laki-laki', 'Perempuan', 'L+P')}
    biasa('lkj-manggarai-timur-2024', 'Manggarai Timur', '5319', 'Borong|31 Januari 2025|Yosef Nggarang, S.Fil.|19870215 200904 1 876',
          ['LAPORAN KINERJA', 'SEKRETARIAT KPU KABUPATEN MANGGARAI TIMUR', 'TAHUN 2024'], 94,
          lambda n, t: f"Tabel {n} {t}", kep,
          'partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.1', 22.6, 'u73mt24', 'TOTAL KESELURUHAN',
          ('pemilu', 2024), 'TOTAL KAB. MANGGARAI TIMUR',
          (lambda n: f"Halaman {n} | LKj KPU Manggarai Timur 2024",),
          'Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


if __name__ == "__main__":
    tulis(manggarai_2019, rote_ndao_2020, sumba_timur_2021, manggarai_barat_2022, ttu_2023, manggarai_timur_2024)
