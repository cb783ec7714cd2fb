# Shared helpers of the dev19/ authoring scripts (author19a.py, author19b.py). The document
# skeleton, prose pools, budget builder, capaian arithmetic and the corpus memory come from
# ../dev18/common18.py (on ../dev17 .. ../dev7 and ../author/lib.py); this module adds the facts of
# dev18/ to that memory (common9.ingat("dev18")), so every SAKIP score or component, budget total,
# RB value and kabupaten DPT row the corpus already states is reused, never contradicted (and,
# through cap_lama / angg_lama / kec_lama, the capaian rows, program budgets and kecamatan rows of
# a reused satker/year), plus the renderers of the dev19 house styles. Every renderer is
# R(d, caption, header, rows) like the earlier batches'. Nothing here iterates a set: row order is
# the order of the lists the section helpers build, whatever PYTHONHASHSEED says.
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(BLIND, "dev18"))

import common18  # noqa: E402,F401  (puts ../dev17 .. ../dev7 and ../author on the path)
import common9  # noqa: E402
from common18 import (angka_ke, baris, cap_lama, dpt_kab, DPT_HEAD, id_dec, id_int, IND, jenis, juta, kunci_php,  # noqa: E402,F401
                      NAMA, predikat, r_tab, rb_std, revisi_dipa, ribu, ribuan, riwayat, sec_anggaran, sec_capaian,
                      sec_dpt, sec_sakip, selesai, serapan, sumber, tahun_lalu)
from common7 import buka, kpu  # noqa: E402

common9.ingat("dev18")
KNOWN = common9.KNOWN


def dok(base, nama, tanda, sampul, W=None, **kw):
    """A document of dev19/ opened up to BAB III's first table: the satker named nama, the
    year the base name's last four digits; tanda is "place|date|name|NIP" of the signature."""
    satker = next(s for s, n in NAMA.items() if n == nama)
    tahun = int(base[-4:])
    c = kpu(nama, f"Tahun {tahun}", kota=satker in ("5371", "53"))
    return c, buka(f"dev19/{base}.txt", satker, tahun, W, c, sampul, tuple(tanda.split("|")), **kw)


def n_(c):
    """A cell's figure (Indonesian notation) or None."""
    return angka_ke(c)


def struktur(rows):
    """For budget rows (Kode first, total row last): the index of each kegiatan row's program row."""
    induk, prog = {}, None
    for i, x in enumerate(rows):
        k = str(x[0])
        if "." in k:
            prog = i
        elif k.isdigit():
            induk[i] = prog
    return induk


# ---- renderers: R(d, caption, header, rows) ----
def r_hitung(d, cap, head, rows):
    """A TAB table whose derived cells show the worked computation typed by the officer:
    `80,14 : 77,50 × 100% = 103,41%`, `(2 × 2,00 − 1,62) : 2,00 × 100% = 119,00%`,
    `2.981.442.000 − 2.850.000.000 = 131.442.000`, `5.123 + 5.432 = 10.555`, and the SAKIP total
    `a + b + c + d = s`."""
    k = jenis(head)
    hh = list(head)
    out = []
    if k == "cap":
        hh[5] = "Capaian (Realisasi : Target × 100%)"
        for x in rows:
            x = list(x)
            t, r, cc = n_(x[3]), n_(x[4]), n_(x[5])
            if None not in (t, r, cc):
                if abs(round(r / t * 100, 2) - cc) < 0.006:
                    x[5] = f"{x[4]} : {x[3]} × 100% = {x[5]}%"
                else:
                    x[5] = f"(2 × {x[3]} − {x[4]}) : {x[3]} × 100% = {x[5]}%"
            out.append(x)
    elif k == "ang":
        hh[4], hh[5] = "Sisa (Pagu − Realisasi)", "Serapan (Realisasi : Pagu × 100%)"
        for x in rows:
            x = list(x)
            x[4] = f"{x[2]} − {x[3]} = {x[4]}"
            x[5] = f"{x[3]} : {x[2]} × 100% = {x[5]}%"
            out.append(x)
    elif k == "sakip":
        for x in rows:
            x = list(x)
            if str(x[0]) == "":
                x[3] = " + ".join(str(y[3]) for y in rows if str(y[0]) != "") + f" = {x[3]}"
            out.append(x)
    else:
        hh[-1] = "L + P"
        for x in rows:
            x = list(x)
            x[-1] = f"{x[-3]} + {x[-2]} = {x[-1]}"
            out.append(x)
    r_tab(d, cap, hh, out)


TANDA_REVIU = ("Tanda reviu: √ = dicocokkan dengan dokumen sumber (PK, LHE, OM-SPAN, Keputusan KPU), sesuai; "
               "Ø = dihitung ulang oleh reviuwer, sesuai; ^ = dijumlah ulang (footing), sesuai.")


def r_centang(paraf):
    """A TAB table from the Inspektorat's review working paper: every figure followed by the
    reviewer's tick mark (` √` agreed to the source, ` Ø` recomputed, ` ^` footed on total rows),
    the legend and the reviewer's initials under the table."""
    def r(d, cap, head, rows):
        k = jenis(head)
        hitung = {"cap": (5,), "ang": (4, 5), "sakip": (), "dpt": (len(head) - 1,)}[k]
        d.L(cap, "")
        d.R(*head)
        for x in rows:
            total = str(x[0]) == "" and k != "cap"
            out = []
            for j, c in enumerate(x):
                if j == 0 or n_(c) is None:
                    out.append(c)
                else:
                    out.append(f"{c} {'^' if total else ('Ø' if j in hitung else '√')}")
            d.R(*out)
        d.L("", TANDA_REVIU, f"Direviu: {paraf}", "")
    return r


def rusak(lines):
    """The text as it arrives when its UTF-8 bytes are read as Windows-1252 (mojibake): every
    character beyond ASCII becomes two or three Latin characters (`–` -> `â€“`, `’` -> `â€™`)."""
    def ch(c):
        if ord(c) < 128:
            return c
        out = ""
        for b in c.encode("utf-8"):
            try:
                out += bytes([b]).decode("cp1252")
            except UnicodeDecodeError:
                out += bytes([b]).decode("latin-1")
        return out
    return ["".join(ch(c) for c in ln) for ln in lines]


def r_lengkung(d, cap, head, rows):
    """A TAB table as typed in Word with typographic marks (later garbled by rusak): the caption
    with an en dash, apostrophes in names curly (`WAE RI’I`)."""
    cap = re.sub(r"^(Tabel \S+) ", r"\1 – ", cap)
    d.L(cap, "")
    d.R(*[str(h).replace("L+P", "L + P") for h in head])
    for x in rows:
        d.R(*[str(c).replace("'", "\u2019") for c in x])
    d.B()


def js(c):
    """A cell as a JavaScript literal: a figure in plain English notation (`2981442000`, `77.50`),
    any other text quoted, an empty cell null."""
    c = str(c)
    if c == "":
        return "null"
    v = n_(c)
    if v is None:
        return "'" + c.replace("'", "\\'") + "'"
    return c.replace(".", "").replace(",", ".")


def r_chart(d, cap, head, rows):
    """Flattened: the table as the Chart.js configuration in the page source of the office's
    dashboard: `labels` the row names, one dataset per other column (`hidden: true` for the text
    columns), values in plain English notation; the `No` column is not carried."""
    nama = 1
    slug = re.sub(r"[^a-z0-9]+", "-", cap.lower().split(" ", 2)[1] if " " in cap else cap).strip("-")
    d.L(f"<!-- {cap} -->", f"<canvas id=\"tabel-{slug}\"></canvas>", "<script>",
        f"new Chart(document.getElementById('tabel-{slug}'), {{", "  type: 'bar',", "  data: {",
        "    labels: [" + ", ".join(js(x[nama]) for x in rows) + "],", "    datasets: [")
    for j, h in enumerate(head):
        if j == nama or str(h) == "No":
            continue
        teks = all(n_(x[j]) is None for x in rows)
        d.L(f"      {{ label: '{h}', " + ("hidden: true, " if teks else "") + "data: [" +
            ", ".join(js(x[j]) for x in rows) + "] },")
    d.L("    ]", "  },", "  options: { responsive: true, plugins: { legend: { position: 'bottom' } } }", "});",
        "</script>", "")


def patah(c, w):
    """A cell as Word wraps it in a narrow column: a figure longer than w characters broken after
    w characters (the rest on the next line), text wrapped between words at w characters."""
    c = str(c)
    if n_(c) is not None:
        return [c[i:i + w] for i in range(0, len(c), w)] or [""]
    out, cur = [], ""
    for kata in c.split(" "):
        if cur and len(cur) + 1 + len(kata) > w:
            out.append(cur)
            cur = kata
        else:
            cur = (cur + " " + kata).strip()
    return out + [cur] if cur or not out else out


def r_sempit(lebar):
    """A TAB table of a Word document with narrow columns, as pdftotext gives it: a long name runs
    on to the following lines and a figure wider than its column breaks inside (`2.981.442` then
    `.000` on the next line in the same column). lebar(kind) gives each column's width."""
    def r(d, cap, head, rows):
        w = lebar(jenis(head))
        d.L(cap, "")
        d.R(*head)
        for x in rows:
            sel = [patah(c, w[j]) for j, c in enumerate(x)]
            for i in range(max(len(s) for s in sel)):
                d.R(*[s[i] if i < len(s) else "" for s in sel])
        d.B()
    return r


def tte(lines, kode):
    """Every page closed by the footer of an electronically signed document (BSrE), with the
    document's code, a QR-code placeholder and `Halaman n dari N`."""
    hal, cur = [], []
    for ln in lines:
        if ln == "\f":
            hal.append(cur)
            cur = []
        else:
            cur.append(ln)
    hal.append(cur)
    out = []
    for i, h in enumerate(hal, 1):
        out += h + ["", "[QR]  Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik "
                    "yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN.",
                    f"      Verifikasi: https://tte.kominfo.go.id/verifyPDF   Kode dokumen: {kode}   "
                    f"Halaman {i} dari {len(hal)}"]
        if i < len(hal):
            out.append("\f")
    return out


def r_halaman(per):
    """A TAB table whose rows run over the page without the header repeated: a page break after
    every per rows (tte() puts the signature footer before each)."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*head)
        for i, x in enumerate(rows):
            if i and i % per == 0:
                d.FF()
            d.R(*x)
        d.B()
    return r


def r_portal(org, tgl, unduh):
    """A TAB table as the dataset page of the open-data portal shows it: the breadcrumb, the
    metadata line, the data dictionary (each column's meaning and unit), the preview with the
    portal's own `_id` column first and snake-case column names, then the row count."""
    def r(d, cap, head, rows):
        k = jenis(head)
        judul = cap.split(" ", 2)[2] if cap.count(" ") >= 2 else cap
        d.L(f"Beranda › Dataset › {judul}", "",
            f"Organisasi: {org} | Lisensi: CC-BY 4.0 | Format: CSV | Diperbarui: {tgl} | Diunduh: {unduh(cap)} kali", "",
            "Kamus data:")
        arti = {"cap": {"target": "target kinerja sesuai Perjanjian Kinerja, dalam satuan pada kolom satuan",
                        "realisasi": "realisasi kinerja, dalam satuan pada kolom satuan",
                        "capaian_persen": "capaian kinerja dalam persen"},
                "ang": {"pagu": "pagu DIPA setelah revisi, rupiah", "realisasi": "realisasi belanja, rupiah",
                        "sisa": "sisa pagu, rupiah", "serapan_persen": "realisasi dibagi pagu, persen"},
                "sakip": {"bobot": "bobot komponen", "nilai": "nilai komponen hasil evaluasi"},
                "dpt": {"l": "pemilih laki-laki, jiwa", "p": "pemilih perempuan, jiwa", "l_p": "jumlah pemilih, jiwa"}}[k]
        kol = ["_id"] + [kunci_php(h) for h in head]
        for c in kol:
            d.L(f"  {c:<18} {arti.get(c, 'nomor baris data portal' if c == '_id' else 'teks')}")
        d.L("", f"Pratinjau data ({len(rows)} baris)")
        d.R(*kol)
        for i, x in enumerate(rows, 1):
            d.R(i, *x)
        d.L("", f"Menampilkan 1 sampai {len(rows)} dari {len(rows)} baris", "")
    return r


def disabilitas(i, n, de, t, a, b):
    """DPT cells with the SIDALIH breakdown of voters with a disability (L, P, L+P) after L+P: a
    small count of its own, never the DPT."""
    dl = int(a * 0.0058) + len(n) % 7 + 3
    dp = int(b * 0.0049) + len(n) % 5 + 2
    return [i, n, de, t, id_int(a), id_int(b), id_int(a + b), id_int(dl), id_int(dp), id_int(dl + dp)]


def disabilitas_jumlah(rows):
    """The total row's disability cells as the sums of the kecamatan rows (the helper's total row
    computes its own from the kabupaten figures; replaced here so the column adds up)."""
    tot = rows[-1]
    for j in (7, 8, 9):
        tot[j] = id_int(sum(int(angka_ke(x[j])) for x in rows[:-1]))
    return rows


def r_blokir(d, cap, head, rows):
    """A TAB budget table as the finance application prints it in a year of automatic blocking:
    `Pagu`, `Blokir`, `Pagu Efektif` (pagu − blokir), then Realisasi, Sisa (pagu − realisasi) and %;
    the blocked amounts of the kegiatan add up to their program and to the total. Other tables plain."""
    if jenis(head) != "ang":
        return r_tab(d, cap, head, rows)
    induk = struktur(rows)
    blok = [0] * len(rows)
    for i, x in enumerate(rows):
        if i in induk and int(str(x[0])) % 2 == 1:
            sisa = int(angka_ke(x[4]))
            blok[i] = sisa // 2 // 1000 * 1000
    for i, p in induk.items():
        blok[p] += blok[i]
    blok[-1] = sum(blok[i] for i, x in enumerate(rows) if "." in str(x[0]))
    d.L(cap, "")
    d.R(head[0], head[1], "Pagu", "Blokir", "Pagu Efektif", *head[3:])
    for i, x in enumerate(rows):
        p = int(angka_ke(x[2]))
        d.R(x[0], x[1], x[2], id_int(blok[i]), id_int(p - blok[i]), *x[3:])
    d.B()


CONTOH = {"cap": ["Contoh", "Persentase … (isi nama indikator sesuai PK)", "%", "75,00", "80,00", "106,67"],
          "ang": ["XX.9999", "Contoh: Kegiatan … (isi sesuai DIPA)", "1.000.000.000", "950.000.000", "50.000.000", "95,00"],
          "sakip": ["Contoh", "Komponen … (isi sesuai LHE)", "30,00", "20,00"],
          "dpt": ["Contoh", "KECAMATAN …", "10", "25", "3.000", "3.100", "6.100"]}
PETUNJUK = {"cap": "isikan indikator sesuai Perjanjian Kinerja; target dan realisasi dalam satuan kolom Satuan; capaian = realisasi : target × 100",
            "ang": "isikan pagu setelah revisi terakhir dan realisasi menurut OM-SPAN per 31 Desember, dalam rupiah penuh",
            "sakip": "isikan bobot dan nilai setiap komponen sesuai Laporan Hasil Evaluasi (LHE) AKIP",
            "dpt": "isikan data per kecamatan sesuai Keputusan KPU tentang penetapan DPT; baris terakhir jumlah kabupaten"}


def r_templat(d, cap, head, rows):
    """A TAB table of the reporting template from KPU RI filled in with the template's guidance left
    in: a `[Petunjuk pengisian: …]` line over the header and the template's example row `Contoh`
    (printed in italics in the template) kept as the first row."""
    k = jenis(head)
    d.L(cap, f"[Petunjuk pengisian: {PETUNJUK[k]}. Baris contoh dicetak miring; hapus sebelum dokumen dikirim.]", "")
    d.R(*head)
    d.R(*CONTOH[k][:len(head)])
    for x in rows:
        d.R(*x)
    d.B()


SEMULA = {}  # kode -> Pagu Semula of the last budget drawn by r_semula ("TOTAL" for the JUMLAH row)


def r_semula(d, cap, head, rows):
    """A TAB table of the amended Perjanjian Kinerja (PK Perubahan) and the revised DIPA: beside
    each target or pagu the amount before the change (`Target Semula`, `Pagu Semula`) and after it
    (`Target Menjadi`, `Pagu Menjadi`); the kecamatan DPT beside the DPT first fixed
    (`DPT Semula`) the DPT after the last correction (`DPT Menjadi`, L, P, L+P). The facts are the
    `Menjadi` figures."""
    k = jenis(head)
    d.L(cap, "")
    if k == "cap":
        d.R("No", "Indikator Kinerja", "Satuan", "Target Semula", "Target Menjadi", "Realisasi", "Capaian (%)")
        for i, x in enumerate(rows):
            t = n_(x[3])
            sem = id_dec(t - 2.5) if t is not None and i == 0 else x[3]
            d.R(x[0], x[1], x[2], sem, *x[3:])
    elif k == "ang":
        induk = struktur(rows)
        sem = [0] * len(rows)
        for i, x in enumerate(rows):
            if i in induk:
                p = int(angka_ke(x[2]))
                geser = (p * 4 // 100) // 1000 * 1000
                sem[i] = p + (geser if int(str(x[0])) % 2 else -geser)
        for i, p in induk.items():
            sem[p] += sem[i]
        sem[-1] = sum(sem[i] for i, x in enumerate(rows) if "." in str(x[0]))
        d.R("Kode", "Program / Kegiatan", "Pagu Semula", "Pagu Menjadi", *head[3:])
        SEMULA.clear()
        SEMULA.update({str(x[0]) or "TOTAL": sem[i] for i, x in enumerate(rows)})
        for i, x in enumerate(rows):
            d.R(x[0], x[1], id_int(sem[i]), *x[2:])
    elif k == "dpt":
        d.R("", "", "", "", "DPT Semula", "", "", "DPT Menjadi", "", "")
        d.R("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P", "L", "P", "L+P")
        tot = [0, 0]
        for x in rows:
            a, b = int(angka_ke(x[4])), int(angka_ke(x[5]))
            if str(x[0]) != "":
                da, db = a - (len(str(x[1])) * 7 + 11), b - (len(str(x[1])) * 5 + 9)
                tot = [tot[0] + da, tot[1] + db]
            else:
                da, db = tot
            d.R(*x[:4], id_int(da), id_int(db), id_int(da + db), *x[4:])
    else:
        d.R(*head)
        for x in rows:
            d.R(*x)
    d.B()


def r_filter(lembar):
    """A TAB table printed from an Excel sheet with AutoFilter on (every header cell ends in its
    drop-down mark ` ▾`), the sheet tabs under it and the status bar of the selected column (the
    last figure column, Realisasi in the budget; its cells from the first data row to the total row):
    `Rata-rata`, `Hitungan`, `Jumlah`. The status bar's figures are no facts."""
    def r(d, cap, head, rows):
        d.L(cap, "")
        d.R(*[f"{h} \u25be" for h in head])
        for x in rows:
            d.R(*x)
        j = max(j for j in range(len(head)) if any(n_(x[j]) is not None for x in rows))
        if jenis(head) == "ang":
            j = 3  # the budget sheet's selection is its Realisasi column
        v = [n_(x[j]) for x in rows if n_(x[j]) is not None]
        hit = sum(1 for x in rows if str(x[j]) != "")
        bulat = all(float(y).is_integer() for y in v)
        f = (lambda y: id_int(int(y))) if bulat else id_dec
        d.L("", f"\u25c4 \u25ba   {lembar(cap)}   \u2295",
            f"Siap      Rata-rata: {f(round(sum(v) / len(v))) if bulat else id_dec(sum(v) / len(v))}      Hitungan: {hit}      Jumlah: {f(sum(v))}      100%", "")
    return r


SALAH_KEP = "Kesalahan! Tidak ada teks dengan gaya yang ditentukan di dokumen."
SALAH_RUMUS = "!Akhir Ekspresi Tidak Terduga"
SALAH_REF = "Kesalahan! Sumber referensi tidak ditemukan."


def r_ruas(d, cap, head, rows):
    """A TAB table of a Word document whose fields broke when the template was replaced: the
    caption's chapter number an error text (`Tabel Kesalahan! Tidak ada teks …..3 …`), and the
    total row's =SUM(ABOVE) fields an error (`!Akhir Ekspresi Tidak Terduga`) in the amount columns
    (budget Pagu, Realisasi, Sisa; DPT L, P, L+P; SAKIP Nilai). The totals are told in prose."""
    k = jenis(head)
    cap = re.sub(r"^Tabel \d+\.(\d+\w?)", lambda m: f"Tabel {SALAH_KEP}.{m.group(1)}", cap)
    rusak_kol = {"cap": (), "ang": (2, 3, 4), "sakip": (3,), "dpt": (4, 5, 6)}[k]
    d.L(cap, "")
    d.R(*head)
    for x in rows:
        if str(x[0]) == "" and k != "cap":
            d.R(*[SALAH_RUMUS if j in rusak_kol else c for j, c in enumerate(x)])
        else:
            d.R(*x)
    d.B()
