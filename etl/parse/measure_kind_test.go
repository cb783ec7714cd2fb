package parse

import "testing"

// TestMeasureKind: a measure label names one measure, with a year or a
// unit word beside it; the ASCII scan and the folded (non-ASCII) path agree.
func TestMeasureKind(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want int
	}{
		{"Target", roleTarget},
		{"TARGET 2024", roleTarget},
		{"Realisasi Tahun 2023", roleRealisasi},
		{"Capaian (%)", roleCapaian},
		{"Capaian Persen", roleCapaian},
		{"Ket.", roleKeterangan},
		{"Satuan", roleSatuan},
		{"Target Realisasi", roleNone},
		{"Target Renstra", roleNone},
		{"2024", roleNone},
		{"", roleNone},
		{"Таrget", roleTarget},  // Cyrillic Т: folded by normalize.KeyWords
		{"Réalisasi", roleNone}, // not a word of the vocabulary
		{"Persentase partisipasi pemilih dalam pemilu", roleNone},
	} {
		if got := measureKind(tc.cell); got != tc.want {
			t.Errorf("measureKind(%q) = %d, want %d", tc.cell, got, tc.want)
		}
	}
}
