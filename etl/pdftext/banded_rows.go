package pdftext

// openRows marks the rows of a ruled table that a banded table style drew
// without its inner column rules: Word's "Light List" and its kin rule the
// columns of every other band (and not the header's fill), so LibreOffice's
// export draws the inner verticals on the odd rows only. Read by the rules
// alone, each even row was one cell spanning the table and its figures came
// out as one run of words ("2 Persentase … % 77,50 86,71 111,88"). A row is
// open when it has no inner column rule at all, at least two other rows of
// the grid carry every one of them, its text stands in two columns or more,
// and its text does not run on across a column's edge (crossesRiver: a
// word over an edge, or two words a plain space apart either side of
// one, as "Tabel 3.3:  Realisasi" in a caption set in a merged first
// row). A real spanning cell (a group heading "Sasaran Strategis 1: …" across the table, a
// caption in a merged first row) runs across the edges, or stands in one
// column, and stays one cell.
func openRows(g *grid, cells map[cellKey][]glyph, ti int) []bool {
	nr, nc := len(g.ys)-1, len(g.xs)-1
	if nc < 3 || nr < 3 {
		return nil
	}
	ruled := 0
	bare := make([]bool, nr)
	for r := 0; r < nr; r++ {
		n := 0
		for c := 1; c < nc; c++ {
			if g.vRuleAt(g.xs[c], g.ys[r], g.ys[r+1]) {
				n++
			}
		}
		switch n {
		case nc - 1:
			ruled++
		case 0:
			bare[r] = true
		}
	}
	if ruled < 2 {
		return nil
	}
	cols := make([]column, nc) // the grid's columns edge to edge: crossesRiver's rivers are the rules
	for c := range cols {
		cols[c] = column{g.xs[c], g.xs[c+1]}
	}
	var open []bool
	for r := 0; r < nr; r++ {
		if !bare[r] {
			continue
		}
		var gs []glyph
		used := 0
		for c := 0; c < nc; c++ {
			if k := cells[cellKey{ti, r, c}]; len(k) > 0 {
				gs = append(gs, k...)
				used++
			}
		}
		if used < 2 || crossesRiver(groupLines(gs), cols) {
			continue
		}
		if open == nil {
			open = make([]bool, nr)
		}
		open[r] = true
	}
	return open
}
