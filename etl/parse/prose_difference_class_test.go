package parse

import "testing"

// TestProseBudgetDifference: an amount by which spending went over or
// under the pagu ("melampaui pagu sebesar Rp ...") is a difference, never
// the pagu or the realisasi itself.
func TestProseBudgetDifference(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{{
		name: "an overspend after the year's total",
		body: []string{"Pagu anggaran Tahun 2023 sebesar Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000.",
			"Realisasi belanja perjalanan dinas melampaui pagu sebesar Rp 1.275.000 karena tambahan kegiatan."},
		want: map[string][]string{"anggaran": {"TOTAL|total||2023|3000000000|2900000000|100000000"}},
	}, {
		name: "a shortfall stated alone",
		body: []string{"Terdapat selisih kurang dari pagu sebesar Rp 45.000.000 pada belanja modal Tahun 2023."},
		want: map[string][]string{"anggaran": nil},
	}})
}
