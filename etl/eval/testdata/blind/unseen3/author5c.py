# Fifth blind batch (unseen3/), documents 9-12. Run: python3 unseen3/author5c.py (deterministic)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common5 import *  # noqa: E402,F401


def ringkas(d, c, ttd, sub2=None):
    """Foreword, BAB I and BAB II as plain prose (ttd: the signature lines)."""
    pengantar(d, c, ttd)
    d.FF()
    bab(d, "BAB I\nPENDAHULUAN", pendahuluan(c)[:6])
    d.FF()
    bab(d, "BAB II\nPERENCANAAN KINERJA", perencanaan(c)[:4], sub2)


# ====================================================================== 9. Rote Ndao 2021
def rote_ndao_2021():
    """Targets only in the PK table of BAB II; the BAB III realisation table has no target and a
    Tercapai/Tidak Tercapai column; sasaran-kegiatan counts (`Laporan`); SAKIP 2020 components as
    rows; budget rows wrapped with the amounts on the last line; multi-year table 2019-2021 that
    agrees with earlier reports; Pemilu 2019 DPT in prose beside a DPB figure."""
    d, c, rnd = buka("unseen3/lkj-rote-ndao-2021.txt", "5314", 2021, 90, (
        "LAPORAN", "KINERJA", "", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN ROTE NDAO", "", "2021", "", "Ba'a"))
    ttd = ("Ba'a, 21 Januari 2022", "Sekretaris KPU Kabupaten Rote Ndao,", "", "", "JUSUF M. ADOE, S.E.",
           "NIP. 19730630 200212 1 003")
    ringkas(d, c, ttd, "2.1 Perjanjian Kinerja Tahun 2021")
    s20 = skor("5314", 2020)
    items = [Ind("akip", "B", predikat(s20), "predikat", grade=True), Ind("bpk", "WTP", "WTP", "opini", grade=True),
             Ind("rb", 55, 53.9, "nilai"), Ind("mutakhir", 100, 100), Ind("kompetensi", 80, 83.4),
             Ind("sarpras", 90, 91.7), Ind("lapakun", 4, 4, "laporan", tingkat="sasaran_kegiatan"),
             Ind("bmn", 2, 2, "laporan", tingkat="sasaran_kegiatan"), Ind("kepeg", 95, 96.2, tingkat="sasaran_kegiatan")]
    cell = lambda it, v: v if it.grade else (f"{angka(v)} Laporan" if it.sat == "laporan" else
                                             (angka(v) + "%" if it.sat == "persen" else angka(v)))
    d.L("Tabel 2.1 Target Perjanjian Kinerja Tahun 2021", "")
    d.R("No", "Indikator Kinerja", "Target")
    for i, it in enumerate(items, 1):
        if i == 7:
            d.R("", "Indikator Kinerja Kegiatan", "")
        d.R(i, it.ind, cell(it, it.t))
    d.B()
    d.FF()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c), "3.1 Realisasi Indikator Kinerja")
    d.P("Realisasi setiap indikator dibandingkan dengan target Perjanjian Kinerja pada Tabel 2.1.")
    d.L("Tabel 3.1 Realisasi Indikator Kinerja Tahun 2021", "")
    d.R("No", "Indikator Kinerja", "Realisasi", "Capaian", "Keterangan")
    for i, it in enumerate(items, 1):
        if i == 7:
            d.R("", "Indikator Kinerja Kegiatan", "", "", "")
        d.R(i, it.ind, cell(it, it.r), id_dec(it.cp) + "%", "Tercapai" if it.cp >= 100 else "Tidak Tercapai")
        it.fakta(d, cell(it, it.t), cell(it, it.r))
    d.B()
    d.PP(analisis(c, "nilai reformasi birokrasi"))
    d.L("3.2 Evaluasi SAKIP", "")
    k = komponen("5314", 2020, rnd, s20 / 100)
    d.P(f"Hasil evaluasi implementasi SAKIP tahun 2020 yang diterima pada tahun 2021 adalah {id_dec(s20)} "
        f"({predikat(s20)}) dengan rincian komponen berikut.")
    d.L("Tabel 3.2 Komponen Evaluasi SAKIP Tahun 2020", "")
    d.R("No", "Komponen", "Bobot", "Nilai")
    for i, kk in enumerate(KOMPONEN, 1):
        d.R(i, KNM[kk], k[kk][0], id_dec(k[kk][1]))
    d.R("", "Nilai Akhir", 100, id_dec(s20))
    d.sakip_komp("5314", 2020, s20, k)
    d.B()
    tps, l, p = pemilih("5314", "pemilu", 2019)
    d.P(f"Pemutakhiran data pemilih berkelanjutan berpedoman pada DPT Pemilu 2019 sebanyak {id_int(l + p)} "
        f"pemilih ({id_int(l)} laki-laki dan {id_int(p)} perempuan) di {tps} TPS. Rekapitulasi Daftar Pemilih "
        "Berkelanjutan semester II 2021 mencatat 91.436 pemilih.")
    dpt_kab(d, "pemilu", 2019, tps, l, p)
    d.FF()
    d.L("3.3 Realisasi Anggaran", "")
    P, R = total_lama("5314", 2021)
    rows = anggaran(rnd, [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709"])], P, R)
    d.L("Tabel 3.3 Realisasi Anggaran per Kegiatan Tahun 2021", "")
    d.R("Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
    for r in rows:
        tot = r["kode"] == "TOTAL"
        parts = ["JUMLAH"] if tot else textwrap.wrap(r["nama"], 30)
        for j, part in enumerate(parts):
            last = j == len(parts) - 1
            d.R(kode_pendek(r) if j == 0 and not tot else "", part,
                *((id_int(r["pagu"]), id_int(r["real"]), id_int(r["pagu"] - r["real"]),
                   id_dec(serapan(r["pagu"], r["real"]))) if last else ("", "", "", "")))
    nyatakan(d, rows)
    d.B()
    d.L("Tabel 3.4 Realisasi Anggaran Tahun 2019-2021", "")
    d.R("Tahun", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)")
    total_tahun(d, [(y, *total_lama("5314", y)) for y in (2019, 2020)] + [(2021, P, R)],
                lambda y, a, b: (y, id_int(a), id_int(b), id_dec(serapan(a, b))), 2021)
    d.B()
    tutup(d, c, "", *ttd)


# ====================================================================== 10. Sumba Barat Daya 2022
OUTPUT = {"3355": [("EBD.955", "Layanan Manajemen Keuangan"), ("EBA.956", "Layanan BMN")],
          "3358": [("EBD.953", "Layanan Pendidikan dan Pelatihan"), ("EBA.962", "Layanan Umum")],
          "3360": [("EBA.994", "Layanan Perkantoran"), ("EBB.951", "Layanan Sarana Internal")],
          "6640": [("QDC.001", "Pemutakhiran Data Pemilih Berkelanjutan")],
          "6709": [("QDB.001", "Sosialisasi dan Pendidikan Pemilih"), ("QDB.002", "Layanan Informasi Publik")]}


def keluaran(rnd, rows):
    """Inserts the outputs of OUTPUT under each kegiatan row, splitting its pagu (by 1000) and
    realisasi so that they sum to the kegiatan."""
    out = []
    for r in rows:
        out.append(r)
        outs = OUTPUT.get(r["kode"], []) if r["tingkat"] == "kegiatan" else []
        pg = [r["pagu"]] if len(outs) == 1 else [r["pagu"] * 3 // 5 // 1000 * 1000]
        rl = [r["real"]] if len(outs) == 1 else [min(int(pg[0] * r["real"] / r["pagu"] * rnd.uniform(0.99, 1.01)), pg[0])]
        if len(outs) == 2:
            pg.append(r["pagu"] - pg[0])
            rl.append(r["real"] - rl[0])
        for (suf, nama), a, b in zip(outs, pg, rl):
            assert b <= a
            out.append({"kode": f"{r['kode']}.{suf}", "tingkat": "output", "induk": r["kode"], "nama": nama,
                        "pagu": a, "real": b})
    return out


def sbd_2022():
    """Full-path budget codes (`076.01.WA.3355.EBD.955`) down to outputs; Cyrillic `ВВ` target;
    lower-is-better indicator; SAKIP of three evaluated years in one sentence; RB in prose;
    Pemilu 2019 DPT in prose beside a DPB figure."""
    d, c, rnd = buka("unseen3/lkj-sumba-barat-daya-2022.txt", "5318", 2022, 98, (
        "LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN SUMBA BARAT DAYA", "TAHUN ANGGARAN 2022", "", "", "Tambolaka"))
    ttd = ("Tambolaka, 27 Januari 2023", "Sekretaris,", "", "", "SAMUEL B. LEDE, S.Pd", "NIP. 19760118 200212 1 002")
    ringkas(d, c, ttd)
    d.FF()
    bab(d, "BAB III\nAKUNTABILITAS KINERJA", akuntabilitas_intro(c), "3.1 Capaian Indikator Kinerja")
    s21, s20, s19 = skor("5318", 2021), skor("5318", 2020), skor("5318", 2019)
    items = [(Ind("akip", "BB", predikat(s21), "predikat", grade=True), "ВВ"),
             (Ind("bpk", "WTP", "WTP", "opini", grade=True), "WTP"), (Ind("rb", 60, 61.35, "nilai"), None),
             (Ind("mutakhir", 100, 100), None), (Ind("kompetensi", 88, 90.4), None), (Ind("sarpras", 95, 92.8), None),
             (Ind("sengketa", 100, 100), None), (Ind("pelanggaran", 1, 0, arah="turun"), None)]
    d.L("Tabel 3.1 Capaian Indikator Kinerja Sasaran Strategis Tahun 2022", "")
    d.R("No", "Indikator", "Target", "Realisasi", "% Capaian")
    for i, (it, tcell) in enumerate(items, 1):
        if it.grade:
            tt, rt = tcell, it.r
        else:
            tt, rt = (angka(it.t), angka(it.r)) if it.sat == "nilai" else (angka(it.t) + "%", angka(it.r) + "%")
        d.R(i, it.ind, tt, rt, id_dec(it.cp))
        it.fakta(d, tt.replace("В", "B"), rt)
    d.B()
    d.PP(analisis(c, "persentase tersedianya sarana dan prasarana"))
    d.P(f"Evaluasi AKIP Tahun 2021 sebesar {id_dec(s21)} ({predikat(s21)}), Evaluasi AKIP Tahun 2020 sebesar "
        f"{id_dec(s20)} ({predikat(s20)}) dan Evaluasi AKIP Tahun 2019 sebesar {id_dec(s19)} ({predikat(s19)}). "
        "Target predikat BB untuk tahun 2022 belum tercapai.")
    for y, v in ((2021, s21), (2020, s20), (2019, s19)):
        d.sakip("5318", y, v)
    rbn, rbb = 22.41, 36.3
    rbp = round(rbn / rbb * 100, 2)
    d.P(f"Nilai evaluasi Reformasi Birokrasi tahun 2022 adalah {id_dec(rbn)} ({id_dec(rbp)}%) dari bobot "
        f"{id_dec(rbb)}, dikonversi menjadi 61,35 pada skala 100.")
    d.rb(2022, rbn, rbb, rbp)
    tps, l, p = pemilih("5318", "pemilu", 2019)
    d.P(f"DPT Pemilu Tahun 2019 Kabupaten Sumba Barat Daya berjumlah {id_int(l + p)} pemilih, terdiri atas "
        f"{id_int(l)} laki-laki dan {id_int(p)} perempuan, di {tps} TPS; Daftar Pemilih Berkelanjutan "
        "Desember 2022 berjumlah 236.904 pemilih.")
    dpt_kab(d, "pemilu", 2019, tps, l, p)
    d.FF()
    d.L("3.2 Realisasi Anggaran", "")
    P, R = baru(rnd, 4_386_270_000, 0.9702)
    rows = keluaran(rnd, anggaran(rnd, [("076.01.WA", ["3355", "3358", "3360"]), ("076.01.CQ", ["6640", "6709"])], P, R))
    full = {r["kode"]: r["kode"] for r in rows if r["tingkat"] == "program"}
    d.L("Tabel 3.3 Realisasi Anggaran sampai dengan Rincian Output Tahun 2022", "")
    d.R("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%")
    for r in rows:
        if r["tingkat"] != "program" and r["kode"] != "TOTAL":
            full[r["kode"]] = full[r["induk"]] + "." + r["kode"].split(".", 1)[-1 if r["tingkat"] == "output" else 0]
        tot = r["kode"] == "TOTAL"
        d.R("" if tot else full[r["kode"]], "Jumlah" if tot else r["nama"], id_int(r["pagu"]), id_int(r["real"]),
            id_int(r["pagu"] - r["real"]), id_dec(serapan(r["pagu"], r["real"])))
    nyatakan(d, rows)
    d.B()
    d.P("Seluruh kode pada tabel ditulis lengkap sesuai struktur RKA-K/L: program, kegiatan, klasifikasi rincian "
        "output dan rincian output.")
    tutup(d, c, "", "Tambolaka, 27 Januari 2023", "Sekretaris KPU Kabupaten Sumba Barat Daya,", "", "",
          "SAMUEL B. LEDE, S.Pd", "NIP. 19760118 200212 1 002")


if __name__ == "__main__":
    tulis(rote_ndao_2021, sbd_2022)
