package pdftext

import (
	"image"
	"image/color"
)

// toGray copies an image into a gray bitmap (for finding ruling lines).
func toGray(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			g.Set(x, y, color.GrayModel.Convert(img.At(x, y)))
		}
	}
	return g
}

// bitmapRules finds ruling lines in a scanned page: runs of dark pixels at
// least 20 pt long, horizontal and vertical, in points (scale = pt/px).
func bitmapRules(g *image.Gray, scale float64) []rule {
	b := g.Bounds()
	minRun := int(20 / scale)
	w, h := b.Dx(), b.Dy()
	pt := func(px int) float64 { return float64(px) * scale }
	var out []rule
	darkRuns(h, w, minRun, func(y, x int) bool { return dark(g, b.Min.X+x, b.Min.Y+y) }, func(y, x0, x1 int) {
		out = append(out, rule{pt(x0), pt(y), pt(x1), pt(y)})
	})
	darkRuns(w, h, minRun, func(x, y int) bool { return dark(g, b.Min.X+x, b.Min.Y+y) }, func(x, y0, y1 int) {
		out = append(out, rule{pt(x), pt(y0), pt(x), pt(y1)})
	})
	return out
}

func dark(g *image.Gray, x, y int) bool { return g.GrayAt(x, y).Y < 128 }

// darkRuns walks n lines of m pixels each (rows for horizontal rules, columns
// for vertical ones) and calls emit(line, from, to) for every run of at least
// minRun dark pixels, from inclusive and to exclusive, in pixels from the
// bitmap's corner.
func darkRuns(n, m, minRun int, isDark func(line, i int) bool, emit func(line, from, to int)) {
	for l := 0; l < n; l++ {
		run := 0
		for i := 0; i <= m; i++ {
			if i < m && isDark(l, i) {
				run++
				continue
			}
			if run >= minRun {
				emit(l, i-run, i)
			}
			run = 0
		}
	}
}
