package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// afm is Helvetica's advance per character, in thousandths of an em (its
// AFM), for the characters these made-up tables use.
var afm = func() map[rune]float64 {
	m := map[rune]float64{' ': 278, '(': 333, ')': 333, ',': 278, '-': 333, '.': 278, '/': 278, ':': 278, '%': 889, '+': 584}
	for r := '0'; r <= '9'; r++ {
		m[r] = 556
	}
	up := []float64{667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611}
	lo := []float64{556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500}
	for i := range 26 {
		m['A'+rune(i)], m['a'+rune(i)] = up[i], lo[i]
	}
	return m
}()

// afmWidth is the advance of s in Helvetica at pt.
func afmWidth(s string, pt float64) float64 {
	w := 0.0
	for _, r := range s {
		w += afm[r]
	}
	return w * pt / 1000
}

// edgeCell is one run of a table set on tab stops: text from x (a left
// tab), a figure ending at x (a right tab), or a figure whose decimal
// comma stands at x (a decimal tab; an integer ends there).
type edgeCell struct {
	x    float64
	kind byte // 'L', 'R' or 'D'
	s    string
}

// edgeTable sets the rows in Helvetica 8 pt, 13 pt apart, with a grey
// hairline from 60 to 540 under every row when hairlines is set (a
// stack), none otherwise (a borderless table), and returns the lines.
func edgeTable(t *testing.T, hairlines bool, rows [][]edgeCell) []string {
	t.Helper()
	var b strings.Builder
	b.WriteString("BT /F1 10 Tf 60 760 Td (Tabel 4.2 Rekapitulasi menurut wilayah) Tj ET\n")
	for r, row := range rows {
		y := 730 - 13*float64(r)
		for _, c := range row {
			x := c.x
			switch c.kind {
			case 'R':
				x -= afmWidth(c.s, 8)
			case 'D':
				whole := c.s
				if i := strings.LastIndex(c.s, ","); i >= 0 {
					whole = c.s[:i]
				}
				x -= afmWidth(whole, 8)
			}
			fmt.Fprintf(&b, "BT /F1 8 Tf %.3f %.2f Td (%s) Tj ET\n", x, y, c.s)
		}
		if hairlines {
			fmt.Fprintf(&b, "0.6 G 0.25 w 60 %.2f m 540 %.2f l S\n", y-3.5, y-3.5)
		}
	}
	return convertLines(t, b.String())
}

// tight is where a right tab must stand for fig to start gap points after
// text set from x.
func tight(x float64, text, fig string, gap float64) float64 {
	return x + afmWidth(text, 8) + gap + afmWidth(fig, 8)
}

// TestFigureEdgeClass: a figure column set on a right (or decimal) tab
// close to a text column on a left tab comes out as its own cell although
// one long name runs up to its figure and closes the river every other
// row leaves: the figures share their tab stop down the table. Made-up
// offices and figures, with and without hairlines between the rows.
func TestFigureEdgeClass(t *testing.T) {
	L := func(x float64, s string) edgeCell { return edgeCell{x, 'L', s} }
	R := func(x float64, s string) edgeCell { return edgeCell{x, 'R', s} }
	D := func(x float64, s string) edgeCell { return edgeCell{x, 'D', s} }
	long := "KOTA CONTOH RAYA (41 desa/kel.)"
	e := tight(80, long, "150", 0.4) // the name touches its TPS figure
	voters := [][]edgeCell{
		{L(60, "No"), L(80, "Kecamatan (Kelurahan)"), R(e, "TPS"), R(e+60, "Pria"), R(e+120, "Wanita"), R(e+180, "Jumlah")},
		{R(70, "1"), L(80, "KOTA LAMA (7 kel.)"), R(e, "22"), R(e+60, "3.114"), R(e+120, "3.287"), R(e+180, "6.401")},
		{R(70, "2"), L(80, "BAKUNASE (11 kel.)"), R(e, "41"), R(e+60, "5.020"), R(e+120, "5.361"), R(e+180, "10.381")},
		{R(70, "3"), L(80, "OEBOBO TENGAH (14 kel.)"), R(e, "30"), R(e+60, "4.470"), R(e+120, "4.118"), R(e+180, "8.588")},
		{R(70, "4"), L(80, "MAULAFA (9 kel.)"), R(e, "57"), R(e+60, "6.903"), R(e+120, "7.015"), R(e+180, "13.918")},
		{L(80, long), R(e, "150"), R(e+60, "19.507"), R(e+120, "19.781"), R(e+180, "39.288")},
	}
	votersWant := []string{
		"No\tKecamatan (Kelurahan)\tTPS\tPria\tWanita\tJumlah",
		"1\tKOTA LAMA (7 kel.)\t22\t3.114\t3.287\t6.401",
		"4\tMAULAFA (9 kel.)\t57\t6.903\t7.015\t13.918",
		"\t" + long + "\t150\t19.507\t19.781\t39.288",
	}
	// a decimal tab: "87" ends where the others' comma stands; the long
	// indicator in the middle of the table runs up to its "100".
	ind := "Persentase laporan keuangan yang tepat waktu"
	c := tight(80, ind, "100", 0.3)
	capaian := [][]edgeCell{
		{L(60, "No"), L(80, "Indikator"), R(c+12, "Capaian"), R(c+70, "Bobot")},
		{R(70, "1"), L(80, "Tingkat partisipasi pemilih"), D(c, "98,50"), R(c+70, "20")},
		{R(70, "2"), L(80, "Indeks kepuasan layanan"), D(c, "100,00"), R(c+70, "15")},
		{R(70, "3"), L(80, ind), D(c, "100,00"), R(c+70, "25")},
		{R(70, "4"), L(80, "Jumlah sosialisasi tatap muka"), D(c, "87"), R(c+70, "10")},
		{R(70, "5"), L(80, "Persentase arsip tertata"), D(c, "102,75"), R(c+70, "30")},
	}
	capaianWant := []string{
		"3\t" + ind + "\t100,00\t25",
		"4\tJumlah sosialisasi tatap muka\t87\t10",
		"5\tPersentase arsip tertata\t102,75\t30",
	}
	for _, tc := range []struct {
		name      string
		hairlines bool
		rows      [][]edgeCell
		want      []string
	}{
		{"voters under hairlines", true, voters, votersWant},
		{"voters borderless", false, voters, votersWant},
		{"indicator before a decimal tab", true, capaian, capaianWant},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeTable(t, tc.hairlines, tc.rows)
			holdsLines(t, got, tc.want)
		})
	}
}

// TestFigureEdgeLookAlikes: a name that ends in a number of its own
// ("RT 05", "Dapil 2") is no figure: numbers one space after the same
// word line up down a table without making a column, a name ending in a
// number beside a figure column set close keeps its number, and a number
// in a name reaching past the other names' ends (a row with no figure)
// keeps the column whole rather than be cut off.
func TestFigureEdgeLookAlikes(t *testing.T) {
	L := func(x float64, s string) edgeCell { return edgeCell{x, 'L', s} }
	R := func(x float64, s string) edgeCell { return edgeCell{x, 'R', s} }
	long := "KOTA CONTOH RAYA (41 desa/kel.)"
	e := tight(80, long, "150", 0.4)
	voters := func(last ...edgeCell) [][]edgeCell {
		rows := [][]edgeCell{
			{L(60, "No"), L(80, "Kecamatan (Kelurahan)"), R(e, "TPS"), R(e+60, "Pemilih")},
			{R(70, "1"), L(80, "KOTA LAMA (7 kel.)"), R(e, "22"), R(e+60, "6.401")},
			{R(70, "2"), L(80, "BAKUNASE RT 05"), R(e, "41"), R(e+60, "10.381")},
			{R(70, "3"), L(80, "OEBOBO (14 kel.)"), R(e, "30"), R(e+60, "8.588")},
			{R(70, "4"), L(80, "MAULAFA (9 kel.)"), R(e, "57"), R(e+60, "13.918")},
			{L(80, long), R(e, "150"), R(e+60, "39.288")},
		}
		if len(last) > 0 {
			rows = append(rows, last)
		}
		return rows
	}
	for _, tc := range []struct {
		name  string
		rows  [][]edgeCell
		want  []string
		never []string
	}{
		{"numbered names aligned, no figure column close", [][]edgeCell{
			{L(60, "No"), L(80, "Daerah Pemilihan"), R(260, "Kursi"), R(330, "Pemilih")},
			{R(70, "1"), L(80, "Dapil 1"), R(260, "7"), R(330, "21.404")},
			{R(70, "2"), L(80, "Dapil 2"), R(260, "6"), R(330, "18.226")},
			{R(70, "3"), L(80, "Dapil 3"), R(260, "5"), R(330, "15.930")},
			{R(70, "4"), L(80, "Dapil 4"), R(260, "7"), R(330, "20.117")},
		}, []string{"1\tDapil 1\t7\t21.404", "4\tDapil 4\t7\t20.117"}, []string{"Dapil\t"}},
		{"a name ending in a number beside a close figure column", voters(),
			[]string{"2\tBAKUNASE RT 05\t41\t10.381", "\t" + long + "\t150\t39.288"}, []string{"RT\t05"}},
		{"a number in a name past the others' ends", voters(R(70, "5"), L(80, "KOTA CONTOH RAYA SELATAN RT 13")),
			nil, []string{"\t13\t", "RT\t"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeTable(t, true, tc.rows)
			holdsLines(t, got, tc.want)
			for _, l := range got {
				for _, n := range tc.never {
					if strings.Contains(l, n) {
						t.Errorf("line %q holds %q", l, n)
					}
				}
			}
		})
	}
}

// holdsLines fails the test unless every line of want is a line of got.
func holdsLines(t *testing.T, got, want []string) {
	t.Helper()
	have := map[string]bool{}
	for _, l := range got {
		have[l] = true
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("no line %q in\n%q", w, got)
		}
	}
}
