# Fifth blind batch (unseen3/), documents 1-4. Run: python3 unseen3/author5a.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import *  # noqa: E402,F401


# ====================================================================== 1. Sumba Tengah 2024
def sumba_tengah_2024():
    """Identity only in the running footer, PK caption and signature; dotted table of contents;
    capaian with a No. column and Roman group rows; Pemilu 2024 beside Pilkada 2024 per
    kecamatan under a two-level header; unit in every budget header; hibah trap."""
    d, c, rnd = buka("unseen3/lkj-sumba-tengah-2024.txt", "5317", 2024, 92, (
        "", "LAPORAN KINERJA", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TENGAH", "", "",
        "Jalan Umbu Tipuk Marisi, Waibakul", "Sumba Tengah - Nusa Tenggara Timur"))
    hal = [1]

    def ganti(kepala=True):
        hal[0] += 1
        halaman(d, "SEKRETARIAT KPU KABUPATEN SUMBA TENGAH" if kepala else None,
                f"LKj KPU Kab. Sumba Tengah Tahun 2024 | hal. {hal[0]}")
    c0 = dict(c, thn_kp=c["kpu"])
    pengantar(d, c0, ("Waibakul, 24 Februari 2025", "Sekretaris,", "", "", "MARTHEN L. UMBU NDAKULARAK, S.Sos",
                      "NIP. 19740512 200212 1 004"), paras=kata_pengantar(c0))
    ganti(False)
    isi(d, [("KATA PENGANTAR", "i"), ("DAFTAR ISI", "ii"), ("BAB I PENDAHULUAN", 1),
            ("1.1 Latar Belakang", 1), ("1.2 Tugas dan Fungsi", 2), ("BAB II PERENCANAAN KINERJA", 4),
            ("2.1 Perjanjian Kinerja", 4), ("BAB III AKUNTABILITAS KINERJA", 6),
            ("3.1 Pengukuran Kinerja", 6), ("3.2 Data Pemilih", 9), ("3.3 Realisasi Anggaran", 11),
            ("BAB IV PENUTUP", 13)])
    ganti()
    bab(d, "BAB I\nPENDAHULUAN", pendahuluan(c)[:4], "1.1 Latar Belakang")
    d.L("1.2 Tugas dan Fungsi", "")
    d.L(*tugas_list(c)[:9])
    d.B()
    ganti()
    bab(d, "BAB II\nPERENCANAAN KINERJA", perencanaan(c)[:4], "2.1 Perjanjian Kinerja")
    own = skor("5317", 2023)
    rbn, rbb = 24.63, 36.3
    rbp = round(rbn / rbb * 100, 2)
    groups = [
        ("I.", "Meningkatnya akuntabilitas kinerja dan keuangan", [
            (Ind("akip", "BB", predikat(own), "predikat", grade=True), "Predikat"),
            (Ind("bpk", "WTP", "WTP", "opini", grade=True), "Opini"),
            (Ind("rb", 65, 67.85, "nilai"), "Nilai")]),
        ("II.", "Terselenggaranya Pemilu dan Pemilihan yang berkualitas", [
            (Ind("mutakhir", 100, 100), "%"),
            (Ind("jadwal", 100, 100), "%"),
            (Ind("partisipasi", 77.5, 81.37), "%"),
            (Ind("pelanggaran", 2, 1, arah="turun"), "%")]),
        ("III.", "Meningkatnya kualitas sumber daya dan sarana kerja", [
            (Ind("kompetensi", 90, 88.4), "%"),
            (Ind("sarpras", 95, 97.26), "%")])]
    d.L("Tabel 2.1 Perjanjian Kinerja Tahun 2024", "")
    d.R("No.", "Sasaran Strategis / Indikator Kinerja", "Satuan", "Target")
    for rom, sas, items in groups:
        d.R(rom, sas, "", "")
        for i, (it, sc) in enumerate(items, 1):
            d.R(f"{i}.", it.ind, sc, it.t if it.grade else angka(it.t))
    d.B()
    d.P("Perjanjian Kinerja ditandatangani pada awal tahun oleh Sekretaris dan Ketua KPU Kabupaten Sumba "
        "Tengah dan menjadi dasar penilaian kinerja sekretariat sepanjang tahun.")
    ganti()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c), "3.1 Pengukuran Kinerja")
    d.L("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis", "")
    d.R("No.", "Sasaran Strategis / Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)")
    for rom, sas, items in groups:
        d.R(rom, sas, "", "", "", "")
        for i, (it, sc) in enumerate(items, 1):
            tt, rt = (it.t, it.r) if it.grade else (angka(it.t), angka(it.r))
            d.R(f"{i}.", it.ind, sc, tt, rt, id_dec(it.cp))
            it.fakta(d, tt, rt)
    d.B()
    d.P(f"Nilai evaluasi akuntabilitas kinerja yang menjadi realisasi indikator pertama adalah hasil evaluasi "
        f"atas implementasi SAKIP tahun 2023 yang diterima pada tahun berjalan, yaitu {skor_prosa('5317', 2023)}. "
        f"Target predikat BB dalam Perjanjian Kinerja dengan demikian tercapai.")
    d.sakip("5317", 2023, own)
    d.P(f"Untuk Reformasi Birokrasi, nilai evaluasi pelaksanaan Reformasi Birokrasi tahun 2023 adalah "
        f"{id_dec(rbn)} ({id_dec(rbp)}%) dari bobot {id_dec(rbb)}. Nilai ini dikonversi ke skala 100 menjadi "
        f"67,85 sebagai realisasi indikator Reformasi Birokrasi pada Tabel 3.1.")
    d.rb(2023, rbn, rbb, rbp)
    for it in (groups[1][2][2][0], groups[2][2][0][0]):
        d.PP(analisis(c, it.ind.lower()))
    ganti()
    d.L("3.2 Data Pemilih", "")
    d.P("Tahun 2024 adalah tahun penyelenggaraan dua pemungutan suara: Pemilu serentak pada 14 Februari 2024 "
        "dan Pemilihan Gubernur serta Bupati dan Wakil Bupati pada 27 November 2024. Perbandingan daftar "
        "pemilih tetap keduanya per kecamatan disajikan berikut ini.")
    names = ["Katikutana", "Katikutana Selatan", "Mamboro", "Umbu Ratu Nggay", "Umbu Ratu Nggay Barat"]
    desa = [15, 12, 14, 15, 9]
    pem = [(n, ds) + r[2:] for n, ds, r in zip(names, desa, kecamatan(rnd, names, *pemilih("5317", "pemilu", 2024), 65))]
    pil = sebanding(rnd, pem, *PILKADA24_REAL["5317"])
    d.L("Tabel 3.5 DPT Pemilu 2024 dan DPT Pemilihan Serentak 2024 per Kecamatan", "")
    d.R("No.", "Kecamatan", "Jumlah", "DPT Pemilu 2024", "", "", "", "DPT Pemilihan 2024", "", "", "")
    d.R("", "", "Desa/Kel", "TPS", "L", "P", "L+P", "TPS", "L", "P", "L+P")
    for i, (a, b) in enumerate(zip(pem, pil), 1):
        d.R(i, a[0], a[1], *[id_int(x) for x in (a[2], a[3], a[4], a[3] + a[4], b[2], b[3], b[4], b[3] + b[4])])
    T1, T2 = dpt_kec(d, "pemilu", 2024, pem), dpt_kec(d, "pilkada", 2024, pil)
    d.R("", "Jumlah", T1[0], *[id_int(x) for x in (T1[1], T1[2], T1[3], T1[2] + T1[3], T2[1], T2[2], T2[3], T2[2] + T2[3])])
    d.L("Sumber: Keputusan KPU Kabupaten Sumba Tengah tentang Penetapan DPT", "")
    d.P("Jumlah TPS pada Pemilihan 2024 lebih sedikit karena batas pemilih per TPS dinaikkan menjadi paling "
        "banyak 600 pemilih, sedangkan pada Pemilu 2024 paling banyak 300 pemilih per TPS.")
    ganti()
    d.L("3.3 Realisasi Anggaran", "")
    P, R = baru(rnd, 21_486_300_000, 0.9712)
    rows = anggaran(rnd, [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6639", "6640", "6867", "6871"])], P, R)
    d.P("Realisasi anggaran DIPA Sekretariat KPU Kabupaten Sumba Tengah per 31 Desember menurut program "
        "dan kegiatan adalah sebagai berikut.")
    d.L("Tabel 3.7 Realisasi Anggaran per Program dan Kegiatan", "")
    d.R("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)")
    for r in rows:
        d.R("" if r["kode"] == "TOTAL" else kode_pendek(r), "JUMLAH" if r["kode"] == "TOTAL" else r["nama"],
            id_int(r["pagu"]), id_int(r["real"]), id_int(r["pagu"] - r["real"]), id_dec(serapan(r["pagu"], r["real"])))
    nyatakan(d, rows)
    d.L("Sumber: Aplikasi SAKTI, data per 31 Desember 2024", "")
    d.P("Di luar DIPA, Pemilihan Serentak 2024 dibiayai dengan dana hibah Pemerintah Kabupaten Sumba Tengah "
        "berdasarkan NPHD sebesar Rp 17.850.000.000, dengan realisasi Rp 16.934.112.500 atau 94,87%. Dana hibah "
        "dipertanggungjawabkan dalam laporan tersendiri dan tidak termasuk dalam tabel di atas.")
    ganti()
    tutup(d, c, "", "Waibakul, 24 Februari 2025", "Sekretaris KPU Kabupaten Sumba Tengah,", "", "",
          "MARTHEN L. UMBU NDAKULARAK, S.Sos", "NIP. 19740512 200212 1 004", "",
          f"LKj KPU Kab. Sumba Tengah Tahun 2024 | hal. {hal[0] + 1}")


if __name__ == "__main__":
    tulis(sumba_tengah_2024)
