package pdftext

import (
	"strings"
	"unicode"
)

// dropMarginNotes removes a reviewer's notes written in a side margin
// beside a ruled table ("cek ke LRA", "ok" in red beside the header): a
// free line set wholly outside the table's columns, clear of its edge by
// an em or more, in the outer part of the page, and further out than
// every line of the body. Left in, it sorts between the table's header
// and its first row (its top lies inside the table) and parts the header
// from the rows. Prose wrapped beside a narrow table stays: the body's
// other lines reach into its column. A line with a digit stays too: it
// may be a cell of a column whose outer rule is missing, which must not
// vanish.
func dropMarginNotes(lines []textLine, grids []*grid, used []bool, p *pageData) []textLine {
	if len(grids) == 0 || len(lines) < 2 {
		return lines
	}
	first := -1
	for i := range lines {
		if noteSide(&lines[i], grids, used, p.w) != 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return lines // the common page: nothing allocated
	}
	side := make([]int, len(lines)) // -1 left margin, +1 right margin, 0 none
	for i := first; i < len(lines); i++ {
		side[i] = noteSide(&lines[i], grids, used, p.w)
	}
	// The body's edges come from every line that is no candidate, but
	// not the running head and foot (a page number at the outer corner).
	left, right := p.w, 0.0
	for i, l := range lines {
		if side[i] != 0 || l.top < runningZone*p.h || l.bottom > (1-runningZone)*p.h {
			continue
		}
		left, right = min(left, l.x0), max(right, l.x1)
	}
	if right == 0 {
		return lines // no body to stand beside: a page of text round a table
	}
	kept := lines[:0:0]
	for i, l := range lines {
		if (side[i] > 0 && l.x0 > right) || (side[i] < 0 && l.x1 < left) {
			continue
		}
		kept = append(kept, l)
	}
	return kept
}

// noteSide tells on which side of a ruled table a line stands as a
// margin note: +1 right of it, -1 left of it, 0 when it is no note.
func noteSide(l *textLine, grids []*grid, used []bool, w float64) int {
	if len(l.words) == 0 {
		return 0
	}
	mid := (l.top + l.bottom) / 2
	for ti, g := range grids {
		if !used[ti] || mid < g.ys[0] || mid > g.ys[len(g.ys)-1] {
			continue
		}
		s := 0
		if l.x0 >= g.xs[len(g.xs)-1]+l.size && l.x0 >= 0.6*w {
			s = 1
		} else if l.x1 <= g.xs[0]-l.size && l.x1 <= 0.4*w {
			s = -1
		}
		if s != 0 && !hasDigit(l) {
			return s
		}
	}
	return 0
}

func hasDigit(l *textLine) bool {
	for _, w := range l.words {
		if strings.IndexFunc(w.text, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}
