package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// helvAdvance is the advance of s in Helvetica at size pt (the standard
// metrics of the letters, figures and punctuation the tests set).
func helvAdvance(s string, pt float64) float64 {
	const narrow, wide = "ijl", "mw"
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ', r == '.', r == ',', r == '/', r == 'f', r == 't', r == 'I':
			w += 0.278
		case strings.ContainsRune(narrow, r):
			w += 0.222
		case r == 'r', r == '-', r == '(', r == ')':
			w += 0.333
		case r == 'c', r == 'k', r == 's', r == 'v', r == 'x', r == 'y', r == 'z':
			w += 0.5
		case strings.ContainsRune(wide, r):
			w += 0.833 - 0.111*float64(strings.IndexRune(wide, r))
		case r == '%':
			w += 0.889
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == 'L':
			w += 0.556
		case r == 'M':
			w += 0.833
		case r == 'W':
			w += 0.944
		case r == 'F', r == 'T', r == 'Z':
			w += 0.611
		case r == 'C', r == 'D', r == 'H', r == 'N', r == 'R', r == 'U':
			w += 0.722
		case r == 'G', r == 'O', r == 'Q':
			w += 0.778
		case r == 'J':
			w += 0.5
		default: // A B E K P S V X Y
			w += 0.667
		}
	}
	return w * pt
}

// scaledTable sets rows in Helvetica 8 pt at a character scale of tz
// percent (a Word table style's "Scale"; 100 none) as a template lays a
// table out from its scaled text: each column as wide as its widest cell
// plus pad ems, both narrowed by the scale, figures flush right. scaled
// tells per column whether it is set at tz (nil: all of them); the other
// columns are set at 100 %, and every gap is then the template's own pad
// of one em at 100 % (only the one column's glyphs are narrowed).
func scaledTable(rows [][]string, x, top, tz, pad float64, scaled []bool) string {
	var b strings.Builder
	for j := range rows[0] {
		s, p, ps := tz/100, pad, tz/100
		if scaled != nil {
			p, ps = 1, 1
			if !scaled[j] {
				s = 1
			}
		}
		w := 0.0
		for _, r := range rows {
			w = max(w, helvAdvance(r[j], 8)*s)
		}
		for i, r := range rows {
			if r[j] == "" {
				continue
			}
			xx := x
			if i > 0 && strings.Trim(r[j], "0123456789.,%") == "" {
				xx = x + w - helvAdvance(r[j], 8)*s
			}
			fmt.Fprintf(&b, "BT /F1 8 Tf %g Tz %.2f %.2f Td (%s) Tj ET\n", s*100, xx, top-12*float64(i), r[j])
		}
		x += w + p*8*ps
	}
	return b.String()
}

// TestHScaleClass: a table whose cells are set with horizontal scaling
// (Tz: a table style's character scale of 50 to 90 %, or expanded) keeps
// its columns: word and cell gaps are read in ems of the glyphs as drawn,
// whose gaps the scale narrowed with them, not of the nominal font size.
// Prose set at a scale stays one line of words; a table with one scaled
// column keeps it a column. Look-alikes: an ordinary table set tight
// (cells half an em apart at 100 %) stays one line as before, a line of
// scaled prose justified with stretched spaces stays prose, and
// letter-spaced text keeps its words.
func TestHScaleClass(t *testing.T) {
	rows := [][]string{
		{"No", "Program dan Kegiatan", "Pagu", "Realisasi", "Sisa", "Capaian"},
		{"1", "Dukungan Manajemen KPU", "4.812.330.000", "4.790.118.250", "22.211.750", "99,54"},
		{"2", "Pemutakhiran Data Pemilih", "915.400.000", "887.936.000", "27.464.000", "97,00"},
		{"", "JUMLAH", "5.727.730.000", "5.678.054.250", "49.675.750", "99,13"},
	}
	want := []string{
		"No\tProgram dan Kegiatan\tPagu\tRealisasi\tSisa\tCapaian",
		"1\tDukungan Manajemen KPU\t4.812.330.000\t4.790.118.250\t22.211.750\t99,54",
		"2\tPemutakhiran Data Pemilih\t915.400.000\t887.936.000\t27.464.000\t97,00",
		"\tJUMLAH\t5.727.730.000\t5.678.054.250\t49.675.750\t99,13",
	}
	caption := "BT /F1 8 Tf 100 Tz 60 760 Td (Tabel 3.2 Realisasi Anggaran per Program) Tj ET\n"
	for _, tz := range []float64{50, 62, 75, 90, 130} {
		t.Run(fmt.Sprintf("table at %g %%", tz), func(t *testing.T) {
			wantLines(t, convertLines(t, caption+scaledTable(rows, 60, 736, tz, 0.6, nil)),
				append([]string{"Tabel 3.2 Realisasi Anggaran per Program", ""}, want...))
		})
	}
	t.Run("prose at 62 % over a table at 62 %", func(t *testing.T) {
		prose := "BT /F1 8 Tf 62 Tz 60 760 Td (Realisasi anggaran tahun 2022 mencapai 99,13 persen dari pagu.) Tj ET\n"
		wantLines(t, convertLines(t, prose+scaledTable(rows, 60, 736, 62, 0.6, nil)),
			append([]string{"Realisasi anggaran tahun 2022 mencapai 99,13 persen dari pagu.", ""}, want...))
	})
	t.Run("one scaled column among unscaled ones", func(t *testing.T) {
		wantLines(t, convertLines(t, caption+scaledTable(rows, 60, 736, 62, 0.6, []bool{false, true, false, false, false, false})),
			append([]string{"Tabel 3.2 Realisasi Anggaran per Program", ""}, want...))
	})
	// Labels set flush right 5.5 pt before their figures: over an em as drawn at 62 % (4.96
	// pt), two thirds of one at 100 % (8 pt).
	pairs := func(tz float64) string {
		var b strings.Builder
		for i, p := range [][2]string{{"Target", "95,00"}, {"Realisasi", "96,10"}, {"Capaian", "101,16"}} {
			// labels flush right against the figures' column
			w := helvAdvance(p[0], 8) * tz / 100
			fmt.Fprintf(&b, "BT /F1 8 Tf %g Tz %.2f %d Td (%s) Tj ET\n", tz, 100-w, 760-12*i, p[0])
			fmt.Fprintf(&b, "BT /F1 8 Tf %g Tz %.2f %d Td (%s) Tj ET\n", tz, 105.5, 760-12*i, p[1])
		}
		return b.String()
	}
	t.Run("label and figure an em as drawn apart at 62 % are cells", func(t *testing.T) {
		wantLines(t, convertLines(t, pairs(62)), []string{"Target\t95,00", "Realisasi\t96,10", "Capaian\t101,16"})
	})
	t.Run("look-alike: the same gap at 100 % is a wide space, no cell", func(t *testing.T) {
		wantLines(t, convertLines(t, pairs(100)), []string{"Target 95,00", "Realisasi 96,10", "Capaian 101,16"})
	})
	t.Run("look-alike: scaled prose justified with stretched spaces stays prose", func(t *testing.T) {
		c := "BT /F1 8 Tf 62 Tz 4 Tw 60 760 Td (Sekretariat menyusun laporan kinerja sesuai ketentuan yang) Tj ET\n" +
			"BT /F1 8 Tf 62 Tz 4 Tw 60 748 Td (berlaku pada tahun anggaran berjalan dan dokumen terkait.) Tj ET\n"
		wantLines(t, convertLines(t, c), []string{
			"Sekretariat menyusun laporan kinerja sesuai ketentuan yang",
			"berlaku pada tahun anggaran berjalan dan dokumen terkait.",
		})
	})
	t.Run("look-alike: letter-spaced text keeps its words", func(t *testing.T) {
		c := trackedText(60, 760, 8, 1.2, "Capaian kinerja tahun 2022 sangat baik.")
		wantLines(t, convertLines(t, c), []string{"Capaian kinerja tahun 2022 sangat baik."})
	})
}

// TestScaleOf: the horizontal scale read from a character matrix, its
// text matrix's own size or turn aside.
func TestScaleOf(t *testing.T) {
	for _, c := range []struct {
		a, b, c, d, want float64
	}{
		{1, 0, 0, 1, 1},
		{0.62, 0, 0, 1, 0.62},
		{6.2, 0, 0, 10, 0.62},  // a size set by the text matrix
		{0, 0.62, -1, 0, 0.62}, // turned a quarter
		{0.99, 0, 0, 1, 1},     // within 2 %: none
		{1.3, 0, 0, 1, 1.3},    // expanded
		{0, 0, 0, 1, 1},        // degenerate
		{0.05, 0, 0, 1, 1},     // out of any print's range
	} {
		if got := scaleOf(c.a, c.b, c.c, c.d); fmt.Sprintf("%.3f", got) != fmt.Sprintf("%.3f", c.want) {
			t.Errorf("scaleOf(%g %g %g %g) = %g, want %g", c.a, c.b, c.c, c.d, got, c.want)
		}
	}
}
