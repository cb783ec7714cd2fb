package extract

import "unicode"

// bottomRows rebuilds the rows of a table whose wrapped rows carry their
// number and values on their LAST line:
//
//	| Meningkatnya pembinaan | Persentase Pejabat Perbendaharaan | |
//	| perbendaharaan         | yang menyelesaikan                | |
//	1 |                      | anggaran sesuai ketentuan | % | 100 | 81.95
//
// The line-by-line reading takes such a table's first lines for the rest
// of the row above. The layout is told by the whole body, never by one
// line: the body starts with an unnumbered line without values, ends with a
// valued line, every valued line is numbered (or a total), no line without
// values is numbered, and every line that follows a valued line starts a
// new entry (a capital letter). ok is false for any other table.
func bottomRows(body []rawLine, headerWords func() map[string]bool) (rows []Row, ok bool) {
	// cheap test first: most tables open with a numbered or valued line
	for _, l := range body {
		if len(l.cells) == 0 || isColNumbers(l.cells) {
			continue
		}
		if l.cells[0] != "" && singleCell(l.cells) != 0 || l.cells[0] == "" && anyValue(l.cells) {
			return nil, false
		}
		if l.cells[0] == "" {
			break
		}
	}
	var lines []rawLine
	var valued, heading []bool
	nValued, wrapped, opened := 0, false, false
	for _, l := range body {
		if len(l.cells) == 0 || isColNumbers(l.cells) {
			continue
		}
		i := len(lines)
		v := anyValue(l.cells)
		boundary := i == 0 || valued[i-1] || heading[i-1]
		head := false
		switch {
		case v:
			if !isRowNo(l.cells[0]) && !isTotalLabel(firstText(l.cells)) {
				return nil, false
			}
			nValued++
			if i > 0 && !valued[i-1] && !heading[i-1] {
				wrapped = true
			}
		case len(headerWords()) > 0 && nonEmpty(l.cells) >= 2 && allWordsIn(l.cells, headerWords()) && isHeaderRow(l.cells):
			continue // the header repeated after a page break
		case isGroupLabel(l.cells) && !startsStatement(l.cells):
			if !boundary {
				return nil, false
			}
			head = true // "Sasaran Strategis 1: …": a row of its own
		case l.cells[0] != "":
			return nil, false // a numbered line without values: numbers sit on the first line
		case boundary && i > 0 && !startsCapital(firstText(l.cells)):
			return nil, false // a lower-case line after values continues the row above
		default:
			if boundary {
				opened = true
			}
		}
		lines = append(lines, l)
		valued = append(valued, v)
		heading = append(heading, head)
	}
	if len(lines) < 3 {
		return nil, false
	}
	first := 0
	for first < len(lines) && heading[first] {
		first++
	}
	if first == len(lines) || valued[first] || !valued[len(lines)-1] || nValued < 2 || !wrapped || !opened {
		return nil, false
	}
	var slab rowSlab // rare tables: one allocation per row is fine
	var cur *Row
	for i, l := range lines {
		if heading[i] {
			rows = append(rows, slab.newRow(l))
			continue
		}
		if cur == nil {
			r := slab.newRow(l)
			cur = &r
		} else {
			cur.merge(l)
		}
		if valued[i] {
			rows = append(rows, *cur)
			cur = nil
		}
	}
	return rows, true
}

// firstText is the first non-empty cell.
func firstText(cells []string) string {
	for _, c := range cells {
		if c != "" {
			return c
		}
	}
	return ""
}

func startsCapital(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}
