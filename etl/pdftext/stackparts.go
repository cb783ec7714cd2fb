package pdftext

import "math"

// splitCaptions cuts a stack's bands at a caption set between two tables
// of one width: each table ruled only under its header and above its
// total ("Total" row, then "Table 3.9 ...", then the next table's header
// inside one band between two rules). Such a line reads as prose (see
// isProse), runs over the rivers of the stack's rows, and stands apart
// from the lines above or below it by more than 0.8 of its size (a
// heading row merged across a table sits at the rows' pitch); or, in a
// band over more lines, a line at the table's left edge without a wide gap
// (one word will do: "#####") is set in a type clearly larger than the
// rows' or opens the band further below the rule than a row's padding (a
// paragraph's "Dapil 2" over the next table's header, whatever the
// columns: a heading row sits at the top of its band). It becomes
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
	sizes := seedSizes(lines)
	sep := make([]bool, len(lines))
	if len(seeds) < 2 {
		return lines, ys, sep
	}
	cols := mergeDisjoint(seeds, rivers(seeds))
	if len(cols) < 2 {
		return lines, ys, sep
	}
	pad, _ := minPad(lines, ys, math.Inf(-1))
	right := math.Inf(-1)
	for _, ls := range lines {
		for k := range ls {
			right = math.Max(right, ls[k].x1)
		}
	}
	caption := func(ls []textLine, k, i int) bool {
		l := ls[k]
		if isSeed(&l) {
			return false // a row
		}
		if l.x0 > left+1.5*l.size {
			// a cell right of the table's left edge, unless a caption
			// centred over the table under the paragraph before it
			return k > 0 && centredCaption(ls, k, left, right, cols)
		}
		if larger(l.size, sizes) || k == 0 && l.top-ys[i]-pad > 0.8*l.size {
			return true
		}
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
		start, para := 0, paragraphOver(ls, left, right)
		for k := range ls {
			if len(ls) < 2 || k >= para && !caption(ls, k, i) {
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
// often a shaded box instead, nor one under the total): see headRows, and
// one line with a wide gap just under the last rule.
func edgeRows(s *stack, lines []textLine) {
	headRows(s, lines)
	last := s.ys[len(s.ys)-1]
	for k := range lines {
		l := &lines[k]
		if l.top < last-0.5 || l.x0 < s.x0-1 || l.x1 > s.x1+1 {
			continue
		}
		if l.top-last <= 0.6*l.size && isSeed(l) {
			s.ys = append(s.ys, rowBottom(lines, k)+0.5)
		}
		break
	}
}

// rowBottom is the bottom of the row starting at lines[k]: its first line
// and the wrapped cell lines under it, each a line's pitch below the one
// above, starting right of the row's left edge and with no wide gap (a
// row's cell text; the next row, or a note at the table's left edge, is
// not). A row taken under a stack's last rule keeps its wrapped cells
// ("Persentase ... memutakhirkan" over "Data Pemilih Tepat Waktu") rather
// than leaving them to head the body under it.
func rowBottom(lines []textLine, k int) float64 {
	row := &lines[k]
	bottom := row.bottom
	for j := k + 1; j < len(lines); j++ {
		l := &lines[j]
		if l.base-lines[j-1].base > 1.5*math.Max(l.size, lines[j-1].size) ||
			l.x0 < row.x0+row.size || l.x1 > row.x1 || isSeed(l) {
			break
		}
		bottom = l.bottom
	}
	return bottom
}

// headRows adds the header set right above a stack's first rule: the
// lines just above it, each sitting on the one under it (at most five),
// the topmost with a wide gap (a row of cells, not a caption). Lines
// stepping closer than the step across the rule are a header row's
// wrapped cells and share one band ("Kondisi" over "Awal" over
// "(Realisasi 2022)"); lines stepping as far are rows of a two-level
// header and get a band each.
func headRows(s *stack, lines []textLine) {
	top := s.ys[0]
	var head []*textLine // bottom up
	var under *textLine  // the first line under the rule
	for k := len(lines) - 1; k >= 0; k-- {
		l := &lines[k]
		if l.x0 < s.x0-1 || l.x1 > s.x1+1 {
			continue
		}
		if l.bottom > top+0.5 {
			under = l
			continue
		}
		if top-l.bottom > 0.6*l.size || len(head) == 5 {
			break
		}
		head = append(head, l)
		top = l.top
	}
	for len(head) > 0 && !isSeed(head[len(head)-1]) {
		head = head[:len(head)-1]
	}
	if len(head) == 0 || under == nil {
		return
	}
	across := under.base - head[0].base
	bounds := []float64{head[len(head)-1].top - 0.5}
	for k := len(head) - 1; k > 0; k-- {
		if head[k-1].base-head[k].base >= 0.9*across {
			bounds = append(bounds, (head[k].bottom+head[k-1].top)/2)
		}
	}
	s.rule0 = s.ys[0]
	s.ys = append(bounds, s.ys...)
}

// standApart marks the bands that open another table in the stack: the
// room a table leaves before the next one (a total set as a table of its
// own, its cells laid out anew, under the rows of a table of one width).
// Its text stands further below the rule over it than a row's padding, or
// the text of the band above stands further above that rule, by more than
// 0.8 of the line's size (the tables ruled under their rows, or over
// them). Such a band opens another piece of the stack, with columns of
// its own.
func standApart(lines [][]textLine, ys []float64, rule0 float64) []bool {
	apart := make([]bool, len(lines))
	pad, room := minPad(lines, ys, rule0)
	for i := 1; i < len(lines); i++ {
		ls, up := lines[i], lines[i-1]
		if len(ls) == 0 || len(up) == 0 {
			continue
		}
		last := up[len(up)-1]
		apart[i] = ls[0].top-ys[i]-pad > 0.8*ls[0].size || ys[i]-last.bottom-room > 0.8*last.size
	}
	return apart
}

// loneRow lays out one row alone in its piece of a stack (a total set as
// a table of its own) at its own wide gaps, as isSeed finds them: there
// are no other rows to share rivers with. Starting clearly right of the
// stack's text (two ems), the row leaves its first cell empty.
func loneRow(l *textLine, left float64) outLine {
	row, _ := rowOf([]textLine{*l}, seedCells(l)) // (header_below.go)
	if l.x0 > left+2*l.size {
		row.text = "\t" + row.text
	}
	row.top = l.top
	return row
}

// minPad is the room between a band's rule and its first line, and
// between its last line and the rule under it, in the bands that sit
// closest to their rules: a row's top and bottom padding. A band whose
// top bound lies above rule0 was bounded by headRows half a point over
// its text, no padding: its top is not measured (else every row under a
// double rule's wider room stood apart from its own header).
func minPad(lines [][]textLine, ys []float64, rule0 float64) (pad, room float64) {
	pad, room = math.Inf(1), math.Inf(1)
	for i, ls := range lines {
		if len(ls) > 0 {
			if ys[i] >= rule0-0.1 {
				pad = math.Min(pad, ls[0].top-ys[i])
			}
			room = math.Min(room, ys[i+1]-ls[len(ls)-1].bottom)
		}
	}
	return pad, room
}

// seedSizes are the font sizes of the lines of bands that hold a wide gap:
// the type of the stack's rows.
func seedSizes(lines [][]textLine) []float64 {
	var sizes []float64
	for _, ls := range lines {
		for k := range ls {
			if isSeed(&ls[k]) {
				sizes = append(sizes, ls[k].size)
			}
		}
	}
	return sizes
}

// centredCaption reports whether line k of a band is a caption centred
// over the table ("Tabel 3 Realisasi Anggaran Tahun 2024" between the
// paragraph above it and the table's first rule): no wide gap, its margins
// to the table's edges equal within a line's size, running over the
// rivers of the rows, and set apart from the line above it by more than
// 0.8 of its size, or under a line that is such a caption itself (a
// caption over two lines).
func centredCaption(ls []textLine, k int, left, right float64, cols []column) bool {
	l := &ls[k]
	if isSeed(l) || math.Abs((l.x0-left)-(right-l.x1)) > l.size || !crossesRiver(ls[k:k+1], cols) {
		return false
	}
	if l.top-ls[k-1].bottom > 0.8*l.size {
		return true
	}
	return k > 1 && centredCaption(ls, k-1, left, right, cols)
}
