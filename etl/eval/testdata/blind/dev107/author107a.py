#!/usr/bin/env python3
# dev107/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev107/author107a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common107 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def kota_kupang_2019():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Program / Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen Evaluasi', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Kelurahan', 'TPS', 'Laki-laki', 'Perempuan', 'L+P')}
    biasa('lkj-kota-kupang-2019', 'Kota Kupang', '5371', 'Kupang|29 Januari 2020|Marthinus Adoe, S.H.|19830612 200604 1 891',
          ['LAPORAN KINERJA', 'KOMISI PEMILIHAN UMUM KOTA KUPANG', 'TAHUN 2019'], 94,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          'partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3', 21.4, 'u72kk19', 'JUMLAH',
          ('pemilu', 2019), 'JUMLAH KOTA KUPANG',
          (lambda n: f"Halaman {n} dari LKj KPU Kota Kupang 2019",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, hasil rapat pleno terbuka KPU Kota Kupang:', riw=0)


def alor_2020():
    kep = {'cap': ('No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Uraian Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Sisa Anggaran (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'L', 'P', 'Jumlah')}
    biasa('lkj-alor-2020', 'Alor', '5305', 'Kalabahi|28 Januari 2021|Yusuf Mautuka, S.Sos.|19840723 200604 1 892',
          ['LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)', 'KPU KABUPATEN ALOR', 'TAHUN 2020', 'KALABAHI'], 96,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          'partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6', 21.5, 'u72al20', 'TOTAL',
          ('pemilu', 2019), 'JUMLAH KAB. ALOR',
          (lambda n: f"LKjIP KPU Kabupaten Alor Tahun 2020 | {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, yang menjadi pangkal pemutakhiran data pemilih berkelanjutan tahun 2020:', urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def nagekeo_2021():
    kep = {'cap': ('No', 'Indikator', 'Satuan', 'Target 2021', 'Realisasi 2021', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Capaian (%)'), 'sakip': ('No', 'Komponen yang Dinilai', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jml Desa/Kel', 'Jml TPS', 'Laki-laki', 'Perempuan', 'Total')}
    biasa('lkj-nagekeo-2021', 'Nagekeo', '5316', 'Mbay|27 Januari 2022|Kornelis Dhae Sina, S.E.|19870108 200904 1 893',
          ['LAPORAN KINERJA', 'SEKRETARIAT KPU KABUPATEN NAGEKEO', 'TAHUN ANGGARAN 2021', 'MBAY'], 95,
          lambda n, t: f"Tabel {n} {t}", kep,
          'partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8', 21.8, 'u72nk21', 'JUMLAH SELURUHNYA',
          ('pemilu', 2019), 'KAB. NAGEKEO',
          (lambda n: f"- {n} -", "Laporan Kinerja Sekretariat KPU Kabupaten Nagekeo 2021"),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2021:', urut={"cap": [0, 1, 4, 3, 5, 2]}, riw=1)


def sabu_raijua_2022():
    kep = {'cap': ('No', 'Indikator Kinerja Sasaran', 'Satuan', 'Target', 'Realisasi', '% Capaian'), 'ang': ('Kode', 'Uraian', 'Pagu Revisi Terakhir (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '% Realisasi'), 'sakip': ('No', 'Komponen Penilaian', 'Bobot', 'Nilai Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Desa/Kelurahan', 'Jumlah TPS', 'L', 'P', 'L + P')}
    biasa('lkj-sabu-raijua-2022', 'Sabu Raijua', '5320', 'Seba|30 Januari 2023|Lazarus Bire Lado, S.Pd.|19850930 200604 1 894',
          ['KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA', 'LAPORAN KINERJA TAHUN 2022', 'SEBA'], 93,
          lambda n, t: f"Tabel III-{n}: {t}", kep,
          'partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9', 22.1, 'u72sr22', 'TOTAL ANGGARAN',
          ('pemilu', 2019), 'TOTAL KAB. SABU RAIJUA',
          (lambda n: f"LKj Sabu Raijua 2022 - hal. {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2022:', pct=True, riw=1)


def manggarai_barat_2023():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Persentase Capaian (%)'), 'ang': ('Kode', 'Program dan Kegiatan', 'Pagu Akhir (Rp)', 'Realisasi (Rp)', 'Sisa Dana (Rp)', 'Penyerapan (%)'), 'sakip': ('No', 'Komponen Manajemen Kinerja', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Pemilih Laki-laki', 'Pemilih Perempuan', 'Jumlah Pemilih')}
    biasa('lkj-manggarai-barat-2023', 'Manggarai Barat', '5315', 'Labuan Bajo|31 Januari 2024|Fransiskus Sales Jehaut, S.Fil.|19860402 200904 1 895',
          ['LAPORAN KINERJA (LKj) TAHUN 2023', 'KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI BARAT', 'LABUAN BAJO'], 96,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          'partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.7', 22.3, 'u72mb23', 'JUMLAH TOTAL',
          ('pemilu', 2024), 'KABUPATEN MANGGARAI BARAT',
          (lambda n: f"Hlm. {n}", "LKj KPU Kabupaten Manggarai Barat Tahun 2023"),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023:', bawah=True, riw=1)


def malaka_2024():
    kep = {'cap': ('No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Uraian Program/Kegiatan', 'Pagu (Rp)', 'Realisasi s.d. 31 Desember (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen AKIP', 'Bobot (%)', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'L', 'P', 'Jumlah Pemilih')}
    biasa('lkj-malaka-2024', 'Malaka', '5321', 'Betun|30 Januari 2025|Yohanes Klau Bria, S.H.|19860611 200904 1 896',
          ['LAPORAN KINERJA', 'KPU KABUPATEN MALAKA', 'TAHUN 2024', 'BETUN'], 95,
          lambda n, t: f"TABEL {n}. {t}", kep,
          'partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2', 22.6, 'u72mk24', 'JUMLAH KESELURUHAN',
          ('pemilu', 2024), 'TOTAL KABUPATEN MALAKA',
          (lambda n: f"LKj KPU Kabupaten Malaka 2024 -- {n}",),
          'Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', riw=1)


if __name__ == "__main__":
    tulis(kota_kupang_2019, alor_2020, nagekeo_2021, sabu_raijua_2022, manggarai_barat_2023, malaka_2024)
