package pdftext

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// crookedPage sets lines as a crooked scan's text layer does: every word
// level, its baseline raised or lowered by its distance from the page's
// middle (297.5 pt) times slope. A line is its cells split by "|", each
// cell at its x in xs (prose: one cell at xs[0]); lines are lead pt apart
// from top down, in Courier 7 pt. rule draws a thin rule under the first line, along the
// tilt, as the scanned table's own rule.
func crookedPage(lines []string, xs []float64, top, lead, slope float64, rule bool) string {
	var b strings.Builder
	y := top
	for i, ln := range lines {
		for c, cell := range strings.Split(ln, "|") {
			x := xs[c]
			for _, w := range strings.Fields(cell) {
				fmt.Fprintf(&b, "BT /F2 7 Tf %.2f %.2f Td (%s) Tj ET\n", x, y-(x-297.5)*slope, w)
				x += 4.2 * float64(len(w)+1) // Courier: 0.6 em a letter
			}
		}
		if rule && i == 0 {
			x0, x1 := xs[0]-2, 560.0
			fmt.Fprintf(&b, "0 0 0 RG 0.4 w %.2f %.2f m %.2f %.2f l S\n", x0, y-3-(x0-297.5)*slope, x1, y-3-(x1-297.5)*slope)
		}
		y -= lead
	}
	return b.String()
}

var crookedTable = []string{
	"No|Indikator Kinerja|Target|Realisasi|Capaian (%)",
	"1|Persentase partisipasi pemilih dalam pemilihan|77,50|81,36|104,98",
	"2|Persentase KPU Kabupaten memutakhirkan data pemilih tepat waktu|100,00|100,00|100,00",
	"3|Persentase kesesuaian kompetensi pegawai terhadap standar|85,00|88,10|103,65",
}

var crookedTableXs = []float64{50, 70, 350, 400, 450}

var crookedTableWant = []string{
	"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
	"1\tPersentase partisipasi pemilih dalam pemilihan\t77,50\t81,36\t104,98",
	"2\tPersentase KPU Kabupaten memutakhirkan data pemilih tepat waktu\t100,00\t100,00\t100,00",
	"3\tPersentase kesesuaian kompetensi pegawai terhadap standar\t85,00\t88,10\t103,65",
}

// TestDeskewClass: a crooked scan's lines run uphill or downhill by more
// than a line's height over the column; levelled, a table's rows keep
// their words and figures in order (made-up tables, tilts either way, up
// to the 1.3° a careless feed gives), and prose keeps its lines.
func TestDeskewClass(t *testing.T) {
	for _, slope := range []float64{0.0227, -0.0227, 0.012, -0.0087} {
		t.Run(fmt.Sprintf("table at slope %.4f", slope), func(t *testing.T) {
			got := convertLines(t, crookedPage(crookedTable, crookedTableXs, 700, 12, slope, true))
			wantLines(t, got, crookedTableWant)
		})
	}
	prose := []string{
		"Dari seluruh pagu sebesar Rp2.784.615.000 terealisasi Rp2.701.239.874, atau serapan 97,01 persen.",
		"Sebagai pembanding, pada tahun anggaran 2019 pagu Rp9.716.480.000 terealisasi Rp9.330.240.000.",
		"Hasil evaluasi atas kinerja tahun 2018 tercatat 59,07 dengan predikat CC menurut Inspektorat.",
	}
	for _, slope := range []float64{0.02, -0.017} {
		t.Run(fmt.Sprintf("prose at slope %.3f", slope), func(t *testing.T) {
			got := convertLines(t, crookedPage(prose, []float64{50}, 700, 11, slope, false))
			wantLines(t, got, prose)
		})
	}
	// the scanner's own imprint is printed level on the crooked page: it
	// stays one line
	t.Run("a level imprint on a crooked page", func(t *testing.T) {
		page := crookedPage(crookedTable, crookedTableXs, 700, 12, 0.02, true) +
			"BT /F1 6 Tf 40 30 Td (SCAN_2020_RAIJUA.pdf - 300 dpi - hal. 6) Tj ET\n"
		got := convertLines(t, page)
		wantLines(t, got, append(append([]string{}, crookedTableWant...), "", "SCAN_2020_RAIJUA.pdf - 300 dpi - hal. 6"))
	})
}

// TestDeskewLookAlike: level pages are not turned. A level table under a
// stamp turned by 4° (a legalised copy's FOTOKOPI SESUAI DENGAN ASLINYA,
// every letter on the turned line) keeps its rows; a level line with a
// raised footnote mark and a smaller figure beside a word is no tilt.
func TestDeskewLookAlike(t *testing.T) {
	table := crookedPage(crookedTable, crookedTableXs, 700, 12, 0, true)
	var stamp strings.Builder
	a := 4 * math.Pi / 180
	x, y := 300.0, 560.0
	for _, r := range "FOTOKOPI SESUAI DENGAN ASLINYA" {
		if r != ' ' {
			fmt.Fprintf(&stamp, "BT /F1 9 Tf %.4f %.4f %.4f %.4f %.2f %.2f Tm (%c) Tj ET\n", math.Cos(a), math.Sin(a), -math.Sin(a), math.Cos(a), x, y, r)
		}
		w := toolbarWidth(string(r), 9)
		x, y = x+w*math.Cos(a), y+w*math.Sin(a)
	}
	got := convertLines(t, table+stamp.String())
	if len(got) < len(crookedTableWant) {
		t.Fatalf("got %q", got)
	}
	wantLines(t, got[:len(crookedTableWant)], crookedTableWant)

	marks := "BT /F1 8 Tf 50 700 Td (Nilai evaluasi AKIP tahun 2021 adalah 70,03) Tj ET\n" +
		"BT /F1 5 Tf 215 703 Td (1) Tj ET\n" +
		"BT /F1 8 Tf 220 700 Td (dengan predikat BB.) Tj ET\n"
	if got := convertLines(t, marks); len(got) != 1 {
		t.Errorf("a line with a raised mark split: %q", got)
	}
}

// TestPageTilt: the slope is read from neighbouring words at one size;
// level words, too few words, or words disagreeing give 0.
func TestPageTilt(t *testing.T) {
	word := func(x, base float64) []glyph {
		var gs []glyph
		for k := 0; k < 5; k++ {
			gs = append(gs, glyph{r: 'a', x0: x + float64(k)*4, x1: x + float64(k)*4 + 4, base: base, size: 8})
		}
		return append(gs, glyph{r: ' ', space: true, x0: x + 20, x1: x + 22, base: base, size: 8})
	}
	page := func(slope float64, lines int, jitter func(k int) float64) []glyph {
		var gs []glyph
		for l := 0; l < lines; l++ {
			for i := 0; i < 8; i++ {
				x := 50 + float64(i)*60
				gs = append(gs, word(x, 100+float64(l)*12+(x-297.5)*slope+jitter(l*8+i))...)
			}
		}
		return gs
	}
	none := func(int) float64 { return 0 }
	for _, tc := range []struct {
		name string
		gs   []glyph
		want float64
	}{
		{"crooked", page(0.02, 6, none), 0.02},
		{"crooked the other way", page(-0.01, 6, none), -0.01},
		{"level", page(0, 6, none), 0},
		{"too few words", page(0.02, 2, none), 0},
		{"below a tenth of a degree", page(0.001, 6, none), 0},
		{"words at scattered heights", page(0, 6, func(k int) float64 { return float64((k*k*37+k*11)%9)/2 - 2 }), 0},
	} {
		if got := pageTilt(tc.gs); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: tilt %v, want %v", tc.name, got, tc.want)
		}
	}
}
