package pdftext

import (
	"math"
	"sort"
)

// A crooked scan's text layer (an OCR'd page fed into the scanner at a
// slight angle) runs every line uphill or downhill: over a column's width
// a line's right end sits a line or more above or below its left end, so
// grouping glyphs by baseline interleaves the words of neighbouring lines
// ("Data Pemilih Persentase KPU … memutakhirkan"). The tilt is one angle
// for the whole page, so it is measured from the words themselves and
// taken out before the lines are formed: every glyph's height is moved by
// its distance from the page's middle times the slope. The x positions
// are left as they are (at these angles a column moves sideways by a few
// points over a whole table at most).
//
// The slope is read from neighbours on a line: runs of glyphs sharing one
// baseline (a word on a scan whose words are set level, a single glyph on
// one turned as a whole), each against the next run to its right at the
// same size. On a level page those neighbours agree on slope 0 or are too
// few; the page is turned only when enough of them agree on one slope.

// tilt limits: below minTilt a line drifts less than its own tolerance over
// a column; above maxTilt the page is a drawing, not a scan's skew.
const (
	minTilt = 0.002 // about 0.1°
	maxTilt = 0.07  // about 4°
)

// pageTilt returns the slope (dy/dx in display space) shared by the page's
// lines, or 0 when the lines are level or disagree.
func pageTilt(gs []glyph) float64 {
	type run struct{ x0, x1, base, size float64 }
	var runs []run
	// level counts word gaps crossed on one baseline: a level page's lines
	// are one run each, so its evidence is the gaps inside them, not pairs
	// of runs; a tilted stamp's letters must not outvote them.
	level := 0
	space := false
	for i := range gs {
		g := &gs[i]
		if g.space || g.size <= 0 {
			space = space || g.space
			continue
		}
		if n := len(runs); n > 0 {
			r := &runs[n-1]
			if math.Abs(g.base-r.base) < 0.02 && g.size == r.size && g.x0 >= r.x0 && g.x0-r.x1 < 0.6*g.size {
				if space || g.x0-r.x1 > 0.15*g.size {
					level++
				}
				r.x1 = math.Max(r.x1, g.x1)
				space = false
				continue
			}
		}
		runs = append(runs, run{g.x0, g.x1, g.base, g.size})
		space = false
	}
	var tilted []float64
	for i := 1; i < len(runs); i++ {
		a, b := runs[i-1], runs[i]
		dx := b.x0 - a.x0
		if a.size != b.size || b.x0 < a.x1-0.5 || dx <= 0 || dx > 40*a.size {
			continue
		}
		dy := b.base - a.base
		if math.Abs(dy) > 0.5*a.size {
			continue
		}
		s := dy / dx
		if math.Abs(s) < minTilt/2 {
			level++
		} else if math.Abs(s) <= maxTilt {
			tilted = append(tilted, s)
		}
	}
	if len(tilted) < 20 || len(tilted) < 2*level {
		return 0
	}
	sort.Float64s(tilted)
	m := tilted[len(tilted)/2]
	if math.Abs(m) < minTilt {
		return 0
	}
	tol := math.Max(0.0015, 0.25*math.Abs(m))
	agree := 0
	for _, s := range tilted {
		if math.Abs(s-m) <= tol {
			agree++
		}
	}
	if agree*10 < len(tilted)*7 {
		return 0
	}
	return m
}

// deskew levels a crooked page's glyphs (see pageTilt). Its strokes stay
// as read: tilted ones are no rules (extract.go), and the words' own
// columns carry a scanned table.
func deskew(p *pageData) {
	m := pageTilt(p.glyphs)
	if m == 0 {
		return
	}
	mid := p.w / 2
	straight := levelLines(p.glyphs)
	for i := range p.glyphs {
		if straight[i] {
			continue
		}
		g := &p.glyphs[i]
		d := ((g.x0+g.x1)/2 - mid) * m
		g.base -= d
		g.top -= d
		g.bottom -= d
	}
}

// levelLines marks the glyphs of lines printed level on a crooked page
// (the scanner's own imprint, a stamp added after scanning): three words or
// more on one exact baseline over a span of fifteen font sizes, which the
// words of tilted lines never share. Levelling those would tilt them.
func levelLines(gs []glyph) []bool {
	idx := make([]int, 0, len(gs))
	for i := range gs {
		if !gs[i].space && gs[i].size > 0 {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool {
		if gs[idx[a]].base != gs[idx[b]].base {
			return gs[idx[a]].base < gs[idx[b]].base
		}
		return gs[idx[a]].x0 < gs[idx[b]].x0
	})
	mark := make([]bool, len(gs))
	for lo := 0; lo < len(idx); {
		hi := lo + 1
		for hi < len(idx) && gs[idx[hi]].base-gs[idx[hi-1]].base < 0.02 {
			hi++
		}
		grp := idx[lo:hi]
		sort.Slice(grp, func(a, b int) bool { return gs[grp[a]].x0 < gs[grp[b]].x0 })
		words, x0, x1, size := 1, gs[grp[0]].x0, gs[grp[0]].x1, gs[grp[0]].size
		for k := 1; k < len(grp); k++ {
			a, b := gs[grp[k-1]], gs[grp[k]]
			if b.x0-a.x1 > 0.2*b.size {
				words++
			}
			x1 = math.Max(x1, b.x1)
			size = math.Max(size, b.size)
		}
		if words >= 3 && x1-x0 > 15*size {
			for _, i := range grp {
				mark[i] = true
			}
		}
		lo = hi
	}
	return mark
}
