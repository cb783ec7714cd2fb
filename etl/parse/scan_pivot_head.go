package parse

import (
	"bytes"
	"strings"
)

// pivotHeadIn: some line of may (0-based, ascending) is a header
// pivotTables can read: readPivot's (an aggregated field's title in its
// cells) or the first of columnHeader's two. Prose such as "jumlah dari"
// holds the joint pivotLines finds but is no header; asking each such line
// alone spares the split of the whole text. Neither reader changes a line
// before it reads a pivot, so a text whose lines all fail reads none.
func pivotHeadIn(data []byte, may []int) bool {
	line, from := 0, 0
	for _, m := range may {
		for line < m {
			k := bytes.IndexByte(data[from:], '\n')
			if k < 0 {
				return false
			}
			from += k + 1
			line++
		}
		to := bytes.IndexByte(data[from:], '\n')
		if to < 0 {
			to = len(data) - from
		}
		if pivotHeadLine(string(data[from : from+to])) {
			return true
		}
	}
	return false
}

// pivotHeadLine: l holds what readPivot or columnHeader needs of its first
// line (the cells each cuts it into, matched as each matches them).
func pivotHeadLine(l string) bool {
	cells := tabCells(l)
	if len(cells) == 2 && pivotColLabelsRe.MatchString(cells[1]) && pivotAggRe.MatchString(cells[0]) {
		return true // columnHeader's top line
	}
	if cells == nil {
		cells = pivotSpacedRe.Split(strings.TrimSpace(l), -1)
	}
	nl, _ := pivotHeader(cells)
	return nl >= 1
}
