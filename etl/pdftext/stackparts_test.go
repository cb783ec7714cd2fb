package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestTablesRuledUnderHeader: two tables of one width, each ruled only
// under its header and above its total, with a caption between them,
// make four rules of one extent, as a table ruled between its rows does.
// Each table keeps its own header (set above the first rule) and its
// own columns; the caption stays a line between them.
func TestTablesRuledUnderHeader(t *testing.T) {
	var b strings.Builder
	put := func(y float64, cells ...any) {
		for k := 0; k+1 < len(cells); k += 2 {
			fmt.Fprintf(&b, "BT /F1 8 Tf %v %.1f Td (%s) Tj ET\n", cells[k], y, cells[k+1])
		}
	}
	for _, y := range []float64{696, 658.5, 601, 575.5} {
		fmt.Fprintf(&b, "0.6 w 55 %.1f m 360 %.1f l S\n", y, y)
	}
	put(700, 60, "Kode", 100, "Uraian", 250, "Pagu", 320, "Sisa")
	put(686, 60, "WA", 100, "Program Dukungan", 250, "2.715.422", 320, "112.001")
	put(674, 60, "WA.3355", 100, "Pengelolaan Keuangan", 250, "508.336", 320, "15.352")
	put(662, 60, "WA.3358", 100, "Pengelolaan SDM", 250, "880.245", 320, "33.125")
	put(648, 100, "Jumlah", 250, "4.104.003", 320, "160.478")
	put(625, 60, "Tabel 3.9 Anggaran per Sumber Dana")
	put(605, 60, "Sumber Dana", 250, "Pagu", 320, "Persen")
	put(591, 60, "Rupiah Murni", 250, "4.094.050", 320, "95,95")
	put(579, 60, "PNBP", 250, "24.600", 320, "100,00")
	put(565, 60, "Jumlah", 250, "4.118.650", 320, "95,97")
	res, err := Convert(context.Background(), contentPDF(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(string(res.Text), "\n") {
		if l != "" {
			got = append(got, l) // the blank lines are withGaps' business
		}
	}
	wantLines(t, got, []string{
		"Kode\tUraian\tPagu\tSisa",
		"WA\tProgram Dukungan\t2.715.422\t112.001",
		"WA.3355\tPengelolaan Keuangan\t508.336\t15.352",
		"WA.3358\tPengelolaan SDM\t880.245\t33.125",
		"\tJumlah\t4.104.003\t160.478",
		"Tabel 3.9 Anggaran per Sumber Dana",
		"Sumber Dana\tPagu\tPersen",
		"Rupiah Murni\t4.094.050\t95,95",
		"PNBP\t24.600\t100,00",
		"Jumlah\t4.118.650\t95,97",
	})
}

// TestHeadRows: the header set right above a stack's first rule joins the
// stack, as one band when its lines step closer than the rows (a header
// row with wrapped cells) or as a band per line when they step as far (a
// two-level header); a caption standing apart, or a line of prose on the
// rule, does not.
func TestHeadRows(t *testing.T) {
	line := func(base float64, ws ...[2]float64) textLine {
		var l textLine
		for i, w := range ws {
			l.words = append(l.words, word{text: "w" + string(rune('a'+i)), x0: w[0], x1: w[1], base: base, size: 8, top: base - 4, bottom: base + 4})
		}
		finishLine(&l)
		return l
	}
	seed := func(base float64) textLine { return line(base, [2]float64{60, 80}, [2]float64{150, 180}) }
	cont := func(base float64) textLine { return line(base, [2]float64{150, 170}) }
	prose := func(base float64) textLine {
		return line(base, [2]float64{60, 80}, [2]float64{82, 100}, [2]float64{102, 130})
	}
	body := seed(107)
	for _, tc := range []struct {
		name  string
		lines []textLine
		want  []float64
	}{
		{"header row with wrapped cells", []textLine{prose(60), seed(77), cont(86), cont(95), body}, []float64{72.5, 100, 200}},
		{"two-level header", []textLine{seed(83), seed(95), body}, []float64{78.5, 89, 100, 200}},
		{"prose on the rule", []textLine{prose(95), body}, []float64{100, 200}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &stack{x0: 50, x1: 400, ys: []float64{100, 200}}
			headRows(s, tc.lines)
			if fmt.Sprint(s.ys) != fmt.Sprint(tc.want) {
				t.Errorf("ys = %v, want %v", s.ys, tc.want)
			}
		})
	}
}
