package parse

import (
	"strings"
	"testing"
)

// A hexagon map printed from a PDF: a page break (a line "\f") falls
// inside a hexagon, or inside a row of hexagons abreast; the rest of the
// cells goes on on the next page at their columns.

// hexBreakDoc: two kecamatan and the kabupaten under them; a page break
// inserted before map line at (counted from the map's first line), and
// shift spaces added to every line after it.
func hexBreakDoc(at int, shift int, twice bool) []string {
	var a hexCanvas
	a.hex(0, 2, 15, 4, "11 LEWOLEBA", "TPS 30", "L     4.100", "P     4.300", "L+P   8.400")
	a.hex(0, 30, 15, 4, "12 NUBATUKAN", "TPS 25", "L     3.200", "P     3.350", "L+P   6.550")
	a.hex(9, 16, 15, 4, "KABUPATEN", "TPS 55", "L     7.300", "P     7.650", "L+P  14.950")
	m := a.lines()
	var out []string
	for i, l := range m {
		if i == at || twice && i == at+2 {
			out = append(out, "\f")
		}
		if i >= at && shift > 0 && l != "" {
			l = strings.Repeat(" ", shift) + l
		}
		out = append(out, l)
	}
	doc := append([]string{"Tabel 3.2 Rekapitulasi DPT Pemilu 2024 per Kecamatan", ""}, out...)
	return append(doc, "", "Sumber: KPU Kabupaten, diolah.")
}

var hexBreakKec = []string{
	"pemilu|2024|kecamatan|LEWOLEBA|<nil>|30|4100|4300|8400",
	"pemilu|2024|kecamatan|NUBATUKAN|<nil>|25|3200|3350|6550",
}

// TestHexMapsPageBreak: a break inside the kabupaten's hexagon (before its
// last edges) or across a row of hexagons leaves every cell read; a break
// after which the edges no longer meet their columns, or two breaks in one
// cell, leave the cell cut unread (never a row of pieces); the whole cells stay read.
func TestHexMapsPageBreak(t *testing.T) {
	kab := "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|55|7300|7650|14950"
	all := append(append([]string{}, hexBreakKec...), kab)
	checkDocs(t, []string{"dpt"}, []docCase{
		{name: "break before the kabupaten's lower edge", body: hexBreakDoc(15, 0, false), want: map[string][]string{"dpt": all}},
		{name: "break across a row of hexagons abreast", body: hexBreakDoc(5, 0, false), want: map[string][]string{"dpt": all}},
		{name: "rest shifted off its columns", body: hexBreakDoc(15, 3, false), want: map[string][]string{"dpt": hexBreakKec}},
		{name: "two breaks in one cell", body: hexBreakDoc(13, 0, true), want: map[string][]string{"dpt": hexBreakKec}},
	})
}
