#!/usr/bin/env python3
# dev105/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev105/author105a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common105 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
    kep = {'cap': ('No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', '% Capaian'), 'ang': ('Kode', 'Uraian Program/Kegiatan', 'Pagu Revisi (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen yang Dinilai', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jumlah Desa/Kel', 'Jumlah TPS', 'Laki-laki', 'Perempuan', 'L+P')}
    biasa('lkj-sumba-tengah-2019', 'Sumba Tengah', '5317', 'Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861',
          ['LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)', 'SEKRETARIAT KPU KABUPATEN SUMBA TENGAH', 'TAHUN ANGGARAN 2019', 'WAIBAKUL'], 96,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          'partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1', 21.3, 'u73st19', 'TOTAL KESELURUHAN',
          ('pemilu', 2019), 'TOTAL SUMBA TENGAH',
          (lambda n: f"LKjIP Sumba Tengah 2019 - {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan sesuai berita acara rapat pleno terbuka KPU Kabupaten Sumba Tengah:', riw=0)


def flores_timur_2020():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target PK 2020', 'Realisasi 2020', 'Capaian (%)'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '% Realisasi'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai Hasil Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel.', 'TPS', 'Laki-Laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-flores-timur-2020', 'Flores Timur', '5306', 'Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862',
          ['LAPORAN KINERJA', 'KPU KABUPATEN FLORES TIMUR', 'TAHUN 2020', 'LARANTUKA'], 94,
          lambda n, t: f"Tabel {n} - {t}", kep,
          'partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4', 21.5, 'u73ft20', 'JUMLAH SELURUHNYA',
          ('pemilu', 2019), 'KABUPATEN FLORES TIMUR',
          (lambda n: f"Hal. {n} dari LKj KPU Flores Timur 2020",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran data pemilih berkelanjutan tahun 2020:', urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def lembata_2021():
    kep = {'cap': ('No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Tingkat Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu DIPA (Rp)', 'Realisasi (Rp)', 'Sisa Dana (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen SAKIP', 'Bobot', 'Nilai Komponen'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'Jml TPS', 'Pemilih L', 'Pemilih P', 'Jumlah')}
    biasa('lkj-lembata-2021', 'Lembata', '5313', 'Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863',
          ['KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA', 'LAPORAN KINERJA (LKj)', 'TAHUN 2021'], 95,
          lambda n, t: f"Tabel 3.{n} : {t}", kep,
          'partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7', 21.7, 'u73lb21', 'TOTAL',
          ('pemilu', 2019), 'JUMLAH KAB. LEMBATA',
          (lambda n: f"LKj KPU Lembata 2021 | hlm. {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def kota_kupang_2022():
    kep = {'cap': ('No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Program dan Kegiatan', 'Pagu Akhir (Rp)', 'Realisasi s.d. 31 Desember (Rp)', 'Sisa (Rp)', 'Persentase (%)'), 'sakip': ('No', 'Komponen', 'Bobot (%)', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jml. Kelurahan', 'Jml. TPS', 'L', 'P', 'L+P')}
    biasa('lkj-kota-kupang-2022', 'Kota Kupang', '5371', 'Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864',
          ['KOMISI PEMILIHAN UMUM KOTA KUPANG', 'LAPORAN KINERJA', 'TAHUN 2022'], 93,
          lambda n, t: f"TABEL III.{n} {t.upper()}", kep,
          'partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9', 22.0, 'u73kk22', 'JUMLAH TOTAL',
          ('pemilu', 2019), 'JUMLAH KOTA KUPANG',
          (lambda n: f"- {n} -", "LKj KPU Kota Kupang Tahun 2022"),
          'Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:', pct=True, riw=1)


def sabu_raijua_2023():
    kep = {'cap': ('No', 'Indikator', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian 2023 (%)'), 'ang': ('Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa Pagu (Rp)', 'Penyerapan (%)'), 'sakip': ('No', 'Komponen Evaluasi', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Laki-laki', 'Perempuan', 'Total')}
    biasa('lkj-sabu-raijua-2023', 'Sabu Raijua', '5320', 'Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875',
          ['LAPORAN KINERJA TAHUN 2023', 'KPU KABUPATEN SABU RAIJUA', 'SEBA'], 94,
          lambda n, t: f"Tabel {n}: {t}", kep,
          'partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9', 22.2, 'u73sr23', 'TOTAL',
          ('pemilu', 2024), 'TOTAL KAB. SABU RAIJUA',
          (lambda n: f"{n} | LKj KPU Sabu Raijua 2023",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023 (rekapitulasi tidak memuat jumlah desa/kelurahan):', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def belu_2024():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan/Output', 'Pagu DIPA Revisi (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Unsur Penilaian', 'Bobot', 'Nilai Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Jml Desa/Kel', 'Jml TPS', 'L', 'P', 'Jumlah Pemilih')}
    biasa('lkj-belu-2024', 'Belu', '5304', 'Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866',
          ['LAPORAN KINERJA (LKj)', 'SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN BELU', 'TAHUN 2024', 'ATAMBUA'], 96,
          lambda n, t: f"Tabel III-{n} {t}", kep,
          'partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3', 22.7, 'u73bl24', 'JUMLAH KABUPATEN BELU',
          ('pemilu', 2024), 'KAB. BELU',
          (lambda n: f"Halaman {n}", "Laporan Kinerja KPU Kabupaten Belu 2024"),
          'Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', bawah=True, riw=1)


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
