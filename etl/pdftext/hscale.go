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
// only the page's first character is always asked; after it, one that
// may start another show (after a space PDFium made up between shows, not
// abutting the character before it, off its line or out of its size) is
// asked unless it is as wide as the same character of the same size read
// before at the scale in force: its advance witnesses its scale, and a
// word processor moves to nearly every word and line. Inside one show
// the scale cannot change.
type hscaler struct {
	started  bool
	scale    float64
	base, sz float64
	x1       float64
	prevGen  bool               // the character before is a space PDFium made up between shows
	plain    map[advKey]float64 // a character's advance at 100 %, by rune and size // a character's advance at 100 %, by rune and size
}

type advKey struct {
	r    rune
	size float32
}

// at returns the horizontal scale of character k, already read into g: 1
// for an ordinary print (within 2 %), so nothing else moves there.
func (h *hscaler) at(inst pdfium.Pdfium, tp references.FPDF_TEXTPAGE, k int, g glyph) float64 {
	show := h.prevGen || math.Abs(g.base-h.base) > 0.5 || math.Abs(g.size-h.sz) > 0.01 || math.Abs(g.x0-h.x1) > 0.05*g.size
	h.base, h.sz, h.x1, h.prevGen = g.base, g.size, g.x1, g.generated
	if g.space {
		if !h.started {
			return 1
		}
		return h.scale // a space's box is unreliable; it starts nothing
	}
	key, w := advKey{g.r, float32(g.size)}, g.x1-g.x0
	ask := !h.started
	if !ask && show {
		plain, ok := h.plain[key]
		ask = !ok || math.Abs(w-plain*h.scale) > 0.005*plain
	}
	h.started = true
	if ask {
		h.scale = 1
		if m, err := inst.FPDFText_GetMatrix(&requests.FPDFText_GetMatrix{TextPage: tp, Index: k}); err == nil {
			h.scale = scaleOf(float64(m.Matrix.A), float64(m.Matrix.B), float64(m.Matrix.C), float64(m.Matrix.D))
		}
	}
	if w > 0 {
		if h.plain == nil {
			h.plain = map[advKey]float64{}
		}
		if _, ok := h.plain[key]; !ok || ask {
			h.plain[key] = w / h.scale
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
