#!/usr/bin/env python3
# dev104/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev104/author104a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common104 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def tts_2019():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Laki-laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-timor-tengah-selatan-2019', 'Timor Tengah Selatan', '5302', 'Soe|30 Januari 2020|Agustinus Nenobais, S.Sos.|19830514 200604 1 881',
          ['LAPORAN KINERJA', 'SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN', 'TAHUN ANGGARAN 2019', 'SOE'], 95,
          lambda n, t: f"Tabel 3.{n} : {t}", kep,
          'partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3', 21.1, 'u72ts19', 'JUMLAH TOTAL',
          ('pemilu', 2019), 'KAB. TIMOR TENGAH SELATAN',
          (lambda n: f"LKj KPU TTS Tahun 2019 - Halaman {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan sesuai berita acara rapat pleno terbuka KPU Kabupaten Timor Tengah Selatan:', riw=0)


def kupang_2020():
    kep = {'cap': ('No', 'Indikator Kinerja Utama', 'Satuan', 'Target 2020', 'Realisasi 2020', '% Capaian'), 'ang': ('Kode', 'Uraian Program/Kegiatan', 'Pagu Revisi (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)', '% Serapan'), 'sakip': ('No', 'Komponen Penilaian', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jumlah Desa/Kel', 'Jumlah TPS', 'L', 'P', 'L+P')}
    biasa('lkj-kupang-2020', 'Kupang', '5301', 'Oelamasi|28 Januari 2021|Yakob Nope, S.H.|19840211 200604 1 882',
          ['LAPORAN KINERJA INSTANSI PEMERINTAH', 'KOMISI PEMILIHAN UMUM KABUPATEN KUPANG', 'TAHUN 2020', 'OELAMASI'], 94,
          lambda n, t: f"Tabel {n}. {t}", kep,
          'partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.4', 21.3, 'u72kp20', 'TOTAL',
          ('pemilu', 2019), 'KABUPATEN KUPANG',
          (lambda n: f"Halaman {n} | LKj KPU Kabupaten Kupang 2020",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, yang menjadi dasar pemutakhiran data pemilih berkelanjutan tahun 2020:', urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def ngada_2021():
    kep = {'cap': ('No', 'Sasaran/Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Program dan Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Realisasi (%)'), 'sakip': ('No', 'Komponen yang Dievaluasi', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kelurahan', 'TPS', 'Pemilih L', 'Pemilih P', 'Jumlah Pemilih')}
    biasa('lkj-ngada-2021', 'Ngada', '5309', 'Bajawa|27 Januari 2022|Fransiskus Wolo Bate, S.Fil.|19850719 200604 1 883',
          ['KPU KABUPATEN NGADA', 'LAPORAN KINERJA', 'TAHUN 2021'], 93,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          'partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5', 21.7, 'u72ng21', 'JUMLAH KESELURUHAN',
          ('pemilu', 2019), 'JUMLAH KABUPATEN NGADA',
          (lambda n: f"hal. {n}", "Laporan Kinerja KPU Kabupaten Ngada Tahun 2021"),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:', pct=True, riw=1)


def lembata_2022():
    kep = {'cap': ('No', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu DIPA (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Persentase (%)'), 'sakip': ('No', 'Unsur Penilaian', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel.', 'TPS', 'L', 'P', 'Jumlah')}
    biasa('lkj-lembata-2022', 'Lembata', '5313', 'Lewoleba|30 Januari 2023|Yosef Ola Kedang, S.E.|19860120 200904 1 884',
          ['LAPORAN KINERJA (LKj)', 'KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA', 'TAHUN 2022', 'LEWOLEBA'], 96,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          'partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9', 21.9, 'u72lb22', 'JUMLAH',
          ('pemilu', 2019), 'TOTAL KAB. LEMBATA',
          (lambda n: f"LKj Lembata 2022 / {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:', urut={"cap": [0, 1, 2, 3, 5, 4]}, bawah=True, riw=1)


def sumba_tengah_2023():
    kep = {'cap': ('No', 'Indikator Kinerja Sasaran', 'Satuan', 'Target', 'Realisasi', 'Capaian Kinerja (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa Pagu (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen', 'Bobot (%)', 'Nilai Hasil Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Jml. Desa/Kel.', 'Jml. TPS', 'Laki-Laki', 'Perempuan', 'L+P')}
    biasa('lkj-sumba-tengah-2023', 'Sumba Tengah', '5317', 'Waibakul|31 Januari 2024|Umbu Kahumbu Nggiku, S.Pd.|19870305 200904 1 885',
          ['LAPORAN KINERJA', 'KPU KABUPATEN SUMBA TENGAH', 'TAHUN 2023', 'WAIBAKUL'], 95,
          lambda n, t: f"TABEL 3.{n}: {t.upper()}", kep,
          'partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7', 22.1, 'u72st23', 'TOTAL SUMBA TENGAH',
          ('pemilu', 2024), 'KAB. SUMBA TENGAH',
          (lambda n: f"LKj KPU Sumba Tengah 2023 | Hal. {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023:', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def sikka_2024():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target PK', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Uraian', 'Pagu Akhir (Rp)', 'Realisasi s.d. Desember (Rp)', 'Sisa (Rp)', '%'), 'sakip': ('No', 'Komponen SAKIP', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Laki-laki', 'Perempuan', 'Total')}
    biasa('lkj-sikka-2024', 'Sikka', '5307', 'Maumere|30 Januari 2025|Paulus Dhey Nong, S.Fil.|19870814 200904 1 886',
          ['LAPORAN KINERJA TAHUN 2024', 'SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SIKKA', 'MAUMERE'], 94,
          lambda n, t: f"Tabel {n}: {t}", kep,
          'partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.0', 22.5, 'u72sk24', 'JUMLAH SELURUHNYA',
          ('pemilu', 2024), 'KABUPATEN SIKKA',
          (lambda n: f"[ {n} ]", "LKj KPU Kabupaten Sikka 2024"),
          'Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', riw=1)


if __name__ == "__main__":
    tulis(tts_2019, kupang_2020, ngada_2021, lembata_2022, sumba_tengah_2023, sikka_2024)
