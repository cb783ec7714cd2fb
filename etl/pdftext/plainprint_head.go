package pdftext

import (
	"strings"
	"unicode"
)

// A table whose header row is wider than the page (a GIS attribute table:
// a dozen short field names) is wrapped by the printer like any long line,
// so the header's first line holds only some of its names and the rest go
// on at the margin. Read as printed, the header counts too few cells and
// every data row, wrapped too, no longer matches it. The header's tail is
// joined again when it is a line of names the printer must have broken
// there and the first data row after it makes up exactly the joined count:
// the rows, not the header alone, prove the width.

// wrappedHead returns the header line a (grid text, n cells as read) with
// its wrapped tail joined and the header's cell count, or ok false when
// the next lines do not prove the join. next(i) is the i-th grid line
// after a ("" past the end). A TAB of the header that expanded to one
// space leaves two readings (the spaces on stops all TABs or none): the
// reading every following row fits, when only one does, is the header.
func (pp *plainPrint) wrappedHead(a string, n int, next func(int) string) (string, int, bool) {
	b := next(1)
	if !nameCells(untab(a, 0, true)) || !pp.wrapped(a, b, true) || !onStops(b, 0) {
		return "", 0, false
	}
	if !nameCells(untab(b, 0, true)) || pp.wrapped(b, next(2), true) || pp.wrapped(b, next(2), false) {
		return "", 0, false
	}
	pick, m, ways := "", 0, 0
	for _, loose := range []bool{false, true} {
		h := untab(a, 0, loose) + "\t" + untab(b, 0, loose)
		if loose && cellCount(h) == m || !pp.rowsFit(cellCount(h), func(i int) string { return next(i + 2) }) {
			continue
		}
		pick, m, ways = h, cellCount(h), ways+1
	}
	return pick, m, ways == 1
}

// wrappedHeadRows is how many rows under a wrapped header must fit its count.
const wrappedHeadRows = 4

// rowsFit reports whether the rows under a header (row(0) the first, ""
// past the end) each make up head cells as printed or as a proven join,
// up to wrappedHeadRows rows or the table's end (a line of one cell: a
// blank, a caption or prose), at least one.
func (pp *plainPrint) rowsFit(head int, row func(int) string) bool {
	seen := 0
	for i := 0; seen < wrappedHeadRows; seen++ {
		r := row(i)
		if cellCount(untab(r, 0, false)) == 1 {
			break
		}
		if cellCount(untab(r, 0, false)) == head {
			i++
			continue
		}
		t, ok := pp.provenRow(r, row(i+1), row(i+2), head)
		if !ok {
			return false
		}
		i++
		if t != untab(r, 0, true) && t != untab(r, 0, false) {
			i++ // the row's wrapped part
		}
	}
	return seen > 0
}

// nameCells reports whether every cell of a TAB line is a name: letters,
// no digit (a header's field names, never a data row's figures).
func nameCells(s string) bool {
	for _, c := range strings.Split(s, "\t") {
		if strings.IndexFunc(c, unicode.IsLetter) < 0 || strings.IndexFunc(c, unicode.IsDigit) >= 0 {
			return false
		}
	}
	return true
}

// stopSpacedRow reads a line that came out as one cell (cells) inside a table
// of head cells as a row when its TABs each expanded to a single space
// ("Minimum 8": the label ends one column before a stop): every single
// space on a stop taken as a TAB gives exactly head cells, and the lines
// before (prev, already read back) and after (next, grid text) are rows
// of head cells, so the line sits inside the table. Otherwise cells and
// a count of 1 come back unchanged.
func stopSpacedRow(a, cells, prev, next string, head int) (string, int) {
	if stopSpaces(a, 0) != head-1 || cellCount(prev) != head || cellCount(untab(next, 0, false)) != head {
		return cells, 1
	}
	t := untab(a, 0, true)
	if cellCount(t) != head {
		return cells, 1
	}
	return t, head
}
