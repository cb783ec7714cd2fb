#!/usr/bin/env python3
# dev103/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev103/author103a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common103 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def ngada_2019():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '% Capaian'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi Anggaran (Rp)', 'Sisa Anggaran (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen Evaluasi', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jml. Desa/Kel', 'Jml. TPS', 'Laki-laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-ngada-2019', 'Ngada', '5309', 'Bajawa|29 Januari 2020|Yosef Djawa Ngole, S.Fil.|19840617 200604 1 871',
          ['LAPORAN KINERJA', 'KOMISI PEMILIHAN UMUM KABUPATEN NGADA', 'TAHUN ANGGARAN 2019', 'BAJAWA'], 96,
          lambda n, t: f"Tabel {n} - {t}", kep,
          'partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.2', 21.5, 'u74ng19', 'TOTAL KESELURUHAN',
          ('pemilu', 2019), 'KAB. NGADA',
          (lambda n: f"LKj Ngada Tahun 2019 | {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan sesuai berita acara rapat pleno terbuka KPU Kabupaten Ngada:', riw=0)


def nagekeo_2020():
    kep = {'cap': ('No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '%'), 'sakip': ('No', 'Komponen', 'Bobot (%)', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel.', 'TPS', 'Laki-Laki', 'Perempuan', 'L+P')}
    biasa('lkj-nagekeo-2020', 'Nagekeo', '5316', 'Mbay|28 Januari 2021|Paulus Sebho Dhae, S.E.|19850822 200604 1 872',
          ['LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)', 'KPU KABUPATEN NAGEKEO', 'TAHUN 2020', 'MBAY'], 94,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          'partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.9', 21.3, 'u74nk20', 'TOTAL',
          ('pemilu', 2019), 'JUMLAH KAB. NAGEKEO',
          (lambda n: f"LKjIP KPU Nagekeo 2020 - Hal. {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, yang menjadi dasar pemutakhiran data pemilih berkelanjutan tahun 2020:', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def sumba_barat_2021():
    kep = {'cap': ('No', 'Sasaran/Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu Revisi (Rp)', 'Realisasi (Rp)', 'Sisa Pagu (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen Penilaian', 'Bobot', 'Nilai Hasil Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Desa/Kelurahan', 'TPS', 'L', 'P', 'Total')}
    biasa('lkj-sumba-barat-2021', 'Sumba Barat', '5312', 'Waikabubak|28 Januari 2022|Umbu Dedu Ngara, S.Pd.|19850503 200604 1 873',
          ['KOMISI PEMILIHAN UMUM', 'KABUPATEN SUMBA BARAT', 'LAPORAN KINERJA TAHUN 2021', 'WAIKABUBAK'], 95,
          lambda n, t: f"Tabel III-{n}: {t}", kep,
          'partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.5', 21.9, 'u74sb21', 'JUMLAH SUMBA BARAT',
          ('pilkada', 2020), 'TOTAL KABUPATEN',
          (lambda n: f"Halaman {n}", "LKj KPU Kabupaten Sumba Barat Tahun 2021"),
          'Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Barat Tahun 2020 per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:', pct=True, riw=1)


def manggarai_2022():
    kep = {'cap': ('No', 'Indikator', 'Satuan', 'Target 2022', 'Realisasi 2022', 'Capaian (%)'), 'ang': ('Kode', 'Program dan Kegiatan', 'Pagu Akhir (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Realisasi (%)'), 'sakip': ('No', 'Komponen', 'Bobot', 'Skor'), 'dpt': ('No', 'Kecamatan', 'Jumlah Desa/Kel', 'Jumlah TPS', 'Pemilih L', 'Pemilih P', 'Jumlah Pemilih')}
    biasa('lkj-manggarai-2022', 'Manggarai', '5310', 'Ruteng|30 Januari 2023|Hironimus Jemarut, S.Fil.|19860217 200904 1 874',
          ['LAPORAN KINERJA (LKj)', 'SEKRETARIAT KPU KABUPATEN MANGGARAI', 'TAHUN 2022', 'RUTENG'], 93,
          lambda n, t: f"Tabel {n}. {t}", kep,
          'partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.8', 22.0, 'u74mg22', 'JUMLAH TOTAL',
          ('pemilu', 2019), 'TOTAL MANGGARAI',
          (lambda n: f"LKj Manggarai 2022 - {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Manggarai per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:', urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def manggarai_timur_2023():
    kep = {'cap': ('No', 'Indikator Kinerja Sasaran', 'Satuan', 'Target', 'Realisasi', 'Persentase Capaian'), 'ang': ('Kode', 'Program/Kegiatan/Output', 'Pagu DIPA (Rp)', 'Realisasi (Rp)', 'Sisa Dana (Rp)', '% Realisasi'), 'sakip': ('No', 'Unsur yang Dinilai', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Laki-laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-manggarai-timur-2023', 'Manggarai Timur', '5319', 'Borong|31 Januari 2024|Kanisius Jehabut, S.Sos.|19860919 200904 1 875',
          ['LKj', 'KOMISI PEMILIHAN UMUM KABUPATEN MANGGARAI TIMUR', 'TAHUN 2023'], 95,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          'partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6', 22.2, 'u74mt23', 'TOTAL MANGGARAI TIMUR',
          ('pemilu', 2024), 'JUMLAH KAB. MANGGARAI TIMUR',
          (lambda n: f"LKj KPU Manggarai Timur 2023 | Hal {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Timur per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023:', bawah=True, riw=1)


def rote_ndao_2024():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target 2024', 'Realisasi 2024', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Penyerapan (%)'), 'sakip': ('No', 'Komponen AKIP', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel.', 'TPS', 'L', 'P', 'L + P')}
    biasa('lkj-rote-ndao-2024', 'Rote Ndao', '5314', "Ba'a|30 Januari 2025|Daniel Mesakh Lenggu, S.E.|19840909 200604 1 876",
          ['LAPORAN KINERJA', 'KPU KABUPATEN ROTE NDAO', 'TAHUN 2024', "BA'A"], 94,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          'partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3', 22.7, 'u74rn24', 'JUMLAH',
          ('pemilu', 2024), 'KABUPATEN ROTE NDAO',
          (lambda n: f"- {n} -", "Laporan Kinerja KPU Rote Ndao 2024"),
          'Daftar Pemilih Tetap Pemilu 2024 Kabupaten Rote Ndao per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


if __name__ == "__main__":
    tulis(ngada_2019, nagekeo_2020, sumba_barat_2021, manggarai_2022, manggarai_timur_2023, rote_ndao_2024)
