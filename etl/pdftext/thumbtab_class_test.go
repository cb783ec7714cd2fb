package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestThumbTab: a pocket book's thumb-index tab (a chapter numeral on a
// black tab at the outer edge of an A5 page, left on even pages, right on
// odd ones) is no text of the page: level with a typed table's line it
// would open a column of its own.
func TestThumbTab(t *testing.T) {
	const w, h = 420.0, 595.0
	f := "%-9s  %-26s  %13s  %13s"
	row := func(a ...any) string { return strings.TrimRight(fmt.Sprintf(f, a...), " ") }
	table := []string{
		row("Kode", "Uraian", "Pagu", "Realisasi"),
		row("076.01.WA", "Program Dukungan Manajemen", "3.912.400.000", "3.850.117.250"),
		row("3355", "Pengelolaan Keuangan", "1.204.000.000", "1.190.550.400"),
		row("3360", "Operasional Perkantoran", "2.708.400.000", "2.659.566.850"),
	}
	want := []string{
		"Kode\tUraian\tPagu\tRealisasi",
		"076.01.WA\tProgram Dukungan Manajemen\t3.912.400.000\t3.850.117.250",
		"3355\tPengelolaan Keuangan\t1.204.000.000\t1.190.550.400",
		"3360\tOperasional Perkantoran\t2.708.400.000\t2.659.566.850",
	}
	for _, tc := range []struct {
		name  string
		x0    float64 // the type area's left edge
		tabX  float64
		tab   string
		level int // the table line the tab sits level with
	}{
		{"even page, tab at the left edge", 26, 3, "III", 0},
		{"odd page, tab at the right edge", 40, w - 9, "IV", 2},
		{"arabic chapter number", 26, 4, "3", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			y := h - 120
			for i, l := range table {
				fmt.Fprintf(&b, "BT /F2 5.8 Tf %.1f %.1f Td (%s) Tj ET\n", tc.x0, y, pdfEscape(l))
				if i == tc.level {
					fmt.Fprintf(&b, "0 g %.1f %.1f 12 54 re f\n", tc.tabX-3, y-24)
					fmt.Fprintf(&b, "1 g BT /F1 6 Tf %.1f %.1f Td (%s) Tj ET 0 g\n", tc.tabX, y, tc.tab)
				}
				y -= 7.5
			}
			res, err := Convert(context.Background(), sheetsPDF(w, h, b.String()), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range strings.Split(string(res.Text), "\n") {
				if l != "" && l != "\f" {
					got = append(got, l)
				}
			}
			wantLines(t, got, want)
		})
	}
}
