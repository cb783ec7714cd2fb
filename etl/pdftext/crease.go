package pdftext

import "math"

// creaseLine tells whether a stroked subpath is a drawn line across the
// page (a paper's wrinkle crease, a chart's polyline) rather than ruling:
// it has two segments or more and at least one of them runs obliquely
// (neither axis within 0.5 pt). Such a line wanders; one of its segments
// can happen to run within half a point of an axis over several lines of
// text, and taken for a column rule it cuts a wrapped cell in two (the
// first word of every wrapped line on one side, the rest on the other:
// the words of the cell read out of order). Only segments that are near
// but not on an axis are dropped (creaseSkip), so a path that mixes a
// true rule (exactly axis-parallel, as a table's strokes are) with a
// slanted stroke keeps its rule.
func creaseLine(n int, at func(k int) (float64, float64)) bool {
	if n < 3 {
		return false
	}
	px, py := at(0)
	for k := 1; k < n; k++ {
		x, y := at(k)
		if math.Abs(x-px) >= 0.5 && math.Abs(y-py) >= 0.5 {
			return true
		}
		px, py = x, y
	}
	return false
}

// A lone straight stroke (a two-point subpath) gets the same test: a
// paper's texture drawn as single lines (the bark streaks of a daluang
// sheet, a paper's fibres, a hatch of scratches) runs close to the page's
// length with a slight tilt, and a tilt of under half a point over a
// hundred points passed for a vertical rule; one crossing a table's
// header split the header row's words around it and lost the table. A
// true rule is stroked on its axis, so only the tilted stroke is dropped.

// creaseSkip tells whether the segment (ax,ay)-(bx,by) of a crease line
// is slanted off its axis: a drawn line's piece, not a rule. A rule is
// stroked on its axis (off by a rounding error at most).
func creaseSkip(ax, ay, bx, by float64) bool {
	return math.Min(math.Abs(ax-bx), math.Abs(ay-by)) >= 0.02
}
