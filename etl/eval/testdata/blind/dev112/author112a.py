#!/usr/bin/env python3
# dev112/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev112/author112a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common112 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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


def belu_2019():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Penyerapan (%)'), 'sakip': ('No', 'Komponen Penilaian', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Jumlah Desa/Kel', 'Jumlah TPS', 'Laki-laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-belu-2019', 'Belu', '5304', 'Atambua|28 Januari 2020|Maria Fatima Bere, S.Sos.|19840410 200604 2 861',
          ['LAPORAN KINERJA', 'KOMISI PEMILIHAN UMUM KABUPATEN BELU', 'TAHUN 2019'], 94,
          lambda n, t: f"Tabel 3.{n}: {t}", kep,
          'partisipasi 77.5 80.5, pemutakhiran 100 100, kompetensi 80 81.1', 21.2, 'u74bl19', 'JUMLAH',
          ('pemilu', 2019), 'JUMLAH KAB. BELU',
          (lambda n: f"Laporan Kinerja KPU Kabupaten Belu 2019 - {n}",),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Belu per kecamatan sesuai berita acara rapat pleno terbuka KPU Kabupaten Belu:', riw=0)


def tts_2020():
    kep = {'cap': ('No.', 'Indikator Kinerja Utama', 'Satuan', 'Target', 'Realisasi', 'Capaian'), 'ang': ('Kode', 'Uraian Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Realisasi (%)'), 'sakip': ('No.', 'Komponen', 'Bobot', 'Nilai'), 'dpt': ('No.', 'Kecamatan', 'Desa/Kel', 'TPS', 'Laki-Laki', 'Perempuan', 'Total')}
    biasa('lkj-timor-tengah-selatan-2020', 'Timor Tengah Selatan', '5302', 'Soe|29 Januari 2021|Yermias Tallo, S.Th.|19830908 200604 1 862',
          ['LKj', 'KOMISI PEMILIHAN UMUM', 'KABUPATEN TIMOR TENGAH SELATAN', 'TAHUN 2020', 'SOE'], 96,
          lambda n, t: f"Tabel III.{n} {t}", kep,
          'partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.5', 21.4, 'u74ts20', 'TOTAL',
          ('pemilu', 2019), 'TOTAL KAB. TTS',
          (lambda n: f"Hal {n}", "LKj KPU Kabupaten Timor Tengah Selatan Tahun 2020"),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, yang menjadi dasar pemutakhiran data pemilih berkelanjutan tahun 2020:', urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def sikka_2021():
    kep = {'cap': ('No', 'Indikator', 'Satuan', 'Target 2021', 'Realisasi 2021', 'Capaian (%)'), 'ang': ('Kode', 'Program dan Kegiatan', 'Pagu Akhir (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen Evaluasi', 'Bobot (%)', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Desa/Kelurahan', 'TPS', 'L', 'P', 'L+P')}
    biasa('lkj-sikka-2021', 'Sikka', '5307', 'Maumere|27 Januari 2022|Yohanes Nong Sina, S.Fil.|19850216 200604 1 863',
          ['KPU KABUPATEN SIKKA', 'LAPORAN KINERJA INSTANSI PEMERINTAH', 'TAHUN 2021', 'MAUMERE'], 93,
          lambda n, t: f"Tabel {n} - {t}", kep,
          'partisipasi 77.5 80.6, pemutakhiran 100 100, kompetensi 80 81.6', 21.6, 'u74sk21', 'JUMLAH SELURUHNYA',
          ('pemilu', 2019), 'KABUPATEN SIKKA',
          (lambda n: f"LKjIP KPU Sikka 2021 | hlm. {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Sikka per kecamatan, pangkal pemutakhiran data pemilih berkelanjutan tahun 2021:', bawah=True, riw=1)


def flores_timur_2022():
    kep = {'cap': ('No', 'Indikator Kinerja Sasaran', 'Satuan', 'Target', 'Realisasi', 'Persentase Capaian'), 'ang': ('Kode', 'Program/Kegiatan', 'Pagu Revisi (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Daya Serap (%)'), 'sakip': ('No', 'Komponen AKIP', 'Bobot', 'Nilai Komponen'), 'dpt': ('No', 'Kecamatan', 'Jml Desa/Kel', 'Jml TPS', 'Pemilih Laki-laki', 'Pemilih Perempuan', 'Jumlah Pemilih')}
    biasa('lkj-flores-timur-2022', 'Flores Timur', '5306', 'Larantuka|30 Januari 2023|Bernadus Boli Hurint, S.E.|19860311 200904 1 864',
          ['LAPORAN KINERJA (LKj)', 'SEKRETARIAT KPU KABUPATEN FLORES TIMUR', 'TAHUN 2022'], 95,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          'partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.7', 21.8, 'u74ft22', 'JUMLAH TOTAL',
          ('pemilu', 2019), 'JUMLAH KABUPATEN FLORES TIMUR',
          (lambda n: f"Sekretariat KPU Kabupaten Flores Timur - Halaman {n}",),
          'Daftar Pemilih Tetap Pemilu 2019 Kabupaten Flores Timur per kecamatan, dasar pemutakhiran data pemilih berkelanjutan tahun 2022:', pct=True, riw=1)


def malaka_2023():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target PK', 'Realisasi', 'Capaian (%)'), 'ang': ('Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi s.d. 31 Desember (Rp)', 'Sisa (Rp)', '%'), 'sakip': ('No', 'Komponen', 'Bobot', 'Nilai Evaluasi'), 'dpt': ('No', 'Kecamatan', 'Desa', 'TPS', 'Laki-laki', 'Perempuan', 'Jumlah')}
    biasa('lkj-malaka-2023', 'Malaka', '5321', 'Betun|30 Januari 2024|Kristoforus Bria Seran, S.H.|19860925 200904 1 865',
          ['LAPORAN KINERJA', 'TAHUN 2023', 'KPU KABUPATEN MALAKA', 'BETUN'], 94,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          'partisipasi 77.5 80.9, pemutakhiran 100 100, kompetensi 80 81.4', 22.0, 'u74mk23', 'JUMLAH',
          ('pemilu', 2024), 'JUMLAH MALAKA',
          (lambda n: f"({n})", "Laporan Kinerja KPU Kabupaten Malaka Tahun 2023"),
          'Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Malaka per kecamatan, ditetapkan dalam rapat pleno terbuka bulan Juni 2023:', urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def kota_kupang_2024():
    kep = {'cap': ('No', 'Indikator Kinerja', 'Satuan', 'Target Tahun 2024', 'Realisasi Tahun 2024', 'Capaian (%)'), 'ang': ('Kode', 'Program / Kegiatan', 'Pagu DIPA (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', 'Serapan (%)'), 'sakip': ('No', 'Komponen yang Dinilai', 'Bobot', 'Nilai'), 'dpt': ('No', 'Kecamatan', 'Kelurahan', 'TPS', 'L', 'P', 'Jumlah')}
    biasa('lkj-kota-kupang-2024', 'Kota Kupang', '5371', 'Kupang|30 Januari 2025|Imelda Christina Fanggi, S.H.|19870421 200904 2 866',
          ['LAPORAN KINERJA', 'KOMISI PEMILIHAN UMUM KOTA KUPANG', 'TAHUN ANGGARAN 2024', 'KUPANG'], 95,
          lambda n, t: f"TABEL 3.{n}  {t.upper()}", kep,
          'partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 82.1', 22.6, 'u74kk24', 'JUMLAH KESELURUHAN',
          ('pemilu', 2024), 'TOTAL KOTA KUPANG',
          (lambda n: f"LKj KPU Kota Kupang 2024 / {n}",),
          'Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan, yang digunakan pada pemungutan suara 14 Februari 2024:', riw=1)


if __name__ == "__main__":
    tulis(belu_2019, tts_2020, sikka_2021, flores_timur_2022, malaka_2023, kota_kupang_2024)
