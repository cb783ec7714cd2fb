package pdftext

import "math"

// Tables typed as space-aligned columns (a typewritten report, a plain-text
// table set in one monospaced font) pad every cell to the widest cell of
// its column and leave two spaces or more between columns, each cell set
// flush left at its column's start. A table broken by heading lines
// ("DAPIL SUMBA TIMUR 1" between groups of rows) may be typed in pieces,
// each padded to its own widest cells: the header alone, then the rows of
// each group. Rivers shared by two such pieces are chance, so on a typed
// page a piece ends where the next line's words run over the cell starts
// of the lines above, or theirs over its own.

// cellStarts are the x of a line's first word and of every word typed two
// spaces or more after the word before it (adv: the font's advance).
func cellStarts(l *textLine, adv float64) []float64 {
	var xs []float64
	for k, w := range l.words {
		if k == 0 || w.gapBefore >= 1.5*adv {
			xs = append(xs, w.x0)
		}
	}
	return xs
}

// straddles reports whether a word of l runs over one of the starts xs
// by more than half an advance on both sides (a typed line jitters
// sideways by a fraction of an advance).
func straddles(l *textLine, xs []float64, adv float64) bool {
	tol := 0.5 * adv
	for _, w := range l.words {
		for _, x := range xs {
			if w.x0 < x-tol && w.x1 > x+tol {
				return true
			}
		}
	}
	return false
}

// misaligned reports whether l was typed as another piece than the lines
// of body: a word of l runs over a cell start of a line of body, or a
// word of body over a cell start of l.
func misaligned(body []textLine, l *textLine, adv float64) bool {
	own := cellStarts(l, adv)
	for k := range body {
		if straddles(l, cellStarts(&body[k], adv), adv) || straddles(&body[k], own, adv) {
			return true
		}
	}
	return false
}

// typedRow cuts a typed line standing alone (a header typed as a piece of
// its own) into cells at its runs of two spaces or more; ok is false for
// a line of fewer than three cells, which reads as text.
func typedRow(l *textLine, adv float64) (outLine, bool) {
	var cols []column
	for k, w := range l.words {
		if k == 0 || w.gapBefore >= 1.5*adv {
			cols = append(cols, column{w.x0, w.x1})
			continue
		}
		cols[len(cols)-1].x1 = math.Max(cols[len(cols)-1].x1, w.x1)
	}
	if len(cols) < 3 {
		return outLine{}, false
	}
	line, ok := rowOf([]textLine{*l}, cols)
	line.top = l.top
	return line, ok
}
