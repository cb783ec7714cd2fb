package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// mapSheet describes a page printed on a map: a buff ground, a grid of
// thin lines edge to edge at pitch points, coordinate labels in labelPt
// round the edges (left or right column, top or bottom row), a white panel
// over the map, then the body and a ruled table on the panel.
type mapSheet struct {
	grid           bool
	pitch          float64
	left, right    bool // a column of latitude labels
	top, bottom    bool // a row of longitude labels
	labelPt        float64
	panel          bool
	prose          []string
	table          [][]string
	labelsTextSize bool // the labels in the body's own size (a look-alike)
}

func (m mapSheet) content() string {
	var b strings.Builder
	const w, h = 595.0, 842.0
	b.WriteString("0.95 0.92 0.84 rg 0 0 595 842 re f\n")
	if m.grid {
		b.WriteString("0.7 0.78 0.84 RG 0.3 w\n")
		for x := 0.0; x <= w; x += m.pitch {
			fmt.Fprintf(&b, "%.1f 0 m %.1f 842 l S\n", x, x)
		}
		for y := 0.0; y <= h; y += m.pitch {
			fmt.Fprintf(&b, "0 %.1f m 595 %.1f l S\n", y, y)
		}
	}
	pt := m.labelPt
	if m.labelsTextSize {
		pt = 9
	}
	b.WriteString("0.45 0.5 0.6 rg\n")
	k := 0
	for y := m.pitch; y < h-m.pitch/2; y += m.pitch {
		lab := fmt.Sprintf("8\\260%02d' LS", (k*10)%60)
		if m.left {
			fmt.Fprintf(&b, "BT /F1 %g Tf 2 %.1f Td (%s) Tj ET\n", pt, y+1, lab)
		}
		if m.right {
			fmt.Fprintf(&b, "BT /F1 %g Tf 566 %.1f Td (%s) Tj ET\n", pt, y+1, lab)
		}
		k++
	}
	k = 0
	for x := 0.0; x < w-m.pitch/2; x += m.pitch {
		lab := fmt.Sprintf("121\\260%02d' BT", (k*20)%60)
		if m.top {
			fmt.Fprintf(&b, "BT /F1 %g Tf %.1f 834 Td (%s) Tj ET\n", pt, x+1, lab)
		}
		if m.bottom {
			fmt.Fprintf(&b, "BT /F1 %g Tf %.1f 3 Td (%s) Tj ET\n", pt, x+1, lab)
		}
		k++
	}
	if m.panel {
		b.WriteString("1 1 1 rg 56 34 483 745 re f\n")
	}
	b.WriteString("0 0 0 rg 0 0 0 RG 0.5 w\n")
	y := 760.0
	for _, s := range m.prose {
		fmt.Fprintf(&b, "BT /F1 9 Tf 72 %.1f Td (%s) Tj ET\n", y, s)
		y -= 13
	}
	if len(m.table) == 0 {
		return b.String()
	}
	xs := []float64{70, 95, 230, 300, 370, 450}
	top := y - 4
	for r, row := range m.table {
		for c, s := range row {
			fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+3, top-float64(r)*16-11, s)
		}
	}
	for r := 0; r <= len(m.table); r++ {
		yy := top - float64(r)*16
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", xs[0], yy, xs[len(xs)-1], yy)
	}
	for _, x := range xs {
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, top, x, top-float64(len(m.table))*16)
	}
	return b.String()
}

var mapProse = []string{
	"Sekretariat KPU Kabupaten Sabu Raijua menyusun rekapitulasi",
	"daftar pemilih tetap menurut kecamatan sebagai dasar",
	"pemutakhiran data pemilih berkelanjutan tahun berjalan.",
	"Rekapitulasi ditetapkan dalam rapat pleno terbuka dan",
	"disampaikan kepada KPU Provinsi Nusa Tenggara Timur.",
	"Tabel 4.2 Rekapitulasi DPT Pemilu 2019",
}

var mapTable = [][]string{
	{"No", "Kecamatan", "L", "P", "L+P"},
	{"1", "Sabu Barat", "7.411", "7.980", "15.391"},
	{"2", "Hawu Mehara", "5.205", "5.566", "10.771"},
	{"3", "Sabu Timur", "3.118", "3.302", "6.420"},
	{"4", "Raijua", "2.004", "2.113", "4.117"},
}

var mapRows = []string{
	"No\tKecamatan\tL\tP\tL+P",
	"1\tSabu Barat\t7.411\t7.980\t15.391",
	"2\tHawu Mehara\t5.205\t5.566\t10.771",
	"3\tSabu Timur\t3.118\t3.302\t6.420",
	"4\tRaijua\t2.004\t2.113\t4.117",
}

// TestMapSheetRead: a report printed on a map sheet (the grid hidden under
// a white panel, the coordinates round the edges in a small face) reads as
// on plain paper: the prose line by line, the table row by row, no label
// glued to a line. Each part alone too: a grid under a panel with no
// labels, labels with no grid, labels on the right and at the foot, a
// grid at another pitch. Made-up satker and figures.
func TestMapSheetRead(t *testing.T) {
	want := append(append([]string{}, mapProse...), mapRows...)
	for _, tc := range []struct {
		name string
		m    mapSheet
	}{
		{"grid, labels left and top, panel", mapSheet{grid: true, pitch: 85, left: true, top: true, labelPt: 5, panel: true}},
		{"grid under a panel, no labels", mapSheet{grid: true, pitch: 85, panel: true}},
		{"labels left and top, no grid", mapSheet{pitch: 85, left: true, top: true, labelPt: 5, panel: true}},
		{"labels right and at the foot", mapSheet{grid: true, pitch: 70, right: true, bottom: true, labelPt: 6, panel: true}},
		{"labels on every side, no panel, no grid", mapSheet{pitch: 60, left: true, right: true, top: true, bottom: true, labelPt: 5.5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.m.prose, tc.m.table = mapProse, mapTable
			got := convertLines(t, tc.m.content())
			var kept []string
			for _, l := range got {
				if l != "" {
					kept = append(kept, l)
				}
			}
			wantLines(t, kept, want)
		})
	}
}

// TestMapSheetLookAlikes: what only looks like a map's furniture stays.
// Coordinates printed in the body's own size are text (a table of
// stations' positions may stand at the page's edge); a grid with no panel
// over it is the ghost grid's business, not this one's, and a table ruled
// on the panel after it is drawn keeps every rule.
func TestMapSheetLookAlikes(t *testing.T) {
	t.Run("labels in the text's size stay", func(t *testing.T) {
		m := mapSheet{pitch: 85, left: true, labelsTextSize: true, panel: true, prose: mapProse, table: mapTable}
		got := strings.Join(convertLines(t, m.content()), "\n")
		if strings.Count(got, "LS") < 5 {
			t.Errorf("coordinates in the text's size were dropped:\n%s", got)
		}
	})
	t.Run("a table ruled on the panel keeps its rows", func(t *testing.T) {
		m := mapSheet{grid: true, pitch: 85, panel: true, prose: mapProse[:2], table: mapTable}
		got := convertLines(t, m.content())
		wantLines(t, got[len(got)-len(mapRows):], mapRows)
	})
}

// TestLabelShape: a label's shape sets its digits aside and asks for a
// scale sign.
func TestLabelShape(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"9°30' LS", "#°#' LS", true},
		{"123°20′ BT", "#°#′ BT", true},
		{"45°", "#°", true},
		{"12", "#", false},
		{"L+P", "L+P", false},
		{"Kecamatan Sabu Barat 12°", "", false},
	} {
		var gs []glyph
		for _, r := range tc.in {
			gs = append(gs, glyph{r: r, space: r == ' '})
		}
		got, ok := labelShape(gs)
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("labelShape(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
