#!/usr/bin/env python3
# dev24/ documents 1-6: ordinary LKj as a Word report's text gives them, each office with a house
# style of its own (captions, header words, column order, units, wrapped names, tables over pages).
# Run from etl/eval/testdata/blind/:   python3 dev24/author24a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common24 import (baris, cap_lama, dok, id_dec, id_int, lipat, persen_sel, predikat, r_kantor, rata_kiri_kanan,  # noqa: E402
                      rb_std, revisi_dipa, ribu_ok, ribuan, riwayat, sec_anggaran, sec_capaian, sec_dpt,
                      sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from lib import tulis  # noqa: E402
import common11  # noqa: E402


def tts_2020():
    """TTS 2020: captions `Tabel III.n` above the table; capaian `Sasaran / Indikator Kinerja`, `Satuan`,
    `Target`, `Realisasi`, `Capaian (%)`; budget in thousands of rupiah when exact (`Anggaran`, `Realisasi`,
    `Sisa`, `(%)`), total `J U M L A H`; DPT of 32 kecamatan over four pages every nine rows with
    `Tabel III.4 (lanjutan)` and the header repeated, the running head and `- n -` page numbers."""
    c, d = dok("lkj-tts-2020", "Timor Tengah Selatan", "Soe|25 Januari 2021|Yohanis Benu, S.Sos.|19780919 200604 1 007",
               ["LAPORAN KINERJA (LKj)", "SEKRETARIAT KPU KABUPATEN", "TIMOR TENGAH SELATAN", "TAHUN 2020"], W=96)
    rb = ribu_ok("5302", 2020)
    kep = {"cap": ("No", "Sasaran / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"),
           "ang": ("Kode", "Program / Kegiatan", "Anggaran", "Realisasi", "Sisa", "(%)"),
           "sakip": ("No", "Komponen Penilaian", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah")}
    head = "LKj KPU Kabupaten Timor Tengah Selatan 2020"

    def gaya(n, t):
        return f"Tabel III.{n} {t}" + (" (dalam ribuan rupiah)" if rb and "Anggaran" in t else "")

    def R(d, cap, hd, rows):
        base = r_kantor(gaya, kep.get)
        if len(rows) < 20:
            return base(d, cap, hd, rows)
        # the long DPT: the office's own page break, `- n -` at the foot, the running head, `(lanjutan)`
        c2 = gaya(4, cap.split(" ", 2)[2])
        d.L(c2, "")
        d.R(*kep["dpt"])
        for i, x in enumerate(rows):
            if i and i % 9 == 0 and i < len(rows) - 1:
                hal = sum(1 for y in d.lines if y == "\f") + 1
                d.L("", f"- {hal} -", "\f", head, "", "Tabel III.4 (lanjutan)")
                d.R(*kep["dpt"])
            d.R(*x)
        d.B()
    rows = cap_lama("5302", 2020, baris("partisipasi 77.5 79.6, pemutakhiran 100 100, kompetensi 80 80.4"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    nb = rb_std(d, 2020, 21.8)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2020 menghasilkan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    if rb:
        sec_anggaran(d, R, "u24ts20", sel=ribuan, total="J U M L A H")
    else:
        sec_anggaran(d, R, "u24ts20", total="J U M L A H")
    sumber(d, "Sumber: Aplikasi SAS dan OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Secara keseluruhan anggaran Rp{p} telah terealisasi sebesar Rp{x} ({id_dec(q)}%).")
    for y, p, x in tahun_lalu(d, [2019]):
        d.P(f"Sebagai pembanding, realisasi TA {y} adalah Rp{id_int(x)} dari pagu Rp{id_int(p)} ({id_dec(serapan(p, x))}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2020 mengalami revisi sebanyak {k} kali" + (f" dari pagu awal Rp{a}." if a else "."))
    d.P("Di luar belanja, Sekretariat menyetor Penerimaan Negara Bukan Pajak (pengembalian belanja tahun lalu dan "
        "jasa giro) sebesar Rp12.486.300; penerimaan ini tidak termasuk realisasi anggaran di atas.")
    sec_dpt(d, R, "pemilu", 2019, label="Total Kabupaten",
            pre="Sebagai data pemilih terakhir, Daftar Pemilih Tetap Pemilu 2019 (DPTHP-3) Kabupaten Timor Tengah "
                "Selatan per kecamatan adalah sebagai berikut.")
    sumber(d)
    selesai(d, c)


def belu_2024():
    """Belu 2024: captions with no number in bold capitals over the table; capaian with Realisasi before
    Target and `Persentase Capaian`; budget with `Uraian` before `Kode` (`Pagu (Rp)`, `Realisasi (Rp)`,
    `Sisa (Rp)`, `%`), total `Total Keseluruhan`; DPT `Jumlah Desa`, `Jumlah TPS`, `Pemilih (L)`,
    `Pemilih (P)`, `Pemilih (L+P)`, total `Kabupaten Belu`; prose restating the total in round figures."""
    c, d = dok("lkj-belu-2024", "Belu", "Atambua|30 Januari 2025|Fransiskus Xaverius Mau, S.H.|19800322 200604 1 015",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN BELU", "2024"], W=94)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Persentase Capaian"),
           "ang": ("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Jumlah Desa", "Jumlah TPS", "Pemilih (L)", "Pemilih (P)", "Pemilih (L+P)")}
    urut = {"cap": [0, 1, 2, 4, 3, 5], "ang": [1, 0, 2, 3, 4, 5]}
    R = r_kantor(lambda n, t: t.strip().upper(), kep.get, urut=urut.get)
    rows = cap_lama("5304", 2024, baris("partisipasi 77.5 80.4, pemutakhiran 100 100, kompetensi 80 81.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    for y, v in riwayat(d, [2022]):
        d.P(f"Pada evaluasi sebelumnya (kinerja tahun {y}) nilai yang diperoleh {id_dec(v)} atau {predikat(v)}.")
    nb = rb_std(d, 2024, 23.6)
    d.P(f"Reformasi Birokrasi tahun 2024 dinilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])}, setara {id_dec(nb[2])}%.")
    sec_anggaran(d, R, "u24be24", total="Total Keseluruhan")
    sumber(d, "Sumber: OM-SPAN, posisi 31 Desember 2024.")
    t = next(a for a in d.t["anggaran"] if a["kode"] == "TOTAL")
    miliar = f"{t['pagu'] / 1e9:.1f}".replace(".", ",")
    d.P(f"Dengan kata lain, dari pagu sekitar Rp{miliar} miliar hampir seluruhnya terserap; angka pastinya "
        f"realisasi Rp{id_int(t['realisasi'])}.")
    revisi_dipa(d, lambda k, a: f"Selama 2024 DIPA direvisi {k} kali" + (f" (DIPA awal Rp{a})." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, label="Kabupaten Belu",
            pre="Rekapitulasi Daftar Pemilih Tetap Pemilu 2024 Kabupaten Belu yang ditetapkan dalam rapat pleno "
                "terbuka pada Juni 2023:")
    sumber(d, "Sumber: Berita Acara Rekapitulasi DPT Pemilu 2024.")
    selesai(d, c)


def manggarai_2023():
    """Manggarai 2023: the PDF run through `pdftotext -layout` - no TAB, every table's cells aligned in
    columns by spaces (figures right-aligned); captions `Tabel 3.n.` with a closing dot; capaian `Target`
    `Realisasi` `Capaian`; budget `Pagu` `Realisasi` `Sisa` `Serapan (%)`, total `Jumlah`; DPT `Desa/Kel`
    `TPS` `L` `P` `Total`, total `Kab. Manggarai`; page numbers `Hal. n` and the running head."""
    c, d = dok("lkj-manggarai-2023", "Manggarai", "Ruteng|29 Januari 2024|Hendrikus Jehaut, S.Fil.|19811010 200604 1 013",
               ["LAPORAN KINERJA", "KPU KABUPATEN MANGGARAI", "TAHUN 2023"], W=92, flat=True)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "Total")}
    R = lipat(r_kantor(lambda n, t: f"Tabel 3.{n}. {t}", kep.get), 46)
    rows = cap_lama("5310", 2023, baris("partisipasi 77.5 80.1, pemutakhiran 100 100, kompetensi 80 80.8"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.7)
    d.P(f"Nilai Reformasi Birokrasi 2023 adalah {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_anggaran(d, R, "u24mg23", total="Jumlah")
    sumber(d, "Sumber: SAKTI, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Dari pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2023 direvisi sebanyak {k} kali" + (f"; pagu awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, label="Kab. Manggarai",
            pre="DPT Pemilu 2024 Kabupaten Manggarai yang ditetapkan tanggal 21 Juni 2023, per kecamatan:")
    sumber(d)
    selesai(d, c)
    rata_kiri_kanan(d)
    hal, out = 1, []
    for ln in d.lines:
        if ln == "\f":
            out += ["", f"Hal. {hal}"]
            hal += 1
            out += ["\f", "LKj KPU Kabupaten Manggarai 2023", ""]
            continue
        out.append(ln)
    d.lines = out
    d.write()


def nagekeo_2020():
    """Nagekeo 2020: headers over two lines (`Target` / `2020`, `Pagu` / `(Rp)`), names wrapped on
    continuation lines; capaian `Tingkat Capaian`; budget total `Jumlah Seluruhnya`; the Pemilu 2019 DPT
    with `DPT` over `L` `P` `Jumlah` and the DPTb and DPK of voting day beside it (no facts)."""
    c, d = dok("lkj-nagekeo-2020", "Nagekeo", "Mbay|27 Januari 2021|Kristoforus Ngole, S.H.|19790717 200604 1 010",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN NAGEKEO", "TAHUN ANGGARAN 2020"], W=90)
    kep = {"cap": ("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Tingkat"),
           "ang": ("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa Dana", "Serapan"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai")}
    dua = {"cap": ("", "", "", "2020", "2020", "Capaian (%)"), "ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)")}
    base = lipat(r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, dua=dua.get), 30)

    def R(d, cap, head, rows):
        if head[0] != "No" or len(head) != 7:
            return base(d, cap, head, rows)
        d.L(cap.replace("Rekapitulasi DPT", "Rekapitulasi DPT, DPTb dan DPK"), "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "DPT", "", "", "DPTb", "DPK")
        d.R("", "", "", "", "L", "P", "Jumlah", "", "")
        sb = sk = 0
        for x in rows:
            if str(x[0]) == "":
                d.R(x[0], x[1], x[2], x[3], x[4], x[5], x[6], id_int(sb), id_int(sk))
                continue
            tot = int(str(x[6]).replace(".", ""))
            b, k = tot * 7 // 1000 + len(str(x[1])) % 5, tot // 900 + 3
            sb, sk = sb + b, sk + k
            d.R(*x, id_int(b), id_int(k))
        d.B()
    rows = cap_lama("5316", 2020, baris("partisipasi 77.5 80.3, pemutakhiran 100 100, kompetensi 80 81.1"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2019)
    d.P("Perkembangan nilai evaluasi AKIP Sekretariat KPU Kabupaten Nagekeo beberapa tahun terakhir:")
    d.L("Tabel 3.2a Perkembangan Nilai AKIP", "")
    d.R("Tahun yang Dinilai", "Nilai", "Predikat")
    for y, v in riwayat(d, [2017, 2018]):
        d.R(y, id_dec(v), predikat(v))
    d.B()
    sec_anggaran(d, R, "u24nk20", total="Jumlah Seluruhnya")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2020.")
    ulang(d, lambda p, x, q: f"Realisasi keseluruhan sebesar Rp{x} atau {id_dec(q)}% dari pagu Rp{p}.")
    revisi_dipa(d, lambda k, a: f"Sepanjang 2020 DIPA direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    nb = rb_std(d, 2020, 22.4)
    d.P(f"Nilai Reformasi Birokrasi 2020: {id_dec(nb[0])} dari bobot {id_dec(nb[1])} ({id_dec(nb[2])}%).")
    sec_dpt(d, R, "pemilu", 2019, label="Jumlah",
            pre="Daftar Pemilih Tetap Pemilu 2019 per kecamatan, beserta pemilih tambahan (DPTb) dan pemilih khusus "
                "(DPK) yang menggunakan hak pilih pada 17 April 2019:")
    sumber(d, "Sumber: Model DA1 dan DB1, rekapitulasi Pemilu 2019.")
    selesai(d, c)


def kota_kupang_2024():
    """Kota Kupang 2024: the unit in the caption and headers only (`Target (%)`, no Satuan column, no `%`
    in cells); budget `Pagu Anggaran` `Realisasi Anggaran` `Sisa Anggaran` `Persentase` with `(Rp)` on a
    second header line, over two pages every five rows with the header repeated, total `JUMLAH`; DPT
    `Kelurahan` `TPS` with `Jumlah Pemilih` over `L` `P` `L+P`, total `Kota Kupang`."""
    c, d = dok("lkj-kota-kupang-2024", "Kota Kupang", "Kupang|28 Januari 2025|Dra. Theresia Lay Ratu|19760512 200212 2 004",
               ["LAPORAN KINERJA", "KPU KOTA KUPANG", "TAHUN 2024"], W=98)
    kep = {"cap": ("No", "Indikator Kinerja Utama", "Satuan", "Target (%)", "Realisasi (%)", "Capaian (%)"),
           "ang": ("Kode", "Program/Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "Sisa Anggaran", "Persentase"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Kelurahan", "TPS", "Jumlah Pemilih", "", "")}
    dua = {"ang": ("", "", "(Rp)", "(Rp)", "(Rp)", "(%)"), "dpt": ("", "", "", "", "L", "P", "L+P")}
    urut = {"cap": [0, 1, 3, 4, 5]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n} {t}", kep.get, urut=urut.get, dua=dua.get,
                 patah=(5, "Laporan Kinerja KPU Kota Kupang Tahun 2024"))
    rows = cap_lama("5371", 2024, baris("partisipasi 77.5 79.9, pemutakhiran 100 100, kompetensi 80 80.7"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    sec_sakip(d, R, 2023)
    nb = rb_std(d, 2024, 24.1)
    d.P("Hasil evaluasi pelaksanaan Reformasi Birokrasi tahun 2024 oleh Inspektorat Utama adalah sebagai berikut.")
    d.L("Tabel 3.2a Hasil Evaluasi Reformasi Birokrasi Tahun 2024", "")
    d.R("Uraian", "Nilai", "Bobot", "Persentase (%)")
    d.R("Reformasi Birokrasi KPU Kota Kupang", id_dec(nb[0]), id_dec(nb[1]), id_dec(nb[2]))
    d.B()
    sec_anggaran(d, R, "u24kk24", total="JUMLAH",
                 pre="Pagu DIPA Sekretariat KPU Kota Kupang Tahun Anggaran 2024 setelah revisi dan realisasinya "
                     "menurut program dan kegiatan adalah sebagai berikut.")
    sumber(d, "Sumber: OM-SPAN, 31 Desember 2024.")
    ulang(d, lambda p, x, q: f"Pagu Rp{p} terealisasi Rp{x}, atau {id_dec(q)}%.")
    for y, p, x in tahun_lalu(d, [2023]):
        d.P(f"Pada TA {y} realisasi Rp{id_int(x)} dari pagu Rp{id_int(p)} ({id_dec(serapan(p, x))}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2024 direvisi {k} kali" + (f"; DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, label="Kota Kupang",
            pre="Rekapitulasi DPT Pemilu 2024 Kota Kupang per kecamatan, ditetapkan 21 Juni 2023:")
    sumber(d)
    selesai(d, c)


def sabu_raijua_2023():
    """Sabu Raijua 2023: captions under the tables with three-level numbers (`Tabel 3.1.1`); capaian headers
    abbreviated (`Uraian Indikator`, `Sat.`, `Tgt`, `Real.`, `Capaian`) with `%` in the cells; budget `No`
    -less with `%` before `Sisa` (the last column), total `Jumlah`; DPT with names wrapped."""
    c, d = dok("lkj-sabu-raijua-2023", "Sabu Raijua", "Seba|26 Januari 2024|Marthen Lado Bire, S.E.|19820203 200604 1 008",
               ["LAPORAN KINERJA", "INSTANSI PEMERINTAH", "KPU KABUPATEN SABU RAIJUA", "2023"], W=91)
    kep = {"cap": ("No", "Uraian Indikator", "Sat.", "Tgt", "Real.", "Capaian"),
           "ang": ("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
           "sakip": ("No", "Komponen", "Bobot", "Nilai"),
           "dpt": ("No", "Kecamatan", "Desa", "TPS", "L", "P", "L+P")}
    urut = {"ang": [0, 1, 2, 3, 5, 4]}
    R = r_kantor(lambda n, t: f"Tabel 3.{n}.1 {t}", kep.get, urut=urut.get, bawah=True, pct=True)
    rows = cap_lama("5320", 2023, baris("partisipasi 77.5 81.4, pemutakhiran 100 100, kompetensi 80 80.5"))
    sec_capaian(d, c, R, rows, [rows[0][0]])
    persen_sel(d)
    sec_sakip(d, R, 2022)
    nb = rb_std(d, 2023, 22.2)
    d.P(f"Hasil evaluasi Reformasi Birokrasi 2023: nilai {id_dec(nb[0])}, bobot {id_dec(nb[1])}, persentase "
        f"{id_dec(nb[2])}.")
    sec_anggaran(d, R, "u24sr23", total="Jumlah")
    sumber(d, "Sumber: SAKTI dan OM-SPAN, 31 Desember 2023.")
    ulang(d, lambda p, x, q: f"Seluruh pagu Rp{p} terealisasi Rp{x} ({id_dec(q)}%).")
    revisi_dipa(d, lambda k, a: f"DIPA 2023 direvisi {k} kali" + (f", DIPA awal Rp{a}." if a else "."))
    sec_dpt(d, R, "pemilu", 2024, label="Jumlah",
            pre="Penetapan DPT Pemilu 2024 Kabupaten Sabu Raijua (rapat pleno 20 Juni 2023):")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(tts_2020, belu_2024, manggarai_2023, nagekeo_2020, kota_kupang_2024, sabu_raijua_2023)
