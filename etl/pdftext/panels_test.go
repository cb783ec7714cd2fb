package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// sheetPage is one printed page set on a sheet: its left edge, its lines
// from the top, the page number at its foot ("" for none), and the
// baseline of its first line (0: 480).
type sheetPage struct {
	x     float64
	lines []string
	num   string
	y     float64
}

// drawSheetPages is the content of a landscape A4 sheet (842 x 595)
// holding pages side by side, 8 pt text at a 10 pt pitch from y 480, each
// page's number 150 pt right of its edge at y 30, and a dashed fold line
// down the middle when fold is set.
func drawSheetPages(fold bool, pages ...sheetPage) string {
	var b strings.Builder
	if fold {
		b.WriteString("[2 3] 0 d 0.5 w 421 14 m 421 581 l S [] 0 d\n")
	}
	for _, p := range pages {
		if p.y == 0 {
			p.y = 480
		}
		for k, l := range p.lines {
			fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", p.x, p.y-10*float64(k), l)
		}
		if p.num != "" {
			fmt.Fprintf(&b, "BT /F1 8 Tf %.1f 30 Td (%s) Tj ET\n", p.x+150, p.num)
		}
	}
	return b.String()
}

// TestSheetPages: a sheet printed two-up (a booklet) or three-up (a
// leaflet) is read page by page, left to right, or by the page numbers
// when the imposition sets them the other way; a sheet with one page
// number, or with a line running across the middle, stays one page.
func TestSheetPages(t *testing.T) {
	left := []string{"Komisi Pemilihan Umum Kabupaten", "Sikka menyusun laporan ini"}
	right := []string{"Tabel 3.1 Capaian Kinerja", "Realisasi anggaran 95,05 persen"}
	third := []string{"Penutup laporan kinerja", "Maumere, Februari 2025"}
	two := func(ln, rn string) [][]string {
		return [][]string{{drawSheetPages(true, sheetPage{40, left, ln, 0}, sheetPage{461, right, rn, 0})}}
	}
	tests := []struct {
		name   string
		sheets [][]string
		want   []string
	}{
		{"two-up", two("- 1 -", "- 2 -"), append(append(append([]string{}, left...), "\f"), right...)},
		{"imposed", two("- 2 -", "- 1 -"), append(append(append([]string{}, right...), "\f"), left...)},
		{"one number", two("- 1 -", ""), []string{
			"Komisi Pemilihan Umum Kabupaten\tTabel 3.1 Capaian Kinerja",
			"Sikka menyusun laporan ini\tRealisasi anggaran 95,05 persen",
			"- 1 -", // a single page keeps its number
		}},
		{"line across", [][]string{{drawSheetPages(false,
			sheetPage{40, append([]string{"Laporan ini menyajikan capaian kinerja dan realisasi anggaran seluruh program Sekretariat KPU Kabupaten Sikka tahun 2024"}, left...), "- 1 -", 0},
			sheetPage{461, append([]string{""}, right...), "- 2 -", 0})}}, nil},
		// a table ruled across the sheet, its middle column empty
		{"rule across", [][]string{{"0.5 w 40 380 m 800 380 l S 40 360 m 800 360 l S\n" + drawSheetPages(false,
			sheetPage{40, append([]string{"Laporan ini menyajikan capaian kinerja tahun 2024"}, left...), "- 1 -", 0},
			sheetPage{461, right, "- 2 -", 0})}}, nil},
		// a gutter beside the sheet's middle: two columns, not two pages
		{"off-centre gutter", [][]string{{drawSheetPages(false,
			sheetPage{40, append([]string{"Laporan ini menyajikan capaian kinerja dan realisasi anggaran seluruh program Sekretariat KPU Kabupaten tahun 2024"}, left...), "- 1 -", 0},
			sheetPage{560, right, "- 2 -", 0})}}, nil},
		// figures over a footer line: the lowest line holds no page numbers
		{"figures over a footer", [][]string{{"BT /F1 8 Tf 40 15 Td (Laporan Kinerja KPU Kabupaten Sikka tahun 2024) Tj ET\n" + drawSheetPages(false,
			sheetPage{40, left, "- 1 -", 0}, sheetPage{461, right, "- 2 -", 0})}}, nil},
		// a cover whose title stands in the zone of running headers
		{"cover", [][]string{{drawSheetPages(true, sheetPage{40, left, "- 1 -", 560}, sheetPage{461, right, "- 2 -", 0})}},
			append(append(append([]string{}, left...), "\f"), right...)},
		{"three-up", [][]string{{drawSheetPages(false, sheetPage{30, left, "3", 0}, sheetPage{310, right, "4", 0}, sheetPage{590, third, "5", 0})}},
			append(append(append(append(append([]string{}, left...), "\f"), right...), "\f"), third...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var contents []string
			for _, s := range tc.sheets {
				contents = append(contents, s...)
			}
			res, err := Convert(context.Background(), sheetsPDF(842, 595, contents...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(strings.Trim(string(res.Text), "\n"), "\n")
			if tc.want == nil {
				// one page: no form feed
				if strings.Contains(string(res.Text), "\f") || !strings.Contains(string(res.Text), "tahun 2024") {
					t.Errorf("split a sheet the geometry does not prove two-up:\n%q", got)
				}
				return
			}
			wantLines(t, got, tc.want)
		})
	}
}
