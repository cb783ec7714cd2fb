#!/usr/bin/env python3
# dev71/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (cover, captions, header words, column order, totals' labels, page feet and heads).
# Run from etl/eval/testdata/blind/:   python3 dev71/author71a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common71 import (baris, cap_lama, dok, halaman, id_dec, id_int, persen_sel, predikat,  # noqa: E402
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
        d.P(f"Sebagai pembanding, evaluasi atas kinerja tahun {y} memberikan nilai {id_dec(v)} (predikat {predikat(v)}).")
    nb = rb_std(d, tahun, rb)
    d.P(f"Hasil penilaian mandiri Reformasi Birokrasi tahun {tahun} adalah {id_dec(nb[0])} dari bobot "
        f"{id_dec(nb[1])}, setara {id_dec(nb[2])}%.")
    sec_anggaran(d, R, seed, total=total)
    sumber(d, f"Sumber: SAKTI dan OM-SPAN per 31 Desember {tahun}, diolah.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan, dari pagu Rp{p} terealisasi Rp{x} atau {id_dec(q)}%.")
    revisi_semua(d)
    for y, p, x in tahun_lalu(d, [tahun - 1]):
        d.P(f"Pada tahun anggaran {y}, pagu tercatat Rp{id_int(p)} dengan realisasi Rp{id_int(x)} "
            f"({id_dec(serapan(p, x))}%).")
    pem, dy = dpt
    sec_dpt(d, R, pem, dy, label=label, pre=pre)
    sumber(d)
    selesai(d, c)
    halaman(d, *foot)
    rapi(d)
    d.write()


def tts_2019():
    """Timor Tengah Selatan 2019: cover LAPORAN KINERJA INSTANSI PEMERINTAH / (LKjIP) / KPU KABUPATEN TIMOR TENGAH
    SELATAN / TAHUN ANGGARAN 2019; captions `Tabel 3.n. Judul`; capaian `Indikator Kinerja Sasaran` `Target (%)`
    `Realisasi (%)` `Capaian`; budget `Kode` `Program/Kegiatan/Output` `Pagu DIPA` `Realisasi` `Sisa Pagu` `Serapan
    (%)`, total `TOTAL REALISASI`; DPT `Jml. Desa` `Jml. TPS` `Laki-laki` `Perempuan` `L + P`, total `TIMOR TENGAH
    SELATAN`; foot `LKjIP KPU TTS 2019 - Hal. n`."""
    kep = {"cap": ("No", "Indikator Kinerja Sasaran", "Satuan", "Target (%)", "Realisasi (%)", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan/Output", "Pagu DIPA", "Realisasi", "Sisa Pagu", "Serapan (%)"),
           "sakip": ("No", "Komponen yang Dinilai", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jml. Desa", "Jml. TPS", "Laki-laki", "Perempuan", "L + P")}
    biasa("lkj-timor-tengah-selatan-2019", "Timor Tengah Selatan", "5302",
          "Soe|30 Januari 2020|Marthen Luther Tefu, S.H.|19820917 200604 1 821",
          ["LAPORAN KINERJA INSTANSI PEMERINTAH", "(LKjIP)", "KPU KABUPATEN TIMOR TENGAH SELATAN",
           "TAHUN ANGGARAN 2019"], 92,
          lambda n, t: f"Tabel 3.{n}. {t}", kep,
          "partisipasi 77.5 80.2, pemutakhiran 100 100, kompetensi 80 81.3", 21.1, "u69ts19", "TOTAL REALISASI",
          ("pemilu", 2019), "TIMOR TENGAH SELATAN",
          (lambda n: f"LKjIP KPU TTS 2019 - Hal. {n}",),
          "Rekapitulasi Daftar Pemilih Tetap Pemilu 2019 Kabupaten Timor Tengah Selatan menurut kecamatan, "
          "sesuai berita acara rapat pleno terbuka:", riw=0)


def kupang_2020():
    """Kupang 2020: cover KPU KABUPATEN KUPANG / LAPORAN KINERJA / 2020 / OELAMASI; captions `Tabel 3-n Judul`;
    capaian `Uraian Indikator Kinerja` `Tgt.` `Real.` `%`; **the DPT's `Jumlah` before `L` and `P`**; budget
    `Program / Kegiatan` `Alokasi` `Realisasi` `Sisa` `%`, total `JUMLAH KABUPATEN KUPANG`; DPT total `KAB.
    KUPANG`; foot `Halaman n dari LKj KPU Kab. Kupang 2020` under the running head `KPU Kabupaten Kupang`."""
    kep = {"cap": ("No", "Uraian Indikator Kinerja", "Satuan", "Tgt.", "Real.", "%"),
           "ang": ("Kode", "Program / Kegiatan", "Alokasi", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "L", "P", "Jumlah")}
    biasa("lkj-kupang-2020", "Kupang", "5301", "Oelamasi|28 Januari 2021|Yosua Benu, S.Pd.|19830405 200604 1 822",
          ["KPU KABUPATEN KUPANG", "LAPORAN KINERJA", "2020", "OELAMASI"], 96,
          lambda n, t: f"Tabel 3-{n} {t}", kep,
          "partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.4", 21.3, "u69kp20", "JUMLAH KABUPATEN KUPANG",
          ("pemilu", 2019), "KAB. KUPANG",
          (lambda n: f"Halaman {n} dari LKj KPU Kab. Kupang 2020", "KPU Kabupaten Kupang"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Kupang per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan 2020:", urut={"dpt": [0, 1, 2, 3, 6, 4, 5]}, riw=1)


def ngada_2021():
    """Ngada 2021: cover LAPORAN KINERJA (LKj) / KOMISI PEMILIHAN UMUM KABUPATEN NGADA / TAHUN 2021 / BAJAWA, NTT;
    captions `TABEL III.n` / title on the next line; capaian `Sasaran / Indikator` `Target` `Realisasi` `Capaian
    (%)` with `%` in the cells; budget **`Serapan (%)` before `Sisa`**, total `JUMLAH SELURUHNYA`; DPT
    `Desa/Kelurahan` `TPS` `Pria` `Wanita` `Total`, total `KAB. NGADA`; foot `n | LKj KPU Ngada 2021`."""
    kep = {"cap": ("No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot (%)", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kelurahan", "TPS", "Pria", "Wanita", "Total")}
    biasa("lkj-ngada-2021", "Ngada", "5309", "Bajawa|27 Januari 2022|Gregorius Bhoka Lado, S.Fil.|19840323 200604 1 823",
          ["LAPORAN KINERJA (LKj)", "KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "TAHUN 2021", "BAJAWA, NTT"], 94,
          lambda n, t: f"TABEL III.{n}\n{t}", kep,
          "partisipasi 77.5 80.7, pemutakhiran 100 100, kompetensi 80 81.5", 21.7, "u69ng21", "JUMLAH SELURUHNYA",
          ("pemilu", 2019), "KAB. NGADA",
          (lambda n: f"{n} | LKj KPU Ngada 2021",),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Ngada per kecamatan, yang menjadi pangkal pemutakhiran data "
          "pemilih berkelanjutan 2021:", pct=True, urut={"ang": [0, 1, 2, 3, 5, 4]}, riw=1)


def lembata_2022():
    """Lembata 2022: cover LAPORAN KINERJA / TAHUN 2022 / KPU KABUPATEN LEMBATA / LEWOLEBA; captions `Tabel 3.n
    - Judul`; capaian `Indikator` `Satuan` `Target` `Realisasi` `Capaian` with
    a second header row naming the year (`2022` over Target and Realisasi, `(%)` over Capaian); budget `Kode` `Program dan Kegiatan`
    `Pagu (Rp)` `Realisasi (Rp)` `Sisa (Rp)` `Capaian (%)`, total `Total Anggaran KPU Lembata`; every table longer
    than five rows broken after five (`Lanjutan Tabel 3.n`); DPT total `KABUPATEN LEMBATA`; foot `LKj KPU Lembata 2022 -- hlm n`."""
    kep = {"cap": ("No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program dan Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Capaian (%)"),
           "sakip": ("No", "Komponen Evaluasi", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    dua = {"cap": ("", "", "", "2022", "2022", "(%)")}
    biasa("lkj-lembata-2022", "Lembata", "5313", "Lewoleba|30 Januari 2023|Theodorus Laba Kolin, S.E.|19850611 200604 1 824",
          ["LAPORAN KINERJA", "TAHUN 2022", "KPU KABUPATEN LEMBATA", "LEWOLEBA"], 95,
          lambda n, t: f"Tabel 3.{n} - {t}", kep,
          "partisipasi 77.5 80.8, pemutakhiran 100 100, kompetensi 80 81.9", 21.9, "u69lb22",
          "Total Anggaran KPU Lembata", ("pemilu", 2019), "KABUPATEN LEMBATA",
          (lambda n: f"LKj KPU Lembata 2022 -- hlm {n}", "Laporan Kinerja KPU Kabupaten Lembata Tahun 2022"),
          "Daftar Pemilih Tetap Pemilu 2019 Kabupaten Lembata per kecamatan, pangkal pemutakhiran data pemilih "
          "berkelanjutan 2022:", dua=dua, patah=(5, "Laporan Kinerja KPU Kabupaten Lembata Tahun 2022"), riw=1)


def sumba_tengah_2023():
    """Sumba Tengah 2023: cover LKj 2023 / KOMISI PEMILIHAN UMUM / KABUPATEN SUMBA TENGAH / WAIBAKUL; captions
    `Tabel n. Judul` numbered plainly; capaian **`Target` and `Realisasi` after `Capaian (%)`**; budget `Kode` `Uraian`
    `Pagu Akhir` `Realisasi` `Sisa` `Persentase`, total `JUMLAH SUMBA TENGAH`; DPT `Desa`
    `TPS` `Laki-Laki` `Perempuan` `Jumlah Pemilih`, total `TOTAL KAB. SUMBA TENGAH`; foot `KPU Sumba Tengah / LKj
    2023 / n`."""
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Uraian", "Pagu Akhir", "Realisasi", "Sisa", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "Laki-Laki", "Perempuan", "Jumlah Pemilih")}
    biasa("lkj-sumba-tengah-2023", "Sumba Tengah", "5317",
          "Waibakul|29 Januari 2024|Umbu Rauta Djawa, S.Sos.|19860214 200904 1 825",
          ["LKj 2023", "KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TENGAH", "WAIBAKUL"], 93,
          lambda n, t: f"Tabel {n}. {t}", kep,
          "partisipasi 77.5 81.1, pemutakhiran 100 100, kompetensi 80 81.7", 22.1, "u69st23",
          "JUMLAH SUMBA TENGAH", ("pemilu", 2024), "TOTAL KAB. SUMBA TENGAH",
          (lambda n: f"KPU Sumba Tengah / LKj 2023 / {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sumba Tengah per kecamatan, ditetapkan dalam rapat pleno "
          "terbuka bulan Juni 2023:", urut={"cap": [0, 1, 2, 5, 3, 4]}, riw=1)


def sikka_2024():
    """Sikka 2024: cover LAPORAN KINERJA SEKRETARIAT / KPU KABUPATEN SIKKA / TAHUN 2024 / MAUMERE; captions
    **under the tables** (`Tabel 3.n Judul`); capaian `IKU` `Target` `Realisasi` `Capaian`; budget `Kode`
    `Uraian` `Pagu Revisi Terakhir` `Realisasi` `Sisa` `%`, total `JUMLAH KPU SIKKA`; DPT `Kel./Desa` `TPS` `Lk`
    `Pr` `Lk+Pr`, total `KAB. SIKKA`; foot `LKj Sikka 2024 | n`."""
    kep = {"cap": ("No", "IKU", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu Revisi Terakhir", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kel./Desa", "TPS", "Lk", "Pr", "Lk+Pr")}
    biasa("lkj-sikka-2024", "Sikka", "5307", "Maumere|30 Januari 2025|Yakobus Moa Nong, S.Fil.|19870212 200904 1 826",
          ["LAPORAN KINERJA SEKRETARIAT", "KPU KABUPATEN SIKKA", "TAHUN 2024", "MAUMERE"], 97,
          lambda n, t: f"Tabel 3.{n} {t}", kep,
          "partisipasi 77.5 81.5, pemutakhiran 100 100, kompetensi 80 82.0", 22.5, "u69sk24", "JUMLAH KPU SIKKA",
          ("pemilu", 2024), "KAB. SIKKA",
          (lambda n: f"LKj Sikka 2024 | {n}",),
          "Daftar Pemilih Tetap Pemilu 2024 Kabupaten Sikka per kecamatan, yang digunakan pada pemungutan suara "
          "14 Februari 2024:", bawah=True, riw=1)


if __name__ == "__main__":
    tulis(tts_2019, kupang_2020, ngada_2021, lembata_2022, sumba_tengah_2023, sikka_2024)
