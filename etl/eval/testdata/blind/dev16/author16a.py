#!/usr/bin/env python3
# dev16/ documents 1-6: Kupang 2020 (flattened: every table a Telegram bot's answer, cells after
# their column names joined by ` · `), TTS 2020 (the budget as OM-SPAN's monitoring report with
# cumulative columns `s.d. Bulan Lalu`, `Bulan Ini`, `s.d. Bulan Ini`; capaian with a semester-I
# column), Belu 2019 (every table a Google Form's responses sheet: Timestamp and e-mail columns,
# rows in submission order, totals in a sentence), Flores Timur 2020 (every table an MS Access
# datasheet view: record selector, ID AutoNumber, `(Baru)` line, Totals row under it), Sikka 2019
# (flattened: every table column after column, one cell a line), Ngada 2021 (every table the
# attachment of a Keputusan / Berita Acara with its diktum and the members' signatures).
# Run from etl/eval/testdata/blind/:   python3 dev16/author16a.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common16 import (ANG_HEAD, bahas, baris, budget_list, cap_lama, capaian_x, CAP_HEAD, dok, dpt_kab,  # noqa: E402
                      id_dec, id_int, IND, kec_baris, kecamatan, KOMP_ID, komp_std, predikat, r_akses, r_bot,
                      r_form, r_kolom, r_tab, rb_std, riwayat, sec_anggaran, sec_capaian, sec_dpt, sec_sakip,
                      ribu, selesai, serapan, sumber, tahun_lalu, tanpa_lapor_anggaran, terbilang)
from lib import tulis  # noqa: E402


def kupang_2020():
    """Kupang 2020 (flattened): every table a Telegram bot's answer in the office group."""
    c, d = dok("lkj-kabupaten-kupang-2020", "Kupang", "Oelamasi|28 Januari 2021|Yohanis Tefa, S.Sos.|19770412 200501 1 009",
               ["LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN KUPANG", "TAHUN 2020"], flat=True)
    d.P("Selama masa kerja dari rumah, data kinerja diminta dari bot Telegram SiKinerja di grup Sekretariat. "
        "Jawaban bot disalin apa adanya: setiap baris memuat satu isian, nilai ditulis sesudah nama kolomnya.")
    cmd = lambda cap: {"3.1": "capaian 2020", "3.2": "akip 2019", "3.3": "anggaran 2020", "3.4": "dpt pemilu2019"}[cap.split()[1]]
    R = r_bot("SiKinerja Bot", "Operator Renev", cmd, 9 * 60 + 2)
    rows = cap_lama("5301", 2020, baris("kompetensi 80 84.27, sarana 90 93.64, pemutakhiran 100 100"))
    sec_capaian(d, c, R, rows, ["sarana"])
    sec_sakip(d, R, 2019)
    sec_anggaran(d, R, "u16kp20")
    sumber(d, "Sumber: bot SiKinerja, data OM-SPAN per 31 Desember 2020.")
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH",
            pre="Pemutakhiran berkelanjutan 2020 berpangkal pada DPT Pemilu 2019 per kecamatan, diminta dari bot:")
    sumber(d)
    d.P("Sebagai catatan, pada pemungutan suara 17 April 2019 juga tercatat 2.146 pemilih DPTb dan 1.377 pemilih "
        "DPK; keduanya tidak termasuk DPT di atas.")
    selesai(d, c)


def tts_2020():
    """TTS 2020: OM-SPAN's monitoring layout with cumulative realisation columns."""
    c, d = dok("lkj-tts-2020", "Timor Tengah Selatan", "Soe|29 Januari 2021|Daniel Nenobais, S.H.|19740219 200212 1 004",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN TIMOR TENGAH SELATAN", "TAHUN ANGGARAN 2020"])
    d.P("Tabel-tabel bab ini mengikuti susunan laporan monitoring: realisasi disajikan sampai periode lalu, pada "
        "periode berjalan dan kumulatif sampai akhir tahun. Angka tahunan adalah kolom kumulatif terakhir.")
    rows = cap_lama("5302", 2020, baris("kompetensi 75 78.64, sarana 85 88.21, pemutakhiran 100 91.67"))
    cap = capaian_x(d, rows)
    smt = lambda x: x if not x[:1].isdigit() else id_dec(round(float(x.replace(".", "").replace(",", ".")) * 0.55, 2))
    r_tab(d, "Tabel 3.1 Pengukuran Kinerja Tahun 2020",
          ("No", "Indikator Kinerja", "Satuan", "Target 2020", "Realisasi s.d. Semester I", "Realisasi s.d. Semester II",
           "Capaian (%)"), [[x[0], x[1], x[2], x[3], smt(x[4]), x[4], x[5]] for x in cap])
    d.L("Catatan: realisasi s.d. Semester I adalah angka pemantauan tengah tahun, bukan capaian tahunan.", "")
    sumber(d)
    bahas(d, c, ["kompetensi"])
    sec_sakip(d, r_tab, 2019)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rows_a, tot = budget_list(d, "u16tts20")
    d.P("Realisasi anggaran Tahun 2020 dalam susunan Monitoring Realisasi Anggaran OM-SPAN periode Desember 2020 "
        "(rupiah). Kolom s.d. Bulan Lalu adalah realisasi sampai November, kolom Bulan Ini realisasi Desember.")
    lalu = lambda x: x * 83 // 100
    r_tab(d, "Tabel 3.3 Monitoring Realisasi Anggaran s.d. Desember 2020",
          ("Kode", "Uraian", "Pagu", "Realisasi s.d. Bulan Lalu", "Realisasi Bulan Ini", "Realisasi s.d. Bulan Ini",
           "Sisa Pagu", "% s.d. Bulan Ini"),
          [[k if lv else "", nm, id_int(p), id_int(lalu(x)), id_int(x - lalu(x)), id_int(x), id_int(p - x),
            id_dec(serapan(p, x))] for k, nm, p, x, lv in rows_a])
    sumber(d, "Sumber: OM-SPAN, Monitoring Realisasi Anggaran per 31 Desember 2020.")
    lalu_t = tahun_lalu(d, (2019,))
    tanpa_lapor_anggaran(d, 2019)
    for y, p, x in lalu_t:
        d.P(f"Pada Tahun Anggaran {y} pagu tercatat Rp{id_int(p)} dan realisasinya Rp{id_int(x)}.")
    sec_dpt(d, r_tab, "pemilu", 2019, label="JUMLAH",
            pre="Posisi data pemilih: DPT Pemilu 2019 per kecamatan, dasar pemutakhiran berkelanjutan 2020.")
    sumber(d)
    selesai(d, c)


def belu_2019():
    """Belu 2019: every table a Google Form's responses sheet."""
    c, d = dok("lkj-belu-2019", "Belu", "Atambua|30 Januari 2020|Maria Goreti Bau, S.E.|19780310 200604 2 013",
               ["lkj_kpu_belu_2019_rev2.docx", "", "LAPORAN KINERJA", "KPU KABUPATEN BELU"])
    d.P("Data bab ini dihimpun lewat formulir Google yang diisi para pengelola program; tanggapan disalin dari "
        "lembar tanggapan menurut urutan masuk, bukan urutan indikator.")
    mail = ["renev.kpubelu@gmail.com", "keuangan.kpubelu@gmail.com", "datin.kpubelu@gmail.com"]
    tgl = lambda hari: (lambda i: f"{hari + i // 4}/01/2020 {9 + i % 7}:{(13 * i + 7) % 60:02d}:{(29 * i + 11) % 60:02d}")
    rows = cap_lama("5304", 2019, baris("partisipasi 77.5 83.16, pemutakhiran 100 100, kompetensi 80 76.4"))
    sec_capaian(d, c, r_form(mail, tgl(6)), rows, ["partisipasi"])
    s = sec_sakip(d, r_form(mail, tgl(8)), 2018)
    sec_anggaran(d, r_form(mail[1:2], tgl(9)), "u16bl19")
    sumber(d, "Sumber: tanggapan formulir, dicocokkan dengan OM-SPAN per 31 Desember 2019.")
    sec_dpt(d, r_form(mail[2:], tgl(10)), "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 per kecamatan hasil rapat pleno terbuka, dihimpun lewat formulir:")
    sumber(d)
    selesai(d, c)


def flores_timur_2020():
    """Flores Timur 2020: every table an MS Access datasheet view."""
    c, d = dok("lkj-flores-timur-2020", "Flores Timur", "Larantuka|29 Januari 2021|Bernadus Kopong Liat, S.Sos.|19760921 200604 1 008",
               ["LAPORAN KINERJA", "SEKRETARIAT KPU KABUPATEN FLORES TIMUR", "", "Tahun 2020"])
    d.P("Tabel bab ini dicetak dari basis data Microsoft Access Subbagian Program dan Data dalam tampilan lembar data; "
        "kolom ID diberikan basis data, baris Total di bawah baris rekaman baru adalah baris jumlah tampilan itu.")
    tb = lambda cap: "tbl_" + cap.split()[1].replace(".", "_")
    R = r_akses(tb)
    rows = cap_lama("5306", 2020, baris("kompetensi 75 79.36, sarana 85 83.12, pemutakhiran 100 95.83"))
    sec_capaian(d, c, R, rows, ["sarana"])
    sec_sakip(d, R, 2019)
    hist = riwayat(d, (2018,))
    d.P(f"Nilai tahun kinerja 2018 adalah {id_dec(hist[0][1])} ({predikat(hist[0][1])}).")
    sec_anggaran(d, R, "u16ft20")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2020, diolah.")
    kec = kecamatan(d, "pemilu", 2019)
    tb = lambda n: 9 + (len(n) * 11 + sum(map(ord, n))) % 37  # DPTb of a kecamatan (no fact)
    tk = lambda n: 3 + (len(n) * 7 + sum(map(ord, n))) % 17  # DPK of a kecamatan (no fact)
    jb, jk = sum(tb(k[0].upper()) for k in kec), sum(tk(k[0].upper()) for k in kec)
    sel = lambda i, n, de, t, a, b: [i, n, de, t, id_int(a), id_int(b), id_int(a + b),
                                     id_int(jb if i == "" else tb(n)), id_int(jk if i == "" else tk(n))]
    sec_dpt(d, R, "pemilu", 2019, label="JUMLAH", sel=sel, head=("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "DPT",
                                                                "DPTb", "DPK"),
            pre="DPT Pemilu 2019 per kecamatan, tabel dasar pemutakhiran berkelanjutan tahun 2020; kolom DPTb dan DPK "
                "adalah pemilih tambahan dan pemilih khusus yang memilih pada 17 April 2019, di luar DPT.")
    sumber(d)
    selesai(d, c)


def sikka_2019():
    """Sikka 2019 (flattened): every table column after column, one cell a line."""
    c, d = dok("lkjip-sikka-2019", "Sikka", "Maumere|28 Januari 2020|Yuliana Moi, S.Sos.|19790522 200502 2 006",
               ["LAPORAN KINERJA INSTANSI PEMERINTAH", "KPU KABUPATEN SIKKA", "TAHUN 2019"], flat=True)
    rows = cap_lama("5307", 2019, baris("partisipasi 77.5 80.61, pemutakhiran 100 100, kompetensi 70 66.85"))
    sec_capaian(d, c, r_kolom, rows, ["partisipasi"])
    sec_sakip(d, r_kolom, 2018)
    sel = lambda k, nm, p, x, lv: [k, nm, ribu(p), ribu(x), ribu(p - x), id_dec(serapan(p, x))]
    sec_anggaran(d, r_kolom, "u16sk19", sel=sel,
                 head=("Kode", "Program / Kegiatan", "Pagu (Rp 000)", "Realisasi (Rp 000)", "Sisa (Rp 000)", "Serapan (%)"),
                 pre="Pagu DIPA Tahun Anggaran 2019 setelah revisi dan realisasinya menurut program dan kegiatan, "
                     "dalam ribuan rupiah (Rp 000).")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2019.")
    sec_dpt(d, r_kolom, "pemilu", 2019, label="JUMLAH",
            pre="DPT Pemilu 2019 per kecamatan yang ditetapkan dalam rapat pleno terbuka KPU Kabupaten Sikka:")
    sumber(d)
    selesai(d, c)


ANGGOTA = ["Ketua", "Anggota", "Anggota", "Anggota", "Anggota"]
NAMA_ANGGOTA = ["Yohanes Tay Ruba", "Maria Goreti Dhiu", "Karolus Ngambut", "Fransiska Nau", "Wilibrodus Bei"]


def keputusan(d, jenis, nomor, tentang, diktum, R, cap, head, rows, tanggal):
    """A table as the attachment of a formal act: its heading, number and subject, the diktum
    paragraphs, `LAMPIRAN`, the table, and the place, date and the five members' names."""
    d.L(jenis, f"NOMOR: {nomor}", "TENTANG", tentang.upper(), "")
    for i, p in enumerate(diktum):
        d.P(f"{['KESATU', 'KEDUA', 'KETIGA'][i]}: {p}")
    d.L(f"LAMPIRAN {jenis} NOMOR {nomor}", "")
    R(d, cap, head, rows)
    d.L(f"Ditetapkan di Bajawa pada tanggal {tanggal}", "KOMISI PEMILIHAN UMUM KABUPATEN NGADA", "")
    for j, n in zip(ANGGOTA, NAMA_ANGGOTA):
        d.L(f"{j}\t{n}\t(ttd)")
    d.B()


def ngada_2021():
    """Ngada 2021: every table the attachment of a Keputusan or Berita Acara."""
    c, d = dok("lkj-ngada-2021", "Ngada", "Bajawa|27 Januari 2022|Agustinus Wula, S.IP.|19780611 200701 1 011",
               ["LAPORAN KINERJA", "KPU KABUPATEN NGADA", "Tahun 2021"])
    d.P("Sesuai tata naskah dinas, angka kinerja tahun 2021 ditetapkan lebih dahulu dalam rapat pleno; tabel bab "
        "ini dikutip dari lampiran keputusan dan berita acara pleno tersebut.")
    rows = cap_lama("5309", 2021, baris("kompetensi 85 83.72, sarana 90 96.43, pemutakhiran 100 100"))
    cap = capaian_x(d, rows)
    keputusan(d, "BERITA ACARA", "07/PR.01-BA/5309/2022", "Rapat Pleno Pengukuran Kinerja Tahun 2021",
              ["Menetapkan hasil pengukuran kinerja Tahun 2021 sebagaimana tercantum dalam Lampiran.",
               "Berita acara ini menjadi bahan penyusunan Laporan Kinerja Tahun 2021."],
              r_tab, "Tabel 3.1 Pengukuran Kinerja Tahun 2021", CAP_HEAD, cap, "19 Januari 2022")
    sumber(d)
    bahas(d, c, ["kompetensi"])
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja", "")
    s, ks = komp_std(d, 2020)
    hist = riwayat(d, (2019,))
    d.P(f"Hasil Evaluasi AKIP Tahun 2020 memberikan nilai {id_dec(s)} ({predikat(s)}), naik dari "
        f"{id_dec(hist[0][1])} pada tahun kinerja 2019. Nilai per komponen dicatat dalam berita acara berikut.")
    krows = [[i, KOMP_ID[k], id_dec(b), id_dec(v)] for i, (k, (b, v)) in enumerate(ks.items(), 1)]
    krows.append(["", "Nilai Akhir", "100,00", id_dec(s)])
    keputusan(d, "BERITA ACARA", "03/PR.01-BA/5309/2021", "Penerimaan Hasil Evaluasi AKIP Tahun 2020",
              [f"Menerima nilai Evaluasi AKIP Tahun 2020 sebesar {id_dec(s)} ({terbilang(int(s))} koma "
               f"{terbilang(round(s * 100) % 100)}) dengan predikat {predikat(s)}.",
               "Rincian nilai per komponen tercantum dalam Lampiran."],
              r_tab, "Tabel 3.2 Nilai Evaluasi AKIP Tahun 2020 per Komponen", ("No", "Komponen", "Bobot", "Nilai"),
              krows, "12 April 2021")
    nb = rb_std(d, 2021, 23.1)
    d.P(f"Evaluasi Reformasi Birokrasi tahun 2021 memberikan nilai {id_dec(nb[0])} dari bobot {id_dec(nb[1])} "
        f"({id_dec(nb[2])} persen).")
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rows_a, tot = budget_list(d, "u16ng21")
    d.P("Pagu setelah revisi dan realisasi per program dan kegiatan dikutip dari lampiran keputusan penetapan "
        "laporan keuangan (rupiah).")
    keputusan(d, "KEPUTUSAN KPU KABUPATEN NGADA", "4/KU.01-Kpt/5309/2022", "Realisasi Anggaran Tahun Anggaran 2021",
              [f"Menetapkan realisasi belanja Tahun Anggaran 2021 sebesar Rp{id_int(tot[1])} "
               f"({terbilang(tot[1])} rupiah) dari pagu Rp{id_int(tot[0])} ({terbilang(tot[0])} rupiah).",
               "Penerimaan Negara Bukan Pajak yang disetor pada Tahun Anggaran 2021 sebesar Rp4.215.000 (empat juta "
               "dua ratus lima belas ribu rupiah) bukan bagian dari realisasi belanja.",
               "Rincian per program dan kegiatan tercantum dalam Lampiran."],
              r_tab, "Tabel 3.3 Realisasi Anggaran Tahun 2021", ANG_HEAD,
              [[k if lv else "", nm, id_int(p), id_int(x), id_int(p - x), id_dec(serapan(p, x))] for k, nm, p, x, lv in rows_a],
              "14 Januari 2022")
    sumber(d, "Sumber: OM-SPAN per 31 Desember 2021.")
    d.FF()
    d.L("D. Data Pemilih", "")
    kec = kecamatan(d, "pilkada", 2020)
    rows_k = kec_baris(d, "pilkada", 2020, kec, "JUMLAH", None)
    tk = rows_k[-1]
    keputusan(d, "KEPUTUSAN KPU KABUPATEN NGADA", "112/PL.02.1-Kpt/5309/KPU-Kab/X/2020",
              "Penetapan Rekapitulasi Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Ngada Tahun 2020",
              [f"Menetapkan jumlah Daftar Pemilih Tetap sebanyak {tk[6]} ({terbilang(int(tk[6].replace('.', '')))}) "
               f"pemilih, terdiri atas {tk[4]} laki-laki dan {tk[5]} perempuan, di {tk[3]} TPS.",
               "Rincian per kecamatan tercantum dalam Lampiran."],
              r_tab, "Tabel 3.4 Rekapitulasi DPT Pemilihan 2020 per Kecamatan", ("No", "Kecamatan", "Desa/Kel", "TPS",
                                                                                "L", "P", "L+P"), rows_k,
              "15 Oktober 2020")
    d.P("DPT Pemilihan 2020 tersebut tetap menjadi rujukan pemutakhiran data pemilih berkelanjutan selama 2021.")
    sumber(d)
    selesai(d, c)


if __name__ == "__main__":
    tulis(kupang_2020, tts_2020, belu_2019, flores_timur_2020, sikka_2019, ngada_2021)
