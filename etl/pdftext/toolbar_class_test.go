package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// toolbarSheet sets a page of prose, then a line of a screen's controls
// (a dashboard's toolbar, a grid's record count and sort) in tb points
// close over a borderless table in 7 pt whose figures are set flush
// right (a saved question printed from a browser), then a note.
type toolbarSheet struct {
	w, h    float64
	tb      float64    // the toolbar's size
	toolbar [][2]any   // x and phrase
	head    [][][2]any // header lines: x (negative: flush right at -x) and text
	rows    [][]string // first cell at x0, the others flush right at rights
	x0      float64
	rights  []float64
}

func (s toolbarSheet) content() string {
	var b strings.Builder
	y := s.h - 60
	for _, p := range []string{
		"Daftar pemilih tetap per kecamatan dihimpun pada basis data kantor dan",
		"hasil pertanyaan tersimpannya dicetak dari peramban di bawah ini.",
	} {
		fmt.Fprintf(&b, "BT /F1 9 Tf %.1f %.1f Td (%s) Tj ET\n", s.x0, y, p)
		y -= 12
	}
	y -= 14
	for _, p := range s.toolbar {
		fmt.Fprintf(&b, "BT /F1 %g Tf %.1f %.1f Td (%s) Tj ET\n", s.tb, p[0].(float64), y, p[1].(string))
	}
	y -= 11
	set := func(x float64, t string) {
		if x < 0 {
			x = -x - toolbarWidth(t, 7)
		}
		fmt.Fprintf(&b, "BT /F1 7 Tf %.1f %.1f Td (%s) Tj ET\n", x, y, t)
	}
	for _, hl := range s.head {
		for _, c := range hl {
			set(c[0].(float64), c[1].(string))
		}
		y -= 10.5
	}
	y -= 3.3
	for _, r := range s.rows {
		set(s.x0, r[0])
		for c, t := range r[1:] {
			set(-s.rights[c], t)
		}
		y -= 13.8
	}
	y -= 12
	fmt.Fprintf(&b, "BT /F1 9 Tf %.1f %.1f Td (Sumber: Subbagian Perencanaan, Data dan Informasi, diolah.) Tj ET\n", s.x0, y)
	return b.String()
}

var toolbarRows = [][]string{
	{"Alor Barat Laut", "10", "54", "6.503", "6.997", "13.500"},
	{"Alor Selatan", "13", "28", "3.062", "3.126", "6.188"},
	{"Pureman", "17", "17", "2.146", "2.223", "4.369"},
	{"Lembur", "16", "19", "2.049", "2.131", "4.180"},
	{"\\227", "56", "118", "13.760", "14.477", "28.237"},
}

func toolbarWant(head ...string) []string {
	out := append([]string{}, head...)
	for _, r := range toolbarRows {
		out = append(out, strings.ReplaceAll(strings.Join(r, "\t"), "\\227", "\u2014"))
	}
	return out
}

// tableLines keeps the lines of got holding a TAB, and the toolbar line.
func tableLines(got []string, toolbar string) (rows []string, bar bool) {
	for _, l := range got {
		if strings.Contains(l, "\t") {
			rows = append(rows, l)
		}
		bar = bar || l == toolbar
	}
	return rows, bar
}

// TestToolbarOverTable: a line of a screen's controls set close over a
// borderless table, with gaps of its own that run over the table's
// rivers, is no row of it: the table keeps its columns (it lost them
// all when the toolbar was read as its first line), and the toolbar
// reads as a plain line. A narrow page (160 x 240 mm) in small type, an
// A4 page with the toolbar in the rows' own size crossing several
// rivers, and a grid's record line in small type crossing only the
// river after its first column over a header set on two lines.
// Made-up kecamatan and figures.
func TestToolbarOverTable(t *testing.T) {
	metaHead := [][][2]any{{{40.0, "Kecamatan"}, {-140.0, "Jumlah Desa"}, {-185.0, "Jumlah TPS"}, {-228.0, "Pemilih L"}, {-270.0, "Pemilih P"}, {-330.0, "Jumlah Pemilih"}}}
	metaWant := toolbarWant("Kecamatan\tJumlah Desa\tJumlah TPS\tPemilih L\tPemilih P\tJumlah Pemilih")
	for _, tc := range []struct {
		name    string
		s       toolbarSheet
		toolbar string
		want    []string
	}{
		{"narrow page, toolbar in small type", toolbarSheet{w: 454, h: 680, tb: 5.4, x0: 40,
			toolbar: [][2]any{{37.0, "Rekap DPT"}, {95.0, "Filter: Tahun is 2020"}, {175.0, "Summarize"}, {225.0, "Visualization: Table"}},
			head:    metaHead, rows: toolbarRows, rights: []float64{140, 185, 228, 270, 330}},
			"Rekap DPT Filter: Tahun is 2020 Summarize Visualization: Table", metaWant},
		{"A4 page, breadcrumb in small type", toolbarSheet{w: 595, h: 842, tb: 6, x0: 40,
			toolbar: [][2]any{{40.0, "Data Pemilih / Pilkada 2020"}, {130.0, "Per Kecamatan / Rollup"}, {235.0, "Unduh hasil"}},
			head:    metaHead, rows: toolbarRows, rights: []float64{140, 185, 228, 270, 330}},
			"Data Pemilih / Pilkada 2020 Per Kecamatan / Rollup Unduh hasil", metaWant},
		{"record count over a two-line header", toolbarSheet{w: 595, h: 842, tb: 6, x0: 40,
			toolbar: [][2]any{{40.0, "5 records"}, {80.0, "Sorted by 1 field"}, {150.0, "Hide fields (2)"}},
			head: [][][2]any{
				{{40.0, "Kecamatan"}, {100.0, "Jumlah"}, {150.0, "Jumlah"}, {195.0, "Pemilih"}, {240.0, "Pemilih"}, {290.0, "Jumlah"}},
				{{100.0, "Desa/Kel"}, {150.0, "TPS"}, {195.0, "Laki-laki"}, {240.0, "Perempuan"}, {290.0, "Pemilih"}},
			},
			rows: toolbarRows, rights: []float64{140, 185, 228, 280, 330}},
			"5 records Sorted by 1 field Hide fields (2)",
			toolbarWant("Kecamatan\tJumlah Desa/Kel\tJumlah TPS\tPemilih Laki-laki\tPemilih Perempuan\tJumlah Pemilih")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := convertLinesOn(t, tc.s.w, tc.s.h, tc.s.content())
			rows, bar := tableLines(got, tc.toolbar)
			if !bar {
				t.Errorf("no plain toolbar line %q in\n%q", tc.toolbar, got)
			}
			wantLines(t, rows, tc.want)
		})
	}
}

// TestToolbarLookAlike: what is no toolbar over a table reads as before.
// A group heading set in a smaller type centred over the two columns it
// spans ("Pemilih Tetap" over "L" and "P") closes no river of the rows
// and leaves the table as it was; a title line over a table of two
// columns (a label and a value) has no third column to lose, and the
// table keeps its rows.
func TestToolbarLookAlike(t *testing.T) {
	t.Run("group heading in small type", func(t *testing.T) {
		s := toolbarSheet{w: 595, h: 842, tb: 6, x0: 40,
			toolbar: [][2]any{{220.0, "Pemilih Tetap"}},
			head:    [][][2]any{{{40.0, "Kecamatan"}, {-140.0, "Desa"}, {-185.0, "TPS"}, {-228.0, "L"}, {-270.0, "P"}, {-330.0, "Jumlah"}}},
			rows:    toolbarRows, rights: []float64{140, 185, 228, 270, 330}}
		got := convertLinesOn(t, s.w, s.h, s.content())
		rows, _ := tableLines(got, "")
		wantLines(t, rows, toolbarWant("Kecamatan\tDesa\tTPS\tL\tP\tJumlah"))
	})
	t.Run("title over two columns", func(t *testing.T) {
		s := toolbarSheet{w: 595, h: 842, tb: 5.5, x0: 40,
			toolbar: [][2]any{{40.0, "Ringkasan"}, {110.0, "per 31 Desember"}},
			head:    [][][2]any{{{40.0, "Uraian"}, {-200.0, "Jumlah"}}},
			rows:    [][]string{{"Kecamatan", "4"}, {"Desa/Kelurahan", "56"}, {"TPS", "118"}},
			rights:  []float64{200}}
		got := convertLinesOn(t, s.w, s.h, s.content())
		rows, _ := tableLines(got, "")
		wantLines(t, rows[len(rows)-3:], []string{"Kecamatan\t4", "Desa/Kelurahan\t56", "TPS\t118"})
	})
}

// convertLinesOn is convertLines on a page of w by h points.
func convertLinesOn(t *testing.T, w, h float64, content string) []string {
	t.Helper()
	res, err := newTestConverter(t).Convert(t.Context(), sheetsPDF(w, h, content), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.Trim(string(res.Text), "\n"), "\n")
}

// toolbarWidth is about the advance of t in Helvetica at pt (figures
// exact, letters near enough to set a title flush right).
func toolbarWidth(t string, pt float64) float64 {
	w := 0.0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			w += 0.556
		case r >= 'A' && r <= 'Z':
			w += 0.667
		case r >= 'a' && r <= 'z':
			w += 0.5
		default:
			w += 0.278
		}
	}
	return w * pt
}
