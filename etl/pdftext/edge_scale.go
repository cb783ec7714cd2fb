package pdftext

import (
	"math"
	"sort"
)

// dropEdgeScales removes the numbered scales printed round a page that is
// no text of the document: a page photographed on a cutting mat (alas
// potong) or beside a ruler carries the mat's centimetre numbers along its
// top and left edges (1 2 3 … 21 across the top, 1 … 30 up the side) as
// glyphs of their own. Left in, the side's numbers land on the lines of
// the sheet at their heights ("20\tEvaluasi atas tahun 2018 …", a number
// cell that parts no row and cuts the borderless tables under it into
// false columns), and the top's numbers read as a line of their own.
//
// A scale is trusted by structure alone: five or more bare numbers of at
// most three digits in one column (or on one line) counting by one fixed
// step, one pitch apart (a scale is printed at the mat's pitch, never at
// the text's lines), set no larger than the page's body text, lying in a
// margin clear of every other glyph of the page by an em (left of, right
// of, above or below all of them). A column must hold at least two numbers
// standing alone on their line (a table's No column heads every row of
// its table and a Word line number stands beside every line of text);
// a line holds nothing else and counts on from 0 or 1 (a row of a
// table's column numbers under its header is set at its columns' uneven
// widths). Line numbers counting down the text (line_numbers.go) are
// dropped before.
//
// The cheap gate: one pass for the page's outermost glyphs; only when one
// of them is a digit are the page's numbers looked at.
func dropEdgeScales(p *pageData) {
	gs := p.glyphs
	if len(gs) < 40 {
		return
	}
	l, r, t, b := -1, -1, -1, -1
	for i := range gs {
		g := &gs[i]
		if g.space || g.text != "" {
			continue
		}
		if l < 0 || g.x0 < gs[l].x0 {
			l = i
		}
		if r < 0 || g.x1 > gs[r].x1 {
			r = i
		}
		if t < 0 || g.top < gs[t].top {
			t = i
		}
		if b < 0 || g.bottom > gs[b].bottom {
			b = i
		}
	}
	if l < 0 || !(isASCIIDigit(gs[l].r) || isASCIIDigit(gs[r].r) || isASCIIDigit(gs[t].r) || isASCIIDigit(gs[b].r)) {
		return
	}
	nums := scaleNumbers(gs)
	if len(nums) < scaleMin {
		return
	}
	body := bodySize(gs)
	drop := make([]bool, len(gs))
	dropped := 0
	// The lines first: a line's numbers do not bound a column's margin.
	for _, across := range []bool{true, false} {
		for _, s := range scaleRuns(nums, across, body) {
			if !clearMargin(gs, drop, s, across) || (!across && aloneCount(gs, s) < 2) {
				continue
			}
			for _, n := range s {
				for k := n.a; k < n.b; k++ {
					drop[k] = true
				}
				dropped++
			}
		}
	}
	if dropped == 0 {
		return
	}
	kept := make([]glyph, 0, len(gs))
	for i, g := range gs {
		if !drop[i] {
			kept = append(kept, g)
		}
	}
	p.glyphs = kept
	if debugf != nil {
		debugf("page %d: %d scale numbers dropped", p.n, dropped)
	}
}

// scaleMin is the fewest numbers a scale shows.
const scaleMin = 5

// scaleNumber is a word of one to three digits, glyphs a..b-1.
type scaleNumber struct {
	a, b                   int
	v                      int
	x0, x1, top, bottom, y float64
	size                   float64
}

// scaleNumbers finds the words made of one to three digits only: runs of
// digit glyphs on one line with no letter, digit or mark touching them.
func scaleNumbers(gs []glyph) []scaleNumber {
	var out []scaleNumber
	touch := func(g, h *glyph) bool {
		return !g.space && !h.space && g.text == "" && h.text == "" &&
			math.Abs(g.base-h.base) < g.size/3 && h.x0-g.x1 < g.size/3 && h.x0-g.x1 > -g.size/2
	}
	for i := 0; i < len(gs); {
		if !isASCIIDigit(gs[i].r) || gs[i].text != "" || (i > 0 && touch(&gs[i-1], &gs[i])) {
			i++
			continue
		}
		j := i + 1
		for j < len(gs) && touch(&gs[j-1], &gs[j]) {
			j++
		}
		n := scaleNumber{a: i, b: j, x0: gs[i].x0, x1: gs[j-1].x1, top: gs[i].top, bottom: gs[i].bottom,
			y: gs[i].base, size: gs[i].size}
		whole := j-i <= 3
		for k := i; k < j && whole; k++ {
			whole = isASCIIDigit(gs[k].r)
			n.v = n.v*10 + int(gs[k].r-'0')
		}
		i = j
		if whole {
			out = append(out, n)
		}
	}
	return out
}

// bodySize is the font size most of the page's glyphs are set in.
func bodySize(gs []glyph) float64 {
	count := map[float64]int{}
	best, bn := 0.0, 0
	for i := range gs {
		if gs[i].space {
			continue
		}
		s := math.Round(gs[i].size*2) / 2
		count[s]++
		if count[s] > bn || count[s] == bn && s > best {
			best, bn = s, count[s]
		}
	}
	return best
}

// scaleRuns returns the sets of numbers that read as a scale: in one
// column (across false: sharing a left edge, a right edge or a middle
// within a point) or on one line (across true), at least scaleMin of them,
// in order along it counting by one step at one pitch, none larger than
// the body text.
func scaleRuns(ns []scaleNumber, across bool, body float64) [][]scaleNumber {
	var out [][]scaleNumber
	taken := make([]bool, len(ns))
	keys := []func(n scaleNumber) float64{
		func(n scaleNumber) float64 { return n.x0 },
		func(n scaleNumber) float64 { return n.x1 },
		func(n scaleNumber) float64 { return (n.x0 + n.x1) / 2 },
	}
	if across {
		keys = keys[:0]
		keys = append(keys, func(n scaleNumber) float64 { return n.y })
	}
	for _, key := range keys {
		for i := range ns {
			if taken[i] || ns[i].size > body*1.05 {
				continue
			}
			var s []scaleNumber
			var idx []int
			for j := range ns {
				if !taken[j] && ns[j].size <= body*1.05 && math.Abs(key(ns[j])-key(ns[i])) <= 1 {
					s, idx = append(s, ns[j]), append(idx, j)
				}
			}
			if len(s) < scaleMin {
				continue
			}
			// Down a column a number's line places it; along a line its
			// left edge, right edge or middle (set flush left, flush right
			// or centred on its mark).
			poss := []func(n scaleNumber) float64{func(n scaleNumber) float64 { return n.y }}
			if across {
				poss = []func(n scaleNumber) float64{
					func(n scaleNumber) float64 { return (n.x0 + n.x1) / 2 },
					func(n scaleNumber) float64 { return n.x0 },
					func(n scaleNumber) float64 { return n.x1 },
				}
			}
			sort.SliceStable(s, func(a, b int) bool { return poss[0](s[a]) < poss[0](s[b]) })
			even := false
			for _, pos := range poss {
				even = even || evenScale(s, pos, across)
			}
			if !even {
				continue
			}
			for _, j := range idx {
				taken[j] = true
			}
			out = append(out, s)
		}
	}
	return out
}

// evenScale: the numbers count by one step (a line from 0 or 1 up) and
// stand one pitch apart, the pitch wider than their type.
func evenScale(s []scaleNumber, pos func(scaleNumber) float64, across bool) bool {
	step := s[1].v - s[0].v
	if step == 0 || step > 10 || step < -10 || across && (step < 0 || s[0].v > 1 && s[0].v != step) {
		return false
	}
	pitch := pos(s[1]) - pos(s[0])
	if pitch < 1.5*s[0].size {
		return false
	}
	for k := 1; k < len(s); k++ {
		if s[k].v-s[k-1].v != step || math.Abs(pos(s[k])-pos(s[k-1])-pitch) > 0.5+pitch*0.02 {
			return false
		}
	}
	return true
}

// clearMargin reports whether every glyph outside the scale (and not
// dropped already) lies an em clear of it on the side of the page's text:
// right of a column at the left edge or left of one at the right edge,
// under a line at the top or over one at the bottom.
func clearMargin(gs []glyph, drop []bool, s []scaleNumber, across bool) bool {
	in := make(map[int]bool, len(s)*3)
	lo, hi, em := math.Inf(1), math.Inf(-1), 0.0
	for _, n := range s {
		for k := n.a; k < n.b; k++ {
			in[k] = true
		}
		if across {
			lo, hi = math.Min(lo, n.top), math.Max(hi, n.bottom)
		} else {
			lo, hi = math.Min(lo, n.x0), math.Max(hi, n.x1)
		}
		em = math.Max(em, n.size)
	}
	after, before := true, true // all the rest past hi, all the rest short of lo
	for i := range gs {
		g := &gs[i]
		if g.space || drop[i] || in[i] {
			continue
		}
		a, b := g.x0, g.x1
		if across {
			a, b = g.top, g.bottom
		}
		after = after && a >= hi+em
		before = before && b <= lo-em
		if !after && !before {
			return false
		}
	}
	return true
}

// aloneCount is how many numbers of a column have no other glyph on their
// line.
func aloneCount(gs []glyph, s []scaleNumber) int {
	n := 0
	for _, m := range s {
		alone := true
		for i := range gs {
			g := &gs[i]
			if g.space || (i >= m.a && i < m.b) {
				continue
			}
			if g.base > m.top && g.base < m.bottom {
				alone = false
				break
			}
		}
		if alone {
			n++
			if n >= 2 {
				return n
			}
		}
	}
	return n
}
