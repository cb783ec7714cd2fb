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
	// the kind of every body line, in a stack buffer for most tables: the
	// cheap test above lets through a few tables that are not this layout
	const (
		text uint8 = iota
		valued
		heading
		ignored // empty, column numbers, the header repeated after a page break
	)
	var buf [96]uint8
	kinds := buf[:0]
	if len(body) > len(buf) {
		kinds = make([]uint8, 0, len(body))
	}
	for _, l := range body {
		k := text
		switch {
		case len(l.cells) == 0 || isColNumbers(l.cells):
			k = ignored
		case anyValue(l.cells):
			if !isRowNo(l.cells[0]) && !totalLabel(firstText(l.cells)) {
				return nil, false // a valued line without its number: another layout
			}
			k = valued
		case len(headerWords()) > 0 && nonEmpty(l.cells) >= 2 && allWordsIn(l.cells, headerWords()) && isHeaderRow(l.cells):
			k = ignored
		case isGroupLabel(l.cells) && !startsStatement(l.cells):
			k = heading
		case l.cells[0] != "":
			return nil, false // a numbered line without values, or text in the number column
		}
		kinds = append(kinds, k)
	}
	// next is the first line from i on that is not ignored
	next := func(i int) int {
		for i < len(kinds) && kinds[i] == ignored {
			i++
		}
		return i
	}
	// walk the rows: p text lines above a valued line, p under it; emit
	// gets each row's first and last line (a heading is a row of one)
	walk := func(emit func(from, to int)) (wrapped int, ok bool) {
		for i := next(0); i < len(kinds); i = next(i) {
			if kinds[i] == heading {
				emit(i, i)
				i++
				continue
			}
			v, p := i, 0
			for ; v < len(kinds) && kinds[v] != valued; v = next(v + 1) {
				if kinds[v] != text {
					return 0, false // text lines before a heading
				}
				p++
			}
			if v == len(kinds) {
				return 0, false // text lines with no values after them
			}
			end := v
			for k := 0; k < p; k++ {
				if end = next(end + 1); end == len(kinds) || kinds[end] != text {
					return 0, false
				}
			}
			if p > 0 {
				if !startsCapital(firstText(body[i].cells)) {
					return 0, false
				}
				wrapped++
			}
			emit(i, end)
			i = end + 1
		}
		return wrapped, true
	}
	nrows := 0
	if wrapped, ok := walk(func(int, int) { nrows++ }); !ok || wrapped < 2 {
		return nil, false
	}
	rows = make([]Row, 0, nrows)
	walk(func(from, to int) {
		r := newRow(body[from])
		for k := from + 1; k <= to; k++ {
			if kinds[k] != ignored {
				r.merge(body[k])
			}
		}
		rows = append(rows, r)
	})
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
