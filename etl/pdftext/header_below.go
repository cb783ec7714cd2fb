package pdftext

import "math"

// headsBelow reports whether h, the last line of a borderless block whose
// next line l runs over the block's rivers (crossesTable), is the header
// of the table that l opens rather than a row of the block above it. A
// database client's result grid prints a tab strip ("Data Output
// Messages Notifications") a short step over the grid's column names, and
// under the names a data-type row ("character varying  smallint
// numeric(15,0)") that is no body row either: the names, seeds with wide
// gaps, joined the tab strip as its second row, so their cells were cut
// at the strip's rivers ("kode" under "Data Output", an empty cell under
// "Messages") and the grid below lost its header. A header's cells line
// up with the cells of the line under it, each at its left or its right
// edge (names over text, names over figures set flush right), nearly all
// of them; a row of the block above lines up with its own rows instead.
// A table's last row stays where it is: it lines up with its own block.
func headsBelow(prev, h, l *textLine) bool {
	hc := seedCells(h)
	if len(hc) < 3 {
		return false
	}
	below, above := cellsAligned(hc, seedCells(l), h.em()), cellsAligned(hc, seedCells(prev), h.em())
	return below >= 3 && below >= len(hc)-1 && 2*above < below
}

// seedCells cuts a line into the runs of words a gap of 0.8 em or more
// separates (isSeed's measure of a cell gap), as x ranges.
func seedCells(l *textLine) []column {
	var cs []column
	for k, w := range l.words {
		if k == 0 || w.gapBefore >= 0.8*l.em() {
			cs = append(cs, column{w.x0, w.x1})
			continue
		}
		cs[len(cs)-1].x1 = w.x1
	}
	return cs
}

// cellsAligned counts the cells of a that share their left or right edge,
// within half an em, with a cell of b.
func cellsAligned(a, b []column, size float64) int {
	n := 0
	for _, c := range a {
		for _, d := range b {
			if math.Abs(c.x0-d.x0) <= 0.5*size || math.Abs(c.x1-d.x1) <= 0.5*size {
				n++
				break
			}
		}
	}
	return n
}
