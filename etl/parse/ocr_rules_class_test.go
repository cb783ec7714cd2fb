package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestOCRRuledFormClass: the OCR text of a scanned ruled form, its
// vertical rules read as "|", "!", "]", "I" or "l" alone between blanks,
// is read as a table when every row has as many of them as the header
// (ocr_rules.go); the header's garbled words are folded for their roles,
// the figures and names kept. Made-up offices, forms and orders; a row
// whose borders disagree, or agree only by a lost rule, gives no fact.
func TestOCRRuledFormClass(t *testing.T) {
	caption := []string{"Tabel 3.5 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
		"[hasil OCR pindaian lampiran Model A-Rekap]", ""}
	under := []string{"", "Sumber: pindaian arsip.", ""}
	cat := func(parts ...[]string) (out []string) {
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	rows := []string{"pemilu|2019|kecamatan|ALOK|12|60|10.100|10.400|20.500",
		"pemilu|2019|kecamatan|NITA|9|41|6.200|6.350|12.550",
		"pemilu|2019|kecamatan|TALIBURA|11|38|5.000|5.150|10.150",
		"pemilu|2019|kabupaten|Kabupaten Sikka|32|139|21.300|21.900|43.200"}
	for k, r := range rows {
		rows[k] = strings.ReplaceAll(r, ".", "")
	}
	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "the A-Rekap form, rules as | ! ] I l, rn for m in the header",
		body: cat(caption, []string{
			"NO !  NAMA KECAMATAN | Jurnlah Desa/Kel !  Jurnlah TPS | Pernilih L !  Pernilih P | Jurnlah",
			"1 | ALOK  I  12   | 60 I  10.100  | 10.400   I  20.500",
			"2 ]  NITA   l 9  ]  41 l 6.200   ]  6.350  l 12.550",
			"3 | TALIBURA !  11 | 38 !  5.000 | 5.150 !  10.150",
			" l JUMLAH   ]  32  l 139 ]  21.300   l 21.900  ]  43.200",
		}, under),
		want: map[string][]string{"dpt": rows},
	}, {
		name: "other header words, another order, an outer frame",
		body: cat(caption, []string{
			"| KECAMATAN ! NO ] LAKI-LAKl | PEREMPUAN ! TOTAL ] DESA | TPS !",
			"| NITA ! 2 ] 6.200 | 6.350 ! 12.550 ] 9 | 41 !",
			"| ALOK ! 1 ] 10.100 | 10.400 ! 20.500 ] 12 | 60 !",
			"| TALIBURA I 3 l 5.000 | 5.150 I 10.150 l 11 | 38 !",
			"| JUMLAH ! ] 21.300 | 21.900 ! 43.200 ] 32 | 139 !",
		}, under),
		want: map[string][]string{"dpt": {rows[1], rows[0], rows[2], rows[3]}},
	}, {
		name: "a PDF twin: the header wrapped, TABs for wide gaps, blank lines between rows",
		body: cat(caption, []string{
			"No ! Nama Kecarnatan | Jurnlah Desa ! Jurnlah TPS | Pernilih L ! Pernilih P |",
			"Jurnlah",
			"",
			"1\t|\tALOK I\t12\t|\t60\tI 10.100 |\t10.400 I\t20.500",
			"2\t]\tNITA\tl\t9\t]\t41 l 6.200\t] 6.350\tl 12.550",
			"",
			"3 | TALIBURA ! 11 | 38 ! 5.000 | 5.150 ! 10.150",
			"l\tJUMLAH ]\t32\tl\t139 ]\t21.300\tl\t21.900\t]\t43.200",
		}, under),
		want: map[string][]string{"dpt": rows},
	}, {
		name: "every blank a TAB, the rules cells of their own",
		body: cat(caption, []string{
			"NO\t!\tKECAMATAN\t|\tDESA\t!\tTPS\t|\tL\t!\tP\t|\tL+P",
			"1\t|\tALOK\tI\t12\t|\t60\tI\t10.100\t|\t10.400\tI\t20.500",
			"2\t]\tNITA\tl\t9\t]\t41\tl\t6.200\t]\t6.350\tl\t12.550",
			"3\t|\tTALIBURA\t!\t11\t|\t38\t!\t5.000\t|\t5.150\t!\t10.150",
			"\tl\tJUMLAH\t]\t32\tl\t139\t]\t21.300\tl\t21.900\t]\t43.200",
		}, under),
		want: map[string][]string{"dpt": rows},
	}, {
		name: "a header over two lines, the same borders on each",
		body: cat(caption, []string{
			"NO  ]  NAMA      I  JURNLAH   ]  JURNLAH  I  PEMlLIH    ]  PEMlLIH     I  JURNLAH",
			"    ]  KECAMATAN I  DESA      ]  TPS      I  LAKI-LAKl  ]  PEREMPUAN   I  PEMlLIH",
			"1   ]  ALOK      I  12        ]  60       I  10.100     ]  10.400      I  20.500",
			"2   |  NITA      !  9         |  41       !  6.200      |  6.350       !  12.550",
			"3   ]  TALIBURA  I  11        ]  38       I  5.000      ]  5.150       I  10.150",
			"    |  JUMLAH    !  32        |  139      !  21.300     |  21.900      !  43.200",
		}, under),
		want: map[string][]string{"dpt": rows},
	}, {
		name: "a name with a lone I: its row has one border more, the table ends above it",
		body: cat(caption, []string{
			"NO | KECAMATAN ! DESA | TPS ! L | P ! JUMLAH",
			"1 | ALOK ! 12 | 60 ! 10.100 | 10.400 ! 20.500",
			"2 ] NITA l 9 ] 41 l 6.200 ] 6.350 l 12.550",
			"3 | KOTA I ! 11 | 38 ! 5.000 | 5.150 ! 10.150",
			"| JUMLAH ! 32 | 139 ! 21.300 | 21.900 ! 43.200",
		}, under),
		want: map[string][]string{"dpt": rows[:2]},
	}, {
		name: "a lost rule and a name's I agree by count: the cells show it, no fact",
		body: cat(caption, []string{
			"NO | KECAMATAN ! DESA | TPS ! L | P ! JUMLAH",
			"1 | ALOK ! 12 | 60 ! 10.100 | 10.400 ! 20.500",
			"2 | KOTA I 9 | 41 6.200 | 6.350 ! 12.550",
			"3 | TALIBURA ! 11 | 38 ! 5.000 | 5.150 ! 10.150",
			"| JUMLAH ! 32 | 139 ! 21.300 | 21.900 ! 43.200",
		}, under),
	}, {
		name: "rules only between some columns: no cell is proven, no fact",
		body: cat(caption, []string{
			"NO | KECAMATAN DESA TPS | L P | JUMLAH",
			"1 | ALOK 12 60 | 10.100 10.400 | 20.500",
			"2 | NITA 9 41 | 6.200 6.350 | 12.550",
			"3 | TALIBURA 11 38 | 5.000 5.150 | 10.150",
			"| JUMLAH 32 139 | 21.300 21.900 | 43.200",
		}, under),
	}, {
		name: "look-alike: a menu and page foots with bars, no table",
		body: []string{"Beranda | Profil | Berita | Kontak", "Layanan ! Informasi ] Unduhan", "",
			"LKj KPU Kabupaten Sikka | 2024 | 12", "", "Daftar Pemilih Tetap Pemilu 2019 tercatat 43.200 pemilih.", "",
			"LKj KPU Kabupaten Sikka | 2024 | 13", ""},
	}})

	// a -layout text (no TAB anywhere): the form is padded into columns, so
	// the space-aligned budget table beside it is still read as before
	flat := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"Kode        Program/Kegiatan                 Pagu (Rp)      Realisasi (Rp)",
		"076.01.WA   Program Dukungan Manajemen   2.000.000.000       1.900.000.000",
		"3355        Layanan Perkantoran          1.200.000.000       1.150.000.000",
		"3358        Layanan Hukum                  800.000.000         750.000.000",
		"            JUMLAH                       2.000.000.000       1.900.000.000", ""}
	d := parseDoc(t, "flat", cat(flat, caption, []string{
		"NO !  NAMA KECAMATAN | Jurnlah Desa/Kel !  Jurnlah TPS | Pernilih L !  Pernilih P | Jurnlah",
		"1 | ALOK  I  12   | 60 I  10.100  | 10.400   I  20.500",
		"2 ]  NITA   l 9  ]  41 l 6.200   ]  6.350  l 12.550",
		"3 | TALIBURA !  11 | 38 !  5.000 | 5.150 !  10.150",
		" l JUMLAH   ]  32  l 139 ]  21.300   l 21.900  ]  43.200",
	}, under)...)
	wantRows(t, "flat dpt", factRows["dpt"](d), rows)
	wantRows(t, "flat anggaran", budgetRows(d, func(a facts.Anggaran) bool { return true }),
		[]string{"076.01.WA|2024|2000000000|1900000000|100000000", "3355|2024|1200000000|1150000000|50000000",
			"3358|2024|800000000|750000000|50000000", "TOTAL|2024|2000000000|1900000000|100000000"})

	// a budget recap scanned the same way, its rules | and I
	d = parseDoc(t, "budget", "Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"Kode | Program/Kegiatan I Pagu (Rp) | Realisasi (Rp) I Sisa (Rp)",
		"076.01.WA | Program Dukungan Manajemen I 2.000.000.000 | 1.900.000.000 I 100.000.000",
		"3355 | Layanan Perkantoran I 1.200.000.000 | 1.150.000.000 I 50.000.000",
		"3358 | Layanan Hukum I 800.000.000 | 750.000.000 I 50.000.000",
		" | JUMLAH I 2.000.000.000 | 1.900.000.000 I 100.000.000", "")
	var got []string
	for _, a := range d.Anggaran {
		got = append(got, a.Kode+"|"+nv(a.Pagu)+"|"+nv(a.Realisasi)+"|"+nv(a.Sisa))
	}
	wantRows(t, "anggaran", got, []string{"076.01.WA|2000000000|1900000000|100000000", "3355|1200000000|1150000000|50000000",
		"3358|800000000|750000000|50000000", "TOTAL|2000000000|1900000000|100000000"})
}

// TestOCRFoldHeader: only a word folding to a table word changes.
func TestOCRFoldHeader(t *testing.T) {
	for in, want := range map[string]string{
		"Jurnlah Desa/Kel": "Jumlah Desa/Kel", "Pernilih L": "Pemilih L", "JURNLAH": "JUMLAH", "LAKI-LAKl": "LAKI-LAKI",
		"Kecarnatan": "Kecamatan", "Internal": "Internal", "Jumlah": "Jumlah", "PEREMPUAN": "PEREMPUAN",
	} {
		if got := ocrFoldHeader(in); got != want {
			t.Errorf("ocrFoldHeader(%q) = %q, want %q", in, got, want)
		}
	}
}
