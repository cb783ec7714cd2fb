# Second batch of held-out blind documents (8 documents, new house styles).
# Run from anywhere: python3 dev2/author2.py   (deterministic)
import os, sys, random
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "author"))
from lib import *  # noqa: E402

# Names as in schemas/ref/wilayah.csv (kabupaten/provinsi DPT rows carry these).
REFNAME = {s: ("Kota Kupang" if s == "5371" else "Kabupaten " + NAMA[s]) for s in ORDER[1:]}
REFNAME["53"] = "Nusa Tenggara Timur"
KAPITAL = {s: NAMA[s].upper() for s in ORDER[1:]}
KAPITAL["5301"] = "KUPANG"
KAPITAL["5371"] = "KOTA KUPANG"

KEG = {"3355": "Pengelolaan Keuangan dan Barang Milik Negara",
       "3360": "Operasional Perkantoran dan Dukungan Sarana Prasarana",
       "3358": "Pengelolaan Sumber Daya Manusia",
       "6639": "Teknis Penyelenggaraan Pemilu/Pemilihan",
       "6640": "Penyelenggaraan Pemutakhiran Data Pemilih",
       "6709": "Sosialisasi dan Partisipasi Masyarakat",
       "6867": "Pembentukan Badan Adhoc",
       "6871": "Pengelolaan, Pengadaan, Laporan dan Dokumentasi Logistik",
       "6872": "Pemungutan dan Penghitungan Suara"}
PROG = {"076.01.WA": "Program Dukungan Manajemen",
        "076.01.CQ": "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi"}

# ---------------------------------------------------------------- shared election data
# Pemilu 2019 DPT per kabupaten (TPS, L, P). Values already stated by other documents
# of the corpus are reused; the rest are invented here once.
PEMILU19 = {"5302": (1447, 171065, 177066), "5310": (860, 95135, 98086),
            "5307": (587, 112406, 120931), "5308": (768, 83632, 90266)}
_r = random.Random(1919)
_b19 = {"5301": 231800, "5303": 170200, "5304": 141500, "5305": 137900, "5306": 180300,
        "5309": 103800, "5311": 160700, "5312": 81300, "5313": 89800, "5314": 87100,
        "5315": 165900, "5316": 100400, "5317": 48600, "5318": 210300, "5319": 181200,
        "5320": 53700, "5321": 126300, "5371": 235400}
for s, b in _b19.items():
    tot = b + _r.randint(-700, 700)
    l = int(tot * _r.uniform(0.484, 0.505))
    PEMILU19[s] = (int(tot / _r.uniform(225, 250)), l, tot - l)
# Pemilihan Gubernur dan Wakil Gubernur NTT 2018 (TPS, L, P), invented
PILGUB18 = {}
for s in ORDER[1:]:
    tps, l, p = PEMILU19[s]
    f = _r.uniform(0.955, 0.985)
    PILGUB18[s] = (int(tps * _r.uniform(0.62, 0.70)), int(l * f), int(p * (f + _r.uniform(-0.006, 0.006))))
# Pilkada 2024 from the real province report (TPS, L, P)
PILKADA24_REAL = {"5318": (506, 126096, 122763)}


def tie_free(vals):
    return vals


def kv(d, pairs, w=28):
    for k, v in pairs:
        d.L(f"{k:<{w}}: {v}")


def rp(n):
    return "Rp " + id_int(n)


def front(d, c, W, kota_tgl, nama, nip, jab=None):
    d.L("KATA PENGANTAR", "")
    d.PP(kata_pengantar(c), W)
    d.L(kota_tgl, jab or f"Sekretaris {c['kpu']},", "", "", "", nama, nip)


def ttd(kota_tgl, kpu, nama, nip):
    """The closing signature block's lines."""
    return ("", kota_tgl, f"Sekretaris {kpu},", "", "", nama, nip)


def sig(d, kota_tgl, kpu, nama, nip):
    """The signature block on its own (kept for other author scripts that import this module)."""
    d.L(*ttd(kota_tgl, kpu, nama, nip))


def mulai(rel, s, year, W, sampul, kota_tgl, nama, nip, flat=False):
    """A new document of this batch: cover page, then the Kata Pengantar signed by the
    secretary; d.ttd keeps the same signature for the closing chapter."""
    d = Doc(rel, s, year, flat=flat)
    c = ctx(s, year)
    d.L(*sampul)
    d.FF()
    front(d, c, W, kota_tgl, nama, nip)
    d.FF()
    d.ttd = ttd(kota_tgl, c["kpu"], nama, nip)
    return d, c


def gen_budget(rnd, year, struct, unit=1, lo=0.935, hi=0.998):
    """struct: [(prog, [(keg, pagu)])] -> ordered rows with sums."""
    rows, tot = [], [0, 0]
    for prog, kegs in struct:
        pr = {"kode": prog, "tingkat": "program", "induk": "", "nama": PROG[prog], "pagu": 0, "real": 0}
        rows.append(pr)
        for keg, pagu in kegs:
            real = int(pagu * rnd.uniform(lo, hi)) // unit * unit
            rows.append({"kode": keg, "tingkat": "kegiatan", "induk": prog, "nama": KEG[keg],
                         "pagu": pagu, "real": real})
            pr["pagu"] += pagu
            pr["real"] += real
        tot[0] += pr["pagu"]
        tot[1] += pr["real"]
    rows.append({"kode": "TOTAL", "tingkat": "total", "induk": "", "nama": "Jumlah", "pagu": tot[0], "real": tot[1]})
    return rows


def declare_budget(d, rows, year, lapor=True, pagu_awal=None, revisi=None):
    for r in rows:
        kw = {}
        if r["kode"] == "TOTAL":
            kw = {"pagu_awal": pagu_awal, "revisi": revisi}
        d.ang(r["kode"], r["tingkat"], r["induk"], r["pagu"], r["real"],
              serapan(r["pagu"], r["real"]) if lapor else None, tahun=year, **kw)


def kec_split(rnd, names, total, tps, desa, lrat=None):
    """Split a kabupaten DPT (tps, l, p) over kecamatan; returns [(name, desa, tps, l, p)]."""
    n = len(names)
    T = split_total(tps, n, rnd, 0.4)
    L = split_total(total[0], n, rnd, 0.4)
    w = [L[i] * rnd.uniform(0.96, 1.06) for i in range(n)]
    P = [int(total[1] * x / sum(w)) for x in w]
    P[max(range(n), key=lambda i: P[i])] += total[1] - sum(P)
    D = split_total(desa, n, rnd, 0.35)
    return [(names[i], D[i], T[i], L[i], P[i]) for i in range(n)]


def pct(x, eng=False):
    return (en_dec(x) if eng else id_dec(x)) + "%"


def komps_for(total, rnd, base):
    """Four component scores (0.05 steps for three, remainder last) summing to total."""
    k = {}
    acc = 0
    for c in ("perencanaan", "pengukuran", "pelaporan"):
        b = BOBOT[c]
        v = round(round(b * rnd.uniform(base - 0.04, base + 0.04) * 20) / 20, 2)
        k[c] = (b, v)
        acc += v
    k["evaluasi_internal"] = (25, round(total - acc, 2))
    return k


KNM = {"perencanaan": "Perencanaan Kinerja", "pengukuran": "Pengukuran Kinerja",
       "pelaporan": "Pelaporan Kinerja", "evaluasi_internal": "Evaluasi Akuntabilitas Kinerja Internal"}

SS = {
    "akip": "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten",
    "bpk": "Opini BPK atas Laporan Keuangan",
    "rb": "Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi KPU Kabupaten",
    "mutakhir": "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu",
    "kompetensi": "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya",
    "sarpras": "Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik",
    "sengketa": "Persentase Sengketa Hukum yang dimenangkan KPU",
    "kip": "Nilai Keterbukaan Informasi Publik",
    "jadwal": "Persentase KPU Kabupaten dalam menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku",
    "partisipasi": "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan",
    "pelanggaran": "Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan",
    "aman": "Persentase KPU Kabupaten/Kota yang melaksanakan Pemilu/Pemilihan yang Aman dan Damai",
    "logistik": "Persentase Satker dalam mendistribusikan logistik Pemilu/Pemilihan secara tepat sasaran tepat jumlah tepat jenis tepat mutu dan tepat waktu",
}
SK = {
    "gaji": "Persentase pembayaran gaji dan tunjangan yang tepat waktu",
    "lapakun": "Jumlah laporan sistem akuntansi dan pelaporan keuangan",
    "arsip": "Persentase KPU Kabupaten dalam Mengelola Arsip Inaktif Sesuai Aturan Kearsipan",
    "bmn": "Jumlah Laporan Barang Milik Negara Berdasarkan SIMAK BMN yang datanya sesuai dengan Data SAK",
    "pleno": "Persentase Hasil Rapat Pleno yang ditindaklanjuti paling lambat 4 hari kerja",
    "kepeg": "Persentase pegawai yang mendapatkan layanan kepegawaian secara tepat waktu dan akurat",
}


def ctx(s, year):
    kpu = "KPU Provinsi Nusa Tenggara Timur" if s == "53" else (
        "KPU Kota Kupang" if s == "5371" else "KPU Kabupaten " + NAMA[s])
    wil = "Provinsi Nusa Tenggara Timur" if s == "53" else (
        "Kota Kupang" if s == "5371" else "Kabupaten " + NAMA[s])
    return {"kpu": kpu, "wil": wil, "thn_kp": f"{kpu} Tahun {year}"}


# ====================================================================== A. Sumba Timur 2022
def sumba_timur_2022():
    """Everything as 'Key : value' blocks."""
    W = 84
    d, c = mulai("dev2/lkj-sumba-timur-2022.txt", "5311", 2022, W,
                 ("", "", "LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TIMUR", "TAHUN 2022", "", "",
                 "Jl. Adam Malik No. 3, Kambajawa, Waingapu", "Sumba Timur - Nusa Tenggara Timur"),
                 "Waingapu, 20 Februari 2023", "YUSUF L. HAMBANDIMA, S.Sos", "NIP. 19720811 199803 1 006")
    rnd = random.Random(5311)
    d.L("IKHTISAR EKSEKUTIF", "")
    d.P("Laporan Kinerja ini menyajikan capaian kinerja Sekretariat KPU Kabupaten Sumba Timur selama tahun "
        "2022, tahun pertama tahapan Pemilu Serentak 2024. Seluruh data dalam laporan ini disajikan dalam "
        "bentuk lembar isian (uraian : nilai) sesuai format yang digunakan pada lembar kerja evaluasi internal.", W)
    bab(d, ("BAB I", "PENDAHULUAN", ""), pendahuluan(c)[:5], W)
    d.L("Tabel 1.1 Komposisi Pegawai Sekretariat per 31 Desember 2022", "")
    d.R("Unit", "PNS Organik", "PNS Diperbantukan", "PPNPN", "Jumlah")
    for u, a, b, cc in (("Sekretaris", 1, 0, 0), ("Subbagian Keuangan, Umum dan Logistik", 4, 2, 6),
                        ("Subbagian Teknis dan Hupmas", 3, 1, 2), ("Subbagian Hukum dan SDM", 2, 1, 1),
                        ("Subbagian Perencanaan, Data dan Informasi", 3, 1, 2)):
        d.R(u, a, b, cc, a + b + cc)
    d.R("Jumlah", 13, 5, 11, 29)
    d.B()
    d.L("1.4 Gambaran Umum Wilayah dan Pemilih", "")
    d.P("Data wilayah administrasi dan pemilih pada Pemilihan Bupati dan Wakil Bupati Sumba Timur Tahun 2020 "
        "yang menjadi dasar pemetaan kerja sekretariat adalah sebagai berikut.", W)
    desa, tps, l, p = 156, 531, 95113, 92311
    kv(d, [("Jumlah Kecamatan", "22 kecamatan"), ("Jumlah Desa/Kelurahan", f"{desa} desa/kelurahan"),
           ("Jumlah TPS Pemilihan 2020", f"{tps} TPS"), ("DPT Laki-laki", f"{id_int(l)} orang"),
           ("DPT Perempuan", f"{id_int(p)} orang"), ("Jumlah DPT Pemilihan 2020", f"{id_int(l + p)} orang"),
           ("Sumber", "Keputusan KPU Kabupaten Sumba Timur tentang Penetapan DPT Pemilihan 2020")])
    d.dpt("pilkada", 2020, "kabupaten", REFNAME["5311"], desa, tps, l, p)
    d.B()
    d.P("Sepanjang tahun 2022 KPU Kabupaten Sumba Timur melaksanakan pemutakhiran data pemilih berkelanjutan. "
        "Rekapitulasi Daftar Pemilih Berkelanjutan (DPB) semester II tahun 2022 bukan daftar pemilih tetap, "
        "melainkan bahan pemutakhiran, dengan rincian:", W)
    kv(d, [("DPB Semester II 2022 - Laki-laki", "97.408 orang"), ("DPB Semester II 2022 - Perempuan", "94.772 orang"),
           ("DPB Semester II 2022 - Jumlah", "192.180 orang")], 34)
    d.B()
    d.FF()
    bab(d, ("BAB II", "PERENCANAAN KINERJA", ""), perencanaan(c), W)
    d.P("Perjanjian Kinerja Tahun 2022 memuat delapan indikator sasaran strategis. Target masing-masing "
        "indikator dicantumkan pada lembar isian capaian di Bab III.", W)
    d.FF()
    bab(d, ("BAB III", "AKUNTABILITAS KINERJA", ""), akuntabilitas_intro(c)[:2], W)
    d.L("3.1 Lembar Isian Capaian Sasaran Strategis", "")
    own21 = SAKIP[("5311", 2021)]
    rbn, rbb = 24.86, 36.30
    rbp = 68.48
    items = [
        ("Meningkatnya akuntabilitas kinerja", SS["akip"], "B", None, predikat(own21), None, "predikat", "100%", True),
        ("Meningkatnya akuntabilitas keuangan", SS["bpk"], "WTP", None, "WTP", None, "opini", "100%", True),
        ("Terwujudnya birokrasi yang bersih", SS["rb"], "65", 65, id_dec(rbp), rbp, "nilai", "105,35%", False),
        ("Terpeliharanya data pemilih", SS["mutakhir"], "100%", 100, "100%", 100, "persen", "100%", False),
        ("Meningkatnya kapasitas SDM", SS["kompetensi"], "90%", 90, "87,50%", 87.5, "persen", "97,22%", False),
        ("Tersedianya sarana kerja", SS["sarpras"], "95%", 95, "96,15%", 96.15, "persen", "101,21%", False),
        ("Meningkatnya kepastian hukum", SS["sengketa"], "100%", 100, "-", None, "persen", "-", False),
        ("Meningkatnya keterbukaan informasi", SS["kip"], "85%", 85, "88,40%", 88.4, "persen", "104,00%", False),
    ]
    for i, (sas, ind, tt, tn, rt, rn, sat, cap, grade) in enumerate(items, 1):
        if i == 5:
            d.FF()
            d.L("LKj KPU Kabupaten Sumba Timur Tahun 2022", "")
        d.L(f"Sasaran Strategis {i}")
        kv(d, [("Sasaran", sas), ("Indikator Kinerja", ind), ("Target", tt), ("Realisasi", rt), ("Capaian", cap),
               ("Keterangan", "Tidak ada perkara sengketa" if rt == "-" else ("Tercapai" if (grade or rn >= tn) else "Belum tercapai"))])
        d.B()
        d.capaian(ind, tt, tn, rt, rn, sat, cap, grade)
    d.L("3.1.1 Lembar Isian Indikator Kinerja Kegiatan", "")
    for j, (ind, tt, tn, rt, rn, sat, cap) in enumerate([
            (SK["gaji"], "100%", 100, "100%", 100, "persen", "100%"),
            (SK["lapakun"], "14 Laporan", 14, "14 Laporan", 14, "laporan", "100%"),
            (SK["kepeg"], "95%", 95, "97,30%", 97.3, "persen", "102,42%")], 1):
        d.L(f"Indikator Kinerja Kegiatan {j}")
        kv(d, [("Indikator", ind), ("Target", tt), ("Realisasi", rt), ("Capaian", cap)])
        d.B()
        d.cap(ind, tt, tn, rt, rn, sat, persen(cap), tingkat="sasaran_kegiatan")
    kv(d, [("Rata-rata capaian sasaran strategis", "101,25%"), ("Jumlah indikator tercapai", "6 dari 8 indikator")], 36)
    d.B()
    d.P("Indikator Persentase Sengketa Hukum yang dimenangkan KPU tidak dapat diukur karena selama tahun 2022 "
        "tidak terdapat gugatan atau sengketa hukum terhadap KPU Kabupaten Sumba Timur.", W)
    d.PP(analisis(c, "kompetensi pegawai"), W)
    d.FF()
    d.L("3.2 Lembar Isian Hasil Evaluasi SAKIP", "")
    k = komps_for(own21, rnd, 0.64)
    kv(d, [("Dokumen", "Laporan Hasil Evaluasi AKIP Tahun 2021"), ("Diterima", "Juni 2022"),
           ("Tahun yang Dinilai", "2021")] + [(f"{KNM[x]} (bobot {b})", id_dec(v)) for x, (b, v) in k.items()] +
       [("Nilai Akhir", id_dec(own21)), ("Predikat", predikat(own21))], 46)
    d.sakip_komp("5311", 2021, own21, k)
    d.B()
    own20 = SAKIP[("5311", 2020)]
    kv(d, [("Nilai AKIP tahun sebelumnya", f"{id_dec(own20)} (Tahun yang Dinilai 2020, predikat {predikat(own20)})"),
           ("Kenaikan nilai" if own21 > own20 else "Penurunan nilai", id_dec(round(abs(own21 - own20), 2)) + " poin")], 46)
    d.sakip("5311", 2020, own20)
    d.B()
    d.L("3.3 Lembar Isian Reformasi Birokrasi", "")
    kv(d, [("Tahun Penilaian", "2022"), ("Nilai Evaluasi RB", id_dec(rbn)), ("Bobot Maksimal", id_dec(rbb)),
           ("Persentase terhadap Bobot", id_dec(rbp) + "%")], 30)
    d.rb(2022, rbn, rbb, rbp)
    d.B()
    d.FF()
    d.L("3.4 Realisasi Anggaran", "")
    rows = gen_budget(rnd, 2022, [("076.01.WA", [("3355", 2114500000), ("3360", 1093266000), ("3358", 41000000)]),
                                  ("076.01.CQ", [("6640", 382150000), ("6709", 156400000)])])
    tot = rows[-1]
    awal = 3512830000
    d.P(f"Berdasarkan DIPA Nomor SP DIPA-076.01.2.658318/2022, alokasi anggaran awal KPU Kabupaten Sumba Timur "
        f"sebesar Rp {id_int(awal)}. Setelah 3 kali revisi DIPA, pagu menjadi Rp {id_int(tot['pagu'])}. Rincian "
        f"pagu dan realisasi disajikan per program dan kegiatan dalam lembar isian berikut.", W)
    for r in rows:
        head = {"program": "Program", "kegiatan": "Kegiatan", "total": "JUMLAH KESELURUHAN"}[r["tingkat"]]
        if r["tingkat"] == "total":
            d.L(head)
        else:
            d.L(f"{head} {r['kode'] if r['tingkat'] == 'program' else r['induk'][-2:] + '.' + r['kode']}")
            kv(d, [("Uraian", r["nama"])], 14)
        kv(d, [("Pagu", rp(r["pagu"])), ("Realisasi", rp(r["real"])), ("Sisa", rp(r["pagu"] - r["real"])),
               ("Penyerapan", id_dec(serapan(r["pagu"], r["real"])) + "%")], 14)
        d.B()
    declare_budget(d, rows, 2022, pagu_awal=awal, revisi=3)
    d.P("Selain belanja, KPU Kabupaten Sumba Timur mencatat Penerimaan Negara Bukan Pajak (PNBP) dari sewa "
        "rumah dinas dan pengembalian belanja tahun lalu sebesar Rp 6.125.500. Nilai Aset BMN per 31 Desember "
        "2022 tercatat Rp 7.842.190.332 setelah penyusutan.", W)
    d.FF()
    tindak = [("Tindak lanjut 1", "Menyusun rencana aksi triwulanan untuk indikator kompetensi pegawai"),
              ("Tindak lanjut 2", "Meningkatkan kualitas dokumen perencanaan untuk evaluasi AKIP 2022"),
              ("Tindak lanjut 3", "Menyiapkan tahapan pemutakhiran data pemilih Pemilu 2024")]
    tutup(d, c, *d.ttd, W=W, bab=("BAB IV", "PENUTUP", ""), lalu=lambda d: kv(d, tindak, 16))


# ====================================================================== B. Flores Timur 2021
def flores_timur_2021():
    """Landscape tables: target and realisasi per triwulan, annual realisasi last."""
    W = 130
    d, c = mulai("dev2/lkj-flores-timur-2021.txt", "5306", 2021, W,
                 ("KOMISI PEMILIHAN UMUM KABUPATEN FLORES TIMUR", "", "LAPORAN KINERJA INSTANSI PEMERINTAH", "TAHUN 2021",
                 "", "Larantuka, Februari 2022"),
                 "Larantuka, 14 Februari 2022", "PAULUS B. KOTEN, S.H.", "NIP. 19740306 200112 1 003")
    rnd = random.Random(5306)
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:6], W)
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[:4], W)
    d.P("Sejak tahun 2021 pemantauan capaian kinerja dilakukan setiap triwulan. Target tahunan dirinci menjadi "
        "target triwulan (T) dan dibandingkan dengan realisasi triwulan (R) secara kumulatif. Tabel capaian pada "
        "Bab III disajikan mendatar (landscape) dengan realisasi tahunan pada kolom terakhir.", W)
    d.FF()
    bab(d, ("BAB III AKUNTABILITAS KINERJA", ""), akuntabilitas_intro(c)[:2], W)
    d.L("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis per Triwulan Tahun 2021", "")
    hdr1 = ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Triwulan I", "", "Triwulan II", "",
            "Triwulan III", "", "Triwulan IV", "", "Realisasi Tahunan"]
    hdr2 = ["", "", "", "", "T", "R", "T", "R", "T", "R", "T", "R", ""]
    d.R(*hdr1)
    d.R(*hdr2)
    own20 = SAKIP[("5306", 2020)]
    rows = [
        (SS["akip"], "Predikat", "B", None, ["-", "-", "-", "-", "-", "-", "B", "B"], "B", None, "predikat"),
        (SS["bpk"], "Opini", "WTP", None, ["-", "-", "WTP", "WTP", "-", "-", "WTP", "WTP"], "WTP", None, "opini"),
        (SS["rb"], "Nilai", "60", 60, ["-", "-", "-", "-", "-", "-", "60", "64,49"], "64,49", 64.49, "nilai"),
        (SS["mutakhir"], "%", "100", 100, ["25", "25", "50", "50", "75", "75", "100", "100"], "100", 100, "persen"),
        (SS["kompetensi"], "%", "80", 80, ["20", "18", "40", "37", "60", "58", "80", "77"], "77", 77, "persen"),
        (SS["sarpras"], "%", "90", 90, ["90", "92", "90", "93", "90", "93", "90", "94"], "94", 94, "persen"),
        (SS["kip"], "%", "80", 80, ["-", "-", "40", "41", "-", "-", "80", "83"], "83", 83, "persen"),
    ]
    for i, (ind, sat, tt, tn, tw, rt, rn, unit) in enumerate(rows, 1):
        d.R(i, ind, sat, tt, *tw, rt)
        if unit in ("predikat", "opini"):
            d.cap(ind, tt, None, rt, None, unit, None, grade=True)
        else:
            d.cap(ind, tt, tn, rt, rn, unit, None)
    d.R("", "Rata-rata capaian (%)", "", "", "", "", "", "", "", "", "", "", "100,69")
    d.L("Sumber: Sub Bagian Perencanaan, Data dan Informasi, diolah")
    d.B()
    d.P("Indikator kompetensi pegawai belum mencapai target tahunan karena dua pegawai tidak dapat mengikuti "
        "diklat teknis yang dibatalkan penyelenggara pada triwulan III. Indikator lainnya mencapai atau melampaui "
        "target yang ditetapkan dalam Perjanjian Kinerja.", W)
    d.FF()
    d.L("Tabel 3.2 Indikator Kinerja Kegiatan per Triwulan Tahun 2021", "")
    d.R(*hdr1)
    d.R(*hdr2)
    krows = [
        (SK["gaji"], "%", "100", 100, ["100", "100", "100", "100", "100", "100", "100", "100"], "100", 100, "persen"),
        (SK["lapakun"], "Laporan", "16", 16, ["4", "4", "8", "8", "12", "11", "16", "15"], "15", 15, "laporan"),
        (SK["arsip"], "%", "70", 70, ["10", "12", "30", "35", "50", "52", "70", "74"], "74", 74, "persen"),
        (SK["pleno"], "%", "100", 100, ["100", "100", "100", "100", "100", "100", "100", "100"], "100", 100, "persen"),
    ]
    for i, (ind, sat, tt, tn, tw, rt, rn, unit) in enumerate(krows, 1):
        d.R(i, ind, sat, tt, *tw, rt)
        d.cap(ind, tt, tn, rt, rn, unit, None, tingkat="sasaran_kegiatan")
    d.L("Sumber: Sub Bagian Keuangan, Umum dan Logistik")
    d.B()
    d.PP(analisis(c, "laporan sistem akuntansi"), W)
    d.L("Tabel 3.3 Hasil Evaluasi Akuntabilitas Kinerja (Tahun yang Dinilai 2019 dan 2020)", "")
    d.R("Tahun yang Dinilai", "Perencanaan Kinerja (30)", "Pengukuran Kinerja (30)", "Pelaporan Kinerja (15)",
        "Evaluasi Internal (25)", "Nilai Akhir", "Predikat")
    for y, base in ((2019, 0.61), (2020, 0.62)):
        v = SAKIP[("5306", y)]
        k = komps_for(v, rnd, base)
        d.R(y, *[id_dec(k[x][1]) for x in BOBOT], id_dec(v), predikat(v))
        d.sakip_komp("5306", y, v, k)
    d.B()
    d.P("Hasil evaluasi atas pelaksanaan Reformasi Birokrasi KPU Kabupaten Flores Timur Tahun 2021 adalah 23,41 "
        "dari bobot 36,30 atau 64,49%, sehingga indikator Reformasi Birokrasi pada Tabel 3.1 terealisasi 64,49.", W)
    d.rb(2021, 23.41, 36.30, 64.49)
    d.FF()
    d.L("C. Realisasi Anggaran per Triwulan", "")
    rowsb = gen_budget(rnd, 2021, [("076.01.WA", [("3355", 2087250000), ("3360", 1210480000)]),
                                   ("076.01.CQ", [("6639", 215600000), ("6640", 301900000)])])
    d.P("Realisasi anggaran tahun 2021 dipantau per triwulan melalui aplikasi SAKTI dan OM-SPAN. Tabel berikut "
        "menyajikan pagu, realisasi setiap triwulan (bukan kumulatif) dan realisasi tahunan pada kolom terakhir.", W)
    d.L("Tabel 3.4 Realisasi Anggaran per Triwulan Tahun Anggaran 2021 (dalam rupiah)", "")
    d.R("Kode", "Program/Kegiatan", "Pagu", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III",
        "Realisasi TW IV", "% Serapan", "Realisasi s.d. TW IV")
    q = {}
    for r in rowsb:
        if r["tingkat"] == "kegiatan":
            q[r["kode"]] = split_total(r["real"], 4, rnd, 0.5)
    for r in rowsb:
        if r["tingkat"] == "kegiatan":
            parts = q[r["kode"]]
        elif r["tingkat"] == "program":
            ks = [x["kode"] for x in rowsb if x["induk"] == r["kode"]]
            parts = [sum(q[k][i] for k in ks) for i in range(4)]
        else:
            parts = [sum(q[k][i] for k in q) for i in range(4)]
        kode = {"program": r["kode"], "kegiatan": r["kode"], "total": ""}[r["tingkat"]]
        nama = r["nama"] if r["tingkat"] != "total" else "JUMLAH"
        d.R(kode, nama, id_int(r["pagu"]), *[id_int(x) for x in parts], id_dec(serapan(r["pagu"], r["real"])),
            id_int(r["real"]))
    declare_budget(d, rowsb, 2021)
    d.L("Sumber: OM-SPAN per 31 Desember 2021")
    d.B()
    d.P("Pada tahun anggaran 2021 KPU Kabupaten Flores Timur juga menyetorkan Penerimaan Negara Bukan Pajak "
        "sebesar Rp 3.450.000 yang berasal dari penjualan dokumen lelang, yang tidak diperhitungkan sebagai "
        "realisasi belanja. Selama tahun 2021 juga dilakukan 5 kali revisi POK (Petunjuk Operasional Kegiatan) "
        "di tingkat satker; revisi POK tidak mengubah pagu dan bukan revisi DIPA.", W)
    d.L("D. Daftar Pemilih Tetap Pemilu Tahun 2019 (data dasar pemutakhiran berkelanjutan)", "")
    d.P("Sebagai dasar pemutakhiran berkelanjutan tahun 2021 digunakan DPT Pemilu Tahun 2019 beserta DPTb dan DPK. "
        "Tabel disajikan mendatar: kolom DPT, DPTb dan DPK masing-masing dirinci L, P dan jumlah.", W)
    names = ["WULANGGITANG", "TITEHENA", "ILE BURA", "TANJUNG BUNGA", "LEWOLEMA", "LARANTUKA", "ILE MANDIRI",
             "DEMON PAGONG", "SOLOR BARAT", "SOLOR SELATAN", "SOLOR TIMUR", "ADONARA BARAT", "WOTAN ULUMADO",
             "ADONARA TENGAH", "ADONARA TIMUR", "KELUBAGOLIT", "WITIHAMA", "ILE BOLENG", "ADONARA"]
    tps, l, p = PEMILU19["5306"]
    ks = kec_split(rnd, names, (l, p), tps, 250)
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "DPT L", "DPT P", "DPT L+P", "DPTb L", "DPTb P", "DPTb L+P",
        "DPK L", "DPK P", "DPK L+P")
    ext = [0, 0, 0, 0]
    for i, (nm, ds, tp, ll, pp) in enumerate(ks, 1):
        if i == 11:
            d.FF()
            d.L("Laporan Kinerja KPU Kabupaten Flores Timur 2021")
            d.R("No", "Kecamatan", "Desa/Kel", "TPS", "DPT L", "DPT P", "DPT L+P", "DPTb L", "DPTb P", "DPTb L+P",
                "DPK L", "DPK P", "DPK L+P")
        bl, bp, kl, kp = rnd.randint(3, 60), rnd.randint(3, 60), rnd.randint(10, 140), rnd.randint(10, 140)
        ext = [ext[0] + bl, ext[1] + bp, ext[2] + kl, ext[3] + kp]
        d.R(i, nm.title(), ds, tp, id_int(ll), id_int(pp), id_int(ll + pp), bl, bp, bl + bp, kl, kp, kl + kp)
        d.dpt("pemilu", 2019, "kecamatan", nm, ds, tp, ll, pp)
    d.R("", "Kabupaten Flores Timur", 250, tps, id_int(l), id_int(p), id_int(l + p), id_int(ext[0]), id_int(ext[1]),
        id_int(ext[0] + ext[1]), id_int(ext[2]), id_int(ext[3]), id_int(ext[2] + ext[3]))
    d.dpt("pemilu", 2019, "kabupaten", REFNAME["5306"], 250, tps, l, p)
    d.B()
    tutup(d, c, *d.ttd, W=W, bab=("BAB IV PENUTUP", ""))

# ====================================================================== C. Nagekeo 2023
def nagekeo_2023():
    """Budget as a matrix: program/kegiatan rows x Jenis Belanja columns (pagu and realisasi)."""
    W = 104
    d, c = mulai("dev2/lkjip-nagekeo-2023.txt", "5316", 2023, W,
                 ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "SEKRETARIAT KOMISI PEMILIHAN UMUM", "KABUPATEN NAGEKEO",
                 "TAHUN 2023", "", "", "Mbay, Januari 2024"),
                 "Mbay, 29 Januari 2024", "MARSELINUS DHEY, S.E.", "NIP. 19780512 200604 1 009")
    rnd = random.Random(5316)
    d.L("RINGKASAN EKSEKUTIF", "")
    d.P("Tahun 2023 merupakan tahun persiapan tahapan Pemilu Serentak 2024. KPU Kabupaten Nagekeo menetapkan "
        "Daftar Pemilih Tetap, membentuk badan adhoc di tujuh kecamatan dan menyiapkan logistik. Secara umum "
        "enam dari tujuh indikator sasaran strategis tercapai.", W)
    bab(d, ("BAB I. PENDAHULUAN", ""), pendahuluan(c)[:4] + pendahuluan(c)[6:], W)
    bab(d, ("BAB II. PERENCANAAN KINERJA", ""), perencanaan(c)[1:], W)
    d.FF()
    d.L("BAB III. AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja Organisasi", "")
    d.P(akuntabilitas_intro(c)[1], W)
    d.P("Tabel berikut memuat target dan realisasi tahun 2023 serta target tahun 2024 sebagai tahun terakhir "
        "Renstra 2020-2024. Target 2024 dicantumkan sebagai informasi dan tidak diukur dalam laporan ini.", W)
    d.L("Tabel 3.1", "Pengukuran Kinerja Sasaran Strategis KPU Kabupaten Nagekeo Tahun 2023", "")
    d.R("No", "Sasaran Strategis", "Indikator Kinerja", "Target 2023", "Realisasi 2023", "% Capaian", "Target 2024")
    own22 = SAKIP[("5316", 2022)]
    rows = [
        ("Terselenggaranya Pemilu sesuai jadwal", SS["jadwal"], "100%", 100, "100%", 100, "100%", "100%", "persen", "naik"),
        ("Terpeliharanya data pemilih", SS["mutakhir"], "100%", 100, "100%", 100, "100%", "100%", "persen", "naik"),
        ("Meningkatnya integritas penyelenggara", SS["pelanggaran"], "5%", 5, "0%", 0, "200%", "5%", "persen", "turun"),
        ("Meningkatnya akuntabilitas kinerja", SS["akip"], "BB", None, predikat(own22), None, "80%", "BB", "predikat", None),
        ("Meningkatnya akuntabilitas keuangan", SS["bpk"], "WTP", None, "WTP", None, "100%", "WTP", "opini", None),
        ("Terwujudnya birokrasi yang bersih", SS["rb"], "70", 70, "71,07", 71.07, "101,53%", "75", "nilai", "naik"),
        ("Meningkatnya kapasitas SDM", SS["kompetensi"], "85%", 85, "88%", 88, "103,53%", "90%", "persen", "naik"),
    ]
    for i, (sas, ind, tt, tn, rt, rn, cp, t24, sat, arah) in enumerate(rows, 1):
        d.R(i, sas, ind, tt, rt, cp, t24)
        d.capaian(ind, tt, tn, rt, rn, sat, cp, arah is None, arah=arah)
    d.L("Sumber: Perjanjian Kinerja 2023 dan data Subbagian Perencanaan, Data dan Informasi")
    d.B()
    d.P("Indikator Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran merupakan indikator "
        "negatif: semakin kecil realisasinya semakin baik. Dengan target 5% dan realisasi 0% capaian dihitung "
        "(5 - (0 - 5)) / 5 x 100% = 200%.", W)
    d.L("Tabel 3.2", "Indikator Kinerja Kegiatan Tahun 2023", "")
    d.R("No", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian")
    d.R(1, "Jumlah Badan Adhoc yang dipersiapkan dan dibentuk", "7 Kecamatan", "7 Kecamatan", "100%")
    d.cap("Jumlah Badan Adhoc yang dipersiapkan dan dibentuk", "7 Kecamatan", 7, "7 Kecamatan", 7, "kecamatan", 100,
          tingkat="sasaran_kegiatan")
    d.R(2, SK["bmn"], "2 Laporan", "2 Laporan", "100%")
    d.cap(SK["bmn"], "2 Laporan", 2, "2 Laporan", 2, "laporan", 100, tingkat="sasaran_kegiatan")
    d.R(3, SK["arsip"], "60%", "66,67%", "111,12%")
    d.cap(SK["arsip"], "60%", 60, "66,67%", 66.67, "persen", 111.12, tingkat="sasaran_kegiatan")
    d.B()
    d.PP(analisis(c, "pembentukan badan adhoc"), W)
    d.FF()
    d.L("B. Evaluasi Akuntabilitas Kinerja dan Reformasi Birokrasi", "")
    own21 = SAKIP[("5316", 2021)]
    d.P(f"Berdasarkan Laporan Hasil Evaluasi AKIP Tahun 2022 yang disampaikan Inspektorat KPU pada tahun 2023, "
        f"KPU Kabupaten Nagekeo memperoleh nilai {id_dec(own22)} dengan predikat {predikat(own22)}, {'naik' if own22 > own21 else 'turun'} dari nilai "
        f"{id_dec(own21)} ({predikat(own21)}) pada evaluasi atas tahun 2021. Target predikat BB dalam Perjanjian "
        f"Kinerja 2023 belum tercapai.", W)
    d.sakip("5316", 2022, own22)
    d.sakip("5316", 2021, own21)
    d.L("Tabel 3.3 Hasil Evaluasi Reformasi Birokrasi", "")
    d.R("Tahun", "Nilai", "Bobot", "Persentase")
    d.R("2022", "24,12", "36,30", "66,45%")
    d.R("2023", "25,80", "36,30", "71,07%")
    d.rb(2022, 24.12, 36.30, 66.45)
    d.rb(2023, 25.80, 36.30, 71.07)
    d.B()
    d.L("C. Realisasi Anggaran", "")
    rows = gen_budget(rnd, 2023, [("076.01.WA", [("3355", 2934600000), ("3360", 1386420000)]),
                                  ("076.01.CQ", [("6639", 1218750000), ("6867", 3806310000), ("6871", 912480000)])],
                      unit=1000, lo=0.95)
    d.P(f"Pagu DIPA KPU Kabupaten Nagekeo Tahun Anggaran 2023 setelah 6 kali revisi DIPA adalah "
        f"Rp {id_int(rows[-1]['pagu'])}. Realisasi disajikan menurut program dan kegiatan sekaligus menurut "
        f"jenis belanja (51 Belanja Pegawai, 52 Belanja Barang, 53 Belanja Modal).", W)
    d.L("Tabel 3.4 Pagu dan Realisasi menurut Program/Kegiatan dan Jenis Belanja TA 2023 (dalam ribuan rupiah)", "")
    d.R("Kode", "Program/Kegiatan", "Belanja Pegawai", "", "Belanja Barang", "", "Belanja Modal", "",
        "Jumlah", "", "%")
    d.R("", "", "Pagu", "Realisasi", "Pagu", "Realisasi", "Pagu", "Realisasi", "Pagu", "Realisasi", "")
    jb = {}
    for r in rows:
        if r["tingkat"] != "kegiatan":
            continue
        if r["kode"] == "3355":
            pp = [1812300000, r["pagu"] - 1812300000, 0]
        elif r["kode"] == "3360":
            pp = [0, r["pagu"] - 318650000, 318650000]
        else:
            pp = [0, r["pagu"], 0]
        rr = [0, 0, 0]
        nz = [i for i in range(3) if pp[i]]
        for i in nz[:-1]:
            rr[i] = int(pp[i] * r["real"] / r["pagu"]) // 1000 * 1000
        rr[nz[-1]] = r["real"] - sum(rr)
        jb[r["kode"]] = (pp, rr)
    def th(v):
        return id_int(v // 1000) if v else "-"
    for r in rows:
        if r["tingkat"] == "kegiatan":
            pp, rr = jb[r["kode"]]
        else:
            ks = [x["kode"] for x in rows if x["tingkat"] == "kegiatan" and (r["tingkat"] == "total" or x["induk"] == r["kode"])]
            pp = [sum(jb[k][0][i] for k in ks) for i in range(3)]
            rr = [sum(jb[k][1][i] for k in ks) for i in range(3)]
        kode = {"program": r["kode"], "kegiatan": r["induk"][-2:] + "." + r["kode"], "total": ""}[r["tingkat"]]
        nama = "JUMLAH" if r["tingkat"] == "total" else r["nama"]
        cells = []
        for i in range(3):
            cells += [th(pp[i]), th(rr[i])]
        d.R(kode, nama, *cells, th(r["pagu"]), th(r["real"]), id_dec(serapan(r["pagu"], r["real"])))
    declare_budget(d, rows, 2023, revisi=6)
    d.L("Sumber: Aplikasi SAKTI, data per 31 Desember 2023")
    d.B()
    d.P("Realisasi Penerimaan Negara Bukan Pajak tahun 2023 sebesar Rp 2.870.000 berasal dari denda keterlambatan "
        "penyelesaian pekerjaan. Nilai Aset BMN KPU Kabupaten Nagekeo per 31 Desember 2023 sebesar "
        "Rp 5.214.908.125.", W)
    d.FF()
    d.L("D. Daftar Pemilih Tetap Pemilu Tahun 2024", "")
    d.P("Rapat pleno terbuka rekapitulasi dan penetapan Daftar Pemilih Tetap Pemilu Tahun 2024 tingkat Kabupaten "
        "Nagekeo dilaksanakan pada tanggal 21 Juni 2023. Rincian per kecamatan:", W)
    names = ["AESESA", "AESESA SELATAN", "BOAWAE", "KEO TENGAH", "MAUPONGGO", "NANGARORO", "WOLOWAE"]
    tps, l, p = PEMILU24["5316"]
    ks = kec_split(rnd, names, (l, p), tps, 113)
    d.R("No", "Kecamatan", "Jumlah Desa/Kelurahan", "Jumlah TPS", "Pemilih Laki-laki", "Pemilih Perempuan",
        "Jumlah Pemilih")
    for i, (nm, ds, tp, ll, pp) in enumerate(ks, 1):
        d.R(i, nm.title(), ds, tp, id_int(ll), id_int(pp), id_int(ll + pp))
        d.dpt("pemilu", 2024, "kecamatan", nm, ds, tp, ll, pp)
    d.R("", "Jumlah Kabupaten Nagekeo", 113, tps, id_int(l), id_int(p), id_int(l + p))
    d.R("", "Rata-rata per Kecamatan", "16", "65", id_int(l // 7), id_int(p // 7), id_int((l + p) // 7))
    d.dpt("pemilu", 2024, "kabupaten", REFNAME["5316"], 113, tps, l, p)
    d.L("Sumber: Berita Acara Rekapitulasi DPT Pemilu 2024 Kabupaten Nagekeo")
    d.B()
    tutup(d, c, *d.ttd, W=W, bab=("BAB IV. PENUTUP", ""))


# ====================================================================== D. Sabu Raijua 2021
def sabu_raijua_2021():
    """Narrative report: SAKIP, RB, budget and DPT only in prose."""
    W = 98
    d, c = mulai("dev2/lkj-sabu-raijua-2021.txt", "5320", 2021, W,
                 ("Laporan Kinerja", "Komisi Pemilihan Umum Kabupaten Sabu Raijua", "Tahun 2021", "", "", "Seba, 2022"),
                 "Seba, 25 Januari 2022", "YOHANES B. LAY, S.Sos", "NIP. 19701121 199303 1 004")
    rnd = random.Random(5320)
    bab(d, ("Bab I  Pendahuluan", ""), pendahuluan(c)[:7], W)
    tps, desa = 198, 63
    l, p = 32287, 31341
    d.P(f"Tahun 2021 diawali dengan penyelesaian tahapan Pemilihan Bupati dan Wakil Bupati Sabu Raijua Tahun "
        f"2020, termasuk pelaksanaan putusan Mahkamah Konstitusi. Daftar Pemilih Tetap Pemilihan Bupati dan Wakil "
        f"Bupati Sabu Raijua Tahun 2020 berjumlah {id_int(l + p)} pemilih, terdiri atas {id_int(l)} pemilih "
        f"laki-laki dan {id_int(p)} pemilih perempuan, yang tersebar di 6 kecamatan, {desa} desa/kelurahan dan "
        f"{tps} TPS. Pada pemungutan suara ulang di beberapa TPS jumlah pemilih tidak berubah.", W)
    d.dpt("pilkada", 2020, "kabupaten", REFNAME["5320"], desa, tps, l, p)
    ks = kec_split(rnd, ["HAWU MEHARA", "RAIJUA", "SABU BARAT", "SABU LIAE", "SABU TENGAH", "SABU TIMUR"],
                   (l, p), tps, desa)
    parts = []
    for nm, ds, tp, ll, pp in ks:
        parts.append(f"Kecamatan {nm.title()} {id_int(ll + pp)} pemilih ({id_int(ll)} laki-laki, {id_int(pp)} "
                     f"perempuan) di {ds} desa/kelurahan dan {tp} TPS")
        d.dpt("pilkada", 2020, "kecamatan", nm, ds, tp, ll, pp)
    d.P("Menurut kecamatan, DPT tersebut terbagi sebagai berikut: " + "; ".join(parts) + ".", W)
    bab(d, ("Bab II  Perencanaan Kinerja", ""), perencanaan(c)[:4], W)
    d.P("Perjanjian Kinerja Tahun 2021 ditandatangani pada tanggal 5 Januari 2021 dan memuat enam indikator "
        "kinerja sasaran strategis. Target setiap indikator diuraikan bersama realisasinya pada Bab III.", W)
    d.FF()
    d.L("Bab III  Akuntabilitas Kinerja", "", "3.1 Capaian Kinerja", "")
    d.P(akuntabilitas_intro(c)[0], W)
    own20, own19 = SAKIP[("5320", 2020)], SAKIP[("5320", 2019)]
    rbn, rbb, rbp = 21.84, 36.30, 60.17
    caps = [
        (SS["akip"], "B", None, predikat(own20), None, "predikat", "100%", None),
        (SS["bpk"], "WTP", None, "WTP", None, "opini", "100%", None),
        (SS["rb"], "62", 62, "60,17", 60.17, "nilai", "97,05%", "naik"),
        (SS["mutakhir"], "100%", 100, "100%", 100, "persen", "100%", "naik"),
        (SS["sarpras"], "90%", 90, "92,31%", 92.31, "persen", "102,57%", "naik"),
        (SS["kip"], "75%", 75, "72,40%", 72.4, "persen", "96,53%", "naik"),
    ]
    d.L("Rekapitulasi capaian indikator kinerja:", "")
    d.R("Indikator Kinerja", "Target", "Realisasi", "Capaian", "Kategori")
    for ind, tt, tn, rt, rn, sat, cp, arah in caps:
        lap = persen(cp)
        kat = "Sangat Baik" if lap > 100 else ("Baik" if lap >= 85 else "Cukup")
        d.R(ind, tt, rt, cp, kat)
        d.capaian(ind, tt, tn, rt, rn, sat, cp, arah is None)
    d.B()
    d.L("3.1.1 Akuntabilitas Kinerja", "")
    k = komps_for(own20, rnd, 0.62)
    d.P(f"Laporan Hasil Evaluasi atas Implementasi SAKIP yang diterima pada bulan Mei 2021 menilai kinerja tahun "
        f"2020. KPU Kabupaten Sabu Raijua memperoleh nilai {id_dec(own20)} dengan predikat {predikat(own20)}. Nilai "
        f"tersebut tersusun dari komponen perencanaan kinerja {id_dec(k['perencanaan'][1])} dari bobot 30, "
        f"pengukuran kinerja {id_dec(k['pengukuran'][1])} dari bobot 30, pelaporan kinerja "
        f"{id_dec(k['pelaporan'][1])} dari bobot 15, dan evaluasi akuntabilitas kinerja internal "
        f"{id_dec(k['evaluasi_internal'][1])} dari bobot 25. Pada evaluasi sebelumnya, yaitu atas tahun 2019, "
        f"nilai yang diperoleh {id_dec(own19)} ({predikat(own19)}), sehingga terjadi penurunan "
        f"{id_dec(round(own19 - own20, 2))} poin yang terutama disebabkan oleh lemahnya pengukuran kinerja pada "
        f"masa tahapan Pemilihan 2020.", W)
    d.sakip_komp("5320", 2020, own20, k)
    d.sakip("5320", 2019, own19)
    d.P("Target predikat B dalam Perjanjian Kinerja tercapai. Untuk evaluasi berikutnya ditetapkan target "
        "nilai 65,00 pada tahun 2022 dan 68,00 pada tahun 2023.", W)
    d.L("3.1.2 Reformasi Birokrasi", "")
    d.P(f"Penilaian mandiri pelaksanaan Reformasi Birokrasi Tahun 2021 yang divalidasi oleh Inspektorat KPU "
        f"menghasilkan nilai {id_dec(rbn)} dari bobot {id_dec(rbb)} atau {id_dec(rbp)}%. Nilai ini sedikit di bawah "
        f"target 62 sehingga capaian indikator Reformasi Birokrasi sebesar 97,05%. Komponen pengungkit yang masih "
        f"rendah adalah manajemen perubahan dan penguatan pengawasan.", W)
    d.rb(2021, rbn, rbb, rbp)
    d.PP(analisis(c, "keterbukaan informasi publik"), W)
    d.FF()
    d.L("3.2 Realisasi Anggaran", "")
    rows = gen_budget(rnd, 2021, [("076.01.WA", [("3355", 1987400000), ("3360", 862150000)]),
                                  ("076.01.CQ", [("6639", 246800000), ("6640", 118250000)])])
    tot = rows[-1]
    awal = 3071900000
    wa, cq = rows[0], rows[3]
    d.P(f"Pada Tahun Anggaran 2021 KPU Kabupaten Sabu Raijua mengelola DIPA dengan alokasi anggaran awal sebesar "
        f"Rp {id_int(awal)},-. Setelah mengalami 4 kali revisi DIPA, total pagu anggaran menjadi sebesar "
        f"Rp {id_int(tot['pagu'])},- dengan realisasi sebesar Rp {id_int(tot['real'])},- atau "
        f"{id_dec(serapan(tot['pagu'], tot['real']))}%, sehingga sisa anggaran yang tidak terserap sebesar "
        f"Rp {id_int(tot['pagu'] - tot['real'])},-.", W)
    d.P(f"Program Dukungan Manajemen (076.01.WA) memperoleh pagu Rp {id_int(wa['pagu'])},- dan terealisasi "
        f"Rp {id_int(wa['real'])},- ({id_dec(serapan(wa['pagu'], wa['real']))}%). Dari program ini, kegiatan "
        f"Pengelolaan Keuangan dan Barang Milik Negara (3355) terealisasi Rp {id_int(rows[1]['real'])},- dari pagu "
        f"Rp {id_int(rows[1]['pagu'])},-, sedangkan kegiatan Operasional Perkantoran dan Dukungan Sarana Prasarana "
        f"(3360) terealisasi Rp {id_int(rows[2]['real'])},- dari pagu Rp {id_int(rows[2]['pagu'])},-.", W)
    d.P(f"Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi (076.01.CQ) memperoleh pagu "
        f"Rp {id_int(cq['pagu'])},- dengan realisasi Rp {id_int(cq['real'])},- atau "
        f"{id_dec(serapan(cq['pagu'], cq['real']))}%. Kegiatan Teknis Penyelenggaraan Pemilu/Pemilihan (6639) "
        f"menyerap Rp {id_int(rows[4]['real'])},- dari Rp {id_int(rows[4]['pagu'])},- dan kegiatan Penyelenggaraan "
        f"Pemutakhiran Data Pemilih (6640) menyerap Rp {id_int(rows[5]['real'])},- dari Rp {id_int(rows[5]['pagu'])},-.", W)
    for r in rows:
        lap = serapan(r["pagu"], r["real"]) if r["tingkat"] != "kegiatan" else None
        kw = {"pagu_awal": awal, "revisi": 4} if r["kode"] == "TOTAL" else {}
        d.ang(r["kode"], r["tingkat"], r["induk"], r["pagu"], r["real"], lap, **kw)
    p20, r20 = 2784615000, 2701239874
    d.P(f"Sebagai perbandingan, pada Tahun Anggaran 2020 total pagu DIPA KPU Kabupaten Sabu Raijua sebesar "
        f"Rp {id_int(p20)},- dengan realisasi Rp {id_int(r20)},- atau {id_dec(serapan(p20, r20))}%. Anggaran "
        f"tahapan Pemilihan 2020 sendiri bersumber dari hibah daerah dan dilaporkan terpisah dalam laporan "
        f"pertanggungjawaban dana hibah.", W)
    d.ang("TOTAL", "total", "", p20, r20, serapan(p20, r20), tahun=2020)
    d.P("Penerimaan Negara Bukan Pajak yang disetor ke kas negara pada tahun 2021 berjumlah Rp 1.950.000,- dari "
        "pengembalian sisa uang persediaan tahun lalu. Nilai Aset BMN per 31 Desember 2021 sebesar "
        "Rp 4.118.560.400,-, termasuk satu unit kendaraan roda empat dan dua unit kendaraan roda dua.", W)
    tutup(d, c, *d.ttd, W=W, bab=("Bab IV  Penutup", ""))

# ====================================================================== E. Manggarai Timur 2020
def manggarai_timur_2020():
    """Indonesian and English number conventions mixed inside the same tables."""
    W = 92
    d, c = mulai("dev2/lkj-manggarai-timur-2020.txt", "5319", 2020, W,
                 ("LAPORAN KINERJA (LKj)", "KPU KABUPATEN MANGGARAI TIMUR", "TAHUN ANGGARAN 2020", "", "",
                 "Jalan Trans Flores, Borong - Manggarai Timur"),
                 "Borong, 15 Februari 2021", "FRANSISKUS X. JEHAMAT, S.Fil", "NIP. 19760904 200212 1 005")
    rnd = random.Random(5319)
    bab(d, ("BAB I", "PENDAHULUAN", ""), pendahuluan(c)[:6], W)
    d.P("Catatan penyajian: sebagian tabel dalam laporan ini disusun dari ekspor aplikasi (SAKTI, OM-SPAN, SIDALIH) "
        "yang menggunakan titik desimal, sedangkan sebagian lainnya diketik ulang dengan koma desimal. Kedua "
        "penulisan dibiarkan sebagaimana sumbernya.", W)
    bab(d, ("BAB II", "PERENCANAAN KINERJA", ""), perencanaan(c)[:5], W)
    d.FF()
    bab(d, ("BAB III", "AKUNTABILITAS KINERJA", ""), akuntabilitas_intro(c), W)
    d.L("Tabel 3.1 Capaian Indikator Kinerja Sasaran Strategis Tahun 2020", "")
    d.R("No.", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
    own19 = SAKIP[("5319", 2019)]
    rows = [
        (SS["mutakhir"], "100%", 100, "100.00%", 100, "100,00%", "persen", "naik"),
        (SS["kompetensi"], "85.00%", 85, "82,50%", 82.5, "97.06%", "persen", "naik"),
        (SS["sarpras"], "90%", 90, "93.75%", 93.75, "104,17%", "persen", "naik"),
        (SS["pelanggaran"], "10,00%", 10, "2.50%", 2.5, "175.00%", "persen", "turun"),
        (SS["akip"], "B", None, predikat(own19), None, "100%", "predikat", None),
        (SS["bpk"], "WTP", None, "WTP", None, "100%", "opini", None),
        (SS["rb"], "60.00", 60, "61,82", 61.82, "103.03%", "nilai", "naik"),
        (SS["kip"], "80%", 80, "86.25%", 86.25, "107,81%", "persen", "naik"),
    ]
    for i, (ind, tt, tn, rt, rn, cp, sat, arah) in enumerate(rows, 1):
        d.R(f"{i}.", ind, tt, rt, cp)
        d.capaian(ind, tt, tn, rt, rn, sat, cp, arah is None, arah=arah)
    d.L("Sumber: Subbagian Program dan Data")
    d.B()
    d.P("Indikator persentase penyelenggara yang terbukti melakukan pelanggaran merupakan indikator dengan arah "
        "semakin kecil semakin baik. Realisasi 2.50% berasal dari 1 anggota PPS yang diberhentikan pada tahapan "
        "pemutakhiran dari 40 penyelenggara adhoc yang dievaluasi.", W)
    d.PP(analisis(c, "kompetensi pegawai"), W)
    d.L("Tabel 3.2 Komponen Hasil Evaluasi AKIP (Tahun yang Dinilai 2019)", "")
    k = komps_for(own19, rnd, 0.635)
    d.R("No.", "Komponen", "Bobot", "Nilai")
    for i, x in enumerate(BOBOT, 1):
        b, v = k[x]
        d.R(f"{i}.", KNM[x], b, en_dec(v) if i % 2 else id_dec(v))
    d.R("", "Nilai Hasil Evaluasi", "100", en_dec(own19) + " (" + predikat(own19) + ")")
    d.sakip_komp("5319", 2019, own19, k)
    d.B()
    d.P("Hasil Evaluasi Reformasi Birokrasi KPU Kabupaten Manggarai Timur Tahun 2020 memperoleh nilai 22,44 dari "
        "bobot 36,30 (61.82%). Nilai tersebut menjadi realisasi indikator Reformasi Birokrasi pada Tabel 3.1.", W)
    d.rb(2020, 22.44, 36.30, 61.82)
    d.FF()
    d.L("B. Realisasi Anggaran", "")
    rows = gen_budget(rnd, 2020, [("076.01.WA", [("3355", 2134500000), ("3360", 978260000)]),
                                  ("076.01.CQ", [("6639", 264300000), ("6709", 97850000)])])
    d.P("Pagu diketik dari DIPA (format Indonesia), sedangkan realisasi dan persentase disalin dari OM-SPAN "
        "(format Inggris). Kolom sisa dihitung ulang secara manual.", W)
    d.L("Tabel 3.3 Pagu dan Realisasi Anggaran TA 2020", "")
    d.R("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan")
    for j, r in enumerate(rows):
        kode = {"program": r["kode"], "kegiatan": r["kode"], "total": ""}[r["tingkat"]]
        nama = "TOTAL" if r["tingkat"] == "total" else r["nama"]
        sp = serapan(r["pagu"], r["real"])
        d.R(kode, nama, id_int(r["pagu"]), en_int(r["real"]), id_int(r["pagu"] - r["real"]),
            (en_dec(sp) if j % 2 == 0 else id_dec(sp)) + "%")
    declare_budget(d, rows, 2020)
    d.B()
    d.P("Pada tahun 2020 KPU Kabupaten Manggarai Timur juga menerima PNBP sebesar Rp 2.315.000 dari sewa aula. "
        "DIPA mengalami refocusing anggaran untuk penanganan pandemi Covid-19 dan direvisi tiga kali (revisi ke-1 "
        "pada April, ke-2 pada Juni dan ke-3 pada November 2020).", W)
    # the revision count of the sentence above completes the TOTAL row
    d.t["anggaran"][-1]["revisi_dipa"] = 3
    d.FF()
    d.L("C. Data Pemilih", "")
    d.P("Sebagai basis pemutakhiran data pemilih berkelanjutan digunakan Daftar Pemilih Tetap Pemilu Tahun 2019. "
        "Halaman pertama tabel disalin dari lampiran Berita Acara (format Indonesia), halaman kedua dari ekspor "
        "SIDALIH (format Inggris).", W)
    names = ["BORONG", "RANA MESE", "KOTA KOMBA", "ELAR", "ELAR SELATAN", "SAMBI RAMPAS", "POCO RANAKA",
             "POCO RANAKA TIMUR", "LAMBA LEDA", "CONGKAR"]
    tps, l, p = PEMILU19["5319"]
    ks = kec_split(rnd, names, (l, p), tps, 176)
    hdr = ("No", "Kecamatan", "Desa/Kel", "TPS", "Laki-laki", "Perempuan", "Jumlah DPT", "DPTb")
    d.L("Tabel 3.4 DPT Pemilu Tahun 2019 per Kecamatan", "")
    d.R(*hdr)
    dptb = 0
    for i, (nm, ds, tp, ll, pp) in enumerate(ks, 1):
        f = id_int if i <= 6 else en_int
        if i == 7:
            d.L("", "LKj KPU Kab. Manggarai Timur 2020 - 21")
            d.FF()
            d.R(*hdr)
        b_ = rnd.randint(40, 300)
        dptb += b_
        d.R(i, nm.title(), ds, tp, f(ll), f(pp), f(ll + pp), b_)
        d.dpt("pemilu", 2019, "kecamatan", nm, ds, tp, ll, pp)
    d.R("", "Kab. Manggarai Timur", 176, tps, en_int(l), en_int(p), en_int(l + p), en_int(dptb))
    d.dpt("pemilu", 2019, "kabupaten", REFNAME["5319"], 176, tps, l, p)
    d.L("Sumber: SIDALIH, diolah")
    d.B()
    tutup(d, c, *d.ttd, W=W, bab=("BAB IV", "PENUTUP", ""))


# ====================================================================== F. Provinsi NTT 2019
def provinsi_2019():
    """Province: DPT per kabupaten, Pilgub 2018 and Pemilu 2019 side by side."""
    W = 112
    d, c = mulai("dev2/lkj-provinsi-ntt-2019.txt", "53", 2019, W,
                 ("LAPORAN KINERJA", "KOMISI PEMILIHAN UMUM PROVINSI NUSA TENGGARA TIMUR", "TAHUN 2019", "", "",
                 "Jl. Polisi Militer No. 3, Kupang"),
                 "Kupang, 27 Februari 2020", "Drs. THOMAS DOHU, M.Si", "NIP. 19650314 199203 1 010")
    rnd = random.Random(5300)
    bab(d, ("BAB 1 PENDAHULUAN", ""), pendahuluan(c)[:3] + pendahuluan(c)[4:6], W)
    bab(d, ("BAB 2 PERENCANAAN KINERJA", ""), perencanaan(c)[:4], W)
    d.FF()
    d.L("BAB 3 AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[0], W)
    own18 = SAKIP[("53", 2018)]
    d.L("Tabel 3.1 Pengukuran Kinerja KPU Provinsi Nusa Tenggara Timur Tahun 2019", "")
    d.R("Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)")
    rows = [
        ("Meningkatnya partisipasi pemilih", "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan", "77,5%", 77.5,
         "84,63%", 84.63, "109,20", "persen", "naik"),
        ("", "Persentase KPU Provinsi dan Kabupaten/Kota yang Menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku",
         "100%", 100, "100%", 100, "100,00", "persen", "naik"),
        ("Terselenggaranya Pemilu yang aman", SS["aman"], "100%", 100, "100%", 100, "100,00", "persen", "naik"),
        ("Meningkatnya integritas penyelenggara", SS["pelanggaran"], "10%", 10, "4,55%", 4.55, "154,50", "persen", "turun"),
        ("Meningkatnya akuntabilitas", "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Provinsi", "B", None,
         predikat(own18), None, "100,00", "predikat", None),
        ("", SS["bpk"], "WTP", None, "WTP", None, "100,00", "opini", None),
    ]
    for sas, ind, tt, tn, rt, rn, cp, sat, arah in rows:
        d.R(sas, ind, tt, rt, cp)
        d.capaian(ind, tt, tn, rt, rn, sat, cp, arah is None, arah=arah)
    d.B()
    d.P("Partisipasi pemilih Pemilu 2019 di Provinsi Nusa Tenggara Timur mencapai 84,63%, melampaui target nasional "
        "77,5%. Indikator pelanggaran penyelenggara bernilai 4,55% karena satu dari 22 KPU Kabupaten/Kota "
        "mendapat sanksi DKPP; capaiannya dihitung dengan rumus indikator negatif.", W)
    d.P(f"Hasil Evaluasi AKIP Tahun 2018 atas KPU Provinsi Nusa Tenggara Timur memberikan nilai {id_dec(own18)} "
        f"dengan predikat {predikat(own18)}, yang sekaligus menjadi realisasi indikator akuntabilitas kinerja.", W)
    d.sakip("53", 2018, own18)
    d.PP(analisis(c, "partisipasi pemilih"), W)
    d.FF()
    d.L("B. Daftar Pemilih Tetap", "")
    d.P("Perbandingan Daftar Pemilih Tetap Pemilihan Gubernur dan Wakil Gubernur Nusa Tenggara Timur Tahun 2018 "
        "dengan Daftar Pemilih Tetap Pemilu Tahun 2019 per kabupaten/kota disajikan berdampingan pada tabel "
        "berikut.", W)
    d.L("Tabel 3.2 DPT Pemilihan Gubernur 2018 dan DPT Pemilu 2019 per Kabupaten/Kota", "")
    h1 = ("NO", "KABUPATEN/KOTA", "PEMILIHAN GUBERNUR 2018", "", "", "", "PEMILU 2019", "", "", "")
    h2 = ("", "", "TPS", "L", "P", "L+P", "TPS", "L", "P", "L+P")
    d.R(*h1)
    d.R(*h2)
    T18, T19 = [0, 0, 0], [0, 0, 0]
    for i, s in enumerate(ORDER[1:], 1):
        if i == 12:
            d.L("", "Laporan Kinerja KPU Provinsi NTT Tahun 2019                                        31")
            d.FF()
            d.R(*h1)
            d.R(*h2)
        a, b = PILGUB18[s], PEMILU19[s]
        d.R(i, KAPITAL[s], id_int(a[0]), id_int(a[1]), id_int(a[2]), id_int(a[1] + a[2]),
            id_int(b[0]), id_int(b[1]), id_int(b[2]), id_int(b[1] + b[2]))
        d.dpt("pilkada", 2018, "kabupaten", REFNAME[s], None, a[0], a[1], a[2], satker=s, tidak=["jumlah_desa"])
        d.dpt("pemilu", 2019, "kabupaten", REFNAME[s], None, b[0], b[1], b[2], satker=s, tidak=["jumlah_desa"])
        T18 = [x + y for x, y in zip(T18, a)]
        T19 = [x + y for x, y in zip(T19, b)]
    d.R("", "JUMLAH", id_int(T18[0]), id_int(T18[1]), id_int(T18[2]), id_int(T18[1] + T18[2]),
        id_int(T19[0]), id_int(T19[1]), id_int(T19[2]), id_int(T19[1] + T19[2]))
    d.dpt("pilkada", 2018, "provinsi", REFNAME["53"], None, T18[0], T18[1], T18[2], tidak=["jumlah_desa"])
    d.dpt("pemilu", 2019, "provinsi", REFNAME["53"], None, T19[0], T19[1], T19[2], tidak=["jumlah_desa"])
    d.L("Sumber: Berita Acara Rekapitulasi DPT tingkat Provinsi (2018 dan 2019)")
    d.B()
    d.P(f"Jumlah pemilih bertambah {id_int(T19[1] + T19[2] - T18[1] - T18[2])} orang antara kedua pemilihan. "
        f"Jumlah TPS Pemilu 2019 jauh lebih banyak karena batas pemilih per TPS diturunkan menjadi 300 orang.", W)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rows = gen_budget(rnd, 2019, [("076.01.WA", [("3355", 9218400000), ("3358", 512700000), ("3360", 3862150000)]),
                                  ("076.01.CQ", [("6867", 1245800000), ("6871", 2216300000), ("6872", 1518650000)])])
    d.P("Realisasi anggaran KPU Provinsi Nusa Tenggara Timur Tahun Anggaran 2019 per program dan kegiatan "
        "disajikan pada Tabel 3.3.", W)
    d.L("Tabel 3.3 Realisasi Anggaran Tahun 2019", "")
    d.R("Program/Kegiatan", "", "Pagu", "", "Realisasi", "Sisa", "%")
    for r in rows:
        nama = "JUMLAH TOTAL" if r["tingkat"] == "total" else f"{r['nama']} ({r['kode']})"
        d.R(nama, "Rp", id_int(r["pagu"]), "Rp", id_int(r["real"]), id_int(r["pagu"] - r["real"]),
            id_dec(serapan(r["pagu"], r["real"])))
    declare_budget(d, rows, 2019)
    d.B()
    d.P("Selain itu, pendapatan berupa Penerimaan Negara Bukan Pajak (PNBP) tahun 2019 tercatat Rp 18.742.300, "
        "dan Nilai Aset BMN KPU Provinsi Nusa Tenggara Timur per 31 Desember 2019 sebesar Rp 21.604.377.915.", W)
    tutup(d, c, *d.ttd, W=W, bab=("BAB 4 PENUTUP", ""))

# ====================================================================== G. Sumba Barat Daya 2024
def sbd_2024():
    """Heavy page noise: running headers, page numbers, photo captions inside tables."""
    d = Doc("dev2/lkj-sumba-barat-daya-2024.txt", "5318", 2024)
    c = ctx("5318", 2024)
    rnd = random.Random(5318)
    W = 100
    pg = [1]
    def page():
        d.L("", f"{'':>60}Halaman {pg[0]} dari 34")
        pg[0] += 1
        d.FF()
        d.L("LAPORAN KINERJA KPU KABUPATEN SUMBA BARAT DAYA TAHUN 2024", "=" * 58, "")
    def foto(no, cap):
        d.L("Dokumentasi Foto", f"Gambar {no} {cap}")
    d.L("", "LAPORAN KINERJA", "", "KOMISI PEMILIHAN UMUM", "KABUPATEN SUMBA BARAT DAYA", "", "TAHUN 2024", "", "",
        "Tambolaka")
    page()
    kota_tgl, nama, nip = "Tambolaka, 30 Januari 2025", "AGUSTINUS L. NGONGO, S.H.", "NIP. 19750817 200312 1 002"
    front(d, c, W, kota_tgl, nama, nip)
    d.ttd = ttd(kota_tgl, c["kpu"], nama, nip)
    page()
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:4], W)
    foto("1.1", "Kantor KPU Kabupaten Sumba Barat Daya di Tambolaka")
    d.B()
    d.PP(pendahuluan(c)[4:7], W)
    page()
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[2:], W)
    page()
    d.L("BAB III AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja", "")
    d.P(akuntabilitas_intro(c)[1], W)
    d.L("Tabel 3.1 Capaian Kinerja Sasaran Strategis Tahun 2024", "")
    hdr = ("No", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Capaian", "Target 2025")
    d.R(*hdr)
    own23, own22 = SAKIP[("5318", 2023)], SAKIP[("5318", 2022)]
    rows = [
        (SS["partisipasi"], "77,50%", 77.5, "81,36%", 81.36, "104,98%", "80%", "persen", "naik"),
        (SS["jadwal"], "100%", 100, "100%", 100, "100%", "100%", "persen", "naik"),
        ("Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap", "2%", 2,
         "0,85%", 0.85, "157,50%", "2%", "persen", "turun"),
        (SS["logistik"], "100%", 100, "100%", 100, "100%", "100%", "persen", "naik"),
        (SS["akip"], "BB", None, predikat(own23), None, "100%", "BB", "predikat", None),
        (SS["bpk"], "WTP", None, "WTP", None, "100%", "WTP", "opini", None),
        (SS["rb"], "70", 70, "72,67", 72.67, "103,81%", "75", "nilai", "naik"),
        (SS["kompetensi"], "90%", 90, "91,30%", 91.3, "101,44%", "92%", "persen", "naik"),
    ]
    for i, (ind, tt, tn, rt, rn, cp, t25, sat, arah) in enumerate(rows, 1):
        if i == 5:
            foto("3.1", "Pemungutan suara Pemilu 14 Februari 2024 di TPS 003 Desa Weepangali")
            page()
        d.R(i, ind, tt, rt, cp, t25)
        d.capaian(ind, tt, tn, rt, rn, sat, cp, arah is None, arah=arah)
    d.L("Sumber: Subbagian Perencanaan, Data dan Informasi")
    d.B()
    d.P("Target 2025 dicantumkan sebagai acuan Perjanjian Kinerja tahun berikutnya dan tidak diukur dalam laporan "
        "ini. Indikator pemilih yang berhak memilih tetapi tidak masuk DPT dihitung dengan rumus indikator negatif.", W)
    d.PP(analisis(c, "partisipasi pemilih"), W)
    page()
    d.L("B. Hasil Evaluasi AKIP Tahun 2023", "")
    k = komps_for(own23, rnd, 0.74)
    d.R("No", "Komponen", "Bobot", "Nilai")
    for i, x in enumerate(BOBOT, 1):
        if i == 3:
            foto("3.2", "Penyerahan LHE AKIP oleh Inspektorat KPU")
        d.R(i, KNM[x], b := k[x][0], id_dec(k[x][1]))
    d.R("", "Nilai Akhir / Predikat", "100", f"{id_dec(own23)} / {predikat(own23)}")
    d.sakip_komp("5318", 2023, own23, k)
    d.B()
    d.P(f"Nilai tersebut meningkat dari {id_dec(own22)} ({predikat(own22)}) pada Hasil Evaluasi AKIP Tahun 2022. "
        f"Hasil evaluasi Reformasi Birokrasi Tahun 2024 adalah 26,38 dari bobot 36,30 atau 72,67%.", W)
    d.sakip("5318", 2022, own22)
    d.rb(2024, 26.38, 36.30, 72.67)
    page()
    d.L("C. Realisasi Anggaran", "")
    rows = gen_budget(rnd, 2024, [("076.01.WA", [("3355", 2650400000), ("3360", 1124870000)]),
                                  ("076.01.CQ", [("6639", 21412300000), ("6867", 18906520000), ("6871", 2104650000),
                                                 ("6872", 2751880000)])], lo=0.975, hi=0.9995)
    awal = 31204118000
    d.P(f"KPU Kabupaten Sumba Barat Daya menerima DIPA Tahun Anggaran 2024 dengan alokasi anggaran awal "
        f"Rp {id_int(awal)}. Dalam perjalanannya DIPA mengalami 12 kali revisi sehingga pagu menjadi "
        f"Rp {id_int(rows[-1]['pagu'])}. Sebagai perbandingan, pada tahun 2023 DIPA direvisi sebanyak 9 kali.", W)
    d.L("Tabel 3.3 Realisasi Anggaran per Program dan Kegiatan TA 2024", "")
    bh = ("No", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")
    d.R(*bh)
    n = 0
    for j, r in enumerate(rows):
        if j == 4:
            foto("3.3", "Bimbingan teknis KPPS di Aula Kantor Bupati")
            page()
        if r["tingkat"] == "program":
            n += 1
            no, nm = str(n), f"{r['nama']} ({r['kode']})"
        elif r["tingkat"] == "kegiatan":
            no, nm = "", f"- {r['nama']} ({r['kode']})"
        else:
            no, nm = "", "TOTAL"
        d.R(no, nm, rp(r["pagu"]), rp(r["real"]), rp(r["pagu"] - r["real"]), id_dec(serapan(r["pagu"], r["real"])) + "%")
    declare_budget(d, rows, 2024, pagu_awal=awal, revisi=12)
    d.L("Sumber: OM-SPAN per 31 Desember 2024")
    d.B()
    d.P("Pendapatan (PNBP) yang disetor selama tahun 2024 berjumlah Rp 11.360.000 dan bukan merupakan realisasi "
        "belanja. Nilai Aset BMN per 31 Desember 2024 sebesar Rp 9.377.215.640.", W)
    page()
    d.L("D. Daftar Pemilih Tetap Pemilu Tahun 2024", "")
    names = ["KODI", "KODI BANGEDO", "KODI BALAGHAR", "KODI UTARA", "KOTA TAMBOLAKA", "LOURA", "WEWEWA BARAT",
             "WEWEWA SELATAN", "WEWEWA TENGAH", "WEWEWA TIMUR", "WEWEWA UTARA"]
    tps, l, p = PEMILU24["5318"]
    ks = kec_split(rnd, names, (l, p), tps, 175)
    d.P("DPT Pemilu 2024 ditetapkan pada 20 Juni 2023. DPTb dan DPK dicatat pada hari pemungutan suara.", W)
    d.R("No", "Kecamatan", "Desa/Kel", "TPS", "DPT L", "DPT P", "DPT Jumlah", "DPTb", "DPK", "Total Pengguna Hak Pilih")
    ext = [0, 0, 0]
    for i, (nm, ds, tp, ll, pp) in enumerate(ks, 1):
        if i == 7:
            foto("3.4", "Rapat pleno terbuka rekapitulasi DPT Pemilu 2024")
            page()
        b_, k_ = rnd.randint(20, 260), rnd.randint(15, 190)
        u_ = int((ll + pp) * rnd.uniform(0.79, 0.84))
        ext = [ext[0] + b_, ext[1] + k_, ext[2] + u_]
        d.R(i, nm, ds, tp, id_int(ll), id_int(pp), id_int(ll + pp), b_, k_, id_int(u_))
        d.dpt("pemilu", 2024, "kecamatan", nm, ds, tp, ll, pp)
    d.R("", "JUMLAH", 175, tps, id_int(l), id_int(p), id_int(l + p), id_int(ext[0]), id_int(ext[1]), id_int(ext[2]))
    d.dpt("pemilu", 2024, "kabupaten", REFNAME["5318"], 175, tps, l, p)
    d.B()
    page()
    d.L("E. Daftar Pemilih Tetap Pemilihan Bupati dan Wakil Bupati Tahun 2024", "")
    tps2, l2, p2 = PILKADA24_REAL["5318"]
    ks2 = kec_split(rnd, names, (l2, p2), tps2, 175)
    d.R("Kecamatan", "Jumlah Desa", "TPS", "Laki-Laki", "Perempuan", "Total")
    for i, (nm, ds, tp, ll, pp) in enumerate(ks2, 1):
        if i == 5:
            foto("3.5", "Sosialisasi Pemilihan 2024 di Pasar Waitabula")
            d.L("", f"{'':>60}Halaman {pg[0]} dari 34")
            pg[0] += 1
        d.R(nm.title(), ds, tp, id_int(ll), id_int(pp), id_int(ll + pp))
        d.dpt("pilkada", 2024, "kecamatan", nm, ds, tp, ll, pp)
    d.R("Total Kabupaten Sumba Barat Daya", 175, tps2, id_int(l2), id_int(p2), id_int(l2 + p2))
    d.dpt("pilkada", 2024, "kabupaten", REFNAME["5318"], 175, tps2, l2, p2)
    d.B()
    page()
    tutup(d, c, *d.ttd, W=W, lalu=lambda d: foto("4.1", "Apel bersama jajaran sekretariat"))


# ====================================================================== H. Sumba Tengah 2019 (flattened)
def layout(d, rows, right=None, gap=3, indent=2):
    """pdftotext -layout: columns padded with spaces, no TAB."""
    right = right or set()
    ncol = max(len(r) for r in rows)
    w = [max(len(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    for r in rows:
        cells = []
        for i in range(ncol):
            v = str(r[i]) if i < len(r) else ""
            cells.append(v.rjust(w[i]) if i in right else v.ljust(w[i]))
        d.L((" " * indent + (" " * gap).join(cells)).rstrip())


def sumba_tengah_2019():
    W = 96
    d, c = mulai("dev2/lkj-sumba-tengah-2019.txt", "5317", 2019, W,
                 ("                         LAPORAN KINERJA", "          KOMISI PEMILIHAN UMUM KABUPATEN SUMBA TENGAH",
                 "                           TAHUN 2019", "", "", "                            Waibakul"),
                 "Waibakul, 24 Februari 2020", "MARTHEN U. DJAWA, S.Sos", "NIP. 19690722 199203 1 007", flat=True)
    rnd = random.Random(5317)
    bab(d, ("BAB I PENDAHULUAN", ""), pendahuluan(c)[:6], W)
    bab(d, ("BAB II PERENCANAAN KINERJA", ""), perencanaan(c)[:4], W)
    d.FF()
    d.L("BAB III AKUNTABILITAS KINERJA", "")
    d.P(akuntabilitas_intro(c)[0], W)
    own18 = SAKIP[("5317", 2018)]
    d.L("Tabel 3.1 Capaian Kinerja Tahun 2019", "")
    caps = [
        ("Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan", "77,5%", 77.5, "88,12%", 88.12, "113,70%", "persen", "naik"),
        (SS["jadwal"], "100%", 100, "100%", 100, "100%", "persen", "naik"),
        (SS["pelanggaran"], "10%", 10, "0%", 0, "200%", "persen", "turun"),
        (SS["akip"], "B", None, predikat(own18), None, "75%", "predikat", None),
        (SS["bpk"], "WTP", None, "WTP", None, "100%", "opini", None),
        (SS["sengketa"], "100%", 100, "100%", 100, "100%", "persen", "naik"),
    ]
    tab = [("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"), ("", "", "", "", "")]
    import textwrap as tw
    for i, (ind, tt, tn, rt, rn, cp, sat, arah) in enumerate(caps, 1):
        parts = tw.wrap(ind, 46)
        tab.append((f"{i}.", parts[0], tt, rt, cp))
        for more in parts[1:]:
            tab.append(("", more, "", "", ""))
        d.capaian(ind, tt, tn, rt, rn, sat, cp, arah is None, arah=arah)
    layout(d, tab, right={2, 3, 4})
    d.B()
    d.L("Tabel 3.2 Perbandingan Realisasi Kinerja 2017-2019", "")
    tab = [("Indikator", "Realisasi 2017", "Realisasi 2018", "Target 2019", "Realisasi 2019", "Target Nasional 2019")]
    for full, vals in ((caps[0][0], ["-", "79,85%", "77,5%", "88,12%", "77,5%"]),
                       (SS["sengketa"], ["-", "100%", "100%", "100%", "100%"])):
        parts = tw.wrap(full, 30)
        tab.append((parts[0], *vals))
        for more in parts[1:]:
            tab.append((more, "", "", "", "", ""))
        for (yr, jn), v in zip(((2017, "realisasi"), (2018, "realisasi"), (2019, "target"), (2019, "realisasi"),
                                (2019, "target_nasional")), vals):
            d.seri(full, yr, jn, v, None if v == "-" else float(v.rstrip("%").replace(",", ".")), "persen")
    layout(d, tab, right={1, 2, 3, 4, 5})
    d.B()
    d.P(f"Predikat akuntabilitas kinerja belum mencapai target B. Hasil Evaluasi AKIP Tahun 2018 memberikan nilai "
        f"{id_dec(own18)} ({predikat(own18)}) dengan rincian komponen pada tabel berikut.", W)
    k = komps_for(own18, rnd, 0.585)
    tab = [("Komponen", "Bobot", "Nilai")] + [(KNM[x], str(k[x][0]), id_dec(k[x][1])) for x in BOBOT] + \
          [("Nilai Hasil Evaluasi", "100", id_dec(own18))]
    layout(d, tab, right={1, 2})
    d.sakip_komp("5317", 2018, own18, k)
    d.B()
    d.PP(analisis(c, "partisipasi pemilih"), W)
    d.FF()
    d.L("B. Daftar Pemilih Tetap Pemilu Tahun 2019", "")
    d.P("Daftar Pemilih Tetap Hasil Perbaikan III Pemilu Tahun 2019 Kabupaten Sumba Tengah ditetapkan dalam rapat "
        "pleno terbuka. Rincian per kecamatan:", W)
    names = ["KATIKUTANA", "KATIKUTANA SELATAN", "MAMBORO", "UMBU RATU NGGAY", "UMBU RATU NGGAY BARAT"]
    tps, l, p = PEMILU19["5317"]
    ks = kec_split(rnd, names, (l, p), tps, 65)
    tab = [("No", "Kecamatan", "Desa", "TPS", "Laki-laki", "Perempuan", "L+P")]
    for i, (nm, ds, tp, ll, pp) in enumerate(ks, 1):
        tab.append((str(i), nm, str(ds), str(tp), id_int(ll), id_int(pp), id_int(ll + pp)))
        d.dpt("pemilu", 2019, "kecamatan", nm, ds, tp, ll, pp)
    tab.append(("", "KABUPATEN SUMBA TENGAH", "65", str(tps), id_int(l), id_int(p), id_int(l + p)))
    d.dpt("pemilu", 2019, "kabupaten", REFNAME["5317"], 65, tps, l, p)
    layout(d, tab, right={0, 2, 3, 4, 5, 6})
    d.B()
    d.P("Pemungutan suara dilaksanakan pada tanggal 17 April 2019 dengan tingkat partisipasi 88,12%, tertinggi "
        "dalam tiga pemilu terakhir di Kabupaten Sumba Tengah.", W)
    d.FF()
    d.L("C. Realisasi Anggaran", "")
    rows = gen_budget(rnd, 2019, [("076.01.WA", [("3355", 1642300000), ("3360", 718450000)]),
                                  ("076.01.CQ", [("6867", 1931800000), ("6871", 486250000), ("6872", 1207600000)])],
                      unit=1000)
    d.L("Tabel 3.3 Realisasi Anggaran TA 2019 (dalam ribuan rupiah)", "")
    tab = [("Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa", "%")]
    for r in rows:
        kode = "" if r["tingkat"] == "total" else r["kode"]
        nm = "JUMLAH" if r["tingkat"] == "total" else r["nama"]
        tab.append((kode, nm, id_int(r["pagu"] // 1000), id_int(r["real"] // 1000),
                    id_int((r["pagu"] - r["real"]) // 1000), id_dec(serapan(r["pagu"], r["real"]))))
    layout(d, tab, right={2, 3, 4, 5})
    declare_budget(d, rows, 2019)
    d.B()
    d.P("Di luar belanja, KPU Kabupaten Sumba Tengah mencatat PNBP sebesar Rp 1.275.000 dari penjualan barang "
        "inventaris yang dihapuskan.", W)
    tutup(d, c, *d.ttd, W=W, bab=("BAB IV PENUTUP", ""))


if __name__ == "__main__":
    which = sys.argv[1:] or ["A", "B", "C", "D", "E", "F", "G", "H"]
    F = {"A": sumba_timur_2022, "B": flores_timur_2021, "C": nagekeo_2023, "D": sabu_raijua_2021, "E": manggarai_timur_2020, "F": provinsi_2019, "G": sbd_2024, "H": sumba_tengah_2019}
    for w in which:
        if w in F:
            F[w]()
