package pdftext

import (
	"math"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// hscaler reads the horizontal scale a character is drawn at: the PDF's
// Tz (a Word table style's "character scale 62 %", a condensed or
// expanded print) narrows or widens every glyph's advance and, as the
// table was laid out with them, the gaps between its cells, while the
// font size stays. Word and cell gaps are judged in ems of the glyphs as
// drawn (their font size times this scale), else a table set at 62 %
// reads as one cell of single spaces.
//
// PDFium folds Tz into a character's matrix (its first column), so the
// scale is the length of that column over the second's, whatever the
// text matrix's own size or turn. Asking costs a call per character, so
// only a character that may start another show is asked: the first, one
// after a space (PDFium makes one up between shows it finds apart), one
// not abutting the character before it (a move, not an advance), or one
// off the line or out of the size of the character before it. Inside one
// show the scale cannot change.
type hscaler struct {
	started   bool
	scale     float64
	base, sz  float64
	x1        float64
	prevSpace bool
}

// at returns the horizontal scale of character k, already read into g: 1
// for an ordinary print (within 2 %), so nothing else moves there.
func (h *hscaler) at(inst pdfium.Pdfium, tp references.FPDF_TEXTPAGE, k int, g glyph) float64 {
	ask := !h.started || h.prevSpace || math.Abs(g.base-h.base) > 0.5 || math.Abs(g.size-h.sz) > 0.01 ||
		math.Abs(g.x0-h.x1) > 0.05*g.size
	h.started, h.base, h.sz, h.x1, h.prevSpace = true, g.base, g.size, g.x1, g.space
	if ask {
		h.scale = 1
		if m, err := inst.FPDFText_GetMatrix(&requests.FPDFText_GetMatrix{TextPage: tp, Index: k}); err == nil {
			h.scale = scaleOf(float64(m.Matrix.A), float64(m.Matrix.B), float64(m.Matrix.C), float64(m.Matrix.D))
		}
	}
	return h.scale
}

// scaleOf is the horizontal scale of a character matrix [a b c d]: its
// x axis's length over its y axis's, 1 when within 2 % of it or out of
// any print's range (a degenerate matrix).
func scaleOf(a, b, c, d float64) float64 {
	sx, sy := math.Hypot(a, b), math.Hypot(c, d)
	if sy <= 0 || sx <= 0 {
		return 1
	}
	s := sx / sy
	if math.Abs(s-1) <= 0.02 || s < 0.2 || s > 5 {
		return 1
	}
	return s
}
