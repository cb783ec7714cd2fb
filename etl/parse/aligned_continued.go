package parse

import "strings"

// A space-aligned table broken by a page keeps its columns on both pages,
// but a column that is blank in every row of the second part (the `No`
// of a page of kegiatan rows) leaves no channel there: the part is proven
// one column narrower, and read alone it has no header and no family. When
// a headerless part follows a proven table across a page break, is
// narrower by k columns, the table's first k columns hold only row numbers
// or nothing, and every cell of the part has the kind (figure or text) of
// the table's column k places to its right, the part's rows are given k
// empty leading cells: the table's own columns, as a TAB text writes them.

// alignedPart is a proven table as alignSpaced rewrote it: its line
// indexes (body: the first line after its header) and, once asked for
// (cells), its rows' cells.
type alignedPart struct {
	from, body, to int
	width          int // set by cells; a continued part takes its table's
	rows           [][]string
}

// cells reads the rewritten body rows of the part from lines (only for
// the few parts a page break may continue: most tables never need them).
func (p *alignedPart) cells(lines []string) {
	if p.rows != nil {
		return
	}
	p.rows = [][]string{}
	for i := p.body; i < p.to; i++ {
		if strings.IndexByte(lines[i], '\t') < 0 {
			continue // a line left as it was
		}
		cs := strings.Split(lines[i], "\t")
		p.rows = append(p.rows, cs)
		p.width = max(p.width, len(cs))
	}
}

// padContinuation gives the rows of part (rewritten in lines) the leading
// empty cells the table prev before it proves they lack; false when
// nothing proves it.
func padContinuation(lines []string, prev, part *alignedPart) bool {
	if part.body > part.from || prev.to == 0 || !pageBreakBetween(lines, prev.to, part.from) {
		return false // a header of its own, no table before, or no page between
	}
	prev.cells(lines)
	part.cells(lines)
	k := prev.width - part.width
	if k <= 0 || part.width < 2 || len(prev.rows) < 2 || len(part.rows) < 2 {
		return false
	}
	for _, r := range prev.rows {
		for j := 0; j < k && j < len(r); j++ {
			if !rowNumberCell(r[j]) {
				return false
			}
		}
	}
	for _, r := range part.rows {
		for j, c := range r {
			if c != "" && !columnTakes(prev.rows, j+k, figureCell(c)) {
				return false
			}
		}
	}
	pad := strings.Repeat("\t", k)
	for i := part.from; i < part.to; i++ {
		if strings.IndexByte(lines[i], '\t') >= 0 {
			lines[i] = pad + lines[i]
		}
	}
	part.width = prev.width
	for i, r := range part.rows {
		part.rows[i] = append(make([]string, k, k+len(r)), r...)
	}
	return true
}

// pageBreakBetween: a page break stands between line indexes a and b, and
// they are near (a page's footer and running header between them).
func pageBreakBetween(lines []string, a, b int) bool {
	if b-a > 20 {
		return false
	}
	for i := a; i < b && i < len(lines); i++ {
		if strings.IndexByte(lines[i], '\f') >= 0 && isFormFeedLine(lines[i]) {
			return true
		}
	}
	return false
}

// rowNumberCell: a cell of a No column: empty, or a short number ("12",
// "3.").
func rowNumberCell(c string) bool {
	c = strings.TrimSuffix(strings.TrimSpace(c), ".")
	if len(c) > 3 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if !isDigitByte(c[i]) {
			return false
		}
	}
	return true
}

// figureCell: a cell holding a figure ("Rp 2.650.400.000", "98,27%").
func figureCell(c string) bool {
	digits := false
	for _, r := range strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(c), "Rp"), ".") {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r == '.' || r == ',' || r == ' ' || r == '%' || r == '-' || r == '(' || r == ')':
		default:
			return false
		}
	}
	return digits
}

// columnTakes: column j of rows holds cells of the kind (figure or not)
// in every row that fills it, and at least one row fills it.
func columnTakes(rows [][]string, j int, figure bool) bool {
	seen := false
	for _, r := range rows {
		if j >= len(r) || r[j] == "" {
			continue
		}
		if figureCell(r[j]) != figure {
			return false
		}
		seen = true
	}
	return seen
}
