package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// ruled is a table drawn with a full grid: rows 15 pt tall from top (PDF
// y, upwards), columns between xs.
type ruled struct {
	xs   []float64
	top  float64
	rows [][]string
}

// draw writes the table's rules and its cells' text.
func (r ruled) draw(b *strings.Builder) {
	bottom := r.top - 15*float64(len(r.rows))
	for k := 0; k <= len(r.rows); k++ {
		y := r.top - 15*float64(k)
		fmt.Fprintf(b, "%.1f %.1f m %.1f %.1f l S\n", r.xs[0], y, r.xs[len(r.xs)-1], y)
	}
	for _, x := range r.xs {
		fmt.Fprintf(b, "%.1f %.1f m %.1f %.1f l S\n", x, r.top, x, bottom)
	}
	for k, row := range r.rows {
		for c, s := range row {
			if s != "" {
				fmt.Fprintf(b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", r.xs[c]+3, r.top-15*float64(k)-11, s)
			}
		}
	}
}

// TestTableCutByHeadings: a table typed as a header table, group headings
// between separately sized body tables, reads as one table (no blank line
// ends it at its header); a table that starts with its own header, or whose
// numbers start again under a numbered table, stays a table of its own.
func TestTableCutByHeadings(t *testing.T) {
	head := []string{"No", "Indikator", "Target", "Realisasi"}
	// the header table, "Sasaran Strategis 1: Kualitas" and rows 1-2 stand
	// above every case's lower table
	upper := "No\tIndikator\tTarget\tRealisasi|Sasaran Strategis 1: Kualitas|1\tPartisipasi\t80\t82|2\tPelanggaran\t3\t1|"
	tests := []struct {
		name  string
		lower ruled // drawn under the heading "Sasaran Strategis 2: Tata kelola"
		want  string
	}{
		{"numbers go on",
			ruled{[]float64{50, 78, 310, 405, 500}, 702, [][]string{{"3", "Opini BPK", "WTP", "WTP"}}},
			"Sasaran Strategis 2: Tata kelola|3\tOpini BPK\tWTP\tWTP"},
		{"own header",
			ruled{[]float64{50, 78, 310, 405, 500}, 702, [][]string{head, {"1", "Opini BPK", "WTP", "WTP"}}},
			"|Sasaran Strategis 2: Tata kelola||No\tIndikator\tTarget\tRealisasi|1\tOpini BPK\tWTP\tWTP"},
		{"numbers start again",
			ruled{[]float64{50, 78, 310, 405, 500}, 702, [][]string{{"1", "Opini BPK", "WTP", "WTP"}}},
			"|Sasaran Strategis 2: Tata kelola||1\tOpini BPK\tWTP\tWTP"},
		{"other columns",
			ruled{[]float64{50, 78, 310, 500}, 702, [][]string{{"3", "Opini BPK", "WTP"}}},
			"|Sasaran Strategis 2: Tata kelola||3\tOpini BPK\tWTP"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("0.5 w\n")
			ruled{[]float64{50, 80, 300, 400, 500}, 800, [][]string{head}}.draw(&b)
			b.WriteString("BT /F1 10 Tf 50 769 Td (Sasaran Strategis 1: Kualitas) Tj ET\n")
			ruled{[]float64{50, 75, 320, 410, 500}, 760, [][]string{{"1", "Partisipasi", "80", "82"}, {"2", "Pelanggaran", "3", "1"}}}.draw(&b)
			b.WriteString("BT /F1 10 Tf 50 714 Td (Sasaran Strategis 2: Tata kelola) Tj ET\n")
			tc.lower.draw(&b)
			// prose under the tables gives the page its line pitch
			for k, s := range []string{"Prosa satu", "prosa dua", "prosa tiga", "prosa empat."} {
				fmt.Fprintf(&b, "BT /F1 10 Tf 50 %d Td (%s) Tj ET\n", 600-12*k, s)
			}
			res, err := Convert(context.Background(), contentPDF(b.String()), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(strings.Split(strings.Trim(string(res.Text), "\n"), "\n"), "|")
			got, _, _ = strings.Cut(got, "||Prosa satu")
			if got != upper+tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, upper+tc.want)
			}
		})
	}
}

// TestChainUnnumbered: under a table that is only a header, body tables
// without row numbers join it when their first row holds a number; a
// header with a number cell ("2023") is a table of its own. A heading
// wrapped onto a second line from the table's right edge is one line.
func TestChainUnnumbered(t *testing.T) {
	grids := []*grid{
		{xs: []float64{50, 300, 400, 500}, ys: []float64{40, 55}},
		{xs: []float64{50, 320, 410, 500}, ys: []float64{80, 110}},
		{xs: []float64{50, 310, 405, 500}, ys: []float64{135, 150}},
	}
	const joined = "1000 1000 1000 1000 1000 1000"
	tests := []struct {
		name   string
		header string
		first  string  // the first row under "Sasaran Strategis 1"
		x1     float64 // right end of the heading "Sasaran Strategis 1 :"
		want   string  // the lines' table ids
	}{
		{"joined", "Indikator\tTarget 2023\tRealisasi", "Persentase informasi\t100%\t100%", 150, joined},
		{"header with a number", "Indikator\t2023\t2022", "Persentase informasi\t100%\t100%", 150, "1000 0 1001 1001 0 1002"},
		{"first row without a number", "Indikator\tTarget 2023\tRealisasi", "Persentase informasi\tB\tBB", 150, "1000 0 1001 1001 0 1002"},
		{"wrapped heading", "Indikator\tTarget 2023\tRealisasi", "Persentase informasi\t100%\t100%", 445, joined},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := []outLine{
				{text: tc.header, top: 40, table: 1000},
				{text: "Sasaran Strategis 1 :", top: 58, size: 10, x1: tc.x1},
				{text: "Terwujudnya Sistem Informasi", top: 68, size: 10, x1: 180, w0: 50},
				{text: tc.first, top: 80, table: 1001},
				{text: "Indeks Reformasi Birokrasi\t79\t84,35", top: 95, table: 1001},
				{text: "Sasaran Strategis 2 :", top: 120, size: 10},
				{text: "Nilai Keterbukaan Informasi\t95%\t100%", top: 135, table: 1002},
			}
			out = chainTables(out, grids)
			var got []string
			for _, l := range out {
				if l.text != "Terwujudnya Sistem Informasi" {
					got = append(got, fmt.Sprint(l.table))
				}
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("tables %s, want %s", g, tc.want)
			}
			heading := "Sasaran Strategis 1 :"
			if tc.x1 > 400 {
				heading += " Terwujudnya Sistem Informasi"
			}
			if out[1].text != heading {
				t.Errorf("heading %q, want %q", out[1].text, heading)
			}
		})
	}
}
