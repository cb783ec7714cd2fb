package parse

import "testing"

// TestDBGridFlatBreaksClass: a control-break report printed to PDF, each
// break group set as a table of its own, comes out with its header and
// its one-row groups joined by single spaces and blank lines between the
// groups; the joined lines are cut by the TAB rows' column count and the
// grid reader proves the figures as before.
func TestDBGridFlatBreaksClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	want := []string{"pemilu|2024|kecamatan|ALOK|12|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|10|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|22|101|11330|11338|22668"}
	// APEX in Indonesian: the kabupaten group first, comma thousands
	apex := dbgridDoc(cap24,
		"Wilayah Desa/Kel TPS Laki-laki Perempuan Jumlah", "",
		"Tingkat : Kabupaten",
		"KABUPATEN SIKKA 22 101 11,330 11,338 22,668", "",
		"Tingkat : Kecamatan",
		"ALOK\t12\t60\t7,210\t7,305\t14,515",
		"NITA\t10\t41\t4,120\t4,033\t8,153", "",
		"1 - 3")
	// in English, the districts first, the regency's one row last, plain
	// figures, no blank line under the header
	english := dbgridDoc(cap24,
		"Region Villages TPS Male Female Total",
		"Level : District",
		"ALOK\t12\t60\t7210\t7305\t14515",
		"NITA\t10\t41\t4120\t4033\t8153", "",
		"Level : Regency", "",
		"SIKKA 22 101 11330 11338 22668")
	// a header of two-word names: not cut (six words, five columns)
	twoWords := dbgridDoc(cap24,
		"Nama Wilayah TPS L P L+P", "",
		"Tingkat : Kabupaten",
		"KABUPATEN SIKKA 101 11330 11338 22668", "",
		"Tingkat : Kecamatan",
		"ALOK\t60\t7210\t7305\t14515",
		"NITA\t41\t4120\t4033\t8153")
	// the joined kabupaten row does not add up: nothing
	wrong := dbgridDoc(cap24,
		"Wilayah Desa/Kel TPS Laki-laki Perempuan Jumlah", "",
		"Tingkat : Kabupaten",
		"KABUPATEN SIKKA 22 101 11,330 11,338 22,669", "",
		"Tingkat : Kecamatan",
		"ALOK\t12\t60\t7,210\t7,305\t14,515",
		"NITA\t10\t41\t4,120\t4,033\t8,153")
	// look-alike: a warehouse's stock report grouped by "Level : Rak"
	stock := dbgridDoc("Tabel 2.2 Persediaan Barang",
		"Barang Masuk Keluar Awal Akhir Sisa", "",
		"Level : Gudang",
		"GUDANG UTAMA 40 20 10 50 60", "",
		"Level : Rak",
		"KERTAS A4\t20\t10\t5\t25\t30",
		"TINTA\t20\t10\t5\t25\t30")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"apex, kabupaten group joined, blank lines", apex, map[string][]string{"dpt": want}},
		{"english, regency last joined", english, map[string][]string{"dpt": want}},
		{"two-word header names", twoWords, map[string][]string{"dpt": nil}},
		{"kabupaten not summing", wrong, map[string][]string{"dpt": nil}},
		{"stock report", stock, map[string][]string{"dpt": nil}},
	})
}
