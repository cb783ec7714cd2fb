package pdftext

import (
	"math"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// slantFilter keeps the characters set upright on the page as it is read
// and drops the others: a watermark drawn across the page at a slant
// ("SALINAN", "DRAFT" at 40°) puts one big letter on many lines of prose
// and table rows, and a label set up the margin a quarter turn round ("Salinan
// sesuai dengan aslinya") one small letter on each line beside it, where
// they split words, cells and rows. Such text belongs to no line of the
// page. When most of a page's text is set a quarter turn round (a wide
// table set sideways on an upright page), the page is read turned instead
// (see sideways).
//
// Asking PDFium for every character's angle would cost one more call per
// character, so only a character that could start a turned run is asked:
// the first, one after a turned one, or one off the line or out of the
// size of the character before it (each letter of a slanted or sideways
// run sits on another line than the one before).
type slantFilter struct {
	upright  int // quarter turns (as PDFium reports them) of the text read as upright
	started  bool
	last     int // the turn of the last character asked about; -1 a slant
	base, sz float64
	counts   [4]int // non-space characters per quarter turn
}

// drop reports whether character k of the text page, already read into g,
// is set at another angle than the page is read at.
func (f *slantFilter) drop(inst pdfium.Pdfium, tp references.FPDF_TEXTPAGE, k int, g glyph) bool {
	ask := !f.started || f.last != f.upright || math.Abs(g.base-f.base) > 0.5 || math.Abs(g.size-f.sz) > 0.01
	f.started, f.base, f.sz = true, g.base, g.size
	if ask {
		f.last = f.upright
		if a, err := inst.FPDFText_GetCharAngle(&requests.FPDFText_GetCharAngle{TextPage: tp, Index: k}); err == nil {
			f.last = quarterTurn(float64(a.CharAngle))
		}
	}
	if !g.space && f.last >= 0 {
		f.counts[f.last]++
	}
	return f.last != f.upright
}

// sideways returns the quarter turns at which most of the page's
// characters are set when that is not upright, else -1.
func (f *slantFilter) sideways() int {
	best, all := 0, 0
	for q, n := range f.counts {
		all += n
		if n > f.counts[best] {
			best = q
		}
	}
	// a few turned characters on a page with hardly any text (a scanned
	// page's stamp) turn no page: OCR reads it as rendered
	if best == f.upright || 2*f.counts[best] <= all || f.counts[best] < 20 {
		return -1
	}
	return best
}

// quarterTurn returns the quarter turns (0..3) of an angle in radians, or
// -1 when the angle is more than two degrees away from every quarter turn.
func quarterTurn(a float64) int {
	q := math.Round(a / (math.Pi / 2))
	if math.Abs(a-q*math.Pi/2) > 2*math.Pi/180 {
		return -1
	}
	return ((int(q) % 4) + 4) % 4
}

// uprightTurn is the turn PDFium reports for text that reads upright in
// view v: its angles are taken in the page's user space, before /Rotate.
func uprightTurn(v view) int { return (4 - v.rot) & 3 }

// turned returns the view and page turned so that text PDFium reports q
// quarter turns round reads upright; the page's characters are to be read
// again.
func turned(v view, p *pageData, q int) view {
	rot := (4 - q) & 3
	if (rot-v.rot)%2 != 0 {
		p.w, p.h = p.h, p.w
	}
	v.rot = rot
	p.glyphs, p.unmapped, p.turned = nil, 0, nil
	return v
}
