#!/usr/bin/env python3
# unseen111/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 unseen111/author113a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common113 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def kota_kupang_2019():
    kep = {'cap': ('No', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen yang Dinilai', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Kelurahan', 'TPS', 'Laki-laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-kota-kupang-2019', 'Kota Kupang', '5371', 'Kupang|29 Januari 2020|Marthinus Adoe, S.H.|19830612 200604 1 891',
          ['LAPORAN KINERJA', 'KOMISI PEMILIHAN UMUM KOTA KUPANG', 'TAHUN 2019', 'KUPANG'], 95,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          'partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.3', 21.4, 'u72kk19', 'JUMLAH',
          ('pemilu', 2019), 'JUMLAH KOTA KUPANG',
          (lambda n: f"LKj KPU Kota Kupang Tahun 2019 | Hal. {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kota Kupang per kecamatan sesuai berita acara rapat pleno terbuka KPU Kota Kupang:', riw=0)


def alor_2020():
    kep = {'cap': ('No.', 'Indikator', 'Satuan', 'Target 2020', 'Realisasi 2020', 'Capaian (%)'), 'ang': ('Kode', 'Uraian Program dan Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa Pagu (Rp)', 'Penyerapan (%)'), 'sakip': ('No.', 'Komponen Penilaian AKIP', 'Bobot', 'Nilai'), 'dpt': ('No.', 'Kecamatan', 'Desa/Kel', 'TPS', 'L', 'P', 'L + P')}
    biasa('lkj-alor-2020', 'Alor', '5305', 'Kalabahi|28 Januari 2021|Yusuf Mautuka, S.Sos.|19840723 200604 1 892',
          ['LAPORAN KINERJA (LKj)', 'KPU KABUPATEN ALOR', 'TAHUN 2020', 'KALABAHI'], 94,
          lambda n, t: f"Tabel 3.{n} – {t}", kep,
          'partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.6', 21.5, 'u72al20', 'TOTAL',
          ('pemilu', 2019), 'TOTAL KABUPATEN ALOR',
          (lambda n: f"- {n} -", "Laporan Kinerja KPU Kabupaten Alor Tahun 2020"),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan, yang menjadi dasar pemutakhiran data pemilih berkelanjutan tahun 2020:', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def nagekeo_2021():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Persentase Capaian (%)'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu Setelah Revisi (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '% Serapan'), 'sakip': ('No', 'Komponen', 'Bobot (%)', 'Nilai Capaian'), 'dpt': ('No', 'Kecamatan', 'Jumlah Desa/Kelurahan', 'Jumlah TPS', 'Pemilih Laki-laki', 'Pemilih Perempuan', 'Total')}
    biasa('lkj-nagekeo-2021', 'Nagekeo', '5316', 'Mbay|27 Januari 2022|Kornelis Dhae Sina, S.E.|19870108 200904 1 893',
          ['LAPORAN KINERJA INSTANSI PEMERINTAH', 'SEKRETARIAT KPU KABUPATEN NAGEKEO', 'TAHUN 2021'], 93,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          'partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.8', 21.8, 'u72nk21', 'JUMLAH TOTAL',
          ('pemilu', 2019), 'JUMLAH KABUPATEN NAGEKEO',
          (lambda n: f"Halaman {n} dari LKj KPU Kabupaten Nagekeo 2021",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Nagekeo per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:', bawah=True, riw=1)


def sabu_raijua_2022():
    kep = {'cap': ('No', 'Indikator Kinerja Sasaran Strategis', 'Satuan', 'Target', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa Dana (Rp)', 'Persentase (%)'), 'sakip': ('No', 'Komponen Manajemen Kinerja', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'Jumlah TPS', 'L', 'P', 'L+P')}
    biasa('lkj-sabu-raijua-2022', 'Sabu Raijua', '5320', 'Seba|30 Januari 2023|Lazarus Bire Lado, S.Pd.|19850930 200604 1 894',
          ['KOMISI PEMILIHAN UMUM KABUPATEN SABU RAIJUA', 'LAPORAN KINERJA', 'TAHUN 2022', 'SEBA'], 96,
          lambda n, t: f"Tabel III-{n} {t}", kep,
          'partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.9', 22.1, 'u72sr22', 'TOTAL',
          ('pemilu', 2019), 'TOTAL SABU RAIJUA',
          (lambda n: f"{n} | LKj Sekretariat KPU Kabupaten Sabu Raijua 2022",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sabu Raijua per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:', pct=True, riw=1)


def manggarai_barat_2023():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target Tahun 2023', 'Realisasi Tahun 2023', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu Akhir (Rp)', 'Realisasi s.d. Desember (Rp)', 'Sisa (Rp)', 'Realisasi (%)'), 'sakip': ('No', 'Komponen Evaluasi AKIP', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jml Desa/Kel', 'Jml TPS', 'Laki-Laki', 'Perempuan', 'Jumlah Pemilih')}
    biasa('lkj-manggarai-barat-2023', 'Manggarai Barat', '5315', 'Labuan Bajo|31 Januari 2024|Fransiskus Sales Jehaut, S.Fil.|19860402 200904 1 895',
          ['LAPORAN KINERJA', 'KPU KABUPATEN MANGGARAI BARAT', 'TAHUN 2023', 'LABUAN BAJO'], 95,
          lambda n, t: f"TABEL 3.{n}: {t.upper()}", kep,
          'partisipasi 77.5 81.2, pemutakhiran 100 100, kompetensi 80 81.7', 22.3, 'u72mb23', 'JUMLAH KESELURUHAN',
          ('pemilu', 2024), 'JUMLAH KAB. MANGGARAI BARAT',
          (lambda n: f"Hal. {n}", "LKj KPU Kabupaten Manggarai Barat 2023"),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Manggarai Barat per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023:', urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def malaka_2024():
    kep = {'cap': ('No', 'Indikator Kinerja Utama (IKU)', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program dan Kegiatan', 'Pagu DIPA Revisi (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai Hasil Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Desa', 'TPS', 'Laki-laki', 'Perempuan', 'L+P')}
    biasa('lkj-malaka-2024', 'Malaka', '5321', 'Betun|30 Januari 2025|Yohanes Klau Bria, S.H.|19860611 200904 1 896',
          ['LAPORAN KINERJA', 'KOMISI PEMILIHAN UMUM KABUPATEN MALAKA', 'TAHUN ANGGARAN 2024', 'BETUN'], 94,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          'partisipasi 77.5 81.6, pemutakhiran 100 100, kompetensi 80 82.2', 22.6, 'u72mk24', 'JUMLAH SELURUHNYA',
          ('pemilu', 2024), 'KABUPATEN MALAKA',
          (lambda n: f"LKj KPU Malaka 2024 - {n}",),
          'Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', riw=1)


if __name__ == "__main__":
    tulis(kota_kupang_2019, alor_2020, nagekeo_2021, sabu_raijua_2022, manggarai_barat_2023, malaka_2024)
