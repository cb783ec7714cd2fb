package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// chip is a small filled shape of decoration: a terrazzo chip, a speckle,
// a dot of a stain, w x h pt at (x, y) in a pale or earthy colour.
func chip(rgb string, x, y, w, h float64) string {
	return fmt.Sprintf("%s rg %.2f %.2f %.2f %.2f re f\n", rgb, x, y, w, h)
}

// chipsFrame is a decorated page's inlaid border: a strip drawn as two
// stroked rectangles 3.4 pt apart a little inside the page edge, round
// the text. Each alone is a box, no table; a chip lying across the strip
// touches both and must not join them into a three-column grid.
func chipsFrame() string {
	return "0.69 0.55 0.24 RG 1.6 w 22.7 22.7 549.9 796.5 re S\n0.49 0.38 0.14 RG 0.8 w 26.1 26.1 543.1 789.7 re S\n"
}

// chipsProse sets lines of body text from the top down, 12 pt apart.
func chipsProse(lines []string, top float64) string {
	var b strings.Builder
	b.WriteString("0.16 0.16 0.16 rg\n")
	for i, ln := range lines {
		fmt.Fprintf(&b, "BT /F1 8 Tf 68 %.1f Td (%s) Tj ET\n", top-float64(i)*12, ln)
	}
	return b.String()
}

// TestChipsClass: small squat filled shapes strewn over a decorated page
// (chips, speckles, stain dots, in any colour, 1 to 4 pt a side) are no
// rules: one lying on the page's inlaid border does not turn the page into
// a one-celled table, one lying on a table's rules does not cut a wrapped
// row in two nor add a column. Made-up pages: a framed page of prose and a
// table, chips on the frame, on the table's outer and inner rules.
func TestChipsClass(t *testing.T) {
	body := []string{"Pagu anggaran tahun berjalan disajikan pada tabel berikut.", "Seluruh kegiatan dilaksanakan sesuai rencana."}
	rows := [][]string{
		{"No", "Kecamatan", "TPS", "L", "P", "Jumlah"},
		{"1", "Wolo/Selatan", "19", "2.049", "2.207", "4.256"},
		{"2", "Nanga/Barat/Daya", "52", "5.387", "5.949", "11.336"},
	}
	xs := []float64{68, 95, 200, 250, 310, 370, 440}
	cases := []struct {
		name  string
		chips func(tops []float64) string
	}{
		{"chips on the page's border beside prose and the table", func(tops []float64) string {
			return chip("0.96 0.95 0.93", 21.5, 640, 2.3, 1.8) + chip("0.71 0.40 0.29", 571.8, 702, 2.6, 2.0) +
				chip("0.44 0.48 0.52", 300, 21.9, 1.9, 1.5) + chip("0.79 0.64 0.36", 120, 818.5, 3.1, 2.4)
		}},
		{"speckles on the table's outer and column rules, inside a wrapped row", func(tops []float64) string {
			return chip("0.44 0.48 0.52", xs[0]-1, tops[2]+9, 2.2, 1.7) + chip("0.79 0.64 0.36", xs[2]-1.2, tops[2]+12, 1.6, 2.2) +
				chip("0.71 0.40 0.29", xs[6]-1, tops[1]+6, 2.4, 1.9) + chip("0.2 0.2 0.2", xs[4]+20, tops[3]-0.8, 1.8, 1.6)
		}},
	}
	want := []string{
		"Pagu anggaran tahun berjalan disajikan pada tabel berikut.",
		"Seluruh kegiatan dilaksanakan sesuai rencana.",
		"",
		"No\tKecamatan\tTPS\tL\tP\tJumlah",
		"1\tWolo Selatan\t19\t2.049\t2.207\t4.256",
		"2\tNanga Barat Daya\t52\t5.387\t5.949\t11.336",
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			table, tops := creaseTable(rows, xs, 640, 30)
			got := convertLines(t, chipsFrame()+chipsProse(body, 700)+table+tc.chips(tops))
			wantLines(t, got, want)
		})
	}
}

// TestChipsLookAlike: a word processor's table whose borders are thin
// filled bars, some short (a narrow column's piece of border, 5 pt by
// 1.5 pt), stays a ruled table: a bar is a rule, only a squat chip is not.
func TestChipsLookAlike(t *testing.T) {
	var b strings.Builder
	xs := []float64{68, 76, 200, 260}
	ys := []float64{700, 684, 668, 652}
	rows := [][]string{{"No", "Barang", "Stok"}, {"1", "Kertas", "120"}, {"2", "Tinta", "35"}}
	b.WriteString("0 0 0 rg\n")
	for _, y := range ys {
		for c := 0; c+1 < len(xs); c++ {
			fmt.Fprintf(&b, "%.1f %.1f %.1f 1.5 re f\n", xs[c], y-0.75, xs[c+1]-xs[c])
		}
	}
	for _, x := range xs {
		for r := 0; r+1 < len(ys); r++ {
			fmt.Fprintf(&b, "%.1f %.1f 1.5 %.1f re f\n", x-0.75, ys[r+1], ys[r]-ys[r+1])
		}
	}
	for r, row := range rows {
		for c, s := range row {
			fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+2, ys[r]-11, s)
		}
	}
	got := convertLines(t, b.String())
	wantLines(t, got, []string{"No\tBarang\tStok", "1\tKertas\t120", "2\tTinta\t35"})
}
