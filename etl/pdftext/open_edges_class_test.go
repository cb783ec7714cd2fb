package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestInsideBordersOnly: a table ruled only between its rows and between
// its columns (Word's "Inside Borders", no frame) has its first and last
// columns and its title and last rows outside every rule pair; the rules'
// own ends mark the table's edges, so a row whose name wraps over two
// lines, its number and figure centred beside them, keeps them on its
// row.
func TestInsideBordersOnly(t *testing.T) {
	var b strings.Builder
	put := func(y float64, cells ...any) {
		for k := 0; k+1 < len(cells); k += 2 {
			fmt.Fprintf(&b, "BT /F1 8 Tf %v %.1f Td (%s) Tj ET\n", cells[k], y, cells[k+1])
		}
	}
	// inside rules only: two column rules from the table's top to its
	// bottom, two row rules from its left edge to its right edge
	for _, x := range []float64{90, 250} {
		fmt.Fprintf(&b, "0.5 w %v 716 m %v 640 l S\n", x, x)
	}
	for _, y := range []float64{704, 682, 662} {
		fmt.Fprintf(&b, "0.5 w 55 %v m 330 %v l S\n", y, y)
	}
	put(707, 60, "No", 100, "Indikator", 270, "Capaian")
	put(695, 100, "Persentase partisipasi")
	put(690.5, 60, "1", 270, "104,26")
	put(686, 100, "pemilih dalam Pemilu")
	put(673, 100, "Persentase arsip")
	put(668.5, 60, "2", 270, "110,00")
	put(664, 100, "inaktif dikelola")
	put(653, 100, "Opini BPK atas")
	put(648.5, 60, "3", 270, "100,00")
	put(644, 100, "Laporan Keuangan")
	got := nonBlankLines(t, b.String())
	wantLines(t, got, []string{
		"No\tIndikator\tCapaian",
		"1\tPersentase partisipasi pemilih dalam Pemilu\t104,26",
		"2\tPersentase arsip inaktif dikelola\t110,00",
		"3\tOpini BPK atas Laporan Keuangan\t100,00",
	})
}
