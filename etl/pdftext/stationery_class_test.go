package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// columnarPadSheet draws a columnar pad's sheet on an A4 page: rules across every
// pitch points from y top down, the pad's own numbers (numPt, grey) flush
// right at x 40 just over each rule, a double red margin, money columns
// down the right and, when head is set, a head strip in small type at the
// top left; then the report's lines (Helvetica pt from x 80), line k on
// rule at[k].
func columnarPadSheet(pitch, top, numPt, pt float64, head bool, lines []string, at []int) string {
	var b strings.Builder
	if head {
		b.WriteString("0.43 0.56 0.42 rg BT /F1 5.5 Tf 28 810 Td (Disiapkan oleh ________  Disetujui oleh ________) Tj ET\n")
		b.WriteString("BT /F1 5.5 Tf 28 800 Td (COLUMNAR PAD 4 KOLOM   1   2   3   4) Tj ET\n")
	}
	b.WriteString("0.66 0.8 0.64 RG 0.3 w\n")
	n := 0
	for y := top; y > 30; y -= pitch {
		n++
		fmt.Fprintf(&b, "22 %.2f m 573 %.2f l S\n", y, y)
		num := fmt.Sprint(n)
		fmt.Fprintf(&b, "0.5 g BT /F1 %g Tf %.2f %.2f Td (%s) Tj ET\n", numPt, 40-float64(len(num))*0.556*numPt, y+3, num)
	}
	b.WriteString("0.85 0.33 0.31 RG 0.4 w 48 20 m 48 790 l S 51 20 m 51 790 l S\n")
	b.WriteString("0.37 0.6 0.35 RG\n")
	for k := 0; k < 5; k++ {
		fmt.Fprintf(&b, "%d 20 m %d 790 l S\n", 573-k*40, 573-k*40)
	}
	for k, s := range lines {
		fmt.Fprintf(&b, "0.1 g BT /F1 %g Tf 80 %.2f Td (%s) Tj ET\n", pt, top-float64(at[k])*pitch+2, s)
	}
	return b.String()
}

// calendarSheet draws a month of a wall calendar on an A4 page: the title
// (big), the weekday row, a grid of seven columns of rows rows from y 600
// down, each day's number small in its cell's top right corner from the
// column start (0 = Sunday), the first row's on the report's first line,
// then the report's lines (Helvetica 8 pt from
// x 60, 14 pt apart, from y 580) running across the grid.
func calendarSheet(title string, weekdays []string, start, days, rows int, lines []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "BT /F1 24 Tf 40 700 Td (%s) Tj ET\n", title)
	col, rowH, left, top := 75.0, 110.0, 35.0, 600.0
	for j, w := range weekdays {
		fmt.Fprintf(&b, "BT /F1 7 Tf %.1f %.1f Td (%s) Tj ET\n", left+float64(j)*col+28, top+4, w)
	}
	b.WriteString("0.89 0.89 0.89 RG 0.4 w\n")
	for i := 0; i <= rows; i++ {
		y := top - float64(i)*rowH
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", left, y, left+7*col, y)
	}
	for j := 0; j <= 7; j++ {
		x := left + float64(j)*col
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, top, x, top-float64(rows)*rowH)
	}
	for d := 1; d <= days; d++ {
		k := start + d - 1
		num := fmt.Sprint(d)
		x := left + float64(k%7+1)*col - 4 - float64(len(num))*0.556*5
		fmt.Fprintf(&b, "0.74 g BT /F1 5 Tf %.2f %.1f Td (%s) Tj ET\n", x, top-float64(k/7)*rowH-20, num)
	}
	for k, s := range lines {
		fmt.Fprintf(&b, "0.1 g BT /F1 8 Tf 60 %.1f Td (%s) Tj ET\n", 580-float64(k)*14, s)
	}
	return b.String()
}

// TestStationeryDropped: a report printed over a columnar pad (its own line
// numbers at the pad's pitch down the margin, under a head strip or none)
// or over a wall calendar's month (day numbers in the cells' corners, a
// weekday row, the month's title with its year) reads as the report alone.
// Made-up satkers and figures.
func TestStationeryDropped(t *testing.T) {
	prose := []string{
		"Sekretariat KPU Kabupaten Alor menyusun laporan kinerja tahun 2023 sebagai wujud",
		"pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi yang telah ditetapkan.",
		"Realisasi anggaran tahun 2023 mencapai Rp 3.118.402.500 dari pagu yang tersedia.",
		"Capaian kinerja diukur dengan membandingkan target dan realisasi setiap indikator.",
	}
	for _, tc := range []struct {
		name    string
		head    bool
		content string
	}{
		{"a pad under a head strip, text on some rules", true, columnarPadSheet(14.17, 760, 4.2, 9, true, prose, []int{2, 3, 6, 9})},
		{"a pad at a wider pitch, no head strip, numbers larger", false, columnarPadSheet(18, 780, 6, 10, false, prose, []int{0, 1, 2, 3})},
		{"a calendar month in Indonesian from a Wednesday", false, calendarSheet("MARET 2023",
			[]string{"MIN", "SEN", "SEL", "RAB", "KAM", "JUM", "SAB"}, 3, 31, 5, prose)},
		{"a calendar month in English from a Sunday, four rows", false, calendarSheet("FEBRUARY 2015",
			[]string{"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"}, 0, 28, 4, prose)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := convertLines(t, tc.content)
			var kept []string
			for _, l := range got {
				if strings.TrimSpace(l) != "" {
					kept = append(kept, l)
				}
			}
			want := prose
			if tc.head {
				// a one-page test keeps the strip; every page's strip goes as a running head
				want = append([]string{"Disiapkan oleh ________ Disetujui oleh ________", "COLUMNAR PAD 4 KOLOM 1 2 3 4"}, prose...)
			}
			wantLines(t, kept, want)
		})
	}
}

// TestStationeryLookalikesKept: numbers in small type that are the
// report's own stay: a table's No column (1 .. 12) at the text's left edge,
// and a ruled table of 35 TPS numbered row by row in seven columns (a month
// has 28 to 31 days).
func TestStationeryLookalikesKept(t *testing.T) {
	var b strings.Builder
	b.WriteString("BT /F1 9 Tf 72 780 Td (Tabel 3.1 Rekapitulasi pemilih menurut desa di Kecamatan Alor Barat) Tj ET\n")
	for k := 1; k <= 12; k++ {
		y := 760 - float64(k)*14
		num := fmt.Sprint(k)
		fmt.Fprintf(&b, "BT /F1 6 Tf %.2f %.1f Td (%s) Tj ET\n", 84-float64(len(num))*0.556*6, y, num)
		fmt.Fprintf(&b, "BT /F1 9 Tf 100 %.1f Td (Desa Alor %c) Tj ET\n", y, 'A'+k-1)
		fmt.Fprintf(&b, "BT /F1 9 Tf 300 %.1f Td (%d) Tj ET\n", y, 1000+37*k)
	}
	got := convertLines(t, b.String())
	found := 0
	for _, l := range got {
		if strings.HasPrefix(l, "1\t") || strings.HasPrefix(l, "12\t") {
			found++
		}
	}
	if found != 2 {
		t.Errorf("a table's No column lost:\n%q", got)
	}

	var c strings.Builder
	c.WriteString("BT /F1 9 Tf 40 760 Td (Daftar nomor TPS di Kecamatan Alor Barat Daya menurut desa tahun 2024) Tj ET\n")
	c.WriteString("BT /F1 9 Tf 40 746 Td (Setiap TPS melayani paling banyak tiga ratus pemilih pada hari pemungutan suara.) Tj ET\n")
	for k := 0; k < 35; k++ {
		num := fmt.Sprint(k + 1)
		fmt.Fprintf(&c, "BT /F1 6 Tf %.2f %.1f Td (%s) Tj ET\n", 100+float64(k%7)*60-float64(len(num))*3.3, 700-float64(k/7)*20, num)
	}
	got = convertLines(t, c.String())
	if n := strings.Count(strings.Join(got, " "), "35"); n == 0 {
		t.Errorf("the TPS numbers lost:\n%q", got)
	}
}
