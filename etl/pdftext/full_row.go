package pdftext

// fullRow reports whether a line the block took for a heading row merged
// across the table (a left-edge line with no wide gap, a row under it) is
// a row after all: a typed table's row whose every cell fills its column,
// so only single spaces part them ("076.01.CQ Program Penyelenggaraan
// Pemilu dalam ... 8922463000 8499092557 423370443 95,26" in a PowerShell
// listing). Every word lies in one of the block's columns (three or
// more), clear of its neighbours, the words fall in three columns or more, and two columns or more
// hold an amount whose column holds amounts on the block's other rows. A
// heading ("Sasaran Strategis 2: ...", "Program Dukungan Manajemen") runs
// over the columns or holds no such amounts and stays a heading.
func fullRow(l *textLine, body []textLine, cols []column) bool {
	if len(cols) < 3 || len(body) < 2 {
		return false
	}
	used := map[int]bool{}
	amounts := map[int]bool{}
	for _, w := range l.words {
		// inside its column's reach: clear of the columns on both sides
		// (a filled cell may run past the block's widest other cell)
		c := colOf(cols, (w.x0+w.x1)/2)
		if c > 0 && w.x0 <= cols[c-1].x1 || c+1 < len(cols) && w.x1 >= cols[c+1].x0 {
			return false
		}
		used[c] = true
		if isAmount(w.text) {
			amounts[c] = true
		}
	}
	if len(used) < 3 {
		return false
	}
	proven := 0
	for c := range amounts {
		n := 0
		for _, b := range body {
			for _, w := range b.words {
				if colOf(cols, (w.x0+w.x1)/2) == c && isAmount(w.text) {
					n++
					break
				}
			}
		}
		if n >= 2 {
			proven++
		}
	}
	return proven >= 2
}
