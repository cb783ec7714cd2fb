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

// TestStackedTablesApart: tables of one width ruled under every row (dotted
// row rules, no vertical lines) make one stack. A paragraph line between
// two of them, set in the prose's larger type or standing apart from the
// rule over it, sits in the band over the next header: it is no cell of
// that header, and each table keeps its own columns. A total set as a table of its own under the last one, apart
// from its rule and with cells laid out anew (its label over the gap after
// "No"), is cut at its own gaps, its empty first cell kept, and does not
// fuse "No" with "Kecamatan" in the rows above.
func TestStackedTablesApart(t *testing.T) {
	for _, tc := range []struct {
		name  string
		size  float64 // the caption's type
		y     float64 // its baseline, under the rule at 649.4
		above bool    // rows ruled over them, not under
	}{
		{"caption in a larger type", 9.5, 638, false},
		{"caption in the rows' type, apart from the rule", 6.5, 635, false},
		{"rows ruled over them", 9.5, 638, true},
	} {
		t.Run(tc.name, func(t *testing.T) { stackedTablesApart(t, tc.size, tc.y, tc.above) })
	}
}

func stackedTablesApart(t *testing.T, size, y float64, above bool) {
	var b strings.Builder
	xs := []float64{51, 131, 211, 291, 371, 451, 511}
	row := func(y float64, cells ...string) {
		for k, c := range cells {
			if c != "" {
				fmt.Fprintf(&b, "BT /F1 6.5 Tf %v %.1f Td (%s) Tj ET\n", xs[k], y, c)
			}
		}
		r := y - 3
		if above {
			r = y + 7.4
		}
		fmt.Fprintf(&b, "0.4 w 45 %.1f m 550 %.1f l S\n", r, r)
	}
	caption := func(y float64, s string) { fmt.Fprintf(&b, "BT /F1 9.5 Tf 51 %.1f Td (%s) Tj ET\n", y, s) }
	second := func(y float64, s string) { fmt.Fprintf(&b, "BT /F1 %v Tf 51 %.1f Td (%s) Tj ET\n", size, y, s) }
	head := []string{"No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"}
	caption(700, "Dapil Manggarai Timur 1")
	row(686, head...)
	row(675.8, "1", "BORONG", "25", "93", "11.612", "12.296", "23.908")
	row(665.6, "2", "RANA MESE", "15", "96", "6.695", "6.748", "13.443")
	row(655.4, "", "Jumlah Dapil 1", "40", "189", "18.307", "19.044", "37.351")
	second(y, "Dapil Manggarai Timur 2")
	row(623, head...)
	row(612.8, "4", "ELAR", "19", "81", "9.796", "10.325", "20.121")
	row(602.6, "5", "ELAR SELATAN", "19", "86", "10.790", "11.014", "21.804")
	row(592.4, "", "Jumlah Dapil 2", "38", "167", "20.586", "21.339", "41.925")
	xs = []float64{76, 386, 410, 436, 478, 515}
	row(575.5, "TOTAL KAB. MANGGARAI TIMUR", "78", "356", "38.893", "40.383", "79.276")
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
	hd := strings.Join(head, "\t")
	wantLines(t, got, []string{
		"Dapil Manggarai Timur 1",
		hd,
		"1\tBORONG\t25\t93\t11.612\t12.296\t23.908",
		"2\tRANA MESE\t15\t96\t6.695\t6.748\t13.443",
		"\tJumlah Dapil 1\t40\t189\t18.307\t19.044\t37.351",
		"Dapil Manggarai Timur 2",
		hd,
		"4\tELAR\t19\t81\t9.796\t10.325\t20.121",
		"5\tELAR SELATAN\t19\t86\t10.790\t11.014\t21.804",
		"\tJumlah Dapil 2\t38\t167\t20.586\t21.339\t41.925",
		"\tTOTAL KAB. MANGGARAI TIMUR\t78\t356\t38.893\t40.383\t79.276",
	})
}

// TestStackAmountCut: in a table ruled under every row, an amount the
// typesetter broke inside at its column's edge ("3.049.046.00" over "0")
// in a band whose label wraps too is one row: the rest of the amount is no number of its own,
// so the band is not cut into two rows.
func TestStackAmountCut(t *testing.T) {
	var b strings.Builder
	put := func(y, x float64, s string) { fmt.Fprintf(&b, "BT /F1 8 Tf %v %.1f Td (%s) Tj ET\n", x, y, s) }
	rule := func(y float64) { fmt.Fprintf(&b, "0.4 w 45 %.1f m 400 %.1f l S\n", y, y) }
	put(700, 50, "Kode")
	put(700, 100, "Program")
	put(700, 250, "Pagu")
	rule(697)
	put(688, 50, "WA")
	put(688, 100, "Dukungan")
	put(688, 250, "505.957.000")
	rule(685)
	put(676, 50, "CQ")
	put(676, 100, "Program Penyelenggaraan")
	put(676, 250, "3.049.046.00")
	put(667, 100, "Pemilu")
	put(667, 250, "0")
	rule(664)
	put(655, 100, "Jumlah")
	put(655, 250, "3.555.003.00")
	put(646, 250, "0")
	rule(643)
	got := convertLines(t, b.String())
	wantLines(t, got, []string{
		"Kode\tProgram\tPagu",
		"WA\tDukungan\t505.957.000",
		"CQ\tProgram Penyelenggaraan Pemilu\t3.049.046.000",
		"\tJumlah\t3.555.003.000",
	})
}
