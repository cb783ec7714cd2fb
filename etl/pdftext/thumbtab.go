package pdftext

import "math"

// dropThumbTab drops a book's thumb-index tab: a chapter numeral ("III",
// "4") set on a tab at the page's outer edge, whose height moves with the
// chapter. Its few glyphs lie in the page's outermost twentieth, on one
// line, well apart from all other text; read with the page it would open
// a column of its own beside whatever line of a table it sits level with.
func dropThumbTab(p *pageData) {
	if p.w <= 0 || len(p.glyphs) == 0 {
		return
	}
	band := 0.05 * p.w
	var tab []int
	for k, g := range p.glyphs {
		if g.space {
			continue
		}
		if g.x1 < band || g.x0 > p.w-band {
			if len(tab) == 4 || !tabRune(g.r) {
				return
			}
			tab = append(tab, k)
		}
	}
	if len(tab) == 0 {
		return
	}
	first := p.glyphs[tab[0]]
	left := first.x1 < band
	for _, k := range tab {
		g := p.glyphs[k]
		if g.x1 < band != left || math.Abs(g.base-first.base) > 0.5*first.size {
			return
		}
	}
	// the rest of the page keeps clear of the tab by a glyph and a half
	gap := 1.5 * first.size
	for _, g := range p.glyphs {
		if g.space || g.x1 < band || g.x0 > p.w-band {
			continue
		}
		if left && g.x0 < first.x1+gap || !left && g.x1 > first.x0-gap {
			return
		}
	}
	drop := map[int]bool{}
	for _, k := range tab {
		drop[k] = true
	}
	kept := p.glyphs[:0]
	for k, g := range p.glyphs {
		if !drop[k] {
			kept = append(kept, g)
		}
	}
	p.glyphs = kept
}

// tabRune reports a glyph of a chapter numeral: a roman or arabic digit.
func tabRune(r rune) bool {
	return r >= '0' && r <= '9' || r == 'I' || r == 'V' || r == 'X'
}
