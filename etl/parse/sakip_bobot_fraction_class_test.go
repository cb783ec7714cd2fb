package parse

import "testing"

// TestKomponenFractionWeightsClass: SAKIP weights written as fractions of
// one (0,30 .. 1,00) load on the scale of 100 when they sum to 1 and the
// scores exceed them as written; weights that do not sum to 1 stay as
// written.
func TestKomponenFractionWeightsClass(t *testing.T) {
	doc := func(w ...string) []string {
		return []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "",
			"No\tKomponen\tBobot (dari 1)\tNilai",
			"1\tPerencanaan Kinerja\t" + w[0] + "\t21,25",
			"2\tPengukuran Kinerja\t" + w[1] + "\t20,20",
			"3\tPelaporan Kinerja\t" + w[2] + "\t10,40",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t" + w[3] + "\t13,55",
			"\tNilai Akhir\t1,00\t65,40", ""}
	}
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"fractions of one", doc("0,30", "0,30", "0,15", "0,25"), map[string][]string{"sakip_komponen": {
			"2021|perencanaan|30|21.25", "2021|pengukuran|30|20.2", "2021|pelaporan|15|10.4", "2021|evaluasi_internal|25|13.55"}}},
		{"not summing to one", doc("0,30", "0,30", "0,15", "0,20"), map[string][]string{"sakip_komponen": {
			"2021|perencanaan|0.3|21.25", "2021|pengukuran|0.3|20.2", "2021|pelaporan|0.15|10.4", "2021|evaluasi_internal|0.2|13.55"}}},
	})
}
