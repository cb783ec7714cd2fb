package pdftext

import "math"

// carry keeps the columns of the lowest table on the page before, so a
// table continued on the next page without its header row still has the
// columns that are empty there (a "No" column left blank under a group of
// sub-rows): without them the rows would shift left by a cell.
type carry struct {
	prev      []column // lowest table of the previous page
	cur       []column // lowest table of this page so far
	curBottom float64
	first     float64   // top of the first table laid out on this page
	mono      *monoGrid // a monospaced run that ended the previous page (monocarry.go)
	monoNext  *monoGrid // the same for this page
}

// table is called for every table a page lays out (top to bottom within
// each kind); it returns the columns to use and remembers the lowest.
func (c *carry) table(top, bottom float64, cols []column) []column {
	if c == nil {
		return cols
	}
	if c.first == 0 || top < c.first {
		c.first = top
	}
	out := cols
	if top <= c.first {
		out = adopt(cols, c.prev)
	}
	if bottom >= c.curBottom {
		c.cur, c.curBottom = out, bottom
	}
	return out
}

// endPage makes this page's lowest table the one the next page continues.
func (c *carry) endPage() {
	if c == nil {
		return
	}
	c.prev, c.cur, c.curBottom, c.first = c.cur, nil, 0, 0
	c.mono, c.monoNext = c.monoNext, nil
}

// adopt returns prev when found are prev's columns with one or two of them
// empty: every found column lies inside its own column of prev (within
// 2 pt: the same table, drawn with the same column edges), in order.
// Otherwise found stands, unless the continuation was laid out anew
// without its empty leading columns (see shrunkLead).
func adopt(found, prev []column) []column {
	if len(prev) <= len(found) || len(prev)-len(found) > 2 || len(found) < 2 {
		return found
	}
	if cols, ok := shrunkLead(found, prev); ok {
		return cols
	}
	const tol = 2.0
	k := 0
	for _, f := range found {
		for k < len(prev) && overlap(f, prev[k]) == 0 {
			k++
		}
		if k == len(prev) || f.x0 < prev[k].x0-tol || f.x1 > prev[k].x1+tol {
			return found
		}
		k++
	}
	return append([]column(nil), prev...)
}

func overlap(a, b column) float64 {
	return math.Max(0, math.Min(a.x1, b.x1)-math.Max(a.x0, b.x0))
}

// shrunkLead handles a continuation set as a table of its own whose empty
// leading column (the "No" column under sub-rows) shrank, so its first
// column starts inside it: every found column ends where its column of
// prev ends (within 2 pt; the widths of the numbers' columns did not
// change), and the first starts inside prev's first. The words then
// belong to prev's second column, not to the empty one they reach into:
// prev's columns are returned with the first ending where they start.
func shrunkLead(found, prev []column) ([]column, bool) {
	const tol = 2.0
	const m = 1 // the empty leading column
	if len(prev) != len(found)+m {
		return nil, false
	}
	for i, f := range found {
		p := prev[m+i]
		if math.Abs(f.x1-p.x1) > tol || overlap(f, p) == 0 {
			return nil, false
		}
	}
	if f := found[0]; f.x0 >= prev[m].x0-tol || f.x0 < prev[0].x0-tol || f.x0 > prev[0].x1 {
		return nil, false // not starting inside the empty column
	}
	out := append([]column(nil), prev...)
	out[1].x0 = found[0].x0
	out[0].x1 = math.Min(out[0].x1, found[0].x0-0.1)
	out[0].x0 = math.Min(out[0].x0, out[0].x1-0.1)
	return out, true
}
