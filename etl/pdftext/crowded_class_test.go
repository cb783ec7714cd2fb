package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// crowdedTable writes a page with a caption and a table ruled over and
// under its header and under its last row, header cells and names in
// Helvetica 8 pt set from each column's left edge (+3), figures in Courier
// 7.5 pt set flush right (-3), each cell drawn as a text object of its
// own, left to right, its wrapped lines under its first. widths are the
// columns' widths; a header word wider than its column runs on over the
// next column's heading. A cell of rows holds its lines ("|" between
// them). Made-up kelurahan and figures. bold draws the caption twice, a
// third of a point apart (a word processor's bold).
func crowdedTable(widths []float64, head []string, rows [][]string, bold bool) string {
	var b strings.Builder
	text := func(f string, size, x, y float64, s string) {
		fmt.Fprintf(&b, "BT /%s %g Tf %.2f %.2f Td (%s) Tj ET\n", f, size, x, y, pdfEscape(s))
	}
	x0 := 60.0
	xs := []float64{x0}
	for _, w := range widths {
		xs = append(xs, xs[len(xs)-1]+w)
	}
	right := xs[len(xs)-1]
	y := 760.0
	text("F1", 10, x0, y, "Rekapitulasi pemilih tetap per kelurahan di wilayah kota tahun ini.")
	y -= 24
	text("F1", 9, x0, y, "Tabel 2.7 Pemilih per Kelurahan")
	if bold {
		text("F1", 9, x0+0.3, y, "Tabel 2.7 Pemilih per Kelurahan")
	}
	y -= 8
	rule := func(y float64) { fmt.Fprintf(&b, "0.6 w %.2f %.2f m %.2f %.2f l S\n", x0, y, right, y) }
	rule(y)
	y -= 10
	lines := 1
	for c, h := range head {
		parts := strings.Split(h, "|")
		lines = max(lines, len(parts))
		for k, s := range parts {
			text("F1", 8, xs[c]+3, y-10*float64(k), s)
		}
	}
	y -= 10*float64(lines-1) + 5
	rule(y)
	y -= 12
	for _, r := range rows {
		n := 1
		for c, cell := range r {
			parts := strings.Split(cell, "|")
			n = max(n, len(parts))
			for k, s := range parts {
				if c > 0 && isAmount(s) {
					text("F2", 7.5, xs[c+1]-3-4.5*float64(len(s)), y-10*float64(k), s)
				} else {
					text("F1", 8, xs[c]+3, y-10*float64(k), s)
				}
			}
		}
		y -= 10*float64(n-1) + 13
	}
	rule(y + 8)
	text("F1", 10, x0, y-20, "Sumber: Subbagian Data dan Informasi.")
	// One string whose next piece is moved back over its last letter (a
	// kerning pair set tight, a letter box reaching back): one object,
	// no crowding.
	fmt.Fprintf(&b, "BT /F1 10 Tf %.2f %.2f Td [(Data pemilih diper) 300 (barui setiap tahun.)] TJ ET\n", x0, y-44)
	// A heading in small capitals: each first letter larger, its rest
	// a text object of its own set back under the letter's overhang.
	text("F1", 10.5, x0, y-66, "B. P")
	text("F1", 9, x0+17.6, y-66, "ENUTUP")
	return b.String()
}

// crowdedRun converts one page and counts the crowded headers and lines
// found.
func crowdedRun(t *testing.T, page string) (lines []string, heads, runs int) {
	t.Helper()
	old := debugf
	debugf = func(format string, a ...any) {
		switch {
		case strings.HasPrefix(format, "crowded header"):
			heads++
		case strings.HasPrefix(format, "crowded runs"):
			runs++
		}
	}
	defer func() { debugf = old }()
	res, err := newTestConverter(t).Convert(t.Context(), sheetsPDF(595, 842, page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.Trim(string(res.Text), "\n"), "\n"), heads, runs
}

// TestCrowdedColumns: a table whose header words are wider than their
// narrow columns (each heading drawn over the next one's start) keeps each
// heading whole in its own cell, its wrapped names whole and its figures
// in their own cells, the columns taken from the rows. Look-alikes: the
// same table in columns wide enough reads the same without the crowded
// route; a caption drawn twice for boldness is no crowded line; a crowded
// header over rows whose name runs into the figure beside it is refused.
func TestCrowdedColumns(t *testing.T) {
	head := []string{"No", "Kelurahan", "TPS|(Kota: 42)", "Laki-laki", "Perempuan", "Jumlah"}
	rows := [][]string{
		{"1", "KAMBANIRU", "12", "4.210", "4.388", "8.598"},
		{"2", "OESAPA|BARAT", "9", "3.107", "3.356", "6.463"},
		{"3", "MAULIWA", "14", "5.002", "5.118", "10.120"},
		{"4", "PRAILIU|SELATAN|TIMUR", "7", "2.450", "2.601", "5.051"},
	}
	want := []string{
		"No\tKelurahan\tTPS (Kota: 42)\tLaki-laki\tPerempuan\tJumlah",
		"1\tKAMBANIRU\t12\t4.210\t4.388\t8.598",
		"2\tOESAPA BARAT\t9\t3.107\t3.356\t6.463",
		"3\tMAULIWA\t14\t5.002\t5.118\t10.120",
		"4\tPRAILIU SELATAN TIMUR\t7\t2.450\t2.601\t5.051",
	}
	for _, tc := range []struct {
		name       string
		widths     []float64
		bold       bool
		rows       [][]string
		heads      int // crowded headers expected
		runs       bool
		want, miss []string
	}{
		{"narrow columns, headings drawn over each other", []float64{20, 34, 34, 34, 34, 36}, false, rows, 1, true, want, nil},
		{"another crowding, bold caption", []float64{18, 30, 40, 33, 30, 40}, true, rows, 1, true, want, nil},
		{"look-alike: columns wide enough", []float64{24, 80, 50, 50, 50, 50}, false, rows, 0, false, want, nil},
		{"look-alike: a name run into its figure", []float64{20, 34, 24, 34, 34, 36},
			false, append([][]string{{"1", "KAMBANIRUWANGGA", "12", "4.210", "4.388", "8.598"}}, rows[1:]...), 0, true, nil,
			[]string{"1\tKAMBANIRUWANGGA\t12\t4.210\t4.388\t8.598"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, heads, runs := crowdedRun(t, crowdedTable(tc.widths, head, tc.rows, tc.bold))
			text := strings.Join(got, "\n")
			if heads != tc.heads {
				t.Errorf("crowded headers %d, want %d\n%s", heads, tc.heads, text)
			}
			if (runs > 0) != tc.runs {
				t.Errorf("crowded lines %d, want some: %v\n%s", runs, tc.runs, text)
			}
			for _, w := range tc.want {
				if !strings.Contains(text, "\n"+w+"\n") {
					t.Errorf("missing line %q in\n%s", w, text)
				}
			}
			for _, m := range tc.miss {
				if strings.Contains(text, m) {
					t.Errorf("line %q read through a name run into its figure:\n%s", m, text)
				}
			}
			if !strings.Contains(text, "Data pemilih diperbarui setiap tahun.") {
				t.Errorf("a kerned string cut:\n%s", text)
			}
			if !strings.Contains(text, "B. PENUTUP") {
				t.Errorf("a small-capitals heading cut:\n%s", text)
			}
			if !strings.Contains(text, "Tabel 2.7 Pemilih per Kelurahan") {
				t.Errorf("caption lost:\n%s", text)
			}
		})
	}
}
