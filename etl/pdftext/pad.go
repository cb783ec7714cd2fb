package pdftext

import (
	"fmt"
	"math"
	"strings"
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
	r, ok := findPadRuling(p)
	if !ok || !r.proven {
		return
	}
	dropPadRuling(p, r)
}

// padRuling is a page's candidate pad ruling: the extent its rules share,
// their places top to bottom, and whether a quarter or more of its bands
// are empty (proven: the ruling runs on under the text).
type padRuling struct {
	x0, x1 float64
	at     []float64
	proven bool
}

// findPadRuling finds the largest group of page-wide horizontal rules of
// one extent at one pitch over three fifths of the page (see dropPadRules).
func findPadRuling(p *pageData) (padRuling, bool) {
	if len(p.rules) < padMinRules || p.w <= 0 || p.h <= 0 {
		return padRuling{}, false
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
		if ps := places(ys); len(ps) > len(at) || len(ps) == len(at) && len(ps) > 0 && (k.x0 < pad.x0 || k.x0 == pad.x0 && k.x1 < pad.x1) {
			pad, at = k, ps
		}
	}
	if len(at) < padMinRules || at[len(at)-1]-at[0] < 0.6*p.h || !evenGaps(at, 4, p.h/20) {
		return padRuling{}, false
	}
	empty := 0
	for i := 1; i < len(at); i++ {
		if !glyphBetween(p.glyphs, pad.x0, pad.x1, at[i-1], at[i]) {
			empty++
		}
	}
	return padRuling{pad.x0, pad.x1, at, 4*empty >= len(at)-1}, true
}

// dropPadRuling takes the ruling r and its margin line off the page.
func dropPadRuling(p *pageData, pr padRuling) {
	lo, hi := pr.at[0], pr.at[len(pr.at)-1]
	kept := p.rules[:0:0]
	for _, r := range p.rules {
		if r.horizontal() && math.Round(r.x0*2)/2 == pr.x0 && math.Round(r.x1*2)/2 == pr.x1 {
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

// dropSharedPads extends dropPadRules from a page to the document. A
// memo pad's or notebook's sheets carry one ruling, drawn the same on
// every page (often one form placed on each); a page the text fills
// leaves none of its bands empty, so the page alone proves nothing, and
// the ruling, kept, is taken for a table ruled under every row: the
// writing lines (every 5 mm) cut a borderless table whose names wrap over
// three to five lines (3.3 mm apart) into bands of one or two lines, and
// a row's wrapped name comes out as stray lines under it. The ruling is
// the pad's on every page it is drawn on, to a point, when that is three
// pages or more and two of them, a quarter at least, prove it. A table
// ruled alike on every page holds a row in every band: it proves nothing.
func dropSharedPads(pages []*pageData) {
	if len(pages) < 3 {
		return
	}
	type seen struct{ on, proven int }
	tally := map[string]*seen{}
	found := make([]padRuling, len(pages))
	sigs := make([]string, len(pages))
	for i, p := range pages {
		r, ok := findPadRuling(p)
		if !ok {
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%.0f,%.0f|", r.x0, r.x1)
		for _, y := range r.at {
			fmt.Fprintf(&b, "%.0f,", y)
		}
		found[i], sigs[i] = r, b.String()
		t := tally[sigs[i]]
		if t == nil {
			t = &seen{}
			tally[sigs[i]] = t
		}
		t.on++
		if r.proven {
			t.proven++
		}
	}
	for i, p := range pages {
		if sigs[i] == "" {
			continue
		}
		if t := tally[sigs[i]]; t.on >= 3 && t.proven >= 2 && 4*t.proven >= t.on {
			dropPadRuling(p, found[i])
		}
	}
}
