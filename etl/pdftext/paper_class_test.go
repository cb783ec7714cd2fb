package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// paperSheet is the ruling of a sheet of paper on an A4 page (595 x 842):
// vertical rules every vx points and horizontal ones every hy points from
// edge to edge (0: none that way), every second one a shade darker, and
// margin lines the full height at the xs of margins. oneath draws the
// lattice as one path of many segments, else a path a rule.
type paperSheet struct {
	vx, hy  float64
	margins []float64
	onePath bool
}

func (s paperSheet) content() string {
	var b strings.Builder
	b.WriteString("0.25 w\n")
	line := func(x0, y0, x1, y1 float64, k int) {
		grey := "0.81 0.89 0.95"
		if k%2 == 0 {
			grey = "0.66 0.8 0.91"
		}
		if s.onePath {
			fmt.Fprintf(&b, "%.2f %.2f m %.2f %.2f l\n", x0, y0, x1, y1)
			return
		}
		fmt.Fprintf(&b, "%s RG %.2f %.2f m %.2f %.2f l S\n", grey, x0, y0, x1, y1)
	}
	if s.onePath {
		b.WriteString("0.7 0.8 0.9 RG\n")
	}
	for k := 0; s.vx > 0 && float64(k)*s.vx <= 595; k++ {
		line(float64(k)*s.vx, 0, float64(k)*s.vx, 842, k)
	}
	for k := 0; s.hy > 0 && float64(k)*s.hy <= 842; k++ {
		line(0, float64(k)*s.hy, 595, float64(k)*s.hy, k)
	}
	if s.onePath {
		b.WriteString("S\n")
	}
	for _, x := range s.margins {
		fmt.Fprintf(&b, "0.85 0.33 0.31 RG 0.6 w %.1f 0 m %.1f 842 l S\n", x, x)
	}
	// The boxed page number at the top right.
	b.WriteString("0.12 0.23 0.43 RG 0.4 w 470 800 46 17 re S\n")
	b.WriteString("BT /F1 8 Tf 482 806 Td (hal. 4) Tj ET\n")
	return b.String()
}

// paperBody writes prose (Helvetica 9 pt at x 80 from y 760, a line each
// 12 pt), a table ruled cell by cell (Helvetica 8 pt, rows of 16 pt, the
// column edges at xs), a monospaced drawing (Courier 7 pt, a line each 9
// pt) and prose after it. A PDF string escapes its backslashes.
func paperBody(prose []string, xs []float64, rows [][]string, drawing []string, after []string) string {
	var b strings.Builder
	y := 760.0
	for _, l := range prose {
		fmt.Fprintf(&b, "BT /F1 9 Tf 80 %.1f Td (%s) Tj ET\n", y, l)
		y -= 12
	}
	y -= 8
	if len(rows) > 0 {
		b.WriteString("0.12 0.23 0.43 RG 0.4 w\n")
		for _, row := range rows {
			for c := range row {
				fmt.Fprintf(&b, "%.1f %.1f %.1f 16 re S\n", xs[c], y-16, xs[c+1]-xs[c])
			}
			for c, s := range row {
				fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+3, y-11, s)
			}
			y -= 16
		}
		y -= 14
	}
	for _, l := range drawing {
		if strings.TrimSpace(l) != "" {
			s := strings.ReplaceAll(l, `\`, `\\`)
			fmt.Fprintf(&b, "BT /F2 7 Tf 80 %.1f Td (%s) Tj ET\n", y, s)
		}
		y -= 9
	}
	y -= 8
	for _, l := range after {
		fmt.Fprintf(&b, "BT /F1 9 Tf 80 %.1f Td (%s) Tj ET\n", y, l)
		y -= 12
	}
	return b.String()
}

func nonBlank(ls []string) []string {
	var out []string
	for _, l := range ls {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

var paperProse = []string{
	"Hasil pemutakhiran data pemilih tiap kecamatan disajikan pada tabel dan gambar di bawah ini,",
	"disusun oleh subbagian teknis penyelenggaraan berdasarkan rekapitulasi berjenjang.",
}

var paperAfter = []string{"Angka pada gambar adalah jumlah pemilih dalam daftar pemilih tetap."}

// A drawing typed in ASCII: three hexagons abreast, each holding a
// kecamatan's figures (made-up names and figures).
var paperHexes = []string{
	"    ______________          ______________          ______________",
	"   /  03 WAIMADA  \\        /  04 LEKOBATA \\        /  05 KAMBERA  \\",
	"  /     TPS 21     \\      /     TPS 17     \\      /     TPS 12     \\",
	" /   L      2.310   \\    /   L      1.904   \\    /   L      1.021   \\",
	" \\   P      2.402   /    \\   P      1.977   /    \\   P      1.074   /",
	"  \\  L+P    4.712  /      \\  L+P    3.881  /      \\  L+P    2.095  /",
	"   \\______________/        \\______________/        \\______________/",
}

var paperRows = [][]string{
	{"No", "Kecamatan", "TPS", "Jumlah"},
	{"1", "Waimada", "21", "4.712"},
	{"2", "Lekobata", "17", "3.881"},
	{"3", "Ratenggaro", "12", "2.095"},
}

var paperTableXs = []float64{80, 110, 260, 330, 420}

// TestPaperClass: a report printed on squared or lined paper (its ruling
// edge to edge at one pitch, a margin line the full height) reads as on
// plain paper: the prose whole, the table drawn on the paper cell by cell,
// the monospaced drawing at its columns. Without dropPaperRules the lattice
// joins the table's rules into one page-wide grid cutting every line at
// the paper's rules. Made-up documents.
func TestPaperClass(t *testing.T) {
	table := []string{"No\tKecamatan\tTPS\tJumlah", "1\tWaimada\t21\t4.712", "2\tLekobata\t17\t3.881", "3\tRatenggaro\t12\t2.095"}
	for _, tc := range []struct {
		name    string
		sheet   paperSheet
		rows    [][]string
		drawing []string
	}{
		{"5 mm squared paper, margin line at the left", paperSheet{vx: 14.17, hy: 14.17, margins: []float64{62.4}}, paperRows, paperHexes},
		{"4 mm squared paper in one path, margin line at the right", paperSheet{vx: 11.34, hy: 11.34, margins: []float64{540}, onePath: true}, paperRows, paperHexes},
		{"lined paper every 7 mm, two margin lines", paperSheet{hy: 19.84, margins: []float64{62.4, 66}}, paperRows, paperHexes},
		{"squared paper, a drawing and no table", paperSheet{vx: 14.17, hy: 14.17, margins: []float64{62.4}}, nil, paperHexes},
		{"plain paper: the drawing typed in slashes keeps its columns", paperSheet{}, paperRows, paperHexes},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := nonBlank(convertLines(t, tc.sheet.content()+paperBody(paperProse, paperTableXs, tc.rows, tc.drawing, paperAfter)))
			want := append([]string{"hal. 4"}, paperProse...)
			if tc.rows != nil {
				want = append(want, table...)
			}
			// The grid counts its columns from the drawing's leftmost mark.
			for _, l := range paperHexes {
				want = append(want, l[1:])
			}
			want = append(want, paperAfter...)
			wantLines(t, got, want)
		})
	}
}

// TestPaperLookAlike: rules that are no paper stay a table's. A sheet
// printed to the page's edges (every row of one height, its columns
// ruled edge to edge too at no pitch) is a ruled table; so is a long
// table of equal rows inside the margins; and a monospaced run whose
// slashes part two figures of a cell ("5 / 25") or a header's words
// ("Pagu / Realisasi / Sisa") is no drawing.
func TestPaperLookAlike(t *testing.T) {
	t.Run("a sheet ruled to the page's edges", func(t *testing.T) {
		var b strings.Builder
		xs := []float64{0, 40, 300, 450, 595}
		b.WriteString("0 0 0 RG 0.4 w\n")
		for _, x := range xs {
			fmt.Fprintf(&b, "%.1f 0 m %.1f 842 l S\n", x, x)
		}
		var want []string
		for r := 0; r <= 40; r++ {
			y := 842 - float64(r)*20.5
			fmt.Fprintf(&b, "0 %.1f m 595 %.1f l S\n", y, y)
			if r < 40 {
				cells := []string{fmt.Sprint(r + 1), fmt.Sprintf("Desa Contoh %d", r+1), fmt.Sprint(3 + r%5), fmt.Sprintf("%d.%03d", 1+r%3, 100+7*r)}
				for c, s := range cells {
					fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+4, y-14, s)
				}
				want = append(want, strings.Join(cells, "\t"))
			}
		}
		wantLines(t, nonBlank(convertLines(t, b.String())), want)
	})
	t.Run("a long table of equal rows inside the margins", func(t *testing.T) {
		var rows [][]string
		var want []string
		for r := 0; r < 30; r++ {
			row := []string{fmt.Sprint(r + 1), fmt.Sprintf("Kelurahan %d", r+1), fmt.Sprint(2 + r%4), fmt.Sprintf("%d.%03d", 1+r%2, 200+3*r)}
			rows = append(rows, row)
			want = append(want, strings.Join(row, "\t"))
		}
		got := nonBlank(convertLines(t, paperBody(nil, paperTableXs, rows, nil, nil)))
		wantLines(t, got, want)
	})
	t.Run("a typed table with slashes between figures is no drawing", func(t *testing.T) {
		typed := []string{
			"No  Kecamatan        Desa/Kel / TPS  L / P            L+P",
			" 1  WAIMADA                  5 / 25    2.724 / 2.644    5.368",
			" 2  LEKOBATA                 7 / 29    3.698 / 3.677    7.375",
			" 3  KAMBERA                  9 / 18    2.530 / 2.442    4.972",
			" 4  RATENGGARO              16 / 56    4.704 / 5.037    9.741",
			"    JUMLAH                  37 / 128  13.656 / 13.800  27.456",
		}
		got := nonBlank(convertLines(t, paperBody(paperProse, nil, nil, typed, paperAfter)))
		rows := 0
		for _, l := range got {
			if strings.Contains(l, "  ") {
				t.Errorf("typed table kept as a drawing's grid: %q", l)
			}
			if strings.Contains(l, " / ") && strings.Contains(l, "\t") {
				rows++
			}
		}
		if rows != len(typed) {
			t.Errorf("%d rows cut into cells, want %d: %q", rows, len(typed), got)
		}
	})
	t.Run("a typed header with slashes is no drawing", func(t *testing.T) {
		typed := []string{
			"KODE   URAIAN            PAGU / REALISASI / SISA",
			"3355   Keuangan          812.400.000  800.100.500",
			"3360   Operasional       104.000.000   90.450.000",
		}
		got := nonBlank(convertLines(t, paperBody(paperProse, nil, nil, typed, paperAfter)))
		for _, l := range got {
			if strings.Contains(l, "URAIAN      ") {
				t.Errorf("typed header kept as a drawing's grid: %q", l)
			}
		}
	})
}
