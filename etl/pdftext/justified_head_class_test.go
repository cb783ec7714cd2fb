package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// magazine builds a page of a report set like a magazine: prose in
// Helvetica 9 pt justified over 60..540 by the word-spacing operator (Tw,
// each line one string; the paragraph's last line set short with Tw 0),
// and tables in 8 pt with a grey hairline from 60 to 540 under every row
// (none between columns; a row opened by a cell of kind 'N' has none
// under it), text cells from their x, figures flush right at theirs. Items are prose paragraphs (string) or tables ([][]edgeCell).
func magazine(t *testing.T, items ...any) []string {
	t.Helper()
	var b strings.Builder
	y, cellTw := 760.0, 0.0
	for _, it := range items {
		switch v := it.(type) {
		case leakedTw:
			cellTw = float64(v)
		case string:
			lines := wrapHelv(v, 9, 480)
			for i, l := range lines {
				tw := 0.0
				if n := strings.Count(l, " "); i < len(lines)-1 && n > 0 {
					tw = (480 - afmWidth(l, 9)) / float64(n)
				}
				fmt.Fprintf(&b, "BT /F1 9 Tf %.3f Tw 60 %.2f Td (%s) Tj ET\n", tw, y, l)
				y -= 12.2
			}
			y -= 2
		case [][]edgeCell:
			for _, row := range v {
				ruled := true
				if len(row) > 0 && row[0].kind == 'N' {
					ruled, row = false, row[1:] // a header line with its next line in one band
				}
				for _, c := range row {
					x := c.x
					if c.kind == 'R' {
						x -= afmWidth(c.s, 8)
					}
					fmt.Fprintf(&b, "BT /F1 8 Tf %.3f Tw %.3f %.2f Td (%s) Tj ET\n", cellTw, x, y, c.s)
				}
				if ruled {
					fmt.Fprintf(&b, "0.6 G 0.25 w 60 %.2f m 540 %.2f l S\n", y-3.5, y-3.5)
				}
				y -= 12
			}
			y -= 10
		}
	}
	return convertLines(t, b.String())
}

// leakedTw, among magazine's items, sets the word spacing the tables
// after it are drawn with: the justified prose's, never reset.
type leakedTw float64

// wrapHelv breaks s into lines no wider than w in Helvetica at pt.
func wrapHelv(s string, pt, w float64) []string {
	var out []string
	cur := ""
	for _, word := range strings.Fields(s) {
		try := strings.TrimSpace(cur + " " + word)
		if cur != "" && afmWidth(try, pt) > w {
			out = append(out, cur)
			try = word
		}
		cur = try
	}
	return append(out, cur)
}

// budget is a made-up kegiatan table: a header and rows of a code, a
// name and three figures flush right.
func budget(head []string, rows ...[]string) [][]edgeCell {
	cell := func(k int, s string) edgeCell {
		xs := []edgeCell{{62, 'L', ""}, {100, 'L', ""}, {390, 'R', ""}, {470, 'R', ""}, {535, 'R', ""}}
		c := xs[k]
		c.s = s
		return c
	}
	var out [][]edgeCell
	for _, r := range append([][]string{head}, rows...) {
		var row []edgeCell
		for k, s := range r {
			row = append(row, cell(k, s))
		}
		out = append(out, row)
	}
	return out
}

// TestJustifiedOverHeaderClass: a justified paragraph set between two
// tables ruled under every row, right over the second table's header
// inside the band between the first table's last rule and the header's
// rule, stays prose: its lines are neither cut into the header's cells
// nor merged with the header, and the table under it keeps its rows.
// Paragraphs of three lines and of two (the second short), different
// wording and figures from any report.
func TestJustifiedOverHeaderClass(t *testing.T) {
	head := []string{"Kode", "Uraian Kegiatan", "Anggaran", "Realisasi", "%"}
	first := budget(head,
		[]string{"4411", "Layanan Perkantoran", "812.400.000", "790.115.300", "97,26"},
		[]string{"4412", "Layanan Sarana Internal", "233.000.000", "229.870.000", "98,66"})
	second := budget(head,
		[]string{"5520", "Fasilitasi Kampanye", "410.500.000", "396.225.000", "96,52"},
		[]string{"5521", "Bimbingan Teknis Badan Adhoc", "1.902.000.000", "1.844.310.500", "96,97"},
		[]string{"5522", "Distribusi Perlengkapan", "655.750.000", "640.012.400", "97,60"})
	secondWant := []string{
		"Kode\tUraian Kegiatan\tAnggaran\tRealisasi\t%",
		"5520\tFasilitasi Kampanye\t410.500.000\t396.225.000\t96,52",
		"5521\tBimbingan Teknis Badan Adhoc\t1.902.000.000\t1.844.310.500\t96,97",
		"5522\tDistribusi Perlengkapan\t655.750.000\t640.012.400\t97,60",
	}
	for _, tc := range []struct {
		name string
		para string
	}{
		{"three lines", "Belanja teknis penyelenggaraan (kode 01.B) beranggaran Rp2.968.250.000 dengan realisasi " +
			"Rp2.880.547.900 atau 97,05 persen dari pagu, menyisakan Rp87.702.100 yang disetor kembali ke kas negara " +
			"pada akhir tahun anggaran. Adapun kegiatan yang membentuknya dirinci sebagai berikut:"},
		{"two lines, the second short", "Belanja teknis penyelenggaraan (kode 01.B) beranggaran Rp2.968.250.000 " +
			"dengan realisasi Rp2.880.547.900 atau 97,05 persen; rinciannya:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := magazine(t, first, tc.para, second)
			holdsLines(t, got, secondWant)
			for _, l := range wrapHelv(tc.para, 9, 480) {
				holdsLines(t, got, []string{l})
			}
		})
	}
}

// TestJustifiedOverHeaderLookAlikes: a header over two lines in one
// band (a name cell wrapped under its first line, which runs across the
// whole table) is no paragraph over a header: it stays one row of cells,
// and so does a heading row set across the table between its rows.
func TestJustifiedOverHeaderLookAlikes(t *testing.T) {
	first := budget([]string{"Kode", "Uraian Kegiatan", "Anggaran", "Realisasi", "%"},
		[]string{"4411", "Layanan Perkantoran", "812.400.000", "790.115.300", "97,26"},
		[]string{"4412", "Layanan Sarana Internal", "233.000.000", "229.870.000", "98,66"})
	wrapped := budget([]string{"Kode", "Uraian Kegiatan dan Sub", "Anggaran", "Realisasi", "%"},
		[]string{"", "Kegiatan Tahun 2024"},
		[]string{"6610", "Sosialisasi Pemilih", "120.000.000", "118.500.000", "98,75"},
		[]string{"Sasaran: terselenggaranya pendidikan pemilih yang menjangkau seluruh kecamatan"},
		[]string{"6611", "Pendidikan Pemilih Pemula", "80.000.000", "79.250.000", "99,06"},
		[]string{"6612", "Publikasi Media Daring", "45.000.000", "44.100.000", "98,00"})
	wrapped[0] = append([]edgeCell{{0, 'N', ""}}, wrapped[0]...)
	got := magazine(t, first, wrapped)
	holdsLines(t, got, []string{
		"Kode\tUraian Kegiatan dan Sub Kegiatan Tahun 2024\tAnggaran\tRealisasi\t%",
		"6610\tSosialisasi Pemilih\t120.000.000\t118.500.000\t98,75",
		"Sasaran: terselenggaranya pendidikan pemilih yang menjangkau seluruh kecamatan",
		"6612\tPublikasi Media Daring\t45.000.000\t44.100.000\t98,00",
	})
}
