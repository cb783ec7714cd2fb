package pdftext

import (
	"math"
	"sort"
)

// A curve drawn as a polyline: security paper's guilloche (interlaced sine
// curves pre-printed as a rosette and wave bands behind the text), a chart's
// line, a rounded frame flattened by the producer. Each of its crests and
// troughs is a short segment lying flat or upright, and readPath would take
// every one for a ruling line: hundreds of 3-4 pt "rules" a page, whose
// x positions then cut a real table crossing the pattern into empty columns
// (dev41's Belu and Lembata budgets and DPT). What makes them a curve and no
// rule is the subpath they belong to: many segments in one stroke, most of
// them oblique, the flat ones no longer than the curve's ordinary step. A
// table's rules are drawn as separate lines or as rectangles (all segments
// axis-parallel), and a rounded frame's straight sides are far longer than
// its corner steps, so both keep their rules. Colour is not looked at: a
// real table may be ruled in a light grey.

const (
	curveMinSegs = 8 // fewer segments make a shape (a box, a tick), not a flattened curve
	curveStepMul = 3 // a flat segment up to this many times the curve's median step is part of the curve
)

// flattenedCurve looks at a subpath of n points (at gives point k) and, when
// it is a curve drawn as short segments (at least curveMinSegs segments,
// fewer than half of them axis-parallel), returns the length up to which an
// axis-parallel segment of it is a piece of the curve and no rule; else 0.
// The test is bounded by the subpath.
func flattenedCurve(n int, at func(k int) (float64, float64)) float64 {
	if n-1 < curveMinSegs {
		return 0
	}
	lens := make([]float64, 0, n-1)
	axis := 0
	px, py := at(0)
	for k := 1; k < n; k++ {
		x, y := at(k)
		dx, dy := math.Abs(x-px), math.Abs(y-py)
		if dx < 0.5 || dy < 0.5 {
			axis++
		}
		lens = append(lens, math.Hypot(dx, dy))
		px, py = x, y
	}
	if 2*axis >= len(lens) {
		return 0
	}
	sort.Float64s(lens)
	return curveStepMul * lens[len(lens)/2]
}
