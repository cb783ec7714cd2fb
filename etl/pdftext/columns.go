package pdftext

import (
	"math"
	"sort"
)

// twoColumns reads a page set in two columns of prose (a newsletter-like
// layout, or a Word section with two columns) in reading order: the left
// column, then the right. Lines are grouped by baseline across the page,
// so a left and a right line at one height first read as one line with a
// wide gap, which borderless would cut into a table row of two unrelated
// sentences.
//
// The gutter is found where at least four lines start a word at one x
// (within 1 pt) in the middle of the page after a gap of 1.5 ems or more.
// The band of lines around them that no word crosses the gutter in is
// split there; it is taken for two columns of prose only when each side
// has four parts or more, nearly all set with word spaces only (no wide
// gap: not the cells of a table), most right parts start at the gutter,
// and most left parts of three words or more run to within 15 % of the
// column's width of its right edge (filled, as wrapped prose is; a table's
// label column is not). The right column's lines are then moved below the
// left column's last line (y only), so that ordering by position, gaps
// and running-line detection work on the reading order.
func twoColumns(lines []textLine, pageW float64) []textLine {
	g1, ok := gutterAt(lines, pageW)
	if !ok {
		return lines
	}
	crosses := func(l *textLine) bool {
		for _, w := range l.words {
			if w.x0 < g1-0.5 && w.x1 > g1-1.5*l.size {
				return true
			}
		}
		return false
	}
	// the band: the longest run of lines not crossing the gutter
	bestA, bestB, a := 0, 0, 0
	for i := 0; i <= len(lines); i++ {
		if i == len(lines) || crosses(&lines[i]) {
			if i-a > bestB-bestA {
				bestA, bestB = a, i
			}
			a = i + 1
		}
	}
	band := lines[bestA:bestB]
	var left, right []textLine
	for _, l := range band {
		var lw, rw []word
		for _, w := range l.words {
			if w.x0 >= g1-0.5 {
				rw = append(rw, w)
			} else {
				lw = append(lw, w)
			}
		}
		if len(lw) > 0 {
			tl := textLine{words: lw}
			finishLine(&tl)
			left = append(left, tl)
		}
		if len(rw) > 0 {
			tl := textLine{words: rw}
			finishLine(&tl)
			right = append(right, tl)
		}
	}
	if !proseColumns(left, right, g1) {
		return lines
	}
	if debugf != nil {
		debugf("twoColumns: gutter at %.1f, %d left and %d right lines", g1, len(left), len(right))
	}
	// the right column continues under the left one, a line's pitch
	// lower; lines under the band move down alike
	pitch := 1.2 * left[len(left)-1].size
	shift := left[len(left)-1].base + pitch - right[0].base
	for k := range right {
		moveLine(&right[k], shift)
	}
	out := append([]textLine(nil), lines[:bestA]...)
	out = append(append(out, left...), right...)
	below := math.Max(0, right[len(right)-1].base-band[len(band)-1].base)
	for _, l := range lines[bestB:] {
		moveLine(&l, below)
		out = append(out, l)
	}
	return out
}

// gutterAt returns the x where the most lines (four or more) start a word
// after a wide gap in the middle of the page.
func gutterAt(lines []textLine, pageW float64) (float64, bool) {
	var xs []float64
	for _, l := range lines {
		for k, w := range l.words {
			if k > 0 && w.gapBefore >= 1.5*l.size && w.x0 > 0.3*pageW && w.x0 < 0.75*pageW {
				xs = append(xs, w.x0)
			}
		}
	}
	sort.Float64s(xs)
	best, n := 0.0, 0
	for i := range xs {
		k := i
		for k < len(xs) && xs[k] <= xs[i]+1 {
			k++
		}
		if k-i > n {
			best, n = xs[i], k-i
		}
	}
	return best, n >= 4
}

// proseColumns reports whether the parts of a band split at the gutter g1
// are two columns of prose (see twoColumns).
func proseColumns(left, right []textLine, g1 float64) bool {
	if len(left) < 4 || len(right) < 4 {
		return false
	}
	for _, side := range [][]textLine{left, right} {
		seeds := 0
		for k := range side {
			if isSeed(&side[k]) {
				seeds++
			}
		}
		if 10*seeds > len(side) {
			return false
		}
	}
	atGutter := 0
	for _, l := range right {
		if math.Abs(l.x0-g1) <= 1 {
			atGutter++
		}
	}
	if 10*atGutter < 6*len(right) {
		return false
	}
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, l := range left {
		x0, x1 = math.Min(x0, l.x0), math.Max(x1, l.x1)
	}
	long, filled := 0, 0
	for _, l := range left {
		if len(l.words) >= 3 {
			long++
			if l.x1 >= x1-0.15*(x1-x0) {
				filled++
			}
		}
	}
	return long >= 4 && 2*filled > long
}

// moveLine moves a line down by dy points.
func moveLine(l *textLine, dy float64) {
	for k := range l.words {
		l.words[k].top += dy
		l.words[k].bottom += dy
		l.words[k].base += dy
	}
	l.top += dy
	l.bottom += dy
	l.base += dy
}
