# Author-side helpers for the blind corpus. Truth is written from the author's
# intent: every fact is declared here together with the text that states it.
import json, os, random, textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

RANK = {"AA": 7, "A": 6, "BB": 5, "B": 4, "CC": 3, "C": 2, "D": 1,
        "WTP": 4, "WDP": 3, "TW": 2, "TMP": 1}

NAMA = {"53": "Provinsi Nusa Tenggara Timur", "5301": "Kupang", "5302": "Timor Tengah Selatan",
        "5303": "Timor Tengah Utara", "5304": "Belu", "5305": "Alor", "5306": "Flores Timur",
        "5307": "Sikka", "5308": "Ende", "5309": "Ngada", "5310": "Manggarai",
        "5311": "Sumba Timur", "5312": "Sumba Barat", "5313": "Lembata", "5314": "Rote Ndao",
        "5315": "Manggarai Barat", "5316": "Nagekeo", "5317": "Sumba Tengah",
        "5318": "Sumba Barat Daya", "5319": "Manggarai Timur", "5320": "Sabu Raijua",
        "5321": "Malaka", "5371": "Kota Kupang"}
ORDER = ["53", "5301", "5302", "5303", "5304", "5305", "5306", "5307", "5308", "5309", "5310",
         "5311", "5312", "5313", "5314", "5315", "5316", "5317", "5318", "5319", "5320", "5321", "5371"]


def predikat(v):
    if v > 90: return "AA"
    if v > 80: return "A"
    if v > 70: return "BB"
    if v > 60: return "B"
    if v > 50: return "CC"
    if v > 30: return "C"
    return "D"


# ---- central facts shared between documents (so documents never disagree) ----
# SAKIP score per (satker, tahun_dinilai)
SAKIP = {}
_r = random.Random(53)
for y in (2018, 2019, 2020, 2021, 2022, 2023):
    for s in ORDER:
        base = {2018: 58, 2019: 61, 2020: 63.5, 2021: 66, 2022: 69.5, 2023: 71.5}[y]
        v = round(base + _r.uniform(-3.5, 5.5), 2)
        SAKIP[(s, y)] = v
# hand-set values that documents discuss
SAKIP[("53", 2021)] = 74.18
SAKIP[("53", 2022)] = 76.41
SAKIP[("5319", 2021)] = 64.87
SAKIP[("5301", 2021)] = 66.02
SAKIP[("5371", 2021)] = 68.93


def sakip_pred(s, y):
    return predikat(SAKIP[(s, y)])


# ---- number formatting ----
def id_int(n):
    return f"{n:,}".replace(",", ".")


def en_int(n):
    return f"{n:,}"


def id_dec(x, d=2):
    s = f"{x:,.{d}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def en_dec(x, d=2):
    return f"{x:,.{d}f}"


def serapan(p, r):
    return round(r / p * 100, 2) if p else None


def persen(cp):
    """The value of a printed percentage cell: "104,88%" -> 104.88, "97.06%" -> 97.06, "-" -> None."""
    return None if cp == "-" else float(cp.rstrip("%").replace(",", "."))


def split_total(total, n, rnd, spread=0.6):
    w = [rnd.uniform(1 - spread, 1 + spread) for _ in range(n)]
    s = sum(w)
    parts = [int(total * x / s) for x in w]
    parts[0] += total - sum(parts)
    return parts


def bagi(total, wts, sisa_ke=0, acak=None):
    """total split by weights: each share int(total * w), plus acak() when given (drawn
    share by share, in order); the rounding remainder goes to share sisa_ke."""
    parts = [int(total * w) + (acak() if acak else 0) for w in wts]
    parts[sisa_ke] += total - sum(parts)
    return parts


def wrap(text, width):
    return textwrap.wrap(text, width) if width else [text]


class Doc:
    def __init__(self, rel, satker, tahun, flat=False):
        self.rel = rel
        self.satker = satker
        self.tahun = tahun
        self.lines = []
        self.flat = flat
        self.t = {"satker_id": satker, "tahun": tahun, "path": rel, "format": "txt",
                  "capaian": [], "capaian_seri": [], "anggaran": [], "sakip": [],
                  "sakip_komponen": [], "rb": [], "dpt": [], "temuan": []}

    # text
    def L(self, *lines):
        for l in lines:
            self.lines.extend(l.split("\n"))

    def B(self, n=1):
        self.lines.extend([""] * n)

    def P(self, text, width=None):
        self.lines.extend(wrap(text, width or getattr(self, "W", None)))
        self.lines.append("")

    def PP(self, paras, width=None):
        """Several paragraphs (P) one after another."""
        for p in paras:
            self.P(p, width)

    def R(self, *cells):
        self.lines.append("\t".join(str(c) for c in cells))

    def FF(self):
        self.lines.append("\f")

    # facts
    def cap(self, ind, tt, tn, rt, rn, satuan, lapor, arah="naik", tingkat="sasaran_strategis",
            satker=None, tahun=None, tercapai=None, grade=False):
        if grade:
            hit = None
            a, b = RANK[tt.rstrip("*")], RANK[rt.rstrip("*")]
            terc = b >= a
        elif tn is None or rn is None or tn == 0:
            hit = None
            terc = tercapai
        else:
            if arah == "naik":
                hit = round(rn / tn * 100, 2)
            else:
                hit = round((tn - (rn - tn)) / tn * 100, 2)
            terc = hit >= 100
        row = {"satker_id": satker or self.satker, "tahun": tahun or self.tahun, "tingkat": tingkat,
               "indikator": ind, "target_teks": tt, "target_nilai": tn, "realisasi_teks": rt,
               "realisasi_nilai": rn, "satuan": satuan, "capaian_lapor": lapor,
               "capaian_hitung": hit, "tercapai": terc}
        self.t["capaian"].append(row)
        return row

    def capaian(self, ind, tt, tn, rt, rn, satuan, cp, grade=False, **kw):
        """A capaian row whose capaian_lapor is the printed cell cp ("104,88%", "-").
        A grade row (predikat/opini, compared by rank) carries no target/realisasi numbers."""
        if grade:
            return self.cap(ind, tt, None, rt, None, satuan, persen(cp), grade=True, **kw)
        return self.cap(ind, tt, tn, rt, rn, satuan, persen(cp), **kw)

    def seri(self, ind, tahun, jenis, teks, nilai, satuan):
        self.t["capaian_seri"].append({"satker_id": self.satker, "indikator": ind, "tahun": tahun,
                                       "jenis": jenis, "teks": teks, "nilai": nilai, "satuan": satuan})

    def ang(self, kode, tingkat, induk, pagu, real, lapor=None, tahun=None, pagu_awal=None,
            revisi=None, satker=None):
        self.t["anggaran"].append({"satker_id": satker or self.satker, "tahun": tahun or self.tahun,
                                   "kode": kode, "tingkat": tingkat, "kode_induk": induk,
                                   "pagu": pagu, "realisasi": real, "sisa": pagu - real,
                                   "serapan_lapor": lapor, "serapan_hitung": serapan(pagu, real),
                                   "pagu_awal": pagu_awal, "revisi_dipa": revisi})

    def RA(self, cells, kode, tingkat, induk, pagu, real, **kw):
        """A printed budget row (its cells) and its anggaran fact, serapan_lapor
        being the serapan the row prints."""
        self.R(*cells)
        self.ang(kode, tingkat, induk, pagu, real, serapan(pagu, real), **kw)

    def sakip(self, satker, tahun_dinilai, nilai, pred=None, keyakinan="tinggi"):
        pred = pred or predikat(nilai)
        assert pred == predikat(nilai), (satker, nilai, pred)
        self.t["sakip"].append({"satker_id": satker, "tahun_dinilai": tahun_dinilai, "nilai": nilai,
                                "predikat": pred, "keyakinan": keyakinan})

    def sakip_komp(self, satker, tahun_dinilai, nilai, komps, pred=None):
        """A SAKIP score together with its four components (filed under this document's satker)."""
        self.sakip(satker, tahun_dinilai, nilai, pred)
        self.komp(tahun_dinilai, komps)

    def komp(self, tahun_dinilai, komps, satker=None):
        for k, (bobot, nilai) in komps.items():
            self.t["sakip_komponen"].append({"satker_id": satker or self.satker,
                                             "tahun_dinilai": tahun_dinilai, "komponen": k,
                                             "bobot": bobot, "nilai": nilai})

    def rb(self, tahun, nilai, bobot, persen, satker=None):
        self.t["rb"].append({"satker_id": satker or self.satker, "tahun": tahun, "nilai": nilai,
                             "bobot": bobot, "persen": persen})

    def dpt(self, pemilihan, tahun, tingkat, wilayah, desa, tps, l, p, total=None, satker=None,
            tidak=None):
        total = l + p if total is None else total
        row = {"satker_id": satker or self.satker, "pemilihan": pemilihan, "tahun": tahun,
               "tingkat_wilayah": tingkat, "wilayah": wilayah, "jumlah_desa": desa,
               "jumlah_tps": tps, "pemilih_l": l, "pemilih_p": p, "pemilih_total": total}
        if tidak:
            row["tidak_dibandingkan"] = tidak
        self.t["dpt"].append(row)
        return row

    def write(self):
        path = os.path.join(ROOT, self.rel)
        txt = "\n".join(self.lines).rstrip("\n") + "\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(txt)
        base = os.path.basename(self.rel)[:-4]
        tp = os.path.join(ROOT, os.path.dirname(self.rel), "truth", base + ".json")
        with open(tp, "w", encoding="utf-8") as f:
            json.dump(self.t, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n = {k: len(v) for k, v in self.t.items() if isinstance(v, list)}
        print(self.rel, len(self.lines), "lines", n, "total", sum(n.values()))


def tulis(*dokumen):
    """Run as a program, a script writes its documents: each function builds and writes one."""
    for f in dokumen:
        f()


def bab(d, head, paras, W=None):
    """A chapter's heading lines, then its paragraphs (wrapped at W)."""
    d.L(*head)
    d.PP(paras, W)


# ---- blocks every document ends with ----
def tutup(d, c, *sign, W=None, bab=("BAB IV PENUTUP", ""), lalu=None):
    """BAB IV: the closing prose, lalu(d) if given (what a document adds before its
    signature), then the signature block lines; writes the document."""
    d.L(*bab)
    d.PP(penutup(c), W)
    if lalu:
        lalu(d)
    d.L(*sign)
    d.write()


def jumlah(rows):
    """Pagu and realisasi summed over budget rows (kode, uraian, pagu, realisasi, ...)."""
    rows = list(rows)
    return sum(r[2] for r in rows), sum(r[3] for r in rows)


def dua_program(ks, cq):
    """Pagu and realisasi of the two programs from their kegiatan rows (WA's ks, CQ's cq)
    and of the year: pw, rw, pc, rc, total pagu, total realisasi."""
    pw, rw = jumlah(ks)
    pc, rc = jumlah(cq)
    return pw, rw, pc, rc, pw + pc, rw + rc


def total_tahun(d, years, cells, skip, scale=1):
    """A multi-year budget table, one row (cells(y, pagu, realisasi)) a year. Every year
    but skip (this report's, declared with its program rows) is a TOTAL fact; scale turns
    a table in ribuan into rupiah."""
    for y, a, b in years:
        d.R(*cells(y, a, b))
        if y != skip:
            d.ang("TOTAL", "total", "", a * scale, b * scale, serapan(a, b), tahun=y)


def rb_tabel(d, title, rows, tahun, nilai, bobot, pct):
    """A Reformasi Birokrasi table (header and rows as printed) and its one rb fact."""
    d.L(title, "")
    for r in rows:
        d.R(*r)
    d.rb(tahun, nilai, bobot, pct)
    d.B()


def kec_acak(rnd, n, desa, tps, per_tps, rasio_l):
    """Random kecamatan DPT columns: desa and TPS counts in the given ranges, then per
    TPS a voter count (per_tps range) split into L (share rasio_l) and P."""
    ds = [rnd.randint(*desa) for _ in range(n)]
    ts = [rnd.randint(*tps) for _ in range(n)]
    ls, ps = [], []
    for t in ts:
        v = t * rnd.randint(*per_tps); l = int(v * rnd.uniform(*rasio_l)); ls.append(l); ps.append(v - l)
    return ds, ts, ls, ps


def cap_baris(d, rows):
    """A capaian table printed one cell per line (No, indikator, target, realisasi, capaian)."""
    for i, (ind, tt, tn, rt, rn, cp) in enumerate(rows, 1):
        d.L(str(i), ind, tt, rt, cp)
        d.capaian(ind, tt, tn, rt, rn, "persen", cp)



def cap_grup(d, groups):
    """A capaian table in groups, each under its sasaran heading, rows numbered across the
    groups (No, indikator, target, realisasi, capaian): prints each row, then yields it for
    the caller to declare its fact (rows are (ind, tt, tn, rt, rn, cp, ...))."""
    n = 0
    for head, rows in groups:
        d.L(head)
        for row in rows:
            n += 1
            d.R(n, row[0], row[1], row[3], row[5])
            yield row

# ---- prose pools ----
def kata_pengantar(c):
    return [
        f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas berkat dan penyertaan-Nya Sekretariat {c['kpu']} dapat menyelesaikan penyusunan Laporan Kinerja {c['thn_kp']}. Laporan ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi serta pengelolaan sumber daya yang dipercayakan kepada kami.",
        f"Penyusunan laporan ini berpedoman pada Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.",
        "Kami menyadari bahwa laporan ini masih jauh dari sempurna. Oleh karena itu, saran dan masukan yang membangun sangat kami harapkan demi perbaikan penyusunan laporan kinerja pada periode berikutnya. Semoga laporan ini bermanfaat bagi semua pihak yang berkepentingan.",
    ]


def pendahuluan(c):
    return [
        f"Komisi Pemilihan Umum (KPU) sebagai lembaga penyelenggara pemilu yang bersifat nasional, tetap dan mandiri memiliki tugas menyelenggarakan Pemilihan Umum dan Pemilihan Kepala Daerah. {c['kpu']} merupakan bagian dari struktur KPU yang bersifat hierarkis dan melaksanakan tugas di wilayah {c['wil']}.",
        "Akuntabilitas kinerja instansi pemerintah merupakan perwujudan kewajiban suatu instansi untuk mempertanggungjawabkan keberhasilan atau kegagalan pelaksanaan misi organisasi dalam mencapai tujuan dan sasaran yang telah ditetapkan melalui sistem pertanggungjawaban secara periodik.",
        f"Laporan Kinerja ini menyajikan informasi mengenai capaian kinerja Sekretariat {c['kpu']} yang diukur melalui indikator kinerja sebagaimana tertuang dalam dokumen Perjanjian Kinerja, serta menjadi bahan evaluasi untuk perbaikan perencanaan dan pelaksanaan program pada tahun berikutnya.",
        "Berdasarkan Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum, KPU Kabupaten/Kota bertugas antara lain menjabarkan program dan melaksanakan anggaran serta menetapkan jadwal di kabupaten/kota, melaksanakan semua tahapan penyelenggaraan di kabupaten/kota berdasarkan ketentuan peraturan perundang-undangan, serta membentuk PPK, PPS dan KPPS di wilayah kerjanya.",
        f"Sekretariat {c['kpu']} dipimpin oleh seorang Sekretaris yang membawahi Subbagian Keuangan, Umum dan Logistik; Subbagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat; Subbagian Hukum dan Sumber Daya Manusia; serta Subbagian Perencanaan, Data dan Informasi.",
        f"Jumlah pegawai yang bertugas pada Sekretariat {c['kpu']} terdiri dari Pegawai Negeri Sipil organik KPU, Pegawai Negeri Sipil yang diperbantukan dari Pemerintah Daerah, serta Pegawai Pemerintah Non Pegawai Negeri yang mendukung pelaksanaan tugas kesekretariatan.",
        "Permasalahan utama (strategic issued) yang dihadapi antara lain kondisi geografis yang sebagian wilayahnya sulit dijangkau, keterbatasan sarana transportasi dan jaringan internet, serta tingkat pemahaman masyarakat tentang kepemiluan yang belum merata di seluruh desa dan kelurahan.",
        "Sistematika penyajian laporan ini terdiri dari Bab I Pendahuluan, Bab II Perencanaan Kinerja, Bab III Akuntabilitas Kinerja yang memuat capaian kinerja dan realisasi anggaran, serta Bab IV Penutup yang memuat simpulan dan langkah perbaikan ke depan.",
    ]


def perencanaan(c):
    return [
        "Rencana Strategis Komisi Pemilihan Umum Tahun 2020-2024 ditetapkan dengan Keputusan KPU Nomor 11/PP.06-Kpt/05/KPU/I/2020 dan menjadi acuan bagi satuan kerja di daerah dalam menyusun rencana kinerja tahunan dan perjanjian kinerja.",
        "Visi KPU adalah menjadi penyelenggara Pemilihan Umum yang mandiri, profesional, dan berintegritas untuk terwujudnya Pemilu yang LUBER dan JURDIL. Untuk mewujudkan visi tersebut KPU menetapkan misi antara lain meningkatkan integritas, kemandirian, kapasitas dan profesionalitas penyelenggara pemilu.",
        f"Perjanjian Kinerja merupakan lembar/dokumen yang berisikan penugasan dari pimpinan instansi yang lebih tinggi kepada pimpinan instansi yang lebih rendah untuk melaksanakan program/kegiatan yang disertai dengan indikator kinerja. Perjanjian Kinerja Sekretariat {c['kpu']} ditandatangani oleh Sekretaris dan Ketua pada awal tahun anggaran.",
        "Rencana Kinerja Tahunan (RKT) disusun dengan mengacu pada Rencana Strategis dan memuat sasaran strategis, indikator kinerja, serta target yang akan dicapai dalam satu tahun anggaran, yang selanjutnya dituangkan dalam Perjanjian Kinerja.",
        "Dalam rangka mencapai sasaran tersebut ditetapkan program Dukungan Manajemen dan program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi, masing-masing dengan kegiatan dan rincian output yang tercantum dalam Daftar Isian Pelaksanaan Anggaran (DIPA).",
    ]


def akuntabilitas_intro(c):
    return [
        "Pengukuran kinerja dilakukan dengan membandingkan antara target dengan realisasi masing-masing indikator kinerja. Pengukuran ini dimaksudkan untuk mengetahui keberhasilan atau kegagalan pelaksanaan kegiatan sesuai program dan kebijakan yang telah ditetapkan.",
        "Untuk indikator yang semakin tinggi realisasinya menunjukkan semakin baik kinerjanya, capaian dihitung dengan rumus realisasi dibagi target dikali seratus persen. Untuk indikator yang semakin rendah realisasinya menunjukkan semakin baik kinerjanya, capaian dihitung dengan rumus target dikurangi selisih realisasi dan target, dibagi target dikali seratus persen.",
        "Kategori capaian kinerja dibedakan atas sangat baik (lebih dari 100%), baik (85% sampai 100%), cukup (70% sampai kurang dari 85%) dan kurang (di bawah 70%).",
    ]


def analisis(c, ind):
    return [
        f"Capaian indikator {ind} didukung oleh koordinasi yang baik antara pimpinan dan seluruh jajaran sekretariat, ketersediaan anggaran yang memadai, serta pemanfaatan aplikasi yang disediakan oleh KPU RI.",
        f"Kendala yang dihadapi dalam pencapaian indikator ini antara lain keterbatasan jumlah pegawai dibandingkan beban kerja, jaringan internet yang belum stabil di beberapa wilayah, serta waktu pelaksanaan yang bersamaan dengan kegiatan lain. Upaya yang dilakukan adalah menyusun jadwal kerja yang lebih terukur dan meningkatkan supervisi internal.",
    ]


def penutup(c):
    return [
        f"Laporan Kinerja Sekretariat {c['kpu']} ini merupakan gambaran pelaksanaan tugas dan fungsi selama satu tahun anggaran. Secara umum sasaran strategis yang ditetapkan dalam Perjanjian Kinerja telah dapat dicapai dengan baik, walaupun masih terdapat indikator yang belum mencapai target.",
        "Ke depan, langkah perbaikan yang akan dilakukan antara lain meningkatkan kualitas perencanaan kinerja dan anggaran, memperkuat pemantauan capaian kinerja secara berkala setiap triwulan, meningkatkan kompetensi pegawai melalui pendidikan dan pelatihan, serta meningkatkan koordinasi dengan KPU Provinsi Nusa Tenggara Timur.",
        "Demikian laporan ini disusun, semoga dapat memberikan manfaat sebagai bahan evaluasi dan pengambilan keputusan bagi pimpinan serta sebagai sarana informasi bagi masyarakat.",
    ]


# Pilkada 2024 DPT per kabupaten as in the real province report (TPS, L, P)
PILKADA24 = {"5301": (612, 133451, 133895), "5309": (330, 60794, 65004),
             "5315": (587, 99214, 100535), "5371": (552, 134400, 140685)}

# Pemilu 2024 DPT per kabupaten/kota (author-invented, shared by every document)
PEMILU24 = {}
_r2 = random.Random(2024)
_base = {"5301": 266100, "5302": 349200, "5303": 192600, "5304": 160400, "5305": 155300,
         "5306": 208100, "5307": 243300, "5308": 205900, "5309": 124900, "5310": 245100,
         "5311": 187100, "5312": 95900, "5313": 105100, "5314": 100300, "5315": 197600,
         "5316": 118800, "5317": 57300, "5318": 246100, "5319": 215400, "5320": 62600,
         "5321": 148600, "5371": 272900}
for s, b in _base.items():
    tot = b + _r2.randint(-900, 900)
    l = int(tot * _r2.uniform(0.482, 0.506))
    tps = int(tot / _r2.uniform(255, 285))
    PEMILU24[s] = (tps, l, tot - l)


def sakip_set(s, y, komps):
    """Fix a satker's score from its component scores (komps: {komponen: (bobot, nilai)})."""
    SAKIP[(s, y)] = round(sum(v for _, v in komps.values()), 2)
    return SAKIP[(s, y)]


BOBOT = {"perencanaan": 30, "pengukuran": 30, "pelaporan": 15, "evaluasi_internal": 25}
KOMP = {}
_r3 = random.Random(88)
for key in [("5309", 2023), ("5371", 2022), ("5302", 2018), ("5310", 2018), ("5304", 2021),
            ("5307", 2020), ("5313", 2022), ("5321", 2019), ("5314", 2021), ("53", 2021),
            ("5315", 2023), ("53", 2022), ("5303", 2019), ("5301", 2023), ("5308", 2018),
            ("5312", 2019)]:
    base = {2018: 0.62, 2019: 0.64, 2020: 0.66, 2021: 0.69, 2022: 0.72, 2023: 0.73}[key[1]]
    if key[0] == "53":
        base += 0.05
    k = {}
    for c, b in BOBOT.items():
        k[c] = (b, round(round(b * _r3.uniform(base - 0.06, base + 0.06) * 20) / 20, 2))
    KOMP[key] = k
    sakip_set(key[0], key[1], k)


def tugas_list(c):
    return [
        "a. menjabarkan program dan melaksanakan anggaran serta menetapkan jadwal di " + c["wil"] + ";",
        "b. melaksanakan semua tahapan penyelenggaraan di " + c["wil"] + " berdasarkan ketentuan peraturan perundang-undangan;",
        "c. membentuk PPK, PPS, dan KPPS dalam wilayah kerjanya;",
        "d. mengoordinasikan dan mengendalikan tahapan penyelenggaraan oleh PPK, PPS, dan KPPS dalam wilayah kerjanya;",
        "e. menyampaikan daftar pemilih kepada KPU Provinsi;",
        "f. memutakhirkan data pemilih berdasarkan data pemilu terakhir dengan memperhatikan data kependudukan yang disiapkan dan diserahkan oleh Pemerintah dan menetapkannya sebagai daftar pemilih;",
        "g. menerima daftar pemilih dari PPK dalam penyelenggaraan Pemilu;",
        "h. menetapkan hasil rekapitulasi penghitungan suara Pemilu anggota DPRD kabupaten/kota berdasarkan hasil rekapitulasi di PPK dengan membuat berita acara rekapitulasi suara dan sertifikat rekapitulasi suara;",
        "i. melakukan dan mengumumkan rekapitulasi hasil penghitungan suara Pemilu di " + c["wil"] + ";",
        "j. menerbitkan keputusan KPU Kabupaten/Kota untuk mengesahkan hasil Pemilu anggota DPRD kabupaten/kota dan mengumumkannya;",
        "k. mengumumkan calon anggota DPRD kabupaten/kota terpilih sesuai dengan alokasi jumlah kursi setiap daerah pemilihan;",
        "l. melaksanakan sosialisasi penyelenggaraan Pemilu dan/atau yang berkaitan dengan tugas dan wewenang KPU Kabupaten/Kota kepada masyarakat;",
        "m. melaksanakan tugas lain yang diberikan oleh KPU, KPU Provinsi dan/atau yang ditetapkan oleh ketentuan peraturan perundang-undangan.",
    ]


def daftar_isi(entries):
    out = ["DAFTAR ISI", ""]
    for i, e in enumerate(entries):
        out.append(f"{e}\t{i * 3 + 1 if i > 2 else ['i', 'ii', 'iv'][i]}")
    return out


DI_STD = ["KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI", "BAB I PENDAHULUAN",
          "A. Latar Belakang", "B. Tugas, Fungsi dan Wewenang", "C. Struktur Organisasi",
          "BAB II PERENCANAAN KINERJA", "A. Rencana Strategis", "B. Perjanjian Kinerja",
          "BAB III AKUNTABILITAS KINERJA", "A. Capaian Kinerja Organisasi", "B. Realisasi Anggaran",
          "BAB IV PENUTUP", "LAMPIRAN"]
