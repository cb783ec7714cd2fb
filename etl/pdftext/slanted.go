package pdftext

import (
	"math"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// slantFilter drops characters set at a slant: a watermark drawn across
// the page ("SALINAN", "DRAFT" at 40°) puts one big letter on many lines
// of prose and table rows, where it splits words, cells and rows. Text at
// a slant belongs to no horizontal line, so nothing is lost with it; text
// turned a quarter turn (a rotated column heading) is kept as before.
//
// Asking PDFium for every character's angle would cost one more call per
// character, so only a character that could start a slanted run is asked:
// the first, one after a slanted one, or one off the line or out of the
// size of the character before it (each letter of a slanted run sits on
// another baseline).
type slantFilter struct {
	started  bool
	slanted  bool // the last character asked about was slanted
	base, sz float64
}

// drop reports whether character k of the text page, already read into g,
// is set at a slant.
func (f *slantFilter) drop(inst pdfium.Pdfium, tp references.FPDF_TEXTPAGE, k int, g glyph) bool {
	ask := !f.started || f.slanted || math.Abs(g.base-f.base) > 0.5 || math.Abs(g.size-f.sz) > 0.01
	f.started, f.base, f.sz = true, g.base, g.size
	if !ask {
		return false
	}
	a, err := inst.FPDFText_GetCharAngle(&requests.FPDFText_GetCharAngle{TextPage: tp, Index: k})
	if err != nil {
		f.slanted = false
		return false
	}
	f.slanted = slantedAngle(float64(a.CharAngle))
	return f.slanted
}

// slantedAngle reports an angle (radians) more than two degrees away from
// every quarter turn.
func slantedAngle(a float64) bool {
	q := math.Pi / 2
	off := math.Mod(math.Abs(a), q)
	return math.Min(off, q-off) > 2*math.Pi/180
}
