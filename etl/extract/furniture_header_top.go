package extract

// A table continued after a page break under a repeat of only the top
// row(s) of its header band: Word's "repeat as header row" set on the
// first row alone, so a nested table's outer header ("Sasaran Strategis |
// Indikator dan Capaian") or a grouped header's top row ("No | Kecamatan |
// Jumlah Pemilih") comes again over the next page's rows, narrower than
// them. sameTableRow takes a repeated header only as wide as the rows, so
// a sheet's label printed on every page between the parts ("Ringkasan",
// the summary box of a note sheet) ended the table, and the next part,
// read on its own under the narrow row, lost its columns. The part goes on
// with the table when the page break holds a page mark (pageMarked), the
// lines after it repeat, cell for cell, the header rows that opened the
// table above, and the first row under the repeat is as wide as the row
// before the break with numbers in the same columns (bodyGoesOn). Two
// tables on consecutive pages whose first header rows happen to be equal
// differ in their bodies' width or kinds and stay apart.

// headerTopSpan is how far above the break the repeated header may have
// opened the table (a page's worth of rows).
const headerTopSpan = 80

// headerTopRepeat: the tab line j after a page break that began after row
// prev repeats the top header row(s) of prev's table, and the row under the
// repeat goes on with prev's body.
func headerTopRepeat(lines []line, prev, j int) bool {
	if len(lines[prev].cells) <= 2 || !pageMarked(lines[prev+1:j]) || !isHeaderRow(lines[j].cells) {
		return false
	}
	for h := prev - 1; h >= 0 && h >= prev-headerTopSpan; h-- {
		l := lines[h]
		if !l.tab {
			if l.blank || len(l.text) <= 80 && furnitureText(l.text) {
				continue // an earlier page break of the same table
			}
			return false // the table above began below a paragraph
		}
		if !sameCells(l.cells, lines[j].cells) || !isHeaderRow(l.cells) {
			continue
		}
		// the repeat may hold more of the band's top rows, in order
		k, m := j, h
		for k < len(lines) && m < prev && lines[k].tab && sameCells(lines[k].cells, lines[m].cells) {
			k, m = nextTabOrText(lines, k), nextTabOrText(lines, m)
		}
		return k < len(lines) && lines[k].tab && bodyGoesOn(lines[k].cells, lines[prev].cells)
	}
	return false
}

// nextTabOrText: the index of the next line after i that is not blank.
func nextTabOrText(lines []line, i int) int {
	for i++; i < len(lines) && lines[i].blank; i++ {
	}
	return i
}

// sameCells: two rows cell for cell.
func sameCells(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// bodyGoesOn: row c is as wide as row p and, where both have a cell, a
// number stands under a number and text under text, at least two numbers
// agreeing. An empty cell (a nested table's outer cell whose text ended,
// a kegiatan's missing number) is no disagreement.
func bodyGoesOn(c, p []string) bool {
	if len(c) != len(p) {
		return false
	}
	nums := 0
	for i := range c {
		if c[i] == "" || p[i] == "" {
			continue
		}
		nc := numericCell(c[i])
		if nc != numericCell(p[i]) {
			return false
		}
		if nc {
			nums++
		}
	}
	return nums >= 2
}

// otherUnderTop: tab line i, after a gap, repeats cell for cell one of the
// top header rows of table t, narrower than t's last row, but the first row
// under the repeat is another table's: of another width than t's last row
// and with text where t's row has a number or a number where it has text.
// Two tables on consecutive pages whose first header rows happen to be
// equal (a title row over a budget, then over a list of outputs) are two
// tables; startsNewTable, seeing only header words it knows, would run the
// second's rows under the first's columns.
func (t *tableBuilder) otherUnderTop(lines []line, i int) bool {
	n := len(t.lines)
	if n < 2 || !isHeaderRow(lines[i].cells) {
		return false
	}
	prev := t.lines[n-1].cells
	if len(lines[i].cells) >= len(prev) {
		return false
	}
	h := -1
	for m := 0; m < n-1 && m < 8; m++ {
		if sameCells(t.lines[m].cells, lines[i].cells) {
			h = m
			break
		}
	}
	if h < 0 {
		return false
	}
	k := i
	for k < len(lines) && h < n-1 && lines[k].tab && sameCells(lines[k].cells, t.lines[h].cells) {
		k, h = nextTabOrText(lines, k), h+1
	}
	if k >= len(lines) || !lines[k].tab {
		return false
	}
	c := lines[k].cells
	return len(c) != len(prev) && kindsDiffer(c, prev)
}

// kindsDiffer: in some column both rows fill, one holds a number and the
// other text.
func kindsDiffer(c, p []string) bool {
	for i := 0; i < len(c) && i < len(p); i++ {
		if c[i] != "" && p[i] != "" && numericCell(c[i]) != numericCell(p[i]) {
			return true
		}
	}
	return false
}
