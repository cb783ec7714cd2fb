package pdftext

import (
	"math"
)

// A report printed on a writing pad's sheet (a lab notebook's page: a
// ruled writing area inside the margins under a boxed head, a margin line
// down its left, "Recorded by ... Witnessed by" at the foot) carries rules
// at one pitch that stop short of the page's edges, so paper.go, which
// wants rules edge to edge, keeps them. Left in, they make the whole
// writing area one ruled table of one column: every line of prose is a
// row of it, and two paragraphs set a line apart are never parted
// (withGaps keeps the rows of one table together), so a reader takes
// "Secara keseluruhan pagu ..." and "Pada tahun anggaran 2019, pagu ..."
// for one sentence and loses the year before's budget.
//
// dropPadRules takes such a ruling off the page by structure: at least
// padMinRules horizontal rules of one extent (to half a point), four
// fifths of the page wide or more, at one pitch (three quarters of the
// gaps within a tenth of the median, the median a small share of the
// page), over three fifths of the page's height, and a quarter or more of
// the bands between them holding no character: the pad's lines run on
// under the text, where a table's rules stop at its last row. Vertical
// rules running the height of that ruling (the margin line) go with it.
// A table drawn on the pad, whose rules stop at its own edges, stays.
func dropPadRules(p *pageData) {
	if len(p.rules) < padMinRules || p.w <= 0 || p.h <= 0 {
		return
	}
	type extent struct{ x0, x1 float64 }
	groups := map[extent][]float64{}
	for _, r := range p.rules {
		if r.horizontal() && r.x1-r.x0 >= 0.8*p.w {
			k := extent{math.Round(r.x0*2) / 2, math.Round(r.x1*2) / 2}
			groups[k] = append(groups[k], r.y0)
		}
	}
	var pad extent
	var at []float64
	for k, ys := range groups {
		if ps := places(ys); len(ps) > len(at) {
			pad, at = k, ps
		}
	}
	if len(at) < padMinRules || at[len(at)-1]-at[0] < 0.6*p.h || !evenGaps(at, 4, p.h/20) {
		return
	}
	empty := 0
	for i := 1; i < len(at); i++ {
		if !glyphBetween(p.glyphs, pad.x0, pad.x1, at[i-1], at[i]) {
			empty++
		}
	}
	if 4*empty < len(at)-1 {
		return
	}
	lo, hi := at[0], at[len(at)-1]
	kept := p.rules[:0:0]
	for _, r := range p.rules {
		k := extent{math.Round(r.x0*2) / 2, math.Round(r.x1*2) / 2}
		if r.horizontal() && k == pad {
			continue
		}
		if !r.horizontal() && r.y0 <= lo+1 && r.y1 >= hi-1 {
			continue // the margin line
		}
		kept = append(kept, r)
	}
	if debugf != nil {
		debugf("page %d: %d pad rules dropped", p.n, len(p.rules)-len(kept))
	}
	p.rules = kept
}

// padMinRules is the fewest rules of a pad's ruling: a table's stack of
// row rules this long fills its bands with rows.
const padMinRules = 16

// glyphBetween reports whether a character other than a space sits with
// its middle between y0 and y1 and inside x0..x1.
func glyphBetween(gs []glyph, x0, x1, y0, y1 float64) bool {
	for _, g := range gs {
		if !g.space && g.base > y0 && g.base < y1 && g.x1 > x0 && g.x0 < x1 {
			return true
		}
	}
	return false
}
