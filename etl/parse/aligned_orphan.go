package parse

// A space-aligned table whose last row (often its total) is carried onto
// the next page, alone under the page's furniture and the header printed
// again, leaves that row in no table block: one body line proves no
// columns, so it was neither read nor reported, and the table's total went
// missing without a word. orphanAfterBreak finds such a line so that it is
// reported (tabel.tidak_dikenali) like any unproven table.

// orphanAfterBreak: line i, where no table block starts, is a row of three
// figures or more within a page break of the proven table prev.
func orphanAfterBreak(lines []string, segs [][]aseg, prev alignedPart, i int) bool {
	if prev.to == 0 || i < prev.to || !bodyLine(segs[i]) || !pageBreakBetween(lines, prev.to, i) {
		return false
	}
	n := 0
	for _, s := range segs[i] {
		if valueSeg(s.text) {
			n++
		}
	}
	return n >= 3
}
