package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestFigureRowRules: a table ruled the accountant's way (full-width rules
// over and under its titles and under its last row, a hairline under the
// figure columns only between the body rows) is one table: each wrapped
// name stays on the row of its figures. (Two short rules under a group
// title over some columns are no row rules: lo3's Alor 2021 DPT guards it.)
func TestFigureRowRules(t *testing.T) {
	var b strings.Builder
	put := func(y float64, cells ...any) {
		for k := 0; k+1 < len(cells); k += 2 {
			fmt.Fprintf(&b, "BT /F1 8 Tf %v %.1f Td (%s) Tj ET\n", cells[k], y, cells[k+1])
		}
	}
	rule := func(x0, x1, y float64) { fmt.Fprintf(&b, "0.5 w %v %v m %v %v l S\n", x0, y, x1, y) }
	rule(55, 330, 720)
	put(710, 60, "No", 80, "Program", 215, "Pagu", 270, "Realisasi")
	rule(55, 330, 705)
	rows := [][3]string{{"Pengelolaan Keuangan dan", "Barang Milik Negara", "837.000.000"},
		{"Pengelolaan Sumber", "Daya Manusia", "400.236.000"},
		{"Operasional Perkantoran", "dan Sarana Prasarana", "231.952.000"},
		{"Penyelenggaraan", "Pemutakhiran Data", "497.571.000"}}
	y := 695.0
	for i, r := range rows {
		put(y, 60, fmt.Sprint(i+1), 80, r[0], 205, r[2], 270, r[2])
		put(y-11, 80, r[1])
		if i < len(rows)-1 {
			rule(200, 330, y-15)
		}
		y -= 25
	}
	rule(55, 330, y+10)
	got := nonBlankLines(t, b.String())
	wantLines(t, got, []string{
		"No\tProgram\tPagu\tRealisasi",
		"1\tPengelolaan Keuangan dan Barang Milik Negara\t837.000.000\t837.000.000",
		"2\tPengelolaan Sumber Daya Manusia\t400.236.000\t400.236.000",
		"3\tOperasional Perkantoran dan Sarana Prasarana\t231.952.000\t231.952.000",
		"4\tPenyelenggaraan Pemutakhiran Data\t497.571.000\t497.571.000",
	})
}
