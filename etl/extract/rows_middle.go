package extract

// middleRows rebuilds the rows of a table whose wrapped rows carry their
// number and values on their MIDDLE line, as a word processor prints a
// cell centred vertically beside a taller one:
//
//	  | Persentase KPU Kabupaten  |       |
//	1 | dalam memutakhirkan Data  | 100%  | 100%
//	  | Pemilih Tepat Waktu       |       |
//	  | Nilai                     |       |
//	2 | Keterbukaan               | 75%   | 77,85%
//	  | Informasi Publik          |       |
//
// Read line by line, the line above a numbered line passes for the rest of
// the row before. The layout is told by the whole body, never by one line:
// the body opens with text lines above its first valued line, every valued
// line is numbered (or a total), no text line is numbered, and the text
// lines around the valued lines split evenly: a row with p lines above its
// valued line has p lines under it, row after row, up to the table's last
// line. At least two rows must wrap that way, and every row's first line
// must open with a capital. ok is false for any other table (the
// line-by-line reading keeps it); bottomRows, which takes rows with all
// text above their values, is asked first.
func middleRows(body []rawLine, headerWords func() map[string]bool) (rows []Row, ok bool) {
	// cheap test first: most tables open with a numbered or valued line
	for _, l := range body {
		if len(l.cells) == 0 || isColNumbers(l.cells) {
			continue
		}
		if len(l.cells) < 2 || l.cells[0] != "" || isRowNo(l.cells[0]) || anyValue(l.cells) || isGroupLabel(l.cells) {
			return nil, false
		}
		break
	}
	type kind uint8
	const (
		text kind = iota
		valued
		heading
	)
	lines := make([]rawLine, 0, len(body))
	kinds := make([]kind, 0, len(body))
	for _, l := range body {
		if len(l.cells) == 0 || isColNumbers(l.cells) {
			continue
		}
		k := text
		switch {
		case anyValue(l.cells):
			if !isRowNo(l.cells[0]) && !totalLabel(firstText(l.cells)) {
				return nil, false // a valued line without its number: another layout
			}
			k = valued
		case len(headerWords()) > 0 && nonEmpty(l.cells) >= 2 && allWordsIn(l.cells, headerWords()) && isHeaderRow(l.cells):
			continue // the header repeated after a page break
		case isGroupLabel(l.cells) && !startsStatement(l.cells):
			k = heading
		case l.cells[0] != "":
			return nil, false // a numbered line without values, or text in the number column
		}
		lines = append(lines, l)
		kinds = append(kinds, k)
	}
	// walk the rows: p text lines above a valued line, p under it
	type span struct{ from, to int }
	var spans []span
	wrapped := 0
	for i := 0; i < len(lines); {
		if kinds[i] == heading {
			spans = append(spans, span{i, i})
			i++
			continue
		}
		v := i
		for v < len(lines) && kinds[v] == text {
			v++
		}
		if v == len(lines) || kinds[v] != valued {
			return nil, false // text lines with no values after them, or before a heading
		}
		p := v - i
		if v+p >= len(lines) {
			return nil, false
		}
		for k := v + 1; k <= v+p; k++ {
			if kinds[k] != text {
				return nil, false
			}
		}
		if p > 0 {
			if !startsCapital(firstText(lines[i].cells)) {
				return nil, false
			}
			wrapped++
		}
		spans = append(spans, span{i, v + p})
		i = v + p + 1
	}
	if wrapped < 2 {
		return nil, false
	}
	rows = make([]Row, 0, len(spans))
	for _, s := range spans {
		r := newRow(lines[s.from])
		for k := s.from + 1; k <= s.to; k++ {
			r.merge(lines[k])
		}
		rows = append(rows, r)
	}
	return rows, true
}

// statementHeader gives back to the body the last header lines that are
// in fact the first lines of the first row: single cells of one column,
// the topmost opening an indicator statement ("Persentase KPU Kabupaten"),
// over the text cell of a numbered line with values ("1 | dalam
// memutakhirkan Data | 100%"), maybe past more of that text. A column
// title never sits over a sentence that goes on that way.
func statementHeader(lines []rawLine, hdr int) int {
	if hdr < 2 || hdr >= len(lines) {
		return hdr
	}
	j := singleCell(lines[hdr-1].cells)
	if j <= 0 {
		return hdr
	}
	textIn := func(cells []string) bool { return singleCell(cells) == j && !hasDigit(cells[j]) }
	n := hdr
	for n < len(lines) && n < hdr+6 && textIn(lines[n].cells) {
		n++
	}
	if n == len(lines) {
		return hdr
	}
	next := lines[n].cells
	if j >= len(next) || next[j] == "" || hasDigit(next[j]) || !isRowNo(next[0]) || !anyValue(next) {
		return hdr
	}
	for k := hdr - 1; k >= 1 && textIn(lines[k].cells); k-- {
		if startsStatement(lines[k].cells) {
			return k
		}
	}
	return hdr
}
