package parse

import (
	"strings"
	"testing"
)

// TestWhiteboardClass: the budget as a meeting's whiteboard typed again
// (a record a line of shorthand `pagu n -> real n | sisa n | n %`, its code
// and name on it or on the bullet line above, kegiatan bulleted under their
// program) becomes budget rows by bullets, indents and arithmetic; records
// not proven give no row, boards not adding up and notes without a pagu →
// realisasi pairing give nothing.
func TestWhiteboardClass(t *testing.T) {
	with := func(year string, board ...string) []string {
		intro := []string{"Tabel 3.4 Realisasi Anggaran Tahun " + year, "",
			"[Foto: papan tulis rapat anggaran - tulisan tangan diketik ulang]", "",
			"  ANGGARAN " + year + " (posisi akhir tahun)", "  ================================", ""}
		return append(append(append([]string{}, intro...), board...), "", "  ( catatan: sisa disetor ke kas negara )", "",
			"Sumber: SAKTI, 31 Desember "+year+".")
	}
	// the total first, programs after `*`, kegiatan after `-` indented
	// under them, figures on the next line, a wrapped kegiatan name
	first := with("2023",
		"  TOTAL DIPA : pagu 1.500.000.000 -> real 1.370.000.000 | sisa 130.000.000 | 91,33 %",
		"",
		"  * 076.01.WA  Program Dukungan Manajemen",
		"      pagu 1.000.000.000 -> real 920.000.000 | sisa 80.000.000 | 92,00 %",
		"       - 3360  Operasional Perkantoran dan Dukungan",
		"               Sarana Prasarana",
		"           pagu 400.000.000 -> real 380.000.000 | sisa 20.000.000 | 95,00 %",
		"       - 3355  Pengelolaan Keuangan",
		"           pagu 600.000.000 -> real 540.000.000 | sisa 60.000.000 | 90,00 %",
		"  * 076.01.CQ  Program Penyelenggaraan Pemilu",
		"      pagu 500.000.000 -> real 450.000.000 | sisa 50.000.000 | 90,00 %",
		"       - 6639  Teknis Penyelenggaraan",
		"           pagu 500.000.000 -> real 450.000.000 | sisa 50.000.000 | 90,00 %")
	want := []string{"076.01.WA|program||2023|1000000000|920000000|80000000", "3360|kegiatan|076.01.WA|2023|400000000|380000000|20000000",
		"3355|kegiatan|076.01.WA|2023|600000000|540000000|60000000", "076.01.CQ|program||2023|500000000|450000000|50000000",
		"6639|kegiatan|076.01.CQ|2023|500000000|450000000|50000000", "TOTAL|total||2023|1500000000|1370000000|130000000"}
	// figures on the name's line, `=>` and `realisasi`, `;` parting, no
	// percent, the total last as JUMLAH, Rp before the amounts
	same := with("2022",
		"  + 076.01.CQ Program Penyelenggaraan Pemilu: pagu Rp 500.000.000 => realisasi Rp 440.000.000 ; sisa Rp 60.000.000",
		"      – 6867 Badan Adhoc - pagu 300.000.000 => realisasi 290.000.000 ; sisa 10.000.000",
		"      – 6871 Logistik - pagu 200.000.000 => realisasi 150.000.000 ; sisa 50.000.000",
		"  JUMLAH = pagu 500.000.000 => realisasi 440.000.000 ; sisa 60.000.000")
	// flush bullets (`•` programs, `-` kegiatan at the same indent), `→`
	// and `real.`, the percent in brackets, no sisa, no total
	flush := with("2024",
		"• 076.01.WA Program Dukungan Manajemen",
		"pagu 1.000.000.000 → real. 920.000.000 (92,00 %)",
		"- 3355 Pengelolaan Keuangan",
		"pagu 600.000.000 → real. 540.000.000 (90,00 %)",
		"- 3360 Operasional Perkantoran",
		"pagu 400.000.000 → real. 380.000.000 (95,00 %)")
	// numbered programs and lettered kegiatan at one indent, `⇒`, the
	// total's label on the line above its figures, last
	numbered := with("2024",
		" 1. 076.01.CQ Program Penyelenggaraan Pemilu : pagu 500.000.000 ⇒ real 450.000.000 | 90,0 %",
		" a) 6639 Teknis Penyelenggaraan   pagu 200.000.000 ⇒ real 180.000.000 | 90,0 %",
		" b) 6871 Logistik   pagu 300.000.000 ⇒ real 270.000.000 | 90,0 %",
		" 2. 076.01.WA Program Dukungan Manajemen   pagu 100.000.000 ⇒ real 99.000.000 | 99,0 %",
		" a) 3360 Operasional Perkantoran   pagu 100.000.000 ⇒ real 99.000.000 | 99,0 %",
		"",
		" Total anggaran",
		"    pagu 600.000.000 ⇒ real 549.000.000 | sisa 51.000.000 | 91,5 %")
	// one kegiatan's sisa miswritten: that record gives no row, the rest do
	badSisa := make([]string, len(first))
	for k, l := range first {
		badSisa[k] = strings.Replace(l, "sisa 60.000.000 | 90,00 %", "sisa 70.000.000 | 90,00 %", 1)
	}
	// kegiatan not adding up to their program: the board is left
	short := make([]string, len(first))
	for k, l := range first {
		short[k] = strings.Replace(l, "pagu 400.000.000 -> real 380.000.000 | sisa 20.000.000 | 95,00 %",
			"pagu 410.000.000 -> real 390.000.000 | sisa 20.000.000 | 95,12 %", 1)
	}
	// a board's shorthand scale, nothing proving the rupiah
	scaled := with("2024",
		"  TOTAL : pagu 1,5 M -> real 1,37 M | sisa 130 jt | 91,33 %",
		"  * 076.01.WA Program Dukungan Manajemen",
		"      pagu 1 M -> real 920 jt | sisa 80 jt | 92 %",
		"  * 076.01.CQ Program Penyelenggaraan Pemilu",
		"      pagu 500 jt -> real 450 jt | sisa 50 jt | 90 %")
	// meeting notes: amounts and arrows, no pagu → realisasi pairing
	notes := with("2024",
		"  * 076.01.WA usulan revisi: pagu 1.000.000.000 -> tambah 50.000.000",
		"  * 3355 honor PPK 12.000.000 -> dibayar Januari | sisa 0",
		"  * rapat berikut -> cek realisasi 920.000.000 dan pagu 1.000.000.000")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"total first, bullets indented, figures under the name", first, map[string][]string{"anggaran": want}},
		{"figures on the name's line, => realisasi ; sisa, JUMLAH last", same, map[string][]string{"anggaran": {
			"076.01.CQ|program||2022|500000000|440000000|60000000", "6867|kegiatan|076.01.CQ|2022|300000000|290000000|10000000",
			"6871|kegiatan|076.01.CQ|2022|200000000|150000000|50000000", "TOTAL|total||2022|500000000|440000000|60000000"}}},
		{"flush bullets, arrow, real., percent only", flush, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1000000000|920000000|80000000", "3355|kegiatan|076.01.WA|2024|600000000|540000000|60000000",
			"3360|kegiatan|076.01.WA|2024|400000000|380000000|20000000"}}},
		{"numbered and lettered items, total's label above", numbered, map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|500000000|450000000|50000000", "6639|kegiatan|076.01.CQ|2024|200000000|180000000|20000000",
			"6871|kegiatan|076.01.CQ|2024|300000000|270000000|30000000", "076.01.WA|program||2024|100000000|99000000|1000000",
			"3360|kegiatan|076.01.WA|2024|100000000|99000000|1000000", "TOTAL|total||2024|600000000|549000000|51000000"}}},
		{"a record whose sisa fails", badSisa, map[string][]string{"anggaran": {want[0], want[1], want[3], want[4], want[5]}}},
		{"kegiatan not adding up", short, nil},
		{"shorthand scale", scaled, nil},
		{"meeting notes", notes, nil},
	})
	// a board left as written says so; notes raise nothing
	for _, tc := range []struct {
		name string
		body []string
		want bool
	}{{"kegiatan not adding up", short, true}, {"shorthand scale", scaled, true}, {"a record whose sisa fails", badSisa, true}, {"meeting notes", notes, false}} {
		d := parseDoc(t, tc.name, tc.body...)
		got := false
		for _, f := range d.Findings {
			got = got || strings.Contains(f.Pesan, "papan tulis anggaran")
		}
		if got != tc.want {
			t.Errorf("%s: a whiteboard finding %v, want %v", tc.name, got, tc.want)
		}
	}
}
