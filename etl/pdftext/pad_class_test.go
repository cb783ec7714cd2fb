package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// padSheet draws a writing pad's page: a boxed head, pale rules from x0
// to x1 at pitch from under the head to near the foot, a red margin line
// the height of the page, and on the bands: prose lines, a ruled table
// (its own rules inside the writing area), more prose. The prose sits on
// every band (one line a band) and empty bands follow unless fill.
type padSheet struct {
	x0, x1, pitch float64
	margin        bool
	before, after []string
	table         [][]string
	fill          bool // text on every band
}

func (s padSheet) content() string {
	var b strings.Builder
	b.WriteString("0.2 0.2 0.4 RG 0.8 w 40 780 312 28 re S 357 780 96 28 re S 459 780 108 28 re S\n")
	b.WriteString("BT /F1 6.5 Tf 45 790 Td (PROJECT  Laporan Kinerja) Tj ET BT /F1 6.5 Tf 362 790 Td (BOOK No. 07) Tj ET\n")
	b.WriteString("0.6 0.7 0.85 RG 0.4 w\n")
	top, bottom := 734.0, 68.0
	for y := top; y >= bottom; y -= s.pitch {
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", s.x0, y, s.x1, y)
	}
	if s.margin {
		b.WriteString("0.85 0.3 0.3 RG 0.6 w 86 0 m 86 842 l S\n")
	}
	b.WriteString("0 0 0 rg 0 0 0 RG 0.5 w\n")
	band := top
	line := func(t string) {
		fmt.Fprintf(&b, "BT /F1 8 Tf 98 %.1f Td (%s) Tj ET\n", band+3, t)
		band -= s.pitch
	}
	for _, t := range s.before {
		line(t)
	}
	if len(s.table) > 0 {
		xs := []float64{96, 160, 330, 420, 530}
		tt := band + s.pitch - 2
		for r, row := range s.table {
			for c, t := range row {
				fmt.Fprintf(&b, "BT /F1 7.5 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+3, tt-float64(r)*16-11, t)
			}
		}
		n := float64(len(s.table))
		for r := 0.0; r <= n; r++ {
			fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", xs[0], tt-r*16, xs[len(xs)-1], tt-r*16)
		}
		for _, x := range xs {
			fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, tt, x, tt-n*16)
		}
		for band+14 > tt-n*16 {
			band -= s.pitch
		}
	}
	for _, t := range s.after {
		line(t)
	}
	for s.fill && band > bottom+s.pitch {
		line("Catatan harian kegiatan sekretariat dan subbagian teknis penyelenggaraan.")
	}
	return b.String()
}

var padTable = [][]string{
	{"Kode", "Uraian", "Pagu", "Realisasi"},
	{"3355", "Pengelolaan Keuangan", "812.400.000", "800.100.500"},
	{"3360", "Operasional Perkantoran", "1.104.000.000", "1.090.450.000"},
	{"", "JUMLAH", "1.916.400.000", "1.890.550.500"},
}

var padWantTable = []string{
	"Kode\tUraian\tPagu\tRealisasi",
	"3355\tPengelolaan Keuangan\t812.400.000\t800.100.500",
	"3360\tOperasional Perkantoran\t1.104.000.000\t1.090.450.000",
	"\tJUMLAH\t1.916.400.000\t1.890.550.500",
}

// TestPadRuling: a report printed on a lab notebook's pages (a ruling at
// one pitch inside the margins, run on under the text, a margin line)
// reads as on plain paper: two one-line paragraphs on the bands under the
// table part with a blank line, and the table drawn on the pad keeps its
// rows. A ruling at another pitch, without a margin line, a wider writing
// area. Made-up figures.
func TestPadRuling(t *testing.T) {
	after := []string{
		"Secara keseluruhan pagu Rp1.916.400.000 direalisasikan sebesar Rp1.890.550.500 atau 98,65%.",
		"Pada tahun anggaran 2023, pagu sebesar Rp1.800.000.000 terealisasi Rp1.700.000.000 (94,44%).",
	}
	for _, tc := range []struct {
		name string
		s    padSheet
	}{
		{"notebook, 6 mm ruling, margin line", padSheet{x0: 39.7, x1: 566.9, pitch: 17, margin: true}},
		{"8 mm ruling, no margin line", padSheet{x0: 45, x1: 560, pitch: 22.7}},
		{"wider writing area", padSheet{x0: 20, x1: 575, pitch: 14.2, margin: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.s.before = []string{"Pagu DIPA Sekretariat KPU Kabupaten tahun anggaran 2024 setelah revisi beserta realisasinya menurut program dan kegiatan:"}
			tc.s.table, tc.s.after = padTable, after
			got := convertLines(t, tc.s.content())
			var rows []string
			for _, l := range got {
				if strings.Contains(l, "\t") {
					rows = append(rows, l)
				}
			}
			wantLines(t, rows, padWantTable)
			if !strings.Contains(strings.Join(got, "\n"), after[0]+"\n\n"+after[1]) {
				t.Errorf("paragraphs not parted: %q", got)
			}
		})
	}
}

// TestPadLookAlike: a long table ruled under every row inside the margins
// (its bands all hold a row) keeps its rules and reads row by row; a pad
// whose every band is written on keeps its ruling (nothing proves it is
// no table), and its text still reads.
func TestPadLookAlike(t *testing.T) {
	t.Run("a long table ruled under every row", func(t *testing.T) {
		var b strings.Builder
		var want []string
		b.WriteString("0 0 0 rg 0 0 0 RG 0.5 w\n")
		for r := 0; r < 40; r++ {
			y := 780 - float64(r)*17
			row := []string{fmt.Sprintf("Kelurahan %d", r+1), fmt.Sprint(2 + r%4), fmt.Sprintf("%d.%03d", 1+r%2, 200+3*r)}
			for c, x := range []float64{45, 300, 450} {
				fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", x, y-12, row[c])
			}
			want = append(want, strings.Join(row, "\t"))
		}
		for r := 0; r <= 40; r++ {
			y := 780 - float64(r)*17
			fmt.Fprintf(&b, "40 %.1f m 566 %.1f l S\n", y, y)
		}
		got := convertLines(t, b.String())
		var rows []string
		for _, l := range got {
			if strings.Contains(l, "\t") {
				rows = append(rows, l)
			}
		}
		wantLines(t, rows, want)
	})
	t.Run("a pad written on every band", func(t *testing.T) {
		s := padSheet{x0: 39.7, x1: 566.9, pitch: 17, margin: true, fill: true,
			before: []string{"Pagu DIPA Sekretariat tahun 2024 setelah revisi beserta realisasinya:"}}
		got := convertLines(t, s.content())
		if !strings.Contains(strings.Join(got, "\n"), "Pagu DIPA Sekretariat tahun 2024 setelah revisi beserta realisasinya:") {
			t.Errorf("text lost: %q", got)
		}
	})
}
