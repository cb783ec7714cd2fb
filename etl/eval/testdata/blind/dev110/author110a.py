#!/usr/bin/env python3
# dev110/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev110/author110a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common110 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def tts_2019():
    kep = {'cap': ('No.', 'Indikator Kinerja', 'Satuan', 'Target 2019', 'Realisasi 2019', 'Capaian (%)'), 'ang': ('Kode', 'Program / Kegiatan / Output', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa Pagu (Rp)', 'Realisasi (%)'), 'sakip': ('No.', 'Komponen Manajemen Kinerja', 'Bobot', 'Nilai'), 'dpt': ('No.', 'Kecamatan', 'Desa/Kel.', 'TPS', 'Laki-laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-timor-tengah-selatan-2019', 'Timor Tengah Selatan', '5302', 'Soe|30 Januari 2020|Agustinus Nenobais, S.Sos.|19830514 200604 1 881',
          ['LAPORAN KINERJA INSTANSI PEMERINTAH', 'KOMISI PEMILIHAN UMUM KABUPATEN TIMOR TENGAH SELATAN', 'TAHUN 2019', 'SOE'], 95,
          lambda n, t: f"Tabel 3.{n} : {t}", kep,
          'partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3', 21.1, 'u72ts19', 'JUMLAH SELURUHNYA',
          ('pemilu', 2019), 'JUMLAH KABUPATEN TTS',
          (lambda n: f"Laporan Kinerja KPU Kabupaten Timor Tengah Selatan 2019 - {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan hasil rapat pleno terbuka KPU Kabupaten Timor Tengah Selatan:', riw=0)


def kupang_2020():
    kep = {'cap': ('No', 'Indikator Kinerja Utama (IKU)', 'Satuan', 'Target', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Persentase (%)'), 'sakip': ('No', 'Komponen Evaluasi', 'Bobot (%)', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jumlah Desa/Kel', 'Jumlah TPS', 'L', 'P', 'L+P')}
    biasa('lkj-kupang-2020', 'Kupang', '5301', 'Oelamasi|28 Januari 2021|Yakob Nope, S.H.|19840211 200604 1 882',
          ['KOMISI PEMILIHAN UMUM KABUPATEN KUPANG', 'LAPORAN KINERJA (LKj)', 'TAHUN 2020', 'OELAMASI'], 94,
          lambda n, t: f"Tabel {n}. {t}", kep,
          'partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.4', 21.3, 'u72kp20', 'TOTAL',
          ('pemilu', 2019), 'TOTAL KABUPATEN KUPANG',
          (lambda n: f"hal. {n}", "LKj Sekretariat KPU Kabupaten Kupang Tahun 2020"),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, yang menjadi dasar pemutakhiran data pemilih berkelanjutan tahun 2020:', pct=True, riw=1)


def ngada_2021():
    kep = {'cap': ('No', 'Sasaran/Indikator', 'Satuan', 'Target', 'Realisasi', 'Persentase Capaian'), 'ang': ('Kode', 'Program dan Kegiatan', 'Pagu Revisi (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai Hasil Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Desa/Kelurahan', 'TPS', 'Pemilih L', 'Pemilih P', 'Jumlah Pemilih')}
    biasa('lkj-ngada-2021', 'Ngada', '5309', 'Bajawa|27 Januari 2022|Fransiskus Wolo Bate, S.Fil.|19850719 200604 1 883',
          ['LKj', 'KPU KABUPATEN NGADA', 'TAHUN 2021', 'BAJAWA'], 96,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          'partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5', 21.7, 'u72ng21', 'JUMLAH',
          ('pemilu', 2019), 'KABUPATEN NGADA',
          (lambda n: f"LKj KPU Ngada 2021 | hal {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:', bawah=True, riw=1)


def lembata_2022():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target 2022', 'Realisasi 2022', '% Capaian'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu Akhir (Rp)', 'Realisasi s.d. 31 Des (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen Penilaian', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'L', 'P', 'Total')}
    biasa('lkj-lembata-2022', 'Lembata', '5313', 'Lewoleba|30 Januari 2023|Yosef Ola Kedang, S.E.|19860120 200904 1 884',
          ['LAPORAN KINERJA', 'TAHUN 2022', 'KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA', 'LEWOLEBA'], 93,
          lambda n, t: f"Tabel 3-{n} {t}", kep,
          'partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9', 21.9, 'u72lb22', 'TOTAL KESELURUHAN',
          ('pemilu', 2019), 'JUMLAH LEMBATA',
          (lambda n: f"[{n}] LKj KPU Kabupaten Lembata 2022",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def sumba_tengah_2023():
    kep = {'cap': ('No', 'Indikator Kinerja Sasaran Strategis', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Uraian Program/Kegiatan', 'Pagu DIPA (Rp)', 'Realisasi (Rp)', 'Sisa Dana (Rp)', 'Penyerapan (%)'), 'sakip': ('No', 'Komponen AKIP', 'Bobot', 'Nilai Komponen'), 'dpt': ('No', 'Kecamatan', 'Jml Desa', 'Jml TPS', 'Laki-Laki', 'Perempuan', 'Laki-Laki + Perempuan')}
    biasa('lkj-sumba-tengah-2023', 'Sumba Tengah', '5317', 'Waibakul|31 Januari 2024|Umbu Kahumbu Nggiku, S.Pd.|19870305 200904 1 885',
          ['LAPORAN KINERJA TAHUN 2023', 'SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TENGAH', 'WAIBAKUL'], 95,
          lambda n, t: f"TABEL 3.{n}. {t.upper()}", kep,
          'partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7', 22.1, 'u72st23', 'JUMLAH TOTAL',
          ('pemilu', 2024), 'TOTAL SUMBA TENGAH',
          (lambda n: f"LKj 2023 KPU Sumba Tengah * {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023:', urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def sikka_2024():
    kep = {'cap': ('No', 'Indikator', 'Satuan', 'Target Tahun 2024', 'Realisasi Tahun 2024', 'Capaian (%)'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Capaian Realisasi (%)'), 'sakip': ('No', 'Komponen yang Dievaluasi', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kel', 'TPS', 'Pemilih Laki-laki', 'Pemilih Perempuan', 'Total Pemilih')}
    biasa('lkj-sikka-2024', 'Sikka', '5307', 'Maumere|30 Januari 2025|Paulus Dhey Nong, S.Fil.|19870814 200904 1 886',
          ['LAPORAN KINERJA', 'KOMISI PEMILIHAN UMUM KABUPATEN SIKKA', 'TAHUN ANGGARAN 2024', 'MAUMERE'], 94,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          'partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.0', 22.5, 'u72sk24', 'JUMLAH',
          ('pemilu', 2024), 'JUMLAH KABUPATEN SIKKA',
          (lambda n: f"Halaman {n} | LKj KPU Kabupaten Sikka 2024",),
          'Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', riw=1)


if __name__ == "__main__":
    tulis(tts_2019, kupang_2020, ngada_2021, lembata_2022, sumba_tengah_2023, sikka_2024)
