package parse

import "testing"

// TestEnFigureLabels: the endnote gate's line test takes a note of whole
// figures as well as decimals, and no numbered sentence about a year.
func TestEnFigureLabels(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"ii  Target 77,50; realisasi 81,37; capaian 104,99 persen.", true},
		{"3)  Target 100; realisasi 98; capaian 98 persen.", true},
		{"[a] L 4.397; P 4.501; L+P 8.898", true},
		{"1) Realisasi anggaran tahun 2023 tercapai.", false},
		{"Realisasi 2022 dan 2023 dibandingkan.", false},
	} {
		if got := enFigureLabels([]byte(tc.line)); got != tc.want {
			t.Errorf("enFigureLabels(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
