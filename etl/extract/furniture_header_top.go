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
