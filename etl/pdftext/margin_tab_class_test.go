package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestMarginTabDropped: a chapter's thumb-index tab printed in the outer
// margin at the height of a table row ("III" at the left edge of an even
// page, "IV" at the right edge of an odd one) is no cell of the row: the
// table reads as if it were not there. Made-up figures.
func TestMarginTabDropped(t *testing.T) {
	body := []string{
		"No  Kecamatan        TPS  L       P       L+P",
		"1   Kota Soe         44   6.012   6.250   12.262",
		"2   Mollo Selatan    29   3.870   4.006   7.876",
		"3   Amanuban Barat   35   4.415   4.602   9.017",
		"    JUMLAH           108  14.297  14.858  29.155",
	}
	want := []string{
		"No\tKecamatan\tTPS\tL\tP\tL+P",
		"1\tKota Soe\t44\t6.012\t6.250\t12.262",
		"2\tMollo Selatan\t29\t3.870\t4.006\t7.876",
		"3\tAmanuban Barat\t35\t4.415\t4.602\t9.017",
		"\tJUMLAH\t108\t14.297\t14.858\t29.155",
	}
	for _, tc := range []struct {
		name string
		x    int // the tab's left edge
		row  int // the body line it stands beside
		tab  string
	}{
		{"left margin, a roman numeral", 6, 4, "III"},
		{"right margin, a roman numeral", 578, 3, "IV"},
		{"left margin, a digit", 8, 2, "2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			for k, l := range body {
				fmt.Fprintf(&b, "BT /F2 8 Tf 60 %d Td (%s) Tj ET\n", 700-9*k, l)
			}
			fmt.Fprintf(&b, "BT /F1 6 Tf %d %d Td (%s) Tj ET\n", tc.x, 700-9*tc.row, tc.tab)
			wantLines(t, convertLines(t, b.String()), want)
		})
	}
}
