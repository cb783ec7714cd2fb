package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// ghostPage writes prose (Helvetica 10 pt, a line each 13 pt from y 600
// down, left edge at 70) over a grid of rules (columns at xs, rows each
// rowH from y 610 down, rows of them), the grid drawn first as the other
// side's table showing through used paper, or a light grid behind.
func ghostPage(prose []string, xs []float64, rowH float64, rows int, grey string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s RG 0.8 w\n", grey)
	top := 610.0
	for r := 0; r <= rows; r++ {
		y := top - float64(r)*rowH
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", xs[0], y, xs[len(xs)-1], y)
	}
	for _, x := range xs {
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, top, x, top-float64(rows)*rowH)
	}
	for k, s := range prose {
		fmt.Fprintf(&b, "BT /F1 10 Tf 70 %.1f Td (%s) Tj ET\n", 600-13*float64(k), s)
	}
	return b.String()
}

// TestGhostGridDropped: running text printed over a grid its words run
// straight across (the other side's table showing through, at other
// column positions and row heights, or a grid drawn in a light grey)
// reads as the prose it is, never as cells cut at the grid's columns.
// Made-up text.
func TestGhostGridDropped(t *testing.T) {
	prose := []string{
		"Rencana kerja tahunan disusun dengan mengacu pada rencana strategis dan",
		"memuat sasaran strategis, indikator kinerja, serta target yang akan dicapai",
		"dalam satu tahun anggaran, yang selanjutnya dituangkan dalam perjanjian kinerja.",
		"Program dukungan manajemen dan program penyelenggaraan pemilu dalam proses",
		"konsolidasi demokrasi masing-masing dengan kegiatan dan rincian keluaran",
		"yang tercantum dalam daftar isian pelaksanaan anggaran tahun berjalan.",
	}
	for _, tc := range []struct {
		name string
		xs   []float64
		rowH float64
		rows int
		grey string
	}{
		{"show-through, four columns, rows of three lines", []float64{68, 113, 312, 397, 530}, 40, 2, "0.89 0.87 0.82"},
		{"show-through, three columns, a row a line", []float64{60, 200, 330, 520}, 13, 6, "0.9 0.9 0.9"},
		{"a light grid behind, rows of two lines", []float64{65, 150, 240, 420, 540}, 26, 3, "0.75 0.75 0.75"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := convertLines(t, ghostPage(prose, tc.xs, tc.rowH, tc.rows, tc.grey))
			var kept []string
			for _, l := range got {
				if l != "" {
					kept = append(kept, l)
				}
			}
			wantLines(t, kept, prose)
		})
	}
}

// TestGhostGridLookAlike: a real ruled table keeps its cells, and a grid
// with one line of five crossing a column rule (a long word overflowing
// its cell) is no ghost.
func TestGhostGridLookAlike(t *testing.T) {
	rows := [][]string{
		{"No", "Kecamatan", "L", "P"},
		{"1", "Nubatukan", "12.411", "12.980"},
		{"2", "Ile Ape Timurlautanya", "8.205", "8.566"},
		{"3", "Omesuri", "4.118", "4.302"},
		{"4", "Buyasuri", "3.021", "3.144"},
	}
	xs := []float64{60, 85, 160, 240, 300}
	var b strings.Builder
	top := 600.0
	for r, row := range rows {
		for c, s := range row {
			x := xs[c] + 3
			if c >= 2 {
				x += 30 // clear of the long name
			}
			fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", x, top-float64(r)*16-11, s)
		}
	}
	for r := 0; r <= len(rows); r++ {
		y := top - float64(r)*16
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", xs[0], y, xs[len(xs)-1], y)
	}
	for _, x := range xs {
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, top, x, top-float64(len(rows))*16)
	}
	got := convertLines(t, b.String())
	want := []string{
		"No\tKecamatan\tL\tP",
		"1\tNubatukan\t12.411\t12.980",
		"2\tIle Ape Timurlautanya\t8.205\t8.566",
		"3\tOmesuri\t4.118\t4.302",
		"4\tBuyasuri\t3.021\t3.144",
	}
	wantLines(t, got, want)
}

func TestGhostGridOneOverflow(t *testing.T) {
	g := &grid{xs: []float64{60, 100, 200}, ys: []float64{100, 200},
		vs: []rule{{60, 100, 60, 200}, {100, 100, 100, 200}, {200, 100, 200, 200}}} // one inner rule
	p := &pageData{}
	for k := 0; k < 5; k++ {
		base := 110 + 15*float64(k)
		x := 62.0
		n := 6
		if k == 2 {
			n = 10 // runs over the rule at 100
		}
		for c := 0; c < n; c++ {
			p.glyphs = append(p.glyphs, glyph{r: 'a', x0: x, x1: x + 5, base: base, top: base - 4, bottom: base + 4, size: 8})
			x += 5
		}
	}
	if ghostGrid(p, g) {
		t.Error("one crossed line of five made a ghost")
	}
	for i := range p.glyphs {
		if p.glyphs[i].base > 130 {
			p.glyphs[i].x0 += 10
			p.glyphs[i].x1 += 10
		}
	}
	if !ghostGrid(p, g) {
		t.Error("three crossed lines of five made no ghost")
	}
}
