#!/usr/bin/env python3
# dev66/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev66/author65a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common66 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Untuk perbandingan, hasil evaluasi atas kinerja tahun {y} adalah {id_dec(v)} dengan predikat {predikat(v)}.")
    nb = rb_std(d, tahun, rb)
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi tahun {tahun} memperoleh nilai {id_dec(nb[0])} dari "
        f"bobot {id_dec(nb[1])}, atau {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: aplikasi SAKTI dan OM-SPAN, data per 31 Desember {tahun}.")
    ulang(d, lambda p, x, q: f"Dengan demikian dari pagu Rp{p} telah direalisasikan Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Tahun anggaran {y} sebelumnya mencatat pagu Rp{id_int(p)} dan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def belu_2023():
    """Belu 2023: cover LAPORAN KINERJA / KOMISI PEMILIHAN UMUM KABUPATEN BELU / TAHUN 2023 / ATAMBUA; captions
    `Tabel III.n  Judul`; capaian `Indikator Kinerja Utama (IKU)` `Target PK`; budget `Anggaran (Rp)` `Realisasi (Rp)`
    `Sisa Pagu (Rp)` `Realisasi (%)`, total `TOTAL BELU`; DPT **`Jumlah TPS` before `Jumlah Desa`**, `Pemilih L`
    `Pemilih P` `Jumlah Pemilih`, total `KAB. BELU`; foot `LKj KPU Belu 2023 | hal n`."""
    kep = {"cap": ("No", "Indikator Kinerja Utama (IKU)", "Satuan", "Target PK", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa Pagu (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen yang Dievaluasi", "Bobot", "Nilai Capaian"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "Pemilih L", "Pemilih P", "Jumlah Pemilih")}
    biasa("lkj-belu-2023", "Belu", "5304", "Atambua|31 Januari 2024|Maria Yosefina Bere, S.Sos.|19850611 200904 2 721",
          ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "TAHUN 2023", "ATAMBUA"], 94,
          lambda n, t: f"Tabel III.{n}  {t}", kep,
          "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.8", 22.3, "u64bl23", "TOTAL BELU",
          ("pemilu", 2024), "KAB. BELU",
          (lambda n: f"LKj KPU Belu 2023 | hal {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu per kecamatan, ditetapkan dalam pleno Juni 2023:",
          urut={"dpt": [0, 1, 3, 2, 4, 5, 6]}, riw=1)


def lembata_2019():
    """Lembata 2019: cover LKj / TAHUN ANGGARAN 2019 / KPU KABUPATEN LEMBATA / LEWOLEBA; captions `TABEL n. Judul`
    in capitals; capaian `Uraian Kinerja` `Sat.` `Tgt.` `Real.`; budget `Pagu Definitif` **`Sisa Dana` before
    `Realisasi Belanja`**, `% Real.`, total `JUMLAH LEMBATA`; SAKIP `Unsur Penilaian`; DPT `Laki` `Perempuan`
    `Jumlah Pemilih`, total `KAB. LEMBATA`; foot `Hal. n / LKj Lembata`."""
    kep = {"cap": ("No", "Uraian Kinerja", "Sat.", "Tgt.", "Real.", "Capaian"),
           "ang": ("Kode", "Nomenklatur", "Pagu Definitif", "Realisasi Belanja", "Sisa Dana", "% Real."),
           "sakip": ("No", "Unsur Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-lembata-2019", "Lembata", "5313", "Lewoleba|29 Januari 2020|Yohanes Bala Tukan, S.Fil.|19830214 200604 1 722",
          ["LKj", "TAHUN ANGGARAN 2019", "KPU KABUPATEN LEMBATA", "LEWOLEBA"], 92,
          lambda n, t: f"TABEL {n}. {t.upper()}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.1", 21.1, "u64lb19", "JUMLAH LEMBATA",
          ("pemilu", 2019), "KAB. LEMBATA",
          (lambda n: f"Hal. {n} / LKj Lembata",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata menurut kecamatan:",
          urut={"ang": [0, 1, 2, 4, 3, 5]}, riw=0)


def ngada_2020():
    """Ngada 2020: cover KPU KABUPATEN NGADA / LAPORAN KINERJA (LKj) / 2020 / BAJAWA; captions `Tabel n | Judul`;
    capaian with `%` in the cells; budget `Program dan Kegiatan` `Pagu DIPA` `Realisasi` `Saldo` `Daya Serap (%)`,
    total `JUMLAH NGADA`; DPT `Desa/Kelurahan` `TPS` `L` `P` `Total`, total `KAB. NGADA`, broken after seven
    rows; foot `- n -` with a running head."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu DIPA", "Realisasi", "Saldo", "Daya Serap (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "L", "P", "Total")}
    biasa("lkj-ngada-2020", "Ngada", "5309", "Bajawa|28 Januari 2021|Kristoforus Dhiu Wea, S.H.|19840303 200604 1 723",
          ["KPU KABUPATEN NGADA", "LAPORAN KINERJA (LKj)", "2020", "BAJAWA"], 90,
          lambda n, t: f"Tabel {n} | {t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.7, "u64ng20", "JUMLAH NGADA",
          ("pilkada", 2020), "KAB. NGADA",
          (lambda n: f"- {n} -", "LKj KPU Kabupaten Ngada Tahun 2020"),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Ngada 2020 per kecamatan:",
          pct=True, patah=(7, "LKj KPU Kabupaten Ngada Tahun 2020"), riw=1)


def alor_2019():
    """Alor 2019: cover LAPORAN KINERJA INSTANSI PEMERINTAH / KPU KABUPATEN ALOR / TAHUN 2019 / KALABAHI; captions
    `Tabel 3-n: Judul`; capaian with **a second header row of column numbers** `(1)` .. `(6)`; budget `Uraian
    Program/Kegiatan` `Pagu` `Realisasi` `Sisa` `Serapan %`, total `JUMLAH ALOR`; DPT `Jml Desa/Kel` `Jml TPS`
    `Laki-laki` `Perempuan` `L + P`, total `KABUPATEN ALOR`; foot `LKj Alor 2019 :: n`."""
    kep = {"cap": ("No", "Sasaran Strategis / Indikator", "Satuan", "Target", "Realisasi", "% Capaian"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan %"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml Desa/Kel", "Jml TPS", "Laki-laki", "Perempuan", "L + P")}
    dua = {"cap": ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")}
    biasa("lkj-alor-2019", "Alor", "5305", "Kalabahi|30 Januari 2020|Ester Maukari, S.Sos.|19850808 200904 2 724",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN ALOR", "TAHUN 2019", "KALABAHI"], 96,
          lambda n, t: f"Tabel 3-{n}: {t}", kep,
          "partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.2", 21.2, "u64al19", "JUMLAH ALOR",
          ("pemilu", 2019), "KABUPATEN ALOR",
          (lambda n: f"LKj Alor 2019 :: {n}",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Alor per kecamatan hasil rapat pleno KPU Kabupaten Alor:",
          dua=dua, riw=0)


def sumba_tengah_2024():
    """Sumba Tengah 2024: cover KOMISI PEMILIHAN UMUM / KABUPATEN SUMBA TENGAH / LAPORAN KINERJA 2024 / WAIBAKUL;
    captions `Tabel n / Judul`; capaian **`Capaian` between `Target` and `Realisasi`**; budget `Rincian` `Pagu
    Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `Persentase Realisasi`, total `TOTAL SUMBA TENGAH`; DPT
    `Pemilih Laki-laki` `Pemilih Perempuan` `Jumlah Pemilih`, total `SUMBA TENGAH`; foot `Laporan Kinerja KPU
    Sumba Tengah 2024 - Hal. n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Rincian", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Persentase Realisasi"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Pemilih Laki-laki", "Pemilih Perempuan", "Jumlah Pemilih")}
    biasa("lkj-sumba-tengah-2024", "Sumba Tengah", "5317",
          "Waibakul|30 Januari 2025|Umbu Pati Lenda, S.Sos.|19860105 200904 1 725",
          ["KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TENGAH", "LAPORAN KINERJA 2024", "WAIBAKUL"], 93,
          lambda n, t: f"Tabel {n} / {t}", kep,
          "partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.2", 22.6, "u64sg24", "TOTAL SUMBA TENGAH",
          ("pilkada", 2024), "SUMBA TENGAH",
          (lambda n: f"Laporan Kinerja KPU Sumba Tengah 2024 - Hal. {n}",),
          "Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Sumba Tengah 2024 per kecamatan:",
          urut={"cap": [0, 1, 2, 3, 5, 4]}, riw=1)


def kota_kupang_2023():
    """Kota Kupang 2023: cover LAPORAN KINERJA TAHUN 2023 / KPU KOTA KUPANG; captions `Tabel n - Judul`; capaian
    **`Realisasi` before `Target`**; budget `Kode` `Kegiatan` `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Realisasi
    (%)`, total `JUMLAH KOTA KUPANG`; DPT `Kelurahan` `TPS` `Laki-Laki` `Perempuan` `L+P`, total `TOTAL KOTA
    KUPANG`; foot `LKj 2023 KPU Kota Kupang - n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Realisasi (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Laki-Laki", "Perempuan", "L+P")}
    biasa("lkj-kota-kupang-2023", "Kota Kupang", "5371",
          "Kupang|29 Januari 2024|Yuliana Ndolu, S.E.|19870404 200904 2 726",
          ["LAPORAN KINERJA TAHUN 2023", "KPU KOTA KUPANG"], 95,
          lambda n, t: f"Tabel {n} - {t}", kep,
          "partisipasi 77.5 81.0, pemutakhiran 100 100, kompetensi 80 81.6", 22.1, "u64kk23", "JUMLAH KOTA KUPANG",
          ("pemilu", 2024), "TOTAL KOTA KUPANG",
          (lambda n: f"LKj 2023 KPU Kota Kupang - {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kota Kupang per kecamatan, ditetapkan Juni 2023:",
          urut={"cap": [0, 1, 2, 4, 3, 5]}, riw=1)


if __name__ == "__main__":
    tulis(belu_2023, lembata_2019, ngada_2020, alor_2019, sumba_tengah_2024, kota_kupang_2023)
