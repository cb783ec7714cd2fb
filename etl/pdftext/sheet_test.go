package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// drawSheet is the content of a fully ruled grid with rows 15 pt tall from y 800
// down, columns between xs; a row of one cell (a heading) spans the
// columns after the first, as a merged row of a sheet does.
func drawSheet(xs []float64, rows [][]string) string {
	var b strings.Builder
	b.WriteString("0.3 w\n")
	top := 800.0
	for k := 0; k <= len(rows); k++ {
		y := top - 15*float64(k)
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", xs[0], y, xs[len(xs)-1], y)
	}
	for k, row := range rows {
		y := top - 15*float64(k)
		for c, x := range xs {
			if len(row) == 2 && c > 1 && c < len(xs)-1 {
				continue // inside the merged cell
			}
			fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, y, x, y-15)
		}
		for c, s := range row {
			if s != "" {
				fmt.Fprintf(&b, "BT /F1 7 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+2.5, y-10.5, s)
			}
		}
	}
	return b.String()
}

// TestSheetFrame: a table printed from a spreadsheet with its headings
// (dev8/pdf) loses the bar of column letters over it and the column of row
// numbers at its left, a merged heading row becoming a line of text; a
// table's own numbered column under a "No" header, or a first column that
// is no run of row numbers, stays.
func TestSheetFrame(t *testing.T) {
	xs := []float64{50, 72, 92, 300, 380, 460}
	tests := []struct {
		name string
		rows [][]string
		want []string // nil: the rows as they are
	}{
		{"sheet print", [][]string{
			{"", "A", "B", "C", "D"},
			{"1", "No", "Kecamatan", "TPS", "Pemilih"},
			{"2", "Dapil 1: Kota Kupang"},
			{"3", "1", "Alak", "120", "45.210"},
			{"4", "2", "Maulafa", "98", "38.004"},
		}, []string{
			"No\tKecamatan\tTPS\tPemilih",
			"Dapil 1: Kota Kupang",
			"1\tAlak\t120\t45.210",
			"2\tMaulafa\t98\t38.004",
		}},
		{"own numbered column", [][]string{
			{"No", "Kode", "Kecamatan", "TPS", "Pemilih"},
			{"1", "A", "Alak", "120", "45.210"},
			{"2", "B", "Maulafa", "98", "38.004"},
		}, nil},
		{"letters over no row numbers", [][]string{
			{"", "A", "B", "C", "D"},
			{"Kode", "No", "Kecamatan", "TPS", "Pemilih"},
			{"K1", "1", "Alak", "120", "45.210"},
		}, nil},
	}
	for _, tc := range tests {
		want := tc.want
		if want == nil {
			for _, r := range tc.rows {
				want = append(want, strings.Join(r, "\t"))
			}
		}
		t.Run(tc.name, func(t *testing.T) { wantLines(t, convertLines(t, drawSheet(xs, tc.rows)), want) })
	}
}

func TestColumnLetters(t *testing.T) {
	for i, want := range map[int]string{0: "A", 1: "B", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA"} {
		if got := columnLetters(i); got != want {
			t.Errorf("columnLetters(%d) = %q, want %q", i, got, want)
		}
	}
}

// TestDropSheetFrame: the row numbers of a sheet continued on a later page
// go on from the page before; a run that breaks, or a bar whose letters
// skip one, is no sheet's frame.
func TestDropSheetFrame(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"continued", "\tA\tB\tC|17\t3\tOebobo\t41.500|18\t\tJumlah\t124.714|19", "3\tOebobo\t41.500|\tJumlah\t124.714"},
		{"numbers break", "\tA\tB\tC|17\t3\tOebobo\t41.500|19\t\tJumlah\t124.714", ""},
		{"letters skip", "\tA\tC\tD|1\t3\tOebobo\t41.500|2\t\tJumlah\t124.714", ""},
	} {
		var rows []outLine
		for _, l := range strings.Split(tc.in, "|") {
			rows = append(rows, outLine{text: l})
		}
		want := tc.want
		if want == "" {
			want = tc.in // kept as it is
		}
		var got []string
		for _, l := range dropSheetFrame(rows) {
			got = append(got, l.text)
		}
		if g := strings.Join(got, "|"); g != want {
			t.Errorf("%s: %q, want %q", tc.name, g, want)
		}
	}
}
