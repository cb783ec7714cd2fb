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
// widths). A word processor's line numbers (line_numbers.go, later) go
// either way: they are no text either.
//
// The cheap gate: one pass for the page's outermost glyphs (leftmost,
// rightmost, topmost, bottommost); only a side whose outermost glyph is a
// digit is looked at, and only the numbers in line with that one. A scale
// dropped bares the next side's (the top line once the side column's
// last number, set higher, is gone), so the sides are looked at again
// while one gives way.
func dropEdgeScales(p *pageData) {
	gs := p.glyphs
	if len(gs) < 40 {
		return
	}
	var drop []bool
	var nums []scaleNumber
	body, dropped := -1.0, 0
	for round := 0; round < 4; round++ {
		found := false
		for side, e := range outerGlyphs(gs, drop) {
			if e < 0 || !isASCIIDigit(gs[e].r) || drop != nil && drop[e] {
				continue
			}
			if nums == nil {
				nums, drop = scaleNumbers(gs), make([]bool, len(gs))
			}
			across := side >= 2
			s := scaleAround(nums, numberAt(nums, e), across, drop)
			if s == nil {
				continue
			}
			if body < 0 {
				body = bodySize(gs)
			}
			if s[0].size > body*1.05 || !clearMargin(gs, drop, s, across) || (!across && aloneCount(gs, s) < 2) {
				continue
			}
			for _, n := range s {
				for k := n.a; k < n.b; k++ {
					drop[k] = true
				}
				dropped++
			}
			found = true
		}
		if !found {
			break
		}
	}
	if dropped == 0 {
		return
	}
	p.keepGlyphs(drop)
	if debugf != nil {
		debugf("page %d: %d scale numbers dropped", p.n, dropped)
	}
}

// outerGlyphs returns the leftmost, rightmost, topmost and bottommost
// glyphs not dropped (-1: none).
func outerGlyphs(gs []glyph, drop []bool) [4]int {
	e := [4]int{-1, -1, -1, -1}
	for i := range gs {
		g := &gs[i]
		if g.space || g.text != "" || drop != nil && drop[i] {
			continue
		}
		if e[0] < 0 || g.x0 < gs[e[0]].x0 {
			e[0] = i
		}
		if e[1] < 0 || g.x1 > gs[e[1]].x1 {
			e[1] = i
		}
		if e[2] < 0 || g.top < gs[e[2]].top {
			e[2] = i
		}
		if e[3] < 0 || g.bottom > gs[e[3]].bottom {
			e[3] = i
		}
	}
	return e
}

// numberAt is the index of the number holding glyph e, -1 when none.
func numberAt(ns []scaleNumber, e int) int {
	k := sort.Search(len(ns), func(i int) bool { return ns[i].b > e })
	if k < len(ns) && ns[k].a <= e {
		return k
	}
	return -1
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

// scaleAround returns the scale number k stands in, nil when none: the
// numbers not dropped in one column with it (across false: sharing its
// left edge, its right edge or its middle within a point) or on its line
// (across true), at least scaleMin of them, in order along it counting by
// one step at one pitch and set in one size; the longest such.
func scaleAround(ns []scaleNumber, k int, across bool, drop []bool) []scaleNumber {
	if k < 0 {
		return nil
	}
	// A number's place across a column (or along a line) is its left
	// edge, right edge or middle (set flush left, flush right or centred
	// on its mark); down a column (or across a line) its line.
	edges := []func(n scaleNumber) float64{
		func(n scaleNumber) float64 { return (n.x0 + n.x1) / 2 },
		func(n scaleNumber) float64 { return n.x0 },
		func(n scaleNumber) float64 { return n.x1 },
	}
	line := []func(n scaleNumber) float64{func(n scaleNumber) float64 { return n.y }}
	keys, poss := edges, line
	if across {
		keys, poss = line, edges
	}
	var best []scaleNumber // the longest scale of the three alignments
	for _, key := range keys {
		var s []scaleNumber
		for j := range ns {
			if !drop[ns[j].a] && math.Abs(key(ns[j])-key(ns[k])) <= 1 && math.Abs(ns[j].size-ns[k].size) < 0.2 {
				s = append(s, ns[j])
			}
		}
		if len(s) < scaleMin {
			continue
		}
		sort.SliceStable(s, func(a, b int) bool { return poss[0](s[a]) < poss[0](s[b]) })
		for _, pos := range poss {
			if len(s) > len(best) && evenScale(s, pos, across) {
				best = s
			}
		}
	}
	return best
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
