package extract

import "testing"

// TestBracketItemAfter: an item numbered in brackets opens a paragraph of
// its own only after a line that ended a sentence or announced a list.
func TestBracketItemAfter(t *testing.T) {
	for _, tc := range []struct {
		prev, line string
		want       bool
	}{
		{"tidak dimuat dalam tabel di atas, yaitu:", "(6) Nilai Evaluasi: target predikat B", true},
		{"capaian 100,00%.", "(7) Opini BPK: target opini WTP", true},
		{"evaluasi meliputi komponen", "(2) pengukuran kinerja dan", false},
		{"yaitu:", "(dalam rupiah)", false},
		{"yaitu:", "(12) Sosialisasi", true},
	} {
		if got := bracketItemAfter(tc.prev, tc.line); got != tc.want {
			t.Errorf("bracketItemAfter(%q, %q) = %v, want %v", tc.prev, tc.line, got, tc.want)
		}
	}
}
