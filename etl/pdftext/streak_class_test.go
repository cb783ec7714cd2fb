package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// streakTable writes a table in the letterpress manner: no vertical
// rules, a rule above and below the header and one under the last row;
// each cell's text starts at its column's x (figures too, so a column's
// left edges line up). Rows are 14 pt apart from top down.
func streakTable(rows [][]string, xs []float64, top float64) string {
	var b strings.Builder
	for i, row := range rows {
		y := top - 10 - float64(i)*14
		for c, s := range row {
			if s != "" {
				fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c], y, s)
			}
		}
	}
	bottom := top - float64(len(rows))*14
	fmt.Fprintf(&b, "0.6 0.1 0.1 RG 0.7 w %.1f %.1f m %.1f %.1f l S\n", xs[0]-3, top, 560.0, top)
	fmt.Fprintf(&b, "0.4 w %.1f %.1f m %.1f %.1f l S\n", xs[0]-3, top-14, 560.0, top-14)
	fmt.Fprintf(&b, "0.4 0.3 0.2 RG 0.6 w %.1f %.1f m %.1f %.1f l S\n", xs[0]-3, bottom, 560.0, bottom)
	return b.String()
}

// streak is one bark streak (a fibre, a scratch): a single thin stroke
// from (x, y0) to (x+tilt, y1), its own path, a slight tilt off the
// vertical (under half a point over its whole length).
func streak(x, y0, y1, tilt float64) string {
	return fmt.Sprintf("0.55 0.42 0.3 RG 0.35 w %.2f %.2f m %.2f %.2f l S\n", x, y0, x+tilt, y1)
}

var streakRows = [][]string{
	{"Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"},
	{"2201", "Dukungan Manajemen", "912.400.000", "890.118.200", "22.281.800", "97,56"},
	{"2204", "Penyelenggaraan Pemilu", "301.000.000", "288.960.000", "12.040.000", "96,00"},
}

var streakXs = []float64{60, 100, 250, 320, 390, 460}

// TestStreakClass: the long thin streaks of a textured paper (bark
// fibres of a daluang sheet, scratches of a scan) are single strokes with
// a slight tilt; one that crosses a table is no column rule, so the
// header and the rows keep their cells. Made-up tables, streaks through a
// header word, between columns, tilted either way, one or two at once.
func TestStreakClass(t *testing.T) {
	want := []string{
		"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)",
		"2201\tDukungan Manajemen\t912.400.000\t890.118.200\t22.281.800\t97,56",
		"2204\tPenyelenggaraan Pemilu\t301.000.000\t288.960.000\t12.040.000\t96,00",
	}
	cases := []struct {
		name string
		draw string
	}{
		{"one from the header band down the left edge, one ending on the top rule, one through the last header word",
			streak(57.2, 690, 560, 0.3) + streak(300, 790, 700.5, 0.2) + streak(480, 790, 640, -0.3)},
		{"three down the page through header and rows, tilted either way",
			streak(90, 800, 600, 0.15) + streak(300, 780, 620, -0.4) + streak(452, 790, 665, 0.1)},
		{"four from the margin into the first row, between columns",
			streak(95, 820, 678, 0.42) + streak(242, 760, 672, -0.45) + streak(385, 770, 675, 0.1) + streak(455, 720, 680, 0.25)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := convertLines(t, tc.draw+streakTable(streakRows, streakXs, 700))
			wantLines(t, got, want)
		})
	}
}

// TestStreakLookAlike: a ruled table whose every border is a stroke of
// its own (one "m l S" a line, as some writers draw a grid) keeps its
// grid: each stroke is on its axis, or off it by a rounding error (a
// hundredth of a point), so none is taken for a streak. A cell whose
// words stand far apart stays one cell, as the grid says.
func TestStreakLookAlike(t *testing.T) {
	for _, off := range []float64{0, 0.01} {
		var b strings.Builder
		xs := []float64{60, 85, 230, 280, 330}
		ys := []float64{700, 684, 668, 652}
		b.WriteString("0 0 0 RG 0.4 w\n")
		for _, y := range ys {
			fmt.Fprintf(&b, "%.2f %.2f m %.2f %.2f l S\n", xs[0], y, xs[len(xs)-1], y+off)
		}
		for _, x := range xs {
			fmt.Fprintf(&b, "%.2f %.2f m %.2f %.2f l S\n", x, ys[0], x+off, ys[len(ys)-1])
		}
		rows := [][]string{{"No", "Kecamatan", "", "Desa", "TPS"}, {"1", "Alpha", "Barat", "9", "31"}, {"2", "Beta", "Timur", "7", "28"}}
		for i, row := range rows {
			y := ys[i] - 11
			for c, at := range []float64{63, 88, 170, 233, 283} {
				if row[c] != "" {
					fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", at, y, row[c])
				}
			}
		}
		got := convertLines(t, b.String())
		want := []string{
			"No\tKecamatan\tDesa\tTPS",
			"1\tAlpha Barat\t9\t31",
			"2\tBeta Timur\t7\t28",
		}
		wantLines(t, got, want)
	}
}
