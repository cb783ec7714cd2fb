package parse

import "testing"

// TestProseBudgetDifference: an amount by which spending went over or
// under the pagu ("melampaui pagu sebesar Rp ...") or by which a revision
// changed it ("menambah pagu sebesar Rp ...") is a difference, never the
// pagu or the realisasi itself; the pagu it became ("menjadi Rp ...") is.
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
	}, {
		name: "a revision adding to the pagu states by how much",
		body: []string{"Salah satu revisi DIPA pada bulan Maret 2023 menambah pagu sebesar Rp 1.218.400.000 untuk honorarium KPPS."},
		want: map[string][]string{"anggaran": nil},
	}, {
		name: "a cut after the year's total",
		body: []string{"Pagu anggaran Tahun 2023 sebesar Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000.",
			"Pada bulan Juni terjadi pengurangan pagu sebesar Rp 150.000.000 karena efisiensi belanja."},
		want: map[string][]string{"anggaran": {"TOTAL|total||2023|3000000000|2900000000|100000000"}},
	}, {
		name: "the pagu a revision made",
		body: []string{"Pagu anggaran Tahun 2023 bertambah menjadi Rp 3.000.000.000 dengan realisasi sebesar Rp 2.900.000.000."},
		want: map[string][]string{"anggaran": {"TOTAL|total||2023|3000000000|2900000000|100000000"}},
	}})
}
