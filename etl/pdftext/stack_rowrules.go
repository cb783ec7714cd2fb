package pdftext

import (
	"math"
	"sort"
)

// A table ruled the accountant's way: full-width rules over and under the
// column titles and under the last row, and between the body rows a
// hairline under the figure columns only, the name columns left unruled.
// The hairlines are a stack of their own extent (the figure columns), so
// the figures were read as a table apart from their names, and the wide
// rules, their band now holding another extent's rules (or too far apart
// to be one stack), were split into pieces too short to be a stack. Rules
// that share a wide stack's right (or left) edge, with a wide rule of it
// right above and right below them, are that table's row rules: they join
// the wide rules, which keep their full width.

// absorbRowRules merges each stack of at least three shorter rules that
// shares an edge with wider rules closing it above and, one row's height
// below, under it into the stack(s) of those wider rules.
func absorbRowRules(open []*stack) []*stack {
	gone := make([]bool, len(open))
	for j, b := range open {
		if gone[j] || len(b.ys) < 3 {
			continue // two rules over some columns: a group title's (Jumlah Pemilih over L | P | L+P), not rows
		}
		lo, hi := b.ys[0], b.ys[len(b.ys)-1]
		above, below := -1, -1 // the wide stacks with the nearest rule over and under b
		var ya, yb float64
		for i, a := range open {
			if i == j || gone[i] || !sharesEdge(a, b) {
				continue
			}
			for _, y := range a.ys {
				if y < lo-ruleTol && lo-y <= maxBand && (above < 0 || y > ya) {
					above, ya = i, y
				}
				if y > hi+ruleTol && y-hi <= maxBand && (below < 0 || y < yb) {
					below, yb = i, y
				}
			}
		}
		if above < 0 || below < 0 || yb-hi > 2*maxPitch(b.ys) {
			continue // the band under b is no one last row: b ruled something else
		}
		a, c := open[above], open[below]
		if math.Abs(a.x0-c.x0) > 2*ruleTol || math.Abs(a.x1-c.x1) > 2*ruleTol {
			continue
		}
		a.ys = append(a.ys, b.ys...)
		gone[j] = true
		if below != above {
			a.ys = append(a.ys, c.ys...)
			gone[below] = true
		}
		sort.Float64s(a.ys)
	}
	out := open[:0]
	for i, s := range open {
		if !gone[i] {
			out = append(out, s)
		}
	}
	return out
}

// sharesEdge reports whether b is narrower than a by at least a column
// (20 pt) and flush with a's right or left edge.
func sharesEdge(a, b *stack) bool {
	return math.Abs(a.x1-b.x1) <= 2*ruleTol && b.x0 > a.x0+20 ||
		math.Abs(a.x0-b.x0) <= 2*ruleTol && b.x1 < a.x1-20
}

// maxPitch is the tallest band between consecutive rules at ys.
func maxPitch(ys []float64) float64 {
	m := 0.0
	for k := 1; k < len(ys); k++ {
		m = max(m, ys[k]-ys[k-1])
	}
	return m
}
