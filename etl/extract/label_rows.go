package extract

// A table that sets each row's label on a line of its own and the row's
// figures on the line under it:
//
//	No  Kecamatan      Desa/Kel  TPS  L      P      L+P
//	1   KOTA WAINGAPU
//	                   5         25   2.724  2.644  5.368
//
// The figures' line starts with empty cells, so it was a row of its own
// with no name, and the name's row had no figures. Where every line of
// figures follows a line of labels, the label cells all left of the
// figure cells, the two are one row. Both kinds must pair up through the
// table (two pairs at least, no line of either kind left alone), so a
// heading row over ordinary rows is never taken for a label.

// joinLabelRows merges each label line with the figure line under it in
// every table whose rows all pair so.
func joinLabelRows(blocks []Block) {
	for i := range blocks {
		if b := &blocks[i]; b.Kind == Table && len(b.Rows) >= 4 {
			b.Rows = labelPairs(b.Rows)
		}
	}
}

// labelPairs returns rows with each label row and its figure row merged,
// or rows unchanged when they do not all pair.
func labelPairs(rows []Row) []Row {
	if len(rows)%2 != 0 {
		return rows
	}
	for i := 0; i < len(rows); i += 2 {
		lastLabel, ok := labelRow(rows[i].Cells)
		if !ok || !figureRowAfter(rows[i+1].Cells, lastLabel) {
			return rows
		}
	}
	out := make([]Row, 0, len(rows)/2)
	for i := 0; i < len(rows); i += 2 {
		a, b := rows[i], rows[i+1]
		cells := append([]string(nil), b.Cells...)
		for j, c := range a.Cells {
			if c != "" {
				cells[j] = c
			}
		}
		out = append(out, Row{Start: a.Start, End: b.End, Cells: cells})
	}
	return out
}

// labelRow: cells hold words only (a row number first aside); last is the
// index of the last filled cell.
func labelRow(cells []string) (last int, ok bool) {
	last = -1
	for j, c := range cells {
		if c == "" {
			continue
		}
		if valueLike(c) && !(last < 0 && isRowNo(c)) { // (linekinds.go)
			return -1, false
		}
		last = j
	}
	return last, last >= 0 && hasLetterCell(cells)
}

// figureRowAfter: cells hold values only, every one right of column last,
// the cells up to last empty; two values at least.
func figureRowAfter(cells []string, last int) bool {
	n := 0
	for j, c := range cells {
		if c == "" {
			continue
		}
		if j <= last || !valueLike(c) {
			return false
		}
		n++
	}
	return n >= 2
}

// hasLetterCell: some cell holds a letter.
func hasLetterCell(cells []string) bool {
	for _, c := range cells {
		if hasLetter(c) { // (linekinds.go)
			return true
		}
	}
	return false
}

// labelThenFigures: the last two rows are a label row and its figure row,
// so a text line after them opens the next pair rather than continuing
// figures that have no text to continue.
func labelThenFigures(rows []Row) bool {
	n := len(rows)
	if n < 2 {
		return false
	}
	fig, lab := rows[n-1].Cells, rows[n-2].Cells
	// the cheap shape first (this runs for every continuation line): the
	// figure row opens with an empty cell, and the label row's cells all
	// stand left of its first filled one
	first := -1
	for j, c := range fig {
		if c != "" {
			first = j
			break
		}
	}
	if first <= 0 {
		return false
	}
	for j := first; j < len(lab); j++ {
		if lab[j] != "" {
			return false
		}
	}
	last, ok := labelRow(lab)
	return ok && figureRowAfter(fig, last)
}
