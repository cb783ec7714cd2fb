# Shared helpers of the dev24/ authoring scripts (author24a.py, author24b.py). Everything of the
# earlier batches comes through ../dev23/common23.py (on ../dev22 .. ../dev7 and ../author/lib.py):
# the document skeleton, prose pools, budget builder, capaian arithmetic, the corpus memory and the
# ordinary renderer r_kantor. This module adds dev23/'s facts to the memory (common9.ingat(PREV)),
# so nothing stated there is contradicted, plus the renderers of this batch's house styles. Every
# renderer is R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set.
#
# PREV is named once: when dev23/ becomes dev23/, `sed -i s#dev23#dev23# dev24/*.py` fixes it.
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
PREV = "dev23"
sys.path.insert(0, os.path.join(BLIND, PREV))

import common23  # noqa: E402,F401  (puts ../dev22 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common23 import (angka, angka_ke, baris, bulat_ribu, cap_lama, id_dec, id_int, IND, jenis, kapital,  # noqa: E402,F401
                      NAMA, persen_sel, predikat, r_kantor, r_tab, rb_std, revisi_dipa, ribuan, riwayat,
                      sec_anggaran, sec_capaian, sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu, ulang)
from common7 import buka, kpu  # noqa: E402
import common8  # noqa: E402
import common11  # noqa: E402
import common12  # noqa: E402

common9.ingat(PREV)
KNOWN = common9.KNOWN
BATCH = os.path.basename(HERE)


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of this batch opened up to BAB III's first table: the satker named nama, the year
    the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"{BATCH}/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def lipat(R, lebar):
    """Renderer R whose long name cells run on to a continuation line (common8.bungkus)."""
    def r(d, cap, head, rows):
        mulai = len(d.lines) + 2
        R(d, cap, head, rows)
        common8.bungkus(d, mulai, lebar)
    return r


def ribu_ok(s, y):
    """True when the budget the corpus holds for (s, y) is whole thousands throughout."""
    lama = common12.angg_lama(s, y)
    return lama is not None and all(v % 1000 == 0 for p in lama[0] for v in [p[2], p[3]]
                                    + [x for k in p[1] for x in k[1:]])


def tanpa_lapor(d):
    """The capaian facts of a table that prints no capaian column: capaian_lapor null."""
    for f in d.t["capaian"]:
        f["capaian_lapor"] = None


def teks_satuan(d, akhir):
    """The persen capaian facts' texts as printed with a unit after the figure (`77,50 %`)."""
    for f in d.t["capaian"]:
        for k in ("target_teks", "realisasi_teks"):
            if f["satuan"] == "persen" and f[k] and f[k][0].isdigit():
                f[k] += akhir


def rata_kiri_kanan(d, mulai=0):
    """The document as `pdftotext -layout` gives a Word report: every block of TAB rows set in columns
    padded with spaces (figures right-aligned, text left-aligned, at least three spaces between)."""
    out, blok = [], []

    def tutup():
        if not blok:
            return
        sel = [ln.split("\t") for ln in blok]
        n = max(len(x) for x in sel)
        sel = [x + [""] * (n - len(x)) for x in sel]
        lebar = [max(len(x[i]) for x in sel) for i in range(n)]
        angka_kol = [all(re.fullmatch(r"[\d.,%-]*", x[i]) for x in sel[1:]) for i in range(n)]
        for x in sel:
            cel = [(x[i].rjust(lebar[i]) if angka_kol[i] else x[i].ljust(lebar[i])) for i in range(n)]
            out.append(("   ".join(cel)).rstrip())
        blok.clear()
    for i, ln in enumerate(d.lines):
        if i >= mulai and "\t" in ln:
            blok.append(ln)
            continue
        tutup()
        out.append(ln)
    tutup()
    d.lines = out


def giliran(d, siapa, teks, lebar=92):
    """One turn of a script: the speaker's name padded to a column, the speech wrapped under it with a
    hanging indent."""
    kol = 13
    kata, baris_ = teks.split(), []
    cur = ""
    for w in kata:
        if cur and len(cur) + 1 + len(w) > lebar - kol:
            baris_.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    baris_.append(cur)
    d.L(f"{siapa:<{kol - 2}}: {baris_[0]}", *[" " * kol + b for b in baris_[1:]], "")


# ---- new house styles ----
def r_utas(nama_akun, akun, tanggal, per=3):
    """The DPT as the office's thread (utas) on X: each post headed by the account's name, its handle and
    the date, numbered `n/N`, `per` kecamatan a post (a pin, the name, villages and TPS on one line, L, P
    and the total on the next), the kabupaten in the last post, the counts of replies, reposts, likes and
    views under each post, and a reader's reply quoting a wrong figure. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        kec = [x for x in rows if str(x[0]) != ""]
        tot = next(x for x in rows if str(x[0]) == "")
        potong = [kec[i:i + per] for i in range(0, len(kec), per)]
        n = len(potong) + 2
        d.L(cap.replace("Rekapitulasi DPT", "Utas X (Twitter) Rekapitulasi DPT"), "")

        def pos(i, *isi):
            suka = 40 + (i * 37 + len(kec) * 11) % 90
            d.L(f"{nama_akun} @{akun} \u00b7 {tanggal}", f"{i}/{n}", *isi,
                f"\U0001F4AC {i + 2}   \U0001F501 {suka // 3}   \u2661 {suka}   \U0001F4CA {suka * 23 // 1000},{suka * 23 // 100 % 10} rb", "")
        pos(1, f"\U0001F9F5 Hasil rapat pleno terbuka: Daftar Pemilih Tetap (DPT) Pemilu 2024 {NAMA[d.satker]} resmi "
               "ditetapkan. Rincian per kecamatan di utas ini \U0001F447")
        for i, grup in enumerate(potong, 2):
            isi = []
            for x in grup:
                desa = f"{x[2]} desa/kel \u00b7 " if str(x[2]) != "-" else ""
                isi += [f"\U0001F4CD {kapital(x[1])}: {desa}{x[3]} TPS", f"   L {x[4]} | P {x[5]} | Total {x[6]}"]
            pos(i, *isi)
        desa = f"{tot[2]} desa/kel, " if str(tot[2]) != "-" else ""
        pos(n, f"\u2705 Total {NAMA[d.satker]}: {desa}{tot[3]} TPS,", f"L {tot[4]} | P {tot[5]} | Total {tot[6]} pemilih.",
            "Cek namamu di cekdptonline.kpu.go.id #PemiluDamai #TemanPemilih")
        d.L(f"Balasan \u00b7 @anak_{akun[-4:]}_muda \u00b7 {tanggal}", "Bukannya waktu DPS kemarin lebih dari 200 ribu? \U0001F914",
            f"Balasan \u00b7 {nama_akun} @{akun}", "Halo kak, angka DPS berbeda karena ada pencoretan dan tambahan "
            "pada masa tanggapan. Angka resmi ada di utas ini ya \U0001F64F", "")
    return r


def r_radio(acara, penyiar, narasumber):
    """The SAKIP evaluation as the script (naskah) of the office's interactive radio programme: the
    programme's head (station, frequency, date, topic, speakers), then turns of PENYIAR and NARASUMBER; the
    components told one a turn (bobot and nilai), the final score and predikat at the end; jingle and
    caller cues between. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "sakip":
            r_tab(d, cap, head, rows)
            return
        y = int(cap.split()[-3])
        akhir = rows[-1]
        d.L(cap.replace("Nilai Evaluasi AKIP", "Petikan Naskah Dialog Interaktif: Nilai Evaluasi AKIP"), "")
        d.L("NASKAH DIALOG INTERAKTIF", f"Acara      : {acara}", f"Topik      : Hasil Evaluasi SAKIP Tahun {y}",
            f"Penyiar    : {penyiar}", f"Narasumber : {narasumber}", "Durasi     : 2 x 25 menit", "",
            "[JINGLE PEMBUKA - FADE UNDER]", "")
        giliran(d, "PENYIAR", "Selamat pagi pendengar setia. Hari ini kita bicara tentang akuntabilitas kinerja KPU. "
                "Bapak, apa itu evaluasi SAKIP dan bagaimana hasilnya?")
        giliran(d, "NARASUMBER", f"Terima kasih. Setiap tahun Inspektorat Utama KPU mengevaluasi implementasi SAKIP kami. "
                f"Untuk kinerja tahun {y} ada empat komponen yang dinilai, masing-masing dengan bobotnya.")
        tanya = ("Mulai dari yang pertama, Pak.", "Lalu yang kedua?", "Komponen ketiga bagaimana?",
                 "Dan yang terakhir?")
        for i, x in enumerate(rows[:-1]):
            giliran(d, "PENYIAR", tanya[i % len(tanya)])
            giliran(d, "NARASUMBER", f"Komponen {x[1]}, bobotnya {x[2]}, nilai yang kami peroleh {x[3]}.")
            if i == 1:
                d.L("[PENELEPON 1 - Bapak Yosef dari Kelurahan Kota Baru: bertanya soal jadwal coklit]", "")
                giliran(d, "PENYIAR", "Terima kasih Pak Yosef, pertanyaannya kita catat. Kita lanjutkan, Pak.")
        giliran(d, "PENYIAR", "Jadi kalau dijumlahkan, berapa nilai akhirnya?")
        giliran(d, "NARASUMBER", f"Nilai akhirnya {akhir[3]} dari {akhir[2]}, dengan predikat "
                f"{predikat(angka_ke(akhir[3]))}. Ini menjadi pijakan kami untuk terus berbenah.")
        d.L("[JINGLE - IKLAN LAYANAN MASYARAKAT 60 DETIK]", "")
    return r


def r_berita(situs, judul_berita, kota, tanggal, redaksi):
    """The budget as a clipping of an online news article quoted in the LKj: the site's breadcrumb,
    headline, byline and date, the lead with the year's total (realisasi, percent, pagu), the site's
    `ADVERTISEMENT` and `Baca Juga:` lines between paragraphs, the programs and their kegiatan as a
    bulleted list the office gave the press (pagu, realisasi, percent), tags and share buttons. Other
    tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "ang":
            r_tab(d, cap, head, rows)
            return
        tot = next(x for x in rows if str(x[0]) == "")
        d.L(cap.replace("Realisasi Anggaran", "Kliping Berita Daring: Realisasi Anggaran"), "",
            f"[{situs}, diakses {tanggal}]", "", "Beranda \u203a Daerah \u203a Politik & Pemerintahan", "",
            judul_berita, "", f"Penulis: {redaksi[0]} | Editor: {redaksi[1]}", f"{tanggal}, 10:42 WITA", "")
        d.P(f"{kota.upper()}, {situs.split('.')[0].upper()} \u2013 Sekretariat KPU Kabupaten {NAMA[d.satker]} mencatat "
            f"realisasi anggaran Tahun {d.tahun} sebesar Rp{tot[3]} atau {tot[5]} persen dari total pagu Rp{tot[2]}.")
        d.L("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "")
        d.P(f"Sekretaris KPU {NAMA[d.satker]} menjelaskan, sisa anggaran sebesar Rp{tot[4]} sebagian besar berasal "
            "dari efisiensi honorarium badan adhoc dan perjalanan dinas.")
        d.L(f"Baca Juga: Pleno Rekapitulasi Pilkada {NAMA[d.satker]} Berjalan Aman dan Lancar", "")
        d.P("Berikut rincian realisasi per program dan kegiatan sebagaimana disampaikan kepada wartawan:")
        for x in rows:
            if str(x[0]) == "":
                continue
            if "." in str(x[0]):
                d.L(f"\u25a0 {x[1]} ({x[0]}): pagu Rp{x[2]}, realisasi Rp{x[3]} ({x[5]} persen)")
            else:
                d.L(f"   \u2013 Kegiatan {x[0]} {x[1]}: pagu Rp{x[2]}, realisasi Rp{x[3]} ({x[5]} persen)")
        d.B()
        d.L("ADVERTISEMENT", "")
        d.P("Ia menambahkan, capaian ini akan dipertahankan pada tahun berikutnya dengan perencanaan kas yang lebih "
            "tertib sesuai rencana penarikan dana.")
        d.L(f"Baca Juga: KPU {NAMA[d.satker]} Raih Predikat Kepatuhan Pelayanan Publik", "",
            f"Tags: #KPU{NAMA[d.satker].replace(' ', '')} #Anggaran #Pemilu2024", "Bagikan: Facebook | X | WhatsApp | Salin Tautan",
            "", "(akhir kliping)", "")
    return r


def r_skp(pegawai, penilai, periode):
    """The capaian table as the e-Kinerja (BKN) printout of the Sekretaris's SKP evaluation: the header
    block (period, the appraised employee and the appraising official side by side), then `HASIL KERJA`
    with the leader's intervened work plan, the work plan, the aspect, the individual indicator, the
    target and the realisation `Berdasarkan Bukti Dukung` (figure and unit in one cell: `77,50 %`), and
    the feedback column; no capaian percent. Other tables plain TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "cap":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Pengukuran Kinerja", "Cetak Evaluasi SKP Sekretaris (e-Kinerja BKN): Pengukuran Kinerja"), "")
        d.L("EVALUASI KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF", f"PERIODE: TAHUNAN", periode, "")
        d.R("No", "PEGAWAI YANG DINILAI", "", "No", "PEJABAT PENILAI KINERJA", "")
        for i, (a, b, c) in enumerate(zip(("NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA"), pegawai, penilai), 1):
            d.R(i, a, b, i, a, c)
        d.B()
        d.L("CAPAIAN KINERJA ORGANISASI: BAIK", "POLA DISTRIBUSI: (terlampir)", "", "HASIL KERJA")
        d.R("No", "Rencana Hasil Kerja Pimpinan yang Diintervensi", "Rencana Hasil Kerja", "Aspek",
            "Indikator Kinerja Individu", "Target", "Realisasi Berdasarkan Bukti Dukung",
            "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung")
        d.L("A. UTAMA")
        rhk = ("Terwujudnya penyelenggaraan pemilu yang berkualitas", "Terwujudnya tata kelola kelembagaan yang akuntabel")
        for x in rows:
            ke = 0 if str(x[1]).startswith("Persentase") and "Pemilih" in str(x[1]) else 1
            sat = x[2] if x[2] == "%" else ""
            t = f"{x[3]} {sat}".strip()
            rr = f"{x[4]} {sat}".strip()
            v = angka_ke(x[5])
            umpan = "Tercapai, pertahankan" if v is not None and v >= 100 else "Belum tercapai, perlu tindak lanjut"
            ind = str(x[1])
            d.R(x[0], rhk[ke], f"Tercapainya target {ind[0].lower()}{ind[1:]}", "Kuantitas", ind, t, rr, umpan)
        d.L("B. TAMBAHAN", "-", "")
        d.L("RATING HASIL KERJA: SESUAI EKSPEKTASI", "PERILAKU KERJA: SESUAI EKSPEKTASI",
            "PREDIKAT KINERJA PEGAWAI: BAIK", "")
    return r


def r_ppid(nomor, reg, pemohon, tanggal):
    """The DPT as the PPID's written answer to an information request (Formulir Pemberitahuan Tertulis):
    the form's number and fields (registration, applicant, the information asked for, its use), the
    ticked boxes (`[v]`) of the decision, cost and time, then the answer: the DPT per kecamatan with the
    office's short headers (`Kec.`, `Ds/Kel`, `Lk`, `Pr`, `Jml`) and the kabupaten line. Other tables TAB."""
    def r(d, cap, head, rows):
        if jenis(head) != "dpt":
            r_tab(d, cap, head, rows)
            return
        d.L(cap.replace("Rekapitulasi DPT", "Jawaban PPID atas Permohonan Informasi: Rekapitulasi DPT"), "",
            "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)", f"KPU KABUPATEN {NAMA[d.satker].upper()}", "",
            "PEMBERITAHUAN TERTULIS", f"Nomor: {nomor}", "")
        d.P(f"Berdasarkan permintaan informasi pada tanggal {tanggal} dengan nomor pendaftaran {reg}, kami "
            "menyampaikan kepada Saudara:")
        d.L(            f"Nama                   : {pemohon[0]}", f"Alamat                 : {pemohon[1]}",
            "Nomor Telepon/Email    : (dirahasiakan)",
            "Informasi yang diminta : Rekapitulasi DPT Pemilu 2024 per kecamatan",
            "Tujuan penggunaan      : Penelitian skripsi", "",
            "PEMBERITAHUAN", "[v] Informasi dapat diberikan        [ ] Informasi tidak dapat diberikan",
            "Penguasaan informasi  : [v] Kami  [ ] Badan publik lain",
            "Bentuk fisik          : [v] Softcopy  [ ] Hardcopy/salinan",
            "Biaya                 : Rp0 (nol rupiah)", "Waktu penyediaan      : 1 (satu) hari kerja", "",
            "Isi informasi:")
        d.R("No", "Kec.", "Ds/Kel", "TPS", "Lk", "Pr", "Jml")
        for x in rows:
            d.R(*x)
        d.L("", "Demikian pemberitahuan ini kami sampaikan.", "", "Pejabat Pengelola Informasi dan Dokumentasi,",
            "", "ttd.", "")
    return r


def piagam(d, penerima, y, v, nomor, tanggal):
    """A certificate (piagam penghargaan) for a SAKIP score, its text centred as printed: the evaluated
    year, the score and the predikat, the number and the signing date."""
    w = 88
    c = lambda s: d.L(s.center(w).rstrip())
    d.L("~" * w)
    c("PIAGAM PENGHARGAAN")
    c(f"Nomor: {nomor}")
    d.B()
    c("Diberikan kepada")
    c(penerima.upper())
    d.B()
    c("atas capaian hasil evaluasi")
    c(f"Sistem Akuntabilitas Kinerja Instansi Pemerintah Tahun {y}")
    c(f"dengan nilai {id_dec(v)} predikat \"{predikat(v)}\"")
    d.B()
    c(tanggal)
    c("Sekretaris Jenderal Komisi Pemilihan Umum")
    d.L("~" * w, "")
