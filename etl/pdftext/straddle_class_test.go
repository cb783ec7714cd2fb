package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// courierWidth is the advance of s in Courier at size pt.
func courierWidth(s string, pt float64) float64 {
	return 0.6 * pt * float64(len([]rune(s)))
}

// overrunCell is one cell of overrunGrid: its lines, set flush left at
// the column's padding unless right is set (flush right), or at an
// explicit x when at is set (a header placed by hand).
type overrunCell struct {
	lines []string
	right bool
	at    float64
}

// overrunGrid draws a fully ruled table in Courier at pt: columns between
// xs, each row as tall as its tallest cell, each cell's lines set 1.2 pt
// sizes apart from its padding whatever their width, so a word wider than
// its column runs over the rule (as a generator that folds a cell by a
// count of characters sets it).
func overrunGrid(xs []float64, pt float64, rows [][]overrunCell) string {
	var b strings.Builder
	b.WriteString("0.5 w\n")
	lead := 1.2 * pt
	y := 780.0
	var ys []float64
	ys = append(ys, y)
	for _, row := range rows {
		n := 1
		for _, c := range row {
			n = max(n, len(c.lines))
		}
		for ci, c := range row {
			for k, s := range c.lines {
				x := xs[ci] + 3
				switch {
				case c.at > 0:
					x = c.at
				case c.right:
					x = xs[ci+1] - 3 - courierWidth(s, pt)
				}
				fmt.Fprintf(&b, "BT /F2 %g Tf %.2f %.2f Td (%s) Tj ET\n", pt, x, y-pt-float64(k)*lead, s)
			}
		}
		y -= float64(n)*lead + 4
		ys = append(ys, y)
	}
	for _, yy := range ys {
		fmt.Fprintf(&b, "%.1f %.2f m %.1f %.2f l S\n", xs[0], yy, xs[len(xs)-1], yy)
	}
	for _, x := range xs {
		fmt.Fprintf(&b, "%.1f %.2f m %.1f %.2f l S\n", x, ys[0], x, ys[len(ys)-1])
	}
	// prose under the table gives the page its line pitch
	for k, s := range []string{"Sumber: Subbagian Program dan Data.", "Tabel di atas disusun dari dokumen DIPA."} {
		fmt.Fprintf(&b, "BT /F1 10 Tf 50 %.1f Td (%s) Tj ET\n", y-30-12*float64(k), s)
	}
	return b.String()
}

func left(lines ...string) overrunCell  { return overrunCell{lines: lines} }
func right(lines ...string) overrunCell { return overrunCell{lines: lines, right: true} }

// TestWordOverRule: in a fully ruled table a word set wider than its
// column runs over the column's rule; it stays whole in the cell it
// starts in and leaves the next cell alone, whether it ends a cell's
// first line or a folded line under it, and a figure set flush right
// that overflows leftwards over its rule stays whole in its own column.
// A header that overflows up to the next header, the two parted by a
// few tenths of a point only, still parts from it.
func TestWordOverRule(t *testing.T) {
	const pt = 8
	cap := []float64{50, 66, 196, 236, 290, 350}
	tests := []struct {
		name string
		xs   []float64
		rows [][]overrunCell
		want []string
	}{
		{"name over the unit column", cap, [][]overrunCell{
			{left("No"), left("Indikator"), left("Satuan"), left("Target"), left("Capaian")},
			// 28 characters from x 69 end at 203,4: "ar" crosses the rule at 196
			{left("1"), left("Persentase pemilih terdaftar", "secara tepat waktu"), right("%"), right("90,00"), right("101,25")},
			{left("2"), left("Nilai SAKIP"), left("Nilai"), right("70,00"), right("98,40")},
		}, []string{
			"No\tIndikator\tSatuan\tTarget\tCapaian",
			"1\tPersentase pemilih terdaftar secara tepat waktu\t%\t90,00\t101,25",
			"2\tNilai SAKIP\tNilai\t70,00\t98,40",
		}},
		{"folded line over the unit column", cap, [][]overrunCell{
			{left("No"), left("Indikator"), left("Satuan"), left("Target"), left("Capaian")},
			{left("1"), left("Persentase logistik yang", "didistribusikan tepat jumlah", "dan tepat mutu"), left("%"), right("100,00"), right("100,00")},
			{left("2"), left("Persentase arsip inaktif", "yang dikelola sesuai aturannya"), left("%"), right("75,00"), right("104,13")},
		}, []string{
			"No\tIndikator\tSatuan\tTarget\tCapaian",
			"1\tPersentase logistik yang didistribusikan tepat jumlah dan tepat mutu\t%\t100,00\t100,00",
			"2\tPersentase arsip inaktif yang dikelola sesuai aturannya\t%\t75,00\t104,13",
		}},
		{"figure over its left rule", []float64{50, 100, 230, 284, 350}, [][]overrunCell{
			{left("Kode"), left("Program / Kegiatan"), left("Pagu"), left("Realisasi")},
			// 14 characters of 4,8 pt in a column 54 pt wide
			{left("3360"), left("Operasional Kantor"), right("11.612.045.000"), right("1.577.004.388")},
			{left("6709"), left("Sosialisasi"), right("948.230.000"), right("931.004.120")},
		}, []string{
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi",
			"3360\tOperasional Kantor\t11.612.045.000\t1.577.004.388",
			"6709\tSosialisasi\t948.230.000\t931.004.120",
		}},
		{"header up to the next header", []float64{50, 100, 170, 260, 350}, [][]overrunCell{
			// "Uraian Kegiatan" (72 pt from x 103) runs to 175; "Pagu" set 0,3 pt after it
			{left("Kode"), left("Uraian Kegiatan"), overrunCell{lines: []string{"Pagu"}, at: 175.3}, left("Realisasi")},
			{left("3355"), left("Keuangan"), right("677.100.000"), right("650.914.207")},
			{left("3358"), left("Kepegawaian"), right("343.500.000"), right("338.100.450")},
		}, []string{
			"Kode\tUraian Kegiatan\tPagu\tRealisasi",
			"3355\tKeuangan\t677.100.000\t650.914.207",
			"3358\tKepegawaian\t343.500.000\t338.100.450",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			overruns := 0
			for _, row := range tc.rows {
				for ci, c := range row {
					for _, s := range c.lines {
						if courierWidth(s, pt)+3 > tc.xs[ci+1]-tc.xs[ci] {
							overruns++
						}
					}
				}
			}
			if overruns == 0 {
				t.Fatal("no cell runs over its rule: the case tests nothing")
			}
			got := nonBlankLines(t, overrunGrid(tc.xs, pt, tc.rows))
			wantLines(t, got[:min(len(got), len(tc.want))], tc.want)
		})
	}
}
