package pdftext

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestStampBoxAtFoot: a small ruled box closing every page (the paraf box
// of an internal draft, with two or three columns, its officers numbered
// or not) is page furniture: none of its rows is a line of the text, and
// a table running on to the next page keeps its rows. A ruled table of
// figures closing each page with other figures, and a box at the foot of
// one page only, stay.
func TestStampBoxAtFoot(t *testing.T) {
	head := []string{"No", "Kecamatan", "L", "P", "L+P"}
	body := [][]string{
		{"1", "Kota Waingapu", "14.210", "14.905", "29.115"},
		{"2", "Kambera", "11.032", "11.410", "22.442"},
		{"3", "Pandawai", "8.115", "8.300", "16.415"},
		{"4", "Haharu", "2.904", "2.871", "5.775"},
		{"5", "Lewa", "5.610", "5.702", "11.312"},
	}
	xs := []float64{60, 85, 300, 370, 440, 520}
	twoCols := [][]string{{"Jabatan", "Paraf"}, {"Kasubag Teknis dan Hupmas"}, {"Kasubag Hukum dan SDM"}, {"Sekretaris"}}
	numbered := [][]string{{"No", "Pejabat", "Paraf"}, {"1", "Kepala Subbagian Umum", ""}, {"2", "Kepala Subbagian Program", ""}}
	// page k (1-based) of a three-page document: prose, then on pages 1
	// and 2 the table (rows 1-3, then the header repeated and rows 4-5),
	// then foot(k) at the foot
	doc := func(foot func(k int) (ruled, bool)) []string {
		var pages []string
		for k := 1; k <= 3; k++ {
			var b strings.Builder
			b.WriteString("0.5 w\n")
			fmt.Fprintf(&b, "BT /F1 10 Tf 60 780 Td (Halaman isi ke-%d laporan kinerja.) Tj ET\n", k)
			fmt.Fprintf(&b, "BT /F1 10 Tf 60 766 Td (Uraian singkat pada halaman ini.) Tj ET\n")
			switch k {
			case 1:
				ruled{xs, 740, append([][]string{head}, body[:3]...)}.draw(&b)
			case 2:
				ruled{xs, 740, append([][]string{head}, body[3:]...)}.draw(&b)
			}
			if r, ok := foot(k); ok {
				r.draw(&b)
			}
			pages = append(pages, b.String())
		}
		res, err := Convert(context.Background(), sheetsPDF(595, 842, pages...), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(string(res.Text), "\n")
	}
	table := []string{"No\tKecamatan\tL\tP\tL+P"}
	for _, r := range body {
		table = append(table, strings.Join(r, "\t"))
	}
	box := func(xs []float64, rows [][]string) func(int) (ruled, bool) {
		return func(int) (ruled, bool) { return ruled{xs, 90, rows}, true }
	}
	tests := []struct {
		name  string
		foot  func(k int) (ruled, bool)
		gone  []string // lines that must not be in the text
		stays []string // lines that must be
	}{
		{"two columns", box([]float64{330, 480, 530}, twoCols),
			[]string{"Jabatan\tParaf", "Kasubag Hukum dan SDM"}, nil},
		{"numbered officers", box([]float64{300, 320, 470, 530}, numbered),
			[]string{"No\tPejabat\tParaf", "1\tKepala Subbagian Umum", "2\tKepala Subbagian Program"}, nil},
		{"figures that differ stay", func(k int) (ruled, bool) {
			return ruled{[]float64{300, 400, 530}, 90, [][]string{{"Rekap", "Jumlah"}, {"Halaman", fmt.Sprintf("%d.%03d", 10+k, 100*k)}}}, true
		}, nil, []string{"Rekap\tJumlah", "Halaman\t11.100", "Halaman\t12.200", "Halaman\t13.300"}},
		{"one page's box stays", func(k int) (ruled, bool) {
			return ruled{[]float64{330, 480, 530}, 90, twoCols}, k == 3
		}, nil, []string{"Jabatan\tParaf"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := doc(tc.foot)
			var rows []string
			for _, l := range got {
				if slices.Contains(table, l) {
					rows = append(rows, l)
				}
			}
			// rows 1-3, the repeated header, rows 4-5
			want := append(append(append([]string{}, table[:4]...), table[0]), table[4:]...)
			if !slices.Equal(rows, want) {
				t.Errorf("table rows\n%q\nwant\n%q", rows, want)
			}
			for _, s := range tc.gone {
				if slices.Contains(got, s) {
					t.Errorf("furniture line %q kept:\n%q", s, got)
				}
			}
			for _, s := range tc.stays {
				if !slices.Contains(got, s) {
					t.Errorf("line %q lost:\n%q", s, got)
				}
			}
		})
	}
}
