package pdftext

import (
	"math"
	"sort"
	"strings"
)

// dropMarginTab removes a thumb-index tab from a page: a chapter's number
// ("III", "IV", "2") printed alone in the outer margin, clear of every
// other glyph of the page by two ems or more and mid-page (not a running
// header's or footer's zone). Left in, it lands on the line of a table
// row at its height: a column of its own at the table's left edge that
// parts no row, or a word glued to the row's last cell ("6.084 IV").
func dropMarginTab(p *pageData) {
	if len(p.glyphs) < 40 {
		return
	}
	idx := make([]int, 0, len(p.glyphs))
	for i := range p.glyphs {
		if !p.glyphs[i].space && p.glyphs[i].text == "" {
			idx = append(idx, i)
		}
	}
	if len(idx) < 40 {
		return
	}
	drop := map[int]bool{}
	sort.Slice(idx, func(a, b int) bool { return p.glyphs[idx[a]].x0 < p.glyphs[idx[b]].x0 })
	marginRun(p, idx, false, drop)
	sort.Slice(idx, func(a, b int) bool { return p.glyphs[idx[a]].x1 > p.glyphs[idx[b]].x1 })
	marginRun(p, idx, true, drop)
	if len(drop) == 0 {
		return
	}
	kept := make([]glyph, 0, len(p.glyphs))
	for i, g := range p.glyphs {
		if !drop[i] {
			kept = append(kept, g)
		}
	}
	p.glyphs = kept
}

// marginRun marks the outermost run of up to four glyphs in idx (sorted
// from the margin inwards) when it is a tab's number.
func marginRun(p *pageData, idx []int, right bool, drop map[int]bool) {
	for n := 1; n <= 4 && n < len(idx); n++ {
		run := idx[:n]
		g0 := &p.glyphs[run[0]]
		edge, size := 0.0, 0.0
		for k, i := range run {
			g := &p.glyphs[i]
			if !strings.ContainsRune("IVX0123456789", g.r) || math.Abs(g.base-g0.base) > g0.size/2 {
				return
			}
			size = math.Max(size, g.size)
			if e := g.x1; !right && (k == 0 || e > edge) {
				edge = e
			} else if e := g.x0; right && (k == 0 || e < edge) {
				edge = e
			}
		}
		next := &p.glyphs[idx[n]]
		gap := next.x0 - edge
		if right {
			gap = edge - next.x1
		}
		if gap < 2*size {
			continue
		}
		if y := g0.base; y < runningZone*p.h || y > (1-runningZone)*p.h {
			return
		}
		for _, i := range run {
			drop[i] = true
		}
		return
	}
}
