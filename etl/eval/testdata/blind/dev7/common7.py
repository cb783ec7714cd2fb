# Shared helpers of the dev7/ authoring scripts (author7a/b/c.py). Everything the three
# scripts need beyond ../author/lib.py: the facts the corpus already states (read from the
# truth files of dev/ .. dev6/ through ../check_truth.keyed), so that a SAKIP score, a SAKIP
# component, a budget total, an RB value or a kabupaten DPT row is reused and never
# contradicted; a budget builder that fits a known total; and a capaian helper that refuses
# rounding ties. Documents are written by Doc from lib.py: text and truth from the same numbers.
import glob, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, BLIND)
sys.path.insert(0, os.path.join(BLIND, "author"))

import check_truth  # noqa: E402
from lib import (Doc, SAKIP, KOMP, BOBOT, NAMA, ORDER, predikat, id_int, id_dec,  # noqa: E402,F401
                 serapan, kata_pengantar, pendahuluan, perencanaan, akuntabilitas_intro,
                 analisis, penutup, tugas_list)

EARLIER = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")
THIN = "\u202f"  # narrow no-break space, the thousands separator of one document


def _known():
    out = {}
    for p in EARLIER:
        for f in sorted(glob.glob(os.path.join(BLIND, p, "truth", "*.json"))):
            with open(f, encoding="utf-8") as fh:
                for k, v in check_truth.keyed(json.load(fh)).items():
                    out.setdefault(k, v)
    return out


KNOWN = _known()


def skor(s, y):
    """A satker's SAKIP score of tahun_dinilai y: the corpus's value, else lib's."""
    v = KNOWN.get(("sakip", s, y))
    return v[0] if v else SAKIP[(s, y)]


def komponen(s, y):
    """The four component (bobot, nilai) of (s, y): the corpus's, else new ones (multiples
    of 0,05 but the last) that sum exactly to skor(s, y)."""
    ks = {c: KNOWN.get(("komp", s, y, c)) for c in BOBOT}
    if all(ks.values()):
        return ks
    if (s, y) in KOMP and abs(sum(v for _, v in KOMP[(s, y)].values()) - skor(s, y)) < 0.005:
        return KOMP[(s, y)]
    total = skor(s, y)
    r = random.Random(f"k7{s}{y}")
    out, acc = {}, 0.0
    for c, b in list(BOBOT.items())[:3]:
        v = round(round(b * total / 100 * r.uniform(0.95, 1.05) * 20) / 20, 2)
        out[c] = (b, v)
        acc += v
    out["evaluasi_internal"] = (25, round(total - acc, 2))
    assert 0 < out["evaluasi_internal"][1] < 25, (s, y, out)
    return out


def total_of(s, y):
    v = KNOWN.get(("angg", s, y))
    return v if v else None


def dpt_of(s, pem, y):
    return KNOWN.get(("dpt", s, pem, y))


sys.path.insert(0, os.path.join(BLIND, "dev2"))
from author2 import KEG, PROG  # noqa: E402  (kegiatan and program names as the corpus writes them)


def split(total, weights, unit, r):
    """total split by weights into multiples of unit (the last share takes the rest)."""
    s = sum(weights)
    parts = [int(total * w / s * r.uniform(0.97, 1.03)) // unit * unit for w in weights[:-1]]
    parts.append(total - sum(parts))
    return parts


def anggaran(seed, wa, cq, pagu=None, real=None, unit=1000, runit=1, serap=(0.93, 0.99)):
    """A year's budget: programs WA and CQ with kegiatan (wa, cq: {kode: weight}); pagu in
    multiples of unit, realisasi of runit; fitted to a known (pagu, real) total when given.
    Returns [(prog, [(keg, pagu, real)], pagu, real)] and the total (pagu, real)."""
    r = random.Random(seed)
    keys = [("076.01.WA", k, w) for k, w in wa.items()] + [("076.01.CQ", k, w) for k, w in cq.items()]
    if pagu is None:
        pagu = sum(int(w * r.uniform(0.9, 1.1) * 1000000) * unit for _, _, w in keys)
    ps = split(pagu, [w for _, _, w in keys], unit, r)
    if real is None:
        real = sum(int(p * r.uniform(*serap)) // runit * runit for p in ps)
    ratio = real / pagu
    rs = [int(p * ratio * r.uniform(0.985, 1.015)) // runit * runit for p in ps]
    big = ps.index(max(ps))
    rs[big] += real - sum(rs)
    for p, x in zip(ps, rs):
        assert 0.85 < x / p < 1.0, (seed, p, x)
    out = []
    for prog in ("076.01.WA", "076.01.CQ"):
        rows = [(k, p, x) for (pg, k, _), p, x in zip(keys, ps, rs) if pg == prog]
        if rows:
            out.append((prog, rows, sum(p for _, p, _ in rows), sum(x for _, _, x in rows)))
    return out, (pagu, real)


def fakta_anggaran(d, progs, tot, lapor=True, tahun=None):
    """Declare the TOTAL, program and kegiatan facts of a budget built by anggaran()."""
    sl = (lambda p, x: serapan(p, x)) if lapor else (lambda p, x: None)
    d.ang("TOTAL", "total", "", tot[0], tot[1], sl(*tot), tahun=tahun)
    for prog, rows, p, x in progs:
        d.ang(prog, "program", "", p, x, sl(p, x), tahun=tahun)
        for k, kp, kx in rows:
            d.ang(k, "kegiatan", prog, kp, kx, sl(kp, kx), tahun=tahun)


def capai(tn, rn, arah="naik"):
    """Capaian in percent, 2 decimals; asserts the value is no rounding tie."""
    v = rn / tn * 100 if arah == "naik" else (tn - (rn - tn)) / tn * 100
    x = round(v * 1000, 6)
    assert not (x == int(x) and int(x) % 10 == 5), (tn, rn, v)
    return round(v, 2)


def thin(n):
    """1234567 -> '1 234 567' with narrow no-break spaces."""
    return f"{n:,}".replace(",", THIN)


def kepala(d, c, sampul, ttd, kp_judul="KATA PENGANTAR"):
    """Cover lines, a page break, the Kata Pengantar and its signature block, a page break."""
    d.L(*sampul)
    d.FF()
    d.L(kp_judul, "")
    d.PP(kata_pengantar(c), getattr(d, "W", None))
    d.L(*ttd)
    d.FF()


def kpu(nama, thn_kp, kota=False):
    """The prose pools' context: the KPU's full name, its area, the year phrase of the foreword."""
    n = nama if kota else f"Kabupaten {nama}"
    return {"kpu": f"Komisi Pemilihan Umum {n}", "wil": n, "thn_kp": thn_kp}


# Indicator texts (schemas/ref/indikator.csv wording, KPU Kabupaten/Kota form)
IND = {
    "partisipasi": "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan",
    "perempuan": "Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan",
    "disabilitas": "Persentase Partisipasi Pemilih Disabilitas dalam Pemilu/Pemilihan",
    "tidak_terdaftar": "Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap",
    "jadwal": "Persentase KPU Kabupaten dalam menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal",
    "pelanggaran": "Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan",
    "sengketa": "Persentase Sengketa Hukum yang dimenangkan KPU",
    "kompetensi": "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya",
    "sarana": "Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang berfungsi dengan baik",
    "pemutakhiran": "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu",
    "akip": "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten",
    "opini": "Opini BPK atas Laporan Keuangan",
    "rb": "Nilai Evaluasi atas Pelaksanaan Reformasi Birokrasi KPU Kabupaten",
    "informasi": "Nilai Keterbukaan Informasi Publik",
    "logistik": "Persentase Satker dalam mendistribusikan logistik Pemilu/Pemilihan secara tepat sasaran tepat jumlah tepat jenis tepat mutu dan tepat waktu",
    "lap_keu": "Jumlah laporan sistem akuntansi dan pelaporan keuangan",
    "simonika": "Persentase KPU Kabupaten dalam Menyampaikan Laporan Pertanggungjawaban Penggunaan Anggaran berbasis SIMONIKA yang Tepat Waktu dan Valid",
    "gaji": "Persentase pembayaran gaji dan tunjangan yang tepat waktu",
    "arsip": "Persentase KPU Kabupaten dalam Mengelola Arsip Inaktif Sesuai Aturan Kearsipan",
    "lap_bmn": "Jumlah Laporan Barang Milik Negara Berdasarkan SIMAK BMN yang datanya sesuai dengan Data SAK",
}


def cp(tn, rn, arah="naik"):
    """The printed capaian cell (Indonesian, 2 decimals)."""
    return id_dec(capai(tn, rn, arah))


def bab_awal(d, c, h1=("BAB I", "PENDAHULUAN"), h2=("BAB II", "PERENCANAAN KINERJA"), sub=None,
             lalu=None):
    """BAB I (background, tugas list, organisation) and BAB II (Renstra, PK prose); sub(n, text)
    renders a sub-heading line; lalu(d) adds what a document prints at the end of BAB II."""
    sub = sub or (lambda n, t: f"{n}. {t}")
    W = getattr(d, "W", None)
    pd = pendahuluan(c)
    d.L(*h1, "", sub("A", "Latar Belakang"), "")
    d.PP(pd[:3], W)
    d.L(sub("B", "Tugas dan Wewenang"), "")
    d.P(f"Sesuai Undang-Undang Nomor 7 Tahun 2017, tugas dan wewenang {c['kpu']} antara lain:", W)
    d.L(*tugas_list(c)[:7])
    d.B()
    d.L(sub("C", "Struktur Organisasi"), "")
    d.PP(pd[4:8], W)
    d.FF()
    d.L(*h2, "", sub("A", "Rencana Strategis"), "")
    d.PP(perencanaan(c)[:2], W)
    d.L(sub("B", "Perjanjian Kinerja"), "")
    d.PP(perencanaan(c)[2:], W)
    if lalu:
        lalu(d)
    d.FF()


def ttd(kota, tanggal, nama, nip, jabatan):
    return ["", f"{kota}, {tanggal}", jabatan, "", "", nama, f"NIP. {nip}", ""]


def buka(rel, satker, tahun, W, c, sampul, tanda, flat=False, kp_judul="KATA PENGANTAR",
         bab3=("BAB III", "AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja", ""), intro=3, **bab):
    """A document up to its first table: cover, Kata Pengantar signed by the Sekretaris (tanda =
    place, date, name, NIP, kept for the closing signature), BAB I and BAB II (bab: bab_awal's
    options), then BAB III's heading lines and the first intro paragraphs on measurement."""
    d = Doc(rel, satker, tahun, flat=flat)
    d.W = W
    d.tanda = tanda
    kepala(d, c, sampul, ttd(*tanda, f"Sekretaris KPU {c['wil']}"), kp_judul)
    bab_awal(d, c, **bab)
    d.L(*bab3)
    d.PP(akuntabilitas_intro(c)[:intro])
    return d


def bahas(d, c, keys, judul=None):
    """The analysis paragraphs of the indicators keys, then (judul) a new page and section."""
    for k in keys:
        d.PP(analisis(c, IND[k].lower()))
    if judul:
        bagian(d, judul)


def bagian(d, judul, ff=True):
    """A new section: a page break (unless ff is False), then its heading line."""
    if ff:
        d.FF()
    d.L(judul, "")


def selesai(d, c, bab=("BAB IV", "PENUTUP", ""), lampiran=None):
    """BAB IV, the signature again, lampiran(d) if any, and the document and its truth written."""
    d.L(*bab)
    d.PP(penutup(c))
    d.L(*ttd(*d.tanda, "Sekretaris,"))
    if lampiran:
        lampiran(d)
    d.write()


def baris_capaian(d, rows, sel=None, pct=True, **kw):
    """Capaian rows (key, target, realisasi, arah) declared as facts; returns for each the cells
    sel(no, indikator, target_teks, realisasi_teks, capaian cell) builds (printed by the caller)."""
    out = []
    for i, (k, t, r, a) in enumerate(rows, 1):
        tt, rt = (f"{id_dec(t)}%", f"{id_dec(r)}%") if pct else (id_dec(t), id_dec(r))
        cell = cp(t, r, a)
        d.capaian(IND[k], tt, t, rt, r, "persen", cell, arah=a, **kw)
        out.append(sel(i, IND[k], tt, rt, cell) if sel else None)
    return out


def huruf(d, cells, key, t, r, cell):
    """A grade row (AKIP predikat or BPK opini) printed as cells, its fact compared by rank; r may
    be printed with homoglyphs (`В`), the fact holds it folded."""
    d.R(*cells)
    d.capaian(IND[key], t, None, r.translate(check_truth.HOMO), None,
              "opini" if key == "opini" else "predikat", cell, grade=True)


def nilai_akip(d, s, *years):
    """The satker's SAKIP score of each tahun_dinilai, declared; returns the values."""
    vs = [skor(s, y) for y in years]
    for y, v in zip(years, vs):
        d.sakip(s, y, v)
    return vs


def tabel_anggaran(d, progs, tt, sel, total="JUMLAH", lapor=True):
    """A program/kegiatan budget table: each row's cells from sel(kode, induk, uraian, pagu,
    realisasi) (induk "" for programs and the total), the total row last; declares the facts."""
    for prog, ks, p, x in progs:
        d.R(*sel(prog, "", PROG[prog], p, x))
        for k, kp, kx in ks:
            d.R(*sel(k, prog, KEG[k], kp, kx))
    d.R(*sel("", "", total, *tt))
    fakta_anggaran(d, progs, tt, lapor)


def tabel_capaian(d, judul, kepala_tabel, rows, sel):
    """A captioned capaian table: caption, header row, then the rows baris_capaian builds."""
    d.L(judul, "")
    d.R(*kepala_tabel)
    for cells in baris_capaian(d, rows, sel):
        d.R(*cells)


def dpt_prosa(d, pemilihan, tahun, kalimat, desa=None):
    """The kabupaten DPT row the corpus already states, told in one paragraph
    kalimat(tps, l, p, total) and declared (no village count unless desa is given)."""
    v = dpt_of(d.satker, pemilihan, tahun)
    d.P(kalimat(*v))
    d.dpt(pemilihan, tahun, "kabupaten", check_truth.wilayah_ntt()[d.satker], desa, *v[:3],
          tidak=None if desa else ["jumlah_desa"])
