package extract

// The same lone header line over a two-level header: a PDF sets the header
// as a band of two rows, the upper naming the columns and one group
// ("No Kecamatan Kelurahan TPS Jumlah Pemilih"), the lower the group's
// sub-columns under it ("" "" "" "" "L" "P" "L+P"). The converter takes
// the lower row with the ruled rows under it and leaves the upper one
// alone, its words one space apart, so the table loses every column name
// but the sexes.
//
// headersAboveGroup makes such a line the upper header row, the way the
// text twin types it (each name over its column, the group's name over
// the first of its sub-columns), only when the split proves it: the lower
// row opens the run with empty cells and ends with two or more header
// words, the line splits into exactly one name per empty cell and one for
// the group, and at least two rows under it fill the lower row's width.
func headersAboveGroup(lines []line) {
	for i := 1; i+1 < len(lines); i++ {
		l := &lines[i]
		if !l.tab || len(l.cells) < 4 || l.cells[0] != "" || !runStart(lines, i) {
			continue
		}
		k := 0 // the columns the group does not span
		for k < len(l.cells) && l.cells[k] == "" {
			k++
		}
		if len(l.cells)-k < 2 || !filled(l.cells[k:]) || !isHeaderRow(l.cells[k:]) {
			continue
		}
		h := headerLineAbove(lines, i)
		if h < 0 || !headerShaped(lines[h].text) || runWidth(lines, i+1) != len(l.cells) {
			continue
		}
		cells, ok := splitHeader(lines[h].text)
		if !ok || len(cells) != k+1 || !isHeaderRow(cells) {
			continue
		}
		lines[h].tab, lines[h].cells = true, cells
	}
}

// filled: no cell is empty.
func filled(cells []string) bool {
	for _, c := range cells {
		if c == "" {
			return false
		}
	}
	return true
}
