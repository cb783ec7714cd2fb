#!/usr/bin/env python3
# dev99/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev99/author99a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common99 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def sumba_tengah_2019():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Penyerapan (%)'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel.', 'TPS', 'Laki-laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-sumba-tengah-2019', 'Sumba Tengah', '5317', 'Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861',
          ['LAPORAN KINERJA', 'KPU KABUPATEN SUMBA TENGAH', 'TAHUN 2019', 'WAIBAKUL'], 94,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          'partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1', 21.3, 'u73st19', 'JUMLAH TOTAL',
          ('pemilu', 2019), 'JUMLAH KABUPATEN',
          (lambda n: f"Halaman {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan berdasarkan berita acara rapat pleno terbuka:', riw=0)


def flores_timur_2020():
    kep = {'cap': ('No', 'Indikator Kinerja Utama (IKU)', 'Satuan', 'Target', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Program/Kegiatan/Output', 'Pagu Revisi (Rp)', 'Realisasi s.d. 31 Desember (Rp)', 'Sisa Pagu (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen yang Dinilai', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jml Desa/Kel', 'Jml TPS', 'L', 'P', 'L+P')}
    biasa('lkj-flores-timur-2020', 'Flores Timur', '5306', 'Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862',
          ['KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR', 'LAPORAN KINERJA', 'TAHUN 2020'], 96,
          lambda n, t: f"TABEL 3.{n}: {t.upper()}", kep,
          'partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4', 21.5, 'u73ft20', 'TOTAL',
          ('pemilu', 2019), 'TOTAL FLORES TIMUR',
          (lambda n: f"LKj Flotim 2020 - hal {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran data pemilih berkelanjutan tahun 2020:', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def lembata_2021():
    kep = {'cap': ('No', 'Indikator', 'Satuan', 'Target 2021', 'Realisasi 2021', 'Capaian (%)'), 'ang': ('Kode', 'Uraian Program dan Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Capaian Realisasi (%)'), 'sakip': ('No', 'Komponen Penilaian', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kelurahan', 'TPS', 'Laki-Laki', 'Perempuan', 'L + P')}
    biasa('lkj-lembata-2021', 'Lembata', '5313', 'Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863',
          ['LAPORAN KINERJA TAHUN 2021', 'SEKRETARIAT KOMISI PEMILIHAN UMUM', 'KABUPATEN LEMBATA'], 93,
          lambda n, t: f"Tabel III.{n}. {t}", kep,
          'partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7', 21.7, 'u73lb21', 'JUMLAH',
          ('pemilu', 2019), 'KAB. LEMBATA',
          (lambda n: f"[{n}]", "LKj KPU Kabupaten Lembata Tahun 2021"),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:', pct=True, riw=1)


def kota_kupang_2022():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Persentase Capaian'), 'ang': ('Kode', 'Uraian', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)', 'Realisasi (%)'), 'sakip': ('No', 'Komponen Evaluasi', 'Bobot', 'Nilai Komponen'), 'dpt': ('No', 'Kecamatan', 'Kelurahan', 'TPS', 'Laki-laki', 'Perempuan', 'Total')}
    biasa('lkj-kota-kupang-2022', 'Kota Kupang', '5371', 'Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864',
          ['LAPORAN KINERJA', 'KOMISI PEMILIHAN UMUM KOTA KUPANG', 'TAHUN ANGGARAN 2022', 'KUPANG'], 95,
          lambda n, t: f"Tabel {n} {t}", kep,
          'partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9', 22.0, 'u73kk22', 'JUMLAH KOTA KUPANG',
          ('pemilu', 2019), 'TOTAL KOTA KUPANG',
          (lambda n: f"LKj Kota Kupang 2022 | {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:', urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def sabu_raijua_2023():
    kep = {'cap': ('No', 'Sasaran/Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu DIPA (Rp)', 'Realisasi (Rp)', 'Sisa Dana (Rp)', 'Daya Serap (%)'), 'sakip': ('No', 'Unsur Penilaian', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel.', 'TPS', 'L', 'P', 'Jumlah')}
    biasa('lkj-sabu-raijua-2023', 'Sabu Raijua', '5320', 'Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875',
          ['LKj', 'KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA', 'TAHUN 2023', 'SEBA'], 92,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          'partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9', 22.2, 'u73sr23', 'JUMLAH SABU RAIJUA',
          ('pemilu', 2024), 'KABUPATEN SABU RAIJUA',
          (lambda n: f"LKj Sabu Raijua 2023 -- {n} --",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023 (rekapitulasi tidak memuat jumlah desa/kelurahan):', bawah=True, riw=1)


def belu_2024():
    kep = {'cap': ('No', 'Indikator Kinerja Sasaran', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu Akhir (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '% Serapan'), 'sakip': ('No', 'Komponen AKIP', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Pemilih L', 'Pemilih P', 'Total Pemilih')}
    biasa('lkj-belu-2024', 'Belu', '5304', 'Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866',
          ['LAPORAN KINERJA', 'KPU KABUPATEN BELU', 'TAHUN 2024', 'ATAMBUA'], 95,
          lambda n, t: f"Tabel 3.{n} | {t}", kep,
          'partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3', 22.7, 'u73bl24', 'TOTAL BELU',
          ('pemilu', 2024), 'TOTAL KABUPATEN BELU',
          (lambda n: f"LKj Belu 2024 - {n}",),
          'Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
