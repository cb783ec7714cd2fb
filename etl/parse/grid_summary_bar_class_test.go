package parse

import "testing"

// TestGridSummaryBarClass: a grid view printed with its summary bar as the
// last line (Airtable, Notion, a Google Sheets grid): the bar is the
// table's total row, the kabupaten, when each aggregate is its column's
// sum; the members load as before.
func TestGridSummaryBarClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// Notion: SUM under each summed column, the name cell "Calculate"
	notion := tfDoc(cap24,
		"Kecamatan\tTPS\tL\tP\tL+P",
		"ALOK\t60\t7.210\t7.305\t14.515",
		"NITA\t41\t4.120\t4.033\t8.153",
		"Calculate\tSUM 101\tSUM 11.330\tSUM 11.338\tSUM 22.668")
	wantNotion := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// Airtable: a row number first, field-type glyphs, a status field, a count under the numbers
	airtable := tfDoc("Tabel 3.4 Rekapitulasi DPT Pemilihan 2020 per Kecamatan",
		"DPT Pemilihan 2020  ›  Rekap PPK  ›  Grid",
		"3 records   •   Sorted by 1 field", "",
		"\tAa Kecamatan\t# Jumlah Desa\t# Laki-laki\t# Perempuan\tƒx Jumlah Pemilih\t☰ Status",
		"1\tALOK\t14\t7210\t7305\t14515\tSelesai",
		"2\tMAGE\t5\t2500\t2500\t5000\tSelesai",
		"3\tNITA\t9\t4120\t4033\t8153\tSelesai",
		"3 records\t\tSum 28\tSum 13830\tSum 13838\tSum 27668\t")
	wantAirtable := []string{"pilkada|2020|kecamatan|ALOK|14|<nil>|7210|7305|14515", "pilkada|2020|kecamatan|MAGE|5|<nil>|2500|2500|5000",
		"pilkada|2020|kecamatan|NITA|9|<nil>|4120|4033|8153", "pilkada|2020|kabupaten|Kabupaten Sikka|28|<nil>|13830|13838|27668"}
	// a Google Sheets grid, "Sum: n" under the columns, the sex columns first
	sheets := tfDoc(cap24,
		"Laki-laki\tPerempuan\tKecamatan\tJumlah",
		"7.210\t7.305\tALOK\t14.515",
		"4.120\t4.033\tNITA\t8.153",
		"Sum: 11.330\tSum: 11.338\t\tSum: 22.668")
	wantSheets := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11330|11338|22668"}
	// a bar that is no sum (a filtered view's): the members only
	filtered := tfDoc(cap24,
		"Kecamatan\tTPS\tL\tP\tL+P",
		"ALOK\t60\t7.210\t7.305\t14.515",
		"NITA\t41\t4.120\t4.033\t8.153",
		"\tSum 101\tSum 11.330\tSum 11.339\tSum 22.669")
	wantFiltered := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153"}
	// look-alike: a shop's stock grid with its Sum bar
	stock := tfDoc("Tabel 2 Stok Barang Gudang",
		"\tAa Barang\t# Stok\t# Harga",
		"1\tKotak suara\t120\t35.000",
		"2\tBilik suara\t80\t50.000",
		"2 records\t\tSum 200\tSum 85.000")
	checkDocs(t, []string{"dpt", "anggaran"}, []docCase{
		{"Notion SUM row", notion, map[string][]string{"dpt": wantNotion}},
		{"Airtable summary bar", airtable, map[string][]string{"dpt": wantAirtable}},
		{"Google Sheets Sum: bar", sheets, map[string][]string{"dpt": wantSheets}},
		{"a bar that is no sum", filtered, map[string][]string{"dpt": wantFiltered}},
		{"a stock grid's Sum bar", stock, map[string][]string{"dpt": nil}},
	})
}

// TestPlainCount: the regexp-free figure test the summary-bar gate uses
// agrees with csproFigure, the regexp the readers prove with.
func TestPlainCount(t *testing.T) {
	for _, c := range []string{"0", "12", "123", "1.234", "12.345.678", "1234", "1.23", "1.2345", ".123", "1..234",
		"12.34.567", "1.234.", "a1", "1a", "", "1234.567", "999.999", "1.000.000", "1,234", "1.234,5"} {
		if got, want := plainCount([]byte(c)), csproFigure.MatchString(c); got != want {
			t.Errorf("plainCount(%q) = %v, csproFigure says %v", c, got, want)
		}
	}
}
