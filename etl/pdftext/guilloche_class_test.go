package pdftext

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// groundTable writes a table in a thin grid (columns at xs, rows 16 pt
// high from y top down), every cell's text 3 pt right of its left rule,
// the rules in colour rgb (stroked "r g b RG"), each as its own line.
func groundTable(rows [][]string, xs []float64, top float64, rgb string) string {
	var b strings.Builder
	for r, row := range rows {
		for c, s := range row {
			fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", xs[c]+3, top-float64(r)*16-11, s)
		}
	}
	fmt.Fprintf(&b, "%s RG 0.5 w\n", rgb)
	for r := 0; r <= len(rows); r++ {
		y := top - float64(r)*16
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", xs[0], y, xs[len(xs)-1], y)
	}
	for _, x := range xs {
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, top, x, top-float64(len(rows))*16)
	}
	return b.String()
}

// polyline strokes one subpath through the points, in colour rgb.
func polyline(b *strings.Builder, rgb string, pts [][2]float64) {
	fmt.Fprintf(b, "%s RG 0.3 w\n", rgb)
	for i, q := range pts {
		op := "l"
		if i == 0 {
			op = "m"
		}
		fmt.Fprintf(b, "%.2f %.2f %s\n", q[0], q[1], op)
	}
	b.WriteString("S\n")
}

// rosette is security paper's guilloche rosette: strands closed curves
// around (cx, cy), radius r swinging by sine waves, each drawn as steps
// straight segments.
func rosette(rgb string, cx, cy, r float64, strands, steps int) string {
	var b strings.Builder
	for k := 0; k < strands; k++ {
		var pts [][2]float64
		for i := 0; i <= steps; i++ {
			t := 2 * math.Pi * float64(i) / float64(steps)
			rr := r + 24*math.Sin(13*t+float64(k)*0.7) + 9*math.Cos(5*t-float64(k)*0.35)
			pts = append(pts, [2]float64{cx + rr*math.Cos(t), cy + rr*math.Sin(t)})
		}
		polyline(&b, rgb, pts)
	}
	return b.String()
}

// waves is a guilloche band of interlaced sine waves, strands of them,
// each drawn as steps straight segments from lo to hi along the band; a
// vertical band runs up the page at x0, a horizontal one across at y0.
func waves(rgb string, vertical bool, at, lo, hi, amp, wave float64, strands, steps int) string {
	var b strings.Builder
	for k := 0; k < strands; k++ {
		var pts [][2]float64
		for i := 0; i <= steps; i++ {
			s := lo + (hi-lo)*float64(i)/float64(steps)
			d := at + amp*math.Sin(2*math.Pi*s/wave+float64(k)*1.6)
			if vertical {
				pts = append(pts, [2]float64{d, s})
			} else {
				pts = append(pts, [2]float64{s, d})
			}
		}
		polyline(&b, rgb, pts)
	}
	return b.String()
}

// spirograph is a guilloche drawn as a hypotrochoid (a point on a wheel
// rolling inside a ring) around (cx, cy), in steps straight segments.
func spirograph(rgb string, cx, cy float64, steps int) string {
	var b strings.Builder
	const R, r, d = 150.0, 55.0, 70.0
	var pts [][2]float64
	for i := 0; i <= steps; i++ {
		t := 22 * math.Pi * float64(i) / float64(steps) // the curve closes after 11 turns
		pts = append(pts, [2]float64{cx + (R-r)*math.Cos(t) + d*math.Cos((R-r)/r*t),
			cy + (R-r)*math.Sin(t) - d*math.Sin((R-r)/r*t)})
	}
	polyline(&b, rgb, pts)
	return b.String()
}

var guillocheTables = []struct {
	rows [][]string
	xs   []float64
	want []string
}{
	{ // a kecamatan DPT
		[][]string{
			{"No", "Kecamatan", "Desa", "TPS", "L", "P", "Jumlah"},
			{"1", "WEWIRU", "9", "31", "3.118", "3.306", "6.424"},
			{"2", "HAMILALU", "7", "28", "2.905", "3.011", "5.916"},
			{"3", "NUNKOLO", "12", "44", "5.402", "5.575", "10.977"},
			{"", "Jumlah", "28", "103", "11.425", "11.892", "23.317"},
		},
		[]float64{70, 92, 190, 240, 280, 340, 400, 470},
		[]string{
			"No\tKecamatan\tDesa\tTPS\tL\tP\tJumlah",
			"1\tWEWIRU\t9\t31\t3.118\t3.306\t6.424",
			"2\tHAMILALU\t7\t28\t2.905\t3.011\t5.916",
			"3\tNUNKOLO\t12\t44\t5.402\t5.575\t10.977",
			"\tJumlah\t28\t103\t11.425\t11.892\t23.317",
		},
	},
	{ // a budget without a Sisa column
		[][]string{
			{"Kode", "Uraian", "Anggaran", "Realisasi", "%"},
			{"2201", "Layanan Umum", "812.400.000", "790.118.200", "97,26"},
			{"2204", "Layanan Data", "301.000.000", "288.960.000", "96,00"},
			{"", "TOTAL", "1.113.400.000", "1.079.078.200", "96,92"},
		},
		[]float64{60, 100, 260, 350, 440, 490},
		[]string{
			"Kode\tUraian\tAnggaran\tRealisasi\t%",
			"2201\tLayanan Umum\t812.400.000\t790.118.200\t97,26",
			"2204\tLayanan Data\t301.000.000\t288.960.000\t96,00",
			"\tTOTAL\t1.113.400.000\t1.079.078.200\t96,92",
		},
	},
}

// TestGuillocheGround: a ruled table printed over security paper's
// guilloche (a rosette, a wave band up the page, a spirograph, a wave band
// across it, in pale inks, each curve drawn as hundreds of short straight segments) reads
// as the same table without the ground: the curves' flat crests are no
// column or row rules. Made-up tables.
func TestGuillocheGround(t *testing.T) {
	grounds := []struct {
		name   string
		ground func(xs []float64) string
	}{
		{"green-grey rosette under the table", func(xs []float64) string {
			return rosette("0.79 0.87 0.82", (xs[0]+xs[len(xs)-1])/2, 600, 150, 9, 240)
		}},
		{"pink wave band up the page", func(xs []float64) string {
			var s string
			for x := xs[0] + 20; x < xs[len(xs)-1]; x += 45 {
				s += waves("0.96 0.84 0.88", true, x, 450, 760, 7, 26, 4, 160)
			}
			return s
		}},
		{"spirograph (hypotrochoid) off centre", func(xs []float64) string {
			return spirograph("0.85 0.82 0.72", xs[0]+120, 640, 1200)
		}},
		// a band across gives flat crests only (rows, not columns): read right with or without the step
		{"blue-grey waves across the table", func(xs []float64) string {
			var s string
			for y := 520.0; y < 720; y += 17 {
				s += waves("0.80 0.84 0.90", false, y, 40, 560, 5, 23, 3, 200)
			}
			return s
		}},
	}
	for _, g := range grounds {
		for i, tb := range guillocheTables {
			t.Run(fmt.Sprintf("%s/table %d", g.name, i+1), func(t *testing.T) {
				got := convertLines(t, g.ground(tb.xs)+groundTable(tb.rows, tb.xs, 700, "0 0 0"))
				wantLines(t, got, tb.want)
			})
		}
	}
}

// TestGuillocheLookAlike: rules that are no curve keep their grid: a table
// ruled in a light grey (the ground's ink is no test), its rules drawn as
// one stroke tracing the whole grid (all segments axis-parallel), and a
// table in a frame with rounded corners flattened to short segments (the
// frame's long straight sides are rules).
func TestGuillocheLookAlike(t *testing.T) {
	tb := guillocheTables[0]
	top, bottom := 700.0, 700.0-16*float64(len(tb.rows))
	x0, x1 := tb.xs[0], tb.xs[len(tb.xs)-1]
	t.Run("light grey rules", func(t *testing.T) {
		wantLines(t, convertLines(t, groundTable(tb.rows, tb.xs, top, "0.82 0.82 0.82")), tb.want)
	})
	t.Run("one stroke tracing the grid", func(t *testing.T) {
		var b strings.Builder
		for r, row := range tb.rows {
			for c, s := range row {
				fmt.Fprintf(&b, "BT /F1 8 Tf %.1f %.1f Td (%s) Tj ET\n", tb.xs[c]+3, top-float64(r)*16-11, s)
			}
		}
		var pts [][2]float64
		for r := 0; r <= len(tb.rows); r++ { // rows as a serpentine
			y := top - float64(r)*16
			if r%2 == 0 {
				pts = append(pts, [2]float64{x0, y}, [2]float64{x1, y})
			} else {
				pts = append(pts, [2]float64{x1, y}, [2]float64{x0, y})
			}
		}
		for c, x := range tb.xs { // then the columns, up and down
			if c%2 == 0 {
				pts = append(pts, [2]float64{x, bottom}, [2]float64{x, top})
			} else {
				pts = append(pts, [2]float64{x, top}, [2]float64{x, bottom})
			}
		}
		polyline(&b, "0.7 0.7 0.7", pts)
		wantLines(t, convertLines(t, b.String()), tb.want)
	})
	t.Run("rounded frame flattened to segments", func(t *testing.T) {
		var b strings.Builder
		b.WriteString(groundTable(tb.rows, tb.xs, top, "0 0 0"))
		const rad = 6.0
		var pts [][2]float64
		corner := func(cx, cy, from float64) {
			for i := 0; i <= 8; i++ {
				a := from + math.Pi/2*float64(i)/8
				pts = append(pts, [2]float64{cx + rad*math.Cos(a), cy + rad*math.Sin(a)})
			}
		}
		f0, f1, g0, g1 := x0-4, x1+4, bottom-4, top+4
		corner(f1-rad, g1-rad, 0)
		corner(f0+rad, g1-rad, math.Pi/2)
		corner(f0+rad, g0+rad, math.Pi)
		corner(f1-rad, g0+rad, 3*math.Pi/2)
		pts = append(pts, pts[0])
		polyline(&b, "0 0 0", pts)
		wantLines(t, convertLines(t, b.String()), tb.want)
	})
}

// TestGuillocheProse: prose printed over the ground stays whole lines: the
// curves make no grid to cut it into cells.
func TestGuillocheProse(t *testing.T) {
	prose := []string{
		"Laporan kinerja ini disusun sebagai bentuk pertanggungjawaban atas",
		"pelaksanaan tugas dan fungsi sekretariat selama satu tahun anggaran,",
		"dengan capaian 12 indikator kinerja utama dan realisasi 97,10 persen.",
	}
	var b strings.Builder
	b.WriteString(rosette("0.79 0.87 0.82", 300, 600, 120, 9, 240))
	for k, s := range prose {
		fmt.Fprintf(&b, "BT /F1 10 Tf 70 %.1f Td (%s) Tj ET\n", 620-13*float64(k), s)
	}
	wantLines(t, convertLines(t, b.String()), prose)
}
