package pdftext

import "math"

// overflowRivers finds the rivers a few overflowing words narrow to a
// hairline: a typesetter that shrinks a column below its longest word
// ("Penyelenggaraan" in a 40 pt "Uraian" column) lets that word run to
// within a point of the next column's text, so no river of riverGap ems
// is clear on every line. Such a river is still proven, inside a column
// found by rivers, at a run of steps that no line covers (the hairline)
// when three lines or more part their words there by a river's width
// (minGap steps) or more, and at most a tenth of the block's lines, one
// at least, by less: lines whose words left of the hairline reach across
// the river the others leave, and whose words right of it start where
// three of the others start theirs (the next column's left edge, which
// an overflow does not move). A heading centred over two columns that
// overhangs the river ("Belanja Pegawai" over "Pagu" and "Realisasi")
// starts its second word anywhere, and a word space at one x on every
// line ("96,55 %" over "95,13 %") leaves no wide line. A block of fewer
// than six lines proves nothing. cover tells the riverSteps from lo
// that a word covers.
func overflowRivers(block []textLine, cols []column, cover []bool, lo float64, minGap int) []column {
	if len(block) < 6 || len(cols) == 0 {
		return cols
	}
	k := max(1, len(block)/10)
	at := func(x float64) int { return int((x - lo) / riverStep) }
	river := float64(minGap) * riverStep
	var out []column
	for _, c := range cols {
		a, b := at(c.x0)+1, min(at(c.x1), len(cover)-1)
		for x := a; x < b; x++ {
			if cover[x] {
				continue
			}
			// the hairline [x, e)
			e := x
			for e < b && !cover[e] {
				e++
			}
			hair, edge := lo+float64(x)*riverStep, lo+float64(e)*riverStep
			m := gapsAcross(block, hair, edge, river)
			if m.narrow >= 1 && m.narrow <= k && m.wide >= 3 && m.overflow(river) {
				out = append(out, column{c.x0, hair})
				c.x0 = edge
			}
			x = e
		}
		out = append(out, c)
	}
	return out
}

// across is how the lines of a block meet a hairline: for the lines with
// words on both sides of it, the end of the left part and the start of
// the right part, split by whether the two are parted by a river.
type across struct {
	narrow, wide     int
	narrowL, narrowR []float64
	wideL, wideR     []float64
	narrowW          []float64   // where the narrow lines' words ending left of the hairline start
	wideStarts       [][]float64 // where the wide lines' words left of the hairline start
}

// overflow reports narrow lines that are overflows: each left part ends
// a river or more right of every wide line's with a word starting where
// three wide lines start one (its column's left edge: a heading hung
// over the river from the next column starts elsewhere), and each right
// part starts within half a point of the leftmost start of the wide
// lines' right parts, where three wide lines or more start.
func (m across) overflow(river float64) bool {
	edge := minOf(m.wideR)
	at := 0
	for _, r := range m.wideR {
		if r-edge <= 0.5 {
			at++
		}
	}
	if at < 3 {
		return false
	}
	for k := range m.narrowL {
		if m.narrowL[k]-maxOf(m.wideL) < river || math.Abs(m.narrowR[k]-edge) > 0.5 {
			return false
		}
		// the overflowing word starts at its column's left edge
		n := 0
		for _, ss := range m.wideStarts {
			for _, x := range ss {
				if math.Abs(x-m.narrowW[k]) <= 0.5 {
					n++
					break
				}
			}
		}
		if n < 3 {
			return false
		}
	}
	return true
}

// gapsAcross measures the lines' words on either side of the hairline
// [a, b]; a line with words on one side only counts for nothing.
func gapsAcross(block []textLine, a, b, river float64) across {
	var m across
	for _, l := range block {
		left, right, start := math.Inf(-1), math.Inf(1), 0.0
		var starts []float64
		for _, w := range l.words {
			if w.x1 <= a+riverStep {
				starts = append(starts, w.x0)
				if w.x1 > left {
					left, start = w.x1, w.x0
				}
			}
			if w.x0 >= b-riverStep {
				right = math.Min(right, w.x0)
			}
		}
		switch {
		case math.IsInf(left, 0) || math.IsInf(right, 0):
		case right-left < river:
			m.narrow++
			m.narrowL, m.narrowR = append(m.narrowL, left), append(m.narrowR, right)
			m.narrowW = append(m.narrowW, start)
		default:
			m.wide++
			m.wideL, m.wideR = append(m.wideL, left), append(m.wideR, right)
			m.wideStarts = append(m.wideStarts, starts)
		}
	}
	return m
}
