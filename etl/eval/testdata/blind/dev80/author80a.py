#!/usr/bin/env python3
# dev80/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev80/author80a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common80 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Evaluasi atas kinerja tahun {y} sebelumnya memberikan nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri Reformasi Birokrasi (PMPRB) tahun {tahun} menghasilkan nilai {id_dec(nb[0])} "
        f"dari bobot {id_dec(nb[1])} atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: Aplikasi SAKTI, keadaan 31 Desember {tahun}, diolah.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan pagu sebesar Rp{p} terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y} sebelumnya, pagu sebesar Rp{id_int(p)} terealisasi "
            f"Rp{id_int(x)} ({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d, "Sumber: Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat.")
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def tts_2019():
    """Timor Tengah Selatan 2019: cover LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) / KPU KABUPATEN TIMOR TENGAH
    SELATAN / TAHUN 2019; captions `Tabel 3.n Judul`; capaian `Indikator Kinerja Utama` `Target 2019` `Realisasi
    2019` `% Capaian`; SAKIP `Komponen yang Dievaluasi`; budget `Kode` `Program/Kegiatan` `Pagu (Rp)` `Realisasi
    (Rp)` `Sisa (Rp)` `Serapan (%)`, total `TOTAL KPU TTS`; DPT `Desa/Kel.` `TPS` `Laki-laki` `Perempuan`
    `Jumlah`, total `KABUPATEN TIMOR TENGAH SELATAN`; foot `LKjIP KPU TTS 2019 | Hal. n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target 2019", "Realisasi 2019", "% Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"),
           "sakip": ("No", "Komponen yang Dievaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    biasa("lkj-timor-tengah-selatan-2019", "Timor Tengah Selatan", "5302",
          "Soe|29 Januari 2020|Marthen Luther Tefu, S.H.|19820917 200604 1 821",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN 2019"], 94,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.1, "u69ts19", "TOTAL KPU TTS",
          ("pemilu", 2019), "KABUPATEN TIMOR TENGAH SELATAN",
          (lambda n: f"LKjIP KPU TTS 2019 | Hal. {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan per kecamatan, hasil rapat "
          "pleno terbuka KPU Kabupaten Timor Tengah Selatan:", riw=0)


def kupang_2020():
    """Kupang 2020: cover KOMISI PEMILIHAN UMUM KABUPATEN KUPANG / LAPORAN KINERJA / TAHUN ANGGARAN 2020 /
    OELAMASI; captions `Tabel 3.n. Judul`; capaian `Indikator` `Target` `Realisasi` `Capaian (%)`; budget `Kode`
    `Uraian Program dan Kegiatan` `Pagu` `Realisasi` `Sisa` `% Serapan`, total `JUMLAH KPU KABUPATEN KUPANG`; DPT
    `Jumlah Desa/Kel.` `Jumlah TPS` `L` `P` `L+P`, total `KAB. KUPANG`; foot `- n -` under the running head
    `LKj KPU Kabupaten Kupang Tahun 2020`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "% Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa/Kel.", "Jumlah TPS", "L", "P", "L+P")}
    biasa("lkj-kupang-2020", "Kupang", "5301", "Oelamasi|29 Januari 2021|Yosua Benu, S.Pd.|19830405 200604 1 822",
          ["KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "LAPORAN KINERJA", "TAHUN ANGGARAN 2020", "OELAMASI"], 92,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.4", 21.3, "u69kp20",
          "JUMLAH KPU KABUPATEN KUPANG", ("pemilu", 2019), "KAB. KUPANG",
          (lambda n: f"- {n} -", "LKj KPU Kabupaten Kupang Tahun 2020"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, yang menjadi pangkal pemutakhiran data "
          "pemilih berkelanjutan tahun 2020:", riw=1)


def ngada_2021():
    """Ngada 2021: cover LKj 2021 / SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN NGADA / BAJAWA; captions `Tabel
    III.n - Judul`; capaian **`Target` after `Realisasi`**; budget `Kode` `Program / Kegiatan` `Anggaran (Rp)`
    `Realisasi (Rp)` `Sisa Anggaran (Rp)` `%`, total `TOTAL`; DPT `Desa/Kelurahan` `TPS` `Laki-laki`
    `Perempuan` `Total`, total `NGADA`; foot `Laporan Kinerja 2021 - KPU Ngada - n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "%"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "Total")}
    biasa("lkj-ngada-2021", "Ngada", "5309", "Bajawa|28 Januari 2022|Gregorius Bhoka Lado, S.Fil.|19840323 200604 1 823",
          ["LKj 2021", "SEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "BAJAWA"], 95,
          lambda n, t: f"Tabel III.{n} - {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.7, "u69ng21", "TOTAL",
          ("pemilu", 2019), "NGADA",
          (lambda n: f"Laporan Kinerja 2021 - KPU Ngada - {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan tahun 2021:", urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


def lembata_2022():
    """Lembata 2022: cover LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA / TAHUN 2022 / LEWOLEBA;
    captions `TABEL 3.n JUDUL` in capitals; capaian `Indikator Kinerja` `Target` `Realisasi` `Capaian (%)` with
    **`%` in the cells**; budget `Kode` `Uraian` `Pagu DIPA (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi (%)`,
    total `JUMLAH KPU LEMBATA`; DPT `Desa/Kel` `TPS` `Laki-Laki` `Perempuan` `Jumlah Pemilih`, total `KABUPATEN
    LEMBATA`; foot `Halaman n | LKj KPU Lembata 2022`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu DIPA (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-Laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-lembata-2022", "Lembata", "5313",
          "Lewoleba|31 Januari 2023|Theodorus Laba Kolin, S.E.|19850611 200604 1 824",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN LEMBATA", "TAHUN 2022", "LEWOLEBA"], 96,
          lambda n, t: f"TABEL 3.{n} {t.upper()}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9", 21.9, "u69lb22", "JUMLAH KPU LEMBATA",
          ("pemilu", 2019), "KABUPATEN LEMBATA",
          (lambda n: f"Halaman {n} | LKj KPU Lembata 2022",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata menurut kecamatan, dasar pemutakhiran data pemilih "
          "berkelanjutan tahun 2022:", pct=True, riw=1)


def sumba_tengah_2023():
    """Sumba Tengah 2023: cover KPU KABUPATEN SUMBA TENGAH / LAPORAN KINERJA TAHUN 2023 / WAIBAKUL; captions
    `Tabel 3-n: Judul`; capaian **`Satuan` last**; budget `Kode` `Program/Kegiatan` `Pagu Revisi` `Realisasi`
    `Sisa Pagu` `Persentase`, total `TOTAL SUMBA TENGAH`; DPT `Jml Desa` `Jml TPS` `Laki-laki` `Perempuan` `L + P`,
    total `KAB. SUMBA TENGAH`; foot `LKj Sumba Tengah 2023 / hlm. n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Revisi", "Realisasi", "Sisa Pagu", "Persentase"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa", "Jml TPS", "Laki-laki", "Perempuan", "L + P")}
    biasa("lkj-sumba-tengah-2023", "Sumba Tengah", "5317",
          "Waibakul|30 Januari 2024|Umbu Rauta Djawa, S.Sos.|19860214 200904 1 825",
          ["KPU KABUPATEN SUMBA TENGAH", "LAPORAN KINERJA TAHUN 2023", "WAIBAKUL"], 93,
          lambda n, t: f"Tabel 3-{n}: {t}", kep,
          "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u69st23", "TOTAL SUMBA TENGAH",
          ("pemilu", 2024), "KAB. SUMBA TENGAH",
          (lambda n: f"LKj Sumba Tengah 2023 / hlm. {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan, ditetapkan dalam "
          "rapat pleno terbuka bulan Juni 2023:", urut={"cap": [0, 1, 3, 4, 5, 2]}, riw=1)


def sikka_2024():
    """Sikka 2024: cover LAPORAN KINERJA (LKj) / KPU KABUPATEN SIKKA / TAHUN 2024; captions `Tabel 3.n : Judul`;
    capaian `Uraian Indikator` `Target 2024` `Realisasi 2024` `Tingkat Capaian (%)`; SAKIP `Aspek`; budget `Kode`
    `Program/Kegiatan` `Pagu Akhir (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Serapan`, total `JUMLAH SIKKA`; DPT
    `Desa/Kel.` `TPS` `Pemilih Laki-laki` `Pemilih Perempuan` `Jumlah Pemilih`, total `KABUPATEN SIKKA`; foot
    `KPU Sikka - Laporan Kinerja 2024 - n`."""
    kep = {"cap": ("No", "Uraian Indikator", "Satuan", "Target 2024", "Realisasi 2024", "Tingkat Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Akhir (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan"),
           "sakip": ("No", "Aspek", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")}
    biasa("lkj-sikka-2024", "Sikka", "5307", "Maumere|31 Januari 2025|Yakobus Moa Nong, S.Fil.|19870212 200904 1 826",
          ["LAPORAN KINERJA (LKj)", "KPU KABUPATEN SIKKA", "TAHUN 2024"], 94,
          lambda n, t: f"Tabel 3.{n} : {t}", kep,
          "partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.0", 22.5, "u69sk24", "JUMLAH SIKKA",
          ("pemilu", 2024), "KABUPATEN SIKKA",
          (lambda n: f"KPU Sikka - Laporan Kinerja 2024 - {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", riw=1)


if __name__ == "__main__":
    tulis(tts_2019, kupang_2020, ngada_2021, lembata_2022, sumba_tengah_2023, sikka_2024)
