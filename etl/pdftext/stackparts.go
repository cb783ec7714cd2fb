package pdftext

// splitCaptions cuts a stack's bands at a caption set between two tables
// of one width: each table ruled only under its header and above its
// total ("Total" row, then "Table 3.9 ...", then the next table's header
// inside one band between two rules). Such a line reads as prose (see
// isProse), runs over the rivers of the stack's rows, and stands apart
// from the lines above or below it by more than 0.8 of its size (a
// heading row merged across a table sits at the rows' pitch). It becomes
// a band of its own, marked in sep, so that the tables on either side
// take their columns apart; ys gets the boundaries between the pieces.
func splitCaptions(lines [][]textLine, ys []float64, left float64) ([][]textLine, []float64, []bool) {
	var seeds []textLine
	for _, ls := range lines {
		for k := range ls {
			if isSeed(&ls[k]) {
				seeds = append(seeds, ls[k])
			}
		}
	}
	sep := make([]bool, len(lines))
	if len(seeds) < 2 {
		return lines, ys, sep
	}
	cols := mergeDisjoint(seeds, rivers(seeds))
	if len(cols) < 2 {
		return lines, ys, sep
	}
	caption := func(ls []textLine, k int) bool {
		l := ls[k]
		if !isProse([]textLine{l}, left) || !crossesRiver([]textLine{l}, cols) {
			return false
		}
		apart := 0.8 * l.size
		return k > 0 && l.top-ls[k-1].bottom > apart || k+1 < len(ls) && ls[k+1].top-l.bottom > apart
	}
	var outL [][]textLine
	outY := []float64{ys[0]}
	var outS []bool
	for i, ls := range lines {
		start := 0
		for k := range ls {
			if len(ls) < 2 || !caption(ls, k) {
				continue
			}
			if k > start {
				outL, outS = append(outL, ls[start:k]), append(outS, false)
				outY = append(outY, (ls[k-1].bottom+ls[k].top)/2)
			}
			outL, outS = append(outL, ls[k:k+1]), append(outS, true)
			if k+1 < len(ls) {
				outY = append(outY, (ls[k].bottom+ls[k+1].top)/2)
			}
			start = k + 1
		}
		if start < len(ls) || len(ls) == 0 {
			outL, outS = append(outL, ls[start:]), append(outS, false)
		}
		outY = append(outY, ys[i+1])
	}
	return outL, outY, outS
}

// edgeRows gives a stack the header rows set right above its first rule
// and the total row right under its last one (a table ruled only under
// its header and above its total has neither a rule over the header,
// often a shaded box instead, nor one under the total): the lines just
// above the rule, each with a wide gap (a row of cells, not a caption)
// and each sitting on the one under it at a row's pitch, and one such
// line just under the last rule. Every such line gets a band of its own,
// so a two-level header stays two rows.
func edgeRows(s *stack, lines []textLine) {
	headRows(s, lines)
	last := s.ys[len(s.ys)-1]
	for k := range lines {
		l := &lines[k]
		if l.top < last-0.5 || l.x0 < s.x0-1 || l.x1 > s.x1+1 {
			continue
		}
		if l.top-last <= 0.6*l.size && isSeed(l) {
			s.ys = append(s.ys, l.bottom+0.5)
		}
		break
	}
}

func headRows(s *stack, lines []textLine) {
	top := s.ys[0]
	var heads []float64 // boundaries above the first rule, bottom up
	for k := len(lines) - 1; k >= 0 && len(heads) < 3; k-- {
		l := &lines[k]
		if l.bottom > top+0.5 || l.x0 < s.x0-1 || l.x1 > s.x1+1 {
			continue
		}
		if top-l.bottom > 0.6*l.size || !isSeed(l) {
			break
		}
		top = l.top - 0.5
		heads = append(heads, top)
	}
	if len(heads) == 0 {
		return
	}
	ys := make([]float64, 0, len(heads)+len(s.ys))
	for k := len(heads) - 1; k >= 0; k-- {
		ys = append(ys, heads[k])
	}
	s.ys = append(ys, s.ys...)
}
