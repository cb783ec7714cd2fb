package parse

import "testing"

// TestMergedScoreColumnClass: the final score in a column merged down
// beside the components (one filled cell, the sum of the Nilai column) is
// no second value column: the components load. A second column filled on
// every row, or one whose figure the components do not make, still leaves
// the value column unproven.
func TestMergedScoreColumnClass(t *testing.T) {
	doc := func(cells ...string) []string {
		return []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "",
			"No\tKomponen\tBobot\tNilai\tNilai Akhir",
			"1\tPerencanaan Kinerja\t30,00\t20,80\t" + cells[0],
			"2\tPengukuran Kinerja\t30,00\t19,55\t" + cells[1],
			"3\tPelaporan Kinerja\t15,00\t9,70\t" + cells[2],
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,83\t" + cells[3], ""}
	}
	comps := []string{"2021|perencanaan|30|20.8", "2021|pengukuran|30|19.55", "2021|pelaporan|15|9.7", "2021|evaluasi_internal|25|16.83"}
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"score on the second row", doc("", "66,88", "", ""), map[string][]string{"sakip_komponen": comps}},
		{"score on the first row", doc("66,88", "", "", ""), map[string][]string{"sakip_komponen": comps}},
		{"a figure the components do not make", doc("", "70,00", "", ""), map[string][]string{"sakip_komponen": nil}},
		{"a column filled on every row", doc("69,33", "65,17", "64,67", "67,32"), map[string][]string{"sakip_komponen": nil}},
	})
	// a Bobot cell merged down over equal weights: the weight above, when
	// the weights then make the total row's
	wdoc := func(total string) []string {
		return []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "",
			"No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja\t30,00\t20,90",
			"2\tPengukuran Kinerja\t\t19,55",
			"3\tPelaporan Kinerja\t15,00\t10,10",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,79",
			"\tNilai Akhir\t" + total + "\t67,34", ""}
	}
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"weight merged down", wdoc("100,00"), map[string][]string{"sakip_komponen": {
			"2021|perencanaan|30|20.9", "2021|pengukuran|30|19.55", "2021|pelaporan|15|10.1", "2021|evaluasi_internal|25|16.79"}}},
		{"weights not making the total", wdoc("90,00"), map[string][]string{"sakip_komponen": {
			"2021|perencanaan|30|20.9", "2021|pengukuran|<nil>|19.55", "2021|pelaporan|15|10.1", "2021|evaluasi_internal|25|16.79"}}},
	})
}
