package parse

import (
	"fmt"
	"testing"
)

// TestIkuRealInAsLineHolds: ikuRealIn says what the two lineHolds
// searches said, on every corpus text and on made-up texts.
func TestIkuRealInAsLineHolds(t *testing.T) {
	texts := marksTexts(t) // scan_marks_test.go
	for i, s := range []string{
		"Realisasi: 80%", "  realisasi\t75", "REALISASI : 90", "rEALISASI: 9", "Target: 5\nRealisasi: 4\n",
		"Capaian realisasi: 3", "\tRealisasi anggaran : 1.000\r\n", "Realisasi", "x\nrealisasi:", "Realisasi\t\t3",
		"Realisasi Kinerja: 85 persen", "R", "\n\n", "Realisasi 2024: 12\nRealisasi: 7",
	} {
		texts[fmt.Sprint("made-up ", i)] = []byte(s)
	}
	for name, text := range texts {
		want := lineHolds(text, "ealisasi", ikuRealLine) || lineHolds(text, "EALISASI", ikuRealLine)
		if got := ikuRealIn(text); got != want {
			t.Errorf("%s: lineHolds %v, ikuRealIn %v", name, want, got)
		}
	}
}
