package pdftext

import (
	"math"
	"unicode"
)

// dropLineNumbers removes a word processor's line numbering from a page
// (Word's Layout > Line Numbers, as in a review copy): a column of small
// integers printed in the left margin, one level with each line of running
// text, counting down the page in equal steps (1, 2, 3 ... or 5, 10, 15
// when counted by five), usually restarting on each page. Left in, every
// numbered line reads as a two-cell row ("12\tTABEL 3.1") that breaks
// captions and paragraphs and joins the table rows under it.
//
// The column is trusted only when it stands apart from the page's text:
// every number is a bare word, the first thing on its line, with text to
// its right on the same baseline no smaller than itself; every number ends
// left of every other glyph of the page (so the column lies in the margin,
// never inside the text block where a table's No column sits); the numbers
// share one right edge (or one left edge) and count on in one step; no
// vertical rule stands between a number and its line (a ruled table's No
// column). A table's No column at the text block's left edge fails the
// margin test (the prose and the table's header start there too); a
// continued borderless table that is the page's whole text (12, 13, 14 ...)
// is kept by the count, which must open at 1, or at the step when Word
// counts by more than one.
func dropLineNumbers(p *pageData) {
	gs := p.glyphs
	if len(gs) < 40 {
		return
	}
	// The cheap gate: the page's leftmost glyph must be a digit.
	lm, left := -1, math.Inf(1)
	for i := range gs {
		if !gs[i].space && gs[i].text == "" && gs[i].x0 < left {
			lm, left = i, gs[i].x0
		}
	}
	if lm < 0 || !isASCIIDigit(gs[lm].r) {
		return
	}
	// Only numbers left of every other letter may be line numbers.
	letters := math.Inf(1)
	for i := range gs {
		if !gs[i].space && gs[i].text == "" && !isASCIIDigit(gs[i].r) {
			letters = math.Min(letters, gs[i].x0)
		}
	}
	nums := bareNumbers(gs, letters)
	if len(nums) < 3 {
		return
	}
	// Every glyph that is no candidate bounds the column on the left.
	in := make([]bool, len(gs))
	for _, n := range nums {
		for i := n.a; i < n.b; i++ {
			in[i] = true
		}
	}
	body := math.Inf(1)
	for i := range gs {
		if !in[i] && !gs[i].space && gs[i].text == "" {
			body = math.Min(body, gs[i].x0)
		}
	}
	var col []bareNumber
	for _, n := range nums {
		if n.x1+n.size/2 <= body && n.next >= 0 && gs[n.next].size >= n.size*0.95 &&
			gs[n.next].x0-n.x1 >= n.size && !ruleBetween(p, n, gs[n.next].x0) {
			col = append(col, n)
		}
	}
	col = alignedColumn(col)
	if !countsOn(col) {
		return
	}
	drop := make([]bool, len(gs))
	for _, n := range col {
		for i := n.a; i < n.b; i++ {
			drop[i] = true
		}
	}
	p.keepGlyphs(drop)
}

// bareNumber is a word of one to four digits standing alone, glyphs a..b-1.
type bareNumber struct {
	a, b         int
	v            int
	x0, x1, base float64
	size         float64
	next         int // the nearest glyph to its right on its baseline, -1 none
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// bareNumbers finds the runs of digits that are whole words and the first
// glyph of their line (nothing left of them on their baseline), ending
// half an em or more left of limit.
func bareNumbers(gs []glyph, limit float64) []bareNumber {
	var out []bareNumber
	for i := 0; i < len(gs); {
		if !isASCIIDigit(gs[i].r) || gs[i].text != "" {
			i++
			continue
		}
		j := i + 1
		for j < len(gs) && isASCIIDigit(gs[j].r) && gs[j].text == "" &&
			math.Abs(gs[j].base-gs[i].base) < gs[i].size/3 && gs[j].x0-gs[j-1].x1 < gs[i].size/3 {
			j++
		}
		n := bareNumber{a: i, b: j, x0: gs[i].x0, x1: gs[j-1].x1, base: gs[i].base, size: gs[i].size, next: -1}
		i = j
		if n.b-n.a > 4 || n.x1+n.size/2 > limit {
			continue
		}
		for k := n.a; k < n.b; k++ {
			n.v = n.v*10 + int(gs[k].r-'0')
		}
		whole := true
		for k := range gs {
			g := &gs[k]
			if (k >= n.a && k < n.b) || g.space || math.Abs(g.base-n.base) > n.size/2 {
				continue
			}
			if g.x1 <= n.x0+0.1 || (g.x0 < n.x1 && g.x1 > n.x0) {
				whole = false // something left of it, or over it, on its line
				break
			}
			if g.x0 >= n.x1-0.1 && (n.next < 0 || g.x0 < gs[n.next].x0) {
				n.next = k
			}
		}
		if whole && n.next >= 0 && !unicode.IsPunct(gs[n.next].r) {
			out = append(out, n)
		}
	}
	return out
}

// ruleBetween reports a vertical rule at the number's height between its
// left side and the text it stands beside: the number sits in a table.
func ruleBetween(p *pageData, n bareNumber, to float64) bool {
	for _, r := range p.rules {
		if r.horizontal() {
			continue
		}
		if r.x0 >= n.x0-n.size && r.x0 <= to && r.y0 <= n.base && r.y1 >= n.base {
			return true
		}
	}
	return false
}

// alignedColumn keeps the largest set of numbers sharing a right edge
// (Word sets its line numbers flush right) or else a left edge, in their
// order down the page.
func alignedColumn(ns []bareNumber) []bareNumber {
	best := []bareNumber(nil)
	for _, right := range []bool{true, false} {
		for _, m := range ns {
			var c []bareNumber
			for _, n := range ns {
				e, f := n.x1, m.x1
				if !right {
					e, f = n.x0, m.x0
				}
				if math.Abs(e-f) <= 1 {
					c = append(c, n)
				}
			}
			if len(c) > len(best) {
				best = c
			}
		}
	}
	// in order down the page
	for i := 1; i < len(best); i++ {
		for j := i; j > 0 && best[j].base < best[j-1].base; j-- {
			best[j], best[j-1] = best[j-1], best[j]
		}
	}
	return best
}

// countsOn: three numbers or more, each on its own line, counting on by one
// step (1 to 10) from 1, or from the step itself when it is more than 1:
// a page's own count (Word's "Restart each page"), never the middle of a
// No column carried over from the page before.
func countsOn(ns []bareNumber) bool {
	if len(ns) < 3 {
		return false
	}
	step := ns[1].v - ns[0].v
	if step < 1 || step > 10 || (ns[0].v != 1 && (step == 1 || ns[0].v != step)) {
		return false
	}
	for i := 1; i < len(ns); i++ {
		if ns[i].v-ns[i-1].v != step || ns[i].base-ns[i-1].base < ns[i].size/2 {
			return false
		}
	}
	return true
}
