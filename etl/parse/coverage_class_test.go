package parse

import "testing"

// TestProseNumberOutline: a heading's section number ("3.2 Daftar Pemilih
// Tetap Pemilu 2019") is no figure the sentence states; a thousands group or
// a decimal at the start of a sentence still is.
func TestProseNumberOutline(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"3.2 daftar pemilih tetap pemilu 2019", false},
		{"3.1.2 hasil evaluasi akip satuan kerja", false},
		{"3.1.2. hasil evaluasi akip 2020", false},
		{"3.374 pemilih terdaftar dalam dpt", true},
		{"3.2 realisasi anggaran sebesar 95,40%", true},
		{"12,5 persen pemilih belum terdaftar dalam dpt", true},
		{"3.4 5,5 persen realisasi", true}, // a number after it: no heading
		{"realisasi anggaran rp 1.000.000", true},
	}
	for _, tc := range tests {
		if got := proseNumber([]byte(tc.s)); got != tc.want {
			t.Errorf("proseNumber(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
