package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestBandedRowsClass: a ruled table whose banded style rules the columns
// of every other row only (Word's "Light List" as LibreOffice exports it)
// keeps the columns of the rows between, the header's too, where their
// text stands cell by cell; a row whose text runs on across the edges (a
// group heading spanning the table) stays one cell (banded_rows.go).
func TestBandedRowsClass(t *testing.T) {
	xs := []float64{50, 80, 250, 300, 350, 400}
	top, pitch := 700.0, 14.0
	page := func(ruled []bool, rows [][]string) string {
		var b strings.Builder
		n := len(rows)
		for r := 0; r <= n; r++ { // a rule over every row and under the last
			y := top - pitch*float64(r)
			fmt.Fprintf(&b, "0.5 w %.1f %.1f m %.1f %.1f l S\n", xs[0], y, xs[len(xs)-1], y)
		}
		bottom := top - pitch*float64(n)
		for _, x := range []float64{xs[0], xs[len(xs)-1]} {
			fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, top, x, bottom)
		}
		for r, cells := range rows {
			y0, y1 := top-pitch*float64(r+1), top-pitch*float64(r)
			if ruled[r] {
				for _, x := range xs[1 : len(xs)-1] {
					fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, y0, x, y1)
				}
			}
			for c, s := range cells {
				if s != "" {
					fmt.Fprintf(&b, "BT /F1 9 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+3, y0+4, s)
				}
			}
		}
		return b.String()
	}
	head := []string{"No", "Uraian", "Sat.", "Tgt.", "Real."}
	row := func(n, name, a, b string) []string { return []string{n, name, "%", a, b} }
	tests := []struct {
		name  string
		ruled []bool
		rows  [][]string
		want  []string
	}{
		{"every other row ruled, the header not", []bool{false, true, false, true, false},
			[][]string{head, row("1", "Alpha", "77,50", "84,26"), row("2", "Beta", "77,50", "86,71"), row("3", "Gamma", "100,00", "97,37"), row("4", "Delta", "5,00", "0,96")},
			[]string{"No\tUraian\tSat.\tTgt.\tReal.", "1\tAlpha\t%\t77,50\t84,26", "2\tBeta\t%\t77,50\t86,71", "3\tGamma\t%\t100,00\t97,37", "4\tDelta\t%\t5,00\t0,96"}},
		{"a heading spanning the table stays one cell", []bool{true, true, false, true, true},
			[][]string{head, row("1", "Alpha", "77,50", "84,26"), {"Sasaran Strategis 1: Meningkatnya partisipasi pemilih dalam setiap pemilihan umum"}, row("2", "Beta", "77,50", "86,71"), row("3", "Gamma", "100,00", "97,37")},
			[]string{"No\tUraian\tSat.\tTgt.\tReal.", "1\tAlpha\t%\t77,50\t84,26", "Sasaran Strategis 1: Meningkatnya partisipasi pemilih dalam setiap pemilihan umum", "2\tBeta\t%\t77,50\t86,71", "3\tGamma\t%\t100,00\t97,37"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, convertLines(t, page(tc.ruled, tc.rows)), tc.want)
		})
	}
}
