package pdftext

import (
	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
)

// A page drawn on a picture often paints the picture first, then an
// opaque panel for the text on top of it: a map's grid, a board's traces, a
// form's ruling under a white box. The lines under the panel are not seen,
// but they are in the page's content: left in, a map's grid cuts the body
// into the grid's squares, a table of word heaps the size of the page.
//
// hideUnder clips the rules read so far (drawn earlier, so under it) where
// an opaque filled area at least panelMin wide and high covers them, with
// a point's margin, so a border drawn on a shaded cell's edge stays. Rules
// drawn after the area (a table's rules on the panel) are read later and
// stay whole. A translucent fill hides nothing.
func hideUnder(inst pdfium.Pdfium, o references.FPDF_PAGEOBJECT, p *pageData, x0, y0, x1, y1 float64) {
	if x1-x0 < panelMin || y1-y0 < panelMin || !rulesInside(p.rules, x0, y0, x1, y1) {
		return
	}
	if c, err := inst.FPDFPageObj_GetFillColor(&requests.FPDFPageObj_GetFillColor{PageObject: o}); err != nil || c.FillColor.A < 255 {
		return
	}
	kept := p.rules[:0]
	for _, r := range p.rules {
		if !ruleUnder(r, x0, y0, x1, y1) {
			kept = append(kept, r)
			continue
		}
		if r.horizontal() {
			if r.x0 < x0-1 {
				kept = append(kept, rule{r.x0, r.y0, x0, r.y1})
			}
			if r.x1 > x1+1 {
				kept = append(kept, rule{x1, r.y0, r.x1, r.y1})
			}
			continue
		}
		if r.y0 < y0-1 {
			kept = append(kept, rule{r.x0, r.y0, r.x1, y0})
		}
		if r.y1 > y1+1 {
			kept = append(kept, rule{r.x0, y1, r.x1, r.y1})
		}
	}
	p.rules = kept
}

// panelMin is the least width and height of an area that hides rules: a
// panel, not a shaded cell or a header's band.
const panelMin = 36

// rulesInside is the cheap test: some rule read so far runs under the area.
func rulesInside(rs []rule, x0, y0, x1, y1 float64) bool {
	for _, r := range rs {
		if ruleUnder(r, x0, y0, x1, y1) {
			return true
		}
	}
	return false
}

// ruleUnder: the rule's line lies inside the area by more than a point and
// some of its length crosses it.
func ruleUnder(r rule, x0, y0, x1, y1 float64) bool {
	if r.horizontal() {
		return r.y0 > y0+1 && r.y0 < y1-1 && r.x1 > x0 && r.x0 < x1
	}
	return r.x0 > x0+1 && r.x0 < x1-1 && r.y1 > y0 && r.y0 < y1
}
