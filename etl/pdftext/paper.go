package pdftext

import (
	"math"
	"sort"
)

// A report printed on squared paper (kertas milimeter blok, a graph-paper
// template) or on lined paper carries the paper's ruling on every page:
// a lattice of thin rules at one pitch running from edge to edge, perhaps
// a margin line drawn the full height (or width) of the page as well. Those
// rules are no table: left in, they join every table's rules into one grid
// the size of the page and cut the prose, the monospaced drawings and the
// tables into false cells at every 5 mm. When the grid's prose runs across
// it the ghost test (ghost_grid.go) drops it, but then with it the real
// tables' rules inside; a page filled by a drawing set in a monospaced
// face (its lines crossing no rule, its marks sparse) keeps it.
//
// dropPaperRules takes the paper's rules off the page before the tables
// are looked for, by structure alone: in one direction at least eight
// rules each spanning nearly the whole page (a table stops at the page's
// margins, the paper runs to its edges), their places at one regular pitch
// (most gaps between neighbours equal; a margin line or a darker line
// breaks the run of gaps once or twice). Then every rule spanning the
// page, in either direction, is paper (the margin line, the other
// direction's lattice). Rules of the tables drawn on the paper, which stop
// at the text's margins, stay and are read as tables as on plain paper.
// The cheap gate is the count of page-spanning rules: a page without eight
// of them pays one pass over its rules.
func dropPaperRules(p *pageData) {
	if len(p.rules) < 2*paperMinRules || p.w <= 0 || p.h <= 0 {
		return
	}
	var hs, vs []float64
	for _, r := range p.rules {
		if spansPage(r, p) {
			if r.horizontal() {
				hs = append(hs, r.y0)
			} else {
				vs = append(vs, r.x0)
			}
		}
	}
	// Squared paper rules both ways at its pitch; lined paper one way, with
	// at most a margin line or two across. A sheet printed to its edges (a
	// spreadsheet's rows at one height) has its columns spanning the page
	// too, at no pitch: that is a table.
	hl, vl := paperLattice(hs, p.h), paperLattice(vs, p.w)
	if !(hl && vl || hl && distinct(vs) <= 2 || vl && distinct(hs) <= 2) {
		return
	}
	kept := p.rules[:0:0]
	for _, r := range p.rules {
		if !spansPage(r, p) {
			kept = append(kept, r)
		}
	}
	if debugf != nil {
		debugf("page %d: %d paper rules dropped", p.n, len(p.rules)-len(kept))
	}
	p.rules = kept
}

// paperMinRules is the fewest rules a paper lattice shows in one direction.
// A5 squared paper at 5 mm still has 29 across; a page's few full-width
// rules (a letterhead's, a footer's) stay far below it.
const paperMinRules = 8

// paperSpan is the share of the page a paper rule covers.
const paperSpan = 0.9

// spansPage reports whether r runs (nearly) from edge to edge of the page
// along its length.
func spansPage(r rule, p *pageData) bool {
	if r.horizontal() {
		return math.Min(r.x1, p.w)-math.Max(r.x0, 0) >= paperSpan*p.w
	}
	return math.Min(r.y1, p.h)-math.Max(r.y0, 0) >= paperSpan*p.h
}

// paperLattice reports whether the places of the page-spanning rules of one
// direction are a lattice ruled over the page: at least paperMinRules
// distinct places covering four fifths of the page's extent across them,
// and at least three quarters of the gaps between neighbours within a
// tenth of their median gap, which is small against the page (at most a
// twelfth of its extent) and more than a hairline.
func paperLattice(at []float64, extent float64) bool {
	if len(at) < paperMinRules {
		return false
	}
	ps := places(at)
	if len(ps) < paperMinRules || ps[len(ps)-1]-ps[0] < 0.8*extent {
		return false
	}
	return evenGaps(ps, 2, extent/12)
}

// evenGaps reports whether the sorted places ps step at one pitch: three
// quarters of the gaps between neighbours within a tenth of their median,
// which lies between lo and hi.
func evenGaps(ps []float64, lo, hi float64) bool {
	if len(ps) < 2 {
		return false
	}
	gaps := make([]float64, 0, len(ps)-1)
	for i := 1; i < len(ps); i++ {
		gaps = append(gaps, ps[i]-ps[i-1])
	}
	sorted := append([]float64(nil), gaps...)
	sort.Float64s(sorted)
	med := sorted[len(sorted)/2]
	if med < lo || med > hi {
		return false
	}
	even := 0
	for _, g := range gaps {
		if math.Abs(g-med) <= 0.1*med {
			even++
		}
	}
	return 4*even >= 3*len(gaps)
}

// places sorts at and returns its distinct values (half a point apart).
func places(at []float64) []float64 {
	sort.Float64s(at)
	var ps []float64
	for _, v := range at {
		if len(ps) == 0 || v-ps[len(ps)-1] > 0.5 {
			ps = append(ps, v)
		}
	}
	return ps
}

// distinct is the number of distinct places in at.
func distinct(at []float64) int { return len(places(at)) }
