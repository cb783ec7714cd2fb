package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// cell is one text run of a hand-set page: Helvetica 8 pt at x, on line
// row (in steps of 12 pt, the pitch of a padded table row, from y 700
// down).
type cell struct {
	row float64
	x   float64
	s   string
}

// setCells writes the runs as a one-page PDF and returns its derived
// lines.
func setCells(t *testing.T, cells []cell) []string {
	t.Helper()
	var b strings.Builder
	for _, c := range cells {
		fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", c.x, 700-12*c.row, c.s)
	}
	res, err := Convert(context.Background(), contentPDF(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(res.Text), "\n"), "\n")
}

// convertLines converts a one-page PDF of the given content stream (see
// contentPDF) and returns its derived lines, blank lines at either end
// trimmed.
func convertLines(t *testing.T, content string) []string {
	t.Helper()
	res, err := Convert(context.Background(), contentPDF(content), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.Trim(string(res.Text), "\n"), "\n")
}

// wantLines fails the test unless got holds the lines of want.
func wantLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestSpanningGroupHeads: a borderless table whose header sets a group
// heading over two columns ("DPT Pemilu" over "TPS" and "L") keeps those
// columns apart, the heading in the first of them; a label that only
// runs over a gap of the lines under it stays one cell.
func TestSpanningGroupHeads(t *testing.T) {
	// twoLevel is a table with two group headings over two columns each,
	// its "Kecamatan" heading set at x over names starting at 80
	twoLevel := func(x float64) []cell {
		return []cell{
			{0, 60, "No"}, {0, x, "Kecamatan"}, {0, 180, "DPT Pemilu 2024"}, {0, 260, "DPT Pemilihan 2024"},
			{1, 180, "TPS"}, {1, 215, "L"}, {1, 260, "TPS"}, {1, 295, "L"},
			{2, 60, "1"}, {2, 80, "Alpha"}, {2, 182, "49"}, {2, 215, "4.397"}, {2, 262, "34"}, {2, 295, "4.532"},
			{3, 60, "2"}, {3, 80, "Beta"}, {3, 182, "46"}, {3, 215, "6.026"}, {3, 262, "31"}, {3, 295, "6.248"},
			{4, 60, "3"}, {4, 80, "Gamma"}, {4, 182, "59"}, {4, 215, "4.411"}, {4, 262, "42"}, {4, 295, "4.535"},
		}
	}
	twoLevelWant := []string{
		"No\tKecamatan\tDPT Pemilu 2024\t\tDPT Pemilihan 2024",
		"\t\tTPS\tL\tTPS\tL",
		"1\tAlpha\t49\t4.397\t34\t4.532",
		"2\tBeta\t46\t6.026\t31\t6.248",
		"3\tGamma\t59\t4.411\t42\t4.535",
	}
	tests := []struct {
		name  string
		cells []cell
		want  []string
	}{
		{"two-level header", twoLevel(80), twoLevelWant},
		{"a heading centred over a wide column of short cells", twoLevel(112), twoLevelWant},
		{"group headings left-aligned over four columns", []cell{
			{0, 60, "No"}, {0, 80, "Kecamatan"}, {0, 180, "DPT Pemilu 2024"}, {0, 330, "DPT Pemilihan 2024"},
			{1, 180, "TPS"}, {1, 215, "L"}, {1, 250, "P"}, {1, 285, "L+P"}, {1, 330, "TPS"}, {1, 365, "L"}, {1, 400, "P"}, {1, 435, "L+P"},
			{2, 60, "1"}, {2, 80, "Alpha"}, {2, 182, "49"}, {2, 215, "4.397"}, {2, 250, "4.501"}, {2, 285, "8.898"},
			{2, 332, "34"}, {2, 365, "4.532"}, {2, 400, "4.437"}, {2, 435, "8.969"},
			{3, 60, "2"}, {3, 80, "Beta"}, {3, 182, "46"}, {3, 215, "6.026"}, {3, 250, "6.568"}, {3, 285, "2.594"},
			{3, 332, "31"}, {3, 365, "6.248"}, {3, 400, "6.311"}, {3, 435, "2.559"},
		}, []string{
			"No\tKecamatan\tDPT Pemilu 2024\t\t\t\tDPT Pemilihan 2024",
			"\t\tTPS\tL\tP\tL+P\tTPS\tL\tP\tL+P",
			"1\tAlpha\t49\t4.397\t4.501\t8.898\t34\t4.532\t4.437\t8.969",
			"2\tBeta\t46\t6.026\t6.568\t2.594\t31\t6.248\t6.311\t2.559",
		}},
		{"group headings centred over three columns", []cell{
			{0, 60, "No"}, {0, 80, "Kecamatan"}, {0, 194, "DPT Pemilu 2024"}, {0, 317.4, "Pemilihan 2024"},
			{1, 180, "TPS"}, {1, 215, "L"}, {1, 250, "P"}, {1, 300, "TPS"}, {1, 335, "L"}, {1, 370, "P"},
			{2, 60, "1"}, {2, 80, "Alpha"}, {2, 182, "49"}, {2, 215, "4.397"}, {2, 250, "4.501"}, {2, 302, "34"}, {2, 335, "4.532"}, {2, 370, "4.437"},
			{3, 60, "2"}, {3, 80, "Beta"}, {3, 182, "46"}, {3, 215, "6.026"}, {3, 250, "6.568"}, {3, 302, "31"}, {3, 335, "6.248"}, {3, 370, "6.311"},
			{4, 60, "3"}, {4, 80, "Gamma"}, {4, 182, "59"}, {4, 215, "4.411"}, {4, 250, "4.529"}, {4, 302, "42"}, {4, 335, "4.535"}, {4, 370, "4.272"},
		}, []string{
			"No\tKecamatan\tDPT Pemilu 2024\t\t\tPemilihan 2024",
			"\t\tTPS\tL\tP\tTPS\tL\tP",
			"1\tAlpha\t49\t4.397\t4.501\t34\t4.532\t4.437",
			"2\tBeta\t46\t6.026\t6.568\t31\t6.248\t6.311",
			"3\tGamma\t59\t4.411\t4.529\t42\t4.535\t4.272",
		}},
		{"year headings centred over two columns, short of both", []cell{
			{0, 60, "No"}, {0, 80, "Indikator"}, {0, 206, "2021"}, {0, 296, "2022"},
			{1, 180, "Target"}, {1, 215, "Realisasi"}, {1, 270, "Target"}, {1, 305, "Realisasi"},
			{2, 60, "1"}, {2, 80, "Alpha"}, {2, 195, "55"}, {2, 230, "52,76"}, {2, 285, "60"}, {2, 320, "62,15"},
			{3, 60, "2"}, {3, 80, "Beta"}, {3, 195, "85"}, {3, 230, "86,25"}, {3, 285, "90"}, {3, 320, "88,60"},
		}, []string{
			"No\tIndikator\t2021\t\t2022",
			"\t\tTarget\tRealisasi\tTarget\tRealisasi",
			"1\tAlpha\t55\t52,76\t60\t62,15",
			"2\tBeta\t85\t86,25\t90\t88,60",
		}},
		{"long first cell over a gap of one column", []cell{
			{0, 60, "No"}, {0, 80, "Uraian"}, {0, 262, "Pagu"},
			{1, 60, "1"}, {1, 80, "Belanja Pegawai Tetap"}, {1, 262, "34"},
			{2, 60, "2"}, {2, 80, "Belanja"}, {2, 120, "X"}, {2, 262, "31"},
			{3, 60, "3"}, {3, 80, "Belanja"}, {3, 262, "42"},
			{4, 60, "4"}, {4, 80, "Belanja"}, {4, 262, "40"},
		}, []string{
			"No\tUraian\tPagu",
			"1\tBelanja Pegawai Tetap\t34",
			"2\tBelanja X\t31",
			"3\tBelanja\t42",
			"4\tBelanja\t40",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantLines(t, setCells(t, tc.cells), tc.want) })
	}
}

// TestHeaderRowGap: a header row set over two lines (9 pt leading) steps
// a row's pitch from its last line to the row under it: no blank line
// parts the header from its table (the parser would lose the header).
func TestHeaderRowGap(t *testing.T) {
	got := setCells(t, []cell{
		{0, 60, "Komponen / Area"}, {0, 200, "Bobot"}, {0, 240, "Nilai"}, {0, 280, "%"},
		{0.75, 280, "Capaian"},
		{1.75, 60, "A. Pengungkit"},
		{2.75, 60, "Manajemen Perubahan"}, {2.75, 205, "4"}, {2.75, 240, "3,12"}, {2.75, 280, "78,00"},
		{3.75, 60, "Deregulasi Kebijakan"}, {3.75, 205, "3"}, {3.75, 240, "2,19"}, {3.75, 280, "73,00"},
		{4.75, 60, "Penataan Organisasi"}, {4.75, 205, "3"}, {4.75, 240, "2,07"}, {4.75, 280, "69,00"},
	})
	want := []string{
		"Komponen / Area\tBobot\tNilai\t% Capaian",
		"A. Pengungkit",
		"Manajemen Perubahan\t4\t3,12\t78,00",
		"Deregulasi Kebijakan\t3\t2,19\t73,00",
		"Penataan Organisasi\t3\t2,07\t69,00",
	}
	wantLines(t, got, want)
}
