package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// A3 landscape, as a drawing sheet is plotted.
const a3W, a3H = 1190.0, 842.0

// frameSheet draws a drafting frame: an outer border, an inner frame
// 15 pt in, ticks between them, zone marks 1..n along the top and bottom
// and A..m down both sides, and a title block in the frame's lower right
// corner (its labels in words other than any earlier twin's).
func frameSheet(n, m int, office string) string {
	var b strings.Builder
	b.WriteString("0.5 w 28 28 1134 786 re S\n1.4 w 43 43 1104 756 re S\n0.4 w\n")
	cw, rh := 1104.0/float64(n), 756.0/float64(m)
	for i := 0; i < n; i++ {
		x := 43 + float64(i)*cw
		if i > 0 {
			fmt.Fprintf(&b, "%.1f 28 m %.1f 43 l S %.1f 799 m %.1f 814 l S\n", x, x, x, x)
		}
		for _, y := range []float64{32, 803} {
			fmt.Fprintf(&b, "BT /F1 7 Tf %.1f %.1f Td (%d) Tj ET\n", x+cw/2, y, i+1)
		}
	}
	for j := 0; j < m; j++ {
		y := 799 - float64(j+1)*rh
		if j < m-1 {
			fmt.Fprintf(&b, "28 %.1f m 43 %.1f l S 1147 %.1f m 1162 %.1f l S\n", y, y, y, y)
		}
		for _, x := range []float64{33, 1152} {
			fmt.Fprintf(&b, "BT /F1 7 Tf %.1f %.1f Td (%c) Tj ET\n", x, y+rh/2, 'A'+j)
		}
	}
	// the title block: 330 x 90 in the lower right corner
	b.WriteString("0.8 w 817 43 330 90 re S\n0.4 w 817 103 m 1147 103 l S 817 73 m 1147 73 l S 982 43 m 982 73 l S\n")
	fmt.Fprintf(&b, "BT /F1 9 Tf 825 112 Td (%s) Tj ET\n", office)
	b.WriteString("BT /F1 8 Tf 825 82 Td (GAMBAR LAMPIRAN LAPORAN KINERJA) Tj ET\n")
	b.WriteString("BT /F1 8 Tf 825 56 Td (Sheet 1) Tj ET\nBT /F1 8 Tf 990 56 Td (Skala: tanpa skala) Tj ET\n")
	return b.String()
}

// prose sets lines of text from (x, y) down at a 13 pt pitch.
func prose(x, y float64, lines ...string) string {
	var b strings.Builder
	for k, l := range lines {
		fmt.Fprintf(&b, "BT /F1 9 Tf %.1f %.1f Td (%s) Tj ET\n", x, y-13*float64(k), l)
	}
	return b.String()
}

// ruledTable draws a fully ruled table with its top at y, 16 pt rows.
func ruledTable(xs []float64, y float64, rows [][]string) string {
	var b strings.Builder
	b.WriteString("0.5 w\n")
	for k := 0; k <= len(rows); k++ {
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", xs[0], y-16*float64(k), xs[len(xs)-1], y-16*float64(k))
	}
	for _, x := range xs {
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, y, x, y-16*float64(len(rows)))
	}
	for k, r := range rows {
		for c, s := range r {
			fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+3, y-16*float64(k)-11, s)
		}
	}
	return b.String()
}

// para is n lines of made-up prose of one column, each carrying its tag.
func para(tag string, n int) []string {
	var out []string
	for k := 1; k <= n; k++ {
		out = append(out, fmt.Sprintf("%s %d pelaksanaan tugas sekretariat dalam tahun anggaran berjalan", tag, k))
	}
	return out
}

func convertSheet(t *testing.T, content string) []string {
	t.Helper()
	res, err := Convert(context.Background(), sheetsPDF(a3W, a3H, content), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(res.Text), "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestDrawingSheetClass: a report plotted on drawing sheets (dev32/pdf's
// A3 sheets) loses its frame, zone marks and title block, and is read
// column by column; a table across the columns stays whole between the
// columns' bands; a page without a proven frame is read as before.
func TestDrawingSheetClass(t *testing.T) {
	left, right := para("Kiri", 6), para("Kanan", 6)
	tabRows := [][]string{{"No", "Kecamatan", "Pemilih"}, {"1", "Lobalain", "12.345"}, {"2", "Rote Tengah", "9.876"}}
	tabWant := []string{"No\tKecamatan\tPemilih", "1\tLobalain\t12.345", "2\tRote Tengah\t9.876"}
	join := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	ff := []string{"\f"}
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{"two columns of prose in a frame",
			frameSheet(8, 6, "KPU KABUPATEN ROTE NDAO") + prose(70, 760, left...) + prose(640, 760, right...),
			join(left, ff, right)},
		{"a table in the right column, other zone counts",
			frameSheet(6, 4, "SEKRETARIAT KPU KABUPATEN ALOR") + prose(70, 760, left...) + prose(640, 760, right[:3]...) +
				ruledTable([]float64{640, 680, 900, 1000}, 700, tabRows),
			join(left, ff, right[:3], tabWant)},
		{"a table across both columns",
			frameSheet(8, 6, "KPU KABUPATEN SIKKA") + prose(70, 760, left[:4]...) + prose(640, 760, right[:4]...) +
				ruledTable([]float64{70, 200, 700, 1100}, 690, tabRows) +
				prose(70, 600, left[4:]...) + prose(640, 600, right[4:]...) + prose(70, 574, "Kiri 7 penutup laporan kinerja sekretariat tahun ini"),
			join(left[:4], ff, right[:4], ff, tabWant, ff, left[4:], []string{"Kiri 7 penutup laporan kinerja sekretariat tahun ini"}, ff, right[4:])},
		{"three columns",
			frameSheet(8, 6, "KPU KABUPATEN ENDE") + prose(70, 760, para("Satu", 5)...) + prose(440, 760, para("Dua", 5)...) + prose(810, 760, para("Tiga", 5)...),
			join(para("Satu", 5), ff, para("Dua", 5), ff, para("Tiga", 5))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantLines(t, convertSheet(t, tc.content), tc.want) })
	}
}

// TestDrawingSheetLookalikes: a page boxed by a border with a footer
// outside it (no zone marks in sequence) is no drawing sheet; a framed
// sheet whose one table leaves a wide gap between its names and figures
// is not cut there.
func TestDrawingSheetLookalikes(t *testing.T) {
	t.Run("border without zone marks", func(t *testing.T) {
		c := "0.5 w 28 28 1134 786 re S\n" + prose(70, 760, para("Baris", 9)...) +
			"BT /F1 8 Tf 580 14 Td (Halaman 4) Tj ET\n"
		got := convertSheet(t, c)
		if len(got) == 0 || got[0] != "Baris 1 pelaksanaan tugas sekretariat dalam tahun anggaran berjalan" {
			t.Errorf("got %q", got)
		}
		for _, l := range got {
			if l == "\f" {
				t.Errorf("page cut: %q", got)
			}
		}
	})
	t.Run("names and figures apart", func(t *testing.T) {
		c := frameSheet(8, 6, "KPU KABUPATEN LEMBATA")
		names := []string{"Nubatukan", "Ile Ape", "Lebatukan", "Omesuri", "Buyasuri", "Atadei", "Wulandoni", "Nagawutung", "Ile Ape Timur"}
		for k, n := range names {
			y := 760 - 13*float64(k)
			c += fmt.Sprintf("BT /F1 9 Tf 70 %.1f Td (%s) Tj ET\nBT /F1 9 Tf 900 %.1f Td (%d.%03d) Tj ET\n", y, n, y, 10+k, 100*k)
		}
		for _, l := range convertSheet(t, c) {
			if l == "\f" || strings.Contains(l, "Sheet 1") || l == "A" || l == "1" {
				t.Errorf("cut or furniture kept: %q", l)
			}
		}
	})
}
