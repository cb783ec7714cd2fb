package parse

import "testing"

// TestSchemaStackDPTClass: a DPT as the calls of a printing program, the
// operands on the stack before the operator, their order named by the
// procedure's stack comment (PostScript, Forth): each call proven by
// L + P = total, the whole's (a procedure named jumlah/total calling the
// operator) by the sums.
func TestSchemaStackDPTClass(t *testing.T) {
	// the comment on its own line, another order, the whole by `total`
	// first, spaces wide, an escaped parenthesis in a name
	ps := schemaDoc("Tabel 3.2 Rekapitulasi DPT Pilkada 2020 per Kecamatan",
		"%!PS-Adobe-2.0", "%%Creator: rekap.exe", "/Courier findfont 8 scalefont setfont",
		"/row {", "  % (wilayah) pria wanita total tps  row  -", "  100 sel 200 sel 300 sel 400 sel 40 y moveto show } def",
		"/total { /Courier-Bold findfont 8 scalefont setfont row } def",
		"(SIKKA)   11330 11338 22668  101 total",
		"(ALOK)     7210  7305 14515   60 row",
		"(NITA \\(KOTA\\))  4120  4033  8153   41 row",
		"showpage", "%%EOF")
	wantPS := []string{"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668",
		"pilkada|2020|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA (KOTA)|<nil>|41|4120|4033|8153"}
	// Forth: the stack comment in the definition, `s"` strings, a `\`
	// comment between the calls, no whole, a call not adding up
	forth := schemaDoc("Tabel 5 DPT Pemilu 2024 menurut Kecamatan",
		": baris ( kecamatan desa l p jumlah -- )  >r >r >r >r type r> . r> . r> . r> . cr ;",
		`s" GOLEWA" 12 3210 3305 6515 baris`, `\ kecamatan pemekaran`, `s" BAJAWA" 9 2000 2100 4100 baris`,
		`s" SOA" 7 1000 1000 2001 baris`, "bye")
	wantForth := []string{"pemilu|2024|kecamatan|GOLEWA|12|<nil>|3210|3305|6515",
		"pemilu|2024|kecamatan|BAJAWA|9|<nil>|2000|2100|4100"}
	// look-alikes: a drawing, a chart's bars, a shop's stock as calls
	drawing := schemaDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan (grafik)",
		"%!PS", "/kotak { % x y w h  kotak  -", "  rectstroke } def", "100 200 moveto 300 400 lineto stroke",
		"10 10 50 50 kotak", "20 20 60 60 kotak", "showpage")
	chart := schemaDoc("Grafik DPT Pemilu 2024 per bulan",
		"/bar { % (label) nilai x bar -", "  0 rlineto stroke show } def", "(Jan) 120 40 bar", "(Feb) 130 80 bar", "(Mar) 125 120 bar")
	stock := schemaDoc("Stok logistik Pemilu 2024 per gudang (program cetak):",
		"/item { % (gudang) masuk keluar sisa  item  -", "  show } def", "(GUDANG A) 7210 7305 14515 item", "(GUDANG B) 4120 4033 8153 item")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"PostScript, comment apart, whole by total", ps, map[string][]string{"dpt": wantPS}},
		{"Forth s-strings, a call not adding up", forth, map[string][]string{"dpt": wantForth}},
		{"PostScript drawing", drawing, map[string][]string{"dpt": nil}},
		{"chart bars", chart, map[string][]string{"dpt": nil}},
		{"shop stock calls", stock, map[string][]string{"dpt": nil}},
	})
}
