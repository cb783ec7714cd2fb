#!/usr/bin/env python3
# dev111/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev111/author111a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common111 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Nilai evaluasi atas kinerja tahun {y} tercatat {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri Reformasi Birokrasi (PMPRB) tahun {tahun} memperoleh nilai {id_dec(nb[0])} "
        f"dari bobot {id_dec(nb[1])}, setara {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: Aplikasi SAKTI, keadaan 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dengan demikian dari pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y} tercatat pagu Rp{id_int(p)} dengan realisasi "
            f"Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d, "Sumber: Subbagian Teknis Penyelenggaraan, Partisipasi dan Hubungan Masyarakat, diolah.")
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def sumba_tengah_2019():
    kep = {'cap': ('No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan/Output', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Daya Serap (%)'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jumlah Desa', 'Jumlah TPS', 'Laki-laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-sumba-tengah-2019', 'Sumba Tengah', '5317', 'Waibakul|29 Januari 2020|Umbu Manggana Djaru, S.Sos.|19830411 200604 1 861',
          ['LAPORAN KINERJA', 'SEKRETARIAT KPU KABUPATEN SUMBA TENGAH', 'TAHUN 2019'], 94,
          lambda n, t: f"Tabel 3.{n}  {t}", kep,
          'partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.1', 21.3, 'u74st19', 'JUMLAH',
          ('pemilu', 2019), 'KAB. SUMBA TENGAH',
          (lambda n: f"Sekretariat KPU Kabupaten Sumba Tengah | {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sumba Tengah per kecamatan sesuai berita acara rapat pleno terbuka KPU Kabupaten Sumba Tengah:', riw=0)


def flores_timur_2020():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target 2020', 'Realisasi 2020', 'Capaian'), 'ang': ('Kode', 'Uraian Program / Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)', '%'), 'sakip': ('No', 'Komponen Evaluasi', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel.', 'TPS', 'L', 'P', 'Jumlah')}
    biasa('lkj-flores-timur-2020', 'Flores Timur', '5306', 'Larantuka|28 Januari 2021|Bernardus Boli Ruron, S.Fil.|19840819 200604 1 862',
          ['KOMISI PEMILIHAN UMUM', 'KABUPATEN FLORES TIMUR', 'LAPORAN KINERJA TAHUN 2020', 'LARANTUKA'], 95,
          lambda n, t: f"Tabel III.{n}: {t}", kep,
          'partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.4', 21.5, 'u74ft20', 'JUMLAH TOTAL',
          ('pemilu', 2019), 'JUMLAH FLORES TIMUR',
          (lambda n: f"LKj KPU Flores Timur 2020 -- hal. {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, yang menjadi dasar pemutakhiran data pemilih berkelanjutan tahun 2020:', urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def lembata_2021():
    kep = {'cap': ('No', 'Indikator Kinerja Sasaran', 'Satuan', 'Target', 'Realisasi', 'Capaian Kinerja (%)'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu Setelah Revisi (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen yang Dinilai', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Laki-Laki', 'Perempuan', 'Total')}
    biasa('lkj-lembata-2021', 'Lembata', '5313', 'Lewoleba|27 Januari 2022|Yosep Beda Ladjar, S.E.|19850622 200604 1 863',
          ['LAPORAN KINERJA', 'KPU KABUPATEN LEMBATA', 'TAHUN 2021'], 96,
          lambda n, t: f"Tabel {n}. {t}", kep,
          'partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.7', 21.7, 'u74lb21', 'TOTAL',
          ('pemilu', 2019), 'TOTAL KABUPATEN LEMBATA',
          (lambda n: f"Hal. {n}", "Laporan Kinerja KPU Kabupaten Lembata Tahun 2021"),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:', bawah=True, riw=1)


def kota_kupang_2022():
    kep = {'cap': ('No.', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Persentase Capaian (%)'), 'ang': ('Kode', 'Program dan Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Realisasi (%)'), 'sakip': ('No.', 'Komponen Manajemen Kinerja', 'Bobot', 'Nilai'), 'dpt': ('No.', 'Kecamatan', 'Kelurahan', 'TPS', 'Pemilih L', 'Pemilih P', 'Pemilih L+P')}
    biasa('lkj-kota-kupang-2022', 'Kota Kupang', '5371', 'Kupang|30 Januari 2023|Aplonia Nubatonis, S.H.|19860918 200904 2 864',
          ['LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)', 'KOMISI PEMILIHAN UMUM KOTA KUPANG', 'TAHUN 2022', 'KUPANG'], 93,
          lambda n, t: f"Tabel 3.{n} — {t}", kep,
          'partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.9', 22.0, 'u74kk22', 'JUMLAH KESELURUHAN',
          ('pemilu', 2019), 'KOTA KUPANG',
          (lambda n: f"LKjIP KPU Kota Kupang 2022 | Halaman {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:', pct=True, riw=1)


def sabu_raijua_2023():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'), 'ang': ('Kode', 'Uraian', 'Pagu DIPA (Rp)', 'Realisasi (Rp)', 'Sisa Dana (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen AKIP', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Laki-laki', 'Perempuan', 'L+P')}
    biasa('lkj-sabu-raijua-2023', 'Sabu Raijua', '5320', 'Seba|30 Januari 2024|Herman Lado Kaka, S.Pd.|19860117 200904 1 875',
          ['LAPORAN KINERJA (LKj)', 'TAHUN 2023', 'SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA', 'SEBA'], 95,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          'partisipasi 77.5 81.3, pemutakhiran 100 100, kompetensi 80 81.9', 22.2, 'u74sr23', 'TOTAL',
          ('pemilu', 2024), 'TOTAL KAB. SABU RAIJUA',
          (lambda n: f"- {n} -", "LKj Sekretariat KPU Kabupaten Sabu Raijua 2023"),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sabu Raijua per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023 (rekapitulasi tidak memuat jumlah desa/kelurahan):', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def belu_2024():
    kep = {'cap': ('No', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi s.d. Desember (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen', 'Bobot (%)', 'Nilai Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Jml Desa/Kel', 'Jml TPS', 'Laki-laki', 'Perempuan', 'Jumlah Pemilih')}
    biasa('lkj-belu-2024', 'Belu', '5304', 'Atambua|29 Januari 2025|Maria Fatima Bere, S.H.|19870603 200904 2 866',
          ['KPU KABUPATEN BELU', 'LAPORAN KINERJA', 'TAHUN ANGGARAN 2024', 'ATAMBUA'], 94,
          lambda n, t: f"TABEL {n} {t.upper()}", kep,
          'partisipasi 77.5 81.7, pemutakhiran 100 100, kompetensi 80 82.3', 22.7, 'u74bl24', 'JUMLAH',
          ('pemilu', 2024), 'JUMLAH KABUPATEN BELU',
          (lambda n: f"LKj KPU Kabupaten Belu Tahun 2024 ({n})",),
          'Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', riw=1)


if __name__ == "__main__":
    tulis(sumba_tengah_2019, flores_timur_2020, lembata_2021, kota_kupang_2022, sabu_raijua_2023, belu_2024)
