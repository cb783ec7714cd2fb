package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// creaseTable writes a ruled table whose cells may wrap: a cell is its
// lines, split by "/"; each line's first word is set 3 pt right of the
// cell's left rule and the rest of the line at gap pt right of it (so the
// lines of a wrapped cell leave a river of white where a stray rule would
// cut them). Rows are as high as their tallest cell (10 pt a line); the
// rules are drawn as one rectangle per cell, exactly on the axes, as a
// word processor strokes them. It returns the content and the rows' tops.
func creaseTable(rows [][]string, xs []float64, top, gap float64) (string, []float64) {
	var b strings.Builder
	tops := []float64{top}
	y := top
	for _, row := range rows {
		n := 1
		for _, c := range row {
			n = max(n, len(strings.Split(c, "/")))
		}
		for c, s := range row {
			for k, ln := range strings.Split(s, "/") {
				w := strings.Fields(ln)
				if len(w) == 0 {
					continue
				}
				yy := y - 9 - float64(k)*10
				fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+3, yy, w[0])
				if len(w) > 1 {
					fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+3+gap, yy, strings.Join(w[1:], " "))
				}
			}
		}
		h := float64(n)*10 + 4
		b.WriteString("0 0 0 RG 0.4 w\n")
		for c := 0; c+1 < len(xs); c++ {
			fmt.Fprintf(&b, "%.1f %.1f %.1f %.1f re S\n", xs[c], y-h, xs[c+1]-xs[c], h)
		}
		y -= h
		tops = append(tops, y)
	}
	return b.String(), tops
}

// crease is a wrinkle: a dark thin polyline with a light one half a point
// beside it, oblique pieces around one piece that runs from (x, y0) down
// to (x+skew, y1), within half a point of the vertical (or, across, from
// (x0, y) to (x1, y+skew) near the horizontal).
func crease(vertical bool, at, from, to, skew float64) string {
	var pts [][2]float64
	if vertical {
		pts = [][2]float64{{at - 30, from + 25}, {at, from}, {at + skew, to}, {at + 28, to - 22}, {at + 60, to - 30}}
	} else {
		pts = [][2]float64{{from - 25, at - 30}, {from, at}, {to, at + skew}, {to + 22, at + 28}}
	}
	var b strings.Builder
	polyline(&b, "0.55 0.55 0.55", pts)
	light := make([][2]float64, len(pts))
	for i, q := range pts {
		light[i] = [2]float64{q[0] + 0.5, q[1] - 0.5}
	}
	polyline(&b, "0.97 0.97 0.97", light)
	return b.String()
}

var creaseCases = []struct {
	name  string
	rows  [][]string
	xs    []float64
	gap   float64
	draw  func(xs, tops []float64) string // the creases over the table
	want  []string
	label string
}{
	{
		name: "capaian: a crease down the indicator column through two wrapped rows",
		rows: [][]string{
			{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"},
			{"1", "Nilai kepatuhan/terhadap standar/pelayanan publik", "Nilai", "80,00", "82,50", "103,13"},
			{"2", "Persentase laporan/keuangan yang/disusun tepat waktu", "%", "100,00", "100,00", "100,00"},
			{"3", "Indeks kepuasan layanan", "Indeks", "3,00", "3,10", "103,33"},
		},
		xs:  []float64{60, 85, 300, 345, 395, 450, 505},
		gap: 52,
		draw: func(xs, tops []float64) string {
			return crease(true, xs[1]+50, tops[1]-3, tops[3]+3, 0.3)
		},
		want: []string{
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
			"1\tNilai kepatuhan terhadap standar pelayanan publik\tNilai\t80,00\t82,50\t103,13",
			"2\tPersentase laporan keuangan yang disusun tepat waktu\t%\t100,00\t100,00\t100,00",
			"3\tIndeks kepuasan layanan\tIndeks\t3,00\t3,10\t103,33",
		},
	},
	{
		name: "anggaran: a crease skewed the other way through the program names",
		rows: [][]string{
			{"Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Sisa"},
			{"2201", "Dukungan manajemen/dan pelaksanaan/tugas teknis lainnya", "912.400.000", "890.118.200", "22.281.800"},
			{"2204", "Penyelenggaraan/pemilu dalam/proses konsolidasi", "301.000.000", "288.960.000", "12.040.000"},
		},
		xs:  []float64{60, 100, 290, 370, 450, 520},
		gap: 60,
		draw: func(xs, tops []float64) string {
			return crease(true, xs[1]+58, tops[0]-4, tops[3]+2, -0.4)
		},
		want: []string{
			"Kode\tProgram Kegiatan\tPagu\tRealisasi\tSisa",
			"2201\tDukungan manajemen dan pelaksanaan tugas teknis lainnya\t912.400.000\t890.118.200\t22.281.800",
			"2204\tPenyelenggaraan pemilu dalam proses konsolidasi\t301.000.000\t288.960.000\t12.040.000",
		},
	},
}

// TestCreaseClass: a crumpled copy's wrinkle creases (thin polylines that
// wander across the page) have pieces that run within half a point of an
// axis; over a table they are no column rule, so a wrapped cell keeps its
// words in reading order. Made-up tables, creases skewed either way.
func TestCreaseClass(t *testing.T) {
	for _, tc := range creaseCases {
		t.Run(tc.name, func(t *testing.T) {
			table, tops := creaseTable(tc.rows, tc.xs, 700, tc.gap)
			got := convertLines(t, tc.draw(tc.xs, tops)+table)
			wantLines(t, got, tc.want)
		})
	}
}

// TestCreaseLookAlike: rules drawn in one path with a slanted stroke stay
// rules. A table whose column rule is drawn in the same path as a
// diagonal slash (a header cell's corner split) keeps its column; a path
// that is a true rule exactly on its axis is never taken for a crease.
func TestCreaseLookAlike(t *testing.T) {
	rows := [][]string{
		{"No", "Kecamatan", "Desa", "TPS"},
		{"1", "Alpha", "9", "31"},
		{"2", "Beta", "7", "28"},
	}
	xs := []float64{60, 85, 200, 250, 300}
	table, tops := creaseTable(rows, xs, 700, 40)
	// an extra column rule inside Kecamatan, drawn with a diagonal in one path
	extra := fmt.Sprintf("0 0 0 RG 0.4 w %.1f %.1f m %.1f %.1f l %.1f %.1f l S\n",
		xs[1]+10, tops[0]+0, xs[1]+60, tops[0], xs[1]+60, tops[3])
	extra += fmt.Sprintf("%.1f %.1f m %.1f %.1f l S\n", xs[1]+60, tops[3], xs[1]+80, tops[3]-15)
	got := convertLines(t, table+extra)
	want := []string{
		"No\tKecamatan\t\tDesa\tTPS",
		"1\tAlpha\t\t9\t31",
		"2\tBeta\t\t7\t28",
	}
	wantLines(t, got, want)
}
