package pdftext

import (
	"strconv"
	"testing"
)

// TestCaseBreak: two titles set edge to edge in one text object, a
// lower-case letter and a capital more than a tenth of an em apart, are
// two words; the same letters closer (a tight setting of one word) stay
// one. Helvetica 8.5 pt: "Realisasi" is 34.5 pt wide.
func TestCaseBreak(t *testing.T) {
	for _, tc := range []struct {
		step float64
		want string
	}{
		{35.9, "Realisasi Target"},
		{34.6, "RealisasiTarget"},
	} {
		got := nonBlankLines(t, "BT /F1 8.5 Tf 100 700 Td (Realisasi) Tj "+strconv.FormatFloat(tc.step, 'f', -1, 64)+" 0 Td (Target) Tj ET\n")
		wantLines(t, got, []string{tc.want})
	}
}
