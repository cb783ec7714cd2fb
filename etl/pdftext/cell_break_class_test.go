package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestCellBreakClass: a ruled table of narrow, equal columns (Word's
// default) where a name too wide for its cell was broken at the last
// letter that fitted ("WAINGAP" over "U") reads the name whole; a short
// word on the next line after a line that does not reach the cell's edge
// stays a word of its own (cell_break.go). Helvetica 9 pt: WAINGAP is
// 42.5 pt wide, U 6.5 pt; the name column's inner edge is at 102.5. A
// rest in small letters may share its line ("Pengawasa" over "n Data"),
// a short word never ("dan Data"). A longer rest ("MAPAMBU" over "HANG")
// is joined only where the document writes the word whole.
func TestCellBreakClass(t *testing.T) {
	xs := []float64{30, 50, 107.5, 150}
	type row struct {
		h     float64
		cells [][]string // lines per cell
	}
	rows := []row{
		{14, [][]string{{"No"}, {"Kecamatan"}, {"TPS"}}},
		{34, [][]string{{"1"}, {"KOTA", "WAINGAP", "U"}, {"51"}}},
		{24, [][]string{{"2"}, {"PANDAWA", "I"}, {"33"}}},
		{24, [][]string{{"3"}, {"ALAK", "TIM"}, {"12"}}},
		{24, [][]string{{"4"}, {"Pengawasa", "n Data"}, {"20"}}},
		{24, [][]string{{"5"}, {"Pengawasa", "dan Data"}, {"21"}}},
		{24, [][]string{{"6"}, {"MAPAMBU", "HANG"}, {"22"}}},
		{24, [][]string{{"7"}, {"MAPAMBU", "SARI"}, {"23"}}},
	}
	var b strings.Builder
	y := 700.0
	line := func(x0, y0, x1, y1 float64) { fmt.Fprintf(&b, "0.5 w %.1f %.1f m %.1f %.1f l S\n", x0, y0, x1, y1) }
	line(xs[0], y, xs[len(xs)-1], y)
	for _, r := range rows {
		for c, ls := range r.cells {
			for k, s := range ls {
				fmt.Fprintf(&b, "BT /F1 9 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+5, y-9-10*float64(k), s)
			}
		}
		for _, x := range xs {
			line(x, y, x, y-r.h)
		}
		y -= r.h
		line(xs[0], y, xs[len(xs)-1], y)
	}
	fmt.Fprintf(&b, "BT /F1 9 Tf 30 %.1f Td (Kecamatan MAPAMBUHANG paling luas.) Tj ET\n", y-30)
	wantLines(t, convertLines(t, b.String()), []string{
		"No\tKecamatan\tTPS", "1\tKOTA WAINGAPU\t51", "2\tPANDAWAI\t33", "3\tALAK TIM\t12", "4\tPengawasan Data\t20", "5\tPengawasa dan Data\t21",
		"6\tMAPAMBUHANG\t22", "7\tMAPAMBU SARI\t23", "", "Kecamatan MAPAMBUHANG paling luas."})
}
