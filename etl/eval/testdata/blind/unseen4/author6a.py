# Sixth blind batch (unseen4/), documents 1-4. Run: python3 unseen4/author6a.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common6 import *  # noqa: E402,F401,F403


# ====================================================================== 1. Sumba Timur 2020
def sumba_timur_2020():
    """Transposed capaian table (indicators as columns IKU-1..IKU-7 with a legend, measures as
    rows); DPT stages DPS/DPSHP/DPT/DPTb/DPK as rows; kecamatan table with % L and % P
    columns; budget with Anggaran Awal beside Anggaran Setelah Revisi; hibah trap."""
    d, c, rnd = buka("unseen4/lkj-sumba-timur-2020.txt", "5311", 2020, 92, (
        "KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA TIMUR", "", "", "LAPORAN KINERJA", "INSTANSI PEMERINTAH",
        "TAHUN 2020", "", "", "Jl. Adam Malik No. 3, Waingapu"))
    awal(d, c, 92, ("Waingapu, 22 Januari 2021", "Sekretaris KPU Kabupaten Sumba Timur,", "", "",
                    "YOHANES U. RAMBU, S.E.", "NIP. 19750914 200312 1 004"))
    d.FF()
    d.L("BAB III", "AKUNTABILITAS KINERJA", "", "A. Pengukuran Capaian Kinerja Tahun 2020", "")
    d.PP(akuntabilitas_intro(c), 92)
    s19 = skor("5311", 2019)
    items = [Ind("partisipasi", 77.5, 79.64), Ind("jadwal", 100, 100), Ind("mutakhir", 100, 100),
             Ind("logistik", 100, 98.62), Ind("pelanggaran", 3, 1.1, arah="turun"),
             Ind("akip", "B", predikat(s19), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True)]
    d.P("Indikator kinerja utama tahun 2020 diberi kode IKU-1 sampai dengan IKU-7 sebagai berikut:", 92)
    for i, it in enumerate(items, 1):
        d.L(f"IKU-{i} : {it.ind}")
    d.B()
    d.L("Tabel 3.1 Pengukuran Kinerja Sekretariat KPU Kabupaten Sumba Timur Tahun 2020", "")
    sat = {"persen": "%", "predikat": "Predikat", "opini": "Opini"}
    f = lambda v: angka(v)  # noqa: E731  the Satuan row carries the %
    d.R("Uraian", *[f"IKU-{i}" for i in range(1, 8)])
    d.R("Satuan", *[sat[it.sat] for it in items])
    d.R("Target 2020", *[ind_cells(it, f)[0] for it in items])
    d.R("Realisasi 2020", *[ind_cells(it, f)[1] for it in items])
    d.R("Capaian (%)", *[id_dec(it.cp) for it in items])
    for it in items:
        it.fakta(d, *ind_cells(it, f))
    d.L("Sumber: Subbagian Perencanaan, Data dan Informasi", "")
    d.PP([f"Nilai Evaluasi atas Akuntabilitas Kinerja (IKU-6) diukur dari Laporan Hasil Evaluasi AKIP Tahun 2019 "
          f"yang diterima pada bulan Mei 2020: Sekretariat KPU Kabupaten Sumba Timur memperoleh predikat "
          f"{predikat(s19)} ({id_dec(s19)}).",
          "Partisipasi pemilih (IKU-1) pada Pemilihan Bupati dan Wakil Bupati Sumba Timur tanggal 9 Desember 2020 "
          "melampaui target walaupun pemungutan suara dilaksanakan di masa pandemi dengan protokol kesehatan.",
          "Jumlah penyelenggara yang terbukti melanggar (IKU-5) lebih rendah dari batas yang ditetapkan, sehingga "
          "capaiannya dihitung dengan rumus indikator yang semakin rendah semakin baik."] + analisis(c, "IKU-4"), 92)
    d.sakip("5311", 2019, s19)
    d.L("Keterangan: IKU-4 belum mencapai 100% karena distribusi logistik ke dua desa di Kecamatan Tabundung",
        "terlambat satu hari akibat banjir.", "")
    d.FF()
    d.L("B. Daftar Pemilih Pemilihan Bupati dan Wakil Bupati Sumba Timur Tahun 2020", "")
    rows = kec(rnd, "5311", "pilkada", 2020, KEC["5311"], 156)
    T = tuple(sum(r[i] for r in rows) for i in (1, 2, 3, 4))
    dps_l, dps_p = T[2] + 1874, T[3] + 1655
    hp_l, hp_p = T[2] + 402, T[3] + 377
    d.P("Pemutakhiran data pemilih dilaksanakan berjenjang sejak penyerahan DP4 sampai penetapan DPT dalam rapat "
        "pleno terbuka. Perkembangan jumlah pemilih pada setiap tahapan adalah sebagai berikut:", 92)
    d.L("Tabel 3.2 Rekapitulasi Pemilih per Tahapan Pemilihan Tahun 2020", "")
    d.R("Tahapan", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah")
    d.R("DPS", "-", id_int(dps_l), id_int(dps_p), id_int(dps_l + dps_p))
    d.R("DPSHP", "-", id_int(hp_l), id_int(hp_p), id_int(hp_l + hp_p))
    d.R("DPT", T[1], id_int(T[2]), id_int(T[3]), id_int(T[2] + T[3]))
    d.R("DPTb", "-", "212", "187", "399")
    d.R("DPK", "-", "1.046", "998", "2.044")
    d.L("Sumber: Berita Acara Rekapitulasi Daftar Pemilih KPU Kabupaten Sumba Timur", "")
    d.P("Sebaran DPT per kecamatan dengan persentase pemilih laki-laki dan perempuan disajikan pada tabel "
        "berikut.", 92)
    d.L("Tabel 3.3 DPT Pemilihan Tahun 2020 per Kecamatan", "")
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "% L", "P", "% P", "L+P")
    for i, (nm, ds, tp, l, p) in enumerate(rows, 1):
        d.R(i, nm, ds, tp, id_int(l), pct2(l, l + p), id_int(p), pct2(p, l + p), id_int(l + p))
        if i == 12:
            d.L("", "LKj KPU Kabupaten Sumba Timur 2020 - 14")
            d.FF()
            d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "% L", "P", "% P", "L+P")
    d.R("", "Jumlah", T[0], T[1], id_int(T[2]), pct2(T[2], T[2] + T[3]), id_int(T[3]), pct2(T[3], T[2] + T[3]),
        id_int(T[2] + T[3]))
    dpt_kec(d, "pilkada", 2020, rows)
    d.B()
    d.PP(["Pemilih dalam DPTb dan DPK menggunakan hak pilihnya di TPS sesuai alamat KTP elektronik dan tidak "
          "termasuk dalam jumlah DPT yang ditetapkan.",
          "Pendanaan Pemilihan Bupati dan Wakil Bupati Sumba Timur bersumber dari dana hibah Pemerintah Kabupaten "
          "Sumba Timur melalui Naskah Perjanjian Hibah Daerah sebesar Rp 24.730.500.000 dengan realisasi sebesar "
          "Rp 23.118.406.250. Dana hibah tersebut dipertanggungjawabkan dalam laporan tersendiri dan tidak termasuk "
          "dalam DIPA."], 92)
    d.FF()
    d.L("C. Realisasi Anggaran DIPA Tahun Anggaran 2020", "")
    rws = belanja(rnd, "5311", 2020, 3342000000, 0.958)
    d.P("Selama tahun 2020 DIPA Sekretariat KPU Kabupaten Sumba Timur mengalami tiga kali revisi. Perbandingan "
        "anggaran awal, anggaran setelah revisi dan realisasinya adalah sebagai berikut:", 92)
    d.L("Tabel 3.4 Realisasi Anggaran Tahun 2020 (Rupiah)", "")
    d.R("Kode", "Program/Kegiatan", "Anggaran Awal", "Anggaran Setelah Revisi", "Realisasi", "Sisa", "%")
    geser = {"3355": -25000000, "3358": 12000000, "3360": 13000000, "6639": 40000000, "6640": -15000000,
             "6709": -25000000}
    for r in rws:
        if r["tingkat"] == "kegiatan":
            r["awal"] = r["pagu"] - geser[r["kode"]]
    for r in rws:
        if r["tingkat"] != "kegiatan":
            r["awal"] = sum(x["awal"] for x in rws if x["tingkat"] == "kegiatan" and
                            (r["kode"] == "TOTAL" or x["induk"] == r["kode"]))
    for r in rws:
        tot = r["kode"] == "TOTAL"
        d.R("" if tot else kode_pendek(r), "Jumlah" if tot else r["nama"], id_int(r["awal"]), id_int(r["pagu"]),
            id_int(r["real"]), id_int(r["pagu"] - r["real"]), id_dec(serapan(r["pagu"], r["real"])))
        d.ang(r["kode"], r["tingkat"], r["induk"], r["pagu"], r["real"], serapan(r["pagu"], r["real"]),
              pagu_awal=r["awal"])
    d.B()
    d.PP(["Pergeseran anggaran antar kegiatan dilakukan untuk mendukung kebutuhan pengamanan dan alat pelindung "
          "diri bagi badan ad hoc pada masa pandemi, tanpa mengubah jumlah pagu DIPA.",
          "Sisa anggaran terutama berasal dari efisiensi perjalanan dinas yang dibatasi selama pandemi dan dari "
          "sisa belanja pegawai."], 92)
    tutup(d, c, *ttd("Waingapu, 22 Januari 2021", c["kpu"], "YOHANES U. RAMBU, S.E.", "NIP. 19750914 200312 1 004"),
          W=92, bab=("", "BAB IV", "PENUTUP", ""))


if __name__ == "__main__":
    tulis(sumba_timur_2020)
