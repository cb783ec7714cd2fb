package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestMarginNotesBesideTables: a reviewer's copy with notes written in a
// wide side margin beside each ruled table ("cek ke LRA" level with the
// header, a note over two lines, a note on the left of an even page of a
// mirrored layout) reads as if the notes were not there: the header stays
// over its rows. Prose wrapped beside a narrow table, a note holding a
// figure and a note on a page whose body runs as wide stay. Made-up
// satkers and figures.
func TestMarginNotesBesideTables(t *testing.T) {
	dpt := [][]string{
		{"No", "Kecamatan", "TPS", "L", "P", "L+P"},
		{"1", "Kota Baru", "31", "4.120", "4.305", "8.425"},
		{"2", "Lobalain", "27", "3.611", "3.702", "7.313"},
		{"3", "Rote Barat", "22", "2.904", "3.015", "5.919"},
		{"", "JUMLAH", "80", "10.635", "11.022", "21.657"},
	}
	budget := [][]string{
		{"Kode", "Uraian", "Pagu", "Realisasi", "Sisa"},
		{"3358", "Pengelolaan SDM", "412.300.000", "401.250.500", "11.049.500"},
		{"3360", "Operasional Kantor", "980.000.000", "955.120.000", "24.880.000"},
		{"", "Jumlah", "1.392.300.000", "1.356.370.500", "35.929.500"},
	}
	tsv := func(rows [][]string) []string {
		var out []string
		for _, r := range rows {
			out = append(out, strings.Join(r, "\t"))
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		rows  [][]string
		x0, w float64  // the table's left edge and its columns' width
		notes [][3]any // lines beside the table: x, the row level with it, text
		body  float64  // the right end of the prose over the table
		want  []string
		extra []string // further lines that must stay
	}{
		{name: "right margin, level with the header", rows: dpt, x0: 60, w: 60, body: 400,
			notes: [][3]any{{440.0, 0, "cek ke LRA"}}, want: tsv(dpt)},
		{name: "right margin, a note over two lines", rows: budget, x0: 60, w: 85, body: 400,
			notes: [][3]any{{500.0, 0, "format"}, {500.0, 1, "disamakan ya"}}, want: tsv(budget)},
		{name: "left margin of an even page", rows: dpt, x0: 180, w: 60, body: 540,
			notes: [][3]any{{20.0, 1, "sudah dicek"}}, want: tsv(dpt)},
		{name: "a note with a figure stays", rows: budget, x0: 60, w: 85, body: 400,
			notes: [][3]any{{500.0, 2, "lihat hlm 12"}}, extra: []string{"lihat hlm 12"}},
		{name: "prose wrapped beside a narrow table stays", rows: dpt, x0: 60, w: 50, body: 540,
			notes: [][3]any{{380.0, 1, "sebagaimana tabel di"}, {380.0, 2, "samping ini"}},
			extra: []string{"sebagaimana tabel di", "samping ini"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			text := func(x, y float64, s string) {
				fmt.Fprintf(&b, "BT /F1 9 Tf %.1f %.1f Td (%s) Tj ET\n", x, y, s)
			}
			text(tc.x0, 600, "Tabel 3.4 Rekapitulasi menurut kecamatan")
			text(tc.body-150, 585, "Rincian angka disajikan pada tabel")
			w := tc.w
			top, h := 575.0, 16.0
			n := len(tc.rows[0])
			for r, row := range tc.rows {
				for c, s := range row {
					text(tc.x0+3+float64(c)*w, top-float64(r)*h-11, s)
				}
			}
			for r := 0; r <= len(tc.rows); r++ {
				y := top - float64(r)*h
				fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", tc.x0, y, tc.x0+float64(n)*w, y)
			}
			for c := 0; c <= n; c++ {
				x := tc.x0 + float64(c)*w
				fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, top, x, top-float64(len(tc.rows))*h)
			}
			for _, nt := range tc.notes {
				text(nt[0].(float64), top-float64(nt[1].(int))*h-9, nt[2].(string))
			}
			end := top - float64(len(tc.rows))*h
			text(tc.x0, end-20, "Sumber: Subbagian Perencanaan, Data dan Informasi.")
			got := convertLines(t, b.String())
			if tc.want != nil {
				at := -1
				for i, l := range got {
					if l == tc.want[0] {
						at = i
					}
				}
				if at < 0 || at+len(tc.want) > len(got) {
					t.Fatalf("no header in\n%q", got)
				}
				wantLines(t, got[at:at+len(tc.want)], tc.want)
			}
			if miss := missingLines(got, tc.extra); len(miss) > 0 {
				t.Errorf("lost %q in\n%q", miss, got)
			}
		})
	}
}
