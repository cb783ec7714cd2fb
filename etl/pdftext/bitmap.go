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
	dark := func(x, y int) bool { return g.GrayAt(x, y).Y < 128 }
	var out []rule
	for y := b.Min.Y; y < b.Max.Y; y++ {
		run := 0
		for x := b.Min.X; x <= b.Max.X; x++ {
			if x < b.Max.X && dark(x, y) {
				run++
				continue
			}
			if run >= minRun {
				yy := float64(y-b.Min.Y) * scale
				out = append(out, rule{float64(x-run-b.Min.X) * scale, yy, float64(x-b.Min.X) * scale, yy})
			}
			run = 0
		}
	}
	for x := b.Min.X; x < b.Max.X; x++ {
		run := 0
		for y := b.Min.Y; y <= b.Max.Y; y++ {
			if y < b.Max.Y && dark(x, y) {
				run++
				continue
			}
			if run >= minRun {
				xx := float64(x-b.Min.X) * scale
				out = append(out, rule{xx, float64(y-run-b.Min.Y) * scale, xx, float64(y-b.Min.Y) * scale})
			}
			run = 0
		}
	}
	return out
}
