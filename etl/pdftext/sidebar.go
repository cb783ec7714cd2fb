package pdftext

import (
	"math"
	"sort"
	"strings"
)

// area is a filled rectangle in display space (origin top-left, y down).
type area struct{ x0, y0, x1, y1 float64 }

// keepStrip records a filled rectangle that may be a navigation sidebar's
// strip: most of the page's height, a narrow share of its width, at its
// left or right edge. Only those are kept, so a page's shading and charts
// cost nothing.
func keepStrip(p *pageData, x0, y0, x1, y1 float64) {
	if p.w <= 0 || p.h <= 0 {
		return
	}
	w, h := x1-x0, y1-y0
	if h < 0.6*p.h || w < 0.04*p.w || w > 0.35*p.w {
		return
	}
	if x0 > 0.03*p.w && x1 < 0.97*p.w {
		return
	}
	p.strips = append(p.strips, area{x0, y0, x1, y1})
}

// dropSidebars removes a navigation sidebar from the pages of a document
// exported from a dashboard: a filled strip down the left (or right) edge
// of every page holding the report's title, the office, the year and the
// list of its chapters, the chapter in hand perhaps on a lighter bar, a
// page number at its foot. Left in, its lines land between the body's
// lines at their heights, so a chapter name joins a prose line or a table
// row as a column of its own, and a budget table's rows are no longer
// consecutive.
//
// Structure proves the strip, never its words: the same filled strip (the
// same x-range, within a point) on two pages or more, text inside it clear
// of the body (no word crossing its inner edge), and that text the same on
// those pages - most of the strip's lines, two or more, found in the strip
// of at least half of them (a chapter redrawn in bold over its regular
// self where a chapter opens mid-page garbles a line or two). A shaded column of body text (a two-column
// page with its left column on a tint) changes from page to page and
// stays.
func dropSidebars(pages []*pageData) {
	type cand struct {
		page int
		a    area
		keys []string
	}
	var cands []cand
	for i, p := range pages {
		for _, a := range p.strips {
			keys, ok := stripKeys(p, a)
			if ok && len(keys) >= 2 {
				cands = append(cands, cand{i, a, keys})
			}
		}
	}
	if len(cands) < 2 {
		return
	}
	// Group the strips by their x-range: a sidebar stands at one place on
	// every page (a mirrored one on alternate pages makes two groups).
	var groups [][]int
	for k, c := range cands {
		placed := false
		for g, grp := range groups {
			f := cands[grp[0]].a
			if math.Abs(f.x0-c.a.x0) <= 1 && math.Abs(f.x1-c.a.x1) <= 1 {
				groups[g] = append(groups[g], k)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []int{k})
		}
	}
	for _, grp := range groups {
		pagesOf := map[int]bool{}
		for _, k := range grp {
			pagesOf[cands[k].page] = true
		}
		if len(pagesOf) < 2 {
			continue
		}
		count := map[string]int{}
		for _, k := range grp {
			seen := map[string]bool{}
			for _, key := range cands[k].keys {
				if !seen[key] {
					seen[key] = true
					count[key]++
				}
			}
		}
		need := (len(pagesOf) + 1) / 2
		if need < 2 {
			need = 2
		}
		for _, k := range grp {
			c := cands[k]
			same := 0
			for _, key := range c.keys {
				if count[key] >= need {
					same++
				}
			}
			if same < 2 || 2*same <= len(c.keys) {
				continue
			}
			p := pages[c.page]
			kept := p.glyphs[:0]
			for _, g := range p.glyphs {
				if !inStrip(g, c.a) {
					kept = append(kept, g)
				}
			}
			p.glyphs = kept
		}
	}
}

// inStrip reports a glyph drawn inside the strip.
func inStrip(g glyph, a area) bool {
	cx, cy := (g.x0+g.x1)/2, (g.top+g.bottom)/2
	return cx > a.x0 && cx < a.x1 && cy > a.y0 && cy < a.y1
}

// stripKeys gives the strip's lines of text, digits masked and spaces
// left out (a bold redraw of the chapter in hand spaces its letters
// otherwise), a glyph drawn twice at one place counted once. ok is false
// when a word of the page crosses the strip's edge: then the strip is
// shading under the body, not a margin of its own.
func stripKeys(p *pageData, a area) ([]string, bool) {
	var in []glyph
	type at struct {
		r    rune
		x, y int
	}
	seen := map[at]bool{}
	for _, g := range p.glyphs {
		if g.space {
			continue
		}
		cx, cy := (g.x0+g.x1)/2, (g.top+g.bottom)/2
		if cy < a.y0 || cy > a.y1 {
			continue
		}
		inside := cx > a.x0 && cx < a.x1
		crosses := g.x0 < a.x1-0.5 && g.x1 > a.x1+0.5 || g.x0 < a.x0-0.5 && g.x1 > a.x0+0.5
		if crosses {
			return nil, false
		}
		if !inside {
			continue
		}
		k := at{g.r, int(math.Round(g.x0 * 2)), int(math.Round(g.base * 2))}
		if seen[k] {
			continue
		}
		seen[k] = true
		in = append(in, g)
	}
	if len(in) == 0 {
		return nil, false
	}
	// A word running from the strip into the body (its glyphs on both
	// sides, not one glyph over the edge) makes it no margin either.
	for _, l := range groupLines(p.glyphs) {
		for _, w := range l.words {
			if (w.x0 < a.x1-0.5 && w.x1 > a.x1+0.5 && a.x1 < p.w*0.97) || (w.x0 < a.x0-0.5 && w.x1 > a.x0+0.5 && a.x0 > p.w*0.03) {
				return nil, false
			}
		}
	}
	var keys []string
	for _, l := range groupLines(in) {
		var b strings.Builder
		for _, w := range l.words {
			b.WriteString(w.text)
		}
		if k := maskDigits(b.String()); k != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys, true
}
