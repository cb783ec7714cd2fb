#!/usr/bin/env python3
# dev109/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev109/author109a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common109 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Hasil evaluasi atas kinerja tahun {y} sebelumnya adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri Reformasi Birokrasi (PMPRB) tahun {tahun} memperoleh nilai {id_dec(nb[0])} "
        f"dari bobot {id_dec(nb[1])}, setara {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: Aplikasi SAKTI, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dengan demikian dari pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y} sebelumnya mencatat pagu Rp{id_int(p)} dengan realisasi "
            f"Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d, "Sumber: Divisi Perencanaan, Data dan Informasi, diolah.")
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def ngada_2019():
    kep = {'cap': ('No', 'Indikator Kinerja Utama', 'Satuan', 'Target Tahun 2019', 'Realisasi Tahun 2019', 'Capaian (%)'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen Evaluasi', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jumlah Desa/Kel', 'Jumlah TPS', 'Pemilih Laki-laki', 'Pemilih Perempuan', 'Jumlah Pemilih')}
    biasa('lkj-ngada-2019', 'Ngada', '5309', 'Bajawa|29 Januari 2020|Yosef Djawa Ngole, S.Fil.|19840617 200604 1 871',
          ['LAPORAN KINERJA', 'SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN NGADA', 'TAHUN 2019', 'BAJAWA'], 94,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          'partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2', 21.5, 'u74ng19', 'JUMLAH TOTAL',
          ('pemilu', 2019), 'JUMLAH KAB. NGADA',
          (lambda n: f"LKj KPU Kabupaten Ngada Tahun 2019 | {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan menurut berita acara rapat pleno terbuka KPU Kabupaten Ngada:', riw=0)


def nagekeo_2020():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian'), 'ang': ('Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '% Realisasi'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Desa/Kelurahan', 'TPS', 'L', 'P', 'Jumlah')}
    biasa('lkj-nagekeo-2020', 'Nagekeo', '5316', 'Mbay|28 Januari 2021|Paulus Sebho Dhae, S.E.|19850822 200604 1 872',
          ['LKj', 'LAPORAN KINERJA TAHUN 2020', 'KPU KABUPATEN NAGEKEO', 'MBAY'], 96,
          lambda n, t: f"Tabel {n}: {t}", kep,
          'partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9', 21.3, 'u74nk20', 'TOTAL',
          ('pemilu', 2019), 'TOTAL NAGEKEO',
          (lambda n: f"Halaman {n} dari LKj KPU Nagekeo 2020",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2020:', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def sumba_barat_2021():
    kep = {'cap': ('No', 'Sasaran / Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu Setelah Revisi (Rp)', 'Realisasi s.d. Desember (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen yang Dinilai', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Laki-Laki', 'Perempuan', 'L+P')}
    biasa('lkj-sumba-barat-2021', 'Sumba Barat', '5312', 'Waikabubak|28 Januari 2022|Umbu Dedu Ngara, S.Pd.|19850503 200604 1 873',
          ['LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)', 'KOMISI PEMILIHAN UMUM KABUPATEN SUMBA BARAT', 'TAHUN 2021', 'WAIKABUBAK'], 95,
          lambda n, t: f"Tabel III.{n} - {t}", kep,
          'partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5', 21.9, 'u74sb21', 'JUMLAH SELURUHNYA',
          ('pilkada', 2020), 'KABUPATEN SUMBA BARAT',
          (lambda n: f"- {n} -", "Laporan Kinerja KPU Kabupaten Sumba Barat Tahun 2021"),
          'Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:', bawah=True, riw=1)


def manggarai_2022():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target PK', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Program dan Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa Dana (Rp)', 'Persentase (%)'), 'sakip': ('No', 'Komponen', 'Bobot (%)', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jml Desa/Kel', 'Jml TPS', 'Pemilih L', 'Pemilih P', 'Pemilih L+P')}
    biasa('lkj-manggarai-2022', 'Manggarai', '5310', 'Ruteng|30 Januari 2023|Hironimus Jemarut, S.Fil.|19860217 200904 1 874',
          ['KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI', 'LAPORAN KINERJA', 'TAHUN ANGGARAN 2022', 'RUTENG'], 93,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          'partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.8', 22.0, 'u74mg22', 'JUMLAH',
          ('pemilu', 2019), 'JUMLAH KABUPATEN',
          (lambda n: f"LKj KPU Manggarai 2022 - hal {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:', pct=True, riw=1)


def manggarai_timur_2023():
    kep = {'cap': ('No', 'Indikator Kinerja Sasaran', 'Satuan', 'Target', 'Realisasi', 'Persentase Capaian (%)'), 'ang': ('Kode', 'Uraian Program/Kegiatan', 'Pagu Revisi (Rp)', 'Realisasi (Rp)', 'Sisa Pagu (Rp)', 'Penyerapan (%)'), 'sakip': ('No', 'Komponen AKIP', 'Bobot', 'Nilai Komponen'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel.', 'TPS', 'Laki-laki', 'Perempuan', 'Total')}
    biasa('lkj-manggarai-timur-2023', 'Manggarai Timur', '5319', 'Borong|31 Januari 2024|Kanisius Jehabut, S.Sos.|19860919 200904 1 875',
          ['LAPORAN KINERJA', 'KPU KABUPATEN MANGGARAI TIMUR', 'TAHUN 2023', 'BORONG'], 95,
          lambda n, t: f"Tabel 3-{n}. {t}", kep,
          'partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6', 22.2, 'u74mt23', 'TOTAL ANGGARAN',
          ('pemilu', 2024), 'TOTAL KABUPATEN MANGGARAI TIMUR',
          (lambda n: f"Hal. {n}", "LKj Sekretariat KPU Kabupaten Manggarai Timur 2023"),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023:', urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def rote_ndao_2024():
    kep = {'cap': ('No', 'Indikator', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Tingkat Capaian (%)'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu DIPA Akhir (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen Penilaian', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'L', 'P', 'L + P')}
    biasa('lkj-rote-ndao-2024', 'Rote Ndao', '5314', "Ba'a|30 Januari 2025|Daniel Mesakh Lenggu, S.E.|19840909 200604 1 876",
          ['LAPORAN KINERJA', 'KOMISI PEMILIHAN UMUM KABUPATEN ROTE NDAO', 'TAHUN 2024'], 94,
          lambda n, t: f"Tabel {n} {t}", kep,
          'partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3', 22.7, 'u74rn24', 'JUMLAH KESELURUHAN',
          ('pemilu', 2024), 'JUMLAH ROTE NDAO',
          (lambda n: f"LKj KPU Rote Ndao 2024 :: {n}",),
          'Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', riw=1)


if __name__ == "__main__":
    tulis(ngada_2019, nagekeo_2020, sumba_barat_2021, manggarai_2022, manggarai_timur_2023, rote_ndao_2024)
