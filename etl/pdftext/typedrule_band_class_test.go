package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// hairlineTable sets a short paragraph in Helvetica and under it a table
// ruled by a hairline under every row, its labels in Helvetica 9 pt and
// its figures in Courier 8.5 pt set flush right at rights; a row whose
// first cell is "RULE" is the rule typed under the last row (or over
// the total) instead: one run of rule characters from the first figure
// column to the last, or one run per figure column, the runs touching.
func hairlineTable(rows [][]string, rights []float64, perColumn bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "BT /F1 10 Tf 60 740 Td (Rekapitulasi pemilih per kecamatan disajikan berikut ini.) Tj ET\n")
	y := 700.0
	for _, r := range rows {
		if r[0] == "RULE" {
			ch := r[1]
			if perColumn {
				for k := range rights {
					w := 40.0 // the first figure column's width
					if k > 0 {
						w = rights[k] - rights[k-1]
					}
					n := int(w / (0.6 * 8.5))
					s := strings.Repeat(ch, n)
					fmt.Fprintf(&b, "BT /F2 8.5 Tf %.2f %.1f Td (%s) Tj ET\n", rights[k]-float64(n)*0.6*8.5, y, s)
				}
			} else {
				x0 := rights[0] - 40
				n := int((rights[len(rights)-1] - x0) / (0.6 * 8.5))
				fmt.Fprintf(&b, "BT /F2 8.5 Tf %.2f %.1f Td (%s) Tj ET\n", x0, y, strings.Repeat(ch, n))
			}
		} else {
			for k, c := range r {
				switch {
				case c == "":
				case k < 2:
					fmt.Fprintf(&b, "BT /F1 9 Tf %d %.1f Td (%s) Tj ET\n", []int{60, 80}[k], y, c)
				default:
					x := rights[k-2] - float64(len(c))*0.6*8.5
					fmt.Fprintf(&b, "BT /F2 8.5 Tf %.2f %.1f Td (%s) Tj ET\n", x, y, c)
				}
			}
		}
		fmt.Fprintf(&b, "0.3 w 56 %.1f m %.1f %.1f l S\n", y-5, rights[len(rights)-1]+4, y-5)
		y -= 16
	}
	return b.String()
}

// TestTypedRuleInHairlineTable: a table ruled by hairlines between its
// rows, its figures in a monospaced face, with the rule over its total
// and under it typed in dashes and equals signs right across the figure
// columns (in one run, or in runs that touch), keeps its columns: the
// typed rule covers the rivers but is no row of cells. Made-up figures.
func TestTypedRuleInHairlineTable(t *testing.T) {
	rights := []float64{220, 280, 340, 400}
	for _, tc := range []struct {
		name        string
		perColumn   bool
		over, under string
	}{
		{"dashes and equals signs, one run", false, "-", "="},
		{"dashes and equals signs, touching runs per column", true, "-", "="},
		{"underscores, one run, none under the total", false, "_", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows := [][]string{
				{"No", "Kecamatan", "TPS", "L", "P", "L+P"},
				{"1", "Kota Waingapu", "61", "9.214", "9.530", "18.744"},
				{"2", "Kambera", "48", "7.105", "7.322", "14.427"},
				{"3", "Pandawai", "33", "4.880", "5.017", "9.897"},
				{"RULE", tc.over},
				{"", "Jumlah", "142", "21.199", "21.869", "43.068"},
			}
			if tc.under != "" {
				rows = append(rows, []string{"RULE", tc.under})
			}
			got := convertLines(t, hairlineTable(rows, rights, tc.perColumn))
			for _, w := range []string{
				"No\tKecamatan\tTPS\tL\tP\tL+P",
				"1\tKota Waingapu\t61\t9.214\t9.530\t18.744",
				"3\tPandawai\t33\t4.880\t5.017\t9.897",
				"\tJumlah\t142\t21.199\t21.869\t43.068",
			} {
				if !strings.Contains(strings.Join(got, "\n")+"\n", "\n"+w+"\n") {
					t.Errorf("no line %q in\n%q", w, got)
				}
			}
		})
	}
}
