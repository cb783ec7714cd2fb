package parse

import "testing"

// TestKomponenWeightByFiguresClass: two value columns without a Bobot
// title ("Skor Tersedia | Skor Diraih") are told apart by their figures:
// the one summing to 100 and never below the other is the weight. Two
// columns that both or neither fit load nothing, as before.
func TestKomponenWeightByFiguresClass(t *testing.T) {
	doc := func(w ...string) []string {
		return []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "",
			"No\tKomponen\tSkor Tersedia\tSkor Diraih",
			"1\tPerencanaan Kinerja\t" + w[0] + "\t20,80",
			"2\tPengukuran Kinerja\t" + w[1] + "\t19,55",
			"3\tPelaporan Kinerja\t" + w[2] + "\t9,70",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t" + w[3] + "\t16,83",
			"\tSkor AKIP\t100,00\t66,88", ""}
	}
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"weights by their figures", doc("30,00", "30,00", "15,00", "25,00"), map[string][]string{"sakip_komponen": {
			"2021|perencanaan|30|20.8", "2021|pengukuran|30|19.55", "2021|pelaporan|15|9.7", "2021|evaluasi_internal|25|16.83"}}},
		{"a column not summing to 100", doc("30,00", "30,00", "15,00", "20,00"), nil},
	})
}
