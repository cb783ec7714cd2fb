package parse

import "testing"

// TestSerapanPairSentence: a year's total told as its serapan with the
// pair in parentheses, "serapan p% (Rp A dari Rp B)", is realisasi A of
// pagu B, kept when A / B gives p.
func TestSerapanPairSentence(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{{
		name: "an earlier year's total, the pair after the percent",
		body: []string{"Pada TA 2021 serapan anggaran 95,10% (Rp2.853.000.000 dari Rp3.000.000.000).", ""},
		want: map[string][]string{"anggaran": {"TOTAL|total||2021|3000000000|2853000000|147000000"}},
	}, {
		name: "persen, dari pagu",
		body: []string{"Tahun anggaran 2023 ditutup dengan serapan 97,50 persen (Rp1.950.000.000 dari pagu Rp2.000.000.000).", ""},
		want: map[string][]string{"anggaran": {"TOTAL|total||2023|2000000000|1950000000|50000000"}},
	}, {
		name: "a percent the pair does not give: nothing proven",
		body: []string{"Pada TA 2022 serapan anggaran 88,00% (Rp1.950.000.000 dari Rp2.000.000.000).", ""},
	}})
}
