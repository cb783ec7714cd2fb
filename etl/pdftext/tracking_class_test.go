package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// trackedText sets s at (x, y) in Helvetica glyph by glyph, as a template
// with expanded character spacing prints it: every glyph a show of its
// own moved on by its advance plus tc (Tc), no space glyph drawn (a word
// space is a move of the space's width plus the tracking). Without
// tracking (tc 0) s is one show, as a report writer sets a cell.
func trackedText(x, y, size, tc float64, s string) string {
	var b strings.Builder
	if tc == 0 {
		s = strings.NewReplacer("(", "\\(", ")", "\\)").Replace(s)
		return fmt.Sprintf("BT /F1 %g Tf %g %g Td (%s) Tj ET\n", size, x, y, s)
	}
	fmt.Fprintf(&b, "BT /F1 %g Tf %g Tc %g %g Td ", size, tc, x, y)
	for _, r := range s {
		switch r {
		case ' ':
			fmt.Fprintf(&b, "[%.1f] TJ ", -(0.278*size+tc)*1000/size)
		case '(', ')', '\\':
			fmt.Fprintf(&b, "(\\%c) Tj ", r)
		default:
			fmt.Fprintf(&b, "(%c) Tj ", r)
		}
	}
	b.WriteString("ET\n")
	return b.String()
}

// trackedTable sets rows of cells at the column lefts xs, 14 pt apart,
// each cell tracked by tc (the header row by head), in the order given
// by order (row-major, or a report writer's column by column from the
// last row up).
func trackedTable(rows [][]string, xs []float64, top, tc, head float64, columnMajor bool) string {
	var b strings.Builder
	cell := func(i, j int) {
		t := tc
		if i == 0 {
			t = head
		}
		b.WriteString(trackedText(xs[j], top-float64(i)*14, 8, t, rows[i][j]))
	}
	if columnMajor {
		for j := range rows[0] {
			for i := len(rows) - 1; i >= 0; i-- {
				cell(i, j)
			}
		}
		return b.String()
	}
	for i := range rows {
		for j := range rows[i] {
			cell(i, j)
		}
	}
	return b.String()
}

// TestTrackingClass: a print set with uniform extra spacing between all
// glyphs (tracking, each glyph placed on its own) keeps its words whole
// and its figures unbroken: the word gap is measured beyond the line's
// own letter spacing, not from the glyphs' edges, and a spaced-out bold
// header ("L (ribu)") stays one cell. Drawing order never matters: a
// table laid down column by column, each from its last row up, reads as
// rows. Look-alikes: ordinary text with a wide gap between two words
// keeps two words, and a row of one-figure cells set close in an
// ordinary print stays cells.
func TestTrackingClass(t *testing.T) {
	prose := []string{
		"Kategori capaian kinerja dibedakan atas sangat baik (lebih dari 100%),",
		"nilai evaluasi 68,12 dengan predikat B; pagu Rp 3.621.785.000.",
	}
	rows := [][]string{
		{"No", "Kecamatan", "TPS", "L (ribu)", "P (ribu)", "Jumlah"},
		{"1", "Teluk Mutiara", "54", "5,633", "6,072", "11,705"},
		{"2", "Kabola", "42", "3,382", "3,632", "7,014"},
		{"", "KAB. ALOR", "96", "9,015", "9,704", "18,719"},
	}
	xs := []float64{68, 95, 200, 250, 330, 410}
	wantTable := []string{
		"No\tKecamatan\tTPS\tL (ribu)\tP (ribu)\tJumlah",
		"1\tTeluk Mutiara\t54\t5,633\t6,072\t11,705",
		"2\tKabola\t42\t3,382\t3,632\t7,014",
		"\tKAB. ALOR\t96\t9,015\t9,704\t18,719",
	}
	for _, tc := range []float64{0.9, 1.6} {
		t.Run(fmt.Sprintf("tracked prose at %.1f pt", tc), func(t *testing.T) {
			c := trackedText(68, 760, 7.4, tc, prose[0]) + trackedText(68, 748, 7.4, tc, prose[1])
			wantLines(t, convertLines(t, c), prose)
		})
		t.Run(fmt.Sprintf("tracked table at %.1f pt, bold-wide header", tc), func(t *testing.T) {
			c := trackedText(68, 760, 8, tc, "Tabel 3.4 Rekapitulasi DPT per Kecamatan") +
				trackedTable(rows, xs, 730, tc, 2*tc, false)
			wantLines(t, convertLines(t, c), append([]string{"Tabel 3.4 Rekapitulasi DPT per Kecamatan", ""}, wantTable...))
		})
	}
	t.Run("column-major table, each column from its last row up", func(t *testing.T) {
		c := trackedText(68, 760, 8, 0, "Tabel 3.4 Rekapitulasi DPT per Kecamatan") +
			trackedTable(rows, xs, 730, 0, 0, true)
		wantLines(t, convertLines(t, c), append([]string{"Tabel 3.4 Rekapitulasi DPT per Kecamatan", ""}, wantTable...))
	})
	t.Run("tracked and column-major at once", func(t *testing.T) {
		c := trackedText(68, 760, 8, 0.9, "Tabel 3.4 Rekapitulasi DPT per Kecamatan") +
			trackedTable(rows, xs, 730, 0.9, 1.8, true)
		wantLines(t, convertLines(t, c), append([]string{"Tabel 3.4 Rekapitulasi DPT per Kecamatan", ""}, wantTable...))
	})
	t.Run("look-alike: ordinary text with a wide gap keeps two words", func(t *testing.T) {
		c := "BT /F1 8 Tf 68 760 Td (Jumlah) Tj ET\nBT /F1 8 Tf 98.5 760 Td (pemilih) Tj ET\n" +
			"BT /F1 8 Tf 68 748 Td (Realisasi) Tj ET\nBT /F1 8 Tf 103.2 748 Td (anggaran) Tj ET\n"
		wantLines(t, convertLines(t, c), []string{"Jumlah pemilih", "Realisasi anggaran"})
	})
	t.Run("look-alike: a title letter-spaced with typed spaces keeps them", func(t *testing.T) {
		c := "BT /F1 12 Tf 68 760 Td (L A P O R A N   K I N E R J A) Tj ET\nBT /F1 8 Tf 68 740 Td (Tahun 2023) Tj ET\n"
		wantLines(t, convertLines(t, c), []string{"L A P O R A N K I N E R J A", "Tahun 2023"})
	})
	t.Run("look-alike: one-figure cells set close stay cells", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("BT /F1 8 Tf 68 760 Td (Kolom nomor urut tabel:) Tj ET\n")
		for k, d := range []string{"1", "2", "3", "4", "5", "6"} {
			fmt.Fprintf(&b, "BT /F1 8 Tf %.2f 740 Td (%s) Tj ET\n", 68+float64(k)*(4.448+2.2), d)
		}
		wantLines(t, convertLines(t, b.String()), []string{"Kolom nomor urut tabel:", "1 2 3 4 5 6"})
	})
}
